"""Throughput and memory of the text-to-claims step (ingest's document, time window, extract) on the seed pages.

    python bench/extract.py [--repeat N]

Prints pages per second over the five seed pages repeated N times, and the peak
Python heap (tracemalloc) and process RSS while doing it.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
import tracemalloc
from pathlib import Path

from airdate.extract import extract_claims
from airdate.ingest import RawPage, to_document
from airdate.timex import infer_writing_window

SEEDS = Path(__file__).resolve().parents[1] / ".." / "shared" / "seeds"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20, help="how many times to run the five seed pages")
    args = parser.parse_args()
    files = sorted(SEEDS.glob("*.txt"))
    if not files:
        print(f"no seed pages under {SEEDS.resolve()}; clone the project next to its ../shared folder", file=sys.stderr)
        return 1
    pages = [RawPage(source=str(f), name=f.name, data=f.read_bytes()) for f in files]

    claims = 0
    start = time.perf_counter()
    for _ in range(args.repeat):
        for page in pages:
            document, _ = to_document(page)
            claims += len(extract_claims(document, infer_writing_window(document)))
    elapsed = time.perf_counter() - start
    n = args.repeat * len(pages)

    tracemalloc.start()
    for page in pages:
        document, _ = to_document(page)
        extract_claims(document, infer_writing_window(document))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

    print(f"pages            {n}")
    print(f"seconds          {elapsed:.3f}")
    print(f"pages/second     {n / elapsed:.1f}")
    print(f"claims/page      {claims / n:.1f}")
    print(f"peak heap (MB)   {peak / 1e6:.2f}  (tracemalloc, one pass over the seeds)")
    print(f"max RSS (MB)     {rss_kb / 1024:.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
