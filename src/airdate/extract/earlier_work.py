"""Actors' other titles, named in passing: "Peacemaker star Robert Patrick", "Bridgerton breakout X",
"Josh Vance (The Crown, Challengers)". The seed README labels each as a cast_member claim of that title
(season null), and the page's own show must not take them.

No library reads this; the patterns are short and anchored, and only ever see one sentence."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from airdate.extract.table_rows import crew_row
from airdate.extract.cast_cues import CAST_RIGHT_BEFORE, ROLE_FOLLOWS
from airdate.extract.characters import character_claims
from airdate.extract.context import SentenceContext
from airdate.extract.lexicon import CHARACTER_ROLES, GENERIC_CAPITALS, PLATFORM_KEYS, is_month_or_day
from airdate.extract.modality import Modality
from airdate.extract.names import Name, PeopleMemory
from airdate.extract.title_words import without_platform
from airdate.extract.voices import LANGUAGES
from airdate.models import Claim
from airdate.normalize import same_title, title_key

_WORD = r"[A-Z0-9][\w'’:!.\-]*"
_SMALL = r"(?:of|the|and|in|on|a|an|to|at|from|for|&)"
# "Peacemaker and Terminator 2 star ", "The Suicide Squad star ", "Bridgerton breakout ": a work right before the word
# the words that credit a person with the work named before them
STAR_WORDS = r"stars?|breakout|alum(?:na|nus|ni)?|actor|actress"
# ('"Hollow Crown" star X': the work may be quoted)
# ("Voice actress A": the job, no work called "Voice")
_WORK_STAR = re.compile(
    r"(?<![\w'’])(?!(?i:voice)\s+(?i:actor|actress)\s*$)(?P<work>" + _WORD + r"(?:\s+(?:" + _WORD + "|" + _SMALL + r")){0,7}?)[”\"’']?\s+(?i:" + STAR_WORDS + r")\s*$"
)
_RUN = r"(?P<work>" + _WORD + r"(?:\s+(?:" + _WORD + "|" + _SMALL + r")){0,7})"
# "X, who starred in Y", "Known for her role in Y, X", "X from “Y” as Z"
_STARRED_IN_AFTER = re.compile(
    r",?(?<!\s)\s+(?:(?:who\s+)?(?:also\s+|previously\s+|famously\s+)?(?:starred|appeared|featured) in\s+|from\s+[“\"](?=[^”\"]{1,60}[”\"]\s+as\s+[A-Z]))" + _RUN
)
# ("Reitman, known for films like Juno and Up in the Air, helms the project": the works of a director)
HELMS_LATER = re.compile(r",\s(?:now\s|also\s)?(?:helms|directs|is\s(?:directing|helming)|will\s(?:direct|helm)|directed|helmed)\b")
_HELMS_AFTER = re.compile(
    r",\s(?:who\s(?:is\s)?)?(?:(?:best|also|widely|well)\s)?(?:known|acclaimed|famous|renowned|celebrated)\s(?:for|from)\s[^.;()]{1,120}?" + HELMS_LATER.pattern
)
# "A of Red Kite fame", "B of “Salt Road” fame"
_OF_FAME = re.compile(r"(?<!\s)\s+of\s+[“\"‘']?" + _RUN + r"[”\"’']?\s+fame\b")
_KNOWN_FOR_BEFORE = re.compile(
    # ("Known for his unforgettable roles in X and Y, A plays ...": a word of praise may come before the roles)
    # (not "A, who is known for his work in X, Y and Z": there the names after the comma are more works)
    r"(?<!\bis\s)(?<!\bwas\s)(?<!,\s)(?i:known for (?:her|his|their) (?:[a-z\-]+ )?(?:roles?|work|turns?|parts?|performances?) (?:in|on))\s+" + _RUN + r",\s*$"
)
# words that open such a run without being part of the work ("Former Peacemaker star"), and runs that are no work
_OPENERS = frozenset(
    """former fellow veteran beloved popular famous acclaimed hit young rising and longtime head lead chief executive supervising
    renowned legendary celebrated famed award-winning oscar-winning added starring featuring introducing with
    considering given regarding despite following including besides amid during unlike per""".split()
)  # (the last row: a sentence's opening preposition, "Considering director A's schedule", is no work's name)
_NOT_WORKS = frozenset(
    """hollywood bollywood broadway k-pop kpop k-drama disney marvel dc anime youtube tiktok instagram idol oscar emmy
    golden globe bafta tony grammy a-list child guest lead supporting cameo reality afrobeats pop rap hip-hop rock
    soap sitcom comedy drama horror action musical theatre theater nfl nba mlb nhl wwe aew ufc pga nascar fifa olympic""".split()
)
# "... will lead the series", "... will be taking on the main roles": what a list of performers does
_LEADS_AFTER = re.compile(r"\s{1,3}(?:(?:will|are set to|are|have been)\s{1,3})?(?:also\s{1,3})?(?:be\s{1,3})?(?:lead|leading|star|starring|headline|front|join|joining|take on|taking on)\b")
_NAME_BETWEEN = re.compile(r",?\s(?:and\s)?[A-Z][\w.'’\-]*(?:\s[A-Z][\w.'’\-]*){0,3}")
# ("2022’s Red Kite", "Apple TV+'s Salt Road": a year or channel that owns a work's name)
_OWNED_NAME = re.compile(r"(?<![\w'’.+\-])(?P<owner>(?:19|20)\d\d|[A-Z][\w+]*(?:\s[A-Z][\w+]*){0,2})[’']s?\s(?P<work>[A-Z0-9“\"‘].*)")
BRACKET_AFTER_NAME = re.compile(r"(?<=[A-Za-z’'])\s\(([^()]{1,160})\)")
# "A (Work, Work) is directing the anime", "with B (Work) in charge of series composition": the works in brackets are a
# crew member's, in a role the page does not say, so they credit no cast (and show that the brackets hold works)
CREW_AFTER_WORKS = re.compile(
    r"\s{0,3}(?:is\s{1,3}|are\s{1,3}|will\s{1,3}be\s{1,3}|was\s{1,3})?(?:also\s+|again\s+)?(?:directing|designing|composing|writing|handling|producing|overseeing|supervising"
    r"|in charge|serving as|on board as|directs|designs|composes|writes|handles|oversees|will (?:now |also )?(?:direct|design|compose|write|handle|oversee)"
    r"|served as|serves as|adapted|adapts|composed|produced|directed|wrote|scored|designed"
    r"|on (?:the\s+)?(?:series composition|scripts?|character designs?|music|animation)"
    # ("A (Red Kite) returns to be in charge of direction", "B (Salt Road) returns to write the scripts")
    r"|returns?\s+to\s+(?:be\s+in\s+charge|write|direct|handle|oversee|compose|design|produce|supervise)"
    # ("A (Red Kite, Salt Road) is the animation director": a job the sentence names after the works)
    r"|the\s+(?:[a-z\-]+\s+){0,2}(?:director|designer|composer|producer|supervisor|screenwriter|writer))\b"
)
# "Joining A (X, Y) on the writing team are B (Z) and C (W)": everyone the sentence names is a writer, brackets and all
WRITING_TEAM = re.compile(r"\b(?:writing\s(?:team|staff|room)|writers['’]?\sroom|team\sof\s(?:writers|screenwriters))\b", re.IGNORECASE)
_CREW_BEFORE = re.compile(r"\b(?:directed|written|created|produced|helmed|penned|director|writer|creator|showrunner|producer)\b[^.;]{0,25}$", re.IGNORECASE)
_EPITHET = re.compile(r"(?:ian|ean|ese|ish|can|-\w+ed|-winning|-born|-based|-turned-\w+)$")
_YEAR = re.compile(r"^(?:19|20)\d\d$")


@dataclass(frozen=True)
class WorkBrackets:
    """A sentence with the brackets that hold actors' earlier works blanked out, and those works by bracket start."""

    text: str
    works: dict[int, tuple[str, ...]]


