"""``airdate serve`` refuses bad options with a message saying what to do."""

from __future__ import annotations

from click.testing import CliRunner

from airdate.cli import main


def test_serve_rejects_a_bad_today() -> None:
    result = CliRunner().invoke(main, ["serve", "--today", "next tuesday"])
    assert result.exit_code == 2
    assert "YYYY-MM-DD" in result.output


def test_serve_rejects_a_webhook_that_is_not_http() -> None:
    result = CliRunner().invoke(main, ["serve", "--webhook", "file:///etc/passwd", "--db", ":memory:"])
    assert result.exit_code == 2
    assert "http(s)" in result.output
