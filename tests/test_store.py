"""The store suite: every test that takes ``empty_atlas`` or ``atlas`` runs on SQLite and on a
real PostgreSQL server (see the ``backend`` fixture)."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from exoatlas import Atlas, InputError
from exoatlas.model import Document, Entity, Evidence, Finding, Outcome, Recipient
from exoatlas.store import MIGRATIONS, Record, fts_query
from exoatlas.store.pgserver import PostgresServer


@pytest.fixture
def empty_atlas(backend: str | None) -> Iterator[Atlas]:
    with Atlas(backend, create=True) as a:
        yield a


@pytest.fixture
def atlas(built_backend: Atlas) -> Atlas:
    return built_backend


def finding(cargo: str, disease: str = "glioma", direction: str = "decrease") -> Finding:
    return Finding(
        cargo=[Entity(label=cargo, kind="mirna")],
        recipient=Recipient(disease=Entity(label=disease, kind="disease")),
        outcome=Outcome(direction=direction, role="anti_tumor"),  # type: ignore[arg-type]
    )


def evidence(doc: str, locator: str, text: str | None = None, confidence: float = 0.6) -> Evidence:
    return Evidence(
        document=doc, locator=locator, text=text, extractor="test", confidence=confidence
    )


def test_identical_findings_merge_into_one_claim_with_noisy_or_belief(empty_atlas: Atlas) -> None:
    empty_atlas.add_document(Document(id="a"), [Record(finding("miR-1"), evidence("a", "s1"))])
    empty_atlas.add_document(Document(id="b"), [Record(finding("miR-1"), evidence("b", "s9"))])
    claims = empty_atlas.query(cargo="miR-1")
    assert len(claims) == 1
    assert [e.document for e in claims[0].evidence] == ["a", "b"]
    # w = confidence 0.6 x model weight 0.6 (unknown model) = 0.36; two items: 1 - 0.64^2
    assert claims[0].belief == pytest.approx(1 - 0.64 * 0.64)


def test_reingesting_a_document_replaces_its_evidence(empty_atlas: Atlas) -> None:
    doc = Document(id="a")
    empty_atlas.add_document(doc, [Record(finding("miR-1"), evidence("a", "s1"))])
    empty_atlas.add_document(doc, [Record(finding("miR-2"), evidence("a", "s2"))])
    assert empty_atlas.query(cargo="miR-1") == []
    assert len(empty_atlas.query(cargo="miR-2")) == 1
    assert empty_atlas.stats().evidence == 1
    # the orphaned entity is gone too
    assert [e.label for e, _ in empty_atlas.store.entities()] == ["glioma", "miR-2"]


def test_failed_write_leaves_previous_state(empty_atlas: Atlas) -> None:
    doc = Document(id="a")
    empty_atlas.add_document(doc, [Record(finding("miR-1"), evidence("a", "s1"))])
    before = empty_atlas.store.dump()
    bad = [
        Record(finding("miR-7"), evidence("a", "s1")),
        Record(finding("miR-8"), evidence("other-doc", "s2")),
    ]
    with pytest.raises(InputError):
        empty_atlas.add_document(doc, bad)
    assert empty_atlas.store.dump() == before


def test_delete_document_removes_claims_only_it_supported(empty_atlas: Atlas) -> None:
    empty_atlas.add_document(Document(id="a"), [Record(finding("miR-1"), evidence("a", "s1"))])
    empty_atlas.add_document(
        Document(id="b"),
        [
            Record(finding("miR-1"), evidence("b", "s1")),
            Record(finding("miR-5"), evidence("b", "s2")),
        ],
    )
    assert empty_atlas.store.delete_document("b") is True
    assert empty_atlas.store.delete_document("b") is False
    assert empty_atlas.query(cargo="miR-5") == []
    [claim] = empty_atlas.query(cargo="miR-1")
    assert claim.belief == pytest.approx(0.36)


def test_free_text_search_uses_fts_and_survives_syntax(empty_atlas: Atlas) -> None:
    empty_atlas.add_document(
        Document(id="a"),
        [
            Record(finding("miR-1"), evidence("a", "s1", text="Exosomes reduced glioma invasion.")),
            Record(
                finding("miR-2", "lung neoplasms"), evidence("a", "s2", text="Lung tumours grew.")
            ),
        ],
    )
    assert [c.finding.cargo[0].label for c in empty_atlas.query(text="invasion")] == ["miR-1"]
    # entity labels are searchable too
    assert [c.finding.cargo[0].label for c in empty_atlas.query(text="lung")] == ["miR-2"]
    # FTS operators in user input are quoted, not interpreted
    assert empty_atlas.query(text='invasion" OR "NEAR(') == []
    assert empty_atlas.query(text="***") == []
    assert fts_query('a "b"') == '"a" "b"'


def test_file_atlas_uses_wal_foreign_keys_and_migrations(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    with Atlas(path, create=True) as atlas:
        assert atlas.store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert atlas.store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert atlas.store.schema_version() == MIGRATIONS[-1][0]
    # reopening does not re-run migrations
    with Atlas(path) as atlas:
        assert atlas.store.schema_version() == MIGRATIONS[-1][0]
    conn = sqlite3.connect(path)
    versions = [r[0] for r in conn.execute("SELECT version FROM schema_migrations")]
    assert versions == [v for v, _ in MIGRATIONS]


def test_opening_garbage_or_missing_atlas_is_an_input_error(tmp_path: Path) -> None:
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"\x00\x01 not a database " * 200)
    before = garbage.read_bytes()
    with pytest.raises(InputError):
        Atlas(garbage, create=False)
    assert garbage.read_bytes() == before
    with pytest.raises(InputError, match="no atlas"):
        Atlas(tmp_path / "missing.db", create=False)
    # the default: a mistyped path is an error, not a new empty atlas
    with pytest.raises(InputError, match="no atlas"):
        Atlas(tmp_path / "typo.db")
    assert not (tmp_path / "typo.db").exists()
    with Atlas(tmp_path / "new.db", create=True) as atlas:
        assert atlas.stats().claims == 0
    with pytest.raises(InputError, match="does not exist"):
        Atlas(tmp_path / "no" / "such" / "x.db")


def test_query_limits_and_offsets(atlas: Atlas) -> None:
    first = atlas.query(limit=5)
    second = atlas.query(limit=5, offset=5)
    assert len(first) == 5 and len(second) == 5
    assert not {c.id for c in first} & {c.id for c in second}
    with pytest.raises(InputError):
        atlas.query(limit=0)
    with pytest.raises(InputError):
        atlas.query(role="helpful")


@pytest.mark.slow  # ~4 s; make test keeps the PostgreSQL build parity (test_atlas)
def test_postgres_atlas_migrates_once_and_equals_the_sqlite_atlas(postgres: PostgresServer) -> None:
    url = postgres.new_database()
    with Atlas(url, create=True) as pg, Atlas(None) as lite:
        assert pg.store.dialect.name == "postgresql"
        pg.build()
        lite.build()
        assert pg.store.dump() == lite.store.dump()
        # search, entity matching and paging give the same answers on both
        for terms in ({"text": "glioma"}, {"cargo": "miR-21"}, {"source": "umbilical cord"}):
            assert [c.id for c in pg.query(**terms)] == [c.id for c in lite.query(**terms)]
    with Atlas(url, create=False) as again:  # reopening does not re-run migrations
        assert again.store.schema_version() == MIGRATIONS[-1][0]
        versions = [r[0] for r in again.store.conn.execute("SELECT version FROM schema_migrations")]
        assert versions == [v for v, _ in MIGRATIONS]


def test_postgres_errors_are_input_errors_without_the_password(postgres: PostgresServer) -> None:
    with pytest.raises(InputError, match="no atlas"):
        Atlas(postgres.new_database(), create=False)
    bad = f"postgresql://exoatlas:s3cret@127.0.0.1:{postgres.port}/no_such_database"
    with pytest.raises(InputError, match="cannot connect") as caught:
        Atlas(bad)
    assert "s3cret" not in str(caught.value)


def test_postgres_writers_in_two_processes_serialise(postgres: PostgresServer) -> None:
    """Two processes storing documents that share a claim: both land, one claim, two evidence."""
    url = postgres.new_database()
    Atlas(url, create=True).close()  # migrate first, as `exoatlas build` would
    script = (
        "import sys\n"
        "from exoatlas import Atlas\n"
        "from exoatlas.model import Document, Entity, Evidence, Finding, Outcome\n"
        "from exoatlas.store import Record\n"
        "url, doc = sys.argv[1], sys.argv[2]\n"
        "f = Finding(cargo=[Entity(label='miR-1', kind='mirna')],"
        " outcome=Outcome(direction='decrease', role='anti_tumor'))\n"
        "with Atlas(url, create=True) as a:\n"
        "    for i in range(20):\n"
        "        ev = Evidence(document=doc, locator=f's{i}', extractor='t', confidence=0.5)\n"
        "        a.add_document(Document(id=doc), [Record(f, ev)])\n"
    )
    procs = [
        subprocess.Popen([sys.executable, "-c", script, url, doc]) for doc in ("left", "right")
    ]
    assert [p.wait(timeout=120) for p in procs] == [0, 0]
    with Atlas(url, create=False) as atlas:
        [claim] = atlas.query(cargo="miR-1")
        assert sorted(e.document for e in claim.evidence) == ["left", "right"]
        assert atlas.stats().evidence == 2
