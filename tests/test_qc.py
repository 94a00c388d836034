"""EV characterisation QC (issue 8): statistics against numpy, definitions, checklist, reports."""

from __future__ import annotations

import base64
import json
import re
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from exoatlas import Atlas
from exoatlas.analyze.qc import purity, qc_sample
from exoatlas.analyze.qc_examples import BIN_NM, LAYOUTS, make_export
from exoatlas.api import get_app
from exoatlas.cli import cli
from exoatlas.ingest.curated import curated_definitions
from exoatlas.ingest.sizes import parse_size_export
from exoatlas.model import SizeStats

DESCRIPTION = """
name: UC-MSC exosome prep 1
ev_type: exosomes
isolation: {method: ultracentrifugation, g_force: 100000, time_min: 70}
starting_material: {volume_ml: 200}
protein_ug: 2
volume_ml: 0.1
particles_per_ml: 4.0e10
markers_detected: [CD63, CD81]
em_images: false
"""


def write(tmp_path: Path, layout: str, **kw: float) -> Path:
    example = make_export(layout, seed=5, **kw)
    path = tmp_path / f"{layout}{example.suffix}"
    path.write_text(example.text, encoding="utf-8")
    return path


def numpy_stats(x: np.ndarray, w: np.ndarray) -> dict[str, float]:
    order = np.argsort(x)
    x, w = x[order], w[order]
    cumulative = np.cumsum(w) / w.sum()
    pick = {p: float(x[np.searchsorted(cumulative, p)]) for p in (0.1, 0.5, 0.9)}
    return {
        "mean": float(np.average(x, weights=w)),
        "d10": pick[0.1],
        "d50": pick[0.5],
        "d90": pick[0.9],
        "mode": float(x[np.argmax(w)]),
    }


@pytest.mark.parametrize("layout", LAYOUTS)
def test_statistics_agree_with_numpy_within_one_bin(layout: str) -> None:
    example = make_export(layout, seed=7)
    data = parse_size_export(example.text, layout, tsv=example.suffix == ".tsv")
    assert data.binned == (layout != "trps")
    result = qc_sample(data, {}, curated_definitions()).stats
    if data.binned:
        expected = numpy_stats(example.sizes_nm, example.weights)
        assert result.mode_nm == pytest.approx(expected["mode"], abs=BIN_NM)
    else:
        sizes = example.sizes_nm
        expected = {
            "mean": float(sizes.mean()),
            **dict(zip(("d10", "d50", "d90"), np.percentile(sizes, [10, 50, 90]), strict=True)),
        }
        counts, edges = np.histogram(sizes, bins=np.arange(0, sizes.max() + 10, 5.0))
        assert result.mode_nm == pytest.approx(edges[np.argmax(counts)] + 2.5, abs=BIN_NM)
    assert result.mean_nm == pytest.approx(expected["mean"], abs=BIN_NM)
    for key in ("d10", "d50", "d90"):
        assert getattr(result, f"{key}_nm") == pytest.approx(expected[key], abs=BIN_NM), key
    assert result.span == pytest.approx((result.d90_nm - result.d10_nm) / result.d50_nm, abs=1e-4)
    if layout in ("simple", "nanosight"):
        assert result.concentration_per_ml == pytest.approx(float(example.weights.sum()), rel=1e-5)


def test_micrometres_are_converted() -> None:
    example = make_export("trps", seed=2)
    data = parse_size_export(example.text, "trps")
    assert min(data.sizes_nm) >= 20 and max(data.sizes_nm) <= 2000  # nm, not µm


def test_subtype_fractions_partition_and_sum_consistently() -> None:
    example = make_export("nanosight", seed=3, large_fraction=0.35)
    data = parse_size_export(example.text, "n")
    fractions = qc_sample(data, {}, curated_definitions()).subtype_fractions
    assert set(fractions) == {"000_f18fedb756d4e7ae", "001_3934da7a98245935", "misev2023"}
    misev = fractions["misev2023"]
    assert misev["small EV"] + misev["large EV"] + misev[
        "outside every definition"
    ] == pytest.approx(1.0)
    x, w = example.sizes_nm, example.weights
    assert misev["small EV"] == pytest.approx(w[x < 200].sum() / w.sum(), abs=1e-6)
    for source, values in fractions.items():
        assert all(0.0 <= v <= 1.0 for v in values.values()), source
    # exosomes are a subset of the wider 001 definition's range: 30-100 nm <= 30-150 nm
    assert (
        fractions["000_f18fedb756d4e7ae"]["exosome"] <= fractions["001_3934da7a98245935"]["exosome"]
    )


def test_checklist_purity_and_warnings(tmp_path: Path) -> None:
    import yaml

    example = make_export("nanosight", seed=3, large_fraction=0.35)
    data = parse_size_export(example.text, "n")
    report = qc_sample(data, yaml.safe_load(DESCRIPTION), curated_definitions())
    status = {c.item.split(" (")[0]: c.status for c in report.misev2018}
    assert status["a transmembrane/GPI-anchored EV protein"] == "pass"
    assert status["a cytosolic EV protein"] == "fail"
    assert status["single-EV imaging, wide field and close up"] == "fail"
    assert status["a single-particle method that is not imaging"] == "pass"  # NTA
    assert report.purity["particles_per_ug"] == pytest.approx(4.0e10 * 0.1 / 2)
    assert report.purity["class"] == "low purity" and report.purity["status"] == "unverified"
    assert any("larger than 200 nm" in w for w in report.warnings)
    assert any("calnexin" in w for w in report.warnings)
    assert 0 < report.completeness < 0.5


