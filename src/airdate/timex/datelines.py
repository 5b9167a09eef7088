"""Datelines: the line a page prints to say when it was published or updated.

Three shapes are read, all general page furniture rather than prose:

- a labelled line near the top: "Published: March 4, 2025", "Updated on June 9, 2025",
  "Published July 22, 2025 | Updated August 30, 2025";
- a byline line near the top whose only other content is furniture: "By Name | April 2, 2026",
  "June 9, 2026 10:42am", "Thursday, May 14, 2026 | By Name | 9 comments",
  "by name · Dec 3, 2025 · 4 min read", "By Name | Last Updated: February 11, 2026";
- a wiki footer anywhere near the end: "This page was last edited on 14 August 2025, at 19:22."

A line is a byline only when, once its date is taken out, every part between separators
(| · • –) is furniture: a "by Name" credit of a few words, a time of day, a label, "N min read",
"N comments". A headline that also holds a date ("Release Date Confirmed: March 20, 2026!") has
other words and is not one.
"""

from __future__ import annotations

import re
from datetime import date

from airdate.models import Cue
from airdate.timex.expressions import analyse
from airdate.timex.grammar_base import writes_day_first
from airdate.timex.tokens import tokenize_near_time_words
from airdate.timex.window_cues import PUBLISHED_LINE, RELATIVE, Bound

HEAD_CHARS = 4000  # datelines sit in the page head
FOOT_CHARS = 4000  # a "last edited" footer sits in the page foot
DATELINE_CHARS = 200  # a dateline is short; past this it is prose that happens to start with "Updated"
_PUBLISHED = re.compile(r"(?im)^[ \t]{0,8}(published|posted|updated|last updated|modified)(?: on)?:?[ \t]{0,4}(?=\S)")
_LABEL = re.compile(r"\b(published|posted|last updated|updated|last edited|modified)\b(?: on)?:?", re.I)
_FOOTER = re.compile(r"\b(?:this )?page was (last edited|last modified|last updated)(?: on)?\b", re.I)
BODY_LINE_CHARS = 300  # a line this long is a body paragraph
_CREDIT = re.compile(r"(?i)^(?:(?:written|posted|words|reported|story)\s{1,3})?by\s{1,3}\S")
_UPDATED_LABEL = re.compile(r"(?i)updated|modified|last edited")
_SEPARATORS = re.compile(r"[|·•]| [-–—] |,")
# furniture parts of a byline line, once the date is taken out; each part is short and bounded
_FURNITURE = re.compile(
    r"(?i)^(?:"
    r"(?:(?:written|posted|words|reported|story)\s{1,3})?by\s{1,3}\S[^|·•]{0,60}"  # "By Name", "Written by Name"
    r"|(?:on|at)"
    r"|(?:published|posted|updated|last updated|modified|last edited)(?:\s{1,3}on)?:?(?:\s{1,3}\S[^|·•]{0,20})?"
    r"|\d{1,2}(?::\d{2})?\s{0,2}(?:[ap]\.?m\.?)?(?:\s{1,3}[a-z]{2,4})?"  # 10:42am, 3:05pm PT, 11:42 AM ET
    r"|\d{1,3}\s{1,3}(?:min(?:ute)?s?|comments?)(?:\s{1,3}read)?"  # 4 min read, 9 comments
    r"|comments\s{0,2}\(\d{1,6}\)|reading time:?\s{0,3}\d{1,3}\s{0,2}min(?:ute)?s?"
    r"|(?:last\s{1,3})?(?:checked|reviewed|verified|fact[- ]checked)(?:\s{1,3}on)?:?"
    r"|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)"
    r"|exclusive|(?:staff|entertainment|news|tv|streaming)\s{0,3}(?:desk|writer|reporter|editor)?"
    r")$")


def _first_day(part: str, day_first: bool) -> tuple[date, tuple[int, int]] | None:
    days = _days(part, day_first)
    return days[0] if days else None


def _days(part: str, day_first: bool) -> list[tuple[date, tuple[int, int]]]:
    return [(e.interval.start, e.span) for e in (item.expression for item in analyse(part, None, day_first))
            if e.interval.granularity == "day" and not e.relative and e.interval.start is not None]


def _labelled(text: str, day_first: bool) -> list[tuple[str, date, str, tuple[int, int]]]:
    out: list[tuple[str, date, str, tuple[int, int]]] = []
    for match in _PUBLISHED.finditer(text, 0, min(len(text), HEAD_CHARS)):
        line_end = text.find("\n", match.start())
        line_end = min(line_end if line_end >= 0 else len(text), match.start() + DATELINE_CHARS)
        labels = list(_LABEL.finditer(text, match.start(), line_end))
        for k, label in enumerate(labels):
            stop = labels[k + 1].start() if k + 1 < len(labels) else line_end
            found = _first_day(text[label.end():stop], day_first)
            if found is not None:
                quote = " ".join(text[match.start():line_end].split())
                out.append((_kind(label.group(1)), found[0], quote, (match.start(), line_end)))
    return out


