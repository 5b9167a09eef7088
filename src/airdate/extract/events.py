"""Dated events: premiere dates (and their absence), renewal, cancellation, production stages.

Every date comes from the time stage's expressions; this module only decides which
event a date belongs to (the nearest event word in its clause) and what it says.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from typing import Any

from airdate.extract.context import SentenceContext
from airdate.extract.cues import PREMIERE_CUE, RENEWAL_CUE, STAGE_CUE
from airdate.extract.modality import Modality, has_negation, modality_at
from airdate.extract.seasons import number_of
from airdate.extract.title_years import FILM_BEFORE, dated_title
from airdate.models import Claim, Interval, TimeExpression
from airdate.timex.calendar import last_day


_NO_DATE = re.compile(
    r"\b(?:set|confirmed|announced|revealed|given|declared|fixed|finali[sz]ed)\s+(?:an?\s+)?(?:exact\s+|official\s+|firm\s+|specific\s+)?date\b"
    r"|\b(?:release|premiere|air|launch|debut|return)\s+dates?\b|\bwhen (?:it|the show|the series|season \w+) will (?:be released|premiere|return|arrive)\b"
    # "No date for the premiere of Season 2 has been set", "no particular date has been declared"
    r"|\bdates?\s+for\s+(?:the\s+)?(?:premiere|release|debut|launch|return)\b"
    r"|\bno\s+(?:exact\s+|official\s+|firm\s+|particular\s+|specific\s+|concrete\s+|definite\s+)?date\b(?!\s+for\s+(?:the\s+)?(?:trailer|teaser|filming|shoot))",
    re.IGNORECASE,
)
# "The premiere date for season two will be announced later": a date still to come is not known yet
_ANNOUNCED_LATER = re.compile(
    r"\b(?:will|would|is to|are to)\s+be\s+(?:officially\s+)?(?:announced|revealed|confirmed|shared|unveiled)\s+(?:later|soon|at a later (?:date|time|stage)|in (?:the )?(?:future|due course|coming (?:weeks|months)))\b",
    re.IGNORECASE,
)
_RENEWAL_TRIGGER = re.compile(
    # ("the renewed storyline of Meredith", "renewed interest": an adjective, no renewal)
    r"\b(?:renewed(?!\s(?:storyline|story|interest|hope|energy|focus|vigou?r|attention|push|calls|speculation|excitement|life|sense|love|faith))"
    r"|renewing|renews|renew|green ?lit|greenlit|green light|go-ahead|picked up for|continuation|(?:re)?commissioned"
    r"|approved for (?:production|a)|(?:accept|order|commission)\w* (?:a|another) (?:second|third|fourth|fifth|new) season"
    # "picked up Brightwater Rangers for a third season": the show's name sits between the verb and its season
    r"|pick(?:ed|s)? up(?= [^.;]{1,60}? for (?:a|an|its) (?:\w+ )?(?:season|series)| [^.;]{1,40}? for (?:season|series) \d)"
    # "the streamer might bring back X with Season 2" (a person brought back is no renewal: a season must follow)
    r"|bring(?:s|ing)? back(?= [^.;]{1,60}? (?:for|with) (?:a |an |its |the )?(?:\w+ )?(?:season|series)\b))\b",
    re.IGNORECASE,
)
_RETURN = re.compile(
    r"\b(?:(?:will|would|to) (?:come back|return)|(?:is|are) back\b|prepares? to return|(?:coming|be) back for"
    r"|(?:is|are) coming (?:back|to)\b|(?:is|are) in the works\b)",
    re.IGNORECASE,
)
# a headline that announces the season itself: "X Season 2 Confirmed as ...", "X Renewed for Season 3"
_HEADLINE_RENEWAL = re.compile(r"^\s*(?:is\s+|has been\s+)?(?:officially\s+)?(?:confirmed|renewed|announced|ordered|greenlit)\b", re.IGNORECASE)
_SHOW_SUBJECT = re.compile(r"(?:\b(?:the show|the series|it)|[”\"])\s*(?:\w+\s+){0,2}$", re.IGNORECASE)
_WISHED = re.compile(
    r"(?:(?P<waiting>\bwaiting (?:to hear|for)|\byet to (?:hear|get|receive))|\bhop(?:e|es|ing) for|\bdesperate (?:for|to see)"
    r"|\bto see an?|\bcalls? for|\basking for|\bdemand\w* (?:for )?|\bpetition\w* for)(?:\s[\w’'-]+){0,3}\s$",
    re.IGNORECASE,
)
_RENEWAL_NOUN = re.compile(r"\b(?:its|the show['’]s|the series['’]|season \w+|received an?|got an?|earned an?|announced an?|confirmed an?|[’']s)\s*renewal\b", re.IGNORECASE)
_ANNOUNCED_RETURN = re.compile(r"\b(?:announced|confirmed|revealed|teased)\s+(?:the\s+)?(?P<what>return|comeback)\s+of\b", re.IGNORECASE)
_PASSIVE_CONFIRM = re.compile(r"\b(?:has|have) been (?:officially )?(?:confirmed|announced|ordered|greenlit)\b")
_CONFIRM_VERB = re.compile(r"\b(?:confirmed|announced|verified|approved|ordered|official)\b", re.IGNORECASE)
_OTHER_TOPIC = re.compile(r"\b(?:cast|release|date|trailer|premiere|plot|story|details|characters?|filming|episodes?)\b", re.IGNORECASE)
# ("the plot of Glass Orchard Season 2": the show's name may stand between the topic and the season)
_OF_SEASON = re.compile(_OTHER_TOPIC.pattern + r"\s+(?:for|of|regarding|about)\s+(?:the\s+)?(?:show['’]s\s+)?(?:[\w’'\-:]+\s+){0,4}$", re.IGNORECASE)
_EXISTENCE_NEWS = re.compile(
    r"\b(?:word|news|announcement|confirmation|update|decision|discussions?|talks|statements?|anything (?:about|regarding|on))\b", re.IGNORECASE
)
_TOPIC_OPENER = re.compile(r"\W{0,5}(?:as for|regarding|when it comes to|speaking of|as far as|coming to)\b", re.IGNORECASE)
_NOT_RETURNING = re.compile(r"\b(?:not|n['’]t) (?:be )?(?:return\w*|coming back|come back)\b", re.IGNORECASE)
_PERSON_BEFORE = re.compile(r"\b[A-Z][\w'’\-]+ [A-Z][\w'’\-]+\b")
_BARE_MONTH = re.compile(r"^(?:january|february|march|april|may|june|july|august|september|october|november|december)$", re.IGNORECASE)
# past release words with no season named: the show's own release, i.e. its first season's (gold README)
# "Premiering in 2018, X stars ...": a sentence that opens on the show's premiere introduces the show
_OPENING_PREMIERE = re.compile(r"\A\s*(?:premiering|debuting|launching|first airing)\s+(?:in|on|back in)\s", re.IGNORECASE)
_SOURCE_RELEASE = re.compile(
    r"\b(?:the|this|its|original)\s(?:\w+\s)?(?:manga|manhwa|webtoon|light novel|novel|book|comic|webcomic)(?:\sseries)?\s"
    r"(?:\w+\s){0,2}(?:came out|debuted|began|started|launched|ran|was (?:first )?(?:published|released|serialized))\b[^.;]{0,20}$"
    # "Ninomiya debuted the manga in Weekly Manga Goraku magazine in October 2018": the source as the verb's object
    r"|\b(?:debuted|launched|began|started|published|serialized|released)\s(?:the|his|her|their|its)\s(?:\w+\s)?(?:manga|manhwa|webtoon|light novel|novel|book|comic|webcomic)s?\b[^.;]{0,60}$",
    re.IGNORECASE,
)
_SHOW_DEBUT = re.compile(r"\b(?:the show['’]s|the series['’]s?|its) (?:debut|series premiere|original release|first release)\s(?:on|in)\s$", re.IGNORECASE)
_SERIES_PREMIERE = re.compile(
    r"\b(?:premiered|debuted|launched|first aired|(?:started|began) (?:streaming|airing)|(?:was|were) (?:first |originally )?released|first released|(?:its|the show['’]s|the series['’]) (?:release|debut|premiere|launch|airing)"
    r"|came out|hit (?:netflix|screens|the streaming|hulu|disney|prime video|apple ?tv|max|hbo|peacock|paramount|crunchyroll)|arrived on)\b",
    re.IGNORECASE,
)
_CANCELLED = re.compile(r"\b(?:cancel+ed|cancel+ation|axed|scrapped)\b", re.IGNORECASE)
_EVENT = re.compile(
    r"\b(?:during|at)\s+(?:the\s+)?(?:first day of\s+)?((?:[A-Z][\w'’\-+]*\s+){0,4}(?:Week|Festival|Fest|Con|Comic-Con|Expo|Awards|Summit|Showcase|Panel|Event|Upfronts?|Presentation|Conference|Live))\b"
)
# a finale's date is not a premiere ("the Season 2 finale streamed on February 12")
_FINALE_CUE = re.compile(
    r"\b(?:finale|final episode|last episode|season ender|wrapped up|finish\w* airing|(?:ends?|ended|concludes?|concluded|wrap(?:s|ped)?) (?:up )?(?:its|the|their) (?:\w+[ -])?(?:run|season)|(?:ended|concluded|wrapped) in|(?:ended|concluded|finished|ending|concluding|finishing) on"
    # "and will conclude on 28th September", "wraps up on Wednesday"
    r"|(?:will|to|would) (?:conclude|end|finish|wrap up)(?: its run)? on|(?:concludes|ends|finishes|wraps up) on)\b",
    re.IGNORECASE,
)
# a trailer's or teaser's own release date is not the show's
_TRAILER_CUE = re.compile(r"\b(?:trailers?|teasers?|first look|key visual|poster)\b", re.IGNORECASE)
# "ran ... until May 26", "weekly through October 10": the end of a run, never its premiere
_RUN_WORDS = re.compile(r"\b(?:ran|runs?|running|air(?:s|ed|ing)?|weekly|every|continu\w*|episodes)\b", re.IGNORECASE)
_RUN_END_BEFORE = re.compile(r"\b(?:until|till|through|thru|up to)\s*$", re.IGNORECASE)
# "the second half of Season 3" is a part of a season, not a time
_PART_OF_SEASON = re.compile(r"^\s*of\s+(?:the\s+)?(?:season|series|show|story|book|novel|film|movie)\b", re.IGNORECASE)
_RANGE = re.compile(r"^(?:from|between)\b", re.IGNORECASE)
# a release verb whose subject is not the show: its date is that thing's own
# "... along with a release date: August 27": the date is named as the premiere's whatever came with it
_RELEASE_DATE_BEFORE = re.compile(r"\b(?:release|premiere|air|launch) date\s*(?:is|of|:|-|–)?\s*$", re.IGNORECASE)
_NOT_UNTIL = re.compile(
    r"(?P<neg>\bwon['’]t|\bwill not|\bdid not|\bdidn['’]t|\bwasn['’]t|\bweren['’]t|\bnot)\s+(?:\w+\s+){0,2}?(?:until|till|before)\s+$", re.IGNORECASE
)
_OTHER_SUBJECT = re.compile(
    # ("A tribute episode is slated to air on February 19": one episode, not the season's premiere)
    r"\b(?:trailers?|teasers?|promos?|clips?|finale|final episode|last episode|special|recap|PV|key visual|poster|first look"
    r"|(?:tribute|crossover|holiday|christmas|bonus|special|anniversary|milestone|clip|flashback)\s+episode)\b"
    r"(?:\s+[\w'’\-]+){0,6}?\s+(?:will\s+|is\s+(?:set|slated|scheduled)\s+to\s+)?(?:airs?|aired|streams?|streamed|drops?|dropped|debut\w*|premiere\w*"
    r"|release[sd]?|arrive[sd]?|land(?:s|ed)?|came out|comes out)\b[^,.;]{0,40}$",
    re.IGNORECASE,
)
_RAN = re.compile(r"\b(?:aired|ran|airing|broadcast|streamed)\b", re.IGNORECASE)
_DAY_FIRST = re.compile(r"^\w+\s+(?:\w+\.?\s+\d{1,2}|\d{1,2}\s+\w+)\b")
OFFSET = re.compile(r"\b(?:after|later|before|since|ago|earlier)\b", re.IGNORECASE)


def date_value(interval: Interval, text: str) -> Any:
    """The gold JSON shape of a date: a day string, or a window with its words."""
    if interval.start is None and interval.end is None:
        return None
    if interval.start is not None and interval.start == interval.end:
        return interval.start.isoformat()
    return {
        "start": interval.start.isoformat() if interval.start else None,
        "end": interval.end.isoformat() if interval.end else None,
        "text": text,
    }


def usable(t: TimeExpression) -> bool:
    return t.interval.start is not None or t.interval.end is not None


# how many days one unit of each granularity spans at most
_UNIT_DAYS = {"day": 1, "week": 7, "month": 31, "season": 92, "quarter": 92, "half": 184, "year": 366}


def _anchor_too_loose(t: TimeExpression) -> bool:
    """A relative date the page's uncertain writing date spreads over many units ("June 13" on an undated page is
    any June 13 of two years): as a premiere date it says nothing a reader could check, so it is left out."""
    days = t.interval.days
    unit = _UNIT_DAYS.get(t.interval.granularity)
    return t.relative and days is not None and unit is not None and days > 2 * unit + 1


# Events that date themselves, not a premiere: an announcement ("confirmed over the weekend that ..."), a report
# ("reported last month"), a cancellation, a deal, an award, an accident, a page update.
_OTHER_CUE = re.compile(
    r"\b(?:confirmed|announced|announcement|reported|revealed|said|told|canceled|cancelled|axed|acquired|bought|signed"
    r"|earned|won|nominated|nomination|broke out|updated?|posted|shared|enlisted|discharged"
    # a measurement's window ("recorded 28 million views in its first week (January 12-18)", "list published Tuesday")
    r"|recorded|drew|viewed|views|averaged|ranked|charted|published|measured)\b",
    re.IGNORECASE,
)


def _aside_of(ctx: SentenceContext, t: TimeExpression) -> int | None:
    """Where the clause starts that a dating aside belongs to: "Since the first season's release, back in August
    2021, ..." dates the clause before it."""
    clause = ctx.clause(t.span[0])
    if not re.fullmatch(r"[\s,]*(?:back\s+)?(?:in|on)\s+", ctx.text[clause.start : t.span[0]]):
        return None
    earlier = [c for c in ctx.clauses if c.end <= clause.start]
    return earlier[-1].start if earlier else None


