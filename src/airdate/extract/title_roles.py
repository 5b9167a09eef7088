"""A show named after its hero: "In the series, Peacemaker (John Cena) is released" names the title role and its actor,
and "Ahsoka Tano (Rosario Dawson)" or "as Madeline ‘Matty’ Matlock" on a page about the show is that role, not the show."""

from __future__ import annotations

import re
from collections.abc import Iterator

from airdate.extract.characters import character_claims
from airdate.extract.context import SentenceContext
from airdate.extract.names import Name, PeopleMemory
from airdate.models import Claim


_MEDIUM_AFTER = re.compile(r"\s{1,3}(?:manga|novels?|series|anime|webtoons?|comics?|books?|films?|movies?|shows?|dramas?|franchise)\b")


def title_role_claims(ctx: SentenceContext, text: str, names: list[Name], memory: PeopleMemory, paired: set[int]) -> Iterator[Claim]:
    """"In the series, Peacemaker (John Cena) is released": a show named after its hero, with the actor of the
    title role in brackets right after the name."""
    for mention in ctx.mentions:
        if not mention.is_main or mention.comparison or not text.startswith(" (", mention.end):
            continue
        k = next((i for i, n in enumerate(names) if n.start == mention.end + 2), None)
        if k is None or k in paired or not text.startswith(")", names[k].end) or len(names[k].text.split()) < 2:
            continue
        # "Ren Amagiri's Stardust Ironworks (Hoshikuzu Seitetsujo) manga": an owner or a medium marks an original title
        if re.search(r"[’']s\s$", text[: mention.start]) or _MEDIUM_AFTER.match(text, names[k].end + 1):
            continue
        # ("Glass Orchard X (Boli Guoyuan X)": a name sharing a word with the title is its other title, no actor)
        if set(names[k].text.split()) & set(ctx.text[mention.start : mention.end].split()):
            continue
        # ("the sequel to the popular Glass Orchard (Qing Yu Guo)": a work named with its other title, no hero)
        lead_in = text[max(0, mention.start - 40) : mention.start]
        # ("the thriller Glasshouse Heist (Casa de Cristal)": a genre word before the name frames it as a work)
        if (re.search(r"\b(?:the|to|of|popular|hit|acclaimed)\s(?:[a-z][\w\-]*\s){0,2}$", lead_in)
                or re.search(r"\b(?:thriller|drama|k-drama|series|show|anime|comedy|sitcom|film|movie|miniseries)\s$", lead_in, re.IGNORECASE)) \
                and not re.search(r"\btitular\s$", lead_in):
            continue  # ("the titular Lucky Marlow (Ada Mbeki)" still names the hero)
        memory.real.append(names[k].text)
        paired.add(k)
        role = Name(ctx.text[mention.start : mention.end], mention.start, mention.end)
        memory.characters.append(role.text)
        yield from character_claims(ctx, role, names[k].text, memory)
    yield from titular_role_claims(ctx, text, names, memory)


_AS_TITULAR = re.compile(
    r"\s{1,3}as\s{1,3}the\s{1,3}(?:titular|title|eponymous)\b"
    # ("A stars in the title role", "B will be playing the titular character"; not "the titular role of X", which names it)
    r"|\s{1,3}(?:stars?|starring|plays|playing|portrays|(?:will|to)\s(?:star|play|portray)|will\sbe\s(?:playing|portraying))"
    r"\s{1,3}(?:in\s{1,3})?the\s{1,3}(?:titular|title|eponymous)\s(?:role|character|part)\b(?!\s+of\b)"
)


def titular_role_claims(ctx: SentenceContext, text: str, names: list[Name], memory: PeopleMemory) -> Iterator[Claim]:
    """"A stars as the titular serial killer" on a page about "Longlegs": the role is the one the title names."""
    if not ctx.main:
        return
    for name in names:
        if _AS_TITULAR.match(text, name.end) and not any(m.start <= name.start < m.end for m in ctx.mentions):
            memory.real.append(name.text)
            role = Name(ctx.main, name.start, name.end)
            yield from character_claims(ctx, role, name.text, memory)


def hero_of_title(ctx: SentenceContext, text: str, name: Name) -> bool:
    """"Ahsoka Tano (Rosario Dawson)" on a page about "Ahsoka": the show's name and a surname, with the actor in
    brackets, name the title character, not the show."""
    if text.startswith(" (", name.end) and any(
        m.start == name.start and m.end < name.end and re.fullmatch(r" [A-Z][\w\-]+", text[m.end : name.end]) for m in ctx.mentions
    ):
        return True
    # "Kathy Bates as Madeline ‘Matty’ Matlock" on a page about "Matlock": a role with the show's name as its surname
    return text[max(0, name.start - 3) : name.start] == "as " and any(
        m.start > name.start and m.end == name.end and " " in text[name.start : m.start].strip() + " " for m in ctx.mentions
    )
