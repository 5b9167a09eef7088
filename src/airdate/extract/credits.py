"""Credits: directors, writers and cast members named with their role, and the season each credit is for."""

from __future__ import annotations

import re
from collections.abc import Iterator

from airdate.extract.context import SentenceContext, past_rest_of_list
from airdate.extract.lexicon import CHARACTER_ROLES
from airdate.extract.modality import Modality, has_negation, modality_at
from airdate.extract.names import Name, PeopleMemory, is_title_name, list_from
from airdate.models import Claim
from airdate.normalize import same_person

# ("No word yet on casting announcements": the news of a cast denied)
_CAST_NOUN = re.compile(
    r"\b(?:the |its |season \w+ )?cast(?: members?| list)?\b(?! (?:of|for) (?:the )?(?:students|characters))"
    r"|\bcasting (?:announcements?|news|details|updates?)\b",
    re.IGNORECASE,
)
_JOINED_CAST = re.compile(
    r"^\s+(?:has\s+|have\s+|is\s+|are\s+)?(?:officially\s+)?(?:joined|joins|join|joining)\s+the\s+(?:\w+\s+)?cast\b|^\s+(?:has|have)\s+been\s+cast\b"
    r"|^\s+(?:was|were|has been|have been|is|are)\s+(?:officially\s+)?added\s+to\s+the\s+(?:\w+\s+)?cast\b"
    # "A and B were cast in the film", "A and B reunite in X", "A and B appear in key supporting turns"
    r"|^\s+(?:was|were|is|are)\s+(?:also\s+)?cast\s+in\b|^\s+(?:reunite|reunites|appear|appears|co-star|co-stars)\s+in\b"

    # "A headlines X", "A will front X": the lead of a work named right after
    r"|^\s+(?:headlines|fronts|will\s+headline|will\s+front|is\s+headlining|is\s+fronting)\s+(?=[“\"‘']?(?-i:[A-Z]))"
    # "Newcomer X joins as a rival fisherman": a new face whose role has no name
    r"|^\s+(?:joins|joined|will join|is joining)\s+as\s+(?:a|an)\s+[a-z]",
    re.IGNORECASE,
)
# "X has been cast as Y", "X joins the cast as Macrinus": the sentence pairs an actor with a role, a character claim alone
_CAST_AS = re.compile(r"^\s+(?:(?:has|have)\s+been\s+cast\s+as\b|(?:has\s+|have\s+)?(?:joined|joins|join)\s+the\s+(?:\w+\s+)?cast\s+as\s+[A-Z])")
NOT_BACK = re.compile(
    r"^(?:,[^,.;]{0,80},)?\s+(?:(?:will not|won['’]t|is not|isn['’]t|are not|aren['’]t|will no longer|is no longer|does not|doesn['’]t)\s+(?:be\s+)?"
    r"(?:return\w*|coming back|come back|reprise\w*|appear\w*|back\b|part of\b)"
    # "declined to return", "has not yet closed a deal to return": departures in other words
    r"|declined to return|has not (?:yet )?(?:closed|signed) a deal)",
    re.IGNORECASE,
)
# "X is reportedly in talks to join", "X is tipped to return", "X will make a cameo": one person's coming part,
# hedged by the words between (the sentence's modality says how much); a few lower-case words only, so it stays linear
_COMING_PART = re.compile(
    r"^(?:,[^,.;]{0,80},)?\s+(?:(?:is|are|has|have|will|would|could|might|may|also|reportedly|rumou?red|said|set|tipped|expected"
    r"|understood|believed|likely|be|been|to|in|talks|close|negotiations|poised|slated|signed|on|now|already|officially|back)\s+){1,7}"
    r"(?:join(?:ing)?\s+(?:the\s+)?(?:\w+\s+)?(?:cast|series|show|season|ensemble)\b|return(?:ing)?\b|make\s+(?:a|an)\s+(?:\w+\s+)?(?:cameo|appearance)"
    r"|reprise\b|(?:be|come)\s+back\b)",
    re.IGNORECASE,
)
# "... is returning as the director": a crew member's return, no actor's
_AS_CREW = re.compile(r"^[^.;]{0,25}?\bas\s+(?:the\s+)?(?:\w+\s+)?(?:director|writer|showrunner|producer|composer|screenwriter|creator)s?\b")
# "... return as Mara Vell": an actor paired with a named role is a character claim, not a cast one
_AS_NAMED = re.compile(r"^[^.;]{0,25}?\bas\s+(?:[a-z'’\-]+\s+){0,4}[A-Z]")
_PERFORMER_BEFORE = re.compile(r"\b(?:actor|actress|star|newcomer|comedian|singer|rapper|veteran|host|presenter|narrator|favou?rite)\s+$", re.IGNORECASE)
_PLAYED_AFTER = re.compile(r"^,\s+who\s+(?:also\s+)?(?:played|plays|starred|stars|portrayed|portrays|voiced|appeared)\b")
_CREW_BEFORE = re.compile(r"\b(?:director|writer|creator|showrunner|producer|composer|screenwriter)\s+$", re.IGNORECASE)
# "It is not yet known if X will return", "it is unclear whether X ...": an open question is a guess at most
_OPEN_QUESTION = re.compile(r"\b(?:not (?:yet )?(?:known|clear|certain)|unclear|uncertain|unknown)\s+(?:if|whether)\s+$", re.IGNORECASE)
# "Gone, though, is X", "Not returning is X", "The biggest absence is X": a departure put before the name
_GONE_BEFORE = re.compile(
    r"\b(?:gone|not returning|not coming back|absence|absent|missing)\b[^.;:]{0,30}?\b(?:is|are|will be)\s+(?:(?:actor|actress|star)\s+)?$",
    re.IGNORECASE,
)
_FUTURE_CREDIT = re.compile(r"\b(?P<hedge>is set to|set to|is slated to|is expected to|will)\s+(?:also\s+)?(?:co-)?(?P<verb>direct|write|helm|pen)\b")
# a credit for the season still to come: returning, continuing, future or ongoing work
_COMING_CREDIT = re.compile(
    r"\b(?:return\w*|is back|are back|comes back|once again|again|once more|continu\w*|will|set to|(?:is|are) (?:now )?(?:writing|directing|helming|penning|producing|scripting)"
    r"|new season|new episodes|new scripts|joins?|joined|joining|as (?:the )?new (?:additions?|cast members?|faces|series regulars?)"
    r"|(?:is|are) the new)\b",  # ("A is the new director": the job of the season to come)
    re.IGNORECASE,
)
_RETURNING_CREDIT = re.compile(r"\b(?:return\w*|once again|again|once more|continu\w*|new season|joins?|joined|joining)\b", re.IGNORECASE)
# "X is making some changes": what a person is doing now is work on the season to come
_ONGOING = re.compile(
    r"^\W*(?:is|are)\s+(?:now\s+|currently\s+|also\s+|busy\s+)?(?:making|working|writing|directing|developing|preparing|shooting|filming"
    r"|planning|producing|helming|reworking|changing|crafting|penning|scripting|overseeing|leading)\b"
    r"|^\W*(?:directs|helms)\b"  # "X directs.": the present of a credit is the coming work's
)
# "Creator X is writing all six episodes": writing in progress names a writer
_WRITING_NOW = re.compile(
    r"^\s+(?:is|are)\s+(?:now\s+|currently\s+|also\s+|again\s+|once again\s+|still\s+)?(?:(?:co-)?writing|penning|scripting)\b"
    # ("A is directing and co-writing X", "A co-writes the script alongside B")
    r"|^\s+(?:is|are)\s+directing\s+and\s+(?:co-)?writing\b|^\s+(?:co-)?writes\s+(?:the\s+)?(?:script|screenplay)\b"
    # "Tatsuro Mishima (Zom 100) adapted the story for television"
    r"|^\s+(?:also\s+)?adapted\s+(?:the\s+|it\s+)?(?:[\w\-]+\s+){0,3}?for\s+(?:television|TV|the\s+screen|the\s+small\s+screen)\b"
    # "X has written the story, screenplay and dialogues of the movie"
    r"|^\s+(?:has|have)\s+(?:also\s+)?(?:written|penned|scripted)\s+(?:the\s+)?(?:story|screenplay|script|scripts|dialogues|teleplay)\b"
)
# "X is directing the sequel", "X directs.": directing in progress, or said in the present, names a director
_DIRECTING_NOW = re.compile(
    r"^\.?\s+(?:(?:is|are|will\s+(?:also\s+)?be)\s+(?:now\s+|currently\s+|also\s+|again\s+|once again\s+|still\s+)?(?:directing|helming)|directs|helms)"
    # ("will be directing the Glass Orchard anime": the show's name may stand before the noun)
    r"(?=\s*[.;]|\s+and\s+(?:co-)?writing\b|\s+(?:the\s+(?:[A-Z][\w\-]*\s+){0,3}(?:film|movie|sequel|series|show|project|new|anime|adaptation|season|drama)|[A-Z0-9“\"‘']))"
    # "with X directing from a script by Y", "with X directing."
    r"|^\s+directing(?=\s*[.;,]|\s+(?:from|the|it|this|again)\b)"
)
# "with X at the helm", "X takes the director's chair", "X has been tapped to direct", "X's directorial debut",
# "the Rohit Shetty directorial": the other ways pages name a director after the name
_AT_THE_HELM = re.compile(
    r"(?<!\s)(?:\s+(?:(?:is|was|will be|remains)\s+)?at the helm\b"
    r"|\s+(?:takes|took|will take|is taking|sits in|is in|returns to) the director[’']?s[’']? chair\b"
    r"|\s+(?:has been|have been|was|is|were|are)\s+(?:tapped|hired|brought on|attached|signed on|chosen|picked|set|roped in)\s+to\s+direct\b"
    # ("is taking charge of the series", not "is in charge of series composition": that is the writing)
    r"|\s+(?:is|are|will be)\s+(?:taking|in)\s+charge\s+of\s+(?:the\s+)?(?:(?:series|show|film|movie|drama|project)\b(?!\s+(?:composition|scripts?|music)|[’']s?\s+(?:production|animation|music|scripts?))|directing\b)"
    # ("A is in charge of the general direction", "B returns to be in charge of direction at X studio")
    r"|\s+(?:(?:is|are|will\s+be|returns?\s+to\s+be)\s+)?in\s+charge\s+of\s+(?:the\s+)?(?:general\s+|overall\s+|chief\s+|series\s+)?direction\b"
    r"|[’']s?\s+directorial\b|\s+directorial(?!\s+debut)\b"
    # "X is resuming his role as the director", "X, who returns as director, says"
    r"|\s+(?:is\s+|will\s+be\s+)?(?:resuming|reprising)\s+(?:his|her|their)\s+role\s+as\s+(?:the\s+)?director\b"
    r"|,?\s+(?:who\s+)?(?:returns|is\s+back|will\s+return)\s+as\s+(?:the\s+)?director\b)"
)
_SHOWRUNNER_AGAIN = re.compile(
    r"^[^.;]{0,80}?\b((?:return\w*|be back|is back|will stay(?: on)?|will remain|continues?|will serve)\s+as\s+(?:the\s+)?(?:showrunner|head writer))\b"
)
_BACK_TO = re.compile(
    r"^[^.;]{0,100}?\b((?:returns?|is back|will return|comes back|is set to return|is expected to return|(?:is|are) returning)\s+(?:to\s+(direct|write|helm|pen)"
    r"|for\s+(?:the\s+)?(?:second|third|fourth|next|new)\b()))"
)
_ASIDE = re.compile(r"^,[^,.;]{1,80},")
_STARS_ALONGSIDE = re.compile(r"^\s+(?:also\s+)?(?:stars|co-stars|will\s+(?:also\s+)?(?:co-)?star)\s+(?:alongside|opposite)\b")
_OWN_WORD = re.compile(r"\baccording to\s+(?:[\w'’\-]+\s+){0,4}$", re.IGNORECASE)
# ("A, who co-wrote the script with B": the relative clause credits A too)
_ALSO_WROTE = re.compile(r"^[^.;,]{0,50}?\band\s+(?:also\s+)?(?:co-)?(?:wrote|penned|scripted)\b"
                         r"|^,\s+who\s+(?:also\s+)?(?:co-)?(?:wrote|penned|scripted)\s+(?:the|its|this)\s+(?:script|screenplay|film|movie|series|show|story)\b")


