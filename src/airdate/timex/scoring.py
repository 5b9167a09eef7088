"""Scores for ``airdate eval time --gold``: span P/R/F1 by overlap, value accuracy on matches.

A system expression matches a gold one when their character spans overlap (one-to-one,
in text order). Value accuracy counts matched pairs whose start and end days are both
exactly right.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

# a system: (text, reference day) -> [(span start, span end, start day, end day)]
Prediction = tuple[int, int, date | None, date | None]
System = Callable[[str, date], list[Prediction]]


@dataclass
class SpanScores:
    system: str
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    values_right: int = 0
    errors: list[dict[str, Any]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def value_accuracy(self) -> float:
        return self.values_right / self.matched if self.matched else 0.0

    @property
    def value_recall(self) -> float:
        """Share of gold expressions found with the exact interval (the README's anchor figure)."""
        return self.values_right / self.gold if self.gold else 0.0

    def as_json(self) -> dict[str, Any]:
        return {
            "system": self.system,
            "gold": self.gold,
            "predicted": self.predicted,
            "matched": self.matched,
            "span_precision": round(self.precision, 4),
            "span_recall": round(self.recall, 4),
            "span_f1": round(self.f1, 4),
            "value_accuracy": round(self.value_accuracy, 4),
            "exact_share_of_gold": round(self.value_recall, 4),
        }


def load_gold(path: Path) -> list[dict[str, Any]]:
    records = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            records.append(json.loads(line))
        except json.JSONDecodeError as error:
            raise ValueError(f"{path}:{number} is not valid JSON ({error.msg}); fix or remove that line") from error
    return records


def _gold_spans(record: dict[str, Any]) -> list[tuple[int, int, date, date]]:
    text = record["text"]
    out = []
    cursor = 0
    for item in record.get("expressions", []):
        start = text.find(item["span"], cursor)
        if start < 0:
            start = text.find(item["span"])
        if start < 0:
            continue
        cursor = start + len(item["span"])
        out.append((start, start + len(item["span"]), date.fromisoformat(item["start"]), date.fromisoformat(item["end"])))
    return out


def score(records: Iterable[dict[str, Any]], system: System, name: str) -> SpanScores:
    scores = SpanScores(name)
    for record in records:
        reference = date.fromisoformat(record["reference_date"])
        gold = _gold_spans(record)
        predicted = system(record["text"], reference)
        scores.gold += len(gold)
        scores.predicted += len(predicted)
        used: set[int] = set()
        for g_start, g_end, g_first, g_last in gold:
            hit = next((k for k, p in enumerate(predicted) if k not in used and p[0] < g_end and g_start < p[1]), None)
            if hit is None:
                scores.errors.append({"id": record.get("id"), "missed": record["text"][g_start:g_end]})
                continue
            used.add(hit)
            scores.matched += 1
            p = predicted[hit]
            if p[2] == g_first and p[3] == g_last:
                scores.values_right += 1
            else:
                scores.errors.append({
                    "id": record.get("id"), "span": record["text"][p[0]:p[1]],
                    "got": [str(p[2]), str(p[3])], "want": [str(g_first), str(g_last)],
                })
        for k, p in enumerate(predicted):
            if k not in used:
                scores.errors.append({"id": record.get("id"), "spurious": record["text"][p[0]:p[1]]})
    return scores


def airdate_system(text: str, reference: date) -> list[Prediction]:
    from airdate.timex.expressions import find_expressions

    return [(e.span[0], e.span[1], e.interval.start, e.interval.end) for e in find_expressions(text, reference)]


def dateparser_system(text: str, reference: date) -> list[Prediction]:
    """``dateparser.search.search_dates`` as a baseline: each hit is a single day."""
    from datetime import datetime

    from dateparser.search import search_dates

    found = search_dates(text, languages=["en"], settings={"RELATIVE_BASE": datetime(reference.year, reference.month, reference.day)}) or []
    out: list[Prediction] = []
    cursor = 0
    for phrase, moment in found:
        start = text.find(phrase, cursor)
        if start < 0:
            continue
        cursor = start + len(phrase)
        out.append((start, start + len(phrase), moment.date(), moment.date()))
    return out
