"""Trials: the registry's own records beside the review's table, compared after normalisation."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from exoatlas.analyze.trials import disagreements
from exoatlas.cli import cli
from exoatlas.model import SourcedValue, Trial
from exoatlas.vocab.trials import normal_value, route_of

from .conftest import SHARED

REGISTRY = SHARED / "reference" / "clinicaltrials"


def test_normalisation_tables() -> None:
    assert normal_value("phase", "Phase 1|Phase 2") == normal_value("phase", "1/2") == "1/2"
    assert normal_value("phase", "Early Phase 1") == "1"
    assert normal_value("phase", "Not Applicable") == normal_value("phase", "n.a")
    assert normal_value("status", "Unknown status") == "unknown"
    assert normal_value("study_type", "Observational [Patient Registry]") == "observational"
    assert route_of("7 times aerosol inhalation of exosomes") == "inhalation"
    assert route_of("UMSC-exo 10ug/drop, four times a day") == "ophthalmic (eye drops)"


def _trial(*values: tuple[str, str, str]) -> Trial:
    trial = Trial(nct="NCT00000001")
    for field, value, source in values:
        trial.fields.setdefault(field, []).append(SourcedValue(value=value, source=source))
    return trial


def test_a_disagreement_only_where_normal_values_differ() -> None:
    same = _trial(
        ("phase", "1/2", "review, Table 3, row 1"),
        ("phase", "Phase 1|Phase 2", "ctgov:x.json, Phase"),
        ("participants", "169", "review, Table 3, row 1"),
        ("participants", "169", "ctgov:x.json, EnrollmentCount"),
        ("start_date", "2020-11", "review, Table 3, row 1"),
        ("start_date", "November 30, 2020", "ctgov:x.json, StartDate"),
    )
    assert disagreements(same) == []
    routes = _trial(
        ("route", "inhalation", "review, Table 3, row 6"),
        ("route", "ophthalmic (eye drops)", "ctgov:x.json, InterventionDescription"),
    )
    [message] = disagreements(routes)
    assert "'inhalation' (review, Table 3, row 6)" in message and "eye drops" in message


def test_importing_the_registry_records(built_db: Path) -> None:
    if not REGISTRY.is_dir():
        pytest.skip("registry records absent")
    result = CliRunner().invoke(
        cli, ["trials", "--db", str(built_db), "--import", str(REGISTRY), "--json"]
    )
    assert result.exit_code == 0, result.stderr
    trials = {t["nct"]: t for t in json.loads(result.stdout)}
    seed = [
        n
        for n, t in trials.items()
        if any(v["source"].startswith("000_") for vs in t["fields"].values() for v in vs)
    ]
    assert len(seed) == 9
    said = [d for n in seed for d in trials[n]["disagreements"]]
    # phase and enrolment wording alone never disagree
    assert not [d for d in said if d.startswith(("phase", "participants"))]
    # the review's value is kept beside the registry's, never overwritten
    eye = trials["NCT04213248"]
    sources = {v["source"].split(",")[0] for v in eye["fields"]["route"]}
    assert any(s.startswith("000_") for s in sources) and any(
        s.startswith("ctgov:") for s in sources
    )
    [route] = [d for d in eye["disagreements"] if d.startswith("route")]
    assert "inhalation" in route and "eye drops" in route
    observational = trials["NCT03562715"]
    assert [v["value"] for v in observational["fields"]["study_type"]] == ["Observational"]
    assert any(
        d.startswith("study_type") and "therapy trial" in d and "Observational" in d
        for d in observational["disagreements"]
    )
    # dose with its unit
    assert any("µg" in v["value"] or "ug" in v["value"] for v in eye["fields"]["dose"])


def test_registry_csv_download_and_bad_json(tmp_path: Path, built_db: Path) -> None:
    download = REGISTRY / "mesenchymal_ExoFlo.csv"
    if not download.is_file():
        pytest.skip("registry download absent")
    result = CliRunner().invoke(
        cli, ["trials", "--db", str(built_db), "--import", str(download), "--json"]
    )
    assert result.exit_code == 0, result.stderr
    body = {t["nct"]: t for t in json.loads(result.stdout)}
    assert len([n for n, t in body.items() if "study_type" in t["fields"]]) == 8
    broken = tmp_path / "NCT1.json"
    broken.write_text("{not json", encoding="utf-8")
    before = built_db.read_bytes()
    bad = CliRunner().invoke(cli, ["trials", "--db", str(built_db), "--import", str(broken)])
    assert bad.exit_code == 2 and bad.stderr.startswith("error:")
    assert built_db.read_bytes() == before
