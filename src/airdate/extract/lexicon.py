"""Generic domain words: platforms and networks, role words, media, month names.

Domain knowledge, not facts about any show: which words name a streaming service,
which nouns introduce a person's role, which capitalised words are never a name.
"""

from __future__ import annotations

import re

from airdate.normalize import title_key

# Display forms of streaming services and networks; matched case-sensitively on word edges.
PLATFORMS = (
    "Netflix", "Hulu", "Disney+", "Disney Plus", "Prime Video", "Amazon Prime Video", "Amazon Prime", "Amazon", "HBO Max",
    "HBO", "Max", "Apple TV+", "AppleTV+", "Apple TV Plus", "Apple TV", "Peacock", "Paramount+", "Paramount Plus", "Crunchyroll",
    "Funimation", "Showtime", "Starz", "AMC+", "AMC", "FX", "FXX", "BBC One", "BBC Two", "BBC iPlayer", "BBC", "ITV", "ITVX",
    "Channel 4", "Sky Atlantic", "Sky", "NBC", "CBS", "ABC", "Fox", "The CW", "CW", "Syfy", "USA Network", "TNT", "TBS",
    "Freeform", "Adult Swim", "Cartoon Network", "Nickelodeon", "Disney Channel", "Tubi", "Pluto TV", "Roku Channel",
    "Viki", "Viu", "iQiyi", "WeTV", "Tving", "TVING", "Wavve", "Coupang Play", "tvN", "JTBC", "KBS2", "KBS", "MBC", "SBS",
    "OCN", "ENA", "Hotstar", "Disney+ Hotstar", "JioCinema", "Zee5", "ZEE5", "SonyLIV", "MX Player", "Stan", "Binge",
    "Crave", "CBC Gem", "CBC", "Global TV", "CTV", "Hallmark", "Lifetime", "Bravo", "HGTV", "Discovery+", "Shudder", "AppleTV+", "Amazon Freevee",
    "Freevee", "BritBox", "Acorn TV", "MGM+", "Epix", "YouTube", "YouTube Premium", "YouTube Red", "Mubi", "Rakuten Viki",
    "PBS", "Paramount Network", "Channel 5", "E4", "Showmax", "Youku", "Tencent Video", "Bilibili", "Fuji TV", "TV Tokyo",
    "NHK", "Nippon TV", "TV Asahi", "U-Next", "RTÉ", "S4C", "Tokyo MX", "BS11", "AT-X", "MBS", "ABEMA", "HIDIVE", "Wakanim",
    "AnimeLab", "Animelab", "Muse Asia", "Ani-One", "Aniplus",
    # Japanese broadcasters and services an anime airs on, and Korean channels
    "Fuji Television", "Kansai TV", "Tokai TV", "Toukai TV", "Tokai Television", "TV Aichi", "KBS Kyoto", "Sun TV",
    "Nippon Television", "TBS Television", "BS Fuji", "BS Asahi", "BS NTV", "BS-TBS", "BS TV Tokyo", "Animax",
    "d Anime Store", "U-NEXT", "Lemino", "Netflix Japan", "NHK General", "NHK Educational", "TV Osaka",
    "MBN", "TV Chosun", "Channel A", "Genie TV", "KBS 2TV", "KBS1", "SBS TV", "MBC TV", "tvN Story",
    # ways of writing a network's name in capitals or run together
    "MAX", "FOX", "BBC1", "BBC2", "BBC 1", "BBC 2", "U&Drama", "U&DRAMA", "U&Dave", "U&W", "U&alibi",
    # regional services (India, the Philippines, Australia and New Zealand, Turkey, Pakistan, Africa)
    "JioHotstar", "Jio Hotstar", "Aha", "Hoichoi", "ALTBalaji", "Sun NXT", "HBO Go", "Foxtel", "Foxtel Now", "ABC iview",
    "SBS On Demand", "9Now", "10 Play", "7plus", "TVNZ+", "TVNZ", "ThreeNow", "TFC", "iWantTFC", "Kapamilya Channel",
    "GMA Network", "GMA", "TV5", "A2Z", "Star TV", "Show TV", "Kanal D", "ATV", "Hum TV", "ARY Digital", "Geo TV",
    "Africa Magic", "Africa Magic Showcase", "DStv", "Sky Max", "Sky Showcase", "NOW TV", "All 4", "My5", "UKTV",
    "ITV1", "ITV2", "ITV3", "ITV4", "STV", "STV Player", "STVPlayer", "BBC Three", "BBC Four", "BBC Scotland", "BBC Wales",
    "RTÉ One", "RTÉ Player", "Virgin Media One", "Sky Witness", "Sky Comedy", "Sky Go", "U&Alibi",
    "Sony LIV", "SonyLiv", "Voot", "Amazon miniTV", "Zee TV", "Star Plus", "Colors TV", "Sony TV",
    # Chinese, European and Latin American broadcasters and services
    "CCTV", "CCTV-8", "CCTV8", "Mango TV", "Hunan TV", "Dragon TV", "Zhejiang TV", "Jiangsu TV", "iQIYI", "Antena 3",
    "Atresplayer", "Movistar Plus+", "Movistar+", "RTVE", "TF1", "France 2", "France Télévisions", "Canal+", "Arte",
    "ZDF", "ARD", "RaiPlay", "Rai 1", "Globoplay", "ViX", "Telemundo", "Univision",
)
PLATFORM_KEYS = frozenset(title_key(p) for p in PLATFORMS)
# what a page says an actor or a crew member is "known for", "famous for", "acclaimed for" (a regex alternation)
KNOWN_FOR_WORDS = r"(?:known|famous|recogni[sz]ed|acclaimed|renowned|celebrated|praised|remembered)"
# platform names that are also common surnames ("Megan Fox", "Freddie Fox"): after a given name they end a person's name
PLATFORM_SURNAMES = frozenset(("Fox", "Peacock", "Stan"))
# platforms whose names are also given names: "Max Casella", "Stan Lee"
PLATFORM_GIVEN_NAMES = frozenset(("Max", "Stan", "Viki"))
# One alternation with one pair of edge checks (longest names first, so "Disney+" wins over "Disney"):
# per-name lookarounds made this the slowest pattern of the stage.
PLATFORM_PATTERN = re.compile(
    r"(?<![\w+])(?:" + "|".join(re.escape(p) for p in sorted(PLATFORMS, key=len, reverse=True)) + r")(?![\w])"
)

