"""Time stage: temporal expressions as intervals, and when each page was written.

Public API (other stages import only these names):

- ``find_expressions(text, anchor=None) -> list[TimeExpression]``
- ``infer_writing_window(document) -> WritingWindow``
"""

from __future__ import annotations

from datetime import date

from airdate.models import Document, Interval, TimeExpression, WritingWindow


def find_expressions(text: str, anchor: Interval | date | None = None) -> list[TimeExpression]:
    """Every temporal expression in ``text``; relative ones resolved against ``anchor``."""
    return []


def infer_writing_window(document: Document) -> WritingWindow:
    """When ``document`` was written, as an interval with the cues for each bound."""
    return WritingWindow(document.published or document.modified, document.modified or document.published)


__all__ = ["find_expressions", "infer_writing_window"]
