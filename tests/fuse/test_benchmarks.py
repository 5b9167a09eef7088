"""Fusion on the canonical truth-discovery benchmarks, scored next to majority vote from the same run.

Figures are pinned in baseline.json: a change that lowers one fails here. Flight (2.77M
claims) runs only with AIRDATE_FLIGHT_TEST=1; bench/fuse.py is its home.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from airdate.cli.main import main
from airdate.fuse.benchmark import BenchmarkReport, evaluate_benchmark

from .seeds import SHARED

FUSION = SHARED / "datasets" / "fusion"
BASELINE = json.loads((Path(__file__).parent / "baseline.json").read_text())
pytestmark = pytest.mark.skipif(not FUSION.exists(), reason="needs ../shared/datasets/fusion (the shared benchmarks)")

_cache: dict[str, BenchmarkReport] = {}


def report(name: str) -> BenchmarkReport:
    if name not in _cache:
        _cache[name] = evaluate_benchmark(FUSION / name)
    return _cache[name]


def figures(r: BenchmarkReport) -> dict[str, float]:
    ours = next(s.metrics for s in r.scores if s.method == "airdate")
    return {**ours, "ece": r.ece}


@pytest.mark.parametrize("name", ["book", "population", "heritage", "birthplaces"])
def test_no_figure_falls_below_the_pinned_baseline(name: str) -> None:
    got = figures(report(name))
    pinned = BASELINE[name]
    for metric, floor in pinned["higher"].items():
        assert got[metric] >= floor - 1e-9, f"{name} {metric} fell to {got[metric]:.4f} (pinned {floor})"
    for metric, ceiling in pinned["lower"].items():
        assert got[metric] <= ceiling + 1e-9, f"{name} {metric} rose to {got[metric]:.4f} (pinned {ceiling})"


@pytest.mark.parametrize("name", ["book", "population", "heritage", "birthplaces"])
def test_beats_majority_vote_from_the_same_run_on_accuracy(name: str) -> None:
    r = report(name)
    scores = {s.method: s.metrics for s in r.scores}
    assert scores["airdate"]["accuracy"] > scores["majority_vote"]["accuracy"]


def test_majority_vote_matches_the_dataset_readmes() -> None:
    # The README figures, computed with the README's tie rules: the loader and MV are faithful.
    expected = {"book": 0.77, "population": 0.6461, "heritage": 0.3694, "birthplaces": 0.7287}
    for name, mv in expected.items():
        scores = {s.method: s.metrics for s in report(name).scores}
        assert round(scores["majority_vote"]["accuracy"], 4) == mv
    population = {s.method: s.metrics for s in report("population").scores}["majority_vote"]
    assert round(population["error_rate"], 4) == 0.2955 and round(population["mae"], 1) == 9237.5
    heritage = {s.method: s.metrics for s in report("heritage").scores}["majority_vote"]
    assert round(heritage["gen_accuracy"], 4) == 0.8904


def test_book_beats_pooled_investment() -> None:
    assert figures(report("book"))["accuracy"] > 0.89  # PooledInvestment's figure on these files


def test_cli_prints_both_methods_and_calibration() -> None:
    result = CliRunner().invoke(main, ["eval", "fuse", "--dataset", str(FUSION / "book")])
    assert result.exit_code == 0, result.output
    assert "majority_vote" in result.output and "airdate" in result.output and "calibration error" in result.output
    as_json = CliRunner().invoke(main, ["eval", "fuse", "--dataset", str(FUSION / "book"), "--json"])
    data = json.loads(as_json.output)
    assert data["scores"]["majority_vote"]["accuracy"] == 0.77 and data["reliability_diagram"]


def test_cli_explains_a_wrong_folder(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["eval", "fuse", "--dataset", str(tmp_path)])
    assert result.exit_code != 0 and "claims.tsv.gz" in result.output


@pytest.mark.skipif(os.environ.get("AIRDATE_FLIGHT_TEST") != "1", reason="Flight is 2.77M claims; set AIRDATE_FLIGHT_TEST=1")
def test_flight_beats_pooled_investment() -> None:
    got = figures(report("flight"))
    assert got["accuracy"] > 0.937
    for metric, floor in BASELINE["flight"]["higher"].items():
        assert got[metric] >= floor - 1e-9
