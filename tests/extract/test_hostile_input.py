"""No pattern backtracks catastrophically: long hostile strings go through every regex and the whole stage."""

from __future__ import annotations

import importlib
import pkgutil
import re
from types import ModuleType

import pytest

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import airdate.extract
import airdate.timex
from airdate.ingest import boilerplate
from airdate.models import Document, WritingWindow
from airdate.extract import extract_claims

# every module of the stage, found rather than listed, so a new module cannot slip past
# (the time stage's patterns read the same article text, so they are fed the same strings)
MODULES: tuple[ModuleType, ...] = (
    *(importlib.import_module(f"airdate.extract.{m.name}") for m in pkgutil.iter_modules(airdate.extract.__path__)),
    *(importlib.import_module(f"airdate.timex.{m.name}") for m in pkgutil.iter_modules(airdate.timex.__path__)),
    boilerplate,
)
PATTERNS = [
    (f"{m.__name__}.{name}", value)
    for m in MODULES
    for name, value in vars(m).items()
    if isinstance(value, re.Pattern)
]
# Fragments that make regexes work hard: repeated words the patterns care about, separators, capitals.
PIECES = st.sampled_from(
    [" ", ", ", "a", "A", "Season ", "season 2 ", "second ", "if ", "not ", "no ", "the ", "of ", "Us ", "Are ", "Dead ",
     "... ", "\n", "\n\n", "-", "Ji-hu ", "Park ", "released ", "release date ", "2024 ", "early ", "“", "”", "'s ",
     "based on the novel ", "by ", "million ", "hours ", "in its first ", "Netflix ", "Also Read", "(", ")", "and ", "like ",
     " – ", "Queen ", "airs on ", "on ", "BS11", "created by ", "showrunner ", "Seasons 1 and ", "|", "LATEST NEWS\n", " | ", "Release Date | ", "Episodes 1-", "Not Announced ", "TBA ", "(Warrior) ", "this all new trailer ", "third season of ", "is a horror series ", "AppleTV+’s ",
     "finale ", "episodes ", "weekly ", "every Sunday ", "strikes ", "delayed ", "arc ", "adapts ", "plan ", "seasons ", "four-season ",
     "most-watched ", "8.1 rating on IMDb ", "93% ", "Rotten Tomatoes ", "won ", "Emmy ", "final season ", "executive producer ",
     "Peacemaker ", "star ", "breakout ", "actor ", "known for her role in ", "who starred in ", "as ", "Mr. 3 "]
)
HOSTILE = st.lists(PIECES, min_size=50, max_size=400).map("".join) | st.text(min_size=200, max_size=3000)


def test_there_are_patterns_to_check() -> None:
    assert len(PATTERNS) > 40


# A pattern that backtracks catastrophically (or even quadratically on 50,000 characters) does
# not finish within these limits, so the test fails by timing out rather than by asserting a speed.
@pytest.mark.timeout(120)
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(HOSTILE)
def test_every_pattern_finishes_on_hostile_text(text: str) -> None:
    for _, pattern in PATTERNS:
        for _ in pattern.finditer(text):
            pass
        pattern.match(text)


@pytest.mark.timeout(120)
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(HOSTILE)
def test_the_whole_stage_accepts_any_text(text: str) -> None:
    document = Document(id="x", name="x.txt", text=text, source="x.txt", boilerplate=boilerplate.find_boilerplate(text))
    for claim in extract_claims(document, WritingWindow(None, None)):
        assert claim.quote in text


@pytest.mark.timeout(120)
@pytest.mark.parametrize("piece", ["a", " ", "A", ",", "-", ".", "A ", "of ", "Season ", "a-", "\n", ", and "])
def test_long_runs_of_one_piece_finish(piece: str) -> None:
    text = piece * (50_000 // len(piece))
    for _, pattern in PATTERNS:
        for _ in pattern.finditer(text):
            pass
        pattern.match(text)
        pattern.search(text[-200:])


def test_no_case_blind_pattern_asks_for_a_capital() -> None:
    """Under re.IGNORECASE "[A-Z]" matches every letter: a pattern that wants a capital must say (?-i:[A-Z])."""
    import importlib
    import pkgutil
    import re

    import airdate.extract
    import airdate.timex

    offenders = []
    for package in (airdate.extract, airdate.timex):
        for info in pkgutil.iter_modules(package.__path__):
            module = importlib.import_module(f"{package.__name__}.{info.name}")
            for name, value in vars(module).items():
                if isinstance(value, re.Pattern) and value.flags & re.IGNORECASE:
                    bare = re.sub(r"\(\?-i:\[[^\]]*\]\)", "", value.pattern)
                    if re.search(r"\[A-Z(?!a-z)", bare):
                        offenders.append(f"{module.__name__}.{name}")
    assert offenders == []
