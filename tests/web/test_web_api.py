"""The JSON API: answer-layer shapes, one error shape, pagination, OpenAPI, write token."""

from __future__ import annotations

from typing import Any

import pytest
import web_fixtures
from fastapi.testclient import TestClient

from airdate.answer import ask, fact_sheet, list_sources, list_titles, timeline
from airdate.pipeline import IngestReport
from airdate.store import Store
from airdate.web import create_app

TODAY = web_fixtures.TODAY


def assert_error(response: Any, status: int) -> dict[str, Any]:
    assert response.status_code == status
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"status", "message", "hint"}
    assert body["error"]["status"] == status
    assert body["error"]["message"].endswith(".")
    assert body["error"]["hint"]
    return body["error"]


def test_season_json_is_the_answer_layers_fact_sheet(web_client: TestClient, web_store: Store) -> None:
    got = web_client.get("/api/title/glass-harbor/season/2").json()
    assert got == fact_sheet(web_store, "The Glass Harbor", 2, TODAY).as_json()
    premiere = next(f for f in got["facts"] if f["attribute"] == "premiere_date")
    assert premiere["status"] == "estimated"
    assert {r["value"] for r in got["rejected"]} == {"2023-04-14", "2022-12-15"}
    assert got["stale"] is True


def test_title_json_is_the_latest_seasons_sheet(web_client: TestClient, web_store: Store) -> None:
    got = web_client.get("/api/title/the-glass-harbor").json()
    assert got == fact_sheet(web_store, "The Glass Harbor", None, TODAY).as_json()
    assert got["season"] == 2


def test_timeline_json_matches_timeline(web_client: TestClient, web_store: Store) -> None:
    got = web_client.get("/api/title/glass-harbor/season/2/timeline").json()
    sheet, entries = timeline(web_store, "The Glass Harbor", 2, TODAY)
    assert got == {"title": sheet.title, "season": 2, "entries": [e.as_json() for e in entries]}
    assert [e["fate"] for e in got["entries"]].count("rejected") == 2


def test_ask_json_is_the_cli_answer(web_client: TestClient, web_store: Store) -> None:
    question = "When is The Glass Harbor season 2 coming out?"
    got = web_client.get("/api/ask", params={"q": question}).json()
    assert got == ask(web_store, question, TODAY).as_json()
    assert "no confirmed release date" in got["answer"].lower()


def test_today_parameter_changes_the_verdict(web_client: TestClient) -> None:
    before = web_client.get("/api/title/glass-harbor/season/2", params={"today": "2024-06-01"}).json()
    assert before["today"] == "2024-06-01" and before["stale"] is False


def test_titles_are_paginated_with_next_links(web_client: TestClient, web_store: Store) -> None:
    expected = [t.as_json() for t in list_titles(web_store, TODAY)]
    seen: list[dict[str, Any]] = []
    url: str | None = "/api/titles?limit=2"
    pages = 0
    while url:
        body = web_client.get(url).json()
        assert body["total"] == len(expected) and body["limit"] == 2
        seen.extend(body["items"])
        url = body["next"]
        pages += 1
    assert seen == expected
    assert pages == (len(expected) + 1) // 2
    assert [t["status"] for t in seen][0] == "confirmed"  # confirmed first


def test_titles_search(web_client: TestClient) -> None:
    body = web_client.get("/api/titles", params={"q": "lantern"}).json()
    assert [t["title"] for t in body["items"]] == ["Copper Lantern"]


def test_sources_list_and_one_source(web_client: TestClient, web_store: Store) -> None:
    body = web_client.get("/api/sources", params={"limit": 100}).json()
    assert body["items"] == [s.as_json() for s in list_sources(web_store)]
    one = web_client.get("/api/source/harbor-countdown.txt").json()
    assert one["source"]["flags"] == ["fabricated_confirmation"]
    assert one["window"] == {"start": "2022-07-01", "end": "2023-03-31"}
    assert {c["value"] for c in one["claims"]} == {"2023-04-14", "2022-12-15"}
    assert one["url"] == "https://gossip.example/harbor"
    assert web_client.get("/api/source/xss.txt").json()["url"] is None  # a javascript: URL is never handed out


@pytest.mark.parametrize(
    ("method", "path", "status"),
    [
        ("get", "/api/title/no-such-show", 404),
        ("get", "/api/title/glass-harbor/season/9", 404),
        ("get", "/api/title/glass-harbor/season/two", 422),
        ("get", "/api/ask", 422),
        ("get", "/api/ask?q=when+is+zzqx+out", 404),
        ("get", "/api/titles?limit=0", 422),
        ("get", "/api/titles?today=yesterday", 422),
        ("get", "/api/changes?since=last+week", 400),
        ("get", "/api/source/nothing.txt", 404),
        ("get", "/api/nowhere", 404),
        ("delete", "/api/titles", 405),
        ("post", "/api/ingest", 403),
    ],
)
def test_every_api_error_has_one_shape(web_client: TestClient, method: str, path: str, status: int) -> None:
    assert_error(getattr(web_client, method)(path), status)


def test_unknown_title_suggests_the_close_one(web_client: TestClient) -> None:
    error = assert_error(web_client.get("/api/title/copper-lamp"), 404)
    assert "Copper Lantern" in error["hint"]


def test_openapi_document_lists_the_api(web_client: TestClient) -> None:
    spec = web_client.get("/openapi.json").json()
    assert spec["openapi"].startswith("3.")
    for path in ("/api/titles", "/api/title/{slug}", "/api/title/{slug}/season/{season}", "/api/sources", "/api/ask", "/api/changes", "/api/ingest"):
        assert path in spec["paths"], path
    assert "/" not in spec["paths"]  # pages are not API


def test_ingest_needs_the_token(web_store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[list[str]] = []

    def fake_ingest(store: Store, specs: list[str]) -> IngestReport:
        calls.append(list(specs))
        return IngestReport(stored=list(specs))

    monkeypatch.setattr("airdate.pipeline.ingest", fake_ingest)
    app = create_app(web_store, today=TODAY, token="s3cret", check_every=0)
    with TestClient(app) as client:
        body = {"urls": ["https://news.example/a"]}
        assert "bearer" in assert_error(client.post("/api/ingest", json=body), 401)["hint"].lower()
        assert_error(client.post("/api/ingest", json=body, headers={"Authorization": "Bearer wrong"}), 401)
        auth = {"Authorization": "Bearer s3cret"}
        assert_error(client.post("/api/ingest", json={"urls": ["/etc/passwd"]}, headers=auth), 400)
        assert_error(client.post("/api/ingest", json={"urls": []}, headers=auth), 422)
        assert calls == []
        ok = client.post("/api/ingest", json=body, headers=auth)
        assert ok.status_code == 200 and ok.json()["stored"] == ["https://news.example/a"]
        assert calls == [["https://news.example/a"]]


def test_writing_is_off_without_a_token(web_store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("AIRDATE_TOKEN", raising=False)
    with TestClient(create_app(web_store, today=TODAY)) as client:
        error = assert_error(client.post("/api/ingest", json={"urls": ["https://a.example/"]}, headers={"Authorization": "Bearer x"}), 403)
        assert "AIRDATE_TOKEN" in error["hint"]
