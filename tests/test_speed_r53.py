"""entity_marques looks each name up where the article writes it (round 53's bench: a scan of
the whole text for each name made a huge article's time grow with the square of its size)."""

from dataclasses import dataclass

from factx.extract.entity_marques import marques_by_goods_words


@dataclass
class _Mention:
    text: str
    label: str
    cue: str = ""


def _marques(text: str, names: list[str]) -> list[str]:
    mentions = [_Mention(name, "PERSON") for name in names]
    return [mentions[i].text for i in marques_by_goods_words(text, mentions)]


def test_a_marque_is_found_among_many_names_in_a_long_text():
    filler = " ".join(f"Name{chr(97 + i % 26)}x met Bodo{chr(97 + i % 26)}y." for i in range(2000))
    text = f"{filler} One in six cars was a Lancia. Lancia production will move. {filler}"
    names = ["Lancia"] + [f"Bodo{chr(97 + i)}y" for i in range(26)]
    assert _marques(text, names) == ["Lancia"]


def test_a_determiner_is_a_whole_word_even_where_the_window_before_the_name_starts():
    # "Ta Zed": the "a" ends a word, so it is no determiner, however far back the text goes.
    pad = "x" * 300
    assert _marques(f"{pad}Ta Zed won. Zed owners cheered.", ["Zed"]) == []
    assert _marques(f"{pad} a Zed won. Zed owners cheered.", ["Zed"]) == ["Zed"]


def test_a_long_number_counts_as_a_determiner():
    assert _marques("They sold 1,250,000 Zed. Zed sales rose.", ["Zed"]) == ["Zed"]
