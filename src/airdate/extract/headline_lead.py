"""What a headline's opening words say about the page's show.

A headline names the show in its first words ("X Season 2 Release Date: ..."), after people who own it
("A, B's X 2 ...") or in quotes ("'X': A and B are ..."); the words that end the name are the heading stop words,
a sequel's number and a verb ("A announces X", "X wraps filming").
"""

from __future__ import annotations

import itertools
import re
from collections import Counter

from airdate.extract.lexicon import CONNECTORS, GENERIC_CAPITALS, PLATFORM_KEYS
from airdate.extract.title_words import SEASON_NUMBER, platform_part
from airdate.normalize import title_key

# Words that frame a title inside a heading ("X Season 2 Release Date, Cast & Where To Watch").
HEADING_STOP = re.compile(
    r"\b(?:season|seasons|series|part|chapter|book|volume|vol|s\d{1,2}|episodes?|release|cast|trailer|review|recap|renewal|renewed|ending"
    # ("Where to Watch" ends a name; "Kestrel Watch Season 2" keeps its own)
    # ("Will there be a Salt Story season 2?": a story word a season number follows is the name's own)
    r"|plot|story(?!\s+(?:season|series|\d))|news|expectations|explained|premiere|(?<=\w\s)dates?|updates?|countdown|returns?|will|where|(?<=to )watch|when|what|how|sequels?"
    # ("Date A Live Season 5 Release Date": a name may open with the word)
    # "The Trunk First Teaser: ...", "X Official Poster"
    r"|(?:first\s+|official\s+|new\s+)?(?:teasers?|first\s+look|posters?|stills)"
    # (a number before a capitalised word is part of a name: "The 8 Show")
    # ("X Unveils First Trailer", "X Drops New Poster": a headline's verb ends the name before it)
    r"|unveils|unveiled|reveals|drops|dropped|gets|announces|announced|shares|teases|teased|debuts|lands"
    r"|who|why|for|is it|everything|possible|confirmed|revealed|(?<!No\.\s)\d+(?!\s(?-i:[A-Z])))\b|[:|–—()!?,]|\s-\s",
    re.IGNORECASE,
)
QUOTED = re.compile(r"[“\"‘']([A-Z][^“”\"‘’']{1,60})[”\"’']")
_PERSON_LEAD = re.compile(
    # ("A and B set to star in X", "A, B, and others join the cast of X": several people may open the headline)
    r"(?<![\w’'.\-])[A-Z][\w’'.\-]*(?:\s[A-Z][\w’'.\-]*){1,3}(?:(?:,\s|,?\s(?:and|&)\s)[A-Z][\w’'.\-]*(?:\s[A-Z][\w’'.\-]*){1,3}){0,4}"
    r"(?:,?\s(?:and|&)\sothers)?\s(?:returns? as|(?:(?:is|are)\s)?(?:all\s)?set\sto (?:star|return|play|appear|voice|lead)|to (?:star|return|play|appear|voice)"
    r"|stars? as|joins?|cast as|will (?:play|voice|star|appear)|plays|voices)\b"
    r"[^:|]{0,80}?\s(?:in|for|of)\s(?:the\s(?=[A-Z]))?(?P<work>[“\"‘']?[A-Z][^:|]*)"
)
# "X 2 Release Date", "X 2 Announces Cast": a sequel's number ends the name ("The 8 Show" and "Beast No. 9" keep theirs)
# ("Mickey 17", "Apollo 13": a number past ten is the name's own; sequels stop well before)
_SEQUEL_NUMBER = re.compile(r"(?<!No\.)(?<!\bThe)\s(?:[2-9]|10)(?=\s|$)")

# the owners a headline's possessive follows: a list of names ("A, B's X", "A and B's X") from the headline's start
# ("AMC renews X for season 3, first series from author's Y": a possessive after a comma owns no headline)
_OWNER_LIST = re.compile(r"(?<![\w.’'\-])[A-Z][\w.’'\-]*(?: [A-Z][\w.’'\-]*){0,3}(?:(?:, |,? (?:and|&) )[A-Z][\w.’'\-]*(?: [A-Z][\w.’'\-]*){0,3})+")

