"""The Store: transactional, document-keyed writes and typed reads over one connection.

The connection is SQLite (one file, WAL mode, foreign keys on, FTS5 over evidence text and entity
labels) or PostgreSQL (the same tables, text search over GIN indexes); ``dialect`` says which.
Migrations are numbered. Writes are keyed by document id and transactional: replacing a
document's evidence either fully happens or leaves the previous state.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from exoatlas.assemble import claim_from_records, claim_id, claim_key
from exoatlas.errors import InputError
from exoatlas.ground import match_key
from exoatlas.model import (
    Claim,
    Conflict,
    Document,
    Entity,
    EvDefinition,
    Evidence,
    Finding,
    MethodFact,
    Record,
    Reference,
    SourcedValue,
    Stats,
    Trial,
)
from exoatlas.store import derived, ranked, totals
from exoatlas.store.derived import ConflictFilter
from exoatlas.store.dialect import SQLITE, Connection, Dialect, postgres_dialect
from exoatlas.store.failures import database_failure, unreadable
from exoatlas.store.postgres import connect_postgres, is_postgres_url
from exoatlas.store.query import ClaimReads
from exoatlas.store.schema import DERIVED_SINCE, MIGRATIONS, connect


class Store(ClaimReads):
    """Typed reads and writes over one database connection."""

    def __init__(
        self,
        conn: Connection,
        dialect: Dialect = SQLITE,
        *,
        readonly: bool = False,
        where: str = "the atlas",
    ) -> None:
        self.conn = conn
        self.dialect = dialect
        self.readonly = readonly
        self.where = where
        self.tally = totals.Tally()  # the atlas-wide counts a write transaction changes
        self.writes = 0  # write transactions this Store committed (``data_version``)
        self._stats: tuple[tuple[int, int], Stats] | None = None
        self.migrate()

    # -- schema -------------------------------------------------------------------------------

    def schema_version(self) -> int:
        try:
            row = self.conn.execute("SELECT max(version) FROM schema_migrations").fetchone()
        except self.dialect.missing_table:
            return 0
        return int(row[0] or 0)

    def migrate(self) -> None:
        try:
            current = self.schema_version()
        except self.dialect.not_a_database as exc:
            raise InputError(f"not an exoatlas database: {exc}") from exc
        if current >= MIGRATIONS[-1][0]:
            return
        if self.readonly:  # only writers create or migrate (issue 21)
            raise InputError(unreadable(self.where, current, MIGRATIONS[-1][0]))
        with self.transaction():
            self.conn.execute(
                "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY)"
            )
            # read again under the write lock: another process may have migrated meanwhile
            current = self.schema_version()
            for version, sql in MIGRATIONS:
                if version <= current:
                    continue
                for statement in sql.split(";"):
                    for ddl in self.dialect.ddl(statement) if statement.strip() else ():
                        self.conn.execute(ddl)
                self.conn.execute("INSERT INTO schema_migrations(version) VALUES (?)", (version,))
            if 0 < current < DERIVED_SINCE:  # an older atlas: derive its tables once
                ids = [str(r[0]) for r in self.conn.execute("SELECT id FROM claims")]
                for start in range(0, len(ids), 5000):
                    chunk = ids[start : start + 5000]
                    derived.forget(self.conn, chunk)
                    derived.index(self.conn, self.load_claims(chunk), self.load_claims)

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """A write transaction (one writer at a time, waiting up to the busy timeout), rolled
        back on any exception; SQLite failures are named by ``failures.database_failure``."""
        try:
            for statement in self.dialect.begin:
                self.conn.execute(statement)
        except sqlite3.Error as exc:
            raise database_failure(exc, self.where) from exc
        try:
            yield self.conn
            self.tally.flush(self.conn)
            self.conn.execute("COMMIT")
            self.writes += 1
        except BaseException as exc:
            self.tally.clear()
            with suppress(Exception):  # after a full disk SQLite has rolled back already
                self.conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.Error):
                raise database_failure(exc, self.where) from exc
            raise

    # -- writes -------------------------------------------------------------------------------

    def replace_document(
        self,
        document: Document,
        records: Sequence[Record],
        trials: Sequence[Trial] = (),
        definitions: Sequence[EvDefinition] = (),
    ) -> None:
        """Store a document with everything it states, replacing what it stated before."""
        with self.transaction():
            self._refresh_claims(self._replace_rows(document, records, trials, definitions))

    def replace_documents(self, items: Iterable[tuple[Document, Sequence[Record]]]) -> None:
        """Store several documents in one transaction: all of them, or (on any error) none.

        ``items`` may be a generator: it is consumed inside the transaction, one document at a
        time, so a merge of many shards never holds them all in memory."""
        with self.transaction():
            touched: set[str] = set()
            for document, records in items:
                touched |= self._replace_rows(document, records, (), ())
            self._refresh_claims(touched)

    def _replace_rows(
        self,
        document: Document,
        records: Sequence[Record],
        trials: Sequence[Trial],
        definitions: Sequence[EvDefinition],
    ) -> set[str]:
        """Inside a transaction: one document's rows replaced; returns the claims touched."""
        conn = self.conn
        touched = {
            row[0]
            for row in conn.execute(
                "SELECT DISTINCT claim_id FROM evidence WHERE document_id = ?", (document.id,)
            )
        }
        self._delete_document_rows(document.id)
        self._insert_document(document)
        conn.executemany(
            "INSERT INTO refs(document_id, number, data) VALUES (?, ?, ?)",
            [(document.id, r.number, r.model_dump_json()) for r in document.references],
        )
        for record in records:
            if record.evidence.document != document.id:
                raise InputError(
                    f"evidence for {record.evidence.document!r} given with {document.id!r}"
                )
            touched.add(self._add_record(record))
        for trial in trials:
            for field, values in trial.fields.items():
                conn.executemany(
                    "INSERT INTO trial_values(nct, field, value, source, document_id)"
                    " VALUES (?, ?, ?, ?, ?) ON CONFLICT (nct, field, source) DO UPDATE"
                    " SET value = excluded.value, document_id = excluded.document_id",
                    [(trial.nct, field, v.value, v.source, document.id) for v in values],
                )
        conn.executemany(
            "INSERT INTO ev_definitions(document_id, locator, data) VALUES (?, ?, ?)",
            [(document.id, d.locator, d.model_dump_json()) for d in definitions],
        )
        return touched

    def replace_method_facts(self, facts: Sequence[MethodFact]) -> None:
        """Replace the whole methods-knowledge table in one transaction."""
        with self.transaction() as conn:
            conn.execute("DELETE FROM method_facts")
            conn.executemany(
                "INSERT INTO method_facts(method_curie, method_kind, data) VALUES (?, ?, ?)",
                [
                    (f.method.curie or f.method.label, f.method.kind, f.model_dump_json())
                    for f in facts
                ],
            )

    def method_facts(self, kind: str | None = None) -> list[MethodFact]:
        sql = "SELECT data FROM method_facts"
        params: tuple[str, ...] = ()
        if kind is not None:
            sql += " WHERE method_kind = ?"
            params = (kind,)
        sql += " ORDER BY method_curie, id"
        return [MethodFact.model_validate_json(d) for (d,) in self.conn.execute(sql, params)]

    def replace_dataset(
        self, document: Document, dataset: str, rows: Sequence[dict[str, object]]
    ) -> None:
        """Store a reference dataset's rows under its document, replacing an earlier import."""
        with self.transaction() as conn:
            self._delete_document_rows(document.id)
            self._insert_document(document)
            conn.executemany(
                "INSERT INTO dataset_rows(dataset, document_id, row, data) VALUES (?, ?, ?, ?)",
                [(dataset, document.id, i, json.dumps(r)) for i, r in enumerate(rows)],
            )

    def dataset_rows(self, dataset: str) -> list[dict[str, Any]]:
        return [
            json.loads(data)
            for (data,) in self.conn.execute(
                "SELECT data FROM dataset_rows WHERE dataset = ? ORDER BY document_id, row",
                (dataset,),
            )
        ]

    def delete_document(self, document_id: str) -> bool:
        """Remove a document and everything only it stated; False if it was not there."""
        with self.transaction() as conn:
            touched = {
                row[0]
                for row in conn.execute(
                    "SELECT DISTINCT claim_id FROM evidence WHERE document_id = ?", (document_id,)
                )
            }
            found = self._delete_document_rows(document_id)
            self._refresh_claims(touched)
        return found

    def _insert_document(self, document: Document) -> None:
        self.conn.execute(
            "INSERT INTO documents(id, kind, data) VALUES (?, ?, ?)",
            (document.id, document.kind, document.model_dump_json()),
        )
        self.tally.documents(1)

    def _delete_document_rows(self, document_id: str) -> bool:
        conn = self.conn
        if self.dialect.ranked:  # keyed by the claims' beliefs, which this write has not changed
            ranked.drop_document(conn, document_id)
        conn.execute(
            "DELETE FROM evidence_fts"
            " WHERE rowid IN (SELECT id FROM evidence WHERE document_id = ?)",
            (document_id,),
        )
        evidence = conn.execute("DELETE FROM evidence WHERE document_id = ?", (document_id,))
        self.tally.evidence(document_id, -int(evidence.rowcount))
        deleted = int(conn.execute("DELETE FROM documents WHERE id = ?", (document_id,)).rowcount)
        self.tally.documents(-deleted)
        return deleted > 0

    def _add_record(self, record: Record) -> str:
        conn = self.conn
        finding = record.finding
        key = claim_key(finding)
        cid = claim_id(key)
        inserted = conn.execute(
            "INSERT INTO claims(id, key, finding, role, model, belief) VALUES (?, ?, ?, ?, ?, 1.0)"
            " ON CONFLICT(id) DO NOTHING",
            (cid, repr(key), finding.model_dump_json(), finding.outcome.role, finding.model),
        ).rowcount
        if inserted:
            self.tally.new_claims.add(cid)
        ev = record.evidence
        self.tally.evidence(ev.document, 1)
        (evidence_id,) = conn.execute(
            "INSERT INTO evidence(claim_id, document_id, locator, data, finding)"
            " VALUES (?, ?, ?, ?, ?) RETURNING id",
            (cid, ev.document, ev.locator, ev.model_dump_json(), finding.model_dump_json()),
        ).fetchone()
        body = " ".join(filter(None, (ev.text, ev.heading, ev.curation_note)))
        if body:
            conn.execute("INSERT INTO evidence_fts(rowid, body) VALUES (?, ?)", (evidence_id, body))
        return cid

    def _add_entity(self, entity: Entity) -> None:
        key = entity.key()
        inserted = self.conn.execute(
            "INSERT INTO entities(key, curie, label, kind, grounded, match)"
            " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            (
                key,
                entity.curie,
                entity.label,
                entity.kind,
                int(entity.grounded),
                match_key(entity.label),
            ),
        ).rowcount
        if inserted:
            self.conn.execute(
                "INSERT INTO entity_fts(entity_key, label) VALUES (?, ?)", (key, entity.label)
            )

    def _refresh_claims(self, claim_ids: Iterable[str]) -> None:
        """Reassemble the touched claims from their evidence (``assemble.claim_from_records``,
        the function the benchmark times), drop claims and entities left without evidence, and
        rebuild the touched claims' derived rows (conflicts, refinements, role counts) and their
        sentences' keys in the ranked text index (``ranked``)."""
        conn = self.conn
        ids = sorted(set(claim_ids))
        self.tally.claims(conn, ids, -1)  # out with what they counted as, in again below
        derived.forget(conn, ids)
        if self.dialect.ranked:  # keyed by the beliefs now stored; keyed anew below (a claim
            # this transaction created has no ranked rows yet: its sentences are all new)
            ranked.forget(conn, [c for c in ids if c not in self.tally.new_claims])
        stored: set[str] = set()  # entity keys already written in this refresh
        claims: list[Claim] = []
        for start in range(0, len(ids), derived.CHUNK):  # statements per chunk, not per claim
            chunk = ids[start : start + derived.CHUNK]
            marks = ",".join("?" for _ in chunk)
            found: dict[str, list[Record]] = {cid: [] for cid in chunk}
            for cid, d, f in conn.execute(
                "SELECT claim_id, data, finding FROM evidence"
                f" WHERE claim_id IN ({marks}) ORDER BY claim_id, id",
                chunk,
            ):
                found[cid].append(
                    Record(Finding.model_validate_json(f), Evidence.model_validate_json(d))
                )
            conn.executemany(
                "DELETE FROM claims WHERE id = ?", [(c,) for c, rows in found.items() if not rows]
            )
            fresh = [claim_from_records(rows) for rows in found.values() if rows]
            claims += fresh
            conn.executemany(
                "UPDATE claims SET finding = ?, belief = ? WHERE id = ?",
                [(c.finding.model_dump_json(), c.belief, c.id) for c in fresh],
            )
            conn.execute(f"DELETE FROM claim_entities WHERE claim_id IN ({marks})", chunk)
            links = []
            for claim in fresh:
                for slot, entity in claim.finding.entities():
                    if entity.key() not in stored:
                        self._add_entity(entity)
                        stored.add(entity.key())
                    links.append((claim.id, slot, entity.key()))
            conn.executemany(
                "INSERT INTO claim_entities(claim_id, slot, entity_key)"
                " VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                links,
            )
        conn.execute(
            "DELETE FROM entity_fts WHERE entity_key NOT IN (SELECT entity_key FROM claim_entities)"
        )
        conn.execute(
            "DELETE FROM entities WHERE key NOT IN (SELECT entity_key FROM claim_entities)"
        )
        self.tally.claims(conn, [c.id for c in claims], 1)
        if self.dialect.ranked:
            ranked.index(conn, [c.id for c in claims])
        derived.index(conn, claims, self.load_claims)

    def records(self, document_id: str) -> list[Record]:
        """Every (finding, evidence) a document contributed, in locator order."""
        return [
            Record(Finding.model_validate_json(f), Evidence.model_validate_json(d))
            for d, f in self.conn.execute(
                "SELECT data, finding FROM evidence WHERE document_id = ? AND finding IS NOT NULL"
                " ORDER BY id",
                (document_id,),
            )
        ]

    def document_ids(self) -> list[str]:
        return [str(r[0]) for r in self.conn.execute("SELECT id FROM documents ORDER BY id")]

    def conflicts(
        self, where: ConflictFilter, limit: int | None = None, offset: int = 0
    ) -> list[Conflict]:
        """Maintained conflicts matching ``where``, by process label and claim ids."""
        return derived.list_conflicts(self.conn, where, limit, offset)

    def count_conflicts(self, where: ConflictFilter) -> int:
        return derived.count_conflicts(self.conn, where)

    def refinements(self, claim_id: str) -> list[Claim]:
        """The maintained refinements of a claim: claims stating it about narrower concepts."""
        return self.load_claims(derived.refinement_ids(self.conn, claim_id))

    def role_counts(self) -> list[tuple[str, str, str, int]]:
        """The maintained claim counts per (MSC source label, disease label, role)."""
        return derived.role_counts(self.conn)

    def get_document(self, document_id: str, *, references: bool = True) -> Document | None:
        """A document; without ``references``, its reference list is left empty (a page that
        only names documents need not read hundreds of references each)."""
        row = self.conn.execute(
            "SELECT data FROM documents WHERE id = ?", (document_id,)
        ).fetchone()
        if row is None:
            return None
        document = Document.model_validate_json(row[0])
        if not references:
            return document
        document.references = [
            Reference.model_validate_json(data)
            for (data,) in self.conn.execute(
                "SELECT data FROM refs WHERE document_id = ? ORDER BY number", (document_id,)
            )
        ]
        return document

    def trials(self) -> list[Trial]:
        """Every trial, each field's values side by side with their sources."""
        out: dict[str, Trial] = {}
        for nct, field, value, source in self.conn.execute(
            "SELECT nct, field, value, source FROM trial_values ORDER BY nct, field, source"
        ):
            trial = out.setdefault(nct, Trial(nct=nct))
            trial.fields.setdefault(field, []).append(SourcedValue(value=value, source=source))
        return list(out.values())

    def definitions(self) -> list[EvDefinition]:
        return [
            EvDefinition.model_validate_json(data)
            for (data,) in self.conn.execute(
                "SELECT data FROM ev_definitions ORDER BY document_id, locator"
            )
        ]

    def data_version(self) -> tuple[int, int] | None:
        """A value that changes whenever the atlas's data may have changed: SQLite's
        ``data_version`` (commits by other connections) with this Store's own write count;
        None on PostgreSQL, which has no such cheap signal (nothing is cached for it)."""
        if not isinstance(self.conn, sqlite3.Connection):
            return None
        return int(self.conn.execute("PRAGMA data_version").fetchone()[0]), self.writes

    def stats(self) -> Stats:
        """Atlas-wide counts, as kept on write (``totals``): one read of the kept counts per
        data version of the atlas; every caller gets the same object (read it, don't change it:
        at 1M claims copying its 100,000 documents' counts costs more than reading them)."""
        version = self.data_version()
        if version is None or self._stats is None or self._stats[0] != version:
            found = totals.stats(self.conn, self.count_trials())
            if version is None:
                return found
            self._stats = (version, found)
        return self._stats[1]

    def recount_stats(self) -> Stats:
        """The same counts over the whole tables (slow at scale; for checks)."""
        return totals.recount(self.conn, self.count_trials())

    def count_trials(self) -> int:
        return int(self.conn.execute("SELECT count(DISTINCT nct) FROM trial_values").fetchone()[0])

    def entities(self, *, grounded: bool | None = None) -> list[tuple[Entity, int]]:
        """Stored entities with the number of claims using each."""
        sql = (
            "SELECT e.curie, e.label, e.kind, e.grounded, count(DISTINCT ce.claim_id)"
            " FROM entities e JOIN claim_entities ce ON ce.entity_key = e.key"
        )
        params: list[int] = []
        if grounded is not None:
            sql += " WHERE e.grounded = ?"
            params.append(int(grounded))
        sql += " GROUP BY e.key ORDER BY e.kind, e.label"
        return [
            (Entity(curie=curie, label=label, kind=kind, grounded=bool(g)), int(n))
            for curie, label, kind, g, n in self.conn.execute(sql, params)
        ]

    def slot_mentions(self) -> tuple[int, int]:
        """(entity mentions across claims, of which grounded)."""
        row = self.conn.execute(
            "SELECT count(*), coalesce(sum(e.grounded), 0) FROM claim_entities ce"
            " JOIN entities e ON e.key = ce.entity_key"
        ).fetchone()
        return int(row[0]), int(row[1])

    def dump(self) -> str:
        """Every content row as JSON, without row ids: two equal states dump equal."""
        queries = {
            "documents": "id, kind, data",
            "refs": "document_id, number, data",
            "claims": "id, key, finding, role, model, belief",
            "evidence": "claim_id, document_id, locator, data, finding",
            "entities": "key, curie, label, kind, grounded, match",
            "claim_entities": "claim_id, slot, entity_key",
            "trial_values": "nct, field, value, source",
            "ev_definitions": "document_id, locator, data",
            "method_facts": "method_curie, method_kind, data",
            "dataset_rows": "dataset, document_id, row, data",
            "claim_pair_keys": "claim_id, purpose, bucket, side, token",
            "conflicts": "a, b, kind, process_label, data, disputed",
            "refinements": "narrow, broad",
            "claim_cells": "claim_id, source, disease, role",
            "role_cells": "source, disease, role, claims",
            "atlas_counts": "facet, value, n",
        }
        state = {
            table: sorted(
                json.dumps(list(r), default=str)
                for r in self.conn.execute(f"SELECT {columns} FROM {table}")
            )
            for table, columns in queries.items()
        }
        return json.dumps(state, sort_keys=True, default=str)

    def close(self) -> None:
        self.conn.close()


def open_store(target: str | Path | None, *, create: bool, readonly: bool = False) -> Store:
    """An atlas file (None or ':memory:' is in memory), or a ``postgresql://`` database.

    ``readonly``: never create or migrate; a SQLite file is opened read-only."""
    if is_postgres_url(target):
        conn = connect_postgres(str(target), create=create and not readonly)
        return Store(conn, postgres_dialect(), readonly=readonly, where="the atlas")
    where = "the in-memory atlas" if target in (None, ":memory:") else repr(str(target))
    return Store(
        connect(target, create=create, readonly=readonly),
        readonly=readonly and target not in (None, ":memory:"),
        where=where,
    )
