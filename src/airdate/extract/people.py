"""People: cast members, characters (with who plays them), directors and writers.

Names are capitalised runs; what a name is comes from the words around it: a role
noun for a job ("director X", "written by X"), a cast cue for actors ("stars X, Y
and Z"), a story role for characters ("class president X", "characters like X"),
and pairing phrases for both ("X, as portrayed by Y", "Y, or X in the series").
"""

from __future__ import annotations

import re
from dataclasses import replace
from collections.abc import Iterator

from airdate.extract.characters import as_list_items, character_claims, dash_pair, paired_lists, played_character, pronoun_role_claims
from airdate.extract.cast_cues import (
    ACCORDING,
    ALONGSIDE_OPENING,
    ANAPHORIC_LIST,
    BYLINE,
    CAST_CUE,
    CAST_RETURNS,
    CAST_RIGHT_BEFORE,
    CLAUSE_OPENER,
    COMES_BACK,
    FUTURE_CAST,
    IN_CAST_AFTER,
    IN_THE_WORK,
    JOINS_CAST,
    PERFORMS,
    PLOT_CLAUSE_OPENING,
    PLOT_VERB,
    RIVALS_BEFORE,
    SPEECH_BEFORE,
    CAST_NEXT,
    DIRECTOR_PART,
    SET_APART,
    owns_work,
    STARRER,
    STARRING_BEFORE,
    STARS_LATER,
    WHO_LED_SEASON,
)
from airdate.extract.context import SentenceContext, past_rest_of_list
from airdate.extract.crew_cues import CREDIT_AFTER, DIRECTOR_BEFORE, OTHER_CREATOR, WRITER_BEFORE
from airdate.extract.credits import NOT_BACK, credit_claims, crew_list, more_credits, negated_cast_claims, role_before
from airdate.extract.crew_works import crew_work_claims
from airdate.extract.filmography import filmography_claims
from airdate.extract.title_roles import hero_of_title, title_role_claims
from airdate.extract.earlier_work import (
    STAR_WORDS,
    WRITING_TEAM,
    earlier_work_claims,
    work_brackets,
    work_owns_actor,
    works_actors_claims,
)
from airdate.extract.bracket_pairs import bracket_pair_claims, described_part_claims
from airdate.extract.voices import blank_language_notes, continued_by_pairs, second_voice, voice_in_another_language, voice_roles
from airdate.extract.lexicon import CHARACTER_ROLES, WORK_NOUNS
from airdate.extract.story_cues import FRAMING_POSSESSOR, NAMED_BEFORE, PLACE_PEOPLE, PLAYS_BEFORE, STORY_BEFORE
from airdate.extract.modality import Modality
from airdate.extract.names import Name, PeopleMemory, find_names, is_title_name, list_from, with_shared_surname
from airdate.extract.seasons import find_seasons
from airdate.extract.studios import is_company, is_studio
from airdate.models import Claim

