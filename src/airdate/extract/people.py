"""People: cast members, characters (with who plays them), directors and writers.

Names are capitalised runs; what a name is comes from the words around it: a role
noun for a job ("director X", "written by X"), a cast cue for actors ("stars X, Y
and Z"), a story role for characters ("class president X", "characters like X"),
and pairing phrases for both ("X, as portrayed by Y", "Y, or X in the series").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from airdate.extract.context import SentenceContext
from airdate.extract.lexicon import CHARACTER_ROLES, GENERIC_CAPITALS, PLATFORM_KEYS, is_month_or_day
from airdate.extract.modality import Modality, has_negation
from airdate.models import Claim
from airdate.normalize import same_person, title_key

_TOKEN = re.compile(r"[A-Za-z][\w'’\-]*")
_ROLE_WORDS = {"director", "writer", "screenwriter", "writer-director", "showrunner", "creator", "producer", "actor", "actress", "star", "stars"}
_CAST_CUE = re.compile(r"\b(?:stars?|starring|starred|cast|actors?|actresses|ensemble|co-stars?|lead roles?)\b", re.IGNORECASE)
_CAST_RIGHT_BEFORE = re.compile(
    r"\b(?:stars?|starring|starred|co-stars?|cast (?:includes?|members?(?: include)?|of|list)|actors?|actresses|ensemble)"
    r"\s*(?:,|:|include|includes|including|like|such as|are|were)?\s*$",
    re.IGNORECASE,
)
_CAST_NOUN = re.compile(r"\b(?:the |its |season \w+ )?cast(?: members?| list)?\b(?! (?:of|for) (?:the )?(?:students|characters))", re.IGNORECASE)
_ROLE_IS = re.compile(r"\b(?P<role>[a-z]{2,20}(?:-[a-z]{2,20})?)\b[^.;]{0,50}\b(?:is|was)\s+$")
_LIST_SEP = re.compile(r"^(?:,\s*(?:and\s+|&\s+)?|\s+and\s+|\s*&\s*)(?:(?:the|a|an)\s+(?:[a-z][\w\-]*\s+){0,2})?$")
_ROLE_JOIN = re.compile(r"^(?:,?\s*(?:like|such as|including|include|includes|are|were|namely|e\.g\.)\s+|,\s+|\s+)(?:(?:the|a|an)\s+(?:[a-z][\w\-]*\s+){0,2})?$", re.IGNORECASE)
_SPEECH = re.compile(r"^[,”\"]*\s*(?:said|says|explained|told|admitted|related|added|noted|stated|wrote)\b")
_SPEECH_BEFORE = re.compile(r"\b(?:said|says|explained|added)\s*$")
_RETURNING = re.compile(r"\b(?:return\w*|once more|again|back|from the first season|from season (?:1|one)|key characters|surviv\w*)\b", re.IGNORECASE)
_DIRECTOR_BEFORE = re.compile(r"\b(?:director|directed by|helmed by|filmmaker|writer-director|showrunner and director)\s*(?:,\s*)?$", re.IGNORECASE)
_WRITER_BEFORE = re.compile(
    r"\b(?:writer|screenwriter|written by|co-written by|penned by|scripted by|writer-director|screenplay by"
    r"|co-wrote (?:the (?:script|screenplay|series|pilot) )?with|series composition\b[^.;]{0,30}\bby)\s*(?:,\s*)?$",
    re.IGNORECASE,
)
_CREDIT_AFTER = re.compile(
    r"^(?:\s+(?:is|was|returns|returning|serves|will serve|is back|will return|comes back)\s+as\s+(?:the\s+)?(?:head\s+)?(?P<role>writer|director|screenwriter)\b"
    r"|\s*,\s+who (?:also |previously )?(?P<verb>directed|helmed|wrote|penned)\b)",
    re.IGNORECASE,
)
_PLAYED_BY = re.compile(r"^\s*(?:,\s*)?(?:\(\s*)?(?:(?:the|a|an)\s+(?:[a-z][\w\-]*\s+){1,3})?(?:as\s+)?(?:played|portrayed|voiced)\s+by\s+", re.IGNORECASE)
_AS_IN_SERIES = re.compile(
    r"^\s*(?:,\s*)?(?:or|as|who plays|who played|plays|played|portrays|portrayed|voices|voiced|who voices|will play|to play"
    r"|(?:(?:will|would|could|might|may|should|(?:is|are) set to|(?:is|are) expected to)\s+(?:[a-z]+\s+){0,2})?(?:returns?|returning|will return|(?:is|are) (?:also )?(?:back|coming back|returning)|comes? back|stars?|starring|starred|co-stars?|appears?|reprises? (?:\w+ )?role"
    r"|leads? the (?:series|show|cast|film)|(?:has|have) been cast|(?:is|was|were) cast) as)"
    r"\s+(?:(?:the|his|her|their|a|an|[A-Z][\w\-]*[’']s)\s+)?(?:[a-z][\w\-’']*,?\s+){0,4}$"
)
_NEWLY_CAST = re.compile(r"^\s+(?:(?:has|have) been cast|will play|(?:is|are) set to play|joins?|(?:has|have) joined)\b")
_ACTOR_OF = re.compile(r"^[’']s\s+(?:actor|actress|portrayer)\s+$", re.IGNORECASE)
_IS_ROLE = re.compile(r"^\s+(?:is|was)\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,4}?(?P<role>[a-z\-]+)\b")


_HONORIFICS = frozenset(("Dr", "Mr", "Mrs", "Ms", "Prof"))
_JOINED_CAST = re.compile(r"^\s+(?:has\s+|have\s+)?(?:officially\s+)?(?:joined|joins|join)\s+the\s+cast\b|^\s+(?:has|have)\s+been\s+cast\b", re.IGNORECASE)
_CAST_AS = re.compile(r"^\s+(?:has|have)\s+been\s+cast\s+as\s+[^.;]{0,40}?$")
_NOT_BACK = re.compile(
    r"^(?:,[^,.;]{0,80},)?\s+(?:will not|won['’]t|is not|isn['’]t|are not|aren['’]t|will no longer|is no longer)\s+(?:be\s+)?"
    r"(?:return\w*|coming back|come back|reprise\w*)",
    re.IGNORECASE,
)
_DIRECTED = re.compile(r"^\s+(?:(?:also|previously|first)\s+)?(?P<verb>directed|helmed|co-directed|wrote|penned|co-wrote)\s+(?P<what>[^.;,]{0,40})")
_FUTURE_CREDIT = re.compile(r"\b(?P<hedge>is set to|set to|is slated to|is expected to|will)\s+(?P<verb>direct|write|helm|pen)\b")
# a credit for the season still to come: returning, continuing, future or ongoing work
_COMING_CREDIT = re.compile(
    r"\b(?:return\w*|is back|are back|comes back|once again|again|once more|continu\w*|will|set to|(?:is|are) (?:now )?(?:writing|directing|helming|penning|producing|scripting)"
    r"|new season|new episodes|new scripts|joins?|joined|joining)\b",
    re.IGNORECASE,
)
_RETURNING_CREDIT = re.compile(r"\b(?:return\w*|once again|again|once more|continu\w*|new season|joins?|joined|joining)\b", re.IGNORECASE)
# "X is making some changes": what a person is doing now is work on the season to come
_ONGOING = re.compile(
    r"^\W*(?:is|are)\s+(?:now\s+|currently\s+|also\s+|busy\s+)?(?:making|working|writing|directing|developing|preparing|shooting|filming"
    r"|planning|producing|helming|reworking|changing|crafting|penning|scripting|overseeing|leading)\b"
)
# "This article was written by X": the page's author, not the show's writer
_CAST_RETURNS = re.compile(r"\bcast\b[^.;]{0,30}\b(?:returns?|is back|are back|reunites?|all return)\b", re.IGNORECASE)
_BYLINE = re.compile(r"\b(?:article|post|piece|story|report|column|review|guide|feature)\s+(?:was\s+|is\s+)?(?:written|penned)\s+by\s*$", re.IGNORECASE)
# "Creator X is writing all six episodes": writing in progress names a writer
_WRITING_NOW = re.compile(r"^\s+(?:is|are)\s+(?:now\s+|currently\s+|also\s+)?(?:writing|penning|scripting)\b")
_ALSO_WROTE = re.compile(r"^[^.;,]{0,50}?\band\s+(?:also\s+)?(?:co-)?(?:wrote|penned|scripted)\b")


@dataclass(frozen=True)
class Name:
    text: str
    start: int
    end: int


@dataclass
class PeopleMemory:
    """What the page has already said about people, for later sentences."""

    real: list[str] = field(default_factory=list)
    characters: list[str] = field(default_factory=list)
    cast_returning: bool = False  # the sentence before said the cast returns ("The voice cast returns in full.")

    def is_real(self, name: str) -> bool:
        return any(same_person(name, r) for r in self.real)

    def is_character(self, name: str) -> bool:
        return any(same_person(name, c) for c in self.characters)


def find_names(text: str) -> list[Name]:
    """Capitalised runs that could be a person's name (1 to 4 words, no role or generic word)."""
    tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
    names: list[Name] = []
    i = 0
    while i < len(tokens):
        s, e, word = tokens[i]
        # "navigator June Okafor": a month word right before a capitalised surname is a given name
        month_name = (
            is_month_or_day(word) and i + 1 < len(tokens) and text[e : tokens[i + 1][0]] == " "
            and tokens[i + 1][2][0].isupper() and not _skip_word(tokens[i + 1][2])
        )
        if not word[0].isupper() or (_skip_word(word) and not month_name):
            i += 1
            continue
        j = i
        while j + 1 < len(tokens) and j - i < 3:
            ns, ne, nxt = tokens[j + 1]
            gap = text[tokens[j][1] : ns]
            honorific = gap == ". " and tokens[j][2] in _HONORIFICS  # "Dr. Elise Marsh" is one name
            if (gap != " " and not honorific) or not nxt[0].isupper() or _skip_word(nxt):
                break
            j += 1
        end = tokens[j][1]
        raw = text[s:end]
        raw = re.sub(r"[’']s$", "", raw)
        names.append(Name(raw, s, s + len(raw)))
        i = j + 1
    return names