# lower-case words inside titles, English and the other languages pages write titles in ("Hiraya ng Dagat",
# "Shaadi Ka Season", "Casa de Papel")
# (romanised Japanese titles join their words with lower-case particles: "Kimi ni Todoke", "Kusuriya no Hitorigoto")
CONNECTORS = frozenset("of the to a an in on at for us is are was be from ng de del da di ka ki ke la el du des van von der x vs versus no ni wa ga wo".split())

# Capitalised words that never name a title or a person on their own.
GENERIC_CAPITALS = frozenset(
    """the a an and of in on at to for with from by is are was were be been this that these those it its it's they them
    their there here he she his her him we our you your i my me who what when where why how which while though although
    but however if as also so then yet still even just now today yesterday tomorrow season seasons series episode
    episodes part chapter release date dates trailer teaser cast story plot news update updates answer yes no not
    everything something nothing all some many more most one two three first second third new next last final
    know about far need details latest things
    netflix tv k-drama k-dramas kdrama drama show shows film movie movies official officially fans fan global korean
    american british japanese chinese indian south north east west high school class group since after before during
    following despite unlike like given because with director writer creator showrunner producer actor actress star
    stars expectations explained review recap ending finale premiere countdown days hours mins secs
    leads lead newcomer newcomers co-star co-stars sadly unfortunately fortunately luckily meanwhile returning only both plus
    besides instead renewed cancelled canceled confirmed imax somehow anyway anyhow nonetheless nevertheless otherwise
    eventually finally suddenly later earlier ultimately apparently interestingly notably furthermore moreover thus
    therefore hence likewise overall elsewhere ukrainian russian french german italian spanish irish scottish welsh
    canadian australian mexican brazilian european african asian thai filipino vietnamese turkish israeli polish
    swedish danish norwegian dutch catholic protestant jewish muslim buddhist hindu hindi tamil telugu malayalam kannada
    bengali marathi punjabi english mandarin cantonese taiwanese bollywood tollywood kollywood
    renowned visionary acclaimed celebrated famed veteran beloved prolific iconic seasoned talented""".split()
)

