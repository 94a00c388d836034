"""HTML pages over the atlas. Read-only; every value is autoescaped by the templates."""

from collections import defaultdict
from collections.abc import Callable
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import Depends, FastAPI, File, Form, HTTPException, Query, Request, UploadFile
from fastapi.responses import HTMLResponse

from exoatlas.atlas import COUNT_LIMIT, MAX_LIMIT, Atlas
from exoatlas.errors import InputError
from exoatlas.model import CONFLICT_KINDS, ENTITY_KINDS, MODEL_SYSTEMS, ROLES, Claim
from exoatlas.web import render_page

FACET_NAMES = {
    "source": "source",
    "disease": "disease",
    "role": "role",
    "model": "model",
    "cargo_kind": "cargo kind",
    "document": "document",
}
SEARCH_PAGE = 100
CONFLICTS_PAGE = 100
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


def register_pages(app: FastAPI, get_atlas: Callable[[], Atlas]) -> None:
    AtlasDep = Annotated[Atlas, Depends(get_atlas)]

    def page(template: str, **context: Any) -> HTMLResponse:
        return HTMLResponse(render_page(template, **context))

    @app.get("/", response_class=HTMLResponse)
    async def home(atlas: AtlasDep) -> HTMLResponse:
        return page("home.html", stats=atlas.stats())

    @app.get("/search", response_class=HTMLResponse)
    async def search(request: Request, atlas: AtlasDep) -> HTMLResponse:
        terms = {k: (request.query_params.get(k) or None) for k in FILTERS}
        given = {
            "cargo": terms["cargo"],
            "source": terms["source"],
            "disease": terms["disease"],
            "role": terms["role"] if terms["role"] in ROLES else None,
            "text": terms["q"],
            "model": terms["model"] if terms["model"] in MODEL_SYSTEMS else None,
            "document": terms["document"],
            "cargo_kind": terms["cargo_kind"] if terms["cargo_kind"] in ENTITY_KINDS else None,
        }
        try:
            claims = atlas.query(limit=SEARCH_PAGE, offset=0, **given)
            total = atlas.count(at_most=COUNT_LIMIT, **given)
            counted = atlas.facets(**given)
        except InputError:
            claims, total, counted = [], 0, {}
        # counted in SQL over the whole result (GROUP BY), not over the page shown
        facets = {FACET_NAMES[name]: values for name, values in counted.items()}

        def facet_link(name: str, value: str) -> str:
            key = {
                "source": "source",
                "disease": "disease",
                "role": "role",
                "model": "model",
                "cargo kind": "cargo_kind",
                "document": "document",
            }[name]
            query = {k: v for k, v in terms.items() if v}
            query[key] = value
            return "/search?" + urlencode(query)

        return page(
            "search.html",
            claims=claims,
            total=total,
            terms=terms,
            roles=ROLES,
            facets=facets,
            facet_link=facet_link,
        )

    @app.get("/claims/{claim_id}", response_class=HTMLResponse)
    async def claim_page(claim_id: str, atlas: AtlasDep) -> HTMLResponse:
        claim = atlas.get_claim(claim_id)
        if claim is None:
            raise HTTPException(status_code=404, detail=f"no claim {claim_id!r}")
        references = {ev.document: atlas.references(ev.document) for ev in claim.evidence}
        conflicts = atlas.conflicts(claim=claim.id, limit=MAX_LIMIT)
        return page(
            "claim.html",
            claim=claim,
            references=references,
            conflicts=conflicts,
            refinements=atlas.refinements(claim.id),
        )

    @app.get("/entities/{curie:path}", response_class=HTMLResponse)
    async def entity_page(curie: str, atlas: AtlasDep) -> HTMLResponse:
        found = atlas.entity(curie)
        if found is None:
            raise HTTPException(status_code=404, detail=f"no entity {curie!r} in the atlas")
        entity, claims, ancestors = found
        by_role: dict[str, list[Claim]] = defaultdict(list)
        for claim in claims:
            by_role[claim.finding.outcome.role].append(claim)
        return page("entity.html", entity=entity, by_role=dict(by_role), ancestors=ancestors)

    @app.get("/conflicts", response_class=HTMLResponse)
    async def conflicts_page(
        atlas: AtlasDep,
        kind: str | None = None,
        disease: str | None = None,
        source: str | None = None,
        document: str | None = None,
        offset: Annotated[int, Query(ge=0)] = 0,
    ) -> HTMLResponse:
        filters = {
            "kind": kind if kind in CONFLICT_KINDS else None,
            "disease": disease or None,
            "source": source or None,
            "document": document or None,
        }
        matrix = atlas.role_matrix()
        cells = {(c["source"], c["disease"]): c for c in matrix["cells"]}  # type: ignore[attr-defined]
        conflicts = atlas.conflicts(**filters, limit=CONFLICTS_PAGE, offset=offset)
        total = atlas.count_conflicts(**filters)

        def link(at: int) -> str:
            query = {k: v for k, v in filters.items() if v}
            return "/conflicts?" + urlencode({**query, "offset": at})

        return page(
            "conflicts.html",
            matrix=matrix,
            cells=cells,
            conflicts=conflicts,
            total=total,
            offset=offset,
            filters=filters,
            kinds=CONFLICT_KINDS,
            next_link=link(offset + CONFLICTS_PAGE) if offset + CONFLICTS_PAGE < total else None,
            previous_link=link(max(0, offset - CONFLICTS_PAGE)) if offset else None,
            colour=_colour,
        )

    @app.get("/graph", response_class=HTMLResponse)
    async def graph_page(entity: str | None = None) -> HTMLResponse:
        return page("graph.html", entity=entity)

    @app.get("/trials", response_class=HTMLResponse)
    async def trials_page(atlas: AtlasDep) -> HTMLResponse:
        return page("trials.html", trials=atlas.trials())

    @app.get("/qc", response_class=HTMLResponse)
    async def qc_form() -> HTMLResponse:
        return page("qc_upload.html", error=None)

    @app.post("/qc", response_class=HTMLResponse)
    async def qc_report(
        atlas: AtlasDep,
        export: Annotated[UploadFile, File()],
        description: Annotated[str, Form()] = "",
    ) -> HTMLResponse:
        from exoatlas.analyze.qc import qc_sample
        from exoatlas.analyze.qc_report import histogram_png, html_report
        from exoatlas.ingest.sizes import parse_size_bytes

        data = await export.read(20_000_001)
        try:
            if len(data) > 20_000_000:
                raise InputError("the export is over 20 MB")
            name = export.filename or "upload"
            samples = parse_size_bytes(data, name, tsv=name.endswith(".tsv"), where=name)
            described = _description(description)
            reports = [qc_sample(s, described, atlas.definitions()) for s in samples]
        except InputError as exc:
            return HTMLResponse(render_page("qc_upload.html", error=str(exc)), status_code=422)
        png = histogram_png(samples, atlas.definitions())
        return HTMLResponse(html_report(reports, png))

    @app.get("/design", response_class=HTMLResponse)
    async def design_page(
        atlas: AtlasDep,
        indication: str | None = None,
        goal: str = "regenerate",
        cargo: str | None = None,
        priority: str = "gmp",
    ) -> HTMLResponse:
        form = {"indication": indication, "goal": goal, "cargo": cargo, "priority": priority}
        if not indication:
            return page("design_page.html", form=form, report=None, error=None)
        try:
            report = atlas.design(indication, goal, cargo=cargo or None, priority=priority)
        except InputError as exc:
            return page("design_page.html", form=form, report=None, error=str(exc))
        return page("design_page.html", form=form, report=report, error=None)

    @app.get("/documents/{document_id:path}", response_class=HTMLResponse)
    async def document_page(document_id: str, atlas: AtlasDep) -> HTMLResponse:
        document = atlas.get_document(document_id)
        if document is None:
            raise HTTPException(status_code=404, detail=f"no document {document_id!r}")
        reports = atlas.audit_stored([document_id])
        return page(
            "document.html",
            document=document,
            reports=reports,
            records=atlas.records(document_id),
        )


def _description(text: str) -> dict[str, Any]:
    from exoatlas.ingest.description import parse_description

    return parse_description(text, "the description")
