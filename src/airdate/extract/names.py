"""Person-shaped names in a sentence, and what the page has said about people so far.

Names are capitalised runs of one to four words that are not role, generic, month or
platform words; lists of them are joined by commas and "and".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from airdate.extract.korean_names import KOREAN_FAMILY_NAMES
from airdate.extract.lexicon import CHARACTER_ROLES, GENERIC_CAPITALS, PLATFORM_GIVEN_NAMES, PLATFORM_KEYS, PLATFORM_SURNAMES, is_month_or_day
from airdate.normalize import same_person, title_key

if TYPE_CHECKING:
    from airdate.extract.context import SentenceContext

# "Han In Seo", "Yoon So Mi": inside a run of capitalised words these are syllables of a Korean name, not words
_SYLLABLE_WORDS = frozenset({"In", "So", "On", "Do", "An"})
_SYLLABLE_ENDINGS = frozenset({"Jun", "Jan", "Sun", "Mon", "So", "In", "Do", "An", "On"})
_OFFICES = CHARACTER_ROLES | frozenset({"prime", "dr", "di", "dci", "ds", "mr", "mrs", "ms"})
_LED_SUFFIX = re.compile(r"-(?:starrer|led|fronted|headlined)$")
_TOKEN = re.compile(r"[^\W\d_][\w'’\-]*")  # any letter opens a word ("Álex", "Łukasz")
# romanised Korean family names that are also English words ("You Min-ha", "So Tae-ri", "Go Rae-won")
_SHORT_FAMILY_NAMES = frozenset("You So Do Go No Ma Ha Oh Na Um Ko Im Yu Ye Bo".split())
_ROLE_WORDS = {
    "director", "writer", "screenwriter", "writer-director", "showrunner", "creator", "producer", "actor", "actress", "star",
    "stars", "directors", "writers", "showrunners", "creators", "producers", "actors", "executive", "alongside",
    "filmmaker", "filmmakers", "helmer", "composer", "novelist", "author",
    "co-creator", "co-creators", "co-writer", "co-writers", "co-showrunner", "co-showrunners", "co-director", "co-directors",
}
# "A, and the late B" joins a list; "A, the series features B" does not: an article continues it only after "and"
# ("A, B, and veteran actress C": a performer's epithet may open a list's last name as an article does)
_ARTICLE_WORDS = (
    r"(?:(?:the|a|an)\s+(?:[a-z][\w\-]*\s+){0,2}|(?:(?:veteran|fellow|newcomer|actor|actress|star|singer|rapper|comedian|idol)\s+){1,2})?"
)
LIST_SEP = re.compile(r"^(?: *,\s*(?:(?:and\s+|or\s+|&\s+)" + _ARTICLE_WORDS + r")?|\s+and\s+" + _ARTICLE_WORDS + r"|\s*&\s*" + _ARTICLE_WORDS + r")$")
# "Notably, X returns", "Additionally, ...": a sentence adverb is no name
_ADVERB = re.compile(r"\w{2,20}(?:ally|ately|ably|edly|ently|antly|ously|ively|ingly|ibly|fully)")
COMPANY_WORDS = frozenset(
    "studio studios films pictures entertainment productions production media television animation network company inc ltd llc"
    " association federation committee agency bureau department ministry council".split()
)
# words that are never part of a person's name: social networks and fan sites cited as sources, award names
# ("According to X (Twitter)", "Emmy and Oscar winner Kidman"), the film industries, the languages of a dub
# ("Adam McArthur (English)")
_NOT_NAME_WORDS = frozenset(
    "twitter instagram tiktok youtube facebook reddit weibo soompi allkpop emmys oscars bafta grammy"
    " hollywood bollywood english japanese korean mandarin cantonese spanish hindi"
    " starring featuring introducing directed produced written created joining"  # "Starring X in the lead, ...", "Joining X on ..."
    " serves served serving helmed penned hosted narrated"  # ("- Serves as a sequel to X", "Helmed by the network MBN")
    " could would should did does might must shall".split()  # ("Could A's Chloe return?": a question's auxiliary)
)
# ("Thirteen months ago, we learned ...": a number word that counts the word after it is no name; "Eleven (A)" may be)
_NUMBER_WORDS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen"
    " nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million".split()
)
_HONORIFICS = frozenset(("Dr", "Mr", "Mrs", "Ms", "Prof"))
# possessives that are part of a name ("Grey's Anatomy" is a title, but "O'Neil's" no possessive at all)
_NAME_POSSESSIVES = frozenset(("Grey's", "Grey’s"))
_SUFFIXES = frozenset(("Jr", "Sr", "II", "III", "IV"))


@dataclass(frozen=True)
class Name:
    text: str
    start: int
    end: int


@dataclass
class PeopleMemory:
    """What the page has already said about people, for later sentences."""

    real: list[str] = field(default_factory=list)
    characters: list[str] = field(default_factory=list)
    cast_returning: bool = False  # the sentence before said the cast returns ("The voice cast returns in full.")
    recall: bool = False  # characters and actors named anywhere on the page are known (second reading)
    # which side of "A – B" list lines is the actor, per list block (paragraph), once one line has shown it
    actor_first: dict[int, bool] = field(default_factory=dict)
    bracket_first: dict[int, bool] = field(default_factory=dict)  # the same for "A (B)" list lines
    roles_first: bool = False  # with nothing to tell, the page's dash lists name the role first (see roles_listed_first)
    # actors the page pairs with a character: their return is told as the character's ("X could return")
    playing: list[str] = field(default_factory=list)

    def is_real(self, name: str) -> bool:
        return any(same_person(name, r) for r in self.real)

    def is_character(self, name: str) -> bool:
        return any(same_person(name, c) for c in self.characters)

    def is_real_part(self, name: str) -> bool:
        """A one-word name that is part of a known actor's name ("James" after "Theo James")."""
        return " " not in name and len(name) >= 3 and any(name.lower() in r.lower().split() for r in self.real if " " in r)

    def is_character_part(self, name: str) -> bool:
        """A one-word name that is the given name or surname of a known character and of no known actor
        ("Ysolde" after "Ysolde Vane"), as recaps call characters."""
        if " " in name or len(name) < 3:
            return False
        word = name.lower()
        in_real = any(word in r.lower().split() for r in self.real)
        return not in_real and any(word in c.lower().split() for c in self.characters if " " in c)


