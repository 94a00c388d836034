"""Errors for browsers: an HTML page with the site navigation; /api keeps FastAPI's JSON."""

from fastapi import FastAPI, Request
from fastapi.exception_handlers import http_exception_handler
from fastapi.responses import HTMLResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from exoatlas.web import render_page


def wants_html(request: Request) -> bool:
    path = request.url.path
    return not (path.startswith("/api") or path.startswith("/openapi"))


ERROR_HEADINGS = {
    404: "Not found",
    405: "Not allowed",
    413: "Too large",
    422: "Cannot use that input",
}


def error_page(status: int, message: str, headers: dict[str, str] | None = None) -> HTMLResponse:
    """An error as a page of the site: its heading, the sentence, the navigation."""
    heading = ERROR_HEADINGS.get(status, "Something went wrong")
    if message and not message.endswith("."):
        message = message[0].upper() + message[1:] + "."
    return HTMLResponse(
        render_page("error.html", status=status, heading=heading, message=message, nav=""),
        status_code=status,
        headers=headers,
    )


def register_error_pages(app: FastAPI) -> None:
    """Browsers get an HTML page with the site navigation; /api keeps FastAPI's JSON. (Input
    and validation errors are answered in api.py, with ``error_page`` for browsers.)"""

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if not wants_html(request):
            return await http_exception_handler(request, exc)
        message = str(exc.detail)
        if exc.status_code == 404 and message == "Not Found":
            message = f"There is no page at {request.url.path}."
        return error_page(exc.status_code, message, getattr(exc, "headers", None))
