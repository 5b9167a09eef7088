"""The fusion run over one store's claims: group, judge, learn reliability, repeat.

Round by round: claims become observations (their page's writing window, their
modality weight, copies weighed once); each (title, season, attribute) goes to the
reasoner for its kind; the verdicts give every page a reliability; reliability feeds
the next round's verdicts, and fused event dates narrow writing windows. The loop
stops at a fixed point (or after a few rounds: it converges in two or three).
"""

from __future__ import annotations

import json
from dataclasses import replace
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence

from airdate.fuse.cancelled import apply_cancellation
from airdate.fuse.context import Observation, Outcome, Reliability, Window
from airdate.fuse.grouping import group_titles
from airdate.fuse.premiere import fuse_premiere
from airdate.fuse.sets import fuse_notes, fuse_set, fuse_single
from airdate.fuse.sources import PRIOR, copy_weights, learn_reliability, source_reports
from airdate.fuse.states import fuse_event, fuse_presence, fuse_stage
from airdate.fuse.values import MODALITY_WEIGHT, SERIES_WIDE, SET, SINGLE, kind, name_of, renewal_date_window, window_of
from airdate.fuse.windows import as_writing_windows, narrow_windows
from airdate.models import ATTRIBUTES, Claim, Fact, FusionOutput, FusionResult, Rejection, WritingWindow

_ROUNDS = 5
_DATED = ("premiere_date", "production_stage")
_ORDER = {a: i for i, a in enumerate(ATTRIBUTES)}


def _clean(claims: Sequence[Claim]) -> list[Claim]:
    """Drop claims fusion cannot place and exact restatements (same page, value, modality)."""
    seen: set[tuple] = set()
    out = []
    for c in claims:
        if not isinstance(c.subject, str) or not c.subject.strip() or not isinstance(c.attribute, str):
            continue
        if c.season is not None and not isinstance(c.season, int):
            continue
        key = (c.article, c.subject.strip(), c.season, c.attribute, json.dumps(c.value, sort_keys=True, default=str), c.modality)
        if key in seen:
            continue
        seen.add(key)
        out.append(c)
    return out


def _attestation(claims: Sequence[Claim]) -> Counter:
    """How often each name spelling appears verbatim in the pages' quoted sentences."""
    names = {n for c in claims for n in [name_of(c.attribute, c.value)] if n and kind(c.attribute) == SET}
    for c in claims:
        if c.attribute == "character" and isinstance(c.value, dict) and isinstance(c.value.get("played_by"), str):
            names.add(c.value["played_by"])
    quotes = {q for c in claims for q in (c.quote, *c.also_quotes) if q}
    counts: Counter = Counter()
    for name in names:
        counts[name] = sum(q.count(name) for q in quotes)
    return counts


def _reason(attribute: str, obs: list[Observation], season_obs: dict[str, list[Observation]], rel: Reliability,
            attestation: Counter, renewal: Fact | None) -> Outcome:
    if attribute == "premiere_date":
        return fuse_premiere(obs, season_obs, rel, renewal)
    if attribute in ("renewal", "cancellation"):
        return fuse_event(attribute, obs, rel)
    if attribute == "production_stage":
        return fuse_stage(obs, rel, renewal)
    if attribute == "trailer":
        return fuse_presence(attribute, obs, rel)
    k = kind(attribute)
    if k == SET:
        return fuse_set(attribute, obs, rel, attestation)
    if k == SINGLE:
        return fuse_single(attribute, obs, rel)
    return fuse_notes(attribute, obs, rel)  # NOTES, and attributes fusion does not know


def _originals_first(fact: Fact, copied: frozenset[tuple[str, str]]) -> Fact:
    """Evidence from the page that said it first before its copies (the first cited page is
    the one an answer names), keeping each reasoner's order otherwise."""
    evidence = tuple(sorted(fact.evidence, key=lambda e: (e.article, e.quote) in copied))
    return fact if evidence == fact.evidence else replace(fact, evidence=evidence)


def _span(obs: list[Observation]) -> dict[str, str | None] | None:
    starts = [o.written[0] for o in obs if o.written[0]]
    ends = [o.written[1] for o in obs if o.written[1]]
    if not starts and not ends:
        return None
    return {"start": min(starts).isoformat() if starts else None, "end": max(ends).isoformat() if ends else None}


