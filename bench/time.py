"""Throughput of airdate's time grammar against dateparser's search_dates, same text, same run.

    python bench/time.py [--megabytes 1.0] [--dateparser-chars 60000]

The text is the seed pages (../shared/seeds/*.txt) repeated to about --megabytes.
dateparser is far slower, so by default it runs on a prefix of --dateparser-chars
characters and its rate (characters per second) is compared with ours; pass
--dateparser-chars 0 to run it on the whole text (minutes).
"""

from __future__ import annotations

import argparse
import sys
from timeit import default_timer as perf_counter  # perf_counter; the module name shadows "time" for type checkers
from datetime import datetime
from pathlib import Path

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
    args = parser.parse_args()

    from dateparser.search import search_dates

    from airdate.timex import find_expressions

    text = seed_text(args.megabytes)
    started = perf_counter()
    ours = find_expressions(text, datetime(2023, 6, 1).date())
    ours_seconds = perf_counter() - started
    ours_rate = len(text) / ours_seconds

    sample = text if args.dateparser_chars <= 0 else text[: args.dateparser_chars]
    started = perf_counter()
    theirs = search_dates(sample, languages=["en"], settings={"RELATIVE_BASE": datetime(2023, 6, 1)}) or []
    theirs_seconds = perf_counter() - started
    theirs_rate = len(sample) / theirs_seconds

    print(f"text: {len(text):,} characters ({len(text) / 1e6:.2f} MB) from {SEEDS.resolve()}")
    print(f"airdate     : {len(ours):,} expressions in {ours_seconds:.2f} s = {len(ours) / ours_seconds:,.0f} expressions/s, "
          f"{ours_rate / 1e6:.2f} MB/s")
    print(f"dateparser  : {len(theirs):,} hits in {theirs_seconds:.2f} s on {len(sample):,} characters = "
          f"{len(theirs) / theirs_seconds:,.0f} hits/s, {theirs_rate / 1e6:.4f} MB/s")
    print(f"speed ratio (characters per second, airdate / dateparser): {ours_rate / theirs_rate:.1f}x (target >= 20x)")

    # the TimeML mode runs the same grammar plus its own recognisers over the whole text
    from airdate.timex import find_timex3

    started = perf_counter()
    timexes = find_timex3(text, datetime(2023, 6, 1).date())
    timeml_seconds = perf_counter() - started
    print(f"timeml mode : {len(timexes):,} TIMEX3s in {timeml_seconds:.2f} s, {len(text) / timeml_seconds / 1e6:.2f} MB/s, "
          f"{len(text) / timeml_seconds / theirs_rate:.1f}x dateparser")


if __name__ == "__main__":
    main()
