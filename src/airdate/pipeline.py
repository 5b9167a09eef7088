"""Run the stages in order over the store: ingest -> time -> extract -> fuse.

Each function is what one CLI command calls; the CLI only formats the result.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from airdate.changes import diff_results
from airdate.extract import extract_claims
from airdate.fuse import fuse_claims
from airdate.ingest import IngestError, IngestFailure, RawPage, iter_sources, to_document
from airdate.models import Claim, Document, FusionOutput, WritingWindow
from airdate.store import Store
from airdate.timex import infer_writing_window


@dataclass
class IngestReport:
    """What one ingest run did with each source."""

    stored: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    failed: list[IngestFailure] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failed

    def as_json(self) -> dict[str, object]:
        return {
            "stored": self.stored,
            "duplicates": self.duplicates,
            "failed": [{"source": f.source, "reason": f.reason} for f in self.failed],
            "warnings": [{"source": s, "warning": w} for s, w in self.warnings],
        }


def analyse(document: Document) -> tuple[WritingWindow, list[Claim]]:
    """Time and extract stages for one document."""
    window = infer_writing_window(document)
    return window, extract_claims(document, window)


def ingest(
    store: Store,
    specs: Iterable[str],
    *,
    on_item: Callable[[str], None] | None = None,
    sources: Iterable[RawPage | IngestFailure] | None = None,
    fuse: bool = True,
) -> IngestReport:
    """Store every page ``specs`` name, analyse the new ones, then fuse everything.

    Each page is committed on its own, so a crash loses at most the page in hand and
    a re-run skips what is stored (documents are keyed by the hash of their text).
    """
    report = IngestReport()
    for item in sources if sources is not None else iter_sources(specs):
        if isinstance(item, IngestFailure):
            report.failed.append(item)
            store.log_ingest(item.source, "failed", message=item.reason)
            _notify(on_item, item.source)
            continue
        page = item
        try:
            document, warnings = to_document(page)
        except IngestError as exc:
            failure = IngestFailure(page.source, str(exc))
            report.failed.append(failure)
            store.log_ingest(failure.source, "failed", message=failure.reason)
            _notify(on_item, failure.source)
            continue
        report.warnings.extend((page.source, w) for w in warnings)
        if store.has_document(document.id):
            report.duplicates.append(page.source)
            store.log_ingest(page.source, "duplicate", document.id)
            _notify(on_item, page.source)
            continue
        window, claims = analyse(document)
        raw = page.data if document.content_type == "text/html" else None
        stored = store.add_document(
            document,
            raw,
            fetched_at=page.fetched_at,
            etag=page.etag,
            last_modified=page.last_modified,
        )
        if stored:
            store.replace_analysis(document, window, claims)
            report.stored.append(page.source)
            store.log_ingest(page.source, "stored", document.id)
        else:
            report.duplicates.append(page.source)
        _notify(on_item, page.source)
    if fuse and (report.stored or not store.fusion_results()):
        run_fusion(store)
    return report


def reanalyse(store: Store, *, on_item: Callable[[str], None] | None = None) -> int:
    """Re-run time and extraction over every stored document, then fuse. Returns the count."""
    count = 0
    for document in store.documents():
        window, claims = analyse(document)
        store.replace_analysis(document, window, claims)
        count += 1
        _notify(on_item, document.name)
    run_fusion(store)
    return count


def run_fusion(store: Store) -> FusionOutput:
    """Fuse every stored claim, store the conclusions and what changed since the last run."""
    previous = store.fusion_results()
    output = fuse_claims(store.claims(), store.windows(), store.titles_by_article())
    store.save_fusion(output, diff_results(previous, output.results))
    return output


def _notify(callback: Callable[[str], None] | None, name: str) -> None:
    if callback is not None:
        callback(name)
