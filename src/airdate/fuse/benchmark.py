"""Score the fusion engine on the canonical truth-discovery benchmarks, next to majority vote.

The reporting rule of ``shared/datasets/fusion/README.md``: every figure is given with
majority vote computed in the same run, on the same loader and files, with the
README's tie rule (the value seen first in the file; for population the median of
the tied values). Confidence is scored by expected calibration error (ECE, 10 bins).
"""

from __future__ import annotations

import statistics
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import scipy.sparse as sp

from airdate.fuse.datasets import BenchmarkData, load_benchmark
from airdate.fuse.engine import TruthProblem, TruthSettings, argmax_by_item, item_starts, solve

_TIME_ATTRIBUTES = ("sched_dep", "act_dep", "sched_arr", "act_arr")


@dataclass(frozen=True)
class MethodScore:
    method: str
    metrics: dict[str, float]


@dataclass(frozen=True)
class BenchmarkReport:
    dataset: str
    gold_items: int
    claims: int
    sources: int
    tie_rule: str
    scores: tuple[MethodScore, ...]
    ece: float
    load_seconds: float
    fuse_seconds: float
    calibration: tuple[tuple[float, float, int], ...] = field(default_factory=tuple)  # (mean conf, accuracy, n)
    ece_general: float | None = None  # hierarchical sets: P(on the true path) against GenAccuracy

    def as_json(self) -> dict[str, object]:
        return {
            "dataset": self.dataset,
            "gold_items": self.gold_items,
            "claims": self.claims,
            "sources": self.sources,
            "tie_rule": self.tie_rule,
            "scores": {s.method: {k: round(v, 4) for k, v in s.metrics.items()} for s in self.scores},
            "ece": round(self.ece, 4),
            **({"ece_general": round(self.ece_general, 4)} if self.ece_general is not None else {}),
            "reliability_diagram": [
                {"confidence": round(c, 3), "accuracy": round(a, 3), "items": n} for c, a, n in self.calibration
            ],
            "load_seconds": round(self.load_seconds, 3),
            "fuse_seconds": round(self.fuse_seconds, 3),
        }


def _ancestor_levels(label: str, parents: dict[str, set[str]]) -> set[str]:
    seen, level = {label}, {label}
    while level:  # labels may have several parents and the graph has cycles
        level = {p for x in level for p in parents.get(x, ())} - seen
        seen |= level
    return seen


def _score(data: BenchmarkData, fused: dict[tuple[str, str], str]) -> dict[str, float]:
    gold = data.gold
    n = len(gold)
    if data.numeric:
        diffs = [abs(float(fused[k]) - float(g)) if k in fused else float("inf") for k, g in gold.items()]
        exact = sum(d == 0 for d in diffs) / n
        error = sum(d > 0.01 * float(g) for d, g in zip(diffs, gold.values())) / n
        finite = [d for d in diffs if d != float("inf")]
        return {"accuracy": exact, "error_rate": error, "mae": statistics.mean(finite) if finite else float("nan")}
    ok = {k: fused.get(k) == g for k, g in gold.items()}
    out = {"accuracy": sum(ok.values()) / n}
    if data.parents:
        out["gen_accuracy"] = sum(fused.get(k) in _ancestor_levels(g, data.parents) for k, g in gold.items()) / n
    if any(a in _TIME_ATTRIBUTES for _, a in gold):
        times = [k for k in gold if k[1] in _TIME_ATTRIBUTES]
        gates = [k for k in gold if k[1] not in _TIME_ATTRIBUTES]
        out["times"] = sum(ok[k] for k in times) / max(len(times), 1)
        out["gates"] = sum(ok[k] for k in gates) / max(len(gates), 1)
        out["times_within_10_min"] = sum(
            k in fused and abs(int(fused[k]) - int(gold[k])) <= 10 for k in times
        ) / max(len(times), 1)
    return out


def _layout(data: BenchmarkData) -> tuple[np.ndarray, np.ndarray]:
    starts = item_starts(data.candidate_item)
    rank = np.repeat(np.arange(len(starts)), np.diff(np.append(starts, data.n_candidates)))
    return starts, rank


