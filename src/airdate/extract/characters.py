"""Characters: who plays whom ("X as Y", "Y plays X", paired lists), and the season a role belongs to."""

from __future__ import annotations

import re
from collections.abc import Iterator

from airdate.extract.cast_cues import AS_ROLE_AFTER
from airdate.extract.context import SentenceContext
from airdate.extract.lexicon import CHARACTER_ROLES, KNOWN_FOR_WORDS
from airdate.extract.modality import Modality, has_negation
from airdate.extract.names import LIST_SEP, Name, PeopleMemory, is_field_label, list_from, performers_in
from airdate.models import Claim

_WHO_PLAYS = r",\s(?:who|that)\s(?:plays|played|portrays|portrayed|voices|voiced)\s"
_LIST_OF_RETURNING = re.compile(r"\b(?:return\w*|back|reprise|reprising|retain\w*|make an appearance|appear again)\b", re.IGNORECASE)
_RETURNING = re.compile(r"\b(?:return\w*|once more|again|back|from the first season|from season (?:1|one)|key characters|surviv\w*)\b", re.IGNORECASE)
_AS_IN_SERIES = re.compile(
    # ("Kim Rae (Lost Hours) as Dr. Ted Alt": an earlier work in brackets may sit between actor and role)
    # ("A is locked in as X", "A is confirmed as X": a verb of casting before "as")
    r"^\s*(?:\([^()]{1,80}\)\s*)?(?:,\s*(?:who\s+(?=will\s))?|\(\s*)?(?:(?:is|are)\s(?:locked\sin|confirmed|signed\son|back)\s)?(?:or|as(?!\s+(?:per|of|well|soon|long|far|usual|such|part)\b)|who plays|who played|plays|played|portrays|portrayed|voices|voiced|who voices|who voiced|who portrays|who portrayed|will play|to play|will portray|to portray|will voice|to voice|is set to portray|are set to portray|will essay|essays"
    r"|(?:anchors|shines|headlines|fronts|dazzles|excels|impresses|debuts|stuns|continues|continuing|will continue) as|(?:transforms|transformed|will transform) into"
    r"|(?:stars|starred|appears|appeared|features|featured) in the (?:series|show|film|movie|drama) as"
    # ("A will star in Glass Orchard as Evie": the show by name)
    r"|(?:will |to )?(?:star|appear)s? in (?:[A-Z][\w'’:\-]*\s){1,5}as"
    # "has been cast in the role of X", "steps into the shoes of X", "will be seen as X", "reprises her role of X",
    # "has been roped in to play X"
    r"|(?:has been|have been|was|were|is|are) cast in the role of|(?:will\s)?steps? into the shoes of|stepped into the shoes of"
    r"|(?:will be |is |was )?seen as|(?:reprises?|reprising|reprised) (?:his|her|their) role of"
    r"|(?:has been|have been|was|were) (?:roped in|tapped|hired|signed on|signed|brought on) to (?:play|portray|voice)"
    r"|(?:(?:will be|is|are|was|were) )?(?:playing|portraying|voicing)|(?:starred|stars|appeared|appears) in (?:season|series) \w+ as|featured as|features as|who features as"
    r"|(?:played|plays|voiced|voices|(?:will |to )?(?:play|essay|portray|take on|take over|step into)|takes? on|took on|takes? over|took over|steps? into"
    r"|(?:will )?return(?:s|ing)? in|(?:has been |have been |was |been )?offered) the (?:[a-z]+ )?role of"
    r"|(?:joins|joined|has joined|will join) the (?:\w+ )?cast as"
    # ("A’s return as X", "A is going to play his role again as X")
    r"|[’']s (?:return|comeback|turn) as|(?:is going to |will |to )?play (?:his|her|their) (?:role|part) again as"
    # "X features A in the role of B, C in the role of D"
    r"|in the (?:lead |title |main |central )?role of"
    # "A also has a lead role as B", "A plays a key role as B"
    r"|(?:also\s)?(?:has|had|plays|played|landed|lands)\s(?:a|the)\s(?:lead(?:ing)?\s|key\s|main\s|major\s|central\s|supporting\s|recurring\s)?role\sas"
    r"|(?:(?:will|would|could|might|may|should|is|are|was|were)\s+(?:[a-z]+\s+){0,2})?(?:returns?|returning|will return|(?:is|are) (?:also )?(?:back|coming back|returning)|back|comes? back|(?:guest[- ])?stars?|(?:guest[- ])?starring|starred|co-stars?|appears?|(?:reprises?|reprising) (?:\w+ )?role"
    r"|(?:returns? to )?leads? the (?:series|show|cast|film)(?: again)?|(?:has|have) been cast|(?:is|was|were) cast|(?:is|are) (?:now )?set|joins?) as)"
    # ("played the role of 'Park So-hee,'": the part may be quoted)
    # ("takes on the role of Kestrel Group’s IT expert X": an organisation may own the part)
    r"\s+(?:(?:the|his|her|their|a|an|(?:[A-Z][\w\-]*\s+){0,2}[A-Z][\w\-]*[’']s)\s+)?(?:(?:[a-z][\w\-’']*|[A-Z0-9]{2,6}),?\s+){0,4}[“\"‘']?$"
)


