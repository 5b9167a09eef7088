"""Raw bytes of one page to a ``Document``: decoding, HTML extraction, boilerplate spans."""

from __future__ import annotations

import email.message
import hashlib
import re
from dataclasses import dataclass

from charset_normalizer import from_bytes

from airdate.ingest.boilerplate import find_boilerplate
from airdate.ingest.metadata import to_day
from airdate.models import Document

MAX_BYTES = 20_000_000
WESTERN = ("cp1252", "latin_1", "iso8859_15")
HTML_TYPES = ("text/html", "application/xhtml+xml")


class IngestError(Exception):
    """A page that cannot be ingested; the message says why and what to do."""


@dataclass(frozen=True)
class RawPage:
    """The bytes of one page and where they came from."""

    source: str
    name: str
    data: bytes
    content_type: str = "text/plain"
    url: str | None = None
    charset: str | None = None
    fetched_at: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    listed_date: str | None = None  # publication date a feed or news sitemap gave it, used when the page states none


@dataclass(frozen=True)
class IngestFailure:
    """One source that could not be read: what, why, and what to do next."""

    source: str
    reason: str


@dataclass(frozen=True)
class IngestSkip:
    """A source passed over on purpose: already stored, or unchanged since the last fetch."""

    source: str
    outcome: str  # duplicate | unchanged
    reason: str


def media_type(header: str | None) -> tuple[str, str | None]:
    """The media type (lower case) and charset of a Content-Type header."""
    if not header:
        return "", None
    msg = email.message.Message()
    msg["content-type"] = header
    charset = msg.get_param("charset")
    return msg.get_content_type().lower(), (charset.strip().strip("'\"").lower() if isinstance(charset, str) else None)


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


_MAGIC = (
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"\x1f\x8b", "gzip data"),
    (b"RIFF", "a RIFF media file"),
)
# bounded: reads one attribute value of at most 40 characters, no nested repetition
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s{0,5}=\s{0,5}["']?([A-Za-z0-9_.:-]{1,40})""", re.IGNORECASE)


def binary_kind(data: bytes) -> str | None:
    """What binary thing ``data`` is ("a PNG image", "unrecognised data"), or None for text."""
    head = data[:4096]
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    if b"\x00" in head:
        return "unrecognised data"
    return None


def looks_binary(data: bytes) -> bool:
    return binary_kind(data) is not None


def decode(data: bytes, declared: str | None = None, *, html: bool = False) -> tuple[str, str | None]:
    """Text of ``data`` and a warning when it was not the declared (or UTF-8) encoding.

    A wrong declaration is common on the web (a latin-1 page served as UTF-8), so when
    the declared encoding fails the page's own <meta charset> is tried, then detection.
    """
    encoding = (declared or "utf-8").lower()
    try:
        return data.decode(encoding), None
    except (UnicodeDecodeError, LookupError):
        pass
    if html:
        match = _META_CHARSET.search(data[:8192])
        meta = match.group(1).decode("ascii").lower() if match else None
        if meta and meta != encoding:
            try:
                return data.decode(meta), f"not valid {encoding}; decoded as {meta} as the page itself declares"
            except (UnicodeDecodeError, LookupError):
                pass
    matches = list(from_bytes(data))
    if not matches:
        raise IngestError("the bytes are not text in any known encoding; check that the source is a text or HTML page")
    best = matches[0]
    # Detection often names a Baltic or Central European code page for Western text, which
    # garbles its accents; windows-1252 is the web's commonest legacy encoding (the WHATWG
    # fallback), so it wins whenever it reads the bytes about as cleanly as the best guess.
    western = next((m for m in matches if m.encoding in WESTERN and m.chaos <= best.chaos + 0.1), None)
    chosen = western or best
    return str(chosen), f"not valid {encoding}; decoded as {chosen.encoding}"


def is_html(page: RawPage) -> bool:
    if page.content_type in HTML_TYPES:
        return True
    if page.content_type in ("", "application/octet-stream"):
        head = page.data[:1024].lstrip().lower()
        return head.startswith((b"<!doctype html", b"<html", b"<?xml"))
    return False


# Pages whose links were text of their own come out with spaces inside their punctuation ("Tow Ubukata 's Bye Bye,
# Earth novel", "A ( Red Kite , Salt Road ) directed the anime at Studio X ."); the words are the article's, the
# spaces an artefact of its markup. (Each pattern starts only where a run of spaces does, so it stays linear.)
_SPACE_BEFORE_MARK = re.compile(r"(?<=[\w)”\"’])(?<![ \t])[ \t]+(?=[,;:!?)]\s|[,;:!?)]$|\.\s|\.$|['’]s\b)", re.MULTILINE)
_SPACE_AFTER_BRACKET = re.compile(r"\([ \t]+(?=\w)")


def tidy_spacing(text: str) -> str:
    """``text`` without the spaces a page's markup left before commas, full stops, closing brackets and a
    possessive 's, or after an opening bracket."""
    return _SPACE_AFTER_BRACKET.sub("(", _SPACE_BEFORE_MARK.sub("", text))


def to_document(page: RawPage) -> tuple[Document, list[str]]:
    """The ``Document`` for ``page`` and any warnings; raises ``IngestError`` when unusable."""
    if not page.data.strip():
        raise IngestError("the page is empty; remove it or fetch it again")
    if len(page.data) > MAX_BYTES:
        raise IngestError(f"the page is larger than {MAX_BYTES // 1_000_000} MB; split it or skip it")
    kind = binary_kind(page.data)
    if kind:
        served = f" although the server labelled it {page.content_type}" if page.url and page.content_type else ""
        raise IngestError(f"the content is binary ({kind}), not text or HTML{served}; leave it out of the sources")
    warnings: list[str] = []
    html = is_html(page)
    text, warning = decode(page.data, page.charset, html=html)
    if warning:
        warnings.append(warning)
    if html:
        from airdate.ingest.html import html_to_document

        document = html_to_document(text, page)
    else:
        clean = tidy_spacing(text.replace("\r\n", "\n").replace("\r", "\n").strip("\ufeff"))
        furniture = find_boilerplate(clean)
        document = Document(
            id=content_hash(clean),
            name=page.name,
            text=clean,
            source=page.source,
            title=_first_line(clean, furniture),
            url=page.url,
            boilerplate=furniture,
            content_type="text/plain",
        )
    if not document.text.strip():
        raise IngestError("no article text could be extracted; the page may be navigation only")
    return document, warnings


def _first_line(text: str, furniture: tuple[tuple[int, int], ...]) -> str | None:
    """The first line outside page furniture: a plain-text page's headline."""
    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if line.strip() and not any(a <= start < b for a, b in furniture):
            return line.strip()[:300]
    return None
