"""The plain data that flows between airdate's pipeline stages.

Every stage takes and returns these frozen dataclasses, so each stage can be
tested alone and the store can persist what passes between them.

    ingest  -> Document
    timex   -> TimeExpression, WritingWindow (with Cue evidence)
    extract -> Claim
    fuse    -> FusionResult (Fact, Rejection, SourceReport)
    answer  -> FactSheet, Answer

Claim values use the JSON shapes of the gold labels (see ``shared/seeds/gold/README.md``):
a day is ``"YYYY-MM-DD"``, a window ``{"start", "end", "text"}``, renewal
``{"renewed", "date", "event"}`` and so on, so they serialise without translation.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

JSONValue = Any

GRANULARITIES = (
    "day",
    "week",
    "part_of_month",
    "month",
    "quarter",
    "season",
    "half",
    "part_of_year",
    "year",
    "open",
)

MODALITIES = ("confirmed", "reported", "expected", "speculative", "conditional", "negated")

ATTRIBUTES = (
    "premiere_date",
    "renewal",
    "cancellation",
    "production_stage",
    "platform",
    "cast_member",
    "character",
    "director",
    "writer",
    "based_on",
    "viewership",
    "trailer",
    "episode_count",
    "production_company",
    "other",
)

STATUSES = ("confirmed", "estimated", "unannounced", "disputed", "unknown", "cancelled")


@dataclass(frozen=True)
class Interval:
    """A window of whole days; ``None`` on a side means open on that side."""

    start: date | None
    end: date | None
    granularity: str = "day"

    def __post_init__(self) -> None:
        if self.start is not None and self.end is not None and self.start > self.end:
            raise ValueError(f"interval start {self.start} is after its end {self.end}")

    @property
    def days(self) -> int | None:
        if self.start is None or self.end is None:
            return None
        return (self.end - self.start).days + 1

    def as_json(self) -> dict[str, str | None]:
        return {
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
        }


@dataclass(frozen=True)
class TimeExpression:
    """One temporal expression found in a text, normalised to an interval."""

    text: str
    span: tuple[int, int]
    interval: Interval
    hedged: bool = False
    relative: bool = False
    open_ended: bool = False
    widget: bool = False  # a countdown or timer element, not a sentence


@dataclass(frozen=True)
class Cue:
    """One piece of evidence for when a page was written."""

    kind: str  # metadata | published_line | past_event | future_event | relative | crawl_furniture | other_source
    bound: str  # lower | upper | both
    day: date
    quote: str


@dataclass(frozen=True)
class WritingWindow:
    """When a page was written, as an interval with the cues behind each bound."""

    start: date | None
    end: date | None
    cues: tuple[Cue, ...] = ()

    @property
    def interval(self) -> Interval:
        return Interval(self.start, self.end, "open" if self.start is None or self.end is None else "day")

    def as_json(self) -> dict[str, str | None] | None:
        if self.start is None and self.end is None:
            return None
        return {
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
        }


@dataclass(frozen=True)
class Document:
    """One ingested page: clean text plus what is known about where it came from.

    ``text`` is what quotes are cut from. ``boilerplate`` lists character spans of
    ``text`` that are page furniture (teasers, "Also Read", bios); extraction makes
    no claims from them, but the writing-date stage may read them as crawl-time cues.
    """

    id: str  # sha256 of the text: the same page ingested twice is stored once
    name: str  # the article's name: a file name, or a name derived from the URL
    text: str
    source: str  # path or URL it was read from
    title: str | None = None
    url: str | None = None
    site: str | None = None
    author: str | None = None
    published: date | None = None  # from page metadata, when the page states it
    modified: date | None = None
    boilerplate: tuple[tuple[int, int], ...] = ()
    content_type: str = "text/plain"

    def body_spans(self) -> list[tuple[int, int]]:
        """The spans of ``text`` that are not boilerplate, in order."""
        spans: list[tuple[int, int]] = []
        pos = 0
        for start, end in sorted(self.boilerplate):
            if start > pos:
                spans.append((pos, start))
            pos = max(pos, end)
        if pos < len(self.text):
            spans.append((pos, len(self.text)))
        return spans


@dataclass(frozen=True)
class Claim:
    """One thing a page says about a title, in the gold label shape."""

    article: str
    subject: str
    season: int | None
    attribute: str
    value: JSONValue
    modality: str
    quote: str
    span: tuple[int, int] = (0, 0)
    condition: str | None = None
    also_quotes: tuple[str, ...] = ()
    widget: bool = False
    document_id: str = ""

    def as_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "article": self.article,
            "subject": self.subject,
            "season": self.season,
            "attribute": self.attribute,
            "value": self.value,
            "modality": self.modality,
            "quote": self.quote,
        }
        if self.also_quotes:
            out["also_quotes"] = list(self.also_quotes)
        if self.condition:
            out["condition"] = self.condition
        if self.widget:
            out["widget"] = True
        return out


@dataclass(frozen=True)
class Evidence:
    article: str
    quote: str
    modality: str
    written: dict[str, str | None] | None = None

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Superseded:
    """An older value that later information overtook (no penalty to its source)."""

    value: JSONValue
    article: str
    quote: str
    written: dict[str, str | None] | None
    reason: str

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Fact:
    attribute: str
    status: str
    value: JSONValue
    confidence: float
    evidence: tuple[Evidence, ...] = ()
    superseded: tuple[Superseded, ...] = ()
    explanation: str = ""

    def as_json(self) -> dict[str, Any]:
        return {
            "attribute": self.attribute,
            "status": self.status,
            "value": self.value,
            "confidence": round(self.confidence, 3),
            "evidence": [e.as_json() for e in self.evidence],
            "superseded": [s.as_json() for s in self.superseded],
            "explanation": self.explanation,
        }


@dataclass(frozen=True)
class Rejection:
    attribute: str
    value: JSONValue
    article: str
    quote: str
    reason: str

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class SourceReport:
    article: str
    title: str | None
    written: dict[str, str | None] | None
    reliability: float
    flags: tuple[str, ...] = ()

    def as_json(self) -> dict[str, Any]:
        return {
            "article": self.article,
            "title": self.title,
            "written": self.written,
            "reliability": round(self.reliability, 3),
            "flags": list(self.flags),
        }


@dataclass(frozen=True)
class FactSheet:
    title: str
    season: int | None
    as_of: dict[str, str | None] | None
    facts: tuple[Fact, ...] = ()
    rejected: tuple[Rejection, ...] = ()
    today: date | None = None
    stale: bool = False  # the best premiere estimate lies wholly before ``today``
    aliases: tuple[str, ...] = ()

    def fact(self, attribute: str) -> Fact | None:
        return next((f for f in self.facts if f.attribute == attribute), None)

    def as_json(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "season": self.season,
            "as_of": self.as_of,
            "today": self.today.isoformat() if self.today else None,
            "stale": self.stale,
            "aliases": list(self.aliases),
            "facts": [f.as_json() for f in self.facts],
            "rejected": [r.as_json() for r in self.rejected],
        }


@dataclass(frozen=True)
class Citation:
    article: str
    quote: str

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Answer:
    question: str
    answer: str
    facts: tuple[Fact, ...] = ()
    citations: tuple[Citation, ...] = ()
    title: str | None = None
    season: int | None = None
    stale: bool = False

    def as_json(self) -> dict[str, Any]:
        return {
            "question": self.question,
            "answer": self.answer,
            "title": self.title,
            "season": self.season,
            "stale": self.stale,
            "facts": [f.as_json() for f in self.facts],
            "citations": [c.as_json() for c in self.citations],
        }


@dataclass(frozen=True)
class FusionResult:
    """What fusion concludes about one (title, season) from every stored claim."""

    title: str
    season: int | None
    facts: tuple[Fact, ...] = ()
    rejected: tuple[Rejection, ...] = ()
    as_of: dict[str, str | None] | None = None
    aliases: tuple[str, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class FusionOutput:
    """Everything one fusion run concludes over the whole store."""

    results: tuple[FusionResult, ...] = ()
    sources: tuple[SourceReport, ...] = ()
    windows: tuple[tuple[str, WritingWindow], ...] = ()  # article -> narrowed writing window