# a rank written short before a part's name ("back as DCI Mara Vell and DI Tomas Reed")
_RANK = r"(?:[A-Z]{2,5}|Dr|Lt|Sgt|Rev|Capt|Det|Insp|Prof)\.?\s+"
_ROLES_AS = re.compile(r"\b(?:their|the|his|her) (?:respective )?(?:roles|parts|characters) as\s+", re.IGNORECASE)
# "A and B will be back as park rangers C and D": a returning verb right after the actors' list
_BACK_AS = re.compile(
    # ("star as the lead couple, X and Y, respectively": the role words may end in a comma before the names)
    # ("A and B led the cast as rabbi X and podcast host Y respectively")
    r"\b(?:back|return|returning|reprise|reprising|star|starring|play|playing|appear|(?:led|lead|leads|headlined|headline)\s+the\s+(?:cast|series|show|film))\s+as\s+(?:(?:the|their)\s+)?"
    r"(?:[a-z][\w\-]*(?:\s+|,\s+(?=[A-Z]))){0,3}" + r"(?:" + _RANK + r")?"
)


_AFTER_AS = re.compile(r"\bas\s+(?:(?:the|a|an)\s+)?(?:[a-z][\w\-]*\s+){0,3}$")
_BARE_SEP = re.compile(r"^(?:,\s*|,?(?:\s+and\s+|\s*&\s*)(?:(?:the|a|an)\s+)?(?:[a-z][\w\-]*\s+){0,2})(?:" + _RANK + r")?$")


def paired_lists(ctx: SentenceContext, names: list[Name], memory: PeopleMemory, paired: set[int]) -> Iterator[Claim]:
    """"A and B return, reprising their roles as C and D": the two lists pair in order."""
    m = _ROLES_AS.search(ctx.text)
    tight = False
    if not m:
        m = _BACK_AS.search(ctx.text)
        tight = m is not None
    bare = False
    if not m and re.search(r"\brespectively\b", ctx.text):
        # "with A, B and C portraying X, Y and Z, respectively": the lists meet at the verb
        m = _VERB_BETWEEN.search(ctx.text)
    if not m:
        # "A and B playing X and Y are also set to return": a participle pairs two lists of one length too
        m = _PARTICIPLE_BETWEEN.search(ctx.text)
    if not m:
        # "stars A and B as C and D": the two lists meet at a bare "as"
        # ("A (Red Kite) and B (Salt Road) as farming rivals C and D": past the last actor's credit, and a describing word or two)
        m = next((a for a in _BARE_AS.finditer(ctx.text) if any(
            (n.end == a.start() or _CREDIT_BRACKET.fullmatch(ctx.text, n.end, a.start())) and len(_list_ending_at(ctx, names, k)) >= 2
            for k, n in enumerate(names)) and not _DESCRIBED_PARTS.match(ctx.text, a.end())), None)
        bare = m is not None
    if not m:
        yield from _played_by_lists(ctx, names, memory, paired)
        return
    before = [k for k, n in enumerate(names) if n.end <= m.start()]
    after = [k for k, n in enumerate(names) if n.start >= m.end()]
    if not before or not after:
        return
    if tight:
        # ("A (Red Kite) and B (Salt Road) lead the cast as C and D": past the last actor's credit)
        gap_start = names[before[-1]].end
        credit = _CREDIT_BRACKET.match(ctx.text, gap_start, m.start())
        if names[after[0]].start != m.end() or not re.fullmatch(r"[\s\w]{0,30}", ctx.text[credit.end() if credit else gap_start : m.start()]):
            return
    actors = _list_ending_at(ctx, names, before[-1])
    # "reprise his role as X, and Y is back as Z": a name right after "as" is a role, not one of the actors
    actors = [a for a in actors if not _AFTER_AS.search(ctx.text[max(0, names[a].start - 60) : names[a].start])]
    roles = [after[0]]
    # "as Lieutenant X, the Coast Guard pilot": an appositive after a role is no second role
    while roles[-1] + 1 < len(names) and _BARE_SEP.fullmatch(ctx.text[names[roles[-1]].end : names[roles[-1] + 1].start]):
        roles.append(roles[-1] + 1)
    if len(actors) != len(roles) or len(actors) < 2 or any(k in paired for k in actors + roles):
        return
    if bare and any(re.match(r"\s+as\s", ctx.text[names[r].end :]) for r in roles):
        return  # "A's Kristoff, B as Sven, and C as Olaf": pairs one by one, not two lists
    if bare and any(re.search(r"[’']s\b", names[r].text) or re.match(r"[’']s\b", ctx.text[names[r].end :]) for r in roles):
        return  # "A and B as Humphrey and Esther's Cornish counterparts": the parts are described, not named
    # "Voice actors will also return, with A and B portraying C and D, respectively": the roles of the season to come
    back = bool(_RETURNING_ROLE.search(ctx.text[: names[actors[0]].start]))
    for a, r in zip(actors, roles):
        memory.real.append(names[a].text)
        memory.characters.append(names[r].text)
        paired.update((a, r))
        yield from character_claims(ctx, names[r], names[a].text, memory, new=back)


