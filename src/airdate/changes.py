"""What changed between two fusion runs, per title and season, for alerts and feeds."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from airdate.models import FusionResult
from airdate.normalize import title_key


def _key(result: FusionResult) -> tuple[str, int | None]:
    return title_key(result.title), result.season


def diff_results(old: Iterable[FusionResult], new: Iterable[FusionResult]) -> list[dict[str, Any]]:
    """One change record per new value, status change or new rejected claim."""
    before = {_key(r): r for r in old}
    changes: list[dict[str, Any]] = []
    for result in new:
        previous = before.get(_key(result))
        old_facts = {f.attribute: f for f in previous.facts} if previous else {}
        for fact in result.facts:
            was = old_facts.get(fact.attribute)
            base = {"title": result.title, "season": result.season, "attribute": fact.attribute}
            if was is None or was.value != fact.value:
                changes.append(
                    {**base, "kind": "new_value", "value": fact.value, "previous": was.value if was else None, "status": fact.status}
                )
            elif was.status != fact.status:
                changes.append({**base, "kind": "status_change", "value": fact.value, "previous": was.status, "status": fact.status})
        old_rejected = {(r.attribute, repr(r.value), r.article) for r in previous.rejected} if previous else set()
        for rejection in result.rejected:
            if (rejection.attribute, repr(rejection.value), rejection.article) not in old_rejected:
                changes.append(
                    {
                        "title": result.title,
                        "season": result.season,
                        "attribute": rejection.attribute,
                        "kind": "new_rejection",
                        "value": rejection.value,
                        "article": rejection.article,
                        "reason": rejection.reason,
                    }
                )
    return changes
