"""Characters and actors written as pairs in brackets: "commander Ada Holm (Yasmin Obi)", "Emily Rudd (Nami)",
"Morgan (Tin Lanterns’ Mara Lind)". Which name is the actor is read from the pair, the sentence and what the page
has said about either name before.

No library reads this; the patterns are short and anchored, and only ever see one sentence."""

from __future__ import annotations

import re
from collections.abc import Iterator

from airdate.extract.cast_cues import CAST_RIGHT_BEFORE, ROLE_FOLLOWS
from airdate.extract.characters import TITLE_WORDS, character_claims
from airdate.extract.context import SentenceContext
from airdate.extract.credits import credit_claims, role_before
from airdate.extract.earlier_work import KIN_AFTER, SLASHED_ROLE
from airdate.extract.modality import Modality
from airdate.extract.names import Name, PeopleMemory
from airdate.extract.table_rows import crew_row
from airdate.models import Claim
from airdate.normalize import same_person, same_title

# (the look-behind keeps a scan over a long run of letters linear: a match starts only where a word does)
_WORK_OWNS_ACTOR = re.compile(r"(?<![\w:&\-])(?P<work>[A-Z][\w:&\-]*(?: [\w:&\-]+){0,4})[’']s? (?P<actor>[A-Z][\w.\-]*(?: [A-Z][\w.\-]*){1,2})")




def _known_order(first: str, second: str, memory: PeopleMemory) -> bool | None:
    """Whether "A (B)" names the actor first, by what the page says elsewhere about either name alone."""
    # ("Christian Wolf (Sarrow)" after "Ivo Sarrow stars": a known actor's surname alone is the actor too)
    if memory.is_real(second) or memory.is_real_part(second) or memory.is_character(first):
        return False
    if memory.is_real(first) or memory.is_real_part(first) or memory.is_character(second):
        return True
    return None


def _actor_first(first: str, second: str, text: str, names: list[Name], k: int, memory: PeopleMemory) -> bool | None:
    """Whether "A (B)" names the actor first, or None if this pair does not show it: what the page says elsewhere
    about either name, a titled role ("Captain Reyes"), a single name beside a full one that is no known actor's
    surname ("Eddie Horne (James)" after "Theo James"), or a cast list the pair opens ("The cast includes A (B)")."""
    known = _known_order(first, second, memory)
    if known is not None:
        return known
    if memory.is_real_part(second) or memory.is_real_part(first):
        return memory.is_real_part(first)
    # ("Dr. Jim Swire (Firth)": a titled role goes first even beside an actor's surname alone)
    if first.split()[0].lower().rstrip(".") in TITLE_WORDS:
        return False
    if second.split()[0].lower().rstrip(".") in TITLE_WORDS or (" " not in second and len(first.split()) >= 2):
        return True
    if " " not in first and len(second.split()) >= 2:
        return False
    start = k
    while start > 0 and re.fullmatch(r"\)\s*,\s*(?:and\s+)?|\)\s+and\s+", text[names[start - 1].end : names[start].start]):
        start -= 2 if start >= 2 else 1
    if CAST_RIGHT_BEFORE.search(text[max(0, names[start].start - 80) : names[start].start]):
        return True
    return None