def _list_ending_at(ctx: SentenceContext, names: list[Name], last: int) -> list[int]:
    """The indexes of the names joined by commas and "and" that end with ``names[last]``."""
    out = [last]
    # ("A (Red Kite) and B (Salt Road) reprise their roles as ...": an actor's credit in brackets stands inside the list)
    while out[0] > 0:
        gap = ctx.text[names[out[0] - 1].end : names[out[0]].start]
        bracket = _CREDIT_BRACKET.match(gap)
        if not LIST_SEP.match(gap[bracket.end() :] if bracket else gap):
            break
        out.insert(0, out[0] - 1)
    return out


# an actor's credit in brackets, right after the name ("A (Red Kite) and B")
_CREDIT_BRACKET = re.compile(r"\s{0,3}\([^()]{1,80}\)")
# "as Humphrey and Esther's counterparts": parts described through other characters, not named
_DESCRIBED_PARTS = re.compile(r"(?<![\w\-])[A-Z][\w\-]*(?:\s[A-Z][\w\-]*){0,3}\s+and\s+[A-Z][\w\-]*[’']s\b")
_BARE_AS = re.compile(r"\s{1,3}as\s{1,3}(?:(?!the\b|a\b|an\b)[a-z][\w\-]*\s{1,3}){0,2}(?=[A-Z])")  # bounded: linear under finditer
_VERB_BETWEEN = re.compile(r"(?<=[a-z])\s+(?:portraying|playing|voicing|portray|play|voice|as)\s+(?=[A-Z])")
_PARTICIPLE_BETWEEN = re.compile(r"(?<=[a-z])\s+(?:portraying|playing|voicing|(?:will\s)?(?:play|portray|voice))\s+(?=[A-Z])")
_ARE_PLAYED_BY = re.compile(r"^\s+(?:are|were|will be)\s+(?:played|portrayed|voiced)\s+by\s+$")


def _played_by_lists(ctx: SentenceContext, names: list[Name], memory: PeopleMemory, paired: set[int]) -> Iterator[Claim]:
    """"C and D are played by A and B": the characters come first and pair in order with the actors."""
    for k in range(len(names) - 1):
        if not _ARE_PLAYED_BY.match(ctx.text[names[k].end : names[k + 1].start]):
            continue
        roles = _list_ending_at(ctx, names, k)
        actors = [names.index(n) for n in list_from(ctx, names, k + 1)]
        if len(roles) != len(actors) or len(roles) < 2 or any(i in paired for i in roles + actors):
            return
        for r, a in zip(roles, actors):
            memory.real.append(names[a].text)
            memory.characters.append(names[r].text)
            paired.update((a, r))
            yield from character_claims(ctx, names[r], names[a].text, memory)
        return


