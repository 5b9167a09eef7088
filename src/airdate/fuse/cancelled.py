"""A cancelled season: the cancellation overtakes older estimates and renewal hopes.

Pages written before a cancellation still guess at a premiere or say the season "has
not been renewed yet"; once a page reports the cancellation, those are history, not the
current answer. The premiere and renewal facts of the season then say "cancelled", with
the older values kept as superseded. A renewal dated after the cancellation (a rival
streamer saving the show) overtakes the cancellation in turn.
"""

from __future__ import annotations

from datetime import date

from airdate.fuse.values import describe, renewal_date_window
from airdate.models import Fact, Superseded

CANCELLED = "cancelled"


def _latest_written(fact: Fact) -> date | None:
    ends = [e.written.get("end") or e.written.get("start") for e in fact.evidence if e.written]
    days = [date.fromisoformat(d[:10]) for d in ends if d]
    return max(days) if days else None


def _cancellation_stands(cancel: Fact, renewal: Fact | None) -> bool | None:
    """True when the cancellation is the newest word, False when a renewal came after it
    (the show was saved), None when the two cannot be ordered."""
    if renewal is None or renewal.status != "confirmed" or not isinstance(renewal.value, dict) or not renewal.value.get("renewed"):
        return True
    cw, rw = renewal_date_window(cancel.value), renewal_date_window(renewal.value)
    if cw and rw and cw[1] is not None and rw[0] is not None and rw[0] > cw[1]:
        return False
    if cw and rw and cw[0] is not None and rw[1] is not None and rw[1] < cw[0]:
        return True  # renewed before it was cancelled
    # Events not ordered by their dates: the one reported by the newer page is current;
    # one page telling both ("the canceled show was picked up") does not say which came last.
    cl, rl = _latest_written(cancel), _latest_written(renewal)
    if cl is None or rl is None or cl == rl:
        return None
    return cl > rl


def _filming_since(stage: Fact | None, cancel: Fact) -> bool:
    """A season reported as filming (or past it) by a page no older than the cancellation's
    was not cancelled after all, or was saved: a cancelled season does not go before cameras."""
    if stage is None or stage.status != "confirmed" or not isinstance(stage.value, dict):
        return False
    if stage.value.get("stage") not in ("filming", "post-production"):
        return False
    sl, cl = _latest_written(stage), _latest_written(cancel)
    return sl is None or cl is None or sl >= cl


def _history(old: Fact, reason: str) -> tuple[Superseded, ...]:
    """The old fact's history plus its own value, unless that value already said no
    (a "will not return" renewal agrees with the cancellation; it is not overtaken)."""
    said_no = old.value is None or (isinstance(old.value, dict) and old.value.get("renewed") is False)
    current = () if said_no else tuple(Superseded(old.value, e.article, e.quote, e.written, reason) for e in old.evidence[:1])
    return old.superseded + current


def apply_cancellation(facts: list[Fact]) -> list[Fact]:
    """The season's facts with premiere and renewal overtaken by a standing cancellation."""
    by_attribute = {f.attribute: f for f in facts}
    cancel = by_attribute.get("cancellation")
    if (
        cancel is None
        or cancel.status != "confirmed"  # a rumoured cancellation overtakes nothing
        or not isinstance(cancel.value, dict)
        or cancel.value.get("cancelled") is False
    ):
        return facts
    renewal = by_attribute.get("renewal")
    stands = _cancellation_stands(cancel, renewal)
    if stands is None or (stands and _filming_since(by_attribute.get("production_stage"), cancel)):
        return facts
    if not stands:
        saved = replace_explanation(cancel, f" Overtaken: {describe('renewal', renewal.value) if renewal else 'renewed'} later.")
        return [saved if f is cancel else f for f in facts]
    when = renewal_date_window(cancel.value)
    on = f" on {when[0].isoformat()}" if when and when[0] is not None and when[0] == when[1] else ""
    pages = ", ".join(sorted({e.article for e in cancel.evidence}))
    said = f"Cancelled{on}, per {pages}"
    out: list[Fact] = []
    for f in facts:
        if f.attribute == "premiere_date" and not _aired_before(f, when):
            reason = f"overtaken by the cancellation{on} ({pages})"
            f = Fact("premiere_date", CANCELLED, None, cancel.confidence, cancel.evidence, _history(f, reason),
                     f"{said}; no premiere is to come. Before it: {f.explanation}")
        elif f.attribute == "renewal":
            reason = f"overtaken by the cancellation{on} ({pages})"
            f = Fact("renewal", CANCELLED, {"renewed": False, "date": None, "event": None}, cancel.confidence,
                     cancel.evidence, _history(f, reason), f"{said}. Before it: {f.explanation}")
        out.append(f)
    if "premiere_date" not in by_attribute:
        out.insert(0, Fact("premiere_date", CANCELLED, None, cancel.confidence, cancel.evidence, (),
                           f"{said}; no premiere is to come."))
    return out


def _aired_before(premiere: Fact, cancelled: tuple[date | None, date | None] | None) -> bool:
    """A confirmed premiere stays: the season aired before it was cancelled, or was saved
    and aired after; only a premiere dated after a dated cancellation is overtaken."""
    if premiere.status != "confirmed":
        return False
    if cancelled is None or cancelled[1] is None:
        return True
    value = premiere.value
    day = value if isinstance(value, str) else (value.get("start") if isinstance(value, dict) else None)
    try:
        return day is None or date.fromisoformat(str(day)[:10]) <= cancelled[1]
    except ValueError:
        return True


def replace_explanation(fact: Fact, extra: str) -> Fact:
    return Fact(fact.attribute, fact.status, fact.value, fact.confidence, fact.evidence, fact.superseded,
                (fact.explanation + extra).strip())
