"""HTML pages over the atlas. Read-only; every value is autoescaped by the templates.

Presentation (labels, document names, snippets) lives in ``web.present``; this module gathers
what each page shows and answers browsers with HTML errors (``/api`` keeps JSON)."""

from collections import defaultdict
from collections.abc import Awaitable, Callable
from importlib import resources
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, Response
from markupsafe import Markup

from exoatlas.analyze.tabular import claim_columns, claim_rows
from exoatlas.assemble import claim_id, claim_key
from exoatlas.atlas import COUNT_LIMIT, MAX_LIMIT, MAX_OFFSET, Atlas
from exoatlas.errors import InputError
from exoatlas.ground import ground, ground_label
from exoatlas.model import (
    CONFLICT_KINDS,
    ENTITY_KINDS,
    MODEL_SYSTEMS,
    ROLES,
    Claim,
    Conflict,
    DesignReport,
    Finding,
)
from exoatlas.store.query import FACET_SAMPLE
from exoatlas.vocab.hierarchy import refines
from exoatlas.web import render_page
from exoatlas.web.download import table_format, table_response
from exoatlas.web.errors import register_error_pages
from exoatlas.web.forms import register_form_pages
from exoatlas.web.offload import Offloader
from exoatlas.web.present import (
    CONFLICT_LABELS,
    Documents,
    context_of,
    human,
    model_label,
    role_label,
    snippet,
)

PAGE_SIZE = 25
PAIRS_PER_PAGE = 20
NEOPLASMS = "mesh:D009369"  # MeSH "Neoplasms": diseases under it are cancers on the heat map
FACETS: dict[str, tuple[str, Callable[[Claim], list[str]]]] = {
    # facet heading -> (query parameter, values of one claim)
    "Role": ("role", lambda c: [c.finding.outcome.role]),
    "Model": ("model", lambda c: [c.finding.model]),
    "MSC source": (
        "source",
        lambda c: [c.finding.msc_source.label] if c.finding.msc_source else [],
    ),
    "Disease": (
        "disease",
        lambda c: [c.finding.recipient.disease.label] if c.finding.recipient.disease else [],
    ),
    "Cargo kind": ("cargo_kind", lambda c: sorted({e.kind for e in c.finding.cargo})),
    "Document": ("document", lambda c: sorted({e.document for e in c.evidence})),
}
FACET_LABELS: dict[str, Callable[[str], str]] = {
    "role": role_label,
    "model": model_label,
    "source": str,
    "disease": str,
}
FILTERS = ("q", "cargo", "source", "disease", "role", "model", "document", "cargo_kind")


def _colour(cell: dict[str, Any] | None) -> str:
    """The heat-map class of a cell: ``heat-pro-N`` / ``heat-anti-N`` by how one-sided it is
    (N = 1..4), grey when it holds no tumour claims, blank when empty. Classes, not inline
    styles, so the content-security policy can forbid inline styles."""
    if not cell:
        return "heat-empty"
    balance = cell.get("balance")
    if balance is None:
        return "heat-none"
    strength = min(4, 1 + int(abs(balance) * 4 - 1e-9)) if balance else 1
    return f"heat-{'pro' if balance > 0 else 'anti'}-{strength}"


def _is_cancer(disease: str, cells: list[dict[str, Any]]) -> bool:
    if any(c["pro_tumor"] or c["anti_tumor"] for c in cells):
        return True
    entity = ground_label(disease, "disease")
    return bool(entity.grounded and entity.curie and refines(entity.curie, NEOPLASMS))


def heat_map(matrix: dict[str, Any]) -> dict[str, Any]:
    """Diseases as rows (cancers first, then the rest, each alphabetical), sources as columns."""
    by_disease: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for cell in matrix["cells"]:
        by_disease[cell["disease"]].append(cell)
    cancer = [d for d in matrix["diseases"] if _is_cancer(d, by_disease[d])]
    other = [d for d in matrix["diseases"] if d not in cancer]
    return {
        "sources": matrix["sources"],
        "groups": [("Cancer", sorted(cancer, key=str.casefold)), ("Not cancer", other)],
        "cells": {(c["source"], c["disease"]): c for c in matrix["cells"]},
    }