def _nearest_cue(ctx: SentenceContext, t: TimeExpression) -> str | None:
    """Which event the date belongs to: the nearest event word in its clause."""
    clause = ctx.clause(t.span[0])
    words = ctx.text[clause.start : clause.end]
    best: tuple[int, int, str] | None = None
    aside = _aside_of(ctx, t)
    if aside is not None:
        clause = replace(clause, start=aside)
        words = ctx.text[clause.start : clause.end]
    for kind, pattern in (
        ("premiere", PREMIERE_CUE), ("renewal", RENEWAL_CUE), ("production", STAGE_CUE), ("finale", _FINALE_CUE), ("trailer", _TRAILER_CUE),
        ("other", _OTHER_CUE),
    ):
        for m in pattern.finditer(words):
            s, e = clause.start + m.start(), clause.start + m.end()
            if s < t.span[1] and t.span[0] < e:
                continue  # the cue is inside the date ("Countdown to ...")
            if kind == "other" and s >= t.span[1]:
                continue  # "returns in January, the BBC has confirmed": a trailing attribution dates nothing
            distance = t.span[0] - e if e <= t.span[0] else (s - t.span[1]) + 15  # words before the date weigh more
            # at equal distance the longer cue wins: "finishes airing next month" is a finale, not an airing
            if best is None or (distance, s) < best[:2]:
                best = (distance, s, kind)
    return best[2] if best else None


