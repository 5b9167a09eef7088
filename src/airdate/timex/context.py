"""What the words around an expression say about it: tense and hedging.

Both look only inside the expression's sentence, at a bounded number of tokens, so
they cost O(sentence) per expression at worst.
"""

from __future__ import annotations

from airdate.timex.atoms import FUTURE, PAST
from airdate.timex.tokens import Token

FUTURE_WORDS = {
    "will", "ll", "shall", "going", "set", "slated", "scheduled", "expected", "expect", "expects",
    "expecting", "planned", "plans", "plan", "planning", "hopes", "hope", "hoping", "aims", "aim",
    "aiming", "targeting", "target", "eyeing", "upcoming", "coming", "returns", "return",
    "premieres", "premiere", "debuts", "lands", "arrives", "arrive", "hits", "opens", "begins",
    "begin", "starts", "start", "starting", "runs", "launches", "drops", "streams", "airs",
    "could", "might", "may", "would", "should", "can", "pencilled", "penciled", "tentatively",
    "due", "await", "awaiting", "wait", "ahead", "dated", "poised", "tipped", "follow", "follows",
    "reconvene", "resume", "resumes", "continue", "continues", "roll", "go", "goes", "releasing",
    "lands", "arrives", "comes", "come", "returning", "premiering", "debuting", "airing", "if",
    "hopefully", "until", "till", "deliver", "conclude", "concludes", "heading", "headed", "bound",
}
PAST_WORDS = {
    "was", "were", "had", "did", "ago", "began", "shot", "went", "came", "took", "ran", "wrote",
    "made", "saw", "got", "held", "left", "won", "broke", "brought", "said", "told", "since",
    "already", "back", "earlier", "last", "previously", "once", "been", "became", "grew", "hit",
    "led", "met", "sold", "greenlit", "lit", "shot", "wound", "begun", "written", "done", "spent", "stood", "thought", "wore", "gave", "felt", "fell", "drew", "rose",
    "wasn", "weren", "didn", "hadn",
}
# words before a verb that make it an infinitive or a modal's verb: "set to hit theatres", "will shot"
NON_PAST_BEFORE = {"to", "will", "ll", "would", "could", "might", "may", "should", "can", "must", "shall"}
# "got his start", "made its return": after a possessive these are nouns, not verbs
POSSESSIVES = {"his", "her", "their", "its", "my", "our", "your"}
_NOUN = "noun"
EVENT_NOUNS = {"premiere", "return", "debut", "start", "plan", "finale", "launch", "release"}
NOT_PAST_ED = {"expected", "scheduled", "slated", "planned", "dated", "pencilled", "penciled",
               "tipped", "poised", "rumored", "rumoured", "reported", "speed", "need", "indeed",
               "proceed", "red", "bed", "wed", "shed", "led", "fed", "hundred", "based", "titled",
               "called", "named", "renewed", "confirmed", "announced", "delayed", "pushed", "moved"}
# a past participle after have/has/had/was/... reads past; these do only with such a helper
PAST_HELPERS = {"has", "have", "had", "was", "were", "been", "being"}

HEDGE_WORDS = {
    "might", "could", "may", "should", "likely", "expected", "expect", "expects", "expecting",
    "hopes", "hope", "hoping", "aims", "aiming", "targeting", "eyeing", "tentatively", "pencilled",
    "penciled", "sometime", "reportedly", "sources", "source", "insiders", "rumored", "rumoured",
    "rumor", "rumour", "rumors", "potential", "potentially", "possibly", "possible", "probably",
    "presumably", "estimated", "anticipated", "speculated", "reports", "report", "perhaps",
    "hopefully", "tipped", "suggests", "suggesting", "hinting", "hints", "predicted", "predict",
    "guess", "guessing", "conjecture", "maybe", "would",
}
HEDGE_PHRASES_AFTER = {("at", "the", "earliest"), ("seems", "likely"), ("is", "likely"), ("is", "expected"),
                       ("seem", "likely"), ("looks", "likely")}
# "Deadline reported Tuesday": a date right after a reporting verb dates the report, not the claim
REPORTING = {"reported", "reports", "said", "announced", "confirmed", "revealed", "told"}


