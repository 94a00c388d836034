"""Schema (numbered migrations), connections and FTS query building."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from exoatlas.errors import InputError

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
)

_WORD = re.compile(r"\w+", re.UNICODE)


def fts_query(text: str) -> str | None:
    """User text -> a safe FTS5 query (every word quoted, all required); None if no words."""
    words = _WORD.findall(text)
    return " ".join(f'"{w}"' for w in words) if words else None


def connect(path: str | Path | None, *, create: bool) -> sqlite3.Connection:
    """Open an atlas database; ``None`` or ':memory:' gives an in-memory one."""
    if path is None or str(path) == ":memory:":
        conn = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
    else:
        target = Path(path)
        if not target.parent.exists():
            raise InputError(f"directory {str(target.parent)!r} does not exist")
        if not create and not target.exists():
            raise InputError(f"no atlas at {str(target)!r}; run 'exoatlas build --db {target}'")
        if target.is_dir():
            raise InputError(f"{str(target)!r} is a directory, not an atlas file")
        try:
            conn = sqlite3.connect(target, isolation_level=None, check_same_thread=False)
            conn.execute("PRAGMA journal_mode=WAL")
        except sqlite3.Error as exc:
            raise InputError(f"cannot open atlas {str(target)!r}: {exc}") from exc
    conn.execute("PRAGMA foreign_keys=ON")
    return conn
