"""Scoring of extracted claims against gold labels, exactly as ``shared/eval/SCORING.md`` fixes it.

Pure functions over plain JSON-shaped claims, so the CLI, the tests and the bench
all score the same way.
"""

from __future__ import annotations

import calendar
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from rapidfuzz import fuzz

from airdate.normalize import fold, person_key, title_key

FUZZY_THRESHOLD = 90
VIEWERSHIP_TOLERANCE = 0.01
DATE_KINDS = ("premiere_date",)
NAME_KINDS = ("cast_member", "director", "writer", "production_company", "platform")


# ---------------------------------------------------------------- dates


def _days_of(text: Any) -> tuple[date, date] | None:
    """The days an ISO date names: "2022-12-05" one day, a reduced "2022-12" or "2022" its whole month or year."""
    if not isinstance(text, str):
        return None
    try:
        if re.fullmatch(r"\d{4}-\d{2}", text):
            year, month = int(text[:4]), int(text[5:7])
            return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
        if re.fullmatch(r"\d{4}", text):
            return date(int(text), 1, 1), date(int(text), 12, 31)
        day = date.fromisoformat(text[:10])
    except ValueError:
        return None
    return day, day


def _day(text: Any, last: bool = False) -> date | None:
    days = _days_of(text)
    return None if days is None else days[1 if last else 0]


def as_days(value: Any) -> tuple[date, date] | None:
    """A day-interval for a date value ("YYYY-MM-DD", a reduced "YYYY-MM", or {start, end}); an open bound counts as the other."""
    if isinstance(value, str):
        return _days_of(value)
    if isinstance(value, Mapping):
        start, end = _day(value.get("start")), _day(value.get("end"), last=True)
        start = start or end
        end = end or start
        if start is None or end is None:
            return None
        return (start, end) if start <= end else (end, start)
    return None


def day_iou(a: tuple[date, date], b: tuple[date, date]) -> float:
    inter = (min(a[1], b[1]) - max(a[0], b[0])).days + 1
    if inter <= 0:
        return 0.0
    union = (max(a[1], b[1]) - min(a[0], b[0])).days + 1
    return inter / union


def dates_match(gold: Any, pred: Any, strict: bool) -> float:
    """Match strength in [0, 1] for two date values; 0 means no match."""
    g, p = as_days(gold), as_days(pred)
    if g is None or p is None:
        return 0.0
    if strict:
        return 1.0 if g == p else 0.0
    iou = day_iou(g, p)
    return iou if iou >= 0.5 else 0.0


# ---------------------------------------------------------------- names


def names_match(a: Any, b: Any) -> bool:
    if not isinstance(a, str) or not isinstance(b, str):
        return False
    if person_key(a) == person_key(b) or fold(a).replace(" ", "") == fold(b).replace(" ", ""):
        return True
    return fuzz.token_set_ratio(fold(a), fold(b)) >= FUZZY_THRESHOLD


def subjects_match(a: str, b: str) -> bool:
    if title_key(a) == title_key(b):
        return True
    return fuzz.token_set_ratio(title_key(a), title_key(b)) >= FUZZY_THRESHOLD


# ---------------------------------------------------------------- values


def value_match(attribute: str, gold: Any, pred: Any, pred_modality: str, strict: bool) -> float:
    """How well ``pred`` matches ``gold`` for one attribute; 0 means no match."""
    if gold is None:
        return 1.0 if pred_modality == "negated" else 0.0
    if pred is None:
        return 0.0
    if attribute in DATE_KINDS:
        return dates_match(gold, pred, strict)
    if attribute in NAME_KINDS:
        return 1.0 if names_match(gold, pred) else 0.0
    if attribute == "character":
        if not isinstance(gold, Mapping) or not isinstance(pred, Mapping):
            return 0.0
        if not names_match(gold.get("name"), pred.get("name")):
            return 0.0
        if gold.get("played_by") and pred.get("played_by"):
            return 1.0 if names_match(gold["played_by"], pred["played_by"]) else 0.0
        return 1.0
    if attribute in ("renewal", "cancellation") and isinstance(gold, Mapping) and isinstance(pred, Mapping):
        if "renewed" in gold and bool(gold.get("renewed")) != bool(pred.get("renewed")):
            return 0.0
        if gold.get("date") and pred.get("date"):
            return dates_match(gold["date"], pred["date"], strict)
        return 1.0
    if attribute == "production_stage" and isinstance(gold, Mapping) and isinstance(pred, Mapping):
        if gold.get("stage") != pred.get("stage"):
            return 0.0
        g, p = as_days(gold), as_days(pred)
        if g is None or p is None:
            return 1.0
        if strict:
            return 1.0 if g == p else 0.0
        return 1.0 if day_iou(g, p) > 0 else 0.0
    if attribute == "viewership" and isinstance(gold, Mapping) and isinstance(pred, Mapping):
        ga, pa = gold.get("amount"), pred.get("amount")
        if not isinstance(ga, (int, float)) or not isinstance(pa, (int, float)) or not ga:
            return 0.0
        if abs(ga - pa) > VIEWERSHIP_TOLERANCE * abs(ga):
            return 0.0
        return 1.0 if fold(str(gold.get("unit"))) == fold(str(pred.get("unit"))) else 0.0
    if attribute == "based_on" and isinstance(gold, Mapping) and isinstance(pred, Mapping):
        gt, pt = gold.get("title"), pred.get("title")
        if gt and pt:
            return 1.0 if names_match(gt, pt) else 0.0
        return 1.0
    # trailer, other, episode_count and anything unforeseen: attribute and season alone
    return 1.0


