from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from exoatlas import Atlas, InputError
from exoatlas.model import Document, Entity, Evidence, Finding, Outcome, Recipient
from exoatlas.store import MIGRATIONS, Record, fts_query


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
    with Atlas(path) as atlas:
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
