"""Load test of ``airdate serve``: 200 concurrent clients on one season page for 30 s.

    python bench/serve.py [--clients 200] [--seconds 30] [--pages 10000] [--db PATH] [--path URLPATH]

Builds a store of the seed pages (through the real pipeline, if ../shared/seeds is
there) plus ``--pages`` generated pages about fictional titles (documents, writing
windows, claims and fusion results written straight into the store, since running
extraction on 10,000 pages is not what this measures), starts ``airdate serve`` on
127.0.0.1, and drives it with ``wrk`` (Debian package ``wrk``) or, without it, with
httpx async clients. Prints p50/p99 latency and the error count; target p99 < 100 ms
with zero errors. All traffic stays on 127.0.0.1 and stops after ``--seconds``.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import os
import random
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

import httpx

from airdate.changes import diff_results
from airdate.models import Claim, Document, Evidence, Fact, FusionOutput, FusionResult, Rejection, SourceReport, WritingWindow
from airdate.normalize import slug
from airdate.store import Store

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / ".." / "shared" / "seeds"
WORDS = "amber basalt cinder delta ember fable garnet harbor indigo juniper kestrel lumen meridian nectar onyx prism quartz raven sable tundra umber vesper willow xenon yarrow zephyr".split()
PLATFORMS = ("Streamflix", "Channel Nine", "Orbit+", "Nova TV")


def fictional_title(i: int) -> str:
    return f"The {WORDS[i % len(WORDS)].title()} {WORDS[(i // len(WORDS)) % len(WORDS)].title()} Files {i}"


def month_window(start: date, months: int) -> dict[str, str]:
    end_month = start.month - 1 + months
    end = date(start.year + end_month // 12, end_month % 12 + 1, 1) - timedelta(days=1)
    return {"start": start.isoformat(), "end": end.isoformat()}


def generate(store: Store, pages: int, per_title: int = 10) -> list[str]:
    """``pages`` generated pages (``per_title`` per fictional title) and their fusion results."""
    rng = random.Random(20240101)
    results: list[FusionResult] = []
    sources: list[SourceReport] = []
    paths: list[str] = []
    for t in range(max(1, pages // per_title)):
        title = fictional_title(t)
        season = 1 + t % 4
        evidence: list[Evidence] = []
        premiere_claims: list[tuple[str, dict[str, str], str]] = []
        for p in range(per_title):
            name = f"gen-{t:05d}-{p:02d}.txt"
            written = date(2022, 1, 1) + timedelta(days=rng.randrange(0, 900))
            window = WritingWindow(written, written + timedelta(days=rng.randrange(0, 60)))
            target = month_window(date(written.year + 1, rng.choice((1, 4, 7, 10)), 1), rng.choice((1, 3, 6)))
            premiere_quote = f"{title} season {season} is expected around {target['start'][:7]}, according to page {p}."
            renewal_quote = f"{title} was renewed for season {season}."
            stage_quote = f"Filming of {title} season {season} began in {written.year}."
            text = " ".join(
                [f"{title} season {season}: what we know.", renewal_quote, stage_quote, premiere_quote,
                 f"It streams on {PLATFORMS[t % len(PLATFORMS)]}.", " ".join(rng.choice(WORDS) for _ in range(120))]
            )
            document = Document(id=hashlib.sha256(text.encode()).hexdigest(), name=name, text=text, source=name, url=f"https://example.org/{name}")
            claims = [
                Claim(name, title, season, "renewal", {"renewed": True, "date": None, "event": None}, "reported", renewal_quote),
                Claim(name, title, season, "production_stage", {"stage": "filming", "start": f"{written.year}-01-01", "end": f"{written.year}-12-31", "anchor": "start"}, "reported", stage_quote),
                Claim(name, title, season, "premiere_date", target, "expected", premiere_quote),
            ]
            store.add_document(document)
            store.replace_analysis(document, window, claims)
            evidence.append(Evidence(name, premiere_quote, "expected", window.as_json()))
            premiere_claims.append((name, target, premiere_quote))
            sources.append(SourceReport(name, f"{title} news", window.as_json(), round(rng.uniform(0.3, 0.95), 3)))
        best = max(premiere_claims, key=lambda c: c[1]["start"])
        odd = min(premiere_claims, key=lambda c: c[1]["start"])
        results.append(
            FusionResult(
                title=title,
                season=season,
                as_of={"start": "2022-01-01", "end": "2024-08-31"},
                facts=(
                    Fact("premiere_date", "estimated", best[1], 0.6, evidence=tuple(e for e in evidence if e.article == best[0])),
                    Fact("renewal", "confirmed", {"renewed": True, "date": None, "event": None}, 0.9, evidence=tuple(evidence[:3])),
                    Fact("platform", "confirmed", PLATFORMS[t % len(PLATFORMS)], 0.8),
                ),
                rejected=(Rejection("premiere_date", odd[1], odd[0], odd[2], "overtaken by later pages that moved the date"),),
            )
        )
        paths.append(f"/title/{slug(title)}/season/{season}")
    previous = store.fusion_results()
    combined = tuple(previous) + tuple(results)
    store.save_fusion(FusionOutput(results=combined, sources=tuple(store.source_reports()) + tuple(sources)), diff_results(previous, combined))
    return paths


def build_store(db: Path, pages: int) -> None:
    """The seed pages through the real pipeline (when present), then ``pages`` generated ones."""
    from airdate.pipeline import ingest

    with Store.open(str(db)) as store:
        if SEEDS.exists():
            ingest(store, [str(SEEDS)])
        else:
            print(f"note: {SEEDS} is missing; the store holds generated pages only", file=sys.stderr)
        started = time.perf_counter()
        titles = generate(store, pages)
        print(f"generated {pages} pages about {len(titles)} titles in {time.perf_counter() - started:.1f} s", file=sys.stderr)


def season_page(db: Path) -> str:
    """The seeds' latest season with a premiere fact if fusion drew one, else a generated title's."""
    with Store.open(str(db)) as store:
        seasons = [r for r in store.fusion_results() if r.season is not None and r.facts]
    seeded = [r for r in seasons if not any(e.article.startswith("gen-") for f in r.facts for e in f.evidence)]
    dated = [r for r in seeded if any(f.attribute == "premiere_date" for f in r.facts)]
    best = max(dated, key=lambda r: (r.season or 0, len(r.rejected))) if dated else seasons[0]
    return f"/title/{slug(best.title)}/season/{best.season}"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def run_wrk(url: str, clients: int, seconds: int) -> dict[str, float]:
    threads = str(min(clients, max(1, (os.cpu_count() or 2) // 2)))
    out = subprocess.run(
        ["wrk", "-t", threads, "-c", str(clients), "-d", f"{seconds}s", "--latency", "--timeout", "10s", url],
        capture_output=True, text=True, timeout=seconds + 60, check=True,
    ).stdout
    print(out, file=sys.stderr)

    def ms(label: str) -> float:
        match = re.search(rf"^\s*{label}\s+([\d.]+)(us|ms|s)\s*$", out, re.MULTILINE)
        if not match:
            raise RuntimeError(f"wrk printed no {label} latency")
        return float(match.group(1)) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[match.group(2)]

    requests = int(re.search(r"(\d+) requests in", out).group(1))  # type: ignore[union-attr]
    socket_errors = sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", out))
    non_2xx = int(m.group(1)) if (m := re.search(r"Non-2xx or 3xx responses: (\d+)", out)) else 0
    return {"requests": requests, "p50_ms": ms("50%"), "p99_ms": ms("99%"), "errors": socket_errors + non_2xx}


async def run_httpx(url: str, clients: int, seconds: int) -> dict[str, float]:
    latencies: list[float] = []
    errors = 0
    deadline = time.perf_counter() + seconds
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(limits=limits, timeout=10.0) as client:

        async def one_client() -> None:
            nonlocal errors
            while time.perf_counter() < deadline:
                started = time.perf_counter()
                try:
                    response = await client.get(url)
                    if response.status_code != 200:
                        errors += 1
                except httpx.HTTPError:
                    errors += 1
                latencies.append((time.perf_counter() - started) * 1000)

        await asyncio.gather(*(one_client() for _ in range(clients)))
    cuts = statistics.quantiles(latencies, n=100)
    return {"requests": len(latencies), "p50_ms": cuts[49], "p99_ms": cuts[98], "errors": errors}


async def warm_up(url: str, workers: int) -> None:
    """Concurrent rounds until every worker answers from its cache, so the clock measures serving."""
    async with httpx.AsyncClient(timeout=120) as client:
        for round_ in range(1, 21):
            started = time.perf_counter()
            responses = await asyncio.gather(*(client.get(url) for _ in range(4 * workers)))
            took = (time.perf_counter() - started) * 1000
            print(f"warm-up round {round_}: {took:.0f} ms, statuses {sorted({r.status_code for r in responses})}", file=sys.stderr)
            if took < 200:
                return


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clients", type=int, default=200)
    parser.add_argument("--seconds", type=int, default=30)
    parser.add_argument("--pages", type=int, default=10_000)
    parser.add_argument("--db", type=Path, help="reuse (or create) this store instead of a temporary one")
    parser.add_argument("--path", help="page to load (default: the seeds' season page, else a generated one)")
    parser.add_argument("--tool", choices=("auto", "wrk", "httpx"), default="auto")
    parser.add_argument("--workers", type=int, default=2, help="airdate serve --workers (default 2: one per core here)")
    args = parser.parse_args()
    if not 1 <= args.clients <= 1000 or not 1 <= args.seconds <= 300:
        parser.error("keep the load bounded: 1..1000 clients, 1..300 seconds")

    tmp = Path(tempfile.mkdtemp(prefix="airdate-bench-"))
    db = args.db or tmp / "bench.db"
    if not db.exists():
        build_store(db, args.pages)
    path = args.path or season_page(db)
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-c", "from airdate.cli import main; main()", "serve", "--db", str(db), "--host", "127.0.0.1", "--port", str(port), "--workers", str(args.workers)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env={**os.environ, "AIRDATE_TOKEN": ""},
    )
    url = f"http://127.0.0.1:{port}{path}"
    try:
        for _ in range(150):
            try:
                if httpx.get(f"http://127.0.0.1:{port}/openapi.json", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.2)
        asyncio.run(warm_up(url, args.workers))
        tool = args.tool if args.tool != "auto" else ("wrk" if shutil.which("wrk") else "httpx")
        result = run_wrk(url, args.clients, args.seconds) if tool == "wrk" else asyncio.run(run_httpx(url, args.clients, args.seconds))
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        if args.db is None:
            shutil.rmtree(tmp, ignore_errors=True)
    verdict = "meets" if result["p99_ms"] < 100 and result["errors"] == 0 else "MISSES"
    print(
        f"serve bench ({tool}, {args.workers} worker(s)): {args.clients} clients x {args.seconds} s on {path}: "
        f"{int(result['requests'])} requests ({result['requests'] / args.seconds:.0f}/s), "
        f"p50 {result['p50_ms']:.1f} ms, p99 {result['p99_ms']:.1f} ms, errors {int(result['errors'])} "
        f"-> {verdict} the target (p99 < 100 ms, 0 errors)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
