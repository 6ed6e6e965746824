"""A fake extractor and fact builders, so the harness is tested without spaCy or real data."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date
from typing import Any, Literal

from factx.records import (
    ArticleRecord,
    ClaimFact,
    DateFact,
    EntityFact,
    ErrorRecord,
    Mention,
    MoneyFact,
    PercentFact,
    QuantityFact,
    TimexType,
)

# Facts for one text: called with (article_id, text, reference_date).
FactMaker = Callable[[str, str, date | None], Sequence[Any]]


class SpanClaim(ClaimFact):
    """A claim carrying the optional cue/speaker offsets the PolNeAR scorer reads."""

    cue_start: int | None = None
    cue_end: int | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None


class FakeExtractor:
    def __init__(self, make: FactMaker, fail_on: str | None = None) -> None:
        self.make = make
        self.fail_on = fail_on
        self.calls: list[tuple[str, date | None]] = []

    def extract_text(
        self, text: str, *, article_id: str = "doc", reference_date: date | None = None
    ) -> ArticleRecord:
        self.calls.append((article_id, reference_date))
        if self.fail_on is not None and self.fail_on in text:
            raise RuntimeError("boom")
        facts = list(self.make(article_id, text, reference_date))
        return ArticleRecord(id=article_id, path="", title=None, facts=facts)

    def extract_many(
        self, items: Iterable[tuple[str, str, date | None]]
    ) -> Iterator[ArticleRecord | ErrorRecord]:
        for article_id, text, reference_date in items:
            if not text.strip():  # as the real extractor does for an empty text
                yield ErrorRecord(path=article_id, error="no text")
                continue
            yield self.extract_text(text, article_id=article_id, reference_date=reference_date)


def base(text: str, start: int, end: int) -> dict[str, Any]:
    return {
        "id": f"f{start}-{end}",
        "text": text[start:end],
        "start": start,
        "end": end,
        "sentence": 0,
        "paragraph": 0,
    }


def date_fact(
    text: str, start: int, end: int, value: str, timex_type: TimexType = "DATE"
) -> DateFact:
    return DateFact(**base(text, start, end), value=value, timex_type=timex_type)


def money_fact(text: str, start: int, end: int, amount: float, currency: str | None) -> MoneyFact:
    return MoneyFact(**base(text, start, end), amount=amount, currency=currency)


def percent_fact(text: str, start: int, end: int, value: float) -> PercentFact:
    return PercentFact(**base(text, start, end), value=value)


def quantity_fact(text: str, start: int, end: int, value: float) -> QuantityFact:
    return QuantityFact(**base(text, start, end), value=value)


def entity_fact(text: str, label: str, spans: Sequence[tuple[int, int]]) -> EntityFact:
    start, end = spans[0]
    return EntityFact(
        **base(text, start, end),
        name=text[start:end],
        label=label,
        entity_id=f"e{start}",
        mentions=[Mention(text=text[s:e], start=s, end=e) for s, e in spans],
        aliases=[],
    )


def claim_fact(
    text: str,
    content: tuple[int, int],
    claim_type: Literal["attributed", "factual"] = "attributed",
    cue: tuple[int, int] | None = None,
    speaker: tuple[int, int] | None = None,
) -> SpanClaim:
    return SpanClaim(
        **base(text, content[0], content[1]),
        content=text[content[0] : content[1]],
        content_start=content[0],
        content_end=content[1],
        claim_type=claim_type,
        cue_start=cue[0] if cue else None,
        cue_end=cue[1] if cue else None,
        speaker_start=speaker[0] if speaker else None,
        speaker_end=speaker[1] if speaker else None,
    )


def find(text: str, needle: str) -> tuple[int, int]:
    start = text.index(needle)
    return start, start + len(needle)
