"""Set-valued credits (cast, characters, directors, platforms), static single values
(viewership, source material, episode count) and free notes.

Name variants of one person or character are one element; the spelling shown is the
one the pages use most often in their text. An element named only by a page whose
firm claims were refuted by others is not taken on that page's word.
"""

from __future__ import annotations

from collections import Counter

from airdate.fuse.context import Observation, Outcome, Reliability
from airdate.fuse.values import (
    MODALITY_WEIGHT,
    compatible,
    describe,
    merge_objects,
    name_of,
    same_element,
    specificity,
)
from airdate.models import Fact
from airdate.normalize import name_parts

FIRM = ("confirmed", "reported")
# Single-valued attributes where a page may name several true values at once (where to watch).
CO_VALUED = ("platform",)


def _noisy_or(obs: list[Observation], rel: Reliability) -> float:
    per_article: dict[str, float] = {}
    for o in obs:
        share = rel.of(o.article) * MODALITY_WEIGHT.get(o.modality, 0.3) * (1.0 if o.weight > 0 else 0.0)
        per_article[o.article] = max(per_article.get(o.article, 0.0), share)
    p = 1.0
    for share in per_article.values():
        p *= 1.0 - min(share, 0.97)
    return 1.0 - p


def _spelling(attribute: str, members: list[Observation], attestation: Counter) -> str | None:
    names = [n for o in members for n in [name_of(attribute, o.value)] if n]
    if not names:
        return None
    counts = Counter(names)
    # The fullest form first (a dropped family name is a shortening, not a rival), then the
    # spelling the pages use most often, in claims and in their running text.
    return max(counts, key=lambda n: (len(name_parts(n)), counts[n] + attestation.get(n, 0), len(n), n))


def fuse_set(attribute: str, obs: list[Observation], rel: Reliability, attestation: Counter) -> Outcome:
    out = Outcome()
    positives = [o for o in obs if o.modality != "negated" and o.value not in (None, "")]
    negatives = [o for o in obs if o.modality == "negated" or o.value in (None, "")]
    elements: list[list[Observation]] = []
    for o in positives:
        home = next((e for e in elements if same_element(attribute, e[0].value, o.value)), None)
        (home.append(o) if home is not None else elements.append([o]))
    kept: list[tuple[object, list[Observation], float]] = []
    doubtful: list[tuple[str, list[Observation]]] = []
    for members in elements:
        articles = {o.article for o in members}
        p = _noisy_or(members, rel)
        lone_refuted = len(articles) == 1 and next(iter(articles)) in rel.flagged_fabricated
        name = _spelling(attribute, members, attestation)
        if lone_refuted or p < 0.2:
            doubtful.append((name or describe(attribute, members[0].value), members))
            for o in members:
                out.score(o, 0.3, o.weight * 0.5)
            continue
        value = members[0].value
        if attribute == "character":
            actors = Counter(o.value.get("played_by") for o in members if isinstance(o.value, dict) and o.value.get("played_by"))
            actor = max(actors, key=lambda a: (actors[a], attestation.get(a, 0))) if actors else None
            value = {"name": name, "played_by": actor}
        elif name is not None:
            value = name
        kept.append((value, members, p))
        for o in members:
            out.score(o, 1.0, o.weight * (1.0 if len(articles) > 1 else 0.3))
    for n in negatives:
        out.score(n, 1.0, n.weight * 0.5)
    if not kept and not negatives:
        return out
    if not kept:
        note = f"; doubtful: {', '.join(sorted(d for d, _ in doubtful))}" if doubtful else ""
        out.fact = Fact(attribute, "unannounced", None, 0.8, tuple(n.evidence() for n in negatives), (),
                        f"Not announced, per {', '.join(sorted({n.article for n in negatives}))}{note}.")
        return out
    firm = any(o.modality in FIRM for _, members, _ in kept for o in members)
    kept.sort(key=lambda k: -k[2])
    values = [v for v, _, _ in kept]
    evidence = tuple(o.evidence() for _, members, _ in kept for o in members)
    parts = []
    for value, members, p in kept:
        arts = sorted({o.article for o in members})
        parts.append(f"{describe(attribute, value)} ({', '.join(arts)})")
    explanation = f"{attribute.replace('_', ' ')}: " + "; ".join(parts)
    single_actor = [
        (v, m) for v, m, _ in kept
        if attribute == "character" and isinstance(v, dict) and v.get("played_by")
        and len({o.article for o in m if isinstance(o.value, dict) and o.value.get("played_by")}) == 1
    ]
    if single_actor:
        explanation += "; actor named by one page only: " + ", ".join(
            f"{v['played_by']} as {v['name']} ({next(o.article for o in m if o.value.get('played_by'))})" for v, m in single_actor
        )
    if doubtful:
        explanation += "; not accepted (named only by a page whose firm claims others refute, or too weakly): " + ", ".join(
            f"{d} ({', '.join(sorted({o.article for o in m}))})" for d, m in doubtful
        )
    if negatives and not firm:
        explanation += f"; {', '.join(sorted({n.article for n in negatives}))} say nothing is confirmed"
    confidence = sum(p for _, _, p in kept) / len(kept)
    out.fact = Fact(attribute, "confirmed" if firm else "estimated", values, confidence, evidence, (), explanation + ".")
    return out


