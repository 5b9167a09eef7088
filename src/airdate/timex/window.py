"""``infer_writing_window``: when a page was written, with the cues behind each bound.

Metadata (``Document.published``/``modified``, filled by ingest from HTML meta and
JSON-LD) wins; then a "Published ..." line; then the text's own cues from
``airdate.timex.window_cues``, strongest first. A cue that would empty the window is
left out rather than allowed to contradict stronger evidence. ``writing_cues`` returns
every candidate cue, applied or not, for fusion to narrow the window with other sources.
"""

from __future__ import annotations

from datetime import date

from airdate.models import Cue, Document, WritingWindow
from airdate.timex.expressions import analyse
from airdate.timex.window_cues import (
    METADATA, Bound, expression_bounds, horizon_bounds, lead_time_bounds, published_line_bounds,
    relative_year_bounds,
)


def writing_cues(document: Document) -> list[Bound]:
    """Every cue the page offers, strongest first."""
    bounds: list[Bound] = []
    if document.published is not None:
        bounds.append(Bound(Cue("metadata", "both", document.published, "published (page metadata)"), METADATA))
    if document.modified is not None:
        bounds.append(Bound(Cue("metadata", "upper", document.modified, "modified (page metadata)"), METADATA))
    text = document.text
    body = document.body_spans()
    bounds.extend(published_line_bounds(text))
    items = analyse(text)
    bounds.extend(expression_bounds(text, items, document.boilerplate))
    bounds.extend(relative_year_bounds(text, items, body))
    bounds.extend(lead_time_bounds(text, items, body))
    bounds.extend(horizon_bounds(text, items, body))
    return sorted(bounds, key=lambda b: -b.strength)


def infer_writing_window(document: Document) -> WritingWindow:
    start: date | None = None
    end: date | None = None
    applied: list[Cue] = []
    for bound in writing_cues(document):
        cue = bound.cue
        if bound.strength <= 0:
            applied.append(cue)  # crawl-time furniture: shown as evidence, never a bound
            continue
        new_start = max(start, cue.day) if start and cue.bound in {"lower", "both"} else (
            cue.day if cue.bound in {"lower", "both"} else start)
        new_end = min(end, cue.day) if end and cue.bound in {"upper", "both"} else (
            cue.day if cue.bound in {"upper", "both"} else end)
        if new_start and new_end and new_start > new_end:
            continue
        if (new_start, new_end) != (start, end):
            applied.append(cue)
        start, end = new_start, new_end
    return WritingWindow(start, end, tuple(applied))
