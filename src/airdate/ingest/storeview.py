"""Read-only views of the store that ingest needs and ``Store`` does not offer (yet).

They read the store's own tables through its engine; nothing here writes.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from sqlalchemy import select

from airdate.ingest.names import canonical_url, is_url
from airdate.store import Store, codec, schema


def known_urls(store: Store) -> set[str]:
    """Every URL a stored page was fetched from or ended at, canonicalised."""
    urls: set[str] = set()
    for row in store.document_meta():
        for value in (row.get("url"), row.get("source")):
            if value and is_url(value):
                urls.add(canonical_url(value))
    return urls


def name_taken(store: Store, name: str) -> bool:
    """True when a stored document already uses ``name`` (an indexed lookup, unlike a LIKE scan)."""
    d = schema.documents
    with store.engine.connect() as conn:
        return conn.execute(select(d.c.id).where(d.c.name == name).limit(1)).first() is not None


def is_analysed(store: Store, document_id: str) -> bool:
    """True when the document's writing window (and so its claims) were committed."""
    w = schema.writing_windows
    with store.engine.connect() as conn:
        return conn.execute(select(w.c.document_id).where(w.c.document_id == document_id)).first() is not None


def iter_for_index(store: Store) -> Iterator[tuple[str, str, str | None, date | None]]:
    """(id, text, url, published) of every stored document, streamed so memory stays flat."""
    d = schema.documents
    with store.engine.connect() as conn:
        result = conn.execution_options(stream_results=True, yield_per=200).execute(
            select(d.c.id, d.c.text, d.c.url, d.c.published).order_by(d.c.ingested_at, d.c.id)
        )
        for row in result:
            yield row.id, row.text, row.url, codec.day(row.published)


def document_text(store: Store, document_id: str) -> str | None:
    d = schema.documents
    with store.engine.connect() as conn:
        return conn.execute(select(d.c.text).where(d.c.id == document_id)).scalar()


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
