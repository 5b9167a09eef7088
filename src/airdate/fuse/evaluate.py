"""`airdate eval fuse`: score the fusion engine on a canonical truth-discovery benchmark."""

from __future__ import annotations

import json
from pathlib import Path

import click

from airdate.fuse.benchmark import BenchmarkReport, evaluate_benchmark
from airdate.fuse.datasets import DatasetError


def _format(report: BenchmarkReport) -> str:
    lines = [
        f"dataset {report.dataset}: {report.claims:,} claims, {report.sources:,} sources, {report.gold_items:,} gold items",
        f"majority vote tie rule: {report.tie_rule}",
    ]
    names = sorted({k for s in report.scores for k in s.metrics}, key=lambda k: (k != "accuracy", k))
    lines.append(f"{'metric':<22}" + "".join(f"{s.method:>16}" for s in report.scores))
    for name in names:
        row = "".join(f"{s.metrics.get(name, float('nan')):>16.4f}" for s in report.scores)
        lines.append(f"{name:<22}{row}")
    lines.append(f"expected calibration error (airdate, 10 bins): {report.ece:.4f}")
    if report.ece_general is not None:
        lines.append(f"calibration error of P(on the true path) against GenAccuracy: {report.ece_general:.4f}")
    lines.append("reliability diagram: " + ", ".join(f"{c:.2f}->{a:.2f} (n={n})" for c, a, n in report.calibration))
    lines.append(f"load {report.load_seconds:.2f} s, fuse {report.fuse_seconds:.2f} s")
    return "\n".join(lines)


@click.command("fuse")
@click.option(
    "--dataset",
    "dataset",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="A benchmark folder in the canonical format (claims.tsv.gz, gold.tsv, optional hierarchy.tsv).",
)
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
def eval_fuse_command(dataset: Path, as_json: bool) -> None:
    """Score fusion on a truth-discovery benchmark, next to majority vote from the same run."""
    if not dataset.is_dir():
        raise click.ClickException(f"{dataset} is not a folder; pass one of ../shared/datasets/fusion/<name>")
    try:
        report = evaluate_benchmark(dataset)
    except DatasetError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(json.dumps(report.as_json(), indent=2) if as_json else _format(report))