def tense_of(tokens: list[Token], first: int, last: int, sentence: tuple[int, int]) -> str | None:
    """future / past / None from the nearest tense word before the expression in its sentence."""
    start, end = sentence
    k = first - 1
    steps = 0
    weak: str | None = None
    participle = False
    while k >= 0 and tokens[k].start >= start and steps < 40:
        verdict = _word_tense(tokens, k)
        if verdict == _NOUN:
            weak = weak or FUTURE
        elif verdict == FUTURE and tokens[k].start == start and tokens[k].low.endswith("ing"):
            # "Premiering in 2018, the show stars ...": an opening participle looks neither ahead nor back
            return None
        elif verdict == FUTURE and _bare_participle(tokens, k, start):
            participle = True  # "filming happened fast, starting in August 2022": the clause's own verb decides
        elif verdict == FUTURE and _past_plan(tokens, k, start):
            return None  # "it was supposed to hit theaters in March 2024": a plan that was, not a date ahead
        elif verdict:
            return verdict
        k -= 1
        steps += 1
    after = _tense_after(tokens, last, end)
    if weak or participle:
        # "for a premiere in late 2025": only an event noun or a participle, which mostly look ahead, unless the
        # clause's verb after the date looks back ("Upon its premiere in January 2016, the show opened to ...")
        return PAST if weak and after == PAST else FUTURE
    return after


# words that end the clause an expression sits in: a verb past them is another clause's
_CLAUSE_ENDS = {",", ";", "while", "whereas", "but", "although", "though", "(", ")"}


def _tense_after(tokens: list[Token], last: int, end: int) -> str | None:
    """The tense of the first tense word after the expression, within its clause ("in 2015, it surpassed": the
    comma after a fronted date still belongs to it)."""
    k = last
    steps = 0
    while k < len(tokens) and tokens[k].end <= end and steps < 12:
        if tokens[k].low in _CLAUSE_ENDS and steps > 1:
            return None
        verdict = _word_tense(tokens, k)
        if verdict == _NOUN:
            return FUTURE
        if verdict:
            return verdict
        k += 1
        steps += 1
    return None


_MOVED = {"delayed", "pushed", "moved", "postponed", "shifted", "rescheduled", "bumped"}
_PLAN_WORDS = {"supposed", "meant", "set", "slated", "scheduled", "planned", "expected", "due", "going", "originally",
               "initially", "previously", "once"}


def _past_plan(tokens: list[Token], k: int, start: int) -> bool:
    """A plan told in the past ("was supposed to", "had been slated to", "was originally set to"): what it planned
    may have come and gone, so its date bounds nothing."""
    j = k - 1
    plan = tokens[k].low in _PLAN_WORDS
    while j >= 0 and tokens[j].start >= start and k - j <= 5:
        word = tokens[j].low
        if word in {"was", "were", "had"} and plan:
            return True
        if word in _PLAN_WORDS or word in {"to", "been", "be"}:
            plan = plan or word in _PLAN_WORDS
            j -= 1
            continue
        return False
    return False


def _bare_participle(tokens: list[Token], k: int, start: int) -> bool:
    """An -ing form that opens a clause after a comma or "and" ("..., starting in May and officially releasing in
    June"), with no helper of its own: it takes its tense from the verb it hangs on."""
    if not tokens[k].low.endswith("ing"):
        return False
    j = k - 1
    while j >= 0 and tokens[j].start >= start and tokens[j].low.endswith("ly") and len(tokens[j].low) > 3:
        j -= 1
    return j >= 0 and tokens[j].start >= start and tokens[j].low in {",", "and"}


# "may have used", "could have aired": a modal with "have" looks back, not ahead ("will have" stays future)
PERFECT_MODALS = {"may", "might", "could", "would", "should", "must", "can"}