def fuse_single(attribute: str, obs: list[Observation], rel: Reliability) -> Outcome:
    """One static value (viewership, source material, episode count): compatible restatements agree."""
    out = Outcome()
    positives = [o for o in obs if o.modality != "negated" and o.value not in (None, "")]
    negatives = [o for o in obs if o not in positives]
    clusters: list[list[Observation]] = []
    for o in sorted(positives, key=lambda x: -specificity(attribute, x.value)):
        home = next((c for c in clusters if all(compatible(attribute, m.value, o.value) for m in c)), None)
        (home.append(o) if home is not None else clusters.append([o]))
    if not clusters:
        if negatives:
            out.fact = Fact(attribute, "unannounced", None, 0.7, tuple(n.evidence() for n in negatives), (),
                            f"Not announced, per {', '.join(sorted({n.article for n in negatives}))}.")
            for n in negatives:
                out.score(n, 1.0, n.weight * 0.5)
        return out
    scored = sorted(clusters, key=lambda c: -_noisy_or(c, rel))
    win = scored[0]
    p_win = _noisy_or(win, rel)
    runner = _noisy_or(scored[1], rel) if len(scored) > 1 else 0.0
    disputed = runner >= 0.8 * p_win and len(scored) > 1
    arts_win = {o.article for o in win}
    if attribute in CO_VALUED and disputed:
        # A page naming two homes for one season (a network and its streamer, a simulcast,
        # another region) is not contradicting itself: only a value whose pages never name
        # the winner can dispute it.
        disputed = any(_noisy_or(c, rel) >= 0.8 * p_win and not {o.article for o in c} & arts_win for c in scored[1:])
    value = merge_objects([o.value for o in win]) if isinstance(win[0].value, dict) else win[0].value
    for o in win:
        out.score(o, 1.0)
    for c in scored[1:]:
        also_true = attribute in CO_VALUED and not disputed
        for o in c:
            out.score(o, 1.0 if also_true else (0.5 if disputed else 0.2), o.weight * 0.5)
    arts = sorted({o.article for o in win})
    explanation = f"{describe(attribute, value)}, per {', '.join(arts)}"
    if len(win) > 1:
        explanation += f" ({len(win)} compatible statements, the most specific kept)"
    if len(scored) > 1:
        explanation += ("; also named: " if attribute in CO_VALUED and not disputed else "; other values: ") + ", ".join(
            f"{describe(attribute, c[0].value)} ({', '.join(sorted({o.article for o in c}))})" for c in scored[1:]
        )
    status = "disputed" if disputed else ("confirmed" if any(o.modality == "confirmed" for o in win) else "estimated")
    evidence = tuple(o.evidence() for o in win) + (tuple(o.evidence() for c in scored[1:] for o in c) if disputed else ())
    out.fact = Fact(attribute, status, value, p_win * (0.5 if disputed else 1.0), evidence, (), explanation + ".")
    return out


def fuse_notes(attribute: str, obs: list[Observation], rel: Reliability) -> Outcome:
    """Free paraphrases: listed with their sources, one entry per distinct note."""
    out = Outcome()
    seen: dict[str, Observation] = {}
    for o in obs:
        if isinstance(o.value, str) and o.value.strip():
            seen.setdefault(" ".join(o.value.lower().split()), o)
        out.score(o, 1.0, 0.0)
    if not seen:
        return out
    notes = list(seen.values())
    firm = any(o.modality in FIRM for o in notes)
    out.fact = Fact(attribute, "confirmed" if firm else "estimated", [o.value for o in notes],
                    max(rel.of(o.article) * MODALITY_WEIGHT.get(o.modality, 0.3) for o in notes),
                    tuple(o.evidence() for o in notes), (),
                    f"{len(notes)} note(s) from {', '.join(sorted({o.article for o in notes}))}, listed as stated.")
    return out
