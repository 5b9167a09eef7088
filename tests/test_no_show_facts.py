"""airdate learns every fact from articles: no seed-show fact may sit in the package source."""

from __future__ import annotations

import json
import re
from pathlib import Path

from airdate.normalize import fold

SRC = Path(__file__).resolve().parents[1] / "src" / "airdate"


def seed_facts(gold_dir: Path) -> set[str]:
    """Names and dates the seed gold labels state: titles, people, characters, days."""
    facts: set[str] = set()
    for path in gold_dir.glob("*.json"):
        for claim in json.loads(path.read_text(encoding="utf-8"))["claims"]:
            facts.add(claim["subject"])
            value = claim["value"]
            if isinstance(value, str) and claim["attribute"] in ("cast_member", "director", "writer", "production_company", "premiere_date"):
                facts.add(value)
            if isinstance(value, dict):
                for key in ("name", "played_by", "title", "author", "event", "date"):
                    if isinstance(value.get(key), str):
                        facts.add(value[key])
    # platform names are generic domain knowledge, not facts about one show
    return {f for f in facts if len(fold(f)) >= 6 and fold(f) != "netflix"}


def test_package_source_states_no_fact_of_the_seed_show(seeds_dir: Path) -> None:
    facts = {fold(f): f for f in seed_facts(seeds_dir / "gold")}
    assert len(facts) > 30
    offenders = []
    for path in SRC.rglob("*"):
        if path.suffix not in (".py", ".html", ".txt", ".css", ".js", ".json") or not path.is_file():
            continue
        raw = path.read_text(encoding="utf-8", errors="ignore")
        text = f" {fold(raw)} "
        for key, original in facts.items():
            if " " in key:
                found = f" {key} " in text  # names and titles of several words, in any spelling
            else:
                # one word ("Kingdom", "Lomon") only as written: "united kingdom" is no fact
                found = re.search(rf"(?<![\w-]){re.escape(original)}(?![\w-])", raw) is not None
            if found:
                offenders.append(f"{path.relative_to(SRC)}: {original}")
    assert not offenders, offenders
