"""How central each entity is to its article: mention share, headline and lead paragraph."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence

from factx.records import EntityFact


def with_salience(
    entities: Iterable[EntityFact], zones: Sequence[str], starts: Sequence[int]
) -> list[EntityFact]:
    """The entities with `salience` set, from 0 to 1.

    Half comes from the entity's share of all entity mentions in the article, a quarter from
    being named in the headline, a quarter from being named in the lead (first body) paragraph.

    Args:
        entities: the article's entity facts.
        zones: the zone of each paragraph.
        starts: the character offset where each paragraph starts, in order.
    """
    facts = list(entities)
    total = sum(len(f.mentions) for f in facts) or 1
    headline = {i for i, zone in enumerate(zones) if zone == "headline"}
    lead = next((i for i, zone in enumerate(zones) if zone == "body"), None)
    result = []
    for fact in facts:
        paragraphs = {bisect_right(starts, m.start) - 1 for m in fact.mentions}
        score = 0.5 * len(fact.mentions) / total
        score += 0.25 if paragraphs & headline else 0.0
        score += 0.25 if lead in paragraphs else 0.0
        result.append(fact.model_copy(update={"salience": round(score, 3)}))
    return result