# "A, known for “X” and “Y,” B ...", "C from “Z,” and D": quoted works set after a name in a list are that person's
# (the comma before "known" stays, so the list keeps its separator)
_QUOTED = r"[“\"][A-Z][^”\"]{0,60}[”\"]"
_WORKS_AFTER_NAME = re.compile(
    r"(?<=[A-Za-z’'],)\s(?:best\s|also\s)?known\sfor\s(?:(?:works|roles|shows|films|dramas|titles)\s(?:like|such\sas)\s"
    r"|(?:his|her|their)\s(?:roles?|work|turns?|parts?)\s(?:in|on)\s)?(?P<works>" + _QUOTED + r"(?:,?\s(?:and\s)?" + _QUOTED + r"){0,4})"
    r"|(?<=[A-Za-z’'])\sfrom\s(?P<from>" + _QUOTED + r"(?:,?\s(?:and\s)?" + _QUOTED + r"){0,2})(?=,?\s(?:and\s)?[A-Z]|[.;]|$)"
)


# "Patriarch David (Simon Bird, “Red Kite,” “Salt Road”)": a part, and in its bracket the actor and the actor's works
_ACTOR_AND_WORKS = re.compile(r"(?<=\()(?P<actor>[A-Z][\w'’.\-]*(?:\s[A-Z][\w'’.\-]*){1,3}),\s(?P<works>" + _QUOTED + r"(?:,?\s(?:and\s)?" + _QUOTED + r"){0,4})\)")


