"""Issue 21's bad-input corpus, generated here: each case exit 2, one ``error:`` line, and the
atlas unchanged; JSON output without NaN; CSV exports without live formulas; no truncated files."""

from __future__ import annotations

import csv
import gzip
import json
import math
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from exoatlas import Atlas
from exoatlas.cli import cli
from exoatlas.cli.base import emit_json
from exoatlas.ingest.xmlsafe import check_prolog
from exoatlas.outputs import neutralise_cell

ABSTRACT = (
    "Bone marrow MSC-derived exosomes carrying miR-21-5p promoted proliferation of A549 "
    "lung cancer cells in vitro."
)
STUDY_HEADER = "cargo,outcome,disease\n"
TRIAL_HEADER = "NCT_Number,Route,Phase\n"
LOADING_HEADER = "Method,Drug,Loading_Capacity_Pct,Units\n"


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


def one_error(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error:"), err
    assert "unexpected" not in lines[0], err
    return lines[0]


def text_cases() -> dict[str, tuple[bytes, str]]:
    """name -> (content, what the error says), for read, ingest and compare alike."""
    return {
        "bom.txt": (b"\xef\xbb\xbf", "only a byte-order mark"),
        "bom_space.txt": (b"\xef\xbb\xbf  \n", "only a byte-order mark"),
        "late_nul.txt": (ABSTRACT.encode() * 200 + b"\x00" + b"more", "NUL byte at byte"),
    }


def table_cases() -> dict[str, tuple[str, str]]:
    huge = "x" * 131_073
    return {
        "unclosed.csv": (
            STUDY_HEADER + 'miR-21,"promotes growth,lung\nmiR-34a,suppresses,breast\n',
            "quote is never closed",
        ),
        "huge_cell.csv": (STUDY_HEADER + f"miR-21,{huge},lung\n", "131,072-character limit"),
        "repeated.csv": ("cargo,outcome,cargo\nmiR-21,promotes,x\n", "repeats the column name"),
        "extra.csv": (STUDY_HEADER + "miR-21,promotes,lung,surprise\n", "more cells than"),
        "bom_only.csv": ("\ufeff", "only a byte-order mark"),
    }


@pytest.fixture
def corpus(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    out = {}
    for name, (data, message) in text_cases().items():
        (tmp_path / name).write_bytes(data)
        out[name] = (tmp_path / name, message)
    for name, (text, message) in table_cases().items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        out[name] = (tmp_path / name, message)
    return out


def test_bad_files_to_read_ingest_and_compare(
    corpus: dict[str, tuple[Path, str]], built_db: Path
) -> None:
    with Atlas(built_db, readonly=True) as atlas:
        before = atlas.store.dump()
    for name, (path, message) in corpus.items():
        commands = [["read", str(path)], ["ingest", "--db", str(built_db), str(path)]]
        if path.suffix == ".csv":
            commands.append(["compare", "--db", str(built_db), str(path)])
        for command in commands:
            code, _, err = run(*command)
            assert code == 2, (name, command[0], err)
            assert message in one_error(err), (name, command[0], err)
    with Atlas(built_db, readonly=True) as atlas:
        assert atlas.store.dump() == before


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("\ufeff", "only a byte-order mark"),
        (TRIAL_HEADER + "NCT01234567,IV,1\n" + "NCT07654321,IV,2,extra\n", "more cells than"),
        ("NCT_Number,Route,Route\nNCT01234567,IV,IV\n", "repeats the column name"),
        (TRIAL_HEADER + 'NCT01234567,"IV,1\n', "quote is never closed"),
    ],
)
def test_bad_trial_tables(tmp_path: Path, built_db: Path, text: str, message: str) -> None:
    with Atlas(built_db, readonly=True) as atlas:
        before = atlas.store.dump()
    path = tmp_path / "trials.csv"
    path.write_text(text, encoding="utf-8")
    code, _, err = run("trials", "--db", str(built_db), "--import", str(path))
    assert code == 2 and message in one_error(err), err
    with Atlas(built_db, readonly=True) as atlas:
        assert atlas.store.dump() == before


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (LOADING_HEADER + "incubation,doxorubicin,inf,wt/wt\n", "'inf' is not a finite number"),
        (LOADING_HEADER + "incubation,doxorubicin,1e999,wt/wt\n", "not a finite number"),
        (LOADING_HEADER + "incubation,doxorubicin,5,wt/wt,extra\n", "more cells than"),
        ("Method,Method,Drug,Loading_Capacity_Pct,Units\n", "repeats the column name"),
    ],
)
def test_bad_dataset_tables(tmp_path: Path, built_db: Path, text: str, message: str) -> None:
    with Atlas(built_db, readonly=True) as atlas:
        before = atlas.store.dump()
    path = tmp_path / "loading.csv"
    path.write_text(text, encoding="utf-8")
    code, _, err = run("datasets", "import", "--kind", "loading", str(path), "--db", str(built_db))
    assert code == 2 and message in one_error(err), err
    with Atlas(built_db, readonly=True) as atlas:
        assert atlas.store.dump() == before


