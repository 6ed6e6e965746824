"""A quick test in front of a long pattern: which three characters a match can start with.

The date, money and quantity patterns are alternations of hundreds of words. Python's `re` tries
every alternative at every word start, so scanning a paragraph costs microseconds per word even
where nothing matches. `lookahead` reads a pattern's syntax tree and writes a zero-width
`(?=...)` of the character triples a match can begin with, such as `[jJ][aA][nN]` for "January":
at most word starts it fails on the first or second character, and the pattern is never tried.

The lookahead is derived, never written by hand, so it cannot fall out of step with the pattern,
and it only ever admits more than the pattern: assertions are skipped, optional parts are tried
both ways, and letters match in either case (with the few characters outside ASCII that `re`
takes for an ASCII letter when it ignores case). A pattern it cannot read gets no lookahead.
"""

from __future__ import annotations

import re
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

# How many characters the lookahead checks, and the most prefixes it may list: past that,
# working them out costs more at start-up than the test saves.
DEPTH = 3
MAX_PREFIXES = 4000
# Characters that `re` matches to an ASCII letter when it ignores case.
_FOLDS = {"i": "İı", "k": "\u212a", "s": "ſ"}
# An atom is the inside of a character class ("jJ", "\d"), or ANY for any character.
ANY = ""

Prefix = tuple[str, ...]


class _Unreadable(Exception):
    """A construct the analysis does not follow (a back-reference, say): no lookahead."""


def compile_guarded(guard: str, body: str, flags: int = 0) -> re.Pattern[str]:
    """`guard` (a zero-width test of where a match may start), then the lookahead of `body`,
    then `body`: the same matches as `guard + body`, found in a fraction of the time."""
    return re.compile(guard + lookahead(body, flags) + body, flags)


def lookahead(pattern: str, flags: int = 0) -> str:
    """A `(?=...)` that every match of `pattern` passes at its start; "" if none is found."""
    try:
        prefixes = _prefixes(sre_parse.parse(pattern, flags), DEPTH, {})
    except (_Unreadable, re.error, RecursionError):
        return ""
    if not prefixes or () in prefixes or all(p[0] == ANY for p in prefixes):
        return ""  # a match may be empty, or start anywhere: nothing to test
    return "(?=" + _trie(prefixes) + ")"


def tail_guard(pattern: str, flags: int = 0) -> re.Pattern[str] | None:
    """For a pattern that only matches at the end of a text (it ends in `$`), a quick test of
    the text's last characters: it matches at the start of the text reversed wherever `pattern`
    may match the text. None if the pattern may match elsewhere, or nothing is found to test.

    `re` searches such a pattern from every place in the text, though a few characters at the
    end rule most texts out: for "minister of\\s+$", a text that does not end in "of" and a space.
    """
    if flags & re.MULTILINE:
        return None  # `$` would match before every newline
    try:
        items = sre_parse.parse(pattern, flags)
        if not _ends_at_end(items):
            return None
        prefixes = _prefixes(_reversed(items), DEPTH, {})
    except (_Unreadable, re.error, RecursionError):
        return None
    if not prefixes or () in prefixes or all(p[0] == ANY for p in prefixes):
        return None
    # `$` matches before a last newline too.
    return re.compile("\\n?(?:" + _trie(prefixes) + ")")


def _ends_at_end(items: Any) -> bool:
    """Whether every match of the parsed (sub)pattern ends at the end of the text."""
    if not len(items):
        return False
    op, av = items[-1]
    if op is sre.AT:
        return av in (sre.AT_END, sre.AT_END_STRING)
    if op is sre.SUBPATTERN:
        return _ends_at_end(av[-1])
    if op is sre.BRANCH:
        return all(_ends_at_end(branch) for branch in av[1])
    return False


def _reversed(items: Any) -> tuple[tuple[Any, Any], ...]:
    """The parsed pattern's items back to front, inside groups, branches and repeats too: what
    `_prefixes` reads of it then are the ends of its matches, last character first."""
    result = []
    for op, av in reversed(list(items)):
        if op is sre.SUBPATTERN:
            av = (*av[:-1], _reversed(av[-1]))
        elif op is getattr(sre, "ATOMIC_GROUP", None):
            av = _reversed(av)
        elif op is sre.BRANCH:
            av = (av[0], [_reversed(branch) for branch in av[1]])
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT) or op is getattr(
            sre, "POSSESSIVE_REPEAT", None
        ):
            av = (av[0], av[1], _reversed(av[2]))
        elif op in (sre.GROUPREF, sre.GROUPREF_EXISTS):
            raise _Unreadable(str(op))
        result.append((op, av))
    return tuple(result)


