from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from exoatlas import Atlas
from exoatlas.store.pgserver import PostgresServer

# ../shared beside the checkout, or EXOATLAS_SHARED (a git worktree has none beside it)
SHARED = Path(
    os.environ.get("EXOATLAS_SHARED") or Path(__file__).resolve().parents[1].parent / "shared"
)
SEEDS = SHARED / "seeds"
SEED_000 = "000_f18fedb756d4e7ae"
SEED_001 = "001_3934da7a98245935"


def unreserved_records(name: str, first: int) -> list[dict[str, object]]:
    """The records among the first ``first`` of a real corpus file (``../shared/corpus``) that
    are not reserved for acceptance (RESERVED.txt, by PubMed id); the test is skipped when the
    corpus is absent."""
    import json

    path = SHARED / "corpus" / name
    if not path.is_file():
        pytest.skip(f"{path} absent: the real corpus lives in ../shared")
    reserved = set((path.parent / "RESERVED.txt").read_text(encoding="utf-8").split())
    with path.open(encoding="utf-8") as handle:
        records = [json.loads(line) for line in list(handle)[:first]]
    return [r for r in records if str(r.get("pmid")) not in reserved]


@pytest.fixture(scope="session")
def seed_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed atlas, built once per session into a file that tests copy, never change."""
    path = tmp_path_factory.mktemp("seed") / "atlas.db"
    with Atlas(path, create=True) as a:
        a.build()
    return path


def copy_in_memory(path: Path) -> Atlas:
    """An in-memory atlas holding a copy of the atlas file at ``path``."""
    source = sqlite3.connect(path)
    conn = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
    try:
        source.backup(conn)
    finally:
        source.close()
    conn.execute("PRAGMA foreign_keys=ON")
    return Atlas(conn)


@pytest.fixture
def atlas(seed_db: Path) -> Iterator[Atlas]:
    """A built atlas in memory (a copy of the session's seed atlas)."""
    with copy_in_memory(seed_db) as a:
        yield a


@pytest.fixture
def empty_atlas() -> Iterator[Atlas]:
    with Atlas(None) as a:
        yield a


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer]:
    """A real PostgreSQL server on loopback for the whole session, removed afterwards."""
    with PostgresServer() as server:
        yield server


@pytest.fixture(scope="session")
def postgres_seed(postgres: PostgresServer) -> str:
    """A PostgreSQL database holding the seed atlas, built once; tests get copies of it."""
    url = postgres.new_database()
    with Atlas(url, create=True) as a:
        a.build()
    return url


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(request: pytest.FixtureRequest) -> str | None:
    """Each store backend in turn: in-memory SQLite (None), then a fresh PostgreSQL database."""
    if request.param == "postgresql":
        url: str = request.getfixturevalue("postgres").new_database()
        return url
    return None


@pytest.fixture(params=["sqlite", "postgresql"])
def built_backend(request: pytest.FixtureRequest, seed_db: Path) -> Iterator[Atlas]:
    """The seed atlas on each store backend in turn (copies of atlases built once a session)."""
    if request.param == "postgresql":
        server: PostgresServer = request.getfixturevalue("postgres")
        url = server.new_database(template=request.getfixturevalue("postgres_seed"))
        with Atlas(url) as a:
            yield a
    else:
        with copy_in_memory(seed_db) as a:
            yield a


@pytest.fixture
def built_db(tmp_path: Path, seed_db: Path) -> Path:
    """A built atlas file of the test's own (a copy of the session's seed atlas)."""
    path = tmp_path / "atlas.db"
    shutil.copyfile(seed_db, path)
    return path


def seed_text(name: str) -> str:
    path = SEEDS / f"{name}.txt"
    if not path.exists():
        pytest.skip(f"seed {path} not present (../shared missing)")
    return path.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def dev_read():  # type: ignore[no-untyped-def]
    """The real gold set's dev records read once, unfiltered (``analyze.scorer_data``), for the
    eval floor and the finding scorer's staleness check; skipped without the shared corpus."""
    from exoatlas.analyze.scorer_data import load_dev

    gold, corpus = Path(__file__).resolve().parents[1] / "gold", SHARED / "corpus"
    if not (corpus / "msc_ev_abstracts.jsonl").exists():
        pytest.skip(f"corpus {corpus} not present (../shared missing)")
    return load_dev(gold, corpus)