def test_purity_classes_hand_computed() -> None:
    stats = SizeStats(
        mean_nm=1, mode_nm=1, median_nm=1, d10_nm=1, d50_nm=1, d90_nm=1, span=0, particles=1
    )
    assert (
        purity({"particles_per_ml": 1e11, "protein_ug_per_ml": 1}, stats)["class"] == "high purity"
    )
    assert purity({"particles_per_ml": 1e9, "protein_ug_per_ml": 1}, stats)["class"] == "impure"
    assert (
        purity({"particles_per_ml": 2.5e10, "protein_ug_per_ml": 1}, stats)["class"]
        == "between published classes"
    )
    assert purity({}, stats)["particles_per_ug"] is None


def test_dls_is_flagged_as_ensemble_and_intensity_weighted() -> None:
    example = make_export("dls", seed=1)
    report = qc_sample(parse_size_export(example.text, "dls"), {}, curated_definitions())
    assert report.instrument == "DLS"
    assert any("ensemble" in w for w in report.warnings)
    assert any("intensity-weighted" in w for w in report.warnings)


def test_cli_json_html_and_png(tmp_path: Path, built_db: Path) -> None:
    nta = write(tmp_path, "nanosight", large_fraction=0.35)
    (tmp_path / "nanosight.yaml").write_text(DESCRIPTION, encoding="utf-8")
    trps = write(tmp_path, "trps")
    html, png = tmp_path / "r.html", tmp_path / "p.png"
    result = CliRunner().invoke(
        cli,
        [
            "qc",
            str(nta),
            str(trps),
            "--db",
            str(built_db),
            "--json",
            "--html",
            str(html),
            "--png",
            str(png),
        ],
    )
    assert result.exit_code == 0, result.stderr
    body = json.loads(result.stdout)
    assert [s["name"] for s in body["samples"]] == ["UC-MSC exosome prep 1", "TRPS prep"]
    sample = body["samples"][0]
    assert set(sample) >= {
        "name",
        "stats",
        "subtype_fractions",
        "purity",
        "misev2018",
        "completeness",
        "warnings",
    }
    assert set(sample["stats"]) >= {
        "mean_nm",
        "mode_nm",
        "d10_nm",
        "d50_nm",
        "d90_nm",
        "span",
        "concentration_per_ml",
    }
    assert png.read_bytes().startswith(b"\x89PNG")
    page = html.read_text(encoding="utf-8")
    assert "UC-MSC exosome prep 1" in page and "MISEV2018" in page and "TRPS prep" in page
    embedded = re.search(r'src="data:image/png;base64,([^"]+)"', page)
    assert embedded and base64.b64decode(embedded.group(1)).startswith(b"\x89PNG")
    assert "http://" not in page and "https://" not in page


def test_html_escapes_sample_names(tmp_path: Path, built_db: Path) -> None:
    path = tmp_path / "evil.csv"
    path.write_text("Sample name,<script>alert(1)</script>\nsize_nm,concentration\n100,5\n")
    html = tmp_path / "r.html"
    result = CliRunner().invoke(cli, ["qc", str(path), "--db", str(built_db), "--html", str(html)])
    assert result.exit_code == 0
    page = html.read_text()
    assert "<script>alert(1)</script>" not in page and "&lt;script&gt;" in page


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("size_nm,concentration\n100,5\nabc,6\n", "line 3: size 'abc' is not a number"),
        ("size_nm,concentration\n100,5\n120,-3\n", "line 3: negative concentration"),
        ("size_nm,concentration\n100,5\n120\n", "line 3: expected 2 columns"),
        ("size_nm,concentration\n-10,5\n", "line 2: size -10 nm must be positive"),
        ("just,some\nwords,here\n", "no header row naming a size column"),
        ("size_nm,concentration\n", "no header row naming a size column"),
        ("", "empty"),
        ("size_nm,concentration\n100,0\n120,0\n", "every weight is zero"),
    ],
)
def test_malformed_exports_one_error_naming_the_line(
    tmp_path: Path, built_db: Path, text: str, message: str
) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(cli, ["qc", str(path), "--db", str(built_db)])
    assert result.exit_code == 2
    assert result.stderr.startswith("error:") and message in result.stderr, result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_bad_description_and_binary(tmp_path: Path, built_db: Path) -> None:
    export = write(tmp_path, "simple")
    bad = tmp_path / "bad.yaml"
    bad.write_text("name: [unclosed\n", encoding="utf-8")
    result = CliRunner().invoke(
        cli, ["qc", str(export), "--describe", str(bad), "--db", str(built_db)]
    )
    assert result.exit_code == 2 and "not a valid description" in result.stderr
    binary = tmp_path / "b.csv"
    binary.write_bytes(b"\x00\x01\x02\x03")
    result = CliRunner().invoke(cli, ["qc", str(binary), "--db", str(built_db)])
    assert result.exit_code == 2 and "binary" in result.stderr


def test_api_qc(atlas: Atlas) -> None:
    client = TestClient(get_app(atlas))
    example = make_export("simple", seed=9)
    sample = {"name": "prep A", "csv": example.text, "description": {"markers_detected": ["CD9"]}}
    body = client.post("/api/qc", json={"samples": [sample]}).json()
    assert body["samples"][0]["name"] == "prep A"
    assert body["samples"][0]["stats"]["d50_nm"] > 0
    bad = client.post(
        "/api/qc", json={"samples": [{"name": "x", "csv": "size_nm,c\n9,1\nabc,1\n"}]}
    )
    assert bad.status_code == 422 and "not a number" in bad.text
