"""Premiere dates over time: firm dates judged against everything written around them,
estimates as a history in which each newer page overtakes the older ones.

A firm date (confirmed or reported) is rejected when it was false when written:
the same page's own text denies it, pages written at the same time or later still
say no date exists or place the premiere after it, filming is placed after it (a
premiere cannot precede filming), or a better-supported firm date conflicts with it.
An estimate is never "wrong": a newer one supersedes it, with no penalty to its page.
"""

from __future__ import annotations

import re
from datetime import date

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
from airdate.fuse.values import MODALITY_WEIGHT, describe, specificity, width_days, window_contains, windows_overlap
from airdate.models import Fact

FIRM = ("confirmed", "reported")
ESTIMATE = ("expected", "speculative", "conditional")


def _overlap(a: Observation, b: Observation) -> bool:
    """Compatible dates: nested or overlapping windows (a day inside "early 2031" agrees with it)."""
    return a.span is not None and b.span is not None and windows_overlap(a.span, b.span)


def _support(obs: Observation, others: list[Observation], rel: Reliability) -> float:
    """Backing from other pages that give the same date to within a month.

    Vaguer windows ("early 2031") are compatible with every competing day in them,
    so they cannot tell two firm dates apart and do not count here.
    """
    by_article: dict[str, float] = {}
    for o in others:
        if o.article == obs.article or o.modality not in FIRM or width_days(o.span) > 31:
            continue
        if _overlap(o, obs):
            by_article[o.article] = max(by_article.get(o.article, 0.0), rel.of(o.article) * o.weight)
    return sum(by_article.values())


def _filming(season_obs: dict[str, list[Observation]]) -> list[Observation]:
    return [
        o
        for o in season_obs.get("production_stage", [])
        if isinstance(o.value, dict) and o.value.get("stage") == "filming" and o.modality != "negated"
    ]


def _contradictions(
    firm: Observation, obs: list[Observation], filming: list[Observation], rel: Reliability
) -> list[tuple[Observation, str, float]]:
    """Each piece of evidence that the firm date was false when written, with its weight."""
    window = firm.span
    assert window is not None
    lo, hi = window
    found: list[tuple[Observation, str, float]] = []
    for o in obs:
        if o is firm or o.weight <= 0 or (o.article != firm.article and entirely_before(o.written, firm.written)):
            continue  # earlier pages cannot refute it, and a copy adds no voice
        same_page = o.article == firm.article
        if o.modality == "negated":
            if same_page and firm.modality != "confirmed":
                continue  # "no official date, but reports say..." is consistent
            if width_days(window) > 31:
                continue  # "pushed to 2032" and "no new date yet" agree: a year or season is not a date
            what = "the same page says" if same_page else "says"
            found.append((o, f"{what} no date had been announced", rel.of(o.article) * (1.5 if same_page else 1.0)))
            continue
        other = o.span
        if other is None or _overlap(o, firm):
            continue
        if hi is not None and other[0] is not None and other[0] > hi and o.modality in ESTIMATE:
            found.append((o, f"still expected the premiere later ({describe('premiere_date', o.value)})",
                          rel.of(o.article) * MODALITY_WEIGHT.get(o.modality, 0.5) * 1.5))
    for o in filming:
        if o.weight <= 0 or (o.article != firm.article and entirely_before(o.written, firm.written)):
            continue
        film = o.span
        if film is None or hi is None:
            continue
        anchor = o.value.get("anchor")
        if film[0] is not None and film[0] > hi:
            found.append((o, f"places filming in {_span(film)} (a premiere cannot precede filming)",
                          rel.of(o.article) * 1.0))
        elif anchor in ("span", "end") and film[1] is not None and film[1] > hi and o.modality in FIRM:
            found.append((o, f"says filming went on until {film[1].isoformat()}, after that date (a premiere cannot precede filming)",
                          rel.of(o.article) * 1.0))
    return found


def _span(window: tuple) -> str:
    start, end = window
    return f"{start.isoformat() if start else '?'}..{end.isoformat() if end else '?'}"


