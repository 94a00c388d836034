"""The API docs at /docs: Swagger UI 5 (it renders OpenAPI 3.1) from the fastapi-offline wheel.

FastAPI's own docs page loads Swagger UI from a CDN and starts it with an inline script, which
the content-security policy forbids; here the page, its assets and its start-up script are all
served by this server.
"""

from __future__ import annotations

from importlib import resources

from fastapi import FastAPI, HTTPException
from fastapi.responses import HTMLResponse, Response

from exoatlas.web import render_page

DOCS_ASSETS = {
    "swagger-ui-bundle.js": "text/javascript; charset=utf-8",
    "swagger-ui.css": "text/css; charset=utf-8",
    "favicon.png": "image/png",
}


def docs_asset(name: str) -> bytes | None:
    """One of Swagger UI's files as the installed wheel ships it, or None."""
    if name not in DOCS_ASSETS:
        return None
    try:
        return resources.files("fastapi_offline").joinpath("static", name).read_bytes()
    except (ModuleNotFoundError, FileNotFoundError):
        return None


def register_docs(app: FastAPI) -> None:
    @app.get("/docs", response_class=HTMLResponse, include_in_schema=False)
    async def api_docs() -> HTMLResponse:
        ready = docs_asset("swagger-ui-bundle.js") is not None
        return HTMLResponse(render_page("docs.html", ready=ready))

    @app.get("/docs/assets/{name}", include_in_schema=False)
    async def api_docs_asset(name: str) -> Response:
        data = docs_asset(name)
        if data is None:
            raise HTTPException(status_code=404, detail=f"no docs asset {name!r}")
        return Response(
            data,
            media_type=DOCS_ASSETS[name],
            headers={"Cache-Control": "public, max-age=86400"},
        )
