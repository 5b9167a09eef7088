"""Top-level command group; each command is a thin call into the library.

Commands are imported only when run: ``airdate eval fuse`` should not pay for
importing the web server, trafilatura and the fetcher.
"""

from __future__ import annotations

import importlib

import click

from airdate import __version__


class LazyGroup(click.Group):
    """A group whose subcommands are ``module:attribute`` paths imported on first use."""

    def __init__(self, *args: object, lazy: dict[str, str] | None = None, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.lazy = dict(lazy or {})

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(set(super().list_commands(ctx)) | set(self.lazy))

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in self.lazy:
            module_name, attribute = self.lazy[cmd_name].split(":")
            command = getattr(importlib.import_module(module_name), attribute)
            if not isinstance(command, click.Command):
                raise TypeError(f"{self.lazy[cmd_name]} is not a click command")
            return command
        return super().get_command(ctx, cmd_name)


@click.group(
    cls=LazyGroup,
    lazy={
        "ingest": "airdate.cli.ingest_cmd:ingest_command",
        "refresh": "airdate.cli.ingest_cmd:refresh_command",
        "facts": "airdate.cli.query_cmds:facts",
        "ask": "airdate.cli.query_cmds:ask",
        "sources": "airdate.cli.query_cmds:sources",
        "timeline": "airdate.cli.query_cmds:timeline",
        "claims": "airdate.cli.query_cmds:claims",
        "reprocess": "airdate.cli.maintenance_cmds:reprocess",
        "demo": "airdate.cli.maintenance_cmds:demo",
        "serve": "airdate.cli.serve_cmd:serve_command",
    },
)
@click.version_option(__version__, prog_name="airdate")
def main() -> None:
    """airdate: what is really known about when a TV season or film comes out."""


@main.group(
    "eval",
    cls=LazyGroup,
    lazy={
        "time": "airdate.timex.evaluate:eval_time_command",
        "extract": "airdate.extract.evaluate:eval_extract_command",
        "fuse": "airdate.fuse.evaluate:eval_fuse_command",
    },
)
def eval_group() -> None:
    """Score a pipeline stage on gold data."""
