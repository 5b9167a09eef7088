"""Run the stages in order over the store: ingest -> time -> extract -> fuse.

Each function is what one CLI command calls; the CLI only formats the result.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from airdate.changes import diff_results
from airdate.extract import extract_claims
from airdate.fuse import fuse_claims
from airdate.ingest import IngestFailure, IngestSkip, RawPage, iter_sources
from airdate.ingest.commit import PageCommitter
from airdate.ingest.fetch import Fetcher
from airdate.ingest.storeview import known_urls
from airdate.models import Claim, Document, FusionOutput, WritingWindow
from airdate.store import Store
from airdate.timex import infer_writing_window


@dataclass
class IngestReport:
    """What one ingest (or refresh) run did with each source."""

    stored: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[IngestFailure] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failed

    def as_json(self) -> dict[str, object]:
        return {
            "ok": self.ok,
            "counts": {
                "stored": len(self.stored),
                "duplicates": len(self.duplicates),
                "unchanged": len(self.unchanged),
                "failed": len(self.failed),
            },
            "stored": self.stored,
            "duplicates": self.duplicates,
            "unchanged": self.unchanged,
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
    sources: Iterable[RawPage | IngestFailure | IngestSkip] | None = None,
    fuse: bool = True,
    fetcher: Fetcher | None = None,
) -> IngestReport:
    """Store every page ``specs`` name (or ``sources`` yields), analyse the new ones, then fuse once.

    Each page is committed on its own, so a kill loses at most the page in hand, and a
    re-run skips what is stored: documents are keyed by the hash of their text and URLs
    already stored are not fetched again (``refresh`` does that). URLs are fetched with
    ``fetcher``; without one, private addresses are refused.
    """
    report = IngestReport()
    committer = PageCommitter(store, analyse)
    items = sources if sources is not None else iter_sources(specs, fetcher=fetcher, known_urls=known_urls(store))
    for item in items:
        if isinstance(item, IngestFailure):
            report.failed.append(item)
            store.log_ingest(item.source, "failed", message=item.reason)
        elif isinstance(item, IngestSkip):
            (report.unchanged if item.outcome == "unchanged" else report.duplicates).append(item.source)
            store.log_ingest(item.source, item.outcome, message=item.reason)
        else:
            outcome = committer.commit(item)
            report.warnings.extend((item.source, w) for w in outcome.warnings)
            if outcome.kind == "failed":
                report.failed.append(IngestFailure(item.source, outcome.reason))
            else:
                (report.stored if outcome.kind == "stored" else report.duplicates).append(item.source)
            store.log_ingest(item.source, outcome.kind, outcome.document_id, outcome.reason or None)
        _notify(on_item, item.source)
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
