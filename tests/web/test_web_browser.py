"""Browser acceptance: a real ``airdate serve`` driven by headless Chromium.

``test_seeds_*`` runs the whole pipeline on the five seed pages, so it passes only
once extraction and fusion draw the seeds' conclusions.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import web_fixtures
from web_server import ARTIFACTS, airdate_serve, chromium, run_cli

from airdate.store import Store

pytestmark = pytest.mark.browser


def test_xss_payloads_render_as_text_and_never_run(tmp_path: Path) -> None:
    db = tmp_path / "xss.db"
    with Store.open(str(db)) as store:
        web_fixtures.fill(store)
    with airdate_serve(db, "--today", web_fixtures.TODAY.isoformat()) as base, chromium() as page:
        page: Any
        violations: list[str] = []
        page.on("console", lambda message: violations.append(message.text))
        for path in ("/title/velvet-static/season/1", "/source/xss.txt", "/sources", "/changes"):
            response = page.goto(base + path)
            assert response is not None and response.status == 200
            assert "script-src 'none'" in response.headers["content-security-policy"]
            page.wait_for_load_state("load")
            assert page.evaluate("typeof window.__airdate_pwned") == "undefined", path
            assert page.evaluate("document.scripts.length") == 0, path
            assert page.evaluate("document.querySelectorAll('[onerror]').length") == 0, path
        page.goto(base + "/title/velvet-static/season/1")
        body = page.inner_text("body")
        assert web_fixtures.XSS_SCRIPT in body and web_fixtures.XSS_IMG in body  # visible, as text
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "xss_season_page.png"), full_page=True)


def test_seeds_all_of_us_are_dead_season_2_page(tmp_path: Path, seeds_dir: Path) -> None:
    db = tmp_path / "seeds.db"
    ingested = run_cli("ingest", str(seeds_dir), db=db)
    assert ingested.returncode == 0, f"airdate ingest failed: {ingested.stdout}{ingested.stderr}"
    with airdate_serve(db) as base, chromium() as page:
        page: Any
        response = page.goto(base + "/title/all-of-us-are-dead/season/2")
        assert response is not None and response.status == 200, page.inner_text("body")[:500]
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "seeds_all_of_us_are_dead_season_2.png"), full_page=True)
        assert "no confirmed date" in page.inner_text("#status").lower()
        value = page.inner_text("#value")
        assert re.search(r"late 2024 to early 2025|late 2024 to the first half of 2025", value), value
        assert page.locator("#countdown").count() == 0
        rejected = page.locator("#rejected li")
        texts = [rejected.nth(i).inner_text() for i in range(rejected.count())]
        for day in ("April 14, 2023", "December 15, 2022"):
            matching = [t for t in texts if day in t]
            assert matching, f"{day} is not among the rejected claims: {texts}"
            assert all("Why:" in t and len(t.split("Why:", 1)[1].strip()) > 5 for t in matching), matching
