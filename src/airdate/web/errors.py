"""One error shape for every API error, and the same message on an HTML page.

API errors are ``{"error": {"status": int, "message": str, "hint": str}}``: what went
wrong in one sentence, and what to do next.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from airdate.answer import TitleNotFound


class WebError(Exception):
    """An error a client can act on: status, one-sentence message, and a hint."""

    def __init__(self, status: int, message: str, hint: str = "", headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.hint = hint
        self.headers = headers or {}


def error_body(status: int, message: str, hint: str = "") -> dict[str, Any]:
    return {"error": {"status": status, "message": message, "hint": hint}}


def title_not_found(exc: TitleNotFound) -> WebError:
    hint = "Check the spelling or ingest pages about it with `airdate ingest`."
    if exc.suggestions:
        hint = "Did you mean " + ", ".join(repr(s) for s in exc.suggestions) + "? " + hint
    return WebError(404, f"No title matching {exc.query!r} is stored.", hint)


_DEFAULT_HINTS = {
    404: "Check the address; the API is described at /openapi.json.",
    405: "Check the HTTP method; the API is described at /openapi.json.",
}


def _from_http(exc: StarletteHTTPException) -> WebError:
    message = exc.detail if isinstance(exc.detail, str) and exc.detail else "Request failed."
    if exc.status_code == 404 and message == "Not Found":
        message = "There is nothing at this address."
    elif exc.status_code == 405:
        message = "This address does not accept that method."
    return WebError(exc.status_code, message, _DEFAULT_HINTS.get(exc.status_code, ""), dict(exc.headers or {}))


def _from_validation(exc: RequestValidationError) -> WebError:
    problems = []
    for err in exc.errors()[:3]:
        where = ".".join(str(p) for p in err.get("loc", ()) if p not in ("query", "body", "path"))
        problems.append(f"{where or 'request'}: {err.get('msg', 'invalid')}")
    return WebError(422, "The request is not valid: " + "; ".join(problems) + ".", "Fix the named parameters; see /openapi.json.")


def install_error_handlers(app: FastAPI, render_page: Any) -> None:
    """Answer API paths with the JSON error shape and page paths with an error page.

    ``render_page(request, error)`` renders the HTML error page.
    """

    def respond(request: Request, error: WebError) -> Response:
        wants_json = request.url.path.startswith("/api/") or request.url.path == "/api"
        if wants_json:
            return JSONResponse(error_body(error.status, error.message, error.hint), status_code=error.status, headers=error.headers)
        page: HTMLResponse = render_page(request, error)
        for name, value in error.headers.items():
            page.headers[name] = value
        return page

    async def on_web_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, WebError)
        return respond(request, exc)

    async def on_title_not_found(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, TitleNotFound)
        return respond(request, title_not_found(exc))

    async def on_http(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, StarletteHTTPException)
        return respond(request, _from_http(exc))

    async def on_validation(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError)
        return respond(request, _from_validation(exc))

    async def on_crash(request: Request, exc: Exception) -> Response:
        return respond(request, WebError(500, "The server failed while answering.", "Try again; if it keeps failing, check the server log."))

    app.add_exception_handler(WebError, on_web_error)
    app.add_exception_handler(TitleNotFound, on_title_not_found)
    app.add_exception_handler(StarletteHTTPException, on_http)
    app.add_exception_handler(RequestValidationError, on_validation)
    app.add_exception_handler(Exception, on_crash)
