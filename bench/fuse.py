"""Benchmark fusion on Flight's 2.77M claims: load and fuse timed apart, peak memory, accuracy,
and the truthdiscovery package's PooledInvestment on the same claims as the reference.

    OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 python bench/fuse.py [--dataset ../shared/datasets/fusion/flight]

Run it on one core (the variables above pin BLAS to one thread; `taskset -c 0` pins the
process). Figures are printed, never asserted.

The reference: `pip install truthdiscovery` fails on PyPI (the sdist lacks requirements.txt
in some versions, and 1.0.4 pins numpy 1.24/pycairo). It installs with
`pip download --no-deps --no-binary :all: truthdiscovery && pip install --no-deps ./truthdiscovery-1.0.4 bidict`.
Its package __init__ imports drawing modules (imageio, cairo) that the algorithms never
use, so this script stands in empty modules for them when they are missing.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time
import types
from pathlib import Path

import numpy as np

from airdate.fuse.benchmark import majority_vote
from airdate.fuse.datasets import load_benchmark
from airdate.fuse.engine import TruthProblem, solve

DEFAULT = Path(__file__).resolve().parents[1] / ".." / "shared" / "datasets" / "fusion" / "flight"


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def accuracy(fused: dict, gold: dict) -> float:
    return sum(fused.get(k) == v for k, v in gold.items()) / len(gold)


def import_truthdiscovery():  # type: ignore[no-untyped-def]
    for name in ("imageio", "imageio.v2", "cairo"):
        try:
            __import__(name)
        except ImportError:
            sys.modules[name] = types.ModuleType(name)  # drawing only; never called by the algorithms
    sys.modules["imageio"].v2 = sys.modules["imageio.v2"]  # type: ignore[attr-defined]
    import truthdiscovery  # noqa: PLC0415

    return truthdiscovery


def reference(data, gold_keys: dict) -> None:  # type: ignore[no-untyped-def]
    try:
        td = import_truthdiscovery()
    except Exception as exc:  # noqa: BLE001 - any import failure means: no reference in this run
        print(f"reference skipped: the truthdiscovery package cannot be imported ({exc}); see this file's docstring")
        return
    item = data.item.tolist()
    source = data.source.tolist()
    value = [data.candidate_value[c] for c in data.candidate.tolist()]
    t0 = time.perf_counter()
    triples = zip((data.sources[s] for s in source), item, value)
    dataset = td.Dataset(triples, allow_multiple=True)  # a source giving two values keeps its first, as the package requires
    t1 = time.perf_counter()
    result = td.PooledInvestment().run(dataset)
    t2 = time.perf_counter()
    fused = {}
    for key, i in data.item_index().items():
        if key in gold_keys:
            beliefs = result.belief.get(i)
            if beliefs:
                fused[key] = max(beliefs, key=beliefs.get)
    print(f"PooledInvestment (truthdiscovery {getattr(td, '__version__', '1.0.x')}): dataset build {t1 - t0:.2f} s, "
          f"algorithm {t2 - t1:.2f} s, accuracy {accuracy(fused, gold_keys):.4f}, peak {peak_mb():.0f} MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dataset", type=Path, default=DEFAULT)
    parser.add_argument("--skip-reference", action="store_true")
    args = parser.parse_args()
    if not (args.dataset / "claims.tsv.gz").exists():
        sys.exit(f"{args.dataset} has no claims.tsv.gz; pass --dataset pointing at shared/datasets/fusion/flight")
    print(f"threads: OMP_NUM_THREADS={os.environ.get('OMP_NUM_THREADS')} OPENBLAS_NUM_THREADS={os.environ.get('OPENBLAS_NUM_THREADS')}")
    t0, c0 = time.perf_counter(), time.process_time()
    data = load_benchmark(args.dataset)
    t1, c1 = time.perf_counter(), time.process_time()
    print(f"load: {len(data.item):,} claims, {data.n_items:,} items, {data.n_candidates:,} candidates, "
          f"{data.n_sources} sources in {t1 - t0:.2f} s wall, {c1 - c0:.2f} s CPU; peak {peak_mb():.0f} MB")
    problem = TruthProblem(data.candidate, data.source, data.candidate_item, data.n_sources, tie_order=data.candidate_first_row)
    t2, c2 = time.perf_counter(), time.process_time()
    solution = solve(problem)
    t3, c3 = time.perf_counter(), time.process_time()
    fused = {k: data.candidate_value[solution.best[i]] for k, i in data.item_index().items()}
    print(f"fuse (airdate engine): {t3 - t2:.2f} s wall, {c3 - c2:.2f} s CPU, {solution.iterations} iterations; "
          f"accuracy {accuracy(fused, data.gold):.4f}; peak {peak_mb():.0f} MB")
    print(f"majority vote (same run, tie to the value seen first): {accuracy(majority_vote(data), data.gold):.4f}")
    copies = solution.dependence.tocoo()
    pairs = sorted(zip(copies.data, copies.row, copies.col), reverse=True)
    shown = [f"{data.sources[r]}~{data.sources[c]}" for d, r, c in pairs if r < c and d >= 0.99][:8]
    print(f"dependent source pairs found: {int((copies.data > 0.5).sum() // 2)}; e.g. {', '.join(shown)}")
    print(f"mean independence of claims: {float(np.mean(solution.independence)):.3f}")
    if not args.skip_reference:
        reference(data, data.gold)


if __name__ == "__main__":
    main()
