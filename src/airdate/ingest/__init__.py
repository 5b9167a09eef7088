"""Ingest stage: files, folders, URLs, feeds, sitemaps and WARC files to clean article text plus metadata.

Public API:

- ``iter_sources(specs) -> Iterator[RawPage | IngestFailure]``: what each source yields
- ``to_document(page) -> Document``: bytes to clean text, raising ``IngestError``
"""

from __future__ import annotations

from airdate.ingest.pages import IngestError, IngestFailure, IngestSkip, RawPage, to_document
from airdate.ingest.sources import iter_sources, read_source_list

__all__ = ["IngestError", "IngestFailure", "IngestSkip", "RawPage", "iter_sources", "read_source_list", "to_document"]
