"""Calendar (iCalendar) and change (Atom) feeds built from the stored conclusions."""

from __future__ import annotations

import hashlib
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from datetime import date, datetime, timedelta, timezone
from typing import Any

from icalendar import Calendar, Event

from airdate.answer.describe import describe_value, value_interval
from airdate.models import Fact, FusionResult
from airdate.normalize import slug, title_key
from airdate.web.views import safe_url, season_path, source_path, value_phrase

ATOM = "http://www.w3.org/2005/Atom"


def event_uid(title: str, season: int | None, attribute: str) -> str:
    """A UID that survives re-running fusion: it depends only on what the event is about."""
    basis = f"{title_key(title)}|{'series' if season is None else season}|{attribute}"
    return hashlib.sha256(basis.encode()).hexdigest()[:24] + "@airdate"


def subject_name(title: str, season: int | None) -> str:
    return f"{title} season {season}" if season is not None else title


def _premiere(result: FusionResult) -> Fact | None:
    return next((f for f in result.facts if f.attribute == "premiere_date"), None)


def premiere_event(
    result: FusionResult, base_url: str, urls: dict[str, str | None], stamp: datetime
) -> Event | None:
    """A confirmed day as an event; any other bounded window as an all-day TENTATIVE event."""
    fact = _premiere(result)
    if fact is None or fact.status in ("unannounced", "unknown") or fact.value is None:
        return None
    window = value_interval(fact.value)
    if window is None or window.start is None or window.end is None:
        return None  # an open-ended window cannot be placed on a calendar
    single = window.start == window.end
    firm = fact.status == "confirmed" and single
    name = subject_name(result.title, result.season)
    page = base_url.rstrip("/") + season_path(slug(result.title), result.season)
    lines = [f"{name} premiere: {value_phrase(fact)} (confidence {round(fact.confidence * 100)}%).", f"Details: {page}"]
    for ev in fact.evidence[:5]:
        link = safe_url(urls.get(ev.article)) or base_url.rstrip("/") + source_path(ev.article)
        lines.append(f"Evidence: {ev.article} ({ev.modality}): \u201c{ev.quote}\u201d {link}")
    event = Event()
    event.add("uid", event_uid(result.title, result.season, "premiere_date"))
    event.add("dtstamp", stamp)
    event.add("summary", f"{name} premiere" + ("" if firm else f" ({value_phrase(fact)})"))
    event.add("dtstart", window.start)
    event.add("dtend", window.end + timedelta(days=1))  # DTEND of an all-day event is exclusive
    event.add("status", "CONFIRMED" if firm else "TENTATIVE")
    event.add("transp", "TRANSPARENT")
    event.add("url", page)
    event.add("description", "\n".join(lines))
    return event


def build_calendar(
    results: Iterable[FusionResult], base_url: str, urls: dict[str, str | None], name: str = "airdate premieres"
) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", "-//airdate//premiere calendar//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", name)
    stamp = datetime.now(timezone.utc).replace(microsecond=0)
    for result in results:
        event = premiere_event(result, base_url, urls, stamp)
        if event is not None:
            calendar.add_component(event)
    return calendar.to_ical()


def change_text(change: dict[str, Any]) -> str:
    """One sentence for a stored change row."""
    payload = change.get("payload") or {}
    name = subject_name(change["title"], change.get("season"))
    attribute = change.get("attribute") or payload.get("attribute") or "value"
    what = attribute.replace("_", " ")
    kind = change.get("kind")
    if kind == "new_value":
        text = f"{name}: {what} is now {describe_value(attribute, payload.get('value'))} ({payload.get('status', 'unknown')})"
        if payload.get("previous") is not None:
            text += f", was {describe_value(attribute, payload['previous'])}"
        return text + "."
    if kind == "status_change":
        return f"{name}: {what} changed from {payload.get('previous')} to {payload.get('status')} ({describe_value(attribute, payload.get('value'))})."
    if kind == "new_rejection":
        reason = str(payload.get("reason") or "no reason given").rstrip(".")
        return f"{name}: rejected {what} {describe_value(attribute, payload.get('value'))} from {payload.get('article')}, because {reason}."
    return f"{name}: {kind} ({what})."


def change_link(change: dict[str, Any]) -> str:
    return season_path(slug(change["title"]), change.get("season"))


def build_atom(changes: list[dict[str, Any]], base_url: str, self_url: str) -> bytes:
    """An Atom feed of change rows, newest first.

    Built with ElementTree (which escapes all text) because no feed-writing
    library is among the project's dependencies and Atom needs only a few elements.
    """
    base = base_url.rstrip("/")
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed")
    ET.SubElement(feed, f"{{{ATOM}}}title").text = "airdate: what changed"
    ET.SubElement(feed, f"{{{ATOM}}}id").text = base + "/changes.atom"
    ET.SubElement(feed, f"{{{ATOM}}}link", href=self_url, rel="self")
    ET.SubElement(feed, f"{{{ATOM}}}link", href=base + "/changes", rel="alternate")
    author = ET.SubElement(feed, f"{{{ATOM}}}author")
    ET.SubElement(author, f"{{{ATOM}}}name").text = "airdate"
    updated = changes[0]["at"] if changes else "1970-01-01T00:00:00+00:00"
    ET.SubElement(feed, f"{{{ATOM}}}updated").text = updated
    for change in changes:
        entry = ET.SubElement(feed, f"{{{ATOM}}}entry")
        ET.SubElement(entry, f"{{{ATOM}}}id").text = f"{base}/changes#{change['id']}"
        ET.SubElement(entry, f"{{{ATOM}}}title").text = change_text(change)
        ET.SubElement(entry, f"{{{ATOM}}}updated").text = change["at"]
        ET.SubElement(entry, f"{{{ATOM}}}link", href=base + change_link(change), rel="alternate")
        ET.SubElement(entry, f"{{{ATOM}}}summary").text = change_text(change)
    return b'<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, encoding="utf-8")


def parse_since(text: str | None) -> str | None:
    """``since`` as the stored timestamp form; ``ValueError`` when it is no date or time."""
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        moment = datetime.combine(date.fromisoformat(text), datetime.min.time())
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc).isoformat(timespec="seconds")
