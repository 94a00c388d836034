"""Literal gates: the cheap test before a costly regular expression.

Most rule patterns in ``vocab/data`` are case-insensitive alternations opened by a word boundary
(``\\bBMSCs?|bone[- ]marrow``), which Python's ``re`` cannot scan for quickly: it tries every
position. A pattern cannot match a text that holds none of the literal strings every match must
contain (for that pattern: 'bmsc' or 'bone'), and looking for a few short strings in the text's
folded form costs far less. ``alternatives`` finds, for each way to match, the strings it needs
together from the parsed pattern (as RE2 and Hyperscan prefilter: 'wj' and 'msc', or 'wharton');
``may_match`` is the gate. It never says no to a text the pattern matches:
a pattern whose matches need no literal run of two or more characters gets no gate.
``found`` asks whether a pattern occurs at all, searching only those of its top-level
alternatives whose own literals the text holds: a long cue of thirty alternatives passes the
gate for one of them, and its search need not try the other twenty-nine at every position.
``finditer`` finds a pattern's matches in a long text (a whole abstract) by searching only the
stretches around where its strings occur.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache, lru_cache
from typing import Any

try:  # the pattern parser behind re (Python 3.11+); without it no pattern is gated
    from re import _constants as _c  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - another Python
    _parser = None

# non-ASCII characters that re's case-insensitive matching takes for an ASCII letter ('İ' for
# 'i', the Kelvin sign for 'k', the long s for 's', dotless i for 'i'); tests/test_gate.py checks,
# over every code point, that each such character folds to the ASCII letter re takes it for
_ASCII_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


_UNFOLDED = "".join(map(chr, _ASCII_FOLD))


@lru_cache(maxsize=4096)  # the reader gates one sentence for many cues, each asking this
def fold(text: str) -> str:
    """The text as the gates compare it: lower case, with the letters above made ASCII."""
    if not text.isascii() and any(map(text.__contains__, _UNFOLDED)):  # rare: translating
        return text.translate(_ASCII_FOLD).lower()  # every text costs more
    return text.lower()


@cache
def required(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Strings (lower case) at least one of which every match of the pattern contains; None when
    no such set of strings of two characters or more is known: the most selective string of each
    of ``alternatives``."""
    found = alternatives(pattern, flags)
    return frozenset(strings[0] for strings in found) if found else None


@cache
def alternatives(pattern: str, flags: int = 0) -> tuple[tuple[str, ...], ...] | None:
    """Sets of strings (lower case, the longest first) such that every match of the pattern
    contains all the strings of one set ('\\bWJ-?MSCs?|Wharton': 'msc' with 'wj', or 'wharton');
    None when no such sets of strings of two characters or more are known."""
    tree = _tree(pattern, flags)
    if tree is None:
        return None
    found = _sequence(tree)
    if not found:
        return None
    return tuple(tuple(sorted(strings, key=lambda s: (-len(s), s))) for strings in found)


def _tree(pattern: str, flags: int) -> list[tuple[Any, Any]] | None:
    """The pattern's items as re's own parser reads them; None without that parser or for a
    pattern it refuses."""
    if _parser is None:
        return None
    try:
        return list(_parser.parse(pattern, flags))
    except re.error:
        return None


# sets of strings a sequence needs together: past this many, the weaker item's are left out
_MOST = 16

_Needed = list[frozenset[str]]  # any one of these sets, all of its strings


def _both(first: _Needed | None, second: _Needed | None) -> _Needed | None:
    """What two items of a sequence need together (leaving one out is always safe)."""
    if first is None or second is None:
        return first if second is None else second
    if len(first) * len(second) > _MOST:
        return max(first, second, key=lambda n: (min(sum(map(len, s)) for s in n), -len(n)))
    return [a | b for a in first for b in second]


def _sequence(items: Iterable[tuple[Any, Any]]) -> _Needed | None:
    """For a sequence of pattern items: what its items need together."""
    needed: _Needed | None = None
    run: list[str] = []
    for op, av in items:
        if op is _c.LITERAL and av < 128:
            run.append(chr(av).lower())
            continue
        if len(run) >= 2:
            needed = _both(needed, [frozenset({"".join(run)})])
        run = []
        needed = _both(needed, _item(op, av))
    if len(run) >= 2:
        needed = _both(needed, [frozenset({"".join(run)})])
    return needed


def _item(op: Any, av: Any) -> _Needed | None:
    if op is _c.SUBPATTERN:
        return _sequence(av[-1])
    if op is _c.ATOMIC_GROUP:
        return _sequence(av)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        low, _, body = av
        return _sequence(body) if low >= 1 else None
    if op is _c.BRANCH:
        out: _Needed = []
        for branch in av[1]:
            found = _sequence(branch)
            if not found:
                return None  # one alternative needs no literal: the whole branch needs none
            out += found
        return out
    return None  # a class, any character, an anchor, a look-around: no literal


