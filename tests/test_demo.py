"""`airdate demo` on the bundled fictional corpus: every hazard handled, nothing tuned to it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from click.testing import CliRunner

from airdate import answer
from airdate.cli import main
from airdate.cli.maintenance_cmds import DEMO_TITLE, demo_corpus
from airdate.pipeline import ingest
from airdate.store import Store


def test_demo_corpus_has_text_and_html_pages() -> None:
    names = sorted(p.name for p in demo_corpus().iterdir())
    assert 5 <= len(names) <= 8
    assert any(n.endswith(".txt") for n in names) and any(n.endswith(".html") for n in names)


def test_demo_prints_a_fact_sheet_and_an_answer(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["demo", "--today", "2026-11-20", "--keep", str(tmp_path / "demo.db")])
    assert result.exit_code == 0, result.output
    assert "stored 6 pages" in result.output
    assert DEMO_TITLE in result.output
    assert "A:" in result.output


def test_demo_conclusions(tmp_path: Path) -> None:
    store = Store.open(str(tmp_path / "d.db"))
    report = ingest(store, [str(demo_corpus())])
    assert not report.failed
    sheet = answer.fact_sheet(store, "lantern keepers", 2, date(2026, 11, 20))
    premiere = sheet.fact("premiere_date")
    assert premiere is not None and premiere.status == "estimated"
    assert premiere.value["start"] == "2025-09-01" and premiere.value["end"] == "2026-04-30"
    assert sheet.stale
    rejected = {r.value for r in sheet.rejected if r.attribute == "premiere_date" and isinstance(r.value, str)}
    assert {"2024-02-14", "2023-10-03"} <= rejected  # the fabricated date and the contradicted countdown
    platform = sheet.fact("platform")
    assert platform is not None and platform.value in ("Prime Video", ["Prime Video"])
    renewal = sheet.fact("renewal")
    assert renewal is not None and renewal.value["renewed"] is True and renewal.value["date"] == "2023-05-22"
    claims = store.claims()
    assert not any("Dex Harlan" in c.quote or "Marla Quint" in c.quote or "Tova Reyes" in c.quote for c in claims)
