"""`airdate eval time`: score this stage on gold data."""

from __future__ import annotations

import click


@click.command("time")
def eval_time_command() -> None:
    """Score the time stage on gold data (not built yet)."""
    raise click.ClickException("eval time is not built yet; see the open issue for this stage")
