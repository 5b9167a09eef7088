"""``airdate eval time --timeml DIR``: TempEval-3 task A figures on TimeML files.

Each ``.tml`` file's TEXT is stripped of tags (gold TIMEX3 spans kept by offset), the
document creation time (DCT) is the anchor, and ``find_timex3`` (the TimeML mode of the
time stage) is scored the way the TempEval-3 scorer does: strict = exact span, relaxed =
overlap, value F1 / type F1 = F1 of relaxed matches whose value / type is also right.

Two rows: ``timex3`` (the full TimeML mode) and ``dates_only`` (only what the
release-date grammar finds, with TimeML values), so the figures show what the
TimeML-only recognisers add. This module only reads and scores; extraction lives in
``airdate.timex.timex3``.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from airdate.timex.timex3 import find_timex3

_TIMEX = re.compile(r"<TIMEX3\b([^>]*)>(.*?)</TIMEX3>", re.S)
_ATTR = re.compile(r'(?<!\w)(\w+)="([^"]*)"')
_TAG = re.compile(r"<[^>]{0,2000}>")
_TEXT = re.compile(r"<TEXT>(.*?)</TEXT>", re.S)
_DCT = re.compile(r'<DCT>.*?value="(\d{4}-\d{2}-\d{2})', re.S)


@dataclass(frozen=True)
class Timex:
    start: int
    end: int
    value: str | None
    type: str | None = None


def read_timeml(path: Path) -> tuple[str, date, list[Timex]]:
    """Plain text of the TEXT element, the DCT, and the gold TIMEX3s with offsets into that text."""
    raw = path.read_text(encoding="utf-8")
    dct_match = _DCT.search(raw)
    body_match = _TEXT.search(raw)
    if dct_match is None or body_match is None:
        raise ValueError(f"{path} has no DCT or TEXT element; is it a TimeML file?")
    body = body_match.group(1)
    text_parts: list[str] = []
    gold: list[Timex] = []
    length = 0
    pos = 0
    for match in _TIMEX.finditer(body):
        before = html.unescape(_TAG.sub("", body[pos:match.start()]))
        text_parts.append(before)
        length += len(before)
        inner = html.unescape(_TAG.sub("", match.group(2)))
        attrs = dict(_ATTR.findall(match.group(1)))
        gold.append(Timex(length, length + len(inner), attrs.get("value"), attrs.get("type")))
        text_parts.append(inner)
        length += len(inner)
        pos = match.end()
    text_parts.append(html.unescape(_TAG.sub("", body[pos:])))
    return "".join(text_parts), date.fromisoformat(dct_match.group(1)), gold


@dataclass
class Tally:
    gold: int = 0
    predicted: int = 0
    strict: int = 0
    relaxed: int = 0
    values: int = 0
    types: int = 0

    def f1(self, hits: int) -> float:
        p = hits / self.predicted if self.predicted else 0.0
        r = hits / self.gold if self.gold else 0.0
        return round(2 * p * r / (p + r), 4) if p + r else 0.0


def _score(tally: Tally, gold: list[Timex], predicted: list[Timex]) -> None:
    tally.gold += len(gold)
    tally.predicted += len(predicted)
    used: set[int] = set()
    for g in gold:
        hit = next((k for k, p in enumerate(predicted) if k not in used and p.start < g.end and g.start < p.end), None)
        if hit is None:
            continue
        used.add(hit)
        p = predicted[hit]
        tally.relaxed += 1
        tally.strict += (p.start, p.end) == (g.start, g.end)
        tally.values += p.value is not None and p.value == g.value
        tally.types += p.type is not None and p.type == g.type


def _predict(text: str, dct: date, other_types: bool) -> list[Timex]:
    return [Timex(t.start, t.end, t.value, t.type) for t in find_timex3(text, dct, other_types=other_types)]


def evaluate_timeml(folder: Path) -> dict[str, object]:
    files = sorted(folder.rglob("*.tml"))
    if not files:
        raise ValueError(f"no .tml files under {folder}; point --timeml at a folder of TimeML documents")
    out: dict[str, object] = {"documents": len(files)}
    for label, other_types in (("dates_only", False), ("timex3", True)):
        tally = Tally()
        for path in files:
            text, dct, gold = read_timeml(path)
            _score(tally, gold, _predict(text, dct, other_types))
        out[label] = {
            "gold": tally.gold, "predicted": tally.predicted,
            "strict_f1": tally.f1(tally.strict), "relaxed_f1": tally.f1(tally.relaxed), "value_f1": tally.f1(tally.values), "type_f1": tally.f1(tally.types),
        }
    return out
