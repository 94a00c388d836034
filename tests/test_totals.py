"""The atlas-wide counts kept on write (``store/totals.py``) equal the same counts taken over the
whole tables after every kind of write, on SQLite and on PostgreSQL; an atlas from before them
gets them filled once when a writer opens it."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from exoatlas import Atlas, InputError
from exoatlas.model import Document, Entity, Evidence, Finding, Outcome, Recipient
from exoatlas.store import Record


@pytest.fixture
def atlas(built_backend: Atlas) -> Atlas:
    return built_backend


@pytest.fixture
def empty_atlas(backend: str | None) -> Iterator[Atlas]:
    with Atlas(backend, create=True) as a:
        yield a


def record(doc: str, locator: str, cargo: str, disease: str, source: str | None = None) -> Record:
    finding = Finding(
        msc_source=Entity(label=source, kind="msc_source") if source else None,
        cargo=[Entity(label=cargo, kind="mirna")],
        recipient=Recipient(disease=Entity(label=disease, kind="disease")),
        outcome=Outcome(direction="decrease", role="anti_tumor"),
        model="in_vitro",
    )
    return Record(
        finding, Evidence(document=doc, locator=locator, extractor="test", confidence=0.6)
    )


def test_kept_counts_equal_whole_table_counts_after_every_kind_of_write(atlas: Atlas) -> None:
    before = atlas.stats()
    assert before == atlas.store.recount_stats()
    assert before.claims > 200 and before.by_role and before.by_source and before.by_document
    # a new document: new claims, and evidence merged into a claim the atlas already holds
    known = atlas.query(limit=1)[0]
    merged = Record(
        known.finding, Evidence(document="new", locator="s0", extractor="test", confidence=0.6)
    )
    atlas.add_document(
        Document(id="new"),
        [
            merged,
            record("new", "s1", "miR-9991", "glioma", "bone marrow MSC"),
            record("new", "s2", "miR-9992", "a disease of its own", "a source of its own"),
        ],
    )
    grown = atlas.stats()
    assert grown == atlas.store.recount_stats()
    assert (grown.claims, grown.evidence, grown.documents) == (
        before.claims + 2,
        before.evidence + 3,
        before.documents + 1,
    )
    assert grown.by_disease["a disease of its own"] == 1
    assert grown.by_document["new"] == 3
    # the same document again, stating less: its claims go, the merged one stays
    atlas.add_document(Document(id="new"), [record("new", "s1", "miR-9991", "glioma")])
    assert atlas.stats() == atlas.store.recount_stats()
    assert "a disease of its own" not in atlas.stats().by_disease
    # a document removed
    assert atlas.store.delete_document("new")
    assert atlas.stats() == atlas.store.recount_stats() == before


def test_a_failed_write_leaves_the_counts_as_they_were(empty_atlas: Atlas) -> None:
    empty_atlas.add_document(Document(id="a"), [record("a", "s1", "miR-1", "glioma")])
    before = empty_atlas.stats()
    with pytest.raises(InputError):  # evidence of another document: the write is refused
        empty_atlas.add_document(
            Document(id="b"),
            [record("b", "s1", "miR-2", "glioma"), record("a", "s2", "miR-3", "glioma")],
        )
    assert empty_atlas.stats() == before == empty_atlas.store.recount_stats()
    assert (before.claims, before.evidence, before.documents) == (1, 1, 1)


def test_an_atlas_from_before_the_kept_counts_is_filled_by_a_writer(
    tmp_path: Path, seed_db: Path
) -> None:
    path = tmp_path / "old.db"
    shutil.copyfile(seed_db, path)
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("DROP TABLE atlas_counts")
        conn.execute("DROP TABLE evidence_ranked")  # (migration 9)
        conn.execute("DELETE FROM schema_migrations WHERE version >= 8")
    conn.close()
    with pytest.raises(InputError, match="build"):  # a reader never migrates
        Atlas(path, readonly=True)
    with Atlas(path) as atlas:
        assert atlas.stats() == atlas.store.recount_stats()
        assert atlas.stats().claims > 200
