"""What every command shares: the --db option, JSON output, dates, and one error shape."""

from __future__ import annotations

import functools
import json
import sys
from collections.abc import Callable
from datetime import date
from typing import Any, TypeVar

import click
from rich.console import Console

from airdate.answer import TitleNotFound
from airdate.store import Store

F = TypeVar("F", bound=Callable[..., Any])

console = Console(highlight=False)
err_console = Console(stderr=True, highlight=False)


def db_option(func: F) -> F:
    return click.option(
        "--db",
        envvar="AIRDATE_DB",
        default=None,
        metavar="PATH|URL",
        help="SQLite file or database URL (default: $AIRDATE_DB, else ./airdate.db).",
    )(func)


def json_option(func: F) -> F:
    return click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")(func)


def parse_today(_ctx: click.Context, _param: click.Parameter, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date; write it as YYYY-MM-DD, e.g. --today 2026-11-20") from None


def today_option(func: F) -> F:
    return click.option(
        "--today",
        callback=parse_today,
        metavar="YYYY-MM-DD",
        help="Judge staleness as of this day (default: the real date).",
    )(func)


def error_json(message: str, hint: str | None = None, status: int = 1) -> dict[str, Any]:
    """The one error shape every JSON face uses (CLI --json and the HTTP API)."""
    return {"error": {"status": status, "message": message, "hint": hint}}


def emit_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def open_store(db: str | None) -> Store:
    try:
        return Store.open(db)
    except Exception as exc:  # the driver's own message names the real cause
        raise click.ClickException(
            f"cannot open the database {db or 'airdate.db'} ({exc.__class__.__name__}: {exc}); check --db or AIRDATE_DB"
        ) from exc


def handle_errors(func: F) -> F:
    """Turn lookup failures into one clear line (or the JSON error shape with --json)."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except TitleNotFound as exc:
            hint = f"Try one of: {', '.join(exc.suggestions)}" if exc.suggestions else "Run `airdate ingest SOURCE` first, or `airdate sources` to see what is stored."
            if kwargs.get("as_json"):
                emit_json(error_json(str(exc), hint, 404))
                sys.exit(1)
            raise click.ClickException(str(exc)) from None

    return wrapper  # type: ignore[return-value]


def today_or_now(today: date | None) -> date:
    return today or date.today()
