"""FAQ answers that lean on their question: "Is there a trailer?" / "Not yet." says there is no trailer;
"Will there be a Season 3?" / "Nothing has been announced." says season 3 is not renewed. The answer has no
subject, season or attribute of its own, so it takes them from the question."""

from __future__ import annotations

import re
from collections.abc import Iterator

from airdate.extract.context import SentenceContext
from airdate.extract.modality import Modality
from airdate.models import Claim

_ANSWER_MARK = r"^\W{0,3}(?:A\s*:|Answer\s*:)?\s*"
_NO = re.compile(
    _ANSWER_MARK + r"(?:no\b|nope\b|not yet\b|not so far\b|not confirmed\b|not officially\b|not at (?:the moment|this time|the time of writing)\b"
    r"|none (?:yet|so far)\b|nothing (?:has been|is|was|yet)\b|(?:unfortunately|sadly),?\s+(?:no|not)\b|it['’]s (?:far )?too early\b)",
    re.IGNORECASE,
)
_YES = re.compile(_ANSWER_MARK + r"yes\b", re.IGNORECASE)
_COUNT = re.compile(
    _ANSWER_MARK + r"(?P<n>\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|sixteen|twenty)\b"
    r"(?:\s+episodes?)?\s*(?:[.,;]|$)",
    re.IGNORECASE,
)
_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
            "eleven": 11, "twelve": 12, "thirteen": 13, "sixteen": 16, "twenty": 20}
# what a question asks about, most specific first
_TOPICS = (
    ("trailer", re.compile(r"\b(?:trailers?|teasers?|PV|promos?|first look)\b", re.IGNORECASE)),
    ("episode_count", re.compile(r"\bhow many episodes\b", re.IGNORECASE)),
    ("renewal", re.compile(
        r"\b(?:renew\w*|another (?:season|series)|(?:a|an) (?:\w+ )?(?:season|series)\b|(?:season|series) \d{1,2} happening|come back|return)",
        re.IGNORECASE,
    )),
    ("premiere_date", re.compile(r"\b(?:release date|premiere date|air date|when\b|come out|premieres?)\b", re.IGNORECASE)),
    ("platform", re.compile(r"\b(?:where (?:can|to|will|do)|stream\w*|watch)\b", re.IGNORECASE)),
    ("cast_member", re.compile(r"\b(?:cast|who (?:is|are|will) (?:in|star|return))", re.IGNORECASE)),
)


def answer_claims(question: SentenceContext, answer: SentenceContext) -> Iterator[Claim]:
    """Claims the first sentence of an answer makes about what its question asks."""
    topic = next((name for name, pattern in _TOPICS if pattern.search(question.text)), None)
    if topic is None:
        return
    subject = question.subject(len(question.text) - 1)
    if not subject:
        return
    season = question.seasons[-1].season if question.seasons else answer.target
    if _NO.match(answer.text):
        value: object = {"renewed": False, "date": None, "event": None} if topic == "renewal" else None
        yield answer.claim(subject, season, topic, value, Modality("negated"))
    elif _YES.match(answer.text) and topic in ("renewal", "trailer"):
        value = {"renewed": True, "date": None, "event": None} if topic == "renewal" else "trailer released"
        yield answer.claim(subject, season, topic, value, Modality("confirmed"))
    elif topic == "episode_count" and (count := _COUNT.match(answer.text)):
        token = count.group("n").lower()
        yield answer.claim(subject, season, topic, int(token) if token.isdecimal() else _NUMBERS[token], Modality("confirmed"))
