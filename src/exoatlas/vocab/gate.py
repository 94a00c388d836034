"""Literal gates: the cheap test before a costly regular expression.

Most rule patterns in ``vocab/data`` are case-insensitive alternations opened by a word boundary
(``\\bBMSCs?|bone[- ]marrow``), which Python's ``re`` cannot scan for quickly: it tries every
position. A pattern cannot match a text that holds none of the literal strings every match must
contain (for that pattern: 'bmsc' or 'bone'), and looking for a few short strings in the text's
folded form costs far less. ``required`` finds those strings from the parsed pattern (as RE2 and
Hyperscan prefilter); ``may_match`` is the gate. It never says no to a text the pattern matches:
a pattern whose matches need no literal run of two or more characters gets no gate.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
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


def fold(text: str) -> str:
    """The text as the gates compare it: lower case, with the letters above made ASCII."""
    return text.translate(_ASCII_FOLD).lower()


@cache
def required(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Strings (lower case) at least one of which every match of the pattern contains; None when
    no such set of strings of two characters or more is known."""
    if _parser is None:
        return None
    try:
        tree = _parser.parse(pattern, flags)
    except re.error:
        return None
    found = _sequence(list(tree))
    return frozenset(found) if found else None


def _sequence(items: Iterable[tuple[Any, Any]]) -> set[str] | None:
    """For a sequence of pattern items: the most selective of its items' required sets."""
    candidates: list[set[str]] = []
    run: list[str] = []
    for op, av in items:
        if op is _c.LITERAL and av < 128:
            run.append(chr(av).lower())
            continue
        if len(run) >= 2:
            candidates.append({"".join(run)})
        run = []
        found = _item(op, av)
        if found:
            candidates.append(found)
    if len(run) >= 2:
        candidates.append({"".join(run)})
    if not candidates:
        return None
    return max(candidates, key=lambda c: (min(len(s) for s in c), -len(c)))


def _item(op: Any, av: Any) -> set[str] | None:
    if op is _c.SUBPATTERN:
        return _sequence(av[-1])
    if op is _c.ATOMIC_GROUP:
        return _sequence(av)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        low, _, body = av
        return _sequence(body) if low >= 1 else None
    if op is _c.BRANCH:
        out: set[str] = set()
        for branch in av[1]:
            found = _sequence(branch)
            if not found:
                return None  # one alternative needs no literal: the whole branch needs none
            out |= found
        return out
    return None  # a class, any character, an anchor, a look-around: no literal


def may_match(pattern: re.Pattern[str], folded: str) -> bool:
    """False only when the pattern cannot match the text whose ``fold`` is ``folded``."""
    needed = required(pattern.pattern, pattern.flags)
    return needed is None or any(s in folded for s in needed)