def field_value(claim: Claim, name: str, documents: Documents) -> str:
    """A claim's value for a context field named in a conflict's ``differs_in``."""
    finding = claim.finding
    if name == "document":
        return "; ".join(sorted({documents.cite(e.document) for e in claim.evidence}))
    if name in ("cell", "cell_line", "tissue", "disease"):
        entity = getattr(finding.recipient, name)
        return entity.label if entity else "not stated"
    if name in ("targets", "pathways"):
        items = getattr(finding, name)
        return ", ".join(f"{d.entity.label}" for d in items) or "none"
    value = getattr(finding, name, None)
    if isinstance(value, list):
        return ", ".join(e.label for e in value) or "none"
    if value is None:
        return "not stated"
    if name == "model":
        return model_label(str(value))
    return str(value) if isinstance(value, str) else str(value.label)


def resolve_entity(atlas: Atlas, text: str) -> str | None:
    """A CURIE the atlas holds for ``text``: the CURIE itself, or the best grounding of a name
    (as search grounds its terms); None when neither is in the atlas."""
    text = text.strip()
    if not text:
        return None
    if atlas.entity(text) is not None:
        return text
    for match in ground(text).matches:
        if match.curie and atlas.entity(match.curie) is not None:
            return match.curie
    return None


def graph_elements(atlas: Atlas, curie: str) -> dict[str, list[dict[str, Any]]]:
    """The atlas's neighbourhood graph with each edge's role, disease context and chain."""
    elements = atlas.graph(curie)
    found = atlas.entity(curie)
    claims = {c.id: c for c in found[1]} if found else {}
    for edge in elements["edges"]:
        claim = claims.get(edge["data"]["claim"])
        if claim is None:
            continue
        role = claim.finding.outcome.role
        edge["data"].update(
            role=role,
            role_label=role_label(role),
            context=context_of(claim.finding),
            chain=_chain(claim.finding),
        )
        edge["classes"] = f"role-{role}"
    for node in elements["nodes"]:
        if node["data"]["id"] == curie:
            node["classes"] = "centre"
    return elements


def _chain(finding: Finding) -> str:
    from exoatlas.render import claim_chain

    return claim_chain(finding)


def graph_ready() -> bool:
    """Whether `make install` fetched cytoscape.js from npm (the graph view needs it)."""
    vendor = resources.files("exoatlas.web").joinpath("static", "vendor")
    return vendor.joinpath("cytoscape.min.js").is_file()


def design_job(
    location: str, indication: str, goal: str, cargo: str | None, priority: str
) -> DesignReport:
    """A design from the atlas at ``location``, opened afresh and read-only (a forked job)."""
    with Atlas(location, readonly=True) as atlas:
        return atlas.design(indication, goal, cargo=cargo, priority=priority)