def _skip_word(word: str) -> bool:
    bare = re.sub(r"[’']s$", "", word)
    return (
        bare.lower() in GENERIC_CAPITALS
        or bare.lower() in _ROLE_WORDS
        or is_month_or_day(bare)
        or title_key(bare) in PLATFORM_KEYS
        or bare.isupper() and len(bare) > 1
    )


def _is_title_name(ctx: SentenceContext, name: Name) -> bool:
    return any(m.start < name.end and name.start < m.end for m in ctx.mentions)


def _list_from(ctx: SentenceContext, names: list[Name], first: int) -> list[Name]:
    """The names joined to ``names[first]`` by commas and "and"."""
    out = [names[first]]
    for k in range(first + 1, len(names)):
        gap = ctx.text[out[-1].end : names[k].start]
        if not _LIST_SEP.match(gap):
            break
        out.append(names[k])
    return out


def people_claims(ctx: SentenceContext, memory: PeopleMemory, previous: str) -> Iterator[Claim]:
    if ctx.sentence.is_heading or ctx.sentence.is_question:
        return
    names = [n for n in find_names(ctx.text) if not _is_title_name(ctx, n)]
    memory.cast_returning = bool(_CAST_RETURNS.search(previous))
    text = ctx.text
    paired: set[int] = set()
    for k, name in enumerate(names):
        before = text[max(0, name.start - 80) : name.start]  # patterns anchored at the end only ever read a short tail
        after = text[name.end :]
        if _SPEECH.match(after) or _SPEECH_BEFORE.search(before):
            memory.real.append(name.text)
        if _DIRECTOR_BEFORE.search(before) and k not in paired:
            for n in _list_from(ctx, names, k):
                memory.real.append(n.text)
                yield from _credit(ctx, n, "director")
                paired.add(names.index(n))
            if re.search(r"writer-director\s*(?:,\s*)?$", before, re.IGNORECASE):
                yield from _credit(ctx, name, "writer")
            paired.add(k)
        elif _CREDIT_AFTER.match(after) and not re.match(r"^[^.;]{0,30}?\b(?:wrote|penned) (?:the |a |an )?(?:\w+ )?(?:novel|book|comic|manga|webtoon|memoir|story|play)", after):
            memory.real.append(name.text)
            credit = _CREDIT_AFTER.match(after)
            word = (credit.group("role") or credit.group("verb") or "").lower()  # type: ignore[union-attr]
            yield from _credit(ctx, name, "writer" if word in ("writer", "screenwriter", "wrote", "penned") else "director")
            paired.add(k)
        elif _DIRECTED.match(after) and not re.search(r"\b(?:novel|book|comic|manga|webtoon|memoir|story|play|song)\b", _DIRECTED.match(after).group("what")):  # type: ignore[union-attr]
            credit = _DIRECTED.match(after)
            verb, what = credit.group("verb"), credit.group("what")  # type: ignore[union-attr]
            memory.real.append(name.text)
            attribute = "director" if "direct" in verb or verb == "helmed" else "writer"
            if re.search(r"\b(?:pilot|first episode|series premiere)\b", what):
                subject = ctx.subject(name.start)
                if subject:
                    yield ctx.claim(subject, 1, attribute, name.text, Modality("confirmed"))
            else:
                yield from _credit(ctx, name, attribute)
            paired.add(k)
        elif _WRITER_BEFORE.search(before) and k not in paired and not _BYLINE.search(before):
            for n in _list_from(ctx, names, k):
                memory.real.append(n.text)
                yield from _credit(ctx, n, "writer")
                paired.add(names.index(n))
        yield from _more_credits(ctx, name, after, memory)
        # "X, as portrayed by Y": character X played by Y
        if k + 1 < len(names) and _PLAYED_BY.match(text[name.end : names[k + 1].start]):
            actor = names[k + 1]
            memory.real.append(actor.text)
            memory.characters.append(name.text)
            paired.update((k, k + 1))
            yield from _character(ctx, name, actor.text, memory)
        # "Y, or X in the series" / "Y as X" / "Y plays X" / "Y plays Z's boss X" / "Y has been cast as the villain, X"
        elif (character_at := _played_character(ctx, names, k)) is not None:
            character = names[character_at]
            memory.real.append(name.text)
            memory.characters.append(character.text)
            paired.update((k, character_at))
            yield from _character(ctx, character, name.text, memory, new=bool(_NEWLY_CAST.match(text[name.end :])))
        # "X's actor Y"
        elif k + 1 < len(names) and _ACTOR_OF.match(text[name.end : names[k + 1].start]):
            memory.real.append(names[k + 1].text)
            memory.characters.append(name.text)
            paired.update((k, k + 1))
            yield from _character(ctx, name, names[k + 1].text, memory)

    yield from _paired_lists(ctx, names, memory, paired)
    # "commander Ada Holm (Yasmin Obi)": a role-introduced character with the actor in brackets
    for k in range(len(names) - 1):
        if k in paired or k + 1 in paired:
            continue
        if re.fullmatch(r"\s*\(\s*", text[names[k].end : names[k + 1].start]) and text[names[k + 1].end :].startswith(")") and _role_before(
            text[max(0, names[k].start - 80) : names[k].start]
        ):
            memory.characters.append(names[k].text)
            memory.real.append(names[k + 1].text)
            paired.update((k, k + 1))
            yield from _character(ctx, names[k], names[k + 1].text, memory)
    # cast lists: "stars A, B and C", or a bare list right after a sentence about the actors
    cast_context = bool(_CAST_CUE.search(text)) or bool(_CAST_CUE.search(previous))
    k = 0
    while k < len(names):
        group = _list_from(ctx, names, k)
        if k in paired:
            k += 1
            continue
        before = text[max(0, names[k].start - 80) : names[k].start]
        cue_before = _CAST_RIGHT_BEFORE.search(before) if before else None
        if _role_before(before):
            k += len(group)
            continue
        returning = re.match(r"^[^.;]{0,30}?\b(?:will |are set to |are expected to |all )?(?:return|reprise|are back|come back)", text[group[-1].end :])
        if len(group) >= 2 and returning and not any(memory.is_character(n.text) for n in group):
            for n in group:
                memory.real.append(n.text)
                yield from _credit(ctx, n, "cast_member", returning=True)
                if cue_before and re.search(r"\bstars?\b", cue_before.group(), re.IGNORECASE):
                    # "Series stars A, B and C are expected to return": they star in the aired show, for certain
                    yield from _credit(ctx, n, "cast_member", force=Modality("confirmed"))
            k += len(group)
            continue
        if cast_context and (len(group) >= 3 or cue_before) and not any(i in paired for i in range(k, k + len(group))):
            if not any(memory.is_character(n.text) for n in group):
                # "Returning stars include A, B and C" / "They join returning stars A and B"
                # "Returning stars include ...", "New cast members include ...", "New to the cast this series are ..."
                back = bool(re.search(r"\b(?:returning|new)\b[^.;]{0,30}$", before, re.IGNORECASE))
                for n in group:
                    memory.real.append(n.text)
                    yield from _credit(ctx, n, "cast_member", returning=back)
                k += len(group)
                continue
        k += 1

    # characters introduced by a story role: "class president X", "characters like X and Y"
    for k, name in enumerate(names):
        if k in paired or memory.is_real(name.text):
            continue
        before = text[max(0, name.start - 120) : name.start]
        role = _role_before(before)
        role_is = _ROLE_IS.search(before)
        if role_is and role_is.group("role") in CHARACTER_ROLES:
            role = True
        is_role = _IS_ROLE.match(text[name.end :])
        appositive = re.match(r"^,\s+(?:their|his|her|the|our)\s+((?:[\w\-]+\s*){1,3})", text[name.end :])
        appositive_role = bool(appositive) and any(w in CHARACTER_ROLES for w in appositive.group(1).lower().split())  # type: ignore[union-attr]
        if role or (is_role and is_role.group("role") in CHARACTER_ROLES) or appositive_role:
            for n in _list_from(ctx, names, k) if role else [name]:
                if not memory.is_real(n.text):
                    memory.characters.append(n.text)
                    yield from _character(ctx, n, None, memory)
        elif memory.is_character(name.text) and (ctx.seasons or re.search(r"\b(?:upcoming|new|next) season\b", text)):
            yield from _character(ctx, name, None, memory, known_only=True)


