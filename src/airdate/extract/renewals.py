"""Renewals and cancellations: "renewed for a third season", "the show has been axed", "As for season 2, no
statement has been made", with the date and event of the announcement where the sentence gives them.

Dates come from the time stage's expressions through events.nearest_cue, which decides which event a date belongs to.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from airdate.extract.context import SentenceContext
from airdate.extract.crew_works import listed_works
from airdate.extract.events import date_value, nearest_cue, usable
from airdate.extract.modality import Modality, has_negation
from airdate.extract.seasons import number_of
from airdate.extract.titles import same_as_main
from airdate.models import Claim

_RENEWAL_TRIGGER = re.compile(
    # ("the renewed storyline of Meredith", "renewed interest": an adjective, no renewal)
    r"\b(?:renewed(?!\s(?:storyline|story|interest|hope|energy|focus|vigou?r|attention|push|calls|speculation|excitement|life|sense|love|faith))"
    r"|renewing|renews|renew|green ?lit|greenlit|green light|go-ahead|picked up for|continuation|(?:re)?commissioned"
    r"|approved for (?:production|a)|(?:accept|order|commission)\w* (?:a|another) (?:second|third|fourth|fifth|new) season"
    # "picked up Brightwater Rangers for a third season": the show's name sits between the verb and its season
    r"|pick(?:ed|s)? up(?= [^.;]{1,60}? for (?:a|an|its) (?:\w+ )?(?:season|series)| [^.;]{1,40}? for (?:season|series) \d)"
    # "the streamer might bring back X with Season 2" (a person brought back is no renewal: a season must follow)
    r"|bring(?:s|ing)? back(?= [^.;]{1,60}? (?:for|with) (?:a |an |its |the )?(?:\w+ )?(?:season|series)\b)"
    # "X is getting a second season", "X will get a Season 2", "confirming Season 2", "has confirmed X season 2"
    r"|(?:get|gets|getting|got)(?= (?:a|an) (?:(?:second|third|fourth|fifth|sixth|new|another) season|season \d))"
    r"|(?:confirm(?:s|ed|ing)?|announc(?:es|ed|ing))(?= (?:the |a |an )?(?:(?-i:[A-Z])[\w'’:\-]*\s){0,4}(?:season|series) (?:\d{1,2}|two|three|four|five)\b(?!['’]s| (?:release|premiere|cast|trailer|date)))"
    r"|(?:confirm(?:s|ed|ing)?|announc(?:es|ed|ing))(?= (?:a|an) (?:second|third|fourth|fifth|sixth|new) season)"
    # "BBC One confirmed that there will be a series 3 of X"
    r"|(?:confirm(?:s|ed|ing)?|announc(?:es|ed|ing))(?= (?:that )?there (?:will|would) be (?:a|an|another) (?:(?:second|third|fourth|fifth|sixth|new) (?:season|series)|(?:season|series) (?:\d{1,2}|two|three|four|five)\b)))\b",
    re.IGNORECASE,
)
_RETURN = re.compile(
    r"\b(?:(?:will|would|to) (?:come back|return)|(?:is|are) back\b|prepares? to return|(?:coming|be) back for"
    r"|(?:is|are) coming (?:back|to)\b|(?:is|are) in the works\b"
    # "X is officially returning for a second season"
    r"|(?:is|are) (?:officially |now )?returning for (?:a|an|its|their) (?:\w+ )?season\b"
    # "X is returning with part 2", "X is making its return for season 2"
    r"|(?:is|are) (?:officially |now )?returning with (?:part|season) \d|(?:is|are) making (?:its|their) return for (?:a |an |its |their )?(?:\w+ )?(?:season|part)\b)",
    re.IGNORECASE,
)
# a return or a season the page thinks unlikely, before the trigger in its clause or right after the season
_UNLIKELY = re.compile(r"\b(?:unlikely|doubtful|improbable)\b(?![^.;]{0,80}\b(?:not|never|won[’']t)\b)[^.;]{0,80}$", re.IGNORECASE)
_UNLIKELY_AFTER = re.compile(r"[^.;]{0,40}?\s(?:is|seems)\s(?:highly\s|very\s)?(?:unlikely|doubtful)\sto\s")
# a headline that announces the season itself: "X Season 2 Confirmed as ...", "X Renewed for Season 3"; or its return
_HEADLINE_RETURN = re.compile(r"\b(?:will\s+return|(?:is|are)\s+(?:officially\s+)?returning|(?:is|are)\s+making\s+(?:its|their)\s+return|returns)\s+(?:for|with)\s+(?:a\s+|its\s+)?$", re.IGNORECASE)
_HEADLINE_RENEWAL = re.compile(r"^\s*(?:is\s+|has been\s+)?(?:officially\s+)?(?:confirmed|renewed|announced|ordered|greenlit)\b", re.IGNORECASE)
_SHOW_SUBJECT = re.compile(r"(?:\b(?:the show|the series|it)|[”\"])\s*(?:\w+\s+){0,2}$", re.IGNORECASE)
_WISHED = re.compile(
    r"(?:(?P<waiting>\bwaiting (?:to hear|for)|\byet to (?:hear|get|receive))|\bhop(?:e|es|ing) for|\bdesperate (?:for|to see)"
    r"|\bto see an?|\bcalls? for|\basking for|\bdemand\w* (?:for )?|\bpetition\w* for"
    # "fans are wondering whether X will get a second season", "X deserves to get one"
    r"|\bwhether|\bwonder\w* (?:if|about)|\bdeserves? (?:to|a|an))(?:\s[\w’'-]+){0,3}\s$",
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
_NOT_RETURNING = re.compile(
    r"(?:\bnot|n['’]t) (?:be )?(?:return\w*|coming back|come back)\b"
    # "which indicates no current plans to continue"
    r"|\bno (?:current |immediate |official |further )?plans? (?:to continue|to renew|for (?:a |another )?(?:second|third|new|further) season)\b"
    # "Netflix has decided there will be no X season 2", "X will not get a second season"
    r"|\bthere (?:will|would) be no\b(?=[^.;]{0,60}?\b(?:season|series)\b)"
    r"|(?:\bnot|n['’]t) (?:get|getting|receive|have) (?:a|another|any) (?:\w+ )?(?:season|seasons)\b",
    re.IGNORECASE,
)
_PERSON_BEFORE = re.compile(r"\b[A-Z][\w'’\-]+ [A-Z][\w'’\-]+\b")
_EVENT = re.compile(
    r"\b(?:during|at)\s+(?:the\s+)?(?:first day of\s+)?((?:[A-Z][\w'’\-+]*\s+){0,4}(?:Week|Festival|Fest|Con|Comic-Con|Expo|Awards|Summit|Showcase|Panel|Event|Upfronts?|Presentation|Conference|Live))\b"
)
_CANCELLED_PLURAL = re.compile(r"\s(?:tv\s|television\s|netflix\s)?(?:shows|series\b(?!\s(?:finale|after))|dramas|programmes|programs)\b", re.IGNORECASE)
_CANCELLED = re.compile(r"\b(?:cancel+ed|cancel+ation|axed|scrapped|pulled the plug)\b", re.IGNORECASE)
# "Season 2 is officially happening", "a second season is on the way", "... is a go"
_SEASON_HAPPENING = re.compile(
    r"\s{1,3}(?:is|has been)\s(?:officially\s|now\s|definitely\s|finally\s)?(?:happening|on (?:the|its) way|in the works|a go)\b"
    # ("X Season 2 is unlikely to be released": whether the season will be made at all)
    r"|\s{1,3}(?:is|seems)\s(?:highly\s|very\s)?(?:unlikely|doubtful)\sto\s(?:be\s(?:released|made|produced)|happen|materiali[sz]e)\b"
)


def _renewal_date(ctx: SentenceContext, position: int) -> tuple[Any, str | None]:
    for t in ctx.times_in_clause(position):
        if usable(t) and t.span[0] >= position and not t.widget and nearest_cue(ctx, t) == "renewal":
            return date_value(t.interval, t.text), _event(ctx.text[position:])
    for t in ctx.times:
        if usable(t) and t.span[0] >= position and nearest_cue(ctx, t) == "renewal":
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
        # ("X Season 2 has not announced a release date": the verb's object is the topic, not the season)
        topic_object = re.match(r"\s(?:(?:a|an|the|its|any|their)\s)?(?:official\s|new\s|exact\s)?" + _OTHER_TOPIC.pattern, after[verb.end() :], re.IGNORECASE) if verb else None
        if verb and not owner and not topic_object and not _OTHER_TOPIC.search(after[: verb.start()]) and not re.search(r"[,.;]|\b(?:but|while|although|though)\b", after[: verb.start()]):
            yield ref.start
        before = text[max(0, ref.start - 30) : ref.start]
        if re.search(r"\b(?:announced|confirmed|ordered)\s+(?:a\s+|the\s+)?$", before) or _SEASON_HAPPENING.match(text, ref.end):
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
    for position in sorted(p for p in set(_renewal_triggers(ctx)) if not any(t.start <= p < t.end for t in ctx.mentions)):
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
        if season is None and not named and ctx.target is None and ctx.is_main(subject) and _SERIES_ORDER.match(ctx.text, position):
            continue  # "the comedy was greenlit in July 2024" on a page that numbers no season: the first order, no renewal
        # ("Season 2, commissioned in November 2021, ...": an order names the season it orders)
        ordered = re.match(r"(?:re)?commissioned|green[- ]?lit|ordered", ctx.text[position:], re.IGNORECASE) is not None
        if season is not None and ctx.target is not None and season < ctx.target and ctx.is_main(subject) and not ordered:
            season += 1  # "Season 1 arrived in October and was renewed three weeks later": the season after it
        elif season is None:
            season = (ctx.target or (ctx.aired + 1 if ctx.aired else 2)) if ctx.is_main(subject) else 2
        if modality.scheduled_only:
            modality = Modality("confirmed")  # "is set to return" says the renewal happened
        # ("it seems unlikely that X will return for a second season": the page expects no renewal)
        # ("X Season 2 is unlikely to be released": or the season itself is unlikely)
        unlikely = modality.modality == "speculative" and (_UNLIKELY.search(ctx.text, max(clause.start - 60, 0), position) is not None
                                                          or _UNLIKELY_AFTER.match(ctx.text, position) is not None)
        if unlikely:
            modality = Modality("expected")
        negated = modality.modality == "negated" or unlikely
        date, event = (None, None) if negated else _renewal_date(ctx, position)
        value = {"renewed": not negated, "date": date, "event": event}
        # "was renewed for Seasons 4 and 5 in July 2021", "the second season's renewal was declared in July 2022":
        # the seasons the renewal names, aired since or not
        for each in named or [season]:
            yield ctx.claim(subject, each, "renewal", value, modality)
    # ("X was cancelled after two seasons, and there will be no Season 3": the cancellation below says it)
    for m in _NOT_RETURNING.finditer(ctx.text) if not _CANCELLED.search(ctx.text) else ():
        lead = ctx.text[ctx.clause(m.start()).start : m.start()]
        if _PERSON_BEFORE.search(lead) and not any(r.start < m.start() for r in ctx.mentions if not r.comparison):
            continue  # "Sadly, Kim Min-jun will not return": a cast departure, not the show's end
        subject = ctx.subject(m.start())
        modality = ctx.modality(m.start())
        if subject and modality is not None and modality.modality == "negated" and (ctx.clause(m.start()).start, ctx.clause(m.start()).end) not in seen_clauses:
            season = ctx.explicit_season(m.start()) or ctx.target
            yield ctx.claim(subject, season, "renewal", {"renewed": False, "date": None, "event": None}, modality)
    for m in _CANCELLED.finditer(ctx.text):
        if any(t.start <= m.start() < t.end for t in ctx.mentions):
            continue  # ("Douglas Is Cancelled is a comedy": a word of a title's name is no event)
        modality = ctx.modality(m.start())
        subject = ctx.subject(m.start())
        if not subject or modality is None or ctx.is_generic(m.start()):
            continue
        if _OTHERS_CANCELLED.search(ctx.text, max(0, m.start() - 40), m.start()) or _CANCELLED_PLURAL.match(ctx.text, m.end()):
            continue  # "amid a string of projects being axed", "lists of cancelled shows": not this show
        if _FEARED.search(ctx.text, max(0, m.start() - 60), m.start()):
            continue  # "fans had begun to worry it had been quietly canceled": a fear, no cancellation
        after = _AFTER_SEASONS.match(ctx.text, m.end())
        ran = (number_of(after.group(1) or after.group(2)) or 0) if after else 0
        # "was canceled after three seasons", "axed after season 3": the season that was not made is the next one
        season = ran + 1 if ran else (ctx.explicit_season(m.start()) or (ctx.target if ctx.is_main(subject) else None))
        cancelled = None if modality.modality == "negated" else {"cancelled": True, "date": None}
        listed = _CANCELLED_INCLUDING.match(ctx.text, m.end())
        # ("The streamer has also cancelled Red Kite, Salt Road and Copper Bells": the verb's objects, not its subject)
        objects = listed_works(_REMADE.sub("", ctx.text[m.end() :])) if not listed and not ran and _TITLE_NEXT.match(ctx.text, m.end()) else []
        if len(objects) >= 2:
            for title in objects:
                if ctx.main is not None and same_as_main(title, ctx.main):
                    yield ctx.claim(ctx.main, season, "cancellation", cancelled, modality)
                else:
                    yield ctx.claim(title, None, "cancellation", cancelled, modality)
            continue
        if listed and not ran:
            # "the streamer canceled a number of shows, including sitcom A, B and C": each listed show, none the page's
            for title in listed_works(ctx.text[listed.end() :]):
                yield ctx.claim(title, None, "cancellation", cancelled, modality)
            continue
        yield ctx.claim(subject, season, "cancellation", cancelled, modality)


_TITLE_NEXT = re.compile(r"\s[“\"]?(?-i:[A-Z])")
_REMADE = re.compile(r"(?<=[\w”\"])\s(?:reboot|revival|remake|spin-?off|prequel|sequel)\b")
_CANCELLED_INCLUDING = re.compile(
    r"\s(?:a\s(?:number|handful|slew|string)\sof\s|several\s|many\s|multiple\s|other\s)?(?:shows|series|titles|originals|dramas|comedies)"
    r"[^.;]{0,30}?,?\s(?:including|such as|like|among them)\s(?:the\s)?(?:(?:sitcom|comedy|drama|series|show)s?\s)?"
)
_OTHERS_CANCELLED = re.compile(
    r"\b(?:projects|shows|series|titles|others|dramas|originals)\s(?:being|were|have\sbeen|had\sbeen|got|getting|that\swere)\s(?:\w+\s)?$", re.IGNORECASE
)
_SERIES_ORDER = re.compile(r"green ?lit|greenlit|green light|go-ahead|picked up|(?:re)?commissioned|approved", re.IGNORECASE)
_FEARED = re.compile(r"\b(?:worr(?:y|ied|ies|ying)|fear(?:s|ed|ing)?|think(?:s|ing)?|thought|believ(?:e|es|ed|ing)|assum(?:e|ed|ing)|suspect(?:s|ed|ing)?|speculat(?:e|ed|ing))\b[^.;]{0,45}$", re.IGNORECASE)
_AFTER_SEASONS = re.compile(r"\s{1,5}after\s{1,5}(?:just\s+|only\s+)?(?:(\w+)\s+seasons|season\s+(\d{1,2}))\b", re.IGNORECASE)


def _headline_renewal(ctx: SentenceContext) -> Iterator[Claim]:
    """A heading that names a season and says it is confirmed ("X Season 2 Confirmed as Split-Cour Anime")."""
    for ref in ctx.seasons:
        subject = ctx.subject(ref.start)
        # ("X Will Return for Season 2 in February", "X is returning with part 2": the return says the season is coming)
        returning = _HEADLINE_RETURN.search(ctx.text[max(0, ref.start - 40) : ref.start]) is not None
        if subject and ctx.is_main(subject) and (_HEADLINE_RENEWAL.match(ctx.text[ref.end :]) or returning) and ref.season >= (ctx.target or 2):
            yield ctx.claim(subject, ref.season, "renewal", {"renewed": True, "date": None, "event": None}, Modality("confirmed"))
            return
