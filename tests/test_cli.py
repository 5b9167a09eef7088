"""The command line: every command documents itself and fails with one clear shape."""

from __future__ import annotations

import json

import click
import pytest
from click.testing import CliRunner

from airdate.cli import main


def all_commands(group: click.Group, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    found = []
    ctx = click.Context(group)
    for name in group.list_commands(ctx):
        command = group.get_command(ctx, name)
        assert command is not None, f"airdate {' '.join(prefix + (name,))} cannot be loaded"
        path = prefix + (name,)
        found.append(path)
        if isinstance(command, click.Group):
            found.extend(all_commands(command, path))
    return found


def command_at(path: tuple[str, ...]) -> click.Command:
    command: click.Command = main
    for name in path:
        assert isinstance(command, click.Group)
        found = command.get_command(click.Context(command), name)
        assert found is not None
        command = found
    return command


COMMANDS = all_commands(main)


def test_the_expected_commands_exist() -> None:
    names = {" ".join(c) for c in COMMANDS}
    assert {
        "ingest", "refresh", "facts", "ask", "sources", "timeline", "claims", "demo", "reprocess", "serve",
        "eval time", "eval extract", "eval fuse",
    } <= names


@pytest.mark.parametrize("path", COMMANDS, ids=[" ".join(c) for c in COMMANDS])
def test_every_command_has_help(path: tuple[str, ...]) -> None:
    result = CliRunner().invoke(main, [*path, "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage:" in result.output
    command = command_at(path)
    assert command.help and command.help.strip(), f"airdate {' '.join(path)} has no help text"


def test_unknown_title_gives_one_json_error_shape(tmp_path) -> None:
    result = CliRunner().invoke(main, ["facts", "Nothing Like This", "--json", "--db", str(tmp_path / "e.db")])
    assert result.exit_code == 1
    payload = json.loads(result.output)
    assert set(payload) == {"error"}
    assert set(payload["error"]) == {"status", "message", "hint"}
    assert payload["error"]["status"] == 404
    assert "Nothing Like This" in payload["error"]["message"]


def test_unknown_title_in_text_names_the_next_step(tmp_path) -> None:
    result = CliRunner().invoke(main, ["ask", "When is Nothing Like This season 2 out?", "--db", str(tmp_path / "e.db")])
    assert result.exit_code == 1
    assert "airdate ingest" in result.output


def test_a_bad_today_names_the_flag(tmp_path) -> None:
    result = CliRunner().invoke(main, ["facts", "X", "--today", "20/11/2026", "--db", str(tmp_path / "e.db")])
    assert result.exit_code == 2
    assert "--today" in result.output and "YYYY-MM-DD" in result.output
