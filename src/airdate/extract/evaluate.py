"""`airdate eval extract`: score this stage on gold data."""

from __future__ import annotations

import click


@click.command("extract")
def eval_extract_command() -> None:
    """Score the extract stage on gold data (not built yet)."""
    raise click.ClickException("eval extract is not built yet; see the open issue for this stage")