# Each kind of evidence against a firm date, as a short clause shared by all pages giving it.
_KINDS = (  # (prefix of the contradiction, key, clause for one page, clause for several)
    ("the same page says", "same", "the same page says no date had been announced", ""),
    ("says no date", "denied", "says no date had been announced", "say no date had been announced"),
    ("still expected", "later", "still expected a later premiere", "still expected a later premiere"),
    ("places filming", "filming", "places filming after it", "place filming after it"),
    ("says filming went on until", "until", "", ""),
    ("is before the season was renewed", "renewal", "", ""),
)


def _join(pages: list[str]) -> str:
    return pages[0] if len(pages) == 1 else ", ".join(pages[:-1]) + " and " + pages[-1]


def _delayed_by(firm: Observation, estimates: list[Observation], denying: set[str]) -> Observation | None:
    """A page written wholly after the firm date's page that places the premiere after it
    ("delayed to 2032", "now expected next year"): the date moved, it was not false.
    It must say the date moved, or expect the later date before the firm one came; a page
    that says no date was ever announced (``denying``) denies the date rather than moves it,
    and guesses (speculative, conditional) move nothing unless they say the date moved."""
    if firm.span is None or firm.span[0] is None or firm.span[1] is None:
        return None
    first_day = firm.span[0]
    movers = [
        e for e in estimates
        if e.weight > 0 and e.article != firm.article and e.article not in denying and e.span is not None
        and e.span[0] is not None and e.span[0] > firm.span[1] and entirely_before(firm.written, e.written)
        and (_RESCHEDULED.search(e.claim.quote)
             or (e.modality == "expected" and e.written[1] is not None and e.written[1] < first_day))
    ]
    return max(movers, key=lambda e: sort_key(e.written)) if movers else None


def _kind(why: str) -> str:
    return next((k for prefix, k, _, _ in _KINDS if why.startswith(prefix)), "other")


def _explain_rejection(firm: Observation, contra: list[tuple[Observation, str, float]]) -> str:
    """One sentence saying which pages contradict the date and how, then one short quote per page."""
    what = "a countdown widget" if firm.claim.widget else f"a {firm.modality} date"
    order = {key: i for i, (_, key, _, _) in enumerate(_KINDS)}
    grouped: dict[str, list[Observation]] = {}
    details: dict[str, str] = {}
    named: set[str] = set()  # a page is named once among the soft kinds, under its strongest one
    for o, why, _ in sorted(contra, key=lambda c: order.get(_kind(c[1]), 99)):
        key = _kind(why)
        if key in ("same", "denied", "later") and o.article in named:
            continue
        pages = grouped.setdefault(key, [])
        if all(p.article != o.article for p in pages):
            pages.append(o)
        if key in ("same", "denied", "later"):
            named.add(o.article)
        details.setdefault(key, why)
    clauses: list[str] = []
    last_filming: int | None = None
    for key in sorted(grouped, key=lambda k: order.get(k, 99)):
        names = sorted({o.article for o in grouped[key]})
        kind = next((k for k in _KINDS if k[1] == key), None)
        if key == "same":
            clauses.append(kind[2] if kind else details[key])
        elif key == "denied" and "same" in grouped:
            clauses[-1] += f", as {'does' if len(names) == 1 else 'do'} {_join(names)}"
        elif key == "until":
            clauses.append(f"{_join(names)} {'says' if len(names) == 1 else 'say'} "
                           + details[key].removeprefix("says ").split(", after")[0])
        elif key in ("renewal", "other") or kind is None:
            clauses.append("it " + details[key] if key == "renewal" else details[key])
        else:
            clauses.append(f"{_join(names)} {kind[2] if len(names) == 1 else kind[3]}")
        if key in ("filming", "until"):
            last_filming = len(clauses) - 1
    if last_filming is not None:
        clauses[last_filming] += ", and a premiere cannot precede filming"
    # The strongest quote of each page, the firm date's own page first when it denies itself.
    cited: dict[str, Observation] = {}
    for key in sorted(grouped, key=lambda k: order.get(k, 99)):
        for o in grouped[key]:
            if key != "renewal":
                cited.setdefault(o.article, o)
    sentence = (f"{describe('premiere_date', firm.value)} ({what} on {firm.article}) was false when written: "
                + "; ".join(clauses) + ".")
    if cited:
        sentence += " Sources: " + "; ".join(cite(o, 80) for o in cited.values())
    return sentence


