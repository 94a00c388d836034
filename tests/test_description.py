"""Sample descriptions (issue 21): bounded parsing, no alias expansion, typed fields."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from exoatlas import Atlas
from exoatlas.analyze.qc_examples import make_export
from exoatlas.api import get_app
from exoatlas.cli import cli
from exoatlas.errors import InputError
from exoatlas.ingest.description import MAX_DEPTH, parse_description

# nine levels of nine aliases: 342 bytes that a plain safe_load expands to 9**9 strings
ALIAS_BOMB = (
    "a: &a ["
    + ",".join(['"lol"'] * 9)
    + "]\n"
    + "".join(
        f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]\n"
        for prev, name in zip("abcdefgh", "bcdefghi", strict=True)
    )
)

# a child interpreter imports what it needs, then times the refusal and prints its own peak RSS
# in kB (VmHWM: getrusage's ru_maxrss would carry the forking pytest's peak across exec); the
# imports count towards the peak, not towards the time
MEASURE = """
import sys, time
{setup}
start = time.monotonic()
{body}
elapsed = time.monotonic() - start
peak = next(l.split()[1] for l in open("/proc/self/status") if l.startswith("VmHWM:"))
print(elapsed, peak)
"""
CLI_SETUP = "from exoatlas.cli import cli"
CLI_BODY = """
try:
    cli.main(sys.argv[1:])
except SystemExit as exc:
    assert exc.code == 2, exc.code
"""
WEB_SETUP = """
from fastapi.testclient import TestClient
from exoatlas import Atlas
from exoatlas.api import get_app
from exoatlas.analyze.qc_examples import make_export
client = TestClient(get_app(Atlas(None)))
files = {"export": ("a.csv", make_export("simple", seed=1).text.encode(), "text/csv")}
client.get("/qc")
"""
WEB_BODY = """
response = client.post("/qc", files=files, data={"description": open(sys.argv[1]).read()})
assert response.status_code == 422 and "aliases" in response.text, response.status_code
"""


def run_measured(setup: str, body: str, *args: str) -> tuple[float, float]:
    """Seconds ``body`` takes and peak megabytes of a fresh interpreter running it."""
    done = subprocess.run(
        [sys.executable, "-c", MEASURE.format(setup=setup, body=body), *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    seconds, peak_kb = done.stdout.split()[-2:]
    return float(seconds), int(peak_kb) / 1024


def export_file(tmp_path: Path) -> Path:
    path = tmp_path / "prep.csv"
    path.write_text(make_export("simple", seed=2).text, encoding="utf-8")
    return path


def test_alias_bomb_is_refused_fast_and_small_from_the_cli(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.yaml"
    bomb.write_text(ALIAS_BOMB, encoding="utf-8")
    assert len(ALIAS_BOMB) < 400
    args = ["qc", str(export_file(tmp_path)), "--describe", str(bomb)]
    args += ["--db", str(tmp_path / "none.db")]
    seconds, peak_mb = run_measured(CLI_SETUP, CLI_BODY, *args)
    assert seconds < 2 and peak_mb < 300, (seconds, peak_mb)
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 2
    assert result.stderr.startswith("error:") and "aliases" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_alias_bomb_is_refused_fast_and_small_from_the_web_form(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.yaml"
    bomb.write_text(ALIAS_BOMB, encoding="utf-8")
    seconds, peak_mb = run_measured(WEB_SETUP, WEB_BODY, str(bomb))
    assert seconds < 2 and peak_mb < 300, (seconds, peak_mb)


@pytest.mark.parametrize(
    ("text", "kind", "message"),
    [
        ("instrument: 42\n", "yaml", "instrument must be text, not the number 42"),
        ("starting_material: 7\n", "yaml", "starting_material must be text or a mapping"),
        ("markers_detected: {a: 1}\n", "yaml", "markers_detected must be text or a list"),
        ("antibodies_used: maybe\n", "yaml", "antibodies_used must be true or false"),
        ("protein_ug: .inf\n", "yaml", "not a finite number"),
        ("protein_ug: 'inf'\n", "yaml", "protein_ug must be a number"),
        ("x: &x 1\ny: *x\n", "yaml", "anchors and aliases"),
        ("x: " + "[" * 20_000 + "]" * 20_000 + "\n", "yaml", "nest"),
        ("x: " + "[" * 50 + "]" * 50 + "\n", "yaml", f"deeper than {MAX_DEPTH}"),
        ('{"x": ' + "[" * 20_000 + "]" * 20_000 + "}", "json", f"deeper than {MAX_DEPTH}"),
        ('{"protein_ug": NaN}', "json", "NaN is not a finite number"),
        ('{"protein_ug": 1e999}', "json", "not a finite number"),
        ("[1, 2]", "json", "must be a mapping"),
        ("- a\n- b\n", "yaml", "must be a mapping"),
        ("a: !!python/object:os.system x\n", "yaml", "not a valid description"),
        ("name: [unclosed\n", "yaml", "line 2: not a valid description"),
        ('{"name": }', "json", "line 1: not a valid description"),
        ("x: [" + ", ".join(["1"] * 10_001) + "]\n", "yaml", "more than 10,000 values"),
        ("x: " + "a" * 300_000 + "\n", "yaml", "over the 262,144-byte limit"),
    ],
)
def test_bad_descriptions_are_one_line(text: str, kind: str, message: str) -> None:
    start = time.monotonic()
    with pytest.raises(InputError) as caught:
        parse_description(text, "d.yaml", kind=kind)
    assert time.monotonic() - start < 2
    assert str(caught.value).startswith("d.yaml:") and message in str(caught.value)
    assert "\n" not in str(caught.value)


def test_good_description_is_plain_data() -> None:
    text = (
        "name: 2021\ninstrument: NanoSight\nmarkers_detected: CD63\ncollected: 2021-04-01\n"
        "isolation: {method: UC, g_force: 100000}\nprotein_ug: '1,200'\n"
    )
    data = parse_description(text)
    assert data == {
        "name": "2021",
        "instrument": "NanoSight",
        "markers_detected": "CD63",
        "collected": "2021-04-01",
        "isolation": {"method": "UC", "g_force": 100000},
        "protein_ug": "1,200",
    }
    json.dumps(data, allow_nan=False)
    assert parse_description(json.dumps(data), kind="json") == data
    assert parse_description("  \n") == {}


@pytest.mark.parametrize("bad", ["instrument: 42", "starting_material: 7", "x: &a [1]\ny: *a"])
def test_cli_and_web_refuse_wrong_types(tmp_path: Path, bad: str) -> None:
    described = tmp_path / "bad.yaml"
    described.write_text(bad + "\n", encoding="utf-8")
    result = CliRunner().invoke(
        cli,
        [
            *("qc", str(export_file(tmp_path)), "--describe", str(described)),
            *("--db", str(tmp_path / "none.db")),
        ],
    )
    assert result.exit_code == 2, result.output
    assert len(result.stderr.strip().splitlines()) == 1
    client = TestClient(get_app(Atlas(None)))
    files = {"export": ("a.csv", make_export("simple", seed=1).text.encode(), "text/csv")}
    page = client.post("/qc", files=files, data={"description": bad})
    assert page.status_code == 422


def test_api_refuses_wrong_types_with_422() -> None:
    client = TestClient(get_app(Atlas(None)))
    sample = {
        "name": "prep",
        "csv": make_export("simple", seed=1).text,
        "description": {"instrument": 42},
    }
    response = client.post("/api/qc", json={"samples": [sample]})
    assert response.status_code == 422 and "instrument must be text" in response.text
