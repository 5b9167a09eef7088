"""The ``airdate`` command line: a thin Click layer over the library."""

from airdate.cli.main import main

__all__ = ["main"]
