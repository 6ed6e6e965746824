"""Speakers: the text of who is said to speak, and the entity it names or points to."""

from __future__ import annotations

from factx.extract.base import Context
from factx.extract.lookup import FactIndex

_PRONOUNS_PERSON = {"he", "she", "him", "her"}
_PRONOUNS_THING = {"it", "they"}
_NOMINAL_ORG = {"company", "firm", "group", "service", "platform", "government", "ministry",
                "agency", "bank", "network", "app", "department", "administration"}  # fmt: skip
_SPEAKER_LABELS = ("PERSON", "ORG", "GPE", "NORP")


def resolve_speaker(
    speaker: tuple[int, int] | None, context: Context, index: FactIndex
) -> tuple[str | None, str | None]:
    """The speaker's text and, where it names or points to an entity, that entity's id."""
    if speaker is None:
        return None, None
    start, end = speaker
    text = context.text[start:end]
    people = [e for e in index.entities_in(start, end) if e.label in _SPEAKER_LABELS]
    if people:
        # "TikTok CEO Shou Zi Chew": the person, not the company in the title.
        people.sort(key=lambda e: (e.label != "PERSON", 0))
        return text, people[0].entity_id
    words = text.lower().split()
    last = words[-1] if words else ""
    wanted: tuple[str, ...] = ()
    if text.lower() in _PRONOUNS_PERSON:
        wanted = ("PERSON",)
    elif text.lower() in _PRONOUNS_THING or (last in _NOMINAL_ORG and words[0] == "the"):
        wanted = ("ORG",)
    if wanted:
        before = index.last_before(start, wanted)
        if before is not None:
            return text, before.entity_id
    return text, None
