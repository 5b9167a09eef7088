"""What claim values mean to fusion: kinds of attribute, windows, keys and compatibility.

Values arrive in the gold JSON shapes (``shared/seeds/gold/README.md``). Fusion needs
to know when two values are the same claim ("120 million" and "120.4 million";
"Ana Mara-lin" and "Ana Mara Lin"), when one refines the other (a day inside
"early 2031"), and when they conflict.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from airdate.normalize import fold, person_key, same_person, title_key

# How each attribute behaves over time and across sources.
SINGLE = "single"  # one true value (a season's premiere, its viewership figure)
SET = "set"  # several true values at once (cast, characters, credits)
STATE = "state"  # one value at a time that changes as the show moves on (renewal, stage)
NOTES = "notes"  # free paraphrases, listed rather than reconciled

ATTRIBUTE_KIND: dict[str, str] = {
    "premiere_date": SINGLE,
    "episode_count": SINGLE,
    "viewership": SINGLE,
    "based_on": SINGLE,
    "trailer": STATE,
    "renewal": STATE,
    "cancellation": STATE,
    "production_stage": STATE,
    "platform": SINGLE,  # where a season streams or airs: one home, restated by every page
    "cast_member": SET,
    "character": SET,
    "director": SET,
    "writer": SET,
    "production_company": SET,
    "other": NOTES,
}

# Attributes that hold for a whole series unless a season says otherwise.
SERIES_WIDE = ("platform", "director", "writer", "based_on", "production_company")

# How much a claim's wording commits the page to it.
MODALITY_WEIGHT: dict[str, float] = {
    "confirmed": 1.0,
    "reported": 0.6,
    "expected": 0.45,
    "speculative": 0.25,
    "conditional": 0.15,
    "negated": 1.0,
}

STAGES = ("announced", "development", "casting", "pre-production", "filming", "post-production")
PERSON_ATTRIBUTES = ("cast_member", "director", "writer")


def kind(attribute: str) -> str:
    return ATTRIBUTE_KIND.get(attribute, NOTES)


def parse_day(value: Any) -> date | None:
    if isinstance(value, date):
        return value
    if isinstance(value, str) and len(value) >= 10:
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def window_of(value: Any) -> tuple[date | None, date | None] | None:
    """The days a date-like value covers: a day string, or a ``{start, end}`` window."""
    day = parse_day(value)
    if day is not None:
        return day, day
    if isinstance(value, dict) and ("start" in value or "end" in value):
        start, end = parse_day(value.get("start")), parse_day(value.get("end"))
        if start is None and end is None:
            return None
        if start and end and start > end:
            start, end = end, start
        return start, end
    return None


def width_days(window: tuple[date | None, date | None] | None) -> int:
    """Days a window spans; open windows count as very wide (least specific)."""
    if window is None or window[0] is None or window[1] is None:
        return 100_000
    return (window[1] - window[0]).days + 1


def windows_overlap(a: tuple[date | None, date | None], b: tuple[date | None, date | None]) -> bool:
    a0, a1 = a
    b0, b1 = b
    if a0 and b1 and a0 > b1:
        return False
    if b0 and a1 and b0 > a1:
        return False
    return True


def window_contains(outer: tuple[date | None, date | None], inner: tuple[date | None, date | None]) -> bool:
    o0, o1 = outer
    i0, i1 = inner
    if o0 and (i0 is None or i0 < o0):
        return False
    if o1 and (i1 is None or i1 > o1):
        return False
    return True


def renewal_date_window(value: Any) -> tuple[date | None, date | None] | None:
    return window_of(value.get("date")) if isinstance(value, dict) else None


def _amount(value: Any) -> float | None:
    if isinstance(value, dict):
        value = value.get("amount")
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    if isinstance(value, str):
        try:
            return float(value.replace(",", ""))
        except ValueError:
            return None
    return None


def name_of(attribute: str, value: Any) -> str | None:
    """The person or character name a set element is about."""
    if attribute == "character" and isinstance(value, dict):
        name = value.get("name")
        return name if isinstance(name, str) and name.strip() else None
    if isinstance(value, str) and value.strip():
        return value
    return None


def element_key(attribute: str, value: Any) -> str:
    """A key under which restatements of one set element meet (before fuzzy matching)."""
    name = name_of(attribute, value)
    if name is None:
        return json.dumps(value, sort_keys=True, default=str)
    if attribute in PERSON_ATTRIBUTES or attribute == "character":
        return person_key(name)
    if attribute == "production_company" or attribute == "platform":
        return title_key(name)
    return fold(name)


def same_element(attribute: str, a: Any, b: Any) -> bool:
    na, nb = name_of(attribute, a), name_of(attribute, b)
    if na is None or nb is None:
        return a == b
    if attribute in PERSON_ATTRIBUTES or attribute == "character":
        return same_person(na, nb)
    return title_key(na) == title_key(nb)


def compatible(attribute: str, a: Any, b: Any) -> bool:
    """True when both values can hold at once: equal, nested or overlapping windows, or
    numbers within 1 % (a rounded restatement), or objects whose stated fields agree."""
    if a == b:
        return True
    if a is None or b is None:
        return False
    if attribute == "renewal" and isinstance(a, dict) and isinstance(b, dict):
        if bool(a.get("renewed")) != bool(b.get("renewed")):
            return False
        wa, wb = renewal_date_window(a), renewal_date_window(b)
        return wa is None or wb is None or windows_overlap(wa, wb)
    wa, wb = window_of(a), window_of(b)
    if wa is not None and wb is not None:
        return windows_overlap(wa, wb)
    xa, xb = _amount(a), _amount(b)
    if xa is not None and xb is not None:
        if isinstance(a, dict) and isinstance(b, dict) and a.get("unit") and b.get("unit") and a["unit"] != b["unit"]:
            return False
        return abs(xa - xb) <= 0.01 * max(abs(xa), abs(xb))
    if isinstance(a, dict) and isinstance(b, dict):
        for field, va in a.items():
            vb = b.get(field)
            # Free text and category words ("comic"/"graphic novel") are wording, not facts that conflict.
            if va in (None, "") or vb in (None, "") or field in ("text", "medium", "window", "anchor"):
                continue
            if isinstance(va, str) and isinstance(vb, str):
                if title_key(va) != title_key(vb) and not same_person(va, vb):
                    return False
            elif va != vb:
                return False
        return True
    if isinstance(a, str) and isinstance(b, str):
        return title_key(a) == title_key(b) or (attribute in PERSON_ATTRIBUTES and same_person(a, b))
    return False


def specificity(attribute: str, value: Any) -> float:
    """Higher is more specific: a day beats a month beats a year; a fuller object beats a sparse one."""
    window = window_of(value) if attribute != "renewal" else renewal_date_window(value)
    if window is not None:
        return -float(width_days(window))
    amount = _amount(value)
    if amount is not None:
        text = f"{amount:.6g}".rstrip("0")
        return float(len(text))  # 120400000 is more precise than 120000000
    if isinstance(value, dict):
        return float(sum(v not in (None, "") for k, v in value.items() if k != "text"))
    return 0.0


def merge_objects(values: list[Any]) -> Any:
    """Fill the missing fields of the most specific object from compatible others."""
    dicts = [v for v in values if isinstance(v, dict)]
    if not dicts:
        return values[0] if values else None
    fullest: dict[str, Any] = max(dicts, key=lambda v: sum(x not in (None, "") for x in v.values()))
    best = dict(fullest)
    for other in dicts:
        for k, v in other.items():
            if best.get(k) in (None, "") and v not in (None, ""):
                best[k] = v
    return best


def describe(attribute: str, value: Any) -> str:
    """Short words for a value, used in explanations and reasons."""
    if value is None:
        return "none"
    if attribute == "renewal" and isinstance(value, dict):
        if not value.get("renewed"):
            return "not renewed"
        when = value.get("date")
        text = when.get("text") if isinstance(when, dict) else when
        return f"renewed {text}" if text else "renewed"
    if isinstance(value, dict):
        if value.get("text"):
            return str(value["text"])
        if attribute == "production_stage" and value.get("stage"):
            return str(value["stage"])
        if attribute == "character" and value.get("name"):
            actor = value.get("played_by")
            return f"{value['name']} (played by {actor})" if actor else str(value["name"])
        if value.get("title"):
            return str(value["title"])
        window = window_of(value)
        if window:
            return f"{window[0]}..{window[1]}"
        return json.dumps(value, sort_keys=True, default=str)
    return str(value)