_WORK_AFTER_ACTOR = re.compile(r"\s(?:\([^()]{1,80}\)|from\s(?:the\s)?[\"“‘][^\"”’]{1,60}[\"”’]|from\s(?:the\s)?(?:[A-Z][\w'’:\-]*\s){1,5}(?=as\s))")


_KNOWN_FOR_AFTER_ACTOR = re.compile(
    r",\s(?:(?:best|also|widely|well)\s)?" + KNOWN_FOR_WORDS + r"\s(?:for|from)\s[^;.()]{1,120}?,[”\"’']?(?=\s)"
    # ("A, who starred in X, takes on the role of B", "A, whose latest work was the film “X,” plays B")
    r"|,\s(?:who\s(?:[a-z]+\s){0,2}(?:starred|appeared|featured|was\sseen)\s(?:in|on)\s|whose\s)[^;.()]{1,120}?,[”\"’']?(?=\s)"
)


# the rest of a possessor's name and its "'s" ("Cruz's", "Kestrel Group’s" where only "Kestrel" was read as a name)
_OWNER_TAIL = re.compile(r"(?:\s(?-i:[A-Z])[\w\-]*){0,2}[’']s\b")


def played_character(ctx: SentenceContext, names: list[Name], k: int) -> int | None:
    """The index of the character that the actor ``names[k]`` plays, if the words between say so."""
    text = ctx.text
    # "Kim Rae ("Salt Road," "Red Kite") as Mara Vell", "Ivo Sarr (Glass Orchard) leads the cast as Tomas Vell",
    # "Ada Mbeki from "Tin Lanterns" as Rina Holt": past the actor's earlier works
    # ("A, famous for her roles in “X” and “Y,” will portray B": past what the actor is known for)
    work = _WORK_AFTER_ACTOR.match(text, names[k].end) or _KNOWN_FOR_AFTER_ACTOR.match(text, names[k].end)
    if work:
        after = next((j for j in range(k + 1, len(names)) if names[j].start >= work.end()), None)
        role_words = re.match(AS_ROLE_AFTER, text[work.end() :])  # (matched on the rest: "is" looks ahead at the role)
        if after is not None and role_words is not None and work.end() + role_words.end() == names[after].start \
                and not _OWNER_TAIL.match(text, names[after].end):  # ("A (X) plays B’s character’s friend": B is no part)
            return after
    for j in (k + 1, k + 2):
        if j >= len(names):
            return None
        if j == k + 1 and _OWNER_TAIL.match(text, names[j].end):
            continue  # "plays Cruz's boss Victor Lang", "Kestrel Group’s planning director X": the possessor is not the role
        if j == k + 1 and j + 1 < len(names):
            between = re.fullmatch(r"(?:\s+[a-z][\w\-]*){1,3}\s+", text[names[j].end : names[j + 1].start])
            if between and between.group().split()[-1] in CHARACTER_ROLES:
                continue  # "as the Pinkerton agent Samuel Tate": the capitalised word modifies the role
        gap = text[names[k].end : names[j].start]
        # only a possessive ("plays Cruz's boss X") or a capitalised modifier of a role noun ("as the Imperial
        # team captain X") may stand between actor and role
        modifier = j == k + 2 and re.fullmatch(r"(?:\s+[a-z][\w\-]*){1,3}\s+", text[names[k + 1].end : names[j].start])
        # ("Kim Rae (Lost Hours) as X": the bracketed name is the actor's earlier work, not the role)
        bracketed = j == k + 2 and re.fullmatch(r"\s\([^()]{1,40}\)\s{1,3}as\s{1,3}", text[names[k].end : names[j].start]) is not None
        if j == k + 2 and not _OWNER_TAIL.match(text, names[k + 1].end) and not modifier and not bracketed:
            return None
        if modifier:
            gap = text[names[k].end : names[k + 1].start]
        if re.search(r"\bas\s+(?:a|an|the)\s+(?:[a-z][\w\-]*\s+){0,3}(?:from|of|in|on|at|with|by|like|who(?:\s+[a-z]+){0,2})\s+(?:the\s+)?$", gap):
            return None  # "joins as a rival fisherman from the Dutch side", "as a comedian inspired by X": no role
        # "starring A as the empress and B as her king", "A as an empress, B as a king", "A as the general, while B
        # plays ...": the part was a description, and B is the next actor (a bare comma only when B has a part of
        # their own, for "as the lead character, Mara Vell" names the part)
        # ("A as a rookie FBI agent, and B as the titular killer": the description may hold a capitalised word)
        # ("A will play the mother and B the grandmother": so may the verb's own object)
        described = re.search(r"\b(?:as|play|plays|playing|portray|portrays|portraying)\s+(?:a|an|the|his|her|their)\s+(?:[A-Za-z][\w\-]*\s+){0,3}?[a-z][\w\-]*"
                              r"(?P<sep>,\s+(?:[a-z][\w\-]*\s+){0,2}|\s+(?:and|or|while|whereas)\s+)$", gap)
        if described and (described.group("sep").strip() != "," or re.match(r"\s+as\s", text[names[j].end :])):
            return None
        if re.fullmatch(r"\s+as\s+", gap) and re.match(r"\s+[a-z]+s\s+(?:on|off|up|over|out|the|a|an|their|his|her|its|to)\b", text[names[j].end :]):
            return None  # "A, B and C as Kestrel Band takes on a rival": "as" opens a clause, the name is its subject
        if re.search(r"\bas\s+an?\s+$", gap) and re.match(r"\s+[a-z]", text[names[j].end :]):
            return None  # "has joined the cast as an Icelandic seismologist": a capitalised adjective of a role noun
        if _AS_IN_SERIES.match(gap.rstrip("“\"‘")) and (  # ("A stars as “Nina”": the part may be quoted)
            re.match(r"^\s*(?:in the (?:series|show|film|drama)|,)", text[names[j].end :])
            or re.search(r"\b(?:play|portray|as|voic|essay|role|shoes)", gap)
        ):
            return j
    return None