def _firm(modality: Modality, t: TimeExpression) -> Modality:
    """A scheduled ("set to premiere on") day is an announcement, not a forecast."""
    if modality.scheduled_only and t.interval.granularity == "day" and not t.hedged:
        return Modality("confirmed")
    return modality


_ANNOUNCED_AFTER = re.compile(
    r",\s+(?:(?:the\s+)?[A-Z][\w+&.’'\-]*\s+){1,4}(?:officially\s+)?(?:confirmed|announced|revealed|unveiled|shared|reported|said|told)\b"
)


_SCHEDULE_ROW = re.compile(r"\b\d{1,2}(?::\d{2})?\s?(?:[AaPp]\.?[Mm]\.?|JST|ET|PT|GMT)\b|\b(?:[Ee]pisode|Ep\.?)\s?\d{1,2}\b|(?<![\w,])\d{1,2}\s(?:\(\w+\)\s)?(?=[A-Z][a-z]{2,8}\s\d)")


def premiere_claims(ctx: SentenceContext) -> Iterator[Claim]:
    # a run of four or more dated days in one sentence is an episode schedule flattened into text ("1 April 5,
    # 2025 11:30 PM 2 April 12, 2025 ..."): its days are episodes' air dates, not premieres
    if sum(1 for t in ctx.times if t.interval.granularity == "day") >= 4 and len(_SCHEDULE_ROW.findall(ctx.text)) >= 4:
        return
    for t in ctx.times:
        if not usable(t):
            continue
        if t.widget and (ctx.sentence.is_heading or "countdown" in t.text.lower()):
            subject = ctx.main
            if subject:
                yield ctx.claim(subject, ctx.explicit_season(t.span[0]) or ctx.target, "premiere_date",
                                date_value(t.interval, t.text), Modality("confirmed"), widget=True)
            continue
        if ctx.sentence.is_heading or _anchor_too_loose(t):
            continue
        dated = dated_title(ctx, t)
        if dated is not None:
            yield ctx.claim(dated[0], dated[1], "premiere_date", date_value(t.interval, t.text), Modality("confirmed"))
            continue
        if _nearest_cue(ctx, t) != "premiere" or OFFSET.search(t.text) or _PART_OF_SEASON.match(ctx.text[t.span[1] :]):
            continue
        named_date = _RELEASE_DATE_BEFORE.search(ctx.text[max(0, t.span[0] - 30) : t.span[0]])
        if not named_date and _OTHER_SUBJECT.search(ctx.text[max(ctx.clause(t.span[0]).start, t.span[0] - 100) : t.span[0]]):
            continue  # "the first full trailer dropped on May 13", "the Season 1 finale aired on March 8"
        run_end = _RUN_END_BEFORE.search(ctx.text[max(0, t.span[0] - 12) : t.span[0]]) or re.match(r"^(?:until|till|through)\b", t.text, re.IGNORECASE)
        if run_end and _RUN_WORDS.search(ctx.clause_text(t.span[0])):
            continue  # "wait until next year" and "may not arrive until spring" still date a premiere
        if _BARE_MONTH.match(t.text) and re.match(r"^ [A-Z]", ctx.text[t.span[1] :]):
            continue  # "navigator June Okafor": a month word that starts a name
        if _ANNOUNCED_AFTER.match(ctx.text, t.span[1]):
            continue  # "On February 6, 2025, SBS confirmed that ...": the date of the announcement
        if _SOURCE_RELEASE.search(ctx.text[ctx.clause(t.span[0]).start : t.span[0]]):
            continue  # "the manga first came out in May 2015": the source's publication, not the show's premiere
        modality = ctx.modality(t.span[0])
        tail = max(0, t.span[0] - 40)
        not_until = _NOT_UNTIL.search(ctx.text[tail : t.span[0]])
        interval = t.interval
        if not_until and modality is not None and modality.modality == "negated" and interval.start is not None:
            # "won't debut until 2025": no premiere before then, so a window that opens with that date
            cut, stop = tail + not_until.start("neg"), tail + not_until.end("neg")
            modality = modality_at(ctx.text[:cut] + " " * (stop - cut) + ctx.text[stop:], t.span[0])
            if not re.match(r"(?:did|was|were)", not_until.group("neg"), re.IGNORECASE):
                interval = Interval(interval.start, None, interval.granularity)  # ("did not arrive until March": it did then)
        if modality is None or modality.modality == "negated" or ctx.is_generic(t.span[0]):
            continue
        modality = _firm(modality, t)
        subject = ctx.subject(t.span[0])
        if not subject:
            continue
        season = ctx.explicit_season(t.span[0], whole_sentence=False)
        aside = _aside_of(ctx, t)
        if season is None and aside is not None:
            season = next((r.season for r in ctx.seasons if aside <= r.start < t.span[0]), None)
        # a date before the page was written is a premiere that has happened, whatever the verb's tense
        before_writing = ctx.window.start is not None and t.interval.end is not None and t.interval.end < ctx.window.start
        opening = _OPENING_PREMIERE.match(ctx.text) is not None and t.span[0] < ctx.clause(0).end
        # ("After the show's debut on July 2, 2020, X is moving ahead": the show's own debut is its first season's)
        show_debut = _SHOW_DEBUT.search(ctx.text[max(0, t.span[0] - 30) : t.span[0]]) is not None
        if season is None and ctx.is_main(subject) and (
                (ctx.is_past(t.span[0]) or before_writing) and _SERIES_PREMIERE.search(ctx.clause_text(t.span[0])) or opening or show_debut):
            season = 1  # "X premiered on Hulu in January 2023", "a hit since its debut in 2016": the show's first season
        if season is None:
            season = (ctx.aired if ctx.is_past(t.span[0]) or before_writing else ctx.target) if ctx.is_main(subject) else 1
            # ("made her debut in 2012 with the film In the Summer": a film has no season)
            if not ctx.is_main(subject) and any(m.title == subject and FILM_BEFORE.search(ctx.text, max(0, m.start - 14), m.start) for m in ctx.mentions):
                season = None
        if _RANGE.match(t.text) and interval.start is not None and _DAY_FIRST.search(t.text):
            # "aired from July 6 to September 21": a run's premiere is its first day
            interval = Interval(interval.start, interval.start, "day")
        elif _RANGE.match(t.text) and interval.start is not None and _RAN.search(ctx.clause_text(t.span[0])):
            # "aired from October 2022 to March 2023", "ran from 2020 to 2023": the run opened in its first month or year
            first = interval.start
            if interval.granularity == "month":
                interval = Interval(first, first.replace(day=last_day(first.year, first.month)), "month")
            elif interval.granularity == "year":
                interval = Interval(first, first.replace(month=12, day=31), "year")
        yield ctx.claim(subject, season, "premiere_date", _bounded(ctx, t, date_value(interval, t.text)), modality)


