"""Page furniture in plain-text pages: teasers, "Also Read", bios, tables of contents.

``find_boilerplate(text)`` returns the character spans of ``text`` that are
furniture, so extraction can skip them while quotes stay verbatim.

The rules look at line shape only (truncated "..." teasers, marker lines such as
"Also Read" or "Continue reading" and the off-topic headlines after them, author
bios, doubled caption lines, breadcrumbs); no site or show is named. HTML pages go
through trafilatura first, which drops most furniture; these rules catch what is
left in flattened text. Hand-written because the boilerplate libraries we have
(trafilatura, jusText-style scorers) need the HTML tree, and here only text is left.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

# Lines that announce furniture: everything that follows them until the page's own
# topic comes back is teasers or links.
_MARKER = re.compile(
    r"^\W{0,3}(?:also read|read also|read more|more from this|continue reading|recommended(?: reads?| for you| stories| articles)?"
    r"|related(?: posts?| articles?| stories| news| reads?)?|you (?:may|might) also like|trending(?: now| stories)?"
    r"|more (?:stories|news|articles)|popular (?:posts|stories|now)|latest (?:news|posts|stories)|must read|don'?t miss"
    r"|up next|see also|further reading|more from|most (?:popular|read|viewed|shared))\b",
    re.IGNORECASE,
)
_MARKER_THEN_TEASER = re.compile(r"^\W{0,3}(?:also read|read also|read more|see also|must read|don'?t miss)\s?[|:–—-]", re.IGNORECASE)
# Single lines that are furniture in themselves ("Written by | A |" is a fact box's row, no byline).
_SINGLE = re.compile(
    r"^\W{0,3}(?:table of contents|contents\b|get notified|sign up|subscribe|follow us|share (?:this|on)|click here"
    r"|advertisement|sponsored|image (?:source|credit)|photo(?: credit)?:|credit:|source\s?[:–—|]|via:|(?:a )?still from |screenshot from |more about |posted by |written by (?![^|\n]{0,200}\|)|by [A-Z]\w+ [A-Z]\w+$"
    r"|home\s*[»>/|]|(?-i:Home[A-Z])|tags?:|filed under|leave a (?:comment|reply)|\d+ comments?\b|about the author)",
    re.IGNORECASE,
)
_BIO_CUE = re.compile(
    r"\b(?:i am a|i'm a|hello i am|hi i am|is a (?:writer|journalist|blogger|content writer|freelance|staff writer|contributor|editor)"
    r"|is an? (?:\w+ ){0,2}(?:reporter|writer|journalist|critic|editor)\b|covering (?:\w+ ){0,2}(?:tv|television|film|comedy|streaming)"
    # ("Shinichi Inotsume is in charge of series composition": a show's staff, not the page's author)
    r"|has always been a fan|years? (?:of )?experience|loves? to write|is (?:now )?in charge of (?:the )?(?:\w+ )?(?:desk|section|coverage|content|news|editorial)"
    r"|writes about|covers (?:tv|film|entertainment)"
    r"|covers (?:\w+ ){0,2}(?:tv|television|film|entertainment|streaming)|this (?:article|post|piece) was written by"
    # ("a former soldier who graduated from the Naval Academy" describes a character: an author graduates with a degree)
    r"|graduated\b[^.;]{0,60}?\b(?:university|college|degree|journalism|school of)|holds a degree|when (?:she|he|they) (?:is|are)n'?t writing"
    # ("serves as writer and executive producer": a show's credit has no article)
    r"|serves as (?:(?:a |the )(?:senior |contributing |staff )?(?:content producer|editor|writer|reporter|correspondent)"
    r"|(?:senior |contributing |staff )?(?:content producer|editor|reporter|correspondent)|(?:senior |contributing |staff )writer))",
    re.IGNORECASE,
)
_TERMINAL = re.compile(r"[.!?…]['\"”’)]*$")
_ELLIPSIS = re.compile(r"(?:\.\.\.|…)['\"”’)]*$")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*")
_CAPTION_WORD = re.compile(r"\b(?:image|photo|picture|poster|still|screenshot|credit|courtesy|getty)\b", re.IGNORECASE)
# "... in New York City on June 13, 2019. File Photo by Jane Roe/UPI": a photo's caption, credited at its end
_PHOTO_CREDIT = re.compile(
    r"(?:\b(?:photos?|images?|pictures?)\s{1,3}(?:by|courtesy of|credit:?)\s[^.\n]{1,80}"
    r"|\((?:photos?|images?|credit):[^()\n]{1,80}\)|\((?:photos?|images?|pictures?)\s(?:via|from|courtesy(?: of)?|credit)\s[^()\n]{1,80}\)"
    r"|/\s{0,2}(?:Getty Images|UPI|AP|Reuters|Shutterstock|Netflix|AFP))\W{0,3}$",
    re.IGNORECASE,
)
_LIST_MARK = re.compile(r"^\s*(?:[•\-*–]|\d{1,3}[.)])\s+")

# Capitalised words that say nothing about which show a page is about.
_GENERIC = frozenset(
    """the a an and of in on at to for with from by is are was be season seasons release date dates cast trailer
    news story plot where watch what when who how why will new episode episodes part netflix update updates
    everything know we you our your it its this that all""".split()
)


@dataclass(frozen=True)
class _Line:
    start: int
    end: int
    text: str  # stripped

    @property
    def words(self) -> int:
        return len(self.text.split())


def _lines(text: str) -> list[_Line]:
    lines: list[_Line] = []
    pos = 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            lines.append(_Line(pos + lead, pos + lead + len(stripped), stripped))
        pos += len(raw) + 1
    return lines


def _headline_like(line: _Line) -> bool:
    return line.words <= 16 and not _TERMINAL.search(line.text)


def _topic_words(lines: list[_Line]) -> set[str]:
    """The capitalised words the page keeps repeating: its own subject's name, roughly."""
    counts: Counter[str] = Counter()
    for line in lines:
        for match in _WORD.finditer(_LIST_MARK.sub("", line.text)):
            word = match.group()
            if word[0].isupper() and word.lower() not in _GENERIC and len(word) > 1:
                counts[word.lower()] += 1
    if not counts:
        return set()
    top = counts.most_common(1)[0][1]
    return {w for w, n in counts.most_common(4) if n >= max(3, 0.6 * top)}


