"""Errors for browsers: an HTML page with the site navigation; /api keeps FastAPI's JSON."""

from fastapi import FastAPI, Request
from fastapi.exception_handlers import (
    http_exception_handler,
    request_validation_exception_handler,
)
from fastapi.exceptions import RequestValidationError
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


def register_error_pages(app: FastAPI) -> None:
    """Browsers get an HTML page with the site navigation; /api keeps FastAPI's JSON."""

    def error_page(status: int, message: str, headers: dict[str, str] | None) -> HTMLResponse:
        heading = ERROR_HEADINGS.get(status, "Something went wrong")
        return HTMLResponse(
            render_page("error.html", status=status, heading=heading, message=message, nav=""),
            status_code=status,
            headers=headers,
        )

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if not wants_html(request):
            return await http_exception_handler(request, exc)
        message = str(exc.detail)
        if exc.status_code == 404 and message == "Not Found":
            message = f"There is no page at {request.url.path}."
        elif not message.endswith("."):
            message = message[0].upper() + message[1:] + "." if message else ""
        return error_page(exc.status_code, message, getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> Response:
        if not wants_html(request):
            return await request_validation_exception_handler(request, exc)
        problems = []
        for error in exc.errors():
            where = " ".join(str(p) for p in error.get("loc", ())[1:]) or "the request"
            problems.append(f"{where}: {error.get('msg', 'invalid')}")
        return error_page(422, "The page could not use its input — " + "; ".join(problems), None)