# "Jason's wife in the first version of reality is played by X": a part described, not named
_PLAYED_BY_BEFORE = re.compile(r"\b(?:is|was|are|were|will be)\s+(?:played|portrayed)\s+by\s+$")
_ROLE_IS = re.compile(r"\b(?P<role>[a-z]{2,20}(?:-[a-z]{2,20})?)\b[^.;]{0,50}\b(?:is|was)\s+$")
_ROLE_JOIN = re.compile(r"^(?:,?\s*(?:like|such as|including|include|includes|are|were|namely|e\.g\.)\s+|,\s+|\s+)(?:(?:the|a|an)\s+(?:[a-z][\w\-]*\s+){0,2})?$", re.IGNORECASE)
_SPEECH = re.compile(r"^[,”\"]*\s*(?:said|says|explained|told|admitted|related|added|noted|stated|wrote)\b")
_TALKS = re.compile(
    r"^[,”\"]*\s*(?:has\s+|had\s+)?(?:said|says|told|tells|teased|teases|confirmed|confirms|explained|revealed|reveals|added|noted"
    r"|hinted|admitted|promised|shared|announced|posted|spoke)\b"
)
# ("who also played a prominent character on Yellowjackets": the capitalised word after "character on" is a work)
# ("Some of her other television projects include Launchpad, Schooled and Reno 911!": a list of works)
_WORK_OF_ROLE = re.compile(
    r"\b(?:character|role|part)s?\s+(?:on|in)\s+(?:the\s+)?$"
    r"|\b(?:other\s+)?(?:television\s+|tv\s+|film\s+)?(?:projects|credits|works)\s+(?:include|includes|included)\s+[^.;]{0,160}$",
    re.IGNORECASE,
)
# ("Alex is played by X", "Marifer, Sara's best friend, is played by singer X")
_PLAYED_BY = re.compile(
    # ("Mara Vell: voiced by A", "Mara Vell – voiced by A": a voice-cast line joins the role with a colon or a dash)
    r"^\s*(?:[,:–—]\s*|-\s+)?(?:\(\s*)?(?:(?:the|a|an)\s+(?:[a-z][\w\-]*\s+){1,3})?(?:,\s[^,;.()]{1,40},\s+)?(?:(?:is|was|will be|would be)\s+)?(?:as\s+)?"
    # ("Professor Alec Mercer, brilliantly portrayed by X": a manner adverb may stand before the verb)
    r"(?:(?:previously|originally|formerly|earlier|now|also|[a-z]{3,12}ly)\s+)?(?:played|portrayed|voiced|dubbed)\s+by\s+(?:(?:the\s+)?(?:[a-z][\w\-]*\s+){1,2})?",
    re.IGNORECASE,
)
_OWN_CHARACTER = re.compile(r"[’']s\s+(?:(?:titular|iconic|famous|beloved|popular|lead|new|fan-favou?rite)\s+)?(?:character|role)(?:\s+of|,)?\s+")
_NEWLY_CAST = re.compile(r"^\s+(?:(?:has|have) been cast|will (?:play|portray|voice)|(?:is|are) set to (?:play|portray|voice)|joins?|(?:has|have) joined)\b")
_ACTOR_OF = re.compile(r"^[’']s\s+(?:actor|actress|portrayer)\s+$", re.IGNORECASE)
_NEW_ROLES = re.compile(r"\b(?:new|fresh|newly introduced)\s+(?:characters?|faces|villains?|foes?)\b[^.;]{0,30}$", re.IGNORECASE)
_SOURCE_BEFORE = re.compile(r"\b(?:according to|per|via|reported by|told)\s+(?:the\s+)?$", re.IGNORECASE)
# the words between a work's name and the actor it credits ("Peacemaker and Terminator 2 star ")
_STAR_WORD = re.compile(r"^[\w\s'’:&\-]{0,60}?\b(?:" + STAR_WORDS + r")\s+$", re.IGNORECASE)
_IS_ROLE = re.compile(r"^\s+(?:is|was)\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,4}?(?P<role>[a-z\-]+)\b")


_CREDIT_VERB = r"directed|directs|helmed|co-directed|wrote|writes|penned|co-wrote|co-writes|created|creates|co-created"
# "X directed the pilot", "X creates and directs the show" (future credits: credits.more_credits)
_DIRECTED = re.compile(
    # ("A, B and C have directed the episodes")
    r"^\s+(?:(?:has|have|had)\s+)?(?:(?:also|previously|first|originally)\s+)?(?P<verb>" + _CREDIT_VERB + r")"
    r"(?:\s+and\s+(?P<verb2>" + _CREDIT_VERB + r"))?(?:\s+|(?=,))(?P<what>[^.;,]{0,40})"
)
# "X created the series": a creator is credited as writer, but "X created the role" is no credit
# ("A created and B executive produces the series": the thing both made comes after the second person)
_CREATED_WHAT = re.compile(
    r"^(?:and\s+[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){1,2}\s+(?:executive[- ])?[a-z]+s\s+)?(?:the\s+|this\s+)?(?:series|show|drama|comedy|thriller|franchise|it)\b"
)
# "This article was written by X": the page's author, not the show's writer
_CREW_LIST = re.compile(r"\b(?:producers?|writers?|directors?|showrunners?|creators?|crew|staff)\s(?:include|includes|are|were)\b", re.IGNORECASE)


# a poster, key visual or teaser shows characters; it is no recap of a season
_PROMO = re.compile(r"\b(?:key visual|poster|teaser|trailer|image|still|photo|first look|first-look)\b", re.IGNORECASE)
_AWARD_BEFORE_NAME = re.compile(r"\b(?:[A-Z][\w\-]*\s){1,4}(?:nominee|nominees|winner|winners|laureate)\s(?=[A-Z])|\b(?:[A-Z][\w]*[\s\-]){1,4}(?:winning|nominated)\s(?=[A-Z])")


# ("spoilers follow for the following MCU films and TV series: A, B and C": a colon after works opens a list of works)
# ("X, also known as Our House, Gaslighting": its other titles; "the titles released this year include X, Y and Z")
_WORKS_LIST_BEFORE = re.compile(
    r"\b" + WORK_NOUNS + r"\s+(?:such\s+as|like|including)\s+$|\b(?:films|movies|series|shows|dramas)\s*:\s*$|\balso\s+(?:known\s+as|called|titled)\s+$"
    r"|\b(?:titles|dramas|films|movies|shows)\s+(?!(?:she|he|they)\b)[^.;:]{0,40}?\binclude\s+$",
    re.IGNORECASE,
)


