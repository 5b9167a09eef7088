"""``airdate serve``: the web pages, JSON API and feeds over the store."""

from __future__ import annotations

import asyncio
import os
import threading
from datetime import date

import click

from airdate.store import DEFAULT_DB, Store


def _day(_ctx: click.Context, _param: click.Parameter, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date; give it as YYYY-MM-DD.") from None


@click.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="Port to listen on.")
@click.option("--db", envvar="AIRDATE_DB", default=DEFAULT_DB, show_default=True, help="Store: a SQLite path or a database URL.")
@click.option("--today", callback=_day, metavar="YYYY-MM-DD", help="Judge staleness and countdowns as of this day (default: the real date).")
@click.option("--webhook", metavar="URL", help="POST a JSON body to URL for every change a fusion run records.")
@click.option("--webhook-interval", default=5.0, show_default=True, type=click.FloatRange(0.2), help="Seconds between checks for new changes.")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64), help="Server processes; more than one uses more cores.")
def serve_command(host: str, port: int, db: str, today: date | None, webhook: str | None, webhook_interval: float, workers: int) -> None:
    """Serve the pages, JSON API (/api/...), calendar (/calendar.ics) and change feed (/changes.atom).

    Reading is open; POST /api/ingest works only when AIRDATE_TOKEN is set and the
    request sends it as 'Authorization: Bearer TOKEN'.
    """
    import uvicorn  # the web stack loads only for this command, keeping other commands quick

    from airdate.web.app import ENV_TODAY, create_app

    if webhook and not webhook.startswith(("http://", "https://")):
        raise click.BadParameter(f"{webhook!r} is not an http(s) URL.", param_hint="--webhook")
    try:
        store = Store.open(db)
    except Exception as exc:  # any driver error: say which store and what to check
        raise click.ClickException(f"Cannot open the store {db!r} ({exc}); check the path or URL given by --db or AIRDATE_DB.") from exc
    shown = "localhost" if host in ("0.0.0.0", "::") else host
    public_url = f"http://{shown}:{port}"
    click.echo(f"airdate: serving {store.url} on {public_url}/ with {workers} process(es) (Ctrl-C stops)", err=True)
    if workers == 1:
        app = create_app(store, today=today, webhook=webhook, public_url=public_url, webhook_interval=webhook_interval, warm=True)
        uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False)
        return
    # Workers are started by import string, so their settings travel in the environment.
    os.environ["AIRDATE_DB"] = db
    if today:
        os.environ[ENV_TODAY] = today.isoformat()
    if webhook:
        start_webhook_thread(store, webhook, public_url, webhook_interval)
    uvicorn.run("airdate.web.app:app_from_env", factory=True, workers=workers, host=host, port=port, log_level="warning", access_log=False)


def start_webhook_thread(store: Store, url: str, public_url: str, interval: float) -> None:
    """Post changes from this (supervising) process, so N workers do not post each change N times."""
    from airdate.web.webhooks import ChangePoster

    def run() -> None:
        async def main() -> None:
            await ChangePoster(store, url, public_url, interval=interval).run()

        asyncio.run(main())

    threading.Thread(target=run, name="airdate-webhooks", daemon=True).start()
