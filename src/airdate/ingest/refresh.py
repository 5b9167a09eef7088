"""``airdate refresh``: fetch every known URL again, conditionally, keeping every version."""

from __future__ import annotations

from collections.abc import Iterator

from airdate.ingest.crawl import UrlJob, crawl
from airdate.ingest.fetch import Fetcher
from airdate.ingest.pages import IngestFailure, IngestSkip, RawPage
from airdate.ingest.storeview import latest_versions
from airdate.store import Store


def base_name(name: str) -> str:
    """The article name without the ``~N`` version suffix the store adds."""
    head, sep, tail = name.rpartition("~")
    return head if sep and tail.isdigit() else name


def refresh_jobs(store: Store) -> list[UrlJob]:
    """One conditional fetch per stored URL, with the newest version's ETag and Last-Modified."""
    return [
        UrlJob(
            url=str(row["url"]),
            origin=str(row["url"]),
            expect="page",
            name=base_name(str(row["name"])),
            etag=str(row["etag"]) if row.get("etag") else None,
            last_modified=str(row["last_modified"]) if row.get("last_modified") else None,
            refresh=True,
        )
        for row in latest_versions(store)
    ]


def refresh_sources(store: Store, fetcher: Fetcher) -> Iterator[RawPage | IngestFailure | IngestSkip]:
    """New versions of stored pages; unchanged ones come back as ``IngestSkip("unchanged")``."""
    return crawl(refresh_jobs(store), fetcher)
