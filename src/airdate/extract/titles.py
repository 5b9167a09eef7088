"""Which titles a page talks about, found from the page itself (no list of shows).

The page's own title is the capitalised name its headings keep repeating; its aliases and misspellings are
capitalised runs whose title key is (nearly) the same. Other titles are capitalised runs in a title context ("the
worldwide hit X", "X was renewed", "X's writer-director"); a mention after a comparison word ("unlike X", "like X") is
never the subject of a claim.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from airdate.extract.films import is_film_page
from airdate.extract.headline_lead import (
    HEADING_STOP,
    QUOTED,
    STARRING,
    credit_before_next_work,
    glued_name,
    headline_lead,
    number_title,
    quoted_in,
    spun_off,
    stops_inside,
    with_colon_subtitle,
    with_comma_part,
    with_preposition_tail,
    without_cast,
)
from airdate.extract.korean_names import korean_names_in, part_of_korean_name
from airdate.extract.lexicon import CONNECTORS, GENERIC_CAPITALS, PLATFORM_KEYS, PLATFORM_PATTERN, is_month_or_day
from airdate.extract.title_words import AUXILIARIES as _AUXILIARIES
from airdate.extract.title_words import TITLE_WORDS
from airdate.extract.title_words import generic as _generic
from airdate.extract.title_words import platform_part as _platform_part
from airdate.extract.title_words import platform_part_here as _platform_part_here
from airdate.extract.title_words import HONORIFICS, NGRAM_WORD, ORDINAL, capitalised_ngrams, marked_as_person, only_inside
from airdate.extract.title_words import after_platform_owner, fold_quotes, platform_owned, shown_as_actor, shown_as_person
from airdate.extract.title_words import company_name as _company, played_part
from airdate.extract.title_words import after_comparison, fuller_name, holds, lower_in_body, opens, possessive, title_cased
from airdate.extract.title_words import most_common_surface as _most_common_surface
from airdate.extract.title_words import surname as _surname
from airdate.extract.title_words import ABBREVIATED, PREPOSITIONS, SEASON_NUMBER, clean_run, without_platform
from airdate.extract.season_named import season_named_runs
from airdate.extract.page_season import sequel_number, target_season
from airdate.extract.sentences import Sentence
from airdate.normalize import title_key

_WORD = re.compile(r"[A-Za-z0-9][\w'’‘\-&+.]*")
# Words right before a run that say it names a work.
_TITLE_BEFORE = frozenset(
    """hit hits horror series show shows drama k-drama dramas film films movie movies original originals sitcom thriller
    comedy anime franchise sequel prequel spin-off spinoff docuseries miniseries blockbuster smash adaptation title
    fantasy sci-fi romance procedural saga epic titled""".split()
)
_JOB_OF_THE_WORK = re.compile(r"\b(?:(?:screen)?writer|director|creator|showrunner|producer|composer|author|star|lead)s?\s(?:of|for)\s(?:the|this)\s\S+,$")
_ORDERED = frozenset("ordered renewed renews renew greenlit greenlights cancelled canceled cancels axed".split())
_EVENT_WORDS = frozenset("showcase festival expo convention summit conference upfront upfronts awards comic-con".split())
_PERSON_JOB = r"(?:director|writer|creator|showrunner|producer|composer|star|lead|editor|author|host|narrator)s?\b"
_TITLE_AFTER = re.compile(
    r"^[’'‘]?s?\s*(?:season\s+\d|(?:was|is|has been|got|were)\s+(?:only\s+|also\s+|officially\s+)?(?:renewed|cancel+ed|picked up|greenlit)"
    r"|is\s+getting\s+a\s+(?:second|third|fourth|fifth|new)\s+season"
    # "X will be coming back for a second season", "X is returning for its fourth season": only a show has seasons
    r"|(?:will\s+be\s+|is\s+|are\s+)?(?:coming\s+back|returning|back)\s+for\s+(?:a|its|their)\s+(?:second|third|fourth|fifth|sixth|seventh|new|\d+(?:st|nd|rd|th))\s+season"
    r"|received|[’']s\s+(?:writer|director|creator|showrunner|season|renewal|logline|synopsis|trailer|premiere|finale"  # ("A’s first film": a person's)
    r"|(?:first|second)\s+(?:\w+\s+)?(?:seasons?|series|episodes?|trailer|teaser|look|part|installment|chapter))\b"
    r"|(?:writer|director|creator|showrunner)\b"
    # "X has released its second season", "X is a South Korean horror series", "X is the most-watched series on Netflix"
    r"|(?:has|have)\s+(?:released|dropped|premiered)\s+(?:its|their)\b"
    # "X first debuted on the streaming platform last month": only a work debuts or premieres somewhere
    r"|(?:first\s+|originally\s+)?(?:debuted|premiered)\s+(?:on|in|at|with)\s+(?:the\s+)?(?:streaming|streamer|platform|network|channel|service|Netflix|Hulu|HBO|Apple|Prime|Disney|Max|Peacock|Paramount|January|February|March|April|May|June|July|August|September|October|November|December|\d{4}|last|earlier)"
    # "X, directed by A, will premiere ...", "X will be released in theatres": only a work is directed or released
    r"|,\s(?:directed|written|created|helmed)\sby\b|(?:will|is\sset\sto|is\sslated\sto|is\sscheduled\sto)\s(?:premiere|be\sreleased|debut)\b"
    # ("Disney+ will debut X, a new romantic comedy series", "X stars A as B": a work's appositive, a work's cast)
    # (not "A is the director of the series": a job before the work is a person's)
    r"|is\s+(?:a|an|the)\s+(?:(?!" + _PERSON_JOB + r")[\w\-]+\s+){0,3}(?:series|show|drama|k-drama|anime|sitcom|miniseries|docuseries|film|movie)\b|stars\s(?-i:[A-Z])"
    # (", an upcoming Peacock thriller": a network may stand among its words)
    r"|,\s(?:a|an)\s(?:(?:(?-i:[a-z\-]+)|(?-i:[A-Z])[\w+]*)\s){0,3}(?:series|show|drama|k-drama|anime|sitcom|miniseries|docuseries|film|movie|thriller)\b)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Mention:
    title: str  # display form of the title
    start: int  # offsets inside the sentence text
    end: int
    is_main: bool
    comparison: bool  # after "unlike", "like", "as": named for comparison, not the subject


_PARTICIPLE_OPENERS = frozenset("Based Inspired Adapted Set Starring Directed Produced Created Written".split())


def _runs(text: str) -> list[tuple[int, int]]:
    """Capitalised runs (with inner connectors such as "of", "the") as spans of ``text``."""
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(words):
        if not words[i][2][0].isupper():
            i += 1
            continue
        j = i
        last_cap = i
        while j + 1 < len(words):
            nxt = words[j + 1][2]
            gap = text[words[j][1] : words[j + 1][0]]
            if gap == " & " and nxt[0].isupper() and last_cap == j:
                j += 1  # ("Mary & George": an ampersand joins the two halves of one name)
                last_cap = j
                continue
            if gap.strip() or "\n" in gap:
                break
            if nxt[0].isupper() or nxt[0].isdigit() and last_cap == j:
                j += 1
                last_cap = j
            elif nxt.lower() in CONNECTORS and not (j + 2 < len(words) and is_month_or_day(words[j + 2][2])):
                j += 1  # ("Hulu on August 14": a date after "on" or "in" is no part of a name)
            else:
                break
        first = i
        # ("Based on Anne Rice's novel", "Inspired by X": the participle and its preposition open no title)
        if words[i][2] in _PARTICIPLE_OPENERS and i + 1 < last_cap and words[i + 1][2].lower() in ("on", "by", "in", "from"):
            first = i + 2
        runs.append((words[first][0], words[last_cap][1]))
        i = last_cap + 1
    return runs


@dataclass
class TitleIndex:
    """The page's own title (with aliases) and the other titles it names."""

    main: str | None
    aliases: tuple[str, ...]
    target_season: int | None
    _main_pattern: re.Pattern[str] | None

    def mentions(self, text: str) -> list[Mention]:
        found: list[Mention] = []
        taken: list[tuple[int, int]] = []
        if self._main_pattern is not None and self.main:
            for m in self._main_pattern.finditer(text):
                if m.group().islower():
                    continue  # running text writes a title with capitals: "see" is a verb, "See" the show
                # ("TSUKIMICHI -Moonlit Fantasy-": a subtitle set between dashes is part of the name)
                subtitle = _DASHED_SUBTITLE.match(text, m.end())
                end = subtitle.end() if subtitle else m.end()
                found.append(Mention(self.main, m.start(), end, True, after_comparison(text, m.start())))
                taken.append((m.start(), end))
        for start, end in _runs(text):
            if any(s < end and start < e for s, e in taken):
                continue
            # ("Prince Tomas on Netflix's The Salt Road": a role, then the work its network owns)
            owned_inside = _PLATFORM_OWNS_INSIDE.search(text, start, end)
            if owned_inside is not None:
                start = owned_inside.end()
            start += after_platform_owner(text[start:end])  # ("MBC's Salt Road": the network owns the work)
            name = clean_run(text[start:end])
            # ("Apples Never Fall on Peacock stars A": the platform after "on" is no part of the name)
            if (bare := without_platform(name)) != name:
                name, end = bare, start + len(bare)
            # "The Mask Parade Season 3 arrives in 2025": the season named after a title is no part of it
            season = SEASON_NUMBER.search(name)
            if season and season.start() > 0:
                words = name[: season.start()].split()
                while words and words[-1].lower() in CONNECTORS:
                    words.pop()  # ("Yi Hwan in Season 1", "Filming for Season 3": a person or a verb, not a title)
                name = " ".join(words)
                if len(words) == 1 and (start == 0 or re.search(r"[.!?:]\s*$", text[:start])):
                    continue  # ("Filming Season 3 wrapped": a capitalised sentence opener)
            if not name or not _is_title_context(text, start, start + len(name), name):
                continue
            if self.main and same_as_main(name, self.main):
                found.append(Mention(self.main, start, end, True, after_comparison(text, start)))
            else:
                found.append(Mention(name, start, start + len(name), False, after_comparison(text, start)))
        return sorted(found, key=lambda m: m.start)


