"""Undated facts: trailer, viewership, episode count, source material, production company (platforms: platforms.py)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from airdate.extract.context import SentenceContext
from airdate.extract.lexicon import MEDIA, PLATFORM_PATTERN
from airdate.extract.names import COMPANY_WORDS
from airdate.extract.modality import Modality
from airdate.models import Claim

# ("premiered with a special sneak peek episode": an episode shown early is no trailer)
_TRAILER_NOUN = re.compile(r"\b(?:trailers?|teasers?|promos?|first look|sneak peek)\b(?!\s+(?:episodes?|screenings?|premiere)\b)", re.IGNORECASE)
_VIDEO_NOUN = re.compile(r"\b(?:videos?|clips?)\b")  # lower case only: "Prime Video" is a platform
_RELEASE_VERB = re.compile(r"\b(?:released|dropped|unveiled|shared|debuted|premiered|posted|launched|revealed|out now|is out)\b", re.IGNORECASE)
# a trailer that came out with an announcement ("The announcement came with a new key visual and a teaser PV")
_TRAILER_WITH = re.compile(r"\b(?:came|comes|arrived) with\b|\balongside (?:the|a|its) (?:first|new|official)\b", re.IGNORECASE)
# a trailer the page shows or describes is out: "in this all new trailer", "watch the trailer below", "the trailer teases"
_TRAILER_HERE = re.compile(
    r"\bthis\s+(?:(?:all[- ]new|brand[- ]new|new|latest|official|full|first)\s+){0,2}(?:[\w\-]+\s+)?(?:trailer|teaser)\b"
    r"|\b(?:watch|check out|see) (?:the|this) (?:[\w\-]+ ){0,3}(?:trailer|teaser)|\b(?:trailer|teaser)s? (?:below|above|here)\b"
    r"|\b(?:trailer|teaser) (?:shows|reveals|teases|features|offers|gives|sees|hints)\b",
    re.IGNORECASE,
)
_TRAILER_FUTURE = re.compile(r"\b(?:drop|release|arrive|come out|debut|land|be released|be out|follow)\b", re.IGNORECASE)
_HABITUAL = re.compile(r"\b(?:usually|typically|tends? to|normally|generally)\b", re.IGNORECASE)
_VIEWERSHIP = re.compile(
    r"(?P<qual>(?:more than|over|nearly|almost|about|around|roughly|approximately|a whopping|a record|some)\s+)?"
    r"(?<![\d,.])(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(?P<mult>million|billion|thousand|crore|lakh|m|bn|k)?\s+"
    r"(?:viewing |watch |streaming |total |live |linear |global |combined )?(?P<unit>hours viewed|hours|views|viewers|households|streams|accounts|minutes)\b"
    r"(?P<window>[^.;!?]{0,40}?\b(?:first|opening|debut)\s+(?:\d+\s+days|week|weekend|month|two weeks|\w+ days|\w+ weeks))?",
    re.IGNORECASE,
)
MULTIPLIERS = {"million": 1_000_000, "m": 1_000_000, "billion": 1_000_000_000, "bn": 1_000_000_000, "thousand": 1000, "k": 1000,
               # Indian numbering: a crore is ten million, a lakh a hundred thousand
               "crore": 10_000_000, "lakh": 100_000}
_EPISODES = re.compile(
    r"\b(?P<n>\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|twenty)"
    # ("only eight underwhelming episodes", "ten new episodes": one describing word may stand between)
    # ("six 45-minute episodes"; "a six-part drama": British pages count parts)
    r"(?:-episode|-part(?=\s+(?:[a-z\-]+\s+)?(?:series|drama|miniseries|thriller|show|adaptation|comedy)\b)"
    r"|(?:\s+(?!(?:more|further|additional|extra|remaining|final|last|previous|other|of|or|and|to)\b)[a-z0-9][a-z0-9\-]{2,15})?\s+episodes)\b",
    re.IGNORECASE,
)
_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
            "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "twenty": 20}
_MEDIA = "|".join(re.escape(m) for m in sorted(MEDIA, key=len, reverse=True))
# ("based on Robyn Carr's novels": an owner's name and a plural medium too)
_BASED_ON = re.compile(
    # ("reimagines the 1971 X novel", "began as light novels written by X")
    r"\b(?:based on|founded on|taken (?:out )?from|derived from|adapted from|adaptation of|inspired by|adapts|adapted|adapting|follows the|draws (?:its |her |his )?inspiration from"
    r"|reimagin(?:es|ed|ing)(?: of)?|re-imagin(?:es|ed|ing)(?: of)?|(?:began|started|originated) (?:life )?as)\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+)?(?:[\w\-’']+\s+){0,3}?"
    r"(?P<medium>" + _MEDIA + r")s?\b",
    re.IGNORECASE,
)
# "the manga's next volume", "skipped manga chapters", "the same-named Naver Webtoon by X": a comic or light novel the
# page speaks of as its show's source (a novel or a film is named too often for other reasons to count here)
_SOURCE_MENTION = re.compile(
    r"\b(?:(?:the|this|its|their)\s(?:(?:ongoing|original|source|same-named|popular|hit|(?-i:[A-Z])[\w\-]*)\s){0,2}(?P<medium>manga|webtoon|light novel|web novel|webcomic|manhwa|manhua)\b(?!\s(?:adaptation|anime|series)\b)"
    r"|\b(?P<medium2>manga|webtoon|light novel|manhwa)\s(?:chapters?|volumes?|arcs?)\b)",
    re.IGNORECASE,
)
# "based on Silent Water (1978)", 'adapted from "The Long Road" by A': a title alone, ended by a year, a quote or "by"
_BASED_ON_TITLE = re.compile(
    r"\b(?:based on|adapted from|adaptation of)\s{1,3}[“\"‘]?(?P<title>[A-Z][\w'’\-]*(?:\s(?:of|the|at|in|on|to|a|an|and)){0,3}"
    r"(?:\s[A-Z][\w'’\-]*(?:\s(?:of|the|at|in|on|to|a|an|and)){0,3}){0,5})(?:[”\"’]|(?=\s\((?:19|20)\d{2}\)|\sby\s[A-Z]))"
)
_MEDIUM_RUN = re.compile(r"\b(?:the|a|an)\s+(?P<medium>" + _MEDIA + r")\s+(?:started|began|ran|launched|was published|debuted|first appeared)\b", re.IGNORECASE)
# (lower-case connectors only between capitalised words: "Gravel and Gold", never "Gravel a")
_TITLE_AFTER_MEDIUM = re.compile(
    r"^\s*(?:(?:series|trilogy|saga|books?)\s+)?[“\"‘']?(?P<title>[A-Z][\w'’\-]*(?:(?:\s+(?:of|the|at|in|on|to|a|an|and|our|my)){0,3}\s+[A-Z][\w'’\-]*)*)"
    r"[”\"’']?(?:\s*\((?P<alt>[^()]{2,60})\))?"
)
# "the anime adaptation of Ren Amagiri's Stardust Ironworks (Hoshikuzu Seitetsujo) manga", "Ren Akiyama's fantasy manga"
_AUTHORS_MEDIUM = re.compile(
    r"\b(?i:adaptation of|anime of|based on|adapts|adapting|adapted from|version of)\s+(?:the\s+)?(?:[\w\-]+\s+){0,3}?"
    r"(?P<author>[A-Z][\w\-]*(?:\s[A-Z][\w\-]*){0,3})[’']s\s+(?:[a-z0-9][\w\-]*\s+){0,2}(?:(?P<title>[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,5})\s+"
    r"(?:\((?P<alt>[^()]{2,60})\)\s+)?)?(?P<medium>" + _MEDIA + r")s?\b"
)
_AUTHOR = re.compile(r"^\s*(?:,\s*)?(?:series\s+)?(?:written\s+|created\s+|drawn\s+)?by\s+(?:(?:the\s+)?(?:author|novelist|writer|cartoonist|artist)\s+)?(?P<author>[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,3})")
_ONGOING_PRODUCTION = re.compile(
    r"\b(?:(?:is|are) (?:now |also )?(?:producing|developing)|(?:is|are) (?:now )?being (?:produced|animated)|continues? to produce|will (?:again |also )?produce"
    r"|(?:is|are) back to produce)\b",
    re.IGNORECASE,
)
_COMPANY_BEFORE = re.compile(
    r"\b(?<!executive )(?<!executive-)(?:produced (?:for [A-Z][\w+]*(?: [A-Z][\w+]*)? )?by|(?:is|are|was|were) made by|production (?:company|companies|studio)|in association with"
    r"|under the banner(?: of)?|animated by|animation (?:production )?(?:is )?by|animation studio|(?:joint |co-)production (?:between|of|from)|production house"
    # "The animation for this season was created by KESTREL FILMS": a company that creates is a studio, not a creator
    r"|(?:created|developed|made) by(?= [A-Z][^.;,]{0,40}\b(?i:films|studios?|pictures|animation|entertainment|productions?)\b)"
    # "The anime by A-1 Pictures", "the sci-fi adventure anime from TMS Entertainment", "anime studio Mappa"
    r"|(?<!\bthe )(?:anime|animated series|adaptation) (?:by|from)(?= [A-Z])|anime studio|with (?:the )?help (?:from|of)(?= [A-Z][^.;,]{0,40}\b(?:Production|Productions|Pictures|Studios?|Animation|Entertainment)\b)"
    # "Production duties for the new season will be jointly handled by A and B"
    r"|production duties (?:for [^.;,]{3,40}? )?(?:will be |are |were )?(?:jointly )?(?:handled|shared|taken on|overseen) by"
    # "the rock band series from Kestrel Studios", "Mara Lind, Executive Producer at Carnival Films", "Directed by A for
    # Kestrel Works": a company word says the name is a studio's
    r"|(?:series|show|drama|comedy|film|movie|anime) from(?= [A-Z][^.;,]{0,40}\b(?:Studios?|Productions?|Pictures|Films|Entertainment|Animation)\b)"
    r"|[Pp]roducer (?:at|of)(?= [A-Z][^.;,]{0,40}\b(?:Studios?|Productions?|Pictures|Films|Entertainment|Animation)\b)"
    r"|(?:[Dd]irected|[Hh]elmed) by [A-Z][\w.\-]*(?: [A-Z][\w.\-]*){0,3} for(?= [A-Z])"
    # "A is directing the anime at Studio Quill": the studio the director works at makes the show
    # ("A directed the anime at Kestrel Films", "A will be directing the X anime for studio Y", "is being made at Studio Y")
    # ("A is returning to direct the second season of X at Studio Y")
    r"|(?:(?:is|are) )?(?:directing|animating|directed|directs|direct|being made|made) the (?:[\w\-]+ ){0,3}?(?:anime|series|show|season|film|adaptation)"
    r" (?:of (?:[A-Z][\w:'’\-]* ){1,6})?at"
    r"|(?:directing|directed|directs|direct) the (?:[\w\-]+ ){0,3}?(?:anime|series|show|season|film|adaptation) for studio"
    r"|(?:is|are) being (?:made|produced|animated) (?:at|by))\s+(?P<names>(?:[^.;]|\.(?=\w)|(?<=\b[A-Z])\.(?= [A-Z])){3,120})"
)
# "will be jointly handled by X", "X will oversee physical production": a credit told in the future
_CREDIT_AHEAD = re.compile(
    r"\bwill (?:be (?:\w+ )?(?:produced|handled|animated|made|overseen|developed|directed)|(?:\w+ )?(?:produce|oversee|handle|develop))\b"
)
# the names come before these words; the text before is cut in Python so no pattern has to scan back
_COMPANY_AFTER = re.compile(
    r"\b(?:credited for production|(?:is|are) producing|continues? to produce|handl\w+ (?:the )?production|as (?:the )?producers?"
    r"|(?:is|are) (?:again |once again )?animating|returns? to animate|will (?:again )?animate"
    # "Studio X is in charge of the show's production"
    r"|(?:is|are|was|were) in charge of (?:the )?(?:(?:show|series|anime|film)['’]s? )?(?:animation )?production"
    # "Studio Quill is adapting the anime based on a light novel"
    r"|(?:is|are) (?:now )?adapting (?:the|this) (?:anime|series|show|light novel|novel|manga)"
    # "Production I.G produced the anime's first season"
    r"|(?:produced|animated) the (?:anime['’]s |show['’]s |series['’] )?(?:first|previous|original|earlier|1st) season)\b"
)
# "Science Kumo's anime adaptation", "Harrow Pictures' new series": a studio named by its possessive; without a company
# word only an anime or animated adaptation is a studio's, since "Director Kim's adaptation" is a person's
_COMPANY_POSSESSIVE = re.compile(
    r"\b(?P<names>[A-Z][\w\-.]*(?:\s[A-Z][\w\-.]*){0,3})[’'](?:s\b)?\s+(?:(?P<anime>anime|animated)\s+|(?:[a-z][\w\-]*\s+){0,2})"
    r"(?:adaptation|series|production|film|movie)\b"
)
# "Kestrel Moor Productions", "Studio Kagerou": a name a company word ends (or "Studio" opens), in a sentence that says it
# makes something, is a production company however the sentence is built
_COMPANY_NAMED = re.compile(
    r"(?<![/\w])(?<!\ba )(?<!\ban )(?:Studio\s+[A-Z][\w\-.]*(?:\s[A-Z][\w\-.]*)?|(?:[A-Z][\w\-.&]*\s){1,3}(?:Studios?|Productions|Pictures|Entertainment|Animation|Films|Company))\b"
)
_NAMED_AS_SOURCE = re.compile(r"\baccording to (?:the )?(?:[a-z]+ )?(?:production )?(?:company|studio)?,?\s*$")
MAKES = re.compile(r"\b(?:produc(?:e|es|ed|ing|tion)|animat(?:e|es|ed|ing|ion)|develop(?:s|ed|ing)?|co-produc\w+|behind)\b", re.IGNORECASE)
# the same studio again: it made the aired season and makes the coming one
_AGAIN = re.compile(r"\b(?:again|returns?|returning|once more)\b", re.IGNORECASE)
_NAME = re.compile(r"[A-Z][\w'’\-&.]*(?:\s+(?:[A-Z][\w'’\-&.]*|of|and|&))*")


def trailer_claims(ctx: SentenceContext) -> Iterator[Claim]:
    if ctx.sentence.is_heading:
        return
    foreseen = False  # one trailer to come per sentence: "a teaser might drop ..., but a full trailer usually ..."
    abandoned = bool(re.search(r"\b(?:had (?:been )?planned|was supposed to|shelved|scrapped|called off)\b", ctx.text, re.IGNORECASE))
    for pattern, needs_verb in ((_TRAILER_NOUN, False), (_VIDEO_NOUN, True)):
        for m in pattern.finditer(ctx.text):
            clause = ctx.clause_text(m.start())
            modality = ctx.modality(m.start())
            if modality is None:
                continue
            released = _RELEASE_VERB.search(clause) or _TRAILER_WITH.search(clause) or (not needs_verb and _TRAILER_HERE.search(clause))
            if not released and modality.modality != "negated" and _TRAILER_FUTURE.search(clause):
                # "a teaser might drop in the summer", "teasers usually come out six weeks before": a trailer to come
                hedged = modality.modality in ("speculative", "expected", "conditional", "reported")
                habitual = _HABITUAL.search(clause)
                if (hedged or habitual) and not foreseen and not abandoned and not needs_verb:
                    subject = ctx.subject(m.start())
                    foreseen = True
                    if subject:
                        future = modality if hedged else Modality("expected")
                        yield ctx.claim(subject, ctx.explicit_season(m.start()) or ctx.target, "trailer", f"{m.group().lower()} to come", future)
                continue
            negated_after = released and released.start() > m.end() - ctx.clause(m.start()).start and re.search(
                r"(?:\b(?:no|not|never|yet to)|n['’]t)\b", clause[m.end() - ctx.clause(m.start()).start : released.start()], re.IGNORECASE)
            if modality.modality == "negated" and not negated_after and not re.search(r"(?:\b(?:no|not|yet to)|n['’]t)\b[^,;]{0,40}$", ctx.text[max(0, m.start() - 60) : m.start()] + " ", re.IGNORECASE) and released:
                modality = Modality("confirmed")
            if modality.modality != "negated" and not released:
                continue
            if needs_verb and (not released or modality.modality == "negated"):
                continue
            subject = ctx.subject(m.start())
            if not subject:
                continue
            season = ctx.explicit_season(m.start()) or ctx.target
            value = None if modality.modality == "negated" else f"{m.group().lower()} released"
            yield ctx.claim(subject, season, "trailer", value, modality)


def viewership_claims(ctx: SentenceContext) -> Iterator[Claim]:
    if ctx.sentence.is_heading:
        return
    for m in _VIEWERSHIP.finditer(ctx.text):
        number = float(m.group("num").replace(",", ""))
        mult = MULTIPLIERS.get((m.group("mult") or "").lower(), 1)
        amount = int(round(number * mult))
        if amount < 1000:
            continue
        modality = ctx.modality(m.start())
        subject = ctx.subject(m.start())
        if modality is None or not subject:
            continue
        window = m.group("window")
        value = {
            "amount": amount,
            "unit": m.group("unit").lower().replace(" viewed", ""),
            "window": re.sub(r"^.*?\b(?=(?:first|opening|debut)\b)", "", window.strip(), flags=re.IGNORECASE) if window else None,
            "text": m.group().strip(),
        }
        yield ctx.claim(subject, viewership_season(ctx, subject, m.start()), "viewership", value, modality)


def viewership_season(ctx: SentenceContext, subject: str, position: int) -> int | None:
    """The season an audience figure measures: one the sentence names, else the page's aired season (another
    title's, its first)."""
    return ctx.explicit_season(position) or (ctx.aired if ctx.is_main(subject) else 1)