def register_pages(
    app: FastAPI, get_atlas: Callable[[], Awaitable[Atlas]], offloader: Offloader
) -> None:
    AtlasDep = Annotated[Atlas, Depends(get_atlas)]
    home_lists: dict[str, Any] = {}  # the home page's top sources and documents, per Stats
    heat_cache: dict[str, Any] = {}  # the conflicts page's map, per data version
    register_error_pages(app)
    register_form_pages(app, get_atlas, offloader)

    def page(template: str, nav: str = "", status: int = 200, **context: Any) -> HTMLResponse:
        return HTMLResponse(render_page(template, nav=nav, **context), status_code=status)

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    async def home(atlas: AtlasDep) -> HTMLResponse:
        documents = Documents(atlas)
        stats = atlas.stats()
        if home_lists.get("stats") is not stats:  # sorted once per data version, not per request
            home_lists.clear()
            home_lists.update(
                stats=stats, sources=_most(stats.by_source), listed=_most(stats.by_document)
            )
        return page(
            "home.html",
            stats=stats,
            documents=documents,
            sources=home_lists["sources"],
            listed=home_lists["listed"],
        )

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    async def search(request: Request, atlas: AtlasDep) -> Response:
        terms = {k: (request.query_params.get(k) or "").strip() or None for k in FILTERS}
        role = terms["role"] if terms["role"] in ROLES else None
        try:
            offset = min(max(0, int(request.query_params.get("offset") or 0)), MAX_OFFSET)
        except ValueError:
            offset = 0
        error = None
        # a value no claim can have is said, never silently dropped while shown as a filter
        for key, allowed in (
            ("role", ROLES),
            ("model", MODEL_SYSTEMS),
            ("cargo_kind", ENTITY_KINDS),
        ):
            if terms[key] is not None and terms[key] not in allowed:
                error = f"no claim has {human(key)} {terms[key]!r}; choose one of " + ", ".join(
                    human(a) for a in allowed
                )
                terms[key] = None
        given = {
            "cargo": terms["cargo"],
            "source": terms["source"],
            "disease": terms["disease"],
            "role": role,
            "text": terms["q"],
            "model": terms["model"] if terms["model"] in MODEL_SYSTEMS else None,
            "document": terms["document"],
            "cargo_kind": terms["cargo_kind"] if terms["cargo_kind"] in ENTITY_KINDS else None,
        }
        # every filter in SQL; the total and the facets counted over the whole result
        # (each under a time limit: past it, "at least", never shown as exact)
        try:
            shown_claims = atlas.query(limit=PAGE_SIZE, offset=offset, **given)
            total_count = atlas.count(at_most=COUNT_LIMIT, **given)
            facet_counts = atlas.facets(**given, whole=total_count.exact)
            total, exact = total_count.n, total_count.exact
            counted, facets_exact = facet_counts.values, facet_counts.exact
        except InputError as exc:
            shown_claims, total, exact, counted, facets_exact = [], 0, True, {}, True
            error = str(exc)
        if not exact and len(shown_claims) < PAGE_SIZE and (shown_claims or offset == 0):
            total, exact = offset + len(shown_claims), True  # this page is the last one
        if shown_claims:  # an empty page past the end bounds nothing from below
            total = max(total, offset + len(shown_claims))
        if exact:
            offset = min(offset, max(0, total - 1))
        documents = Documents(atlas)
        facets: list[tuple[str, str, list[tuple[str, str, int, bool]]]] = []
        for heading, (key, _pick) in FACETS.items():
            values = []
            for value, n in counted.get(key, [])[:10]:
                shown = FACET_LABELS.get(key, human)(value)
                if key == "document":
                    shown = documents.cite(value)
                values.append((shown, facet_link(terms, key, value), n, terms[key] == value))
            if values:
                facets.append((heading, key, values))
        if fmt := table_format(request, request.query_params.get("format")):
            try:
                claims = atlas.query(limit=MAX_LIMIT, offset=0, **given)
            except InputError:
                claims = []
            return table_response(
                claim_rows(claims, atlas.get_document), fmt, "claims", claim_columns()
            )
        # the claims of every filter on this page (up to the first MAX_LIMIT), as the interop CSV
        csv_link = "/search?" + urlencode(
            {**{k: v for k, v in terms.items() if v}, "format": "csv"}
        )
        active = [(k, v) for k, v in terms.items() if v]
        return page(
            "search.html",
            nav="/search",
            claims=shown_claims,
            total=total,
            offset=offset,
            page_size=PAGE_SIZE,
            prev_link=_page_link(terms, offset - PAGE_SIZE) if offset > 0 else None,
            next_link=_page_link(terms, offset + PAGE_SIZE)
            if offset + PAGE_SIZE < total or (not exact and len(shown_claims) == PAGE_SIZE)
            else None,
            terms=terms,
            active=[
                (
                    human(k),
                    documents.cite(v) if k == "document" else FACET_LABELS.get(k, str)(v),
                    unset(terms, k),
                )
                for k, v in active
            ],
            roles=ROLES,
            facets=facets,
            csv_link=csv_link,
            snippet=snippet,
            documents=documents,
            error=error,
            capped=not exact,
            facets_exact=facets_exact,
            facet_sample=FACET_SAMPLE,
        )

    @app.get("/claims/{claim_id}", response_class=HTMLResponse, include_in_schema=False)
    async def claim_page(claim_id: str, atlas: AtlasDep) -> HTMLResponse:
        claim = atlas.get_claim(claim_id)
        if claim is None:
            raise HTTPException(
                status_code=404, detail=f"There is no claim {claim_id!r} in the atlas"
            )
        references = {ev.document: atlas.references(ev.document) for ev in claim.evidence}
        documents = Documents(atlas)
        related = []
        for conflict in atlas.conflicts(claim=claim.id, limit=MAX_LIMIT):
            other = atlas.get_claim(conflict.b if conflict.a == claim.id else conflict.a)
            if other is not None:
                differs = [
                    (human(f), field_value(claim, f, documents), field_value(other, f, documents))
                    for f in conflict.differs_in
                ]
                related.append((conflict, other, differs))
        return page(
            "claim.html",
            claim=claim,
            references=references,
            related=related,
            documents=documents,
            refinements=atlas.refinements(claim.id),
        )

    @app.get("/entities/{curie:path}", response_class=HTMLResponse, include_in_schema=False)
    async def entity_page(curie: str, atlas: AtlasDep) -> HTMLResponse:
        found = atlas.entity(curie)
        if found is None:
            raise HTTPException(
                status_code=404, detail=f"There is no entity {curie!r} in the atlas"
            )
        entity, claims, ancestors = found
        grouped: dict[str, dict[str, list[Claim]]] = defaultdict(lambda: defaultdict(list))
        for claim in claims:
            disease = claim.finding.recipient.disease
            grouped[disease.label if disease else "No disease stated"][
                claim.finding.outcome.role
            ].append(claim)
        order = sorted(grouped, key=lambda d: (d == "No disease stated", -_size(grouped[d]), d))
        return page(
            "entity.html",
            entity=entity,
            groups=[(d, sorted(grouped[d].items(), key=lambda r: -len(r[1]))) for d in order],
            total=len(claims),
            ancestors=ancestors,
            graph=graph_ready(),
        )

    @app.get("/conflicts", response_class=HTMLResponse, include_in_schema=False)
    async def conflicts_page(
        atlas: AtlasDep,
        kind: str | None = None,
        disease: str | None = None,
        source: str | None = None,
        offset: Annotated[int, Query(ge=0)] = 0,
    ) -> HTMLResponse:
        filters = {
            "kind": kind if kind in CONFLICT_KINDS else None,
            "disease": (disease or "").strip() or None,
            "source": (source or "").strip() or None,
        }
        try:
            window = atlas.conflicts(**filters, limit=PAIRS_PER_PAGE, offset=offset)
            total = atlas.count_conflicts(**filters)
        except InputError as exc:
            raise HTTPException(status_code=422, detail=str(exc)) from exc
        kinds = [
            (k, CONFLICT_LABELS.get(k, human(k)), atlas.count_conflicts(kind=k))
            for k in CONFLICT_KINDS
        ]
        documents = Documents(atlas)
        groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for conflict in window:  # grouped by process within the page, in the atlas's order
            pair = _pair(atlas, conflict, documents)
            if pair is not None:
                groups[conflict.process.label].append(pair)
        query = {k: v for k, v in filters.items() if v}

        def link(to: int) -> str:
            return "/conflicts?" + urlencode({**query, "offset": to}) + "#pairs"

        version = atlas.store.data_version()
        if version is None or heat_cache.get("version") != version:
            # the map depends only on the kept role counts: built and rendered once per version
            matrix = atlas.role_matrix()
            heat_html = Markup(render_page("_heatmap.html", heat=heat_map(matrix), colour=_colour))
            heat_cache.clear()
            heat_cache.update(version=version, matrix=matrix, html=heat_html)
        matrix = heat_cache["matrix"]
        return page(
            "conflicts.html",
            nav="/conflicts",
            heat_html=heat_cache["html"],
            groups=groups,
            total=total,
            all_total=sum(n for _, _, n in kinds),
            offset=offset,
            per_page=PAIRS_PER_PAGE,
            prev_link=link(max(0, offset - PAIRS_PER_PAGE)) if offset > 0 else None,
            next_link=link(offset + PAIRS_PER_PAGE) if offset + PAIRS_PER_PAGE < total else None,
            kinds=[k for k in kinds if k[2]],
            diseases=sorted(matrix["diseases"], key=str.casefold),
            sources=matrix["sources"],
            filters=filters,
        )

    @app.get("/graph", response_class=HTMLResponse, include_in_schema=False)
    async def graph_page(atlas: AtlasDep, entity: str | None = None) -> HTMLResponse:
        curie = resolve_entity(atlas, entity) if entity else None
        error = None
        if entity and curie is None:
            error = (
                f"Nothing in the atlas is called {entity!r}; try a name such as miR-21 or "
                "breast cancer, or a CURIE such as mesh:D001943."
            )
        return page(
            "graph.html",
            nav="/graph",
            entity=entity or "",
            curie=curie or ("" if entity else "mesh:D001943"),
            error=error,
            ready=graph_ready(),
            roles=[r for r in ROLES if r != "unknown"],
        )

    @app.get("/trials", response_class=HTMLResponse, include_in_schema=False)
    async def trials_page(atlas: AtlasDep) -> HTMLResponse:
        trials = atlas.trials()
        columns = sorted({f for t in trials for f in t.fields}, key=_trial_order)
        documents = Documents(atlas)

        def sources(values: list[Any]) -> str:
            places = []
            for v in values:
                doc, _, where = v.source.partition(", ")
                places.append(f"{documents.cite(doc)}, {where}" if where else documents.cite(doc))
            return "; ".join(dict.fromkeys(places))

        return page("trials.html", nav="/trials", trials=trials, columns=columns, sources=sources)

    @app.get("/design", response_class=HTMLResponse, include_in_schema=False)
    async def design_page(
        atlas: AtlasDep,
        indication: str | None = None,
        goal: str = "regenerate",
        cargo: str | None = None,
        priority: str = "gmp",
    ) -> HTMLResponse:
        form = {"indication": indication, "goal": goal, "cargo": cargo, "priority": priority}
        if not indication:
            return page("design_page.html", nav="/design", form=form, report=None, error=None)
        try:
            if atlas.location is None:  # an in-memory atlas cannot be opened by another process
                report = atlas.design(indication, goal, cargo=cargo or None, priority=priority)
            else:
                report = await offloader.run(
                    design_job, atlas.location, indication, goal, cargo or None, priority
                )
        except InputError as exc:
            return page(
                "design_page.html",
                nav="/design",
                status=422,
                form=form,
                report=None,
                error=str(exc),
            )
        wanted = {
            cid for recs in report.sections.values() for r in recs[:6] for cid in r.claims[:4]
        }
        wanted |= {cid for r in report.risks[:12] for cid in r.claims[:3]}
        claims = {cid: c for cid in sorted(wanted) if (c := atlas.get_claim(cid)) is not None}
        return page(
            "design_page.html",
            nav="/design",
            form=form,
            report=report,
            error=None,
            claims=claims,
            documents=Documents(atlas),
        )

    @app.get("/documents/{document_id:path}", response_class=HTMLResponse, include_in_schema=False)
    async def document_page(document_id: str, atlas: AtlasDep) -> HTMLResponse:
        from exoatlas.web.present import doi_of, pmid_of

        document = atlas.get_document(document_id)
        if document is None:
            raise HTTPException(
                status_code=404, detail=f"There is no document {document_id!r} in the atlas"
            )
        records = atlas.store.records(document_id)
        findings = [(claim_id(claim_key(r.finding)), r.finding, r.evidence) for r in records]
        citing: dict[str, list[str]] = defaultdict(list)
        for cid, _, evidence in findings:
            for cite in evidence.cites:
                if cid not in citing[cite]:
                    citing[cite].append(cid)
        return page(
            "document.html",
            document=document,
            doi=doi_of(document),
            pmid=pmid_of(document),
            reports=atlas.audit_stored([document_id]),
            findings=findings,
            citing=citing,
            documents=Documents(atlas),
        )


