"""Small synthetic claim sets for each rule of time-aware fusion (made-up shows and pages)."""

from __future__ import annotations

import dataclasses
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from airdate.fuse import fuse_claims
from airdate.fuse.values import compatible, same_element, specificity
from airdate.models import Claim, FusionOutput, WritingWindow

SHOW = "The Lantern Keepers"


def claim(article: str, attribute: str, value, modality: str = "confirmed", season: int | None = 2,
          quote: str | None = None, subject: str = SHOW, widget: bool = False) -> Claim:
    return Claim(article, subject, season, attribute, value, modality,
                 quote or f"{article} says {attribute} is {value} ({modality}).", widget=widget)


def window(start: str | None, end: str | None) -> WritingWindow:
    return WritingWindow(date.fromisoformat(start) if start else None, date.fromisoformat(end) if end else None)


def fact(out: FusionOutput, attribute: str, season: int | None = 2, title: str = SHOW):
    r = next(r for r in out.results if r.title == title and r.season == season)
    return next((f for f in r.facts if f.attribute == attribute), None), r


def est(start: str, end: str, text: str) -> dict:
    return {"start": start, "end": end, "text": text}


def test_confirmed_date_that_passed_without_a_premiere_is_rejected() -> None:
    claims = [
        claim("a", "premiere_date", "2021-05-01"),
        claim("b", "premiere_date", None, "negated"),
        claim("b", "premiere_date", est("2021-09-01", "2021-12-31", "late 2021"), "expected"),
    ]
    out = fuse_claims(claims, {"a": window("2021-01-01", "2021-02-28"), "b": window("2021-07-01", "2021-08-31")})
    f, r = fact(out, "premiere_date")
    assert f.status == "estimated" and f.value["text"] == "late 2021"
    assert [j.value for j in r.rejected] == ["2021-05-01"] and "b (written 2021-07-01..2021-08-31" in r.rejected[0].reason
    reliability = {s.article: s.reliability for s in out.sources}
    assert reliability["a"] < reliability["b"]


def test_an_announced_date_that_later_pages_move_is_history_not_an_error() -> None:
    claims = [claim("a", "premiere_date", "2021-10-01"), claim("b", "premiere_date", "2022-03-04")]
    out = fuse_claims(claims, {"a": window("2021-03-01", "2021-04-30"), "b": window("2021-11-01", "2021-12-15")})
    f, r = fact(out, "premiere_date")
    assert f.status == "confirmed" and f.value == "2022-03-04"
    assert not r.rejected and [s.value for s in f.superseded] == ["2021-10-01"]


def test_same_time_conflict_is_disputed_and_both_cited() -> None:
    claims = [claim("a", "premiere_date", "2021-10-01"), claim("b", "premiere_date", "2021-11-12")]
    out = fuse_claims(claims, {"a": window("2021-05-01", "2021-08-31"), "b": window("2021-06-01", "2021-09-30")})
    f, _ = fact(out, "premiere_date")
    assert f.status == "disputed" and {e.article for e in f.evidence} == {"a", "b"}


def test_premiere_cannot_precede_filming() -> None:
    claims = [
        claim("a", "premiere_date", "2022-02-01"),
        claim("b", "production_stage", {"stage": "filming", "start": "2022-06-01", "end": "2022-09-30", "anchor": "start",
                                        "text": "filming starts in summer"}, "expected"),
    ]
    out = fuse_claims(claims, {"a": window("2021-10-01", "2021-12-31"), "b": window("2021-11-01", "2022-01-31")})
    _, r = fact(out, "premiere_date")
    assert r.rejected and "cannot precede filming" in r.rejected[0].reason


def test_widget_denied_by_its_own_page_is_rejected() -> None:
    claims = [
        claim("a", "premiere_date", "2023-03-03", quote="Countdown to March 3, 2023", widget=True),
        claim("a", "premiere_date", None, "negated", quote="The streamer has not announced a date yet."),
    ]
    out = fuse_claims(claims, {"a": window("2022-09-01", "2022-12-31")})
    f, r = fact(out, "premiere_date")
    assert f.status == "unannounced" and r.rejected and "countdown widget" in r.rejected[0].reason
    assert "widget-contradicted" in next(s for s in out.sources if s.article == "a").flags


