"""Pages out of WARC files, one record at a time (the file is streamed, never loaded whole)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from airdate.ingest.names import name_from_url
from airdate.ingest.pages import IngestFailure, RawPage, media_type

PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain")


def is_warc(path: Path) -> bool:
    name = path.name.lower()
    return name.endswith((".warc", ".warc.gz", ".arc", ".arc.gz"))


def iter_warc(path: Path, max_bytes: int) -> Iterator[RawPage | IngestFailure]:
    """Every HTML or text response (or resource) in ``path``; other records are passed over.

    A truncated file is reported (warcio itself stops quietly at a cut record), and the
    pages before the damage are still yielded.
    """
    count = 0
    try:
        size = path.stat().st_size
        with path.open("rb") as stream:
            records = ArchiveIterator(stream, arc2warc=True)
            for record in records:
                page = _record_page(record, path, max_bytes)
                if page is _TRUNCATED:
                    yield _damaged(path, count, "a record is cut short")
                    return
                if page is not None:
                    count += 1
                    yield page  # type: ignore[misc]
            if records.offset < size:
                yield _damaged(path, count, f"{size - records.offset} bytes at the end cannot be read")
    except OSError as exc:
        if count == 0 and isinstance(exc, (FileNotFoundError, PermissionError)):
            yield IngestFailure(str(path), f"cannot read the WARC file ({exc.strerror or exc}); check its path and permissions")
        else:
            yield _damaged(path, count, str(exc))
    except (ArchiveLoadFailed, ValueError, EOFError) as exc:
        yield _damaged(path, count, str(exc))
    except Exception as exc:  # warcio's header parser has exceptions of its own; one bad file, one line
        yield _damaged(path, count, f"{type(exc).__name__}: {exc}")


def _damaged(path: Path, count: int, why: str) -> IngestFailure:
    return IngestFailure(
        str(path), f"the WARC file is damaged after {count} pages ({why}); the pages before were read, fetch a fresh copy for the rest"
    )


_TRUNCATED = object()


def _record_page(record: object, path: Path, max_bytes: int) -> RawPage | IngestFailure | object | None:
    rec_type = record.rec_type  # type: ignore[attr-defined]
    if rec_type not in ("response", "resource"):
        return None
    headers = record.rec_headers  # type: ignore[attr-defined]
    url = headers.get_header("WARC-Target-URI") or ""
    if rec_type == "response":
        http = record.http_headers  # type: ignore[attr-defined]
        if http is None:
            return None
        status = http.get_statuscode()
        if not status or not status.startswith("2"):
            return None  # redirects and errors captured by the crawler are not pages
        declared = http.get_header("Content-Type")
    else:
        declared = headers.get_header("Content-Type")
    content_type, charset = media_type(declared)
    if content_type and content_type not in PAGE_TYPES:
        return None  # images, scripts, styles: a WARC holds a whole site, only pages matter here
    data = record.content_stream().read(max_bytes + 1)  # type: ignore[attr-defined]
    source = url or f"{path}#record"
    if len(data) <= max_bytes and record.raw_stream.limit > 0:  # type: ignore[attr-defined]
        return _TRUNCATED  # the file ended inside this record
    if len(data) > max_bytes:
        return IngestFailure(source, f"the record in {path.name} is larger than {max_bytes / 1_000_000:g} MB; raise --max-size to ingest it")
    return RawPage(
        source=source,
        name=name_from_url(url) if url else path.name,
        data=data,
        content_type=content_type or "text/html",
        url=url or None,
        charset=charset,
        fetched_at=headers.get_header("WARC-Date"),
    )
