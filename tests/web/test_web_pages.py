"""Server-rendered pages: verdict in words, countdown, staleness, evidence, escaping, caching."""

from __future__ import annotations

import re

import web_fixtures
from fastapi.testclient import TestClient

from airdate.answer.describe import describe_window
from airdate.store import Store
from airdate.web import create_app

SEASON = "/title/glass-harbor/season/2"


def text_of(html: str) -> str:
    """Visible text, roughly: tags dropped, entities for <>&\" restored."""
    plain = re.sub(r"<[^>]{0,2000}>", " ", html)
    for entity, char in (("&lt;", "<"), ("&gt;", ">"), ("&#34;", '"'), ("&quot;", '"'), ("&#39;", "'"), ("&amp;", "&")):
        plain = plain.replace(entity, char)
    return re.sub(r"\s+", " ", plain)


def test_season_page_states_the_verdict_with_precision(web_client: TestClient) -> None:
    page = web_client.get(SEASON)
    assert page.status_code == 200
    text = text_of(page.text)
    assert "No confirmed date" in text
    assert "late 2024 to early 2025, estimate" in text
    assert 'id="countdown"' not in page.text  # an estimate never gets a countdown
    assert "Earlier estimates, since overtaken" in text and "early 2024" in text


def test_season_page_lists_rejected_claims_with_reasons(web_client: TestClient) -> None:
    html = web_client.get(SEASON).text
    rejected = html[html.index('id="rejected"') :]
    text = text_of(rejected)
    assert "April 14, 2023" in text and "later pages say no date had been announced" in text
    assert "December 15, 2022" in text and "countdown widget contradicted by its own page" in text


def test_season_page_draws_the_timeline(web_client: TestClient) -> None:
    html = web_client.get(SEASON).text
    svg = html[html.index("<svg") : html.index("</svg>")]
    assert svg.count('class="row ') == 6  # one row per dated claim: renewal, filming, four premiere dates
    assert svg.count("fate-rejected") == 2
    assert "kind-renewal" in svg and "kind-stage" in svg and "kind-estimate" in svg
    assert 'class="today"' in svg


def test_stale_warning_depends_on_today(web_client: TestClient) -> None:
    stale = text_of(web_client.get(SEASON).text)  # the server's today is 2026-01-10
    assert "Possibly out of date" in stale and "ended on April 30, 2025" in stale
    fresh = text_of(web_client.get(SEASON, params={"today": "2024-02-01"}).text)
    assert "Possibly out of date" not in fresh


def test_countdown_only_for_a_confirmed_day_ahead(web_store: Store) -> None:
    app = create_app(web_store, today=web_fixtures.TODAY, check_every=0)
    with TestClient(app) as client:
        ahead = client.get("/title/copper-lantern/season/1", params={"today": "2027-02-10"}).text
        assert "Premieres in 23 days, on March 5, 2027" in text_of(ahead)
        after = client.get("/title/copper-lantern/season/1", params={"today": "2027-03-05"}).text
        assert 'id="countdown"' not in after
        assert "Confirmed" in text_of(after)


def test_index_orders_titles_and_searches(web_client: TestClient) -> None:
    text = text_of(web_client.get("/").text)
    assert text.index("Copper Lantern") < text.index("Glass Harbor") < text.index("Night Orchard")
    found = text_of(web_client.get("/", params={"q": "orchard"}).text)
    assert "Night Orchard" in found and "Copper Lantern" not in found
    assert "No stored title matches" in text_of(web_client.get("/", params={"q": "zzz"}).text)


def test_title_page_lists_seasons(web_client: TestClient) -> None:
    html = web_client.get("/title/glass-harbor").text
    assert 'href="/title/glass-harbor/season/1"' in html and 'href="/title/glass-harbor/season/2"' in html
    assert "/title/glass-harbor/calendar.ics" in html


def test_sources_and_source_pages(web_client: TestClient) -> None:
    text = text_of(web_client.get("/sources").text)
    assert text.index("lantern-date.txt") < text.index("harbor-countdown.txt")  # most reliable first
    assert "fabricated_confirmation" in text
    source = text_of(web_client.get("/source/harbor-filming.txt").text)
    assert "70%" in source and describe_window(web_fixtures.PAGES["harbor-filming.txt"][2].start, web_fixtures.PAGES["harbor-filming.txt"][2].end) in source
    assert web_fixtures.FILMING_QUOTE in source
    assert web_client.get("/source/nothing.txt").status_code == 404


def test_ask_page_gives_the_cli_answer(web_client: TestClient) -> None:
    page = web_client.get("/ask", params={"q": "is copper lantern out yet?", "today": "2027-01-01"})
    assert page.status_code == 200
    assert "Not yet" in text_of(page.text) and "March 5, 2027" in text_of(page.text)
    missing = web_client.get("/ask", params={"q": "when is zzqx out"})
    assert missing.status_code == 404 and "No title matching" in text_of(missing.text)


def test_error_pages_are_html_with_the_message(web_client: TestClient) -> None:
    page = web_client.get("/title/glass-harbor/season/7")
    assert page.status_code == 404 and page.headers["content-type"].startswith("text/html")
    assert "No season 7 of The Glass Harbor is stored." in text_of(page.text)
    assert "Known seasons: 1, 2" in text_of(page.text)


def test_article_text_is_escaped_everywhere(web_client: TestClient) -> None:
    for path in ("/title/velvet-static/season/1", "/source/xss.txt", "/sources", "/changes", "/ask?q=when+is+velvet+static+out"):
        html = web_client.get(path).text
        assert "<script" not in html.lower(), path
        assert "<img" not in html.lower(), path
        assert "javascript:" not in html.lower(), path
    season = text_of(web_client.get("/title/velvet-static/season/1").text)
    assert web_fixtures.XSS_SCRIPT in season and web_fixtures.XSS_IMG in season  # shown as text


def test_security_headers_on_every_response(web_client: TestClient) -> None:
    for path in ("/", SEASON, "/api/titles", "/static/style.css", "/calendar.ics", "/nowhere", "/api/nowhere"):
        response = web_client.get(path)
        csp = response.headers["content-security-policy"]
        assert "script-src 'none'" in csp and "default-src 'none'" in csp, path
        assert response.headers["x-content-type-options"] == "nosniff"


def test_pages_follow_a_new_fusion_run(web_store: Store, web_client: TestClient) -> None:
    assert "late 2024 to early 2025" in text_of(web_client.get(SEASON).text)
    web_client.get(SEASON)  # served from the response cache now
    web_fixtures.save(web_store, harbor_window=web_fixtures.window("2026-01-01", "2026-06-30"))
    text = text_of(web_client.get(SEASON).text)
    assert "the first half of 2026, estimate" in text and "late 2024 to early 2025, estimate" not in text