# "1923 Season 2: When Is the Release Date?": a number is a show's whole name when a headline opens with it
# and puts a season on it; so is a name a number opens ("7-1-7 Season 2", "40 Winters Later: Cast") when
# the season or a colon follows it
_SEASON_AFTER = r"\s(?:Season|Series)\s(?:\d{1,2}|One|Two|Three|Four|Five)\b"
_NUMBER_TITLE = re.compile(
    r"(\d{2,4})(?=" + _SEASON_AFTER + r")|(\d{1,4}(?:-\d{1,4})+|\d{1,4}(?:\s[A-Z][\w’'-]*){1,4})(?=" + _SEASON_AFTER + r"|:)"
    r"|(\d(?:-\d)+)(?=\s)"  # single digits joined by hyphens are a name wherever the headline goes on, never a date
)


def number_title(headline: str) -> str | None:
    """The number-led name a headline opens with ("1923 Season 2", "7-1-7 Night ...", "40 Winters Later: ...")."""
    numbered = _NUMBER_TITLE.match(headline)
    return next(g for g in numbered.groups() if g) if numbered else None


# "Re:Monster", "Bullet/Bullet", "Fate/Zero": words glued by a colon or a slash make one name, which the usual split
# at a colon would cut in two
_GLUED_NAME = re.compile(r"(?<![\w:/])(?-i:[A-Z])\w{1,20}(?:[:/](?-i:[A-Z])\w{1,20}){1,2}(?![\w:/])")


# "Go! Go! Loser Ranger": capitalised words joined by exclamation marks (not the season words after them)
_MARKED_NAME = re.compile(r"(?<![\w!])(?-i:[A-Z])[\w'’\-]*!(?:\s(?!(?:Season|Series|Part|Anime|Manga)\b)(?-i:[A-Z])[\w'’\-]*!?){1,5}")


def glued_name(headline: str, text: str, part: str | None = None) -> str | None:
    """A glued name the headline holds and the page repeats ("Re:Monster", "Go! Go! Loser Ranger", as far as the page
    repeats it); else the glued name the page writes a one-word ``part`` in as often as not ("Bullet" of "Bullet/Bullet")."""
    for m in _GLUED_NAME.finditer(headline):
        if len(re.findall(r"(?<![\w:/])" + re.escape(m.group()) + r"(?![\w:/])", text)) >= 2:
            return m.group()
    for m in _MARKED_NAME.finditer(headline):
        words = m.group().split()
        for n in range(len(words), 1, -1):
            name = " ".join(words[:n]).rstrip("!")
            if "!" in name and text.count(name) >= 2:
                return name
    if not part or " " in part:
        return None
    glued = Counter(m.group() for m in _GLUED_NAME.finditer(text) if part in re.split(r"[:/]", m.group())).most_common(1)
    alone = len(re.findall(r"(?<![\w:/])" + re.escape(part) + r"(?![\w:/])", text))
    return glued[0][0] if glued and glued[0][1] >= 2 and 2 * glued[0][1] >= alone else None


