"""Turn the pipeline's dataclasses into JSON text for the store, and back."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from airdate.models import (
    Claim,
    Cue,
    Evidence,
    Fact,
    FusionResult,
    Rejection,
    SourceReport,
    Superseded,
    WritingWindow,
)


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=_default)


def _default(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (set, frozenset, tuple)):
        return list(value)
    raise TypeError(f"cannot store a {type(value).__name__} as JSON")


def day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def cues_to_json(window: WritingWindow) -> str:
    return dumps([{"kind": c.kind, "bound": c.bound, "day": c.day, "quote": c.quote} for c in window.cues])


def window_from_row(start: str | None, end: str | None, cues: str | None) -> WritingWindow:
    parsed = tuple(
        Cue(kind=c["kind"], bound=c["bound"], day=date.fromisoformat(c["day"]), quote=c["quote"])
        for c in json.loads(cues or "[]")
    )
    return WritingWindow(day(start), day(end), parsed)


def claim_from_row(row: Any) -> Claim:
    return Claim(
        article=row.article,
        subject=row.subject,
        season=row.season,
        attribute=row.attribute,
        value=json.loads(row.value) if row.value is not None else None,
        modality=row.modality,
        quote=row.quote,
        span=(row.span_start, row.span_end),
        condition=row.condition,
        also_quotes=tuple(json.loads(row.also_quotes or "[]")),
        widget=bool(row.widget),
        document_id=row.document_id,
    )


def fact_from_json(data: dict[str, Any]) -> Fact:
    return Fact(
        attribute=data["attribute"],
        status=data["status"],
        value=data.get("value"),
        confidence=float(data.get("confidence", 0.0)),
        evidence=tuple(Evidence(**e) for e in data.get("evidence", [])),
        superseded=tuple(Superseded(**s) for s in data.get("superseded", [])),
        explanation=data.get("explanation", ""),
    )


def result_to_json(result: FusionResult) -> str:
    return dumps(
        {
            "title": result.title,
            "season": result.season,
            "as_of": result.as_of,
            "aliases": list(result.aliases),
            "facts": [f.as_json() for f in result.facts],
            "rejected": [r.as_json() for r in result.rejected],
        }
    )


def result_from_json(text: str) -> FusionResult:
    data = json.loads(text)
    return FusionResult(
        title=data["title"],
        season=data["season"],
        as_of=data.get("as_of"),
        aliases=tuple(data.get("aliases", [])),
        facts=tuple(fact_from_json(f) for f in data.get("facts", [])),
        rejected=tuple(Rejection(**r) for r in data.get("rejected", [])),
    )


def source_to_json(report: SourceReport) -> str:
    return dumps(report.as_json())


def source_from_json(text: str) -> SourceReport:
    data = json.loads(text)
    return SourceReport(
        article=data["article"],
        title=data.get("title"),
        written=data.get("written"),
        reliability=float(data.get("reliability", 0.5)),
        flags=tuple(data.get("flags", [])),
    )
