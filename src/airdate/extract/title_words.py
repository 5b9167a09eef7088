"""Which words and names can be a title at all: everyday words, platform names and the words of them, surnames.

These are the guards build_title_index applies to its candidates; they read only the lexicon and the page's text.
"""

from __future__ import annotations

import re
from collections import Counter

from airdate.extract.lexicon import CONNECTORS, GENERIC_CAPITALS, KNOWN_FOR_WORDS, KNOWN_STUDIOS, PLATFORM_KEYS
from airdate.normalize import title_key

# words of everyday English that are whole show titles often enough ("Tomorrow", "Happiness" is not generic anyway)
TITLE_WORDS = frozenset({"tomorrow", "today", "yesterday", "story", "ending", "everything", "nothing", "something"})
AUXILIARIES = frozenset("has have had does did do can could should would will may might must is are was were when where what why how who".split())


def generic(word: str) -> bool:
    return word.lower() in GENERIC_CAPITALS and word.lower() not in TITLE_WORDS


def title_cased(sentence: str) -> bool:
    """A headline that capitalises (nearly) every word, so that a capital says nothing about a name."""
    words = re.findall(r"[A-Za-z][\w'’]*", sentence)
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


def surname(name: str, text: str) -> bool:
    """A single word the page mostly writes after a given name ("Ivo Sarr ... Sarr and his co-stars") is a
    person's surname, not a title."""
    if " " in name:
        return False
    spots = [m.start() for m in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text)]
    given = 0
    for at in spots:
        before = re.search(r"([A-Z][a-z]+)\s$", text[max(0, at - 20) : at])
        if before and not generic(before.group(1)) and not platform_part(before.group(1)) and before.group(1).lower() not in CONNECTORS:
            given += 1
        # a family name written first, before a romanised given name ("Yoon Min-seo", "Cha Jung-ho")
        elif re.match(r"\s[A-Z][a-z]{1,5}-[a-z]{2,5}\b", text[at + len(name) : at + len(name) + 14]):
            given += 1
    # (and at least once the page speaks of the person: "Sarr and his co-stars", "Sarr said", "actor Sarr")
    person = any(
        # ("Jackson’s attorney", "Jackson's father Joe Jackson": a family or a career is a person's)
        re.match(r"(?:[’']s\s(?:co-stars?|role|character|performance|return|father|mother|sister|brother|wife|husband|son|daughter|family|attorney"
                 r"|career|life|death|estate)|\s(?:and (?:his|her)|said|says|told|explained|added|replies|plays|played|returns as|stars as)\b)",
                 text[at + len(name) : at + len(name) + 20])
        or re.search(r"\b(?:actor|actress|star|director)\s$", text[max(0, at - 12) : at])
        for at in spots
    )
    return given >= 1 and given * 3 >= len(spots) and (person or shown_as_person(name, text))


def platform_part_here(name: str, text_key: str) -> bool:
    """A platform's name, or a word of one the page names ("Apple" beside "Apple TV+", but not "Acorn" on a page
    that never names Acorn TV)."""
    key = title_key(name)
    if not key:
        return False
    if key in PLATFORM_KEYS:
        return True
    return any((p.startswith(key + " ") or p.endswith(" " + key)) and f" {p} " in text_key for p in PLATFORM_KEYS)


def platform_part(name: str) -> bool:
    key = title_key(name)
    return bool(key) and (key in PLATFORM_KEYS or any(p.startswith(key + " ") or p.endswith(" " + key) for p in PLATFORM_KEYS))


def without_platform(name: str) -> str:
    """The name without a platform after "on", "at" or "via" ("Apples Never Fall on Peacock" -> "Apples Never Fall")."""
    on_platform = re.fullmatch(r"(?P<name>.+?)\s(?:on|at|via)\s(?P<rest>.+)", name)
    return on_platform.group("name") if on_platform and platform_part(on_platform.group("rest")) else name


# prepositions that may stand, capitalised in a headline, between a name and its season ("at Hulu With Season 12")
PREPOSITIONS = frozenset("with for from by at into after before ahead amid despite following".split())
SEASON_NUMBER = re.compile(r"\b(?:[Ss]eason|[Ss]eries|Part)\s+(?:\d{1,2}|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix)\b")
# abbreviations that end with a point inside a title ("Dr. Romantic", "Kaiju No. 8")
ABBREVIATED = frozenset({"Dr.", "Mr.", "Mrs.", "Ms.", "St.", "No.", "Jr.", "Vol."})