def _quoted_works(text: str) -> WorkBrackets:
    """Blank the quoted works an appositive sets after a name, keyed by where the name ends (a bracket that holds an
    actor and the actor's works is closed right after the actor: "Fiona (Ada Mbeki)")."""
    works: dict[int, tuple[str, ...]] = {}
    for m in reversed(list(_ACTOR_AND_WORKS.finditer(text))):
        titles = tuple(t.strip(" ,.") for t in re.findall(r"[“\"]([^”\"]+)[”\"]", m.group("works")))
        works[m.end("actor")] = tuple(t for t in titles if t and not no_work(t))
        text = text[: m.end("actor")] + ")" + " " * (m.end() - m.end("actor") - 1) + text[m.end() :]
    for m in reversed(list(_WORKS_AFTER_NAME.finditer(text))):
        titles = tuple(t.strip(" ,.") for t in re.findall(r"[“\"]([^”\"]+)[”\"]", m.group("works") or m.group("from")))
        start = m.start() - 1 if m.group("works") else m.start()  # the name ends before the kept comma
        works[start] = tuple(t for t in titles if t and not no_work(t))
        text = text[: m.start()] + " " * (m.end() - m.start()) + text[m.end() :]
    return WorkBrackets(text, works)


SLASHED_ROLE = re.compile(r"[A-Za-z]/(?:The\s)?[A-Z][\w\-]*(?:\s[A-Z][\w\-]*){0,2}$")


