"""The time stage on shared/timex/dev.jsonl: figures may not drop below tests/timex/baseline.json."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from airdate.cli.main import main
from airdate.timex.scoring import airdate_system, load_gold, score
from tests.conftest import SHARED, need_shared

BASELINE = Path(__file__).with_name("baseline.json")


def test_dev_figures_do_not_drop_below_the_pinned_baseline() -> None:
    gold = need_shared(SHARED / "timex" / "dev.jsonl")
    figures = score(load_gold(gold), airdate_system, "airdate").as_json()
    pinned = json.loads(BASELINE.read_text())["dev"]
    for key, value in pinned.items():
        assert figures[key] >= value, f"{key} fell from {value} to {figures[key]}"
    assert figures["span_f1"] >= 0.95 and figures["value_accuracy"] >= 0.95


def test_eval_time_cli_prints_json_figures(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({
        "id": "t1", "text": "The sequel lands in late 2026, per the studio.", "reference_date": "2025-01-10",
        "expressions": [{"span": "late 2026", "start": "2026-09-01", "end": "2026-12-31",
                         "granularity": "part_of_year", "hedged": False}],
    }) + "\n")
    result = CliRunner().invoke(main, ["eval", "time", "--gold", str(gold), "--json"])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.output)
    assert figures["span_f1"] == 1.0 and figures["value_accuracy"] == 1.0


def test_eval_time_cli_side_by_side_with_dateparser(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({
        "id": "t1", "text": "The sequel lands in late 2026.", "reference_date": "2025-01-10",
        "expressions": [{"span": "late 2026", "start": "2026-09-01", "end": "2026-12-31",
                         "granularity": "part_of_year", "hedged": False}],
    }) + "\n")
    result = CliRunner().invoke(main, ["eval", "time", "--gold", str(gold), "--baseline", "dateparser"])
    assert result.exit_code == 0, result.output
    assert "dateparser" in result.output and "airdate" in result.output


def test_eval_time_cli_explains_a_bad_gold_line(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text("{not json\n")
    result = CliRunner().invoke(main, ["eval", "time", "--gold", str(gold)])
    assert result.exit_code != 0
    assert "not valid JSON" in result.output