def _on_topic(line: _Line, topic: set[str]) -> bool:
    if not topic:
        return False
    words = {w.lower() for w in _WORD.findall(line.text)}
    need = 1 if len(topic) == 1 else 2
    return len(words & topic) >= need


def _name_like(text: str) -> bool:
    words = _LIST_MARK.sub("", text).split()
    return 1 < len(words) <= 4 and all(w[:1].isupper() for w in words) and not _TERMINAL.search(text)


def find_boilerplate(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of ``text`` that are page furniture rather than the article."""
    lines = _lines(text)
    if not lines:
        return ()
    topic = _topic_words(lines)
    furniture: set[int] = set()

    for i, line in enumerate(lines):
        bare = _LIST_MARK.sub("", line.text)
        if _ELLIPSIS.search(line.text) and line.words <= 60:
            furniture.add(i)  # truncated teaser headline or snippet
            continue
        if _SINGLE.match(bare) and line.words <= 40:
            furniture.add(i)
            continue
        if line.words <= 80 and _PHOTO_CREDIT.search(line.text[-120:]):
            furniture.add(i)
            continue
        # (the page's first line is its headline, "X: New Image of Y", unless a caption word opens it: "Photo: Netflix")
        if _headline_like(line) and _CAPTION_WORD.search(line.text) and line.words <= 10 and (i > 0 or _CAPTION_WORD.match(line.text)):
            furniture.add(i)
            continue
        if i + 1 < len(lines) and lines[i + 1].text.startswith(line.text) and line.words <= 20 and _PHOTO_CREDIT.search(lines[i + 1].text[-120:]):
            furniture.add(i)  # "X as Y in Z." over "X as Y in Z. (Image via Network)": a caption and its credited copy
            continue
        if i + 1 < len(lines) and lines[i + 1].text == line.text and _headline_like(line):
            if lines[i + 1].start - line.end <= 1:  # the same line twice in one paragraph: caption plus alt text
                furniture.update((i, i + 1))

    # After a marker line: everything off-topic until the page's own subject comes back.
    for i, line in enumerate(lines):
        bare = _LIST_MARK.sub("", line.text)
        marker = _MARKER.match(bare)
        if not marker:
            continue
        if line.words > 8:
            # "Trending: A's Divorce | Who Is B Dating? | ...", "ALSO READ| Teaser Headline": a marker with its teasers on one line
            # ("RELATED STORIES Other Show Finale Recap: ...": a marker in capitals runs into an off-topic teaser)
            shouted = marker.group().strip().isupper() and len(marker.group().strip()) > 3 and not _on_topic(line, topic)
            if (bare.count("|") >= 2 and ":" in bare[:30]) or ((_MARKER_THEN_TEASER.match(bare) or shouted) and line.words <= 40):
                furniture.add(i)
            continue
        furniture.add(i)
        packed = True  # the teasers so far sit line under line, with no blank line between them
        for j in range(i + 1, min(len(lines), i + 25)):
            if _on_topic(lines[j], topic):
                break
            gap = text[lines[j - 1].end : lines[j].start].count("\n") >= 2
            # a sidebar's packed headlines end at the first blank line: the article's own headline follows it
            if gap and packed and j > i + 1 and not _ELLIPSIS.search(lines[j].text):
                break
            packed = packed and not gap
            furniture.add(j)

    # Author bios: a short name line followed by a paragraph that talks about that person.
    for i, line in enumerate(lines[:-1]):
        if i == 0 or not _name_like(line.text):
            continue  # (the first line is the page's headline, "Copper Bells Release Date", never an author's name)
        nxt = lines[i + 1]
        first = _LIST_MARK.sub("", line.text).split()[0]
        if _BIO_CUE.search(nxt.text) or (nxt.text.startswith(first + " ") and not _on_topic(nxt, topic)):
            furniture.update((i, i + 1))
            if i + 2 < len(lines) and lines[i + 2].text.lower().startswith(("more about", "more from", "view all", "read more")):
                furniture.add(i + 2)
    for i, line in enumerate(lines):
        if _BIO_CUE.search(line.text) and line.words <= 80 and not _on_topic(line, topic) and i >= len(lines) * 0.6:
            furniture.add(i)

    spans: list[tuple[int, int]] = []
    for i in sorted(furniture):
        start, end = lines[i].start, lines[i].end
        if spans and start - spans[-1][1] <= 3 and not text[spans[-1][1] : start].strip():
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return tuple(spans)