def may_match(pattern: re.Pattern[str], folded: str) -> bool:
    """False only when the pattern cannot match the text whose ``fold`` is ``folded``."""
    checks = _checks(pattern.pattern, pattern.flags)
    if checks is None:
        return True
    for first, rests in checks:
        if first in folded and (not rests or any(all(map(folded.__contains__, r)) for r in rests)):
            return True
    return False


@cache
def _checks(pattern: str, flags: int) -> tuple[tuple[str, tuple[tuple[str, ...], ...]], ...] | None:
    """``alternatives`` by their first (longest) string, each looked for once: (that string, the
    other strings of each alternative it opens; none when one needs that string alone)."""
    found = alternatives(pattern, flags)
    if found is None:
        return None
    rests: dict[str, list[tuple[str, ...]] | None] = {}
    for first, *rest in found:
        known = rests.setdefault(first, [])
        if known is not None:
            rests[first] = [*known, tuple(rest)] if rest else None
    return tuple((first, tuple(rest or ())) for first, rest in rests.items())


def found(pattern: re.Pattern[str], text: str) -> bool:
    """``pattern.search(text) is not None``, found faster: a pattern occurs in a text when one of
    its top-level alternatives does, and only those whose literals the text holds are searched
    (``_occurs``)."""
    ungated, gated = _branch_gates(pattern.pattern, pattern.flags)
    if any(branch.search(text) is not None for branch in ungated):
        return True
    if not gated:
        return False
    folded = fold(text)
    tried: set[re.Pattern[str]] = set()  # (an alternative listed under two of its strings)
    for first, branches in gated:
        if first in folded:
            for rest, branch in branches:
                if branch in tried or not all(map(folded.__contains__, rest)):
                    continue
                if _occurs(branch, text, folded):
                    return True
                tried.add(branch)
    return False


def _occurs(branch: re.Pattern[str], text: str, folded: str) -> bool:
    """``branch.search(text) is not None``. A match of an alternative whose every match opens
    with one of a few strings (``leads``: 'exosom', 'extracellular vesicle' of '\\b(?:exosom\\w*|
    extracellular vesicles?)') starts where one of them occurs: it is tried there alone, not at
    every place of the text."""
    leads = _leads(branch.pattern, branch.flags)
    if leads is None or len(folded) != len(text):
        return branch.search(text) is not None
    match = branch.match
    for lead in leads:
        at = folded.find(lead)
        while at >= 0:
            if match(text, at) is not None:
                return True
            at = folded.find(lead, at + 1)
    return False


@cache
def _leads(pattern: str, flags: int) -> tuple[str, ...] | None:
    """Strings (lower case, two characters or more) one of which every match of the pattern
    opens with, after what only looks (a word boundary, a look-behind); None when not known."""
    tree = _tree(pattern, flags)
    if tree is None:
        return None
    found, _ = _sequence_leads(tree)
    if not found or min(map(len, found)) < 2:
        return None
    # one opening that another opens with is found where that one is ('msc' for 'mscs')
    return tuple(sorted(o for o in found if not any(o != p and o.startswith(p) for p in found)))


_MOST_LEADS = 64


def _sequence_leads(items: list[tuple[Any, Any]]) -> tuple[set[str] | None, bool]:
    """What every match of a sequence opens with (strings of any length), and whether those
    strings are all it matches (then what follows it opens its matches too); None when one of
    its alternatives' openings is not known."""
    openings = {""}
    for op, av in items:
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue  # matches no character: the match goes on with what follows
        if op is _c.LITERAL and av < 128:
            openings = {o + chr(av).lower() for o in openings}
            continue
        inner: set[str] | None = None
        whole = False
        if op is _c.IN:
            inner = _characters(av)
            whole = True
        elif op is _c.SUBPATTERN:
            inner, whole = _sequence_leads(list(av[-1]))
        elif op is _c.BRANCH:
            inner, whole = set(), True
            for branch in av[1]:
                found, complete = _sequence_leads(list(branch))
                if found is None:
                    inner = None
                    break
                inner |= found
                whole = whole and complete
        elif op is _c.MAX_REPEAT and av[0] == 0 and av[1] == 1:  # optional: 'h?', '(?:the )?'
            found, complete = _sequence_leads(list(av[2]))
            inner, whole = (found | {""}, True) if found is not None and complete else (None, False)
        if inner is None or len(openings) * len(inner) > _MOST_LEADS:
            return openings, False
        openings = {o + i for o in openings for i in inner}
        if not whole:
            return openings, False  # (what the group opens with, not all it matches)
    return openings, True


def _characters(members: list[tuple[Any, Any]]) -> set[str] | None:
    """The characters (lower case) of a class of a few ASCII characters ('[- ]'); None for
    another class."""
    if all(op is _c.LITERAL and value < 128 for op, value in members):
        return {chr(value).lower() for _, value in members}
    return None


_Branches = tuple[tuple[str, tuple[tuple[tuple[str, ...], re.Pattern[str]], ...]], ...]


