"""The typed records of factx's output and its JSON contract (schema_version 1).

Fields may be added in later versions; the fields named in the contract are never renamed.
Records are frozen so a fact cannot change after it was derived from the text.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, SerializerFunctionWrapHandler, model_serializer

SCHEMA_VERSION = 1

FactType = Literal["entity", "date", "money", "percent", "quantity", "claim"]
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
ClaimType = Literal["attributed", "factual"]
QuoteKind = Literal["direct", "indirect", "mixed"]
Polarity = Literal["positive", "negative"]
Modality = Literal["asserted", "hedged", "expected", "denied", "refused", "asked"]


class Record(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Mention(Record):
    text: str
    start: int
    end: int


class Anchor(Record):
    """The date a relative expression was resolved against, and where it came from."""

    date: str
    source: Literal["reference-date", "metadata", "dateline", "filename"]


class FactBase(Record):
    id: str = Field(description="Stable id derived from the article id, kind and offsets")
    text: str = Field(description="The exact text: article_text[start:end] == text")
    start: int
    end: int
    sentence: int = Field(description="Index of the sentence in the article, from 0")
    paragraph: int = Field(description="Index of the paragraph in the article, from 0")
    zone: str = Field(
        default="body",
        description="Zone of the paragraph: headline, body, byline, credit, related, footnote, "
        "boilerplate",
    )


class EntityFact(FactBase):
    type: Literal["entity"] = "entity"
    name: str = Field(description="Canonical name: the fullest proper form")
    label: str = Field(description="OntoNotes label: PERSON, ORG, GPE, ...")
    entity_id: str = Field(description="The same for the same entity across the articles of a run")
    mentions: list[Mention]
    aliases: list[str]
    salience: float | None = Field(
        default=None,
        description="0..1: half its share of the article's entity mentions, a quarter for "
        "being in the headline, a quarter for being in the lead paragraph",
    )


class DateFact(FactBase):
    type: Literal["date"] = "date"
    value: str = Field(description="TIMEX3 value: 2024-01-01, 2022, XXXX-06-17, P45D, ...")
    timex_type: TimexType
    grain: str | None = None
    mod: str | None = None
    interval: list[str] | None = Field(
        default=None, description="[start, end) in ISO form, where the value allows one"
    )
    anchor: Anchor | None = None
    relative: bool = False


class MoneyFact(FactBase):
    type: Literal["money"] = "money"
    amount: float | int
    currency: str | None = Field(description="ISO 4217 code")
    qualifier: str | None = None
    amount_low: float | int | None = None
    amount_high: float | int | None = None
    per: str | None = None
    currency_inferred: bool = False


class PercentFact(FactBase):
    type: Literal["percent"] = "percent"
    value: float | int
    qualifier: str | None = None
    unit: Literal["percent", "percentage point"] = "percent"
    value_low: float | int | None = None
    value_high: float | int | None = None
    value_from: float | int | None = None
    value_to: float | int | None = None


class QuantityFact(FactBase):
    type: Literal["quantity"] = "quantity"
    value: float | int
    unit: str | None = None
    qualifier: str | None = None
    value_low: float | int | None = None
    value_high: float | int | None = None


class ClaimFact(FactBase):
    type: Literal["claim"] = "claim"
    speaker: str | None = None
    speaker_entity_id: str | None = None
    speaker_name: str | None = Field(
        default=None, description="Canonical name of the speaker's entity ('He' -> 'Shou Zi Chew')"
    )
    speaker_entity_ids: list[str] = Field(
        default_factory=list,
        description="Every entity the speaker names together, the first being speaker_entity_id "
        "('Microsoft and Intel said': both)",
    )
    speaker_names: list[str] = Field(
        default_factory=list, description="Their canonical names, in the same order"
    )
    cue: str | None = Field(default=None, description="Lemma of the cue: say, according to, ...")
    cue_start: int | None = None
    cue_end: int | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    content: str
    content_start: int
    content_end: int
    claim_type: ClaimType
    quote: QuoteKind | None = None
    score: float | None = None
    polarity: Polarity | None = Field(
        default=None, description="negative: the speaker does not affirm the content"
    )
    modality: Modality | None = Field(
        default=None, description="asserted, hedged (may), expected (will), denied, refused, asked"
    )
    fact_ids: list[str] = Field(default_factory=list)


Fact = Annotated[
    EntityFact | DateFact | MoneyFact | PercentFact | QuantityFact | ClaimFact,
    Field(discriminator="type"),
]

# Sorting key of the contract: by start, then by type name.
FACT_ORDER = ("claim", "date", "entity", "money", "percent", "quantity")


class ModelInfo(Record):
    name: str
    version: str


_WHEN_KNOWN = frozenset({"url", "line", "text"})


class ArticleRecord(Record):
    id: str = Field(description="The file stem, unique in the run")
    path: str
    title: str | None
    byline: str | None = None
    published: str | None = None
    reference_date: str | None = None
    encoding: str = "utf-8"
    language: str | None = Field(
        default=None, description="ISO 639-1 code of the article's language; null if unsure"
    )
    url: str | None = Field(default=None, description="From the input's metadata; only if known")
    line: int | None = Field(default=None, description="Line of a JSON Lines archive; only there")
    text: str | None = Field(
        default=None, description="The plain text offsets index (only with --with-text)"
    )
    facts: list[Fact]
    # Values left out because they could not be made (reported on stderr), not part of the
    # JSON contract.
    warnings: list[str] = Field(default_factory=list, exclude=True)

    @model_serializer(mode="wrap")
    def _known_only(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        # url, line and text are left out where they do not apply, rather than written as null.
        data: dict[str, Any] = handler(self)
        return {k: v for k, v in data.items() if v is not None or k not in _WHEN_KNOWN}


class ErrorRecord(Record):
    path: str
    error: str


class Output(Record):
    schema_version: Literal[1] = 1
    factx_version: str
    model: ModelInfo
    articles: list[ArticleRecord]
    errors: list[ErrorRecord]
