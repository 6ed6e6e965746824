"""Qualifiers of amounts ("more than $80 billion", "about 30%") -> a small normalized set."""

from __future__ import annotations

# Surface form -> normalized qualifier. Several forms share one meaning so that users can
# filter on a handful of values.
QUALIFIERS = {
    "more than": "more than",
    "over": "over",
    "just over": "over",
    "well over": "over",
    "above": "over",
    "in excess of": "over",
    "at least": "at least",
    "no less than": "at least",
    "about": "about",
    "around": "about",
    "approximately": "about",
    "approx.": "about",
    "roughly": "about",
    "some": "about",
    "an estimated": "about",
    "estimated": "about",
    "circa": "about",
    "nearly": "nearly",
    "close to": "nearly",
    "almost": "almost",
    "just under": "under",
    "up to": "up to",
    "as much as": "up to",
    "as many as": "up to",
    "at most": "up to",
    "no more than": "up to",
    "less than": "less than",
    "fewer than": "less than",
    "under": "under",
    "below": "under",
    "as little as": "as little as",
    "exactly": "exactly",
}

QUALIFIER_PATTERN = "(?i:{})".format(
    "|".join(
        q.replace(".", r"\.").replace(" ", r"\s+")
        for q in sorted(QUALIFIERS, key=len, reverse=True)
    )
)


def normalize_qualifier(text: str | None) -> str | None:
    """The normalized qualifier for a surface form, or None."""
    if not text:
        return None
    return QUALIFIERS.get(" ".join(text.lower().split()))
