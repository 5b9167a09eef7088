"""Truth discovery on integer-coded claims: source reliability and truth learned together.

A claim says: source ``s`` backs candidate ``c`` (one value of one data item) with
weight ``w`` (its modality, or a share when a source backs several values of one item).
The model is ACCU's (Dong, Berti-Equille and Srivastava, VLDB 2009) in vectorised form:

* each source has an accuracy ``A_s``; its vote counts ``ln(n * A_s / (1 - A_s))``;
* a candidate's posterior is the softmax of its votes within its item;
* ``A_s`` is re-estimated as the Beta-smoothed mean posterior of what it claims, so a
  single page is not trusted blindly (the prior acts as pseudo-claims);
* copying: pairs of sources that agree on values believed false far more than
  independent sources would are judged dependent; the later copy's vote is discounted
  (ACCU's ordering, most reliable first), so near-copies count once;
* optional compatibility: ``support[c, c']`` says how far a claim of ``c'`` also backs
  ``c`` (nested windows, close numbers, an ancestor place), so compatible values are not
  punished as conflicts.

Everything is a numpy/scipy operation over whole arrays: no Python loop per claim.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp


@dataclass(frozen=True)
class TruthProblem:
    """Claims as parallel integer arrays; candidates must be sorted by item."""

    candidate: np.ndarray  # claim -> candidate
    source: np.ndarray  # claim -> source
    candidate_item: np.ndarray  # candidate -> item, non-decreasing
    n_sources: int
    weight: np.ndarray | None = None  # claim weight; 1 when None
    prior_accuracy: np.ndarray | None = None  # per source; the default prior when None
    support: sp.csr_matrix | None = None  # candidate x candidate, same item only, zero diagonal
    tie_order: np.ndarray | None = None  # candidate -> rank used to break exact ties
    # generalises[a, d] = 1 when candidate a is a coarser form of candidate d in the same item
    # (a country and a city in it): a claim of a then backs d, and d being true makes a right.
    generalises: sp.csr_matrix | None = None


@dataclass(frozen=True)
class TruthSettings:
    prior_accuracy: float = 0.8
    prior_strength: float = 2.0  # pseudo-claims behind the prior
    false_values: float = 4.0  # ACCU's n: how many wrong values a careless source picks from
    copy_detection: bool = True
    unseen_values: bool = True  # leave room for a value no source claimed
    copy_low: float = 0.3  # share of shared wrong values that independent sources can reach
    copy_high: float = 0.8  # share at which two sources are taken as one
    copy_rounds: int = 1
    min_shared_items: int = 20  # fewer shared items cannot show copying
    support_weight: float = 0.5
    max_iterations: int = 30
    tolerance: float = 1e-4
    general_flow: float = 1.0  # share of a coarse value's vote that backs each finer value under it
    path_threshold: float = 0.7  # hierarchical values: how sure the chosen value must be to lie on the true path
    accuracy_floor: float = 0.05
    accuracy_ceiling: float = 0.99


@dataclass(frozen=True)
class TruthSolution:
    probability: np.ndarray  # candidate -> posterior that it is the item's value
    accuracy: np.ndarray  # source -> learned accuracy
    independence: np.ndarray  # claim -> weight left after copy discounting (1 = independent)
    dependence: sp.csr_matrix  # source x source probability of copying (symmetric)
    best: np.ndarray  # item -> winning candidate
    iterations: int


def item_starts(candidate_item: np.ndarray) -> np.ndarray:
    """Offsets of each item's first candidate (candidates sorted by item)."""
    if len(candidate_item) == 0:
        return np.zeros(0, dtype=np.int64)
    change = np.flatnonzero(np.diff(candidate_item)) + 1
    return np.concatenate(([0], change)).astype(np.int64)


def softmax_by_item(
    score: np.ndarray, starts: np.ndarray, candidate_item_rank: np.ndarray, unseen: float = 0.0
) -> np.ndarray:
    """Posterior of each candidate within its item.

    ``unseen`` is the weight of the values nobody claimed (each scores 0): with it, one
    claim from a source of accuracy A gets probability A, not 1, which is what keeps
    confidence calibrated on thinly covered items.
    """
    if len(score) and -300.0 < score.min() and score.max() < 300.0:
        e = np.exp(score)  # cannot overflow, so the per-item shift is not needed
        total = np.add.reduceat(e, starts) + unseen
    else:
        peak = np.maximum.reduceat(score, starts)
        e = np.exp(score - peak[candidate_item_rank])
        total = np.add.reduceat(e, starts) + unseen * np.exp(-peak)
    return e / total[candidate_item_rank]


