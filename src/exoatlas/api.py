"""REST API and web UI: ``get_app(atlas)``; handlers are thin and read the atlas by injection."""

import os
import secrets
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Header, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field, TypeAdapter

from exoatlas.analyze.tabular import claim_columns, claim_rows, model_rows
from exoatlas.atlas import COUNT_LIMIT, MAX_LIMIT, MAX_OFFSET, Atlas, read_text_for_ingest
from exoatlas.errors import InputError
from exoatlas.ground import ground, lexicon
from exoatlas.model import (
    Claim,
    Conflict,
    ConflictKind,
    DesignGoal,
    DesignPriority,
    DesignReport,
    EntityKind,
    GroundResult,
    ModelSystem,
    QCReport,
    Record,
    Role,
    Stats,
    Trial,
)
from exoatlas.read.parsing import nlp
from exoatlas.read.pipeline import read_text
from exoatlas.web.cache import ResponseCache
from exoatlas.web.docs import register_docs
from exoatlas.web.download import TableFormat, table_format, table_response
from exoatlas.web.errors import error_page
from exoatlas.web.offload import DEFAULT_TIME_LIMIT_S, JobFailed, JobTimeout, Offloader
from exoatlas.web.pages import graph_elements, register_pages, resolve_entity
from exoatlas.web.security import Guard


class QCSampleIn(BaseModel):
    name: str = Field(min_length=1, max_length=200, description="sample name")
    csv: str = Field(min_length=1, max_length=20_000_000, description="the export's text")
    description: dict[str, Any] = Field(default_factory=dict, description="sample description")


class DesignRequest(BaseModel):
    indication: str = Field(min_length=1, max_length=200)
    goal: DesignGoal = "regenerate"
    cargo: str | None = Field(None, max_length=200)
    priority: DesignPriority = "gmp"


class ReadRequest(BaseModel):
    text: str = Field(min_length=1, max_length=5_000_000, description="a paper's text")
    title: str | None = Field(None, max_length=500, description="its title, if known")


class IngestResult(BaseModel):
    documents: int
    evidence: int
    claims: int
    skipped: int


class QCRequest(BaseModel):
    samples: list[QCSampleIn] = Field(min_length=1, max_length=50)


def read_items(text: str) -> list[Record]:
    """Read a text into findings (runs in a child process)."""
    return list(read_text(text).records)


def qc_reports(samples: list[QCSampleIn], definitions: list[Any]) -> QCReport:
    """QC of uploaded exports (runs in a child process)."""
    from exoatlas.analyze.qc import qc_sample
    from exoatlas.ingest.description import check_description
    from exoatlas.ingest.sizes import parse_size_text

    reports = []
    for sample in samples:  # a Zetasizer export gives one report per record
        described = check_description(sample.description, sample.name)
        for data in parse_size_text(sample.csv, sample.name, where=sample.name):
            reports.append(qc_sample(data, described, definitions))
    return QCReport(samples=reports)


def design_report(location: str, request: DesignRequest) -> DesignReport:
    """A design from the atlas at ``location``, opened afresh (runs in a child process)."""
    with Atlas(location, create=False, readonly=True) as atlas:
        return atlas.design(
            request.indication, request.goal, cargo=request.cargo, priority=request.priority
        )


def one_sentence(exc: RequestValidationError) -> str:
    """FastAPI's list of validation errors as one sentence: where, and what is wrong."""
    parts = []
    for error in exc.errors()[:3]:
        where = ".".join(str(x) for x in error.get("loc", ()) if x != "body") or "request"
        parts.append(f"{where}: {str(error.get('msg', 'invalid')).rstrip('.')}")
    more = len(exc.errors()) - 3
    return "; ".join(parts) + (f" (and {more} more)" if more > 0 else "")


CLAIMS: TypeAdapter[list[Claim]] = TypeAdapter(list[Claim])
CONFLICTS: TypeAdapter[list[Conflict]] = TypeAdapter(list[Conflict])


