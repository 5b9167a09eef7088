"""Films are named, not numbered: a sequel's claims belong to its own title, with no season.

The extractor reads every page as seasons of a show, so on a page about "Ashen Road 2" a
sequel's release lands on ("Ashen Road", 2). Labellers of real pages (three independent sets)
file each film under its own title, as the page writes it, with a null season, since a film
has none. This last pass renames such claims once the page reads as a film page.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from airdate.extract.title_words import after_comparison
from airdate.models import Claim

# words that mark a page about films, and those that mark one about seasons of a show
_FILM_WORDS = re.compile(
    r"\b(?:films?|movies?|flicks?|sequels?|(?:three|four)-?quels?|prequels?|box office|theat(?:er|re)s|cinemas|theatrical(?:ly)?|blockbuster|instal+ments?"
    # ("a US limited release prior to wide expansion", "won best picture", "co-wrote the screenplay")
    r"|(?:limited|wide) release|wide expansion|best picture|opening weekend|screenplay"
    # ("two directorial features under his belt, ... this third feature", "a vital and urgent motion picture")
    r"|(?:directorial|first|second|third|fourth|fifth|latest|next|new|debut)\s(?:feature|features)|feature[- ]films?|motion pictures?)\b", re.IGNORECASE
)
_SHOW_WORDS = re.compile(r"\b(?:seasons?|episodes?|series|showrunners?|renewed|renewal|k-dramas?)\b", re.IGNORECASE)
# (a drama is a series on the Korean pages that say it most, and a genre on film pages: it counts, and a headline
# is a show's for a network's drama, "SBS Drama 'X'", "tvN's new drama")
_DRAMA = re.compile(r"\bdramas?\b", re.IGNORECASE)
_NETWORK_DRAMA = re.compile(r"(?<![\w+])(?-i:[A-Z])[\w+]{1,6}(?:[’']s)?\s(?:new\s)?[Dd]ramas?\b")
_FILM_RELEASED = re.compile(r"\b(?:film|movie)\b[^.;]{0,40}?\b(?:release[sd]?|premier\w+|opens?|hits? (?:theat|cinemas))", re.IGNORECASE)
# ("X 4, script not locked yet": a comma or point after the number ends the clause; "X 2,000" or "X 2.5" is no sequel)
_NUMBERED_HEADLINE = re.compile(r"[A-Za-z]\s\d(?!\w|[,.]\d)")
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5}
# "Ashen Road 2", "Ashen Road: Part Three", "Ashen Road Chapter 3" (not "Ashen Road 2024" or "Ashen Road 2,000")
_INSTALMENT = r"(?::\s{0,2}|\s{1,2})(?:(?:Part|Chapter)\s{1,2}(?P<word>One|Two|Three|Four|Five|I{1,3}|IV|V|\d)|(?P<digit>\d))(?![\w,.]\d|\w)"


_CREDITS = frozenset({"cast_member", "character", "director", "writer", "production_company"})
_CREDITED_BEFORE = re.compile(r"\b(?:helmed|directed|wrote|penned|starred\s+in|his|her|their)\s+$")
_LOOKS_BACK = re.compile(
    r"\b(?:first|original|previous|earlier|prequel|predecessor|first part|last film|(?:19|20)\d\d (?:film|movie|blockbuster|hit))\b"
    r"|\b(?:starred|wrote|was|were)\b|\b(?:played|directed|helmed)\b(?!\s+by)", re.IGNORECASE
)


def is_film_page(text: str, headline: str, main: str | None = None) -> bool:
    """Film words outnumber the words of a show's seasons, in the headline and the page alike (a short page that
    never speaks of seasons or episodes and says "the film" opens on a date is a film page too; Korean pages
    call a series a "film" now and then, but do not release it as one). The words of the page's own title do not
    count: a drama called "Our Film" is no film."""
    if main and _FILM_WORDS.search(main):
        text = re.sub(re.escape(main), " ", text, flags=re.IGNORECASE)
        headline = re.sub(re.escape(main), " ", headline, flags=re.IGNORECASE)
    films, shows = len(_FILM_WORDS.findall(text)), len(_SHOW_WORDS.findall(text)) + len(_DRAMA.findall(text))
    released = shows == 0 and _FILM_RELEASED.search(text)
    # ("“X,” an upcoming film starring A", "Netflix movie 'X'": a page that calls its title a film outright)
    called = shows == 0 and bool(main) and re.search(
        r"(?<![\w-])" + re.escape(main or "") + r",?[”\"’']?,?\s{1,3}(?:is\s|was\s)?an?\s(?:[\w\-]+\s){0,3}?(?:film|movie)\b"
        r"|\b(?:film|movie)\s{1,3}[“\"‘']?" + re.escape(main or "") + r"(?![\w-])", text, re.IGNORECASE) is not None
    # ("X 2 Cameos: ..." on a page that twice calls it the sequel: the headline's number is the film's)
    numbered = films >= 2 and _NUMBERED_HEADLINE.search(headline) is not None
    return (films >= 3 or bool(released) or numbered or called) and films > shows and not _SHOW_WORDS.search(headline) and not _NETWORK_DRAMA.search(headline)


def instalment_names(title: str, text: str) -> dict[int, str]:
    """How the page writes each numbered instalment of ``title`` (its fullest spelling)."""
    pattern = re.compile(r"(?<![\w-])" + r"\s+".join(re.escape(w) for w in title.split()) + _INSTALMENT)
    spellings: dict[int, Counter[str]] = {}
    for m in pattern.finditer(text):
        word = m.group("word") or m.group("digit")
        number = int(word) if word.isdecimal() else _NUMBER_WORDS.get(word.lower(), 0)
        if number:
            spellings.setdefault(number, Counter())[" ".join(m.group().split())] += 1
    # the fullest spelling is the official one ("Dune: Part Three" over "Dune 3"), then the commonest
    return {number: max(forms, key=lambda form: (len(form.split()), forms[form])) for number, forms in spellings.items()}


# words that open a headline's own talk after a colon ("X: Release Date, Cast"), not a film's subtitle
_NOT_SUBTITLE = frozenset(
    """season seasons series part chapter release date dates cast trailer review recap plot story news everything what when
    where who why how is will first new official latest""".split()
)
_SUBTITLE_WORD = r"[A-Z][\w'’\-]*"


def subtitled_names(main: str, text: str) -> list[str]:
    """The films a franchise name with a colon names on the page ("Vell: Dawnfall", "Vell: Last Light"), as written."""
    pattern = re.compile(
        r"(?<![\w-])" + r"\s+".join(re.escape(w) for w in main.split())
        + r":\s{1,2}(?P<sub>" + _SUBTITLE_WORD + r"(?:\s(?:" + _SUBTITLE_WORD + r"|of|the|and|&|in|on)){0,4})"
    )
    found: list[str] = []
    for m in pattern.finditer(text):
        words = m.group("sub").split()
        # ("Vell: Ada Mbeki, Ivo Sarr star in ...": a list of people after the colon is no subtitle)
        if words[0].lower() in _NOT_SUBTITLE or re.match(r",\s{1,2}[A-Z]", text[m.end() : m.end() + 4]):
            continue
        # ("X: The New Empire": a word after an article is the subtitle's own)
        cut = next((i for i, w in enumerate(words) if w.lower() in _NOT_SUBTITLE and words[i - 1] not in ("The", "A", "An")), len(words))
        words = words[:cut]
        while words and words[-1] in ("of", "the", "and", "&", "in", "on"):
            words.pop()
        if words:
            found.append(f"{main}: {' '.join(words)}")
    # a subtitle run into the next word ("Dawnfall" and "Dawnfallfollows") is the shorter one mistyped
    return [f for f in dict.fromkeys(found) if not any(o != f and f.startswith(o) for o in found)]


def as_films(claims: list[Claim], main: str | None, text: str, headline: str = "") -> list[Claim]:
    """Each claim about a numbered instalment of the main title, on a film page, goes to that film's own title; so does
    a claim about a film the franchise's name with a colon names ("Vell: Last Light"), or else the headline's film."""
    if main is None:
        return claims
    names = instalment_names(main, text)
    subtitled = subtitled_names(main, text)
    own = next((name for name in subtitled if name in headline), None)
    # a page whose headline names a numbered sequel credits its cast and crew to that sequel unless the sentence
    # looks back at an earlier film ("Starring A in the lead, the horror-comedy is directed by B")
    sequel = next((name for number, name in sorted(names.items()) if number >= 2 and name in headline), None)
    renamed: list[Claim] = []
    for claim in claims:
        if claim.subject != main:
            # ("the 2022 Danish horror hit X", "2022's Y": a film page's other works are films too, with no season,
            # unless the page calls one a show or numbers its season)
            at = claim.quote.find(claim.subject)
            show = at >= 0 and _SHOW_FRAME.search(claim.quote[max(0, at - 90) : at]) is not None
            if claim.season == 1 and not show and not re.search(r"\b(?:season|series)\b", claim.quote, re.IGNORECASE):
                claim = replace(claim, season=None)
            renamed.append(claim)
            continue
        if claim.season is None or (claim.season == 1 and not names.get(1)):
            # ("Reprising their roles from Vell: Dawnfall are ...": a film the sentence looks back to is not the claim's)
            # ("who helmed Vell: Dawnfall", "his Vell: Dawnfall collaborator": nor is one named as someone's credit)
            named = [name for name in subtitled if _named_for_itself(claim.quote, name)]
            # ("Vell: Part Two is coming to theaters": the quote names the sequel and never the first film alone)
            sequels = [name for number, name in names.items() if number >= 2 and _named_for_itself(claim.quote, name)]
            if not named and len(sequels) == 1 and claim.quote.count(main) == claim.quote.count(sequels[0]):
                named = sequels
            title = named[0] if len(named) == 1 else own or main
            if title == main and sequel and claim.attribute in _CREDITS and not _LOOKS_BACK.search(claim.quote):
                title = sequel
            renamed.append(replace(claim, subject=title, season=None))
            continue
        # ("The third installment will bring back ..." on a page about "Avatar: Fire and Ash" that never writes
        # "Avatar 3": the headline's subtitled film is the instalment)
        title = names.get(claim.season) or (main if claim.season == 1 else own or f"{main} {claim.season}")
        renamed.append(replace(claim, subject=title, season=None))
    # ("Smile 2 will be released on October 18": a film is released, never renewed; a show's season still is)
    return [c for c in renamed if not (c.attribute == "renewal" and c.season is None)]


def _named_for_itself(quote: str, name: str) -> bool:
    """Whether ``quote`` names the film ``name`` as what it speaks of, not for comparison or as someone's credit."""
    at = quote.find(name)
    return at >= 0 and not after_comparison(quote, at) and not _CREDITED_BEFORE.search(quote, max(0, at - 30), at)


