"""Crew members' other works, named in passing: "A (Work, Work) will direct the first two episodes", "directed by A,
who has previously worked on shows like X and Y", "A, who directed X and Y, will write the series". The seed README
labels claims about other titles under their own subject, so each such work is credited with that person in the same
role (season null); the page's own show keeps the credit the credit rules give it.

No library reads this; the patterns are short, anchored at a name, and only ever see one sentence."""

from __future__ import annotations

import re
from collections.abc import Iterator

from airdate.extract.context import SentenceContext
from airdate.extract.credits import credit_claims
from airdate.extract.earlier_work import BRACKET_AFTER_NAME, CREW_AFTER_WORKS, WRITING_TEAM, WorkBrackets, crew_works_before, no_work
from airdate.extract.lexicon import WORK_NOUNS
from airdate.extract.modality import Modality
from airdate.extract.names import LIST_SEP, Name
from airdate.models import Claim
from airdate.normalize import same_title

# (each pattern that opens with spaces looks behind for a non-space, so a scan over a long run of spaces stays linear)
# the role a credit cue right before a name gives ("directed by A", "writer B")
_CUE_BEFORE = re.compile(
    r"\b(?:(?P<direct>(?:directed|helmed)\s+by|director|helmer|filmmaker)|(?:written|penned|scripted|created)\s+by|writer|screenwriter"
    r"|creator|showrunner)(?:\s+(?:of|for)\s+the\s+(?:show|series|drama|k-drama|film|movie|anime))?\s*,?\s*$",
    re.IGNORECASE,
)
# "..., who has previously worked on shows like X, Y and Z", "..., who directed X and Y,"
# ("X previously penned Y": without "who", an adverb of the past marks the other work)
_WHO_MADE = re.compile(
    r"(?<!\s)(?:,?\s+who\s+|,?\s+(?=(?:has\s+|had\s+)?(?:also\s+)?(?:previously|earlier|once|famously)\s))(?:has\s+|had\s+|is\s+|was\s+)?"
    r"(?:also\s+|previously\s+|earlier\s+|once\s+|famously\s+|most\s+recently\s+)?"
    r"(?P<verb>worked\s+on|directed|helmed|wrote(?:\s+for)?|penned|created|co-created|behind)\s+"
    # ("behind hit TV series including X", "directed episodes of X")
    r"(?:(?:the\s+|hit\s+|TV\s+|popular\s+|acclaimed\s+|several\s+|many\s+|drama\s+|film\s+|anime\s+){0,3}"
    r"(?:hits?|shows?|series|films?|movies?|dramas?|projects?|titles?|episodes\s+of)\s+)?(?:like\s+|such\s+as\s+|including\s+)?"
    # ("who previously created HBO's “Glass Orchard”": the network's possessive before the work)
    r"(?:(?-i:[A-Z])[\w+]*(?:\s(?-i:[A-Z])[\w+]*)?['’]s\s+(?=[“\"]))?"
)
# "..., who created sensations with works such as X, Y", "..., who has continued the myth of historical dramas with hits such
# as X", "directed by A, known for X, Y": works a relative clause or a "known for" lists, in the role of the verb or the cue
_WHO_HITS = re.compile(
    r"(?<!\s),?\s+(?:who\s+[^.;]{0,80}?\b" + WORK_NOUNS + r"\s+(?:such\s+as|like|including)"
    # ("who is known for his incredible work in X", "known for the visually striking and sensitively directed “X”")
    r"|(?:who\s+(?:is|was)\s+(?:best\s+|also\s+)?)?known\s+for\s+(?:(?:his|her|their)\s+(?:[a-z]+\s+)?(?:work|works)\s+(?:on|in)\s+|the\s+(?:[a-z\-]+\s+){0,6}?(?=[“\"])"
    # ("known for the dramas X (2019) and Y")
    r"|(?:the\s+)?(?:[a-z\-]+\s+){0,2}" + WORK_NOUNS + r"\s+(?:like\s+|such\s+as\s+|including\s+)?)?"
    r"(?:\d{4}['’]s\s+)?(?=[“\"]?[A-Z]))\s*"
)
# quoted titles in a row, commas inside the quotes and a year after each allowed ("“It’s OK, That’s Love” (2014) and “Our Blues”")
_QUOTED_ITEM = re.compile(r"[“\"](?P<title>[A-Z0-9][^”\"]{0,60}?)[,.]?[”\"](?:\s{0,3}\(\d{4}\))?(?P<sep>,\s{0,3}(?:and\s{1,3})?|\s{1,3}and\s{1,3}|\s{1,3}(?=[“\"]))?")
_WORK_DESCRIPTOR = re.compile(
    r"(?<![\w+\-])(?:the\s{1,3})?(?:[\w+\-]{1,30}\s{1,3}){0,3}?"
    r"(?:film|movie|series|drama|k-drama|show|sitcom|anime|miniseries|thriller|comedy)\s{1,3}(?=[“\"])",
    re.IGNORECASE,
)
# "director A and writer B, the duo behind X": a pair's earlier work, each in the role the sentence gives
_DUO_BEHIND = re.compile(r"^[^.;]{0,80}?,\s+the\s+(?:duo|pair|team|creative\s+team|minds?)\s+behind\s+(?:the\s+)?(?:hits?\s+|dramas?\s+|series\s+)?")
# "A of “X” fame": the work a person is known for, said after the name
_FAME = re.compile(r"(?<!\s)\s+of\s+[“\"‘']?(?P<title>[A-Z0-9][^”\"’,.;]{0,50}?)[”\"’']?\s+fame\b")
_MAKERS_OF = re.compile(r",\s(?:the\s)?(?P<role>(?:co-)?creators?|writers?|directors?|showrunners?|minds?)\s(?:behind|of)\s")
_WORKS_LEAD = re.compile(r"^(?:the\s+)?(?:[a-z\-]+\s+){0,3}?" + WORK_NOUNS + r"\s+(?:like|such\s+as|including)\s+")
_CREW_COLON = re.compile(r"\b(?P<role>directors|writers|screenwriters)\b[^.;:]{0,60}:\s*(?=(?-i:[A-Z]))", re.IGNORECASE)
_LIST_SPLIT = re.compile(r",\s*(?:and\s+)?|(?<!\s)\s+and\s+")
# ("My Love from the Tide": a small word inside a title)
_WORK = re.compile(r"[“\"‘']?(?P<title>[A-Z0-9][\w'’:!&.\-]*(?:\s(?:[A-Z0-9][\w'’:!&.\-]*|of|the|and|in|on|a|an|to|at|from|with|for|&)){0,6})[”\"’']?")