def clean_run(text: str) -> str:
    return re.sub(r"[’'‘]s$|[.,]$", "", text.strip()).rstrip("’'‘")


# the words around a person's name that no title takes: a job before it, speech or a part after it
# (a job in lower case, or capitalised where a sentence starts: a title-case headline capitalises every word)
_JOBS = "actor|actress|star|writer|director|showrunner|creator|co-creator|producer|author|filmmaker|screenwriter|singer|rapper|idol|host|novelist"
_PERSON_BEFORE = re.compile(
    # ("the Tin Lanterns actor, A", "Mara Vell, played by A"; not "serving as the creative director, X also starred ...",
    # where the job ends a clause)
    r"\b(?:" + _JOBS + r"|PD)\s(?:[A-Z][\w'’\-]*\s)?$|[A-Z][\w'’\-]*\s(?:" + _JOBS + r"),\s(?:[A-Z][\w'’\-]*\s)?$|(?:(?<=[.!?]\s)|(?<=\n)|(?<=\A))(?:" + _JOBS.title() + r")\s$"
    r"|\b(?:played|portrayed|voiced|directed|written|created)\sby\s(?:[A-Z][\w'’\-]*\s)?$|\b(?i:starring|featuring)\s(?:[A-Z][\w'’\-]*\s)?$"
)
_PERSON_AFTER = re.compile(
    # (not ", who ...": a show named for its hero describes the hero so)
    r"(?:[’']s\s(?:character|role|performance|co-stars?)\b|\s(?:\(\d{2}\)|said|says|told|explained|revealed|shared|added|noted"
    r"|plays|played|portrays|portrayed|stars as|starred|joins|joined|returns as|will play|(?:is|are) going to feature|and (?:his|her) co-stars?"
    # "A and B are all set to star in X", "A, B and others join the cast of X", "A and B are teaming up" (but "X will star
    # 18 Again's A": a show stars its cast)
    r"|(?:is|are) (?:all )?set to (?:star|play|appear|lead|headline)|(?:is|are) teaming up|join the cast|will star(?!\s[A-Z0-9])"
    # "A will portray", "A will also lead", "A has been cast", "confirmed A as the lead actress", "A also joked",
    # "A (Earlier Work) and her production company"
    r"|will (?:also )?(?:portray|lead (?:the|an?) (?:upcoming|new|cast))|(?:has|have) been cast|(?:is|are) confirmed to (?:star|lead|appear|work)"
    r"|as the lead (?:actor|actress)|(?:also )?joked|(?:\([^()]{1,40}\)\s)?and (?:his|her)"
    # "A and B are in talks to lead ...", "A would be appearing in the lead role", "A, B and C take on the lead roles"
    r"|(?:is|are) in talks|(?:is|are|would be|will be) (?:appearing|leading)|(?:will )?takes? on (?:the )?(?:lead |main |titular )?roles?"
    # "A and B will serve as executive producers"
    r"|(?:will )?serves? as (?:an? |the )?(?:co-)?(?:executive )?(?:producers?|showrunners?|directors?|writers?))(?!\w))"
)
# what is said of an actor and never of a show named for its hero: "A, known for her roles in ...", "A, playing the top star B"
_ACTOR_AFTER = re.compile(
    r",\s(?:who\s(?:is|was)\s)?(?:(?:best|also|widely|well)\s)?" + KNOWN_FOR_WORDS
    + r"\s(?:for|from)\s(?:his|her|their)\b|,\s(?:playing|who\s(?:plays|will\splay|portrays))\s"
)
# the rest of a capitalised name after a word of it, and another person joined to it by "and"
_REST_OF_NAME = re.compile(r"(?:\s[A-Z][\w'’\-]*){0,3}")
_PAIRED_NAME = re.compile(
    r"(?:,\s[A-Z][\w'’\-]*(?:\s[A-Z][\w'’\-]*){0,3}){0,4},?\s(?:and|&)\s(?:others|more|[A-Z][\w'’\-]*(?:\s[A-Z][\w'’\-]*){0,3})"
)


def shown_as_actor(name: str, text: str) -> bool:
    """Whether the page says of ``name`` what it says only of an actor ("A, known for her roles in ..."): unlike
    :func:`shown_as_person`, this sets aside even the name a headline opens with."""
    found = re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text)
    return any(_ACTOR_AFTER.match(text, _REST_OF_NAME.match(text, m.end()).end()) for m in found)  # type: ignore[union-attr]


_JOB_RIGHT_BEFORE = re.compile(r"(?<![\w-])(?:[\w]+-)?(?:" + _JOBS + r")\s$")