_PARTICLES = frozenset("de del della der den van von da di du dos das los las le la bin ibn".split())


def performers_in(text: str, memory: PeopleMemory) -> list[str]:
    """The names ``text`` gives that the page has shown to be performers, in order (a surname alone counts): whom
    "she" or "he" in the next sentence stands for."""
    return [n.text for n in find_names(text) if memory.is_real(n.text) or memory.is_real_part(n.text)]


def find_names(text: str) -> list[Name]:
    """Capitalised runs that could be a person's name (1 to 4 words, no role or generic word)."""
    tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
    names: list[Name] = []
    i = 0
    while i < len(tokens):
        s, e, word = tokens[i]
        # a word that is usually no name opens one right before a capitalised surname when it is a month ("navigator
        # June Okafor"), a rank after "as" ("Ben Mendel as Director Krennic") or a platform that is also a given
        # name ("Max Casella", but not "HBO Max")
        surname_next = (
            i + 1 < len(tokens) and text[e : tokens[i + 1][0]] == " " and tokens[i + 1][2][0].isupper() and not _skip_word(tokens[i + 1][2])
        )
        month_name = surname_next and is_month_or_day(word)
        # ("takes on the role of Director Vell")
        rank = surname_next and word.lower() in _ROLE_WORDS and (text[max(0, s - 3) : s].lower() == "as " or text[max(0, s - 8) : s].lower() == "role of ")
        given = surname_next and word in PLATFORM_GIVEN_NAMES and (i == 0 or tokens[i - 1][2] not in ("HBO", "Disney"))
        # ("directed by You Min-ha", "So Tae-ri": a family name that is also a common word, before a romanised given name)
        given = given or (surname_next and word in _SHORT_FAMILY_NAMES and re.fullmatch(r"[A-Z][a-z]{1,5}-[a-z]{2,5}", tokens[i + 1][2]) is not None)
        # ("Lee Moo Saeng plays On San": a Korean syllable that is also a word opens the part a verb of playing names)
        given = given or (surname_next and word in _SYLLABLE_WORDS and re.search(r"\b(?:plays|played|portrays|portrayed|playing|as|role of)\s$", text[max(0, s - 12) : s]) is not None)
        if word == "Star" and surname_next and i > 0 and not re.search(r"[.!?:]\s*$", text[tokens[i - 1][1] : s]):
            i += 2  # "fans of Star Wars": a capitalised "Star" inside a sentence opens a title, not a cast cue
            continue
        counting = word.lower() in _NUMBER_WORDS and re.match(r"[\s\-][a-z]", text[e : e + 2]) is not None
        if not word[0].isupper() or (_skip_word(word) and not month_name and not rank and not given) or counting:
            i += 1
            continue
        j = i
        # ("Prime Minister Sun Woo Jae": an office before a full name makes it five words)
        longest = 4 if word.lower() in _OFFICES else 3
        while j + 1 < len(tokens) and j - i < longest:
            ns, ne, nxt = tokens[j + 1]
            gap = text[tokens[j][1] : ns]
            # "Dr. Elise Marsh" and "Sterling K. Brown" are one name each
            # ("F. Murray Abraham" opens with its initial: two capitalised words must follow it)
            # ("P.J. Byrne", "J.R.R. Martin": initials written together)
            joined_initials = gap == "." and len(tokens[j][2]) == 1 and len(nxt) == 1 and text[ne : ne + 1] == "."
            initial = gap == ". " and (tokens[j][2] in _HONORIFICS or (len(tokens[j][2]) == 1 and (j > i or (
                j + 2 < len(tokens) and tokens[j + 2][2][0].isupper() and text[ne : tokens[j + 2][0]] == " "))))
            surname = nxt in PLATFORM_SURNAMES and not _skip_word(tokens[j][2]) and (
                j + 2 >= len(tokens) or not tokens[j + 2][2][0].isupper() or text[ne : tokens[j + 2][0]] != " "
            )
            # "Seo Jun Tae": a month word between two capitalised words of a run is a given name
            inner_month = (is_month_or_day(nxt) or nxt in _SYLLABLE_WORDS) and j + 2 < len(tokens) and tokens[j + 2][2][0].isupper() \
                and text[ne : tokens[j + 2][0]] == " " and not _skip_word(tokens[j + 2][2]) and not _skip_word(tokens[j][2])
            # "Heo Nam Jun", "Kim Min Jun": a month's abbreviation closing a run of two name words is a given name's last
            # syllable, unless a day's number follows ("Jun 5")
            final_syllable = j > i and gap == " " and re.sub(r"[’']s$", "", nxt) in _SYLLABLE_ENDINGS and not re.match(r"\s{0,2}\d", text[ne : ne + 3]) \
                and not _skip_word(tokens[j][2])
            # ("Lee In becomes the King": after a Korean family name alone, the syllable is its given name, not a word)
            final_syllable = final_syllable or (j == i and gap == " " and tokens[i][2] in KOREAN_FAMILY_NAMES and nxt in _SYLLABLE_WORDS
                                                and not re.match(r"\s{0,2}(?:\d|[A-Z])", text[ne : ne + 3]))
            # 'Leon "Skipper" Banks': a quoted nickname between a given name and a surname is part of the name
            # "David del Río", "Dick Van Dyke", "Ana de Armas": a lower-case particle before a capitalised surname
            # ("Ernesto de la Cruz", "Rafael van der Vaart": two particles in a row)
            step = 3 if (nxt in _PARTICLES and j + 3 < len(tokens) and tokens[j + 2][2] in _PARTICLES
                         and text[ne : tokens[j + 2][0]] == " " and text[tokens[j + 2][1] : tokens[j + 3][0]] == " ") else 2
            if gap == " " and nxt in _PARTICLES and j + step < len(tokens) and text[tokens[j + step - 1][1] : tokens[j + step][0]] == " " \
                    and tokens[j + step][2][0].isupper() and not _skip_word(tokens[j + step][2]) and not _skip_word(tokens[j][2]):
                j += step
                continue
            # ("Madeline ‘Matty’ Matlock": the closing single quote reads as the nickname's own apostrophe)
            if gap in (" “", ' "', " ‘") and nxt[0].isupper() and j + 2 < len(tokens) and (
                    text[ne : tokens[j + 2][0]] in ("” ", '" ', "’ ") or (gap == " ‘" and nxt.endswith("’") and text[ne : tokens[j + 2][0]] == " ")) \
                    and tokens[j + 2][2][0].isupper() and not _skip_word(tokens[j + 2][2]) and not _skip_word(tokens[j][2]):
                j += 2
                continue
            # ("Rina East, and ...": a compass word after a given name and before no other capital is a surname)
            compass = nxt in ("East", "West", "North", "South") and not _skip_word(tokens[j][2]) and (
                j + 2 >= len(tokens) or not tokens[j + 2][2][0].isupper() or text[ne : tokens[j + 2][0]] != " ")
            if (gap != " " and not initial and not joined_initials) or not nxt[0].isupper() or (
                    _skip_word(nxt) and not surname and not inner_month and not final_syllable and not compass):
                break
            if re.search(r"[’']s$" if j > i else r"(?<=s)[’']$", tokens[j][2]) and tokens[j][2] not in _NAME_POSSESSIVES:
                break  # "Ada Mae Mbeki's Tomas Reed", "The Lanterns' Rina East": the owner's name ends at the possessive
            j += 1
            if surname:
                break
        end = tokens[j][1]
        if j + 1 < len(tokens) and tokens[j + 1][2] in _SUFFIXES and text[end : tokens[j + 1][0]] in (" ", ", "):
            j += 1  # "Percy Daggs IV", "Robert Downey Jr."
            end = tokens[j][1]
        raw = text[s:end]
        raw = re.sub(r"[’']s$|(?<=s)[’']$", "", raw)  # ("Paul Atreides' rise": a plural possessive too)
        raw = _LED_SUFFIX.sub("", raw)  # "the Nora Vale-led series", "A and B-starrer drama": the name ends at the hyphen
        # ("Station 19", "Zootopia 2": a single word with a number after it names a work, not a person)
        numbered = " " not in raw and re.match(r" \d{1,3}(?![\d,:/.]\d)\b", text[s + len(raw) : s + len(raw) + 6]) is not None
        if raw.split()[-1].lower() not in COMPANY_WORDS and not numbered:  # "Kilter Films", "WIT Studio": a company
            names.append(Name(raw, s, s + len(raw)))
        i = j + 1
    return names


