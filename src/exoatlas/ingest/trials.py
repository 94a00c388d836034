"""Clinical-trial tables (CSV/TSV) -> Trial records, every value kept with its source.

Columns are mapped by header: an NCT column is required; route, source, dose, participants,
phase and the rest keep their (normalised) header names. Empty cells, 'NA' and 'n.a' are skipped.
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

from exoatlas.errors import InputError
from exoatlas.ingest.csvsafe import read_table
from exoatlas.ingest.files import read_text_file
from exoatlas.ingest.table import TABLE_SUFFIXES
from exoatlas.model import SourcedValue, Trial

_NCT = re.compile(r"\bNCT\d{8}\b")
MISSING = {"", "na", "n.a", "n.a.", "n/a", "none", "-", "nan", "not reported"}
FIELD_PATTERNS = (
    (r"route", "route"),
    (r"ev.?source|cell.?source|source", "cell_source"),
    (r"^dose$|dose per|dose_?level|^dose\b", "dose"),
    (r"unit", "dose_units"),
    (r"num.*dose|number of doses|doses", "number_of_doses"),
    (r"frequen", "dose_frequency_days"),
    (r"participant|enrol|sample size", "participants"),
    (r"phase", "phase"),
    (r"condition|indication|disease", "condition"),
    (r"title", "title"),
    (r"location|country", "location"),
)
SKIP = re.compile(r"url|link|plotted.?value|note", re.IGNORECASE)


def field_name(header: str) -> str:
    name = " ".join(re.sub(r"[^a-z0-9]+", " ", header.casefold()).split())
    for pattern, field in FIELD_PATTERNS:
        if re.search(pattern, name):
            return field
    return name.replace(" ", "_")


def read_trial_table(path: Path, document_id: str) -> list[Trial]:
    all_headers, lines = read_table(path, TABLE_SUFFIXES)
    headers = [h for h in all_headers if h]
    nct_column = next((h for h in headers if "nct" in h.casefold()), None)
    if nct_column is None:
        raise InputError(f"{path}: no NCT column (a header naming 'NCT', e.g. NCT_Number)")
    fields: dict[str, str] = {}
    for header in headers:
        if header == nct_column or SKIP.search(header):
            continue
        if not header.casefold().startswith("plotted"):
            fields.setdefault(field_name(header), header)
    # 'Plotted_Route' stands in for 'Route_of_Administration' where that is NA
    fallbacks = {
        field_name(h): h
        for h in headers
        if h.casefold().startswith("plotted") and not SKIP.search(h)
    }
    trials: dict[str, Trial] = {}
    for number, row in lines:
        match = _NCT.search(row.get(nct_column) or "")
        if match is None:
            raise InputError(f"{path}: line {number}: {row.get(nct_column)!r} is not an NCT id")
        trial = trials.setdefault(match.group(0), Trial(nct=match.group(0)))
        source = f"{document_id}, row {number - 1}"
        units = (row.get(fields.get("dose_units", "")) or "").strip()
        for name, header in {**fallbacks, **fields}.items():
            value = (row.get(header) or "").strip()
            if value.casefold() in MISSING and name in fallbacks:
                value = (row.get(fallbacks[name]) or "").strip()
            if value.casefold() in MISSING or name == "dose_units":
                continue
            if name == "dose" and units and units.casefold() not in MISSING:
                value = f"{value} {units}"  # a dose without its unit says nothing
            values = trial.fields.setdefault(name, [])
            if all(v.value != value for v in values):
                values.append(SourcedValue(value=value, source=source))
    if not trials:
        raise InputError(f"{path}: no trial rows")
    return [trials[nct] for nct in sorted(trials)]


# -- the registry's own records --------------------------------------------------------------

# fields a registry record states directly: trial field -> registry keys (classic API JSON,
# then the registry's CSV download), values kept as the registry words them
REGISTRY_FIELDS = (
    ("title", ("BriefTitle", "Title")),
    ("phase", ("Phase", "Phases")),
    ("study_type", ("StudyType", "Study Type")),
    ("participants", ("EnrollmentCount", "Enrollment")),
    ("status", ("OverallStatus", "Status")),
    ("condition", ("Condition", "Conditions")),
    ("start_date", ("StartDate", "Start Date")),
    ("completion_date", ("CompletionDate", "Completion Date")),
)
# where the registry describes how the product is given; eligibility text is never read
INTERVENTION_KEYS = (
    "InterventionDescription",
    "ArmGroupDescription",
    "InterventionName",
    "ArmGroupInterventionName",
    "Interventions",
)
_DOSE = re.compile(
    r"(?<![\w.])(\d+(?:\.\d+)?(?:\s*(?:\*|×|x)\s*10\s*(?:\^|E|e)?\s*\d+)?)\s*"
    r"(µg|μg|ug|mg|g|ml|mL|particles|nano ?vesicles|vesicles|units|U)\b"
    r"(\s*/\s*(?:\d+(?:\.\d+)?\s*)?(?:ml|mL|drop|kg|day|dose))?",
)


def registry_values(record: dict[str, list[str]]) -> dict[str, list[tuple[str, str]]]:
    """Field -> (value, registry key) from one registry record (lists of strings per key)."""
    out: dict[str, list[tuple[str, str]]] = {}
    for field, keys in REGISTRY_FIELDS:
        for key in keys:
            values = [v.strip() for v in record.get(key, []) if v and v.strip()]
            if values:
                # one registry field with several values ('Phase 1', 'Phase 2') is one value
                out[field] = [("|".join(values), key)]
                break
    from exoatlas.vocab.trials import route_cues

    for key in INTERVENTION_KEYS:
        for text in record.get(key, []):
            for route, cue in route_cues(text):
                if all(r != route for r, _ in out.get("route", [])):
                    out.setdefault("route", []).append((route, f"{key} ('{cue}')"))
            for match in _DOSE.finditer(text):
                dose = " ".join(match.group(0).split())
                if all(d != dose for d, _ in out.get("dose", [])):
                    out.setdefault("dose", []).append((dose, key))
    return out


def _as_lists(raw: dict[str, object]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for key, value in raw.items():
        if isinstance(value, list):
            out[key] = [str(v) for v in value if isinstance(v, str | int | float)]
        elif isinstance(value, str | int | float):
            out[key] = [str(value)]
    return out


def _v2_record(study: dict[str, object]) -> dict[str, list[str]]:
    """A ClinicalTrials.gov API v2 study ('protocolSection') flattened to classic keys."""
    section = study.get("protocolSection")
    if not isinstance(section, dict):
        return {}

    def get(*path: str) -> object:
        node: object = section
        for part in path:
            node = node.get(part) if isinstance(node, dict) else None
        return node

    interventions = get("armsInterventionsModule", "interventions")
    descriptions = [
        str(i.get("description", ""))
        for i in (interventions if isinstance(interventions, list) else [])
        if isinstance(i, dict)
    ]
    flat: dict[str, object] = {
        "NCTId": get("identificationModule", "nctId"),
        "BriefTitle": get("identificationModule", "briefTitle"),
        "Phase": get("designModule", "phases"),
        "StudyType": get("designModule", "studyType"),
        "EnrollmentCount": get("designModule", "enrollmentInfo", "count"),
        "OverallStatus": get("statusModule", "overallStatus"),
        "Condition": get("conditionsModule", "conditions"),
        "StartDate": get("statusModule", "startDateStruct", "date"),
        "CompletionDate": get("statusModule", "completionDateStruct", "date"),
        "InterventionDescription": descriptions,
    }
    return _as_lists({k: v for k, v in flat.items() if v is not None})


def read_registry_json(path: Path, document_id: str) -> list[Trial]:
    """A ClinicalTrials.gov record (classic API fields, or an API v2 study) -> its trial."""
    text = read_text_file(path, suffixes={".json"})
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"{path}: not JSON ({exc.msg}, line {exc.lineno})") from exc
    studies = raw.get("studies") if isinstance(raw, dict) else raw
    if isinstance(raw, dict) and not isinstance(studies, list):
        studies = [raw]
    if not isinstance(studies, list):
        raise InputError(f"{path}: not a ClinicalTrials.gov record")
    trials = []
    for study in studies:
        if not isinstance(study, dict):
            continue
        record = _v2_record(study) if "protocolSection" in study else _as_lists(study)
        ids = [n for n in record.get("NCTId", []) if _NCT.fullmatch(n)]
        if not ids:
            continue
        trial = Trial(nct=ids[0])
        for field, values in registry_values(record).items():
            trial.fields[field] = [
                SourcedValue(value=value, source=f"{document_id}, {key}") for value, key in values
            ]
        trials.append(trial)
    if not trials:
        raise InputError(f"{path}: no ClinicalTrials.gov record with an NCT id")
    return trials


def is_registry_download(headers: list[str]) -> bool:
    """The registry's own CSV download ('NCT Number', 'Phases', 'Study Type' ...)."""
    return {"NCT Number", "Study Type"} <= set(headers)


def read_registry_csv(path: Path, document_id: str) -> list[Trial]:
    """The registry's CSV download -> trials, every value with its column as source."""
    text = read_text_file(path, suffixes=TABLE_SUFFIXES).lstrip("\ufeff")
    reader = csv.DictReader(io.StringIO(text, newline=""))
    trials = []
    for number, row in enumerate(reader, start=1):
        match = _NCT.search(row.get("NCT Number") or "")
        if match is None:
            raise InputError(f"{path}: line {number + 1}: no NCT id")
        record = {k: [v] for k, v in row.items() if k and v}
        trial = Trial(nct=match.group(0))
        for field, values in registry_values(record).items():
            trial.fields[field] = [
                SourcedValue(value=value, source=f"{document_id}, row {number}, {key}")
                for value, key in values
            ]
        trials.append(trial)
    return trials