_RETURNING_ROLE = re.compile(r"\b(?:be reunited|expected back|also back|new (?:cast(?: members?)?|faces?|additions?|series regulars?|characters?)|newcomers? (?:include|are)|will (?:also )?(?:be )?(?:seeing|see|welcome|meet|introduce) (?:the )?newcomers?|will once again|additions? to the cast|joining|joined by|returns?|returning|will return|is back|are back|be back|(?:is|are) (?:now )?set as|joins? as|coming back|comes? back|reprises?|reprising|will (?:play|portray|voice|essay)|will be (?:playing|portraying|voicing)|(?:is|are) set to (?:play|portray|voice)|(?:has|have) been cast)\b", re.IGNORECASE)
_PAST_ROLE = re.compile(r"\b(?:played|starred|portrayed|voiced)\b(?!\s+by)", re.IGNORECASE)


def _character_scope(ctx: SentenceContext, name: Name) -> str:
    """The words that say when a character appears: its clause, cut at the end of a relative clause
    ("X, who played Y, will not return": Y is played in the past)."""
    clause = ctx.clause(name.start)
    words = ctx.text[clause.start : clause.end]
    if re.match(r"[\s,]*(?:who|which|whose)\b", words):
        cut = words.find(",", name.end - clause.start)
        if cut > 0:
            words = words[:cut]
    return words


_ABSENCE_BEFORE = re.compile(r"\b(?:after|during|since|following)\b[^,.;]{0,30}$", re.IGNORECASE)


# ("X will be voiced by A": a casting for the season to come, as a return is)
_WILL_BE_PLAYED = re.compile(r"\bwill\s+(?:now\s+|also\s+)?be\s+(?:played|voiced|portrayed)\s+by\b")