def majority_vote(data: BenchmarkData) -> dict[tuple[str, str], str]:
    """The README's MV for the gold items: most claims wins; ties to the value seen first (population: median of the tied)."""
    starts, rank = _layout(data)
    count = np.bincount(data.candidate, minlength=data.n_candidates).astype(np.float64)
    best = argmax_by_item(count, starts, rank, data.candidate_first_row)
    index = data.item_index()
    fused = {k: data.candidate_value[best[i]] for k, i in index.items()}
    if data.numeric:
        peak = np.maximum.reduceat(count, starts)
        tied_items = np.flatnonzero(np.add.reduceat((count == peak[rank]).astype(np.int64), starts) > 1)
        wanted = {i: k for k, i in index.items()}
        for i in tied_items.tolist():
            if i not in wanted:
                continue
            lo = int(starts[i])
            hi = int(starts[i + 1]) if i + 1 < len(starts) else data.n_candidates
            tied = [float(data.candidate_value[c]) for c in range(lo, hi) if count[c] == peak[i]]
            fused[wanted[i]] = repr(statistics.median(tied))
    return fused


def _calibration(confidence: np.ndarray, correct: np.ndarray, bins: int = 10) -> tuple[float, list[tuple[float, float, int]]]:
    which = np.minimum((confidence * bins).astype(int), bins - 1)
    diagram, ece = [], 0.0
    for b in range(bins):
        mask = which == b
        if mask.any():
            conf, acc = float(confidence[mask].mean()), float(correct[mask].mean())
            ece += abs(conf - acc) * mask.sum() / len(confidence)
            diagram.append((conf, acc, int(mask.sum())))
    return ece, diagram


def generalisation_matrix(data: BenchmarkData) -> sp.csr_matrix | None:
    """For hierarchical values: [a, d] = 1 when a is an ancestor of d among one item's candidates."""
    if not data.parents:
        return None
    ancestors: dict[str, set[str]] = {}
    rows, cols = [], []
    starts = item_starts(data.candidate_item).tolist() + [data.n_candidates]
    for lo, hi in zip(starts[:-1], starts[1:]):
        if hi - lo < 2:
            continue
        labels = data.candidate_value[lo:hi]
        for d, label in enumerate(labels):
            if label not in ancestors:
                ancestors[label] = _ancestor_levels(label, data.parents) - {label}
            for a, other in enumerate(labels):
                if a != d and other in ancestors[label]:
                    rows.append(lo + a)
                    cols.append(lo + d)
    return sp.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(data.n_candidates, data.n_candidates))


def evaluate_benchmark(folder: str | Path, settings: TruthSettings | None = None) -> BenchmarkReport:
    """Load one benchmark folder, fuse it, and score fused values and MV the same way."""
    t0 = time.perf_counter()
    data = load_benchmark(folder)
    t1 = time.perf_counter()
    problem = TruthProblem(
        data.candidate, data.source, data.candidate_item, data.n_sources, tie_order=data.candidate_first_row,
        generalises=generalisation_matrix(data),
    )
    solution = solve(problem, settings)
    t2 = time.perf_counter()
    index = data.item_index()
    fused = {k: data.candidate_value[solution.best[i]] for k, i in index.items()}
    gold_items = [k for k in data.gold if k in index]
    confidence = np.array([solution.probability[solution.best[index[k]]] for k in gold_items])
    if data.numeric:
        correct = np.array([float(fused[k]) == float(data.gold[k]) for k in gold_items])
    else:
        correct = np.array([fused[k] == data.gold[k] for k in gold_items])
    ece, diagram = _calibration(confidence, correct.astype(float))
    ece_general = None
    if problem.generalises is not None:
        # For hierarchical values also score P(chosen value lies on the true path) against GenAccuracy.
        on_path = np.minimum(solution.probability + problem.generalises @ solution.probability, 1.0)
        path_conf = np.array([on_path[solution.best[index[k]]] for k in gold_items])
        general = np.array([fused[k] in _ancestor_levels(data.gold[k], data.parents) for k in gold_items])
        ece_general = _calibration(path_conf, general.astype(float))[0]
    tie_rule = (
        "most claims; a tie goes to the median of the tied values"
        if data.numeric
        else "most claims; a tie goes to the value seen first in claims.tsv.gz"
    )
    return BenchmarkReport(
        dataset=data.name,
        gold_items=len(data.gold),
        claims=len(data.item),
        sources=data.n_sources,
        tie_rule=tie_rule,
        scores=(MethodScore("majority_vote", _score(data, majority_vote(data))), MethodScore("airdate", _score(data, fused))),
        ece=ece,
        ece_general=ece_general,
        load_seconds=t1 - t0,
        fuse_seconds=t2 - t1,
        calibration=tuple(diagram),
    )