# "Is X 2 On The Cards?", "Did You Know ...": a question's opening word is no part of the show's name
# ("Is There a X Season 2?": nor is "there a")
_LEAD_QUESTION = re.compile(r"^(?:is|are|does|did|do|has|have|can|could|should|would)\s+(?:there\s+(?:be\s+)?(?:an?\s+)?)?", re.IGNORECASE)
_WORK_THING_OF = re.compile(
    r"(?:the|a)\s(?:(?:new|first|official|final|latest)\s)?(?:trailer|teaser|poster|release\sdate|cast)\s(?:of|for)\s(?=[“\"‘']?(?-i:[A-Z0-9]))",
    re.IGNORECASE,
)
# "When Will X Season 2 Be Released?", "Will X Season 2 Happen?": the question's opening words come before the name
# (only in a question: "Will Trent Season 3" names a show)
_QUESTION_OPENING = re.compile(
    r"^(?:(?:when|where|how|why)\s+(?:will|is|are|does|did|do|can|could|should|would)|will|is|are|does|did|do|has|have|can|could|should|would)"
    # ("Is There Any Release Date for X Season 2?": "any" asks, it names nothing)
    r"\s+(?:there\s+(?:be\s+)?(?:an?\s+|any\s+)?)?(?=[“\"‘']?(?-i:[A-Z0-9]))",
    re.IGNORECASE,
)
# "... Comedy Series Starring A": the names after "starring" are people
STARRING = re.compile(r"\s(?:starring|featuring)\s", re.IGNORECASE)
# "A, B and C set for X prequel film", "A joins X": people open the headline, and the work follows
_PEOPLE_SET_FOR = re.compile(
    r"^[A-Z][\w’'.\-]*(?:\s[A-Z][\w’'.\-]*){0,3}(?:,\s[A-Z][\w’'.\-]*(?:\s[A-Z][\w’'.\-]*){0,3})*,?\s(?:and|&)\s"
    r"[A-Z][\w’'.\-]*(?:\s[A-Z][\w’'.\-]*){1,3}\s(?:are\s|all\s)?(?:set|cast|confirmed|tapped)\s(?:for|in)\s(?:the\s(?=[A-Z]))?"
    # "Gong Yoo, Seo Hyun Jin star in Netflix K-drama 'The Trunk'", "A, B to star in Netflix's 'X'": a list, a verb of
    # starring, then the work with its platform and genre words before it
    r"|^[A-Z][\w’'.\-]*(?:\s[A-Z][\w’'.\-]*){1,3}(?:(?:,\s|,?\s(?:and|&)\s)[A-Z][\w’'.\-]*(?:\s[A-Z][\w’'.\-]*){1,3})+\s"
    r"(?:(?:are\s|will\s)?(?:to\s)?(?:star|lead|headline|join|front|reunite)(?:s)?\s(?:in\s)?|(?:are\s)?reunited\s(?:in\s)?)"
    r"(?:[A-Z][\w+]*(?:[’']s)?\s(?=(?i:new|upcoming|k-drama|drama|series|film|movie|thriller|comedy|anime|show|romance)\b|[“\"‘']))?"
    r"(?:(?i:new|upcoming|k-drama|drama|series|film|movie|thriller|comedy|anime|show|romance)\s)*"
    # "A and B in talks to headline X", "A, B, And C Share Their Feelings In New Drama 'X' Posters", "A and B Return in
    # 'X'": two or more people named in full open the headline, and the work follows a few words later
    r"|^[A-Z][\w’'.\-]*(?:\s[A-Z][\w’'.\-]*){1,3}(?:(?:,\s|,?\s(?:and|And|&)\s)[A-Z][\w’'.\-]*(?:\s[A-Z][\w’'.\-]*){1,3})+\s"
    r"(?:[\w’'\-]+\s){0,5}?(?i:in|for|to\sheadline|to\slead|to\sstar\sin)\s"
    r"(?:[A-Z][\w+]*(?:[’']s)?\s(?=(?i:new|upcoming|k-drama|drama|series|film|movie|thriller|comedy|anime|show|romance)\b|[“\"‘']))?"
    r"(?:(?i:new|upcoming|k-drama|drama|series|film|movie|thriller|comedy|anime|show|romance)\s)*(?=[“\"‘']?[A-Z0-9])"
)
# "X: Season Two Renewal ...", "X Season 3 Release Date": a season put on the name says it is a show
_SEASON_ON = r"[”\"’']?\s*:?\s+(?i:season|series)\s+(?:\d{1,2}|one|two|three|four|five|six)\b"
# ("X?! Episode 2: Everything You Need to Know": only a work has an episode; the name may end in its own "?!")
_WORK_NOUN_AFTER = r"[?!]{0,2}\s+(?i:(?:official\s+|first\s+|new\s+|final\s+)?(?:trailers?|teasers?)|release\s+date|episode\s+\d{1,4}\b)\b"
# "X star Adam Scott promises ...", "X creator Y says ...": the name before a person's role is the show
_LEAD_ROLE = re.compile(r"(?<!\s)\s+(?:star|stars|actor|actress|creator|creators|director|showrunner|boss|author|writer)\s")


