"""Commands that rebuild what is derived from stored pages: reprocess and demo."""

from __future__ import annotations

import tempfile
from datetime import date
from importlib import resources
from pathlib import Path

import click
from rich.progress import Progress

from airdate import answer, pipeline
from airdate.cli.common import console, db_option, open_store, today_option, today_or_now
from airdate.cli.query_cmds import print_fact_sheet

DEMO_TITLE = "The Lantern Keepers"
DEMO_QUESTION = f"When is {DEMO_TITLE} season 2 coming out?"


@click.command()
@db_option
def reprocess(db: str | None) -> None:
    """Re-run time, extraction and fusion over every stored page (after an upgrade)."""
    store = open_store(db)
    total = store.count_documents()
    with Progress(console=console, transient=True) as progress:
        task = progress.add_task("reprocessing", total=total)
        count = pipeline.reanalyse(store, on_item=lambda _name: progress.advance(task))
    console.print(f"reprocessed {count} stored pages and fused their claims")


def demo_corpus() -> Path:
    return Path(str(resources.files("airdate") / "demo" / "corpus"))


@click.command()
@today_option
@click.option("--keep", type=click.Path(dir_okay=False), default=None, help="Keep the demo database at this path instead of a temporary one.")
def demo(today: date | None, keep: str | None) -> None:
    """Ingest the bundled demo corpus (a fictional show) and print its fact sheet and answer."""
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(keep or str(Path(tmp) / "demo.db"))
        report = pipeline.ingest(store, [str(demo_corpus())])
        console.print(f"demo: stored {len(report.stored)} pages, {len(report.duplicates)} duplicates, {len(report.failed)} failed")
        day = today_or_now(today)
        print_fact_sheet(answer.fact_sheet(store, DEMO_TITLE, 2, day))
        console.print()
        result = answer.ask(store, DEMO_QUESTION, day)
        console.print(f"[bold]Q:[/bold] {DEMO_QUESTION}")
        console.print(f"[bold]A:[/bold] {result.answer}")
        for citation in result.citations:
            console.print(f"- {citation.article}: “{citation.quote}”")
        store.close()
