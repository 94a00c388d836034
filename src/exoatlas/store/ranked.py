"""Text search in belief order (SQLite): ``evidence_ranked``, a second FTS5 index over the
evidence sentences whose rowid sorts by the belief of the sentence's claim.

The key of a sentence is ``bucket(belief) << 40 | evidence id`` with ``bucket`` a monotone
non-increasing quantisation of its claim's belief (``BUCKETS`` steps over (0, 1]). FTS5 yields a
query's matches in rowid order, straight from its doclists and without a sort, so the sentences
of the best claims come first and a page stops the stream early (``page``), however many
sentences match: three words in 4.5% of a million sentences took 85-165 ms claim by claim (the
walk of ``ClaimReads.query_claims``), a few ms here.

Exactness: a later bucket holds only strictly lower beliefs (``bucket`` is monotone), so once
``offset + limit`` distinct claims are held and the stream has passed the bucket of the last of
them, every claim not yet seen ranks below all of them; what is held is sorted exactly by
(belief DESC, id) and cut. Ties and beliefs closer than one bucket are settled by that sort.

Kept on write (``store/core.py``): a claim's sentences are keyed anew whenever its belief is
recomputed (``forget`` before, ``index`` after), and a deleted sentence leaves with its key
(``drop_document``). The key is derived from the claim's stored belief, so it needs no column: it
is right whenever the belief is committed. Migration 9 fills the index of an older atlas with
``FILL`` (the same arithmetic as ``key``). PostgreSQL has no such index (``SQLITE_ONLY``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # (store/schema.py imports this module, and store/dialect.py imports schema)
    from exoatlas.store.dialect import Connection

BUCKETS = 1 << 22
ID_BITS = 40
ID_MASK = (1 << ID_BITS) - 1
CHUNK = 500
FEW = 2000  # claims naming an entity whose label matches: under this many, fetched
# the key in SQL, as ``key`` computes it (CAST truncates as int() does; both in IEEE doubles)
KEY_SQL = f"(CAST((1.0 - {{belief}}) * {BUCKETS} AS INTEGER) << {ID_BITS}) | {{evidence}}"
# a row holds the sentence and, unindexed, the columns of its claim that a query filters on,
# named as in ``claims``: a page reads them from the row in stream order (sequential pages)
# instead of looking up the evidence row and the claim row of every match (~50 µs a match)
COLUMNS = "body, id, role, model, belief"


def bucket(belief: float) -> int:
    """Higher belief, lower bucket: 0 for belief 1, ``BUCKETS - 1`` just above 0."""
    return int((1.0 - belief) * BUCKETS)


def key(belief: float, evidence_id: int) -> int:
    if not 0 < evidence_id <= ID_MASK:
        raise ValueError(f"evidence id {evidence_id} does not fit a ranked key")
    return (bucket(belief) << ID_BITS) | evidence_id


def _chunks(ids: Sequence[str]) -> list[list[str]]:
    return [list(ids[start : start + CHUNK]) for start in range(0, len(ids), CHUNK)]


def forget(conn: Connection, claim_ids: Sequence[str]) -> None:
    """Remove the ranked rows of these claims' sentences, keyed by the beliefs now stored (run
    before their beliefs change). A sentence that has no row yet (written in this transaction)
    is passed over: deleting an absent rowid is a no-op."""
    for chunk in _chunks(claim_ids):
        marks = ",".join("?" for _ in chunk)
        conn.execute(
            "DELETE FROM evidence_ranked WHERE rowid IN (SELECT "
            + KEY_SQL.format(belief="c.belief", evidence="e.id")
            + f" FROM evidence e JOIN claims c ON c.id = e.claim_id WHERE e.claim_id IN ({marks}))",
            chunk,
        )


def index(conn: Connection, claim_ids: Sequence[str]) -> None:
    """Add the ranked rows of these claims' searchable sentences, keyed by their stored beliefs
    (run after the beliefs are written)."""
    for chunk in _chunks(claim_ids):
        marks = ",".join("?" for _ in chunk)
        conn.execute(
            f"INSERT INTO evidence_ranked(rowid, {COLUMNS}) SELECT "
            + KEY_SQL.format(belief="c.belief", evidence="f.rowid")
            + ", f.body, c.id, c.role, c.model, c.belief FROM evidence e"
            " JOIN claims c ON c.id = e.claim_id"
            f" JOIN evidence_fts f ON f.rowid = e.id WHERE e.claim_id IN ({marks})",
            chunk,
        )


def drop_document(conn: Connection, document_id: str) -> None:
    """Remove the ranked rows of a document's sentences (run before they are deleted)."""
    conn.execute(
        "DELETE FROM evidence_ranked WHERE rowid IN (SELECT "
        + KEY_SQL.format(belief="c.belief", evidence="e.id")
        + " FROM evidence e JOIN claims c ON c.id = e.claim_id WHERE e.document_id = ?)",
        (document_id,),
    )