def episode_claims(ctx: SentenceContext) -> Iterator[Claim]:
    if ctx.sentence.is_heading:
        return
    for m in _EPISODE_COUNT_NOUN.finditer(ctx.text):
        modality = ctx.modality(m.start())
        subject = ctx.subject(m.start())
        if modality is not None and modality.modality == "negated" and subject:
            yield ctx.claim(subject, ctx.explicit_season(m.start()) or ctx.target, "episode_count", None, modality)
    for m in _EPISODES.finditer(ctx.text):
        n = m.group("n").lower()
        count = int(n) if n.isdecimal() else _NUMBERS[n]
        modality = ctx.modality(m.start())
        subject = ctx.subject(m.start())
        if modality is None or not subject or re.search(r"\b(?:first|last|final|next)\s+$", ctx.text[max(0, m.start() - 12) : m.start()], re.IGNORECASE):
            continue
        if re.match(r"^\s*(?:premiere|debut|finale|opener|block|arc|drop)\b", ctx.text[m.end() :], re.IGNORECASE):
            continue  # "a two-episode premiere" is how it opens, not how long the season is
        if modality.modality == "negated" and m.group().lower().endswith(("-episode", "-part")):
            modality = Modality("confirmed")  # "does not end its 16-episode run": the count is taken for granted
        # "each of the first two seasons ran for 12 episodes": every season the range before names
        ranged = [seasons for start, end, seasons in ctx.ranges if end <= m.start() and not re.search(r"[;.]", ctx.text[end : m.start()])]
        if ranged and re.search(r"\b(?:each|both|all)\b[^.;]{0,60}$", ctx.text[max(0, m.start() - 80) : m.start()], re.IGNORECASE):
            for each in ranged[-1]:
                yield ctx.claim(subject, each, "episode_count", None if modality.modality == "negated" else count, modality)
            continue
        season = ctx.explicit_season(m.start())
        # "The eight-episode X – which A wrote and directed – adapts ...": a count that describes the show as it is
        describes = m.group().lower().endswith(("-episode", "-part")) and not _AHEAD.search(ctx.clause_text(m.start()))
        if season is None:
            # "Vincenzo was a 20-episode drama", "we binged all 16 episodes": the season already out
            season = ctx.aired if (ctx.is_past(m.start()) or describes) and ctx.is_main(subject) else ctx.target
        yield ctx.claim(subject, season, "episode_count", None if modality.modality == "negated" else count, modality)


