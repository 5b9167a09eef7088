"""How well ``infer_writing_window`` fits labelled pages (gold ``published_estimate`` windows).

Three figures: the share of pages whose window contains the gold window; the median ratio of
window width to gold width (an open window counts as infinitely wide, so a page left open
pushes the median up); and the share of pages with a dateline whose window is the gold
window exactly.
"""

from __future__ import annotations

import json
import math
import statistics
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from airdate.ingest import RawPage, to_document
from airdate.models import WritingWindow
from airdate.timex.datelines import datelines
from airdate.timex.window import infer_writing_window


@dataclass(frozen=True)
class WindowFit:
    article: str
    window: WritingWindow
    gold: tuple[date, date]
    has_dateline: bool

    @property
    def contains(self) -> bool:
        w = self.window
        return w.start is not None and w.end is not None and w.start <= self.gold[0] and self.gold[1] <= w.end

    @property
    def exact(self) -> bool:
        return (self.window.start, self.window.end) == self.gold

    @property
    def width_ratio(self) -> float:
        if self.window.start is None or self.window.end is None:
            return math.inf
        return ((self.window.end - self.window.start).days + 1) / ((self.gold[1] - self.gold[0]).days + 1)


def fit_pages(folder: Path) -> list[WindowFit]:
    """Each page of ``folder`` named by a gold file in ``folder/gold`` (keys article, published_estimate)."""
    fits: list[WindowFit] = []
    for gold_file in sorted((folder / "gold").glob("*.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        estimate = gold.get("published_estimate") or {}
        if not estimate.get("start") or not estimate.get("end"):
            continue
        path = folder / gold["article"]
        document, _ = to_document(RawPage(source=path.name, name=path.name, data=path.read_bytes()))
        fits.append(WindowFit(path.name, infer_writing_window(document),
                              (date.fromisoformat(estimate["start"]), date.fromisoformat(estimate["end"])),
                              bool(datelines(document.text))))
    return fits


def window_figures(fits: list[WindowFit]) -> dict[str, float]:
    dated = [f for f in fits if f.has_dateline]
    return {
        "pages": len(fits),
        "contained": round(sum(f.contains for f in fits) / len(fits), 4) if fits else 0.0,
        "median_width_ratio": round(statistics.median(f.width_ratio for f in fits), 4) if fits else math.inf,
        "dateline_pages": len(dated),
        "dateline_exact": round(sum(f.exact for f in dated) / len(dated), 4) if dated else 1.0,
    }
