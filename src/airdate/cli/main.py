"""Top-level command group; each command is a thin call into the library."""

from __future__ import annotations

import click

from airdate import __version__
from airdate.cli.ingest_cmd import ingest_command, refresh_command
from airdate.cli.maintenance_cmds import demo, reprocess
from airdate.cli.query_cmds import ask, claims, facts, sources, timeline
from airdate.cli.serve_cmd import serve_command
from airdate.extract.evaluate import eval_extract_command
from airdate.fuse.evaluate import eval_fuse_command
from airdate.timex.evaluate import eval_time_command


@click.group()
@click.version_option(__version__, prog_name="airdate")
def main() -> None:
    """airdate: what is really known about when a TV season or film comes out."""


@main.group("eval")
def eval_group() -> None:
    """Score a pipeline stage on gold data."""


eval_group.add_command(eval_time_command)
eval_group.add_command(eval_extract_command)
eval_group.add_command(eval_fuse_command)

for command in (facts, ask, sources, timeline, claims, reprocess, demo):
    main.add_command(command)
main.add_command(serve_command)
main.add_command(ingest_command)
main.add_command(refresh_command)