_AHEAD = re.compile(r"\b(?:will|would|upcoming|new|next|second|third|coming|sophomore|returning|set to|expected)\b", re.IGNORECASE)
_ORIGINAL_STORY = re.compile(r"\b(?:is|was) (?:an )?original (?:story|idea|screenplay|series)\b|\bnot (?:based on|adapted from)\b", re.IGNORECASE)
_EPISODE_COUNT_NOUN = re.compile(r"\b(?:episode count|number of episodes|how many episodes)\b", re.IGNORECASE)


# "the fifth book in the X series by Y": the series a book belongs to sits between it and its author
_IN_SERIES = re.compile(r"^\s{1,3}(?:in|of|from)\s{1,3}(?:the\s{1,3})?[^.;,]{1,40}?\bseries\b")
# "... by Y, The Gods of Ash.": the book's title, set off at the end of the sentence
_END_TITLE = re.compile(r"^,\s{1,3}[“\"‘']?(?P<title>[A-Z][\w'’\-]*(?:\s(?:of|the|at|in|on|to|a|an|and)){0,3}(?:\s[A-Z][\w'’\-]*(?:\s(?:of|the|at|in|on|to|a|an|and)){0,3}){0,6})[”\"’']?[.!]?\s*$")
_SAME_NAME = re.compile(r"^\s+of the same (?:name|title)\b")
_TITLED = re.compile(r"^(?:\s+of the same (?:name|title)\b|,?\s+(?:titled|called|named)\s+[“\"‘']?(?P<title>[A-Z][^,;()“”\"]{1,60}?)[”\"’']?(?=[,;]\s|[.!]?\s*$))")


