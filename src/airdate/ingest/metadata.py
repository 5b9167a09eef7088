"""Page metadata from <meta> tags and JSON-LD: title, site, author, canonical URL, dates.

Hand-written rather than trafilatura's own metadata pass because that pass also mines
categories, tags, licences and bylines from the whole body, and cost about 40% on top of
the text extraction on real pages; these few head fields are a single cheap walk.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timezone
from typing import Any

from dateutil import parser as dateutil_parser

_ARTICLE_TYPES = {
    "article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
    "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "webpage", "techarticle",
    "scholarlyarticle", "socialmediaposting", "liveblogposting", "review", "creativework",
}  # fmt: skip
_PUBLISHED_KEYS = (
    "article:published_time", "og:published_time", "datepublished", "date", "pubdate", "publishdate",
    "dc.date.issued", "dc.date", "dcterms.created", "sailthru.date", "parsely-pub-date", "publication_date",
)  # fmt: skip
_MODIFIED_KEYS = ("article:modified_time", "og:updated_time", "datemodified", "dcterms.modified", "last-modified", "lastmod")
_TITLE_KEYS = ("og:title", "twitter:title", "dc.title", "headline")
_SITE_KEYS = ("og:site_name", "application-name", "publisher")
_AUTHOR_KEYS = ("author", "article:author", "dc.creator", "byl", "parsely-author", "sailthru.author")
MAX_JSONLD = 200_000  # characters per script: bigger blobs are app state, not article data


@dataclass(frozen=True)
class PageMetadata:
    title: str | None = None
    site: str | None = None
    author: str | None = None
    url: str | None = None
    published: date | None = None
    modified: date | None = None


def to_day(value: object) -> date | None:
    """A calendar day from an ISO or free-form date string; None when absent or implausible."""
    if not isinstance(value, str):
        return None
    value = value.strip()[:64]
    if not value:
        return None
    day: date | None
    try:
        day = date.fromisoformat(value[:10])
    except ValueError:
        try:
            day = dateutil_parser.parse(value, fuzzy=False, default=datetime(1900, 1, 1)).date()
        except (ValueError, OverflowError, TypeError):
            return None
        if day.year == 1900:
            return None
    today = datetime.now(timezone.utc).date()
    if day.year < 1995 or day.year > today.year + 1:
        return None
    return day


def _clean(value: object, limit: int = 300) -> str | None:
    if not isinstance(value, str):
        return None
    text = " ".join(value.split())
    return text[:limit] or None


def _jsonld_objects(data: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    if depth > 6:
        return
    if isinstance(data, list):
        for item in data:
            yield from _jsonld_objects(item, depth + 1)
    elif isinstance(data, dict):
        yield data
        graph = data.get("@graph")
        if graph is not None:
            yield from _jsonld_objects(graph, depth + 1)


def _types(obj: dict[str, Any]) -> set[str]:
    kind = obj.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {k.lower() for k in kinds if isinstance(k, str)}


def _names(value: Any) -> list[str]:
    items = value if isinstance(value, list) else [value]
    out: list[str] = []
    for item in items[:10]:
        name = item.get("name") if isinstance(item, dict) else item
        clean = _clean(name, 120)
        if clean and not clean.lower().startswith("http"):
            out.append(clean)
    return out


def _from_jsonld(scripts: list[str]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for raw in scripts:
        if len(raw) > MAX_JSONLD:
            continue
        try:
            data = json.loads(raw, strict=False)
        except ValueError:
            continue
        for obj in _jsonld_objects(data):
            if not (_types(obj) & _ARTICLE_TYPES):
                continue
            for key, field in (("headline", "title"), ("datePublished", "published"), ("dateModified", "modified"), ("url", "url")):
                if field not in found and isinstance(obj.get(key), str):
                    found[field] = obj[key]
            if "author" not in found and obj.get("author"):
                names = _names(obj["author"])
                if names:
                    found["author"] = "; ".join(dict.fromkeys(names))
            publisher = obj.get("publisher")
            if "site" not in found and isinstance(publisher, dict) and _clean(publisher.get("name")):
                found["site"] = _clean(publisher.get("name"))
    return found


def read_metadata(tree: Any, url: str | None = None) -> PageMetadata:
    """What the page's head (and any JSON-LD) says about it; ``tree`` is an lxml HTML tree."""
    metas: dict[str, str] = {}
    scripts: list[str] = []
    html_title: str | None = None
    canonical: str | None = None
    for element in tree.iter("meta", "title", "link", "script"):
        tag = element.tag
        if tag == "meta":
            key = (element.get("property") or element.get("name") or element.get("itemprop") or "").strip().lower()
            content = element.get("content") or element.get("datetime")
            if key and content and key not in metas:
                metas[key] = content
        elif tag == "title" and html_title is None:
            html_title = _clean(element.text_content())
        elif tag == "link" and canonical is None and (element.get("rel") or "").lower() == "canonical":
            canonical = element.get("href")
        elif tag == "script" and (element.get("type") or "").lower() == "application/ld+json":
            scripts.append(element.text or "")
    ld = _from_jsonld(scripts) if scripts else {}

    def first(keys: tuple[str, ...]) -> str | None:
        return next((metas[k] for k in keys if metas.get(k)), None)

    title = _clean(first(_TITLE_KEYS)) or _clean(ld.get("title")) or html_title
    author = _clean(ld.get("author")) or _clean(first(_AUTHOR_KEYS), 200)
    if author and author.lower().startswith("http"):
        author = None
    published = to_day(ld.get("published")) or to_day(first(_PUBLISHED_KEYS))
    modified = to_day(ld.get("modified")) or to_day(first(_MODIFIED_KEYS))
    page_url = canonical or metas.get("og:url") or (ld.get("url") if isinstance(ld.get("url"), str) else None) or url
    return PageMetadata(
        title=title,
        site=_clean(first(_SITE_KEYS)) or _clean(ld.get("site")),
        author=author,
        url=page_url if page_url and page_url.startswith(("http://", "https://")) else url,
        published=published,
        modified=modified if modified and (published is None or modified >= published) else None,
    )
