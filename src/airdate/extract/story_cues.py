"""Cues for the people a plot tells of: the words before a character's name in a recap ("The series follows X",
"two lab partners named A and B") and the ones after a name that show it is no character ("Cruz's boss", "Kestrel's
denizens")."""

from __future__ import annotations

import re

from airdate.extract.lexicon import CHARACTER_ROLES

# "The series follows X", "The plot follows FBI agent X", "centers around the duo of X and Y": the story's people
STORY_BEFORE = re.compile(
    r"\b(?:follows|followed(?! by)|(?:continue|continues|will) to follow|centers (?:on|around)|centres (?:on|around)|revolves around"
    r"|tells the story of|focuses on|is about|following|(?<!\bwho )(?:meets|met)|introduces|introduced|ended with|(?:final|last) (?:scene|episode)s? (?:\w+ ){0,3}saw"
    # "a dive into the lives of A and B", "the teaser depicts A, B and C", "the sequel will show A and B ..."
    r"|lives of|depicts|depicted|will show"
    # "the relationship between lead singers X and Y"
    r"|(?:relationship|romance|rivalry|bond|friendship|tension|chemistry|love story)\s+between)"
    r"\s+(?:(?:the|a|an|our|its)\s+)?(?:(?:[a-z][\w\-]*|[A-Z]{2,5})\s+){0,4}(?<!\bat )(?<!\bin )(?<!\bfrom )(?<!\binto )$"
    # "chronicles the life of a former police officer named X"
    r"|\b(?:follows|chronicles|centers|centres|revolves|tells|focuses|depicts|story of|life of)\b[^.;]{0,60}?\s(?:named|called)\s+$"
    # "The story of A, B and ... will continue"
    r"|\b[Ss]tory of\s+$"
)
# "two former lab partners named A and B" (not "was named", "also called", nor the part an actor plays: "who plays a
# dealer named A", "makes his debut as a tout called B", whose pairing is read elsewhere)
NAMED_BEFORE = re.compile(r"\b(?!(?:was|were|been|be|is|are|also|later|formerly|originally|officially|simply)\s)[a-z]{3,}\s+(?:named|called)\s+$")
PLAYS_BEFORE = re.compile(r"\b(?:play|plays|playing|played|portray\w*|essay\w*|as an?)\b[^.;]{0,60}$")

# "Cruz's boss Victor Lang", "the Cole family": a possessor that frames another character or a group
FRAMING_POSSESSOR = re.compile(
    r"^(?:[’']s\s+(?:[a-z\-]+\s+)?(?:" + "|".join(sorted(map(re.escape, CHARACTER_ROLES))) + r")\b|\s+(?:family|household|clan)\b)"
)
# ("upends the lives of Kestrel's denizens": a place's people)
PLACE_PEOPLE = re.compile(r"[’']s\s+(?:denizens|residents|citizens|inhabitants|townsfolk|villagers|people|streets)\b")