def more_credits(ctx: SentenceContext, name: Name, after: str, memory: PeopleMemory) -> Iterator[Claim]:
    """Credits stated after the name: "... and co-wrote the script", "is set to direct the Season 3 premiere",
    "has joined the cast", "will not return"."""
    subject = ctx.subject(name.start)
    if not subject or memory.is_character(name.text):
        return
    # ("A, who helmed X, co-writes the script": the verb after the relative clause is the name's)
    past_relative = after[len(ctx.relative_after(name.end)) :] if after.startswith(",") else ""
    if _ALSO_WROTE.match(after) or _WRITING_NOW.match(after) or (past_relative and _WRITING_NOW.match(" " + past_relative.lstrip(" ,"))):
        memory.real.append(name.text)
        yield from credit_claims(ctx, name, "writer")
    past_list = past_rest_of_list(after)  # ("with A and B directing": B's predicate is A's too)
    directing = bool(_DIRECTING_NOW.match(after) or _DIRECTING_NOW.match(past_list) or _AT_THE_HELM.match(past_list))
    if directing:
        memory.real.append(name.text)
        yield from credit_claims(ctx, name, "director")
    # ("A, who directed X and Y, will write the series": the verb after the relative clause is the name's)
    skip = len(ctx.relative_after(name.end)) if after.startswith(",") else 0
    future = _FUTURE_CREDIT.search(after[skip : skip + 60])
    # ("Hollow Point director Ana Lopa is set to helm ...": the verb is the later name's, not the work's before it)
    between = after[skip : skip + future.start()] if future else ""
    # ("A is set to direct the sequel": a director credited above is not credited again with the plan's hedge)
    credited_twice = directing and future is not None and future.group("verb") in ("direct", "helm")
    if future and not credited_twice and not re.search(r"[.;]", between) and not re.search(r"\b[A-Z][\w’'\-]+\s[A-Z]", between):
        verb_end = name.end + skip + future.end()
        refs = [r for r in ctx.seasons if verb_end <= r.start <= verb_end + 30]
        memory.real.append(name.text)
        modality = Modality("confirmed") if future.group("hedge") == "will" else Modality("expected")
        attribute = "director" if future.group("verb") in ("direct", "helm") else "writer"
        if refs:
            yield ctx.claim(subject, refs[0].season, attribute, name.text, modality)
        elif ctx.main and re.match(r"\s+(?:the\s+)?(?:first|last|final|second|opening|\w+\s+)?(?:\w+\s+)?(?:episodes?|series|show|season|film|movie|sequel|pilot|finale)\b", ctx.text[verb_end:]):
            # "A (X, Y) will direct the first two episodes", "B will write the series": the page's show, the coming season
            yield ctx.claim(ctx.main, ctx.target, attribute, name.text, modality)
    back_to = _BACK_TO.match(after)
    done = re.search(r"\b(directed|helmed|wrote|penned)\b", after[: back_to.start(1)]) if back_to else None
    if back_to and (back_to.group(2) or done):
        # "X directed four episodes of the first season, and she returns to direct the premiere"
        refs = [r for r in ctx.seasons if name.end + back_to.end() <= r.start <= name.end + back_to.end() + 30]
        said = ctx.modality(name.start + back_to.start(1))
        if said is not None and said.modality != "negated":
            memory.real.append(name.text)
            verb = back_to.group(2) or (done.group(1) if done else "")
            attribute = "writer" if verb in ("write", "pen", "wrote", "penned") else "director"
            firm = Modality("expected") if said.modality in ("expected", "speculative") else Modality("confirmed")
            yield ctx.claim(subject, refs[0].season if refs else ctx.target, attribute, name.text, firm)
    again = _SHOWRUNNER_AGAIN.match(after)
    if again:
        # "X wrote the first season and will return as showrunner for Season 2"
        refs = [r for r in ctx.seasons if name.end + again.end() <= r.start <= name.end + again.end() + 20]
        said_again = ctx.modality(name.start + again.start(1))
        if said_again is not None and said_again.modality != "negated":
            memory.real.append(name.text)
            yield ctx.claim(subject, refs[0].season if refs else ctx.target, "writer", name.text, Modality("confirmed"))
    # ("A, best known for her role in Salt Road, has joined the cast": the verb after an aside is the name's)
    aside = _ASIDE.match(after)
    past_aside = after[aside.end() :] if aside else ""
    joined_cast = _JOINED_CAST.match(after) or _JOINED_CAST.match(past_list) or _JOINED_CAST.match(past_aside)
    if _STARS_ALONGSIDE.match(after):
        # "A stars alongside B in the series": the show's cast as it is (B is read as the cast the cue introduces)
        memory.real.append(name.text)
        said = ctx.modality(name.start)
        if said is not None and said.modality != "negated":
            yield ctx.claim(subject, ctx.explicit_season(name.start) or (1 if ctx.aired else ctx.target), "cast_member", name.text, said)
    if joined_cast and not _CAST_AS.match(after[:80]) and not _CAST_AS.match(past_aside[:80]):
        memory.real.append(name.text)
        joined = ctx.modality(name.start)
        if joined is not None and joined.modality != "negated":
            yield ctx.claim(subject, ctx.explicit_season(name.start) or ctx.target, "cast_member", name.text, joined)
    elif (coming := _COMING_PART.match(after)) is not None and not NOT_BACK.match(after) and not _AS_NAMED.match(after[coming.end() :]) \
            and not _AS_CREW.match(after[coming.end() :]):
        said = ctx.modality(name.end + coming.end() - 1)
        if said is not None and said.modality == "confirmed":
            # "It is not yet known if X, who played ..., will return": the hedge before the name holds past the relative clause
            said = ctx.modality(name.start) or said
        if _OPEN_QUESTION.search(ctx.text[max(0, name.start - 60) : name.start]):
            said = Modality("speculative")
        # a coming part is an actor's only when the page shows the name is a performer: characters return in predictions too
        lead = ctx.text[max(0, name.start - 40) : name.start]
        plays_a_character = any(same_person(name.text, actor) for actor in memory.playing)
        performer = not plays_a_character and (memory.is_real(name.text) or bool(_PERFORMER_BEFORE.search(lead)) or bool(_PLAYED_AFTER.match(after)))
        crew = _CREW_BEFORE.search(lead) or re.match(r"\s+to\s+(?:direct|write|helm|pen|produce|showrun)", after[coming.end() :])
        if performer and not crew and said is not None and said.modality != "negated":
            memory.real.append(name.text)
            later = [r.season for r in ctx.seasons if name.end + coming.end() <= r.start <= name.end + coming.end() + 30]
            # seasons elsewhere in the sentence ("who played X in the first season", "Season 2 newcomer X") are past ones
            yield ctx.claim(subject, later[0] if later else ctx.target, "cast_member", name.text, said)
    if _GONE_BEFORE.search(ctx.text[max(0, name.start - 60) : name.start]) and ctx.target is not None:
        memory.real.append(name.text)
        # the season named after the name is the past one the character left in ("drowned in the Season 1 finale")
        yield ctx.claim(subject, ctx.target, "cast_member", None, Modality("negated"))
    if (gone := NOT_BACK.match(after)) is not None:
        memory.real.append(name.text)
        # "X, who played Y in Season 1, will not return": the season in the relative clause is the past one;
        # only a season right after the verb ("will not be part of season 2") is the one X leaves
        relative = ctx.relative_after(name.end)
        skip = name.end + len(relative) if relative else name.start
        later = [r.season for r in ctx.seasons if skip <= r.start <= name.end + gone.end() + 25]
        season = later[0] if later and relative else (ctx.explicit_season(name.start) if not relative else None)
        yield ctx.claim(subject, season or ctx.target, "cast_member", None, Modality("negated"))


