"""Reads of claims: by id, by entity, and the query planner over the claim indexes.

``ClaimReads`` is the read half of ``Store`` (``store/core.py`` holds the writes); it needs only
the connection and the dialect.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from exoatlas.assemble import disputes
from exoatlas.ground import match_key
from exoatlas.model import Claim, Evidence, Finding
from exoatlas.store import ranked
from exoatlas.store.dialect import Connection, Dialect, deadline

# an entity term naming fewer claims than this drives a query; broader ones filter a walk of the
# claims in belief order. Text search drives below TEXT_SELECTIVE matching sentences: testing one
# claim's evidence against a full-text query costs more than an index probe, so the walk only
# pays once matches are dense (measured on 1,000,000 synthetic claims, benchmarks/bench_query.py);
# on SQLite, dense matches are read in belief order from the ranked index instead (store/ranked.py)
SELECTIVE = 2000
TEXT_SELECTIVE = 20_000
TEXT_WINDOW = 20_000  # evidence ids a text search's density is estimated on (_matching_sentences)
# a result's total is counted up to this many claims (X-Total-Count), for at most COUNT_TIME_S;
# past either it is "at least" what was counted. Facets are counted over the whole result for at
# most FACET_TIME_S (as Datasette does), else over the first FACET_SAMPLE claims found ("at least")
# (times are CPU seconds; see dialect.deadline)
COUNT_LIMIT = 10_000
COUNT_TIME_S = 0.05
FACET_TIME_S = 0.1
FACET_SAMPLE = 1000


@dataclass(frozen=True)
class Count:
    """A count of claims; when not ``exact``, at least ``n``."""

    n: int
    exact: bool


@dataclass(frozen=True)
class FacetCounts:
    """Claims per value of each facet; when not ``exact``, each count is at least that many
    (counted over part of the result), and a facet shown empty may have values."""

    values: dict[str, list[tuple[str, int]]]
    exact: bool


@dataclass(frozen=True)
class _Plan:
    """A claim query: its FROM and WHERE clauses over ``c`` with their parameters; or, when
    ``ranked`` is set, the search, filter clauses and their parameters of ``ranked.page``."""

    sql: str
    params: list[object]
    ranked: tuple[str, list[str], list[object]] | None = None


@dataclass(frozen=True)
class ClaimFilter:
    """Query terms; each entity term is a set of entity keys, already resolved."""

    cargo: frozenset[str] | None = None
    source: frozenset[str] | None = None
    disease: frozenset[str] | None = None
    role: str | None = None
    text: str | None = None
    model: str | None = None
    document: str | None = None
    cargo_kind: str | None = None


def _entity_facet(column: str, slot: str) -> str:
    return (
        f"SELECT e.{column} AS value, ce.claim_id AS claim FROM hits"
        " JOIN claim_entities ce ON ce.claim_id = hits.id"
        f" AND ce.slot = '{slot}' JOIN entities e ON e.key = ce.entity_key"
    )


# facet name -> SQL giving (value, claim) rows for the matching claims ("hits")
FACETS: dict[str, str] = {
    "source": _entity_facet("label", "msc_source"),
    "disease": _entity_facet("label", "disease"),
    "role": "SELECT c.role AS value, c.id AS claim FROM hits JOIN claims c ON c.id = hits.id",
    "model": "SELECT c.model AS value, c.id AS claim FROM hits JOIN claims c ON c.id = hits.id",
    "cargo_kind": _entity_facet("kind", "cargo"),
    # (|| '': SQLite would otherwise walk all evidence in document order to skip a sort)
    "document": "SELECT ev.document_id || '' AS value, ev.claim_id AS claim FROM hits"
    " JOIN evidence ev ON ev.claim_id = hits.id",
}


class ClaimReads:
    """Typed reads of claims over ``self.conn``."""

    conn: Connection
    dialect: Dialect

    def load_claims(self, claim_ids: Sequence[str]) -> list[Claim]:
        """These claims (those that exist), with their evidence, in id order."""
        return self._claims(sorted(self._claim_rows(claim_ids)))

    def _claim_rows(self, claim_ids: Sequence[str]) -> list[tuple[str, str, float]]:
        """(id, finding, belief) of these claims (those that exist), in no particular order."""
        ids = sorted(set(claim_ids))
        rows: list[tuple[str, str, float]] = []
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            rows += self.conn.execute(
                "SELECT id, finding, belief FROM claims"
                f" WHERE id IN ({','.join('?' for _ in chunk)})",
                chunk,
            ).fetchall()
        return rows

    # -- reads --------------------------------------------------------------------------------

    def get_claim(self, claim_id: str) -> Claim | None:
        row = self.conn.execute(
            "SELECT id, finding, belief FROM claims WHERE id = ?", (claim_id,)
        ).fetchone()
        return None if row is None else self._claims([row])[0]

    def _claims(self, rows: Iterable[tuple[str, str, float]]) -> list[Claim]:
        """Claim rows (id, finding, belief) with their evidence, fetched in one query."""
        rows = list(rows)
        if not rows:
            return []
        evidence: dict[str, list[Evidence]] = {}
        for start in range(0, len(rows), 500):  # bounded IN lists, whatever the row count
            chunk = [row[0] for row in rows[start : start + 500]]
            marks = ",".join("?" for _ in chunk)
            for cid, data, _document, _locator in self.conn.execute(
                "SELECT DISTINCT claim_id, data, document_id, locator FROM evidence"
                f" WHERE claim_id IN ({marks}) ORDER BY claim_id, document_id, locator, data",
                chunk,
            ):
                evidence.setdefault(cid, []).append(Evidence.model_validate_json(data))
        return [_claim(cid, finding, value, evidence.get(cid, [])) for cid, finding, value in rows]

    def entity_keys(self, term: str, kinds: Sequence[str], *, substring: bool = False) -> set[str]:
        """Keys of stored entities of these kinds named by ``term``.

        A term matches a CURIE, a folded label, and the label's sub-forms after a hyphen
        (``miR-21`` matches ``miR-21-5p``); with ``substring`` also any label containing it.
        """
        folded = match_key(term)
        marks = ",".join("?" for _ in kinds)
        sql = (
            f"SELECT key FROM entities WHERE kind IN ({marks}) AND "
            "(lower(curie) = lower(?) OR match = ? OR match LIKE ? ESCAPE '\\'"
        )
        like = folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        params: list[str] = [*kinds, term.strip(), folded, like + "-%"]
        if substring:
            sql += " OR match LIKE ? ESCAPE '\\'"
            params.append("%" + like + "%")
        sql += ")"
        return {row[0] for row in self.conn.execute(sql, params)}

    def query_claims(self, where: ClaimFilter, limit: int = 50, offset: int = 0) -> list[Claim]:
        """Claims matching every term, highest belief first.

        A term naming few claims (under ``SELECTIVE``) drives the query: its claims are fetched
        and sorted. Broad terms (an entity, or words in most sentences) are checked claim by claim
        while the claims are walked in belief order (the ``claims_rank`` index), which stops as
        soon as the page is full — so a term naming half a million claims costs no more than one
        naming a thousand. On SQLite, words in many sentences are found in belief order instead
        (``store/ranked.py``): the index of sentences keyed by belief yields the best matches
        first, where the walk would probe every claim's evidence until the page is full.
        """
        plan = self._claim_where(where)
        if plan is None:
            return []
        if plan.ranked is not None:
            match, clauses, params = plan.ranked
            found = ranked.page(
                self.conn,
                match,
                clauses,
                params,
                self.dialect.entity_search,
                limit,
                offset,
            )
            rows = {row[0]: row for row in self._claim_rows([cid for cid, _ in found])}
            return self._claims(rows[cid] for cid, _ in found)
        sql = "SELECT c.id, c.finding, c.belief" + plan.sql
        sql += " ORDER BY c.belief DESC, c.id LIMIT ? OFFSET ?"
        return self._claims(self.conn.execute(sql, [*plan.params, limit, offset]))

    def count_claims(
        self, where: ClaimFilter, at_most: int = COUNT_LIMIT, seconds: float = COUNT_TIME_S
    ) -> Count:
        """How many claims ``query_claims`` would find: exact when counting ended under
        ``at_most`` claims and within ``seconds``; else at least the claims counted by then."""
        plan = self._claim_where(where, ordered=False)
        if plan is None:
            return Count(0, True)
        sql, params = plan.sql, plan.params
        seen: set[str] = set()
        rows = 0
        try:
            with deadline(self.conn, seconds):
                for (claim,) in self.conn.execute(f"SELECT c.id{sql} LIMIT ?", [*params, at_most]):
                    seen.add(claim)  # a claim may come twice from the text index
                    rows += 1
        except self.dialect.interrupted as exc:
            _raise_unless_interrupted(exc)
            return Count(len(seen), False)
        return Count(len(seen), rows < at_most)

    def facet_counts(
        self,
        where: ClaimFilter,
        top: int = 12,
        *,
        whole: bool = True,
        seconds: float | None = None,
    ) -> FacetCounts:
        """Claims per value of each facet, the ``top`` values of each, most claims first.

        With ``whole`` (say, a result already counted exactly) the counts are SQL ``GROUP BY``
        over the whole result, under a time limit (as Datasette does). Past it, or without
        ``whole``, they are counted over the first ``FACET_SAMPLE`` matching claims the database
        finds, each count then "at least"; past the time limit again, there are none."""
        seconds = FACET_TIME_S if seconds is None else seconds
        plan = self._claim_where(where, ordered=False)
        if plan is None:
            return FacetCounts({name: [] for name in FACETS}, True)
        sql, params = plan.sql, plan.params
        union = " UNION ALL ".join(
            f"SELECT '{name}' AS facet, value, count(DISTINCT claim) AS n FROM ({rows})"
            f" AS f_{name} GROUP BY value"
            for name, rows in FACETS.items()
        )
        attempts = [("", params, True)] if whole else []
        attempts.append((" LIMIT ?", [*params, FACET_SAMPLE], False))
        for limit, values, exact in attempts:
            try:
                with deadline(self.conn, seconds):
                    counted = self.conn.execute(
                        f"WITH hits AS MATERIALIZED (SELECT c.id{sql}{limit}) {union}", values
                    ).fetchall()
            except self.dialect.interrupted as exc:
                _raise_unless_interrupted(exc)
                continue
            out: dict[str, list[tuple[str, int]]] = {name: [] for name in FACETS}
            for facet, value, n in counted:
                out[str(facet)].append((str(value), int(n)))
            top_values = {
                name: sorted(found, key=lambda vn: (-vn[1], vn[0]))[:top]
                for name, found in out.items()
            }
            return FacetCounts(top_values, exact)
        return FacetCounts({name: [] for name in FACETS}, False)

    def _claim_where(self, where: ClaimFilter, *, ordered: bool = True) -> _Plan | None:
        """The FROM and WHERE clauses (with their parameters) of a claim query over ``c``;
        None when it finds nothing. Not ``ordered`` (counts, facets), words in many sentences
        drive the query from the full-text index, streamed, unless an entity term names few
        claims; a claim may then come twice. ``ordered``, on a dialect with the ranked index,
        with no entity term naming few claims and no document term, such words make a
        ``ranked`` plan instead (``store/ranked.py``)."""
        clauses: list[str] = []
        params: list[object] = []
        terms: list[tuple[int, str, list[str]]] = []
        named = {"cargo": where.cargo, "msc_source": where.source, "disease": where.disease}
        for slot, given in named.items():
            if given is not None:
                terms.append((self._claims_naming(slot, given), slot, sorted(given)))
        terms.sort(key=lambda term: term[0])
        selective = bool(terms) and terms[0][0] < SELECTIVE
        for index, (_count, slot, keys) in enumerate(terms):
            key_marks = ",".join("?" for _ in keys) or "NULL"
            if index == 0 and selective:
                clauses.append(
                    "c.id IN (SELECT claim_id FROM claim_entities"
                    f" WHERE slot = ? AND entity_key IN ({key_marks}))"
                )
            else:
                clauses.append(
                    "EXISTS (SELECT 1 FROM claim_entities ce WHERE ce.claim_id = c.id"
                    f" AND ce.slot = ? AND ce.entity_key IN ({key_marks}))"
                )
            params.extend([slot, *keys])
        if where.role is not None:
            clauses.append("c.role = ?")
            params.append(where.role)
        if where.model is not None:
            clauses.append("c.model = ?")
            params.append(where.model)
        if where.document is not None:
            clauses.append("c.id IN (SELECT claim_id FROM evidence WHERE document_id = ?)")
            params.append(where.document)
        if where.cargo_kind is not None:
            clauses.append(
                "EXISTS (SELECT 1 FROM claim_entities ce JOIN entities e ON e.key = ce.entity_key"
                " WHERE ce.claim_id = c.id AND ce.slot = 'cargo' AND e.kind = ?)"
            )
            params.append(where.cargo_kind)
        if where.text is None:
            return _Plan(" FROM claims c" + _where(clauses), params)
        match = self.dialect.search_parameter(where.text)
        if match is None:
            return None
        search, labels = self.dialect.evidence_search, self.dialect.entity_search
        # words in few sentences but in the labels of many claims' entities ('disease' at
        # 1,000,000 synthetic claims: 8.8 s fetched and sorted) are walked or ranked too
        dense = (
            self._matching_sentences(match) >= TEXT_SELECTIVE
            or self._claims_by_label(match) >= SELECTIVE
        )
        if dense and ordered and not selective and where.document is None and self.dialect.ranked:
            # (a document names ten-odd claims: the walk below drives from them)
            return _Plan("", [], (match, list(clauses), list(params)))
        if not dense:  # few match: fetch their claims
            clauses.append(
                f"(c.id IN (SELECT claim_id FROM evidence WHERE id IN ({search}))"
                f" OR c.id IN (SELECT claim_id FROM claim_entities WHERE entity_key IN ({labels})))"
            )
        elif ordered or selective:  # common words: test each claim's evidence as it comes,
            # one word at a time (a sentence failing the first word costs one index probe, not
            # one per word: three common words took half the time of one three-word probe)
            words = self.dialect.search_words(where.text)
            if self.dialect.name == "sqlite":  # the rarest word first: most sentences stop there
                words.sort(key=self._matching_sentences)
            probes = " AND ".join(f"e.id IN ({search} AND rowid = e.id)" for _ in words)
            clauses.append(
                f"(EXISTS (SELECT 1 FROM evidence e WHERE e.claim_id = c.id AND {probes})"
                " OR EXISTS (SELECT 1 FROM claim_entities ce WHERE ce.claim_id = c.id"
                f" AND ce.entity_key IN ({labels})))"
            )
            params.extend([*words, match])
            return _Plan(" FROM claims c" + _where(clauses), params)
        else:  # common words, any order: the sentences' claims as the index yields them, then
            # the claims whose entity labels match (UNION ALL streams; UNION would not)
            rest = "".join(f" AND {clause}" for clause in clauses)
            sql = (
                f" FROM ({search}) AS m JOIN evidence ev ON ev.id = m.rowid"
                f" JOIN claims c ON c.id = ev.claim_id WHERE 1 = 1{rest}"
                " UNION ALL SELECT c.id FROM claims c WHERE c.id IN"
                f" (SELECT claim_id FROM claim_entities WHERE entity_key IN ({labels})){rest}"
            )
            return _Plan(sql, [match, *params, match, *params])
        params.extend([match, match])
        return _Plan(" FROM claims c" + _where(clauses), params)

    def _claims_by_label(self, match: str) -> int:
        """How many claims name an entity whose label matches a text search, counted up to
        ``SELECTIVE``."""
        labels = self.dialect.entity_search
        row = self.conn.execute(
            "SELECT count(*) FROM (SELECT 1 FROM claim_entities"
            f" WHERE entity_key IN ({labels}) LIMIT ?) AS hits",
            (match, SELECTIVE),
        ).fetchone()
        return int(row[0])

    def _matching_sentences(self, match: str) -> int:
        """About how many evidence sentences a text search matches (PostgreSQL: counted up to
        ``TEXT_SELECTIVE``). SQLite: the matches among the first ``TEXT_WINDOW`` evidence ids,
        scaled to all of them (exact on a smaller atlas): counting the matches themselves, three
        common words intersected cost 35 ms at 1,000,000 claims, the window under 1 ms."""
        search = self.dialect.evidence_search
        if self.dialect.name != "sqlite":
            row = self.conn.execute(
                f"SELECT count(*) FROM ({search} LIMIT ?) AS hits", (match, TEXT_SELECTIVE)
            ).fetchone()
            return int(row[0])
        top = int(self.conn.execute("SELECT coalesce(max(id), 0) FROM evidence").fetchone()[0])
        window = max(1, min(TEXT_WINDOW, top))
        row = self.conn.execute(
            f"SELECT count(*) FROM ({search} AND rowid <= ?) AS hits", (match, window)
        ).fetchone()
        return int(row[0]) * top // window

    def _claims_naming(self, slot: str, keys: Sequence[str] | frozenset[str]) -> int:
        """How many claims name one of ``keys`` in ``slot``, counted up to ``SELECTIVE``."""
        if not keys:
            return 0
        marks = ",".join("?" for _ in keys)
        row = self.conn.execute(
            "SELECT count(*) FROM (SELECT 1 FROM claim_entities WHERE slot = ?"
            f" AND entity_key IN ({marks}) LIMIT ?) AS hits",
            [slot, *sorted(keys), SELECTIVE],
        ).fetchone()
        return int(row[0])

    def entity_curies(self, kinds: Sequence[str]) -> list[tuple[str, str]]:
        """(key, curie) of stored grounded entities of these kinds."""
        marks = ",".join("?" for _ in kinds)
        return [
            (str(k), str(c))
            for k, c in self.conn.execute(
                f"SELECT key, curie FROM entities WHERE grounded = 1 AND kind IN ({marks})",
                list(kinds),
            )
        ]

    def claims_with_entities(self, keys: Iterable[str]) -> list[Claim]:
        """Claims naming any of these entity keys, highest belief first."""
        keys = sorted(set(keys))
        if not keys:
            return []
        marks = ",".join("?" for _ in keys)
        rows = self.conn.execute(
            "SELECT id, finding, belief FROM claims WHERE id IN (SELECT claim_id FROM"
            f" claim_entities WHERE entity_key IN ({marks})) ORDER BY belief DESC, id",
            keys,
        )
        return self._claims(rows)

    def all_claims(self) -> list[Claim]:
        """Every claim with its evidence, in id order (two queries, not one per claim)."""
        evidence: dict[str, list[Evidence]] = {}
        for cid, data, _document, _locator in self.conn.execute(
            "SELECT DISTINCT claim_id, data, document_id, locator FROM evidence"
            " ORDER BY claim_id, document_id, locator, data"
        ):
            evidence.setdefault(cid, []).append(Evidence.model_validate_json(data))
        return [
            _claim(cid, finding, value, evidence.get(cid, []))
            for cid, finding, value in self.conn.execute(
                "SELECT id, finding, belief FROM claims ORDER BY id"
            )
        ]


def _where(clauses: Sequence[str]) -> str:
    return " WHERE " + " AND ".join(clauses) if clauses else ""


def _raise_unless_interrupted(exc: Exception) -> None:
    """SQLite says "interrupted" when a deadline stops a statement; other errors go on."""
    if isinstance(exc, sqlite3.OperationalError) and "interrupt" not in str(exc):
        raise exc


def _claim(claim_id: str, finding: str, belief: float, evidence: list[Evidence]) -> Claim:
    """A claim row (its finding as stored JSON) with its evidence and the audit items disputing
    that evidence."""
    return Claim(
        id=claim_id,
        finding=Finding.model_validate_json(finding),
        evidence=evidence,
        belief=belief,
        disputed=disputes(evidence),
    )