def fuse(
    claims: Sequence[Claim], windows: Mapping[str, WritingWindow], titles: Mapping[str, str | None] | None
) -> FusionOutput:
    claims = _clean(claims)
    articles = sorted({c.article for c in claims} | set(windows))
    base: dict[str, Window] = {a: (windows[a].start, windows[a].end) if a in windows else (None, None) for a in articles}
    title_of = group_titles(claims)
    independence, copiers, _ = copy_weights(claims, base)
    attestation = _attestation(claims)
    displayed = [(c, title_of[c.subject.strip()][0]) for c in claims]
    copied = frozenset((c.article, c.quote) for i, c in enumerate(claims) if independence[i] == 0)

    spans = [window_of(c.value) if c.attribute in _DATED else None for c in claims]
    narrowed = dict(base)
    cues: dict = {}
    rel = Reliability({}, frozenset(), PRIOR)
    results: list[FusionResult] = []
    outcomes_for_sources: list[Outcome] = []
    obs_article: dict[int, str] = {i: c.article for i, c in enumerate(claims)}
    for _ in range(_ROUNDS):
        observations = [
            Observation(i, c, narrowed.get(c.article, (None, None)),
                        MODALITY_WEIGHT.get(c.modality, 0.3) * independence[i], spans[i])
            for i, c in enumerate(claims)
        ]
        by_season: dict[tuple[str, int | None], dict[str, list[Observation]]] = defaultdict(lambda: defaultdict(list))
        series_wide: dict[str, dict[str, list[Observation]]] = defaultdict(lambda: defaultdict(list))
        for o, (_, title) in zip(observations, displayed):
            by_season[(title, o.claim.season)][o.claim.attribute].append(o)
            if o.claim.attribute in SERIES_WIDE and o.claim.season is not None:
                series_wide[title][o.claim.attribute].append(o)
        for title in series_wide:
            by_season[(title, None)]  # a series-level result for every title with series-wide facts
        results, scored = [], []
        event_dates: dict[tuple[str, int | None, str], Window] = {}
        for (title, season), attrs in sorted(by_season.items(), key=lambda kv: (kv[0][0], kv[0][1] is not None, kv[0][1] or 0)):
            facts, rejected, used = [], [], []
            names = sorted(set().union(attrs, series_wide.get(title, {}) if season is None else ()), key=lambda a: _ORDER.get(a, 99))
            # Events first: a premiere or filming dated before the renewal of its own season is impossible.
            names.sort(key=lambda a: a not in ("renewal", "cancellation"))
            renewal: Fact | None = None
            for attribute in names:
                obs = list(attrs.get(attribute, []))
                pooled = season is None and attribute in SERIES_WIDE
                if pooled:
                    obs += series_wide[title].get(attribute, [])
                out = _reason(attribute, obs, attrs, rel, attestation, renewal)
                if not pooled or not series_wide[title].get(attribute):
                    scored.append(out)  # pooled series facts restate season facts; count them once
                if out.fact is not None:
                    facts.append(out.fact)
                    if attribute == "renewal" and out.fact.status == "confirmed" and season is not None:
                        renewal = out.fact
                    if attribute in ("renewal", "cancellation") and out.fact.status == "confirmed":
                        w = renewal_date_window(out.fact.value)
                        if w:
                            event_dates[(title, season, attribute)] = w
                rejected += [Rejection(attribute, o.value, o.article, o.claim.quote, reason) for o, reason in out.rejected]
                used += obs
            aliases = title_of[next(iter(o.claim.subject.strip() for o in used), title)][1] if used else (title,)
            facts = [_originals_first(f, copied) for f in apply_cancellation(facts)]
            facts.sort(key=lambda f: _ORDER.get(f.attribute, 99))
            results.append(FusionResult(title, season, tuple(facts), tuple(rejected), _span(used), aliases))
        new_by_article = learn_reliability(scored, obs_article, articles)
        fabricated = frozenset(a for out in scored for a in out.fabricated)
        narrowed, cues = narrow_windows(displayed, base, event_dates)
        converged = rel.by_article and max(abs(new_by_article[a] - rel.of(a)) for a in articles) < 1e-3
        rel = Reliability(new_by_article, fabricated, PRIOR)
        outcomes_for_sources = scored
        if converged:
            break
    sources = source_reports(articles, rel.by_article, outcomes_for_sources, obs_article, narrowed, dict(titles or {}), copiers)
    return FusionOutput(tuple(results), sources, as_writing_windows(narrowed, dict(windows), cues))