_MONTHS = (
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec"
).split()
_DAYS = "monday tuesday wednesday thursday friday saturday sunday".split()


def is_month_or_day(word: str) -> bool:
    word = word.lower().strip(".,")
    return word in _MONTHS or word in _DAYS or (word.endswith("days") and word[:-1] in _DAYS)  # ("the following Sundays")


# Nouns that introduce a character by role ("class president X", "his son X").
# the nouns a list of works opens with ("dramas like X and Y", "hits such as X"), as a pattern for the singular or plural
WORK_NOUNS = r"(?:dramas?|k-dramas?|shows?|series|films?|movies?|hits?|works?|titles?|projects?|anime|sitcoms?|franchises?)"
CHARACTER_ROLES = frozenset(
    """president teacher student students friend friends son daughter brother sister father mother dad mom wife husband
    bully bullies leader detective officer captain character characters protagonist antagonist villain hero heroine
    survivor survivors delinquent girlfriend boyfriend classmate classmates sergeant agent doctor princess prince king
    queen lord lady commander soldier partner rival fan-favorite fan-favourite halfbie hybrid hybrids cohort
    navigator accountant barrister solicitor lawyer attorney geologist scientist patriarch matriarch courier bookkeeper
    chief sheriff boss mentor apprentice assassin spy heir heiress nurse surgeon pilot engineer lawman widow inspector
    constable deputy mayor judge thief hacker journalist reporter priest monk warrior swordsman immortal spirit""".split()
)
# Nouns that introduce a real person by job.
PERSON_ROLES = frozenset(
    """director writer screenwriter showrunner creator producer actor actress star stars author composer cinematographer
    writer-director creator-writer novelist artist cartoonist editor host narrator""".split()
)
MEDIA = (
    "webtoon", "webcomic", "web comic", "manhwa", "manga", "light novel", "graphic novel", "novel", "book", "comic",
    "comic book", "short story", "video game", "game", "podcast", "film", "movie", "play", "memoir", "series of novels",
    "trilogy", "novel series", "book series", "graphic novel series", "novel trilogy", "true story", "true events",
    "real events", "real-life events", "true crime case",
)

# Studios and distributors known by name (domain knowledge, like the platforms): see studios.py
KNOWN_STUDIOS = (
    # film studios and distributors
    "A24", "Neon", "Focus Features", "Searchlight Pictures", "New Line Cinema", "Warner Bros. Pictures", "Warner Bros.",
    "Universal Pictures", "Universal", "Paramount Pictures", "Sony Pictures", "Columbia Pictures", "Lionsgate", "Blumhouse",
    "Legendary", "Amblin", "Pixar", "DreamWorks Animation", "DreamWorks", "Illumination", "Walt Disney Pictures",
    "20th Century Studios", "MGM", "Amazon MGM Studios", "Skydance", "Lucasfilm", "Annapurna", "Miramax", "Angel Studios",
    "Bleecker Street", "Mubi", "IFC Films", "Magnolia Pictures", "Roadside Attractions", "GKIDS", "Crunchyroll Pictures",
    # animation studios and anime producers
    "Toho", "Toei Animation", "MAPPA", "Madhouse", "Production I.G", "Production IG", "Science SARU", "Kyoto Animation", "Bones",
    "Wit Studio", "CloverWorks", "A-1 Pictures", "Studio Ghibli", "ufotable", "Sunrise", "Shaft", "P.A. Works",
    "J.C.Staff", "Studio Pierrot", "Pierrot", "Aniplex", "Kadokawa", "Bandai Namco Filmworks", "TMS Entertainment",
    "David Production", "Trigger", "Lerche", "Doga Kobo", "Kinema Citrus", "OLM", "Shin-Ei Animation", "Cygames Pictures",
    "CyberAgent", "Studio Durian", "Studio Bind", "Silver Link", "Passione", "Liden Films",
    # Korean and British television producers
    "Studio Dragon", "SLL", "CJ ENM", "JTBC Studios", "Showbox", "Studio S", "Fremantle", "Bad Wolf", "Mammoth Screen",
    "Left Bank Pictures", "Sid Gentle Films", "Hat Trick Productions", "Sister", "See-Saw Films", "Working Title",
)