def test_not_yet_renewed_is_superseded_and_its_window_narrowed() -> None:
    claims = [
        claim("early", "renewal", {"renewed": False, "date": None, "event": None}, "negated"),
        claim("late", "renewal", {"renewed": True, "date": "2021-06-10", "event": None}),
        claim("later", "renewal", {"renewed": True, "date": "2021-06-10", "event": "a fan event"}),
        claim("undated", "renewal", {"renewed": True, "date": None, "event": None}),
    ]
    windows = {"early": window("2021-01-01", "2021-12-31"), "late": window("2021-07-01", "2021-08-31"),
               "later": window("2021-09-01", "2021-10-31"), "undated": window("2021-01-01", "2022-12-31")}
    out = fuse_claims(claims, windows)
    f, r = fact(out, "renewal")
    assert f.status == "confirmed" and f.value["date"] == "2021-06-10" and f.value["event"] == "a fan event"
    assert not r.rejected and [s.article for s in f.superseded] == ["early"]
    narrowed = dict(out.windows)
    assert narrowed["early"].end == date(2021, 6, 9) and narrowed["early"].cues[-1].kind == "other_source"
    assert narrowed["undated"].start == date(2021, 6, 10)


def test_not_renewed_written_after_a_dated_renewal_is_rejected() -> None:
    claims = [
        claim("late", "renewal", {"renewed": True, "date": "2021-06-10", "event": None}),
        claim("later", "renewal", {"renewed": True, "date": "2021-06-10", "event": None}),
        claim("wrong", "renewal", {"renewed": False, "date": None, "event": None}, "negated"),
    ]
    windows = {"late": window("2021-07-01", "2021-08-31"), "later": window("2021-07-01", "2021-09-30"),
               "wrong": window("2022-01-01", "2022-02-28")}
    out = fuse_claims(claims, windows)
    _, r = fact(out, "renewal")
    assert [j.article for j in r.rejected] == ["wrong"]
    assert "contradicted" in next(s for s in out.sources if s.article == "wrong").flags


def test_copies_count_once_and_the_copier_is_flagged() -> None:
    sentences = [
        "The second season arrives on October 1, 2021 according to the streamer.",
        "Filming wrapped in the spring after a long shoot in the mountains.",
        "Returning cast members include the original lead and her rival.",
        "The showrunner promised a darker tone for the new episodes ahead.",
    ]
    original = [
        claim("orig", "premiere_date", "2021-10-01", quote=sentences[0]),
        claim("orig", "other", "darker tone", quote=sentences[3]),
        claim("orig", "other", "filming wrapped", quote=sentences[1]),
        claim("orig", "other", "returning cast", quote=sentences[2]),
    ]
    copy = [Claim("copy", c.subject, c.season, c.attribute, c.value, c.modality, c.quote.replace("according to", "per"))
            for c in original]
    rival = [claim("rival", "premiere_date", "2021-11-05", quote="It lands on November 5, 2021, the network said.")]
    windows = {"orig": window("2021-06-01", "2021-06-30"), "copy": window("2021-07-01", "2021-07-31"),
               "rival": window("2021-06-01", "2021-07-31")}
    out = fuse_claims(original + copy + rival, windows)
    f, _ = fact(out, "premiere_date")
    assert f.status == "disputed"  # two independent voices, not three
    assert "copier" in next(s for s in out.sources if s.article == "copy").flags


def test_compatible_values_and_name_variants() -> None:
    a = {"amount": 474000000, "unit": "hours", "text": "474 million hours"}
    b = {"amount": 474260000, "unit": "hours", "text": "474.26 million hours"}
    assert compatible("viewership", a, b) and specificity("viewership", b) > specificity("viewership", a)
    early = est("2024-01-01", "2024-04-30", "early 2024")
    assert compatible("premiere_date", "2024-02-14", early)
    assert specificity("premiere_date", "2024-02-14") > specificity("premiere_date", early)
    assert not compatible("premiere_date", "2024-06-14", early)
    assert same_element("director", "Lee Jae Kyoo", "Lee Jae-kyoo") and same_element("director", "Jae Kyoo", "Lee Jae-kyoo")
    assert same_element("character", {"name": "Nam-ra"}, {"name": "Choi Nam-ra"})
    assert not same_element("cast_member", "Park Ji-hu", "Yoon Chan-young")


def test_person_variants_make_one_credit_with_the_best_attested_spelling() -> None:
    claims = [
        claim("a", "director", "Mara Quill-Dane", quote="Mara Quill-Dane directs; Mara Quill-Dane also produces."),
        claim("b", "director", "Mara Quill Dane", quote="Directed by Mara Quill Dane."),
        claim("c", "director", "Quill-Dane", quote="Quill-Dane returns."),
    ]
    out = fuse_claims(claims, {a: window("2021-01-01", "2021-12-31") for a in "abc"})
    f, _ = fact(out, "director")
    assert f.value == ["Mara Quill-Dane"] and len(f.evidence) == 3


