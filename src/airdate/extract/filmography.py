"""An actor's filmography told in a sentence of its own: "Shin Hye Sun is known for her roles in dramas like Mr Queen
and Welcome to Samdalri", "The actor has featured in hit dramas like A, B and C", "Ivo Sarr is best known for starring
in "Tin Lanterns" and "Red Kite"". The seed README labels each such work as a cast claim of that title (season
null); the actor is the person the sentence names before the verb, or, after "she", "he" or "the actor", the first
known performer the sentence before names.

No library reads this; the pattern is anchored at its verb and bounded, and only ever sees one sentence."""

from __future__ import annotations

import re
from collections.abc import Iterator

from airdate.extract.context import SentenceContext
from airdate.extract.crew_works import listed_works
from airdate.extract.earlier_work import HELMS_LATER
from airdate.extract.modality import Modality
from airdate.extract.lexicon import KNOWN_FOR_WORDS
from airdate.extract.names import Name, PeopleMemory, performers_in
from airdate.models import Claim
from airdate.normalize import same_title

_KNOWN_FOR = re.compile(
    r"\b(?:(?:is|was)\s(?:best\s|also\s|widely\s|perhaps\s|most\s)?(?:known|recogni[sz]ed|remembered|famous)\sfor"
    # ("A, famous for his roles in X and Y, will portray B": the same said in apposition)
    r"|(?<=,\s)(?:best\s|also\s|widely\s|well\s)?" + KNOWN_FOR_WORDS + r"\sfor"
    r"|(?:has|have)\s(?:also\s|previously\s|since\s)?(?:appeared|featured|starred|been\sa\spart\sof|been\sseen)(?:\sin)?"
    r"|(?:also\s|previously\s)?(?:appeared|starred|featured)\sin|rose\sto\sfame\s(?:for|with|in)|(?:(?:has|have)\s)?(?:also\s|previously\s)?impressed\s(?:(?:the\s)?(?:viewers|audiences?|fans|critics)\s)?(?:with|through)"
    # ("He has recently done X, Y and Z")
    r"|(?:has|have)\s(?:recently\s|also\s|previously\s)?done(?=\s)"
    r"|(?:other\s|last\s|latest\s|(?:most\s)?recent\s|previous\s)?(?:two\s|three\s|few\s)?(?:television\s|tv\s|film\s|acting\s)?(?:projects|credits|roles)\s(?:include|includes|included)"
    # ("Viewers will recognize A from his dreamy role on X")
    r"|from(?=\s(?:her|his|their)\s(?:[a-z\-]+\s)?(?:roles?|work|performances?|turns?)\s(?:in|on)\s))\s"
    r"(?:(?:her|his|their)\s(?:[a-z\-]+\s)?(?:roles?|work|performances?|turns?)\s(?:in|on)\s|starring\sin\s|projects\s)?"
    # ("her work on The CW's hit series X": the network that owns the work)
    r"(?:(?-i:[A-Z])[\w+]*(?:\s(?-i:[A-Z])[\w+]*)?[’']s\s)?"
    # ("a number of successful films, including X")
    r"(?:(?:the\s|a\s(?:number|string|host|slew|couple|variety)\sof\s)?(?:hit\s|popular\s|acclaimed\s|other\s|several\s|many\s|various\s|successful\s|notable\s|romantic\s|action\s){0,2}"
    r"(?:k-)?(?:dramas?|films?|movies?|shows?|series|projects?|titles?|works?|comedies|rom-coms|thrillers|blockbusters),?\s)?"
    # ("the Netflix series “X” and the film “Y”": each work with what it is)
    r"(?:like\s(?:the\s(?=(?-i:[A-Z])))?|such\sas\s|including\s)?(?=[“\"‘']?(?-i:[A-Z0-9])|the\s(?:(?-i:[A-Z])[\w+]*\s)?(?:series|film|movie|drama|show)\s[“\"])",
    re.IGNORECASE,
)
# ("The Hollywood star later starred in ...": a describing word may stand before the noun)
_PRONOUN_OPENING = re.compile(r"^\W{0,3}(?:she|he|her|his|the\s(?:[\w\-]+\s)?(?:actor|actress|star|singer)|some\sof\s(?:her|his))\b", re.IGNORECASE)


def _full_name(name: str, memory: PeopleMemory) -> str:
    """A surname alone stands for the full name the page gave the actor ("Mbeki" for "Ada Mbeki")."""
    if " " in name:
        return name
    return next((r for r in memory.real if " " in r and name.lower() == r.lower().split()[-1]), name)


def filmography_claims(ctx: SentenceContext, text: str, names: list[Name], memory: PeopleMemory, previous: str) -> Iterator[Claim]:
    """Cast claims for the other works an actor's filmography sentence lists."""
    matches = list(_KNOWN_FOR.finditer(text))
    if not matches:
        return
    found = matches[0]
    lead = text[: found.start()]
    before = [n for n in names if n.end <= found.start() and not re.match(r"[’']s\b", text[n.end : n.end + 2])]
    if before and re.search(r"\b(?:director|writer|creator|showrunner|producer|author|filmmaker|PD|(?:directed|written|created|helmed|penned)\sby)\s*$",
                            lead[: before[0].start], re.IGNORECASE):
        return  # a crew member's works are crew_works' to read
    recognised = found.group().lower().startswith("from")
    if recognised and before and not lead[before[-1].end :].strip():
        actor = _full_name(before[-1].text, memory)  # ("Viewers will recognize A from his role on X": the name before "from")
    elif recognised:
        return
    elif before and not re.search(r"[.;]", lead[before[0].start :]):
        actor = _full_name(before[0].text, memory)  # "Shin Hye Sun is known for ...", "Mbeki is best known for ..."
    elif _PRONOUN_OPENING.match(lead) and not before:
        # "She rose to fame for her role in ...": the performer the sentence before opens with
        # (or, where that sentence names none, the latest sentence before it that does: "A plays Lee In. He is the prince ...")
        known = next((named for text_before in (previous, *ctx.recent) if (named := performers_in(text_before, memory))), [])
        if not known:
            return
        # (a surname alone, "Gang began his career ...", stands for the full name the page gave the actor)
        actor = next((r for r in memory.real if " " in r and known[0].lower() in r.lower().split()), known[0])
    else:
        return
    job = "director" if HELMS_LATER.search(text, found.end()) else "cast_member"
    for title in (t for m in matches for t in listed_works(text[m.end() :])):
        title = re.sub(r"^(?:the|a|an)\s+(?=[A-Z])", "", title) if not title.startswith("The ") else title
        if len(title) < 2 or (ctx.main and same_title(title, ctx.main)) or same_title(title, actor):
            continue
        yield ctx.claim(title, None, job, actor, Modality("confirmed"))
