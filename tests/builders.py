"""Records built by hand from a text, for tests of what is made from records (roll-ups, report).

Each helper finds its words in the text, so offsets are true: text[start:end] == fact.text.
"""

from __future__ import annotations

from factx.records import (
    ArticleRecord,
    ClaimFact,
    DateFact,
    EntityFact,
    Mention,
    MoneyFact,
    QuantityFact,
)


def at(text: str, words: str, nth: int = 0) -> int:
    start = -1
    for _ in range(nth + 1):
        start = text.index(words, start + 1)
    return start


def entity(text, name, entity_id, label="ORG", sentence=0, nth=(0,)):
    mentions = [Mention(text=name, start=at(text, name, n), end=at(text, name, n) + len(name))
                for n in nth]  # fmt: skip
    first = mentions[0]
    return EntityFact(
        id=f"{entity_id}-{first.start}", text=name, start=first.start, end=first.end,
        sentence=sentence, paragraph=0, name=name, label=label, entity_id=entity_id,
        mentions=mentions, aliases=[], salience=0.5,
    )  # fmt: skip


def quantity(text, words, value, unit, sentence=0):
    start = at(text, words)
    return QuantityFact(
        id=f"q{start}", text=words, start=start, end=start + len(words), sentence=sentence,
        paragraph=0, value=value, unit=unit,
    )  # fmt: skip


def money(text, words, amount, sentence=0, zone="body"):
    start = at(text, words)
    return MoneyFact(
        id=f"m{start}", text=words, start=start, end=start + len(words), sentence=sentence,
        paragraph=0, amount=amount, currency="USD", zone=zone,
    )  # fmt: skip


def date(text, words, value, interval, sentence=0, timex_type="DATE"):
    start = at(text, words)
    return DateFact(
        id=f"d{start}", text=words, start=start, end=start + len(words), sentence=sentence,
        paragraph=0, value=value, timex_type=timex_type, interval=interval,
    )  # fmt: skip


def claim(text, content, speaker=None, speaker_entity_id=None, sentence=0):
    start = at(text, content)
    return ClaimFact(
        id=f"c{start}", text=content, start=start, end=start + len(content), sentence=sentence,
        paragraph=0, content=content, content_start=start, content_end=start + len(content),
        claim_type="attributed" if speaker else "factual", speaker=speaker,
        speaker_entity_id=speaker_entity_id, cue="say" if speaker else None,
        quote="indirect" if speaker else None,
    )  # fmt: skip


def article(article_id, facts, title=None):
    facts = sorted(facts, key=lambda f: (f.start, f.type))
    return ArticleRecord(id=article_id, path=f"{article_id}.txt", title=title, facts=facts)


def raw_mentions(text, named):
    """Model mentions (`RawMention`) of (name, label) pairs, found in order in the text."""
    from factx.extract.entities import RawMention

    found, start = [], 0
    for name, label in named:
        start = text.index(name, start)
        found.append(RawMention(name, start, start + len(name), label, 0, 1, False))
        start += len(name)
    return found


def cue_at(text, name, label):
    """(name, label) of the cue `cue_of` finds for the first `name` in `text`, or None."""
    from factx.extract.evidence import cue_of

    start = text.index(name)
    found = cue_of(text, start, start + len(name), label)
    return None if found is None else (found.name, found.label)