def test_series_level_result_gathers_series_wide_facts() -> None:
    claims = [
        claim("a", "platform", "Streamly", season=1),
        claim("b", "platform", "Streamly", season=2),
        claim("b", "writer", "Ola Brand", season=2),
        claim("a", "premiere_date", "2020-03-01", season=1),
    ]
    out = fuse_claims(claims, {"a": window("2020-04-01", "2020-05-01"), "b": window("2021-01-01", "2021-02-01")})
    series = next(r for r in out.results if r.season is None)
    attributes = {f.attribute: f for f in series.facts}
    assert attributes["platform"].value == "Streamly" and len(attributes["platform"].evidence) == 2
    assert "writer" in attributes and "premiere_date" not in attributes


hostile_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=40),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.sampled_from(["start", "end", "renewed", "date", "stage", "name", "amount", "anchor"]), inner, max_size=4),
    max_leaves=8,
)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["a", "b", "c"]),
                          st.sampled_from(["premiere_date", "renewal", "production_stage", "character", "cast_member",
                                           "viewership", "based_on", "trailer", "other", "made_up"]),
                          hostile_values,
                          st.sampled_from(["confirmed", "reported", "expected", "speculative", "conditional", "negated", "?"]),
                          st.sampled_from([None, 1, 2]),
                          st.text(max_size=60)), max_size=12))
def test_malformed_claims_never_crash(rows) -> None:
    claims = [Claim(a, SHOW if i % 2 else "Lantern Keepers", s, attr, v, m, q) for i, (a, attr, v, m, s, q) in enumerate(rows)]
    out = fuse_claims(claims, {"a": window("2021-01-01", "2021-12-31"), "b": window(None, "2022-01-01")})
    assert len(out.sources) >= 2


def test_neither_filming_nor_premiere_can_precede_the_renewal() -> None:
    claims = [
        claim("a", "renewal", {"renewed": True, "date": "2021-06-10", "event": None}),
        claim("b", "renewal", {"renewed": True, "date": "2021-06-10", "event": None}),
        claim("c", "production_stage", {"stage": "filming", "start": "2021-01-01", "end": "2021-03-31", "anchor": "span",
                                        "text": "filmed in early 2021"}),
        claim("c", "premiere_date", "2021-04-02"),
        claim("a", "production_stage", {"stage": "filming", "start": "2021-09-01", "end": "2021-12-31", "anchor": "span",
                                        "text": "filming in late 2021"}),
    ]
    windows = {a: window("2021-07-01", "2021-08-31") for a in "abc"}
    out = fuse_claims(claims, windows)
    stage, r = fact(out, "production_stage")
    reasons = {j.attribute: j.reason for j in r.rejected}
    assert "filming cannot precede renewal" in reasons["production_stage"]
    assert "cannot premiere before its renewal" in reasons["premiere_date"]
    assert stage.value["start"] == "2021-09-01"


def test_a_copied_page_is_no_extra_step_in_the_history_nor_an_extra_witness() -> None:
    sentences = [
        "There is still no official release date for the second season of the show.",
        "With filming under way, the second season is expected to premiere in mid 2031.",
        "The director returns for the new season and the writer is back as well.",
    ]
    original = [
        claim("orig", "premiere_date", None, "negated", quote=sentences[0]),
        claim("orig", "premiere_date", est("2031-05-01", "2031-08-31", "mid 2031"), "expected", quote=sentences[1]),
        claim("orig", "director", "Ana Fell", quote=sentences[2]),
    ]
    copy = [dataclasses.replace(c, article="copy") for c in original]
    fake = [claim("fake", "premiere_date", "2030-02-14", quote="Season 2 is officially set to premiere on February 14, 2030.")]
    windows = {"orig": window("2029-09-01", "2029-12-31"), "copy": window("2030-01-01", "2030-03-31"),
               "fake": window("2029-10-01", "2029-12-31")}
    out = fuse_claims(original + copy + fake, windows)
    f, r = fact(out, "premiere_date")
    assert f.status == "estimated" and not f.superseded  # the copy's restatement is not a newer estimate
    assert r.rejected and "orig" in r.rejected[0].reason and "copy (" not in r.rejected[0].reason
    assert "copier" in next(s for s in out.sources if s.article == "copy").flags


