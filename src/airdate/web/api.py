"""The JSON API: the answer layer's ``as_json()`` shapes (the CLI's ``--json``), paginated lists."""

from __future__ import annotations

from datetime import date
from typing import Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.concurrency import run_in_threadpool
from pydantic import BaseModel, Field

from airdate.answer import ask, fact_sheet, list_sources, list_titles, timeline
from airdate.web.context import WebContext
from airdate.web.errors import WebError
from airdate.web.feeds import parse_since
from airdate.web.views import safe_url

TODAY = Query(None, description="Answer as if today were this day (YYYY-MM-DD); default: the server's today.")
LIMIT = Query(50, ge=1, le=500, description="How many items per page.")
OFFSET = Query(0, ge=0, description="How many items to skip.")


class IngestRequest(BaseModel):
    urls: list[str] = Field(min_length=1, max_length=100, description="http(s) addresses of pages to ingest")


def paginate(request: Request, items: list[Any], limit: int, offset: int) -> dict[str, Any]:
    """One page of ``items`` with a relative ``next`` link (None on the last page)."""
    return page_of(request, items[offset : offset + limit], limit, offset, offset + limit < len(items), len(items))


def page_of(request: Request, page: list[Any], limit: int, offset: int, more: bool, total: int | None) -> dict[str, Any]:
    nxt = None
    if more:
        # Relative, so a cached page never carries another client's Host header.
        url = request.url.include_query_params(limit=limit, offset=offset + limit)
        nxt = f"{url.path}?{url.query}"
    return {"items": page, "total": total, "limit": limit, "offset": offset, "next": nxt}


def api_router(ctx: WebContext) -> APIRouter:
    router = APIRouter(prefix="/api", tags=["api"])

    def day(given: date | None) -> date:
        return given or ctx.default_today()

    @router.get("/titles", summary="Titles with their next known premiere")
    def titles(request: Request, q: str | None = Query(None, max_length=200), today: date | None = TODAY,
               limit: int = LIMIT, offset: int = OFFSET) -> dict[str, Any]:
        on = day(today)
        found = list_titles(ctx.store, on, q) if q else ctx.store.memo(("list_titles", on), lambda: list_titles(ctx.store, on))
        return paginate(request, [t.as_json() for t in found], limit, offset)

    @router.get("/title/{slug}", summary="Fact sheet of a title's latest season")
    def title(slug: str, today: date | None = TODAY) -> dict[str, Any]:
        return fact_sheet(ctx.store, ctx.title(slug).title, None, day(today)).as_json()

    @router.get("/title/{slug}/season/{season}", summary="Fact sheet of one season")
    def season(slug: str, season: int, today: date | None = TODAY) -> dict[str, Any]:
        known = ctx.title(slug)
        ctx.check_season(known, season)
        return fact_sheet(ctx.store, known.title, season, day(today)).as_json()

    @router.get("/title/{slug}/season/{season}/timeline", summary="A season's dated claims, oldest page first")
    def season_timeline(slug: str, season: int, today: date | None = TODAY) -> dict[str, Any]:
        known = ctx.title(slug)
        ctx.check_season(known, season)
        sheet, entries = timeline(ctx.store, known.title, season, day(today))
        return {"title": sheet.title, "season": sheet.season, "entries": [e.as_json() for e in entries]}  # as `airdate timeline --json`

    @router.get("/sources", summary="Every source with its reliability, writing window and flags")
    def sources(request: Request, limit: int = LIMIT, offset: int = OFFSET) -> dict[str, Any]:
        return paginate(request, [s.as_json() for s in list_sources(ctx.store)], limit, offset)

    @router.get("/source/{article:path}", summary="One source: report, writing window with cues, claims")
    def source(article: str) -> dict[str, Any]:
        report = next((s for s in list_sources(ctx.store) if s.article == article), None)
        document = ctx.store.document(article)
        if report is None and document is None:
            raise WebError(404, f"No source named {article!r} is stored.", "List the sources at /api/sources.")
        name = document.name if document else article
        window = ctx.store.windows().get(name)
        return {
            "source": report.as_json() if report else None,
            "url": safe_url(document.url) if document else None,
            "window": window.as_json() if window else None,
            "cues": [{"kind": c.kind, "bound": c.bound, "day": c.day.isoformat(), "quote": c.quote} for c in window.cues] if window else [],
            "claims": [c.as_json() for c in ctx.store.claims(name)],
        }

    @router.get("/ask", summary="Answer a question in plain words, with citations (as `airdate ask`)")
    def ask_question(q: str = Query(..., min_length=1, max_length=500), today: date | None = TODAY) -> dict[str, Any]:
        return ask(ctx.store, q, day(today)).as_json()

    @router.get("/changes", summary="What fusion runs changed, newest first")
    def changes(request: Request, since: str | None = Query(None, description="Only changes after this date or time (ISO 8601)."),
                limit: int = LIMIT, offset: int = OFFSET) -> dict[str, Any]:
        try:
            after = parse_since(since)
        except ValueError:
            raise WebError(400, f"since={since!r} is not a date or time.", "Give since as ISO 8601, e.g. 2025-01-31 or 2025-01-31T12:00:00Z.") from None
        rows = ctx.store.changes(after, limit=offset + limit + 1)
        # The change log only grows; counting it all for "total" would cost a full scan.
        return page_of(request, rows[offset : offset + limit], limit, offset, len(rows) > offset + limit, None)

    # The token is checked as a dependency so an unauthorised caller learns nothing about the body.
    @router.post("/ingest", summary="Ingest pages by URL (needs the server's AIRDATE_TOKEN)", dependencies=[Depends(ctx.check_write)])
    async def ingest(body: IngestRequest) -> dict[str, Any]:
        bad = [u for u in body.urls if safe_url(u) is None]
        if bad:
            raise WebError(400, f"{bad[0]!r} is not an http(s) address.", "The API ingests web pages only; give full http:// or https:// URLs.")
        from airdate.pipeline import ingest as run_ingest  # the pipeline imports every stage; only writers need it

        report = await run_in_threadpool(run_ingest, ctx.writer, body.urls)
        return report.as_json()

    return router
