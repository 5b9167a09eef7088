"""The words that name an event: a release, a renewal, a production stage.

Shared by the premiere and renewal rules (events) and the production-stage rules (production),
which each decide, for a date in a clause, which of these words it belongs to.
"""

from __future__ import annotations

import re

PREMIERE_CUE = re.compile(
    r"\b(?:(?<!press )releas\w*|premier\w*|debut\w*|arriv\w*|drops?(?! (?:us|you|viewers|audiences|readers) into)|dropp\w*|air(?:s|ed|ing)?|stream(?:s|ed|ing)?|launch\w*"
    r"|comes? out|came out|coming out|coming to(?! an end)|(?:(?:first|initially|originally|was|were|be|is|are) )broadcast\b|broadcast(?:s|ed|ing)\b(?! (?:rights|partners?|schedules?))|hits? (?:the )?screens|to hit|(?<!the )(?<!a )(?<!smash )(?<!big )hit(?:s|ting)? (?:the )?(?:theat(?:er|re)s|cinemas|netflix|hulu|disney\+?|prime video|apple ?tv(?:\+| plus)?|max|hbo|peacock|paramount\+?|crunchyroll)|watch(?:ing)?|see"
    r"|returns?|returned|returning|rolls? (?:onto|out)|rolling (?:onto|out)|available|out (?:in|on)|lands?|countdown|bows?|comes? back|kick(?:s|ed)? off|open\w* in (?:theaters|theatres|cinemas)"
    # "roars into New Zealand cinemas on May 23", "heads to theaters"
    r"|(?:into|to) (?:(?-i:[A-Z])[\w’'\-]* ){0,3}(?:theat(?:er|re)s|cinemas)"
    r"|back in action|(?:is|are|be) back(?! as\b)|comeback|grac\w* (?:our|the) screens|hits? (?:our|the) screens"
    # "until X is on our screens, with Channel 4 scheduling it across four nights from Sunday 9th November"
    r"|(?:is|are|be) on (?:our|your) (?:tv )?screens|scheduling (?:it|them|the (?:series|show|drama|film))"
    # "Season 2 followed in August 2021", "was followed by a second season ... in 2021", "the third season came in 2023"
    r"|followed (?:in|on)|(?:was|were) followed by an? (?:\w+ )?(?:season|series|sequel|film)|came (?:in|on)"
    # "The first season ran from October 3, 2024, to March 27, 2025", "has been running since 2014"
    # ("from" may open the date itself: "ran from July 3 to September 18, 2024")
    r"|ran(?= from\b)|(?:running|on (?:the )?air) since"
    # "the second season has been delayed to 2027", "pushed back to spring"
    r"|(?:delayed|pushed(?: back)?|postponed|moved) (?:to|until|till)"
    r"|(?:release |premiere |likely |probable )?window"
    # "Mark your calendars for March 5", "Netflix has dated season 2 for March 5", "Expect season 2 in 2026"
    r"|mark (?:your |their )?calendars?(?: for)?|dated (?:[\w+]+ ){0,3}?for|expect (?:(?!trailers?\b|teasers?\b|it\b|them\b)[\w+]+ ){0,4}?(?:in|on|by|around))\b",
    re.IGNORECASE,
)
RENEWAL_CUE = re.compile(
    r"\b(?:renew\w*|green ?light\w*|greenlit|go-ahead|picked up|ordered|continuation|announced)\b", re.IGNORECASE
)
STAGES = (
    # ("the cast gathered for the first script reading": the read-through before the shoot)
    ("pre-production", re.compile(r"\bpre-?production\b|\bscript[- ]reading\b|\btable[- ]reads?\b|\bread-?through\b", re.IGNORECASE)),
    ("post-production", re.compile(r"\bpost-?production\b", re.IGNORECASE)),
    ("filming", re.compile(
        r"\b(?:filming|filmed|shooting|shoot|principal photography|cameras? (?:\w+ ){0,3}?roll\w*"
        # ("production on the show has not yet begun": a stage denied)
        # ("production of the sixth series is now under way", "production on season two has already commenced")
        r"|(?<![-\w])production(?= (?:on|of|for) (?:the )?(?:\w+ ){0,4}?(?:began|begins|started|starts|kicked off|wrapped|commenced"
        r"|is (?:now |already )?(?:underway|under way)|(?:has|have) (?:not )?(?:yet |already |now )?(?:begun|started|commenced)"
        r"|is (?:penciled|pencilled) in|is (?:scheduled|slated|set|expected) to (?:begin|start)|will (?:begin|start)|concluded|ended|finished|took place)"
        r"| (?:began|begins|started|starts|kicked off|wrapped|is underway|is under way|is set to (?:begin|start)|will (?:begin|start)"
        r"|concluded|ended|finished|took place|ran from))"
        r"|(?:began|begin|begins|beginning|started|start|starts|starting|entered|wrapped|wraps) production"
        r"|(?:is|are|to be) (?:now |currently |already |back |officially )?(?:in|under) production|(?:now )?back in production"
        # ("In production since late 2023", "Mickey 17, which was shot in 2022")
        r"|in production since|(?:was|were) shot (?:in|on location|across|over|during)"
        # "the director and his team are busy with the shoot", "a little bit of shooting is still left"
        r"|busy (?:with|on) (?:the )?(?:shoot|shooting|filming)|shooting is (?:still )?(?:left|pending|remaining|underway|ongoing)"
        # "is expected to go on the floors by 2026" (Indian English for the start of a shoot)
        r"|(?:go|goes|going|went|gone) on (?:the )?floors?"
        # "the second season went into production in June", "goes before the cameras next spring"
        r"|(?:go|goes|going|went|gone) (?:into|before) (?:production|(?:the )?cameras?))\b", re.IGNORECASE)),
    ("casting", re.compile(r"\b(?:casting(?: calls?)?|auditions?)\b", re.IGNORECASE)),
    ("development", re.compile(
        r"\b(?:in (?:the )?works|in development|being developed|under development|developmental stages?|writers['’]? room"
        r"|writing (?:for|on|of) (?:the )?(?:season|series|new season|next season|scripts?)"
        # "we have begun development of X", "has begun drafting the script", "is in the writing process"
        r"|(?:begun|began|begin|begins|started|starts?) (?:development|working on|drafting|writing)|drafting the scripts?"
        r"|writing process|writing stage|working on (?:the )?scripts?|(?:almost |nearly )?(?:done|finished) with (?:the )?scripts?"
        # "creator X has confirmed development is underway"
        r"|development (?:is|has been|was) (?:already |now )?(?:underway|under way|ongoing|in progress|started|begun)"
        r"|scripts? (?:for [^.;,]{1,30} )?(?:is|are) (?:now |already )?(?:underway|under way|being (?:finali[sz]ed|written)))\b", re.IGNORECASE)),
    # "a new anime project was announced on February 11", "the sequel has officially been confirmed": a project named
    # before anything else is known of it
    ("announced", re.compile(
        r"\b(?:sequel|project|third (?:film|movie|instal+ment)|new (?:film|movie)|follow-up)\b[^.;]{0,40}?"
        r"\b(?:was|were|has|have|had|got|is)\s(?:officially\s|also\s|formally\s|been\s){0,3}(?:announced|confirmed|greenlit|green-lit)\b"
        r"|\bconfirmed plans for (?:a |the )?(?:sequel|follow-up)\b"
        # "was given a series order in July 2024", "FX ordered the comedy to series": the order that makes a show
        r"|\b(?:given|received|got|landed|earned) a (?:straight-to-)?series order\b|\bordered (?:[^.;,]{1,40}? )?to series\b"
        # "Disney unveils plans for X, a prequel exploring ..."
        r"|\b(?:unveil|announce)(?:s|d|ed)? plans for (?=(?-i:[A-Z]))"
        # "after being first announced in February 2022"
        r"|\b(?:first|originally|initially) announced (?=(?:in|on|back in|at) )"
        # "Disney announced the sequel X on Wednesday", "officially announcing the sequel", "announced a X series for Disney+"
        r"|\bannounc(?:ed|es|ing)\s(?:the\s|a\s|an\s)?(?:(?-i:[A-Z])[\w:'’\-]*\s){0,4}(?:sequel|prequel|spin-?off|series|film|movie|project|adaptation)\b"
        # "announced the production of the anime", "green-lit for production", "unveiled their new original TV anime",
        # "would be receiving an anime film", "has ordered the limited series": a new work made known
        r"|\bannounc(?:ed|es|ing) the production of\b|\bgreen-?lit for (?:production|a series)\b"
        r"|\b(?:anime|adaptation)\b[^.;]{0,40}?\b(?:was|were|has been|had been)\s(?:officially\s|also\s|formally\s|first\s){0,2}(?:announced|greenlit|green-lit)\b"
        r"|\bunveil(?:ed|s)? (?:its|their|a) new (?:original )?(?:TV |television )?anime\b"
        r"|\b(?:would be|will be|is|are) (?:receiving|getting) (?:a|an) (?:new )?(?:anime|TV anime|television anime|anime film|live-action)\b"
        r"|\bordered (?:a|the) (?:new )?(?:limited|drama|comedy|anthology|animated)[\w\-]*\s(?:drama\s)?series\b",
        re.IGNORECASE)),
)
STAGE_CUE = re.compile("|".join(p.pattern for _, p in STAGES), re.IGNORECASE)
