"""Writing windows on pages unlike the seeds: datelines, production in progress, titles with
years, non-English text, and a sample of real HTML pages that must not give absurd windows."""

from __future__ import annotations

import dataclasses
import gzip
from datetime import date

import pytest

from airdate.ingest import RawPage, iter_sources, to_document
from airdate.models import Document, WritingWindow
from airdate.timex import infer_writing_window
from airdate.timex.window_cues import reads_as_english
from tests.conftest import REPO, SHARED, need_shared


def window(text: str, **meta: object) -> WritingWindow:
    return infer_writing_window(Document(id="t", name="t", text=text, source="t", **meta))  # type: ignore[arg-type]


def test_published_and_later_updated_lines_span_both_days() -> None:
    w = window("Published March 2, 2024 | Updated March 9, 2024\n\nThe drama was renewed on January 5, 2024.")
    assert (w.start, w.end) == (date(2024, 3, 2), date(2024, 3, 9))


def test_an_updated_line_alone_dates_the_page_unless_its_text_is_older() -> None:
    assert (lambda w: (w.start, w.end))(window("Last updated: 4 March 2024\n\nThe reboot lands next year.")) == (
        date(2024, 3, 4), date(2024, 3, 4))
    # the text speaks of February 1 as still ahead: it was written before the update
    w = window("Updated: March 4, 2024\n\nThe reboot was renewed in May 2023 and is set to premiere on February 1, 2024.")
    assert (w.start, w.end) == (date(2023, 5, 1), date(2024, 1, 31))


def test_filming_under_way_dates_the_writing_inside_the_shoot() -> None:
    text = ("Cameras are now rolling on the sequel. Filming began in March 2023 in Prague.\n\n"
            "With filming under way, the sequel is expected to premiere in late 2025.")
    w = window(text)
    assert w.end == date(2024, 2, 29)  # twelve months of shooting at most
    assert w.start is not None and date(2023, 3, 1) <= w.start <= w.end
    # a release named with it also keeps the writing months ahead of it
    w = window("Filming began in March 2023. With production under way, the sequel will premiere in May 2024.")
    assert (w.start, w.end) == (date(2023, 3, 1), date(2023, 10, 31))


@pytest.mark.parametrize("text", [
    "Filming began in March 2023. Once filming is under way, the sequel will premiere in late 2025.",
    "Filming began in March 2023. Pre-production is currently under way for a premiere in late 2025.",
])
def test_conditions_and_pre_production_do_not_count_as_a_shoot_in_progress(text: str) -> None:
    assert window(text).end == date(2025, 12, 31)


def test_a_year_in_a_title_does_not_date_the_page_before_the_web() -> None:
    text = ("Prequel 'Frontier: 1871' Gets a Premiere Date\n\n"
            "The prequel began filming in April 2024 and wrapped in August. Frontier: 1871 will premiere on May 3, 2025.")
    w = window(text)
    assert (w.start, w.end) == (date(2024, 4, 1), date(2025, 5, 2))


def test_tense_words_are_not_read_in_other_languages() -> None:
    german = ("Die Andacht, die seit 2009 stattfindet, will das Angebot der Gemeinden ergänzen. "
              "Sie wird von vielen Menschen besucht und ist ein fester Bestandteil des Jahres. " * 3)
    assert not reads_as_english(german)
    assert (window(german).start, window(german).end) == (None, None)
    assert reads_as_english("The network renewed the show in May 2023, and it will return with new episodes in 2024. " * 3)


def test_modal_perfect_and_deferred_until_read_as_past() -> None:
    assert window("She may have used the spell in 1995, the notes say, and it was taught for years after that.").end is None
    w = window("Another task we deferred until the second half of 2019 was setting up the servers.")
    assert w.end is None


def test_comes_back_on_a_date_is_ahead() -> None:
    w = window("The kitchen comedy comes back on September 10, 2025, with two episodes.")
    assert w.end == date(2025, 9, 9) and w.start != date(2025, 9, 10)


def test_a_target_year_is_no_schedule_for_the_horizon() -> None:
    w = window("By 2030, the agency aims to convert 100,000 apartments.")
    assert w.start is None


def test_this_year_in_a_past_sentence_is_not_the_future_year() -> None:
    w = window("The cancellation was confirmed on May 16, 2025. The streamer has been trimming its slate this year. "
               "A rival could give the show a third season in 2026 if a buyer steps in.")
    assert w.start == date(2025, 5, 16)


def test_past_events_told_through_a_noun_or_an_until_are_past() -> None:
    w = window("With the airing of its 139th episode on March 29, 2015, it surpassed every rival drama. "
               "Upon its premiere on Fox in January 2016, the show opened to mixed reviews. "
               "The comic began in February 2007 and ran for over six years, until December 2011, when it changed format.")
    assert w.end is None and w.start is not None and w.start >= date(2015, 3, 29)


def test_a_story_s_summer_and_another_work_s_year_date_nothing() -> None:
    w = window("Ivo operates a motel during the summer of 2000, while Ada runs an inn during the summer of 2021. "
               "The show is set to premiere on Friday, August 23, 2024. "
               "She also starred in last year's hit film Tin Lanterns and 2021 action-drama series Glass Orchard.")
    assert w.end == date(2024, 8, 22) and (w.start is None or w.start.year >= 2023)


# ---- real pages -----------------------------------------------------------------------

HTML_PAGES = SHARED / "datasets" / "html" / "pages"
SAMPLE = 60  # every fourth page: enough variety, quick enough for the suite


def _documents() -> list[Document]:
    docs = []
    for item in iter_sources([str(REPO / "src" / "airdate" / "demo" / "corpus")]):
        if isinstance(item, RawPage):
            docs.append(to_document(item)[0])
    for path in sorted(need_shared(HTML_PAGES).glob("*.html.gz"))[::4][:SAMPLE]:
        page = RawPage(source=str(path), name=path.name, data=gzip.decompress(path.read_bytes()), content_type="text/html")
        docs.append(to_document(page)[0])
    return docs


def test_real_pages_give_sane_windows_with_and_without_their_metadata() -> None:
    for doc in _documents():
        for variant in (doc, dataclasses.replace(doc, published=None, modified=None)):
            w = infer_writing_window(variant)
            assert w.start is None or w.end is None or w.start <= w.end, doc.name
            assert w.end is None or w.end >= date(1991, 1, 1), (doc.name, w.end)
            if variant.published is not None:
                assert w.start is not None and w.end is not None and w.start <= variant.published <= w.end, doc.name
                assert (w.end - w.start).days <= 366, doc.name
