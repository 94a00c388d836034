from __future__ import annotations

import os
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


@pytest.fixture
def atlas() -> Iterator[Atlas]:
    """A built atlas in memory."""
    with Atlas(None) as a:
        a.build()
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


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(request: pytest.FixtureRequest) -> str | None:
    """Each store backend in turn: in-memory SQLite (None), then a fresh PostgreSQL database."""
    if request.param == "postgresql":
        url: str = request.getfixturevalue("postgres").new_database()
        return url
    return None


@pytest.fixture
def built_db(tmp_path: Path) -> Path:
    path = tmp_path / "atlas.db"
    with Atlas(path) as a:
        a.build()
    return path


def seed_text(name: str) -> str:
    path = SEEDS / f"{name}.txt"
    if not path.exists():
        pytest.skip(f"seed {path} not present (../shared missing)")
    return path.read_text(encoding="utf-8")
