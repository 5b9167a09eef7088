"""Near-duplicate pages: word shingles, MinHash and LSH (datasketch), for fusion's copy detection.

Syndicated and rewritten-by-template pages repeat one source; fusion must not count
them as independent witnesses. Each new document is compared with every stored one;
the later page (by stated publication date, else by ingest order) is recorded as the copy.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

from datasketch import MinHash, MinHashLSH

from airdate.models import Document

NUM_PERM = 64
SHINGLE_WORDS = 5
THRESHOLD = 0.8  # Jaccard of word 5-shingles; reworded copies of one press release sit well above it
MIN_SHINGLES = 20  # pages shorter than this say too little to call one a copy of another
_WORD = re.compile(r"\w+")


def shingles(text: str) -> set[bytes]:
    words = _WORD.findall(text.lower())
    if len(words) < SHINGLE_WORDS:
        return set()
    return {" ".join(words[i : i + SHINGLE_WORDS]).encode("utf-8") for i in range(len(words) - SHINGLE_WORDS + 1)}


def signature(grams: set[bytes]) -> MinHash:
    sketch = MinHash(num_perm=NUM_PERM, seed=1)
    sketch.update_batch(list(grams))
    return sketch


@dataclass(frozen=True)
class CopyLink:
    copy: str  # document id of the later page
    original: str
    similarity: float


@dataclass
class _Entry:
    url: str | None
    published: date | None
    sketch: MinHash


class NearDuplicateIndex:
    """Every document seen so far, by MinHash; ``add`` returns the copy links a new one makes."""

    def __init__(self) -> None:
        self._lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
        self._entries: dict[str, _Entry] = {}
        self._texts: Callable[[str], str | None] | None = None

    def load(self, documents: Iterable[tuple[str, str, str | None, date | None]], texts: Callable[[str], str | None]) -> None:
        """Index stored documents, given as (id, text, url, published); ``texts`` reads one back for checks."""
        self._texts = texts
        for doc_id, text, url, published in documents:
            grams = shingles(text)
            if len(grams) >= MIN_SHINGLES:
                self._insert(doc_id, signature(grams), url, published)

    def _insert(self, doc_id: str, sketch: MinHash, url: str | None, published: date | None) -> None:
        if doc_id in self._entries:
            return
        self._lsh.insert(doc_id, sketch)
        self._entries[doc_id] = _Entry(url, published, sketch)

    def add(self, document: Document) -> list[CopyLink]:
        grams = shingles(document.text)
        if len(grams) < MIN_SHINGLES or document.id in self._entries:
            return []
        sketch = signature(grams)
        links: list[CopyLink] = []
        for other_id in self._lsh.query(sketch):
            other = self._entries[other_id]
            if other.url and document.url and other.url == document.url:
                continue  # a new version of the same page is not a copy of it
            similarity = self._jaccard(grams, other_id, sketch)
            if similarity < THRESHOLD:
                continue
            later_is_new = other.published is None or document.published is None or document.published >= other.published
            if later_is_new:
                links.append(CopyLink(document.id, other_id, similarity))
            else:
                links.append(CopyLink(other_id, document.id, similarity))
        self._insert(document.id, sketch, document.url, document.published)
        return links

    def _jaccard(self, grams: set[bytes], other_id: str, sketch: MinHash) -> float:
        """Exact Jaccard when the other text can be read back; the MinHash estimate otherwise."""
        text = self._texts(other_id) if self._texts else None
        if text is None:
            return float(sketch.jaccard(self._entries[other_id].sketch))
        other_grams = shingles(text)
        union = len(grams | other_grams)
        return len(grams & other_grams) / union if union else 0.0
