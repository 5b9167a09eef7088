"""Answer stage: one function builds each answer; the CLI, JSON API and web pages only format it.

- ``fact_sheet(store, title, season, today) -> FactSheet``
- ``ask(store, question, today) -> Answer``
- ``timeline(store, title, season, today) -> (FactSheet, [TimelineEntry])``
- ``list_sources(store) -> [SourceReport]``
- ``list_titles(store, today) -> [TitleSummary]``
"""

from __future__ import annotations

from airdate.answer.ask import ask
from airdate.answer.facts import fact_sheet, list_sources
from airdate.answer.timeline import TimelineEntry, timeline
from airdate.answer.titles import KnownTitle, TitleNotFound, known_titles
from airdate.answer.overview import TitleSummary, list_titles

__all__ = [
    "KnownTitle",
    "TimelineEntry",
    "TitleNotFound",
    "TitleSummary",
    "ask",
    "fact_sheet",
    "known_titles",
    "list_sources",
    "list_titles",
    "timeline",
]
