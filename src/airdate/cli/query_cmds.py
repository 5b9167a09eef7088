"""Read-only commands: facts, ask, sources, timeline, claims."""

from __future__ import annotations

from datetime import date

import click
from rich.markup import escape
from rich.table import Table

from airdate import answer
from airdate.answer.describe import describe_value
from airdate.cli.common import (
    console,
    db_option,
    emit_json,
    handle_errors,
    json_option,
    open_store,
    today_option,
    today_or_now,
)
from airdate.models import FactSheet

season_option = click.option("--season", type=click.IntRange(0, 200), default=None, help="Season number (default: the latest known).")


def print_fact_sheet(sheet: FactSheet) -> None:
    """A compact table of values, then each value's quotes, history and rejections."""
    heading = sheet.title + (f", season {sheet.season}" if sheet.season is not None else "")
    console.print(f"[bold]{escape(heading)}[/bold]")
    if sheet.as_of:
        console.print(f"as of pages written {sheet.as_of.get('start') or '?'} .. {sheet.as_of.get('end') or '?'}")
    table = Table()
    for col in ("attribute", "status", "value", "confidence", "sources"):
        table.add_column(col, overflow="fold")
    for fact in sheet.facts:
        articles = sorted({e.article for e in fact.evidence})
        table.add_row(
            fact.attribute,
            fact.status,
            escape(describe_value(fact.attribute, fact.value)),
            f"{fact.confidence:.2f}",
            escape(", ".join(articles[:3]) + (f" +{len(articles) - 3}" if len(articles) > 3 else "")),
        )
    console.print(table)
    if sheet.stale:
        console.print(f"[yellow]The latest estimate lies before {sheet.today}: this information is stale.[/yellow]")
    for fact in sheet.facts:
        if fact.evidence:
            first = fact.evidence[0]
            console.print(f"[dim]{fact.attribute}[/dim] {escape(first.article)}: “{escape(first.quote)}”")
        for old in fact.superseded:
            console.print(
                f"[dim]{fact.attribute}[/dim] superseded: {escape(describe_value(fact.attribute, old.value))} "
                f"({escape(old.article)}): {escape(old.reason)}"
            )
    for rejected in sheet.rejected:
        console.print(
            f"[red]rejected[/red] {rejected.attribute}: {escape(describe_value(rejected.attribute, rejected.value))} "
            f"({escape(rejected.article)}): {escape(rejected.reason)}"
        )


@click.command()
@click.argument("title")
@season_option
@today_option
@json_option
@db_option
@handle_errors
def facts(title: str, season: int | None, today: date | None, as_json: bool, db: str | None) -> None:
    """The fact sheet for TITLE: every value with its status, confidence and sources."""
    sheet = answer.fact_sheet(open_store(db), title, season, today_or_now(today))
    if as_json:
        emit_json(sheet.as_json())
    else:
        print_fact_sheet(sheet)


@click.command()
@click.argument("question")
@today_option
@json_option
@db_option
@handle_errors
def ask(question: str, today: date | None, as_json: bool, db: str | None) -> None:
    """Answer QUESTION in plain words, e.g. "When is Foo season 2 coming out?"."""
    result = answer.ask(open_store(db), question, today_or_now(today))
    if as_json:
        emit_json(result.as_json())
        return
    console.print(escape(result.answer))
    if result.citations:
        console.print("\n[bold]Sources[/bold]")
        for citation in result.citations:
            console.print(f"- {escape(citation.article)}: “{escape(citation.quote)}”")


@click.command()
@json_option
@db_option
def sources(as_json: bool, db: str | None) -> None:
    """Every ingested page with its writing window, reliability and flags."""
    reports = answer.list_sources(open_store(db))
    if as_json:
        emit_json([r.as_json() for r in reports])
        return
    table = Table()
    for col in ("article", "title", "written", "reliability", "flags"):
        table.add_column(col)
    for r in reports:
        written = f"{(r.written or {}).get('start') or '?'} .. {(r.written or {}).get('end') or '?'}" if r.written else "unknown"
        table.add_row(escape(r.article), escape(r.title or ""), written, f"{r.reliability:.2f}", ", ".join(r.flags))
    console.print(table)


@click.command()
@click.argument("title")
@season_option
@json_option
@db_option
@handle_errors
def timeline(title: str, season: int | None, as_json: bool, db: str | None) -> None:
    """The dated history of TITLE's season: each claim by when its page was written."""
    sheet, entries = answer.timeline(open_store(db), title, season)
    if as_json:
        emit_json({"title": sheet.title, "season": sheet.season, "entries": [e.as_json() for e in entries]})
        return
    console.print(f"[bold]{escape(sheet.title)}, season {sheet.season}[/bold]")
    for e in entries:
        w = e.written or {}
        console.print(f"{w.get('start') or '?'} .. {w.get('end') or '?'}  [{e.fate}] {escape(e.summary)}  ({escape(e.article)})")


@click.command()
@click.option("--article", default=None, help="Only the claims of this article (its file name).")
@json_option
@db_option
def claims(article: str | None, as_json: bool, db: str | None) -> None:
    """The raw claims extracted from the stored pages."""
    found = open_store(db).claims(article)
    if as_json:
        emit_json([c.as_json() for c in found])
        return
    table = Table()
    for col in ("article", "subject", "season", "attribute", "value", "modality"):
        table.add_column(col)
    for c in found:
        table.add_row(escape(c.article), escape(c.subject), str(c.season), c.attribute, escape(describe_value(c.attribute, c.value)), c.modality)
    console.print(table)
    if article and not found:
        raise click.ClickException(f"no claims for article {article!r}; `airdate sources` lists the stored articles")
