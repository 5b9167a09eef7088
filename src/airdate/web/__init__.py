"""Web faces of airdate: server-rendered pages, a JSON API, calendar and change feeds.

``create_app(store, ...)`` builds the FastAPI app; ``airdate serve`` runs it.
"""

from __future__ import annotations

from airdate.web.app import create_app

__all__ = ["create_app"]