def _named_source(ctx: SentenceContext, rest: str) -> str | None:
    """The source's title given after its medium: "... novel of the same name" (the show's own), "..., titled X"."""
    m = _TITLED.match(rest)
    if not m:
        return None
    return m.group("title") or ctx.main


_SOURCE_VERB = re.compile(r"\b(?:is|are|will be|was|were)\s(?:\w+\s)?(?:based on|adapted from)|\b(?:adapts|will adapt|adapted)\b", re.IGNORECASE)


def _source_season(ctx: SentenceContext, position: int) -> int | None:
    """"Season 3 will be based on the fifth book": a season named before the source in its clause adapts it alone."""
    clause = ctx.clause(position)
    named = [r for r in ctx.seasons if clause.start <= r.start < position and r.explicit]
    # (only as the subject of the verb: in "The second season of the series, based on the manga" the source is the series')
    if not named or "," in ctx.text[named[-1].end : position] or not _SOURCE_VERB.search(ctx.text, max(0, position - 30), position + 12):
        return None
    return named[-1].season


def _adapting_show(ctx: SentenceContext, position: int) -> str | None:
    """The show a source sentence speaks of: the last title named before ``position``, else the page's own."""
    before = [x for x in ctx.mentions if x.end <= position and not x.comparison]
    return before[-1].title if before else ctx.main


