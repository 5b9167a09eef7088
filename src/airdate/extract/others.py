"""`other` claims: facts about a show the fixed attributes do not cover, each kind with its own cue.

The gold format keeps such facts as `other` with a short paraphrase: a final season, a limited
series, a creator's plan for N seasons, a rating site's score, an award, a chart place, a finale,
an episode schedule, a runtime, a strike's effect, a season split in parts, the story arc a season
adapts, a time jump, an announced title, a cast departure. Only kinds whose wording is unambiguous are read; one claim
per kind per sentence, because the sentence, not the phrase, is what the page asserts (and the
scorer compares `other` claims by subject, season and attribute alone).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from airdate.extract.context import SentenceContext
from airdate.extract.modality import Modality
from airdate.models import Claim

NEAR = 40  # how far from its cue a second cue may stand
_COUNT = r"(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"
_DAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?"
_UNIT_AFTER = r"(?:season|series|chapter|installment|instalment|run|outing)\b(?!\s+(?:finale|premiere))"

_FINAL = re.compile(r"\bfinal\s+" + _UNIT_AFTER, re.IGNORECASE)
# "the last season" also means "the season before": "last" counts only after "be", "is", "as" or "and"
_LAST_AS_FINAL = re.compile(r"\b(?:be|is|as|and)\s+(?:the\s+|its\s+)?(?:show's\s+|series'\s+)?last\s+" + _UNIT_AFTER, re.IGNORECASE)
# "Season 5 is set to conclude the show", "will mark the end of Gus's story"
_ENDS_SHOW = re.compile(r"\bconclude(?:s)?\s+the\s+(?:[\w+]+\s+)?(?:show|series|saga|story)\b|\bmark(?:s)?\s+the\s+end\s+of\b", re.IGNORECASE)
_LIMITED = re.compile(r"\b(?:limited series|miniseries|mini-series|one-season story|standalone season)\b", re.IGNORECASE)
_PLAN = re.compile(
    r"\b" + _COUNT + r"[- ]season (?:plan|arc|story|run)\b"
    r"|\b(?:plan(?:ned|s)?|mapped out|envisions?|envisioned|pictured|sees?|in mind|would like to make|wants? to make|hopes? to make)"
    r"\b[^.;]{0,40}?\b(?:" + _COUNT + r"|(?:at least )?(?:two|a few|several) more)\s+(?:seasons|series)\b"
    r"|\b(?:" + _COUNT + r"|two more|several more)\s+(?:seasons|series)\b[^.;]{0,30}?\b(?:planned|mapped out|in mind|of stories)\b",
    re.IGNORECASE,
)
_RATING = re.compile(
    r"\b\d{1,2}(?:\.\d{1,2})?(?:/10| out of 10)?\s+(?:rating\s+|score\s+|stars?\s+)?on\s+(?i:IMDb|MyAnimeList)\b|\b(?i:IMDb)\s+(?:rating|score)\s+of\s+\d"
    r"|\b\d{1,3}\s?%\s+(?:[a-z]+\s+){0,2}(?:on|from)\s+Rotten Tomatoes\b|\bRotten Tomatoes\s+(?:[a-z]+\s+){0,2}(?:score|rating)\s+of\s+\d"
    r"|\b(?:rated|rating of|certified)\s+(?:TV-(?:MA|14|PG|Y7|G)|PG-13|R|PG|18\+|16\+|15|12A)\b"
    # ("an 86% Rotten Tomatoes score", "its C+ CinemaScore", "the film earns its R-rating")
    r"|\b\d{1,3}\s?%\s+(?:[a-z]+\s+)?Rotten Tomatoes\s+(?:score|rating)\b|(?<![\w+\-])[A-F][+\-]?\s+CinemaScore\b"
    r"|\bCinemaScore\s+(?:of\s+)?(?:an?\s+)?[A-F][+\-]?(?![\w+\-])|\b(?:R|PG-13)-rat(?:ing|ed)\b"
)
_AWARD_NAME = r"(?:Emmys?|Golden Globes?|BAFTAs?|Oscars?|Baeksang|Peabody|SAG Awards?|Critics Choice)"
_AWARD = re.compile(
    r"\b(?:won|wins|winning|earned|picked up|took home|scooped|bagged|received|receiving|nominated for|nominations? for|nods? for)\b"
    r"[^.;]{0,50}?\b(?:" + _AWARD_NAME + r"|awards?|nominations)\b"
    r"|\b" + _AWARD_NAME + r"(?:[- ]Award)?[- ](?:winning|nominated)\b"
)
_CHART = re.compile(
    r"\b(?:most[- ](?:watched|streamed|viewed)|No\.\s?1|number one|number-one|#1|top spot"
    r"|highest[- ](?:rated|grossing)|biggest (?:debut|launch|premiere)"
    # (a film's place at the box office: "opened in fourth place", "the third-biggest horror movie of the year")
    r"|opened (?:in|at) (?:first|second|third|fourth|fifth|sixth|No\.\s?\d) place|(?:second|third|fourth|fifth)[- ]biggest"
    r"|record (?:opening|debut)|(?:biggest|best|highest) (?:opening|weekend)|set a record)\b",
    re.IGNORECASE,
)
# a finale with its date close behind ("dropped its finale on May 2", "the finale of Season 1 on November 20")
_FINALE = re.compile(
    # ("Season 1 ends on December 21", "Season 1 concluded in September": the date follows close behind)
    r"\bfinale\b|\b(?:concluded|ended|wrapped up|finished|(?:will|to) (?:conclude|end|finish|wrap up)|concludes|ends|wraps up)\s+(?:its run\s+)?(?:on|in)\b",
    re.IGNORECASE,
)
_SCHEDULE = re.compile(
    r"\b(?:new )?episodes?\b[^.;]{0,40}?\b(?:weekly|every (?:week|" + _DAY + r")|each (?:week|" + _DAY + r")|on " + _DAY + r")\b"
    r"|\b(?:released|releasing|airing|dropping|rolling out|streaming)\s+(?:weekly|every week)\b"
    # "all eight episodes will drop at once", "a two-episode premiere", "a weekly release schedule"
    r"|\b(?:drop|arrive|land|release|premiere|stream)\w{0,3}\s+(?:all\s+)?at once\b|\ball at once\b|\b(?:two|three|2|3)-episode premiere\b"
    r"|\bweekly (?:release|rollout|schedule)\b|\bbinge[- ]release\w*\b",
    re.IGNORECASE,
)
# a person's name beside a departure ("Ada Mbeki won't be back")
_PERSON_NAME = re.compile(r"[A-Z][a-z][\w'’\-]*\s[A-Z][\w'’\-]+")
# the 2023 Hollywood strikes and their like: a production delayed, paused or spared by a strike
_STRIKE = re.compile(r"\bstrikes?\b(?![- ](?:team|force|back))", re.IGNORECASE)
_STRIKE_EFFECT = re.compile(r"\b(?:delay\w*|halt\w*|pause\w*|shut\w*|stop\w*|postpone\w*|push\w* (?:[\w']+ ){0,3}?back|affect\w*|unaffected|impact\w*|resum\w*|disrupt\w*)\b", re.IGNORECASE)
_SPLIT = re.compile(r"\b(?:two|three|2|3)\s+(?:parts|volumes|halves|batches|cours)\b|\bsplit[- ](?:seasons?|into|in two)\b", re.IGNORECASE)
# an anime season's story arc: "Season 4 adapts the Hashira Training arc", "covers the Culling Game arc"
_ARC = re.compile(r"\b(?:adapt\w*|cover\w*|tackl\w*|animat\w*)\b[^.;]{0,50}?\barc\b", re.IGNORECASE)
_RUNTIME = re.compile(r"\b(?:runtime|running time|run time)\b[^.;]{0,30}?\b\d{1,3}\s+(?:minutes|mins|hours?)\b|\b(?:episodes?|finale)\s+(?:runs?|clocks? in at)\s+(?:\w+\s+){0,2}\d{1,3}\s+minutes\b", re.IGNORECASE)


# "a four-year time jump", "picks up five years after the events of season 2", "set 34 years after the first film"
_TIME_JUMP = re.compile(
    r"\btime[- ]jump\b|\b(?:picks? up|set|takes? place|jumps? ahead)\s+(?:\w+\s+){0,2}?(?:" + _COUNT + r"|a few|several|many)\s+years\s+(?:after|later)\b",
    re.IGNORECASE,
)
# "Avatar 3, AKA Avatar: Fire and Ash", "the sequel is titled X", "the official title"
_TITLE_NAMED = re.compile(r"\b(?:AKA|a\.k\.a\.|(?:is|be|was|been)\s+(?:officially\s+)?titled|will be called|official title|subtitled)\b")
# "IU has stepped down from the cast", "X exits the series": a departure the cast attributes do not hold
# "Olivia Colman won't be back for season 3", "X will be absent from the series' return": a negation is the fact itself
_NOT_BACK = re.compile(r"\b(?:won['’]t|will not|isn['’]t|is not|aren['’]t|are not)\s+(?:be\s+)?(?:back|returning|coming back)\b|\b(?:will be|is)\s+absent from\b", re.IGNORECASE)
_BUDGET = re.compile(r"\$\s?\d{1,3}(?:\.\d{1,2})?\s?(?:M|million|billion|bn)\b")
_BUDGET_WORD = re.compile(r"\b(?:budget|cost|costs|spent|spend|spending|expensive|price tag)\b", re.IGNORECASE)
# "X is executive produced by A, B and C", "A serves as executive producer", "EP A": the producers are one fact
# an anime's or a film's other crew: "music by A", "with B composing the music", "character designs by C"
_MUSIC = re.compile(
    r"\bmusic\s(?:(?:is|will\sbe)\s)?(?:composed\s|written\s|scored\s)?by\b|\b(?:composing|composes|scoring|scores|will\s(?:compose|score))\s"
    r"(?:the\s)?(?:music|score|soundtrack)\b|\b(?:composer|music\scomposer)\s(?=(?-i:[A-Z]))"
    # "Haruka Nakamura will be in charge of music", "Composers include A, B", "Music: A"
    r"|\bin\scharge\sof\s(?:the\s)?(?:music|score|soundtrack)\b|\bcomposers?\s(?:include|includes|are|is)\b|^music\s?:", re.IGNORECASE
)
_DESIGNS = re.compile(
    r"\bcharacter\sdesigns?\s(?:(?:is|are|will\sbe)\s)?(?:handled\s)?(?:by|from)\b|\bdesigning\sthe\scharacters\b"
    r"|\bcharacters,?\s(?:(?:are|were|will\sbe)\s)?designed\sby\b|\bcharacter\sdesigner\b|^character\sdesigns?\s?:", re.IGNORECASE
)
# the rest of a crew: "art director A", "with B as director of photography", "A, a key animator on X"
_CREW = re.compile(
    r"\b(?:art|sound|animation|action|CG|3DCG|casting)\sdirector\b|\bdirector\sof\sphotography\b|\bcinematograph(?:er|y)\sby\b"
    r"|\bcinematographer\s(?=(?-i:[A-Z]))|\bkey\sanimator\b|\bedited\sby\b|\b(?:film\s)?editor\s(?=(?-i:[A-Z]))", re.IGNORECASE
)
_EXECUTIVE_PRODUCERS = re.compile(r"\b(?:[Cc]o-)?[Ee]xecutive[- ][Pp]roduc\w*|\bEPs?\s(?=[A-Z])")
_DEPARTURE = re.compile(r"\b(?:stepped|steps|stepping) down from\b|\b(?:exits?|exited|exiting|departs?|departed|quit|quits|left) (?:the )?(?:show|series|cast|role|project)\b", re.IGNORECASE)


# "has unveiled character posters", "A new teaser poster was released": K-drama pages report each poster as news
_POSTER = re.compile(
    r"\b(?:character|teaser|main|new|official|first|highlight|couple|special)\s(?:(?:teaser|character|main)\s)?posters?\b"
    r"(?=[^.;]{0,80}?\b(?:released|unveiled|revealed|dropped|shared|unveils|releases|reveals|drops|shares)\b)"
    r"|\b(?:released|unveiled|revealed|dropped|shared|unveils|releases|reveals|drops|shares)\s(?:(?:its|their|the|a|two|three|new|first|official|fresh)\s){0,2}"
    r"(?:(?:character|teaser|main|highlight|couple|special)\s)?posters?\b",
    re.IGNORECASE,
)
# "SBS's Friday-Saturday slot", "the 8 p.m. Friday slot", "airs in the Saturday–Sunday 9:20 p.m. KST slot"
_TIME_SLOT = re.compile(
    r"\b(?:" + _DAY + r"(?:[-–/]" + _DAY + r")?|weekend|weekday|\d{1,2}(?::\d{2})?\s?[ap]\.?m\.?(?:\s(?:KST|ET|PT|EST|JST|BST|GMT))?)"
    r"(?:\s(?:\d{1,2}(?::\d{2})?\s?[ap]\.?m\.?(?:\s(?:KST|ET|PT|EST|JST|BST|GMT))?|" + _DAY + r"|drama|night))?\s(?:time\s)?slot\b|\btime\s?slot\b"
    # ("Airing every Monday and Tuesday at 21:45 (KST)", "airs on Thursdays at 10pm")
    r"|\b(?:airs?|airing|broadcasts?|broadcasting)\s(?:every\s|on\s)?" + _DAY + r"(?:\s(?:and|&)\s" + _DAY + r")?\sat\s\d{1,2}(?:[:.]\d{2})?",
    re.IGNORECASE,
)
# "the opening theme is performed by A", "ending theme song by B"
_THEME_SONG = re.compile(r"\b(?:opening|ending|closing)\s(?:theme|song)\b|\btheme\ssong\b", re.IGNORECASE)


@dataclass(frozen=True)
class OtherKind:
    """One kind of `other` fact: its cue, its paraphrase, and which season it is about when none is named."""

    pattern: re.Pattern[str]
    value: str
    # which season the fact is about when the sentence names none: "target" (the coming one, or the aired one
    # in a past-tense clause), "coming" (the coming one whatever the tense), "aired", "series" (the whole
    # show), "clause" (only a season its own clause names, else the whole show)
    season: str
    dated: bool = False  # the cue only counts with a date close after it ("ended on a cliffhanger" is no finale)
    needs: re.Pattern[str] | None = None  # a second cue that must stand near the first
    negative: bool = False  # the fact is a negation ("won't be back"), asserted as it stands


KINDS: tuple[OtherKind, ...] = (
    OtherKind(_FINAL, "final season", "target"),
    OtherKind(_LAST_AS_FINAL, "final season", "target"),
    OtherKind(_ENDS_SHOW, "final season", "target"),
    OtherKind(_LIMITED, "limited series", "series"),
    OtherKind(_PLAN, "creator's plan for the number of seasons", "series"),
    OtherKind(_RATING, "rating", "aired"),
    OtherKind(_AWARD, "award or nomination", "aired"),
    OtherKind(_CHART, "chart place or ranking", "aired"),
    OtherKind(_FINALE, "finale date", "aired", dated=True),
    OtherKind(_SCHEDULE, "episode release schedule", "target"),
    OtherKind(_RUNTIME, "runtime", "target"),
    OtherKind(_STRIKE, "production affected by a strike", "coming", needs=_STRIKE_EFFECT),
    OtherKind(_SPLIT, "released in parts", "coming"),
    OtherKind(_ARC, "story arc adapted", "coming"),
    OtherKind(_TIME_JUMP, "time jump", "coming"),
    OtherKind(_TITLE_NAMED, "title announced", "coming"),
    OtherKind(_DEPARTURE, "cast departure", "coming"),
    OtherKind(_NOT_BACK, "cast departure", "coming", needs=_PERSON_NAME, negative=True),
    OtherKind(_BUDGET, "budget", "target", needs=_BUDGET_WORD),
    # (a credit, on season 1 unless a season is named near it, as the seed README places credits)
    OtherKind(_EXECUTIVE_PRODUCERS, "executive producers", "credit", needs=_PERSON_NAME),
    OtherKind(_MUSIC, "music", "credit", needs=_PERSON_NAME),
    OtherKind(_DESIGNS, "character designs", "credit", needs=_PERSON_NAME),
    OtherKind(_CREW, "crew credit", "credit", needs=_PERSON_NAME),
    OtherKind(_POSTER, "poster released", "target"),
    OtherKind(_TIME_SLOT, "time slot", "target"),
    OtherKind(_THEME_SONG, "theme song", "credit"),
)


# facts of one season (of the only one, on a page that numbers none), not of the whole series
SEASON_FACTS = frozenset({"episode release schedule", "runtime", "finale date", "released in parts", "budget", "poster released", "time slot"})


def other_claims(ctx: SentenceContext) -> Iterator[Claim]:
    """One `other` claim per kind of fact the sentence states about a show."""
    if ctx.sentence.is_heading or ctx.sentence.is_question:
        return
    for kind in KINDS:
        m = kind.pattern.search(ctx.text)
        if m is None:
            continue
        modality = ctx.modality(m.start())
        subject = ctx.subject(m.start())
        if kind.negative and modality is not None and modality.modality == "negated":
            modality = Modality("confirmed")
        # a negation near these cues denies something else ("no new cast for the final season")
        if modality is None or modality.modality == "negated" or not subject or ctx.is_generic(m.start()):
            continue
        if kind.dated and not any(0 <= t.span[0] - m.end() <= NEAR for t in ctx.times_in_clause(m.start())):
            continue
        if kind.needs is not None and not any(
            # ("X won't be returning for a second season": a title is no person leaving)
            not (kind.needs is _PERSON_NAME and any(r.start <= n.start() < r.end for r in ctx.mentions))
            for n in kind.needs.finditer(ctx.text, max(0, m.start() - NEAR), m.end() + NEAR)
        ):
            continue
        yield ctx.claim(subject, _season(ctx, kind, subject, m.start()), "other", kind.value, modality)


def _season(ctx: SentenceContext, kind: OtherKind, subject: str, position: int) -> int | None:
    if kind.season == "series":
        return None
    if kind.season == "credit":
        near = [r for r in ctx.seasons if -NEAR <= r.start - position <= NEAR]
        return near[0].season if near else (1 if ctx.is_main(subject) else None)
    if kind.season == "clause":
        # "Season 2 showrunner X", "showrunner for season 2"; a season further off in the clause is another claim's
        near = [r for r in ctx.seasons if -NEAR <= r.start - position <= NEAR]
        return near[0].season if near else None
    # ("Since it concluded on December 11, fans are wondering about Season 2": an aired fact keeps to its own clause)
    explicit = ctx.explicit_season(position, whole_sentence=kind.season != "aired")
    if explicit is not None:
        return explicit
    if kind.season == "coming":
        return ctx.target if ctx.is_main(subject) else None
    if not ctx.is_main(subject):
        return 1 if kind.season == "aired" else None
    if kind.season == "aired":
        # with one season out the fact is that season's; with several, the page speaks of the show
        return 1 if ctx.aired == 1 else None
    if ctx.is_past(position):
        return ctx.aired
    return ctx.target