def test_a_page_naming_two_homes_for_a_season_does_not_dispute_itself() -> None:
    claims = [
        claim("a", "platform", "Skyline", quote="Season 2 premieres on Skyline and streams on Riverflix the next day."),
        claim("a", "platform", "Riverflix", quote="Season 2 premieres on Skyline and streams on Riverflix the next day."),
    ]
    out = fuse_claims(claims, {"a": window("2031-01-01", "2031-01-31")})
    f, _ = fact(out, "platform")
    assert f.status == "confirmed" and "also named" in f.explanation
    # Two pages that each name only their own home do disagree.
    claims = [claim("a", "platform", "Skyline"), claim("b", "platform", "Riverflix")]
    out = fuse_claims(claims, {"a": window("2031-01-01", "2031-01-31"), "b": window("2031-01-01", "2031-01-31")})
    f, _ = fact(out, "platform")
    assert f.status == "disputed"


def test_one_page_giving_two_release_dates_names_two_releases_not_a_dispute() -> None:
    claims = [
        claim("a", "premiere_date", "2031-07-06", quote="Part 1 of season 2 aired from July 6, 2031."),
        claim("a", "premiere_date", est("2032-01-01", "2032-01-31", "January 2032"),
              quote="Season 2 Part 2 will premiere in January 2032."),
    ]
    out = fuse_claims(claims, {"a": window("2031-10-01", "2031-10-31")})
    f, r = fact(out, "premiere_date")
    assert f.status == "confirmed" and f.value == "2031-07-06" and not r.rejected
    assert "January 2032 (a later part, region or platform)" in f.explanation
    reliability = {s.article: s.reliability for s in out.sources}
    assert reliability["a"] > 0.7  # naming two releases costs the page nothing


def test_one_page_that_moves_a_date_gives_the_new_date() -> None:
    claims = [
        claim("a", "premiere_date", "2032-06-25", quote="The studio has dated the sequel for June 25, 2032."),
        claim("a", "premiere_date", "2032-07-16", quote="The sequel will now open on July 16, 2032, the studio confirmed."),
    ]
    out = fuse_claims(claims, {"a": window("2031-03-01", "2031-09-30")})
    f, _ = fact(out, "premiere_date")
    assert f.status == "confirmed" and f.value == "2032-07-16" and "the date it replaced" in f.explanation


def test_a_cancellation_overtakes_older_estimates_and_renewal_hopes() -> None:
    claims = [
        claim("a", "premiere_date", est("2032-01-01", "2032-12-31", "2032"), "expected", season=3),
        claim("a", "renewal", {"renewed": True, "date": None, "event": None}, "confirmed", season=3),
        claim("b", "cancellation", {"cancelled": True, "date": "2031-05-16"}, "confirmed", season=3),
        claim("b", "renewal", {"renewed": False, "date": None, "event": None}, "negated", season=3),
    ]
    out = fuse_claims(claims, {"a": window("2030-06-01", "2030-08-31"), "b": window("2031-05-16", "2031-05-20")})
    premiere, _ = fact(out, "premiere_date", season=3)
    renewal, _ = fact(out, "renewal", season=3)
    assert premiere.status == "cancelled" and premiere.value is None
    assert [s.value["text"] for s in premiere.superseded] == ["2032"] and "cancellation on 2031-05-16" in premiere.superseded[0].reason
    assert renewal.status == "cancelled" and renewal.value["renewed"] is False and "Cancelled on 2031-05-16, per b" in renewal.explanation


def test_a_renewal_after_the_cancellation_saves_the_season() -> None:
    claims = [
        claim("a", "cancellation", {"cancelled": True, "date": "2031-01-22"}, "confirmed", season=3),
        claim("a", "renewal", {"renewed": True, "date": "2031-03-30", "event": "picked up by another streamer"}, season=3),
        claim("a", "premiere_date", est("2032-09-01", "2032-12-31", "late 2032"), "reported", season=3),
    ]
    out = fuse_claims(claims, {"a": window("2031-04-01", "2031-04-02")})
    premiere, _ = fact(out, "premiere_date", season=3)
    renewal, _ = fact(out, "renewal", season=3)
    cancellation, _ = fact(out, "cancellation", season=3)
    assert premiere.status == "estimated" and renewal.status == "confirmed" and "Overtaken" in cancellation.explanation


