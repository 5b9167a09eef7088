"""Rebuild a stored page's ``Document`` from its kept raw HTML with the current extractors.

Writing the result back is left to the caller: new text means a new document id, and
whether to keep the old version (as refresh does) is a store-level decision.
"""

from __future__ import annotations

from dataclasses import replace

from airdate.ingest.pages import IngestError, RawPage, to_document
from airdate.models import Document
from airdate.store import Store


def reextract(store: Store, document: Document) -> Document | None:
    """``document`` extracted again from its raw bytes; None when no raw HTML was kept.

    The HTTP charset header is not stored, so decoding falls back to UTF-8, the page's
    own <meta charset>, then detection. Raises ``IngestError`` if the page no longer yields text.
    """
    raw = store.raw(document.id)
    if raw is None:
        return None
    page = RawPage(source=document.source, name=document.name, data=raw, content_type=document.content_type, url=document.url)
    rebuilt, _warnings = to_document(page)
    return replace(rebuilt, name=document.name)


__all__ = ["IngestError", "reextract"]