_ROLES_AS = re.compile(r"\b(?:their|the|his|her) (?:respective )?(?:roles|parts) as\s+", re.IGNORECASE)


def _paired_lists(ctx: SentenceContext, names: list[Name], memory: PeopleMemory, paired: set[int]) -> Iterator[Claim]:
    """"A and B return, reprising their roles as C and D": the two lists pair in order."""
    m = _ROLES_AS.search(ctx.text)
    if not m:
        return
    before = [k for k, n in enumerate(names) if n.end <= m.start()]
    after = [k for k, n in enumerate(names) if n.start >= m.end()]
    if not before or not after:
        return
    actors = [before[-1]]
    while actors[0] > 0 and _LIST_SEP.match(ctx.text[names[actors[0] - 1].end : names[actors[0]].start]):
        actors.insert(0, actors[0] - 1)
    roles = [names.index(n) for n in _list_from(ctx, names, after[0])]
    if len(actors) != len(roles) or len(actors) < 2 or any(k in paired for k in actors + roles):
        return
    for a, r in zip(actors, roles):
        memory.real.append(names[a].text)
        memory.characters.append(names[r].text)
        paired.update((a, r))
        yield from _character(ctx, names[r], names[a].text, memory)


def _played_character(ctx: SentenceContext, names: list[Name], k: int) -> int | None:
    """The index of the character that the actor ``names[k]`` plays, if the words between say so."""
    text = ctx.text
    for j in (k + 1, k + 2):
        if j >= len(names):
            return None
        if j == k + 1 and re.match(r"^[’']s\b", text[names[j].end :]):
            continue  # "plays Cruz's boss Victor Lang": the possessor is not the role
        if j == k + 1 and j + 1 < len(names):
            between = re.fullmatch(r"(?:\s+[a-z][\w\-]*){1,3}\s+", text[names[j].end : names[j + 1].start])
            if between and between.group().split()[-1] in CHARACTER_ROLES:
                continue  # "as the Pinkerton agent Samuel Tate": the capitalised word modifies the role
        gap = text[names[k].end : names[j].start]
        # only a possessive ("plays Cruz's boss X") or a capitalised modifier of a role noun ("as the Imperial
        # team captain X") may stand between actor and role
        modifier = j == k + 2 and re.fullmatch(r"(?:\s+[a-z][\w\-]*){1,3}\s+", text[names[k + 1].end : names[j].start])
        if j == k + 2 and not re.match(r"^[’']s\b", text[names[k + 1].end :]) and not modifier:
            return None
        if modifier:
            gap = text[names[k].end : names[k + 1].start]
        if _AS_IN_SERIES.match(gap) and (
            re.match(r"^\s*(?:in the (?:series|show|film|drama)|,)", text[names[j].end :])
            or re.search(r"\b(?:play|portray|as|voice)", gap)
        ):
            return j
    return None