def is_field_label(text: str) -> bool:
    """Whether a fact box's field names ``text`` ("Director", "Release date", "Network"): a job or a generic word."""
    first = text.split()[0].lower().strip(":") if text.split() else ""
    return first in _ROLE_WORDS or first in GENERIC_CAPITALS or first in ("network", "genre", "platform", "broadcast", "channel", "runtime")


def _skip_word(word: str) -> bool:
    bare = re.sub(r"[’']s$", "", word)
    if "-" in bare and all(part in _ROLE_WORDS or part == "turned" for part in bare.lower().split("-")):
        return True  # "Writer-creator-director Steven Zaillian", "Actor-turned-director A": a compound job title opens no name
    return (
        bare.lower() in GENERIC_CAPITALS
        or bare.lower() in _ROLE_WORDS
        or is_month_or_day(bare)
        or title_key(bare) in PLATFORM_KEYS
        or bare.isupper() and len(bare) > 1
        or _ADVERB.fullmatch(bare.lower()) is not None
        or bare.lower() in _NOT_NAME_WORDS
        # ("Detectives Dulcie Collins (A) and Eddie Redcliffe (B)": a plural role word is a noun before the names)
        or (bare.lower().endswith("s") and bare.lower()[:-1] in CHARACTER_ROLES)
        or re.fullmatch(r"i[’'](?:ve|m|ll|d)", bare.lower()) is not None  # ("I’ve been following": the writer)
    )


