"""The trial registry: values side by side with their sources, disagreements between sources.

Values are compared after normalisation: phases, statuses, study types and route wordings by the
tables in ``vocab/data/trial_normalisation.tsv`` ("Phase 1|Phase 2" = "1/2"; "aerosol
inhalation" = inhalation); routes and MSC sources also through the vocabulary (IV = intravenous;
'adipose tissue' refines 'MSC'); dates as ISO dates (a month matches any day in it); numbers as
numbers; everything else case- and space-insensitively. Two values stated by the same source (two
dose levels of one trial) are never a disagreement, and neither is a value one source leaves out.
A trial a review lists among therapy trials that the registry records as observational is
reported with both.
"""

from __future__ import annotations

import re

from exoatlas.ground import ground_mention
from exoatlas.model import SourcedValue, Trial
from exoatlas.vocab.hierarchy import related
from exoatlas.vocab.trials import normal_value, route_of

SKIP_FIELDS = {"title"}
PLACEHOLDERS = {"", "n.a", "n.a.", "na", "n/a", "other", "unknown", "not reported", "-"}


def _document(source: str) -> str:
    return source.split(",", 1)[0]


REGISTRY_PREFIX = "ctgov:"
_MONTHS = {
    m: i
    for i, m in enumerate(
        [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ],
        start=1,
    )
}


def _date(value: str) -> str | None:
    """'April 17, 2019' -> 2019-04-17; 'December 2023' -> 2023-12; ISO dates kept."""
    text = value.strip().casefold()
    iso = re.fullmatch(r"(\d{4})-(\d{2})(?:-(\d{2}))?", text)
    if iso:
        return text
    found = re.fullmatch(r"([a-z]+)\.?\s+(?:(\d{1,2}),?\s+)?(\d{4})", text)
    if found and found.group(1)[:3] in {m[:3] for m in _MONTHS}:
        month = next(i for m, i in _MONTHS.items() if m.startswith(found.group(1)[:3]))
        day = f"-{int(found.group(2)):02d}" if found.group(2) else ""
        return f"{found.group(3)}-{month:02d}{day}"
    return None


def _normal(field: str, value: str) -> str:
    if field in ("phase", "status", "study_type"):
        normal = normal_value(field, value)
        if normal is not None:
            return normal
    if field.endswith("_date"):
        return _date(value) or value.casefold()
    if field == "route":
        route = route_of(value)
        if route is not None:
            return route
    if field == "condition":  # a registry lists several conditions: any one may match
        parts = [_normal("condition_part", part) for part in value.split("|") if part.strip()]
        return "|".join(parts)
    text = " ".join(re.sub(r"\([^)]*\)", " ", value).split())
    kind = {"route": "route", "cell_source": "msc_source", "condition_part": "disease"}.get(field)
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
    if re.fullmatch(r"\d{4}-\d{2}(?:-\d{2})?", a) and re.fullmatch(r"\d{4}-\d{2}(?:-\d{2})?", b):
        return a.startswith(b) or b.startswith(a)  # a month holds its days
    if "|" in a or "|" in b:
        return any(_compatible(x, y) for x in a.split("|") for y in b.split("|"))
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
    out += _listed_but_observational(trial)
    return out


def _listed_but_observational(trial: Trial) -> list[str]:
    """A review that lists an observational study among therapy trials: say so, both sides."""
    registry = [
        v
        for v in trial.fields.get("study_type", [])
        if normal_value("study_type", v.value) == "observational"
    ]
    if not registry:
        return []
    listing = sorted(
        {
            _document(v.source): v.source
            for values in trial.fields.values()
            for v in values
            if not v.source.startswith(REGISTRY_PREFIX)
            and _document(v.source) != _document(registry[0].source)
        }.values()
    )
    if not listing or any(
        normal_value("study_type", v.value) == "observational"
        for v in trial.fields.get("study_type", [])
        if not v.source.startswith(REGISTRY_PREFIX)
    ):
        return []
    return [
        f"study_type: listed as an MSC-EV therapy trial ({listing[0]}) vs "
        f"{registry[0].value!r} ({registry[0].source})"
    ]


def with_disagreements(trials: list[Trial]) -> list[Trial]:
    return [t.model_copy(update={"disagreements": disagreements(t)}) for t in trials]
