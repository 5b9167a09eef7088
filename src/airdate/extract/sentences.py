"""Body text to sentences with character spans, skipping boilerplate spans.

Hand-written rather than a tokenizer library (nltk punkt, spaCy) because quotes
must stay exact substrings of the page and because page lines without terminal
punctuation are headings here, which those libraries glue onto the next sentence.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from airdate.models import Document

_BOUNDARY = re.compile(r"(?<![.!?…])[.!?…]+[\"”’')\]]*\s+")
_TERMINAL = re.compile(r"[.!?…:;,]['\"”’)\]]*$")
_LIST_MARK = re.compile(r"^(?:[•\-*–▪►]|\d{1,3}[.)])\s+")
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr st jr sr vs etc inc ltd co no vol ep feat approx dept est gen gov sen rep prof u.s u.k e.g i.e a.m p.m"
    " jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
_NAME_TITLES = frozenset("mr mrs ms dr prof".split())
MAX_HEADING_WORDS = 16
# Lines of a list without bullets: "Ana Ruiz as Mara Vell, the smuggler", "Platform: Hulu", "Renewed? Not yet",
# "Mara Vell (Ana Ruiz)", "Ana Ruiz – Mara Vell". Only inside a block of such lines; a lone line is a heading.
_ITEM_SHAPE = re.compile(
    r"^[A-ZÀ-ɏ][\w'’.\-]*(?:\s[A-ZÀ-ɏ][\w'’.\-]*){0,4}\s(?:as|plays|voices|is|[–—-])\s\S"
    r"|^[A-Z][\w'’\-]*(?:\s[\w'’\-]+){0,3}\s?[:?]\s+\S"
    r"|^[A-Z][\w'’.\-]*?(?:\s[A-Z][\w'’.\-]*?){0,3}(?:\.{3}|…)\s?[A-Z]"  # "Hannah... Nicola Walker"
    r"|^[A-Z][\w'’.\-]*(?:\s[A-Z][\w'’.\-]*){0,4}\s\([A-Z][^()]{1,60}\)"
    r"|^[A-Z][\w'’.\-]*(?:\s[A-Z][\w'’.\-]*){0,4}\s\(\d{1,3}\)\s(?:as|plays|voices)\s"  # "Kim Rave (24) as X"
    # "Unit Commander, Mara Vell: voiced by A", "Mara Vell (voiced by A)": a voice-cast line names its actor after "by"
    r"|^[A-ZÀ-ɏ][^:()–—.]{0,60}?(?::|\s[–—-]|\s\()\s?(?:voiced|played|portrayed)\sby\s[A-ZÀ-ɏ]"
)
_ACTOR_AS_ROLE = re.compile(r"^[A-ZÀ-ɏ][\w'’.\-]*(?:\s[A-ZÀ-ɏ][\w'’.\-]*){0,4}\s(?:as|plays|voices)\s[A-ZÀ-ɏ][^\s]*(?:\s\S+){0,5}$")
# "Reina Holt as Mara Vell, the smuggler who ...": an actor as a role at the head of a line, whatever follows
_ROLE_LINE = re.compile(r"^[A-ZÀ-ɏ][\w'’.\-]*(?:\s[A-ZÀ-ɏ][\w'’.\-]*){1,3}\s(?:as|voices)\s[A-ZÀ-ɏ][\w'’.\-]*(?:\s[A-ZÀ-ɏ][\w'’.\-]*){0,3}(?:[,.(]|\s[–—-]\s|$)")
# a page's headline is often longer than a section heading ("X Season 2 Adds Four Series Regulars, Sets ...")
MAX_HEADLINE_WORDS = 30


@dataclass(frozen=True)
class Sentence:
    """One sentence (or heading line) of the body, with its exact span in the document text."""

    text: str
    start: int
    end: int
    heading: str | None  # the heading of the section the sentence sits in
    is_heading: bool = False
    paragraph: int = 0
    index_in_paragraph: int = 0
    is_item: bool = False  # a line of a list or a fact box, read whole
    under_headline: bool = False  # no section heading yet: ``heading`` is the page's headline


    @property
    def is_question(self) -> bool:
        return self.text.rstrip("\"”’') ").endswith("?")


# "Go! Go! Loser Ranger!": a capitalised word, an exclamation mark and another capitalised word, said twice on a
# page, belong to a name; a sentence that ends in "!" rarely repeats its last word and the next one's first
_MARKED_PAIR = re.compile(r"(?<![\w!])([A-Z][\w'’\-]*)!\s(?=([A-Z][\w'’\-]*))")


def _marked_names(text: str) -> frozenset[str]:
    pairs = Counter(f"{m.group(1)}! {m.group(2)}" for m in _MARKED_PAIR.finditer(text))
    return frozenset(pair for pair, count in pairs.items() if count >= 2)


def _split_line(line: str, marked: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """Sentence spans inside one line (never inside a ``marked`` name: "Go! Go")."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(line):
        end = match.end()
        if end >= len(line):
            break
        following = line[end]
        if not (following.isupper() or following.isdigit() or following in "\"“‘'(•"):
            continue
        if match.group().strip() == "!" and marked:
            pair = _MARKED_PAIR.match(line, line.rfind(" ", 0, match.start()) + 1)
            if pair and f"{pair.group(1)}! {pair.group(2)}" in marked:
                continue
        before = line[start : match.start()].split()
        last = before[-1].lower().strip("(\"“") if before else ""
        if last.rstrip(".") in _NAME_TITLES and len(before) >= 2 and before[-2].lower() in ("the", "a"):
            pass  # "returns as The Prof. Ivo Sarr plays ...": a title the article takes is a noun, which may end a sentence
        elif last.rstrip(".") in _ABBREVIATIONS or (len(last) == 1 and last.isalpha()) or re.fullmatch(r"(?:[a-z]\.)+[a-z]\.?", last):
            continue  # "D.P. Dog's Day", "the U.S. premiere": initials end no sentence
        text_end = match.end() - (len(match.group()) - len(match.group().rstrip()))
        spans.append((start, text_end))
        start = end
    if start < len(line):
        spans.append((start, len(line.rstrip())))
    return [(s, e) for s, e in spans if line[s:e].strip()]


