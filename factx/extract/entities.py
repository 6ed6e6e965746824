"""Entity facts: repaired mention spans, grouped into one entity per name, one label each.

The model's mentions are repaired (no "the", no possessive, no trailing "/"; names it split
are rejoined), grouped by a normalized key and a small alias table, and each group gets the
label most of its mentions carry, discounting the model's known mistakes: a lone surname-like
PERSON mention of a company, and headline case.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources

from factx.extract.base import Context, Segment, fact_id
from factx.records import EntityFact, Mention

ENTITY_LABELS = (
    "ORG", "PERSON", "GPE", "LOC", "NORP", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW",
    "LANGUAGE",
)  # fmt: skip
# Ties in the label vote go to the label listed first.
_PRIORITY = {label: rank for rank, label in enumerate(ENTITY_LABELS)}
_TRAILING = ".,;:!?/\\|\"'’“”()[]{}-–—*"
_LEADING = "\"'“‘([{-–—*"
# Nationalities, religions and political groups mostly look like this: Chinese, Americans,
# Republicans, Muslims, Democrats, Israeli.
_DEMONYM = re.compile(r"(?:an|ans|ese|ish|i|is|ic|ics|ist|ists|ite|ites|ch|s|ern|erns)$")


@cache
def _tables() -> dict[str, object]:
    text = resources.files("factx.data").joinpath("aliases.json").read_text("utf-8")
    tables: dict[str, object] = json.loads(text)
    return tables


def _word_list(name: str) -> frozenset[str]:
    words = _tables()[name]
    assert isinstance(words, list)
    return frozenset(words)


@dataclass
class RawMention:
    """A mention before grouping, in article offsets."""

    text: str
    start: int
    end: int
    label: str
    sentence: int
    paragraph: int
    headline: bool
    votes: bool = True  # False for mentions found by matching a name: they copy a label


def name_key(name: str) -> str:
    """The key the mentions of one entity share: "The U.S." -> "us"; "Oracle Corp." -> "oracle"."""
    key = name.casefold().replace("’", "'")
    key = re.sub(r"'s?$", "", key)
    key = key.replace(".", "").replace(",", " ")
    key = re.sub(r"^the\s+", "", key)
    words = key.split()
    titles = _word_list("titles")
    while len(words) > 1 and words[0] in titles:
        words = words[1:]
    suffixes = _word_list("corporate_suffixes")
    while len(words) > 1 and words[-1] in suffixes:
        words = words[:-1]
    key = " ".join(words)
    aliases = _tables()["aliases"]
    assert isinstance(aliases, dict)
    return str(aliases.get(key, key))


def entity_id(key: str) -> str:
    """The same key gives the same id in every article and every run."""
    return "E" + hashlib.sha1(key.encode()).hexdigest()[:10]


def repair(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets without a leading "the", a possessive or trailing punctuation."""
    while end > start and (text[end - 1] in _TRAILING or text[end - 1].isspace()):
        end -= 1
    for suffix in ("'s", "’s"):
        if text[start:end].endswith(suffix):
            end -= len(suffix)
    while end > start and text[end - 1] in _TRAILING:
        end -= 1
    while start < end and (text[start] in _LEADING or text[start].isspace()):
        start += 1
    match = re.match(r"(?:the|The|THE)\s+", text[start:end])
    if match and end - start > match.end():
        start += match.end()
    return start, end


def mentions_of(segment: Segment, *, headline: bool) -> Iterator[RawMention]:
    """Repaired model mentions of one paragraph, with names the model split rejoined."""
    doc = segment.doc
    particles = _word_list("particles")
    ents = [e for e in doc.ents if e.label_ in ENTITY_LABELS]
    merged: list[tuple[int, int, str, int]] = []
    for ent in ents:
        start, end = repair(doc.text, ent.start_char, ent.end_char)
        if end <= start:
            continue
        if merged:
            p_start, p_end, p_label, p_token = merged[-1]
            last_word = doc.text[p_start:p_end].split()[-1].lower()
            gap = doc.text[p_end:start]
            # "Tim van der" + "Kuip/": the model split a name at its particle.
            if p_label == "PERSON" and last_word in particles and gap.isspace() and len(gap) < 3:
                merged[-1] = (p_start, end, "PERSON", p_token)
                continue
        merged.append((start, end, ent.label_, ent.start))
    for start, end, label, token in merged:
        if not any(ch.isalpha() for ch in doc.text[start:end]):
            continue
        yield RawMention(
            text=doc.text[start:end],
            start=segment.offset + start,
            end=segment.offset + end,
            label=label,
            sentence=segment.sentence_of(token),
            paragraph=segment.paragraph,
            headline=headline,
        )