def bracket_pair_claims(ctx: SentenceContext, text: str, names: list[Name], memory: PeopleMemory, paired: set[int]) -> Iterator[Claim]:
    """Character claims for each "A (B)" pair of the sentence not paired yet; ``paired`` grows with them."""
    # "commander Ada Holm (Yasmin Obi)", "Julian Okoro (Kwame Reid), a resident": a character with the actor
    # in brackets; "Sena Takumi (Takumi Sena)" is one person written both ways round
    # ("Glass Orchard (Qing Yu Guo)": a title with its other name in brackets is no role and actor)
    if crew_row(text):
        return  # ("Scripts: A (Salt Road)": the brackets of a crew line hold works, not parts)
    pairs = [
        k for k in range(len(names) - 1)
        if k not in paired and k + 1 not in paired and not same_person(names[k].text, names[k + 1].text)
        and not (ctx.main and (same_title(names[k].text, ctx.main) or same_title(names[k + 1].text, ctx.main)))
        # ("thriller Glasshouse Heist (Casa de Cristal)": a name that is all a title has its other title in brackets;
        # "Nightfall Tano (Rosario Dawson)" holds more than the title, and is the title character)
        and not any(m.start <= names[k].start and names[k].end <= m.end for m in ctx.mentions)
        and re.fullmatch(r"[’']?\s*\(\s*", text[names[k].end : names[k + 1].start]) and text[names[k + 1].end :].startswith(")")
        # ("Ivo Sarr (Glass Orchard) leads the cast as Tomas Vell": the bracket holds the actor's earlier work)
        and not ROLE_FOLLOWS.match(text, names[k + 1].end + 1)
        # ("Netflix teamed up with A (Red Kite) and her production company": a person with a work in brackets)
        # ("her cousin Orla (Ivo Sarr) and their friend Clare (Rina Holt)": a family or circle of roles still pairs)
        and not (re.match(r"\)\s+and\s+(?:his|her|their)\s", text[names[k + 1].end :]) and not KIN_AFTER.match(text, names[k + 1].end + 1)
                 and not SLASHED_ROLE.search(text, max(0, names[k].start - 60), names[k].end))
    ]
    # one sentence writes its pairs one way round: a pair that shows which way ("Emily Rudd (Nami)") decides for
    # the pairs that do not ("Iñaki Godoy (Monkey D. Luffy)")
    decided = {k: _actor_first(names[k].text, names[k + 1].text, text, names, k, memory) for k in pairs}
    # what the page says about a name outranks a name's shape: "Si Eun (Park Ji Hoon) ... Hu Min (Ryeoun)", with
    # Park Ji Hoon known as an actor, writes every pair character first, stage names included
    known = {k: _known_order(names[k].text, names[k + 1].text, memory) for k in pairs}
    if any(v is not None for v in known.values()):
        known_shown = [v for v in known.values() if v is not None]
        known_usual = max(set(known_shown), key=known_shown.count)
        decided = {k: (known[k] if known[k] is not None else known_usual) for k in pairs}
    shown = [v for v in decided.values() if v is not None]
    usual = max(set(shown), key=shown.count) if shown else False
    # a list of "A (B)" lines is written one way round: a line that shows nothing takes its list's order, once
    # the second reading knows it from the other lines
    block = ctx.sentence.paragraph if ctx.sentence.is_item else None
    for k in pairs:
        first, second = names[k].text, names[k + 1].text
        actor_first = decided[k] if decided[k] is not None else usual
        shown_here = decided[k]
        if block is not None and shown_here is not None:
            memory.bracket_first.setdefault(block, shown_here)
        elif block is not None:
            if not memory.recall:
                continue
            actor_first = memory.bracket_first.get(block, actor_first)
        # "commander Ada Holm (Yasmin Obi)": a story role opens the character's name, whatever the names' shapes say
        # ('“elite attorney” Han Na-hyeon (Esom)': a one-word stage name is no role)
        if role_before(text[max(0, names[k].start - 80) : names[k].start]) and known.get(k) is None and not memory.is_real_part(first):
            actor_first = False
        performer, character = (first, names[k + 1]) if actor_first else (second, names[k])
        # ("Morgan (Tin Lanterns’ Mara Lind)": the actor's earlier work owns the name)
        if (owned := _WORK_OWNS_ACTOR.fullmatch(performer)) is not None:
            performer = owned.group("actor")
            yield ctx.claim(owned.group("work"), None, "cast_member", performer, Modality("confirmed"))
        memory.real.append(performer)
        memory.characters.append(character.text)
        paired.update((k, k + 1))
        yield from character_claims(ctx, character, performer, memory)


# "her sweet college classmate (A)", "a woman (B) who looks like ...": a part described in lower case, its actor in brackets
_DESCRIBED_BEFORE = re.compile(r"(?<![A-Z])\b(?P<noun>[a-z][a-z\-]{2,20})\s\($")
# words for a real person's job or partner, whose name in brackets is no actor ("the director (A)", "his wife (B)")
_NOT_A_PART = frozenset(
    """director directors writer writers producer producers creator creators showrunner author novelist ceo host composer
    spokesperson representative agency wife husband spouse girlfriend boyfriend fiancee fiance daughter son""".split()
)


def described_part_claims(ctx: SentenceContext, text: str, names: list[Name], memory: PeopleMemory, paired: set[int]) -> Iterator[Claim]:
    """The actor in brackets after a part described in lower case ("a woman (B) who looks exactly like ..."), as
    synopsis sentences name the cast."""
    for k, name in enumerate(names):
        described = _DESCRIBED_BEFORE.search(text, max(0, name.start - 24), name.start)
        if k in paired or described is None or not text.startswith(")", name.end) or len(name.text.split()) < 2:
            continue
        if described.group("noun") in _NOT_A_PART or memory.is_character(name.text):
            continue
        memory.real.append(name.text)
        paired.add(k)
        yield from credit_claims(ctx, name, "cast_member")