HOME_ROWS = 25  # a large atlas's home page lists the documents and sources with most claims


def _most(counts: dict[str, int]) -> list[tuple[str, int]]:
    """All of ``counts`` in their order when they fit on the home page; else the largest."""
    if len(counts) <= HOME_ROWS:
        return list(counts.items())
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:HOME_ROWS]


def _size(roles: dict[str, list[Claim]]) -> int:
    return sum(len(v) for v in roles.values())


def _pair(atlas: Atlas, conflict: Conflict, documents: Documents) -> dict[str, Any] | None:
    a, b = atlas.get_claim(conflict.a), atlas.get_claim(conflict.b)
    if a is None or b is None:
        return None
    return {
        "conflict": conflict,
        "kind": CONFLICT_LABELS.get(conflict.kind, human(conflict.kind)),
        "a": a,
        "b": b,
        "differs": [
            (human(f), field_value(a, f, documents), field_value(b, f, documents))
            for f in conflict.differs_in
        ],
        "shared": conflict.shared,
        "documents": documents,
    }


TRIAL_ORDER = ("condition", "phase", "route", "cell_source", "cell_type", "participants")


def _trial_order(field_name: str) -> tuple[int, str]:
    return (
        TRIAL_ORDER.index(field_name) if field_name in TRIAL_ORDER else len(TRIAL_ORDER),
        field_name,
    )


def facet_link(terms: dict[str, str | None], key: str, value: str) -> str:
    query = {k: v for k, v in terms.items() if v}
    if query.get(key) == value:
        query.pop(key)
    else:
        query[key] = value
    return "/search?" + urlencode(query)


def unset(terms: dict[str, str | None], key: str) -> str:
    return "/search?" + urlencode({k: v for k, v in terms.items() if v and k != key})


def _page_link(terms: dict[str, str | None], offset: int) -> str:
    query: dict[str, str | int] = {k: v for k, v in terms.items() if v}
    if offset > 0:
        query["offset"] = offset
    return "/search?" + urlencode(query)
