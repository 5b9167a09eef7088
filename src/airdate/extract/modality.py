"""How much a sentence commits to a claim, from the sentence's own cues and their scope.

A sentence is cut into clauses (leading subordinate clauses, "but"/"while"/"because"
joins, ", with ..." and ", suggesting ..." tails). Negation and hedges count only in
the clause that holds the claim's trigger; attribution to sources ("sources say")
counts for the whole sentence; a leading "if ..." clause makes the rest conditional
and its own words are never a claim.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from airdate.extract.lexicon import PLATFORMS
from airdate.extract.title_words import title_cased

_DISCOURSE = r"(?:(?:however|and|but|so|also|yet|still|as a result|in this regard|that said|for now|currently|now),?\s+)*"
_LEADING_SUBORDINATE = re.compile(
    r"^" + _DISCOURSE + r"(?P<word>if|assuming|provided(?: that)?|once|unless|should|in case|while|whilst|although|though|"
    r"since|because|as|when|whether|even if|even though|despite|after|before|until|following|given|with)\b[^,;]*,\s*",
    re.IGNORECASE,
)
_JOINS = re.compile(
    r";\s+|,\s+(?=(?:but|while|whereas|although|though|yet|with|suggesting|hinting|meaning|implying|which|who|where|following|so)\b)"
    r"|,\s+(?=and\s+(?:there|it|he|she|they|we|i|you|the|this|its|a|an)\b)"
    # ", and Season 2 is ...", ", and production is expected ...": a new subject starts a new clause
    r"|,\s+(?=and\s+(?:[\w'’\-]+\s+){1,3}(?:is|are|was|were|has|have|had|will)\b)"
    r"|(?<!\s)\s+(?=(?:but|whereas|because|since|although)\s)|(?<!\s)\s+[—–]\s+",
    re.IGNORECASE,
)
_CONDITION_WORDS = re.compile(
    r"^" + _DISCOURSE + r"(?:if|assuming|provided|once|unless|should|in case|depending on|when and if)\b", re.IGNORECASE
)
_INNER_CONDITION = re.compile(r"(?:,\s*|\s)(?:especially |only |but only )?(?P<cond>(?:if|assuming|provided that|unless)\s[^,;]+)", re.IGNORECASE)
_NOT_A_CONDITION = re.compile(
    r"\b(?:if (?:we|i) (?:were|was) to|if you|as if|even if|if not|if any|if ever|if anything|if so|if only)\b", re.IGNORECASE
)

_IDIOMS = re.compile(
    r"\b(?:wasted? no time|no doubt|no strangers?|no secret|no surprise|not (?:surprising|a surprise)|not only|not just|nothing but|no wonder|not uncommon"
    r"|no matter|not afraid|(?:is|are)n['’]t afraid|can['’]t wait|couldn['’]t get enough|not all of|(?:this|that) (?:is|was)n?['’]?t all|(?:this|that) (?:is|was) not all|no less than|not to mention"
    r"|nothing short of|there['’]s no denying|doesn['’]t really|no longer a secret|(?:let['’]s|let us) not forget|not least"
    # "X isn't done yet: the drama has been renewed": a show not finished is one that goes on
    r"|(?:is|are)n['’]t (?:done|over|finished) yet|(?:is|are) not (?:done|over|finished) yet)\b",
    re.IGNORECASE,
)
_NEGATION = re.compile(
    r"\b(?:no|not|never|none|nothing|neither|nor|without|yet to|(?:is|are|remains?|still|currently) unknown|unconfirmed|unannounced|under wraps|failed to"
    r"|remains? (?:largely |mostly |entirely )?(?:speculative|a mystery|unclear|uncertain)|to be (?:announced|determined|confirmed|revealed)"
    r"|tba|tbd|nowhere|(?:is|are|remains?|still) (?:still )?pending)\b|n['’]t\b",
    re.IGNORECASE,
)
_REPORTED = re.compile(
    r"\b(?:sources?|insiders?|reports?|reported(?:ly)?|rumou?rs?|rumou?red|allegedly|according to|leak(?:ed|s)?"
    r"|scoop|tipster|word is|it is said|(?:is|are) said to|claims?|claimed that)\b",
    re.IGNORECASE,
)
# "reportedly", "allegedly", "is said to" hedge their own clause only ("Season 1 had 40 episodes, and Season 2 is reportedly ...")
_REPORT_ADVERB = re.compile(r"\b(?:reportedly|allegedly|rumou?red(?: to)?|(?:is|are) said to)\b", re.IGNORECASE)
_REPORTED_SENTENCE = re.compile(
    r"\b(?:sources?|insiders?|reports?|reported|rumou?rs?|according to|leak(?:ed|s)?|scoop|tipster|word is|it is said|claims?"
    r"|claiming that|claimed that"  # "a post claiming that Season 4 was greenlit": the claim is someone else's
    r"|reporting that|(?:is|are|was|were|been) reporting"  # "Variety is reporting that ...": a report, told in the present
    r"|(?:person|people|someone|those) (?:familiar with|close to)|familiar with the (?:matter|plans|production|show|project))\b",
    re.IGNORECASE,
)
_OFFICIAL_SOURCE = re.compile(
    r"\b[Aa]ccording to (?:the (?:network|streamer|studio|broadcaster|platform|official \w+)|official \w+"
    # "according to the anime's staff", "according to the show's official account": the makers themselves
    r"|the (?:anime|show|series|film|movie|drama|season)[’']s? (?:staff|official \w+|producers?|production company|creators?|showrunners?|studio|website)\b"
    # "according to showrunner X", "according to the show's co-creator X": the makers speak for themselves
    r"|(?:the\s+)?(?:(?:show|series)[’']s?\s+)?(?:director|showrunner|co-creator|creator|executive producer|star|lead actor|lead actress)\s+[A-Z]|(?:"
    + "|".join(re.escape(p) for p in sorted(PLATFORMS, key=len, reverse=True))
    + r")(?![\w+]))"
)
_SPECULATIVE = re.compile(
    r"\b(?:might|could|(?-i:may)(?! \d)|possibl[ey]|potential(?:ly)?|perhaps|maybe|conjecture|speculat\w*|guess\w*|we believe|i believe"
    r"|we think|i think|suggest(?:s|ing|ed)?|hint(?:s|ing)?|chances?|likelihood|probability|hopefully|who knows|would"
    r"|predict\w*|theor\w*|fingers crossed|unlikely|doubtful"
    # an actor offered a part, or in talks for it, has not taken it yet ("A has received an offer to star as B")
    r"|in talks|(?:received|receives|got) an offer|(?:has|have|had) been offered|reviewing (?:the|an|it|this) offer)\b",
    re.IGNORECASE,
)
_MID_CLAUSE_CAPITAL = re.compile(r"(?<=[a-z,] )[A-Z][a-z]+\b")
_CONFIRMED_THAT = re.compile(
    r"\b(?:confirmed|announced|revealed)\b[^.;]{0,80}?\bthat\b[^.;]{0,60}?\bwould\b"
    # "In February it was also confirmed X would be reprising his role"
    r"|\bit\s(?:was|has been|had been|is)\s(?:also\s|officially\s|now\s){0,2}(?:confirmed|announced|revealed)\s[^.;]{0,60}?\bwould\b",
    re.IGNORECASE,
)
_SCHEDULED = re.compile(r"\b(?:set to|set for|slated|scheduled|due (?:to|in|out|on))\b", re.IGNORECASE)
_ADJECTIVAL = re.compile(r"\b(?:highly|much|long|eagerly|most|hotly|widely|the|an?) (?:anticipated|awaited|expected)\b", re.IGNORECASE)
_LIKELY = re.compile(
    r"\b(?:expected|expects?|expecting|probably|likely|poised|anticipated|plans? to|planned|planning|should|on track"
    r"|(?:is|are) going to|aims? (?:to|for)|targeting|eyeing|promises?|tipped to|bound to)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Clause:
    start: int
    end: int
    condition: str | None  # the wording of the condition that governs this clause
    is_condition: bool  # this clause is itself the "if ..." part


@dataclass(frozen=True)
class Modality:
    modality: str
    condition: str | None = None
    scheduled_only: bool = False  # only "set to"/"slated": firm when the date is a day


def split_clauses(text: str) -> list[Clause]:
    """Clauses of one sentence, with the condition each is under."""
    clauses: list[Clause] = []
    pos = 0
    condition: str | None = None
    # leading subordinate clauses, possibly several ("However, if X, depending on Y, Z")
    while True:
        m = _LEADING_SUBORDINATE.match(text[pos:])
        if not m or m.end() >= len(text) - pos:
            break
        body = text[pos : pos + m.end()].rstrip(", ")
        is_cond = bool(_CONDITION_WORDS.match(body)) and not _NOT_A_CONDITION.search(body)
        if is_cond:
            word = re.search(r"\b(?:if|assuming|provided|once|unless|should|in case|depending on)\b", body, re.IGNORECASE)
            condition = body[word.start() :] if word else body
        clauses.append(Clause(pos, pos + len(body), None, is_cond))
        pos += m.end()
    rest_start = pos
    cuts = [rest_start] + [rest_start + m.start() for m in _JOINS.finditer(text[rest_start:]) if m.start() > 0] + [len(text)]
    for a, b in zip(cuts, cuts[1:]):
        if b <= a:
            continue
        segment = text[a:b]
        inner = _INNER_CONDITION.search(segment)
        if inner and not _NOT_A_CONDITION.search(inner.group()):
            cs = a + inner.start("cond")
            if cs > a:
                clauses.append(Clause(a, cs, condition or inner.group("cond").strip(), False))
            clauses.append(Clause(cs, b, None, True))
            continue
        clauses.append(Clause(a, b, condition, False))
    return clauses


def clause_at(clauses: list[Clause], position: int) -> Clause:
    for clause in clauses:
        if clause.start <= position < clause.end:
            return clause
    return clauses[-1]


# "The film, which was initially scheduled for August, boasts a cast of A and B"; "introducing the hero as the one
# who is not afraid": a relative clause hedges or denies only what it says itself
# ("a case where no body was found": a relative "where" too)
_RELATIVE = re.compile(r"\b(?:which|who|(?<=[a-z] )where)\s[^,;.()]{1,150}")
# the Japanese particle between two capitalised words of a romanised title ("Ramune Bin no Naka", "Kimi no Na wa")
_PARTICLE_NO = re.compile(r"(?<![\w-])([A-Z][\w\-]*) no(?= [A-Z])")


def _without_other_relatives(sentence: str, start: int, end: int, position: int) -> str:
    """The clause's words with the relative clauses that do not hold ``position`` blanked out."""
    words = sentence[start:end]
    for m in _RELATIVE.finditer(words):
        if not start + m.start() <= position < start + m.end():
            words = words[: m.start()] + " " * (m.end() - m.start()) + words[m.end() :]
    return words


