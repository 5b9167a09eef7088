"""Throughput of airdate's time grammar against dateparser's search_dates, same text, same run.

    python bench/time.py [--megabytes 1.0] [--dateparser-chars 60000] [--repeat 5] [--windows]

The text is the seed pages (../shared/seeds/*.txt) repeated to about --megabytes.
dateparser is far slower, so by default it runs on a prefix of --dateparser-chars
characters and its rate (characters per second) is compared with ours; pass
--dateparser-chars 0 to run it on the whole text (minutes). Each side is timed --repeat
times and the best run counts (other jobs on the machine only ever slow a run down); the
load average is printed with the figures so a noisy run shows as such.

--windows also infers writing windows for the real HTML pages in
../shared/datasets/html/pages, with their metadata and with it stripped, and prints how
many windows are open, inverted, or (text cues only) miss the page's own published date.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from typing import TypeVar
from timeit import default_timer as perf_counter  # perf_counter; the module name shadows "time" for type checkers
from datetime import datetime
from pathlib import Path

T = TypeVar("T")
REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / ".." / "shared" / "seeds"


def seed_text(megabytes: float) -> str:
    pages = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    if not pages:
        sys.exit(f"no seed pages in {SEEDS.resolve()}: clone the project next to its ../shared folder")
    unit = "\n\n".join(pages)
    return (unit + "\n\n") * max(1, round(megabytes * 1_000_000 / (len(unit) + 2)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=1.0)
    parser.add_argument("--dateparser-chars", type=int, default=60_000)
    parser.add_argument("--repeat", type=int, default=5, help="time each side this many times and keep the best")
    parser.add_argument("--windows", action="store_true", help="also check writing windows on real HTML pages")
    args = parser.parse_args()
    if args.windows:
        window_report()

    load_before = load_average()
    from dateparser.search import search_dates

    from airdate.timex import find_expressions

    text = seed_text(args.megabytes)
    repeat = max(1, args.repeat)
    ours_seconds, ours = best_of(repeat, lambda: find_expressions(text, datetime(2023, 6, 1).date()))
    ours_rate = len(text) / ours_seconds

    sample = text if args.dateparser_chars <= 0 else text[: args.dateparser_chars]
    theirs_seconds, found = best_of(repeat, lambda: search_dates(
        sample, languages=["en"], settings={"RELATIVE_BASE": datetime(2023, 6, 1)}))
    theirs = found or []
    theirs_rate = len(sample) / theirs_seconds

    print(f"text: {len(text):,} characters ({len(text) / 1e6:.2f} MB) from {SEEDS.resolve()}")
    print(f"best of {repeat} runs each; load average before: {load_before}, after: {load_average()}")
    print(f"airdate     : {len(ours):,} expressions in {ours_seconds:.2f} s = {len(ours) / ours_seconds:,.0f} expressions/s, "
          f"{ours_rate / 1e6:.2f} MB/s")
    print(f"dateparser  : {len(theirs):,} hits in {theirs_seconds:.2f} s on {len(sample):,} characters = "
          f"{len(theirs) / theirs_seconds:,.0f} hits/s, {theirs_rate / 1e6:.4f} MB/s")
    print(f"speed ratio (characters per second, airdate / dateparser): {ours_rate / theirs_rate:.1f}x (target >= 20x)")

    # the TimeML mode runs the same grammar plus its own recognisers over the whole text
    from airdate.timex import find_timex3

    timeml_seconds, timexes = best_of(repeat, lambda: find_timex3(text, datetime(2023, 6, 1).date()))
    print(f"timeml mode : {len(timexes):,} TIMEX3s in {timeml_seconds:.2f} s, {len(text) / timeml_seconds / 1e6:.2f} MB/s, "
          f"{len(text) / timeml_seconds / theirs_rate:.1f}x dateparser")


def best_of(repeat: int, run: Callable[[], T]) -> tuple[float, T]:
    """The shortest of ``repeat`` timed runs, and the last run's result."""
    best = float("inf")
    for _ in range(repeat):
        started = perf_counter()
        result = run()
        best = min(best, perf_counter() - started)
    return best, result


def load_average() -> str:
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:  # not available on this platform
        return "n/a"


def window_report() -> None:
    import dataclasses
    import gzip

    from airdate.ingest import RawPage, to_document
    from airdate.timex import infer_writing_window
    from airdate.timex.window_cues import reads_as_english

    pages = sorted((REPO / ".." / "shared" / "datasets" / "html" / "pages").glob("*.html.gz"))
    if not pages:
        sys.exit("no HTML pages in ../shared/datasets/html/pages: clone the project next to its ../shared folder")
    counts = {"pages": 0, "with metadata": 0, "inverted": 0, "text-only windows": 0, "text-only misses": 0,
              "not English": 0}
    seconds = 0.0
    for path in pages:
        doc, _warnings = to_document(RawPage(source=str(path), name=path.name,
                                             data=gzip.decompress(path.read_bytes()), content_type="text/html"))
        counts["pages"] += 1
        counts["not English"] += not reads_as_english(doc.text)
        bare = dataclasses.replace(doc, published=None, modified=None)
        started = perf_counter()
        windows = [infer_writing_window(doc), infer_writing_window(bare)]
        seconds += perf_counter() - started
        counts["inverted"] += sum(1 for w in windows if w.start and w.end and w.start > w.end)
        if doc.published is None:
            continue
        counts["with metadata"] += 1
        text_only = windows[1]
        if text_only.start or text_only.end:
            counts["text-only windows"] += 1
            inside = (text_only.start is None or text_only.start <= doc.published) and (
                text_only.end is None or doc.published <= text_only.end)
            counts["text-only misses"] += not inside
    print("writing windows on real HTML pages: " + ", ".join(f"{k} {v}" for k, v in counts.items())
          + f"; {seconds / (2 * counts['pages']) * 1000:.1f} ms per window")


if __name__ == "__main__":
    main()
