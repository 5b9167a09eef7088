"""What every attribute extractor needs to know about one sentence: its clauses, the
titles it names, its season references and its time expressions, plus the rules
that pick a claim's subject and season from them."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from airdate.extract.modality import Clause, Modality, clause_at, modality_at, split_clauses
from airdate.extract.seasons import SeasonRef, find_seasons, nearest_season, season_ranges
from airdate.extract.sentences import Sentence
from airdate.extract.titles import Mention, TitleIndex
from airdate.models import Claim, TimeExpression, WritingWindow

# Past-tense release/production wording: the claim is about a season that already aired.
_PAST = re.compile(
    r"\b(?:was|were|had|did|released|premiered|debuted|streamed|aired|launched|dropped|arrived|dominated|hit the screens|came out"
    r"|(?:first|initially|originally) broadcast"
    r"|continued|began|started|wrapped|held|ended|finished|its (?:release|premiere|debut|launch)|(?:after|following) (?:its|the) (?:release|premiere|debut))\b",
    re.IGNORECASE,
)
# ("On May 14, 2021, Netflix premiered ...": the month is no modal, so "may" counts in lower case only)
# ("is anticipated to be released in the Spring of 2026": an infinitive of release looks ahead whatever its "-ed")
_FUTURE = re.compile(
    # ("premiered in spring and was one of the most anticipated anime": an adjective of praise looks nowhere)
    r"\b(?:will|would|could|might|(?-i:may)|shall|expected|(?<!most )(?<!highly )(?<!long-)(?<!much-)anticipated|slated|scheduled|set to|due to|going to|likely to|hopes? to|plans? to"
    r"|to be released|upcoming|next|new season)\b",
    re.IGNORECASE,
)
# "a show", "shows", "any series": a statement about shows in general, not this one.
# ("K-Dramas do not easily get a second season": a plural kind of show, said of all of them)
_GENERIC_STATEMENT = re.compile(
    r"\b(?:renews? shows|(?:a|any|some|many|most|other) (?:show|series|k-drama)s?\b(?! of| order| regular| premiere| finale| \d| (?:two|three|four|five|six)\b)|shows that"
    r"|(?:k-dramas|dramas|shows|sitcoms|anime series|streaming series)\s+(?:do|don['’]t|do not|rarely|often|usually|typically|tend|generally|seldom|normally))\b",
    re.IGNORECASE,
)


# ("... in 2019 and was renewed for a fifth season": a passive helper opens the new predicate too)
_NEW_PREDICATE = re.compile(
    r"\band\s+(?:then\s+|later\s+)?(?:(?:was|were|has been|have been|is|has)\s+)?(?:[a-z]+ly\s+)?(?:[a-z]+ed|returned|came back|began|ran|went)\b"
    r"|\band\s+that\b", re.IGNORECASE  # ("claimed that A had cancelled X and that the Season 3 finale was ...")
)
_CREDITS_NEXT = re.compile(r"[”\"’']?\s{1,3}(?:stars?|actor|actress|actors|alum\w*|breakout|director|helmer|filmmaker|writer|screenwriter|creator)\b")
# "Park Eun Young, who wrote for Hwarang, is ...": a work a relative clause's verb takes is no subject
_RELATIVE_OBJECT = re.compile(r"\bwho\s(?:[a-z]+\s){1,3}$")
# "Ada Mbeki ("Salt Road," "Red Kite") as Mara Vell": works in brackets after a person are that person's credits
# ("A (Megumi in “Red Kite”) as Kyle": the work of the actor's part in brackets)
_CREDIT_IN_BRACKETS = re.compile(r"[A-Z][\w’'\-]{1,30}\s\((?:[^()]{0,150}?[,;:][”\"’']?\s|[A-Z][\w'’.\-]{0,30}(?:\s[A-Z][\w'’.\-]{0,30}){0,3}\s(?:in|from)\s(?:the\s)?|(?:(?:19|20)\d\d|[A-Z][\w+]*(?:\s[A-Z][\w+]*)?)[’']s?\s)?[“\"‘']?$")
# "A, acclaimed for his roles in 'X' and 'Y'", "B of 'Z' fame": the works a person is known for are no subjects
# ("Helmed by A, the director behind dramas like X, Y and Z, the show ...": the maker's earlier works)
_KNOWN_FOR = re.compile(
    r"\b(?:known|acclaimed|famous|recogni[sz]ed|praised|remembered|best known)\s+(?:for|from)\b[^.;()]{0,80}$"
    r"|\bthe\s+(?:[a-z\-]+\s+){0,2}(?:director|writer|creator|showrunner|filmmaker|mind|team|duo)s?\s+behind\b[^.;()]{0,80}$"
    # ("A, the director of the drama, previously worked on X and Y")
    r"|\b(?:who|previously|earlier|also|once|has|had)\s+(?:also\s+)?worked\s+on\b[^.;()]{0,80}$"
    # ("Bae, whose latest Korean work was the 2023 film “Next Sohee,” takes on the role of X")
    r"|\bwhose\s+(?:[a-z\-]+\s+){0,3}(?:work|film|movie|drama|series|show|project|role|credits?)\s+(?:was|were|is|include[sd]?)\b[^.;()]{0,60}$", re.IGNORECASE
)
_FAME_AFTER = re.compile(r"[”\"’']?\s{1,3}fame\b")
# "Lily Franky from 'Shoplifters'": a work named after a person and "from" is that person's credit
# "Formerly titled Snowbirds, the comedy ...": the show's old name is the show, no other subject
_FORMER_NAME = re.compile(r"\b(?:formerly|previously|originally|once|initially)\s+(?:titled|called|named|known\s+as)\s+[“\"‘']?$|\bworking\s+title\s+(?:of\s+)?[“\"‘']?$", re.IGNORECASE)
# ("the fifth film in Tin Lantern Pictures' 'MoorVerse'", "the latest entry in the Kestrel saga"): a franchise a film
# belongs to is no subject of the film's facts
_FRANCHISE_BEFORE = re.compile(
    r"\b(?:film|movie|instal+ment|entry|chapter|title)\s(?:in|of)\s(?:the\s)?(?:[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,3}[’'](?:s\s|\s))?[“\"‘']?$"
)
_FROM_WORK = re.compile(r"\b[A-Z][\w’'\-]+\s{1,3}from\s{1,3}(?:the\s{1,3})?[“\"‘']?$")
_THE_SHOW_RESUMES = re.compile(r",\s+(?i:the)\s+(?:new\s+)?(?i:series|show|drama|k-drama|anime)\b(?!\s+[“\"‘']?[A-Z])")
_COMPARED = re.compile(r"\b(?:like|unlike|as with|as (?:it|they|she|he) did (?:with|for))\s+(?:the\s+)?$", re.IGNORECASE)
_COMING_LIST = re.compile(
    r"\b(?:return\w*|back|expect\w*|new|join\w*|upcoming|next|coming|will|would|could|might|should|if|confirmed|announced|cast as)\b",
    re.IGNORECASE,
)
_RELATIVE_START = re.compile(r"^[\s,]*(?:which|who|where|that)\b", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[.;]|\b(?:but|and)\b", re.IGNORECASE)
_RELATIVE_AFTER = re.compile(r"^\s*,\s+(?:who|which|whose|where)\b[^,;.]*(?:,|$)")
# ("Dolly de Vell": a particle inside a name)
_NAME_WORDS = r"[A-Z][\w'’\-]*(?: (?:[A-Z][\w'’\-.]*|(?:de|del|della|van|von|da|di|du|dos|le|la|bin)(?= [A-Z]))){0,4}"
# ("A and rapper B were cast": a job word may stand before a listed name)
_LISTED_JOB = r"(?:(?:rapper|singer|actor|actress|comedian|filmmaker|director|newcomer|musician|writer) )?"
# ("A (Red Kite), B (Salt Road) and C will also star": an earlier work in brackets after each name is part of the list)
_CREDIT_BRACKET = r"(?: \([^()]{1,80}\))?"
_REST_OF_LIST = re.compile(
    _CREDIT_BRACKET + r"(?:, " + _LISTED_JOB + _NAME_WORDS + _CREDIT_BRACKET + r")*,? and " + _LISTED_JOB + _NAME_WORDS + _CREDIT_BRACKET
)
# a relative clause that may also close the sentence ("X, who also wrote the first season.")
_RELATIVE_CLAUSE = re.compile(r"^\s*,\s+(?:who|which|whose|where)\b[^,;.]*(?:[,;.]|$)")


_BRACKET_FIRST = re.compile(r"\s?\([^()]{1,160}\)")


def past_rest_of_list(rest: str) -> str:
    """``rest`` (the words after one name of a list) past the list's other names: "A, B and C are the directors"
    gives B's and A's predicate as well as C's."""
    listed = _REST_OF_LIST.match(rest)
    return rest[listed.end() :] if listed else rest