# "back by October 2023": a deadline bounds the premiere from above only; "January 2024 at the earliest" from below
# (the gold shapes {start: null, end} and {start, end: null})
_BY_BEFORE = re.compile(r"\bby\s{1,3}(?:the\s{1,3})?$", re.IGNORECASE)
_EARLIEST_AFTER = re.compile(r"\s{0,3},?\s{0,3}(?:at the (?:earliest|soonest)|or later)\b", re.IGNORECASE)


def _bounded(ctx: SentenceContext, t: TimeExpression, value: Any) -> Any:
    if not t.open_ended or t.interval.start is None or t.interval.end is None:
        return value
    if _BY_BEFORE.search(ctx.text[max(0, t.span[0] - 12) : t.span[0]]):
        return {"start": None, "end": t.interval.end.isoformat(), "text": "by " + t.text}
    if _EARLIEST_AFTER.match(ctx.text, t.span[1]) and t.interval.start != t.interval.end:
        return {"start": t.interval.start.isoformat(), "end": None, "text": t.text + " at the earliest"}
    return value


def no_date_claims(ctx: SentenceContext) -> Iterator[Claim]:
    if ctx.sentence.is_heading:
        return  # "Shows You Can't Miss": a headline's negation is rhetoric, not a missing date
    for m in _NO_DATE.finditer(ctx.text):
        modality = ctx.modality(m.start())
        if modality is not None and modality.modality != "negated" and _ANNOUNCED_LATER.search(ctx.clause_text(m.start())):
            modality = Modality("negated")
        if modality is None or modality.modality != "negated":
            continue
        subject = ctx.subject(m.start())
        if subject:
            season = ctx.explicit_season(m.start()) or (ctx.target if ctx.is_main(subject) else None)
            yield ctx.claim(subject, season, "premiere_date", None, modality)


