"""Questions in plain words to answers with citations.

A question is read for three things: the title (matched against stored titles),
the season ("season 2", "second season", "S2") and what is asked (release date,
"is it out yet", renewal, cast, ...). The answer is built from the same fact
sheet every other face shows.
"""

from __future__ import annotations

import re
from datetime import date

from airdate.answer.describe import describe_value, describe_window, value_interval
from airdate.answer.facts import SERIES_WIDE, results_for, sheet_for
from airdate.answer.titles import TitleNotFound, title_in_text
from airdate.models import Answer, Citation, Fact, FactSheet, Interval
from airdate.store import Store

ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
}
_SEASON = re.compile(
    r"\b(?:season|series|part)\s+(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\b"
    r"|\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(?:season|series|part)\b"
    r"|\bs(\d{1,2})\b",
    re.IGNORECASE,
)

# (intent, attribute, cue words); the first intent whose cue appears wins.
INTENTS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("out_yet", "premiere_date", ("out yet", "already out", "released yet", "available yet", "is it out", "has it come out")),
    ("cancellation", "cancellation", ("cancel",)),
    ("renewal", "renewal", ("renew", "another season", "coming back", "return for")),
    ("production_stage", "production_stage", ("filming", "production", "shooting", "being made", "in the works")),
    ("trailer", "trailer", ("trailer", "teaser")),
    ("episode_count", "episode_count", ("how many episodes", "episodes")),
    ("director", "director", ("direct",)),
    ("writer", "writer", ("writ", "wrote", "screenplay")),
    ("platform", "platform", ("where to watch", "where can i watch", "stream", "platform", "network", "which service", "where is it")),
    ("cast_member", "cast_member", ("cast", "who stars", "who is in", "actors", "starring")),
    ("based_on", "based_on", ("based on", "adapted", "source material")),
    ("viewership", "viewership", ("viewers", "views", "watched", "viewership", "hours")),
    ("premiere_date", "premiere_date", ("when", "release", "premiere", "come out", "coming out", "air", "date", "launch", "drop")),
)


def parse_season(question: str) -> int | None:
    match = _SEASON.search(question)
    if not match:
        return None
    word = next(g for g in match.groups() if g)
    return int(word) if word.isdigit() else ORDINALS[word.lower()]


def parse_intent(question: str) -> tuple[str, str]:
    folded = question.lower()
    for intent, attribute, cues in INTENTS:
        if any(cue in folded for cue in cues):
            return intent, attribute
    return "premiere_date", "premiere_date"


def ask(store: Store, question: str, today: date | None = None) -> Answer:
    """Answer ``question`` from the store, with citations for every statement."""
    results = store.fusion_results()
    known = title_in_text(results, question)
    if known is None:
        raise TitleNotFound(question, [])
    intent, attribute = parse_intent(question)
    season = parse_season(question)
    by_season = results_for(results, known)  # one read of the store serves every sheet below
    sheet = sheet_for(known, by_season, season, today)
    if season is None and attribute in SERIES_WIDE:
        # "Who directs X?" asks about the series, not its newest season.
        whole = sheet_for(known, by_season, None, today, whole_series=True)
        if whole.fact(attribute) is not None:
            sheet = whole
    fact = sheet.fact(attribute)
    if attribute == "premiere_date":
        text = premiere_answer(sheet, fact, today, out_yet=intent == "out_yet")
    else:
        text = attribute_answer(sheet, attribute, fact)
    return Answer(
        question=question,
        answer=text,
        facts=(fact,) if fact else (),
        citations=_citations(sheet, fact, attribute),
        title=sheet.title,
        season=sheet.season,
        stale=sheet.stale if attribute == "premiere_date" else False,
    )


def _subject(sheet: FactSheet) -> str:
    return f"season {sheet.season} of {sheet.title}" if sheet.season is not None else sheet.title


def _source_phrase(fact: Fact) -> str:
    if not fact.evidence:
        return ""
    first = fact.evidence[0]
    written = first.written or {}
    when = ""
    if written.get("start") or written.get("end"):
        start = value_interval(written.get("start")) if written.get("start") else None
        end = value_interval(written.get("end")) if written.get("end") else None
        when = f", written {describe_window(start.start if start else None, end.end if end else None)}"
    more = f" and {len(fact.evidence) - 1} more" if len(fact.evidence) > 1 else ""
    return f" (source: {first.article}{more}, {first.modality}{when})"


