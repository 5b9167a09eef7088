"""``airdate ingest`` and ``airdate refresh``: thin Click commands over ``pipeline.ingest``."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import click
from sqlalchemy.exc import SQLAlchemyError
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from airdate.ingest import read_source_list
from airdate.ingest.fetch import Fetcher, FetchSettings
from airdate.ingest.refresh import refresh_sources
from airdate.pipeline import IngestReport, ingest
from airdate.store import DEFAULT_DB, Store


def _fetch_options(func: Callable[..., None]) -> Callable[..., None]:
    options = [
        click.option("--db", envvar="AIRDATE_DB", default=DEFAULT_DB, show_default=True, help="Database path or URL (env AIRDATE_DB)."),
        click.option("--allow-private", is_flag=True, help="Allow fetching from private, loopback and link-local addresses."),
        click.option("--timeout", type=click.FloatRange(0.1, 600), default=20.0, show_default=True, help="Seconds to connect and between reads."),
        click.option("--max-size", type=click.FloatRange(0.01, 1000), default=10.0, show_default=True, help="Largest page to download, in MB."),
        click.option("--delay", type=click.FloatRange(0, 60), default=0.5, show_default=True, help="Seconds between two requests to one host."),
        click.option("--per-host", type=click.IntRange(1, 16), default=2, show_default=True, help="Requests in flight per host."),
        click.option("--no-fuse", is_flag=True, help="Store pages only; run fusion later."),
        click.option("--json", "as_json", is_flag=True, help="Print a machine-readable report on stdout."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def _settings(allow_private: bool, timeout: float, max_size: float, delay: float, per_host: int) -> FetchSettings:
    return FetchSettings(
        allow_private=allow_private,
        timeout=timeout,
        total_timeout=max(timeout * 3, 60.0),
        max_bytes=int(max_size * 1_000_000),
        delay=delay,
        per_host=per_host,
    )


@contextmanager
def _database_errors(db: str) -> Iterator[None]:
    """A store that cannot be opened or written ends the run with one line, not a traceback."""
    try:
        yield
    except SQLAlchemyError as exc:
        reason = str(getattr(exc, "orig", None) or exc).splitlines()[0]
        raise click.ClickException(
            f"the database {db} cannot be used ({reason}); check the --db path, free disk space, or stop other writers"
        ) from exc


@contextmanager
def _progress(label: str, enabled: bool) -> Iterator[Callable[[str], None]]:
    console = Console(stderr=True)
    with Progress(
        SpinnerColumn(),
        TextColumn(f"[bold]{label}[/]"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.description}", markup=False),
        console=console,
        transient=True,
        disable=not enabled or not console.is_terminal,
    ) as progress:
        task = progress.add_task("", total=None)

        def advance(source: str) -> None:
            progress.update(task, advance=1, description=source[-60:])

        yield advance


def _summarise(report: IngestReport, as_json: bool) -> None:
    if as_json:
        click.echo(json.dumps(report.as_json(), indent=2, ensure_ascii=False))
        return
    console = Console(stderr=True, highlight=False, soft_wrap=True)
    console.print(
        f"stored {len(report.stored)}, duplicate {len(report.duplicates)}, "
        f"unchanged {len(report.unchanged)}, failed {len(report.failed)}"
    )
    for source, warning in report.warnings:
        console.print(f"[yellow]warning[/] {escape(source)}: {escape(warning)}")
    for failure in report.failed:
        console.print(f"[red]failed[/] {escape(failure.source)}: {escape(failure.reason)}")


@click.command("ingest")
@click.argument("sources", nargs=-1)
@click.option("--from-file", "from_file", type=click.Path(exists=True, dir_okay=False), help="A file listing sources, one per line.")
@_fetch_options
def ingest_command(
    sources: tuple[str, ...],
    from_file: str | None,
    db: str,
    allow_private: bool,
    timeout: float,
    max_size: float,
    delay: float,
    per_host: int,
    no_fuse: bool,
    as_json: bool,
) -> None:
    """Read pages from files, folders, URLs, feeds, sitemaps and WARC files into the store."""
    specs = list(sources)
    if from_file:
        specs.extend(read_source_list(from_file))
    if not specs:
        raise click.UsageError("name at least one source (a file, folder, URL, feed, sitemap or WARC file) or use --from-file")
    settings = _settings(allow_private, timeout, max_size, delay, per_host)
    with _database_errors(db), Store.open(db) as store, Fetcher(settings) as fetcher, _progress("ingest", not as_json) as advance:
        report = ingest(store, specs, on_item=advance, fetcher=fetcher, fuse=not no_fuse)
    _summarise(report, as_json)
    sys.exit(0 if report.ok else 1)


@click.command("refresh")
@_fetch_options
def refresh_command(
    db: str,
    allow_private: bool,
    timeout: float,
    max_size: float,
    delay: float,
    per_host: int,
    no_fuse: bool,
    as_json: bool,
) -> None:
    """Fetch every stored URL again; changed pages are stored as new versions, old ones kept."""
    settings = _settings(allow_private, timeout, max_size, delay, per_host)
    with _database_errors(db), Store.open(db) as store, Fetcher(settings) as fetcher, _progress("refresh", not as_json) as advance:
        report = ingest(store, [], on_item=advance, sources=refresh_sources(store, fetcher), fuse=not no_fuse)
    _summarise(report, as_json)
    sys.exit(0 if report.ok else 1)
