"""`airdate eval extract`: score this stage on gold data, through the real pipeline.

Each article is read as bytes, turned into a ``Document`` by ingest (which finds the
boilerplate spans), dated by the time stage and then handed to ``extract_claims``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click

from airdate.extract import extract_claims
from airdate.extract.scoring import blocks_without_claims, match_article, score_articles
from airdate.ingest import IngestError, RawPage, to_document
from airdate.models import Claim
from airdate.timex import infer_writing_window


@dataclass(frozen=True)
class ArticleRun:
    """One gold file, its article text and what the pipeline extracted from it."""

    name: str
    text: str
    gold: dict[str, Any]
    claims: tuple[Claim, ...]


def run_article(path: Path, name: str) -> tuple[str, list[Claim]]:
    """Text and claims for one article file, through ingest, time and extract."""
    content_type = "text/html" if path.suffix.lower() in (".html", ".htm") else "text/plain"
    page = RawPage(source=str(path), name=name, data=path.read_bytes(), content_type=content_type)
    document, _ = to_document(page)
    window = infer_writing_window(document)
    return document.text, extract_claims(document, window)


def run_gold(gold_dir: Path, articles_dir: Path, only: frozenset[str] | None = None) -> list[ArticleRun]:
    """Run every gold file in ``gold_dir`` (or only those whose stem is in ``only``)."""
    gold_files = sorted(f for f in gold_dir.glob("*.json") if only is None or f.stem in only)
    if not gold_files:
        raise click.ClickException(f"no gold *.json files in {gold_dir}; pass the folder that holds the labels")
    runs: list[ArticleRun] = []
    for gold_file in gold_files:
        try:
            gold = json.loads(gold_file.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise click.ClickException(f"cannot read gold file {gold_file} ({exc}); fix or remove it") from exc
        article = articles_dir / str(gold.get("article", ""))
        if not article.is_file():
            raise click.ClickException(f"article {article} named by {gold_file.name} is missing; check --articles")
        try:
            text, claims = run_article(article, str(gold["article"]))
        except IngestError as exc:
            raise click.ClickException(f"cannot ingest {article}: {exc}") from exc
        runs.append(ArticleRun(str(gold["article"]), text, gold, tuple(claims)))
    return runs


def in_gold_terms(claim: dict[str, Any]) -> dict[str, Any] | None:
    """A claim in the attribute vocabulary of the gold README, which has no `episode_count` or `cancellation`:
    an episode count is an `other` fact there, and a cancellation a renewal that did not happen. airdate keeps
    both as attributes of their own because the answer stage asks for them; a denied cancellation ("has not
    been cancelled") says nothing the gold vocabulary can hold."""
    attribute, value = claim.get("attribute"), claim.get("value")
    if attribute == "episode_count":
        return {**claim, "attribute": "other", "value": f"{value} episodes" if value is not None else "episode count"}
    if attribute == "cancellation":
        if not isinstance(value, dict):
            return None
        return {**claim, "attribute": "renewal", "value": {"renewed": False, "date": value.get("date"), "event": "cancelled"}}
    return claim


def gold_view(claims: Any) -> list[dict[str, Any]]:
    """Claims (``Claim`` objects or gold dicts) in the gold vocabulary; our own older corpora use the two extra
    attributes too, and are read through the same lens so that like is compared with like."""
    out: list[dict[str, Any]] = []
    for claim in claims:
        as_dict = claim.as_json() if isinstance(claim, Claim) else claim
        mapped = in_gold_terms(as_dict)
        if mapped is not None:
            out.append(mapped)
    return out


def score_runs(runs: list[ArticleRun]) -> dict[str, Any]:
    figures = score_articles([(gold_view(r.gold.get("claims", [])), gold_view(r.claims)) for r in runs])
    clean = found = 0
    for run in runs:
        c, f = blocks_without_claims(run.text, run.gold.get("boilerplate", []), [c.span for c in run.claims])
        clean += c
        found += f
    figures["boilerplate"] = round(clean / found, 4) if found else 1.0
    return figures


def _misses(runs: list[ArticleRun]) -> list[str]:
    lines: list[str] = []
    for run in runs:
        preds = gold_view(run.claims)
        score = match_article(gold_view(run.gold.get("claims", [])), preds, strict=False)
        matched_g = {g for g, _ in score.pairs}
        matched_p = {p for _, p in score.pairs}
        lines.append(f"== {run.name}")
        for gi, pi in score.pairs:
            g = score.gold[gi]
            if g.get("modality") != score.predicted[pi].get("modality"):
                lines.append(f"  MODALITY gold={g['modality']} pred={score.predicted[pi]['modality']}: {g['attribute']} {g['quote'][:90]}")
        for gi, g in enumerate(score.gold):
            if gi not in matched_g:
                value = json.dumps(g.get("value"), ensure_ascii=False)
                lines.append(f"  MISSED {g['subject']}|{g['season']}|{g['attribute']}|{value[:80]}|{g['modality']}: {g['quote'][:90]}")
        for pi, p in enumerate(score.predicted):
            if pi not in matched_p:
                value = json.dumps(p.get("value"), ensure_ascii=False)
                lines.append(f"  EXTRA  {p['subject']}|{p['season']}|{p['attribute']}|{value[:80]}|{p['modality']}: {p['quote'][:90]}")
    return lines


@click.command("extract")
@click.option("--gold", "gold_dir", required=True, type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--articles", "articles_dir", required=True, type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@click.option("--misses", is_flag=True, help="Also list unmatched gold and predicted claims.")
def eval_extract_command(gold_dir: Path, articles_dir: Path, as_json: bool, misses: bool) -> None:
    """Score the extract stage against gold claim labels (see shared/eval/SCORING.md)."""
    runs = run_gold(gold_dir, articles_dir)
    figures = score_runs(runs)
    if as_json:
        click.echo(json.dumps(figures, indent=2))
    else:
        click.echo(f"{'attribute':<20}{'P':>8}{'R':>8}{'F1':>8}{'gold':>6}{'pred':>6}")
        for attribute, row in figures["by_attribute"].items():
            click.echo(
                f"{attribute:<20}{row['precision']:>8.3f}{row['recall']:>8.3f}{row['f1']:>8.3f}"
                f"{row['gold']:>6}{row['predicted']:>6}"
            )
        for label in ("micro", "strict"):
            row = figures[label]
            click.echo(f"{label:<20}{row['precision']:>8.3f}{row['recall']:>8.3f}{row['f1']:>8.3f}")
        click.echo(f"modality accuracy   {figures['modality_accuracy']:.3f}")
        click.echo(f"boilerplate clean   {figures['boilerplate']:.3f}")
        click.echo(f"articles            {figures['articles']}")
    if misses:
        click.echo("\n".join(_misses(runs)), err=True)
