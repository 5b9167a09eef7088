"""Expand what the user named (files, folders) into raw pages to ingest."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from airdate.ingest.pages import IngestFailure, RawPage

TEXT_SUFFIXES = {".txt": "text/plain", ".text": "text/plain", ".html": "text/html", ".htm": "text/html"}
MAX_FILE_BYTES = 20_000_000


def iter_sources(specs: Iterable[str]) -> Iterator[RawPage | IngestFailure]:
    """Raw pages for every file named or found under a folder named, in a stable order."""
    for spec in specs:
        path = Path(spec)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
            for file in files:
                if _content_type(file) is None:
                    continue  # not a page type: gold labels, READMEs of other kinds, images
                yield _read_file(file)
        elif path.is_file():
            yield _read_file(path)
        else:
            yield IngestFailure(spec, "no such file or folder; check the path")


def _content_type(path: Path) -> str | None:
    suffixes = "".join(path.suffixes[-2:]).lower()
    if suffixes.endswith(".gz"):
        return TEXT_SUFFIXES.get(Path(path.stem).suffix.lower())
    return TEXT_SUFFIXES.get(path.suffix.lower())


def _read_file(path: Path) -> RawPage | IngestFailure:
    source = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            return IngestFailure(source, f"the file is {size // 1_000_000} MB, over the {MAX_FILE_BYTES // 1_000_000} MB limit; split it or leave it out")
        data = path.read_bytes()
    except OSError as exc:
        return IngestFailure(source, f"cannot read the file ({exc.strerror or exc}); check its permissions")
    content_type = _content_type(path) or "text/plain"
    if path.suffix.lower() == ".gz":
        import gzip

        try:
            data = gzip.decompress(data)
        except (OSError, EOFError):
            return IngestFailure(source, "the .gz file is corrupt; download it again")
    return RawPage(source=source, name=os.path.basename(source), data=data, content_type=content_type)
