"""The words before a name that make it the show's director or writer ("directed by", "helmed by", "the screenwriter
of the show,", "created by showrunners"), those that name the maker of something else ("the webtoon's creator"), and
those after a name that give it the credit ("is returning as the director", ", who wrote").

Plain regular expressions anchored at the end of the text before a name (or at the start of the text after it), read
by ``people``; they live apart so that
the cue words can be read (and extended) in one place, as the cast cues are in ``cast_cues``.
"""

from __future__ import annotations

import re

DIRECTOR_BEFORE = re.compile(
    # ("with assistant director A", "art director B": another job, which the gold files as an `other` fact)
    # ("The director of the drama, A,", "The directors of the movie are A and B": the job of the page's work)
    r"\b(?:(?<!assistant )(?<!art )(?<!animation )(?<!sound )(?<!casting )(?<!unit )directors?"
    r"(?:\s+(?:of|for)\s+the\s+(?:show|series|drama|k-drama|film|movie|anime))?(?:\s+(?:is|are|was|were|will\s+be))?|(?-i:PD)|directed by|helmed by|(?<!by )(?<!alongside )filmmaker|handed (?:the )?(?:reins|directing chair|director's chair) to|writer-director|showrunner and director"
    # "Directing duties are handled by X", "directing duties fall to X", "The direction was led by X"
    r"|\bdirection\s+(?:(?:is|was|will\s+be)\s+)?(?:(?:led|handled|helmed)\s+)?by|(?:directing|directorial)\s+duties\s+(?:(?:on|for)\s+[^.;,]{1,30}?\s+)?(?:(?:fall|fell|go|went)\s+to|(?:are|were|will be)\s+(?:handled|taken on)\s+by)"
    # "X, the new absurdist sci-fi thriller from A": a film comes from its director (a series from its creator)
    r"|(?<!series )(?<!show )(?:film|movie|feature|flick|thriller|epic)\s+from)\s*[,:]?\s*$", re.IGNORECASE)
# the gold convention counts a show's creator and its showrunner as its writer ("created by X", "showrunner X")
WRITER_BEFORE = re.compile(
    # ("is written by and stars A", "Starring (and written by) A", "developed by A")
    r"\b(?:writer|(?-i:writers)|screenwriters?|written by(?:\s+and\s+(?:stars|starring))?|(?<=\()and\s+written\s+by\)|co-written by|penned by|scripted by|writer-director|screenplay by"
    r"|(?:was\s+|is\s+)developed\s+(?:for\s+(?:television|tv)\s+)?by"
    r"|(?:story|script|screenplay|scripts)\s+(?:is\s+|are\s+|was\s+)?(?:written\s+)?by|from\s+(?:a|the)\s+script\s+by"
    r"|(?:co-)?created(?:,?\s+(?:and\s+)?(?:written|(?:executive[- ])?produced|directed|developed))*\s+by|(?:co-)?creators?(?:\s+and\s+(?:writers?|showrunners?))?|showrunner"
    # "X co-created the series with Y"
    r"|co-created\s+(?:the\s+(?:series|show|drama|anime)\s+)?with(?!out)"
    r"|co-wr(?:ote|ite|ites|iting|itten)\s+(?:[\w\-]+\s+){0,3}?(?:with|alongside)(?:\s+(?:his|her|their)\s+(?:long-time\s+|longtime\s+|frequent\s+)?(?:partner|wife|husband|collaborator|brother|sister))?|series composition\b[^.;]{0,30}\bby|(?:drama|series|k-drama)\s+by"
    # "The script comes from X", "Writing duties fall to X"
    r"|(?:script|screenplay)\s+(?:comes|came|is|was)\s+from"
    # ("on the writing team are A, B and C")
    r"|(?:writing\s+(?:team|staff|room)|writers['’]?\s+room)\s+(?:are|is|includes?|will\s+(?:be|include))"
    r"|(?:writing|scripting)\s+duties\s+(?:(?:on|for)\s+[^.;,]{1,30}?\s+)?(?:(?:fall|fell|go|went)\s+to|(?:are|were|will be)\s+(?:handled|taken on)\s+by))"
    # ("created by showrunners A and B": the job may stand between the verb and the names)
    # ("written by actors A and B": actors who wrote it)
    r"(?:\s+(?:filmmakers?|screenwriters?|writers?|author|novelist|playwright|journalist|producers?|director|showrunners?|(?:writing\s+)?duo|actors?|actress(?:es)?|comedians?))?"
    # ("The screenwriter of the show, A, has started ...": the role of the page's show in apposition)
    r"(?:\s+(?:of|for)\s+the\s+(?:show|series|drama|k-drama|film|movie|anime))?\s*[,:]?\s*$",
    re.IGNORECASE,
)
# a creator of something other than the show: "content creator X", "the webtoon's creator X", "the format was created by"
OTHER_CREATOR = re.compile(
    r"\b(?:content|youtube|tiktok|format|novel|book|manga|webtoon|comic|game|podcast|character)(?:['’]s)?\s+(?:co-)?creator\s*,?\s*$"
    r"|\b(?:format|novel|book|manga|webtoon|comic|game|character|role)\b[^.;]{0,25}\bcreated\s+by(?:\s+\w+)?\s*$"
    # "based on the book series by author X": the author of the source, not a writer of the show
    r"|\b(?:books?|novels?|manga|webtoons?|comics?)\b[^.;]{0,40}\bseries\s+by(?:\s+(?:author|novelist|writer))?\s*$"
    # "based on a Japanese manga series written by X", "the webtoon written by X": the source's author
    r"|\b(?:books?|novels?|manga|manhwa|webtoons?|comics?|light novels?)(?:\s+series)?\s+(?:written|penned|created)\s+by\s*$",
    re.IGNORECASE,
)