@cache
def _branch_gates(pattern: str, flags: int) -> tuple[tuple[re.Pattern[str], ...], _Branches]:
    """The pattern's top-level alternatives, compiled each on its own: those with no gate, and
    the others by the first string of each of their ``alternatives`` (with the other strings
    that alternative needs)."""
    # (a verbose pattern's comments may hold a bar or a bracket: it is searched whole)
    parts = None if flags & re.VERBOSE else top_level_branches(pattern)
    if parts is None or _parser is None:
        return (re.compile(pattern, flags),), ()
    ungated: list[re.Pattern[str]] = []
    gated: dict[str, list[tuple[tuple[str, ...], re.Pattern[str]]]] = {}
    for part in parts:
        compiled = re.compile(part, flags)
        found_sets = alternatives(part, flags)
        if found_sets is None:
            ungated.append(compiled)
            continue
        for first, *rest in found_sets:
            gated.setdefault(first, []).append((tuple(rest), compiled))
    return tuple(ungated), tuple((first, tuple(b)) for first, b in gated.items())


# what a split cannot keep: a back-reference or conditional naming another alternative's
# group, a global inline flag written once for all alternatives
_UNSPLITTABLE = re.compile(r"\\[1-9]|\(\?P=|\(\?\(|\(\?[aiLmsux]+\)")


def top_level_branches(pattern: str) -> list[str] | None:
    """The pattern's alternatives at its top level ('a(b|c)|d' -> 'a(b|c)', 'd'), each a valid
    pattern; None when splitting could change what the pattern matches (``_UNSPLITTABLE``) or
    a part does not compile."""
    if _UNSPLITTABLE.search(pattern):
        return None
    parts: list[str] = []
    depth, start, at, in_class = 0, 0, 0, False
    while at < len(pattern):
        char = pattern[at]
        if char == "\\":
            at += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            at += 1
            if pattern[at : at + 1] == "^":
                at += 1
            if pattern[at : at + 1] == "]":  # a ']' first in a class is itself
                at += 1
            continue
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(pattern[start:at])
            start = at + 1
        at += 1
    parts.append(pattern[start:])
    try:
        for part in parts:
            re.compile(part)
    except re.error:
        return None
    return parts


def finditer(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``: the same matches, found faster in a long text. Every match
    holds one of the pattern's ``required`` strings, and whether a match starts at a place
    depends on no character more than ``reach`` characters on: the pattern is searched only in
    the stretches that reach around each place those strings occur. A stretch's cut end changes
    no match: any match found in it (or in the whole text) starts at most ``reach`` characters
    before a string it holds, and the stretch goes on past ``reach`` characters after it."""
    reach = _reach(pattern.pattern, pattern.flags)
    needed = required(pattern.pattern, pattern.flags)
    folded = fold(text) if reach is not None and needed and len(text) > 4 * reach else ""
    if len(folded) != len(text):  # no bound or no gate, a short text, or folding moved letters
        yield from pattern.finditer(text)
        return
    assert reach is not None and needed is not None
    places: list[tuple[int, int]] = []
    for string in needed:
        at = folded.find(string)
        while at >= 0:
            places.append((max(0, at - reach), min(len(text), at + len(string) + reach + 1)))
            at = folded.find(string, at + 1)
    places.sort()
    stretches: list[list[int]] = []
    for start, end in places:
        if stretches and start <= stretches[-1][1]:
            stretches[-1][1] = max(stretches[-1][1], end)
        else:
            stretches.append([start, end])
    for start, end in stretches:
        yield from pattern.finditer(text, start, end)


@cache
def _reach(pattern: str, flags: int) -> int | None:
    """How many characters from where a match may start a match attempt reads at most (what
    it may match, what its look-aheads read, and one character more for an anchor such as
    ``\\b``); None when unbounded or not known (a repeat without an upper bound, a
    back-reference)."""
    tree = _tree(pattern, flags)
    return None if tree is None else _sequence_reach(tree)


def _sequence_reach(items: Iterable[tuple[Any, Any]]) -> int | None:
    total = 0
    for op, av in items:
        reach = _item_reach(op, av)
        if reach is None:
            return None
        total += reach
    return total


def _item_reach(op: Any, av: Any) -> int | None:
    if op in (_c.LITERAL, _c.NOT_LITERAL, _c.ANY, _c.IN):
        return 1
    if op is _c.AT:
        return 1  # a word boundary reads the next character
    if op is _c.SUBPATTERN:
        return _sequence_reach(av[-1])
    if op is _c.ATOMIC_GROUP:
        return _sequence_reach(av)
    if op in (_c.ASSERT, _c.ASSERT_NOT):
        direction, body = av
        return 0 if direction < 0 else _sequence_reach(body)  # a look-behind reads back only
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        _, high, body = av
        inner = _sequence_reach(body)
        return None if inner is None or high is _c.MAXREPEAT else inner * high
    if op is _c.BRANCH:
        reaches = [_sequence_reach(branch) for branch in av[1]]
        return None if None in reaches else max(r for r in reaches if r is not None)
    return None  # a back-reference, a conditional group: not bounded here