def argmax_by_item(
    score: np.ndarray, starts: np.ndarray, candidate_item_rank: np.ndarray, tie_order: np.ndarray | None = None
) -> np.ndarray:
    """The highest-scoring candidate of each item; exact ties go to the lowest ``tie_order``."""
    if len(starts) == 0:
        return np.zeros(0, dtype=np.int64)
    tie = np.arange(len(score)) if tie_order is None else np.asarray(tie_order, dtype=np.int64)
    peak = np.maximum.reduceat(score, starts)
    top = score >= peak[candidate_item_rank] - 1e-12 * np.maximum(np.abs(peak[candidate_item_rank]), 1.0)
    masked = np.where(top, tie, np.iinfo(np.int64).max)
    first_tie = np.minimum.reduceat(masked, starts)
    winners = np.flatnonzero(top & (masked == first_tie[candidate_item_rank]))
    # tie_order values are distinct within an item, so there is one winner per item
    return winners


def _lookup(matrix: sp.spmatrix, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
    """matrix[rows, cols] for many positions at once (scipy's fancy indexing is slow here)."""
    csr = matrix.tocsr()
    csr.sort_indices()  # row-major sorted keys without a global argsort
    width = csr.shape[1]
    if csr.nnz == 0:
        return np.zeros(len(rows))
    keys = np.repeat(np.arange(csr.shape[0], dtype=np.int64), np.diff(csr.indptr)) * width + csr.indices
    wanted = rows.astype(np.int64) * width + cols
    pos = np.minimum(np.searchsorted(keys, wanted), len(keys) - 1)
    return np.where(keys[pos] == wanted, csr.data[pos], 0.0)


_DENSE_LIMIT = 40_000_000  # cells; above this the sparse path keeps memory bounded


@dataclass(frozen=True)
class _Pairs:
    """Claims folded to one entry per (source, candidate), as a row-sorted source x candidate matrix."""

    matrix: sp.csr_matrix  # vote share of each source for each candidate
    coverage: sp.csr_matrix  # source x item, 1 where the source says anything about the item
    source: np.ndarray  # entry -> source
    candidate: np.ndarray  # entry -> candidate
    entry_of_claim: np.ndarray  # claim (caller's order) -> entry


def _fold(problem: TruthProblem) -> _Pairs:
    cand = problem.candidate.astype(np.int64)
    src = problem.source.astype(np.int64)
    n_cand, n_src = len(problem.candidate_item), problem.n_sources
    weight = np.ones(len(cand)) if problem.weight is None else np.asarray(problem.weight, dtype=np.float64)
    key = src * n_cand + cand
    order = np.argsort(key)
    key = key[order]
    first = np.ones(len(key), dtype=bool)
    first[1:] = key[1:] != key[:-1]
    starts = np.flatnonzero(first)
    # A source counts once per value: repeated claims keep their strongest modality.
    pair_weight = np.maximum.reduceat(weight[order], starts) if len(starts) else np.zeros(0)
    pair_src, pair_cand = key[starts] // n_cand, key[starts] % n_cand
    pair_item = problem.candidate_item[pair_cand].astype(np.int64)
    # Entries are sorted by source then candidate, and candidates by item, so each
    # (source, item) group is a run; a source backing k values of one item splits its vote.
    group_start = np.ones(len(starts), dtype=bool)
    group_start[1:] = (pair_src[1:] != pair_src[:-1]) | (pair_item[1:] != pair_item[:-1])
    group = np.cumsum(group_start) - 1
    pair_weight = pair_weight / np.bincount(group)[group]
    indptr = np.concatenate(([0], np.cumsum(np.bincount(pair_src, minlength=n_src))))
    matrix = sp.csr_matrix((pair_weight, pair_cand, indptr), shape=(n_src, n_cand))
    cov_src, cov_item = pair_src[group_start], pair_item[group_start]
    n_items = int(problem.candidate_item[-1]) + 1 if n_cand else 0
    cov_ptr = np.concatenate(([0], np.cumsum(np.bincount(cov_src, minlength=n_src))))
    coverage = sp.csr_matrix((np.ones(len(cov_src)), cov_item, cov_ptr), shape=(n_src, n_items))
    entry_of_claim = np.empty(len(order), dtype=np.int64)
    entry_of_claim[order] = np.cumsum(first) - 1
    return _Pairs(matrix, coverage, pair_src, pair_cand, entry_of_claim)


@dataclass(frozen=True)
class _CopyPlan:
    """What copy detection needs that does not change between rounds."""

    active: np.ndarray  # sources covering at least min_shared_items items
    rows: np.ndarray  # judged pair -> index into active
    cols: np.ndarray
    shared: np.ndarray  # judged pair -> items both cover
    backed: sp.csr_matrix  # every source x candidate, 1 where it backs the candidate
    dense: np.ndarray | None  # the same as float32, when small enough


def _copy_plan(pairs: _Pairs, s: TruthSettings) -> _CopyPlan | None:
    n_src = pairs.matrix.shape[0]
    per_source = np.diff(pairs.coverage.indptr)
    active = np.flatnonzero(per_source >= s.min_shared_items)
    if len(active) < 2:
        return None
    backed = pairs.matrix.copy()
    backed.data[:] = 1.0
    cov = pairs.coverage[active]
    if n_src * backed.shape[1] <= _DENSE_LIMIT:
        # Few sources (Flight has 38): dense float32 blocks and BLAS products are fastest.
        dense_cov = np.zeros(cov.shape, dtype=np.float32)
        dense_cov[np.repeat(np.arange(cov.shape[0]), np.diff(cov.indptr)), cov.indices] = 1.0
        shared_all = dense_cov @ dense_cov.T
        rows, cols = np.triu_indices(len(active), k=1)
        ks = shared_all[rows, cols].astype(np.float64)
        dense = np.zeros(backed.shape, dtype=np.float32)
        dense[pairs.source, pairs.candidate] = 1.0
    else:
        shared = sp.triu(cov @ cov.T, k=1).tocoo()
        rows, cols, ks = shared.row, shared.col, shared.data
        dense = None
    keep = ks >= s.min_shared_items
    if not keep.any():
        return None
    return _CopyPlan(active, rows[keep], cols[keep], ks[keep], backed, dense)


def _dependence(plan: _CopyPlan, truth: np.ndarray, s: TruthSettings) -> sp.csr_matrix:
    """How likely each pair of sources copies the other, from the wrong values they share.

    Among the items where two sources are not both right, independent sources seldom
    pick the same wrong value; a copier nearly always does. The share of such items
    with the same wrong value, ramped between ``copy_low`` and ``copy_high``, is the
    dependence. Only pairs sharing ``min_shared_items`` items are judged.
    """
    n_src = plan.backed.shape[0]
    if plan.dense is not None:
        act = plan.dense[plan.active]
        kt_all = (act * truth.astype(np.float32)) @ act.T
        kf_all = act @ act.T - kt_all
        kt = kt_all[plan.rows, plan.cols].astype(np.float64)
        kf = kf_all[plan.rows, plan.cols].astype(np.float64)
    else:
        act = plan.backed[plan.active]
        kt = _lookup(act.multiply(truth[np.newaxis, :]).tocsr() @ act.T, plan.rows, plan.cols)
        kf = _lookup(act.multiply((1.0 - truth)[np.newaxis, :]).tocsr() @ act.T, plan.rows, plan.cols)
    q = kf / np.maximum(plan.shared - kt, 1.0)
    dep = np.clip((q - s.copy_low) / (s.copy_high - s.copy_low), 0.0, 1.0)
    nz = dep > 0
    m = sp.coo_matrix((dep[nz], (plan.active[plan.rows[nz]], plan.active[plan.cols[nz]])), shape=(n_src, n_src))
    return (m + m.T).tocsr()


def _independence(dep: sp.csr_matrix, plan: _CopyPlan, pairs: _Pairs, accuracy: np.ndarray) -> np.ndarray:
    """Per (source, candidate) entry, the share of the vote not explained by copying.

    ACCU's ordering: sources are ranked by accuracy, and a source's vote for a value
    is multiplied by (1 - dependence) for every better-ranked source backing the same
    value, so a block of copies counts about once, through its best member.
    """
    n_entries = len(pairs.source)
    rank = np.empty(len(accuracy), dtype=np.int64)
    rank[np.lexsort((np.arange(len(accuracy)), -accuracy))] = np.arange(len(accuracy))
    d = dep.tocoo()
    earlier = rank[d.col] < rank[d.row]
    if not earlier.any():
        return np.ones(n_entries)
    log_keep = np.log(np.maximum(1.0 - d.data[earlier], 1e-9))
    rows = d.row[earlier]
    needed = np.unique(rows)
    position = np.full(len(accuracy), -1, dtype=np.int64)
    position[needed] = np.arange(len(needed))
    lmat = sp.csr_matrix((log_keep, (position[rows], d.col[earlier])), shape=(len(needed), len(accuracy)))
    out = np.zeros(n_entries)
    sel = position[pairs.source] >= 0
    if plan.dense is not None:
        block = lmat.toarray().astype(np.float32) @ plan.dense
        out[sel] = block[position[pairs.source[sel]], pairs.candidate[sel]]
    else:
        out[sel] = _lookup(lmat @ plan.backed, position[pairs.source[sel]], pairs.candidate[sel])
    return np.exp(out)


def _iterate(
    pairs: _Pairs, independence: np.ndarray, prior: np.ndarray, accuracy: np.ndarray, problem: TruthProblem,
    starts: np.ndarray, rank: np.ndarray, s: TruthSettings,
) -> tuple[np.ndarray, np.ndarray, int]:
    matrix = pairs.matrix
    voting = sp.csr_matrix((matrix.data * independence, matrix.indices, matrix.indptr), shape=matrix.shape)
    voting_t = voting.T  # a csc view: the product needs no copy
    mass = np.asarray(matrix.sum(axis=1)).ravel()
    support = problem.support
    general = problem.generalises
    general_t = general.T.tocsr() if general is not None else None
    prob = np.zeros(matrix.shape[1])
    iterations = 0
    for iterations in range(1, s.max_iterations + 1):
        acc = np.clip(accuracy, s.accuracy_floor, s.accuracy_ceiling)
        vote = np.maximum(np.log(s.false_values * acc / (1 - acc)), 0.0)
        score = voting_t @ vote
        if support is not None:
            score = score + s.support_weight * (support @ score)
        if general is not None:
            score = score + s.general_flow * (general_t @ score)
        prob = softmax_by_item(score, starts, rank, s.false_values if s.unseen_values else 0.0)
        correct = prob if support is None else np.minimum(prob + support @ prob, 1.0)
        if general is not None:
            correct = np.minimum(correct + general @ prob, 1.0)
        credit = matrix @ correct
        new_acc = (prior * s.prior_strength + credit) / (s.prior_strength + mass)
        change = float(np.max(np.abs(new_acc - accuracy))) if len(new_acc) else 0.0
        accuracy = new_acc
        if change < s.tolerance:
            break
    return prob, accuracy, iterations


def solve(problem: TruthProblem, settings: TruthSettings | None = None) -> TruthSolution:
    """Iterate truth and source accuracy to a fixed point, then again with copies discounted."""
    s = settings or TruthSettings()
    n_cand, n_src = len(problem.candidate_item), problem.n_sources
    pairs = _fold(problem)
    starts = item_starts(problem.candidate_item)
    rank = np.repeat(np.arange(len(starts)), np.diff(np.append(starts, n_cand)))
    prior = (
        np.full(n_src, s.prior_accuracy) if problem.prior_accuracy is None else np.asarray(problem.prior_accuracy, float)
    )
    independence = np.ones(len(pairs.source))
    dep = sp.csr_matrix((n_src, n_src))
    prob, accuracy, iterations = _iterate(pairs, independence, prior, prior.copy(), problem, starts, rank, s)
    plan = _copy_plan(pairs, s) if s.copy_detection else None
    for _ in range(s.copy_rounds):
        if plan is None:
            break
        dep = _dependence(plan, (prob >= 0.5).astype(np.float64), s)
        if dep.nnz == 0:
            break
        independence = _independence(dep, plan, pairs, accuracy)
        prob, accuracy, more = _iterate(pairs, independence, prior, accuracy, problem, starts, rank, s)
        iterations += more
    if problem.generalises is not None:
        # The most specific value that is more likely on the true path than not; if none
        # is, the likeliest path. P(on path) of a value = its own probability plus its
        # descendants'.
        on_path = np.minimum(prob + problem.generalises @ prob, 1.0)
        eligible = on_path >= s.path_threshold
        best = argmax_by_item(np.where(eligible, 2.0 - on_path, on_path - 1.0), starts, rank, problem.tie_order)
    else:
        best = argmax_by_item(prob, starts, rank, problem.tie_order)
    return TruthSolution(prob, accuracy, independence[pairs.entry_of_claim], dep, best, iterations)