_PLATFORM_OWNS_INSIDE = re.compile(r"(?<!\s)\s(?:on|in|of)\s(?:" + PLATFORM_PATTERN.pattern + r")[’']s\s(?=[A-Z])")


def same_as_main(name: str, main: str) -> bool:
    a, b = title_key(name), title_key(main)
    return a == b or (len(a) > 6 and fuzz.ratio(a, b) >= 88)


def _is_title_context(text: str, start: int, end: int, name: str) -> bool:
    words = name.split()
    if all(w.lower() in GENERIC_CAPITALS or is_month_or_day(w) or w.isdigit() for w in words):
        return False  # ("its original July 18 release date": a day is no work)
    if title_key(name) in PLATFORM_KEYS or any(w.lower() in _EVENT_WORDS for w in words):
        return False  # ("Disney's APAC Showcase in Hong Kong": an event, not a work)
    if SEASON_NUMBER.match(name):
        return False  # "Season 3 Part 2 will premiere in January": a season of the show, not a work of its own
    if any("-" in w[1:] for w in words) and len(words) <= 3:
        return False  # hyphenated given names are people ("Kang Min-soo"), not titles
    before = text[max(0, start - 80) : start].lower().split()
    prev = before[-1].strip(",;:") if before else ""
    if len(before) >= 2 and before[-2] == "of" and prev in _TITLE_BEFORE:
        return False  # "HBO's head of drama Francesca Orsi": a job title before a person
    if before and before[-1].endswith(",") and re.match(r"\s*(?:in|throughout|over|during|across|through|within|at)\b", text[:start], re.IGNORECASE):
        return False  # "In the series, Juliette (X) investigates": an adverbial opener, then the sentence's subject
    if re.search(r"\b(?:starring|stars|actor|actress|director|co-star)\s$", text[max(0, start - 12) : start], re.IGNORECASE):
        return False  # "The show starring Max Ther received ...": a person, whatever follows
    if re.search(r"\b(?:directed|written|created|helmed|penned|scripted|voiced|played|portrayed)\sby\s$", text[max(0, start - 14) : start], re.IGNORECASE):
        return False  # "directed by Ivo Sarr, written by Ada Mbeki": the maker, though a work's ", written by" follows
    if re.search(r"\b(?:episode|chapter|part|finale|premiere)\b[^.;]{0,40}?\b(?:titled|called|named)\s[“\"‘']?$", text[max(0, start - 60) : start], re.IGNORECASE):
        return False  # "the first episode of season 4, titled 'Truth for a Truth'": an episode's title, no show
    if re.search(r"\b(?:titled|called)\s[“\"‘']?$", text[max(0, start - 12) : start], re.IGNORECASE) and re.match(
            r"[,.]?[”\"’']?,?\s(?:the|this)\s(?:episode|finale|chapter|instal+ment)\b", text[end : end + 30], re.IGNORECASE):
        return False  # "Titled “Magic Shine Again,” the episode will see ...": the episode's title
    if re.search(r"\b(?:songs?|theme|single|track|anthem|OST)\b,?\s\(?[“\"‘']?$", text[max(0, start - 13) : start], re.IGNORECASE):
        return False  # 'the opening theme song "Iron Bells"', "the ending theme, “Salt”", "best original song (“Salt”)": a song
    if re.match(r"\s\((?:19|20)\d{2}\)", text[end : end + 8]):
        return True  # "his work on Vantage (2018)": a year in brackets follows a work's name
    if re.search(r"\b(?:19|20)\d{2}[’']s\s$", text[max(0, start - 8) : start]):
        return True  # "his most famous movie is 2015’s Paper Lanterns": a year's possessive names a work
    if _ADJECTIVE_OF_TITLE.match(text[end:]):
        return False  # "the hit Spanish comedy-drama series Glass Orchard": the capital word describes the title after it
    if prev in _ORDERED and re.match(r"\s+(?:to\s+series|for\s+(?:a|its|their)\s+(?:\w+\s+)?season)\b", text[end:]):
        return True  # "FX ordered X to series", "Netflix renewed X for a third season"
    if before[-1:] and before[-1].endswith(",") and _JOB_OF_THE_WORK.search(" ".join(before[-5:])):
        return False  # "The screenwriter of the show, A, has ...": the person who does the job, in apposition
    # ("tapped three directors to helm episodes of the series: A, B and C": a colon opens a list, not a title)
    if (prev in _TITLE_BEFORE and not before[-1].endswith(":")) or platform_owned(text, start, name):
        return True
    if re.search(r"\b(?:premiere|renewal|debut|finale|trailer|logline)\sof\s$", text[max(0, start - 20) : start], re.IGNORECASE):
        return True  # "Ahead of the premiere of X on September 4"
    if _TITLE_AFTER.match(text[end:].lstrip()) and prev not in ("director", "writer", "actor", "actress", "star"):
        return start > 0 or len(words) >= 2
    if prev in ("unlike",) or (prev == "and" and "unlike" in before[-8:]):
        return True
    if re.search(r"\b(?:working title|code ?name|finale|episode|chapter|entitled)\W{0,3}$", text[max(0, start - 25) : start], re.IGNORECASE):
        return False  # 'under the working title "Glass Token."', 'The finale, "Last Stop," was directed by': no work of its own
    # ('“The Bequest,” from director X': American style puts the comma inside the quote)
    quoted = start > 0 and text[start - 1] in "“\"‘'" and end < len(text) and re.match(r"[,.!?]?[”\"’']", text[end : end + 2]) is not None
    # 'Leon "Skipper" Banks': a quoted nickname between a given name and a surname is part of a person's name
    nickname = re.search(r"[A-Z][\w\-]*\s$", text[max(0, start - 30) : start - 1]) and re.match(r"\s[A-Z]", text[end + 1 : end + 3])
    # ("Huw Novelli as Callan or “Brother Death,”", "aka “The Ghost”": a character's other name in quotes; "a series
    # called “X”" still names a title)
    # ("A stars as “Nina”": a part, quoted)
    alias = re.search(r"\b(?:or|aka|a\.k\.a\.|alias|nicknamed|(?<!known )as|plays|playing|portrays|portraying)\s$", text[max(0, start - 16) : start - 1]) is not None
    return quoted and len(words) <= 6 and not nickname and not alias


