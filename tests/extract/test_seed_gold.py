"""End to end on the seed pages: the acceptance floors, pinned figures, furniture and comparison titles."""

from __future__ import annotations

import json
import re
from pathlib import Path

from click.testing import CliRunner

from airdate.cli.main import main
from airdate.extract.evaluate import run_gold, score_runs
from airdate.normalize import title_key
from tests.conftest import SEEDS, need_shared

BASELINE = Path(__file__).with_name("baseline.json")
OTHER_TITLES = ("Squid Game", "Kingdom", "The Witcher", "Train to Busan")


def _runs():  # type: ignore[no-untyped-def]
    need_shared(SEEDS / "gold")
    return run_gold(SEEDS / "gold", SEEDS)


def test_seed_figures_meet_the_floors_and_do_not_drop_below_the_pinned_baseline() -> None:
    figures = score_runs(_runs())
    pinned = json.loads(BASELINE.read_text())["seeds"]
    assert figures["micro"]["f1"] >= 0.85 and figures["modality_accuracy"] >= 0.85
    assert figures["micro"]["f1"] >= pinned["micro_f1"], figures["micro"]
    assert figures["micro"]["precision"] >= pinned["micro_precision"], figures["micro"]
    assert figures["micro"]["recall"] >= pinned["micro_recall"], figures["micro"]
    assert figures["strict"]["f1"] >= pinned["strict_f1"], figures["strict"]
    assert figures["modality_accuracy"] >= pinned["modality_accuracy"]
    assert figures["boilerplate"] == 1.0


def test_every_quote_is_verbatim_and_no_claim_comes_from_furniture() -> None:
    noise = re.compile(r"Tay.?K|C.?Murder|Toby Keith|Strahan|Last Of Us|Moretz|Grantham|Levine|DeFrancesco|Married To Medicine|Mohit|Adrian", re.I)
    for run in _runs():
        for claim in run.claims:
            assert claim.quote in run.text
            for quote in claim.also_quotes:
                assert quote in run.text
            assert not noise.search(claim.quote) and not noise.search(claim.subject), claim


def test_comparison_titles_keep_their_claims() -> None:
    page_title = title_key("All of Us Are Dead")
    subjects = {title_key(c.subject) for run in _runs() for c in run.claims}
    for title in OTHER_TITLES:
        assert title_key(title) in subjects, title
    for run in _runs():
        for claim in run.claims:
            if any(re.search(rf"\b{re.escape(t)}\b", claim.quote, re.I) for t in OTHER_TITLES) and title_key(claim.subject) == page_title:
                # a claim about the page's show may share a sentence with another title only if the show is named too
                assert re.search(r"all of us", claim.quote, re.I), claim


def test_eval_extract_cli_prints_the_documented_json() -> None:
    need_shared(SEEDS / "gold")
    result = CliRunner().invoke(main, ["eval", "extract", "--gold", str(SEEDS / "gold"), "--articles", str(SEEDS), "--json"])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.output)
    assert set(figures) >= {"micro", "strict", "by_attribute", "modality_accuracy", "articles"}
    assert figures["articles"] == 5
    assert set(figures["micro"]) == {"precision", "recall", "f1"}
    for row in figures["by_attribute"].values():
        assert set(row) == {"precision", "recall", "f1", "gold", "predicted"}


def test_eval_extract_cli_explains_a_missing_article(tmp_path: Path) -> None:
    (tmp_path / "x.json").write_text(json.dumps({"article": "nope.txt", "claims": []}))
    result = CliRunner().invoke(main, ["eval", "extract", "--gold", str(tmp_path), "--articles", str(tmp_path)])
    assert result.exit_code != 0 and "missing" in result.output