def _named_before_in_clause(ctx: SentenceContext, text: str, names: list[Name], k: int) -> bool:
    """Whether the clause names someone before ``names[k]`` other than by a possessive ("Jason's wife")."""
    start = ctx.clause(names[k].start).start
    return any(n.start >= start and not re.match(r"[’']s\b", text[n.end :]) for n in names[:k])


def people_claims(ctx: SentenceContext, memory: PeopleMemory, previous: str) -> Iterator[Claim]:
    """The cast, characters and crew one sentence names."""
    # ("Joining A (X) on the writing team are B and C": a sentence about the writers names no cast)
    writers_only = WRITING_TEAM.search(ctx.text) is not None and not _CAST_WORD.search(ctx.text)
    for claim in _people_claims(ctx, memory, previous):
        if claim.attribute == "cast_member" and isinstance(claim.value, str) and is_company(claim.value):
            # ("Studio Kestrel, known for X, Y and Z": a studio known for works made them; it acted in none)
            yield replace(claim, attribute="production_company")
        elif not (writers_only and claim.attribute == "cast_member"):
            yield claim


_CAST_WORD = re.compile(r"\b(?:cast|stars?|starring|plays?|playing|actors?|actress(?:es)?)\b", re.IGNORECASE)


def _people_claims(ctx: SentenceContext, memory: PeopleMemory, previous: str) -> Iterator[Claim]:
    if ctx.sentence.is_heading or ctx.sentence.is_question:
        return
    # ("Gil (Lynn in Japanese and Rya Bart in English)": the languages of a voice cast are no works)
    works = work_brackets(blank_language_notes(ctx.text), lambda inner: memory.is_real(inner) or memory.is_real_part(inner))
    text = works.text
    # "Academy Award nominee X", "BAFTA winner Y": the award before a name is no person, and blanking it keeps the list whole
    text = _AWARD_BEFORE_NAME.sub(lambda m: " " * len(m.group()), text)
    names = [
        n for n in find_names(text)
        if (not is_title_name(ctx, n) or hero_of_title(ctx, text, n)) and not _WORK_OF_ROLE.search(text, max(0, n.start - 200), n.start)
    ]
    memory.cast_returning = bool(CAST_RETURNS.search(previous))
    paired: set[int] = set()
    # "Peacemaker star X": the star cue credits another title, not the page's show (but in "X stars A (Work)" the
    # work comes after the actor, and the cue before is the page's show's)
    elsewhere: set[int] = set()
    earlier_credits = list(earlier_work_claims(ctx, text, names, works))
    # "Shin Hye Sun is known for her roles in dramas like X and Y": an actor's filmography
    other_works: set[str] = set()
    for claim in filmography_claims(ctx, text, names, memory, previous):
        other_works.add(claim.subject)
        yield claim
    for k, claim in earlier_credits:
        if isinstance(claim.value, str) and any(w == claim.value or w.startswith(claim.value + " ") for w in other_works):
            continue  # ("known for his roles in Red Kite, Oh My Lantern": a work of the list, or its first word, credits no other)
        if claim.subject.lower() in text[max(0, names[k].start - 80) : names[k].start].lower():
            elsewhere.add(k)
        yield claim
    # "A, who directed X and Y, will write the series": a crew member's other works, in the role the sentence gives
    made_elsewhere: set[int] = set()
    for k, claim in crew_work_claims(ctx, text, names, works):
        made_elsewhere.add(k)
        other_works.add(claim.subject)
        yield claim
    if other_works:  # ("who directed Iron Vale and Red Kite": the works are no people)
        # ("hits such as The Flower in Prison": a name inside a work's title is part of that work)
        kept = [k for k, n in enumerate(names) if not any(n.text == w or f" {n.text} " in f" {w} " for w in other_works)]
        made_elsewhere = {kept.index(k) for k in made_elsewhere if k in kept}
        elsewhere = {kept.index(k) for k in elsewhere if k in kept}
        names = [names[k] for k in kept]
    # "According to Deadline, Peacemaker and Terminator 2 star X": a source and the works of a credit are no cast
    not_people = {k for k, n in enumerate(names) if _SOURCE_BEFORE.search(text[max(0, n.start - 30) : n.start])}
    not_people |= {j for k in elsewhere for j in range(k) if names[j].end > names[k].start - 80 and _STAR_WORD.match(text[names[j].end : names[k].start])}
    # "Fans of dramas like X, Y and Z", "appeared in hits such as X and Y": a list of works is no list of people
    for k, n in enumerate(names):
        if _WORKS_LIST_BEFORE.search(text, max(0, n.start - 40), n.start):
            not_people |= {names.index(m) for m in list_from(ctx, names, k, text)}
    # "A, B and C return as X, Y and Z" pairs in order; read first, or "C ... as X" would take the pair alone
    yield from paired_lists(ctx, names, memory, paired)
    yield from as_list_items(ctx, names, memory, paired)
    yield from title_role_claims(ctx, text, names, memory, paired)
    for role_at, actor_at in [*voice_roles(text, names), *continued_by_pairs(text, names)]:  # "A and B lend their voices to X"
        memory.real.append(names[actor_at].text)
        paired.update((role_at, actor_at))
        yield from character_claims(ctx, names[role_at], names[actor_at].text, memory)
    # "the return of A’s Gwen, B’s Markie the gym teacher and C’s Rick": a list of possessives pairs actors and roles
    possessive_list = sum(
        1 for j in range(len(names) - 1) if len(names[j].text.split()) >= 2 and re.fullmatch(r"[’']s\s", text[names[j].end : names[j + 1].start])
    ) >= 2
    before_works = set(paired)
    yield from works_actors_claims(ctx, text, names, memory, paired)
    by_work = paired - before_works  # (actors an earlier work owns, and the works: their claims are made)
    yield from pronoun_role_claims(ctx, names, memory, previous, paired)
    for k, name in enumerate(names):
        before = text[max(0, name.start - 80) : name.start]  # patterns anchored at the end only ever read a short tail
        after = text[name.end :]
        if _SPEECH.match(after) or SPEECH_BEFORE.search(before):
            memory.real.append(name.text)
        # ("Ben Mendel as Director Krennic": a character's rank after "as", no credit)
        if DIRECTOR_BEFORE.search(before) and k not in paired and not DIRECTOR_PART.search(before) and not is_studio(name.text):
            for n in crew_list(ctx, names, k, text):
                memory.real.append(n.text)
                yield from credit_claims(ctx, with_shared_surname(text, n, names), "director")
                paired.add(names.index(n))
            if re.search(r"writer-(?:\w+-)?director\s*(?:,\s*)?$|\bwritten and directed by\s*$", before, re.IGNORECASE):
                yield from credit_claims(ctx, name, "writer")
            if re.search(r"\b(?:actor|actress)-director\s*$", before, re.IGNORECASE):
                yield from credit_claims(ctx, name, "cast_member")  # ("Actor-director A": he stars in what he directs)
            paired.add(k)
        elif CREDIT_AFTER.match(past_rest_of_list(after)) and not re.match(r"^[^.;]{0,30}?\b(?:wrote|penned) (?:the |a |an )?(?:\w+ )?(?:novel|book|comic|manga|webtoon|memoir|story|play)", after):
            memory.real.append(name.text)
            credit = CREDIT_AFTER.match(past_rest_of_list(after))
            if credit.group("verb") and k in made_elsewhere:  # type: ignore[union-attr]
                # ("A, who directed X and Y, ...": the relative clause credits other works, not the page's show)
                yield from more_credits(ctx, name, after, memory)
                paired.add(k)
                continue
            word = next((g for g in credit.groups() if g and not g.startswith("star")), "").lower()  # type: ignore[union-attr]
            if credit.group("star") and (subject := ctx.subject(name.start)):  # type: ignore[union-attr]
                # ("A, stars and creators of the comedy": who they are, the show as it has aired)
                yield ctx.claim(subject, 1, "cast_member", name.text, Modality("confirmed"))
            directing = word in ("director", "directors", "directed", "helmed", "directing") or word.endswith("director")
            yield from credit_claims(ctx, name, "director" if directing else "writer")
            if not directing and past_rest_of_list(after) == after and re.search(r",\s+with\s+the\s+latter\s+(?:directing|helming)\b", after):
                yield from credit_claims(ctx, name, "director")  # ("A and B are the writers, with the latter directing")
            if re.match(r"^(?:\s*\([^()]{1,40}\))?\s+remains\b", after):
                # "X remains the chief director": the aired season's and the coming one's
                yield from credit_claims(ctx, name, "director" if directing else "writer", returning=True)
            paired.add(k)
        elif (credit := _DIRECTED.match(after) or _DIRECTED.match(past_rest_of_list(after))) and not re.search(
                r"\b(?:novel|book|comic|manga|webtoon|memoir|story|play|songs?|music|score|soundtrack|lyrics|theme)\b", credit.group("what")):
            verb, what = credit.group("verb"), credit.group("what")  # type: ignore[union-attr]
            memory.real.append(name.text)
            if verb.startswith("creat") and not credit.group("verb2") and not _CREATED_WHAT.match(credit.string[credit.start("what") :]):  # type: ignore[union-attr]
                paired.add(k)
                continue
            verbs = [v for v in (verb, credit.group("verb2")) if v]  # type: ignore[union-attr]
            attributes = {"director" if "direct" in v or v == "helmed" else "writer" for v in verbs}
            for attribute in sorted(attributes):
                if re.search(r"\b(?:pilot|first episode|series premiere)\b", what):
                    subject = ctx.subject(name.start)
                    if subject:
                        yield ctx.claim(subject, 1, attribute, name.text, Modality("confirmed"))
                else:
                    yield from credit_claims(ctx, name, attribute)
            paired.add(k)
        elif (writer := WRITER_BEFORE.search(before)) and k not in paired and not BYLINE.search(before) and not OTHER_CREATOR.search(before):
            # "showrunner X said ...", "according to creator X": a job title that attributes a quote is no credit
            quoted = _TALKS.match(after) or ACCORDING.search(before)
            if quoted and re.search(r"creator|showrunner", writer.group(), re.IGNORECASE):
                memory.real.append(name.text)
                continue
            # "a deal with creator X": the job title is the page's own word even inside a report
            titled = re.search(r"creator|showrunner", writer.group(), re.IGNORECASE)
            reported = titled and (ctx.modality(name.start) or Modality("confirmed")).modality == "reported"
            # ("Starring creator A, B, C": a singular role noun credits the first name only; the rest is the cast)
            singular = re.search(r"\b(?:creator|writer|screenwriter|showrunner)\s*,?\s*$", writer.group(), re.IGNORECASE) is not None
            credited = list_from(ctx, names, k, text)
            for n in credited[:1] if singular and len(credited) > 1 and STARRING_BEFORE.search(before) else credited:
                memory.real.append(n.text)
                yield from credit_claims(ctx, with_shared_surname(text, n, names), "writer", force=Modality("confirmed") if reported else None)
                if not writer.group().startswith("and"):  # ("Starring (and written by) A as B": A's part is still read)
                    paired.add(names.index(n))
                if re.search(r"\band\s+(?:stars|starring)\s*$", writer.group()):
                    yield from credit_claims(ctx, n, "cast_member")  # ("is written by and stars A")
            also = CREDIT_AFTER.match(after)
            if also and (also.group("verb") or also.group("role") or "").lower() in ("directed", "helmed", "director"):
                yield from credit_claims(ctx, name, "director")
        yield from more_credits(ctx, name, after, memory)
        if k in paired:
            continue
        # "X, as portrayed by Y": character X played by Y
        if k + 1 < len(names) and _PLAYED_BY.match(text[name.end : names[k + 1].start]):
            actor = names[k + 1]
            # ("played by Glass Orchard's Ivo Sarr": the owner before the possessive is the actor's earlier work)
            if k + 2 < len(names) and re.fullmatch(r"[’'‘]s?\s+", text[actor.end : names[k + 2].start]) and " " in names[k + 2].text:
                actor = names[k + 2]
            memory.real.append(actor.text)
            memory.characters.append(name.text)
            paired.update((k, k + 1))
            yield from character_claims(ctx, name, actor.text, memory)
            if (other_voice := second_voice(text, names, names.index(actor))) is not None:  # "voiced by A and B"
                paired.add(other_voice)
                yield from character_claims(ctx, name, names[other_voice].text, memory)
        # "Y, or X in the series" / "Y as X" / "Y plays X" / "Y plays Z's boss X" / "Y has been cast as the villain, X"
        elif (character_at := played_character(ctx, names, k)) is not None and character_at not in paired:
            character = names[character_at]
            memory.real.append(name.text)
            memory.characters.append(character.text)
            paired.update((k, character_at))
            yield from character_claims(ctx, character, name.text, memory, new=bool(_NEWLY_CAST.match(text[name.end :])))
            if (other_voice := voice_in_another_language(text, names, character_at)) is not None:
                paired.add(other_voice)  # "A voices Emma in Japanese and B in English"
                yield from character_claims(ctx, character, names[other_voice].text, memory)
        # "Billy Bob Thornton's Tommy Norris", "Zoe Saldaña's Joe": a known actor's possessive names the role
        # ("Ivo S.'s titular character of Mara", "Ada M.'s iconic character, Vell": the possessive says it outright)
        elif (k + 1 < len(names) and len(name.text.split()) >= 2 and k + 1 not in paired and not memory.is_character(name.text) and (
                (re.fullmatch(r"[’']s\s", text[name.end : names[k + 1].start]) and (memory.is_real(name.text) or possessive_list)
                 and not memory.is_real(names[k + 1].text)  # ("Mr. Queen's Kim Jung Hyun" after he was named as an actor)
                 and not work_owns_actor(text, name, names[k + 1]) and not RIVALS_BEFORE.search(text, max(0, name.start - 120), name.start))
                or _OWN_CHARACTER.fullmatch(text[name.end : names[k + 1].start]))):
            character = names[k + 1]
            memory.characters.append(character.text)
            paired.update((k, k + 1))
            yield from character_claims(ctx, character, name.text, memory)
        # "X's actor Y"
        elif k + 1 < len(names) and _ACTOR_OF.match(text[name.end : names[k + 1].start]):
            memory.real.append(names[k + 1].text)
            memory.characters.append(name.text)
            paired.update((k, k + 1))
            yield from character_claims(ctx, name, names[k + 1].text, memory)

    dashed = dash_pair(ctx, memory)
    if dashed is not None:
        for voice in dashed[1]:
            yield from character_claims(ctx, dashed[0], voice, memory)
        return
    yield from bracket_pair_claims(ctx, text, names, memory, paired)
    yield from described_part_claims(ctx, text, names, memory, paired)
    # cast lists: "stars A, B and C", or a bare list right after a sentence about the actors
    # ("... stars A, B and C. Executive producers include D, E and F": a sentence that names its own crew keeps it)
    cast_context = bool(CAST_CUE.search(text)) or (bool(CAST_CUE.search(previous)) and not _CREW_LIST.search(text))
    k = 0
    while k < len(names):
        group = [n for n in list_from(ctx, names, k, text) if names.index(n) not in not_people]
        if k in paired or not group:
            k += 1
            continue
        before = text[max(0, names[k].start - 80) : names[k].start]
        cue_before = CAST_RIGHT_BEFORE.search(before) if before and k not in elsewhere else None
        if cue_before is None and k not in elsewhere and STARS_LATER.search(text, names[k].end):
            cue_before = ALONGSIDE_OPENING.fullmatch(before)  # ("Alongside A, the film stars B": A stars too)
        if role_before(before) or (cue_before is None and re.search(r"\b(?:in|at|near|across|around|throughout|outside)\s+$", before)):
            k += len(group)  # (a role noun before the names, or a place: "Production will begin in Sydney, Australia, with ...")
            continue
        if cue_before is None and SET_APART.search(before) and CAST_NEXT.match(text, group[-1].end):
            cue_before = SET_APART.search(before)  # ("Apart from A and B, the cast of the series includes C": A and B too)
        returning = re.match(r"^[^.;]{0,30}?\b(?:will |are set to |are expected to |all )?(?:return|reprise|are back|come back|join (?:the|an?) (?:\w+ ){0,2}cast|(?:will be |are )joining\b)"
            r"|^[^.;]{0,12}?\b(?:will|would|are set to|are expected to) (?:also )?(?:appear|feature)\b", text[group[-1].end :])
        # "A, B and C are also in the cast", "A and B take the spotlight amongst the cast", "... in their respective roles"
        if not cue_before and len(group) >= 2 and IN_CAST_AFTER.match(text[group[-1].end :]):
            cue_before = IN_CAST_AFTER.match(text[group[-1].end :])
        if not cue_before:
            cue_before = IN_THE_WORK.match(text[group[-1].end :])
        # one actor joins a cast the sentence names ("X has been added to the stacked cast", "X will return in a recurring role")
        joined = len(group) == 1 and JOINS_CAST.match(text[group[0].end :])
        # "Producers A and B return", "creators A and B are back as showrunners": crew, not cast
        crew = re.search(r"\b(?:producers?|creators?|showrunners?|directors?|writers?|(?:co-)?(?:produced|directed|written|created|helmed) by|direction (?:\w+ ){0,2}by|produces? with)\W*$", before, re.IGNORECASE) or (
            returning and re.match(r"\s*as\s+(?:the\s+)?(?:showrunners?|producers?|directors?|writers?)\b", text[group[-1].end + returning.end() :])
        )
        # "A and B, who headlined the first season, will once again lead": the season the relative clause names is
        # theirs for certain, and a return in the rest of the sentence gives them the season to come as well
        led = WHO_LED_SEASON.match(text, group[-1].end)
        led_seasons = [r.season for r in ctx.seasons if led.start() <= r.start < led.end()] if led else []
        subject = ctx.subject(group[0].start) if led_seasons else None
        if led and subject and not crew and not any(memory.is_character(n.text) for n in group):
            for n in group:
                memory.real.append(n.text)
                yield ctx.claim(subject, led_seasons[0], "cast_member", n.text, Modality("confirmed"))
                if COMES_BACK.search(text, led.end()):
                    yield from credit_claims(ctx, n, "cast_member", returning=True)
            k += len(group)
            continue
        # (the performers open their clause, and a surname alone is a later mention of someone named in full before)
        opening = CLAUSE_OPENER.fullmatch(ctx.text[ctx.clause(group[0].start).start : group[0].start])
        # ("stars A as Mara Vell, and B as the dangerous guest": a later item of the starring list with a part unnamed)
        unnamed_part = (len(group) == 1 and re.match(r"\s+as\s+(?:the|a|an|his|her|their)\s+[a-z]", text[group[0].end :])
                        and re.search(r"(?:,|\band)\s+$", before) and re.search(r"\bstar(?:s|ring|red)?\b", text[: names[k].start]))
        # ("starring A as Genesis, B as Luna, C, and D": the names after the paired items are more of the cast)
        after_pairs = (k > 0 and k - 1 in paired and re.search(r",\s+(?:and\s+)?$", before) is not None
                       and re.search(r"\b(?:star(?:s|ring|red)?|cast)\b[^.;]*\sas\s", text[: names[k].start]) is not None)
        # (the possessive takes the cast as given, whatever the sentence then says of the work)
        # (one owner alone may be the work's director or author: only one the page shows acting)
        owned = owns_work(text, group[-1].end, [(m.start, m.end) for m in ctx.mentions]) and not re.search(r"\b(?:of|from|by)\s+$", before) and (
            len(group) >= 2 or memory.is_real(group[0].text))
        performs = (opening and PERFORMS.match(text[group[-1].end :])) or STARRER.match(text[group[-1].end :]) or unnamed_part or after_pairs or owned or (
            len(group) == 1 and _PLAYED_BY_BEFORE.search(before) and not _named_before_in_clause(ctx, text, names, k)
        )
        if performs and all(" " in n.text for n in group) and not crew and not any(memory.is_character(n.text) for n in group):
            for n in group:
                memory.real.append(n.text)
                yield from credit_claims(ctx, n, "cast_member", force=Modality("confirmed") if owned else None)
            k += len(group)
            continue
        if (len(group) >= 2 and returning or joined) and not crew and not any(memory.is_character(n.text) for n in group):
            for n in group:
                memory.real.append(n.text)
                yield from credit_claims(ctx, n, "cast_member", returning=True)
                if cue_before and re.search(r"\bstars?\b", cue_before.group(), re.IGNORECASE):
                    # "Series stars A, B and C are expected to return": they star in the aired show, for certain
                    yield from credit_claims(ctx, n, "cast_member", force=Modality("confirmed"))
            k += len(group)
            continue
        # ("X is executive produced by A, B and C": crew, however the sentence before spoke of the cast; "The Cast:
        # First Loves, Curses, and Charisma": words of one piece each are no performers)
        one_word = all(" " not in n.text and not memory.is_real(n.text) for n in group)
        if (cast_context and len(group) >= 3 or cue_before) and not crew and not one_word and not any(
                i in paired and i not in by_work for i in range(k, names.index(group[-1]) + 1)):
            if not any(memory.is_character(n.text) for n in group):
                # "Returning stars include A, B and C" / "They join returning stars A and B"
                # "Returning stars include ...", "New cast members include ...", "New to the cast this series are ..."
                # "Most of the original cast is back, including ...", "Other additions include ..."
                back = bool(re.search(r"\b(?:returning|new|season['’]s|newcomers?|back|additions?|reunit\w*|upcoming)\b[^.;]{0,30}$", before, re.IGNORECASE))
                # a list under "Returning Cast for Season 3" is that season's cast
                # (unless the text itself looks back: "In the first season ... They were A, B and C")
                back = back or (
                    ctx.cast_heading_season == ctx.target is not None
                    and not re.search(r"\b(?:was|were|had|starred|played)\b", text)
                    and all(r.season == ctx.target for r in ctx.seasons + find_seasons(previous, ctx.target))
                )
                # "... other new series regulars. They include A, B and C": the sentence before says who they are
                # "The cast for the next round is promising. So far, it includes A, B": the list's pronoun stands for
                # the cast the sentence before describes, and so does its season
                leans_on = previous if ANAPHORIC_LIST.match(text) else ""
                if leans_on and not ctx.seasons:
                    earlier = find_seasons(previous, ctx.target)
                    back = back or bool(re.search(r"\b(?:new|returning)\b", previous, re.IGNORECASE)) or (
                        bool(earlier) and all(r.season == ctx.target for r in earlier))
                # "The voice-over ... will be done by A, B": a cast the sentence puts ahead is the coming season's
                back = back or bool(FUTURE_CAST.search(before))
                if len(group) == 1 and NOT_BACK.match(text[group[0].end :]):
                    k += 1
                    continue  # "Veteran actress X, who played Y, will not be part of season 4": a departure
                for n in group:
                    if names.index(n) in by_work:
                        continue
                    memory.real.append(n.text)
                    yield from credit_claims(ctx, n, "cast_member", returning=back, leans_on=leans_on, list_end=group[-1].start)
                k = names.index(group[-1]) + 1
                continue
        k += len(group) if crew else 1  # (the rest of a crew list is crew too)

    # characters introduced by a story role: "class president X", "characters like X and Y"
    for k, name in enumerate(names):
        if k in paired or memory.is_real(name.text) or k in not_people:
            continue  # ("According to Becky Clements, the president of ...": a source, not a character)
        before = text[max(0, name.start - 120) : name.start]
        role = role_before(before)
        role_is = _ROLE_IS.search(before)
        if role_is and role_is.group("role") in CHARACTER_ROLES:
            role = True
        is_role = _IS_ROLE.match(text[name.end :])
        # (", the series' primary characters,": a possessive may open the describing words)
        # ("Tomo and Rin, the series' primary characters": the appositive after a list describes all of it)
        listed = list_from(ctx, names, k, text)
        appositive = re.match(r"^,\s+(?:their|his|her|the|our)\s+((?:[\w\-’']+\s*){1,3})", text[listed[-1].end :])
        appositive_role = bool(appositive) and any(w in CHARACTER_ROLES for w in appositive.group(1).lower().split())  # type: ignore[union-attr]
        # ("follows former Karate Kid rivals X": a name before a plural noun modifies it)
        story = (
            (STORY_BEFORE.search(text[max(0, name.start - 60) : name.start])
             or (NAMED_BEFORE.search(text[max(0, name.start - 60) : name.start]) and not PLAYS_BEFORE.search(before)))
            # ("ended with the Meridian sinking", "a new generation of Morettis": a ship, a family)
            and not text[max(0, name.start - 4) : name.start].lower() == "the "
            and not (" " not in name.text and name.text.endswith("s") and text[max(0, name.start - 3) : name.start] == "of ")
            and not FRAMING_POSSESSOR.match(text[name.end :])
            and not re.match(r"\s+[a-z][\w\-]+s\s+(?:[A-Z]|who\b|that\b)", text[name.end :])
            and not PLACE_PEOPLE.match(text[name.end :])
        )
        clause_start = ctx.clause(name.start).start
        plot = bool(PLOT_VERB.match(text, listed[-1].end)) and bool(PLOT_CLAUSE_OPENING.fullmatch(text, clause_start, name.start)) and not any(
            memory.is_real(n.text) or is_title_name(ctx, n) for n in listed)
        story = story or plot
        if role or (is_role and is_role.group("role") in CHARACTER_ROLES) or appositive_role or story:
            # "It will bring in fresh characters such as X": roles new to the coming season
            new = bool(_NEW_ROLES.search(before))
            # ("The story of A and B will continue in Season 2", "A and B will face new threats this season")
            new = new or bool(story and ctx.target and ctx.explicit_season(name.start) == ctx.target and not ctx.is_past(name.start))
            for n in listed if role or story or appositive_role else [name]:
                if not memory.is_real(n.text):
                    memory.characters.append(n.text)
                    yield from character_claims(ctx, n, None, memory, new=new)
        elif memory.is_character(name.text) and (ctx.seasons or re.search(r"\b(?:upcoming|new|next) season\b", text)):
            yield from character_claims(ctx, name, None, memory, known_only=True)
        elif memory.recall and (memory.is_character(name.text) or memory.is_character_part(name.text)) and not FRAMING_POSSESSOR.match(text[name.end :]) and not _PROMO.search(text):
            # "Cruz's boss Victor Lang", "the Cole family": the possessor frames another character
            # a character the page names elsewhere, mentioned in a recap or a prediction
            yield from character_claims(ctx, name, None, memory, known_only=True, recap=True)