@dataclass
class SentenceContext:
    """One sentence with everything found in it; offsets are relative to the sentence."""

    sentence: Sentence
    titles: TitleIndex
    window: WritingWindow
    article: str
    document_id: str
    times: list[TimeExpression]  # spans relative to the sentence
    clauses: list[Clause] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    seasons: list[SeasonRef] = field(default_factory=list)
    ranges: list[tuple[int, int, list[int]]] = field(default_factory=list)  # "the first two seasons"
    # the show and season a section heading announces ("Gasket Season 4 (FX)" in a roundup)
    section_title: str | None = None
    section_season: int | None = None
    roundup: bool = False  # the page lists several shows, one section each
    # the sentence that introduces the list this line belongs to ("These are the actors we expect back:")
    lead: str = ""
    # the sentence before a long introduction, in its paragraph ("... details about the second season. The cast is as follows:")
    lead_before: str = ""
    # the sentences before this one, most recent first ("A plays Lee In. He is the prince ... The actor is best known
    # for ...": a pronoun's performer may be named a few sentences back)
    recent: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        return self.sentence.text

    @classmethod
    def build(
        cls, sentence: Sentence, titles: TitleIndex, window: WritingWindow, article: str, document_id: str,
        times: list[TimeExpression], section: tuple[str | None, int | None] = (None, None), roundup: bool = False,
    ) -> SentenceContext:
        ctx = cls(
            sentence, titles, window, article, document_id, times,
            section_title=section[0], section_season=section[1], roundup=roundup,
        )
        ctx.clauses = split_clauses(sentence.text)
        ctx.mentions = titles.mentions(sentence.text)
        # "1923 is filming", "Blade 2049 Returns": a number inside a title's name is no date
        ctx.times = [t for t in ctx.times if not any(m.start <= t.span[0] and t.span[1] <= m.end for m in ctx.mentions)]
        if ctx.section_title and ctx.section_title != titles.main:
            ctx.mentions = [m for m in ctx.mentions if m.title != ctx.section_title]
        # "like season 1", "as it did with Part 1": a season named for comparison is not the claim's
        ctx.seasons = [
            r for r in find_seasons(sentence.text, ctx.target)
            if not _COMPARED.search(sentence.text[max(0, r.start - 25) : r.start])
        ]
        # "In Weak Hero Class 2, ...": the page's own numbering of its show, as its headline does ("X 2 Release Date")
        for m in ctx.mentions:
            numbered = re.match(r"\s(\d)(?![\d,.:]?\d)", sentence.text[m.end :])
            if m.is_main and numbered and int(numbered.group(1)) == titles.target_season:
                ctx.seasons.append(SeasonRef(titles.target_season, m.start, m.end + numbered.end(), True))
        ctx.seasons.sort(key=lambda r: r.start)
        ctx.ranges = season_ranges(sentence.text, ctx.target)
        return ctx

    def predicate_after(self, end: int) -> str:
        """What the sentence says about the phrase ending at ``end``: its verb phrase, past a
        relative clause ("X, who wrote the first season, is writing the new one" -> "is writing the new one")."""
        rest = self.text[end:]
        # ("A (Red Kite, Salt Road, and Tin Lantern) will now write": the earlier works in brackets say nothing of A)
        rest = rest[m.end() :] if (m := _BRACKET_FIRST.match(rest)) else rest
        if rest.startswith(". ") and re.search(r"\b(?:Jr|Sr)$", self.text[:end]):
            rest = rest[1:]  # "Ivo Sarr Jr. directs.": the suffix's stop ends no sentence
        relative = _RELATIVE_AFTER.match(rest)
        if relative:
            rest = rest[relative.end() :]
        # "A, B, and C have joined the cast": the list's last name carries the verb for all of them
        rest = past_rest_of_list(rest)
        stop = re.search(r"[.;]|,\s+(?:but|while|and)\b", rest)
        return rest[: stop.start()] if stop else rest

    def relative_after(self, end: int) -> str:
        """The relative clause right after a name ("X, who directed the pilot,"), or ''."""
        relative = _RELATIVE_CLAUSE.match(self.text[end:])
        return relative.group() if relative else ""

    # ------------------------------------------------------------ clauses and modality

    def clause(self, position: int) -> Clause:
        return clause_at(self.clauses, position)

    def clause_text(self, position: int) -> str:
        c = self.clause(position)
        return self.text[c.start : c.end]

    def modality(self, position: int) -> Modality | None:
        if self.lead:
            # a list line asserts what its introduction asserts ("If the show returns, expect to see:")
            return modality_at(self.lead, len(self.lead) - 1)
        return modality_at(self.text, position, self.clauses)

    @property
    def lead_season(self) -> int | None:
        """The season a list's introduction names, else the one to come (lists introduce the coming cast)."""
        if not self.lead:
            return None
        refs = find_seasons(self.lead, self.target)
        if refs:
            return refs[-1].season
        if self.cast_heading_season is not None:
            return self.cast_heading_season  # "Rounding out the cast are:" under "X Season 20 Cast"
        refs = [r for r in find_seasons(self.lead_before, self.target) if r.explicit]
        if refs:
            return refs[-1].season
        # "Here's who is expected back:" introduces the coming cast; "The main cast:" the aired show's, on season 1
        # as the gold README places credits with no season
        return self.target if _COMING_LIST.search(self.lead) else (1 if self.aired else self.target)

    @property
    def heading_season(self) -> int | None:
        """The season a list line's section heading names ("Hollow Pines Season 3 Cast List"), if it is a list line."""
        if not self.sentence.is_item or not self.sentence.heading:
            return None
        refs = [r for r in find_seasons(self.sentence.heading, self.target) if r.explicit]
        return refs[-1].season if len(refs) == 1 else None

    @property
    def cast_heading_season(self) -> int | None:
        """The one season a cast section's heading names ("Returning cast and plot details for Season 3")."""
        heading = "" if self.sentence.under_headline else self.sentence.heading or ""
        if not re.search(r"\b(?:cast|who(?:['’]s| is) (?:in|back|returning))\b", heading, re.IGNORECASE):
            return None
        refs = [r for r in find_seasons(heading, self.target) if r.explicit]
        return refs[-1].season if len(refs) == 1 else None

    def is_generic(self, position: int) -> bool:
        return bool(_GENERIC_STATEMENT.search(self.clause_text(position)))

    def is_past(self, position: int) -> bool:
        words = self.clause_text(position)
        return bool(_PAST.search(words)) and not _FUTURE.search(words)

    def times_in_clause(self, position: int) -> list[TimeExpression]:
        c = self.clause(position)
        return [t for t in self.times if c.start <= t.span[0] < c.end]

    # ------------------------------------------------------------ subject and season

    def subject(self, position: int) -> str | None:
        """The title a claim triggered at ``position`` is about.

        The nearest title named before the trigger (not as a comparison) wins; else the
        nearest after it in the same clause; else the page's own title.
        """
        # ("'Hollow Crown' actor A will play the role of X": another work that credits an actor is no subject)
        usable = [m for m in self.mentions if not m.comparison and (m.is_main or not (
            _CREDITS_NEXT.match(self.text[m.end : m.end + 12]) or _CREDIT_IN_BRACKETS.search(self.text[max(0, m.start - 90) : m.start])
            or _KNOWN_FOR.search(self.text[max(0, m.start - 90) : m.start]) or _FAME_AFTER.match(self.text, m.end)
            or _FROM_WORK.search(self.text[max(0, m.start - 40) : m.start]) or _RELATIVE_OBJECT.search(self.text[max(0, m.start - 40) : m.start])
            or _FORMER_NAME.search(self.text[max(0, m.start - 30) : m.start])
            or _FRANCHISE_BEFORE.search(self.text[max(0, m.start - 80) : m.start])))]
        before = [m for m in usable if m.end <= position + 1]
        if before:
            # "Directed by A, who made the film X (2019), the series stars B": a main clause about "the series" after
            # a subordinate one that named other works is about the page's show
            if not before[-1].is_main and self.titles.main and _THE_SHOW_RESUMES.search(self.text, before[-1].end, position):
                return self.section_title or self.titles.main
            return before[-1].title
        c = self.clause(position)
        after = [m for m in usable if m.start >= position and m.start < c.end]
        if after:
            return after[0].title
        return self.section_title or self.titles.main

    @property
    def main(self) -> str | None:
        """The show this part of the page is about: its section's show, else the page's."""
        return self.section_title or self.titles.main

    def is_main(self, subject: str | None) -> bool:
        return subject is not None and subject == self.main

    def explicit_season(self, position: int, whole_sentence: bool = True) -> int | None:
        c = self.clause(position)
        # "premiered in September 2022 and returned for its second season on March 6": a season named after
        # the trigger belongs to it only if no other predicate ("and returned") comes between them
        refs = [
            r for r in self.seasons
            if r.start < position or not _NEW_PREDICATE.search(self.text[position : r.start])
        ]
        relative = _RELATIVE_START.match(self.text[c.start : c.end])
        closing = self.text.find(",", c.start + relative.end(), c.end) if relative else -1
        # "The first film, which opened on June 16, 2023": a relative clause is about its head noun, and inside it
        # ("the first season, which aired from January to March, the sequel ...") that season holds whatever the
        # clause names after it
        head = [r for r in self.seasons if r.end <= c.start and not _CLAUSE_BREAK.search(self.text[r.end : c.start])] if relative else []
        if head and position < (closing if closing >= 0 else c.end):
            return head[-1].season
        found = nearest_season(refs, position, c.start, c.end)
        if found is None and head:
            return head[-1].season
        if found is None and whole_sentence:
            found = nearest_season(refs, position)
        return found

    @property
    def target(self) -> int | None:
        if self.section_title and (self.section_title != self.titles.main or self.roundup):
            return self.section_season
        return self.titles.target_season

    @property
    def aired(self) -> int | None:
        """The season already out when the page was written (the one before the target)."""
        if self.target is None:
            return None
        return max(1, self.target - 1)

    # ------------------------------------------------------------ output

    def claim(
        self, subject: str, season: int | None, attribute: str, value: object, modality: Modality, widget: bool = False
    ) -> Claim:
        return Claim(
            article=self.article,
            subject=subject,
            season=season,
            attribute=attribute,
            value=value,
            modality=modality.modality,
            quote=self.text,
            span=(self.sentence.start, self.sentence.end),
            condition=modality.condition,
            widget=widget,
            document_id=self.document_id,
        )