def is_title_name(ctx: SentenceContext, name: Name) -> bool:
    return any(m.start < name.end and name.start < m.end for m in ctx.mentions)


# ", and That '30s Story's ": a list item's actor owned by an earlier work the names do not hold
_OWNED_ITEM = re.compile(r"(?<! ) *,\s(?:and\s)?(?:[A-Z0-9'’][\w'’.:\-]*\s){0,5}[A-Z0-9'’][\w'’.:\-]*[’']s\s")


def list_from(ctx: SentenceContext, names: list[Name], first: int, text: str | None = None) -> list[Name]:
    """The names joined to ``names[first]`` by commas and "and" (in ``text``, the sentence as read, if given)."""
    out = [names[first]]
    for k in range(first + 1, len(names)):
        source = ctx.text if text is None else text
        gap = source[out[-1].end : names[k].start]
        if re.fullmatch(r"[’']s? ", gap):
            out[-1] = names[k]  # ("A, Grey Harbor's B and C": the item is the actor its earlier work owns)
            continue
        owner_next = k + 1 < len(names) and re.fullmatch(r"[’']s? ", source[names[k].end : names[k + 1].start]) is not None
        if not LIST_SEP.match(gap) and not _OWNED_ITEM.fullmatch(gap) and not (owner_next and re.fullmatch(r" *,\s(?:and\s)?The\s", gap)):
            break
        out.append(names[k])
    return out


def with_shared_surname(text: str, name: Name, names: list[Name]) -> Name:
    """"Harry and Jack Williams" in a credit: a given name joined by "and" to a full name of two words shares its surname."""
    later = [n for n in names if n.start >= name.end]
    if " " in name.text or not later or len(later[0].text.split()) != 2 or not re.fullmatch(r"\s+and\s+", text[name.end : later[0].start]):
        return name
    return Name(f"{name.text} {later[0].text.split()[-1]}", name.start, name.end)