_NEXT_WORK = re.compile(r"\s(?:star|actor|actress|director)\s[A-Z][\w.\-]*(?:\s[A-Z][\w.\-]*){0,3}[’']s\s(?:next|new|upcoming|latest)\s(?i:movie|film|series|show|drama|project)\b")

def credit_before_next_work(headline: str) -> str | None:
    """The work a headline names only as an actor's credit ("X star A's next movie ..."), if it does."""
    found = _NEXT_WORK.search(headline)
    return headline[: found.start()].strip(" “”\"‘’'") if found else None


_PLATFORM_ACTS = re.compile(
    r"(?<![\w+])(?P<platform>[A-Z][\w+]*(?:\s[A-Z][\w+]*)?)\s(?:Renews|Cancels|Orders|Picks\sUp|Greenlights|Announces|Confirms|Releases|Drops"
    r"|Unveils|Reveals|Shares|Sets|Debuts|Teases|Premieres)\s(?=[A-Z“\"‘'])"
)
_BRAND_NAMES = frozenset({"netflix", "hulu", "tvn", "disney+", "paramount+", "crunchyroll", "showtime", "starz"})
_PLATFORM_FIRST = re.compile(r"(?<![\w+])(?P<platform>[A-Z][\w+]*)\s(?=[A-Z0-9“\"‘'])")
_PERSON_OWNER = re.compile(r"(?-i:[A-Z])[a-z][\w.\-]*(?:\s(?-i:[A-Z])[\w.\-]*){1,2}")
_DESCRIBED_WORK = re.compile(
    r"(?<!\w)(?:A|An|This|That|The\s(?:Hit|Popular|Acclaimed|Beloved))\s.{0,80}?\b(?i:thriller|drama|k-drama|series|show|sitcom|comedy|anime|film|movie|docuseries)s?"
)
_LEAD_MEDIUM = re.compile(r"(?<=[\w\-])\s+(?:TV\s+)?(?:Anime|Manga|K-Drama|Drama|Film|Movie|Webtoon)\b")


_CASTING_VERBS = frozenset("casts taps hires adds signs recruits enlists ropes".split())


def _lowercase_verb_cut(chunk: str) -> str:
    """The name right after a headline's first lowercase verb ("A announces X" -> "X"); any other headline as it is."""
    words = chunk.split()
    for i, word in enumerate(words):
        # (only a verb's third person ends the name: "Kin by Choice", "Love in the Old Town" keep theirs)
        if i and word in _CASTING_VERBS:
            # ("Netflix movie 'Carry-on' casts A, B": a verb that takes people has the work before it, its last capitalised words)
            named = list(itertools.takewhile(lambda w: w[:1].isupper() or w[:1] in "“\"‘'", reversed(words[:i])))
            return " ".join(reversed(named)) if named else chunk
        if i and word[:1].islower() and len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
            # ("A teases about B's X", "A reveals ...": the words before a verb are a person as often as the show)
            after = words[i + 1 :]
            return " ".join(after) if after and after[0][:1].isupper() else chunk
    return chunk


STARRER = re.compile(r"[\s\-]starrer\s", re.IGNORECASE)


def without_cast(source: str) -> list[str]:
    """The parts of a headline that may name its work: what follows "A, B starrer" (the names before it are the cast),
    and what stands before a colon that opens such a phrase ("X 3: Is A Starrer Set to Release Alongside ...")."""
    parts = STARRER.split(source, maxsplit=1)
    if len(parts) == 1:
        return parts
    colon = parts[0].rfind(":")
    return [parts[1], parts[0][:colon]] if colon > 0 else [parts[1]]