def negated_cast_claims(ctx: SentenceContext) -> Iterator[Claim]:
    """"The cast has yet to be revealed": no cast yet for the season."""
    if ctx.sentence.is_heading or ctx.sentence.is_question:
        return
    for m in _CAST_NOUN.finditer(ctx.text):
        modality = ctx.modality(m.start())
        if modality is None or modality.modality != "negated":
            continue
        # ("the cast and crew did not hear about the move": the negation must deny that the cast is known)
        if not _CAST_KNOWN.search(ctx.clause_text(m.start())):
            continue
        subject = ctx.subject(m.start())
        if subject:
            yield ctx.claim(subject, ctx.explicit_season(m.start()) or ctx.target, "cast_member", None, modality)
            return


_CAST_KNOWN = re.compile(
    r"\b(?:announc\w*|reveal\w*|confirm\w*|unveil\w*|known|official\w*|news|details?|updates?|information|word|names?"
    r"|finali[sz]ed|set|locked|decided|disclosed|yet|so far|casting|speculative|unknown|unclear|under wraps|mystery|tb[ad])\b",
    re.IGNORECASE,
)


_EXECUTIVE_ROLES = frozenset({"president", "boss", "chief", "head", "chairman", "chairwoman"})
_ORGANISATION_BEFORE = re.compile(
    r"(?:\b(?:network|studio|company|streamer|channel|broadcaster|platform)s?['’]?s?|\b(?!(?:The|A|An|His|Her|Their|Its|Our|This|That|Class|School|Student)\b)(?:[A-Z][\w+]*['’]s|[A-Z][A-Za-z+]{1,12}))\s{1,3}(?:[a-z]+\s{1,3})?$"
)