def character_claims(
    ctx: SentenceContext, name: Name, played_by: str | None, memory: PeopleMemory, known_only: bool = False, new: bool = False,
    recap: bool = False,
) -> Iterator[Claim]:
    if played_by:
        memory.playing.append(played_by)
    modality = ctx.modality(name.start)
    subject = ctx.subject(name.start)
    if modality is None or not subject:
        return
    if modality.modality == "negated":
        clause = ctx.clause(name.start)
        if has_negation(ctx.text[clause.start : name.start]):
            return
        modality = Modality("confirmed")
    value = {"name": name.text, "played_by": played_by}
    if played_by and re.search(re.escape(played_by) + _WHO_PLAYS + re.escape(name.text), ctx.text):
        # "According to X, who plays Y, season 3 ...": an aside that names the role of the show as it is, not a casting
        yield ctx.claim(subject, 1, "character", value, Modality("confirmed"))
        if not _RETURNING.search(ctx.text):
            return  # ("X, who plays Y, is set to come back" also brings the role back for the coming season)
    if ctx.lead:
        yield ctx.claim(subject, ctx.lead_season, "character", value, modality)
        if ctx.lead_season == ctx.target != 1 and _LIST_OF_RETURNING.search(ctx.lead):
            # "These cast members may appear in season three:", "They will retain their positions for Season 2:"
            # name roles the aired show already has
            yield ctx.claim(subject, 1, "character", value, Modality("confirmed"))
        return
    if ctx.heading_season is not None:
        yield ctx.claim(subject, ctx.heading_season, "character", value, modality)
        return
    explicit = ctx.explicit_season(name.start, whole_sentence=True)
    if modality.modality == "confirmed":
        if known_only:
            if recap and explicit is None:
                yield ctx.claim(subject, 1, "character", value, modality)
                return
            if explicit is None or explicit >= (ctx.target or 99):
                return
            # a recap naming its season ("The first season ended with X ...")
            yield ctx.claim(subject, explicit, "character", value, modality)
            return
        scope = _character_scope(ctx, name)
        if new or memory.cast_returning or _RETURNING_ROLE.search(scope) or _WILL_BE_PLAYED.search(scope):
            # ("X returns as Y after taking leave during Season 11": a season that dates the absence is not the return's)
            temporal = explicit is not None and all(
                _ABSENCE_BEFORE.search(ctx.text, max(0, r.start - 40), r.start) for r in ctx.seasons if r.season == explicit)
            season = explicit if explicit is not None and not (temporal and ctx.target and explicit < ctx.target) else (ctx.target or ctx.aired or 1)
        elif _PAST_ROLE.search(scope):
            season = explicit if explicit is not None and explicit < (ctx.target or 99) else 1
        else:
            # "Series 3 sees barrister X" ties the character to that season; else the aired show's cast
            # only a casting statement ties a role to the coming season; recaps and predictions name the aired show's characters
            season = explicit if explicit is not None and (played_by or explicit < (ctx.target or 99)) else 1
        yield ctx.claim(subject, season, "character", value, modality)
        return
    coming = explicit if explicit is not None else ctx.target
    yield ctx.claim(subject, coming, "character", value, modality)
    if _RETURNING.search(ctx.text) and coming == ctx.target:
        yield ctx.claim(subject, 1, "character", value, Modality("confirmed"))


# "Ana Ruiz – Queen Mara", "Mara Vell – Ana Ruiz": a list line pairing an actor and a role with a dash
_DASH_LINE = re.compile(r"^(?P<a>[A-ZÀ-ɏ][^–—:|()]{1,60}?)\s+[–—-]\s+(?P<b>[A-ZÀ-ɏ\"“][^,;()|–—]{1,60}?)\s*(?=[,(]|$)")
# "Wren Ashby - Aiko Tamura (Japanese) / Cole Brant (English)", "Wren Ashby: Aiko Tamura (JP) / Cole Brant (EN)": a voice
# actor's language tag marks the actors' side of a voice-cast line; a colon joins role and voices on such lines too
_LANGUAGE_TAG = re.compile(r"\s?\((?:Japanese|English|JP|EN|JPN|ENG|Japanese voice|English voice|English dub|sub|dub)\)", re.IGNORECASE)
_COLON_LINE = re.compile(r"^(?P<a>[A-ZÀ-ɏ][^–—:|()]{1,60}?)(?::|(?<!\.)\.{3}|…)\s*(?P<b>[A-ZÀ-ɏ\"“][^,;()|–—:]{1,90}?)\s*(?=[,(]|$)")
_ANIME_WORD = re.compile(r"\b(?:anime|manga|light novel|voice actors?|voice cast|seiyuu)\b", re.IGNORECASE)
_PARTICLES = frozenset("de da di del della van von der den la le du dos das of the bin al y".split())
# words that open a character's name, never an actor's ("Queen Mara", "Mrs Dorcas Pym", "The Iron Chancellor")
TITLE_WORDS = CHARACTER_ROLES | frozenset(
    """mr mrs ms dr miss lord lady sir dame brother sister father mother uncle aunt young old professor emperor empress
    duke duchess count countess baron baroness general colonel major lieutenant admiral the""".split()
)