def headline_lead(headline: str) -> tuple[str, bool]:
    """The words a headline opens with, and whether they are surely a title (people were cut from them, a role word
    after or owners before, or a sequel's number follows them)."""
    # "A, B's Weak Hero Class 2 Release Date": a list of owners is people, and the show follows them
    # (one owner may be part of the title: "Grey's Anatomy")
    whole = headline
    # ("A, B Starrer X Renamed Y": the names before "starrer" are the cast, and the work follows)
    starrer = STARRER.search(headline)
    if starrer and ":" in headline[: starrer.start()]:
        headline = headline[: headline.rfind(":", 0, starrer.start())]
    elif starrer:
        headline = headline[starrer.end() :]
    # "Netflix Renews Shane Gillis' Series Tires": a platform and its capitalised verb open the headline, the work follows
    acts = _PLATFORM_ACTS.match(headline)
    if acts and title_key(acts.group("platform")) in PLATFORM_KEYS:
        headline = headline[acts.end() :]
    # "BBC Death Valley star praises ...": a network that opens a headline stands before the work's name
    # (a network known by letters, "BBC", "FX", or by a name no person or show bears: "Max Payne" keeps its Max)
    bare = next((m for m in [_PLATFORM_FIRST.match(headline)] if m and title_key(m.group("platform")) in PLATFORM_KEYS
                 and (m.group("platform").isupper() or m.group("platform").lower() in _BRAND_NAMES)), None)
    if bare and not acts:
        headline = headline[bare.end() :]
    owner = list(re.finditer(r"(?:[’']s|(?<=s)[’'])\s+(?=[A-Z0-9“\"‘'])", re.split(r"[:;]", headline, maxsplit=1)[0]))
    # ("Millie Bobby Brown's Damsel", "Shane Gillis' Series Tires": one owner of two or three capitalised words is
    # a person, while a one-word owner may be the title's own: "Grey's Anatomy")
    # ("Mara & Ivo's First Winter": owners of one word each are the title's own, as people are named in full)
    owners = _OWNER_LIST.fullmatch(headline[: owner[-1].start()]) if owner else None
    # ("New Tin Lantern's Eye series ...": an owner that opens with a describing word is the title's own possessive)
    # ("X Anime's Story Video Reveals ...": a medium's possessive belongs to the work before it, no person's)
    owned = bool(owner) and headline.split(" ", 1)[0].lower() not in GENERIC_CAPITALS and not _LEAD_MEDIUM.search(headline[: owner[-1].start()]) and (
        (owners is not None and " " in re.sub(r",? (?:and|&) |, ", ",", owners.group()))
        or _PERSON_OWNER.fullmatch(headline[: owner[-1].start()]) is not None
    )
    if owned:
        headline = headline[owner[-1].end() :]
    # "A returns as B with a new mission in X 2", "A to star in X": a person opens the headline, and the work follows "in"
    people = None
    person = _PERSON_LEAD.match(headline)
    if person:
        headline = person.group("work")
        owned = True
        if re.match(r"[A-Z][\w.\- ]{0,40}?[’']s\s+[a-z]", headline):
            return "", False  # "... join the cast of A's new historical drama": the work is described, not named
    elif (people := _PEOPLE_SET_FOR.match(headline)) is not None:
        headline = headline[people.end() :]
        owned = True
    if "?" in whole:
        headline = _QUESTION_OPENING.sub("", headline, count=1)
    # ("The trailer of X is out": only a work has a trailer, and its name follows)
    if (thing := _WORK_THING_OF.match(headline)) is not None:
        headline = headline[thing.end() :]
        owned = True
    quoted = QUOTED.match(headline)
    if quoted and re.match(r"\s+(?:fans|lovers|viewers)\b", headline[quoted.end() :], re.IGNORECASE):
        # ('"Big Little Lies" Fans Will Love New Thriller "Apples Never Fall"': the first title is the comparison)
        later = list(QUOTED.finditer(headline, quoted.end()))
        if later:
            return re.split(r"\s(?:[Ss]eason|[Ss]eries|Part)\s", later[0].group(1).rstrip("?!.,"))[0], True
        quoted = None
    if quoted:  # "'When Night Falls': A and B are ...": a quoted name that opens a headline is the title whole
        # (but "'X Season 2' arrives in May" quotes a season of it)
        return re.split(r"\s(?:[Ss]eason|[Ss]eries|Part)\s", quoted.group(1).rstrip("?!.,"))[0], owned
    chunk = HEADING_STOP.split(headline, maxsplit=1)[0]
    # "X 2 Release Date", "X 2 Announces Cast": the sequel's number is no part of the name, nor what follows it
    # ("The 8 Show" keeps its number)
    sequel = _SEQUEL_NUMBER.search(chunk)
    if sequel and re.match(_SEASON_AFTER, headline[sequel.end() :]):
        sequel = None  # "Station 19 Season 7": a number a season follows is the name's own
    if sequel:
        chunk = chunk[: sequel.start()]
    chunk = _lowercase_verb_cut(chunk)
    # ("Is X Coming Back?"; but "A and B to headline Would You Wait Here" asks nothing)
    chunk = _LEAD_QUESTION.sub("", chunk.strip(" “”\"‘’'")) if "?" in whole or not people else chunk.strip(" “”\"‘’'")
    chunk = _LEAD_MEDIUM.split(chunk, maxsplit=1)[0]  # "X Anime Reveals More Cast": the medium ends the name
    role = _LEAD_ROLE.search(chunk)
    if role:
        # "X star A's next movie premieres in May": the page is about A's next work, X is only A's credit
        if credit_before_next_work(whole):
            return "", False
        chunk = chunk[: role.start()]
    lead = " ".join(t for t in (w.strip("“”\"‘’'") for w in chunk.split()) if t).strip(" ,:;")
    if _DESCRIBED_WORK.fullmatch(lead):
        return "", False  # "A Stephen King-Approved Netflix Spy Thriller Renewed ...": a description, the name is in the body
    # a name that people were cut from, or that a sequel's number or a season follows, is a title
    # ("X Trailer: A Is on the Run", "X release date, cast and ...": only a work has a trailer or a release date)
    seasoned = bool(lead) and re.search(r"(?<!\w)" + re.escape(lead) + f"(?:{_SEASON_ON}|{_WORK_NOUN_AFTER})", headline) is not None
    return lead, role is not None or owned or sequel is not None or seasoned