def _mentions(name: str, text: str) -> list[tuple[int, int]]:
    """Where ``name`` stands as whole words; a hyphen may follow it ("the A-led X")."""
    return [m.span() for m in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w])", text)]


def marked_as_person(name: str, text: str) -> bool:
    """Whether the page names ``name`` right after a job in lower case ("Actor-producer A announces ...") or leading a
    work ("the A-led X"), as it never names a show called after its hero."""
    return any(_JOB_RIGHT_BEFORE.search(text, max(0, start - 30), start) or text.startswith(("-led ", "-starrer "), end)
               for start, end in _mentions(name, text))


def only_inside(name: str, people: list[str], text: str) -> bool:
    """Whether ``name`` only ever stands inside one of ``people``'s names ("Ewan" of "Ewan McGregor")."""
    spans = [span for p in people if p != name for span in _mentions(p, text)]
    found = _mentions(name, text)
    return bool(found and spans) and all(any(a <= start and end <= b for a, b in spans) for start, end in found)


def shown_as_person(name: str, text: str) -> bool:
    """Whether the page writes ``name``, or a name it is part of ("Min-ha" of "Seo Min-ha"), as a person's:
    after a job ("showrunner Ivo Sarr", "Writer Rina Holt") or before speech or a part ("Obi Lanre played",
    "A and B are going to feature as the lead actors"). A name with an article, a small word or a digit is no person's."""
    pair = re.fullmatch(r"(?P<a>[^,&]+?)(?:,? and | & )(?P<b>[^,&]+)", name)
    if pair:  # "A and B" are people when both are ("A and B Confirmed to Star in ...")
        return shown_as_person(pair.group("a"), text) and shown_as_person(pair.group("b"), text)
    words = name.split()
    if len(words) > 3 or words[0] in ("The", "A", "An") or any(w.lower() in CONNECTORS or not w[0].isupper() for w in words):
        return False
    for m in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text):
        if _PERSON_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            return True
        end = _REST_OF_NAME.match(text, m.end()).end()  # type: ignore[union-attr]
        pair = _PAIRED_NAME.match(text, end)
        if _PERSON_AFTER.match(text, end) or _ACTOR_AFTER.match(text, end) or (pair and _PERSON_AFTER.match(text, pair.end())):
            return True
    return False


# a network's possessive ("The CW's ", "Starz' "): before a name that ends the text, or opening a capitalised run
_NETWORK_POSSESSIVE = r"(?:[Tt]he\s)?([A-Za-z][\w+]*)(?:[’']s|(?<=s)[’'])\s"
_OWNER_BEFORE = re.compile(r"(?<![\w+])" + _NETWORK_POSSESSIVE + r"$")


def platform_owned(text: str, start: int, name: str) -> bool:
    """Whether a network's possessive stands before ``name`` ("The CW's Red Kite", "Starz' Tin Lanterns"), which
    names a work, unless the page shows the name as a person's ("Netflix's Ivo Sarr said")."""
    owner = _OWNER_BEFORE.search(text, max(0, start - 24), start)
    network = owner is not None and title_key(owner.group(1)) in PLATFORM_KEYS
    # ("Focus Features' The Bikeriders", "A24's Red Kite": a studio's possessive names its film too)
    return (network or _STUDIO_OWNER.search(text, max(0, start - 40), start) is not None) and name[:1].isupper() and not shown_as_person(name, text)


_STUDIO_NAMES = "|".join(re.escape(n) for n in sorted(KNOWN_STUDIOS, key=len, reverse=True))
_STUDIO_OWNER = re.compile(r"(?<![\w.\-])(?:" + _STUDIO_NAMES + r")(?:[’']s|(?<=s)[’'])\s$")
_STUDIO_INSIDE = re.compile(r"(?<![\w.\-])(?:" + _STUDIO_NAMES + r")(?:[’']s|(?<=s)[’'])\s(?=[A-Z])")


_OWNER_OPENING = re.compile(r"(?<![\w+])" + _NETWORK_POSSESSIVE + r"(?=[A-Z])")


def after_platform_owner(name: str) -> int:
    """Where the work begins in a capitalised run that opens with a network's possessive ("MBC's Salt Road" -> 6)."""
    owner = _OWNER_OPENING.match(name)
    if owner and title_key(owner.group(1)) in PLATFORM_KEYS:
        return owner.end()
    studio = _STUDIO_INSIDE.search(name)  # ("Given Focus Features' The Bikeriders": a studio owns the work after it)
    return studio.end() if studio else 0