def split_sentences(document: Document) -> list[Sentence]:
    """Every sentence and heading line of the document's body, in order."""
    text = document.text
    marked = _marked_names(text)
    sentences: list[Sentence] = []
    heading: str | None = None
    headline = False
    paragraph = 0
    for body_start, body_end in document.body_spans():
        pos = body_start
        lines = text[body_start:body_end].split("\n")
        items = _item_lines(lines)
        for number, raw in enumerate(lines):
            line_start = pos
            pos += len(raw) + 1
            stripped = raw.strip()
            if not stripped:
                paragraph += 1
                continue
            offset = line_start + (len(raw) - len(raw.lstrip()))
            mark = _LIST_MARK.match(stripped)
            if mark:
                offset += mark.end()
                stripped = stripped[mark.end() :]
            if not stripped:
                continue
            # a numbered line without end punctuation is a list heading ("3. Cold Meridian Season 3 (Max)")
            numbered = mark is not None and mark.group()[0].isdigit()
            if number in items:
                sentences.append(Sentence(stripped, offset, offset + len(stripped), heading, False, paragraph, 0, True, headline))
                continue
            flattened = flattened_cast_items(stripped)
            if flattened:
                for s, e in flattened:
                    sentences.append(Sentence(stripped[s:e], offset + s, offset + e, heading, False, paragraph, 0, True, headline))
                paragraph += 1
                continue
            limit = MAX_HEADLINE_WORDS if not sentences else MAX_HEADING_WORDS
            if len(stripped.split()) <= limit and not _TERMINAL.search(stripped) and (not mark or numbered):
                heading = stripped
                headline = not sentences
                sentences.append(Sentence(stripped, offset, offset + len(stripped), heading, True, paragraph, 0, False, headline))
                paragraph += 1
                continue
            for k, (s, e) in enumerate(_split_line(stripped, marked)):
                sentences.append(Sentence(stripped[s:e], offset + s, offset + e, heading, False, paragraph, k, False, headline))
            paragraph += 1 if mark else 0
    return sentences


