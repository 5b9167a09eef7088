"""HTML to article text and metadata, with trafilatura and htmldate."""

from __future__ import annotations

from datetime import date

import trafilatura
from htmldate import find_date

from airdate.ingest.boilerplate import find_boilerplate
from airdate.ingest.pages import RawPage, content_hash
from airdate.models import Document


def _day(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def html_to_document(html: str, page: RawPage) -> Document:
    extracted = trafilatura.bare_extraction(
        html, url=page.url, with_metadata=True, include_comments=False, favor_precision=True
    )
    data = extracted.as_dict() if hasattr(extracted, "as_dict") else (extracted or {})
    text = (data.get("text") or "").strip()
    published = _day(data.get("date"))
    modified = None
    try:
        modified = _day(find_date(html, original_date=False, outputformat="%Y-%m-%d", extensive_search=False))
    except Exception:  # htmldate raises on some broken trees; the date is optional
        modified = None
    title = data.get("title")
    if title and text and not text.startswith(title):
        text = f"{title}\n\n{text}"
    return Document(
        id=content_hash(text),
        name=page.name,
        text=text,
        source=page.source,
        title=title,
        url=page.url or data.get("url"),
        site=data.get("sitename") or data.get("hostname"),
        author=data.get("author"),
        published=published,
        modified=modified if modified and (published is None or modified >= published) else None,
        boilerplate=find_boilerplate(text),
        content_type="text/html",
    )
