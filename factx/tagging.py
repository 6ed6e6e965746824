"""The model's attribute ruler and lemmatizer, applied a column at a time: the same values,
for about a fifth of their cost.

Both run token by token in Python in spaCy, and together cost about a sixth of the whole
model on news (more than the parser). Every value they set depends on a few columns of the
token (the tag; the text, part of speech and morphology), so they are computed once per
distinct key, kept, and written back with `Doc.from_array`. What `load` swaps in is tested
to give the very same POS, MORPH and LEMMA as the model's own components.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from spacy.language import Language

if TYPE_CHECKING:
    from spacy.pipeline import AttributeRuler, Lemmatizer
    from spacy.tokens import Doc

# Kept values are bounded: a huge run of odd tokens must not grow memory without end.
MAX_CACHED = 200_000


class TagAttributes:
    """The attribute ruler. Its leading rules read the tag alone (the tag map: POS and MORPH
    per fine-grained tag) and are applied as one table; each other rule is tried only at the
    tokens whose word, tag or dependency label it names, instead of the Matcher trying every
    rule at every token, and applied as the ruler applies it.

    The ruler applies its rules in order, later ones winning, and every rule matches on the
    text as it was before any was applied; the tag-map rules come first and set nothing the
    others read, so applying them as a table first changes nothing. A ruler with a rule of a
    shape not read here keeps its own Matcher for the rules after the tag map (`rest`).
    """

    def __init__(self) -> None:
        self.table: dict[int, dict[int, int]] = {}
        self.rules: dict[int, _Rule] = {}
        self.by_column: list[dict[int, list[_Rule]]] = [{} for _ in _COLUMNS]
        self.searched: list[_Rule] = []  # first token: a regular expression on the word
        self.words_searched: dict[int, list[_Rule]] = {}
        self.candidates: dict[tuple[int, int, int, int], list[_Rule]] = {}
        self.every_token: list[_Rule] = []
        self.rest: AttributeRuler | None = None

    def take(self, ruler: AttributeRuler, nlp: Language) -> None:
        patterns: list[dict[str, Any]] = list(ruler.patterns)
        leading = 0
        while leading < len(patterns) and _tag_only(patterns[leading]):
            leading += 1
        strings = nlp.vocab.strings
        for pattern, attrs in zip(patterns[:leading], ruler.attrs[:leading], strict=True):
            tag = strings.add(pattern["patterns"][0][0]["TAG"])
            self.table[tag] = {**self.table.get(tag, {}), **attrs}
        later = zip(patterns[leading:], ruler.attrs[leading:], ruler.indices[leading:], strict=True)
        rules = [
            _Rule.of(number, pattern["patterns"], attrs, index, strings)
            for number, (pattern, attrs, index) in enumerate(later, start=leading)
        ]
        if any(rule is None for rule in rules):
            from spacy.pipeline import AttributeRuler

            self.rest = AttributeRuler(nlp.vocab)
            self.rest.add_patterns(patterns[leading:])
            return
        for rule in rules:
            assert rule is not None
            self.rules[rule.number] = rule
            column, values = rule.dispatch()
            if column is None:
                if rule.searches_word():
                    self.searched.append(rule)
                else:
                    self.every_token.append(rule)
            for value in values:
                self.by_column[column or 0].setdefault(value, []).append(rule)

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        self._tag_map(doc)
        if self.rest is not None:
            return self.rest(doc)
        from spacy.tokens._retokenize import set_token_attrs

        rows = doc.to_array(list(_COLUMNS)).tolist()
        strings = doc.vocab.strings
        found: set[tuple[int, int, int]] = set()
        candidates = self.candidates
        for i, row in enumerate(rows):
            key = (row[0], row[1], row[2], row[3])
            tried = candidates.get(key)
            if tried is None:
                tried = self._candidates(key, strings)
            for rule in tried:
                for length in rule.matches(rows, i, strings):
                    found.add((rule.number, i, i + length))
        for number, start, end in sorted(found):
            rule = self.rules[number]
            target = start + rule.index if rule.index >= 0 else end + rule.index
            set_token_attrs(doc[target], rule.attrs)
        return doc

    def _candidates(self, key: tuple[int, int, int, int], strings: Any) -> list[_Rule]:
        """The rules to try at a token of these (word, tag, dep, space) columns, kept for the
        next token of the same: most tokens are common words, whose list one lookup finds
        instead of five lookups and as many lists joined."""
        word, tag, dep, space = key
        by_word, by_tag, by_dep, by_space = self.by_column
        tried = by_word.get(word, _NONE) + by_tag.get(tag, _NONE) + by_dep.get(dep, _NONE)
        tried += by_space.get(space, _NONE) + self._searched(word, strings) + self.every_token
        if len(self.candidates) >= MAX_CACHED:
            self.candidates.clear()
        self.candidates[key] = tried
        return tried

    def _searched(self, word: int, strings: Any) -> list[_Rule]:
        """The rules whose first token is a regular expression on the word that this word
        can start (the searches are kept per word)."""
        if not self.searched:
            return _NONE
        rules = self.words_searched.get(word)
        if rules is None:
            if len(self.words_searched) >= MAX_CACHED:
                self.words_searched.clear()
            rules = [r for r in self.searched if r.may_start(word, strings)]
            self.words_searched[word] = rules
        return rules

    def _tag_map(self, doc: Doc) -> None:
        import numpy
        from spacy.attrs import MORPH, POS, TAG

        # Row by row in Python: a paragraph has a few dozen tokens and nearly as many distinct
        # tags, and a numpy mask per tag cost more than twice this loop.
        columns = doc.to_array([TAG, POS, MORPH])
        table = self.table
        rows = columns.tolist()
        for row in rows:
            attrs = table.get(row[0])
            if attrs is not None:
                row[1] = attrs.get(POS, row[1])
                row[2] = attrs.get(MORPH, row[2])
        values = numpy.array(rows, dtype=columns.dtype)[:, 1:]
        doc.from_array([POS, MORPH], values)  # type: ignore[arg-type]


def _tag_only(pattern: dict[str, Any]) -> bool:
    tokens = pattern["patterns"]
    return len(tokens) == 1 and len(tokens[0]) == 1 and list(tokens[0][0]) == ["TAG"]


_NONE: list[_Rule] = []
# The token columns a rule may read, in the order they are looked up to find its tokens.
_NAMES = ("LOWER", "TAG", "DEP", "IS_SPACE")


def _column_ids() -> tuple[int, ...]:
    from spacy import attrs

    return tuple(getattr(attrs, name) for name in _NAMES)


_COLUMNS = _column_ids()


@dataclass(frozen=True)
class _Test:
    """One condition of a token pattern, as the Matcher reads it: a column equal to a value,
    in or not in a set of values, or its text searched by a regular expression."""

    column: int
    kind: str  # "in", "not_in" or "regex" (equality is "in" one value)
    values: frozenset[int] = frozenset()
    regex: re.Pattern[str] | None = None

    def holds(self, value: int, strings: Any) -> bool:
        if self.kind == "in":
            return value in self.values
        if self.kind == "not_in":
            return value not in self.values
        assert self.regex is not None
        return bool(self.regex.search(strings[value]))


@dataclass(frozen=True)
class _Rule:
    number: int
    alternatives: tuple[tuple[tuple[_Test, ...], ...], ...]  # patterns > tokens > tests
    attrs: dict[int, Any]
    index: int

    @classmethod
    def of(
        cls, number: int, patterns: list[list[dict[str, Any]]], attrs: dict[int, Any],
        index: int, strings: Any,
    ) -> _Rule | None:  # fmt: skip
        alternatives = []
        for pattern in patterns:
            tokens = [_tests(spec, strings) for spec in pattern]
            if not pattern or any(tests is None for tests in tokens):
                return None
            if not -len(pattern) <= index < len(pattern):
                return None  # the ruler itself refuses such a rule when it matches
            alternatives.append(tuple(t for t in tokens if t is not None))
        return cls(number, tuple(alternatives), attrs, index)

    def dispatch(self) -> tuple[int | None, frozenset[int]]:
        """The column and values that every match's first token has, if one column is such
        in all alternatives: the rule is tried only at those tokens."""
        for column in range(len(_COLUMNS)):
            values: set[int] = set()
            for alternative in self.alternatives:
                test = next(
                    (t for t in alternative[0] if t.column == column and t.kind == "in"), None
                )
                if test is None:
                    break
                values |= test.values
            else:
                return column, frozenset(values)
        return None, frozenset()

    def searches_word(self) -> bool:
        return all(
            any(t.column == 0 and t.kind == "regex" for t in alternative[0])
            for alternative in self.alternatives
        )

    def may_start(self, word: int, strings: Any) -> bool:
        return any(
            all(t.holds(word, strings) for t in alternative[0] if t.column == 0)
            for alternative in self.alternatives
        )

    def matches(self, rows: list[list[int]], start: int, strings: Any) -> list[int]:
        """The lengths of the alternatives that match from token `start`."""
        lengths = []
        for alternative in self.alternatives:
            if start + len(alternative) > len(rows):
                continue
            if all(
                test.holds(rows[start + offset][test.column], strings)
                for offset, tests in enumerate(alternative)
                for test in tests
            ):
                lengths.append(len(alternative))
        return lengths


def _tests(spec: dict[str, Any], strings: Any) -> tuple[_Test, ...] | None:
    """The tests of one token's pattern, or None for a pattern this module does not read."""
    tests = []
    for name, condition in spec.items():
        if name not in _NAMES:
            return None
        column = _NAMES.index(name)
        if name == "IS_SPACE":
            if not isinstance(condition, bool):
                return None
            tests.append(_Test(column, "in", frozenset({int(condition)})))
        elif isinstance(condition, str):
            tests.append(_Test(column, "in", frozenset({_id(condition, strings)})))
        elif isinstance(condition, dict) and len(condition) == 1:
            ((kind, value),) = condition.items()
            if kind in ("IN", "NOT_IN") and all(isinstance(v, str) for v in value):
                ids = frozenset(_id(v, strings) for v in value)
                tests.append(_Test(column, kind.lower(), ids))
            elif kind == "REGEX" and isinstance(value, str):
                tests.append(_Test(column, "regex", regex=re.compile(value)))
            else:
                return None
        else:
            return None
    return tuple(tests)