def roles_listed_first(text: str) -> bool:
    """An anime page lists its voice cast role first ("Kafka Hino - Masa Fukuda"); other pages, actor first."""
    return len(_ANIME_WORD.findall(text)) >= 2


def _name_shaped(part: str) -> bool:
    words = part.replace("/", " ").split()
    return 1 <= len(words) <= 6 and all(
        w[0].isupper() or w[0] in "\"“'‘" or w.lower() in _PARTICLES for w in words
    )


def dash_pair(ctx: SentenceContext, memory: PeopleMemory) -> tuple[Name, list[str]] | None:
    """The character and its actors on a dash-joined list line, which side is which judged from title words,
    what the page says elsewhere about either name, and the other lines of the same list. "Kafka Hino -
    Masa Fukuda / Nazeeh Tara (English)" gives a role two voices, one per language."""
    if not ctx.sentence.is_item:
        return None
    tags = list(_LANGUAGE_TAG.finditer(ctx.text))
    text = _LANGUAGE_TAG.sub(lambda tag: " " * len(tag.group()), ctx.text)  # blanked, so offsets still hold
    # ("Full Cast list for X:", then "Erin: Ada Mbeki": a cast list's colon joins a role and its actor too)
    cast_list = bool(re.search(r"\b(?:cast|characters)\b", ctx.lead + " " + (ctx.sentence.heading or ""), re.IGNORECASE))
    m = _DASH_LINE.match(text) or (_COLON_LINE.match(text) if tags or cast_list else None)
    if m and m.re is _COLON_LINE and not tags and is_field_label(m.group("a")):
        return None  # ("Director: A", "Network: B" under a cast heading: a fact box's fields)
    if not m or not _name_shaped(m.group("a")) or not _name_shaped(m.group("b")):
        return None
    a, b = m.group("a"), m.group("b")
    block = ctx.sentence.paragraph
    if tags:
        actor_first = not any(tag.start() >= m.start("b") for tag in tags)
        role_side = "b" if actor_first else "a"
        if "/" in m.group(role_side):
            # "Aiko Tamura (JP) / Cole Brant (EN) Pell Garrow: ...": a line run together with the one before it names its
            # role after the last language tag before the colon
            last = [tag for tag in tags if m.start(role_side) <= tag.start() < m.end(role_side)]
            if actor_first or not last:
                return None
            tail = text[last[-1].end() : m.end("a")]
            start = m.end("a") - len(tail.lstrip())
            role = Name(text[start : m.end("a")], start, m.end("a"))
            if not _name_shaped(role.text) or "/" in role.text:
                return None
            return _remember(memory, role, m.group("b"))
        memory.actor_first.setdefault(block, actor_first)
        return _pair(ctx, m, actor_first, memory)
    titled_a = a.split()[0].lower().strip("\"“") in TITLE_WORDS
    titled_b = b.split()[0].lower().strip("\"“") in TITLE_WORDS
    voices_a, voices_b = "/" in a, "/" in b
    if voices_a != voices_b:
        actor_first = voices_a
    elif titled_a != titled_b:
        actor_first = titled_b
    elif memory.is_real(a) or memory.is_character(b):
        actor_first = True
    elif memory.is_real(b) or memory.is_character(a):
        actor_first = False
    else:
        # with nothing to tell, an anime page's voice cast is listed role first ("Kafka Hino - Masa Fukuda"),
        # other pages' lists actor first
        # a cast list joined by colons names the role first ("Erin: Ada Mbeki"), as a fact box names its field
        colon = m.re is _COLON_LINE
        actor_first = memory.actor_first.get(block, not memory.roles_first and not colon)
        return _pair(ctx, m, actor_first, memory)
    memory.actor_first.setdefault(block, actor_first)
    return _pair(ctx, m, actor_first, memory)


def _pair(ctx: SentenceContext, m: re.Match[str], actor_first: bool, memory: PeopleMemory) -> tuple[Name, list[str]]:
    role, actor = ("b", "a") if actor_first else ("a", "b")
    return _remember(memory, Name(m.group(role), m.start(role), m.end(role)), m.group(actor))


