"""The words that say a name is in a show's cast: cues before a list of actors ("starring", "Supporting roles
are filled by", "The voice-over ... will be done by"), after it ("are also a part of the film", "take the
spotlight") and the verbs of a performer whose part goes unnamed ("A plays a nurse", "B essays C's love interest").

Plain regular expressions, each bounded or anchored, read by ``people``; they live apart so that the cue words can
be read (and extended) in one place.
"""

from __future__ import annotations

import re

CAST_CUE = re.compile(r"\b(?:stars?|starring|starred|cast|joining|additions? (?:\w+ ){0,4}?include|performances? (?:from|by)|actors?|actresses|ensemble|co-stars?|lead roles?|series regulars?|newcomers|new faces)\b", re.IGNORECASE)
JOINS_CAST = re.compile(
    r"^\s{1,3}(?:(?:has|have) been added to|(?:has |have )?join(?:s|ed)?|(?:is|are) joining)\s(?:the|an?)\s(?:[\w-]+\s){0,3}cast\b"
    r"|^\s{1,3}(?:will return|returns|is returning|will be back) (?:in|as) (?:a|the|her|his) (?:\w+ ){0,2}(?:role|series regular|guest star)\b"
    r"|^\s{1,3}(?:will (?:be )?reprising|will reprise|is reprising|reprises) (?:his|her|their) (?:\w+ ){0,2}role\b"
    # ("A is one of several new cast members")
    r"|^\s{1,3}(?:is|was) (?:one|among) (?:of )?(?:the |several |many |a few |two |three )?(?:new |fresh )?(?:cast members|additions|faces|stars)\b",
    re.IGNORECASE,
)
CAST_RIGHT_BEFORE = re.compile(
    r"\b(?:stars?|starring|starred|co-stars?|cast (?:includes?|members?(?: include)?|of|list|(?:also )?(?:features|boasts))|actors?|actress(?:es)?|ensemble|performances? (?:from|by)"
    # "will feature some of the best-known faces of the industry, including A, B and C"
    r"|featuring|faces\b[^.;]{0,60}?,?\s{0,3}(?:including|includes?)|led by|headlined by|fronted by|performers|cameos? (?:include|includes|by|from)"
    # "we will see names including A, B and C", "with appearances from A and B"
    r"|names (?:including|like|such as)|appearances? (?:from|by)"
    # ("in addition to the returning lead actor A, we will also see B (X) and C (Y)")
    r"|(?:we|you|viewers|fans|audiences)\s(?:will|would|'ll|’ll|can|could)\s(?:also\s)?(?:get\sto\s)?(?:see|look\sforward\sto\sseeing)"
    # ("Other additions to the show include A (X), B (Y)", "New additions to the cast are A and B")
    r"|additions?\s(?:to\s(?:the|its)\s(?:show|series|cast|season|ensemble)\s)?(?:include|includes|included|are|were)"
    # "Among the actors who play secondary characters are A (B), C (D)"
    r"|(?:actors|actresses|performers) (?:who|that) (?:play|portray|voice)(?:\s[a-z]+){0,3}"
    # "takes the lead alongside A", "Supporting roles are filled by A", "The voice-over ... will be done by A"
    # ("Other cast members contributing to the tense atmosphere of the show included A, B": words between)
    r"|\bcast\s(?:members?\s)?[^.;]{0,60}?\s(?:included|includes|include)"
    # ("stars A of Red Kite fame in the titular role, along with B": the actors beside a lead star too)
    r"|\broles?,?\s+(?:along\s+with|alongside|together\s+with)"
    r"|(?:lead|leads|starring|stars?|appears?|appearing)\s+alongside|roles?\s+(?:are|is|were|was|will be)\s+(?:filled|played|taken)\s+by"
    # "A has joined the cast, alongside filmmaker B and C": the people beside a new cast member join it too
    r"|(?:joined|joins|join|joining)\s+the\s+cast,?\s+alongside(?:\s+(?:fellow\s+)?(?:filmmaker|director|rapper|singer|comedian|musician))?"
    # ("X: Part 1 features A, B and C in the other important roles": a work features its cast)
    r"|(?<![\w-])(?:features|featured|will\s+(?:also\s+)?feature)(?:\s+the\s+likes\s+of)?"
    # "the detectives are played by A and B" (a part named alone is read as a pairing first)
    r"|\b(?:are|were|will be)\s+(?:played|portrayed|voiced)\s+by"
    r"|(?:voice-over|voice-overs|voice work|voice cast)\b[^.;]{0,40}?\b(?:done|provided|performed|handled)\s+by"
    # "Returning to the show are A, B and C", "Joining them for season 2 are D and E"
    r"|(?<!not )(?<!n't )(?<!n’t )\b(?:returning|joining|back|reprising)\b[^.;,]{0,40}?\s(?:are|is|will be)"
    # ("Among the cast was A", "Hosted by A, the show ...": a reality show's host is its cast, as labellers record it)
    r"|among\s+the\s+(?:[\w\-]+\s+){0,2}cast(?:\s+(?:was|were|are|is|will\s+be))?|(?:co-)?hosts?|(?:co-)?hosted\s+by|presented\s+by"
    # "Lead cast: A, B, C", "Cast: A, B": a label line
    r"|(?:(?:main|lead|leading|full|supporting|principal|core|voice|starring)\s+)?cast\s*:)"
    # ("starring the unbeatable A and B": a describing word or two between the cue and the names)
    # ("Starring creator A, B and C": the creator opens the cast list)
    r"\s*(?:,|:|include|includes|including|like|such as|are|were|with)?\s*(?:the\s+[a-z][\w\-]*\s+(?:[a-z][\w\-]*\s+)?|(?:co-)?creator\s+)?$",
    re.IGNORECASE,
)
FUTURE_CAST = re.compile(r"\b(?:will|is set to|are set to)\s(?:also\s)?(?:be\s)?[a-z]+\s(?:by\s|alongside\s)?(?:[a-z]+\s){0,2}$")
IN_CAST_AFTER = re.compile(
    # "A, B and C have reportedly been signed for season two"
    r"^\s+(?:(?:has|have|had) (?:\w+ly )?been (?:signed|cast|tapped|booked|added|confirmed)\b"
    r"|(?:is|are|were) (?:also )?(?:in|part of|among|amongst) the (?:[\w-]+ ){0,2}cast|(?:also )?(?:round out|complete) the (?:[\w-]+ ){0,2}cast"
    # "A and B lead the cast of X"
    r"|(?:lead|leads|led|head|heads|headline|headlines|front|fronts) the (?:[\w-]+ ){0,2}cast"
    # "the film confirmed A and B as the lead cast"
    r"|as (?:the )?(?:lead|main|leading|principal|supporting) (?:cast|actors|stars|leads)"
    # "A and B are set to star in a new drama together", "A and B are confirmed to star in the upcoming drama X"
    r"|(?:is|are|were|have been|has been) (?:all |also |now )?(?:set|confirmed|slated|tipped|locked|cast) to (?:star|lead|headline|front|co-star)(?= in\b| together\b| alongside\b| opposite\b|[,.;]|$)"
    # ("A and B will also star.", "C will star in the new season")
    r"|will (?:also |now )?(?:star|co-star)(?= in\b| together\b| alongside\b| opposite\b|[,.;]|$)"
    # "A, B and C are also a part of the film"
    r"|(?:is|are|were|will be) (?:also )?(?:a )?part of the (?:film|movie|series|show|drama|project|sequel|ensemble)"
    r"|takes? the spotlight|[^.;]{0,40}?\bin their (?:respective )?roles"
    # "Others like A, B, or C might pop up for cameos"
    r"|(?:(?:might|may|could|will|would|should)\s)?(?:also\s)?(?:pop|show|turn)\sup\s(?:for|in|as)\s(?:an?\s)?(?:cameos?|guest\sappearances?))\b",
    re.IGNORECASE,
)
# "A, B and C also feature in the show", "A stars in the film" (not "appears in the series finale"): one name is enough
IN_THE_WORK = re.compile(
    r"^\s+(?:also )?(?:feature|features|featured|appear|appears|appeared|stars?|starred|will star|co-stars?) in the"
    # ("C will star in the new season": the season it names)
    r" (?:(?:new|next|upcoming|coming|second|third|fourth|fifth|final) )?(?:show|series|drama|film|movie|sequel|season)\b"
    r"(?! (?:finale|premiere))"
    # "A also appears in a supporting role"
    r"|^\s+(?:also\s)?(?:appears?|appeared|features?|featured)\sin\san?\s(?:\w+\s)?(?:supporting|recurring|guest|main|lead|leading|cameo|minor|key)\s(?:role|part)\b",
    re.IGNORECASE,
)
# "A and B play medical students", "X plays a nurse", "X stars and executive produces", "the X starrer": a performer
# whose part the sentence gives no name
PERFORMS = re.compile(
    # ("A, acclaimed for his roles in X and Y, takes the lead": a describing phrase may stand between)
    r"^(?:,\s[a-z][^,;.()]{0,100}?,[”\"’']?)?\s+(?:takes?|took)\s+(?:the|on the)\s+(?:lead|leading|main|title)\b(?:\s+roles?)?"
    # ("A, who was very cute in X, plays a troublemaker": a relative clause may stand between)
    r"|^(?:\s\([^()]{1,80}\)|,\s(?:who|whose)\s[^,;.()]{0,100}?,)?\s+(?:(?:also|now|will|would)\s+)?(?:play|plays|played|portrays?|portrayed|essays|essayed|stars?|starred|co-stars?)\s+"
    r"(?!(?:in|on|at|with|for|to|by|from|of|it|him|her|them|this|that|alongside|opposite)\b)(?:and|as\s+(?:a|an|the)|[a-z][\w\-]*)\b"
    # ("essays Kartik A.'s romantic interest": a part described through another character)
    r"|^\s+(?:plays|played|portrays|portrayed|essays|essayed)\s+[A-Z][\w\-]*(?:\s[A-Z][\w\-]*){0,2}[’']s\s+[a-z]"
    # ("A, known for projects like X and Y, will be headlining the drama")
    r"|^(?:,\s[a-z][^,;.()]{0,100}?,)?\s+(?:(?:will|is\s+set\s+to)\s+(?:be\s+)?)?(?:headlin(?:es?|ing)|lead(?:s|ing)?)\s+(?:the\s+)?(?:new\s+)?"
    r"(?:drama|series|show|film|movie|cast|anime)\b"
)
# "A and B’s upcoming Disney+ series, “X”", "A’s new K-drama": the actors' possessive owns the work they star in
OWNS_WORK = re.compile(
    r"[’']s\s+(?:(?:upcoming|new|latest|forthcoming|next|highly[- ]anticipated|much[- ]awaited)\s+)?(?:[A-Z][\w+]*\s+){0,2}"
    r"(?:k-drama|drama|series|film|movie|show|thriller|rom-com|romance|comedy|melodrama|sitcom)s?\b(?!\s+(?:director|writer|character|role)s?\b)"
)
# ("the anime of A's Stardust Ironworks manga": an author owns the book the work comes from)
_SOURCE_AFTER = re.compile(
    r"(?<!\s)[”\"’']?\s+(?:(?:light\s|web\s|graphic\s)?novels?|manga|manhwa|webtoons?|books?|comics?|series\s+of\s+novels)\b", re.IGNORECASE)