# a negation word capitalised inside a name ("Spider-Man: No Way Home director A", "the novels Dead If You Don't,
# Dead At First Sight") denies nothing; a headline in title case capitalises its real negations too
_NEGATION_IN_TITLE = re.compile(r"(?<=[A-Za-z:] )(?:No|Not|Never|Nothing|None|(?:Don|Won|Can|Isn|Didn)['’]t)\b(?=\s(?-i:[A-Z])|[,;:]|$)")


def has_negation(text: str) -> bool:
    return bool(_NEGATION.search(_IDIOMS.sub(" ", text)))


def modality_at(sentence: str, position: int, clauses: list[Clause] | None = None) -> Modality | None:
    """The modality of a claim whose trigger sits at ``position``; ``None`` inside an "if" clause."""
    clauses = clauses if clauses is not None else split_clauses(sentence)
    clause = clause_at(clauses, position)
    if clause.is_condition:
        return None
    words = _PARTICLE_NO.sub(lambda m: m.group(1) + "   ", _without_other_relatives(sentence, clause.start, clause.end, position))
    if clause.condition:
        return Modality("conditional", clause.condition)
    if has_negation(words if title_cased(sentence) else _NEGATION_IN_TITLE.sub(" ", words)):
        return Modality("negated")
    outside_conditions = " ".join(sentence[c.start : c.end] for c in clauses if not c.is_condition)
    # "according to Hulu" / "a Netflix spokesperson said" is the official source itself, not a report
    outside_conditions = _OFFICIAL_SOURCE.sub(" ", outside_conditions)
    if _REPORT_ADVERB.search(words) or _REPORTED_SENTENCE.search(_REPORT_ADVERB.sub(" ", outside_conditions)):
        return Modality("reported")
    if _CONFIRMED_THAT.search(sentence[: clause.end]):
        words = re.sub(r"\bwould\b", " ", words)  # "X confirmed that the show would return": the future of a past report
    # ("stars Chance Perdomo", "with Will Arnett": a capitalised word inside a clause is a name, not a hedge)
    words = _MID_CLAUSE_CAPITAL.sub(" ", words)
    if _SPECULATIVE.search(words):
        return Modality("speculative")
    if _LIKELY.search(_ADJECTIVAL.sub(" ", words)):
        return Modality("expected")
    if _SCHEDULED.search(words):
        return Modality("expected", scheduled_only=True)
    return Modality("confirmed")
