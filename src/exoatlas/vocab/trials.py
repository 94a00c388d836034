"""Trial-field normalisation tables (``data/trial_normalisation.tsv``), loaded once.

Phases, statuses and study types map a whole value ("Phase 1|Phase 2" and "1/2" are one phase);
route cues are searched in the registry's intervention and arm descriptions ("aerosol
inhalation", "10ug/drop"). The first matching row wins; each row names its provenance.
"""

from __future__ import annotations

import re
from functools import cache

from exoatlas.vocab import read_tsv


@cache
def _rules() -> dict[str, tuple[tuple[re.Pattern[str], str], ...]]:
    rules: dict[str, list[tuple[re.Pattern[str], str]]] = {}
    for row in read_tsv("trial_normalisation.tsv"):
        rules.setdefault(row["field"], []).append(
            (re.compile(row["pattern"], re.IGNORECASE), row["normal"])
        )
    return {field: tuple(items) for field, items in rules.items()}


def normal_value(field: str, value: str) -> str | None:
    """The normal form of a whole value of ``field``; None when no rule covers it."""
    text = " ".join(value.split()).strip(" .")
    for pattern, normal in _rules().get(field, ()):
        if pattern.fullmatch(text):
            return normal
    return None


def route_cues(text: str) -> list[tuple[str, str]]:
    """(route, cue as written) for every route a description states, in rule order."""
    found: list[tuple[str, str]] = []
    for pattern, route in _rules().get("route_cue", ()):
        match = pattern.search(text)
        if match and all(r != route for r, _ in found):
            start, end = match.start(), match.end()
            while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "/-"):
                start -= 1
            while end < len(text) and text[end].isalnum():
                end += 1
            found.append((route, text[start:end]))
    return found


def route_of(value: str) -> str | None:
    """The route a value names ('aerosol inhalation' -> inhalation), by the same cues."""
    cues = route_cues(value)
    return cues[0][0] if cues else None
