"""Feeds (RSS, Atom, RDF) and sitemaps (plain, index, news, gzipped): the page URLs they list."""

from __future__ import annotations

import zlib
from dataclasses import dataclass, field
from time import strftime
from urllib.parse import urljoin

import feedparser
from lxml import etree

MAX_LISTED = 50_000  # the sitemap protocol's own cap per file
XML_TYPES = ("application/xml", "text/xml", "application/rss+xml", "application/atom+xml", "application/rdf+xml")
_FEED_ROOTS = {"rss", "feed", "rdf", "channel"}
_SITEMAP_ROOTS = {"urlset", "sitemapindex"}


@dataclass(frozen=True)
class Listing:
    """What a feed or sitemap lists: page URLs, and for a sitemap index, more sitemaps."""

    kind: str  # feed | sitemap | sitemapindex
    pages: tuple[str, ...]
    sitemaps: tuple[str, ...] = ()
    dates: dict[str, str] = field(default_factory=dict)  # page URL -> the date the listing gives it


def _ungzip(data: bytes, limit: int) -> bytes:
    if not data.startswith(b"\x1f\x8b"):
        return data
    # bounded: a small gzip can expand to gigabytes
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    out = inflater.decompress(data, limit + 1)
    if len(out) > limit:
        raise ValueError(f"the compressed listing expands past {limit // 1_000_000} MB")
    return out


def _root_name(data: bytes) -> str | None:
    """Local name of the first element, read from the head only (no full parse)."""
    head = data[:4096].lstrip()
    if not head.startswith(b"<"):
        return None
    try:
        parser = etree.XMLPullParser(events=("start",), resolve_entities=False, no_network=True, load_dtd=False)
        parser.feed(head)
        for _event, element in parser.read_events():
            return etree.QName(element).localname.lower()
    except etree.LxmlError:
        return None
    return None


def listing_kind(data: bytes, content_type: str, url: str = "") -> str | None:
    """``feed``, ``sitemap`` or None (a page), from the declared type and the document's root element."""
    if content_type in ("text/html", "application/xhtml+xml", "text/plain") and not url.lower().endswith((".xml", ".xml.gz", ".rss")):
        return None
    if data.startswith(b"\x1f\x8b"):
        try:
            data = _ungzip(data[:65536], 65536 * 50)
        except (ValueError, zlib.error, EOFError):
            return None
    root = _root_name(data)
    if root in _SITEMAP_ROOTS:
        return "sitemap"
    if root in _FEED_ROOTS:
        return "feed"
    return None


def parse_listing(data: bytes, base_url: str, kind: str, max_bytes: int = 50_000_000) -> Listing:
    """The URLs in a feed or sitemap; raises ``ValueError`` with a reason when unreadable."""
    try:
        data = _ungzip(data, max_bytes)
    except (zlib.error, EOFError) as exc:
        raise ValueError(f"the compressed listing is corrupt ({exc})") from exc
    if kind == "feed":
        return _parse_feed(data, base_url)
    return _parse_sitemap(data, base_url)


def _parse_feed(data: bytes, base_url: str) -> Listing:
    parsed = feedparser.parse(data)
    pages: list[str] = []
    dates: dict[str, str] = {}
    for entry in parsed.entries[:MAX_LISTED]:
        link = entry.get("link")
        if not link:
            links = [x.get("href") for x in entry.get("links", []) if x.get("href")]
            link = links[0] if links else None
        if link:
            url = urljoin(base_url, link.strip())
            pages.append(url)
            when = entry.get("published_parsed") or entry.get("updated_parsed")
            if when:
                dates.setdefault(url, strftime("%Y-%m-%d", when))
    if not pages and parsed.bozo and not parsed.entries:
        raise ValueError(f"the feed cannot be parsed ({parsed.get('bozo_exception')})")
    return Listing("feed", tuple(dict.fromkeys(pages)), dates=dates)


def _parse_sitemap(data: bytes, base_url: str) -> Listing:
    # resolve_entities/no_network/load_dtd off: a hostile sitemap cannot read files or the network
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, recover=True)
    try:
        root = etree.fromstring(data, parser)
    except etree.LxmlError as exc:
        raise ValueError(f"the sitemap is not valid XML ({exc})") from exc
    if root is None:
        raise ValueError("the sitemap is empty")
    name = etree.QName(root).localname.lower()
    locs: list[str] = []
    dates: dict[str, str] = {}
    for element in root.iter("{*}loc"):
        parent = element.getparent()
        # news and image extensions nest <loc>s of their own; only the entry's own counts
        if parent is not None and etree.QName(parent).localname.lower() in ("url", "sitemap") and element.text:
            url = urljoin(base_url, element.text.strip())
            locs.append(url)
            # a news sitemap's publication date says when the article appeared; <lastmod> only when it last changed
            published = parent.find(".//{*}publication_date")
            if published is not None and published.text:
                dates.setdefault(url, published.text.strip()[:40])
        if len(locs) >= MAX_LISTED:
            break
    unique = tuple(dict.fromkeys(locs))
    if name == "sitemapindex":
        return Listing("sitemapindex", (), unique)
    return Listing("sitemap", unique, dates=dates)


def is_local_listing(data: bytes) -> bool:
    """True when a local .xml file is a feed or sitemap (and not some other XML)."""
    return listing_kind(data, "application/xml") is not None


__all__ = ["Listing", "XML_TYPES", "is_local_listing", "listing_kind", "parse_listing"]
