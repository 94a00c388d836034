"""Schema (numbered migrations), connections and FTS query building."""

from __future__ import annotations

import os
import re
import sqlite3
from pathlib import Path
from urllib.parse import quote

from exoatlas.errors import InputError
from exoatlas.store.failures import BUSY_TIMEOUT_S, database_failure
from exoatlas.store.ranked import FILL

MIGRATIONS: tuple[tuple[int, str], ...] = (
    (
        1,
        """
        CREATE TABLE documents (
            id TEXT PRIMARY KEY,
            kind TEXT NOT NULL,
            data TEXT NOT NULL
        );
        CREATE TABLE refs (
            document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            number INTEGER NOT NULL,
            data TEXT NOT NULL,
            PRIMARY KEY (document_id, number)
        );
        CREATE TABLE claims (
            id TEXT PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,
            finding TEXT NOT NULL,
            role TEXT NOT NULL,
            model TEXT NOT NULL,
            belief REAL NOT NULL CHECK (belief > 0 AND belief <= 1)
        );
        CREATE TABLE evidence (
            id INTEGER PRIMARY KEY,
            claim_id TEXT NOT NULL REFERENCES claims(id),
            document_id TEXT NOT NULL REFERENCES documents(id),
            locator TEXT NOT NULL,
            data TEXT NOT NULL
        );
        CREATE INDEX evidence_claim ON evidence(claim_id);
        CREATE INDEX evidence_document ON evidence(document_id);
        CREATE TABLE entities (
            key TEXT PRIMARY KEY,
            curie TEXT,
            label TEXT NOT NULL,
            kind TEXT NOT NULL,
            grounded INTEGER NOT NULL,
            match TEXT NOT NULL
        );
        CREATE INDEX entities_match ON entities(match);
        CREATE TABLE claim_entities (
            claim_id TEXT NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
            slot TEXT NOT NULL,
            entity_key TEXT NOT NULL REFERENCES entities(key),
            PRIMARY KEY (claim_id, slot, entity_key)
        );
        CREATE INDEX claim_entities_entity ON claim_entities(entity_key, slot);
        CREATE TABLE trial_values (
            nct TEXT NOT NULL,
            field TEXT NOT NULL,
            value TEXT NOT NULL,
            source TEXT NOT NULL,
            document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            PRIMARY KEY (nct, field, source)
        );
        CREATE TABLE ev_definitions (
            document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            locator TEXT NOT NULL,
            data TEXT NOT NULL,
            PRIMARY KEY (document_id, locator)
        );
        CREATE VIRTUAL TABLE evidence_fts USING fts5(body, tokenize = 'unicode61');
        CREATE VIRTUAL TABLE entity_fts USING fts5(entity_key UNINDEXED, label,
                                                   tokenize = 'unicode61');
        """,
    ),
    (
        2,
        """
        CREATE TABLE method_facts (
            id INTEGER PRIMARY KEY,
            method_curie TEXT NOT NULL,
            method_kind TEXT NOT NULL,
            data TEXT NOT NULL
        );
        CREATE INDEX method_facts_method ON method_facts(method_curie)
        """,
    ),
    (
        3,
        """
        ALTER TABLE evidence ADD COLUMN finding TEXT
        """,
    ),
    (
        4,
        """
        CREATE TABLE dataset_rows (
            dataset TEXT NOT NULL,
            document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            row INTEGER NOT NULL,
            data TEXT NOT NULL,
            PRIMARY KEY (document_id, row)
        )
        """,
    ),
    (
        5,
        """
        CREATE INDEX claims_rank ON claims(belief DESC, id);
        CREATE INDEX claims_role_rank ON claims(role, belief DESC, id)
        """,
    ),
    (
        6,
        # maintained per claim when a write touches it (store/derived.py): the keys that find a
        # claim's pair partners, its conflicts and refinements, and the source x disease x role
        # counts of the conflict map. An atlas migrated to 6 is filled once (Store.migrate).
        """
        CREATE TABLE claim_pair_keys (
            claim_id TEXT NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
            purpose TEXT NOT NULL,
            bucket TEXT NOT NULL,
            side TEXT NOT NULL,
            token TEXT NOT NULL,
            PRIMARY KEY (claim_id, purpose, bucket, side, token)
        );
        CREATE INDEX claim_pair_keys_probe ON claim_pair_keys(purpose, bucket, side, token);
        CREATE TABLE conflicts (
            a TEXT NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
            b TEXT NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            process_label TEXT NOT NULL,
            data TEXT NOT NULL,
            disputed TEXT,
            PRIMARY KEY (a, b)
        );
        CREATE INDEX conflicts_b ON conflicts(b);
        CREATE INDEX conflicts_order ON conflicts(process_label, a, b);
        CREATE INDEX conflicts_kind ON conflicts(kind, process_label, a, b);
        CREATE TABLE refinements (
            narrow TEXT NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
            broad TEXT NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
            PRIMARY KEY (narrow, broad)
        );
        CREATE INDEX refinements_broad ON refinements(broad, narrow);
        CREATE TABLE claim_cells (
            claim_id TEXT PRIMARY KEY REFERENCES claims(id) ON DELETE CASCADE,
            source TEXT NOT NULL,
            disease TEXT NOT NULL,
            role TEXT NOT NULL
        );
        CREATE TABLE role_cells (
            source TEXT NOT NULL,
            disease TEXT NOT NULL,
            role TEXT NOT NULL,
            claims INTEGER NOT NULL,
            PRIMARY KEY (source, disease, role)
        )
        """,
    ),
    (
        7,
        # conflict pairs per kind, maintained with the conflicts (the conflicts page shows them on
        # every request; counting a million pairs each time is what this saves); and the pair
        # keys clustered by what a probe looks up, with no rowid and no foreign key (the store
        # forgets a claim's keys before the claim goes): a bulk write inserts some twenty keys a
        # claim, into one B-tree and one index instead of a table and two indexes
        """
        CREATE TABLE conflict_kinds (
            kind TEXT PRIMARY KEY,
            pairs INTEGER NOT NULL
        );
        INSERT INTO conflict_kinds(kind, pairs) SELECT kind, count(*) FROM conflicts GROUP BY kind;
        CREATE TABLE pair_keys_7 (
            purpose TEXT NOT NULL,
            bucket TEXT NOT NULL,
            side TEXT NOT NULL,
            token TEXT NOT NULL,
            claim_id TEXT NOT NULL,
            PRIMARY KEY (purpose, bucket, side, token, claim_id)
        ) WITHOUT ROWID;
        INSERT INTO pair_keys_7(purpose, bucket, side, token, claim_id)
            SELECT purpose, bucket, side, token, claim_id FROM claim_pair_keys;
        DROP TABLE claim_pair_keys;
        ALTER TABLE pair_keys_7 RENAME TO claim_pair_keys;
        CREATE INDEX claim_pair_keys_claim ON claim_pair_keys(claim_id)
        """,
    ),
    (
        8,
        # atlas-wide counts kept on write (store/totals.py): /api/stats and the home page read
        # them instead of counting whole tables per request; filled here once from the rows
        """
        CREATE TABLE atlas_counts (
            facet TEXT NOT NULL,
            value TEXT NOT NULL,
            n INTEGER NOT NULL,
            PRIMARY KEY (facet, value)
        );
        INSERT INTO atlas_counts(facet, value, n) SELECT 'total', 'claims', count(*) FROM claims;
        INSERT INTO atlas_counts(facet, value, n)
            SELECT 'total', 'evidence', count(*) FROM evidence;
        INSERT INTO atlas_counts(facet, value, n)
            SELECT 'total', 'documents', count(*) FROM documents;
        INSERT INTO atlas_counts(facet, value, n)
            SELECT 'role', role, count(*) FROM claims GROUP BY role;
        INSERT INTO atlas_counts(facet, value, n)
            SELECT 'model', model, count(*) FROM claims GROUP BY model;
        INSERT INTO atlas_counts(facet, value, n)
            SELECT ce.slot, e.label, count(DISTINCT ce.claim_id) FROM claim_entities ce
            JOIN entities e ON e.key = ce.entity_key WHERE ce.slot IN ('msc_source', 'disease')
            GROUP BY ce.slot, e.label;
        INSERT INTO atlas_counts(facet, value, n)
            SELECT 'document', document_id, count(*) FROM evidence GROUP BY document_id
        """,
    ),
    (
        9,
        # the evidence sentences again, keyed in belief order (store/ranked.py): a text search
        # of common words streams its matches best claim first and stops at the page. SQLite
        # only (SQLITE_ONLY); filled here once, then kept on write
        """
        CREATE VIRTUAL TABLE evidence_ranked USING fts5(body, id UNINDEXED, role UNINDEXED,
            model UNINDEXED, belief UNINDEXED, tokenize = 'unicode61', columnsize = 0);
        """
        + FILL
        + """;
        INSERT INTO evidence_ranked(evidence_ranked) VALUES ('optimize')
        """,
    ),
)
SQLITE_ONLY = ("evidence_ranked",)
"""Tables only the SQLite store has: PostgreSQL skips every schema statement naming one."""
CACHE_KIB = 128 * 1024  # SQLite's page cache per connection
DERIVED_SINCE = 6
"""The first migration with maintained tables: an atlas migrated past it is filled once."""