def fold_quotes(text: str) -> str:
    """``text`` in lower case with its curly apostrophes straight: one page writes "Mara's" and "Mara’s" both."""
    return text.lower().replace("’", "'")


def lower_in_body(name: str, body: str) -> bool:
    """A headline's words in title case that the body only ever writes in lower case ("Netflix Spy Thriller" against
    "Netflix spy thrillers") are no name; connectors may differ ("Love In The Big City", "Love in the Big City")."""
    words = name.split()
    if len(words) < 2:
        return False
    loose = re.compile(r"(?<![\w-])" + r"\s+".join(re.escape(w) for w in words) + r"(?![\w-])", re.IGNORECASE)
    found = [m.group() for m in loose.finditer(body)]
    if not found:
        return False
    # ("TIRES" in the headline, "Tires" in the body: any capital at the start of each word will do)
    small = CONNECTORS | PREPOSITIONS | {"and", "or", "&"}
    return not any(all(not w[0].islower() for w in f.split() if w.lower() not in small) for f in found)


_COMPANY_AFTER = re.compile(r"(?<!\s)\s+(?:Features|Pictures|Studios?|Films|Entertainment|Productions|Animation|Releasing|Inc\.?|Ltd\.?|LLC)\b")


# studios whose names are also common words or titles ("Bones", "Shaft"): only a company word makes them companies
_STUDIOS_LIKE_WORDS = frozenset(
    "neon universal legendary illumination sunrise bones shaft trigger sister madhouse passione showbox".split()
)
_PLAIN_STUDIOS = frozenset(name.casefold() for name in KNOWN_STUDIOS) - _STUDIOS_LIKE_WORDS - {"studio s", "working title"}


def company_name(name: str, text: str) -> bool:
    """A studio or distributor ("Kestrelgen Features sets a release for X", "Pixar Announces a Date for Y"), or a word the
    page mostly writes as the start of one ("Kestrelgen dated ..."), is no show."""
    if _COMPANY_AFTER.fullmatch(" " + name.split()[-1]) or name.casefold() in _PLAIN_STUDIOS:
        return True
    found = [m.end() for m in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text)]
    return bool(found) and 2 * sum(1 for end in found if _COMPANY_AFTER.match(text, end)) >= len(found)


def owned_by_person(fuller: str, best: str, text: str) -> bool:
    """"Ada Mbeki’s X", "Mbeki’s X": a person's work, not the work's full name ("Grey's Anatomy")."""
    owner = re.fullmatch(r"(?P<own>.+?)[’']s\s" + re.escape(best), fuller)
    if owner is None:
        return False
    own = owner.group("own")
    return " " in own or re.search(r"(?<![\w-])[A-Z][\w\-]+\s" + re.escape(own) + r"[’']s\s", text) is not None


def most_common_surface(title: str, text: str) -> str:
    """The way the page most often writes ``title`` with a capital ("Tomo-chan" or "Tomo Chan")."""
    pattern = re.compile(r"(?<![\w-])" + r"(?:\s+|-)".join(re.escape(w) for w in title.split()) + r"(?![\w-])", re.IGNORECASE)
    forms = Counter(m.group() for m in pattern.finditer(text) if not m.group()[0].islower())
    return forms.most_common(1)[0][0] if forms else title


def played_part(name: str, text: str) -> bool:
    """"Emma Stone as Michelle Fuller": a name an actor plays is a character's, never the page's show; a quoted one
    may be a film the actor stars in ("A as 'X'" is rare, and left alone)."""
    if re.search(r"(?<![\w’'\-])[A-Z][\w’'\-]+\s(?:as|plays|portrays)\s" + re.escape(name) + r"(?![\w’'\-])", text) is None:
        return False
    # ("Furiosa: A Mad Max Saga roars into cinemas", "How to watch Furiosa": a film named for its hero is written as a
    # title too, with a subtitle after a colon or after "watch")
    titled = r"(?<![\w’'\-])" + re.escape(name) + r":\s[A-Z]|\b(?:watch|stream)\s" + re.escape(name) + r"(?![\w’'\-])"
    return re.search(titled, text) is None


