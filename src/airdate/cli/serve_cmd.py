"""``airdate serve``: the web pages, JSON API and feeds over the store."""

from __future__ import annotations

from datetime import date

import click

from airdate.store import DEFAULT_DB


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
def serve_command(host: str, port: int, db: str, today: date | None, webhook: str | None, webhook_interval: float) -> None:
    """Serve the pages, JSON API (/api/...), calendar (/calendar.ics) and change feed (/changes.atom).

    Reading is open; POST /api/ingest works only when AIRDATE_TOKEN is set and the
    request sends it as 'Authorization: Bearer TOKEN'.
    """
    import uvicorn

    from airdate.store import Store
    from airdate.web import create_app

    if webhook and not webhook.startswith(("http://", "https://")):
        raise click.BadParameter(f"{webhook!r} is not an http(s) URL.", param_hint="--webhook")
    try:
        store = Store.open(db)
    except Exception as exc:  # any driver error: say which store and what to check
        raise click.ClickException(f"Cannot open the store {db!r} ({exc}); check the path or URL given by --db or AIRDATE_DB.") from exc
    shown = "localhost" if host in ("0.0.0.0", "::") else host
    app = create_app(store, today=today, webhook=webhook, public_url=f"http://{shown}:{port}", webhook_interval=webhook_interval)
    click.echo(f"airdate: serving {store.url} on http://{shown}:{port}/ (Ctrl-C stops)", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False)