@dataclass
class Cluster:
    key: str
    mentions: list[RawMention]

    def label(self, weak_persons: set[str]) -> str:
        votes: dict[str, float] = defaultdict(float)
        for m in self.mentions:
            if not m.votes:
                continue
            weight = 0.5 if m.headline else 1.0
            if m.label == "NORP" and not _DEMONYM.search(m.text):
                weight *= 0.25  # "Oracle" as NORP: a name that is no nationality or group
            if m.label == "PERSON" and len(m.text.split()) > 1:
                weight *= 2  # a full name is the model's most reliable PERSON evidence
            votes[m.label] += weight
        if "PERSON" in votes and len(votes) > 1 and self.key in weak_persons:
            del votes["PERSON"]
        if not votes:
            return self.mentions[0].label
        return max(votes, key=lambda lab: (votes[lab], -_PRIORITY.get(lab, 99)))

    def name(self) -> str:
        """The fullest proper form: the longest surface form, titles and "the" removed."""
        forms = sorted({m.text for m in self.mentions}, key=lambda t: (-len(t.split()), -len(t), t))
        titles = _word_list("titles")
        for form in forms:
            words = form.split()
            while len(words) > 1 and words[0].lower().rstrip(".") in titles:
                words = words[1:]
            if words:
                return " ".join(words)
        return forms[0]


def cluster(mentions: Iterable[RawMention]) -> list[Cluster]:
    """Group mentions by key; a lone surname or first name joins the one full name it ends."""
    groups: dict[str, list[RawMention]] = defaultdict(list)
    for m in mentions:
        groups[name_key(m.text)].append(m)
    person_keys = [
        k for k, ms in groups.items() if len(k.split()) > 1 and any(m.label == "PERSON" for m in ms)
    ]
    for key in sorted(groups):
        if len(key.split()) != 1 or key not in groups:
            continue
        owners = [p for p in person_keys if key in (p.split()[-1], p.split()[0]) and p != key]
        if len(owners) == 1 and owners[0] in groups:
            groups[owners[0]].extend(groups.pop(key))
    return [Cluster(k, sorted(ms, key=lambda m: m.start)) for k, ms in groups.items()]


def weak_person_keys(mentions: list[RawMention]) -> set[str]:
    """Single-word names tagged PERSON that are not part of any full person name in the article.

    The small model tags companies such as "Oracle" PERSON when they are sentence subjects;
    a real person is nearly always introduced with a full name first.
    """
    full_name_words = {
        w.casefold() for m in mentions if m.label == "PERSON" for w in m.text.split()[:-1] or []
    } | {m.text.split()[-1].casefold() for m in mentions if m.label == "PERSON" and " " in m.text}
    return {
        name_key(m.text)
        for m in mentions
        if m.label == "PERSON" and " " not in m.text and m.text.casefold() not in full_name_words
    }


def add_string_matches(
    text: str, mentions: list[RawMention], segments: list[Segment], taken: list[tuple[int, int]]
) -> list[RawMention]:
    """Further mentions of names the model found elsewhere in the article but missed here.

    Headline case defeats the model ("TikTok Moves US User Data" as one ORG), so headline
    mentions are only kept where they are names known from the body.
    """
    body = [m for m in mentions if not m.headline]
    forms = sorted({m.text for m in body if len(m.text) > 1}, key=len, reverse=True)
    if not forms:
        return body
    label_of: dict[str, str] = {}
    for m in body:
        label_of.setdefault(m.text, m.label)
    covered = [(m.start, m.end) for m in body] + taken
    pattern = re.compile(r"(?<![\w$£€])(?:" + "|".join(re.escape(f) for f in forms) + r")(?![\w$])")
    result = list(body)
    for segment in segments:
        start_at, end_at = segment.offset, segment.offset + len(segment.doc.text)
        for match in pattern.finditer(text, start_at, end_at):
            start, end = match.span()
            if any(start < e and s < end for s, e in covered):
                continue
            token = segment.doc.char_span(start - start_at, end - start_at, alignment_mode="expand")
            sentence = (
                segment.sentence_of(token.start) if token is not None else segment.sentence_base
            )
            result.append(
                RawMention(
                    match.group(),
                    start,
                    end,
                    label_of[match.group()],
                    sentence,
                    segment.paragraph,
                    segment.paragraph == 0,
                    votes=False,
                )
            )
            covered.append((start, end))
    return sorted(result, key=lambda m: m.start)


def entities(
    segments: list[Segment], context: Context, taken: list[tuple[int, int]]
) -> Iterator[EntityFact]:
    """One EntityFact per distinct entity of the article.

    Args:
        segments: the article's paragraphs; paragraph 0 is the headline.
        context: the article.
        taken: spans of other facts (money, dates) that no entity mention may overlap.
    Yields:
        Entity facts; text/start/end are those of the first mention.
    """
    raw = [
        m
        for seg in segments
        for m in mentions_of(seg, headline=seg.paragraph == 0)
        if not any(m.start < e and s < m.end for s, e in taken)
    ]
    mentions = add_string_matches(context.text, raw, segments, taken)
    weak = weak_person_keys(mentions)
    for group in cluster(mentions):
        first = group.mentions[0]
        name = group.name()
        yield EntityFact(
            id=fact_id(context.article_id, "entity", first.start, first.end),
            text=first.text,
            start=first.start,
            end=first.end,
            sentence=first.sentence,
            paragraph=first.paragraph,
            name=name,
            label=group.label(weak),
            entity_id=entity_id(group.key),
            mentions=[Mention(text=m.text, start=m.start, end=m.end) for m in group.mentions],
            aliases=sorted({m.text for m in group.mentions} - {name}),
        )
