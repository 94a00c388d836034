"""QC on the files instruments really write (issue 16): every export under
../shared/reference/real-exports, checked against the instrument's own numbers in the same file.

Expected values are read here from the files themselves (the instrument's averages, its
``Median Number (D50)``, the per-position summary of the same run), never from the reader.
"""

from __future__ import annotations

import csv
import io
import os
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from exoatlas.analyze.qc import qc_sample, size_stats
from exoatlas.analyze.qc_report import summary_lines
from exoatlas.cli import cli
from exoatlas.errors import InputError
from exoatlas.ingest.curated import curated_definitions
from exoatlas.ingest.sizes import parse_size_bytes, read_size_exports
from exoatlas.web import qc_html_report as html_report

from .conftest import SHARED

REAL = Path(os.environ.get("EXOATLAS_REAL_EXPORTS", SHARED / "reference" / "real-exports"))
needs_real = pytest.mark.skipif(
    not REAL.is_dir(), reason=f"{REAL} not present (../shared missing): real exports not tested"
)


def latin(path: Path) -> str:
    return path.read_bytes().decode("latin-1")


def run_qc(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["qc", *args, "--db", "/nonexistent/atlas.db"])
    return result.exit_code, result.stdout, result.stderr


# --- NanoSight NTA 3.3 experiment summaries --------------------------------------------------


def nanosight_average(path: Path) -> dict[str, list[float | None]]:
    """The instrument's own rows: per video, then Average (first occurrence: number-weighted)."""
    rows = list(csv.reader(io.StringIO(latin(path))))
    found: dict[str, list[float | None]] = {}
    for row in rows:
        label = row[0].strip() if row else ""
        if label in ("Concentration (Particles / ml)", "D50") and label not in found:
            found[label] = [float(c) if c.strip() else None for c in row[1:8]]
    return found


@needs_real
def test_all_nanosight_summaries_parse_and_match_the_instruments_average() -> None:
    files = sorted((REAL / "nanosight").glob("*-ExperimentSummary.csv"))
    assert len(files) == 27
    d50_dev, conc_dev, failed_videos = [], [], []
    for path in files:
        [data] = read_size_exports(path)
        stats = size_stats(data)
        own = nanosight_average(path)
        conc, d50 = own["Concentration (Particles / ml)"], own["D50"]
        average_conc, average_d50 = conc[5], d50[5]
        assert average_conc and average_d50
        videos_ok = [k for k in range(5) if conc[k]]
        if len(videos_ok) < 5:
            # a failed video (all zero) is averaged in as a 0 D50 by the instrument: the D50
            # of its averaged distribution is that of the videos that recorded particles
            failed_videos.append(path.name)
            valid = [d50[k] for k in videos_ok]
            average_d50 = sum(v for v in valid if v) / len(valid)
            report = qc_sample(data, {}, curated_definitions())
            assert any("recorded no particles" in w for w in report.warnings)
            assert report.measurement and not report.measurement.replicates[0].valid
        d50_dev.append(abs(stats.d50_nm - average_d50))
        conc_dev.append(abs(stats.concentration_per_ml or 0.0) / average_conc - 1)
        assert stats.weighting == "number"
        assert data.dilution is None and data.stock_concentration_per_ml is None  # not recorded
        assert len(data.replicates) == 5 and len(data.replicate_weights) == 5
    assert max(d50_dev) <= 3.0, max(d50_dev)
    assert max(abs(d) for d in conc_dev) <= 0.03, max(conc_dev)
    assert failed_videos == ["ns09_MPC_28_Stretch_d200_2021-04-01_18-10-15-ExperimentSummary.csv"]


@needs_real
def test_nanosight_side_by_side_table_is_one_sample_per_column_without_a_concentration() -> None:
    path = REAL / "nanosight" / "ns28_Results_nanosight_concentration.csv"
    header = next(csv.reader(io.StringIO(latin(path))))
    # the 27 samples with their videos; the table then repeats their averages in more columns
    with_videos = [
        c.removeprefix("Concentration average ")
        for i, c in enumerate(header[:-2])
        if c.startswith("Concentration average ")
        and header[i + 2] == f"Concentration Video 1 {c.removeprefix('Concentration average ')}"
    ]
    samples = read_size_exports(path)
    assert len(with_videos) == 27
    assert [s.name for s in samples] == with_videos
    for sample in samples:
        assert size_stats(sample).concentration_per_ml is None
        assert any("measured or the stock" in n for n in sample.notes)


