"""Who said what across a run: claims by speaker, and claims by the entities they are about."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from factx.groups.entities import entity_names
from factx.groups.sentences import Sentences
from factx.records import ArticleRecord, ClaimFact


@dataclass(frozen=True)
class ClaimItem:
    article: str
    fact_id: str
    speaker: str | None
    speaker_entity_id: str | None
    speaker_name: str | None
    cue: str | None
    quote: str | None
    content: str
    score: float | None
    about: tuple[str, ...]  # entity ids named in the content, not the speaker's own
    # Every entity the speaker names together ("Microsoft and Intel"), the first being
    # speaker_entity_id.
    speakers: tuple[str, ...] = ()
    speaker_names: tuple[str, ...] = ()  # theirs, in the same order

    def as_dict(self) -> dict[str, object]:
        return {
            "article": self.article, "fact_id": self.fact_id, "speaker": self.speaker,
            "speaker_entity_id": self.speaker_entity_id, "speaker_name": self.speaker_name,
            "cue": self.cue, "quote": self.quote,
            "content": self.content, "score": self.score, "about": list(self.about),
        }  # fmt: skip


@dataclass
class ClaimGroup:
    """The claims of one speaker, or about one entity.

    `entity_id` is None for a speaker no entity was found for ("sources"); `name` is then the
    speaker's words, lower-cased, so "Officials" and "officials" are one group.
    """

    entity_id: str | None
    name: str
    claims: list[ClaimItem] = field(default_factory=list)

    @property
    def articles(self) -> list[str]:
        return list(dict.fromkeys(c.article for c in self.claims))

    def as_dict(self) -> dict[str, object]:
        return {
            "entity_id": self.entity_id, "name": self.name, "articles": self.articles,
            "claims": [c.as_dict() for c in self.claims],
        }  # fmt: skip


def _items(record: ArticleRecord) -> list[ClaimItem]:
    sentences = Sentences(record)
    items = []
    for fact in record.facts:
        if not isinstance(fact, ClaimFact):
            continue
        named = sentences.named_in(fact.content_start, fact.content_end)
        speakers = tuple(fact.speaker_entity_ids) or (
            (fact.speaker_entity_id,) if fact.speaker_entity_id is not None else ()
        )
        speaker_names = tuple(fact.speaker_names) or (
            (fact.speaker_name or fact.speaker or "",) if speakers else ()
        )
        about = (n.entity_id for n in named if n.entity_id not in speakers)
        items.append(
            ClaimItem(
                record.id,
                fact.id,
                fact.speaker,
                fact.speaker_entity_id,
                fact.speaker_name,
                fact.cue,
                fact.quote,
                fact.content,
                fact.score,
                tuple(dict.fromkeys(about)),
                speakers,
                speaker_names,
            )
        )
    return items


def _ordered(groups: dict[tuple[str, str], ClaimGroup]) -> list[ClaimGroup]:
    """Named entities first, then by articles, claims and name."""
    return sorted(
        groups.values(),
        key=lambda g: (g.entity_id is None, -len(g.articles), -len(g.claims), g.name),
    )


def by_speaker(
    records: Sequence[ArticleRecord], names: Mapping[str, str] | None = None
) -> list[ClaimGroup]:
    """Attributed claims grouped by their speaker's entity (or words, where none was found).

    `names` gives each entity id its name in the run (by default from `groups.entities`).
    """
    names = names if names is not None else entity_names(records)
    groups: dict[tuple[str, str], ClaimGroup] = {}
    for record in records:
        for item in _items(record):
            if item.speaker is None:
                continue
            if not item.speakers:
                key = ("words", item.speaker.lower())
                group = groups.setdefault(key, ClaimGroup(None, item.speaker.lower()))
                group.claims.append(item)
            # "Microsoft and Intel said": the claim is each one's.
            for entity_id, own_name in zip(item.speakers, item.speaker_names, strict=True):
                # The run's name for it; with entities left out (--type claim) the claim's own.
                name = names.get(entity_id) or own_name or item.speaker
                group = groups.setdefault(("entity", entity_id), ClaimGroup(entity_id, name))
                group.claims.append(item)
    return _ordered(groups)


def by_entity(
    records: Sequence[ArticleRecord], names: Mapping[str, str] | None = None
) -> list[ClaimGroup]:
    """Every claim (attributed or factual) under each entity its content names."""
    names = names if names is not None else entity_names(records)
    groups: dict[tuple[str, str], ClaimGroup] = {}
    for record in records:
        for item in _items(record):
            for entity_id in item.about:
                key = ("entity", entity_id)
                group = groups.setdefault(key, ClaimGroup(entity_id, names[entity_id]))
                group.claims.append(item)
    return _ordered(groups)
