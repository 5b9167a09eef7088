"""One claim per (subject, season, attribute, value, modality) per article.

Restatements go to ``also_quotes``; a restatement with less detail (a renewal with no
date, a character with no actor, "Min Soo" for "Kang Min-soo") joins the more
specific claim, whose quote leads.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from airdate.models import Claim
from airdate.normalize import name_parts, same_person, title_key

_NAME_ATTRIBUTES = ("cast_member", "director", "writer", "production_company")
_VALUE_FREE = ("trailer",)  # `other` values are kinds of fact: two kinds are two claims


def _detail(claim: Claim) -> int:
    value = claim.value
    if value is None:
        return 0
    if isinstance(value, str):
        return len(name_parts(value)) if claim.attribute in _NAME_ATTRIBUTES else 1
    if isinstance(value, dict):
        return sum(1 for v in value.values() if v not in (None, "", False)) + (
            len(name_parts(str(value.get("name", "")))) if claim.attribute == "character" else 0
        )
    return 1


def _same_value(a: Claim, b: Claim) -> bool:
    """Equal values, or one a less detailed restatement of the other."""
    if a.attribute in _VALUE_FREE:
        return True
    va, vb = a.value, b.value
    if va is None or vb is None:
        return va is None and vb is None
    if a.attribute in _NAME_ATTRIBUTES:
        return same_person(str(va), str(vb)) or title_key(str(va)) == title_key(str(vb))
    if a.attribute == "platform":
        return title_key(str(va)) == title_key(str(vb))
    if a.attribute == "character" and isinstance(va, dict) and isinstance(vb, dict):
        na, nb = str(va.get("name")), str(vb.get("name"))
        # "Wade" in a recap restates "Wade Corrigan" named with his actor
        part = (" " not in na and na.lower() in nb.lower().split()) or (" " not in nb and nb.lower() in na.lower().split())
        if not same_person(na, nb) and not part:
            return False
        pa, pb = va.get("played_by"), vb.get("played_by")
        return not pa or not pb or same_person(str(pa), str(pb))
    if a.attribute in ("renewal", "cancellation") and isinstance(va, dict) and isinstance(vb, dict):
        if va.get("renewed") != vb.get("renewed"):
            return False
        da, db = va.get("date"), vb.get("date")
        return not da or not db or json.dumps(da, sort_keys=True) == json.dumps(db, sort_keys=True)
    if a.attribute == "based_on" and isinstance(va, dict) and isinstance(vb, dict):
        ta, tb = va.get("title"), vb.get("title")
        return (not ta or not tb or title_key(ta) == title_key(tb)) and va.get("medium") == vb.get("medium") or not ta or not tb
    return _plain(va) == _plain(vb)


def _plain(value: Any) -> str:
    if isinstance(value, dict):
        value = {k: v for k, v in value.items() if k != "text"}
    return json.dumps(value, sort_keys=True, default=str)


def _without_paired_cast(claims: Sequence[Claim]) -> list[Claim]:
    """The claims less each cast claim whose sentence also pairs the actor with a part: the gold README gives such a
    sentence only its character claim ("the film stars A as the titular killer")."""
    actors: dict[tuple[str, int | None, str], list[str]] = {}
    for c in claims:
        if c.attribute == "character" and isinstance(c.value, dict) and c.value.get("played_by"):
            actors.setdefault((title_key(c.subject), c.season, c.quote), []).append(str(c.value["played_by"]))
    return [
        c for c in claims
        if not (c.attribute == "cast_member" and any(same_person(a, str(c.value)) for a in actors.get((title_key(c.subject), c.season, c.quote), ())))
    ]


def deduplicate(claims: Sequence[Claim]) -> list[Claim]:
    claims = _without_paired_cast(claims)
    groups: list[list[Claim]] = []
    for claim in claims:
        for group in groups:
            head = group[0]
            if (
                title_key(head.subject) == title_key(claim.subject)
                and head.season == claim.season
                and head.attribute == claim.attribute
                and head.modality == claim.modality
                and all(_same_value(member, claim) for member in group)
            ):
                group.append(claim)
                break
        else:
            groups.append([claim])
    merged: list[Claim] = []
    for group in groups:
        lead = max(group, key=lambda c: (_detail(c), -c.span[0]))
        quotes: list[str] = []
        for member in sorted(group, key=lambda c: c.span[0]):
            for quote in (member.quote, *member.also_quotes):
                if quote != lead.quote and quote not in quotes:
                    quotes.append(quote)
        condition = lead.condition or next((c.condition for c in group if c.condition), None)
        merged.append(replace(lead, also_quotes=tuple(quotes), condition=condition, widget=any(c.widget for c in group)))
    return sorted(merged, key=lambda c: c.span[0])
