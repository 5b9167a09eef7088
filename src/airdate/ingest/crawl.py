"""Fetch URLs concurrently; expand feeds and sitemaps into the pages they list.

Workers only fetch. The caller's thread consumes pages one at a time (extraction and
the store stay single-threaded), and at most a few responses wait in memory.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Collection, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, replace

from airdate.ingest.fetch import FetchError, Fetched, Fetcher
from airdate.ingest.listings import XML_TYPES, listing_kind, parse_listing
from airdate.ingest.names import canonical_url, name_from_url
from airdate.ingest.pages import HTML_TYPES, IngestFailure, IngestSkip, RawPage

MAX_LISTING_DEPTH = 3  # sitemap index -> sitemap -> pages; deeper nesting is a loop or a trap
PAGE_TYPES = (*HTML_TYPES, "text/plain", "", "application/octet-stream")


@dataclass(frozen=True)
class UrlJob:
    """One URL to fetch, and what to expect there."""

    url: str
    origin: str  # what the user named that led here (the URL itself, a feed, a sitemap)
    expect: str = "any"  # any | page | listing
    depth: int = 0
    name: str | None = None  # the article name to keep (refresh stores versions under it)
    etag: str | None = None
    last_modified: str | None = None
    refresh: bool = False
    listed_date: str | None = None  # the date a feed or news sitemap gave the page


def crawl(
    jobs: Iterable[UrlJob], fetcher: Fetcher, *, known_urls: Collection[str] = ()
) -> Iterator[RawPage | IngestFailure | IngestSkip]:
    """Pages (and failures, and skips) for ``jobs`` and everything their listings name."""
    queue: deque[UrlJob] = deque(jobs)
    seen: set[str] = set()
    in_flight: dict[Future[Fetched], UrlJob] = {}
    limit = max(2, fetcher.settings.workers * 2)
    pool = ThreadPoolExecutor(max_workers=fetcher.settings.workers, thread_name_prefix="airdate-fetch")
    try:
        while queue or in_flight:
            while queue and len(in_flight) < limit:
                job = queue.popleft()
                key = canonical_url(job.url)
                if key in seen:
                    continue
                seen.add(key)
                if not job.refresh and job.expect != "listing" and key in known_urls:
                    yield IngestSkip(job.url, "duplicate", "already stored; use `airdate refresh` to fetch a new version")
                    continue
                in_flight[pool.submit(fetcher.fetch, job.url, etag=job.etag, last_modified=job.last_modified)] = job
            if not in_flight:
                continue
            done, _ = wait(in_flight, return_when=FIRST_COMPLETED)
            for future in done:
                job = in_flight.pop(future)
                try:
                    results = list(_handle(job, future, queue, fetcher.settings.max_bytes))
                except Exception as exc:  # a parser bug must cost this URL only, not the batch
                    results = [IngestFailure(job.url, f"unexpected error while reading the response ({type(exc).__name__}: {exc}); report it if it repeats")]
                yield from results
    finally:
        pool.shutdown(wait=False, cancel_futures=True)


def _handle(job: UrlJob, future: Future[Fetched], queue: deque[UrlJob], max_bytes: int) -> Iterator[RawPage | IngestFailure | IngestSkip]:
    try:
        fetched = future.result()
    except FetchError as exc:
        yield IngestFailure(job.url, str(exc))
        return
    except Exception as exc:  # a bug or an odd network failure must cost this URL only
        yield IngestFailure(job.url, f"unexpected error while fetching ({type(exc).__name__}: {exc}); report it if it repeats")
        return
    if fetched.not_modified:
        yield IngestSkip(job.url, "unchanged", "not modified since the last fetch")
        return
    kind = None if job.expect == "page" else listing_kind(fetched.data, fetched.content_type, fetched.url)
    if kind is not None:
        yield from _expand(job, fetched, kind, queue, max_bytes)
        return
    if job.expect == "listing":
        yield IngestFailure(job.url, "the sitemap index names something that is not a sitemap; check the index")
        return
    if fetched.content_type not in PAGE_TYPES:
        what = "XML that is neither a feed nor a sitemap" if fetched.content_type in XML_TYPES else fetched.content_type
        yield IngestFailure(job.url, f"the URL serves {what}, not a web page; leave it out of the sources")
        return
    yield RawPage(
        source=job.url,
        name=job.name or name_from_url(fetched.url),
        data=fetched.data,
        content_type=fetched.content_type or "text/html",
        url=fetched.url,
        charset=fetched.charset,
        fetched_at=fetched.fetched_at,
        etag=fetched.etag,
        last_modified=fetched.last_modified,
        listed_date=job.listed_date,
    )


def _expand(job: UrlJob, fetched: Fetched, kind: str, queue: deque[UrlJob], max_bytes: int) -> Iterator[IngestFailure]:
    try:
        listing = parse_listing(fetched.data, fetched.url, kind, max_bytes)
    except ValueError as exc:
        yield IngestFailure(job.url, f"{exc}; check that the URL is a feed or sitemap")
        return
    if not listing.pages and not listing.sitemaps:
        yield IngestFailure(job.url, f"the {listing.kind} lists no pages; check that it is the right address")
        return
    if listing.sitemaps and job.depth >= MAX_LISTING_DEPTH:
        yield IngestFailure(job.url, f"sitemaps nest deeper than {MAX_LISTING_DEPTH} levels; give an inner sitemap directly")
        return
    base = replace(job, origin=job.origin, depth=job.depth + 1, name=None, etag=None, last_modified=None)
    queue.extend(replace(base, url=url, expect="listing") for url in listing.sitemaps)
    queue.extend(replace(base, url=url, expect="page", listed_date=listing.dates.get(url)) for url in listing.pages)