def role_from_words(words: str) -> str | None:
    """director or writer, from the verb of a crew credit ("will direct", "in charge of series composition")."""
    # ("is the animation director": another job, no credit as the show's director)
    found = re.search(r"\b(?<!animation )(?<!art )(?<!sound )(?<!unit )(?<!assistant )(?<!music )(?<!casting )(direct|helm)"
                      r"|\b(writ|wrote|pen|script|series composition|creat)", words, re.IGNORECASE)
    if not found:
        return None
    return "director" if found.group(1) else "writer"


def listed_works(rest: str) -> list[str]:
    """The titles a list right after "worked on shows like" names, up to the end of its clause."""
    rest = re.sub(r"(?<=\w)([”\"’']?)\s\((?:19|20)\d\d\)", r"\1", rest)  # ("Red Kite (2019) and Salt Road (2021)")
    rest = _WORKS_LEAD.sub("", rest, count=1)  # ("beloved healing dramas like “X”, “Y”")
    described = _WORK_DESCRIPTOR.match(rest)
    if rest[:1] in "“\"" or described:
        quoted: list[str] = []
        at = 0
        # ("the Netflix series “Red Kite” and the film “Salt Road”": each quoted work may come with what it is)
        while (item := _QUOTED_ITEM.match(rest, (d.end() if (d := _WORK_DESCRIPTOR.match(rest, at)) else at))) is not None:
            quoted.append(item.group("title").strip())
            if not item.group("sep"):
                break
            at = item.end()
        return [t for t in quoted if not no_work(t)]
    # ("Mr. Lantern": a title's abbreviation ends no clause; "A – whose credits include X and Y – would lead": a dash does)
    clause = re.split(r"(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)[.;()]|,\s(?!and\s)(?=[a-z])|\s(?:and|but)\s(?=[a-z])|\s[–—]\s", rest, maxsplit=1)[0]
    titles: list[str] = []
    for part in _LIST_SPLIT.split(clause):
        m = _WORK.fullmatch(part.strip(" ,"))
        if m is None:
            break
        title = m.group("title").rstrip(".,")
        if re.match(r"(?:Season|Series|Book|Part|Volume|Vol\.|Chapter|Episode)s?\s", title):
            break  # "who also helmed Book 1": a season of the page's show, which the credit rules read
        if not no_work(title):
            titles.append(title)
    return titles


# "Created by Red Kite mastermind A": the cue before the earlier work is the page's show's credit
_MADE_BY_WORKS = re.compile(
    r"\b(?i:created|directed|written|penned|helmed|developed)\s+by\s+(?:the\s+)?(?:[\w'’:&.!\-]+\s+){1,8}"
    r"(?i:mastermind|creator|co-creator|showrunner|scribe|writer|screenwriter|auteur|director|helmer|filmmaker)\s*$"
)