def json_response(adapter: TypeAdapter[Any], items: Any, headers_from: Response) -> Response:
    """Models already validated (read from the store) as JSON, with ``headers_from``'s headers:
    what ``response_model`` would send, without validating every claim a second time."""
    response = Response(adapter.dump_json(items), media_type="application/json")
    for name, value in headers_from.headers.items():
        if name not in ("content-length", "content-type"):
            response.headers[name] = value
    return response


SERVE_DB = "EXOATLAS_SERVE_DB"
SERVE_TOKEN = "EXOATLAS_SERVE_WRITE_TOKEN"
SERVE_HOSTS = "EXOATLAS_SERVE_HOSTS"
SERVE_TIME_LIMIT = "EXOATLAS_SERVE_TIME_LIMIT"


def app_from_environment() -> FastAPI:
    """The app for one of several server processes (``serve --workers N``): each process opens
    its own connection to the atlas named in ``$EXOATLAS_SERVE_DB``."""
    writes = bool(os.environ.get(SERVE_TOKEN))
    atlas = Atlas(os.environ[SERVE_DB], create=False, readonly=not writes)
    lexicon()  # load the grounder before this process takes requests, not during the first
    nlp()  # and the parser: reading jobs fork from this process and share both
    hosts = frozenset(filter(None, os.environ.get(SERVE_HOSTS, "").split(",")))
    limit = float(os.environ.get(SERVE_TIME_LIMIT) or DEFAULT_TIME_LIMIT_S)
    return get_app(
        atlas, os.environ.get(SERVE_TOKEN) or None, hosts=hosts or None, time_limit_s=limit
    )


def paging_headers(
    request: Request,
    response: Response,
    total: int,
    limit: int,
    offset: int,
    *,
    exact: bool = True,
    full: bool = False,
) -> None:
    """``X-Total-Count`` and, when there is (or, past a lower bound, may be) a next page,
    ``Link: <url>; rel="next"``. A total that is a lower bound (``exact`` false) is marked
    ``X-Total-Count-At-Least: true``; ``full``: this page is full."""
    response.headers["X-Total-Count"] = str(total)
    if not exact:
        response.headers["X-Total-Count-At-Least"] = "true"
    if offset + limit < total or (not exact and full):
        url = request.url.include_query_params(offset=offset + limit, limit=limit)
        response.headers["Link"] = f'<{url}>; rel="next"'