def _id(value: str, strings: Any) -> int:
    """The id the Matcher compares with: the empty string is 0, an unset value."""
    return strings.add(value) if value else 0


class CachedLemmas:
    """The rule lemmatizer, asked once per (text, part of speech, morphology): its lemma
    depends on nothing else. Like the model's, it leaves a lemma already set (by the
    attribute ruler) alone."""

    def __init__(self) -> None:
        self.lemmatizer: Lemmatizer | None = None
        self.cache: dict[tuple[int, int, int], int] = {}

    def take(self, lemmatizer: Lemmatizer) -> None:
        """A copy of the model's lemmatizer whose word index is a set: spaCy keeps it as a
        list (57,000 nouns) that the rules search through for every new word, at about a
        third of a millisecond each. The index is only ever asked what it contains."""
        import copy

        from spacy.lookups import Lookups

        lookups = Lookups()
        for name in lemmatizer.lookups.tables:
            table = lemmatizer.lookups.get_table(name)
            copied = lookups.add_table(name)
            for key, value in table.items():
                copied[key] = frozenset(value) if name == "lemma_index" else value
        fast = copy.copy(lemmatizer)
        fast.lookups = lookups
        fast.cache = {}
        self.lemmatizer = fast

    def __call__(self, doc: Doc) -> Doc:
        from spacy.attrs import LEMMA, MORPH, ORTH, POS

        if self.lemmatizer is None or not len(doc):
            return doc
        columns = doc.to_array([ORTH, POS, MORPH, LEMMA])
        strings = doc.vocab.strings
        lemmas = columns[:, 3].copy()
        for i, (orth, pos, morph, lemma) in enumerate(columns.tolist()):
            if lemma:
                continue
            key = (orth, pos, morph)
            found = self.cache.get(key)
            if found is None:
                found = strings.add(self.lemmatizer.rule_lemmatize(doc[i])[0])
                if len(self.cache) >= MAX_CACHED:
                    self.cache.clear()
                self.cache[key] = found
            lemmas[i] = found
        doc.from_array([LEMMA], lemmas.reshape(-1, 1))  # type: ignore[arg-type]
        return doc