def _trie(prefixes: set[Prefix]) -> str:
    """The alternation grouped by first atom, so that a first character that fails ends the
    test; atoms that end their prefix are merged into one character class."""
    heads: dict[str, set[Prefix]] = {}
    for prefix in prefixes:
        heads.setdefault(prefix[0], set()).add(prefix[1:])
    ends = sorted(head for head, tails in heads.items() if () in tails)
    branches = [_atom("".join(ends) if ANY not in ends else ANY)] if ends else []
    for head in sorted(h for h in heads if () not in heads[h]):
        rest = _trie(heads[head])
        branches.append(_atom(head) + ("(?:" + rest + ")" if "|" in rest else rest))
    return "|".join(branches)


def _atom(inside: str) -> str:
    return "(?s:.)" if inside == ANY else "[" + inside + "]"


def _prefixes(items: Any, depth: int, memo: dict[Any, Any], start: int = 0) -> set[Prefix]:
    """Every way the pattern items from `start` on can begin, up to `depth` atoms (shorter
    where they can end sooner). `items` is a parsed (sub)pattern or a tuple of its items."""
    if depth == 0 or start >= len(items):
        return {()}
    # By the sequence's identity, not its first item's: `re` shares items such as `\b`.
    key = (id(items), start, depth)
    if key in memo:
        return memo[key][1]
    result: set[Prefix] = set()
    tails: dict[int, set[Prefix]] = {}  # the rest's prefixes, worked out once per length
    for head in _item(items[start], depth, memo):
        need = depth - len(head)
        if need <= 0:
            result.add(head[:depth])
            continue
        if need not in tails:
            tails[need] = _prefixes(items, need, memo, start + 1)
        result.update(head + tail for tail in tails[need])
        if len(result) > MAX_PREFIXES:
            raise _Unreadable("too many prefixes")
    memo[key] = (items, result)  # holding `items` keeps its id from being reused
    return result


def _item(item: tuple[Any, Any], depth: int, memo: dict[Any, Any]) -> set[Prefix]:
    op, av = item
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return {()}  # zero-width: skipping it admits more, never less
    if op is sre.LITERAL:
        return {(_letter(chr(av)),)}
    if op in (sre.NOT_LITERAL, sre.ANY):
        return {(ANY,)}
    if op is sre.IN:
        return {(_char_class(av),)}
    if op is sre.SUBPATTERN:
        return _prefixes(av[-1], depth, memo)
    if op is getattr(sre, "ATOMIC_GROUP", None):
        return _prefixes(av, depth, memo)
    if op is sre.BRANCH:
        return {p for branch in av[1] for p in _prefixes(branch, depth, memo)}
    if op is sre.GROUPREF_EXISTS:
        _, yes, no = av
        return _prefixes(yes, depth, memo) | (_prefixes(no, depth, memo) if no else {()})
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT) or op is getattr(sre, "POSSESSIVE_REPEAT", None):
        low, high, body = av
        copies = depth if high is sre.MAXREPEAT else min(high, depth)
        options: set[Prefix] = set()
        for n in range(min(low, depth), copies + 1):
            options.update(_prefixes(tuple(body) * n, depth, memo) if n else {()})
        return options
    raise _Unreadable(str(op))


def _letter(char: str) -> str:
    """The class of a literal character, in either case."""
    if char.lower() == char.upper() == char:
        return re.escape(char)
    if not char.isascii():
        return ANY  # `re` folds some letters outside ASCII in ways str does not
    lower = char.lower()
    return "".join(sorted({lower, char.upper(), *_FOLDS.get(lower, "")}))


def _char_class(items: list[tuple[Any, Any]]) -> str:
    """A character class as the inside of one, in either case (wider than it was, never
    narrower). A negated class is any character: ignoring case would narrow it."""
    parts = []
    for op, av in items:
        if op is sre.NEGATE:
            return ANY
        if op is sre.LITERAL:
            letter = _letter(chr(av))
            if letter == ANY:
                return ANY
            parts.append(letter)
        elif op is sre.RANGE:
            low, high = chr(av[0]), chr(av[1])
            if not (low.isascii() and high.isascii()):
                return ANY
            parts.append(re.escape(low) + "-" + re.escape(high))
            # Ranges within the letters also in the other case (and their folds).
            for a, z in (("a", "z"), ("A", "Z")):
                lo, hi = max(low, a), min(high, z)
                if lo <= hi:
                    parts.append(lo.swapcase() + "-" + hi.swapcase())
                    parts.extend(
                        f for c, f in _FOLDS.items() if lo <= c <= hi or lo <= c.upper() <= hi
                    )
        elif op is sre.CATEGORY:
            parts.append(_CATEGORIES[av])
        else:
            raise _Unreadable(str(op))
    return "".join(parts)


_CATEGORIES = {
    sre.CATEGORY_DIGIT: r"\d",
    sre.CATEGORY_NOT_DIGIT: r"\D",
    sre.CATEGORY_SPACE: r"\s",
    sre.CATEGORY_NOT_SPACE: r"\S",
    sre.CATEGORY_WORD: r"\w",
    sre.CATEGORY_NOT_WORD: r"\W",
}
