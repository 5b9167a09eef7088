"""The shared vocabulary of the fusion reasoners: observations, writing times, verdicts."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from airdate.fuse.values import renewal_date_window
from airdate.models import Claim, Evidence, Fact, Superseded

Window = tuple[date | None, date | None]


@dataclass(frozen=True)
class Observation:
    """One claim as fusion sees it: where it sits in time and how much it weighs."""

    index: int
    claim: Claim
    written: Window  # the page's (narrowed) writing window
    weight: float  # modality weight times independence (0 for a copy)
    span: Window | None = None  # the days a date-like value covers, computed once per run

    @property
    def article(self) -> str:
        return self.claim.article

    @property
    def value(self) -> Any:
        return self.claim.value

    @property
    def modality(self) -> str:
        return self.claim.modality

    def written_json(self) -> dict[str, str | None] | None:
        start, end = self.written
        if start is None and end is None:
            return None
        return {"start": start.isoformat() if start else None, "end": end.isoformat() if end else None}

    def evidence(self) -> Evidence:
        return Evidence(self.article, self.claim.quote, self.modality, self.written_json())

    def superseded(self, reason: str, value: Any = None) -> Superseded:
        return Superseded(self.value if value is None else value, self.article, self.claim.quote, self.written_json(), reason)


def sort_key(window: Window) -> tuple[float, float]:
    """Order pages by when they were written: the middle of the window, then its end.

    An open side is taken as far from the known side, so an undated page sorts first.
    """
    start, end = window
    lo = start.toordinal() if start else (end.toordinal() - 3650 if end else 0)
    hi = end.toordinal() if end else (start.toordinal() + 3650 if start else 0)
    return ((lo + hi) / 2, hi)


def entirely_before(a: Window, b: Window) -> bool:
    """Page a was certainly written before page b started."""
    return a[1] is not None and b[0] is not None and a[1] < b[0]


def describe_written(window: Window) -> str:
    start, end = window
    if start is None and end is None:
        return "undated"
    if start and end:
        return f"written {start.isoformat()}..{end.isoformat()}"
    if start is not None:
        return f"written after {start.isoformat()}"
    assert end is not None
    return f"written before {end.isoformat()}"


def cite(obs: Observation, limit: int = 140) -> str:
    """"page-3 (written 2031-07-13..2031-12-31): 'quote'" with the quote shortened."""
    quote = " ".join(obs.claim.quote.split())
    if len(quote) > limit:
        quote = quote[: limit - 3].rstrip() + "..."
    return f"{obs.article} ({describe_written(obs.written)}, \"{quote}\")"


def voices(obs: list[Observation], rel: Reliability) -> float:
    """Independent backing: each page once, at its reliability, copies at nothing."""
    best: dict[str, float] = {}
    for o in obs:
        share = rel.of(o.article) if o.weight > 0 else 0.0
        best[o.article] = max(best.get(o.article, 0.0), share)
    return sum(best.values())


@dataclass
class Outcome:
    """What one reasoner concluded about one attribute of one (title, season)."""

    fact: Any = None  # models.Fact | None
    rejected: list[tuple[Observation, str]] = field(default_factory=list)
    # observation index -> (share judged right when written, weight) for source reliability
    scores: dict[int, tuple[float, float]] = field(default_factory=dict)
    superseded: set[int] = field(default_factory=set)
    widget_rejected: set[int] = field(default_factory=set)
    fabricated: set[str] = field(default_factory=set)  # articles whose firm claim others refute

    def score(self, obs: Observation, share: float, weight: float | None = None) -> None:
        self.scores[obs.index] = (share, obs.weight if weight is None else weight)


@dataclass(frozen=True)
class Reliability:
    """Per-article reliability plus flags carried between fixed-point rounds."""

    by_article: dict[str, float]
    flagged_fabricated: frozenset[str] = frozenset()
    prior: float = 0.7

    def of(self, article: str) -> float:
        return self.by_article.get(article, self.prior)


def renewal_start(renewal: Fact | None) -> tuple[date, str] | None:
    """The first day a season was known to be renewed, with the pages that date it."""
    if renewal is None or not isinstance(renewal.value, dict) or not renewal.value.get("renewed"):
        return None
    window = renewal_date_window(renewal.value)
    if window is None or window[0] is None:
        return None
    return window[0], ", ".join(sorted({e.article for e in renewal.evidence}))
