"""Text search in belief order (store/ranked.py): the ranked page equals the plain SQL answer and
the claim-by-claim walk, page after page, with filters and entity-label matches, on an atlas full
of belief ties; the ranked index stays right through ingests, replacements, deletions and a
failed write; an atlas of schema 8 migrates to it."""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from benchmarks.synthetic import synthetic_documents

from exoatlas import Atlas, InputError
from exoatlas.model import Document, Entity, Evidence, Finding, Outcome, Recipient
from exoatlas.store import MIGRATIONS, Record, core, query, ranked
from exoatlas.store.core import Store
from exoatlas.store.dialect import SQLITE, postgres_ddl
from exoatlas.store.schema import connect

from .conftest import copy_in_memory

CLAIMS = 1000
LABEL = "gastric repair fibrosis model"  # a disease whose label holds the searched words
SEARCHES = ["gastric repair fibrosis", "exosomes", "angiogenesis xenograft"]
PAGES = [0, 7, 50, 333]
LIMIT = 17


def label_records(doc: str, confidences: list[float], label: str = LABEL) -> list[Record]:
    """Claims that match "gastric repair fibrosis" (or ``label``'s words) only through their
    disease's label."""
    return [
        Record(
            Finding(
                cargo=[Entity(label=f"miR-{9000 + i}", kind="mirna")],
                recipient=Recipient(disease=Entity(label=label, kind="disease")),
                outcome=Outcome(direction="increase", role="regenerative"),
            ),
            Evidence(
                document=doc,
                locator=f"sentence {i}",
                text="vesicles were given",
                extractor="synthetic",
                confidence=confidence,
            ),
        )
        for i, confidence in enumerate(confidences)
    ]


@pytest.fixture(scope="module")
def ranked_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Synthetic claims (confidences of two decimals: some 180 beliefs over 1,000 claims, so
    ties everywhere) and a few claims found only through an entity label."""
    path = tmp_path_factory.mktemp("ranked") / "atlas.db"
    with Atlas(path, create=True) as atlas:
        atlas.store.replace_documents(synthetic_documents(CLAIMS))
        atlas.add_document(Document(id="labels"), label_records("labels", [0.9, 0.9, 0.5, 0.3]))
    return path


@pytest.fixture
def atlas(ranked_db: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Atlas]:
    """A copy of the ranked atlas in memory, where every text search is dense enough for the
    ranked page and no entity term is selective (at 1,000 claims nothing would be)."""
    monkeypatch.setattr(query, "TEXT_SELECTIVE", 1)
    monkeypatch.setattr(query, "SELECTIVE", 0)
    with copy_in_memory(ranked_db) as copy:
        yield copy


def plain(atlas: Atlas, limit: int, offset: int, **terms: str) -> list[str]:
    """The answer as plain SQL: every claim matching, sorted by belief DESC, id, then cut."""
    where = atlas._claim_filter(None, terms.get("source"), None, terms.get("role"), terms["text"])
    match = atlas.store.dialect.search_parameter(terms["text"])
    sql = (
        "SELECT c.id FROM claims c WHERE (c.id IN (SELECT claim_id FROM evidence WHERE id IN"
        " (SELECT rowid FROM evidence_fts WHERE evidence_fts MATCH ?)) OR c.id IN (SELECT"
        " claim_id FROM claim_entities WHERE entity_key IN"
        " (SELECT entity_key FROM entity_fts WHERE entity_fts MATCH ?)))"
    )
    params: list[object] = [match, match]
    if where.role is not None:
        sql += " AND c.role = ?"
        params.append(where.role)
    if where.source is not None:
        keys = sorted(where.source)
        sql += (
            " AND EXISTS (SELECT 1 FROM claim_entities ce WHERE ce.claim_id = c.id AND"
            f" ce.slot = 'msc_source' AND ce.entity_key IN ({','.join('?' for _ in keys)}))"
        )
        params += keys
    sql += " ORDER BY c.belief DESC, c.id LIMIT ? OFFSET ?"
    return [str(r[0]) for r in atlas.store.conn.execute(sql, [*params, limit, offset])]


def walked(atlas: Atlas, limit: int, offset: int, **terms: str) -> list[str]:
    """The answer of the claim-by-claim walk (the plan before the ranked index)."""
    store = atlas.store
    kept = store.dialect
    store.dialect = dataclasses.replace(kept, ranked=False)
    try:
        return [c.id for c in atlas.query(limit=limit, offset=offset, **terms)]  # type: ignore[arg-type]
    finally:
        store.dialect = kept


def assert_pages_exact(atlas: Atlas, **terms: str) -> int:
    """Every page of ``PAGES`` of the ranked plan equals the plain and the walked answer;
    returns how many claims the first pages held (so a test can see it found some)."""
    where = atlas._claim_filter(None, terms.get("source"), None, terms.get("role"), terms["text"])
    plan = atlas.store._claim_where(where)
    assert plan is not None and plan.ranked is not None  # the ranked page answers
    found = 0
    for offset in PAGES:
        got = [c.id for c in atlas.query(limit=LIMIT, offset=offset, **terms)]  # type: ignore[arg-type]
        assert got == plain(atlas, LIMIT, offset, **terms) == walked(atlas, LIMIT, offset, **terms)
        found += len(got)
    return found


def assert_index_kept(atlas: Atlas) -> None:
    """The ranked index holds exactly one row per searchable sentence, keyed by its claim's
    stored belief, with the claim's columns; and FTS5 finds it sound."""
    conn = atlas.store.conn
    expected = sorted(
        (ranked.key(belief, evidence), body, claim, role, model, belief)
        for evidence, body, claim, role, model, belief in conn.execute(
            "SELECT f.rowid, f.body, c.id, c.role, c.model, c.belief FROM evidence_fts f"
            " JOIN evidence e ON e.id = f.rowid JOIN claims c ON c.id = e.claim_id"
        )
    )
    stored = sorted(
        tuple(row)
        for row in conn.execute("SELECT rowid, body, id, role, model, belief FROM evidence_ranked")
    )
    assert stored == expected
    conn.execute("INSERT INTO evidence_ranked(evidence_ranked) VALUES ('integrity-check')")