# --- ZetaView 8.06 ---------------------------------------------------------------------------


def zetaview_header(text: str, key: str) -> float:
    match = re.search(rf"{re.escape(key)}\t([-\d.E+]+)", text)
    assert match, key
    return float(match.group(1))


def summary_mean(path: Path, column: str) -> float:
    lines = [line.split("\t") for line in latin(path).splitlines() if line.strip()]
    header = lines[0]
    mean = next(row for row in lines if len(row) > 1 and row[1] == "Mean")
    return float(mean[header.index(column)])


@needs_real
def test_all_zetaview_size_distributions_parse_with_d50_concentration_and_dilution() -> None:
    files = sorted((REAL / "zetaview").glob("*_size_488.txt"))
    assert len(files) == 57
    parsed, empty, d50_dev, conc_dev = 0, [], [], []
    for path in files:
        text = latin(path)
        if zetaview_header(text, "Number of Traces:") == 0:
            with pytest.raises(InputError) as refusal:
                read_size_exports(path)
            assert "no particles tracked" in str(refusal.value)
            assert len(str(refusal.value).splitlines()) == 1
            empty.append(path)
            continue
        [data] = read_size_exports(path)
        stats = size_stats(data)
        parsed += 1
        d50_dev.append(abs(stats.d50_nm - zetaview_header(text, "Median Number (D50):")))
        dilution = zetaview_header(text, "Dilution::")
        assert stats.dilution == dilution
        assert stats.stock_concentration_per_ml == pytest.approx(
            (stats.concentration_per_ml or 0) * dilution
        )
        # the same run's per-position summary states its concentration (2 significant digits)
        run = re.search(r"_(\d{8}_\d{4})_", path.name)
        assert run
        pair = [p for p in (REAL / "zetaview").glob(f"*_{run.group(1)}_*_11pos.txt")]
        if pair:
            measured = summary_mean(pair[0], "Conc. (p./mL)")
            stock = summary_mean(pair[0], "Orig. Conc. (p./cm^3)")
            conc_dev.append((stats.concentration_per_ml or 0) / measured - 1)
            assert stats.stock_concentration_per_ml == pytest.approx(stock, rel=0.06)
    assert parsed == 51 and len(empty) == 6
    assert max(d50_dev) <= 5.0, max(d50_dev)
    assert conc_dev and max(abs(d) for d in conc_dev) <= 0.06, max(conc_dev)


@needs_real
def test_zetaview_summaries_and_profiles_are_refused_with_one_line() -> None:
    summaries = sorted((REAL / "zetaview").glob("*_11pos.txt"))
    profiles = sorted((REAL / "zetaview").glob("*prof*.txt"))
    assert summaries and profiles
    for path in summaries:
        with pytest.raises(InputError) as refusal:
            read_size_exports(path)
        message = str(refusal.value)
        assert "per-position summary" in message and "size distribution" in message
        # the X50 it quotes is the file's own (never a distribution from the wrong column)
        assert f"X50 {summary_mean(path, 'X50 (nm)'):.1f} nm" in message
    for path in profiles:
        with pytest.raises(InputError) as refusal:
            read_size_exports(path)
        assert "zeta-potential profile" in str(refusal.value)
    code, _, err = run_qc(str(summaries[0]))
    assert code == 2 and err.startswith("error:") and len(err.strip().splitlines()) == 1
    code, _, err = run_qc(str(profiles[0]))
    assert code == 2 and "zeta-potential profile" in err and len(err.strip().splitlines()) == 1


# --- Zetasizer Nano --------------------------------------------------------------------------


def zetasizer_first_table(path: Path) -> list[dict[str, str]]:
    lines = [line for line in latin(path).splitlines() if line.strip()]
    header = lines[0].split("\t")
    rows = []
    for line in lines[1:]:
        cells = line.split("\t")
        if "Sample Name" in cells:
            break
        rows.append(dict(zip(header, cells, strict=False)))
    return rows