def work_brackets(text: str, performer: Callable[[str], bool] | None = None) -> WorkBrackets:
    """Blank out brackets that hold actors' earlier works, when the sentence shows that is what its brackets hold:
    "Hoon Lee (Warrior), Olivia Cheng (Warrior), David Hewlett (The Shape of Water)" names no characters.
    Blanking keeps every offset, so quotes and positions still point into the sentence."""
    quoted = _quoted_works(text)
    if quoted.works:
        inner_brackets = work_brackets(quoted.text, performer)
        return WorkBrackets(inner_brackets.text, {**quoted.works, **inner_brackets.works})
    brackets = list(BRACKET_AFTER_NAME.finditer(text))
    if not brackets:
        return WorkBrackets(text, {})
    # ('Ivo Sarr ("The Long Road")': a quoted name in brackets is a work for certain)
    quoted_inside = [bool(re.fullmatch(r"[“\"‘][^“”\"‘’]{1,58}[”\"’]", m.group(1).strip())) for m in brackets]
    # ("A (2022’s Red Kite)", "B (Netflix’s Salt Road)": the year or channel that owns a name marks it a work)
    owned = [o if (o := _OWNED_NAME.match(m.group(1).strip())) and (_YEAR.match(o.group("owner")) or title_key(o.group("owner")) in PLATFORM_KEYS)
             else None for m in brackets]
    inner = [(o.group("work") if o else m.group(1).strip()).strip("“”\"‘’") for m, o in zip(brackets, owned)]
    # ("A (Red Kite), B (Salt Road) and C (Grey Harbor) will also star": brackets of a list the cast verb follows)
    lead_after = [False] * len(brackets)
    for k in range(len(brackets) - 1, -1, -1):
        end = brackets[k].end()
        lead_after[k] = bool(_LEADS_AFTER.match(text, end)) or (
            k + 1 < len(brackets) and lead_after[k + 1] and _NAME_BETWEEN.fullmatch(text, end, brackets[k + 1].start()) is not None
        )

    voiced = re.search(r"\bvoic(?:e|es|ed|ing)\b", text, re.IGNORECASE) is not None

    def work_like(k: int) -> bool:
        if quoted_inside[k] or owned[k] or lead_after[k]:
            return True
        words = inner[k].split()
        if not inner[k][:1].isupper() and not inner[k][:1].isdigit():
            return False  # "(played by the great X)", "(who plays Y)": a phrase about a role, no work
        if performer is not None and performer(inner[k]):
            return False  # "Louise (Davis)" after "starring Mackenzie Davis": the actor of a role, no work
        if SLASHED_ROLE.search(text, max(0, brackets[k].start() - 60), brackets[k].start()):
            return False  # "Scott Lang/Ant-Man (Paul Rudd)": a hero and his other name, then the actor
        if re.search(r"\S\s{4,}", inner[k]):
            return False  # "(Lynn in Japanese and Rya Bart in English)" with its languages blanked: voice actors
        # ("These voice actors will join A (Mara), B (Unit 262)": in a sentence about voices a numbered name is a part)
        numbered = re.search(r"\d", inner[k]) is not None and not (voiced and re.fullmatch(r"[A-Z][\w\-]*(?:\s[A-Z][\w\-]*)?\s\d{1,4}", inner[k]))
        return bool(
            numbered or re.search(r"[,;…]", inner[k])
            or (words and words[0] in ("The", "A", "An") and len(words) > 1)
            or any(w in ("of", "the", "and", "in", "on", "to") for w in words[1:])
            or inner.count(inner[k]) > 1
            or CREW_AFTER_WORKS.match(text, brackets[k].end())
            # "A (Red Kite) and her company", but not "his wife B (C) and their son D (E)", a family of roles
            or (re.match(r"\s+and\s+(?:his|her|their)\s", text[brackets[k].end() :]) and not KIN_AFTER.match(text, brackets[k].end()))
            # "A (Glass Orchard) leads the cast as B": a role named after the bracket leaves the bracket the work
            # ("Daichi Kurosaki (Kurosaki Daichi) as X": unless the bracket writes the actor's own name the other way round)
            or (ROLE_FOLLOWS.match(text, brackets[k].end()) and not set(words) <= set(text[max(0, brackets[k].start() - 40) : brackets[k].start()].split()))
            # ("A (Red Kite), who will star as B", "A (X) and C (Y) will be reprising their roles as B and D")
            or _ROLES_LATER.match(text, brackets[k].end()) is not None
        )

    if not any(work_like(k) for k in range(len(brackets))):
        return WorkBrackets(text, {})
    works: dict[int, tuple[str, ...]] = {}
    for k, m in reversed(list(enumerate(brackets))):
        parts = [p.strip(" “”\"‘’") for p in re.split(r"[,;]|\s+and\s+", inner[k])]
        # "(who plays Nate's father, Cal Jacobs)" and "(Mira's friend)" hold no works
        if not inner[k][:1].isupper() or (re.search(r"[’']s\b", inner[k]) and not quoted_inside[k] and not owned[k]):
            parts = []
        # ("A (Red Kite first three seasons, Salt Road)": the seasons a credit covers are no part of the work's name)
        parts = [_PART_IN.sub("", p) for p in parts]
        titles = tuple(_SEASONS_AFTER.sub("", p) for p in parts if p and p[0].isupper() and not _YEAR.match(p) and not no_work(p))
        if titles:
            works[m.start()] = titles
        text = text[: m.start()] + " " * (m.end() - m.start()) + text[m.end() :]
    return WorkBrackets(text, works)


