"""Undated facts: platform, trailer, viewership, episode count, source material, production company."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from airdate.extract.context import SentenceContext
from airdate.extract.lexicon import GENERIC_CAPITALS, MEDIA, PLATFORM_PATTERN, is_month_or_day
from airdate.extract.modality import Modality
from airdate.models import Claim

# A platform word in a distribution relation with a show (not just "Netflix says ...").
_PLATFORM_RELATION_AFTER = re.compile(
    r"^[’']?s?\s*(?:(?:hit|hits|drama|dramas|comedy|platform)(?!\s+(?:executive|chief|boss|head|president|episode|slate|department|division|development))|original|originals|series|show|shows|library|vast library|catalog|catalogue|viewers|subscribers|users|by storm"
    r"|(?:has |had |have |will |also )?(?:renewed|streamed|streams|released|premiered|greenlit|ordered|picked up|dropped|debuted|wasted no time|simulcasts?|will simulcast|will stream|carries)"
    r"|[’']s\s+(?:[\w\-]+\s+){0,3}(?:original|originals|shows?|series|library|catalog|drama|dramas|comedy|thriller|hit|hits))\b",
    re.IGNORECASE,
)
_PLATFORM_RELATION_BEFORE = re.compile(
    r"\b(?:on|to|via|available on|streaming on|exclusively on|only on|exclusive to|by|at|from|took|onto)\s+(?:the\s+)?$", re.IGNORECASE
)
_OWNER = re.compile(r"^[’']s\s+(?:[a-z][\w\-]*\s+){1,3}[A-Z]")
# the possessive that opens a show's name right after a platform ("AppleTV+'s See", "HBO's new hit 'X'")
_OWNS_NEXT = re.compile(r"^[’']s\s+(?:[a-z][\w\-]*\s+){0,3}[“\"‘']?")
# a platform that orders a season ("Apple TV+ has ordered a third season")
_ORDERS = re.compile(r"\S*\s(?:has\s|have\s)?(?:officially\s)?(?:ordered|renewed|greenlit|picked up)\b")  # single spaces: linear under search
_OWNER_VERB = re.compile(
    r"^\s+(?:also\s+)?(?:has\s+)?(?:(?:renewed|ordered)\s+its\s+|(?:cancel+ed|axed)\s+(?:(?:its|the)\s+)?)(?:[a-z][\w\-]*\s+){0,3}[A-Z]"
)
# the platform as an adjective of the show: "the Netflix series", "the hit Prime Video show"
_ATTRIBUTIVE = re.compile(
    r"^\s(?:(?!(?:as|is|was|are|were|and|or|to|for|at|in|on|with|by|from|the|a|an|its|his|her)\b)[a-z][\w\-]*\s){0,2}(?:(?:show|series|drama|k-drama|comedy|thriller|anime|movie|film)\b(?!\s+(?:of|about)\b)|adaptation\b)"
    r"(?!\s+(?:executive|exec|boss|chief|head|president)\b)"
    # "Reacher, Prime Video's hit action series": the possessive says the same of the whole show
    r"|^[’']s\s+(?:[a-z][\w\-]*\s+){0,3}(?:(?:show|series|drama|k-drama|comedy|thriller|anime|movie|film)\b(?!\s+(?:of|about)\b)|adaptation\b)"
    r"(?!\s+(?:executive|exec|boss|chief|head|president)\b)",
    re.IGNORECASE,
)
_CONTRAST = re.compile(r",\s{0,3}(?:while|whereas)\b", re.IGNORECASE)
_SHOW_AIRS = re.compile(r"\b(?:the show|the series|it)\s+(?:airs|streams|is available)\s+on\s+$", re.IGNORECASE)
_TRAILER_NOUN = re.compile(r"\b(?:trailers?|teasers?|promos?|first look|sneak peek)\b", re.IGNORECASE)
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
    r"(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(?P<mult>million|billion|thousand|crore|lakh|m|bn|k)?\s+"
    r"(?:viewing |watch |streaming )?(?P<unit>hours viewed|hours|views|viewers|households|streams|accounts|minutes)\b"
    r"(?P<window>[^.;!?]{0,40}?\b(?:first|opening|debut)\s+(?:\d+\s+days|week|weekend|month|two weeks|\w+ days|\w+ weeks))?",
    re.IGNORECASE,
)
_MULTIPLIERS = {"million": 1_000_000, "m": 1_000_000, "billion": 1_000_000_000, "bn": 1_000_000_000, "thousand": 1000, "k": 1000,
               # Indian numbering: a crore is ten million, a lakh a hundred thousand
               "crore": 10_000_000, "lakh": 100_000}
_EPISODES = re.compile(
    r"\b(?P<n>\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|twenty)"
    r"(?:-episode|\s+episodes)\b",
    re.IGNORECASE,
)
_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
            "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "twenty": 20}
_MEDIA = "|".join(re.escape(m) for m in sorted(MEDIA, key=len, reverse=True))
# ("based on Robyn Carr's novels": an owner's name and a plural medium too)
_BASED_ON = re.compile(
    r"\b(?:based on|adapted from|adaptation of|inspired by|adapts|adapted|adapting|follows the)\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+)?(?:[\w\-’']+\s+){0,3}?"
    r"(?P<medium>" + _MEDIA + r")s?\b",
    re.IGNORECASE,
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
_AUTHOR = re.compile(r"^\s*(?:,\s*)?(?:written\s+|created\s+|drawn\s+)?by\s+(?:(?:the\s+)?(?:author|novelist|writer|cartoonist|artist)\s+)?(?P<author>[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,3})")
_ONGOING_PRODUCTION = re.compile(r"\b(?:(?:is|are) (?:now |also )?producing|continues? to produce|will (?:again |also )?produce|(?:is|are) back to produce)\b", re.IGNORECASE)
_COMPANY_BEFORE = re.compile(
    r"\b(?<!executive )(?<!executive-)(?:produced (?:for [A-Z][\w+]*(?: [A-Z][\w+]*)? )?by|(?:is|are|was|were) made by|production (?:company|companies|studio)|in association with"
    r"|under the banner of|animated by|animation (?:is )?by|(?:joint |co-)production (?:between|of|from))\s+(?P<names>[^.;]{3,120})"
)
# the names come before these words; the text before is cut in Python so no pattern has to scan back
_COMPANY_AFTER = re.compile(
    r"\b(?:credited for production|(?:is|are) producing|continues? to produce|handl\w+ (?:the )?production|as (?:the )?producers?"
    r"|(?:is|are) (?:again |once again )?animating|returns? to animate|will (?:again )?animate)\b"
)
# the same studio again: it made the aired season and makes the coming one
_AGAIN = re.compile(r"\b(?:again|returns?|returning|once more)\b", re.IGNORECASE)
_NAME = re.compile(r"[A-Z][\w'’\-&.]*(?:\s+(?:[A-Z][\w'’\-&.]*|of|and|&))*")


# "JTBC officially confirmed that X will return with a second season", "Peacock confirmed the fifth season":
# an announcement of the show's season (not of a person) by its platform
_ANNOUNCES_SEASON = re.compile(
    r"^\s+(?:has\s+|have\s+|also\s+|officially\s+){0,2}(?:announced|confirmed|renewed|ordered|greenlit|picked up)\b(?:\s+(?:on|in)\s+[^,;.]{1,30}?)?"
    r"(?=\s+(?:that\s+)?[^.;]{0,60}?\b(?:will return|would return|is returning|returns|renewed|will premiere|premieres|is in the works"
    r"|(?:a|the)\s+(?:\w+\s+)?(?:season|series)\b|season\s+(?:\d{1,2}|two|three|four|five|six)\b))"
)
# "airs on Tokyo MX and BS11", "will premiere in July on Tokyo MX": a distribution verb, then "on" and a channel
_AIRS_ON = re.compile(
    r"\b(?:airs?|aired|airing|streams?|streamed|streaming|available|premieres?|premiered|premiering|broadcasts?|broadcasting"
    r"|simulcasts?|simulcasting|carried|watch)\b[^.;]{0,40}?\bon\s+(?=[A-Z0-9])"
)
_CHANNEL_NAME = re.compile(r"[A-Z0-9][\w+\-]*(?:\s+[A-Z0-9][\w+\-]*){0,2}")
# bounded spaces: the pattern is only ever matched at one position, but must stay linear under finditer too
_LIST_JOIN = re.compile(r"(?:,\s{0,3}(?:and\s{1,3}|or\s{1,3})?|\s{1,3}(?:and|or|&)\s{1,3})(?=[A-Z0-9])")
# capitalised words that follow "on" and name no channel
_NOT_CHANNEL = frozenset(
    "blu-ray dvd dvds digital demand vod christmas thanksgiving halloween easter valentine's new the a an its their".split()
)


def _channel(text: str, start: int) -> tuple[int, int, str] | None:
    m = _CHANNEL_NAME.match(text, start)
    if not m:
        return None
    first = m.group().split()[0]
    if re.match(r"[’']s\b", text[m.end() : m.end() + 2]):
        return None  # "on Nat Geo's YouTube channel": the owner of the channel named next
    if first.lower() in _NOT_CHANNEL or is_month_or_day(first.rstrip("s")) or first.lower() in GENERIC_CAPITALS or is_month_or_day(first) or first.isdigit():
        return None
    if re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)", first):
        return None  # "premiered on 8th March 2024": a date
    return m.start(), m.end(), m.group()


def platform_mentions(text: str) -> list[tuple[int, int, str, bool]]:
    """Platforms named in ``text``: (start, end, name, related). Known names anywhere; unknown channel names only
    after a distribution verb and "on" ("airs on Tokyo MX and BS11"). ``related`` says the words already tie the
    platform to a show: it follows "airs on ..." or continues a list that does ("on Disney+ and Hulu")."""
    found: dict[int, tuple[int, int, str, bool]] = {m.start(): (m.start(), m.end(), m.group(), False) for m in PLATFORM_PATTERN.finditer(text)}
    for on in _AIRS_ON.finditer(text):
        pos = on.end()
        while True:
            known = found.get(pos)
            item = (known[0], known[1], known[2]) if known else _channel(text, pos)
            if item is None:
                break
            found[item[0]] = (item[0], item[1], item[2], True)
            join = _LIST_JOIN.match(text, item[1])
            if not join:
                break
            pos = join.end()
    return [found[k] for k in sorted(found)]


def platform_claims(ctx: SentenceContext) -> Iterator[Claim]:
    if ctx.sentence.is_heading:
        yield from _headline_platform(ctx)
        return
    previous: tuple[int, int] | None = None  # where the last platform with a season ended, and that season
    for start, end, name, related in platform_mentions(ctx.text):
        after = ctx.text[end:]
        before = ctx.text[max(0, start - 40) : start]
        announces = _ANNOUNCES_SEASON.match(after)
        owner = _OWNS_NEXT.match(after)
        owned_by = [m.title for m in ctx.mentions if owner is not None and m.start == end + owner.end() and not m.comparison]
        # "the tvN medical drama X": an adjective of the show named right after it
        adjective = _ATTRIBUTIVE.match(after)
        named_after = [m.title for m in ctx.mentions if adjective is not None and 0 <= m.start - (end + adjective.end()) <= 3 and not m.comparison]
        if named_after and not owned_by:
            owned_by = named_after
        elif (adjective and not owned_by and ctx.main and re.search(r"\b(?:the|this)\s+$", before, re.IGNORECASE)
              and not re.match(r"\s*[“\"‘']?[A-Z]", after[adjective.end() :])):
            owned_by = [ctx.main]  # "the tvN medical drama will not return": the page's show, unnamed
        if not (related or announces or owned_by or _PLATFORM_RELATION_AFTER.match(after) or _PLATFORM_RELATION_BEFORE.search(before)
                or _OWNER_VERB.match(after)):
            continue
        if announces and not related:
            # "JTBC officially confirmed that X will return with a second season": the platform carries that season
            subject = ctx.subject(start + len(announces.group()))
            refs = [r for r in ctx.seasons if r.start > start]
            modality = ctx.modality(start)
            if subject and ctx.is_main(subject) and modality is not None and modality.modality == "confirmed":
                yield ctx.claim(subject, refs[0].season if refs else ctx.target, "platform", name, Modality("confirmed"))
            continue
        if re.search(r"\baccording to\s*$", before, re.IGNORECASE):
            continue  # "According to ITV, the first series averaged ...": the source of a figure, not where the show airs
        modality = ctx.modality(start)
        if modality is None or not (modality.modality == "confirmed" or modality.scheduled_only) or ctx.is_generic(start):
            continue
        subject = owned_by[0] if owned_by else ctx.subject(start)
        if not subject:
            continue
        ranges = [seasons for a, b, seasons in ctx.ranges if ctx.clause(start).start <= a < start]
        if ranges:
            # "The first two seasons are available on X": one claim per season
            for each in ranges[0]:
                yield ctx.claim(subject, each, "platform", name, Modality("confirmed"))
            continue
        # "AppleTV+'s See", "HBO's new monster hit 'The Last of Us'": the platform owns the show named right after
        attributive = _ATTRIBUTIVE.match(after)
        if _OWNER.match(after) or owned_by or _OWNER_VERB.match(after) or _SHOW_AIRS.search(before) or attributive:
            # "FX's comedy X", "Peacock canceled X", "the show airs on PBS": the platform of the whole series
            yield ctx.claim(subject, None, "platform", name, Modality("confirmed"))
        if attributive:
            continue  # "season 4 of the hot Netflix series": the platform of the show, not of that season
        season = _platform_season(ctx, start)
        if season is None and re.search(r"\b(?:debuted|premiered|streamed|released|launched|aired|watched|devoured|binged|viewed)\b", ctx.clause_text(start)):
            season = ctx.aired if ctx.is_main(subject) else 1
            if ctx.explicit_season(start) is None and re.search(r"\b(?:debuted|premiered|launched|originally aired|first aired)\b", ctx.clause_text(start)):
                season = 1  # "X premiered on Hulu in 2023": a show premieres with its first season
        if season is None and ctx.is_main(subject) and not ctx.is_past(start) and re.search(
            r"\b(?:premiere|arrive|release|drop|debut|launch|return|come back|comes back|will stream)\w*", ctx.clause_text(start), re.IGNORECASE
        ):
            season = ctx.explicit_season(start) or ctx.target
        between = ctx.text[previous[0] : start] if previous is not None else ""
        if season is None and previous is not None and (_CONTRAST.search(between) or between.strip(" ,") in ("", "and", "or", "&")):
            # "X Season 4 will stream on JioCinema in India, while viewers elsewhere can watch it on Hulu": the
            # other countries' platform carries the same season, and so does the next name of a list
            season = previous[1]
        if season is not None:
            previous = (end, season)
        yield ctx.claim(subject, season, "platform", name, Modality("confirmed"))


# a headline that sends the show somewhere: "X Season 2 Reportedly Coming to Netflix", "X Renewed at Hulu"
_HEADLINE_TO = re.compile(r"\b(?:coming|comes|heads?|heading|moves?|returns?|lands?|arrives?|premieres?|streams?) (?:to|on)\s+$|\b(?:at|to)\s+$", re.IGNORECASE)


def _headline_platform(ctx: SentenceContext) -> Iterator[Claim]:
    """The page's own headline (the first line) may say where the show goes; other headings only organise the page."""
    if ctx.sentence.start > 40 or not ctx.main:
        return
    for start, _, name, _ in platform_mentions(ctx.text):
        if not _HEADLINE_TO.search(ctx.text[max(0, start - 20) : start]):
            continue
        modality = ctx.modality(start)
        subject = ctx.subject(start)
        if subject and ctx.is_main(subject) and modality is not None and modality.modality in ("confirmed", "reported", "expected"):
            yield ctx.claim(subject, ctx.explicit_season(start) or ctx.target, "platform", name, modality)
        return