_ADJECTIVE_OF_TITLE = re.compile(
    r"\s{1,3}(?:[a-z][\w\-]*\s{1,3}){0,2}(?:series|show|drama|k-drama|comedy|comedy-drama|thriller|anime|film|movie|sitcom)\s{1,3}[“\"‘']?[A-Z]"
)
# the words of a title are parted by spaces or a hyphen ("Tomo Chan" in a headline, "Tomo-chan" in the text)
_WORD_GAP = r"(?:\s+|-)"
# "TSUKIMICHI -Moonlit Fantasy-", "Tsukimichi – Moonlit Fantasy Season 2": a light novel's subtitle set off by dashes
_DASHED_SUBTITLE = re.compile(r" ?[-–—] ?[A-Z][^-–—\n.;:]{0,40}?(?:-(?=[\s,.:;!?]|$)|(?= (?:Season|Series|Part|TV|Anime)\b))")
_SUBTITLED = re.compile(r"(?P<base>[^-–—]{2,40}?) -[A-Z][^-–—]{0,40}-")


def build_title_index(text: str, sentences: Sequence[Sentence]) -> TitleIndex:
    """Find the page's own title from its headings and quoted names, counted over the whole text."""
    body = " ".join(s.text for s in sentences if not s.is_heading)  # teasers and other furniture are left out
    headings = [s.text for s in sentences if s.is_heading or (len(s.text.split()) <= 16 and s.text.endswith(("!", "?")))]
    if not headings:
        headings = [text.strip().split("\n", 1)[0]]
    candidates: Counter[str] = Counter()
    text_key = f" {title_key(text)} "
    # a byline ("By Jo Reyes | May 2, 2025") names the author, never the show
    bylines = [h for h in headings if re.match(r"(?:by|written by|posted by)\s", h, re.IGNORECASE)]
    quoted = [m.group(1) for m in QUOTED.finditer(text)]
    # a quoted name is a title whole, stop words and all ('Who Killed Sara?')
    for name in quoted:
        name = name.rstrip("?!.,")
        if 1 < len(name.split()) <= 6 and HEADING_STOP.search(name) and not _platform_part(name):
            candidates[name] += 1
    quoted_set = set(quoted)
    for source in [*(h for h in headings if h not in bylines), *quoted]:
        # ("A, B Starrer X Renamed Y": the names before "starrer" are its cast, the work follows)
        for chunk in (c for part in without_cast(source) for c in HEADING_STOP.split(STARRING.split(part, maxsplit=1)[0])):
            tokens = [t.strip("“”\"‘’'") for t in chunk.split()]
            tokens = [t for t in tokens if t]
            for i in range(len(tokens)):
                for j in range(i + 1, min(len(tokens), i + 8) + 1):
                    window = tokens[i:j]
                    # "Kaiju No. 8"; "Ghost Courier 100 Season 3" (a number of two digits or more before the season is
                    # no sequel's, nor a year)
                    numbered = len(window) > 1 and window[-1].isdigit() and (
                        window[-2] in ABBREVIATED or (j == len(tokens) and 2 <= len(window[-1]) <= 3)
                    )
                    # ("7th Time Loop": an ordinal may open a name)
                    if not (window[0][0].isupper() or (ORDINAL.fullmatch(window[0]) and len(window) > 1)) or not (window[-1][0].isupper() or numbered):
                        continue
                    # (quoted whole, common words make a name: 'Our Film' is a drama)
                    whole_quote = source in quoted_set and j - i == len(tokens) >= 2 and chunk.strip() == source.strip()
                    if (all(_generic(w) for w in window) and not whole_quote) or (is_month_or_day(window[0]) and all(w.isdigit() for w in window[1:])):
                        continue  # ("Apple TV+ in January 2026: ...", "ahead of June 13": a month or a day is no show)
                    # "Hulu Renews X" / "X (Apple TV+)": the network in a headline is never the page's show,
                    # nor is a word of its name ("Apple" of "Apple TV+", "Prime" of "Prime Video")
                    owner = re.sub(r"[’']s$", "", window[0])
                    if _platform_part_here(" ".join(window), text_key) or (owner != window[0] and _platform_part(owner)):
                        continue  # ("Netflix's The 8 Show": the owner is no part of the name)
                    # ("X on Hulu Release Updates": a platform after "on" is where the work airs, no part of its name)
                    if window[0] == "&" or window[-1] == "&" or without_platform(" ".join(window)) != " ".join(window):
                        continue
                    candidates[" ".join(window).strip(" ,:;“”\"'")] += 1
    seasoned = season_named_runs(body)
    for name, n in seasoned.items():
        candidates[name] += n
    framed: set[str] = set(seasoned)
    # names the body itself frames as a work ("the drama series See", "X is a horror series")
    for sentence in sentences:
        if sentence.is_heading:
            continue
        for start, end in _runs(sentence.text):
            name = clean_run(sentence.text[start:end])
            if name and not stops_inside(name) and _is_title_context(sentence.text, start, start + len(name), name) and not _platform_part(name):
                candidates[name] += 1
                framed.add(name)
    best: str | None = None
    best_score = 0.0
    ngrams = capitalised_ngrams(text)
    # ("M. Night Shyamalan's Trap": an initial is no name; nor is an honorific alone, "Mr" of "Danny Dyer's Mr Bigstuff")
    counts = {c: ngrams.get(tuple(NGRAM_WORD.findall(fold_quotes(c))), 0) for c in candidates if sum(ch.isalnum() for ch in c) >= 2 and c.rstrip(".") not in HONORIFICS}
    # (the name a headline opens with is never set aside as a person's: a show may be named for its hero)
    opening = headline_lead(sentences[0].text)[0] if sentences and (sentences[0].is_heading or sentences[0].text in headings) else ""
    # ("X star A's next movie premieres in May": X is A's credit there, not the page's show)
    credit = credit_before_next_work(sentences[0].text) if sentences and sentences[0].is_heading else None
    # ("Byun Yo Han, Go Jun and Kim Bo Ra's upcoming K-drama titled X": cast names a headline opens with)
    korean = korean_names_in(text)
    counts = {
        cand: n for cand, n in counts.items()
        if not (seasoned[cand] == 0 and cand not in quoted_set and part_of_korean_name(cand, korean))
        and not _surname(cand, text) and not _company(cand, text) and not (possessive(cand, text) and cand not in quoted_set) and not played_part(cand, text) and not (credit and title_key(cand) == title_key(credit)) and not lower_in_body(cand, body)
        # ("showrunner Ivo Sarr", "Seo Min-ha and Yoon Tae-ri are going to feature as the lead actors": a person, unless the
        # page puts a season on the name, as it does on a show named for its hero)
        and not (seasoned[cand] == 0 and (shown_as_actor(cand, text) or marked_as_person(cand, text) or not (opens(opening, cand) and not shown_as_person(cand, sentences[0].text)) and shown_as_person(cand, text)))
    }
    # ("Ewan" of "Ewan McGregor-led"): a word of a name marked as a person's is no title either
    people = [c for c in candidates if len(c.split()) >= 2 and c not in counts and marked_as_person(c, text)]
    counts = {c: n for c, n in counts.items() if not only_inside(c, people, text)}
    if counts:
        top = max(counts.values())
        # a name the text frames as a work counts once it is named at all ("X is the most-watched series")
        # the words a headline opens with, before "Season 2" or the colon, name the page's show
        # (only a headline that opens the page: a caption line further down names a person as often as not);
        # named twice it stands even beside a shorter name said more often ("House" of "House Targaryen")
        # ("X Season 4 Release Date: Everything We Know So Far!" is a headline though it ends like a sentence)
        lead, sure_title = headline_lead(sentences[0].text) if sentences[0].is_heading or sentences[0].text in headings else ("", False)
        # "A, B and more raise hopes for new romance thriller X": a name the headline frames as a work is its show
        framed_lead = _framed_in(sentences[0].text) if lead else None
        # ("The Substance Movie Streaming Release": a name the page repeats, then its genre word, is the show)
        if framed_lead and any(n >= 2 and re.search(re.escape(c) + r"\s+\S+\s+" + re.escape(framed_lead), sentences[0].text)
                               and not _platform_part(c) for c, n in counts.items()):
            framed_lead = None
        if framed_lead and counts.get(framed_lead, 0) >= 2:
            lead, sure_title = framed_lead, True
        # "Watch the trailer for the new K-drama 'Doctor Vey'": a name the headline quotes is its work
        quoted_name = quoted_in(sentences[0].text, text) if sentences[0].is_heading else None
        # (unless the headline opens with a name the page repeats: "Dust Vale Prequel 'Dust Vale: 1889' Gets a Date")
        # ("A and B Star in 'X'": the names the headline opens with are its cast, and the quoted name its show)
        opens_named = any(n >= 2 and sentences[0].text.startswith(c + " ") and not shown_as_person(c, text) for c, n in counts.items()) and not _CAST_IN_QUOTED.search(sentences[0].text)
        if quoted_name and not sure_title and counts.get(lead, 0) < 2 and not opens_named:
            lead, sure_title = quoted_name, True
        # ("the Next 'John Wick' Spinoff, 'Ballerina'": the spin-off's own name)
        lead = spun_off(sentences[0].text, lead) or lead
        eligible = [c for c, n in counts.items() if n >= max(2, 0.7 * top) or (c in framed and n >= max(1, 0.7 * top))]
        # ("X star Adam Scott promises ...": the name before a role is the show, however often the star is named)
        # ("'Gilded Tide' confirmed for season 2": a name the headline quotes is a title, whatever else is said more)
        quoted_lead = bool(lead) and re.search(r"[“\"‘']" + re.escape(lead) + r"[”\"’']", sentences[0].text) is not None
        # ("X: The Office spin-off renewed ...": the name a headline sets before its colon)
        # ("X cast member A spills about B's romance": a name whose cast or star the headline names is a work)
        credible = sure_title or quoted_lead or any(holds(lead, c) for c in eligible) or sentences[0].text.startswith(lead + ":") \
            or (bool(lead) and sentences[0].text.startswith(lead) and _CREDIT_WORD.match(sentences[0].text, len(lead)) is not None)
        # (a lead named twice stands alone when nothing else is named often enough: "Acorn Season 2 – Will it be renewed?")
        if counts.get(lead, 0) >= 2 and fold_quotes(text).count(fold_quotes(lead)) >= 2 and lead not in eligible and (credible or not eligible):
            eligible.append(lead)
        # ("Tin Harbor 4 Poster" over a song the body quotes once: a sure lead named as often as anything else)
        elif sure_title and lead not in eligible and counts.get(lead, 0) >= max((counts[c] for c in eligible), default=2):
            eligible.append(lead)
        if eligible:
            # then the name the text puts a season number on ("See Season 3", "the first season of See")
            # then a name the page sets in quotes twice, as it never sets a person's ("“X” will tell the story of A (B)")
            quoted_twice = Counter(q.rstrip("?!.,") for q in quoted)
            best = max(eligible, key=lambda c: (c == lead, seasoned[c], quoted_twice[c] >= 2, len(c.split()), counts[c], c in framed))
            if best != lead:
                best = fuller_name(best, counts, text)
            best_score = max(counts[best], 2) if best == lead and sure_title else counts[best]
        elif sure_title and counts.get(lead, 0) >= 1 and not any(n >= 2 for n in counts.values() if n):
            # "X Season 2: Release date rumors": a headline that puts a season on a name is about that show,
            # even where the body never repeats it and names nothing else twice
            best, best_score = lead, 2
    # ("‘X’: Netflix Sets Drama Series Starring A and B": a trade headline opens with its show quoted, then a colon)
    quoted_opening = _QUOTED_OPENING.match(sentences[0].text) if sentences[0].is_heading else None
    if quoted_opening and all(w[0].isupper() or w[0].isdigit() or w.lower() in CONNECTORS or w.lower() in PREPOSITIONS
                              for w in quoted_opening.group(1).split()):
        best, best_score = quoted_opening.group(1), 2
    glued = glued_name(sentences[0].text if sentences[0].is_heading else "", text, best)
    if glued:
        best, best_score = glued, max(best_score, 2)
    number_name = number_title(sentences[0].text) if sentences[0].is_heading else None
    if number_name and len(re.findall(r"(?<![\w,.])" + re.escape(number_name) + r"(?![\w-])", text)) >= 2:
        best, best_score = number_name, 2
    if best is None or (best_score < 2 and best not in framed):
        return TitleIndex(None, (), target_season(headings, text, body), None)
    if sentences[0].is_heading and not is_film_page(text, sentences[0].text):
        # (a film page keeps the franchise's name: each film its colon names gets its own claims later)
        best = with_colon_subtitle(best, sentences[0].text, text)
    best = with_preposition_tail(with_comma_part(best, text), sentences[0].text if sentences[0].is_heading else "", text)
    surface = _most_common_surface(best, text)
    aliases = _aliases(surface, text)
    subtitled = _SUBTITLED.fullmatch(surface)
    if subtitled:
        aliases.append(subtitled.group("base"))  # ("Tsukimichi – Moonlit Fantasy": the name with its subtitle set off otherwise)
    alternatives = sorted({surface, *aliases}, key=len, reverse=True)
    pattern = re.compile(
        # (one page writes "Mara's" and "Mara’s" both)
        "|".join(r"(?<![\w-])" + _WORD_GAP.join(re.sub("['’]", "['’]", re.escape(w)) for w in a.split()) + r"(?![\w-])" for a in alternatives),
        re.IGNORECASE,
    )
    target = target_season(headings, text, body, surface)
    if target is None:
        target = sequel_number(headings, alternatives)
    return TitleIndex(surface, tuple(a for a in aliases if a != surface), target, pattern)