_ROLES_LATER = re.compile(
    r",\s+who\s+(?:will\s+|is\s+set\s+to\s+)?(?:stars?|plays?|portrays?|appears?)\s+as\s+(?:the\s+)?[A-Z]"
    r"|[^.;]{0,120}?\b(?:their|his|her)\s+(?:respective\s+)?roles?\s+as\s+(?:the\s+)?[A-Z]"
    # ("A (Red Kite) as local councillor B": a role described before its name)
    # (not "Mara Vell (A) as he unites with B": "as" before a pronoun opens a clause)
    r"|\s{1,3}as\s{1,3}(?:(?!the\b|a\b|an\b|he\b|she\b|they\b|it\b|we\b|you\b)[a-z][\w\-]*\s{1,3}){1,3}[A-Z]"
)
KIN_AFTER = re.compile(r"(?<!\s)\s+and\s+(?:his|her|their)\s+(?:[a-z\-]+\s+){0,2}(?:" + "|".join(sorted(CHARACTER_ROLES)) + r")\b")


_SEASONS_AFTER = re.compile(
    r"(?<!\s)\s+(?:(?:the\s+)?(?:first|second|third|fourth|fifth|last|final)\s+(?:(?:two|three|four|five)\s+)?seasons?|[Ss]eason\s+\d{1,2}|S\d{1,2})$"
)


def no_work(run: str) -> bool:
    """A run that is no title: generic words, a platform, a nationality ("Colombian actress") or an epithet
    ("Oscar-nominated actor", "Kapuso-turned-Kapamilya star")."""
    words = [w.lower().strip("'’") for w in run.split()]
    # ("Dacoit (April 10)": a day in brackets dates the work before it)
    return all(w in GENERIC_CAPITALS or w in _NOT_WORKS or w.isdigit() or _EPITHET.search(w) or is_month_or_day(w) for w in words) or (
        title_key(run) in PLATFORM_KEYS
    )


def _works_in(ctx: SentenceContext, run: str) -> list[str]:
    """The titles a capitalised run names: itself if the page knows it whole, else its parts joined by "and"."""
    words = run.split()
    while words and words[-1] in ("of", "the", "and", "in", "on", "a", "an", "to", "at", "from", "for", "&"):
        words.pop()
    run = " ".join(words)
    # ("CBS' Glass Orchard stars A": the network that owns the work is no part of its name; nor is "on Peacock" after it)
    run = without_platform(re.sub(r"^[A-Z][\w+]*(?:\s[A-Z][\w+]*)?[’']s?\s(?=[A-Z])", "", run))
    if not run or no_work(run):
        return []
    if any(same_title(run, t.title) for t in ctx.mentions):
        return [run]
    parts = re.split(r"\s+(?:and|&)\s+", run)
    if no_work(parts[-1]):
        return []  # "Dan Roe and K-pop star X": the word before "star" is an epithet, and the rest another person
    # ("Red Kite star A and Salt Road actor B": the part before "and" is the actor the sentence has just named)
    return [p for p in parts if p and not no_work(p) and not re.search(r"\b(?:star|breakout|actor|actress)\s" + re.escape(p) + r"\b", ctx.text)]


# "Our Blues and Moon Lovers director X", "'28 Weeks Later' helmer Y": a crew member's works right before the role word
_WORK_CREW = re.compile(
    r"(?<![\w'’])(?P<work>" + _WORD + r"(?:\s+(?:" + _WORD + "|" + _SMALL + r")){0,7}?)[”\"’']?\s+(?i:(?P<role>director|helmer|filmmaker)"
    r"|writer|screenwriter|creator|co-creator|showrunner|mastermind|scribe|auteur)\s*$"
)


def crew_works_before(ctx: SentenceContext, before: str) -> tuple[str, list[str]]:
    """The role and the works a role word right before a name credits ("X and Y director A" -> director, [X, Y])."""
    m = _WORK_CREW.search(before)
    if not m:
        return "", []
    return ("director" if m.group("role") else "writer"), _works_before(ctx, before, m)


