"""Studios and distributors known by name ("A24 has released the trailer for Copper Bells", "Science SARU will produce the
anime"): a short list of the industry's companies is domain knowledge, like the list of platforms, and catches the
names no company word ends ("Pictures", "Studios") for facts.py to see.

A name counts only in a sentence that says what a company does with a work (produces, animates, releases,
distributes, backs, dates, teases), so "the A24 aesthetic" or a passing "Universal" is no credit.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from airdate.extract.context import SentenceContext
from airdate.extract.facts import MAKES
from airdate.extract.lexicon import KNOWN_STUDIOS
from airdate.extract.names import COMPANY_WORDS
from airdate.models import Claim

_STUDIO = re.compile(
    r"(?<![\w.\-])(?:" + "|".join(re.escape(name) for name in sorted(KNOWN_STUDIOS, key=len, reverse=True)) + r")(?![\w+\-])"
)
# words that say what the company does with a work
_DOES = re.compile(
    r"\b(?:produc\w*|co-produc\w*|animat\w*|studio|distribut\w*|releas\w*|behind|backing|backs|banner|slate|partner\w*"
    r"|teas\w*|unveil\w*|announc\w*|dated|calendar|reshuffl\w*|moved|shifted|pushed|acquired|picked up|in charge)\b",
    re.IGNORECASE,
)
# ("a Warner Bros. Discovery company", "Neon Pylon Pictures"): a longer name the list holds only the start of
_LONGER = re.compile(r"\s[A-Z]")


_STUDIO_KEYS = frozenset(name.casefold() for name in KNOWN_STUDIOS)


def is_studio(name: str) -> bool:
    """Whether ``name`` is a studio the list knows ("Dreamworks" as "DreamWorks")."""
    return re.sub(r"[’']s?$", "", name).casefold() in _STUDIO_KEYS


def is_company(name: str) -> bool:
    """A studio the list knows, or a name a company word opens or ends ("Studio Kestrel", "Kestrel Moor Films")."""
    words = name.split()
    return is_studio(name) or words[0] == "Studio" or words[-1].lower() in COMPANY_WORDS


def studio_claims(ctx: SentenceContext) -> Iterator[Claim]:
    """A production company for each known studio a sentence credits with a work."""
    if ctx.sentence.is_heading or not _DOES.search(ctx.text):
        return
    for m in _STUDIO.finditer(ctx.text):
        if _LONGER.match(ctx.text, m.end()) or (m.group() in ("Sister", "Trigger", "Universal", "Legendary", "Neon") and not _DOES.search(ctx.text, max(0, m.start() - 40), m.end() + 40)):
            continue  # (a common word that names a studio counts only with its deed close by)
        modality = ctx.modality(m.start())
        subject = ctx.subject(m.start())
        if modality is None or modality.modality == "negated" or not subject:
            continue
        if m.group().split()[-1].lower() in COMPANY_WORDS and MAKES.search(ctx.text):
            continue  # ("TMS Entertainment will be animating the sequel": a company that makes the show is facts.py's to read)
        season = (ctx.explicit_season(m.start(), whole_sentence=False) or 1) if ctx.is_main(subject) else None
        yield ctx.claim(subject, season, "production_company", m.group(), modality)