def _renewal_date(ctx: SentenceContext, position: int) -> tuple[Any, str | None]:
    for t in ctx.times_in_clause(position):
        if usable(t) and t.span[0] >= position and not t.widget and _nearest_cue(ctx, t) == "renewal":
            return date_value(t.interval, t.text), _event(ctx.text[position:])
    for t in ctx.times:
        if usable(t) and t.span[0] >= position and _nearest_cue(ctx, t) == "renewal":
            return date_value(t.interval, t.text), _event(ctx.text[position:])
    for t in ctx.times:
        # "Apple confirmed on January 14 that X would return", "On December 2, JTBC confirmed that X will return":
        # the day of the announcement is the day of the renewal
        if not usable(t) or t.widget or t.span[1] > position:
            continue
        lead, tail = ctx.text[max(0, t.span[0] - 30) : t.span[0]], ctx.text[t.span[1] : position]
        if (_ANNOUNCED_ON.search(lead) and re.match(r"[\s,]*that\b", tail)) or (
            re.match(r"\s*On\s+$", ctx.text[: t.span[0]]) and _ANNOUNCED_THAT.search(tail)
        ) or (
            # "In February 2020, X was picked up for a ninth season": a date fronted to the renewal's own clause
            re.match(r"\s*(?:In|On|Back in|Back on)\s+$", ctx.text[: t.span[0]]) and re.fullmatch(r",\s+[^.;,]{1,80}", tail)
        ):
            return date_value(t.interval, t.text), _event(ctx.text[position:])
    return None, _event(ctx.text[position:])


