"""Atlas-wide counts kept up to date on write: the numbers of ``Atlas.stats`` (``/api/stats`` and
the home page), read in one small query instead of counting whole tables per request.

``atlas_counts`` holds one row per (facet, value): ``total`` (``claims``, ``evidence``,
``documents``), ``role`` and ``model`` (claims per value), ``msc_source`` and ``disease`` (claims
per entity label in that slot) and ``document`` (evidence items per document). A write adds and
subtracts what it changes (``Tally``); ``recount`` is the same numbers from the whole tables, for
checks (migration 8 fills an older atlas's table once with the same queries).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

from exoatlas.model import Stats
from exoatlas.store.dialect import Connection

CHUNK = 500
SLOTS = ("msc_source", "disease")


class Tally:
    """The count changes of one write transaction, written when it commits (``flush``)."""

    def __init__(self) -> None:
        self.change: Counter[tuple[str, str]] = Counter()
        self.new_claims: set[str] = set()
        """Claims inserted by this transaction: not counted yet, so nothing to subtract."""

    def clear(self) -> None:
        self.change.clear()
        self.new_claims.clear()

    def claims(self, conn: Connection, claim_ids: Sequence[str], sign: int) -> None:
        """Count these claims in (``sign`` 1) or out (-1) with their stored role, model and the
        labels of the entities in their source and disease slots. Counting out runs before a
        write changes the claims' entity links, counting in after; a claim this transaction
        created was never counted, so counting it out does nothing."""
        if sign < 0:
            claim_ids = [c for c in claim_ids if c not in self.new_claims]
        else:  # counted from now on, by whatever refresh touches them next
            self.new_claims.difference_update(claim_ids)
        for start in range(0, len(claim_ids), CHUNK):
            chunk = list(claim_ids[start : start + CHUNK])
            marks = ",".join("?" for _ in chunk)
            for role, model, n in conn.execute(
                f"SELECT role, model, count(*) FROM claims WHERE id IN ({marks})"
                " GROUP BY role, model",
                chunk,
            ).fetchall():
                self.change["total", "claims"] += sign * int(n)
                self.change["role", str(role)] += sign * int(n)
                self.change["model", str(model)] += sign * int(n)
            for slot, label, n in conn.execute(
                "SELECT ce.slot, e.label, count(DISTINCT ce.claim_id) FROM claim_entities ce"
                f" JOIN entities e ON e.key = ce.entity_key WHERE ce.claim_id IN ({marks})"
                " AND ce.slot IN ('msc_source', 'disease') GROUP BY ce.slot, e.label",
                chunk,
            ).fetchall():
                self.change[str(slot), str(label)] += sign * int(n)

    def evidence(self, document_id: str, n: int) -> None:
        self.change["total", "evidence"] += n
        self.change["document", document_id] += n

    def documents(self, n: int) -> None:
        self.change["total", "documents"] += n

    def flush(self, conn: Connection) -> None:
        """Write the changes (inside the transaction, before it commits)."""
        moved = sorted((facet, value, n) for (facet, value), n in self.change.items() if n)
        conn.executemany(
            "INSERT INTO atlas_counts(facet, value, n) VALUES (?, ?, ?) ON CONFLICT (facet, value)"
            " DO UPDATE SET n = atlas_counts.n + excluded.n",
            moved,
        )
        conn.executemany(
            "DELETE FROM atlas_counts WHERE facet = ? AND value = ? AND n <= 0"
            " AND facet <> 'total'",
            [(facet, value) for facet, value, n in moved if n < 0],
        )
        self.clear()


def stats(conn: Connection, trials: int) -> Stats:
    """The maintained counts as ``Stats``, in the orders ``recount`` gives."""
    found: dict[str, dict[str, int]] = {}
    for facet, value, n in conn.execute("SELECT facet, value, n FROM atlas_counts WHERE n > 0"):
        found.setdefault(str(facet), {})[str(value)] = int(n)
    return _stats(found, trials)


def recount(conn: Connection, trials: int) -> Stats:
    """The same numbers as ``stats``, counted over the whole tables (slow on a large atlas:
    for checks, never for a request)."""
    found: dict[str, dict[str, int]] = {"total": {}}
    for table in ("claims", "evidence", "documents"):
        found["total"][table] = int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    for column in ("role", "model"):
        found[column] = _pairs(
            conn.execute(f"SELECT {column}, count(*) FROM claims GROUP BY {column}")
        )
    for slot in SLOTS:
        found[slot] = _pairs(
            conn.execute(
                "SELECT e.label, count(DISTINCT ce.claim_id) FROM claim_entities ce"
                " JOIN entities e ON e.key = ce.entity_key WHERE ce.slot = ? GROUP BY e.label",
                (slot,),
            )
        )
    found["document"] = _pairs(
        conn.execute("SELECT document_id, count(*) FROM evidence GROUP BY document_id")
    )
    return _stats(found, trials)


def _pairs(rows: Iterable[Any]) -> dict[str, int]:
    return {str(k): int(n) for k, n in rows}


def _stats(found: dict[str, dict[str, int]], trials: int) -> Stats:
    total = found.get("total", {})

    def by_name(facet: str) -> dict[str, int]:
        return dict(sorted(found.get(facet, {}).items()))

    def most_first(facet: str) -> dict[str, int]:
        return dict(sorted(found.get(facet, {}).items(), key=lambda kv: (-kv[1], kv[0])))

    return Stats(
        claims=total.get("claims", 0),
        evidence=total.get("evidence", 0),
        documents=total.get("documents", 0),
        trials=trials,
        by_role=by_name("role"),
        by_source=most_first("msc_source"),
        by_disease=most_first("disease"),
        by_model=by_name("model"),
        by_document=by_name("document"),
    )