def owns_work(text: str, at: int, works: list[tuple[int, int]]) -> bool:
    """Whether the names ending at ``at`` own a work in the possessive ("A and B’s upcoming series", "A's Glass
    Orchard", where ``works`` are the spans of the titles the sentence names)."""
    if OWNS_WORK.match(text, at):
        return True
    owner = re.match(r"[’']s\s+(?:[“\"‘']\s?)?", text[at : at + 5])
    return owner is not None and any(start == at + owner.end() and not _SOURCE_AFTER.match(text, end) for start, end in works)


# ("as the director", "portrays Kestrel Group’s planning director X": a director in the story is a part)
DIRECTOR_PART = re.compile(
    r"\b(?:as|role\s+of|plays|portrays|playing|portraying)\s+(?:the\s+|(?:(?-i:[A-Z])[\w&]*\s+){0,3}?(?-i:[A-Z])[\w&]*[’']s\s+)?(?:[a-z]+\s+)?director\s*$",
    re.IGNORECASE)
# "Apart from A and B, the cast of the series includes C": the names set apart are cast too
SET_APART = re.compile(r"\b(?:apart\s+from|aside\s+from|besides|in\s+addition\s+to)\s+$", re.IGNORECASE)
CAST_NEXT = re.compile(r",\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}cast\b", re.IGNORECASE)
STARRER = re.compile(r"^\.?(?:\s+|-)(?:starrer|led|fronted|headlined)\b")  # ("A Jr.-led": after an abbreviation's point)
# ("Known for his roles in X and Y, A plays ...": a fronted phrase about the actor may open the clause)
CLAUSE_OPENER = re.compile(
    r"(?:(?:known|acclaimed|famous|best known|fresh off|after)\b[^.;:]{0,100},\s+)?"
    r"(?:\W*(?:and|while|whereas|meanwhile|also|notably|actors?|actress(?:es)?|veterans?|stars?|newcomers?)\b)*\W*",
    re.IGNORECASE,
)
# "Tomas and Ysolde fought courageously", "Kestrel and her siblings turned on X", "Mara is headed to a new town":
# people a plot tells of, doing what stories do. Verbs that also tell of an actor's career (won, left, joined, died,
# returned, starred) are left out, and so are those a news outlet does (learned, revealed).
PLOT_VERB = re.compile(
    # (a match starts where the name ends, never inside a run of spaces)
    r"(?<!\s)(?:,?\s+and\s+(?:his|her|their)(?:\s+[\w\-]+){1,3}?)?\s+(?:(?:also|then|eventually|finally|soon|now|later|must|will|would|can|could"
    r"|might|may|has|have|had|is|are|was|were|gets?|got)\s+){0,2}"
    r"(?:fights?|fought|kill(?:s|ed)?|turn(?:s|ed)? on|escape[sd]?|discover(?:s|ed)?|decide[sd]?|tr(?:ies|ied|y) to|struggle[sd]?"
    r"|(?:find|finds|found) (?:himself|herself|themselves)|end(?:s|ed)? up|t[ao]ke[sn]? (?:his|her|their) revenge|took (?:his|her|their) revenge"
    r"|f[ae]ll(?:s)? (?:in love|for)|set(?:s)? out|embark(?:s|ed)?|flee(?:s)?|fled|betray(?:s|ed)?|confront(?:s|ed)?|rescue[sd]?|save[sd]|survive[sd]?"
    r"|team(?:s|ed)? up|join(?:s|ed)? forces|reunite[sd]? with|hunt(?:s|ed)?|seek(?:s)?|sought|battle[sd]?|defeat(?:s|ed)?|admire[sd]?"
    r"|headed|heads? (?:to|for|back)|investigate[sd]?|reali[sz]e[sd]?|wakes? up|woke up|navigate[sd]?|grapple[sd]?|experience[sd]?|assemble[sd]?"
    r"|kidnap(?:s|ped)?|murder(?:s|ed)?|chase[sd]?|protect(?:s|ed)?|sacrific(?:e|es|ed|ing)|vow(?:s|ed)?|swore|plot(?:s|ted)?|scheme[sd]?"
    r"|infiltrate[sd]?|uncover(?:s|ed)?|avenge[sd]?|rebel(?:s|led)?|clash(?:es|ed)?|confess(?:es|ed)?|inherit(?:s|ed)?|stumble[sd]? (?:upon|on|into))\b"
)
# what may open a clause before the people a plot tells of ("Meanwhile, A and B ...", "while A ...")
PLOT_CLAUSE_OPENING = re.compile(
    # ("In the first season, A and B ...": a short opening phrase may come first)
    r"\W*(?:[A-Z][^,;.]{0,40},\s+)?(?:(?:and|but|while|as|when|after|before|then|meanwhile|later|eventually|finally|now|so|until|once|where|soon)\b\W*)*"
)
# "A (Glass Orchard) leads the cast as B", "A from “X” as B": up to four words of a verb phrase, then "as" and the role
# (the words between an actor's earlier work and the role the actor plays here)
# ("A (Red Kite) plays Elizabeth", "A (Salt Road) is Victor Holm, B ...": a verb that gives the role outright; "is" only
# where a short name ends the clause, so that "A (Red Kite) is Netflix's new lead" names no role)
AS_ROLE_AFTER = (
    r"\s{0,3}(?:(?:[a-z]+\s{1,3}){0,4}?as\s{1,3}|(?:plays|portrays|voices|will\s{1,3}(?:play|portray|voice))\s{1,3}"
    r"|(?:takes|took|will\s{1,3}take)\s{1,3}on\s{1,3}the\s{1,3}role\s{1,3}of\s{1,3}"
    r"|is\s{1,3}(?:the\s{1,3})?(?=[A-Z][\w'’\-]*(?:\s[A-Z][\w'’\-]*){0,3}(?:[,.;]|\s+and\s)))"
)
ROLE_FOLLOWS = re.compile(r"(?<![a-z])" + AS_ROLE_AFTER + r"(?=[A-Z])")  # (the look-behind keeps a scan of hostile text linear)


