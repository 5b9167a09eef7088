"""Load the canonical truth-discovery benchmark format into integer-coded arrays.

The format (``object attribute value source observed`` TSV, gzip'd; ``gold.tsv``;
optional ``hierarchy.tsv``) is described in ``shared/datasets/fusion/README.md``.
Flight has 2.77M rows: splitting it into 14M Python strings alone takes seconds and
a gigabyte, so fields are hashed in bulk with numpy and turned into integer codes;
only the few distinct strings per column are ever decoded.
"""

from __future__ import annotations

import gzip
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

_CHUNK = 1 << 23  # bytes of decompressed text hashed per step; bounds peak memory
_MASK = (1 << 64) - 1
_BASE = 0x9E3779B97F4A7C15  # odd, so it has an inverse modulo 2**64
_LENGTH_MIX = np.uint64(0x100000001B3)


def _inverse_mod_2_64(a: int) -> int:
    # Newton iteration for the inverse of an odd number modulo 2**64.
    x = 1
    for _ in range(7):
        x = (x * (2 - a * x)) & _MASK
    return x


def _powers(base: int, count: int) -> np.ndarray:
    with np.errstate(over="ignore"):
        out = np.empty(count, dtype=np.uint64)
        out[0] = 1
        out[1:] = np.cumprod(np.full(count - 1, base, dtype=np.uint64))
    return out


class DatasetError(ValueError):
    """A benchmark folder is missing a file or has a malformed header."""


@dataclass(frozen=True)
class BenchmarkData:
    """One benchmark's claims as codes, plus the gold and optional hierarchy."""

    name: str
    item: np.ndarray  # int32, claim -> data item (object, attribute)
    candidate: np.ndarray  # int32, claim -> candidate (item, value); candidates sorted by item
    source: np.ndarray  # int32, claim -> source
    candidate_item: np.ndarray  # int32, candidate -> item
    candidate_value: list[str]  # candidate -> value string
    candidate_first_row: np.ndarray  # int64, candidate -> first claim row (the README's tie rule)
    item_names: list[str]  # item -> "object<TAB>attribute" (split only where needed: Flight has 204k)
    sources: list[str]
    gold: dict[tuple[str, str], str]
    parents: dict[str, set[str]] = field(default_factory=dict)
    numeric: bool = False

    @property
    def n_items(self) -> int:
        return len(self.item_names)

    def item_key(self, item: int) -> tuple[str, str]:
        obj, _, attr = self.item_names[item].partition("\t")
        return obj, attr

    def item_index(self) -> dict[tuple[str, str], int]:
        """(object, attribute) -> item, for the gold items only (all that scoring needs)."""
        by_name = {name: i for i, name in enumerate(self.item_names)}
        return {k: by_name[f"{k[0]}\t{k[1]}"] for k in self.gold if f"{k[0]}\t{k[1]}" in by_name}

    @property
    def n_candidates(self) -> int:
        return len(self.candidate_value)

    @property
    def n_sources(self) -> int:
        return len(self.sources)


class _ColumnHasher:
    """Integer codes for three spans of each TSV row: object+attribute, value, source.

    A span's hash is a polynomial (mod 2**64) of its bytes: sum(byte_p * B**p) * B**-start,
    so one prefix sum per chunk hashes every span without making Python strings. Each
    chunk's distinct hashes get codes from a small dict (first seen, first coded); a
    64-bit collision among the few hundred thousand distinct labels is negligible.
    """

    # (first field, last field) of each coded span
    SPANS = ((0, 1), (2, 2), (3, 3))

    def __init__(self, width: int) -> None:
        self.width = width
        self.pow = np.zeros(0, dtype=np.uint64)
        self.inv_pow = np.zeros(0, dtype=np.uint64)
        self.codes: list[list[np.ndarray]] = [[] for _ in self.SPANS]
        self.tables: list[dict[int, int]] = [{} for _ in self.SPANS]
        self.names: list[list[bytes]] = [[] for _ in self.SPANS]

    def feed(self, data: bytes) -> None:
        buf = np.frombuffer(data, dtype=np.uint8)
        n = len(buf)
        if n > len(self.pow):  # sized to the largest block seen, so small files stay cheap
            size = n + (1 << 16)
            self.pow = _powers(_BASE, size)
            self.inv_pow = _powers(_inverse_mod_2_64(_BASE), size)
            # Work arrays are reused across chunks: fresh 64 MB temporaries per chunk cost
            # more in page faults than the arithmetic itself.
            self.work = np.empty(size, dtype=np.uint64)
            self.prefix = np.zeros(size + 1, dtype=np.uint64)
            self.tab = np.empty(size, dtype=bool)
            self.newline = np.empty(size, dtype=bool)
        np.equal(buf, 9, out=self.tab[:n])
        np.equal(buf, 10, out=self.newline[:n])
        np.logical_or(self.tab[:n], self.newline[:n], out=self.tab[:n])
        flat = np.flatnonzero(self.tab[:n])
        if len(flat) % self.width:
            raise DatasetError("a claims row does not have 5 tab-separated fields; the file must not use quoting")
        seps = flat.reshape(-1, self.width)
        starts = np.empty_like(seps)
        starts[:, 1:] = seps[:, :-1] + 1
        starts[0, 0] = 0
        starts[1:, 0] = seps[:-1, -1] + 1
        with np.errstate(over="ignore"):
            np.multiply(buf, self.pow[:n], out=self.work[:n])
            prefix = self.prefix
            np.cumsum(self.work[:n], out=prefix[1 : n + 1])
            for col, (first, last) in enumerate(self.SPANS):
                s, e = starts[:, first], seps[:, last]
                h = ((prefix[e] - prefix[s]) * self.inv_pow[s]) ^ ((e - s).astype(np.uint64) * _LENGTH_MIX)
                uniq, where, inverse = np.unique(h, return_index=True, return_inverse=True)
                table, names = self.tables[col], self.names[col]
                local = np.empty(len(uniq), dtype=np.int32)
                for k, (hv, i) in enumerate(zip(uniq.tolist(), where.tolist())):
                    code = table.get(hv)
                    if code is None:
                        code = table[hv] = len(names)
                        names.append(data[s[i] : e[i]])
                    local[k] = code
                self.codes[col].append(local[inverse])

    def column(self, col: int) -> tuple[np.ndarray, list[str]]:
        codes = np.concatenate(self.codes[col]) if self.codes[col] else np.zeros(0, dtype=np.int32)
        self.codes[col] = []
        return codes, [n.decode("utf-8") for n in self.names[col]]