def ties(atlas: Atlas) -> int:
    """Claims sharing their belief with another claim."""
    row = atlas.store.conn.execute(
        "SELECT sum(n) FROM (SELECT count(*) AS n FROM claims GROUP BY belief HAVING n > 1)"
    ).fetchone()
    return int(row[0] or 0)


@pytest.mark.parametrize("text", SEARCHES)
def test_ranked_pages_equal_the_plain_answer_and_the_walk(atlas: Atlas, text: str) -> None:
    assert ties(atlas) > CLAIMS // 2
    assert assert_pages_exact(atlas, text=text) > 0
    assert_pages_exact(atlas, text=text, role="anti_tumor")
    assert_pages_exact(atlas, text=text, source="BM-MSC")
    assert_pages_exact(atlas, text=text, source="UC-MSC", role="pro_tumor")


@pytest.mark.parametrize("few", [1, 10_000])
def test_claims_found_through_entity_labels_are_merged_in_belief_order(
    atlas: Atlas, few: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ranked, "FEW", few)  # the label claims fetched, or walked in order
    text = "gastric repair fibrosis"
    everything: list[str] = []
    for offset in range(0, CLAIMS, 200):  # the whole result, page by page
        page = [c.id for c in atlas.query(text=text, limit=200, offset=offset)]
        assert page == plain(atlas, 200, offset, text=text)
        everything += page
    labelled = atlas.store.conn.execute(
        "SELECT claim_id FROM claim_entities WHERE entity_key LIKE '%gastric repair%'"
    ).fetchall()
    assert len(labelled) == 4 and {c for (c,) in labelled} <= set(everything)
    assert len(everything) == len(set(everything)) > 4
    assert_pages_exact(atlas, text=text)
    assert_pages_exact(atlas, text=text, role="regenerative")