_ANNOUNCED_ON = re.compile(r"\b(?:confirmed|announced|revealed|said)\s+(?:on\s+)?$", re.IGNORECASE)
_ANNOUNCED_THAT = re.compile(r"^,\s+[^.;]{1,60}?\b(?:confirmed|announced|revealed)\s+that\b", re.IGNORECASE)


def _event(text: str) -> str | None:
    m = _EVENT.search(text)
    return m.group(1).strip() if m else None


def _renewal_triggers(ctx: SentenceContext) -> Iterator[int]:
    text = ctx.text
    for m in _RENEWAL_TRIGGER.finditer(text):
        # "When it comes to renewing X", "talk of renewing X": a gerund after a preposition names the topic, no event
        if m.group().lower().startswith("renewing") and re.search(r"\b(?:to|of|about|on|regarding|for|into|before|after)\s{1,3}$", text[max(0, m.start() - 15) : m.start()], re.IGNORECASE):
            continue
        yield m.start()
    for m in _RETURN.finditer(text):
        before = text[max(0, m.start() - 40) : m.start()]
        if re.search(r"\b(?:offer|deal|talks|negotiations|contract|signed|agreed)\s*$", before, re.IGNORECASE):
            continue  # "is reviewing an offer to return": a person's deal, not the show's renewal
        if _SHOW_SUBJECT.search(before) or any(0 <= m.start() - r.end <= 25 for r in ctx.mentions if not r.comparison) or any(
            0 <= m.start() - r.end <= 25 for r in ctx.seasons
        ):
            yield m.start()
    for m in _RENEWAL_NOUN.finditer(text):
        yield m.end() - len("renewal")
    for m in _ANNOUNCED_RETURN.finditer(text):
        yield m.start("what")  # "Prime Video has announced the return of its series, X, for a second season"
    for ref in ctx.seasons:
        if ctx.target is not None and ref.season < ctx.target:
            continue
        after = text[ref.end : ref.end + 60]
        verb = _CONFIRM_VERB.search(after)
        if not verb:
            # "a second season for the animated adaptation based on the novels written by A has been announced":
            # a passive verb keeps the season its subject past a long noun phrase
            after = text[ref.end : ref.end + 200]
            verb = _PASSIVE_CONFIRM.search(after)
        # "The release date for the second season ... is not confirmed": the date is what is (not) confirmed
        owner = _OF_SEASON.search(text[max(0, ref.start - 40) : ref.start])
        # ("... the plot of X Season 2 but it is confirmed that ...": a verb in the next clause confirms something else)
        if verb and not owner and not _OTHER_TOPIC.search(after[: verb.start()]) and not re.search(r"[,.;]|\b(?:but|while|although|though)\b", after[: verb.start()]):
            yield ref.start
        before = text[max(0, ref.start - 30) : ref.start]
        if re.search(r"\b(?:announced|confirmed|ordered)\s+(?:a\s+|the\s+)?$", before):
            yield ref.start
        clause = ctx.clause(ref.start)
        words = text[clause.start : clause.end]
        if _TOPIC_OPENER.match(words) and text[clause.end :].strip():
            # "As for season 2, the producers haven't made any statement": the topic, then the news about it
            rest = text[clause.end :]
            news = _EXISTENCE_NEWS.search(rest)
            if news and has_negation(rest) and not _OTHER_TOPIC.search(rest):
                yield clause.end + news.start()
            continue
        if has_negation(words) and _EXISTENCE_NEWS.search(words) and not _OTHER_TOPIC.search(words):
            yield ref.start