@needs_real
def test_zetasizer_one_sample_per_record_intensity_weighted_with_the_records_z_average() -> None:
    chc = REAL / "zetasizer" / "zs_chc_particleSize.txt"
    records = zetasizer_first_table(chc)
    samples = read_size_exports(chc)
    assert [s.name for s in samples] == [r["Sample Name"] for r in records]
    for sample, record in zip(samples, records, strict=True):
        report = qc_sample(sample, {}, curated_definitions())
        assert report.stats.weighting == "intensity"
        assert report.stats.concentration_per_ml is None and report.subtype_fractions == {}
        assert report.measurement is not None
        assert report.measurement.settings["z_average_nm"] == float(record["Z-Ave (d.nm)"])
        assert report.measurement.settings["pdi"] == float(record["PdI"])
        assert any("intensity-weighted" in w for w in report.warnings)
    mxd = REAL / "zetasizer" / "zs_mxd_particleSize.txt"
    rows = [line for line in latin(mxd).splitlines() if line.strip()][1:]
    samples = read_size_exports(mxd)
    assert len(samples) == len(rows) == 3
    for sample in samples:
        assert sample.weighting == "intensity" and "z_average_nm" not in sample.settings
    code, _, err = run_qc(str(REAL / "zetasizer" / "cheminfo_test.zmes"))
    assert code == 2 and "ZS XPLORER" in err and "export" in err
    assert len(err.strip().splitlines()) == 1


# --- decoding, bad input, a consistent report (no ../shared needed) --------------------------

GENERIC = "Sample,prep µ\nDiameter (µm),concentration\n0.1,5\n0.12,7\n0.15,2\n"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"])
def test_encodings_decode_to_the_same_export(encoding: str) -> None:
    [data] = parse_size_bytes(GENERIC.encode(encoding), "prep.csv")
    assert data.name == "prep µ" and data.sizes_nm == [100.0, 120.0, 150.0]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("size_nm,concentration\n100,5\n120,1e999\n", "line 3: concentration '1e999' is not a fin"),
        ("size_nm,concentration\n1e999,5\n", "line 2: size '1e999' is not a finite number"),
        ("size_nm,concentration\ninf,5\n", "line 2: size 'inf' is not a number"),
        ("size_nm,concentration\n100,nan\n", "line 2: concentration 'nan' is not a number"),
        ("size_nm,concentration\n100,5\x00\n", "binary data"),
    ],
)
def test_non_finite_numbers_and_nul_bytes_one_error(
    tmp_path: Path, text: str, message: str
) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(text, encoding="utf-8")
    code, _, err = run_qc(str(path))
    assert code == 2 and err.startswith("error:") and message in err, err
    assert len(err.strip().splitlines()) == 1


def test_an_ambiguous_header_says_which_column_was_taken() -> None:
    [data] = parse_size_bytes(b"size_nm,count,concentration\n100,3,5\n120,4,6\n", "t.csv")
    assert data.weight_kind == "concentration"
    assert any("'concentration' (also possible: 'count')" in n for n in data.notes)
    # a header that mentions size but counts runs is never taken as the size
    with pytest.raises(InputError, match="no header row naming a size column"):
        parse_size_bytes(b"Size Runs,Number\n10,3\n", "runs.csv")


def test_ratio_item_passes_when_the_ratio_is_computed_and_failures_name_the_missing_part(
    tmp_path: Path,
) -> None:
    path = tmp_path / "prep.csv"
    path.write_text("size_nm,concentration\n100,1e10\n150,1.5e10\n", encoding="utf-8")
    described = {
        "name": "prep",
        "protein_ug_per_ml": 10,
        "isolation": {"method": "ultracentrifugation", "g_force": 100000, "time_min": 70},
    }
    report = qc_sample(read_size_exports(path)[0], described, curated_definitions())
    ratio_item = next(c for c in report.misev2018 if c.item.startswith("two global"))
    assert report.purity["particles_per_ug"] == pytest.approx(2.5e9)
    assert ratio_item.status == "pass" and "low purity" in (ratio_item.detail or "")
    rotor = next(c for c in report.ev_metric if c.item.startswith("centrifugation"))
    assert rotor.status == "fail" and rotor.detail == "rotor not stated"
    assert report.overlapping and "overlap" in " ".join(report.warnings)
    lines = summary_lines(report)
    assert any(line.startswith("  purity: 2.5e+09 particles/µg") for line in lines)
    page = html_report([report], b"\x89PNG")
    import html

    for line in lines:
        assert html.escape(line.strip(), quote=False) in page, line
    (tmp_path / "prep.yaml").write_text(
        "protein_ug_per_ml: 10\nisolation: {method: ultracentrifugation}\n", encoding="utf-8"
    )
    code, out, _ = run_qc(str(path))
    assert code == 0 and "purity: 2.5e+09 particles/µg" in out
    assert "g-force and time and rotor not stated" in out