# "A and B, who headlined the first season, will once again lead": a relative clause naming the season they led
WHO_LED_SEASON = re.compile(
    r",\s{1,3}who\s{1,3}(?:headlined|led|fronted|starred in|appeared in|was part of|were part of)\s{1,3}(?:the\s{1,3})?(?:[\w’']+\s{1,3})?"
    r"(?:first|second|third|previous|last|\w+)\s{1,3}(?:season|series|instal+ment)\s{0,3},"
)
COMES_BACK = re.compile(r"\b(?:return\w*|once again|back|reprise\w*|lead the cast)\b", re.IGNORECASE)
# ("Alongside A, the film stars B": the person a sentence opens beside its stars stars too)
ALONGSIDE_OPENING = re.compile(r"(?<!\s)\s*Alongside\s+")
STARS_LATER = re.compile(r",\s(?:the|this|our)\s(?:[\w\-]+\s){0,2}(?:stars|co-stars|also stars)\b")
ANAPHORIC_LIST = re.compile(r"(?<!\s)\s*(?:so far,\s+)?(?:they|these|those|this|it)\s+(?:include|includes|are|is)\b", re.IGNORECASE)
CAST_RETURNS = re.compile(r"\bcast\b[^.;]{0,30}\b(?:returns?|returning|is back|are back|reunites?|all return|reprise their roles)\b", re.IGNORECASE)
# ("the story is written by X" credits the show's story; "this story was written by X" is a byline)
BYLINE = re.compile(
    r"\b(?:article|post|piece|this story|report|column|review|guide|feature)\s+(?:was\s+|is\s+)?(?:written|penned)\s+by\s*$", re.IGNORECASE
)
STARRING_BEFORE = re.compile(r"\b(?:starring|stars|featuring)\s+(?:co-)?(?:creator|writer|screenwriter|showrunner)\s*$", re.IGNORECASE)
ACCORDING = re.compile(r"\baccording to\s+(?:[\w'’\-]+\s+){0,3}$", re.IGNORECASE)
SPEECH_BEFORE = re.compile(r"\b(?:said|says|explained|added)\s*$")
# "strong competition from A's X and B's Y": the works a film is up against, each owned by its maker, no roles
RIVALS_BEFORE = re.compile(r"\b(?:competition|competing|rivals?|up against|face off|clash(?:es)? with)\b", re.IGNORECASE)