def _platform_season(ctx: SentenceContext, position: int) -> int | None:
    """The season the platform carries: named after it in its clause ("renewed X for a second season"), else before it."""
    clause = ctx.clause(position)
    after = [r for r in ctx.seasons if position <= r.start < clause.end and re.search(r"\bfor\s+(?:(?:a|an|its|the)\s+)?$", ctx.text[max(0, r.start - 12) : r.start])]
    if after:
        return after[0].season
    # "Apple TV+ has ordered a third season": the season the platform orders is the one it carries
    ordered = _ORDERS.match(ctx.text, position)
    if ordered:
        later = [r for r in ctx.seasons if ordered.end() <= r.start < clause.end and re.search(r"\b(?:a|an)\s+$", ctx.text[max(0, r.start - 4) : r.start])]
        if later:
            return later[0].season
    if re.search(r"\brenew\w*", ctx.text[position : clause.end], re.IGNORECASE):
        return ctx.target
    before = [r for r in ctx.seasons if clause.start <= r.start < position]
    if before:
        return before[-1].season
    # "Netflix streams the first season": the platform is the subject, the season its object
    if re.match(r"\s*(?:also\s+)?(?:streams|carries|has|hosts|offers|will stream|will carry)\b", ctx.text[position:].split(" ", 1)[-1]):
        later = [r for r in ctx.seasons if position < r.start < clause.end]
        return later[0].season if later else None
    return None


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
                r"\b(?:no|not|n['’]t|never|yet to)\b", clause[m.end() - ctx.clause(m.start()).start : released.start()], re.IGNORECASE)
            if modality.modality == "negated" and not negated_after and not re.search(r"\b(?:no|not|n['’]t|yet to)\b[^,;]{0,40}$", ctx.text[max(0, m.start() - 60) : m.start()] + " ", re.IGNORECASE) and released:
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
        mult = _MULTIPLIERS.get((m.group("mult") or "").lower(), 1)
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
        season = ctx.explicit_season(m.start()) or (ctx.aired if ctx.is_main(subject) else 1)
        yield ctx.claim(subject, season, "viewership", value, modality)


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
        count = int(n) if n.isdigit() else _NUMBERS[n]
        modality = ctx.modality(m.start())
        subject = ctx.subject(m.start())
        if modality is None or not subject or re.search(r"\b(?:first|last|final|next)\s+$", ctx.text[max(0, m.start() - 12) : m.start()], re.IGNORECASE):
            continue
        if re.match(r"^\s*(?:premiere|debut|finale|opener|block|arc|drop)\b", ctx.text[m.end() :], re.IGNORECASE):
            continue  # "a two-episode premiere" is how it opens, not how long the season is
        season = ctx.explicit_season(m.start())
        if season is None:
            # "Vincenzo was a 20-episode drama", "we binged all 16 episodes": the season already out
            season = ctx.aired if ctx.is_past(m.start()) and ctx.is_main(subject) else ctx.target
        yield ctx.claim(subject, season, "episode_count", None if modality.modality == "negated" else count, modality)


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
            title = m.group("title") or _named_source(ctx, ctx.text[m.end() :])
            yield ctx.claim(ctx.main, _source_season(ctx, m.start()), "based_on", {
                "title": title, "alt_title": m.group("alt"), "medium": m.group("medium").lower(),
                "author": m.group("author"), "run_start": None, "run_end": None,
            }, modality)
            return
    for pattern in (_BASED_ON, _MEDIUM_RUN):
        for m in pattern.finditer(ctx.text):
            modality = ctx.modality(m.start())
            if modality is None:
                continue
            # the source's own title comes after the medium: the show is named before it, or is the page's
            before = [x for x in ctx.mentions if x.end <= m.start() and not x.comparison]
            subject = (before[-1].title if before else ctx.main) if pattern is _BASED_ON else ctx.main
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