def role_before(before: str) -> bool:
    """A story-role noun right before a name (or before the list it opens)."""
    # ('follows “possessed lawyer” Shin I-rang (A)': the role may be quoted)
    m = re.search(r"([A-Za-z\-]+)[”\"’']?((?:,?\s*(?:like|such as|including|include|includes|namely)\s+|,\s+|\s+)(?:(?:the|a|an)\s+(?:[a-z][\w\-]*\s+){0,2})?)$", before)
    if re.search(r"\bcharacters?\s+(?:of|named|called)\s+$", before, re.IGNORECASE):
        return True  # ("They will chronicle the characters of A, B and C")
    if not m:
        return False
    word = m.group(1).lower()
    if word in _EXECUTIVE_ROLES and _ORGANISATION_BEFORE.search(before, max(0, m.start(1) - 30), m.start(1)):
        return False  # "HBO boss Casey Bloys", "the network's president X": an executive, not a story role
    if word in CHARACTER_ROLES:
        return True
    return word in ("include", "includes", "including", "like") and bool(re.search(r"\bcharacters?\b[^.]{0,40}$", before, re.IGNORECASE))


# ("Season 2 stars A, B" is a verb: the season is the cast's)
_PERSON_EPITHET = re.compile(r"\W{0,3}(?:standouts?|star|alum(?:na|nus|ni)?|veterans?|favou?rites?|breakouts?|regulars?|actors?|actress(?:es)?|lead)\b", re.IGNORECASE)