_COLON_SUBTITLE = r":\s(?P<sub>(?-i:[A-Z])[\w'’\-]*(?:\s(?:(?-i:[A-Z])[\w'’\-]*|of|the|and|in|on|to|at|vs\.?|versus)){0,5})"


def with_colon_subtitle(name: str, headline: str, text: str) -> str:
    """"Glass Orchard: Tin Lanterns Release Date": the subtitle a headline puts after the name's colon is part of the
    name when the page writes the whole again; otherwise ("Matlock: Kathy Bates Returns") the name is as it was."""
    found = re.search(r"(?<![\w-])" + re.escape(name) + _COLON_SUBTITLE, headline)
    if not found:
        return name
    words = _subtitle_words(found.group("sub").split())
    # the longest subtitle the page writes again ("The Next Chapter Finally Gets ...": the body has "The Next Chapter")
    for k in range(len(words), 0, -1):
        if words[k - 1] in ("of", "the", "and", "in", "on", "to", "at", "vs", "vs.", "versus"):
            continue  # ("Feud: Capote vs the Swans": a rivalry's "vs" joins the subtitle's two sides)
        whole = f"{name}: {' '.join(words[:k])}"
        if text.lower().count(whole.lower()) >= 2:
            return whole
    return name


def _subtitle_words(words: list[str]) -> list[str]:
    """A subtitle's words up to the first heading word; "Chapter" or "Part" with no number after it ends a subtitle
    ("The Next Chapter") rather than numbering one ("Chapter 2")."""
    for i, word in enumerate(words):
        if HEADING_STOP.fullmatch(word):
            numbering = word.lower() in ("chapter", "part", "book", "volume")
            if not numbering or (i + 1 < len(words) and re.fullmatch(r"\d+|[IVX]+|One|Two|Three", words[i + 1])):
                return words[:i]
            return words[: i + 1]
    return words


# ", Your Majesty": capitalised words after a comma, up to a lower-case word or punctuation
_COMMA_PART = r",\s(?P<part>(?-i:[A-Z])[\w'’\-]*(?:\s(?:(?-i:[A-Z])[\w'’\-]*|a|an|the|of|to)){0,3})(?=[\s.,;:!?)”\"’']|$)(?!\s(?-i:[A-Z]))"


