"""Run-on quotations over offsets alone (model-free)."""

from types import SimpleNamespace

from factx.extract.quote_runs import covered, runs


def sentence(number, start, end, quotes=()):
    return SimpleNamespace(
        sentence=number, start=start, end=end, quotes=quotes, opens_quote=None, open_at_end=None
    )


def said(content, cue, direct=False, speaker=(0, 8), stance=("positive", "asserted")):
    return SimpleNamespace(
        content=content,
        cue_start=cue[0],
        cue_end=cue[1],
        speaker=speaker,
        direct=direct,
        stance=stance,
    )


def test_sentences_that_share_text_with_a_span_are_covered():
    sentences = [sentence(1, 0, 10), sentence(2, 12, 20), sentence(3, 22, 30)]
    assert covered(sentences, [(14, 40), (0, 5)]) == {1, 2, 3}
    assert covered(sentences, [(11, 12)]) == set()


def test_quotations_after_an_indirect_attribution_are_one_run_of_its_speech():
    # 'Mr Smith said X. "A." "B." The board met. "C."'
    found = [said((14, 20), (9, 13))]
    quotes = ((23, 25), (29, 31), (49, 51))
    sentences = [
        sentence(1, 0, 20, quotes),
        sentence(2, 23, 25),
        sentence(3, 29, 31),
        sentence(4, 34, 46),
        sentence(5, 49, 51),
    ]
    out, carry = runs(found, sentences, None)
    assert [(r.start, r.end, r.found, r.joined) for r in out] == [(23, 31, found[0], False)]
    assert carry is None  # the paragraph ends with a quotation of no one's


def test_a_quotation_goes_on_past_what_someone_did_not_say():
    # '"A," Ann said, though Bob has not said B. "C."': C is Ann's, a claim of its own.
    found = [
        said((1, 2), (4, 12), direct=True),
        said((40, 50), (30, 38), speaker=(20, 23), stance=("negative", "asserted")),
    ]
    sentences = [sentence(1, 0, 50, ((1, 2), (53, 60))), sentence(2, 53, 60)]
    out, _ = runs(found, sentences, None)
    assert [(r.start, r.end, r.found, r.joined) for r in out] == [(53, 60, found[0], False)]
    # One who denies something still speaks: the quotation is the denier's.
    found[1].stance = ("negative", "denied")
    out, _ = runs(found, sentences, None)
    assert [(r.start, r.end, r.found) for r in out] == [(53, 60, found[1])]


def test_the_first_part_of_a_quotation_broken_by_its_clause_heads_its_content():
    # '"A," he said, "B."': the clause's content is B; A is where that content starts, and
    # no claim of its own.
    found = [said((20, 30), (12, 16), direct=True, speaker=(9, 11))]
    sentences = [sentence(1, 0, 31, ((1, 6), (20, 30)))]
    out, _ = runs(found, sentences, None)
    assert [(r.start, r.end, r.found, r.joined, r.head) for r in out] == [
        (1, 6, found[0], True, True)
    ]
    # An indirect clause after a quotation ('"A," he said before arguing that B') does not
    # reach back: the quotation is a claim of its own, with that clause's speaker and cue.
    found[0].direct = False
    out, _ = runs(found, sentences, None)
    assert [(r.start, r.end, r.joined, r.head) for r in out] == [(1, 6, False, False)]