def _kind(label: str) -> str:
    label = label.lower()
    return "published" if label in {"published", "posted"} else "updated"


def _bylines(text: str, taken: list[tuple[int, int]], day_first: bool) -> list[tuple[str, date, str, tuple[int, int]]]:
    """The first byline line of the head whose parts besides the date are all furniture."""
    pos = 0
    head = min(len(text), HEAD_CHARS)
    credit_above = False
    while pos < head:
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[pos:end]
        if len(line) > BODY_LINE_CHARS:
            break  # the body has begun: a date line below it is a table row or a list item
        if line.strip() and not any(a <= pos < b for a, b in taken):
            days = _days(line, day_first)
            parts = _parts(_without(line, [span for _day, span in days])) if days else ["?"]
            # a line that is only a date counts under a "By Name" line; otherwise it needs furniture of its own
            if days and all(_FURNITURE.match(p) for p in parts) and (parts or credit_above):
                return _byline_days(line, days, (pos, end))
            credit_above = bool(_CREDIT.match(line.strip()))
        pos = end + 1
    return []


def _without(line: str, spans: list[tuple[int, int]]) -> str:
    """The line with each date replaced by a separator."""
    pieces, last = [], 0
    for a, b in spans:
        pieces.append(line[last:a])
        last = b
    return "|".join(pieces + [line[last:]])


def _byline_days(line: str, days: list[tuple[date, tuple[int, int]]],
                 span: tuple[int, int]) -> list[tuple[str, date, str, tuple[int, int]]]:
    """Each date of a byline line, labelled by the words since the date before it:
    "17:32, Mon, Apr 6, 2026 | UPDATED: 09:14, Tue, Apr 7, 2026" is published Apr 6, updated Apr 7;
    a restated date under another label ("Last checked: ...") adds nothing."""
    out: list[tuple[str, date, str, tuple[int, int]]] = []
    quote = " ".join(line.split())
    last = 0
    for day, (a, b) in days:
        kind = "updated" if _UPDATED_LABEL.search(line[last:a]) else "published"
        last = b
        if not out or (kind == "updated" and day > max(d for _k, d, _q, _s in out)):
            out.append((kind, day, quote, span))
    return out


def _parts(rest: str) -> list[str]:
    return [p for p in (part.strip(" \t.:()") for part in _SEPARATORS.split(rest)) if p]


def _footer(text: str, day_first: bool) -> list[tuple[str, date, str, tuple[int, int]]]:
    start = max(0, len(text) - FOOT_CHARS)
    for match in _FOOTER.finditer(text, start):
        line_end = text.find("\n", match.end())
        line_end = min(line_end if line_end >= 0 else len(text), match.end() + DATELINE_CHARS)
        found = _first_day(text[match.end():line_end], day_first)
        if found is not None:
            return [("updated", found[0], " ".join(text[match.start():line_end].split()), (match.start(), line_end))]
    return []


def datelines(text: str) -> list[tuple[str, date, str, tuple[int, int]]]:
    """Every dateline: (kind "published" | "updated", day, quote, line span), labelled lines
    first, so "Published July 2, 2025 | Updated July 9, 2025" gives two."""
    # "Updated On: 12/06/2026" on a page that writes "5th of May 2026" is June 12
    day_first = writes_day_first(tokenize_near_time_words(text))
    labelled = _labelled(text, day_first)
    found = labelled + _bylines(text, [span for *_rest, span in labelled], day_first)
    return found + _footer(text, day_first)


def published_line_bounds(text: str) -> list[Bound]:
    """Bounds from the datelines.

    Published X alone dates the writing to X. With a later "Updated Y" the text shown may hold
    edits up to Y, so the window is X..Y. "Updated Y" alone bounds from above, and weakly from
    below (the page is taken as current on its update day unless its own text says earlier).
    """
    published: list[Bound] = []
    updated: list[Bound] = []
    for kind, day, quote, _span in datelines(text):
        if kind == "published":
            published.append(Bound(Cue("published_line", "both", day, quote), PUBLISHED_LINE))
        else:
            updated.append(Bound(Cue("published_line", "upper", day, quote), PUBLISHED_LINE))
    if published and updated:
        first = published[0].cue
        if max(u.cue.day for u in updated) > first.day:
            published[0] = Bound(Cue("published_line", "lower", first.day, first.quote), PUBLISHED_LINE)
    elif updated:
        # no Published day: the text may predate its update, so its own cues may still narrow
        # the window below Y (just under PUBLISHED_LINE, which fixes a bound for good)
        updated = [Bound(u.cue, PUBLISHED_LINE - 1) for u in updated]
        last = max(updated, key=lambda u: u.cue.day).cue
        updated.append(Bound(Cue("published_line", "lower", last.day, last.quote), RELATIVE))
    return published + updated