_CREDIT_WORD = re.compile(r"(?<!\s)\s+(?:cast|star|stars|actor|actress|director|creator|showrunner)\b")


def _framed_in(headline: str) -> str | None:
    """The first name a headline puts right after a genre word ("the romance thriller X", "horror-comedy X")."""
    for start, end in _runs(headline):
        before = headline[:start].split()
        # ("... Swedish series; A set for drama debut": a genre word before a semicolon frames nothing; "ITV's new
        # drama, X" or "Thriller: X" still frame)
        prev = before[-1].lower().strip(",:") if before else ""
        if len(before) >= 2 and before[-1].endswith(":") and before[-2][:1].isupper():
            continue  # ("Kestrel Moor Series: A, B, Netflix": the genre word ends the show's name; the people follow)
        name = clean_run(headline[start:end])
        if name and prev.rsplit("-", 1)[-1] in _TITLE_BEFORE and not stops_inside(name) and not _platform_part(name):
            return name
    # a headline in title case runs the genre word into the name: "A OTT Web Series Dahira To Have A Sequel?"
    for m in _GENRE_THEN_NAME.finditer(headline):
        head = headline[: m.start()]
        if not head.strip() or re.search(r"(?:^|\s)(?:The|A|An)\s$", head) or (m.group()[0].isupper() and not title_cased(headline)):
            continue  # ("Film Club: A and B pen new drama", "in BBC rom-com Film Club": the genre word opens the name)
        name = clean_run(HEADING_STOP.split(m.group("name"), maxsplit=1)[0])
        words = name.split()
        # ("Dahira To Have A Sequel?": a verb phrase after the name ends it)
        # ("Series TIRES Ahead of Series Premiere": a title-case preposition ends the name too)
        cut = next((i for i, w in enumerate(words) if i and (w.lower() in _AUXILIARIES or w.lower() == "to" or w.lower() in PREPOSITIONS)), len(words))
        words = words[:cut]
        while words and (words[-1].lower() in CONNECTORS or _generic(words[-1])):
            words.pop()
        name = " ".join(words)
        if name and not _platform_part(name) and not all(_generic(w) for w in words):
            return name
    return None


_QUOTED_OPENING = re.compile(r"[“\"‘']((?-i:[A-Z])[^“”\"‘’':]{1,60}?)[”\"’']\s?:\s")
_GENRE_THEN_NAME = re.compile(
    r"\b(?i:series|drama|k-drama|film|movie|anime|sitcom|thriller)\s(?P<name>[A-Z][\w'’\-]*(?:\s(?:[A-Z][\w'’\-]*|of|the|and|in|on)){0,5})"
)


_CAST_IN_QUOTED = re.compile(r"\s(?:(?:to\s)?(?:star|lead|join)s?|(?:are|is)\s(?:cast|set))\sin\s[“\"‘']", re.IGNORECASE)


def _aliases(title: str, text: str) -> list[str]:
    """Capitalised runs spelled nearly like the title ("Some Of Us Is Lost")."""
    n = len(title.split())
    found: set[str] = set()
    for start, end in _runs(text):
        run = clean_run(text[start:end])
        words = run.split()
        for i in range(len(words)):
            window = " ".join(words[i : i + n])
            if len(words[i : i + n]) == n and window != title and same_as_main(window, title):
                found.add(window)
    return sorted(found)
