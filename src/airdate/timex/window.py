"""``infer_writing_window``: when a page was written, with the cues behind each bound.

Metadata (``Document.published``/``modified``, filled by ingest from HTML meta and
JSON-LD) wins; then a "Published ..." line; then the text's own cues from
``airdate.timex.window_cues``, strongest first. A cue that would empty the window is
left out rather than allowed to contradict stronger evidence; so is a text cue that would
put the writing before the web existed (WEB_EPOCH). ``writing_cues`` returns
every candidate cue, applied or not, for fusion to narrow the window with other sources.
Text cues are read only on text that reads as English (see ``window_cues.reads_as_english``).
"""

from __future__ import annotations

from datetime import date

from airdate.models import Cue, Document, WritingWindow
from airdate.timex.expressions import analyse
from airdate.timex.datelines import datelines, published_line_bounds
from airdate.timex.window_cues import (
    METADATA, PUBLISHED_LINE, Bound, expression_bounds, horizon_bounds, in_progress_bounds, lead_time_bounds,
    reads_as_english, relative_year_bounds, this_season_bounds, weekday_date_bounds, without_story_times,
)

# no web page was written before the web: a text cue putting the writing earlier misreads
# a title ("Blade Runner 2049" in reverse) or historical narrative; metadata is still trusted
WEB_EPOCH = date(1991, 1, 1)


def writing_cues(document: Document) -> list[Bound]:
    """Every cue the page offers, strongest first."""
    bounds, items, body = _first_cues(document)
    if items:
        # "on Tuesday, July 7": dated once the other cues narrow the years it may fall in
        start, end, _applied = _apply(bounds)
        bounds.extend(weekday_date_bounds(document.text, items, body, start, end))
        bounds.extend(this_season_bounds(document.text, items, body, start, end))
    return sorted(bounds, key=lambda b: -b.strength)


def _first_cues(document: Document) -> tuple[list[Bound], list, list[tuple[int, int]]]:
    bounds: list[Bound] = []
    if document.published is not None:
        bounds.append(Bound(Cue("metadata", "both", document.published, "published (page metadata)"), METADATA))
    if document.modified is not None:
        bounds.append(Bound(Cue("metadata", "upper", document.modified, "modified (page metadata)"), METADATA))
    text = document.text
    body = document.body_spans()
    bounds.extend(published_line_bounds(text))
    if not reads_as_english(text):
        return bounds, [], body  # the tense words below would misread it
    items = without_story_times(text, analyse(text))
    dateline_spans = tuple(span for _label, _day, _quote, span in datelines(text))
    bounds.extend(expression_bounds(text, items, document.boilerplate, dateline_spans))
    bounds.extend(relative_year_bounds(text, items, body))
    bounds.extend(lead_time_bounds(text, items, body))
    bounds.extend(in_progress_bounds(text, items, body))
    bounds.extend(horizon_bounds(text, items, body))
    return _without_far_future(bounds), items, body


# ("the melodrama of the game Skyline 2077", "a sequel to Harbor Runner 2049": a year in a work's name, far past every other cue)
FAR_FUTURE_YEARS = 30  # a page about a 2002 film may well date a 2026 sequel


def _without_far_future(bounds: list[Bound]) -> list[Bound]:
    """The cues without those whose year lies more than FAR_FUTURE_YEARS past every cue of another sentence."""
    kept: list[Bound] = []
    for bound in bounds:
        others = [b.cue.day.year for b in bounds if b.cue.quote != bound.cue.quote]
        if bound.cue.kind != "metadata" and others and bound.cue.day.year > max(others) + FAR_FUTURE_YEARS:
            continue
        kept.append(bound)
    return kept


def infer_writing_window(document: Document) -> WritingWindow:
    start, end, applied = _apply(writing_cues(document))
    return WritingWindow(start, end, tuple(applied))


def _apply(bounds: list[Bound]) -> tuple[date | None, date | None, list[Cue]]:
    """Apply cues strongest first; a cue that would empty the window is left out."""
    start: date | None = None
    end: date | None = None
    applied: list[Cue] = []
    locked: set[str] = set()  # bounds set by metadata or a dateline: text cues do not move them
    for bound in sorted(bounds, key=lambda b: -b.strength):
        cue = bound.cue
        if bound.strength <= 0:
            applied.append(cue)  # crawl-time furniture: shown as evidence, never a bound
            continue
        sides = {"lower", "upper"} if cue.bound == "both" else {cue.bound}
        if bound.strength < PUBLISHED_LINE and sides <= locked:
            continue  # "Published X | Updated Y": the page holds text from X to Y, whatever it says
        if bound.strength >= PUBLISHED_LINE:
            locked |= sides
        if cue.kind != "metadata" and cue.day < WEB_EPOCH:
            continue  # "Dust Road: 1889 will stream ...", "1923 is filming": a title or a story's past, not the writing
        new_start = max(start, cue.day) if start and cue.bound in {"lower", "both"} else (
            cue.day if cue.bound in {"lower", "both"} else start)
        new_end = min(end, cue.day) if end and cue.bound in {"upper", "both"} else (
            cue.day if cue.bound in {"upper", "both"} else end)
        if new_start and new_end and new_start > new_end:
            continue
        if (new_start, new_end) != (start, end):
            applied.append(cue)
        start, end = new_start, new_end
    return start, end, applied