def claims_match(gold: Mapping[str, Any], pred: Mapping[str, Any], strict: bool) -> float:
    if gold.get("attribute") != pred.get("attribute") or gold.get("season") != pred.get("season"):
        return 0.0
    if not subjects_match(str(gold.get("subject", "")), str(pred.get("subject", ""))):
        return 0.0
    return value_match(str(gold["attribute"]), gold.get("value"), pred.get("value"), str(pred.get("modality")), strict)


# ---------------------------------------------------------------- per article


def dedupe_predictions(preds: Iterable[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """Predictions with the same subject, season, attribute and value count once."""
    seen: set[tuple[str, Any, Any, str]] = set()
    out: list[Mapping[str, Any]] = []
    for pred in preds:
        key = (
            title_key(str(pred.get("subject", ""))),
            pred.get("season"),
            pred.get("attribute"),
            json.dumps(pred.get("value"), sort_keys=True, default=str),
        )
        if key not in seen:
            seen.add(key)
            out.append(pred)
    return out


@dataclass
class ArticleScore:
    """Matched pairs of one article, as indexes into its gold and (deduplicated) predicted claims."""

    gold: list[Mapping[str, Any]]
    predicted: list[Mapping[str, Any]]
    pairs: list[tuple[int, int]] = field(default_factory=list)


def match_article(
    gold: Sequence[Mapping[str, Any]], predicted: Sequence[Mapping[str, Any]], strict: bool
) -> ArticleScore:
    """One-to-one matching, best pairs first (strength, then equal modality, then order)."""
    preds = dedupe_predictions(predicted)
    candidates: list[tuple[float, int, int, int]] = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(preds):
            strength = claims_match(g, p, strict)
            if strength > 0:
                same_modality = 1 if g.get("modality") == p.get("modality") else 0
                candidates.append((strength, same_modality, gi, pi))
    candidates.sort(key=lambda c: (-c[0], -c[1], c[2], c[3]))
    used_g: set[int] = set()
    used_p: set[int] = set()
    score = ArticleScore(list(gold), preds)
    for _, _, gi, pi in candidates:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        score.pairs.append((gi, pi))
    return score


# ---------------------------------------------------------------- boilerplate


_SPACE = re.compile(r"\s+")


def boilerplate_block_spans(text: str, blocks: Sequence[str]) -> list[tuple[int, int] | None]:
    """Where each gold boilerplate block (its first ~8 words) sits in ``text``: from its start to the paragraph end.

    ``None`` when a block cannot be found.
    """
    collapsed: list[str] = []
    origin: list[int] = []
    previous_space = False
    for i, ch in enumerate(text):
        if ch.isspace():
            if previous_space:
                continue
            collapsed.append(" ")
            previous_space = True
        else:
            collapsed.append(ch)
            previous_space = False
        origin.append(i)
    flat = "".join(collapsed)
    spans: list[tuple[int, int] | None] = []
    for block in blocks:
        needle = _SPACE.sub(" ", block).strip()
        at = flat.find(needle) if needle else -1
        if at < 0:
            spans.append(None)
            continue
        start = origin[at]
        prefix_end = origin[at + len(needle) - 1] + 1
        paragraph_end = text.find("\n\n", prefix_end)
        spans.append((start, len(text) if paragraph_end < 0 else paragraph_end))
    return spans


def blocks_without_claims(text: str, blocks: Sequence[str], spans: Sequence[tuple[int, int]]) -> tuple[int, int]:
    """(blocks that produced no claim, blocks found) for one article; ``spans`` are the claims' spans."""
    clean = found = 0
    for block in boilerplate_block_spans(text, blocks):
        if block is None:
            continue
        found += 1
        if not any(block[0] <= s < block[1] or s <= block[0] < e for s, e in spans):
            clean += 1
    return clean, found


# ---------------------------------------------------------------- totals


def prf(matched_pred: int, predicted: int, matched_gold: int, gold: int) -> dict[str, float]:
    precision = matched_pred / predicted if predicted else 0.0
    recall = matched_gold / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def score_articles(articles: Sequence[tuple[Sequence[Mapping[str, Any]], Sequence[Mapping[str, Any]]]]) -> dict[str, Any]:
    """The documented figures over (gold claims, predicted claims) per article."""
    relaxed = [match_article(g, p, strict=False) for g, p in articles]
    strict = [match_article(g, p, strict=True) for g, p in articles]

    def micro(scores: list[ArticleScore]) -> dict[str, float]:
        m = sum(len(s.pairs) for s in scores)
        return prf(m, sum(len(s.predicted) for s in scores), m, sum(len(s.gold) for s in scores))

    by_attribute: dict[str, dict[str, Any]] = {}
    attributes = sorted(
        {str(c["attribute"]) for s in relaxed for c in s.gold} | {str(c["attribute"]) for s in relaxed for c in s.predicted}
    )
    for attribute in attributes:
        gold_n = sum(1 for s in relaxed for c in s.gold if c["attribute"] == attribute)
        pred_n = sum(1 for s in relaxed for c in s.predicted if c["attribute"] == attribute)
        m = sum(1 for s in relaxed for gi, _ in s.pairs if s.gold[gi]["attribute"] == attribute)
        by_attribute[attribute] = {**prf(m, pred_n, m, gold_n), "gold": gold_n, "predicted": pred_n}

    pairs = [(s.gold[gi], s.predicted[pi]) for s in relaxed for gi, pi in s.pairs]
    same = sum(1 for g, p in pairs if g.get("modality") == p.get("modality"))
    return {
        "micro": micro(relaxed),
        "strict": micro(strict),
        "by_attribute": by_attribute,
        "modality_accuracy": round(same / len(pairs), 4) if pairs else 0.0,
        "articles": len(articles),
    }
