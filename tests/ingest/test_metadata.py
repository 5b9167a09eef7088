"""Page metadata from <meta> tags and JSON-LD, and htmldate as the fallback for dates."""

from __future__ import annotations

from datetime import date

from airdate.ingest.pages import RawPage, to_document

BODY = "".join(
    f"<p>Sentence {i}: the ferry timetable changes next spring, the harbour office said on its notice board.</p>" for i in range(6)
)


def page(head: str, body: str = BODY, url: str | None = "https://paper.example/ferry") -> RawPage:
    html = f"<html><head>{head}</head><body><article><h1>Ferry timetable</h1>{body}</article></body></html>"
    return RawPage(source="test", name="ferry", data=html.encode(), content_type="text/html", url=url)


def test_json_ld_graph_gives_dates_author_and_publisher() -> None:
    ld = (
        '<script type="application/ld+json">{"@context": "https://schema.org", "@graph": ['
        '{"@type": "WebSite", "name": "ignored"},'
        '{"@type": ["NewsArticle"], "headline": "Ferry timetable", "datePublished": "2023-02-10T08:00:00+01:00",'
        '"dateModified": "2023-03-01", "author": [{"@type": "Person", "name": "Ana Lima"}, {"name": "Bo Chen"}],'
        '"publisher": {"@type": "Organization", "name": "Harbour Post"}}]}</script>'
    )
    document, _ = to_document(page(ld))
    assert document.published == date(2023, 2, 10)
    assert document.modified == date(2023, 3, 1)
    assert document.author == "Ana Lima; Bo Chen"
    assert document.site == "Harbour Post"
    assert document.title == "Ferry timetable"


def test_meta_tags_win_when_there_is_no_json_ld_and_bad_values_are_ignored() -> None:
    head = (
        "<title>Ferry timetable | Harbour Post</title>"
        "<meta property='og:title' content='Ferry timetable'>"
        "<meta property='og:site_name' content='Harbour Post'>"
        "<meta name='author' content='https://paper.example/staff/1'>"
        "<meta property='article:published_time' content='March 4, 2022'>"
        "<meta property='article:modified_time' content='2021-01-01'>"  # before publication: not a modification
        '<script type="application/ld+json">{not json</script>'
    )
    document, _ = to_document(page(head))
    assert document.title == "Ferry timetable" and document.site == "Harbour Post"
    assert document.author is None
    assert document.published == date(2022, 3, 4) and document.modified is None


def test_htmldate_finds_a_date_the_head_does_not_state() -> None:
    body = "<p class='byline'>Published <time datetime='2020-06-15'>15 June 2020</time></p>" + BODY
    document, _ = to_document(page("<title>Ferry timetable</title>", body, url="https://paper.example/2020/06/15/ferry"))
    assert document.published == date(2020, 6, 15)
    assert document.site == "paper.example"
