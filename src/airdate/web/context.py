"""What every route needs: the cached store, today's date, and the write token."""

from __future__ import annotations

import hmac
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from fastapi import Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader

from airdate.answer.titles import KnownTitle, known_titles, resolve_title
from airdate.store import Store
from airdate.web.cache import CachedStore
from airdate.web.errors import WebError

TEMPLATES = Path(__file__).parent / "templates"

# Every response carries these; the CSP allows no script at all (the pages use none),
# and styles only from our own static file, so injected markup cannot run or restyle.
SECURITY_HEADERS = {
    "content-security-policy": (
        "default-src 'none'; script-src 'none'; style-src 'self'; img-src 'self'; "
        "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
    ),
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
}


def templates() -> Environment:
    # autoescape=True for every template: article text is untrusted everywhere it shows.
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=True, trim_blocks=True, lstrip_blocks=True)
    return env


@dataclass
class WebContext:
    store: CachedStore  # reads, memoised per fusion run
    writer: Store  # the same database, uncached, for ingest
    fixed_today: date | None
    token: str | None
    env: Environment

    def default_today(self) -> date:
        return self.fixed_today or date.today()

    def today(self, request: Request) -> date:
        """``?today=YYYY-MM-DD`` if given, else the server's --today, else the real date."""
        text = request.query_params.get("today")
        if not text:
            return self.default_today()
        try:
            return date.fromisoformat(text)
        except ValueError:
            raise WebError(400, f"today={text!r} is not a date.", "Give today as YYYY-MM-DD, e.g. today=2025-01-31.") from None

    def title(self, query: str) -> KnownTitle:
        """The stored title a slug or name means (``TitleNotFound`` with suggestions otherwise)."""
        results = self.store.fusion_results()
        return self.store.memo(("title", query), lambda: resolve_title(results, query))

    def known(self) -> list[KnownTitle]:
        return self.store.memo("known_titles", lambda: known_titles(self.store.fusion_results()))

    def check_season(self, known: KnownTitle, season: int) -> None:
        if season not in known.seasons:
            seasons = ", ".join(str(s) for s in known.seasons if s is not None) or "none"
            raise WebError(
                404,
                f"No season {season} of {known.title} is stored.",
                f"Known seasons: {seasons}; open /title/ without a season to see them.",
            )

    def check_write(self, request: Request) -> None:
        if not self.token:
            raise WebError(403, "Writing is off on this server.", "Start the server with AIRDATE_TOKEN set to allow ingest.")
        header = request.headers.get("authorization", "")
        given = header[7:] if header.lower().startswith("bearer ") else ""
        if not given or not hmac.compare_digest(given.encode(), self.token.encode()):
            raise WebError(
                401,
                "This request needs the server's write token.",
                "Send it as the header 'Authorization: Bearer <AIRDATE_TOKEN>'.",
                {"www-authenticate": "Bearer"},
            )

    def render(self, name: str, status: int = 200, **values: object) -> HTMLResponse:
        html = self.env.get_template(name).render(**values)
        return HTMLResponse(html, status_code=status)