_OF_WORKS = re.compile(r"(?<!\s)\s{1,3}of\s{1,3}(?=[“\"])")
_FRONTED_CREDIT = re.compile(r"^\W{0,5}(?:helmed|directed|written|penned|created|scripted)\s+by\b", re.IGNORECASE)


def crew_work_claims(ctx: SentenceContext, text: str, names: list[Name], works: WorkBrackets) -> Iterator[tuple[int, Claim]]:
    """(name index, claim) for every work of another title the sentence credits to a director or writer."""
    listed = _CREW_COLON.search(text)
    team = WRITING_TEAM.search(text) is not None
    for k, name in enumerate(names):
        if listed is not None and name.start >= listed.end() and (k == 0 or names[k - 1].start < listed.end() or LIST_SEP.match(text[names[k - 1].end : name.start])):
            # ("has tapped three directors to helm episodes: A, B and C": the crew a colon lists)
            listed_role = "director" if listed.group("role").lower().startswith(("direct", "helm")) else "writer"
            for claim in credit_claims(ctx, name, listed_role):
                yield k, claim
        cue = _CUE_BEFORE.search(text, max(0, name.start - 40), name.start)
        cue_role = ("director" if cue.group("direct") else "writer") if cue else None
        role_before, works_before = crew_works_before(ctx, text[max(0, name.start - 80) : name.start])
        found: list[tuple[str, str]] = [(role_before, title) for title in works_before]
        if works_before and _MADE_BY_WORKS.search(text, max(0, name.start - 100), name.start):
            # ("Created by Red Kite mastermind A, this drama ...": the page's show is A's too)
            for claim in credit_claims(ctx, name, role_before):
                yield k, claim
        bracket = BRACKET_AFTER_NAME.match(ctx.text, name.end)
        if bracket is not None and bracket.start() in works.works:
            crew = CREW_AFTER_WORKS.match(ctx.text, bracket.end())
            # ("A (X, Y) was in charge of the series scripts": the role may come after the verb, in its clause)
            role = role_from_words(re.split(r"[.;,]", ctx.text[bracket.end() : bracket.end() + 80])[0]) if crew else (cue_role or ("writer" if team else None))
            if role:
                found += [(role, title) for title in works.works[bracket.start()]]
            if team and not crew and not cue_role:
                for claim in credit_claims(ctx, name, "writer"):  # (a member of the show's writing team writes it)
                    yield k, claim
        elif name.end in works.works and cue_role:
            found += [(cue_role, title) for title in works.works[name.end]]  # "director A, known for “X” and “Y”"
        made = _WHO_MADE.match(text, name.end)
        if made is not None:
            verb = made.group("verb").lower()
            role = cue_role if verb.startswith("worked") or verb == "behind" else role_from_words(verb)
            if role:
                found += [(role, title) for title in listed_works(text[made.end() :])]
        hits = _WHO_HITS.match(text, name.end)
        if hits is not None:
            role = role_from_words(hits.group()) or cue_role
            if role:
                found += [(role, title) for title in listed_works(text[hits.end() :])]
        if (makers := _MAKERS_OF.match(text, name.end)) is not None:
            # ("A and B, the creators of X": everyone the appositive closes made X)
            role = "director" if makers.group("role").startswith("direct") else "writer"
            first = k
            while first > 0 and LIST_SEP.match(text[names[first - 1].end : names[first].start]):
                first -= 1
            made_works = listed_works(text[makers.end() :])
            for j in range(first, k + 1):
                yield from ((j, ctx.claim(t, None, role, names[j].text, Modality("confirmed"))) for t in made_works
                            if not (ctx.main and same_title(t, ctx.main)))
                if ctx.main and any(same_title(t, ctx.main) for t in made_works):
                    # ("A, director of the upcoming tvN series “Copper Bells,” said ...": the page's own show)
                    yield from ((j, claim) for claim in credit_claims(ctx, names[j], role))
        if cue_role and (of := _OF_WORKS.match(text, name.end)) is not None:
            of_works = listed_works(text[of.end() :])
            found += [(cue_role, title) for title in of_works]  # ("director A of “X” and “Y”")
            if _FRONTED_CREDIT.match(text) and ctx.main and any(same_title(t, ctx.main) for t in of_works):
                # ("Helmed by director A of “X” and “Y,” “Glass Orchard” is ...": the fronted credit is the show's too)
                yield k, ctx.claim(ctx.main, ctx.target or 1, cue_role, name.text, Modality("confirmed"))
        if cue_role and (fame := _FAME.match(text, name.end)) is not None:
            found.append((cue_role, fame.group("title")))
        if cue_role and (duo := _DUO_BEHIND.match(text[name.end :])) is not None:
            found += [(cue_role, title) for title in listed_works(text[name.end + duo.end() :])]
        for role, title in found:
            if ctx.main and same_title(title, ctx.main):
                continue
            yield k, ctx.claim(title, None, role, name.text, Modality("confirmed"))
