"""Ingest stage: files, folders (and, later, the web) to clean article text plus metadata.

Public API:

- ``iter_sources(specs) -> Iterator[RawPage | IngestFailure]``: what each source yields
- ``to_document(page) -> Document``: bytes to clean text, raising ``IngestError``
"""

from __future__ import annotations

from airdate.ingest.pages import IngestError, IngestFailure, RawPage, to_document
from airdate.ingest.sources import iter_sources

__all__ = ["IngestError", "IngestFailure", "RawPage", "iter_sources", "to_document"]
