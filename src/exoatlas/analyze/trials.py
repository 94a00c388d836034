"""The trial registry: values side by side with their sources, disagreements between sources.

Values are compared after normalisation: routes and MSC sources are grounded through the
vocabulary (IV = intravenous; 'adipose tissue' refines 'MSC', so the two are not a disagreement);
numbers compare as numbers; everything else case- and space-insensitively. Two values stated by
the same source (two dose levels of one trial) are never a disagreement.
"""

from __future__ import annotations

import re

from exoatlas.ground import ground_mention
from exoatlas.model import SourcedValue, Trial
from exoatlas.vocab.hierarchy import related

SKIP_FIELDS = {"title"}
PLACEHOLDERS = {"", "n.a", "n.a.", "na", "n/a", "other", "unknown", "not reported", "-"}


def _document(source: str) -> str:
    return source.split(",", 1)[0]


def _normal(field: str, value: str) -> str:
    text = " ".join(re.sub(r"\([^)]*\)", " ", value).split())
    kind = {"route": "route", "cell_source": "msc_source"}.get(field)
    if kind:
        found = ground_mention(text, kind).best or ground_mention(f"{text} MSC", kind).best
        if found is not None and found.curie:
            return found.curie
    number = re.fullmatch(r"[\d.,]+", text)
    if number:
        try:
            return f"{float(text.replace(',', '')):g}"
        except ValueError:
            pass
    return text.casefold()


def _compatible(a: str, b: str) -> bool:
    if a == b:
        return True
    if ":" in a and ":" in b:
        return related(a, b)
    return False


def disagreements(trial: Trial) -> list[str]:
    out = []
    for field, values in sorted(trial.fields.items()):
        if field in SKIP_FIELDS:
            continue
        normal = [
            (v, _normal(field, v.value))
            for v in values
            if v.value.strip().casefold() not in PLACEHOLDERS
        ]
        clash: tuple[SourcedValue, SourcedValue] | None = None
        for i, (va, na) in enumerate(normal):
            for vb, nb in normal[i + 1 :]:
                if _document(va.source) != _document(vb.source) and not _compatible(na, nb):
                    clash = (va, vb)
                    break
            if clash:
                break
        if clash:
            a, b = clash
            out.append(f"{field}: {a.value!r} ({a.source}) vs {b.value!r} ({b.source})")
    return out


def with_disagreements(trials: list[Trial]) -> list[Trial]:
    return [t.model_copy(update={"disagreements": disagreements(t)}) for t in trials]