def _more_credits(ctx: SentenceContext, name: Name, after: str, memory: PeopleMemory) -> Iterator[Claim]:
    """Credits stated after the name: "... and co-wrote the script", "is set to direct the Season 3 premiere",
    "has joined the cast", "will not return"."""
    subject = ctx.subject(name.start)
    if not subject or memory.is_character(name.text):
        return
    if _ALSO_WROTE.match(after) or _WRITING_NOW.match(after):
        memory.real.append(name.text)
        yield from _credit(ctx, name, "writer")
    future = _FUTURE_CREDIT.search(after[:60])
    if future and not re.search(r"[.;]", after[: future.start()]):
        refs = [r for r in ctx.seasons if name.end + future.end() <= r.start <= name.end + future.end() + 30]
        if refs:
            memory.real.append(name.text)
            modality = Modality("confirmed") if future.group("hedge") == "will" else Modality("expected")
            attribute = "director" if future.group("verb") in ("direct", "helm") else "writer"
            yield ctx.claim(subject, refs[0].season, attribute, name.text, modality)
    if _JOINED_CAST.match(after) and not _CAST_AS.match(after[:80]):
        memory.real.append(name.text)
        modality = ctx.modality(name.start)
        if modality is not None and modality.modality != "negated":
            yield ctx.claim(subject, ctx.explicit_season(name.start) or ctx.target, "cast_member", name.text, modality)
    if _NOT_BACK.match(after):
        memory.real.append(name.text)
        yield ctx.claim(subject, ctx.explicit_season(name.start) or ctx.target, "cast_member", None, Modality("negated"))


