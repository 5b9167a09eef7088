"""``airdate refresh`` keeps every version; the CLI reports one line per failure and sets the exit status."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from airdate.cli import main
from airdate.ingest.fetch import Fetcher
from airdate.ingest.refresh import refresh_sources
from airdate.pipeline import ingest
from airdate.store import Store

from .conftest import WebServer, quick_settings


def test_refresh_uses_conditional_get_and_stores_new_versions_beside_old(web: WebServer, tmp_path: Path) -> None:
    store = Store.open(str(tmp_path / "r.db"))
    with Fetcher(quick_settings()) as fetcher:
        first = ingest(store, [web.url("/versioned")], fetcher=fetcher, fuse=False)
        assert first.stored == [web.url("/versioned")]

        same = ingest(store, [], sources=refresh_sources(store, fetcher), fuse=False)
        assert same.unchanged == [web.url("/versioned")] and not same.stored
        assert web.state.headers["/versioned"]["if-none-match"] == '"v1"'

        web.state.version = 2
        changed = ingest(store, [], sources=refresh_sources(store, fetcher), fuse=False)
        assert changed.stored == [web.url("/versioned")]

        again = ingest(store, [], sources=refresh_sources(store, fetcher), fuse=False)
        assert again.unchanged == [web.url("/versioned")]  # the newest version's ETag is the one sent
        assert web.state.headers["/versioned"]["if-none-match"] == '"v2"'
    docs = sorted(store.documents(), key=lambda d: d.name)
    assert len(docs) == 2
    assert {d.url for d in docs} == {web.url("/versioned")}
    assert docs[1].name == docs[0].name + "~2"
    assert "versioned-1" in docs[0].text and "versioned-2" in docs[1].text
    # each version has its own analysis under its own name
    assert set(store.windows()) == {d.name for d in docs}


def test_cli_ingest_reports_json_and_fails_when_anything_failed(web: WebServer, tmp_path: Path) -> None:
    db = str(tmp_path / "cli.db")
    listing = tmp_path / "sources.txt"
    listing.write_text(f"# pages to read\n{web.url('/page/cli-one')}\n\n{web.url('/png')}\n", encoding="utf-8")
    result = CliRunner().invoke(
        main, ["ingest", "--db", db, "--allow-private", "--delay", "0", "--json", "--no-fuse", "--from-file", str(listing), web.url("/feed.xml")]
    )
    assert result.exit_code == 1, result.output
    report = json.loads(result.stdout)
    assert report["counts"] == {"stored": 3, "duplicates": 0, "unchanged": 0, "failed": 1}
    assert report["failed"][0]["source"] == web.url("/png")
    ok = CliRunner().invoke(main, ["ingest", "--db", db, "--allow-private", "--json", "--no-fuse", web.url("/page/cli-one")])
    assert ok.exit_code == 0, ok.output
    assert json.loads(ok.stdout)["counts"]["duplicates"] == 1


def test_cli_refuses_local_addresses_by_default_with_the_flag_to_use(web: WebServer, tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["ingest", "--db", str(tmp_path / "p.db"), "--no-fuse", web.url("/page/x")])
    assert result.exit_code == 1
    lines = [line for line in result.stderr.splitlines() if line.startswith("failed")]
    assert len(lines) == 1 and "use --allow-private to ingest from local addresses" in lines[0]
    assert sum(web.state.hits.values()) == 0


def test_cli_needs_a_source(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["ingest", "--db", str(tmp_path / "n.db")])
    assert result.exit_code == 2 and "--from-file" in result.output


def test_cli_refresh_reports_unchanged(web: WebServer, tmp_path: Path) -> None:
    db = str(tmp_path / "rf.db")
    CliRunner().invoke(main, ["ingest", "--db", db, "--allow-private", "--no-fuse", web.url("/versioned")])
    result = CliRunner().invoke(main, ["refresh", "--db", db, "--allow-private", "--no-fuse", "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["unchanged"] == [web.url("/versioned")]


def test_cli_says_in_one_line_when_the_database_cannot_be_opened(tmp_path: Path) -> None:
    (tmp_path / "page.txt").write_text("A short page about a ferry timetable.", encoding="utf-8")
    result = CliRunner().invoke(main, ["ingest", "--db", str(tmp_path / "missing-dir" / "x.db"), str(tmp_path / "page.txt")])
    assert result.exit_code == 1
    assert "cannot be used" in result.stderr and "--db" in result.stderr and "Traceback" not in result.stderr