_RENEWED_FOR = re.compile(r"^[\w’']*\s+(?:up\s+)?(?:(?:the\s+)?(?:show|series)\s+)?(?:for|with)\s+(?:a\s+|an\s+|the\s+|its\s+)?")


def _renewed_seasons(ctx: SentenceContext, position: int) -> list[int]:
    """The seasons a renewal word takes as its object ("renewed for Seasons 4 and 5", "the second season's renewal")."""
    text = ctx.text
    for start, end, seasons in ctx.ranges:
        if start >= position and _RENEWED_FOR.fullmatch(text[position:start]):
            return list(seasons)
    for ref in ctx.seasons:
        if ref.start >= position and _RENEWED_FOR.fullmatch(text[position : ref.start]):
            return [ref.season]
        if ref.end <= position and re.fullmatch(r"(?:['’]s)?\s+", text[ref.end : position]) and text.startswith("renewal", position):
            return [ref.season]
    return []


def renewal_claims(ctx: SentenceContext) -> Iterator[Claim]:
    if ctx.sentence.is_heading:
        yield from _headline_renewal(ctx)
        return
    seen_clauses: set[tuple[int, int]] = set()
    for position in sorted(set(_renewal_triggers(ctx))):
        clause = ctx.clause(position)
        modality = ctx.modality(position)
        if modality is None or ctx.is_generic(position):
            continue
        key = (clause.start, clause.end)
        if key in seen_clauses:
            continue
        seen_clauses.add(key)
        subject = ctx.subject(position)
        if not subject:
            continue
        wish = _WISHED.search(ctx.text[max(0, position - 40) : position])
        if wish and not wish.group("waiting"):
            continue  # "fans are desperate to see a continuation": a wish, not a renewal
        if wish:
            modality = Modality("negated")  # "fans are waiting to hear its renewal news": none yet
        season = ctx.explicit_season(position)
        named = _renewed_seasons(ctx, position)
        if season is not None and ctx.target is not None and season < ctx.target and ctx.is_main(subject):
            season += 1  # "Season 1 arrived in October and was renewed three weeks later": the season after it
        elif season is None:
            season = (ctx.target or (ctx.aired + 1 if ctx.aired else 2)) if ctx.is_main(subject) else 2
        if modality.scheduled_only:
            modality = Modality("confirmed")  # "is set to return" says the renewal happened
        negated = modality.modality == "negated"
        date, event = (None, None) if negated else _renewal_date(ctx, position)
        value = {"renewed": not negated, "date": date, "event": event}
        # "was renewed for Seasons 4 and 5 in July 2021", "the second season's renewal was declared in July 2022":
        # the seasons the renewal names, aired since or not
        for each in named or [season]:
            yield ctx.claim(subject, each, "renewal", value, modality)
    for m in _NOT_RETURNING.finditer(ctx.text):
        lead = ctx.text[ctx.clause(m.start()).start : m.start()]
        if _PERSON_BEFORE.search(lead) and not any(r.start < m.start() for r in ctx.mentions if not r.comparison):
            continue  # "Sadly, Kim Min-jun will not return": a cast departure, not the show's end
        subject = ctx.subject(m.start())
        modality = ctx.modality(m.start())
        if subject and modality is not None and modality.modality == "negated" and (ctx.clause(m.start()).start, ctx.clause(m.start()).end) not in seen_clauses:
            season = ctx.explicit_season(m.start()) or ctx.target
            yield ctx.claim(subject, season, "renewal", {"renewed": False, "date": None, "event": None}, modality)
    for m in _CANCELLED.finditer(ctx.text):
        modality = ctx.modality(m.start())
        subject = ctx.subject(m.start())
        if not subject or modality is None or ctx.is_generic(m.start()):
            continue
        if _OTHERS_CANCELLED.search(ctx.text, max(0, m.start() - 40), m.start()):
            continue  # "amid a string of projects being axed", "as other shows were cancelled": not this show
        after = _AFTER_SEASONS.match(ctx.text, m.end())
        ran = (number_of(after.group(1) or after.group(2)) or 0) if after else 0
        # "was canceled after three seasons", "axed after season 3": the season that was not made is the next one
        season = ran + 1 if ran else (ctx.explicit_season(m.start()) or ctx.target)
        cancelled = None if modality.modality == "negated" else {"cancelled": True, "date": None}
        yield ctx.claim(subject, season, "cancellation", cancelled, modality)


_OTHERS_CANCELLED = re.compile(
    r"\b(?:projects|shows|series|titles|others|dramas|originals)\s(?:being|were|have\sbeen|had\sbeen|got|getting|that\swere)\s(?:\w+\s)?$", re.IGNORECASE
)
_AFTER_SEASONS = re.compile(r"\s{1,5}after\s{1,5}(?:just\s+|only\s+)?(?:(\w+)\s+seasons|season\s+(\d{1,2}))\b", re.IGNORECASE)


def _headline_renewal(ctx: SentenceContext) -> Iterator[Claim]:
    """A heading that names a season and says it is confirmed ("X Season 2 Confirmed as Split-Cour Anime")."""
    for ref in ctx.seasons:
        subject = ctx.subject(ref.start)
        if subject and ctx.is_main(subject) and _HEADLINE_RENEWAL.match(ctx.text[ref.end :]) and ref.season >= (ctx.target or 2):
            yield ctx.claim(subject, ref.season, "renewal", {"renewed": True, "date": None, "event": None}, Modality("confirmed"))
            return
