"""Raw bytes of one page to a ``Document``: decoding, HTML extraction, boilerplate spans."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from charset_normalizer import from_bytes

from airdate.ingest.boilerplate import find_boilerplate
from airdate.models import Document

MAX_BYTES = 20_000_000
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


@dataclass(frozen=True)
class IngestFailure:
    """One source that could not be read: what, why, and what to do next."""

    source: str
    reason: str


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def looks_binary(data: bytes) -> bool:
    head = data[:4096]
    if b"\x00" in head:
        return True
    magic = (b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"%PDF", b"PK\x03\x04", b"\x1f\x8b")
    return head.startswith(magic)


def decode(data: bytes, declared: str | None = None) -> tuple[str, str | None]:
    """Text of ``data`` and a warning when it was not the declared (or UTF-8) encoding."""
    encoding = (declared or "utf-8").lower()
    try:
        return data.decode(encoding), None
    except (UnicodeDecodeError, LookupError):
        pass
    best = from_bytes(data).best()
    if best is None:
        raise IngestError("the bytes are not text in any known encoding; check that the file is a text or HTML page")
    return str(best), f"not valid {encoding}; decoded as {best.encoding}"


def to_document(page: RawPage) -> tuple[Document, list[str]]:
    """The ``Document`` for ``page`` and any warnings; raises ``IngestError`` when unusable."""
    if not page.data.strip():
        raise IngestError("the page is empty; remove it or fetch it again")
    if len(page.data) > MAX_BYTES:
        raise IngestError(f"the page is larger than {MAX_BYTES // 1_000_000} MB; split it or skip it")
    if looks_binary(page.data):
        raise IngestError("the file is binary, not text or HTML; remove it from the sources")
    warnings: list[str] = []
    text, warning = decode(page.data, page.charset)
    if warning:
        warnings.append(warning)
    is_html = page.content_type.split(";")[0].strip() in HTML_TYPES
    if is_html:
        from airdate.ingest.html import html_to_document

        document = html_to_document(text, page)
    else:
        clean = text.replace("\r\n", "\n").replace("\r", "\n").strip("\ufeff")
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