_WITH_CAST = re.compile(r"\W{0,3}(?:with|featuring|starring)\b[^.;]{0,30}?\b(?:cast|featur\w*|starr\w*|stars?)\b|\W{0,3}(?:featuring|starring)\b", re.IGNORECASE)


_CAST_AS_SET = re.compile(r"\b(?:set|slated|tapped|confirmed)\s+to\s+(?:play|portray|star|voice|appear|join|lead|feature|headline)\b", re.IGNORECASE)
_SAYS = re.compile(r"\W{0,3}(?:(?:also|has|had|once|recently|previously)\s)?(?:said|says|told|tells|explained|added|noted|revealed|admitted|hinted|teased|stated)\b")
_ADDED_TO_CAST = re.compile(
    r"\b(?:added to|join\w*|cast in)\s(?:the\s)?(?:\w+\s)?(?:cast|ensemble|line-?up)\s(?:of|for|in)\s(?:the\s)?$|\bcast (?:in|for)\s(?:the\s)?$"
    # "A and B have reportedly been signed for season two", "A will appear in the new season"
    r"|\b(?:signed(?: on)?|tapped|booked|confirmed|attached|set|lined up|appear|appears|star|stars|feature|features)\s(?:for|in)\s(?:the\s)?$"
)


def credit_claims(
    ctx: SentenceContext, name: Name, attribute: str, returning: bool = False, force: Modality | None = None, leans_on: str = "",
    list_end: int | None = None,
) -> Iterator[Claim]:
    """A credit is asserted by naming the role; hedges later in the clause are about something else. ``leans_on`` is
    the sentence a pronoun stands for ("A report says the cast will return. These include A, B"): it asserts the list.
    ``list_end`` is where the last name of the list ``name`` opens starts: the predicate after it asserts every name
    ("A, B and C have reportedly been signed")."""
    modality = force or ctx.modality(name.start if list_end is None or list_end < name.start else list_end)
    if leans_on and modality is not None and modality.modality == "confirmed":
        leaned = modality_at(leans_on, len(leans_on) - 1)
        if leaned is not None and leaned.modality not in ("negated", "conditional"):
            modality = leaned
    subject = ctx.subject(name.start)
    if modality is None or not subject:
        return
    if modality.scheduled_only and _CAST_AS_SET.search(ctx.clause_text(name.start)):
        modality = Modality("confirmed")  # "A and B are set to portray new characters": a casting announced, not a plan
    clause = ctx.clause(name.start)
    # "No, X is an original story created by Y": the answer's "No" denies the question, not the credit
    lead_words = re.sub(r"^\W*no\b[,.!]?", "", ctx.text[clause.start : name.start], flags=re.IGNORECASE)
    if modality.modality == "negated" and not has_negation(lead_words):
        modality = Modality("confirmed")
    elif modality.modality in ("speculative", "expected") and attribute != "cast_member":
        modality = Modality("confirmed")
    elif modality.modality == "reported" and _OWN_WORD.search(ctx.text[max(0, name.start - 60) : name.start]):
        # "according to the show's co-creator X": the person vouches for their own role
        modality = Modality("confirmed")
    # ("Season 1 standout X returning ...": a season that describes the person is not the credit's)
    before = [r for r in ctx.seasons if clause.start <= r.start < name.start and not _PERSON_EPITHET.match(ctx.text, r.end)]
    if not before and _WITH_CAST.match(ctx.text, clause.start):
        # "Season 2 debuted in 2022, with a cast that featured X": the cast of the season the clause before names
        before = [r for r in ctx.seasons if r.start < clause.start and not _PERSON_EPITHET.match(ctx.text, r.end)]
    season = before[-1].season if before else None
    if before and ctx.target and ctx.target != season and re.search(r"\bfrom\s+(?:the\s+|their\s+)?$", ctx.text[max(0, before[-1].start - 12) : before[-1].start]) \
            and re.search(r"\b(?:return\w*|repris\w*|back)\b", ctx.text[clause.start : name.start], re.IGNORECASE) and ctx.is_main(subject):
        # "Reprising their roles from the first season are A, B": the cast of the season to come, and of the first
        yield ctx.claim(subject, ctx.target, attribute, None if modality.modality == "negated" else name.text, modality)
    for ref in ctx.seasons:
        # ("A, B and C have been added to the cast of the third season": the predicate after the whole list)
        link = past_rest_of_list(ctx.text[name.end : ref.start])
        if season is None and ref.start >= name.end and len(link) <= 50 and (
            re.search(r"\b(?:return\w*|back|direct\w*|helm\w*|writ\w*|join\w*) (?:for|on)\b", link) or re.fullmatch(r"\s+(?:for|on|in)\s+", link)
            or _ADDED_TO_CAST.search(link)
            # "X is attached to direct the second season"
            or (attribute != "cast_member" and re.search(r"\bto (?:co-)?(?:direct|helm|write|pen|script)\b[^.;,]{0,30}$", link))
        ):
            season = ref.season
    relative = ctx.relative_after(name.end)
    if relative and attribute != "cast_member":
        # "Director X, who directed the first two series, ...": the credit is for the seasons the relative clause names
        offset = name.end + ctx.text[name.end :].find(relative)
        spans = [seasons for s, e, seasons in ctx.ranges if offset <= s < offset + len(relative)]
        refs = [r.season for r in ctx.seasons if offset <= r.start < offset + len(relative)]
        if spans or refs:
            for each in spans[0] if spans else refs[:1]:
                yield ctx.claim(subject, each, attribute, None if modality.modality == "negated" else name.text, modality)
        elif _MADE_THE_SHOW.search(relative) and ctx.is_main(subject) and not _BACK_IN_ROLE.search(ctx.predicate_after(name.end)):
            # "X, who created the series, will be remaining as an executive producer": the credit the relative clause
            # gives is the show's (season 1), and what X does next is another job
            yield ctx.claim(subject, 1, attribute, name.text, Modality("confirmed"))
            return
    lead = ctx.text[clause.start : name.start]
    predicate = ctx.predicate_after(name.end)
    # ("Director X also said the show could return": what a person says is no return of theirs)
    coming = bool(_COMING_CREDIT.search(predicate)) and (attribute == "cast_member" or not _SAYS.match(predicate))
    coming = coming or bool(_FUTURE_PASSIVE_CREDIT.search(lead))
    if season is None and force is None and (returning or _RETURNING_CREDIT.search(lead) or coming or _ONGOING.match(predicate)):
        # "X returns behind the camera", "X is writing the new scripts", "with X returning as director"
        season = ctx.explicit_season(name.start, whole_sentence=False) or ctx.target
    if season is None:
        if not ctx.is_main(subject):
            season = None
        elif modality.modality in ("confirmed", "negated", "reported"):
            season = 1
        else:
            season = ctx.target
    yield ctx.claim(subject, season, attribute, None if modality.modality == "negated" else name.text, modality)