def negated_cast_claims(ctx: SentenceContext) -> Iterator[Claim]:
    """"The cast has yet to be revealed": no cast yet for the season."""
    if ctx.sentence.is_heading or ctx.sentence.is_question:
        return
    for m in _CAST_NOUN.finditer(ctx.text):
        modality = ctx.modality(m.start())
        if modality is None or modality.modality != "negated":
            continue
        subject = ctx.subject(m.start())
        if subject:
            yield ctx.claim(subject, ctx.explicit_season(m.start()) or ctx.target, "cast_member", None, modality)
            return


def _role_before(before: str) -> bool:
    """A story-role noun right before a name (or before the list it opens)."""
    m = re.search(r"([A-Za-z\-]+)((?:,?\s*(?:like|such as|including|include|includes|namely)\s+|,\s+|\s+)(?:(?:the|a|an)\s+(?:[a-z][\w\-]*\s+){0,2})?)$", before)
    if not m:
        return False
    word = m.group(1).lower()
    if word in CHARACTER_ROLES:
        return True
    return word in ("include", "includes", "including", "like") and bool(re.search(r"\bcharacters?\b[^.]{0,40}$", before, re.IGNORECASE))


def _credit(
    ctx: SentenceContext, name: Name, attribute: str, returning: bool = False, force: Modality | None = None
) -> Iterator[Claim]:
    """A credit is asserted by naming the role; hedges later in the clause are about something else."""
    modality = force or ctx.modality(name.start)
    subject = ctx.subject(name.start)
    if modality is None or not subject:
        return
    clause = ctx.clause(name.start)
    if modality.modality == "negated" and not has_negation(ctx.text[clause.start : name.start]):
        modality = Modality("confirmed")
    elif modality.modality in ("speculative", "expected") and attribute != "cast_member":
        modality = Modality("confirmed")
    before = [r for r in ctx.seasons if clause.start <= r.start < name.start]
    season = before[-1].season if before else None
    for ref in ctx.seasons:
        link = ctx.text[name.end : ref.start]
        if season is None and ref.start >= name.end and len(link) <= 40 and (
            re.search(r"\b(?:return\w*|back|direct\w*|helm\w*|writ\w*|join\w*) (?:for|on)\b", link) or re.fullmatch(r"\s+(?:for|on|in)\s+", link)
        ):
            season = ref.season
    relative = ctx.relative_after(name.end)
    if season is None and relative and attribute != "cast_member":
        # "Director X, who directed the first two series, ...": the credit is for the seasons the relative clause names
        offset = name.end + ctx.text[name.end :].find(relative)
        spans = [seasons for s, e, seasons in ctx.ranges if offset <= s < offset + len(relative)]
        refs = [r.season for r in ctx.seasons if offset <= r.start < offset + len(relative)]
        if spans or refs:
            for each in spans[0] if spans else refs[:1]:
                yield ctx.claim(subject, each, attribute, None if modality.modality == "negated" else name.text, modality)
    lead = ctx.text[clause.start : name.start]
    predicate = ctx.predicate_after(name.end)
    if season is None and force is None and (returning or _RETURNING_CREDIT.search(lead) or _COMING_CREDIT.search(predicate) or _ONGOING.match(predicate)):
        # "X returns behind the camera", "X is writing the new scripts", "with X returning as director"
        season = ctx.explicit_season(name.start, whole_sentence=False) or ctx.target
    if season is None:
        if not ctx.is_main(subject):
            season = None
        elif modality.modality in ("confirmed", "negated", "reported"):
            season = ctx.aired or 1
        else:
            season = ctx.target
    yield ctx.claim(subject, season, attribute, None if modality.modality == "negated" else name.text, modality)