def _hash_claims(path: Path) -> _ColumnHasher:
    hasher = _ColumnHasher(5)
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rb") as handle:
        header = handle.readline()
        if header.rstrip(b"\r\n").count(b"\t") != 4:
            raise DatasetError(f"{path} lacks the header 'object attribute value source observed'; use the canonical format")
        rest = b""
        while True:
            block = handle.read(_CHUNK)
            data = rest + block
            if block:
                cut = data.rfind(b"\n")
                rest, data = data[cut + 1 :], data[: cut + 1]
            elif data and not data.endswith(b"\n"):
                data += b"\n"
                rest = b""
            if data:
                hasher.feed(data)
            if not block:
                break
    return hasher


def _text_rows(path: Path) -> list[list[str]]:
    with open(path, encoding="utf-8") as handle:
        next(handle, None)
        return [line.rstrip("\n").split("\t") for line in handle if line.strip()]


def load_benchmark(folder: str | Path) -> BenchmarkData:
    """Read ``claims.tsv.gz``, ``gold.tsv`` and, when present, ``hierarchy.tsv`` from ``folder``."""
    folder = Path(folder)
    claims_path = folder / "claims.tsv.gz"
    if not claims_path.exists():
        claims_path = folder / "claims.tsv"
    gold_path = folder / "gold.tsv"
    if not claims_path.exists() or not gold_path.exists():
        raise DatasetError(f"{folder} needs claims.tsv.gz and gold.tsv; point --dataset at one benchmark folder")
    hasher = _hash_claims(claims_path)
    item_codes, item_names = hasher.column(0)
    val_codes, val_names = hasher.column(1)
    src_codes, src_names = hasher.column(2)
    n_val = max(len(val_names), 1)
    # Candidates sorted by item (items numbered in order of first appearance), then value.
    cand_keys, first_row, cand_inv = np.unique(
        item_codes.astype(np.int64) * n_val + val_codes, return_index=True, return_inverse=True
    )
    del val_codes
    cand_value = [val_names[v] for v in (cand_keys % n_val).tolist()]
    gold = {(row[0], row[1]): row[2] for row in _text_rows(gold_path) if len(row) >= 3}
    parents: dict[str, set[str]] = defaultdict(set)
    hierarchy = folder / "hierarchy.tsv"
    if hierarchy.exists():
        for row in _text_rows(hierarchy):
            if len(row) >= 2:
                parents[row[0]].add(row[1])
    attributes = {name.partition("\t")[2] for name in item_names[:: max(1, len(item_names) // 1000)]}
    numeric = bool(attributes) and all(a.startswith("population") for a in attributes)
    return BenchmarkData(
        name=folder.name,
        item=item_codes.astype(np.int32),
        candidate=cand_inv.astype(np.int32),
        source=src_codes.astype(np.int32),
        candidate_item=(cand_keys // n_val).astype(np.int32),
        candidate_value=cand_value,
        candidate_first_row=first_row.astype(np.int64),
        item_names=item_names,
        sources=src_names,
        gold=gold,
        parents=dict(parents),
        numeric=numeric,
    )