@Language.factory("factx_tag_attributes")
def make_tag_attributes(nlp: Language, name: str) -> TagAttributes:
    return TagAttributes()


@Language.factory("factx_cached_lemmas")
def make_cached_lemmas(nlp: Language, name: str) -> CachedLemmas:
    return CachedLemmas()


def swap_in(nlp: Language) -> None:
    """The model's attribute ruler and rule lemmatizer, replaced by the column-wise ones
    above (under the same names), when the model has them as spaCy ships them."""
    from spacy.pipeline import AttributeRuler, Lemmatizer

    if "attribute_ruler" in nlp.pipe_names:
        ruler = nlp.get_pipe("attribute_ruler")
        if type(ruler) is AttributeRuler:
            attributes = nlp.replace_pipe("attribute_ruler", "factx_tag_attributes")
            assert isinstance(attributes, TagAttributes)
            attributes.take(ruler, nlp)
    if "lemmatizer" in nlp.pipe_names:
        lemmatizer = nlp.get_pipe("lemmatizer")
        if (
            isinstance(lemmatizer, Lemmatizer)
            and lemmatizer.mode == "rule"
            and not lemmatizer.overwrite
        ):
            lemmas = nlp.replace_pipe("lemmatizer", "factx_cached_lemmas")
            assert isinstance(lemmas, CachedLemmas)
            lemmas.take(lemmatizer)
