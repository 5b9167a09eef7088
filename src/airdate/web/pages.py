"""Server-rendered HTML pages (no script), calendar and Atom feeds."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from urllib.parse import quote

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, Response

from airdate.answer import TitleNotFound, ask, fact_sheet, list_sources, list_titles, timeline
from airdate.answer.describe import describe_day
from airdate.models import Fact
from airdate.normalize import slug as slug_of
from airdate.normalize import title_key
from airdate.web import views
from airdate.web.context import WebContext
from airdate.web.errors import WebError, title_not_found
from airdate.web.feeds import build_atom, build_calendar, change_link, change_text, parse_since
from airdate.web.svg import build_picture

PAGE_SIZE = 50


@dataclass(frozen=True)
class FactView:
    attribute: str
    label: str
    status: str
    phrase: str
    confidence: str
    explanation: str
    evidence: list[views.EvidenceRow]
    superseded: list[views.EvidenceRow]


def fact_view(fact: Fact, urls: dict[str, str | None]) -> FactView:
    return FactView(
        attribute=fact.attribute,
        label=views.label(fact.attribute),
        status=fact.status,
        phrase=views.value_phrase(fact),
        confidence=views.percent(fact.confidence),
        explanation=fact.explanation,
        evidence=views.evidence_rows(fact.evidence, urls),
        superseded=views.superseded_rows(fact.attribute, fact.superseded, urls),
    )


def linker(given: date | None) -> Callable[[str], str]:
    """Internal links keep an explicit ``?today=`` so a demo stays on its day."""
    if given is None:
        return lambda path: path
    suffix = f"today={given.isoformat()}"
    return lambda path: path + ("&" if "?" in path else "?") + suffix


TODAY = Query(None, description="Show the page as if today were this day (YYYY-MM-DD).")


def page_router(ctx: WebContext) -> APIRouter:
    router = APIRouter(include_in_schema=False)

    def day(given: date | None) -> date:
        return given or ctx.default_today()

    def render(name: str, given: date | None, status: int = 200, **values: object) -> HTMLResponse:
        return ctx.render(name, status, link=linker(given), today=day(given), describe_day=describe_day, views=views, **values)

    @router.get("/", response_class=HTMLResponse)
    def index(q: str | None = Query(None, max_length=200), today: date | None = TODAY, offset: int = Query(0, ge=0)) -> HTMLResponse:
        on = day(today)
        found = list_titles(ctx.store, on, q) if q else ctx.store.memo(("list_titles", on), lambda: list_titles(ctx.store, on))
        pages = views.page_params(PAGE_SIZE, offset, len(found))
        return render("index.html", today, titles=found[offset : offset + PAGE_SIZE], q=q or "", pages=pages)

    @router.get("/title/{slug}", response_class=HTMLResponse)
    def title_page(slug: str, today: date | None = TODAY) -> HTMLResponse:
        on = day(today)
        known = ctx.title(slug)
        urls = ctx.store.document_urls()
        seasons = []
        for season in known.seasons:
            sheet = fact_sheet(ctx.store, known.title, season, on)
            premiere = sheet.fact("premiere_date")
            seasons.append((season, views.headline(premiere), views.value_phrase(premiere), sheet.stale))
        latest = fact_sheet(ctx.store, known.title, None, on)
        facts = [fact_view(f, urls) for f in latest.facts if f.attribute != "premiere_date"]
        return render("title.html", today, known=known, slug=slug_of(known.title), seasons=seasons, latest=latest, facts=facts)

    @router.get("/title/{slug}/season/{season}", response_class=HTMLResponse)
    def season_page(slug: str, season: int, today: date | None = TODAY) -> HTMLResponse:
        on = day(today)
        known = ctx.title(slug)
        ctx.check_season(known, season)
        sheet, entries = timeline(ctx.store, known.title, season, on)
        urls = ctx.store.document_urls()
        premiere = sheet.fact("premiere_date")
        return render(
            "season.html",
            today,
            sheet=sheet,
            slug=slug_of(known.title),
            premiere=fact_view(premiere, urls) if premiere else None,
            headline=views.headline(premiere),
            phrase=views.value_phrase(premiere),
            countdown=views.countdown(premiere, on),
            confirmed_day=views.confirmed_day(premiere),
            stale=views.stale_warnings(sheet, on),
            facts=[fact_view(f, urls) for f in sheet.facts if f.attribute != "premiere_date"],
            rejected=views.rejection_rows(sheet.rejected, urls),
            picture=build_picture(entries, on),
            written=views.written_phrase(sheet.as_of),
        )

    @router.get("/sources", response_class=HTMLResponse)
    def sources_page(today: date | None = TODAY, offset: int = Query(0, ge=0)) -> HTMLResponse:
        reports = sorted(list_sources(ctx.store), key=lambda s: (-s.reliability, s.article))
        pages = views.page_params(PAGE_SIZE, offset, len(reports))
        return render("sources.html", today, reports=reports[offset : offset + PAGE_SIZE], pages=pages)

    @router.get("/source/{article:path}", response_class=HTMLResponse)
    def source_page(article: str, today: date | None = TODAY) -> HTMLResponse:
        report = next((s for s in list_sources(ctx.store) if s.article == article), None)
        document = ctx.store.document(article)
        if report is None and document is None:
            raise WebError(404, f"No source named {article!r} is stored.", "Pick one from the list of sources.")
        name = document.name if document else article
        window = ctx.store.windows().get(name)
        claims = ctx.store.claims(name)
        return render(
            "source.html",
            today,
            article=name,
            report=report,
            url=views.safe_url(document.url) if document else None,
            document=document,
            window=window,
            written=views.written_phrase(window.as_json() if window else None),
            claims=claims,
        )

    @router.get("/ask", response_class=HTMLResponse)
    def ask_page(q: str | None = Query(None, max_length=500), today: date | None = TODAY) -> HTMLResponse:
        on = day(today)
        answer, error = None, None
        if q:
            try:
                answer = ask(ctx.store, q, on)
            except TitleNotFound as exc:
                error = title_not_found(exc)
        urls = ctx.store.document_urls()
        citations = [(c, views.source_path(c.article), views.safe_url(urls.get(c.article))) for c in answer.citations] if answer else []
        return render("ask.html", today, q=q or "", answer=answer, error=error, citations=citations,
                      season_link=views.season_path(slug_of(answer.title), answer.season) if answer and answer.title else None,
                      status=404 if error else 200)

    @router.get("/changes", response_class=HTMLResponse)
    def changes_page(since: str | None = None, today: date | None = TODAY, offset: int = Query(0, ge=0)) -> HTMLResponse:
        try:
            after = parse_since(since)
        except ValueError:
            raise WebError(400, f"since={since!r} is not a date or time.", "Give since as YYYY-MM-DD.") from None
        rows = ctx.store.changes(after, limit=offset + PAGE_SIZE + 1)
        items = [(row, change_text(row), change_link(row)) for row in rows[offset : offset + PAGE_SIZE]]
        pages = {"prev": max(0, offset - PAGE_SIZE) if offset else None, "next": offset + PAGE_SIZE if len(rows) > offset + PAGE_SIZE else None}
        return render("changes.html", today, items=items, since=since or "", pages=pages)

    @router.get("/favicon.ico")
    def favicon() -> Response:
        return Response(status_code=204)  # no icon; answering keeps browsers from logging a 404

    @router.get("/changes.atom")
    def changes_feed(request: Request) -> Response:
        rows = ctx.store.changes(None, limit=100)
        body = build_atom(rows, str(request.base_url), str(request.url))
        return Response(body, media_type="application/atom+xml; charset=utf-8")

    @router.get("/calendar.ics")
    def calendar(request: Request) -> Response:
        body = build_calendar(ctx.store.fusion_results(), str(request.base_url), ctx.store.document_urls())
        return Response(body, media_type="text/calendar; charset=utf-8")

    @router.get("/title/{slug}/calendar.ics")
    def title_calendar(request: Request, slug: str) -> Response:
        known = ctx.title(slug)
        results = [r for r in ctx.store.fusion_results() if title_key(r.title) == known.key]
        body = build_calendar(results, str(request.base_url), ctx.store.document_urls(), name=f"airdate: {known.title}")
        headers = {"content-disposition": f"inline; filename*=UTF-8''{quote(slug_of(known.title))}.ics"}
        return Response(body, media_type="text/calendar; charset=utf-8", headers=headers)

    return router