# "known for hit dramas like X, Y and Z", "the Netflix series X": the words before a work say it is a show
_SHOW_FRAME = re.compile(
    r"\b(?:(?:k-)?dramas|shows|sitcoms)\b[^.;:!?]{0,90}$|\bseries\s+(?:like|such as|including)\s[^.;:!?]{0,90}$"
    r"|\b(?:(?:k-)?drama|series|show|sitcom|miniseries)\s+(?:[“\"‘']\s*)?$",
    re.IGNORECASE,
)
_FILM_FRAME = re.compile(r"\b(?:films?|movies?)\b", re.IGNORECASE)
_CREDITS = frozenset({"cast_member", "character", "director", "writer"})


def shows_named_as_shows(claims: list[Claim], main: str | None) -> list[Claim]:
    """A credit on another work the sentence calls a drama or a series ("directed by A, who is known for hit dramas
    like X and Y") sits on its first season, as the gold README places undated credits; a work whose kind the page
    does not give keeps no season, since films have none (a series page adds season-1 copies of those:
    :func:`credits_of_other_shows_on_first_season`)."""
    placed: list[Claim] = []
    for claim in claims:
        if claim.attribute in _CREDITS and claim.season is None and claim.subject != main:
            at = claim.quote.find(claim.subject)
            lead = claim.quote[max(0, at - 100) : at] if at > 0 else ""
            frame = _SHOW_FRAME.search(lead)
            if frame and not _FILM_FRAME.search(lead[frame.start() :]):
                claim = replace(claim, season=1)
        placed.append(claim)
    return placed