def test_a_word_only_in_many_labels_is_not_fetched_whole(
    ranked_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A word in no sentence but in the labels of many claims' entities is found walking or
    streaming in belief order, not by fetching and sorting every claim it names (at 1,000,000
    claims that took 8.8 s); the answer is the same either way."""
    monkeypatch.setattr(query, "SELECTIVE", 3)
    with copy_in_memory(ranked_db) as atlas:
        label = "zqx glomerulopathy"  # a word of our own, in no sentence
        atlas.add_document(
            Document(id="rare-word"),
            label_records("rare-word", [0.8, 0.6, 0.6, 0.2, 0.1], label),
        )
        where = atlas._claim_filter(None, None, None, None, "zqx")
        plan = atlas.store._claim_where(where)
        assert plan is not None and plan.ranked is not None
        got = [c.id for c in atlas.query(text="zqx", limit=3, offset=1)]
        assert len(got) == 3 and got == plain(atlas, 3, 1, text="zqx")
        monkeypatch.setattr(query, "SELECTIVE", 2000)  # few claims: fetched, the same answer
        plan = atlas.store._claim_where(where)
        assert plan is not None and plan.ranked is None
        assert [c.id for c in atlas.query(text="zqx", limit=3, offset=1)] == got


def test_beliefs_closer_than_one_bucket_are_ordered_exactly(atlas: Atlas) -> None:
    """The store rounds beliefs to 1e-6 (four buckets apart); set some closer by hand, keyed
    as the store keys them, and the pages still sort exactly."""
    conn = atlas.store.conn
    ids = [str(r[0]) for r in conn.execute("SELECT id FROM claims ORDER BY id LIMIT 300")]
    ranked.forget(conn, ids)
    step = 1.0 / ranked.BUCKETS / 7
    for i, claim in enumerate(ids):
        conn.execute("UPDATE claims SET belief = ? WHERE id = ?", (0.95 - (i % 5) * step, claim))
    ranked.index(conn, ids)
    buckets = {ranked.bucket(0.95 - i * step) for i in range(5)}
    assert len(buckets) <= 2  # five beliefs in one or two buckets
    assert_index_kept(atlas)
    for text in SEARCHES:
        assert_pages_exact(atlas, text=text)
        assert_pages_exact(atlas, text=text, role="neutral")


def test_the_index_follows_every_write(atlas: Atlas) -> None:
    assert_index_kept(atlas)
    store = atlas.store
    documents = store.document_ids()
    # more evidence for existing claims (their beliefs rise), under a new document
    again = [
        Record(r.finding, r.evidence.model_copy(update={"document": "again", "confidence": 0.8}))
        for r in store.records(documents[3]) + store.records(documents[40])
    ]
    atlas.add_document(Document(id="again"), again)
    assert_index_kept(atlas)
    assert_pages_exact(atlas, text="gastric repair fibrosis")
    # a document replaced with other confidences and other words (beliefs fall and rise)
    changed = [
        Record(
            r.finding,
            r.evidence.model_copy(update={"confidence": 0.31 + i / 100, "text": "exosomes"}),
        )
        for i, r in enumerate(store.records(documents[7]))
    ]
    atlas.add_document(Document(id=documents[7]), changed)
    assert_index_kept(atlas)
    assert_pages_exact(atlas, text="exosomes", role="pro_tumor")
    # deleted: claims left without evidence go, the others fall back to their own evidence
    assert atlas.store.delete_document(documents[3])
    assert atlas.store.delete_document("again")
    assert atlas.store.delete_document("labels")
    assert_index_kept(atlas)
    for text in SEARCHES:
        assert_pages_exact(atlas, text=text)
    # a failed write changes nothing
    before = atlas.store.conn.execute("SELECT rowid FROM evidence_ranked").fetchall()
    bad = [*changed[:2], label_records("elsewhere", [0.9])[0]]
    with pytest.raises(InputError):
        atlas.add_document(Document(id=documents[7]), bad)
    assert atlas.store.conn.execute("SELECT rowid FROM evidence_ranked").fetchall() == before
    assert_index_kept(atlas)


def test_an_atlas_of_schema_8_migrates_to_the_ranked_index(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "old.db"
    # a writer of schema 8: migrations up to 8, no ranked index to keep
    monkeypatch.setattr(core, "MIGRATIONS", MIGRATIONS[:-1])
    old = Store(connect(path, create=True), dataclasses.replace(SQLITE, ranked=False))
    assert old.schema_version() == 8
    old.replace_documents(synthetic_documents(300))
    old.replace_document(Document(id="labels"), label_records("labels", [0.9, 0.4]))
    old.close()
    monkeypatch.undo()
    conn = sqlite3.connect(path)
    tables = conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'evidence_ranked'")
    assert tables.fetchone() == (0,)
    conn.close()
    with Atlas(path, create=False) as atlas:
        assert atlas.store.schema_version() == MIGRATIONS[-1][0] == 9
        assert_index_kept(atlas)
        rows = atlas.store.conn.execute("SELECT count(*) FROM evidence_ranked").fetchone()[0]
        assert rows == 302  # every sentence (the label claims' too)


def test_postgresql_gets_no_ranked_index() -> None:
    version, sql = MIGRATIONS[-1]
    assert version == 9
    assert [postgres_ddl(s) for s in sql.split(";") if s.strip()] == [[], [], []]