def get_app(
    atlas: Atlas,
    write_token: str | None = None,
    *,
    hosts: frozenset[str] | None = None,
    time_limit_s: float = DEFAULT_TIME_LIMIT_S,
) -> FastAPI:
    """The API (under /api, OpenAPI at /docs) and the web UI (at /).

    Read-only unless ``write_token`` is given: then ``POST /api/ingest`` stores documents for a
    request that sends ``Authorization: Bearer <write_token>``. ``hosts`` are the Host names the
    server answers to (``serve`` always gives them; None, for in-process use, checks none).
    Every response carries the security headers of ``web.security``. Reading, QC and design run
    in time-limited child processes (``web.offload``) so one request never stalls the others;
    every refusal is a 4xx with one sentence (504 when a job passes ``time_limit_s``).
    """
    offloader = Offloader(time_limit_s=time_limit_s)
    app = FastAPI(
        title="exoatlas",
        description="Evidence on MSC-derived extracellular vesicles, with provenance.",
        version="0.1.0",
        docs_url=None,  # served by web.docs from local assets, under the CSP
        redoc_url=None,
    )

    async def get_atlas() -> Atlas:  # async: FastAPI would run a plain def on a worker thread
        return atlas

    AtlasDep = Annotated[Atlas, Depends(get_atlas)]

    async def answer(request: Request, status: int, sentence: str) -> Response:
        if request.url.path.startswith("/api"):
            return JSONResponse({"detail": sentence}, status_code=status)
        return error_page(status, sentence)  # browsers: an HTML page with the site navigation

    @app.exception_handler(InputError)
    async def bad_input(request: Request, exc: InputError) -> Response:
        return await answer(request, 422, str(exc))

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError) -> Response:
        return await answer(request, 422, one_sentence(exc))

    @app.exception_handler(JobTimeout)
    async def too_long(request: Request, exc: JobTimeout) -> Response:
        return await answer(request, 504, str(exc))

    @app.exception_handler(JobFailed)
    async def job_failed(request: Request, exc: JobFailed) -> Response:
        return await answer(request, 500, f"the server could not finish this request: {exc}")

    # Handlers are async so that every read runs on the event-loop thread: one SQLite
    # connection is never used from two threads at once.
    @app.get("/api/claims", response_model=list[Claim])
    async def list_claims(
        request: Request,
        response: Response,
        atlas: AtlasDep,
        cargo: str | None = None,
        source: str | None = None,
        disease: str | None = None,
        role: Role | None = None,
        q: str | None = None,
        model: ModelSystem | None = None,
        document: Annotated[str | None, Query(max_length=500)] = None,
        cargo_kind: EntityKind | None = None,
        limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 50,
        offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0,
        format: TableFormat | None = None,
        per_evidence: bool = False,
    ) -> list[Claim] | Response:
        """Claims, highest belief first, filtered by terms and by the search page's facets
        (model, document, cargo kind); the total and the next page travel in headers. The total
        is counted up to 10,000 (or the end of this page) for at most 50 ms of CPU time; past
        either, ``X-Total-Count`` is a lower bound and ``X-Total-Count-At-Least: true``."""
        terms = {"cargo": cargo, "source": source, "disease": disease, "role": role, "text": q}
        terms |= {"model": model, "document": document, "cargo_kind": cargo_kind}
        try:
            claims = atlas.query(**terms, limit=limit, offset=offset)
            counted = atlas.count(**terms, at_most=max(COUNT_LIMIT, offset + limit + 1))
        except InputError as exc:
            raise HTTPException(status_code=422, detail=str(exc)) from exc
        total, exact = counted.n, counted.exact
        if not exact and len(claims) < limit and (claims or offset == 0):
            total, exact = offset + len(claims), True  # this page is the last one
        if claims:  # an empty page past the end bounds nothing from below
            total = max(total, offset + len(claims))
        if fmt := table_format(request, format):
            rows = claim_rows(claims, atlas.get_document, per_evidence=per_evidence)
            response = table_response(rows, fmt, "claims", claim_columns(per_evidence))
        paging_headers(
            request, response, total, limit, offset, exact=exact, full=len(claims) == limit
        )
        if fmt:
            return response
        return json_response(CLAIMS, claims, response)

    @app.get("/api/claims/{claim_id}", response_model=Claim)
    async def get_claim(claim_id: str, atlas: AtlasDep) -> Claim:
        claim = atlas.get_claim(claim_id)
        if claim is None:
            raise HTTPException(status_code=404, detail=f"no claim {claim_id!r}")
        return claim

    @app.get("/api/ground", response_model=GroundResult)
    async def ground_mention(
        text: Annotated[str, Query(min_length=1, max_length=500)],
        kind: EntityKind | None = None,
        context: Annotated[str | None, Query(max_length=20000)] = None,
    ) -> GroundResult:
        return ground(text, kind, context=context)

    @app.get("/api/conflicts", response_model=list[Conflict])
    async def conflicts(
        request: Request,
        response: Response,
        atlas: AtlasDep,
        kind: ConflictKind | None = None,
        disease: Annotated[str | None, Query(max_length=200)] = None,
        source: Annotated[str | None, Query(max_length=200)] = None,
        document: Annotated[str | None, Query(max_length=500)] = None,
        claim: Annotated[str | None, Query(max_length=100)] = None,
        limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 100,
        offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0,
        format: TableFormat | None = None,
    ) -> list[Conflict] | Response:
        """Conflicting claim pairs, filtered and paged (``X-Total-Count``, ``Link: rel=next``)."""
        filters = {
            "kind": kind,
            "disease": disease,
            "source": source,
            "document": document,
            "claim": claim,
        }
        try:
            page = atlas.conflicts(**filters, limit=limit, offset=offset)
            total = atlas.count_conflicts(**filters)
        except InputError as exc:
            raise HTTPException(status_code=422, detail=str(exc)) from exc
        if fmt := table_format(request, format):
            return table_response(model_rows(page), fmt, "conflicts")
        paging_headers(request, response, total, limit, offset)
        return json_response(CONFLICTS, page, response)

    @app.post("/api/qc", response_model=QCReport)
    async def qc(request: QCRequest, atlas: AtlasDep) -> QCReport:
        return await offloader.run(qc_reports, request.samples, atlas.definitions())

    @app.post("/api/design", response_model=DesignReport)
    async def design(request: DesignRequest, atlas: AtlasDep) -> DesignReport:
        if atlas.location is None:  # an in-memory atlas cannot be opened by another process
            return atlas.design(
                request.indication, request.goal, cargo=request.cargo, priority=request.priority
            )
        return await offloader.run(design_report, atlas.location, request)

    @app.get("/api/stats", response_model=Stats)
    async def stats(atlas: AtlasDep) -> Response:
        """Counts over the atlas (kept up to date on write, read once per data version)."""
        return Response(atlas.stats().model_dump_json(), media_type="application/json")

    @app.get("/api/trials", response_model=list[Trial])
    async def trials(
        request: Request, atlas: AtlasDep, format: TableFormat | None = None
    ) -> list[Trial] | Response:
        found = atlas.trials()
        if fmt := table_format(request, format):
            return table_response(model_rows(found), fmt, "trials")
        return found

    @app.get("/api/entities/{curie:path}")
    async def entity(curie: str, atlas: AtlasDep) -> dict[str, Any]:
        found = atlas.entity(curie)
        if found is None:
            raise HTTPException(status_code=404, detail=f"no entity {curie!r} in the atlas")
        entity, claims, ancestors = found
        return {
            "entity": entity.model_dump(),
            "ancestors": ancestors,
            "claims": [c.model_dump() for c in claims],
        }

    @app.get("/api/graph")
    async def graph(
        entity: Annotated[str, Query(min_length=1, max_length=500)], atlas: AtlasDep
    ) -> dict[str, Any]:
        """The neighbourhood of an entity (a CURIE, or a name grounded as search grounds it)."""
        curie = resolve_entity(atlas, entity)
        if curie is None:
            raise HTTPException(
                status_code=404,
                detail=f"nothing in the atlas is called {entity!r}; try a name such as miR-21 "
                "or a CURIE such as mesh:D001943",
            )
        return {"entity": curie, "query": entity, "elements": graph_elements(atlas, curie)}

    app.mount("/static", StaticFiles(packages=[("exoatlas.web", "static")]), name="static")
    register_pages(app, get_atlas, offloader)
    register_docs(app)

    @app.post("/api/read", response_model=list[Record])
    async def read(request: ReadRequest) -> list[Record]:
        """Read a text into findings with provenance; nothing is stored."""
        if not request.text.strip():
            raise HTTPException(status_code=422, detail="the text is empty")
        return await offloader.run(read_items, request.text)

    @app.post("/api/ingest", response_model=IngestResult)
    async def ingest(
        request: ReadRequest,
        atlas: AtlasDep,
        authorization: Annotated[str | None, Header()] = None,
    ) -> IngestResult:
        """Read a text and store its findings (needs the server's write token)."""
        if write_token is None:
            raise HTTPException(status_code=403, detail="this server is read-only")
        scheme, _, given = (authorization or "").partition(" ")
        if scheme.casefold() != "bearer" or not secrets.compare_digest(
            given.encode(), write_token.encode()
        ):
            raise HTTPException(
                status_code=401,
                detail="a valid bearer token is needed",
                headers={"WWW-Authenticate": "Bearer"},
            )
        # read in a time-limited child (the slow half); store here, on the server's connection
        read = await offloader.run(read_text_for_ingest, request.text, request.title)
        return IngestResult(**atlas.store_read(read))

    app.add_middleware(ResponseCache, version=atlas.store.data_version)
    app.add_middleware(Guard, hosts=hosts)  # outermost: every answer, kept or not, is guarded
    return app
