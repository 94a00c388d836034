"""What the store derives per claim and keeps up to date when a write touches the claim.

A claim's pair keys (``assemble.pairs.pair_keys``) index it; the keys another claim probes
(``pair_probes``) find its candidate partners through that index, never by comparing all pairs;
the pure rules (``classify``, ``refines_claim``) decide each candidate pair, and what they say is
kept in ``conflicts`` and ``refinements``. ``role_cells`` counts claims per MSC source × disease ×
role for the conflict map; ``claim_cells`` remembers which cell each claim counts in, so that a
change moves one count instead of recounting.

``forget`` runs before a write changes the claims it touches, ``index`` after: between them
every derived row of a touched claim is rebuilt, and no other claim's rows are read or written.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from exoatlas.assemble.pairs import classify, pair_keys, pair_probes, refines_claim
from exoatlas.model import Claim, Conflict
from exoatlas.store.dialect import Connection

ClaimLoader = Callable[[Sequence[str]], list[Claim]]
CHUNK = 500


def _chunks(items: Sequence[str]) -> Iterable[Sequence[str]]:
    for start in range(0, len(items), CHUNK):
        yield items[start : start + CHUNK]


def _marks(items: Sequence[object]) -> str:
    return ",".join("?" for _ in items)


def forget(conn: Connection, claim_ids: Sequence[str]) -> None:
    """Remove every derived row of these claims (their role counts move out of their cells)."""
    for chunk in _chunks(claim_ids):
        marks = _marks(chunk)
        for source, disease, role, n in conn.execute(
            "SELECT source, disease, role, count(*) FROM claim_cells"
            f" WHERE claim_id IN ({marks}) GROUP BY source, disease, role",
            list(chunk),
        ).fetchall():
            conn.execute(
                "UPDATE role_cells SET claims = claims - ?"
                " WHERE source = ? AND disease = ? AND role = ?",
                (n, source, disease, role),
            )
        conn.execute(f"DELETE FROM claim_cells WHERE claim_id IN ({marks})", list(chunk))
        conn.execute(f"DELETE FROM claim_pair_keys WHERE claim_id IN ({marks})", list(chunk))
        for side in ("a", "b"):  # a pair of two of these claims is gone after the first side
            _add_kinds(
                conn,
                {
                    str(kind): -int(n)
                    for kind, n in conn.execute(
                        f"SELECT kind, count(*) FROM conflicts WHERE {side} IN ({marks})"
                        " GROUP BY kind",
                        list(chunk),
                    )
                },
            )
            conn.execute(f"DELETE FROM conflicts WHERE {side} IN ({marks})", list(chunk))
        conn.execute(f"DELETE FROM refinements WHERE narrow IN ({marks})", list(chunk))
        conn.execute(f"DELETE FROM refinements WHERE broad IN ({marks})", list(chunk))
    conn.execute("DELETE FROM role_cells WHERE claims <= 0")


def index(conn: Connection, claims: Sequence[Claim], load: ClaimLoader) -> None:
    """Derive the rows of these (just written) claims: keys, role cell, conflicts, refinements.

    Set-based: the touched claims' probes go into a temporary table and one join through the
    pair-key index finds every candidate pair of the batch; the rules run in Python on those
    candidates only, and what they accept is written with ``executemany``."""
    conn.executemany(  # in the index's order: each B-tree page is visited once per batch
        "INSERT INTO claim_pair_keys(purpose, bucket, side, token, claim_id)"
        " VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
        sorted((*k, c.id) for c in claims for k in pair_keys(c.finding)),
    )
    _count_cells(conn, claims)
    known: dict[str, Claim] = {c.id: c for c in claims}
    partners = _candidates(conn, claims)
    missing = sorted({p for found in partners.values() for p in found} - known.keys())
    for chunk in _chunks(missing):
        known.update((c.id, c) for c in load(chunk))
    conflicts: dict[tuple[str, str], Conflict] = {}
    refinements: set[tuple[str, str]] = set()
    for claim in claims:
        for other_id in sorted(partners.get(claim.id, ())):
            other = known.get(other_id)
            # probes are symmetric (each finds the other), so a pair of two touched claims is
            # decided once, from the side with the smaller id
            if (
                other is None
                or other_id == claim.id
                or (other_id in partners and other_id < claim.id)
            ):
                continue
            conflict = classify(claim, other)
            if conflict is not None:
                conflicts.setdefault((conflict.a, conflict.b), conflict)
            if refines_claim(claim, other):
                refinements.add((claim.id, other.id))
            if refines_claim(other, claim):
                refinements.add((other.id, claim.id))
    conn.executemany(
        "INSERT INTO conflicts(a, b, kind, process_label, data, disputed)"
        " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
        [
            (c.a, c.b, c.kind, c.process.label, c.model_dump_json(), " ".join(c.disputed) or None)
            for c in conflicts.values()
        ],
    )
    conn.executemany(
        "INSERT INTO refinements(narrow, broad) VALUES (?, ?) ON CONFLICT DO NOTHING",
        sorted(refinements),
    )
    kinds: dict[str, int] = defaultdict(int)
    for conflict in conflicts.values():
        kinds[conflict.kind] += 1
    _add_kinds(conn, kinds)


def _add_kinds(conn: Connection, change: dict[str, int]) -> None:
    """Move the maintained pair count of each kind by ``change[kind]``."""
    conn.executemany(
        "INSERT INTO conflict_kinds(kind, pairs) VALUES (?, ?)"
        " ON CONFLICT (kind) DO UPDATE SET pairs = conflict_kinds.pairs + excluded.pairs",
        sorted((k, n) for k, n in change.items() if n),
    )


PROBE_TABLE = (
    "CREATE TEMPORARY TABLE IF NOT EXISTS pair_probes ("
    " claim_id TEXT NOT NULL, purpose TEXT NOT NULL, bucket TEXT NOT NULL, side TEXT NOT NULL,"
    " token TEXT NOT NULL)"
)


def _candidates(conn: Connection, claims: Sequence[Claim]) -> dict[str, set[str]]:
    """Touched claim id -> the claims indexed under any key it probes (itself included when it
    probes its own keys): one join of the batch's probes with the pair-key index."""
    conn.execute(PROBE_TABLE)
    conn.execute("DELETE FROM pair_probes")
    conn.executemany(
        "INSERT INTO pair_probes(claim_id, purpose, bucket, side, token) VALUES (?, ?, ?, ?, ?)",
        [(c.id, *p) for c in claims for p in pair_probes(c.finding)],
    )
    found: dict[str, set[str]] = {c.id: set() for c in claims}
    for mine, theirs in conn.execute(
        "SELECT DISTINCT p.claim_id, k.claim_id FROM pair_probes p"
        " JOIN claim_pair_keys k ON k.purpose = p.purpose AND k.bucket = p.bucket"
        " AND k.side = p.side AND k.token = p.token"
    ):
        found[str(mine)].add(str(theirs))
    conn.execute("DELETE FROM pair_probes")
    return found