def based_on_claims(ctx: SentenceContext) -> Iterator[Claim]:
    if ctx.sentence.is_heading:
        return
    original = _ORIGINAL_STORY.search(ctx.text)
    if original and ctx.main and ctx.subject(original.start()):
        # "X is an original story": the text denies any source material
        yield ctx.claim(ctx.subject(original.start()) or ctx.main, None, "based_on", None, Modality("negated"))
        return
    for m in _AUTHORS_MEDIUM.finditer(ctx.text):
        modality = ctx.modality(m.start())
        if modality is not None and ctx.main:
            # ("X's Naver webtoon of the same name": the word before the medium is its publisher, the title the show's)
            same = _SAME_NAME.match(ctx.text[m.end() :])
            title = ctx.main if same else m.group("title") or _named_source(ctx, ctx.text[m.end() :])
            yield ctx.claim(ctx.main, _source_season(ctx, m.start()), "based_on", {
                "title": title, "alt_title": m.group("alt"), "medium": m.group("medium").lower(),
                "author": m.group("author"), "run_start": None, "run_end": None,
            }, modality)
            return
    for pattern in (_BASED_ON, _MEDIUM_RUN):
        for m in pattern.finditer(ctx.text):
            modality = ctx.modality(m.start())
            if modality is None or (m.group().lower().startswith("follows") and m.group("medium").lower() in ("film", "movie")):
                continue  # ("The movie follows the 2023 film": a sequel follows its first film, it is not adapted from it)
            # the source's own title comes after the medium: the show is named before it, or is the page's
            subject = _adapting_show(ctx, m.start()) if pattern is _BASED_ON else ctx.main
            if not subject:
                continue
            value: dict[str, Any] = {"title": None, "alt_title": None, "medium": m.group("medium").lower(), "author": None,
                                     "run_start": None, "run_end": None}
            rest = ctx.text[m.end() :]
            if pattern is _BASED_ON:
                title = _TITLE_AFTER_MEDIUM.match(rest)
                same = _SAME_NAME.match(rest)
                if same:
                    value["title"] = subject  # "the novel of the same name by X"
                    rest = rest[same.end() :]
                elif title and title.group("title").split()[0] not in ("By",):
                    value["title"] = title.group("title").strip()
                    value["alt_title"] = title.group("alt")
                    rest = rest[title.end() :]
                series = _IN_SERIES.match(rest)
                if series and value["title"] is None:
                    rest = rest[series.end() :]
                author = _AUTHOR.match(rest)
                if author:
                    value["author"] = author.group("author").strip()
                    end_title = _END_TITLE.match(rest[author.end() :])
                    if end_title and value["title"] is None:
                        value["title"] = end_title.group("title")
            years = [t for t in ctx.times if t.span[0] >= m.start() and t.interval.granularity == "year" and t.interval.start]
            if years:
                first = years[0].interval
                value["run_start"] = first.start.year if first.start else None
                if first.end and first.start and first.end.year != first.start.year:
                    value["run_end"] = first.end.year
            yield ctx.claim(subject, _source_season(ctx, m.start()) if subject == ctx.main else None, "based_on", value, modality)
            return
    titled = _BASED_ON_TITLE.search(ctx.text)
    subject = _adapting_show(ctx, titled.start()) if titled else None
    if titled and ctx.main and subject and (modality := ctx.modality(titled.start())) is not None and modality.modality != "negated":
        # "The first season was based on Silent Water (1978)": a source named by its title alone
        author = _AUTHOR.match(ctx.text[titled.end() :])
        yield ctx.claim(subject, _source_season(ctx, titled.start()) if subject == ctx.main else None, "based_on", {
            "title": titled.group("title"), "alt_title": None, "medium": None, "author": author.group("author").strip() if author else None,
            "run_start": None, "run_end": None,
        }, modality)
        return
    drawn = _DRAWN_BY.search(ctx.text)
    if drawn and _MANGA_WORDS.search(ctx.text) and ctx.main and ctx.is_main(ctx.subject(drawn.start())) \
            and (modality := ctx.modality(drawn.start())) is not None:
        # "X, written and illustrated by A, has been serialized in Big Comic Spirits": a manga and its author
        yield ctx.claim(ctx.main, None, "based_on", {
            "title": ctx.main, "alt_title": None, "medium": "manga", "author": drawn.group("author"), "run_start": None, "run_end": None,
        }, modality)
        return
    mention = _SOURCE_MENTION.search(ctx.text)
    modality = ctx.modality(mention.start()) if mention else None
    if mention and ctx.main and modality is not None and modality.modality != "negated" and ctx.is_main(ctx.subject(mention.start())):
        author = _AUTHOR.match(ctx.text[mention.end() :])
        yield ctx.claim(ctx.main, None, "based_on", {
            "title": None, "alt_title": None, "medium": (mention.group("medium") or mention.group("medium2")).lower(),
            "author": author.group("author").strip() if author else None, "run_start": None, "run_end": None,
        }, Modality("confirmed"))