_RETURNING_ROLE = re.compile(r"\b(?:returns?|returning|will return|is back|are back|coming back|comes? back|reprises?|reprising|will play|(?:has|have) been cast)\b", re.IGNORECASE)
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


def _character(
    ctx: SentenceContext, name: Name, played_by: str | None, memory: PeopleMemory, known_only: bool = False, new: bool = False
) -> Iterator[Claim]:
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
    if ctx.lead:
        yield ctx.claim(subject, ctx.lead_season, "character", value, modality)
        return
    explicit = ctx.explicit_season(name.start, whole_sentence=True)
    if modality.modality == "confirmed":
        if known_only:
            if explicit is None or explicit >= (ctx.target or 99):
                return
            # a recap naming its season ("The first season ended with X ...")
            yield ctx.claim(subject, explicit, "character", value, modality)
            return
        scope = _character_scope(ctx, name)
        if new or memory.cast_returning or _RETURNING_ROLE.search(scope):
            season = explicit if explicit is not None else ctx.target
        elif _PAST_ROLE.search(scope):
            season = explicit if explicit is not None and explicit < (ctx.target or 99) else (ctx.aired or 1)
        else:
            # "Series 3 sees barrister X" ties the character to that season; else the aired show's cast
            # only a casting statement ties a role to the coming season; recaps and predictions name the aired show's characters
            season = explicit if explicit is not None and (played_by or explicit < (ctx.target or 99)) else (ctx.aired or 1)
        yield ctx.claim(subject, season, "character", value, modality)
        return
    season = explicit if explicit is not None else ctx.target
    yield ctx.claim(subject, season, "character", value, modality)
    if _RETURNING.search(ctx.text) and season == ctx.target:
        yield ctx.claim(subject, ctx.aired or 1, "character", value, Modality("confirmed"))