def _count_cells(conn: Connection, claims: Sequence[Claim]) -> None:
    cells: dict[tuple[str, str, str], int] = defaultdict(int)
    rows = []
    for claim in claims:
        source, disease = claim.finding.msc_source, claim.finding.recipient.disease
        if source is None or disease is None:
            continue
        cell = (source.label, disease.label, claim.finding.outcome.role)
        cells[cell] += 1
        rows.append((claim.id, *cell))
    conn.executemany(
        "INSERT INTO claim_cells(claim_id, source, disease, role) VALUES (?, ?, ?, ?)", rows
    )
    conn.executemany(
        "INSERT INTO role_cells(source, disease, role, claims) VALUES (?, ?, ?, ?)"
        " ON CONFLICT (source, disease, role)"
        " DO UPDATE SET claims = role_cells.claims + excluded.claims",
        [(*cell, n) for cell, n in sorted(cells.items())],
    )


# -- reads -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ConflictFilter:
    """Which conflicts to list; entity terms are sets of entity keys, already resolved."""

    claim: str | None = None
    kind: str | None = None
    disease: frozenset[str] | None = None
    source: frozenset[str] | None = None
    document: str | None = None


def _conflict_where(where: ConflictFilter) -> tuple[str, list[object]]:
    clauses: list[str] = []
    params: list[object] = []
    if where.claim is not None:
        clauses.append("(k.a = ? OR k.b = ?)")
        params += [where.claim, where.claim]
    if where.kind is not None:
        clauses.append("k.kind = ?")
        params.append(where.kind)
    for slot, keys in (("disease", where.disease), ("msc_source", where.source)):
        if keys is None:
            continue
        ordered = sorted(keys)
        marks = _marks(ordered) or "NULL"
        clauses.append(
            "EXISTS (SELECT 1 FROM claim_entities ce WHERE ce.claim_id IN (k.a, k.b)"
            f" AND ce.slot = ? AND ce.entity_key IN ({marks}))"
        )
        params += [slot, *ordered]
    if where.document is not None:
        clauses.append(
            "EXISTS (SELECT 1 FROM evidence e WHERE e.claim_id IN (k.a, k.b) AND e.document_id = ?)"
        )
        params.append(where.document)
    return (" WHERE " + " AND ".join(clauses) if clauses else ""), params


def list_conflicts(
    conn: Connection, where: ConflictFilter, limit: int | None, offset: int = 0
) -> list[Conflict]:
    """Conflicts by process label, then claim ids; a page of them when ``limit`` is given."""
    sql, params = _conflict_where(where)
    query = f"SELECT k.data FROM conflicts k{sql} ORDER BY k.process_label, k.a, k.b"
    if limit is not None:
        query += " LIMIT ? OFFSET ?"
        params += [limit, offset]
    return [Conflict.model_validate_json(d) for (d,) in conn.execute(query, params)]


def count_conflicts(conn: Connection, where: ConflictFilter) -> int:
    if where == ConflictFilter(kind=where.kind):  # all of them, or one kind: the maintained count
        sql = "" if where.kind is None else " WHERE kind = ?"
        row = conn.execute(
            f"SELECT sum(pairs) FROM conflict_kinds{sql}", [where.kind] if where.kind else []
        ).fetchone()
        return int(row[0] or 0)
    sql, params = _conflict_where(where)
    return int(conn.execute(f"SELECT count(*) FROM conflicts k{sql}", params).fetchone()[0])


def refinement_ids(conn: Connection, claim_id: str) -> list[str]:
    """Ids of the claims that refine this one."""
    return [
        str(r[0])
        for r in conn.execute(
            "SELECT narrow FROM refinements WHERE broad = ? ORDER BY narrow", (claim_id,)
        )
    ]


def role_counts(conn: Connection) -> list[tuple[str, str, str, int]]:
    """(source, disease, role, claims) of every non-empty cell."""
    return [
        (str(s), str(d), str(r), int(n))
        for s, d, r, n in conn.execute(
            "SELECT source, disease, role, claims FROM role_cells WHERE claims > 0"
            " ORDER BY source, disease, role"
        )
    ]
