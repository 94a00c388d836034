from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from exoatlas.cli import cli

from .conftest import SEED_000


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.slow  # two whole builds (~6 s; the library's idempotence is in test_atlas)
def test_build_json_counts_and_idempotence(tmp_path: Path) -> None:
    db = str(tmp_path / "x.db")
    code, out, err = run("build", "--db", db, "--json")
    assert code == 0, err
    first = json.loads(out)
    assert first["claims"] >= 60 and first["trials"] == 9
    assert set(first) == {"claims", "evidence", "documents", "trials"}
    code, out, _ = run("build", "--db", db, "--json")
    assert code == 0 and json.loads(out) == first


def test_query_json_for_mir146b_and_roles(built_db: Path) -> None:
    code, out, _ = run("query", "--db", str(built_db), "--cargo", "miR-146b", "--json")
    assert code == 0
    claims = json.loads(out)
    assert any(
        (c["finding"]["recipient"]["disease"] or {}).get("label", "").lower() == "glioma"
        and any(
            e["document"] == SEED_000 and e["locator"].startswith("Table ") for e in c["evidence"]
        )
        for c in claims
    )
    for role in ("pro_tumor", "anti_tumor"):
        code, out, _ = run("query", "--db", str(built_db), "--role", role, "--json")
        assert code == 0 and json.loads(out)


def test_query_human_output_is_a_table(built_db: Path) -> None:
    code, out, _ = run("query", "--db", str(built_db), "--cargo", "miR-146b")
    assert code == 0
    assert "146b" in out and "anti_tumor" in out


def test_missing_directory_exits_2_with_one_error_line(tmp_path: Path) -> None:
    code, out, err = run("query", "--db", "/nonexistent/dir/x.db")
    assert code == 2
    assert out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error:")
    assert "Traceback" not in err


def test_query_does_not_create_an_atlas(tmp_path: Path) -> None:
    db = tmp_path / "none.db"
    code, _, err = run("query", "--db", str(db))
    assert code == 2 and err.startswith("error: no atlas")
    assert not db.exists()


def test_bad_usage_is_one_error_line_exit_2(built_db: Path) -> None:
    code, _, err = run("query", "--db", str(built_db), "--role", "helpful")
    assert code == 2 and err.startswith("error:") and len(err.strip().splitlines()) == 1
    code, _, err = run("no-such-command")
    assert code == 2 and err.startswith("error:")


def test_garbage_atlas_file_is_rejected_and_left_unchanged(tmp_path: Path) -> None:
    db = tmp_path / "junk.db"
    db.write_bytes(os.urandom(4096))
    before = db.read_bytes()
    for args in (("build",), ("query",), ("stats",)):
        code, _, err = run(*args, "--db", str(db))
        assert code == 2, (args, err)
        assert err.startswith("error:")
    assert db.read_bytes() == before


def test_show_and_unknown_claim(built_db: Path) -> None:
    _, out, _ = run("query", "--db", str(built_db), "--cargo", "miR-146b", "--json")
    claim_id = next(
        c["id"]
        for c in json.loads(out)
        if any(e["locator"] == "Table 2, row 13" for e in c["evidence"])
    )
    code, out, _ = run("show", claim_id, "--db", str(built_db), "--json")
    assert code == 0 and json.loads(out)["id"] == claim_id
    code, out, _ = run("show", claim_id, "--db", str(built_db))
    assert code == 0 and "Table 2, row 13" in out
    code, _, err = run("show", "cdeadbeef", "--db", str(built_db))
    assert code == 2 and "no claim" in err


def test_stats_counts_and_ungrounded_report(built_db: Path) -> None:
    code, out, _ = run("stats", "--db", str(built_db), "--json")
    stats = json.loads(out)
    assert code == 0
    assert sum(stats["by_role"].values()) == stats["claims"]
    assert sum(stats["by_model"].values()) == stats["claims"]
    assert sum(stats["by_document"].values()) == stats["evidence"]
    code, out, _ = run("stats", "--db", str(built_db), "--ungrounded", "--json")
    report = json.loads(out)
    assert code == 0
    assert report["mentions"] >= report["grounded"] > 0
    assert all(not item["label"].startswith("exoatlas:") for item in report["ungrounded"])


def test_db_from_environment(built_db: Path) -> None:
    result = CliRunner(env={"EXOATLAS_DB": str(built_db)}).invoke(cli, ["stats", "--json"])
    assert result.exit_code == 0 and json.loads(result.stdout)["claims"] >= 60


def test_every_command_has_help() -> None:
    for name in cli.commands:
        code, out, _ = run(name, "--help")
        assert code == 0 and "Usage" in out, name
        assert cli.commands[name].help, name


def test_console_script_runs_as_module(built_db: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "exoatlas", "stats", "--db", str(built_db), "--json"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["trials"] == 9


def test_ground_command_json_and_ambiguity() -> None:
    code, out, _ = run("ground", "miRNA-21-5p", "--json")
    result = json.loads(out)
    assert code == 0 and result["matches"][0]["curie"] == "mirbase:MIMAT0000076"
    assert set(result) >= {"text", "matches", "ambiguous"}
    assert {"curie", "label", "kind", "grounded", "score"} <= set(result["matches"][0])
    code, out, _ = run("ground", "AD", "--json")
    assert code == 0 and json.loads(out)["ambiguous"] is True
    code, out, _ = run("ground", "AD")
    assert "ambiguous" in out
    code, out, _ = run("ground", "AD", "--kind", "disease", "--json")
    assert json.loads(out)["matches"][0]["curie"] == "mesh:D000544"
    code, _, err = run("ground", "AD", "--kind", "planet")
    assert code == 2 and err.startswith("error:")


def test_bench_rejects_unknown_part() -> None:
    code, _, err = run("bench", "--only", "everything")
    assert code == 2 and err.startswith("error:")