def _word_tense(tokens: list[Token], k: int) -> str | None:
    word = tokens[k].low
    previous = tokens[k - 1].low if k > 0 else ""
    if word == "won" and k + 2 < len(tokens) and tokens[k + 1].low in {"'", "’"} and tokens[k + 2].low == "t":
        return FUTURE  # "won't be released until 2024"
    if word in EVENT_NOUNS and (previous in POSSESSIVES or previous in {"the", "a", "season"} or previous.isdecimal()):
        return _NOUN  # "the Season 3 premiere in March", "got his start in 1992": a verb further back decides
    if word.endswith("ing") and word in FUTURE_WORDS and (previous in POSSESSIVES or previous == "the"):
        return _NOUN  # "with the airing of its 139th episode on March 29, 2015, it surpassed ...": a gerund, no verb
    if previous in {"since", "after"} and word.endswith("ing") and word in FUTURE_WORDS:
        return PAST  # "since debuting in 2021", "after premiering in May"
    if previous in NON_PAST_BEFORE and word in PAST_WORDS:
        return FUTURE  # "set to hit theatres in 2026": a bare verb, not a past form
    if previous == "be" and len(word) > 4 and word.endswith("ed"):
        return None  # "will be released on": the passive's helper decides, further back
    if word in PERFECT_MODALS and _have_after(tokens, k):
        return PAST
    moved_back = word == "back" and any(tokens[j].low in _MOVED for j in range(max(0, k - 4), k))
    if (word in _MOVED or moved_back) and k + 1 < len(tokens) and tokens[k + 1].low in {"to", "until"}:
        return FUTURE  # "pushed back to June 20", "delayed to 2027": the new date is still ahead
    if word == "back" and k > 0 and tokens[k - 1].low in FUTURE_WORDS:
        return FUTURE  # "comes back on", "returns back": a phrasal verb of returning, not the past
    if word in {"until", "till"} and any(tokens[j].low not in {"until", "till"} | PERFECT_MODALS and _word_tense(tokens, j) == PAST for j in range(max(0, k - 8), k)):
        return PAST  # "deferred until the second half of 2019", "ran for six years, until 2011": the waiting is over
    if word == "followed" and k + 1 < len(tokens) and tokens[k + 1].low == "by":
        return None  # "a premiere on May 2, followed by weekly episodes": an order of events, not the past
    if word == "dated":  # "dated for May" schedules; "a press release dated April 12" is past
        return FUTURE if k + 1 < len(tokens) and tokens[k + 1].low == "for" else PAST
    if word == "due" and k + 2 < len(tokens) and tokens[k + 1].low == "to" and (
            tokens[k + 2].low in {"the", "a", "an", "its", "their", "his", "her", "this", "that"} or tokens[k + 2].low[:1].isdecimal()):
        return None  # "delayed due to the 2023 strike": a cause, not a schedule
    if word in FUTURE_WORDS:
        return FUTURE
    if word in PAST_WORDS:
        return PAST
    if len(word) > 4 and word.endswith("ed") and not word.endswith("eed"):
        if word in NOT_PAST_ED:
            if word in {"confirmed", "announced", "reported", "rumored", "rumoured"} and k + 2 < len(tokens) \
                    and tokens[k + 1].low == "to" and tokens[k + 2].low != "be":
                return FUTURE  # "is confirmed to release on March 20": the release is ahead
            if word in {"renewed", "confirmed", "announced", "delayed", "pushed", "moved", "reported", "rumored", "rumoured"}:
                helper = tokens[k - 1].low if k > 0 else ""
                return None if helper in {"be", "been", "being", "is", "are", "to", "get"} else PAST
            return FUTURE if word in {"expected", "scheduled", "slated", "planned", "dated", "pencilled", "penciled", "tipped", "poised"} else None
        return PAST
    return None


def _have_after(tokens: list[Token], k: int) -> bool:
    after = [t.low for t in tokens[k + 1:k + 3]]
    return after[:1] == ["have"] or (len(after) == 2 and after[0] in {"'", "’"} and after[1] == "ve")


def is_hedged(tokens: list[Token], first: int, last: int, sentence: tuple[int, int]) -> bool:
    """Whether the timing claim is qualified (modal, attribution, approximation, disjunction)."""
    start, end = sentence
    k = first - 2 if first > 1 and tokens[first - 1].low in {"on", "in"} else first - 1
    if k >= 0 and tokens[k].low in REPORTING:
        return False
    k = first - 1
    steps = 0
    while k >= 0 and tokens[k].start >= start and steps < 40:
        if tokens[k].low in HEDGE_WORDS:
            return True
        if tokens[k].low == "some" and k + 1 < len(tokens) and tokens[k + 1].low in {"point", "time"}:
            return True
        if tokens[k].low == "as" and k + 1 < len(tokens) and tokens[k + 1].low in {"early", "soon"} and first - k <= 4:
            return True
        if tokens[k].low in {"around", "about", "roughly", "approximately", "circa"} and first - k <= 3:
            return True
        k -= 1
        steps += 1
    after = tuple(t.low for t in tokens[last:last + 3] if t.end <= end)
    for phrase in HEDGE_PHRASES_AFTER:
        if after[: len(phrase)] == phrase:
            return True
    return False