def _item_lines(lines: list[str]) -> set[int]:
    """Indexes of the lines that are items of an unbulleted list: two or more lines in a row, unterminated
    and shaped like an item."""
    items: set[int] = set()
    for k, line in enumerate(lines):
        stripped = _LIST_MARK.sub("", line.strip())
        if stripped and _ROLE_LINE.match(stripped) and any(
            _ROLE_LINE.match(_LIST_MARK.sub("", n)) or glued_first_item(n)
            for n in [lines[j].strip() for j in (k - 1, k + 1) if 0 <= j < len(lines)] + _spaced_neighbours(lines, k)
        ):
            # "Reina Holt as Mara Vell, the smuggler with a past.", then "Obi Lanre as Tomas Vell, ...": a cast list whose
            # items are whole sentences is a list all the same
            items.add(k)
            continue
        if not stripped or _TERMINAL.search(stripped) or not _ITEM_SHAPE.match(stripped):
            continue
        neighbours = [lines[j].strip() for j in (k - 1, k + 1) if 0 <= j < len(lines)]
        if any(n and not _TERMINAL.search(n) for n in neighbours):
            items.add(k)
        elif any(_ITEM_SHAPE.match(_LIST_MARK.sub("", n)) and not _TERMINAL.search(n) for n in _spaced_neighbours(lines, k)):
            # "Gabriel Ruiz as Peter Vell", a blank line, "Lucia Bell as Rose Marr": a list with a line between items
            items.add(k)
        elif _ACTOR_AS_ROLE.match(stripped) and any(
            _ACTOR_AS_ROLE.match(_LIST_MARK.sub("", lines[j].strip())) and not _TERMINAL.search(lines[j].strip())
            for j in (k - 2, k + 2) if 0 <= j < len(lines)
        ):
            # "John Cho as Spike", a line describing Spike, "Mustafa Shakir as Jet": a cast list with a blurb under each
            items.add(k)
    return items


def glued_first_item(sentence: str) -> int | None:
    """Where the introduction ends in "Here's who's likely to be back: A as B, the ...", a list whose first item
    shares its introduction's line; None for any other sentence."""
    colon = sentence.find(": ")
    if colon < 0 or not _ROLE_LINE.match(sentence[colon + 2 :]):
        return None
    return colon + 1


def _spaced_neighbours(lines: list[str], k: int) -> list[str]:
    """The nearest lines before and after line ``k`` across one blank line."""
    out = []
    for step in (-1, 1):
        j = k + step
        if 0 <= j < len(lines) and not lines[j].strip() and 0 <= j + step < len(lines):
            out.append(lines[j + step].strip())
    return out


_WORD = re.compile(r"\S+")


def flattened_cast_items(line: str) -> list[tuple[int, int]] | None:
    """The items of a cast list whose line breaks were lost ("A B as C D E F as G H I and J K as L M"): each
    run between two "as" holds one role and the next actor, who is its last two words (or the pair joined by
    "and"). Spans of "actor as role" items, or None for any other line."""
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(line)]
    cuts = [k for k, (_, _, w) in enumerate(words) if w == "as"]
    if len(cuts) < 3 or len(words) > 120 or re.search(r"[.!?;:,]", line.rstrip(".")):
        return None
    if not all(w[0].isupper() or w == "and" for k, (_, _, w) in enumerate(words) if k not in cuts):
        return None
    starts = [0]
    for a, b in zip(cuts, cuts[1:]):
        run = list(range(a + 1, b))
        joined = [k for k in run if words[k][2] == "and"]
        actor = joined[-1] - 1 if joined else b - 2
        if actor <= a + 1 or b - actor > 4:
            return None  # the role needs a word, and an actor no more than four
        starts.append(actor)
    if len(words) - cuts[-1] - 1 < 1 or cuts[0] == 0:
        return None
    ends = [words[k - 1][1] for k in starts[1:]] + [words[-1][1]]
    return [(words[k][0], end) for k, end in zip(starts, ends)]