def company_claims(ctx: SentenceContext) -> Iterator[Claim]:
    if ctx.sentence.is_heading:
        return
    # (names, where they start, the words that say so when they follow the names, or "")
    found = [(m.group("names"), m.start("names"), "") for m in _COMPANY_BEFORE.finditer(ctx.text)]
    for m in _COMPANY_AFTER.finditer(ctx.text):
        start = max(0, m.start() - 160)
        # only the last clause before the cue names the company ("The series will be called X, with Y producing")
        before = re.sub(r"^.*\bwith\s+", "", ctx.text[start : m.start()].rstrip())
        found.append((before, m.start() - len(before), ctx.text[max(0, m.start() - 20) : m.end()]))
    # "produced by A and B, with C and D serving as executive producers": the people after "with" are not companies
    found = [(re.split(r",?\s+with\s+(?=[A-Z][^,]*\b(?:serv|as)\w*)", names, maxsplit=1)[0], start, cue) for names, start, cue in found]
    # "produced by X, the series also stars A, B": a new clause after the comma lists no companies
    found = [(re.split(r",\s+(?:the|its|this|which|who|while|where)\s+[a-z]", names, maxsplit=1)[0], start, cue) for names, start, cue in found]
    for names, start, cue in found:
        modality = ctx.modality(start)
        subject = ctx.main
        if modality is None or not subject:
            continue
        # "is producing the second season", "continues to produce": the company works on the season to come
        ongoing = _ONGOING_PRODUCTION.search(ctx.text) or re.search(r"\banimat(?:ing|e)\b", ctx.text)
        season = ctx.target if ongoing else (ctx.aired or 1)
        for name in _company_names(names):
            yield ctx.claim(subject, season, "production_company", name, modality)
            if ongoing and _AGAIN.search(cue) and ctx.aired and ctx.aired != season:
                yield ctx.claim(subject, ctx.aired, "production_company", name, modality)


