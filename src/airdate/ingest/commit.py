"""Store one raw page: to a document, analysed, committed, linked to the pages it copies.

Each page is its own transaction, so a kill loses at most the page in hand. A kill
between the document's commit and its analysis's commit is repaired on the next run:
a stored document without a writing window is analysed again.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from airdate.ingest.pages import IngestError, RawPage, to_document
from airdate.models import Claim, Document, WritingWindow
from airdate.store import Store

if TYPE_CHECKING:
    from airdate.ingest.near_dup import NearDuplicateIndex

Analyse = Callable[[Document], tuple[WritingWindow, Sequence[Claim]]]


@dataclass(frozen=True)
class Outcome:
    kind: str  # stored | duplicate | failed
    source: str
    reason: str = ""
    document_id: str | None = None
    warnings: tuple[str, ...] = ()


class PageCommitter:
    """Turns raw pages into stored, analysed documents, one transaction each."""

    def __init__(self, store: Store, analyse: Analyse, *, find_copies: bool = True) -> None:
        self.store = store
        self.analyse = analyse
        self.find_copies = find_copies
        self._index: NearDuplicateIndex | None = None

    def commit(self, page: RawPage) -> Outcome:
        try:
            document, warnings = to_document(page)
        except IngestError as exc:
            return Outcome("failed", page.source, str(exc))
        except Exception as exc:  # one odd page must not stop the batch
            return Outcome("failed", page.source, f"reading the page failed ({type(exc).__name__}: {exc}); report this page")
        notes = tuple(warnings)
        if self.store.has_document(document.id):
            if self.store.is_analysed(document.id):
                return Outcome("duplicate", page.source, "the same text is already stored", document.id, notes)
            stored = self.store.document(document.id)  # the previous run died before its analysis committed
            return self._analyse_and_finish(stored or document, page, notes, resumed=True)
        document = replace(document, name=self.store.unique_name(document.name))
        try:
            window, claims = self.analyse(document)
        except Exception as exc:  # a bug in a later stage costs this page, not the batch
            return Outcome("failed", page.source, f"analysing the page failed ({type(exc).__name__}: {exc}); report this page")
        raw = page.data if document.content_type == "text/html" else None
        if not self.store.add_document(
            document, raw, fetched_at=page.fetched_at, etag=page.etag, last_modified=page.last_modified
        ):
            return Outcome("duplicate", page.source, "the same text is already stored", document.id, notes)
        self.store.replace_analysis(document, window, claims)
        self._record_copies(document)
        return Outcome("stored", page.source, "", document.id, notes)

    def _analyse_and_finish(self, document: Document, page: RawPage, notes: tuple[str, ...], *, resumed: bool) -> Outcome:
        try:
            window, claims = self.analyse(document)
        except Exception as exc:
            return Outcome("failed", page.source, f"analysing the page failed ({type(exc).__name__}: {exc}); report this page")
        self.store.replace_analysis(document, window, claims)
        return Outcome("stored", page.source, "analysis completed after an interrupted run" if resumed else "", document.id, notes)

    def _record_copies(self, document: Document) -> None:
        if not self.find_copies:
            return
        if self._index is None:
            # imported here: datasketch pulls in scipy, seconds of start-up every other command would pay
            from airdate.ingest.near_dup import NearDuplicateIndex

            self._index = NearDuplicateIndex()
            others = (row for row in self.store.iter_texts() if row[0] != document.id)
            self._index.load(others, self.store.document_text)
        for link in self._index.add(document):
            self.store.record_copy(link.copy, link.original, round(link.similarity, 4))