def _works_before(ctx: SentenceContext, before: str, m: re.Match[str] | None = None) -> list[str]:
    crew = m is not None  # ("Created by Red Kite mastermind A": a crew role after "by" still names A's work)
    if m is None:
        known = _KNOWN_FOR_BEFORE.search(before)
        if known:
            return _works_in(ctx, known.group("work"))
        m = _WORK_STAR.search(before)
    if not m:
        return []
    words = m.group("work").split()
    if words[-1] in ("and", "&"):
        return []  # "star A and actor B": the run before "actor" is the first person, no work
    if words[-1] in ("to", "by", "from", "with", "for"):
        return []  # "According to showrunner A": a preposition before the role leaves the run no work's name
    if not crew and re.search(r"\bby\s+$", before[: m.start("work")]):
        return []  # "the series created by X stars Y": the run is the creator and "stars" the series' verb
    if re.search(r"\bas\s+$", before[: m.start("work")]):
        # "as Mr. 3 and Bridgerton breakout X": the run opens with the role just named
        cut = next((i for i, w in enumerate(words) if w in ("and", "&")), len(words))
        words = words[cut + 1 :]
    while words and words[0].lower() in _OPENERS:
        words.pop(0)
    run = " ".join(words)
    # "Mira's actor X" names a character's actor; "X Season 3 stars A" is the verb of a season, no other work
    if re.search(r"[’']s?$", run) or re.search(r"\b(?:season|series|part)\s+\w+$", run, re.IGNORECASE):
        return []
    return _works_in(ctx, run)


# "Reeves’ credits include “Speed,” “Dracula” and “Idaho”": quoted works an actor's credits list
_CREDITS_INCLUDE = re.compile(r"[’']s?\s(?:other\s|past\s|previous\s|notable\s)?(?:credits|film credits|acting credits|roles|films|movies)\s(?:include|includes|included)\s")
_QUOTED_WORK = re.compile(r"[“\"]([A-Z][^”\"]{1,60}?)[,.]?[”\"]")


def credits_list_claims(ctx: SentenceContext, text: str, names: list[Name]) -> Iterator[tuple[int, Claim]]:
    """(name index, claim) for each quoted work an actor's "credits include" list names."""
    for k, name in enumerate(names):
        listed = _CREDITS_INCLUDE.match(text, name.end)
        if listed is None:
            continue
        # the list runs to the end of its clause; only quoted names are surely works
        rest = re.split(r"[;]|,\s(?:as well as|and also)\s|\.\s", text[listed.end() :], maxsplit=1)[0]
        for work in _QUOTED_WORK.findall(rest):
            if not (ctx.main and same_title(work, ctx.main)):
                yield k, ctx.claim(work.strip(), None, "cast_member", name.text, Modality("confirmed"))


def earlier_work_claims(ctx: SentenceContext, text: str, names: list[Name], works: WorkBrackets) -> Iterator[tuple[int, Claim]]:
    """(name index, claim) for every actor the sentence credits with another title; the page's own show is left
    to the cast rules."""
    main = ctx.main
    writing_team = WRITING_TEAM.search(ctx.text) is not None
    for k, name in enumerate(names):
        titles: list[str] = _works_before(ctx, text[max(0, name.start - 80) : name.start])
        bracket = BRACKET_AFTER_NAME.match(ctx.text, name.end)
        # ("Director A (Red Kite, Salt Road)": a crew member's works are crew_works' to credit)
        crew_before = _CREW_BEFORE.search(text, max(0, name.start - 40), name.start) is not None or crew_row(ctx.text) or writing_team
        if bracket is not None and bracket.start() in works.works and not CREW_AFTER_WORKS.match(ctx.text, bracket.end()) and not crew_before:
            titles += works.works[bracket.start()]
        elif bracket is None and name.end in works.works and not crew_before:
            titles += works.works[name.end]  # "A, known for “X” and “Y,”": quoted works after the name
        starred = _STARRED_IN_AFTER.match(text, name.end) or (None if crew_before else _OF_FAME.match(text, name.end))
        if starred:
            titles += _works_in(ctx, starred.group("work"))
        job = "director" if _HELMS_AFTER.match(text, name.end) else "cast_member"
        for title in titles:
            if main and same_title(title, main):
                continue
            yield k, ctx.claim(title, None, job, name.text, Modality("confirmed"))
        # (another title's role has no season, as the seed gold gives a comparison title's director and writer no season)
        for part, work in _roles_in_works(ctx.text, name.end):
            if not (main and same_title(work, main)):
                value = {"name": part, "played_by": name.text}
                yield k, ctx.claim(work, None, "character", value, Modality("confirmed"))
    yield from credits_list_claims(ctx, text, names)


