"""Which claims are about the same title: spellings, aliases and misspellings meet."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from airdate.models import Claim
from airdate.normalize import same_title, title_key


def group_titles(claims: Sequence[Claim]) -> dict[str, tuple[str, tuple[str, ...]]]:
    """Map every subject spelling to (display title, all spellings of that title).

    Spellings are clustered with ``same_title`` (exact key first, then fuzzy), the most
    frequent spellings seeding clusters; the display title is the most common spelling.
    """
    counts = Counter(c.subject.strip() for c in claims if c.subject and c.subject.strip())
    clusters: list[list[str]] = []
    by_key: dict[str, list[str]] = {}
    for subject, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        key = title_key(subject)
        home = by_key.get(key)
        if home is None:
            home = next((c for c in clusters if same_title(c[0], subject)), None)
        if home is None:
            home = []
            clusters.append(home)
        home.append(subject)
        by_key.setdefault(key, home)
    out: dict[str, tuple[str, tuple[str, ...]]] = {}
    for members in clusters:
        display = max(members, key=lambda s: (counts[s], s))
        spellings = tuple(sorted(members))
        for m in members:
            out[m] = (display, spellings)
    return out