_COMES_FROM = re.compile(
    r"\b(?:comes?|came|hails?)\s(?:(?:to\sus|our\sway)\s)?from\s(?P<names>[A-Z][\w\-.&]*(?:\s[A-Z][\w\-.&]*){0,3}"
    r"(?:(?:,\s|\sand\s)[A-Z][\w\-.&]*(?:\s[A-Z][\w\-.&]*){0,3}){0,3})"
)
_DRAWN_BY = re.compile(
    r"\b(?:written|penned|created|authored)\s+and\s+(?:illustrated|drawn)\s+by\s+(?P<author>[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,3})"
)
_MANGA_WORDS = re.compile(r"\b(?:serial\w*|manga|Weekly|Jump|Magazine|volumes?)\b")
_BANNER = re.compile(r"\b(?:from|under|by)\s+the\s+(?P<names>[A-Z][\w\-.]*(?:\s[A-Z][\w\-.]*){0,3})\s+banner\b")


def company_claims(ctx: SentenceContext) -> Iterator[Claim]:
    if ctx.sentence.is_heading:
        return
    # (names, where they start, the words that say so when they follow the names, or "")
    found = [(m.group("names"), m.start("names"), "") for m in _COMPANY_BEFORE.finditer(ctx.text)]
    # "Sweetpea comes our way from See-Saw Films and Fanboy": a studio the show comes from, when the first is named as one
    found.extend((m.group("names"), m.start("names"), "") for m in _COMES_FROM.finditer(ctx.text)
                 if m.group("names").split(" and ")[0].split(",")[0].split()[-1].lower() in COMPANY_WORDS)
    for m in _COMPANY_AFTER.finditer(ctx.text):
        start = max(0, m.start() - 160)
        # only the last clause before the cue names the company ("The series will be called X, with Y producing")
        before = re.sub(r"^.*\bwith\s+", "", ctx.text[start : m.start()].rstrip())
        # ("Licensed outside of Japan by VIZ, Kestrel Animation is in charge": a phrase before the names is no name)
        before = re.sub(r"^[A-Z][\w'’\-]*\s+[a-z][^,]*,\s+", "", before)
        found.append((before, m.start() - len(before), ctx.text[max(0, m.start() - 20) : m.end()]))
    # "from the Kestrel Moor Films banner", "under the Tin Lantern Productions banner"
    # ("carries it under the Star banner": a platform's one-word brand is no studio)
    found.extend((m.group("names"), m.start("names"), "") for m in _BANNER.finditer(ctx.text)
                 if " " in m.group("names") and not PLATFORM_PATTERN.fullmatch(m.group("names")))
    for m in _COMPANY_POSSESSIVE.finditer(ctx.text):
        names = m.group("names")
        if PLATFORM_PATTERN.fullmatch(names) or not (m.group("anime") or names.split()[-1].lower() in COMPANY_WORDS):
            continue
        if any(t.start < m.end("names") and m.start("names") < t.end for t in ctx.mentions):
            continue  # ("Kimi ni Todoke’s anime adaptation": the show owns its adaptation, no studio)
        found.append((names, m.start(), ""))
    if MAKES.search(ctx.text):
        for m in _COMPANY_NAMED.finditer(ctx.text):
            # ("Starfall The Animation" is a title, not a studio)
            if " The " in m.group() or PLATFORM_PATTERN.match(m.group()):
                continue
            modality = ctx.modality(m.start())
            # "Studio X has not announced a third season": a denial about a season says nothing about who makes the show
            if modality is not None and modality.modality != "negated":
                found.append((m.group(), m.start(), ""))
    # "produced by A and B, with C and D serving as executive producers": the people after "with" are not companies, nor
    # the crew ("for Silver Link with A handling the scripts") nor executive producers ("and executive produced by A, B")
    found = [(re.split(r",?\s+with\s+(?=[A-Z][^,]*\b(?:serv|as|handl|compos|direct|writ|design|oversee|in\scharge)\w*)|,?\s+and\s+(?:is\s+)?executive(?:-|\s)produced\b",
                       names, maxsplit=1)[0], start, cue) for names, start, cue in found]
    # "produced by X, the series also stars A, B": a new clause after the comma lists no companies
    # ("produced by X, follows A and B": nor does a verb after the comma)
    # ("produced by A, in association with B, CBS' X stars C": nor does a capitalised subject and its verb)
    # ("at Studio Quill, with A in charge of series composition": nor do the people after ", with")
    found = [(re.split(r",\s+(?:(?:the|its|this|which|who|while|where)\s+[a-z]|with\s|(?!and\b)[a-z]+s\b"
                       r"|[A-Z][\w’'.\-]*(?:\s[A-Z][\w’'.\-]*){0,3}\s(?:stars|follows|features|is|was|will|has|returns)\b)", names, maxsplit=1)[0], start, cue)
             for names, start, cue in found]
    # ("produced by A and B for Kestrel Films; C for Tin Lantern Productions": the people produce for the companies)
    found = [(_producers_for(names), start, cue) for names, start, cue in found]
    for names, start, cue in found:
        modality = ctx.modality(start)
        subject = ctx.main
        if modality is None or not subject:
            continue
        if modality.modality == "reported" and _NAMED_AS_SOURCE.search(ctx.text, max(0, start - 60), start):
            # "according to the production company, X": the page itself says who X is; only what X says is reported
            modality = Modality("confirmed")
        # "is producing the second season", "continues to produce": the company works on the season to come
        # ("Production duties for the sophomore season will be handled by X": so does a credit told in the future)
        ongoing = _ONGOING_PRODUCTION.search(ctx.text) or re.search(r"\banimat(?:ing|e)\b", ctx.text) or _CREDIT_AHEAD.search(ctx.text) or re.search(
            r"\b(?:returning|set|slated|back) to (?:direct|produce|animate|helm)\b", ctx.text)  # ("A is returning to direct the second season at Y")
        # "X is developing the second season": the season its own clause names, else the one to come
        # "Season 2 is once again run by A, and it is produced by B": the season the sentence opens with
        opening = [r.season for r in ctx.seasons if r.start <= 12 and r.explicit]
        # otherwise the company made the aired show, and an undated credit sits on season 1 (../shared/seeds/gold/README.md)
        season = (ctx.explicit_season(start, whole_sentence=False) or ctx.target) if ongoing else opening[0] if opening else 1
        for name in _company_names(names):
            if re.search(r"\bas (?:the )?producers?\b", cue) and name.split()[-1].lower() not in COMPANY_WORDS and not name.isupper():
                continue  # "Akira Morii served as producer": a person who produces is no company
            yield ctx.claim(subject, season, "production_company", name, modality)
            if ongoing and _AGAIN.search(cue) and ctx.aired and ctx.aired != season:
                yield ctx.claim(subject, ctx.aired, "production_company", name, modality)


