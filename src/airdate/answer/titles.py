"""Forgiving title lookup: case, a leading "The", small typos and known aliases."""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz, process

from airdate.models import FusionResult
from airdate.normalize import fold, title_key


class TitleNotFound(LookupError):
    """No stored title matches; the message suggests the closest ones."""

    def __init__(self, query: str, suggestions: list[str]) -> None:
        self.query = query
        self.suggestions = suggestions
        hint = f" Did you mean {', '.join(repr(s) for s in suggestions)}?" if suggestions else ""
        super().__init__(
            f"No title matching {query!r} is stored.{hint} Run `airdate ingest` on pages about it first, or check the spelling."
        )


@dataclass(frozen=True)
class KnownTitle:
    title: str
    key: str
    aliases: tuple[str, ...]
    seasons: tuple[int | None, ...]


def known_titles(results: list[FusionResult]) -> list[KnownTitle]:
    grouped: dict[str, list[FusionResult]] = {}
    for result in results:
        grouped.setdefault(title_key(result.title), []).append(result)
    titles = []
    for key, group in grouped.items():
        names = {r.title for r in group} | {a for r in group for a in r.aliases}
        main = max((r.title for r in group), key=lambda t: sum(r.title == t for r in group))
        titles.append(
            KnownTitle(
                title=main,
                key=key,
                aliases=tuple(sorted(names - {main})),
                seasons=tuple(sorted({r.season for r in group}, key=lambda s: -1 if s is None else s)),
            )
        )
    return sorted(titles, key=lambda t: t.key)


def _keys(title: KnownTitle) -> list[str]:
    return [title.key] + [title_key(a) for a in title.aliases]


def resolve_title(results: list[FusionResult], query: str) -> KnownTitle:
    """The stored title ``query`` names, or ``TitleNotFound`` with suggestions."""
    titles = known_titles(results)
    wanted = title_key(query)
    for title in titles:
        if wanted in _keys(title):
            return title
    choices = {k: t for t in titles for k in _keys(t)}
    best = process.extractOne(wanted, list(choices), scorer=fuzz.ratio) if choices else None
    if best and best[1] >= 85:
        return choices[best[0]]
    near = process.extract(wanted, list(choices), scorer=fuzz.WRatio, limit=3) if choices else []
    raise TitleNotFound(query, sorted({choices[k].title for k, score, _ in near if score >= 60}))


def title_in_text(results: list[FusionResult], text: str) -> KnownTitle | None:
    """The stored title a question mentions: the longest alias found in it, else a fuzzy match."""
    folded = f" {fold(text)} "
    best: tuple[int, KnownTitle] | None = None
    for title in known_titles(results):
        for key in _keys(title):
            if key and f" {key} " in folded.replace(" the ", " ") or (key and f" {key} " in folded):
                if best is None or len(key) > best[0]:
                    best = (len(key), title)
    if best:
        return best[1]
    titles = known_titles(results)
    choices = {k: t for t in titles for k in _keys(t)}
    if not choices:
        return None
    match = process.extractOne(fold(text), list(choices), scorer=fuzz.partial_ratio)
    if match and match[1] >= 88:
        return choices[match[0]]
    return None
