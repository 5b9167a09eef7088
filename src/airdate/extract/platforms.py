"""Where a show streams or airs: platform claims, from running text, headlines and channel lists."""

from __future__ import annotations

import re
from collections.abc import Iterator

from airdate.extract.context import SentenceContext
from airdate.extract.lexicon import GENERIC_CAPITALS, PLATFORM_PATTERN, is_month_or_day
from airdate.extract.modality import Modality
from airdate.models import Claim

# A platform word in a distribution relation with a show (not just "Netflix says ...").
_PLATFORM_RELATION_AFTER = re.compile(
    r"^[’']?s?\s*(?:(?:hit|hits|drama|dramas|comedy|platform|service|streaming service)(?!\s+(?:executive|chief|boss|head|president|episode|slate|department|division|development))|original|originals|series|show|shows|library|vast library|catalog|catalogue|viewers|subscribers|users|by storm"
    r"|(?:has |had |have |will |also )?(?:today |officially |just |now )?(?:renewed|streamed|streams|released|premiered|greenlit|ordered|picked up|dropped|debuted|launched|wasted no time|simulcasts?|will simulcast|will stream|carries)"
    # "Crunchyroll is streaming the anime as it airs"
    r"|(?:is|are|will be) (?:also |now |currently )?(?:streaming|simulcasting) (?:the|it|all|both|this|every)"
    r"|[’']s\s+(?:[\w\-]+\s+){0,3}(?:original|originals|shows?|series|library|catalog|drama|dramas|comedy|thriller|hit|hits))\b",
    re.IGNORECASE,
)
_PLATFORM_RELATION_BEFORE = re.compile(
    r"\b(?:on|to|via|available on|streaming on|exclusively on|only on|exclusive to|by|at|from|took|onto|hit|hits|hitting)\s+(?:the\s+)?"
    # ("will also air on the South Korean cable network JTBC": the kind of platform may be named first)
    r"(?:[A-Za-z][\w\-]*\s+){0,3}?(?:(?:cable|streaming|broadcast|terrestrial|public|TV|television)\s+)?(?:network|channel|broadcaster|service|platform|streamer|giant)\s+$"
    r"|\b(?:on|to|via|available on|streaming on|exclusively on|only on|exclusive to|by|at|from|took|onto|hit|hits|hitting)\s+(?:the\s+)?$", re.IGNORECASE
)
_WORKS_AT = re.compile(
    r"\b(?:president|head|chief|executive|exec|partners?|officer|boss|chair(?:man|woman)?|ceo|vp|programming|team)\b[^.;]{0,30}?\bat\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_OWNER = re.compile(r"^[’']s\s+(?:[a-z][\w\-]*\s+){1,3}[A-Z]")
# the possessive that opens a show's name right after a platform ("AppleTV+'s See", "HBO's new hit 'X'")
_OWNS_NEXT = re.compile(r"^[’']s\s+(?:[a-z][\w\-]*\s+){0,3}[“\"‘']?")
# a platform that orders a season ("Apple TV+ has ordered a third season")
_ORDERS = re.compile(r"\S{0,30}\s(?:has\s|have\s)?(?:officially\s)?(?:ordered|renewed|greenlit|picked up)\b")  # single spaces: linear under search
_OWNER_VERB = re.compile(
    r"^\s+(?:also\s+)?(?:has\s+)?(?:(?:renewed|ordered)\s+its\s+|(?:cancel+ed|axed)\s+(?:(?:its|the)\s+)?)(?:[a-z][\w\-]*\s+){0,3}[A-Z]"
)
# the platform as an adjective of the show: "the Netflix series", "the hit Prime Video show"
_IS_A_BEFORE = re.compile(r"\b(?:is|was|will\s+be)\s+(?:a|an)\s+(?:(?:upcoming|new|original|hit|popular|(?:19|20)\d\d)\s+)?$", re.IGNORECASE)
_ATTRIBUTIVE = re.compile(
    r"^\s(?:(?!(?:as|is|was|are|were|and|or|to|for|at|in|on|with|by|from|the|a|an|its|his|her)\b)[a-z][\w\-]*\s){0,2}(?:(?:show|series|drama|k-drama|comedy|thriller|anime|movie|film)\b(?!\s+(?:of|about)\b)|adaptation\b)"
    r"(?!\s+(?:executive|exec|boss|chief|head|president)\b)"
    # "Reacher, Prime Video's hit action series": the possessive says the same of the whole show
    r"|^[’']s\s+(?:[a-z][\w\-]*\s+){0,3}(?:(?:show|series|drama|k-drama|comedy|thriller|anime|movie|film)\b(?!\s+(?:of|about)\b)|adaptation\b)"
    r"(?!\s+(?:executive|exec|boss|chief|head|president)\b)",
    re.IGNORECASE,
)
_APPOSITIVE = re.compile(r",\s(?:the|a|an|its)\s[^,;.]{1,60},(?=\s+(?:also\s+)?(?:will\s+)?(?:streams?|carries|carry|simulcasts?|airs?|hosts?)\b)")
_CONTRAST = re.compile(r",\s{0,3}(?:while|whereas)\b", re.IGNORECASE)
# a verb that puts a season somewhere, right before the platform ("expected to be streaming on", "could land on")
_LANDS_ON = re.compile(
    r"\b(?:(?:to|be|will|could|might|may|would|should)\s(?:be\s)?(?:stream|land|arrive|air|premiere|drop|debut|head|move|come|released?)"
    r"|streaming|landing|arriving|airing|premiering|dropping|debuting|heading|moving|coming)\b[^.;]{0,30}?\b(?:on|to)\s{1,3}(?:the\s{1,3})?"
    r"(?:(?-i:[A-Z0-9])[\w+\-]*(?:\s(?-i:[A-Z0-9])[\w+\-]*)?(?:,\s|\s(?:and|or)\s))?$",  # ("on CCTV8 and Tencent Video")
    re.IGNORECASE,
)
_SHOW_AIRS = re.compile(r"\b(?:the show|the series|it)\s+(?:airs|streams|is available)\s+on\s+$", re.IGNORECASE)


# "JTBC officially confirmed that X will return with a second season", "Peacock confirmed the fifth season":
# an announcement of the show's season (not of a person) by its platform
_ANNOUNCES_SEASON = re.compile(
    r"^\s+(?:has\s+|have\s+|also\s+|officially\s+|today\s+|just\s+){0,3}(?:announced|confirmed|renewed|ordered|greenlit|picked up)\b"
    r"(?:\s+(?:on|in)\s+[^,;.]{1,30}?|\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday))?"
    r"(?=\s+(?:that\s+)?[^.;]{0,60}?\b(?:will return|would return|is returning|returns|renewed|will premiere|premieres|is in the works|the return of"
    r"|(?:a|the)\s+(?:\w+\s+)?(?i:season|series)\b|(?i:season)\s+(?:\d{1,2}|two|three|four|five|six)\b))"
)
# "airs on Tokyo MX and BS11", "will premiere in July on Tokyo MX": a distribution verb, then "on" and a channel
_LATER_ON = re.compile(r"[^.;\n]{1,40}?\son\s(?=[A-Z0-9])")
_AIRS_ON = re.compile(
    r"\b(?:airs?|aired|airing|streams?|streamed|streaming|available|premieres?|premiered|premiering|broadcasts?|broadcasting|returns?|debuts?"
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
        retried = False
        while True:
            known = found.get(pos)
            item = (known[0], known[1], known[2]) if known else _channel(text, pos)
            if item is None and not retried and (later := _LATER_ON.match(text, pos)) is not None:
                # ("returns on Sunday, April 6 at 8 pm on ITV1, ITVX and STV": the day came first, the channels after)
                retried, pos = True, later.end()
                continue
            if item is None:
                break
            found[item[0]] = (item[0], item[1], item[2], True)
            join = _LIST_JOIN.match(text, item[1])
            if not join:
                break
            pos = join.end()
    for m in _THEATRICAL.finditer(text):
        # (the big screen is the theaters; a page's own word for them is kept, as labellers keep it)
        where = "theaters" if m.group("where").lower().startswith("big") else m.group("where")
        found.setdefault(m.start("where"), (m.start("where"), m.end("where"), where, True))
    ordered = [found[k] for k in sorted(found)]
    # ("on Kansai TV, then on Tokai TV and KBS Kyoto", "stream on d Anime Store and U-NEXT"): the next name of a list
    # is tied to the show as the one before it is
    for i in range(1, len(ordered)):
        before, current = ordered[i - 1], ordered[i]
        tied = before[3] or _ON_BEFORE.search(text, max(0, before[0] - 12), before[0]) is not None
        if tied and not current[3] and _LIST_GAP.fullmatch(text, before[1], current[0]):
            ordered[i] = (current[0], current[1], current[2], True)
    return ordered


_ON_BEFORE = re.compile(r"\b(?:on|via)\s{1,3}$")
# (a comma or a conjunction: "Amazon MX Player" is one name, not two)
_LIST_GAP = re.compile(r"(?:,\s{0,3}(?:(?:and|or|&)\s{1,3})?|\s{1,3}(?:and|or|&)\s{1,3})(?:(?:then|later)\s{1,3})?(?:(?:on|via)\s{1,3})?")


# "set to hit theaters on November 22", "will be released in cinemas": a film's release is in theaters
# ("roars into New Zealand cinemas": a country or chain may stand before the word; "coming back to the big screen")
_THEATRICAL = re.compile(
    r"\b(?:in|to|hit|hits|hitting|into|on)\s(?:the\s)?(?:(?-i:[A-Z])[\w’'\-]*\s){0,2}(?P<where>theaters|theatres|cinemas|big\sscreens?)\b", re.IGNORECASE
)


def platform_claims(ctx: SentenceContext) -> Iterator[Claim]:
    if ctx.sentence.is_heading:
        yield from _headline_platform(ctx)
        return
    yield from _catalogue_examples(ctx)
    previous: tuple[int, int] | None = None  # where the last platform with a season ended, and that season
    for start, end, name, related in platform_mentions(ctx.text):
        # "Crunchyroll, the largest global hub for anime, will stream ...": an appositive stands between name and verb
        apposed = _APPOSITIVE.match(ctx.text, end)
        after = ctx.text[apposed.end() if apposed else end :]
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
        elif adjective and not owned_by and _IS_A_BEFORE.search(before) and (described := ctx.subject(start)):
            owned_by = [described]  # "X is an upcoming TVING historical romance drama": the show the sentence describes
        lands = _LANDS_ON.search(ctx.text[max(0, start - 90) : start])
        if not (related or announces or owned_by or _PLATFORM_RELATION_AFTER.match(after) or _PLATFORM_RELATION_BEFORE.search(before)
                or _OWNER_VERB.match(after) or lands):
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
        if _WORKS_AT.search(before):
            continue  # "the President of Original Programming at FX", "our partners at Apple TV+": a workplace
        if re.search(r"\b(?:work|roles?|credits?)\s+(?:on|in)\s+$", before) and re.match(r",\s[A-Z]", after):
            continue  # ("known for his work on Bravo, My Life": a title that opens with a channel's name)
        modality = ctx.modality(start)
        if modality is None or ctx.is_generic(start):
            continue
        subject = owned_by[0] if owned_by else ctx.subject(start)
        if not subject:
            continue
        if not (modality.modality == "confirmed" or modality.scheduled_only):
            # "speculations over the release of the popular Prime Video series, X": the hedge is about the
            # release; the platform that owns the show is said as a plain fact
            if modality.modality != "negated" and (owned_by or adjective):
                yield ctx.claim(subject, None, "platform", name, Modality("confirmed"))
                continue
            if modality.modality in ("expected", "reported", "speculative", "conditional") and ctx.is_main(subject) and lands:
                # "Part 3 is expected to be streaming on Hulu": where the season is hoped or said to land, hedged
                season = ctx.explicit_season(start) or ctx.target
                yield ctx.claim(subject, season, "platform", name, modality)
            continue
        ranges = [seasons for a, b, seasons in ctx.ranges if ctx.clause(start).start <= a < start]
        if ranges:
            # "The first two seasons are available on X": one claim per season
            for each in ranges[0]:
                yield ctx.claim(subject, each, "platform", name, Modality("confirmed"))
            continue
        # "AppleTV+'s See", "HBO's new monster hit 'The Last of Us'": the platform owns the show named right after
        attributive = adjective
        if _OWNER.match(after) or owned_by or _OWNER_VERB.match(after) or _SHOW_AIRS.search(before) or attributive:
            # "FX's comedy X", "Peacock canceled X", "the show airs on PBS": the platform of the whole series
            yield ctx.claim(subject, None, "platform", name, Modality("confirmed"))
        if attributive:
            continue  # "season 4 of the hot Netflix series": the platform of the show, not of that season
        season = _platform_season(ctx, start, apposed.end() - end if apposed else 0)
        if season is None and re.search(r"\b(?:debuted|premiered|streamed|released|launched|aired|arrived|landed|watched|devoured|binged|viewed|made (?:its|their) debut)\b", ctx.clause_text(start)):
            season = ctx.aired if ctx.is_main(subject) else 1
            if ctx.explicit_season(start) is None and re.search(r"\b(?:debuted|premiered|launched|originally aired|first aired|made (?:its|their) debut)\b", ctx.clause_text(start)):
                season = 1  # "X premiered on Hulu in 2023": a show premieres with its first season
        if season is None and ctx.is_main(subject) and not ctx.is_past(start) and re.search(
            r"\b(?:premiere|arrive|release|drop|debut|launch|return|come back|comes back|will stream|will be (?:available|streaming))\w*", ctx.clause_text(start), re.IGNORECASE
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


def _platform_season(ctx: SentenceContext, position: int, apposed: int = 0) -> int | None:
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
    name_and_rest = ctx.text[position:].split(" ", 1)
    rest = name_and_rest[-1][apposed:] if apposed else name_and_rest[-1]
    if re.match(r"\s*(?:also\s+)?(?:streams|carries|has|hosts|offers|will stream|will carry)\b", rest):
        later = [r for r in ctx.seasons if position < r.start < clause.end]
        return later[0].season if later else None
    return None


# "other suspenseful titles out of Korea on Netflix, including X and Y", "the platform's roster of hits like X and Y"
_CATALOGUE = re.compile(r"\b(?:titles|shows|series|dramas|k-dramas|originals|roster|hits|films|anime)\b[^.;]{0,60}?$", re.IGNORECASE)
_EXAMPLES = re.compile(r"^[^.;]{0,80}?,?\s(?:including|like|such as)\s")


def _catalogue_examples(ctx: SentenceContext) -> Iterator[Claim]:
    """The other titles a sentence gives as examples of a platform's catalogue stream on that platform."""
    for start, end, name, _ in platform_mentions(ctx.text):
        examples = _EXAMPLES.match(ctx.text[end:])
        if not examples or not (_CATALOGUE.search(ctx.text[max(0, start - 60) : start]) or _CATALOGUE.search(ctx.text[end : end + examples.end()])):
            continue
        listed = end + examples.end()
        for m in ctx.mentions:
            if m.start >= listed and not m.is_main and not re.search(r"[.;]", ctx.text[listed : m.start]) and m.start - listed <= 200:
                yield ctx.claim(m.title, None, "platform", name, Modality("confirmed"))