FILL = (
    f"INSERT INTO evidence_ranked(rowid, {COLUMNS}) SELECT "
    + KEY_SQL.format(belief="c.belief", evidence="f.rowid")
    + " AS k, f.body, c.id, c.role, c.model, c.belief FROM evidence_fts f"
    " JOIN evidence e ON e.id = f.rowid JOIN claims c ON c.id = e.claim_id ORDER BY k"
)


def page(
    conn: Connection,
    match: str,
    clauses: Sequence[str],
    params: Sequence[object],
    labels: str | None,
    limit: int,
    offset: int,
) -> list[tuple[str, float]]:
    """(claim id, belief) of one page of the claims that pass ``clauses`` (SQL over ``c``, the
    claim) and have a sentence matching the FTS5 query ``match`` — or, with ``labels`` (SQL
    selecting entity keys, one ``match`` parameter), name an entity it selects — ordered by
    belief DESC, id."""
    wanted = offset + limit
    if wanted <= 0:
        return []
    rest = "".join(f" AND {clause}" for clause in clauses)
    # the clauses are over claims ``c``: the ranked row answers to that name (``COLUMNS``)
    stream = (
        f"SELECT c.rowid >> {ID_BITS}, c.id, c.belief FROM evidence_ranked c"
        f" WHERE evidence_ranked MATCH ?{rest} ORDER BY c.rowid"
    )
    found: dict[str, float] = {}
    last: int | None = None  # the bucket of the claim that made the count
    for step, claim, belief in conn.execute(stream, [match, *params]):
        if last is not None and step > last:
            break
        if claim not in found:
            found[claim] = belief
            if len(found) == wanted:
                last = step
    if labels is not None:
        found.update(_named(conn, match, rest, params, labels, wanted))
    ranked = sorted(found.items(), key=lambda item: (-item[1], item[0]))
    return ranked[offset:wanted]


def _named(
    conn: Connection,
    match: str,
    rest: str,
    params: Sequence[object],
    labels: str,
    wanted: int,
) -> list[tuple[str, float]]:
    """The best ``wanted`` claims (id, belief) passing the filters ``rest`` that name an entity
    ``labels`` selects: they hold every such claim that can reach the page. Few such claims are
    fetched (the planner would otherwise walk a filter's index, a role's 250,000 claims at
    1,000,000, looking for them); many are found walking the claims in belief order."""
    named = f"SELECT claim_id FROM claim_entities WHERE entity_key IN ({labels})"
    (n,) = conn.execute(f"SELECT count(*) FROM ({named} LIMIT ?) AS n", [match, FEW]).fetchone()
    if not n:
        return []
    if n < FEW:
        return list(
            conn.execute(
                "SELECT DISTINCT c.id, c.belief FROM claim_entities n"
                f" CROSS JOIN claims c ON c.id = n.claim_id WHERE n.entity_key IN ({labels}){rest}",
                [match, *params],
            )
        )
    return list(
        conn.execute(
            # EXISTS, not IN: SQLite walks claims_rank and stops at the page (IN fetched and
            # sorted every claim named: 7 s for a word in 300 labels at 1,000,000 claims)
            "SELECT c.id, c.belief FROM claims c WHERE EXISTS (SELECT 1 FROM claim_entities ce"
            f" WHERE ce.claim_id = c.id AND ce.entity_key IN ({labels})){rest}"
            " ORDER BY c.belief DESC, c.id LIMIT ?",
            [match, *params, wanted],
        )
    )
