"""HTML-to-claims speed against trafilatura alone, per stage, and peak memory on a long WARC.

    python bench/ingest.py [--copies N] [--skip-warc]

1. On the 246 real pages of ../shared/datasets/html/pages, page by page and interleaved
   (so both sides see the same machine load), times trafilatura.extract on the raw bytes
   (the floor) and every stage ingest runs: bytes to Document, writing window, claims,
   the store's commits, near-duplicate check. CPU time (process_time) is the headline
   figure because other work on the machine inflates wall time; wall time is printed too.
2. Runs pipeline.ingest end to end over the same folder into a fresh store (pages/s).
3. Builds WARC files of the pages repeated 1 and N times (each copy a distinct URL and
   text), ingests each in a child process and prints the child's peak RSS: flat peaks
   mean the WARC is streamed.
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import resource
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

import trafilatura

from airdate.extract import extract_claims
from airdate.ingest import RawPage, to_document
from airdate.ingest.near_dup import NearDuplicateIndex
from airdate.pipeline import ingest, run_fusion
from airdate.store import Store
from airdate.timex import infer_writing_window

PAGES = Path(__file__).resolve().parents[1] / ".." / "shared" / "datasets" / "html" / "pages"
STAGES = ("document", "window", "claims", "store", "copies")


class Clock:
    """CPU and wall seconds per named stage."""

    def __init__(self) -> None:
        self.cpu: dict[str, float] = defaultdict(float)
        self.wall: dict[str, float] = defaultdict(float)

    def time(self, name: str, func, *args, **kwargs):  # type: ignore[no-untyped-def]
        c, w = time.process_time(), time.perf_counter()
        result = func(*args, **kwargs)
        self.cpu[name] += time.process_time() - c
        self.wall[name] += time.perf_counter() - w
        return result


def stage_breakdown(raws: list[tuple[Path, bytes]], workdir: Path) -> dict[str, object]:
    store = Store.open(str(workdir / "stages.db"))
    index = NearDuplicateIndex()
    index.load([], lambda _id: None)
    clock = Clock()
    for path, data in raws[:10]:  # warm-up: imports, dateparser locale tables, lxml caches
        trafilatura.extract(data)
        to_document(RawPage(str(path), path.name, data, "text/html"))
    failed = 0
    for path, data in raws:
        clock.time("trafilatura alone", trafilatura.extract, data)
        page = RawPage(source=str(path), name=path.name, data=data, content_type="text/html")
        try:
            document, _ = clock.time("document", to_document, page)
        except Exception:
            failed += 1
            continue
        document = replace(document, name=clock.time("store", store.unique_name, document.name))
        window = clock.time("window", infer_writing_window, document)
        claims = clock.time("claims", extract_claims, document, window)
        if clock.time("store", store.add_document, document, data):
            clock.time("store", store.replace_analysis, document, window, claims)
            clock.time("store", store.log_ingest, page.source, "stored", document.id)
        links = clock.time("copies", index.add, document)
        for link in links:
            clock.time("copies", store.record_copy, link.copy, link.original, link.similarity)
    n = len(raws)
    floor = clock.cpu["trafilatura alone"]
    total = sum(clock.cpu[s] for s in STAGES)
    store.close()
    return {
        "pages": n,
        "failed": failed,
        "ms_per_page_cpu": {k: round(v / n * 1000, 2) for k, v in clock.cpu.items()},
        "ms_per_page_wall": {k: round(v / n * 1000, 2) for k, v in clock.wall.items()},
        "html_to_claims_cpu_ms": round(total / n * 1000, 2),
        "ratio_to_trafilatura_cpu": round(total / floor, 3),
        "ratio_ingest_only_cpu": round(sum(clock.cpu[s] for s in ("document", "store", "copies")) / floor, 3),
    }


def end_to_end(workdir: Path) -> dict[str, object]:
    store = Store.open(str(workdir / "e2e.db"))
    c, w = time.process_time(), time.perf_counter()
    report = ingest(store, [str(PAGES)], fuse=False)
    cpu, wall = time.process_time() - c, time.perf_counter() - w
    c, w = time.process_time(), time.perf_counter()
    run_fusion(store)
    fusion_cpu, fusion_wall = time.process_time() - c, time.perf_counter() - w
    n = len(report.stored) + len(report.duplicates) + len(report.failed)
    store.close()
    return {
        "pages": n,
        "stored": len(report.stored),
        "failed": len(report.failed),
        "pages_per_s_cpu": round(n / cpu, 2),
        "pages_per_s_wall": round(n / wall, 2),
        "fusion_once_s_cpu": round(fusion_cpu, 2),
        "fusion_once_s_wall": round(fusion_wall, 2),
    }


def build_warc(path: Path, raws: list[tuple[Path, bytes]], copies: int) -> int:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    count = 0
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        for copy in range(copies):
            for source, data in raws:
                # every paragraph marked per copy so each copy's text differs and is stored, not deduplicated
                body = data.replace(b"<p>", f"<p>[copy {copy}] ".encode()) if copy else data
                headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
                url = f"https://archive.example/{copy}/{source.stem}"
                writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers))
                count += 1
    return count


_CHILD = """
import json, resource, sys, time
from airdate.pipeline import ingest
from airdate.store import Store
store = Store.open(sys.argv[2])
start = time.perf_counter()
report = ingest(store, [sys.argv[1]], fuse=False)
print(json.dumps({"stored": len(report.stored), "duplicates": len(report.duplicates), "failed": len(report.failed),
                  "seconds": round(time.perf_counter() - start, 1),
                  "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}))
"""


def warc_memory(raws: list[tuple[Path, bytes]], workdir: Path, copies: int) -> list[dict[str, object]]:
    rows = []
    for n in sorted({1, copies}):
        warc = workdir / f"pages-x{n}.warc.gz"
        records = build_warc(warc, raws, n)
        out = subprocess.run([sys.executable, "-c", _CHILD, str(warc), str(workdir / f"warc-x{n}.db")], capture_output=True, text=True, check=True)
        row = json.loads(out.stdout.strip().splitlines()[-1])
        row.update({"copies": n, "records": records, "warc_mb": round(warc.stat().st_size / 1e6, 1)})
        rows.append(row)
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=4, help="how many times the long WARC repeats the pages")
    parser.add_argument("--skip-warc", action="store_true", help="skip the WARC memory run")
    args = parser.parse_args()
    files = sorted(PAGES.glob("*.html.gz"))
    if not files:
        print(f"no pages under {PAGES.resolve()}; clone the project next to its ../shared folder", file=sys.stderr)
        return 1
    raws = [(f, gzip.decompress(f.read_bytes())) for f in files]
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        stages = stage_breakdown(raws, workdir)
        print("stages (ms per page):", json.dumps(stages, indent=2))
        print("end to end (pipeline.ingest, no fusion):", json.dumps(end_to_end(workdir), indent=2))
        if not args.skip_warc:
            for row in warc_memory(raws, workdir, args.copies):
                print("warc:", json.dumps(row))
    print(f"bench peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