def _company_names(text: str) -> list[str]:
    """Capitalised names in a list, skipping appositives ("X, a Y subsidiary,") and the title itself."""
    text = re.sub(r",\s+(?:a|an|the|which|who)\s+[^,]+,", ",", text)
    # "The production company X", "Studio X": the role noun is not part of the name
    text = re.sub(r"^.*?\b(?:production (?:company|companies|studio)|animation studio)\s+", "", text.strip(), flags=re.IGNORECASE)
    names: list[str] = []
    # "HBO in association with A and B", "A with B": companies on both sides of the join
    for part in re.split(r",\s*(?:and\s+)?|\s+and\s+|\s*&\s*|\s+(?:in association with|together with|alongside|with)\s+", text):
        part = part.strip()
        if re.search(r"\b(?:company|banner|studio)$", part):
            continue  # "Pike's own company, Red Mesa Pictures": the name comes next
        # "Vashti-Crowe's company Lantern Nine Productions": the owner is not the company
        part = re.sub(r"^[A-Z][\w\-]*(?:\s[A-Z][\w\-]*){0,3}[’']s\s+(?:own\s+)?(?:production\s+)?(?:company|banner|studio)\s+", "", part)
        m = _NAME.match(part)
        if m and len(m.group()) > 2:
            names.append(m.group().strip())
    return names
