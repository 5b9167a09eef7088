"""Load the seed gold labels as Claim objects and their writing windows (test helper)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from airdate.models import Claim, WritingWindow

SHARED = Path(__file__).resolve().parents[3] / ".." / "shared"
GOLD = SHARED / "seeds" / "gold"


def gold_claims() -> tuple[list[Claim], dict[str, WritingWindow]]:
    claims: list[Claim] = []
    windows: dict[str, WritingWindow] = {}
    for path in sorted(GOLD.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        article = data["article"]
        est = data["published_estimate"]
        windows[article] = WritingWindow(date.fromisoformat(est["start"]), date.fromisoformat(est["end"]))
        for c in data["claims"]:
            claims.append(
                Claim(
                    article=article,
                    subject=c["subject"],
                    season=c["season"],
                    attribute=c["attribute"],
                    value=c["value"],
                    modality=c["modality"],
                    quote=c["quote"],
                    condition=c.get("condition"),
                    also_quotes=tuple(c.get("also_quotes", ())),
                    # The labels mark the countdown widget in their note; the extractor sets the flag.
                    widget=bool(c.get("widget")) or "widget" in (c.get("note") or "").lower(),
                )
            )
    return claims, windows