# A sentence that moves a date ("will now open on", "has been pushed to") gives the newer one.
_RESCHEDULED = re.compile(r"\b(?:now|moved|pushed|delayed|postponed|rescheduled|bumped|new (?:release |premiere )?date)\b",
                          re.IGNORECASE)


def _same_pages_first_release(
    clusters: list[list[Observation]], ranked: list[int], weight: list[float]
) -> tuple[list[int], list[int]]:
    """When the dates that tie for the lead all come from the same pages, they are not a
    dispute between sources: a page giving several firm dates for one season names several
    release events (two parts, a broadcast and a streaming date, another region) or a date
    and the one it replaced. The rescheduled date wins if a sentence says it moved, else the
    first release, which is when the season premiered. Returns the new ranking and the
    clusters that are such other releases (empty when the lead is truly disputed)."""
    top = weight[ranked[0]]
    contenders = [i for i in ranked if weight[i] >= 0.8 * top]
    pages = [frozenset(o.article for o in clusters[i] if o.weight > 0) for i in contenders]
    if len(set(pages)) != 1 or not pages[0]:
        return ranked, []

    def start(i: int) -> date:
        return min(o.span[0] or date.max for o in clusters[i] if o.span is not None)

    moved = [i for i in contenders if any(_RESCHEDULED.search(o.claim.quote) for o in clusters[i])]
    lead = max(moved, key=start) if moved else min(contenders, key=start)
    others = [i for i in contenders if i != lead]
    return [lead] + [i for i in ranked if i != lead], others


