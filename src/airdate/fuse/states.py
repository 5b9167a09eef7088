"""Attributes that change as a show moves on: renewal, cancellation, production stage, trailer.

A page that said "not renewed" before the renewal was right when written: its claim
is superseded, and its source keeps its standing. Only a page written after a dated
event that still denies it is rejected. Two pages dating one event differently are
shown as disputed, both cited, never silently merged.
"""

from __future__ import annotations

from collections import Counter

from airdate.fuse.context import (
    Observation,
    Outcome,
    Reliability,
    cite,
    describe_written,
    entirely_before,
    renewal_start,
    sort_key,
    voices,
)
from airdate.fuse.values import MODALITY_WEIGHT, STAGES, describe, renewal_date_window, specificity, window_of, windows_overlap
from airdate.models import Fact

FIRM = ("confirmed", "reported")


def _event_value(
    attribute: str, positives: list[Observation], rel: Reliability
) -> tuple[dict, list[Observation], list[list[Observation]]]:
    """The best-attested dated event and the clusters of incompatible dates."""
    dated = [o for o in positives if renewal_date_window(o.value) is not None]
    clusters: list[list[Observation]] = []
    for o in sorted(dated, key=lambda x: -specificity(attribute, x.value)):
        w = renewal_date_window(o.value) or (None, None)
        home = next((c for c in clusters if windows_overlap(renewal_date_window(c[0].value) or (None, None), w)), None)
        (home.append(o) if home is not None else clusters.append([o]))
    if not clusters:
        base = dict(positives[0].value) if isinstance(positives[0].value, dict) else {}
        events = Counter(o.value.get("event") for o in positives if isinstance(o.value, dict) and o.value.get("event"))
        base["event"] = _best_label(events) if events else base.get("event")
        return base, positives, []
    clusters.sort(key=lambda c: -voices(c, rel))
    win = clusters[0]
    best = dict(max(win, key=lambda o: specificity(attribute, o.value)).value)
    events = Counter(o.value.get("event") for o in win if o.value.get("event"))
    best["event"] = _best_label(events) if events else None
    return best, win, clusters


def _best_label(counts: Counter) -> str:
    # Most often given; among equals the shortest, which is the plain name of the event.
    return sorted(counts.items(), key=lambda kv: (-kv[1], len(str(kv[0]))))[0][0]


def fuse_event(attribute: str, obs: list[Observation], rel: Reliability) -> Outcome:
    """Renewal or cancellation: a yes/no state with an optional date."""
    out = Outcome()
    usable = [o for o in obs if isinstance(o.value, dict)]
    positives = [o for o in usable if o.value.get("renewed", o.value.get("cancelled", True)) and o.modality in FIRM]
    negatives = [o for o in usable if o.modality == "negated" or not o.value.get("renewed", o.value.get("cancelled", True))]
    hedged = [o for o in usable if o not in positives and o not in negatives]
    for o in hedged:
        out.score(o, 1.0, 0.0)
    if not positives and not negatives:
        return out
    if not positives:
        latest = max(negatives, key=lambda o: sort_key(o.written))
        for n in negatives:
            out.score(n, 1.0)
        out.fact = Fact(attribute, "unannounced", latest.value, min(0.9, rel.of(latest.article)),
                        tuple(n.evidence() for n in negatives), (),
                        f"No {attribute.replace('_', ' ')} announced as of the newest page saying so "
                        f"({latest.article}, {describe_written(latest.written)}).")
        return out

    value, win, clusters = _event_value(attribute, positives, rel)
    disputed = len(clusters) > 1 and voices(clusters[1], rel) >= 0.8 * voices(clusters[0], rel)
    event_window = renewal_date_window(value)
    earliest_known = min((sort_key(o.written) for o in positives), default=None)
    history = []
    for n in sorted(negatives, key=lambda o: sort_key(o.written)):
        before_event = (
            event_window is not None and event_window[0] is not None and n.written[1] is not None and n.written[1] < event_window[0]
        ) or (earliest_known is not None and sort_key(n.written) <= earliest_known)
        after_event = event_window is not None and event_window[1] is not None and n.written[0] is not None and n.written[0] > event_window[1]
        if after_event and not before_event:
            out.rejected.append((n, f"{n.article} says not {attribute.replace('_', ' ')} although it was written after "
                                 f"{describe(attribute, value)}, as " + "; ".join(cite(w, 80) for w in win[:2]) + " say"))
            out.score(n, 0.0, n.weight * 3.0)
            continue
        when = (
            f"dated {event_window[0].isoformat()}"
            if event_window and event_window[0] is not None and event_window[0] == event_window[1]
            else "reported later"
        )
        history.append(n.superseded(
            f"true when written ({describe_written(n.written)}); overtaken by the {attribute.replace('_', ' ')} {when} "
            f"by {', '.join(sorted({o.article for o in win}))}"))
        out.superseded.add(n.index)
        out.score(n, 1.0)
    for o in positives:
        out.score(o, 1.0 if (not disputed or o in win) else 0.7)
    articles = sorted({o.article for o in positives})
    p = 1.0
    for a in articles:
        p *= 1.0 - rel.of(a) * 0.9
    status = "disputed" if disputed else ("confirmed" if any(o.modality == "confirmed" for o in positives) else "estimated")
    explanation = f"{describe(attribute, value)[0].upper() + describe(attribute, value)[1:]}, per {', '.join(articles)}"
    evidence_obs = list(win) + [o for o in positives if o not in win and renewal_date_window(o.value) is None]
    if disputed:
        other = clusters[1]
        explanation = (
            f"Sources disagree on the date: {', '.join(sorted({o.article for o in win}))} say "
            f"{describe(attribute, win[0].value)}, {', '.join(sorted({o.article for o in other}))} say "
            f"{describe(attribute, other[0].value)}; both are shown, neither is merged into the other"
        )
        evidence_obs += other
    if history:
        explanation += "; earlier pages saying otherwise were right when written and are kept as history"
    out.fact = Fact(attribute, status, value, (1.0 - p) * (0.5 if disputed else 1.0),
                    tuple(o.evidence() for o in evidence_obs), tuple(history), explanation + ".")
    return out