_FOR_COMPANY = re.compile(r"(?<!\S)for\s+([A-Z][^,;]{0,60})")


def _producers_for(names: str) -> str:
    """The companies of "A and B for Kestrel Films; C for Tin Lantern Productions", where people produce for them
    (not "Slate Hill Pictures for ITV": a company that makes the show for a network is the company)."""
    fors = list(_FOR_COMPANY.finditer(names))
    before = names[: fors[0].start()].rstrip(" ,;") if fors else ""
    if not before or any(PLATFORM_PATTERN.match(m.group(1)) for m in fors) or before.split()[-1].lower() in COMPANY_WORDS:
        return names
    return ", ".join(m.group(1) for m in fors)


def _company_names(text: str) -> list[str]:
    """Capitalised names in a list, skipping appositives ("X, a Y subsidiary,") and the title itself."""
    text = re.sub(r",\s+(?:a|an|the|which|who)\s+[^,]+,", ",", text)
    # "The production company X", "Studio X": the role noun is not part of the name
    text = re.sub(r"^.*?\b(?:production (?:company|companies|studio)|animation studio)\s+", "", text.strip(), flags=re.IGNORECASE)
    names: list[str] = []
    # "A and Mira Das's Kestrel Media and B's Tiger Moth": the companies are the owned names; the people joined
    # to the owners are producers, not companies
    owned = bool(re.search(r"[’']s\s+[A-Z]", text))
    # "HBO in association with A and B", "A with B": companies on both sides of the join
    for part in re.split(r",\s*(?:and\s+)?|\s+and\s+|\s*&\s*|\s+(?:in association with|together with|alongside|with)\s+", text):
        # ("produced by the acclaimed Production I.G": an article and its adjectives are no part of the name)
        part = part.strip()
        praised = re.match(r"(?:the|an?)\s+(?:[a-z][\w\-]*\s+){1,2}(?=[A-Z])", part)
        if praised and not re.search(r"\s[a-z]", part[praised.end() :]):
            part = part[praised.end() :]
        if re.search(r"\b(?:company|banner|studio)$", part):
            continue  # "Pike's own company, Red Mesa Pictures": the name comes next
        # "Vashti-Crowe's company Lantern Nine Productions": the owner is not the company
        part = re.sub(r"^(?:[A-Z][\w\-]*(?:\s[A-Z][\w\-]*){0,3}[’']s|his|her|their)\s+(?:own\s+)?(?:production\s+)?(?:company|banner|studio)\s+", "", part)
        possessed = re.match(r"[A-Z][\w\-]*(?:\s[A-Z][\w\-]*){0,3}[’']s\s+(?=[A-Z])", part)
        if possessed:
            part = part[possessed.end() :]
        # ("Disney TV Studios President Eric Schrier": the company ends before its officer's title)
        part = re.split(r"\s(?:President|CEO|Chairman|Chairwoman|Chief|Head|EVP|SVP|VP|Executive)\b", part, maxsplit=1)[0]
        m = _NAME.match(part)
        if not m or len(m.group()) <= 2:
            continue
        if owned and not possessed and m.group().split()[-1].lower() not in COMPANY_WORDS and not m.group().isupper():
            continue
        names.append(m.group().strip())
    return names
