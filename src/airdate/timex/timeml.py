"""``airdate eval time --timeml DIR``: TempEval-3 task A figures on TimeML files.

Each ``.tml`` file's TEXT is stripped of tags (gold TIMEX3 spans kept by offset), the
document creation time (DCT) is the anchor, and our expressions are turned into
TIMEX3 values (day -> 2013-03-22, week -> 2013-W12, month -> 2013-03, quarter ->
2013-Q1, half -> 2013-H1, season -> 2013-SU, early/late YEAR -> 2013, part of month ->
the month). Scoring follows the TempEval-3 scorer: strict = exact span, relaxed =
overlap, value F1 = F1 of relaxed matches whose value is also right.

airdate's own grammar leaves out what release-date pages do not need (durations,
"now", times, sets); ``timeml_extras`` adds durations and present/past references
for this evaluation only, so the figures are reported both without and with them.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from airdate.models import TimeExpression
from airdate.timex.expressions import find_expressions

_TIMEX = re.compile(r"<TIMEX3\b([^>]*)>(.*?)</TIMEX3>", re.S)
_ATTR = re.compile(r'(\w+)="([^"]*)"')
_TAG = re.compile(r"<[^>]{0,2000}>")
_TEXT = re.compile(r"<TEXT>(.*?)</TEXT>", re.S)
_DCT = re.compile(r'<DCT>.*?value="(\d{4}-\d{2}-\d{2})', re.S)
SEASON_CODES = {3: "SP", 6: "SU", 9: "FA", 12: "WI"}

_NUMBER = r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|fifty|hundred|several|few|many|\d{1,3})"
_UNIT = r"(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centur(?:y|ies))"
_DURATION = re.compile(
    rf"\b(?:(?:the )?(?:past|last|next|first|coming|following) )?(?:(?:almost|nearly|about|more than|over) )?{_NUMBER}[ -]{_UNIT}\b"
    rf"|\b(?:the )?(?:past|last|next|coming) (?:several |few )?{_UNIT}\b|\b(?:recent )?(?:weeks|months|years|decades)\b", re.I)
_PRESENT = re.compile(r"\b(?:now|currently|at present|nowadays|these days)\b", re.I)
_PAST_REF = re.compile(r"\b(?:the past|at the time|recently|formerly)\b", re.I)
_DIGITS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
           "thirty": 30, "fifty": 50, "hundred": 100}


@dataclass(frozen=True)
class Timex:
    start: int
    end: int
    value: str | None


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
        gold.append(Timex(length, length + len(inner), attrs.get("value")))
        text_parts.append(inner)
        length += len(inner)
        pos = match.end()
    text_parts.append(html.unescape(_TAG.sub("", body[pos:])))
    return "".join(text_parts), date.fromisoformat(dct_match.group(1)), gold


def timex_value(expression: TimeExpression) -> str | None:
    interval = expression.interval
    start, end = interval.start, interval.end
    if start is None or end is None:
        return None
    grain = interval.granularity
    if grain == "day" and start == end:
        return start.isoformat()
    if grain == "week":
        iso = start.isocalendar()
        return f"{iso[0]}-W{iso[1]:02d}"
    if grain in {"month", "part_of_month"} and (start.year, start.month) == (end.year, end.month):
        return f"{start.year}-{start.month:02d}"
    if grain == "quarter" and start.year == end.year:
        return f"{start.year}-Q{(start.month - 1) // 3 + 1}"
    if grain == "half" and start.year == end.year:
        return f"{start.year}-H{1 if start.month <= 6 else 2}"
    if grain == "season" and start.month in SEASON_CODES and (end - start).days > 80:
        return f"{end.year if start.month == 12 else start.year}-{SEASON_CODES[start.month]}"
    if grain in {"year", "part_of_year", "half", "quarter", "season"} and start.year == end.year:
        return str(start.year)
    if grain == "year" and end.year - start.year == 9 and start.year % 10 == 0:
        return str(start.year)[:3]
    return None


def timeml_extras(text: str) -> list[Timex]:
    """Durations and present/past references, which airdate's pipeline does not need."""
    out = []
    for match in _DURATION.finditer(text):
        words = match.group().lower().replace("-", " ").split()
        amount = next((str(_DIGITS.get(w, w)) for w in words if w in _DIGITS or w.isdigit()), "X")
        if any(w in {"several", "few", "many"} for w in words):
            amount = "X"
        unit_word = words[-1]
        unit = {"sec": "S", "min": "M", "hou": "H", "day": "D", "wee": "W", "mon": "M", "yea": "Y", "dec": "DE", "cen": "CE"}[unit_word[:3]]
        if unit == "DE" and amount == "X" and words[-1] == "decade":
            amount = "1"
        if unit == "DE" and amount != "X":
            value = f"P{int(amount) * 10}Y"
        elif unit == "CE" and amount != "X":
            value = f"P{int(amount) * 100}Y"
        else:
            value = f"P{'T' if unit_word[:3] in {'sec', 'min', 'hou'} else ''}{amount}{unit}"
        out.append(Timex(match.start(), match.end(), value))
    out += [Timex(m.start(), m.end(), str(int(m.group(1)) - 1)) for m in _CENTURY.finditer(text)]
    out += [Timex(m.start(), m.end(), "PRESENT_REF") for m in _PRESENT.finditer(text)]
    out += [Timex(m.start(), m.end(), "PAST_REF") for m in _PAST_REF.finditer(text)]
    return out