def _stage_rank(o: Observation) -> int:
    stage = o.value.get("stage") if isinstance(o.value, dict) else None
    return STAGES.index(stage) if stage in STAGES else -1


def fuse_stage(obs: list[Observation], rel: Reliability, renewal: Fact | None = None) -> Outcome:
    """Production stage: the most advanced stage reported as reached; later plans noted.

    Filming of a season that is over before the season's renewal is dated cannot be
    right (filming cannot precede renewal): such a claim is rejected.
    """
    out = Outcome()
    staged = [o for o in obs if _stage_rank(o) >= 0 and o.modality != "negated"]
    renewed = renewal_start(renewal)
    if renewed is not None:
        kept = []
        for o in staged:
            span = window_of(o.value)
            if o.value.get("stage") == "filming" and span and span[1] is not None and span[1] < renewed[0]:
                out.rejected.append((o, f"filming dated {describe('production_stage', o.value)} ends before the season was "
                                     f"renewed on {renewed[0].isoformat()} (per {renewed[1]}); filming cannot precede renewal"))
                out.score(o, 0.0, o.weight * 2.0)
            else:
                kept.append(o)
        staged = kept
    reached = [o for o in staged if o.modality in FIRM]
    planned = [o for o in staged if o.modality not in FIRM]
    for o in staged:
        out.score(o, 1.0, o.weight * 0.5)
    if not reached and not planned:
        return out
    pool = reached or planned
    top = max(_stage_rank(o) for o in pool)
    current = [o for o in pool if _stage_rank(o) == top]
    begun = [w[0] for o in current if o.value.get("anchor") == "start" for w in [window_of(o.value)] if w and w[0]]
    value = dict(max(current, key=lambda o: (o.value.get("anchor") == "start", rel.of(o.article))).value)
    if begun:
        value["start"] = min(begun).isoformat()  # the earliest page to date the stage's start
    history = tuple(
        o.superseded(f"a stage the production has since moved past ({describe('production_stage', value)} per "
                     f"{', '.join(sorted({c.article for c in current}))})")
        for o in sorted(pool, key=lambda x: (_stage_rank(x), sort_key(x.written)))
        if _stage_rank(o) < top
    )
    later = [o for o in planned if _stage_rank(o) > top]
    articles = sorted({o.article for o in current})
    explanation = f"{value.get('stage')} per {', '.join(articles)}"
    if value.get("start"):
        explanation += f", from {value['start']}"
    if later:
        plans = sorted({f"{o.value.get('text') or o.value.get('stage')} ({o.article})" for o in later})
        explanation += "; expected next: " + "; ".join(plans)
    status = "confirmed" if any(o.modality == "confirmed" for o in current) else "estimated"
    p = 1.0
    for a in articles:
        p *= 1.0 - rel.of(a) * max(MODALITY_WEIGHT.get(o.modality, 0.3) for o in current if o.article == a) * 0.9
    evidence = tuple(o.evidence() for o in current) + tuple(o.evidence() for o in later)
    out.fact = Fact("production_stage", status, value, 1.0 - p, evidence, history, explanation + ".")
    return out


def fuse_presence(attribute: str, obs: list[Observation], rel: Reliability) -> Outcome:
    """Things that exist once released (a trailer): a firm sighting outweighs a denial."""
    out = Outcome()
    positives = [o for o in obs if o.value not in (None, "") and o.modality != "negated"]
    negatives = [o for o in obs if o.modality == "negated" or o.value in (None, "")]
    firm = [o for o in positives if o.modality in FIRM]
    for o in obs:
        out.score(o, 1.0, o.weight * 0.5)
    if firm:
        best = max(firm, key=lambda o: (rel.of(o.article), sort_key(o.written)))
        articles = sorted({o.article for o in firm})
        explanation = f"Reported by {', '.join(articles)}"
        later_denials = [n for n in negatives if not entirely_before(n.written, best.written)]
        if later_denials:
            explanation += "; " + ", ".join(sorted({n.article for n in later_denials})) + " said none was out"
        out.fact = Fact(attribute, "confirmed", best.value, rel.of(best.article) * 0.9,
                        tuple(o.evidence() for o in firm), (), explanation + ".")
    elif negatives:
        latest = max(negatives, key=lambda o: sort_key(o.written))
        out.fact = Fact(attribute, "unannounced", None, min(0.9, rel.of(latest.article)),
                        tuple(n.evidence() for n in negatives), (),
                        f"None announced as of {latest.article} ({describe_written(latest.written)}).")
    elif positives:
        best = max(positives, key=lambda o: sort_key(o.written))
        out.fact = Fact(attribute, "estimated", best.value, rel.of(best.article) * MODALITY_WEIGHT.get(best.modality, 0.3),
                        tuple(o.evidence() for o in positives), (), f"Only expected, per {best.article}.")
    return out
