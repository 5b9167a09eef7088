"""The FastAPI application: pages, JSON API, feeds, webhooks, over one store."""

from __future__ import annotations

import asyncio
import contextlib
import os
from collections.abc import AsyncIterator
from datetime import date
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from airdate import __version__
from airdate.store import Store
from airdate.web.api import api_router
from airdate.web.cache import CachedStore, ResponseCache
from airdate.web.context import SECURITY_HEADERS, WebContext, templates
from airdate.web.errors import WebError, install_error_handlers
from airdate.web.pages import page_router
from airdate.web.webhooks import ChangePoster

STATIC = Path(__file__).parent / "static"


class SecurityHeaders:
    """Adds the CSP and friends to every response, errors and static files included."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.headers = [(k.encode(), v.encode()) for k, v in SECURITY_HEADERS.items()]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = list(message.get("headers", [])) + self.headers
            await send(message)

        await self.app(scope, receive, with_headers)


def create_app(
    store: Store,
    *,
    today: date | None = None,
    webhook: str | None = None,
    public_url: str = "http://127.0.0.1:8000",
    token: str | None = None,
    check_every: float = 0.5,
    webhook_interval: float = 5.0,
    warm: bool = False,
) -> FastAPI:
    """The web app over ``store``.

    ``today`` pins the date pages are judged against (default: the real date);
    ``token`` (default: ``AIRDATE_TOKEN``) turns on POST /api/ingest; ``webhook``
    gets a JSON POST per change recorded after start; ``public_url`` is the base of
    links in webhook bodies; ``warm`` loads the store's reads in the background at start.
    """
    cached = CachedStore(store, check_every=check_every)
    ctx = WebContext(
        store=cached,
        writer=store,
        fixed_today=today,
        token=token if token is not None else (os.environ.get("AIRDATE_TOKEN") or None),
        env=templates(),
    )

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if warm:
            # In the background, so the server answers at once; early requests wait on the same loads.
            asyncio.get_running_loop().run_in_executor(None, cached.warm)
        poster = ChangePoster(store, webhook, public_url, interval=webhook_interval) if webhook else None
        task = asyncio.create_task(poster.run()) if poster else None
        app.state.webhook = poster
        try:
            yield
        finally:
            if task:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task
            if poster:
                await poster.aclose()

    app = FastAPI(
        title="airdate",
        version=__version__,
        description="When a TV season or film comes out, with the evidence: fact sheets, answers, sources and changes.",
        docs_url=None,  # Swagger UI needs inline script and a CDN, which the CSP forbids; /openapi.json stays
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.ctx = ctx

    def error_page(request: Request, error: WebError) -> HTMLResponse:
        return ctx.render(
            "error.html", error.status, error=error, link=lambda p: p, today=ctx.default_today(), views=None
        )

    install_error_handlers(app, error_page)
    app.include_router(api_router(ctx))
    app.include_router(page_router(ctx))
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.add_middleware(SecurityHeaders)
    # Outermost, so cached responses already carry the security headers.
    app.add_middleware(ResponseCache, store=cached, today=ctx.default_today)
    return app


# Settings handed to worker processes (uvicorn starts each worker by import string).
ENV_TODAY = "AIRDATE_WEB_TODAY"


def app_from_env() -> FastAPI:
    """The app for one of several worker processes: store from AIRDATE_DB, today from AIRDATE_WEB_TODAY.

    Webhooks are not posted from workers (each would post every change); ``airdate
    serve --workers N`` posts them from its supervising process instead.
    """
    today = os.environ.get(ENV_TODAY)
    return create_app(Store.open(os.environ.get("AIRDATE_DB")), today=date.fromisoformat(today) if today else None, warm=True)
