"""Views over stored pages that only ingest needs: the URLs already fetched, the newest version of each."""

from __future__ import annotations

from airdate.ingest.names import canonical_url, is_url
from airdate.store import Store


def known_urls(store: Store) -> set[str]:
    """Every URL a stored page was fetched from or ended at, canonicalised."""
    urls: set[str] = set()
    for row in store.document_meta():
        for value in (row.get("url"), row.get("source")):
            if value and is_url(value):
                urls.add(canonical_url(value))
    return urls


def latest_versions(store: Store) -> list[dict[str, object]]:
    """For each stored URL, its newest version's name and validators, oldest URL first."""
    latest: dict[str, dict[str, object]] = {}
    for row in store.document_meta():
        url = row.get("url")
        if not url or not is_url(url):
            continue
        key = canonical_url(url)
        if key not in latest or str(row["ingested_at"]) >= str(latest[key]["ingested_at"]):
            latest[key] = row
    return sorted(latest.values(), key=lambda r: str(r["ingested_at"]))
