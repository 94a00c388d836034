"""The Atlas's queries: claims by terms and facets, conflicts, refinements and the role matrix.

``AtlasQueries`` is the read half of ``exoatlas.atlas.Atlas`` (split off to keep each module under
600 lines); every request path goes through it, and none reads every claim.
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass, field

from exoatlas.analyze.conflicts import matrix_from_counts
from exoatlas.errors import InputError
from exoatlas.ground import ground_label
from exoatlas.model import CONFLICT_KINDS, ENTITY_KINDS, MODEL_SYSTEMS, ROLES, Claim, Conflict
from exoatlas.store import ClaimFilter, ConflictFilter, Store
from exoatlas.store.query import COUNT_LIMIT as COUNT_LIMIT
from exoatlas.store.query import COUNT_TIME_S, Count, FacetCounts
from exoatlas.vocab.hierarchy import refines

MAX_LIMIT = 1000
MAX_OFFSET = 10**12  # far past any atlas; keeps an offset inside SQLite's 64-bit integers


TERM_CACHE_SIZE = 4096


@dataclass
class TermCache:
    """Entity keys of search terms, valid for one data version of the atlas."""

    version: Hashable
    keys: dict[tuple[str, tuple[str, ...], bool], frozenset[str]] = field(default_factory=dict)


class AtlasQueries:
    """Queries over ``self.store``."""

    store: Store
    _term_cache: TermCache | None = None

    def query(
        self,
        *,
        cargo: str | None = None,
        source: str | None = None,
        disease: str | None = None,
        role: str | None = None,
        text: str | None = None,
        limit: int = 50,
        offset: int = 0,
        **facets: str | None,
    ) -> list[Claim]:
        """Claims matching every given term, highest belief first.

        Terms are grounded first: a source term such as 'BM-MSC' resolves to its vocabulary id;
        a miRNA term matches its arms (miR-21 finds miR-21-5p). ``model``, ``document`` and
        ``cargo_kind`` filter on exact values (the facets' values).
        """
        if not 1 <= limit <= MAX_LIMIT:
            raise InputError(f"limit must be between 1 and {MAX_LIMIT}")
        if offset < 0:
            raise InputError("offset must be >= 0")
        where = self._claim_filter(cargo, source, disease, role, text, **facets)
        return self.store.query_claims(where, limit=limit, offset=offset)

    def count(
        self,
        *,
        cargo: str | None = None,
        source: str | None = None,
        disease: str | None = None,
        role: str | None = None,
        text: str | None = None,
        at_most: int = COUNT_LIMIT,
        **facets: str | None,
    ) -> Count:
        """How many claims ``query`` finds with the same terms: exact, or (counting stopped at
        ``at_most`` claims or after ``COUNT_TIME_S``) at least ``Count.n``."""
        where = self._claim_filter(cargo, source, disease, role, text, **facets)
        return self.store.count_claims(where, at_most, COUNT_TIME_S)

    def facets(
        self,
        *,
        cargo: str | None = None,
        source: str | None = None,
        disease: str | None = None,
        role: str | None = None,
        text: str | None = None,
        whole: bool = True,
        **facets: str | None,
    ) -> FacetCounts:
        """For each facet (source, disease, role, model, cargo_kind, document), the values most
        claims matching the terms have, with their counts: SQL ``GROUP BY`` over the whole
        result under a time limit (``FacetCounts.exact``), else over part of it ("at least";
        ``whole=False`` goes there at once, for a result known to be large)."""
        where = self._claim_filter(cargo, source, disease, role, text, **facets)
        return self.store.facet_counts(where, whole=whole)

    def _claim_filter(
        self,
        cargo: str | None,
        source: str | None,
        disease: str | None,
        role: str | None,
        text: str | None,
        *,
        model: str | None = None,
        document: str | None = None,
        cargo_kind: str | None = None,
    ) -> ClaimFilter:
        if role is not None and role not in ROLES:
            raise InputError(f"unknown role {role!r}; choose from {', '.join(ROLES)}")
        if model is not None and model not in MODEL_SYSTEMS:
            raise InputError(f"unknown model {model!r}; choose from {', '.join(MODEL_SYSTEMS)}")
        if cargo_kind is not None and cargo_kind not in ENTITY_KINDS:
            raise InputError(f"unknown cargo kind {cargo_kind!r}")
        return ClaimFilter(
            model=model or None,
            document=document or None,
            cargo_kind=cargo_kind or None,
            cargo=self._keys(cargo, ("mirna", "gene", "other", "drug")),
            source=self._keys(source, ("msc_source",)),
            disease=self._keys(disease, ("disease",), substring=True),
            role=role,
            text=text if text is not None and text.strip() else None,
        )

    def _keys(
        self, term: str | None, kinds: tuple[str, ...], *, substring: bool = False
    ) -> frozenset[str] | None:
        """The entity keys a term names (grounded, and every stored concept refining it): kept
        per atlas data version, since a search asks for them for its page, total and facets."""
        if term is None or not term.strip():
            return None
        version = self.store.data_version()
        if version is None:
            return self._resolve(term, kinds, substring)
        if self._term_cache is None or self._term_cache.version != version:
            self._term_cache = TermCache(version)
        key = (term, kinds, substring)
        found = self._term_cache.keys.get(key)
        if found is None:
            found = self._term_cache.keys[key] = self._resolve(term, kinds, substring)
            if len(self._term_cache.keys) > TERM_CACHE_SIZE:
                self._term_cache.keys.pop(next(iter(self._term_cache.keys)))
        return found

    def _resolve(self, term: str, kinds: tuple[str, ...], substring: bool) -> frozenset[str]:
        keys = self.store.entity_keys(term, kinds, substring=substring)
        grounded = {
            e.curie
            for kind in kinds
            if (e := ground_label(term, kind)).grounded and e.curie  # type: ignore[arg-type]
        }
        keys |= grounded
        # hierarchy: a general term also finds every stored concept that refines it
        for key, curie in self.store.entity_curies(kinds):
            if any(refines(curie, general) for general in grounded):
                keys.add(key)
        return frozenset(keys)

    def _conflict_filter(
        self,
        claim: str | None,
        kind: str | None,
        disease: str | None,
        source: str | None,
        document: str | None,
    ) -> ConflictFilter:
        if kind is not None and kind not in CONFLICT_KINDS:
            raise InputError(f"unknown kind {kind!r}; choose from {', '.join(CONFLICT_KINDS)}")
        return ConflictFilter(
            claim=claim,
            kind=kind,
            disease=self._keys(disease, ("disease",), substring=True),
            source=self._keys(source, ("msc_source",)),
            document=document or None,
        )

    def conflicts(
        self,
        *,
        claim: str | None = None,
        kind: str | None = None,
        disease: str | None = None,
        source: str | None = None,
        document: str | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[Conflict]:
        """Opposite-direction claim pairs, each explained by context or not (kept in the store,
        updated for the claims each write touches); filtered, and paged when ``limit`` is given.
        """
        if offset < 0:
            raise InputError("offset must be >= 0")
        where = self._conflict_filter(claim, kind, disease, source, document)
        return self.store.conflicts(where, limit, offset)

    def count_conflicts(
        self,
        *,
        claim: str | None = None,
        kind: str | None = None,
        disease: str | None = None,
        source: str | None = None,
        document: str | None = None,
    ) -> int:
        """How many conflicts ``conflicts`` would list with the same filters and no limit."""
        where = self._conflict_filter(claim, kind, disease, source, document)
        return self.store.count_conflicts(where)

    def role_matrix(self) -> dict[str, object]:
        """Claims counted by MSC source × disease × role (a count the store maintains)."""
        return matrix_from_counts(self.store.role_counts())

    def refinements(self, claim_id: str) -> list[Claim]:
        """More specific claims that support this one (every key concept equal or narrower)."""
        return self.store.refinements(claim_id)