_WORD = re.compile(r"\w+", re.UNICODE)


def fts_query(text: str) -> str | None:
    """User text -> a safe FTS5 query (every word quoted, all required); None if no words."""
    words = fts_words(text)
    return " ".join(words) if words else None


def fts_words(text: str) -> list[str]:
    """The FTS5 queries of ``fts_query``'s words, each alone (once each, in order): a sentence
    matches ``fts_query(text)`` exactly when it matches every one of them."""
    return list(dict.fromkeys(f'"{w}"' for w in _WORD.findall(text)))


def connect(path: str | Path | None, *, create: bool, readonly: bool = False) -> sqlite3.Connection:
    """Open an atlas database; ``None`` or ':memory:' gives an in-memory one.

    ``readonly`` opens the file with SQLite's ``mode=ro``: nothing is written, not even the
    journal mode, so a reader works on a 0444 atlas and leaves any file byte-identical. A file
    holding tables that are not an atlas's is refused before anything touches it."""
    if path is None or str(path) == ":memory:":
        memory = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
        memory.execute("PRAGMA foreign_keys=ON")
        return memory
    target = Path(path)
    if not target.parent.exists():
        raise InputError(f"directory {str(target.parent)!r} does not exist")
    if (readonly or not create) and not target.exists():
        raise InputError(f"no atlas at {str(target)!r}; run 'exoatlas build --db {target}'")
    if target.is_dir():
        raise InputError(f"{str(target)!r} is a directory, not an atlas file")
    where = repr(str(target))
    conn: sqlite3.Connection | None = None
    try:
        if readonly:
            conn = _open_readonly(target)
        else:
            conn = sqlite3.connect(
                target, timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False
            )
        _refuse_foreign(conn, where)
        if readonly:
            conn.execute("PRAGMA query_only=ON")
        else:
            conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA foreign_keys=ON")
        # SQLite's 2 MiB page cache is small for indexes of a million claims (a bulk write
        # touches the pair-key index all over); the probe table of a write stays in memory
        conn.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
        conn.execute("PRAGMA temp_store=MEMORY")
    except (sqlite3.Error, InputError) as exc:
        if conn is not None:
            conn.close()
        if isinstance(exc, InputError):
            raise
        raise database_failure(exc, where) from exc
    return conn


def _open_readonly(target: Path) -> sqlite3.Connection:
    uri = f"file:{quote(str(target.resolve()))}?mode=ro"
    conn = sqlite3.connect(
        uri, uri=True, timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False
    )
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError:
        # a WAL atlas in a folder we cannot write: no shared-memory file can be made beside
        # it, so read it as immutable (nobody we know of can be writing it there either)
        if os.access(target.parent, os.W_OK):
            raise
        conn.close()
        conn = sqlite3.connect(
            uri + "&immutable=1", uri=True, isolation_level=None, check_same_thread=False
        )
    return conn


def _refuse_foreign(conn: sqlite3.Connection, where: str) -> None:
    """An InputError if the database holds tables and none of them is the atlas's."""
    names = [
        name
        for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type IN ('table', 'view')"
            " AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
    ]
    if names and "schema_migrations" not in names:
        shown = ", ".join(names[:5]) + (", ..." if len(names) > 5 else "")
        raise InputError(
            f"{where} is not an exoatlas atlas (it holds other tables: {shown}); "
            "refusing to touch it"
        )