# "Mara Vell voiced by A (Ysolde from Kestrel Moor)": the actor's part in another work, in brackets
# (not "Gil (Lynn in Japanese and B in English)", a voice cast by language)
# ("A (Megumi in Red Kite, Ysolde in Salt Road)": one part in each of several works)
_BRACKET = re.compile(r"\s\((?P<inner>[^()]{1,200})\)")
# a part and the word that ties it to its work ("Megumi in ", "Ysolde from the "); the work may be quoted
_PART_OF_WORK = (
    r"(?P<role>[A-Z][\w'’.\-]*(?:\s[A-Z][\w'’.\-]*){0,3})(?<![’']s)\s(?:from|in)\s(?!" + LANGUAGES + r"\b)(?:the\s)?[“\"‘']?"
)
# ('(Megumi in “Red Kite“)': with whatever quote marks the page has)
_ROLE_IN_WORK = re.compile(r"(?<![\w'’.\-])" + _PART_OF_WORK + r"(?P<work>[A-Z0-9][^()“”\"‘’,;]{0,50}?)[”“\"’']?")


def _roles_in_works(text: str, end: int) -> list[tuple[str, str]]:
    """(part, work) for each "Part in Work" the bracket right after a name holds."""
    bracket = _BRACKET.match(text, end)
    if bracket is None:
        return []
    pieces = [_ROLE_IN_WORK.fullmatch(p.strip()) for p in re.split(r"[,;]\s", bracket.group("inner"))]
    return [(m.group("role"), m.group("work")) for m in pieces if m is not None]


# the work of a bracket that names the actor's part in it ("Megumi in Red Kite")
_PART_IN = re.compile(r"^" + _PART_OF_WORK + r"(?=[A-Z0-9])")


# ("Salt Road season two's A": the work's season owns the actor)
_OWNED_NEXT = re.compile(r"(?:\s(?:season|series)\s\w{1,6})?[’']s?\s", re.IGNORECASE)
_PLURAL_OWNER = re.compile(r"(?<![\w&\-])(?P<work>[A-Z][\w&\-]*(?: [\w&\-]+){0,4}s)[’'] (?P<actor>[A-Z][\w.\-]*(?: [A-Z][\w.\-]*){1,2})")


