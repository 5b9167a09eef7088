"""`airdate eval time`: score this stage on gold data."""

from __future__ import annotations

import json
from pathlib import Path

import click

from airdate.timex.scoring import airdate_system, dateparser_system, load_gold, score


@click.command("time")
@click.option("--gold", "gold_path", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="JSONL gold in the format of shared/timex/dev.jsonl.")
@click.option("--timeml", "timeml_dir", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="A folder of TimeML .tml files (e.g. shared/timex/corpora/te3_platinum).")
@click.option("--baseline", type=click.Choice(["dateparser"]), default=None,
              help="Also score a baseline system on the same gold, side by side.")
@click.option("--json", "as_json", is_flag=True, help="Print machine-readable JSON.")
@click.option("--errors", is_flag=True, help="List every miss, spurious hit and wrong value.")
def eval_time_command(gold_path: Path | None, timeml_dir: Path | None, baseline: str | None,
                      as_json: bool, errors: bool) -> None:
    """Score the time stage: span P/R/F1 and value accuracy (--gold) or TempEval-3 figures (--timeml)."""
    if gold_path is None and timeml_dir is None:
        raise click.UsageError("give --gold FILE (JSONL like shared/timex/dev.jsonl) or --timeml DIR")
    if timeml_dir is not None:
        from airdate.timex.timeml import evaluate_timeml

        try:
            figures = evaluate_timeml(timeml_dir)
        except ValueError as error:
            raise click.ClickException(str(error)) from error
        if as_json:
            click.echo(json.dumps(figures, indent=2))
        else:
            for key, value in figures.items():
                click.echo(f"{key:>22}: {value}")
        if gold_path is None:
            return
    assert gold_path is not None
    try:
        records = load_gold(gold_path)
    except ValueError as error:
        raise click.ClickException(str(error)) from error
    results = [score(records, airdate_system, "airdate")]
    if baseline == "dateparser":
        results.append(score(records, dateparser_system, "dateparser"))
    if as_json:
        payload = [r.as_json() | ({"errors": r.errors} if errors else {}) for r in results]
        click.echo(json.dumps(payload if len(payload) > 1 else payload[0], indent=2))
        return
    header = f"{'figure':<22}" + "".join(f"{r.system:>12}" for r in results)
    click.echo(header)
    for key in ("gold", "predicted", "matched", "span_precision", "span_recall", "span_f1", "value_accuracy", "exact_share_of_gold"):
        click.echo(f"{key:<22}" + "".join(f"{r.as_json()[key]:>12}" for r in results))
    if errors:
        for item in results[0].errors:
            click.echo(json.dumps(item, ensure_ascii=False))
