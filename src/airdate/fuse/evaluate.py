"""`airdate eval fuse`: score this stage on gold data."""

from __future__ import annotations

import click


@click.command("fuse")
def eval_fuse_command() -> None:
    """Score the fuse stage on gold data (not built yet)."""
    raise click.ClickException("eval fuse is not built yet; see the open issue for this stage")