def works_actors_claims(ctx: SentenceContext, text: str, names: list[Name], memory: PeopleMemory, paired: set[int]) -> Iterator[Claim]:
    """"Red Kite's A, Salt Road's B and Tin Lanterns' C will lead X": a list of possessives before a verb of leading
    names each performer by an earlier work; each is in that work's cast and in the one the sentence leads."""
    # (the owner is a name of the sentence, or a title it knows: "Hometown Days's A")
    owners = [(n.text, n.start, n.end) for n in names] + [(m.title, m.start, m.end) for m in ctx.mentions]
    owned: list[tuple[str, int]] = []
    plural: dict[int, Name] = {}
    first_owner: Name | None = None
    for k, actor in enumerate(names):
        found = next(((t, start, end) for t, start, end in owners if _OWNED_NEXT.fullmatch(text[end : actor.start])), None)
        if found is not None and " " in actor.text:
            owned.append((found[0], k))
            first_owner = first_owner or Name(*found)
        elif owned and (inside := _PLURAL_OWNER.fullmatch(actor.text)) is not None and not text[: actor.start].rstrip().endswith("("):
            # ("Red Kite's A, Salt Road's B and Copper Bells' C": a plural's possessive is written into the name)
            owned.append((inside.group("work"), k))
            plural[k] = Name(inside.group("actor"), actor.start + inside.start("actor"), actor.end)
    list_end = names[owned[-1][1]].end if owned else 0
    # ("actors such as Salt Road's A, Red Kite's B", "alongside Red Kite's A, who will portray C": a cast cue before the
    # list, or a part the actor goes on to play, says the possessor is a work)
    cued = first_owner is not None and work_owns_actor(text, first_owner, names[owned[0][1]])
    if not owned or not (cued or (len(owned) >= 2 and _LEADS_AFTER.match(text, list_end))):
        return
    for k, actor in plural.items():
        names[k] = actor
    # (the list's predicate asserts every name; each owner's mention is no subject for the page's cast, whose season is
    # the one the sentence names, else the coming one if the verb looks ahead, else the first: credits' default)
    modality = ctx.modality(list_end)
    ahead = ctx.target if ctx.target and not ctx.is_past(list_end) else 1
    # (a season an owner names is that work's: "Salt Road season two's B" leaves the show's own season alone)
    owner_refs = [r for r in ctx.seasons if r.explicit and any(_OWNED_NEXT.fullmatch(text[r.start - 1 : names[k].start]) for _, k in owned)]
    for owner, k in owned:
        actor = names[k]
        memory.real.append(actor.text)
        paired.add(k)
        paired.update(j for j in range(k) if names[j].text == owner)  # (the work that owns the actor is nobody)
        portrays = _PORTRAYS.match(text, actor.end)
        part = next((j for j in range(k + 1, len(names)) if portrays and names[j].start >= portrays.end()), None)
        if part is not None and re.fullmatch(r"(?:[a-z][\w\-]*\s){0,3}", text[portrays.end() : names[part].start]):  # type: ignore[union-attr]
            # ("Red Kite's A, who will portray rival boxer Woo Jin")
            paired.add(part)
            memory.characters.append(names[part].text)
            yield from character_claims(ctx, names[part], actor.text, memory)
        owner_season = next((r.season for r in owner_refs if _OWNED_NEXT.fullmatch(text[r.start - 1 : actor.start])), None)
        if not (ctx.main and same_title(owner, ctx.main)):
            yield ctx.claim(owner, owner_season, "cast_member", actor.text, Modality("confirmed"))
        if ctx.main and modality is not None and part is None:  # (an actor paired with a part gives only the character)
            own = ctx.explicit_season(actor.start) if not owner_refs else None
            yield ctx.claim(ctx.main, own or ahead, "cast_member", actor.text, modality)


_PORTRAYS = re.compile(r",?(?<!\s)\s+who\s+(?:will\s+)?(?:portray|play|voice)s?\s+")


def work_owns_actor(text: str, owner: Name, owned: Name) -> bool:
    """Whether "A's B" names B as the actor of work A, not B as actor A's part: B goes on to portray someone ("Red
    Kite's Lee Min-ho, who will portray ..."), or a cast cue opens the list the pair stands in ("actors such as Salt
    Road's A, Red Kite's B")."""
    if _PORTRAYS.match(text, owned.end):
        return True
    parts = re.split(r",\s+(?:and\s+)?", text[max(0, owner.start - 200) : owner.start])
    head = parts[-1]
    # past the list's earlier items ("Okay Madam's Park Sung-woong, ", "Ivo Sarr, "), back to the words that open it
    for part in reversed(parts[:-1]):
        if not re.fullmatch(r"[A-Z][^,;.]{0,60}[’']s\s[A-Z][^,;.]{0,40}|" + _PLAIN_ITEM, part):
            head = part + ", " + head if head else part
            break
    head = re.sub(r"(?:^|\s)The\s$", " ", head)
    # ("The film stars Ivo Sarr, Grey Harbor's Rina Holt": the opening words hold the list's first item)
    first_item = re.search(r"\s" + _PLAIN_ITEM + r"(?=,\s|$)", head)
    return CAST_RIGHT_BEFORE.search(head) is not None or (first_item is not None and CAST_RIGHT_BEFORE.search(head[: first_item.start() + 1]) is not None)


_PLAIN_ITEM = r"(?:and\s)?[A-Z][\w’'\-]*(?:\s[A-Z][\w’'\-]*){1,3}"