def possessive(name: str, text: str) -> bool:
    """"Reed's", "Ada Mbeki’s": a name in the possessive is an owner's, not a work's; so is a given name the page
    mostly writes before a surname in the possessive ("Ivo" of "Ivo Sarr's new movie")."""
    if re.search(r"\w[’']s$", name):
        return True
    found = [m.end() for m in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w’'-])", text)]
    return bool(found) and 2 * sum(1 for end in found if _POSSESSIVE_SURNAME.match(text, end)) > len(found)


_POSSESSIVE_SURNAME = re.compile(r" [A-Z][a-z]+[’']s\s\w")


def opens(lead: str, name: str) -> bool:
    """Whether a short headline lead ("Dexter", "Glass Orchard") is ``name`` or opens with it."""
    return 0 < len(lead.split()) <= 4 and (lead == name or lead.startswith(name + " "))


def holds(name: str, part: str) -> bool:
    """Whether ``part`` is a whole-word piece of the longer ``name``."""
    return len(name) > len(part) and re.search(r"(?<!\w)" + re.escape(part) + r"(?!\w)", name) is not None


_NAME_SHAPE = re.compile(r"[\w'’&+\-]+(?: [\w'’&+\-]+)*")


def fuller_name(best: str, counts: dict[str, int], text: str) -> str:
    """A longer name that holds ``best`` and is said nearly as often is the show's full name
    ("Emily" of "Emily in Paris", "Bone" of "Shadow and Bone")."""
    def inside(c: str) -> bool:
        # ("Yu" of "Yu Yu Hakusho": a word the fuller name holds twice is counted twice, yet is never said alone)
        alone = len(re.findall(r"(?<!\w)" + re.escape(best) + r"(?!\w)", text.replace(c, " ")))
        return alone <= 0.2 * counts[best]

    fuller = [
        c for c, n in counts.items()
        if n >= 2 and (n >= 0.6 * counts[best] or inside(c)) and len(c) > len(best) and holds(c, best) and _NAME_SHAPE.fullmatch(c)
        and all(w[0].isupper() or w[0].isdigit() or w in CONNECTORS or w in ("and", "&") for w in c.split())
        and text.count(c) >= 2  # written so, capitals and all, not only once in a headline
        and not owned_by_person(c, best, text)
    ]
    return max(fuller, key=lambda c: (counts[c], len(c))) if fuller else best


_COMPARISON_BEFORE = frozenset("unlike like as than post- to versus vs".split())


def after_comparison(text: str, start: int) -> bool:
    """Whether the title at ``start`` is named for comparison ("unlike X", "like X") or as the work roles come from."""
    before = text[max(0, start - 80) : start].rstrip().lower()
    # ("Reprising their roles from X are A as B": the earlier work the roles come from)
    if before.endswith(("post-", "footsteps of", "happened to", "roles from", "role from")):
        return True
    words = before.split()
    if not words:
        return False
    last = words[-1].strip(",;:")
    if last in _COMPARISON_BEFORE:
        return True
    # "unlike A and B, C": the second conjunct sits after a comparison too
    return len(words) >= 3 and last == "and" and any(w in ("unlike", "like") for w in words[-8:])


# a quote mark around a word ('See') is no part of it; one inside ("Momoa's") is
# (a hyphen parts words, so that "Tomo-chan" in the text and "Tomo Chan" in a headline count as one name)
NGRAM_WORD = re.compile(r"\w(?:\w|['’]\w)*")
MAX_TITLE_WORDS = 8
# titles of address that name no work alone, and ranks a character is called by alone ("The Count is spared")
HONORIFICS = frozenset("Mr Mrs Ms Dr Sir Count Countess Duke Duchess Lord Lady Prince Princess King Queen Emperor Empress Baron".split())
# ("7th Time Loop": an ordinal may open a name)
ORDINAL = re.compile(r"\d{1,3}(?:st|nd|rd|th)")


def capitalised_ngrams(text: str) -> Counter[tuple[str, ...]]:
    """How often each run of up to eight words occurs starting with a capital, counted in one pass."""
    words = [(m.group(), m.end()) for m in NGRAM_WORD.finditer(text)]
    counts: Counter[tuple[str, ...]] = Counter()
    for i, (word, _) in enumerate(words):
        if not (word[0].isupper() or ORDINAL.fullmatch(word)):
            continue
        gram: tuple[str, ...] = ()
        for j in range(i, min(len(words), i + MAX_TITLE_WORDS)):
            if j > i and "\n" in text[words[j - 1][1] : words[j - 1][1] + 2]:
                break
            word = fold_quotes(words[j][0])
            if j > i and word.endswith("'s"):
                counts[(*gram, word[:-2])] += 1  # ("The Paper's logline": the name, then its possessive)
            gram = (*gram, word)
            counts[gram] += 1
    return counts
