"""Readers never write; writers wait, then say so; killed ingests leave no shard folders."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from exoatlas import Atlas
from exoatlas.cli import cli
from exoatlas.shards import SHARD_PREFIX, remove_orphaned_folders, shard_folder
from exoatlas.store import MIGRATIONS
from exoatlas.store.failures import AtlasBusy, StorageFailure, database_failure

ABSTRACT = (
    "Bone marrow MSC-derived exosomes carrying miR-21-5p promoted proliferation of A549 "
    "lung cancer cells in vitro."
)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


def one_error(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error:"), err
    return lines[0]


def foreign_db(path: Path) -> Path:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (body TEXT)")
    conn.execute("INSERT INTO notes VALUES ('mine')")
    conn.commit()
    conn.close()
    return path


AS_NOBODY = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
READERS = [
    ["stats"],
    ["query", "--cargo", "miR-21"],
    ["show", "abc"],
    ["conflicts"],
    ["trials"],
    ["methods"],
    ["datasets", "summary", "loading"],
]


@pytest.mark.parametrize("command", READERS, ids=lambda c: c[0] if len(c) < 3 else c[1])
def test_readers_refuse_a_foreign_sqlite_file_and_leave_it_byte_identical(
    tmp_path: Path, command: list[str]
) -> None:
    db = foreign_db(tmp_path / "other.db")
    before = digest(db)
    code, _, err = run(*command, "--db", str(db))
    assert code == 2
    assert "not an exoatlas atlas" in one_error(err)
    assert digest(db) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other.db"]


def test_writers_refuse_a_foreign_sqlite_file_too(tmp_path: Path) -> None:
    db = foreign_db(tmp_path / "other.db")
    before = digest(db)
    text = tmp_path / "paper.txt"
    text.write_text(ABSTRACT, encoding="utf-8")
    code, _, err = run("ingest", "--db", str(db), str(text))
    assert code == 2 and "not an exoatlas atlas" in one_error(err)
    assert digest(db) == before


def test_show_on_an_empty_file_does_not_make_it_an_atlas(tmp_path: Path) -> None:
    db = tmp_path / "empty.db"
    db.write_bytes(b"")
    code, _, err = run("show", "abc", "--db", str(db))
    assert code == 2 and "not an exoatlas atlas" in one_error(err)
    assert db.read_bytes() == b""


def test_a_text_file_is_not_an_atlas(tmp_path: Path) -> None:
    db = tmp_path / "notes.db"
    db.write_text("hello\n", encoding="utf-8")
    code, _, err = run("query", "--db", str(db))
    assert code == 2 and "not an exoatlas atlas" in one_error(err)
    assert db.read_text(encoding="utf-8") == "hello\n"


def test_a_read_only_atlas_answers_queries_and_stays_byte_identical(built_db: Path) -> None:
    before = digest(built_db)
    built_db.chmod(0o444)
    try:
        code, out, err = run("query", "--db", str(built_db), "--cargo", "miR-21", "--json")
        assert code == 0, err
        assert json.loads(out)
        code, out, err = run("stats", "--db", str(built_db), "--json")
        assert code == 0, err
    finally:
        built_db.chmod(0o644)
    assert digest(built_db) == before


@pytest.mark.skipif(
    os.geteuid() != 0 or shutil.which("setpriv") is None,
    reason="needs root and setpriv to run as another user",
)
@pytest.mark.parametrize("folder_writable", [True, False])
def test_another_user_queries_a_0444_atlas(built_db: Path, folder_writable: bool) -> None:
    """Root ignores file modes, so the query runs as ``nobody``, who cannot write the file
    (and, in the second case, cannot write the folder either)."""
    shared = Path(tempfile.mkdtemp(prefix="exoatlas-ro-"))
    try:
        shared.chmod(0o777 if folder_writable else 0o755)
        db = shared / "atlas.db"
        db.write_bytes(built_db.read_bytes())
        db.chmod(0o444)
        before = digest(db)
        done = subprocess.run(
            [*AS_NOBODY, sys.executable, "-m", "exoatlas", "query", "--db", str(db), "--json"],
            capture_output=True,
            text=True,
            timeout=300,
            cwd=shared,
            env={**os.environ, "HOME": str(shared)},
            check=False,
        )
        assert done.returncode == 0, done.stderr
        assert json.loads(done.stdout)
        assert digest(db) == before
    finally:
        shutil.rmtree(shared)


def test_a_reader_given_an_older_atlas_says_to_upgrade_and_a_writer_upgrades(
    tmp_path: Path,
) -> None:
    built_db = tmp_path / "old.db"
    conn = sqlite3.connect(built_db)  # an atlas as the previous exoatlas left it
    conn.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY)")
    for version, sql in MIGRATIONS[:-1]:
        conn.executescript(sql)
        conn.execute("INSERT INTO schema_migrations VALUES (?)", (version,))
    conn.commit()
    conn.close()
    before = digest(built_db)
    code, _, err = run("query", "--db", str(built_db))
    assert code == 2
    line = one_error(err)
    assert "older exoatlas" in line and "build" in line and "ingest" in line
    assert digest(built_db) == before
    text = tmp_path / "paper.txt"
    text.write_text(ABSTRACT, encoding="utf-8")
    code, _, err = run("ingest", "--db", str(built_db), str(text))
    assert code == 0, err
    code, _, err = run("query", "--db", str(built_db))
    assert code == 0, err


@pytest.mark.slow  # ~11 s (it waits out a writer's lock): make test-slow
def test_a_second_writer_waits_then_says_another_ingest_is_writing(
    built_db: Path, tmp_path: Path
) -> None:
    text = tmp_path / "paper.txt"
    text.write_text(ABSTRACT, encoding="utf-8")
    holder = sqlite3.connect(built_db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another writer holds the lock
    try:
        done = subprocess.run(
            [sys.executable, "-m", "exoatlas", "ingest", "--db", str(built_db), str(text)],
            capture_output=True,
            text=True,
            timeout=300,
            env={**os.environ, "EXOATLAS_BUSY_TIMEOUT": "1"},
            check=False,
        )
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert done.returncode == 1
    line = one_error(done.stderr)
    assert "another ingest is writing to" in line and "retry when it finishes" in line
    assert "database is locked" not in line


def test_sqlite_failures_are_named() -> None:
    busy = sqlite3.OperationalError("database is locked")
    full = sqlite3.OperationalError("database or disk is full")
    ioerr = sqlite3.OperationalError("disk I/O error")
    assert isinstance(database_failure(busy, "'a.db'"), AtlasBusy)
    assert "is full" in str(database_failure(full, "'a.db'"))
    assert isinstance(database_failure(ioerr, "'a.db'"), StorageFailure)
    assert "I/O error" in str(database_failure(ioerr, "'a.db'"))


@pytest.mark.slow  # a real full filesystem (~6 s); database_failure's wording is tested above
def test_a_full_disk_is_named_and_the_atlas_unchanged(tmp_path: Path) -> None:
    """A real full disk: the atlas may grow only to the size it has (max_page_count)."""
    with Atlas(tmp_path / "atlas.db", create=True) as atlas:
        before = atlas.store.dump()
        pages = atlas.store.conn.execute("PRAGMA page_count").fetchone()[0]
        atlas.store.conn.execute(f"PRAGMA max_page_count = {pages + 2}")
        text = tmp_path / "paper.txt"
        text.write_text(ABSTRACT + " " + " ".join(f"word{i}" for i in range(20_000)))
        with pytest.raises(StorageFailure, match="is full; nothing was changed"):
            atlas.ingest([text])
        assert atlas.store.dump() == before


def test_shard_folders_of_killed_processes_are_removed_on_start(tmp_path: Path) -> None:
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    with shard_folder(tmp_path) as mine:
        host = Path(mine).name.split("-")[3]
        orphan = tmp_path / f"{SHARD_PREFIX}{dead.pid}-{host}-abc"
        orphan.mkdir()
        (orphan / "000000.jsonl.gz.partial").write_bytes(b"x")
        foreign = tmp_path / f"{SHARD_PREFIX}{dead.pid}-otherhost-abc"
        foreign.mkdir()
        assert remove_orphaned_folders(tmp_path) == [orphan]
        assert not orphan.exists() and foreign.exists()
        assert Path(mine).exists()  # this process is alive: its folder stays
