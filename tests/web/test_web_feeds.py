"""Calendar and change feeds, and webhooks posting each new change."""

from __future__ import annotations

import asyncio
import json
from datetime import date

import feedparser
import httpx
import web_fixtures
from fastapi.testclient import TestClient
from icalendar import Calendar

from airdate.store import Store
from airdate.web.webhooks import ChangePoster


def events(ics: bytes) -> dict[str, object]:
    calendar = Calendar.from_ical(ics)
    return {str(e["summary"]): e for e in calendar.walk("VEVENT")}


def test_calendar_parses_with_confirmed_and_tentative_events(web_client: TestClient) -> None:
    response = web_client.get("/calendar.ics")
    assert response.headers["content-type"].startswith("text/calendar")
    found = events(response.content)
    lantern = found["Copper Lantern season 1 premiere"]
    assert str(lantern["status"]) == "CONFIRMED"
    assert lantern.decoded("dtstart") == date(2027, 3, 5)
    harbor = next(e for name, e in found.items() if name.startswith("The Glass Harbor season 2"))
    assert str(harbor["status"]) == "TENTATIVE"
    start, end = harbor.decoded("dtstart"), harbor.decoded("dtend")
    assert type(start) is date and type(end) is date  # all-day, not timed
    assert (start, end) == (date(2024, 9, 1), date(2025, 5, 1))  # DTEND is exclusive
    assert "https://trade.example/harbor-filming" in str(harbor["description"])
    assert web_fixtures.FILMING_QUOTE in str(harbor["description"])
    assert not any("Night Orchard" in name for name in found)  # unannounced: nothing to put on a calendar


def test_calendar_uids_survive_a_new_fusion_run(web_store: Store, web_client: TestClient) -> None:
    def uids() -> dict[str, str]:
        found = events(web_client.get("/calendar.ics").content)
        return {name.split(" premiere")[0]: str(e["uid"]) for name, e in found.items()}

    before = uids()
    web_fixtures.save(web_store, harbor_window=web_fixtures.window("2026-01-01", "2026-06-30"))
    after = uids()
    assert before == after and len(after) == 4
    assert len(set(after.values())) == 4
    moved = next(e for name, e in events(web_client.get("/calendar.ics").content).items() if name.startswith("The Glass Harbor season 2"))
    assert moved.decoded("dtstart") == date(2026, 1, 1)  # same UID, new window: calendars update in place


def test_title_calendar_has_only_that_title(web_client: TestClient) -> None:
    found = events(web_client.get("/title/glass-harbor/calendar.ics").content)
    assert found and all(name.startswith("The Glass Harbor") for name in found)
    assert web_client.get("/title/zzqx/calendar.ics").status_code == 404


def test_changes_api_atom_and_since(web_store: Store, web_client: TestClient) -> None:
    first = web_client.get("/api/changes", params={"limit": 500}).json()["items"]
    assert {c["kind"] for c in first} >= {"new_value", "new_rejection"}
    web_fixtures.save(web_store, harbor_window=web_fixtures.window("2026-01-01", "2026-06-30"))
    latest = web_client.get("/api/changes", params={"limit": 500}).json()["items"]
    newest = latest[0]
    assert newest["kind"] == "new_value" and newest["title"] == "The Glass Harbor" and newest["season"] == 2
    assert newest["payload"]["value"] == {"start": "2026-01-01", "end": "2026-06-30"}
    assert len(latest) == len(first) + 1
    assert web_client.get("/api/changes", params={"since": "2999-01-01"}).json()["items"] == []
    assert len(web_client.get("/api/changes", params={"since": "2000-01-01T00:00:00Z"}).json()["items"]) == len(latest)

    paged, url = [], "/api/changes?limit=3"
    while url:
        body = web_client.get(url).json()
        paged.extend(body["items"])
        url = body["next"]
    assert [c["id"] for c in paged] == [c["id"] for c in latest]

    feed = feedparser.parse(web_client.get("/changes.atom").content)
    assert not feed.bozo
    assert len(feed.entries) == len(latest)
    assert "The Glass Harbor season 2: premiere date is now the first half of 2026" in feed.entries[0].title
    assert feed.entries[0].link.endswith("/title/glass-harbor/season/2")
    page = web_client.get("/changes").text
    assert "the first half of 2026" in page


def test_webhook_posts_each_new_change_once(web_store: Store) -> None:
    received: list[dict[str, object]] = []
    refuse = {"on": False}

    def handler(request: httpx.Request) -> httpx.Response:
        if refuse["on"]:
            return httpx.Response(503)
        received.append(json.loads(request.content))
        return httpx.Response(204)

    async def scenario() -> None:
        client = httpx.AsyncClient(transport=httpx.MockTransport(handler))
        poster = ChangePoster(web_store, "https://hooks.example/airdate", "http://airdate.example", client=client)
        assert await poster.poll_once() == 0  # changes from before the server started are not replayed
        web_fixtures.save(web_store, harbor_window=web_fixtures.window("2026-01-01", "2026-06-30"))
        refuse["on"] = True
        assert await poster.poll_once() == 0 and poster.failures == 1  # kept for the next poll
        refuse["on"] = False
        assert await poster.poll_once() == 1
        assert await poster.poll_once() == 0
        await poster.aclose()

    asyncio.run(scenario())
    assert len(received) == 1
    body = received[0]
    assert body["event"] == "airdate.change" and body["kind"] == "new_value"
    assert body["title"] == "The Glass Harbor" and body["season"] == 2
    assert body["url"] == "http://airdate.example/title/glass-harbor/season/2"
    assert "the first half of 2026" in str(body["text"])
