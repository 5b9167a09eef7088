"""HTML to article text and metadata: one lxml parse shared by trafilatura, htmldate and the head reader."""

from __future__ import annotations

import logging

import trafilatura
from htmldate import find_date
from trafilatura.utils import load_html

from airdate.ingest.boilerplate import find_boilerplate
from airdate.ingest.metadata import PageMetadata, read_metadata, to_day
from airdate.ingest.pages import RawPage, content_hash, tidy_spacing
from airdate.models import Document

# trafilatura and htmldate log every odd page at ERROR/WARNING; ingest reports its own outcome per page
for _noisy in ("trafilatura", "htmldate", "trafilatura.core", "trafilatura.utils"):
    logging.getLogger(_noisy).setLevel(logging.CRITICAL)


def _text(tree: object, url: str | None) -> str:
    extracted = trafilatura.bare_extraction(
        tree, url=url, with_metadata=False, include_comments=False, favor_precision=True
    )
    if extracted is None:
        return ""
    text = extracted.text if hasattr(extracted, "text") else extracted.get("text")  # dict in trafilatura < 2
    return (text or "").strip()


def _published_fallback(tree: object, page: RawPage, meta: PageMetadata) -> PageMetadata:
    """For pages whose head and JSON-LD give no date: the feed's or news sitemap's date, else
    htmldate (URL, <time>, bylines, ...), whose guesses are less sure than a listing's."""
    if meta.published is not None:
        return meta
    published = to_day(page.listed_date)
    if published is None:
        try:
            found = find_date(tree, url=page.url, original_date=True, extensive_search=False, outputformat="%Y-%m-%d")
        except Exception:  # htmldate raises on some broken trees; the date is optional
            return meta
        published = to_day(found)
    if published is None:
        return meta
    modified = meta.modified if meta.modified and meta.modified >= published else None
    return PageMetadata(meta.title, meta.site, meta.author, meta.url, published, modified)


def html_to_document(html: str, page: RawPage) -> Document:
    tree = load_html(html)
    if tree is None:
        return _empty(page)
    meta = _published_fallback(tree, page, read_metadata(tree, page.url))
    text = tidy_spacing(_text(tree, page.url))
    title = meta.title
    if title and text and not text.startswith(title):
        text = f"{title}\n\n{text}"
    return Document(
        id=content_hash(text),
        name=page.name,
        text=text,
        source=page.source,
        title=title,
        url=page.url or meta.url,
        site=meta.site or _host(page.url or meta.url),
        author=meta.author,
        published=meta.published,
        modified=meta.modified,
        boilerplate=find_boilerplate(text),
        content_type="text/html",
    )


def _host(url: str | None) -> str | None:
    if not url:
        return None
    from urllib.parse import urlsplit

    host = urlsplit(url).hostname or ""
    return host[4:] if host.startswith("www.") else (host or None)


def _empty(page: RawPage) -> Document:
    return Document(id=content_hash(""), name=page.name, text="", source=page.source, url=page.url, content_type="text/html")