# ("in films like A, B and C": the list of works a film word opens, up to the work)
_FILM_BEFORE = re.compile(r"\b(?:films?|movies?|blockbusters?)\b[^.;:()]{0,60}$", re.IGNORECASE)


def credits_of_other_shows_on_first_season(claims: list[Claim], main: str | None) -> list[Claim]:
    """Season-1 copies of the credits a series page gives the earlier works of its people ("A (Red Kite, Salt Road)
    directs", "Salt Road actor B"): the gold README says credits with no season default to 1, while its seed files
    give a compared show's own director ("Red Kite's writer-director A") no season, and real labellers split
    between the two for earlier works; a work the sentence calls a film has no season either way."""
    copies: list[Claim] = []
    for c in claims:
        if c.subject == main or c.season is not None or c.attribute not in ("cast_member", "director", "writer", "character"):
            continue
        spots = [m.start() for m in re.finditer(re.escape(c.subject), c.quote)]
        if any(_FILM_BEFORE.search(c.quote[max(0, at - 60) : at]) for at in spots):
            continue
        if any(re.match(r"[’‘']s?\s", c.quote[at + len(c.subject) :]) for at in spots):
            continue  # ("Red Kite's writer-director A": the show compared, credited as the seed gold does, with no season)
        copies.append(replace(c, season=1))
    return copies