def fuse_premiere(
    obs: list[Observation], season_obs: dict[str, list[Observation]], rel: Reliability, renewal: Fact | None = None
) -> Outcome:
    out = Outcome()
    positives = [o for o in obs if o.modality != "negated" and o.span is not None]
    negations = [o for o in obs if o.modality == "negated"]
    firm = [o for o in positives if o.modality in FIRM]
    estimates = [o for o in positives if o.modality in ESTIMATE]

    # 1. Judge every firm date against what was written at the same time or later.
    accepted: list[Observation] = []
    filming = _filming(season_obs)
    renewed = renewal_start(renewal)
    delayed: list[tuple[Observation, Observation]] = []  # (older firm date, the newer page that moved it)
    for f in firm:
        later = _delayed_by(f, estimates, {n.article for n in negations})
        if later is not None:
            delayed.append((f, later))  # evolving truth: right when written, overtaken since
            out.superseded.add(f.index)
            out.score(f, 1.0)
            continue
        contra = _contradictions(f, obs, filming, rel)
        if renewed and f.span and f.span[1] is not None and f.span[1] < renewed[0]:
            contra.append((f, f"is before the season was renewed on {renewed[0].isoformat()} (per {renewed[1]}), "
                              "and a season cannot premiere before its renewal", 1.0))
        support = _support(f, firm + estimates, rel) + rel.of(f.article) * f.weight
        against = sum(w for _, _, w in contra)
        if contra and against >= support * 0.75:
            out.rejected.append((f, _explain_rejection(f, contra)))
            out.score(f, 0.0, f.weight * (1.0 if f.claim.widget else 3.0))
            if f.claim.widget:
                out.widget_rejected.add(f.index)
            elif any(o.article != f.article for o, _, _ in contra):
                out.fabricated.add(f.article)
        else:
            accepted.append(f)

    # 2. Firm dates that survive conflict with each other: the better supported one wins.
    if accepted:
        clusters: list[list[Observation]] = []
        for f in sorted(accepted, key=lambda o: -specificity("premiere_date", o.value)):
            home = next((c for c in clusters if _overlap(c[0], f)), None)
            (home.append(f) if home is not None else clusters.append([f]))
        weight = [voices(c, rel) for c in clusters]
        ranked = sorted(range(len(clusters)), key=lambda i: -weight[i])
        newest = max(range(len(clusters)), key=lambda i: max(sort_key(o.written) for o in clusters[i]))
        if all(
            all(entirely_before(o.written, n.written) for o in clusters[i] for n in clusters[newest])
            for i in range(len(clusters)) if i != newest
        ):
            # Every other date was given before the newest one was: a schedule that moved.
            ranked = [newest] + [i for i in ranked if i != newest]
            disputed = False
        else:
            disputed = len(ranked) > 1 and weight[ranked[1]] >= 0.8 * weight[ranked[0]]
        releases: list[int] = []  # other release events the same pages give (parts, regions, platforms)
        if disputed:
            ranked, releases = _same_pages_first_release(clusters, ranked, weight)
            disputed = not releases
        win = clusters[ranked[0]]
        moved: list[Observation] = [f for f, _ in delayed]
        for i in releases:
            for o in clusters[i]:
                out.score(o, 1.0)  # another release event on the same page, not an error
        if len(ranked) > 1 and not disputed:
            for i in ranked[1:]:
                if i in releases:
                    continue
                for o in clusters[i]:
                    if all(entirely_before(o.written, w.written) for w in win):
                        moved.append(o)  # an announced date that later pages moved: history, not error
                        out.superseded.add(o.index)
                        out.score(o, 1.0)
                        continue
                    out.rejected.append((o, f"{describe('premiere_date', o.value)} on {o.article} conflicts with "
                                         f"{describe('premiere_date', win[0].value)}, which more sources give: "
                                         + "; ".join(cite(w, 80) for w in win[:2])))
                    out.score(o, 0.0, o.weight * 2.0)
        best = max(win, key=lambda o: (specificity("premiere_date", o.value), rel.of(o.article)))
        for o in win:
            out.score(o, 1.0)
        supporting = [e for e in estimates if _overlap(e, best)]
        for e in estimates:
            if e in supporting:
                out.score(e, 1.0)
            else:
                out.superseded.add(e.index)
                out.score(e, 1.0, e.weight * 0.5)
        # A firm window wider than a month ("later this year") narrowed by an estimate inside
        # it ("in the autumn") is shown as the narrower estimate, within the firm window.
        narrower = [e for e in supporting if e.weight > 0 and best.span is not None and e.span is not None
                    and window_contains(best.span, e.span) and width_days(e.span) < width_days(best.span)]
        if narrower and width_days(best.span) > 31:
            best = max(narrower, key=lambda o: (specificity("premiere_date", o.value), sort_key(o.written)))
            win = [best] + win  # the shown estimate is cited first
        # Confirmed only to the precision a confirmed page gives: "2032" confirmed and "likely
        # in April" reported make April 2032 an estimate inside a confirmed year.
        confirmed_as_shown = any(o.modality == "confirmed" and width_days(o.span) <= width_days(best.span) for o in win)
        status = "disputed" if disputed else ("confirmed" if confirmed_as_shown else "estimated")
        articles = sorted({o.article for o in win if o.modality in FIRM})
        p = 1.0
        for a in articles:
            p *= 1.0 - rel.of(a) * 0.9
        confidence = (1.0 - p) * (0.6 if disputed else 1.0)
        contradiction = [r for r, _ in out.rejected]
        exact = sorted({o.article for o in win if o.value == best.value})
        looser = sorted({f"{o.article} ({describe('premiere_date', o.value)})" for o in win if o.article not in exact})
        explanation = f"{describe('premiere_date', best.value)} is stated as {best.modality} by {', '.join(exact)}"
        coarser = sorted({f"{describe('premiere_date', o.value)} ({o.article})" for o in win
                          if o.modality == "confirmed" and width_days(o.span) > width_days(best.span)})
        if coarser and not confirmed_as_shown:
            explanation += f"; confirmed only as {', '.join(coarser)}"
        if looser:
            explanation += f"; compatible, less precise: {', '.join(looser)}"
        if releases:
            explanation += "; the same page(s) also give " + ", ".join(
                describe("premiere_date", clusters[i][0].value) for i in releases
            ) + (" (the date it replaced)" if _RESCHEDULED.search(best.claim.quote) else " (a later part, region or platform)")
        if disputed:
            other = clusters[ranked[1]][0]
            explanation = (f"Sources disagree: {', '.join(articles)} give {describe('premiere_date', best.value)}, "
                           f"{other.article} gives {describe('premiere_date', other.value)}")
        if contradiction:
            explanation += "; rejected: " + ", ".join(
                f"{describe('premiere_date', r.value)} ({r.article}"
                + (", which contradicts itself" if r.article in articles else "") + ")"
                for r in contradiction
            )
        evidence = tuple(o.evidence() for o in win + (clusters[ranked[1]] if disputed else []))
        superseded = tuple(
            e.superseded(f"overtaken by the firm date {describe('premiere_date', best.value)}")
            for e in sorted(estimates + moved, key=lambda o: sort_key(o.written))
            if e.index in out.superseded
        )
        out.fact = Fact("premiere_date", status, best.value, confidence, evidence, superseded, explanation + ".")
        for n in negations:
            superseded_by_date = not entirely_before(best.written, n.written)
            out.score(n, 1.0 if superseded_by_date else 0.5)
        return out

    # 3. No firm date: the newest page's estimate is current, older ones are history.
    if any(e.weight > 0 for e in estimates):
        by_page: dict[str, list[Observation]] = {}
        for e in estimates:
            if e.weight <= 0:
                out.score(e, 1.0, 0.0)  # a copy of an earlier page's estimate is not a new step
                continue
            by_page.setdefault(e.article, []).append(e)
        # Within one page, nested estimates collapse to the most specific ("early 2031" within "next year").
        page_best: list[Observation] = []
        for items in by_page.values():
            items.sort(key=lambda o: (width_days(o.span), -MODALITY_WEIGHT.get(o.modality, 0)))
            page_best.append(items[0])
            for o in items[1:]:
                out.score(o, 1.0)
        page_best.sort(key=lambda o: sort_key(o.written))
        current = page_best[-1]
        history = [
            f.superseded(f"moved: {describe('premiere_date', later.value)} per {later.article}, "
                         f"{describe_written(later.written)}; it was right when written")
            for f, later in sorted(delayed, key=lambda d: sort_key(d[0].written))
        ]
        for older in page_best[:-1]:
            newer = page_best[page_best.index(older) + 1]
            same = _overlap(older, current)
            reason = (
                f"overtaken by {describe('premiere_date', newer.value)} from {newer.article}, "
                f"{describe_written(newer.written)}; it was a fair estimate when written"
            )
            if not same:
                out.superseded.add(older.index)
            history.append(older.superseded(reason))
            out.score(older, 1.0)
        out.score(current, 1.0)
        agree = [o for o in page_best if _overlap(o, current)]
        confidence = min(0.9, rel.of(current.article) * MODALITY_WEIGHT.get(current.modality, 0.3) + 0.1 * (len(agree) - 1))
        steps = " -> ".join(describe("premiere_date", o.value) + f" ({o.article})" for o in page_best)
        explanation = (
            f"No firm date survives; the newest estimate is {describe('premiere_date', current.value)} "
            f"({current.modality}, {current.article}, {describe_written(current.written)})"
        )
        if len(page_best) > 1:
            explanation += f"; estimates over time: {steps}"
        if out.rejected:
            explanation += "; rejected: " + ", ".join(f"{describe('premiere_date', r.value)} ({r.article})" for r, _ in out.rejected)
        evidence = (current.evidence(),) + tuple(n.evidence() for n in negations if n.article == current.article)
        out.fact = Fact("premiere_date", "estimated", current.value, confidence, evidence, tuple(history), explanation + ".")
        for n in negations:
            out.score(n, 1.0)
        return out

    if negations:
        latest = max(negations, key=lambda o: sort_key(o.written))
        for n in negations:
            out.score(n, 1.0)
        explanation = f"No date has been announced, as {', '.join(sorted({n.article for n in negations}))} say"
        if out.rejected:
            explanation += "; rejected: " + ", ".join(f"{describe('premiere_date', r.value)} ({r.article})" for r, _ in out.rejected)
        out.fact = Fact("premiere_date", "unannounced", None, min(0.95, rel.of(latest.article)),
                        tuple(n.evidence() for n in negations), (), explanation + ".")
    elif out.rejected:
        out.fact = Fact("premiere_date", "unknown", None, 0.0, (), (),
                        "Every date given was rejected: " + ", ".join(f"{describe('premiere_date', r.value)} ({r.article})" for r, _ in out.rejected) + ".")
    return out