def _rejections(sheet: FactSheet, attribute: str) -> str:
    # The reason's cited quotes are listed with the answer's citations; the answer keeps its verdict sentence.
    lines = [
        f" Rejected: {describe_value(attribute, r.value)} from {r.article}, because {r.reason.split(' Sources:')[0].rstrip('.')}."
        for r in sheet.rejected
        if r.attribute == attribute
    ]
    return "".join(lines)


def _when(phrase: str, window: Interval) -> str:
    """"on June 6, 2025" for a day, "in late 2025" for a wider window."""
    return f"on {phrase}" if window.start is not None and window.start == window.end else f"in {phrase}"


def _why(fact: Fact) -> str:
    """The fusion explanation, when it is short enough to read in the answer."""
    text = fact.explanation.strip()
    return f" Why: {text.rstrip('.')}." if text and len(text) <= 300 else ""


def premiere_answer(sheet: FactSheet, fact: Fact | None, today: date | None, *, out_yet: bool = False) -> str:
    subject = _subject(sheet)
    capital = subject[0].upper() + subject[1:]
    if fact is None or fact.status == "unknown":
        return f"airdate knows of no release date for {subject}." + _rejections(sheet, "premiere_date")
    if fact.status == "cancelled":
        text = f"{'No: ' if out_yet else ''}{capital} was cancelled{_source_phrase(fact)}; no premiere is to come."
        if fact.superseded:
            text += " Estimates before the cancellation: " + ", ".join(describe_value("premiere_date", s.value) for s in fact.superseded) + "."
        return text + _rejections(sheet, "premiere_date")
    window = value_interval(fact.value)
    phrase = describe_value("premiere_date", fact.value)
    if fact.status == "confirmed" and window is not None:
        if today and window.end and window.end < today:
            text = f"{'Yes: ' if out_yet else ''}{capital} came out {_when(phrase, window)}"
        else:
            text = f"{'Not yet: ' if out_yet else ''}{capital} is confirmed for {phrase}"
        return text + _source_phrase(fact) + "." + _why(fact) + _rejections(sheet, "premiere_date")
    text = f"There is no confirmed release date for {subject}."
    if fact.status == "unannounced" or window is None:
        text += " No date has been announced" + _source_phrase(fact) + "."
    elif fact.status == "disputed":
        text += f" Sources disagree; the best-supported window is {phrase}{_source_phrase(fact)}."
    else:
        text += f" The latest estimate is {phrase}{_source_phrase(fact)}."
    if fact.superseded:
        history = " -> ".join(describe_value("premiere_date", s.value) for s in fact.superseded)
        text += f" Earlier estimates, since overtaken: {history}."
    if sheet.stale and today and window and window.end:
        text += (
            f" That window ended on {describe_window(window.end, window.end)}, before today ({today.isoformat()}),"
            " so this information is stale: the season may have come out or slipped since those pages were written."
        )
    return text + _rejections(sheet, "premiere_date")


def attribute_answer(sheet: FactSheet, attribute: str, fact: Fact | None) -> str:
    subject = _subject(sheet)
    label = attribute.replace("_", " ")
    if fact is None or fact.status == "unknown":
        return f"airdate has no information about the {label} of {subject}." + _rejections(sheet, attribute)
    value = describe_value(attribute, fact.value)
    if fact.status == "cancelled":
        return f"{subject[0].upper() + subject[1:]} was cancelled{_source_phrase(fact)}." + _rejections(sheet, attribute)
    if fact.status == "unannounced" or fact.value is None:
        return f"No {label} has been announced for {subject}{_source_phrase(fact)}." + _rejections(sheet, attribute)
    qualifier = {"confirmed": "", "estimated": "expected: ", "disputed": "disputed: "}.get(fact.status, "")
    text = f"{label[0].upper() + label[1:]} of {subject}: {qualifier}{value}{_source_phrase(fact)}."
    if fact.superseded:
        text += " Earlier: " + "; ".join(f"{describe_value(attribute, s.value)} ({s.article})" for s in fact.superseded) + "."
    return text + _rejections(sheet, attribute)


def _citations(sheet: FactSheet, fact: Fact | None, attribute: str) -> tuple[Citation, ...]:
    seen: set[tuple[str, str]] = set()
    out: list[Citation] = []
    pairs = [(e.article, e.quote) for e in fact.evidence] if fact else []
    pairs += [(s.article, s.quote) for s in fact.superseded] if fact else []
    pairs += [(r.article, r.quote) for r in sheet.rejected if r.attribute == attribute]
    for pair in pairs:
        if pair not in seen:
            seen.add(pair)
            out.append(Citation(*pair))
    return tuple(out)
