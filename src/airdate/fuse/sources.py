"""Sources: copies between pages, reliability learned from verdicts, and flags.

Copies: pages that repeat each other's sentences are one voice. Near-identical quotes
(after folding case and punctuation) across pages count once, through the page
written first; a page most of whose claims are such copies of one other page is a
"copier" and gets no independent weight at all.

Reliability: the Beta-smoothed share of a page's judged claims that were right when
written (superseded claims count as right). A refuted firm claim weighs more than
an accepted one, since inventing a confirmed fact says more about a page than
repeating a true one. The prior keeps a page with few judged claims near the middle.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Sequence

from rapidfuzz import fuzz

from airdate.fuse.context import Outcome, Window, sort_key
from airdate.models import Claim, SourceReport
from airdate.normalize import fold

PRIOR = 0.7
PRIOR_STRENGTH = 2.0
_NEAR_COPY = 92  # rapidfuzz ratio on folded sentences
_MIN_QUOTE = 40  # shorter sentences repeat by chance ("Season 2 is confirmed.")


def copy_weights(
    claims: Sequence[Claim], windows: dict[str, Window]
) -> tuple[list[float], set[str], dict[str, str]]:
    """Per claim independence weight (1 or 0), the copier pages, and whom each copied."""
    weight = [1.0] * len(claims)
    groups: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, c in enumerate(claims):
        if len(c.quote) >= _MIN_QUOTE:
            groups[(fold(c.subject), c.attribute)].append(i)
    copied_from: dict[str, Counter] = defaultdict(Counter)
    for members in groups.values():
        folded = {i: fold(claims[i].quote) for i in members}
        values = {i: json.dumps(claims[i].value, sort_keys=True, default=str) for i in members}
        order = sorted(members, key=lambda i: sort_key(windows.get(claims[i].article, (None, None))))
        for pos, i in enumerate(order):
            for j in order[:pos]:
                if claims[j].article == claims[i].article or values[i] != values[j]:
                    continue  # a template sentence with another value is not a copy of this claim
                if folded[i] == folded[j] or fuzz.ratio(folded[i], folded[j]) >= _NEAR_COPY:
                    weight[i] = 0.0  # the earlier page already said it
                    copied_from[claims[i].article][claims[j].article] += 1
                    break
    per_article = Counter(c.article for c in claims)
    copiers: set[str] = set()
    source_of: dict[str, str] = {}
    for article, origins in copied_from.items():
        origin, n = origins.most_common(1)[0]
        if n >= 3 and n >= 0.5 * per_article[article]:
            copiers.add(article)
            source_of[article] = origin
    for i, c in enumerate(claims):
        if c.article in copiers:
            weight[i] = 0.0
    return weight, copiers, source_of


def learn_reliability(outcomes: Sequence[Outcome], obs_article: dict[int, str], articles: Sequence[str]) -> dict[str, float]:
    credit: dict[str, float] = defaultdict(float)
    mass: dict[str, float] = defaultdict(float)
    for out in outcomes:
        for index, (share, weight) in out.scores.items():
            article = obs_article[index]
            credit[article] += share * weight
            mass[article] += weight
    return {a: (PRIOR * PRIOR_STRENGTH + credit[a]) / (PRIOR_STRENGTH + mass[a]) for a in articles}


def source_reports(
    articles: Sequence[str],
    reliability: dict[str, float],
    outcomes: Sequence[Outcome],
    obs_article: dict[int, str],
    windows: dict[str, Window],
    titles: dict[str, str | None],
    copiers: set[str],
) -> tuple[SourceReport, ...]:
    flags: dict[str, set[str]] = defaultdict(set)
    for out in outcomes:
        for obs, _ in out.rejected:
            flags[obs.article].add("widget-contradicted" if obs.index in out.widget_rejected else "contradicted")
        for index in out.superseded:
            flags[obs_article[index]].add("stale")
        for article in out.fabricated:
            flags[article].add("fabricated")
    for article in copiers:
        flags[article].add("copier")
    reports = []
    for article in articles:
        start, end = windows.get(article, (None, None))
        written = None if start is None and end is None else {
            "start": start.isoformat() if start else None,
            "end": end.isoformat() if end else None,
        }
        reports.append(SourceReport(article, titles.get(article), written, reliability.get(article, PRIOR),
                                    tuple(sorted(flags.get(article, ())))))
    return tuple(reports)