# "Each of the six episodes will be written by X": a credit the future passive puts on the season to come
_FUTURE_PASSIVE_CREDIT = re.compile(r"\bwill\s+(?:also\s+)?be\s+(?:written|directed|helmed|penned|scripted)\s+by\s+$")
_MADE_THE_SHOW = re.compile(r"\b(?:created|co-created|wrote|penned|directed|helmed)\s(?:the|this)\s(?:series|show|drama|film|movie|anime)\b")
_BACK_IN_ROLE = re.compile(r"\b(?:return\w*|back|stay\w*|remain\w*|continu\w*)\s(?:as|to)\s(?:the\s)?(?:showrunner|head writer|writer|director|direct|write|helm|pen)\b")
_PERFORMER_WORD = re.compile(r"\b(?:star|stars|actor|actress|singer|rapper|comedian)\b", re.IGNORECASE)


def crew_list(ctx: SentenceContext, names: list[Name], k: int, text: str) -> list[Name]:
    """The names a crew credit lists, up to one a performer's word or a title stands before ("director A and star B",
    "Directed by A and B, Glass Orchard 2 will ...")."""
    out = [names[k]]
    for n in list_from(ctx, names, k, text)[1:]:
        if _PERFORMER_WORD.search(text[out[-1].end : n.start]) or is_title_name(ctx, n):
            break
        out.append(n)
    return out