def test_a_season_that_aired_before_its_cancellation_keeps_its_premiere() -> None:
    claims = [
        claim("a", "premiere_date", "2031-03-06", season=2),
        claim("a", "cancellation", {"cancelled": True, "date": "2031-05-16"}, season=2),
    ]
    out = fuse_claims(claims, {"a": window("2031-05-16", "2031-05-20")})
    premiere, _ = fact(out, "premiere_date", season=2)
    assert premiere.status == "confirmed" and premiere.value == "2031-03-06"


def test_a_rejection_reason_is_one_sentence_naming_every_contradicting_page_then_short_quotes() -> None:
    long_tail = " and a great deal more about the cast, the crew and the studio's plans" * 3
    claims = [
        claim("a", "premiere_date", "2031-04-14", quote="Season 2 premieres April 14, 2031, officially confirmed."),
        *[claim(p, "premiere_date", None, "negated", quote=f"{opening} no release date has been set yet{tail}.")
          for p, opening, tail in (("b", "So far", long_tail), ("c", "As of this spring, the studio says", ""),
                                   ("d", "Sadly, there is", " for the show"))],
        claim("d", "production_stage", {"stage": "filming", "start": "2032-01-01", "end": "2032-06-30", "anchor": "start",
                                        "text": "filming starts in the first half of 2032"}, "expected"),
    ]
    windows = {"a": window("2030-10-01", "2030-12-31"), **{p: window("2031-01-01", "2031-03-31") for p in "bcd"}}
    _, r = fact(fuse_claims(claims, windows), "premiere_date")
    reason = r.rejected[0].reason
    sentence, _, sources = reason.partition(" Sources: ")
    assert sentence.count(". ") == 0 and sentence.endswith(".")
    assert "b, c and d say no date had been announced" in sentence and "d places filming after it" in sentence
    assert all(f"{p} (written 2031-01-01..2031-03-31" in sources for p in "bcd")
    assert long_tail not in reason and len(reason) < 600


def test_a_cancellation_the_page_cannot_order_or_only_rumours_changes_nothing() -> None:
    # One page: "the canceled show was picked up for a third season", which premiered later.
    claims = [
        claim("a", "cancellation", {"cancelled": True, "date": None}, season=3),
        claim("a", "renewal", {"renewed": True, "date": est("2030-01-01", "2030-12-31", "last year"), "event": None}, season=3),
        claim("a", "premiere_date", "2031-04-03", season=3),
    ]
    out = fuse_claims(claims, {"a": window("2031-05-01", "2031-05-31")})
    assert fact(out, "premiere_date", season=3)[0].status == "confirmed"
    assert fact(out, "renewal", season=3)[0].status == "confirmed"
    # A rumoured cancellation ("a deleted post claimed it was cancelled") overtakes no estimate.
    claims = [
        claim("a", "cancellation", {"cancelled": True, "date": None}, "reported", season=4),
        claim("a", "premiere_date", est("2032-10-01", "2032-10-31", "October 2032"), "reported", season=4),
    ]
    out = fuse_claims(claims, {"a": window("2031-05-01", "2031-05-31")})
    assert fact(out, "premiere_date", season=4)[0].status == "estimated"


def test_a_season_filming_after_its_cancellation_was_saved() -> None:
    claims = [
        claim("a", "cancellation", {"cancelled": True, "date": None}, season=3),
        claim("a", "production_stage", {"stage": "filming", "start": "2031-09-01", "end": "2031-11-30", "anchor": "span",
                                        "text": "filming in the fall"}, season=3),
        claim("a", "premiere_date", est("2032-09-01", "2032-12-31", "late 2032"), "reported", season=3),
    ]
    out = fuse_claims(claims, {"a": window("2031-04-01", "2031-04-02")})
    assert fact(out, "premiere_date", season=3)[0].status == "estimated"


def test_the_page_that_said_it_first_is_cited_before_its_copy() -> None:
    sentences = [
        "The studio confirmed the director of the show is Ana Fell, who also directed the pilot episode.",
        "The show is written by Tomas Ild, who created it with a small team of former reporters.",
        "Every episode streams on Riverflix, which has carried the show since its very first season.",
    ]
    original = [claim("orig", attr, value, quote=q)
                for (attr, value), q in zip((("director", "Ana Fell"), ("writer", "Tomas Ild"), ("platform", "Riverflix")), sentences)]
    # The copy comes first in the input; the original was written two months earlier.
    copy = [dataclasses.replace(c, article="copy") for c in original]
    out = fuse_claims(copy + original, {"orig": window("2030-01-01", "2030-01-31"), "copy": window("2030-03-01", "2030-03-31")})
    for attribute in ("director", "writer", "platform"):
        f, _ = fact(out, attribute)
        assert [e.article for e in f.evidence][:1] == ["orig"]