@dataclass
class Tally:
    gold: int = 0
    predicted: int = 0
    strict: int = 0
    relaxed: int = 0
    values: int = 0

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


_YEAR_PAIR = re.compile(r"^(\d{4})[-–](\d{2}|\d{4})$")
_CENTURY = re.compile(r"\b(?:the )?(\d{1,2})(?:st|nd|rd|th) [Cc]entury\b")


def _as_timexes(e: TimeExpression, extras: bool) -> list[Timex]:
    """TimeML annotates "2009-2010" as two years and "five years" as a duration."""
    pair = _YEAR_PAIR.match(e.text)
    if pair:
        second = pair.group(2)
        second_year = second if len(second) == 4 else pair.group(1)[:2] + second
        return [Timex(e.span[0], e.span[0] + 4, pair.group(1)),
                Timex(e.span[1] - len(second), e.span[1], second_year)]
    if extras and e.relative:
        duration = _DURATION.match(e.text)
        if duration is not None:
            head = timeml_extras(duration.group())[:1]
            if head:
                return [Timex(e.span[0] + head[0].start, e.span[0] + head[0].end, head[0].value)]
    value = timex_value(e)
    if value is None and e.open_ended and e.interval.end is not None:
        grain, end = e.interval.granularity, e.interval.end
        value = {"year": str(end.year), "month": f"{end.year}-{end.month:02d}", "day": end.isoformat()}.get(grain)
    return [Timex(e.span[0], e.span[1], value)]


def _predict(text: str, dct: date, extras: bool) -> list[Timex]:
    ours = [t for e in find_expressions(text, dct) for t in _as_timexes(e, extras)]
    if not extras:
        return ours
    added = [x for x in timeml_extras(text) if not any(x.start < o.end and o.start < x.end for o in ours)]
    return sorted(ours + added, key=lambda t: t.start)


def evaluate_timeml(folder: Path) -> dict[str, object]:
    files = sorted(folder.rglob("*.tml"))
    if not files:
        raise ValueError(f"no .tml files under {folder}; point --timeml at a folder of TimeML documents")
    out: dict[str, object] = {"documents": len(files)}
    for label, extras in (("dates_only", False), ("with_duration_extras", True)):
        tally = Tally()
        for path in files:
            text, dct, gold = read_timeml(path)
            _score(tally, gold, _predict(text, dct, extras))
        out[label] = {
            "gold": tally.gold, "predicted": tally.predicted,
            "strict_f1": tally.f1(tally.strict), "relaxed_f1": tally.f1(tally.relaxed), "value_f1": tally.f1(tally.values),
        }
    return out