def with_comma_part(name: str, text: str) -> str:
    """"Kestrel, Your Majesty", "Glass Orchard, Make a Wish": a name with a comma inside is cut at the comma by the heading
    rules; the page shows the whole when most mentions of the cut name go on with the same capitalised words."""
    mentions = re.findall(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text)
    parts = Counter(m.group("part") for m in re.finditer(r"(?<![\w-])" + re.escape(name) + _COMMA_PART, text))
    if not parts:
        return name
    part, n = parts.most_common(1)[0]
    if n < 2 or n * 2 < len(mentions) or title_key(part) in PLATFORM_KEYS or re.search(r"[’']s$", part):
        return name
    return f"{name}, {part}"


# "I Have Been Guarding Lanterns for 300 Years": the heading rules cut a name at its preposition
_TAIL_WORD = r"(?!(?:season|series|part|release|cast)\b)(?-i:[A-Z])[\w'’\-]*"
_PREPOSITION_TAIL = (
    r"\s(?P<part>(?:for|of|from|in|at|with|on|to)\s(?:\d{1,4}\s)?" + _TAIL_WORD + r"(?:\s" + _TAIL_WORD + r"){0,2})(?![\w'’\-])"
)


def with_preposition_tail(name: str, headline: str, text: str) -> str:
    """The whole name when the headline and every mention of the cut name on the page go on with the same
    preposition and capitalised words (a network or streamer after "on" or "to" is where the show airs)."""
    body = r"(?<![\w-])" + re.sub(r"['’]", "['’]", re.escape(name))
    mentions = len(re.findall(body + r"(?![\w-])", text, re.IGNORECASE))
    parts = Counter(" ".join(m.group("part").split()).lower() for m in re.finditer(body + _PREPOSITION_TAIL, text, re.IGNORECASE))
    if not parts:
        return name
    part, n = parts.most_common(1)[0]
    in_headline = re.search(body + _PREPOSITION_TAIL, headline, re.IGNORECASE)
    if n < 2 or n < mentions or not in_headline or title_key(part.split(" ", 1)[1]) in PLATFORM_KEYS:
        return name
    return f"{name} {' '.join(in_headline.group('part').split())}"


def quoted_in(headline: str, text: str) -> str | None:
    """A name in title case that a headline quotes anywhere and the page names again ("... series 'Gangnam Tide'")."""
    for m in QUOTED.finditer(headline):
        name = m.group(1).rstrip("?!.,")
        words = name.split()
        if not 1 <= len(words) <= 6 or SEASON_NUMBER.search(name) or platform_part(name):
            continue
        # ("'Kestrel and the Tin Lantern' trailer": "and" may join a title's words)
        inner_and = all(w.lower() != "and" for w in (words[0], words[-1]))
        if inner_and and all(w[0].isupper() or w[0].isdigit() or w.lower() in CONNECTORS or w.lower() == "and" for w in words) \
                and text.lower().count(name.lower()) >= 2:
            return name
    return None


_SPUN_OFF = r"[”\"’']?\s+(?i:spin-?off|sequel|prequel),?\s+[“\"‘'](?P<name>[A-Z][^“”\"‘’']{0,60}?)[,.]?[”\"’']"


def spun_off(headline: str, lead: str) -> str | None:
    """The name a headline gives the spin-off, sequel or prequel of its lead ("the Next 'X' Spinoff, 'Y'")."""
    if not lead:
        return None
    found = re.search(re.escape(lead) + _SPUN_OFF, headline)
    return found.group("name") if found else None


_OPENING_QUESTION = frozenset("when where what how who why for".split())


def stops_inside(name: str) -> bool:
    """Whether a heading's stop word falls inside a name the body frames as a work; a question word that opens it
    is the title's own ("the thriller When Night Falls is ...", "the drama For All Time")."""
    first, _, rest = name.partition(" ")
    if first.lower() in _OPENING_QUESTION and rest:
        return HEADING_STOP.search(rest) is not None
    return HEADING_STOP.search(name) is not None