def _remember(memory: PeopleMemory, role: Name, voices: str) -> tuple[Name, list[str]]:
    """The role and its actors ("A / B": one voice per language), noted in the page's memory of who is who."""
    actors = [part.strip() for part in voices.split("/") if part.strip()]
    memory.real.extend(actors)
    memory.characters.append(role.text)
    return role, actors


# one item of a list of "actor as part" items ends where the next actor's "as" begins, or where the sentence does
# (the look-behind keeps a scan over a long run of spaces linear)
_NEXT_ITEM = re.compile(r",[”\"’]?\s+(?:and\s+)?(?=[A-ZÀ-ɏ][^,;]{1,60}?\s+as\s)|(?<![\s,]),?\s+and\s+(?=[A-ZÀ-ɏ][^,;]{1,60}?\s+as\s)|[.;]?$")
_AS_AFTER_NAME = re.compile(r"\s{1,3}as\s{1,3}")
# words that make the rest of an item a clause about someone else ("as the detective who hunts X") or other people
# ("A as Lena, and other talented actors like C and D")
_CLAUSE_IN_ITEM = re.compile(r"\b(?:who|whom|whose|which|that|while|when|where|after|before|against|hunts|hunting|meets|with|like|including|other|alongside)\b")


_CREW_JOB_AFTER_AS = re.compile(r"(?:the\s)?(?:chief\s|series\s|head\s|lead\s|co-)?(?:director|writer|screenwriter|scriptwriter|composer|producer)s?\b")


def as_list_items(ctx: SentenceContext, names: list[Name], memory: PeopleMemory, paired: set[int]) -> Iterator[Claim]:
    """"A as his wife Lena, B as the hero's mysterious employer Tim Winter, C as MI-6 agent D": in a list of two or
    more "actor as part" items, the name that closes an item is the part, however the item describes it."""
    text = ctx.text
    starts = {k: m.end() for k, n in enumerate(names) if (m := _AS_AFTER_NAME.match(text, n.end))}
    if len(starts) < 2:
        return
    for k, after_as in starts.items():
        if k in paired:
            continue
        end = _NEXT_ITEM.search(text, after_as)
        item_end = end.start() if end else len(text)
        closing = [j for j in range(k + 1, len(names)) if names[j].start >= after_as and names[j].end <= item_end]
        if not closing or names[closing[-1]].start == after_as or closing[-1] in paired:
            continue  # ("A as Mara Vell": a part named right after "as" is read by the pairing rules)
        role = closing[-1]
        if _CREW_JOB_AFTER_AS.match(text, after_as):
            continue  # ("A as director for studio Geek Works": a job behind the camera, and its studio, no part)
        # ("C as Luna, D, and E": names after a comma are more of the cast, not C's part)
        if text[names[role].end : item_end].strip(" ,.;") or _CLAUSE_IN_ITEM.search(text, after_as, names[role].start) or re.search(
                r"\sas\s", text[after_as : item_end]) or "," in text[after_as : names[role].start]:
            continue
        memory.real.append(names[k].text)
        memory.characters.append(names[role].text)
        paired.update((k, role, *closing))
        yield from character_claims(ctx, names[role], names[k].text, memory)


# "He stars as Jim, a getaway driver", "She will play Mara Vell": a pronoun for the actor the sentence before named
_PRONOUN_PLAYS = re.compile(
    r"^\W{0,3}(?:he|she)\s+(?:also\s+)?(?:stars\s+as|plays|portrays|voices|will\s+(?:play|portray|voice|star\s+as)|(?:is|was)\s+cast\s+as)\s+(?:the\s+)?(?=(?-i:[A-Z]))",
    re.IGNORECASE,
)


def pronoun_role_claims(ctx: SentenceContext, names: list[Name], memory: PeopleMemory, previous: str, paired: set[int]) -> Iterator[Claim]:
    """A character for "He stars as Jim": the actor is the last performer the sentence before named in full."""
    opening = _PRONOUN_PLAYS.match(ctx.text)
    if opening is None:
        return
    role = next((k for k, n in enumerate(names) if n.start == opening.end() and k not in paired), None)
    actors = [name for name in performers_in(previous, memory) if " " in name]
    if role is None or not actors or memory.is_real(names[role].text):
        return
    paired.add(role)
    memory.characters.append(names[role].text)
    yield from character_claims(ctx, names[role], actors[-1], memory)