# the words after a name that make it the show's writer or director ("is returning as the director", ", who wrote",
# "are the creators of", "in charge of series composition")
# ("Takeshi Morioka (Morioka Takeshi) returning as director": the name written the other way round may sit between)
CREDIT_AFTER = re.compile(
    # ("X, who oversaw the first two films, is returning as the director": past a relative clause)
    r"^(?:\s*\([^()]{1,40}\))?(?:,\s[^,;.]{1,80},)?(?:\s+(?:is|was|are|were|returns|returning|is returning|serves?|served|serving|will serve|is back|will return|comes back|remains|remained|will remain|has been"
    # ("A and B serve as co-showrunners")
    r"|stays on|stayed on|continues|(?:is\s+|are\s+)?(?:taking|takes?|took)\s+(?:over\s+)?the\s+reins)\s+as\s+(?:the\s+)?(?:head\s+|chief\s+|lead\s+|co-)?(?P<role>writer|director|screenwriter|showrunner)s?\b"
    # ("with A serving as showrunner and B as director": a bare job after "as", in lower case, ends its phrase)
    r"|\s+as\s+(?:the\s+)?(?-i:(?:chief\s+|series\s+|head\s+|lead\s+|co-)?(?P<bare>director|writer|screenwriter|scriptwriter))(?=\s*[.,;]|\s+(?:and|for|of|at)\b|\s*$)"
    r"|\s+(?:remains|remained|will remain|has been|is|was|will be|became|becomes)\s+(?:the\s+)?(?:series['’]?\s+|show['’]s\s+)?"
    r"(?P<runner>showrunner|head writer|chief director|series director|lead director|scriptwriter|screenwriter)\b"
    r"|\s*,\s+who (?:also |previously |originally )?(?:(?P<verb>directed|helmed|wrote|penned|created|co-created)\b|serves as (?:the )?(?P<serves>showrunner|head writer)\b)"
    # "A and B are the directors of this series", "A and B also have writing credits"
    # ("A, B and C are the creators, writers and executive producers.")
    r"|\s+(?:is|are|was|were|will\s+be)\s+(?:the\s+)?(?:(?!animation\s|art\s|sound\s|unit\s|assistant\s|music\s|casting\s)[a-z]+\s+)?(?P<plural>directors?|writers?|screenwriters?|(?:co-)?creators?)(?:\s+(?:of|for|behind|on)\b(?!\s+photography)|(?=[,.;]|\s+and\s))"
    r"|\s+(?:also\s+)?(?:has|have|had|shares?|shared)\s+(?:a\s+)?(?P<credit>writing|screenwriting|directing)\s+credits?\b"
    # ("A and B, stars and creators of the comedy, say ...": an appositive that names the job)
    r"|,\s+(?:the\s+)?(?P<star>stars?\s+and\s+)?(?P<apposed>(?:co-)?creators?|writers?|directors?)\s+(?:of|behind)\s+the\s+(?:show|series|comedy|drama|sitcom|thriller|film|movie|anime"
    r"|(?:first|second|third|fourth|fifth|previous|last|new|next)\s+(?:season|series|film|movie|installment))\b"
    # "with X in charge of series composition", "X is handling the scripts": an anime's series composer is its writer
    # ("X will now handle the anime’s script")
    r"|\s+(?:is\s+|will\s+be\s+|was\s+|will\s+(?:now\s+)?)?(?:also\s+)?(?:in\s+charge\s+of|on|handling|handles|handled|handle|oversees|oversee|overseeing|supervising|supervises|supervise)\s+(?:the\s+)?"
    r"(?:(?:anime|series|show|film)[’']s?\s+)?(?P<composition>series\s+composition|(?:series\s+)?scripts?)\b)",
    re.IGNORECASE,
)