def test_nan_in_a_dataset_is_a_skipped_row_and_json_stays_json(
    tmp_path: Path, built_db: Path
) -> None:
    path = tmp_path / "loading.csv"
    path.write_text(
        LOADING_HEADER + "incubation,doxorubicin,NaN,wt/wt\nincubation,doxorubicin,5,wt/wt\n",
        encoding="utf-8",
    )
    code, _, err = run("datasets", "import", "--kind", "loading", str(path), "--db", str(built_db))
    assert code == 0, err
    code, out, err = run("datasets", "summary", "loading", "--db", str(built_db), "--json")
    assert code == 0, err
    assert "NaN" not in out and "Infinity" not in out
    json.loads(out, parse_constant=lambda c: pytest.fail(f"non-JSON constant {c}"))


def test_emit_json_never_prints_nan(capsys: pytest.CaptureFixture[str]) -> None:
    emit_json({"a": math.nan, "b": [math.inf, -math.inf, 1.5], "c": {"d": math.nan}})
    out = capsys.readouterr().out
    assert json.loads(out) == {"a": None, "b": [None, None, 1.5], "c": {"d": None}}


def test_entity_declarations_are_found_past_64_kib_of_prolog(tmp_path: Path) -> None:
    padding = b"<!-- " + b"x" * 200_000 + b" -->\n"
    bomb = (
        b'<?xml version="1.0"?>\n' + padding + b'<!DOCTYPE PubmedArticleSet [<!ENTITY a "aaaa">'
        b"]>\n<PubmedArticleSet><PubmedArticle>&a;</PubmedArticle></PubmedArticleSet>\n"
    )
    for name, data in {"late.xml": bomb, "late.xml.gz": gzip.compress(bomb)}.items():
        path = tmp_path / name
        path.write_bytes(data)
        code, _, err = run("read", str(path))
        assert code == 2 and "declares entities" in one_error(err), (name, err)
    # an <!ENTITY written inside the document (not its prolog) is text, not a declaration
    check_prolog(b"<r><![CDATA[<!ENTITY x>]]></r>", "ok.xml")


def test_a_corrupt_atlas_is_one_line(tmp_path: Path, built_db: Path) -> None:
    data = bytearray(built_db.read_bytes())
    data[4096:8192] = b"\xff" * 4096  # smash a page after the header
    broken = tmp_path / "broken.db"
    broken.write_bytes(bytes(data))
    for command in (["stats"], ["query", "--cargo", "miR-21"], ["conflicts"]):
        code, _, err = run(*command, "--db", str(broken))
        assert code in (1, 2), (command, err)
        line = one_error(err)
        assert "damaged" in line or "not an exoatlas atlas" in line or "database" in line


def test_csv_export_neutralises_formula_cells(tmp_path: Path) -> None:
    assert neutralise_cell("=HYPERLINK(1)") == "'=HYPERLINK(1)"
    for prefix in ("+", "-", "@", "\t", "\r"):
        assert neutralise_cell(prefix + "x") == "'" + prefix + "x"
    assert neutralise_cell("miR-21") == "miR-21" and neutralise_cell(0.5) == 0.5
    db = tmp_path / "atlas.db"
    paper = tmp_path / "paper.csv"
    paper.write_text(
        STUDY_HEADER + '"=cmd|\' /C calc\'!A0",promotes tumour growth,"@SUM(1)"\n', encoding="utf-8"
    )
    code, _, err = run("ingest", "--db", str(db), str(paper))
    assert code == 0, err
    out = tmp_path / "out"
    out.mkdir()  # an existing folder: the CSV is written inside it
    code, _, err = run("export", "--db", str(db), "--format", "csv", "--out", str(out))
    assert code == 0, err
    written = sorted(p.name for p in out.iterdir())
    assert len(written) == 1 and written[0].endswith(".csv")  # no partial files left
    with (out / written[0]).open(newline="", encoding="utf-8") as fh:
        cells = [cell for row in csv.reader(fh) for cell in row]
    assert any("cmd|" in c for c in cells)
    assert not [c for c in cells if c[:1] in ("=", "+", "@", "\t", "\r")]


def test_write_atomic_leaves_the_old_file_on_failure(tmp_path: Path) -> None:
    """A real write failure: the file-size limit (RLIMIT_FSIZE) stops the write part-way."""
    target = tmp_path / "report.html"
    target.write_text("old", encoding="utf-8")
    script = (
        "import resource, signal, sys\n"
        "from pathlib import Path\n"
        "from exoatlas.outputs import write_atomic\n"
        "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
        "resource.setrlimit(resource.RLIMIT_FSIZE, (65536, 65536))\n"
        "try:\n"
        "    write_atomic(Path(sys.argv[1]), b'x' * 1_000_000)\n"
        "except OSError as exc:\n"
        "    print('failed', exc.errno)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(target)], capture_output=True, text=True, check=False
    )
    assert done.stdout.startswith("failed"), done.stderr
    assert target.read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.html"]
