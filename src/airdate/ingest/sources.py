"""Expand what the user named (files, folders, URLs, feeds, sitemaps, WARC files) into raw pages."""

from __future__ import annotations

import os
import zlib
from collections.abc import Collection, Iterable, Iterator
from pathlib import Path

from airdate.ingest.crawl import UrlJob, crawl
from airdate.ingest.fetch import Fetcher, FetchSettings
from airdate.ingest.listings import listing_kind, parse_listing
from airdate.ingest.names import is_url
from airdate.ingest.pages import IngestFailure, IngestSkip, RawPage
from airdate.ingest.warc import is_warc, iter_warc

TEXT_SUFFIXES = {".txt": "text/plain", ".text": "text/plain", ".html": "text/html", ".htm": "text/html"}
LISTING_SUFFIXES = (".xml", ".rss", ".atom", ".xml.gz")
MAX_FILE_BYTES = 20_000_000

Item = RawPage | IngestFailure | IngestSkip


def read_source_list(path: str) -> list[str]:
    """The sources named in a list file: one per line; blank lines and ``#`` comments are ignored."""
    with open(path, encoding="utf-8-sig") as handle:
        return [line.strip() for line in handle if line.strip() and not line.lstrip().startswith("#")]


def iter_sources(
    specs: Iterable[str],
    *,
    fetcher: Fetcher | None = None,
    known_urls: Collection[str] = (),
    max_bytes: int | None = None,
) -> Iterator[Item]:
    """Raw pages for every source named: local ones first, in order, then everything fetched.

    A fetcher is made (private addresses refused) when URLs are named and none is given.
    """
    limit = max_bytes or (fetcher.settings.max_bytes if fetcher else MAX_FILE_BYTES)
    jobs: list[UrlJob] = []
    for spec in specs:
        if is_url(spec):
            jobs.append(UrlJob(spec, spec))
            continue
        yield from _local(spec, jobs, limit)
    if not jobs:
        return
    own = fetcher is None
    active = fetcher or Fetcher(FetchSettings())
    try:
        yield from crawl(jobs, active, known_urls=known_urls)
    finally:
        if own:
            active.close()


def _local(spec: str, jobs: list[UrlJob], limit: int) -> Iterator[Item]:
    path = Path(spec)
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
        for file in files:
            if is_warc(file):
                yield from iter_warc(file, limit)
            elif _content_type(file) is not None:
                yield _read_file(file)
            # anything else in a folder (gold labels, images, notes) is not a page
    elif path.is_file():
        if is_warc(path):
            yield from iter_warc(path, limit)
        elif path.name.lower().endswith(LISTING_SUFFIXES):
            yield from _local_listing(path, jobs)
        else:
            yield _read_file(path)
    elif _looks_like_address(spec):
        yield IngestFailure(spec, "no such file or folder; if it is a web address, start it with https://")
    else:
        yield IngestFailure(spec, "no such file or folder; check the path")


def _looks_like_address(spec: str) -> bool:
    """``example.com/page`` or ``www.example.com``: a web address without its scheme."""
    head = spec.split("/", 1)[0].lower()
    if "/" not in spec and not head.startswith("www."):
        return False  # "notes.txt" is a missing file, not a host
    labels = head.split(".")
    return len(labels) >= 2 and labels[-1].isalpha() and 2 <= len(labels[-1]) <= 24 and not Path(head).exists()


def _local_listing(path: Path, jobs: list[UrlJob]) -> Iterator[Item]:
    """A feed or sitemap saved as a file: its URLs join the fetch queue."""
    source = str(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield IngestFailure(source, f"cannot read the file ({exc.strerror or exc}); check its permissions")
        return
    kind = listing_kind(data, "application/xml", path.name)
    if kind is None:
        yield IngestFailure(source, "the XML file is neither a feed nor a sitemap; give pages, feeds, sitemaps or WARC files")
        return
    try:
        listing = parse_listing(data, "", kind)
    except (ValueError, zlib.error) as exc:
        yield IngestFailure(source, f"{exc}; check the file")
        return
    pages = [u for u in listing.pages if is_url(u)]
    sitemaps = [u for u in listing.sitemaps if is_url(u)]
    if not pages and not sitemaps:
        yield IngestFailure(source, f"the {listing.kind} lists no web addresses; check the file")
        return
    jobs.extend(UrlJob(u, source, expect="listing", depth=1) for u in sitemaps)
    jobs.extend(UrlJob(u, source, expect="page", depth=1, listed_date=listing.dates.get(u)) for u in pages)


def _content_type(path: Path) -> str | None:
    name = path.name.lower()
    if name.endswith(".gz"):
        return TEXT_SUFFIXES.get(Path(name[:-3]).suffix)
    return TEXT_SUFFIXES.get(path.suffix.lower())


def _read_file(path: Path) -> RawPage | IngestFailure:
    source = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            return IngestFailure(source, f"the file is {size // 1_000_000} MB, over the {MAX_FILE_BYTES // 1_000_000} MB limit; split it or leave it out")
        data = path.read_bytes()
    except OSError as exc:
        return IngestFailure(source, f"cannot read the file ({exc.strerror or exc}); check its permissions")
    content_type = _content_type(path) or "text/plain"
    if path.suffix.lower() == ".gz":
        try:
            # bounded: a small .gz can expand to gigabytes
            inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
            data = inflater.decompress(data, MAX_FILE_BYTES + 1)
        except (OSError, EOFError, zlib.error):
            return IngestFailure(source, "the .gz file is corrupt; download it again")
        if len(data) > MAX_FILE_BYTES:
            return IngestFailure(source, f"the file expands past the {MAX_FILE_BYTES // 1_000_000} MB limit; split it or leave it out")
    return RawPage(source=source, name=os.path.basename(source), data=data, content_type=content_type)


__all__ = ["iter_sources", "read_source_list"]