def test_a_newer_page_that_moves_a_confirmed_date_later_supersedes_it_without_penalty() -> None:
    claims = [
        claim("a", "premiere_date", "2031-10-01", quote="Season 2 premieres October 1, 2031, the streamer confirmed."),
        claim("b", "premiere_date", est("2032-01-01", "2032-12-31", "2032"), "expected",
              quote="Season 2 has been delayed and is now expected in 2032 after production stalled."),
    ]
    out = fuse_claims(claims, {"a": window("2031-03-01", "2031-04-30"), "b": window("2031-08-01", "2031-08-31")})
    f, r = fact(out, "premiere_date")
    assert f.status == "estimated" and f.value["text"] == "2032" and not r.rejected
    assert [s.value for s in f.superseded] == ["2031-10-01"] and "right when written" in f.superseded[0].reason
    assert "fabricated" not in next(s for s in out.sources if s.article == "a").flags
    # A mere guess written later moves nothing.
    claims[1] = claim("b", "premiere_date", est("2032-01-01", "2032-12-31", "2032"), "speculative",
                      quote="Season 2 could maybe arrive in 2032, if we had to guess.")
    out = fuse_claims(claims, {"a": window("2031-03-01", "2031-04-30"), "b": window("2031-08-01", "2031-08-31")})
    assert fact(out, "premiere_date")[0].value == "2031-10-01"


def test_a_later_page_that_still_expects_a_later_premiere_before_the_date_came_moves_it() -> None:
    claims = [
        claim("a", "premiere_date", "2031-10-01", quote="Season 2 premieres October 1, 2031, the streamer confirmed."),
        claim("b", "premiere_date", est("2032-01-01", "2032-03-31", "early 2032"), "expected",
              quote="Season 2 is expected in early 2032, according to the showrunner."),
    ]
    out = fuse_claims(claims, {"a": window("2031-03-01", "2031-04-30"), "b": window("2031-08-01", "2031-08-31")})
    assert fact(out, "premiere_date")[0].value["text"] == "early 2032"
    # Written after the date passed, a sentence that does not say the date moved does not move it.
    out = fuse_claims(claims, {"a": window("2031-03-01", "2031-04-30"), "b": window("2031-11-01", "2031-11-30")})
    assert fact(out, "premiere_date")[0].value == "2031-10-01"


def test_no_date_announced_does_not_deny_a_confirmed_year() -> None:
    claims = [
        claim("a", "premiere_date", est("2032-01-01", "2032-12-31", "2032"), quote="The third season has been pushed to 2032."),
        claim("a", "premiere_date", None, "negated", quote="The streamer has yet to announce a new premiere date."),
    ]
    out = fuse_claims(claims, {"a": window("2031-07-07", "2031-07-12")})
    f, r = fact(out, "premiere_date")
    assert not r.rejected and f.value["text"] == "2032"


def test_a_date_is_confirmed_only_to_the_precision_a_confirmed_page_gives() -> None:
    claims = [
        claim("a", "premiere_date", est("2032-01-01", "2032-12-31", "2032"), quote="The third season has been pushed to 2032."),
        claim("a", "premiere_date", est("2032-04-01", "2032-04-30", "April 2032"), "reported",
              quote="Insiders say the streamer is eyeing April 2032."),
    ]
    out = fuse_claims(claims, {"a": window("2031-07-07", "2031-07-12")})
    f, _ = fact(out, "premiere_date")
    assert f.status == "estimated" and f.value["text"] == "April 2032" and "confirmed only as 2032 (a)" in f.explanation


def test_a_vague_firm_window_is_narrowed_by_an_estimate_inside_it() -> None:
    claims = [
        claim("a", "premiere_date", est("2031-05-15", "2031-12-31", "later this year"),
              quote="The broadcaster confirmed the new series will air later this year."),
        claim("a", "premiere_date", est("2031-09-01", "2031-11-30", "in the autumn"), "expected",
              quote="It is expected to arrive in the autumn, like the first series."),
    ]
    out = fuse_claims(claims, {"a": window("2031-05-15", "2031-05-20")})
    f, r = fact(out, "premiere_date")
    assert f.status == "estimated" and f.value["text"] == "in the autumn" and not r.rejected
    assert "confirmed only as later this year (a)" in f.explanation
