"""Local sources: WARC files (streamed), saved feeds and sitemaps, copies between pages, hostile XML."""

from __future__ import annotations

import gzip
import io
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from airdate.ingest.fetch import Fetcher
from airdate.ingest.listings import listing_kind, parse_listing
from airdate.ingest.near_dup import shingles
from airdate.ingest.pages import IngestError, decode
from airdate.ingest.reextract import reextract
from airdate.pipeline import ingest
from airdate.store import Store

from .conftest import WebServer, article, quick_settings


def write_warc(path: Path, records: list[tuple[str, str, bytes, str]]) -> None:
    """(url, status line, body, content type) records, gzipped per record as crawlers write them."""
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        for url, status, body, ctype in records:
            headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            record = writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers)
            writer.write_record(record)


def test_a_warc_file_yields_its_pages_and_passes_over_the_rest(tmp_path: Path) -> None:
    warc = tmp_path / "crawl.warc.gz"
    write_warc(
        warc,
        [
            ("https://news.example/a", "200 OK", article("warc-a").encode(), "text/html; charset=utf-8"),
            ("https://news.example/logo.png", "200 OK", b"\x89PNG\r\n\x1a\n" + bytes(100), "image/png"),
            ("https://news.example/gone", "404 Not Found", b"missing", "text/html"),
            ("https://news.example/b", "200 OK", article("warc-b").encode(), "text/html"),
        ],
    )
    store = Store.open(str(tmp_path / "w.db"))
    report = ingest(store, [str(warc)], fuse=False)
    assert sorted(report.stored) == ["https://news.example/a", "https://news.example/b"] and report.ok
    docs = {d.url: d for d in store.documents()}
    assert "Paragraph 2 of the warc-a story" in docs["https://news.example/a"].text
    assert docs["https://news.example/b"].name == "news.example/b"
    again = ingest(store, [str(tmp_path)], fuse=False)  # a folder holding the WARC: read again, nothing new
    assert not again.stored and len(again.duplicates) == 2


def test_a_truncated_warc_keeps_the_pages_before_the_damage(tmp_path: Path) -> None:
    whole = tmp_path / "whole.warc.gz"
    write_warc(whole, [(f"https://news.example/{i}", "200 OK", article(f"cut-{i}").encode(), "text/html") for i in range(3)])
    data = whole.read_bytes()
    for n, cut_bytes in enumerate((100, 300, 500)):  # inside the last record's body, its headers, its gzip header
        cut = tmp_path / f"cut{n}.warc.gz"
        cut.write_bytes(data[: len(data) - cut_bytes])
        store = Store.open(str(tmp_path / f"t{n}.db"))
        report = ingest(store, [str(cut)], fuse=False)
        assert len(report.stored) == 2, cut_bytes
        assert len(report.failed) == 1 and "damaged after 2 pages" in report.failed[0].reason, cut_bytes


def test_a_saved_sitemap_file_lists_urls_to_fetch(web: WebServer, tmp_path: Path) -> None:
    sitemap = tmp_path / "sitemap.xml.gz"
    body = (
        "<?xml version='1.0'?><urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>"
        f"<url><loc>{web.url('/page/saved-one')}</loc></url><url><loc>{web.url('/page/saved-two')}</loc></url></urlset>"
    )
    sitemap.write_bytes(gzip.compress(body.encode()))
    store = Store.open(str(tmp_path / "s.db"))
    with Fetcher(quick_settings()) as fetcher:
        report = ingest(store, [str(sitemap)], fetcher=fetcher, fuse=False)
    assert sorted(report.stored) == sorted([web.url("/page/saved-one"), web.url("/page/saved-two")])


def test_near_duplicates_are_linked_later_page_to_earlier(tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    body = article("syndicated")
    (folder / "original.html").write_text(body.replace("2024-05-", "2024-03-"), encoding="utf-8")
    (folder / "copy.html").write_text(body.replace("</article>", "<p>Reporting by a partner site.</p></article>"), encoding="utf-8")
    (folder / "other.html").write_text(article("unrelated-topic-entirely"), encoding="utf-8")
    store = Store.open(str(tmp_path / "n.db"))
    report = ingest(store, [str(folder)], fuse=False)
    assert len(report.stored) == 3
    names = {d.id: d.name for d in store.documents()}
    links = [(names[a], names[b], sim) for a, b, sim in store.copies()]
    assert [(a, b) for a, b, _ in links] == [("copy.html", "original.html")]
    assert 0.8 <= links[0][2] < 1.0


def test_entity_expansion_in_a_sitemap_is_not_performed() -> None:
    bomb = (
        b"<?xml version='1.0'?><!DOCTYPE lolz [<!ENTITY lol 'lol'><!ENTITY lol2 '&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;'>"
        b"<!ENTITY lol3 '&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;'>]>"
        b"<urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'><url><loc>https://a.example/&lol3;</loc></url>"
        b"<url><loc>https://a.example/ok</loc></url></urlset>"
    )
    assert listing_kind(bomb, "application/xml") == "sitemap"
    listing = parse_listing(bomb, "", "sitemap")
    assert "https://a.example/ok" in listing.pages
    assert all("lollollol" not in url for url in listing.pages)


def test_an_html_page_is_not_mistaken_for_a_listing() -> None:
    assert listing_kind(b"<?xml version='1.0'?><html><body>x</body></html>", "application/xhtml+xml") is None
    assert listing_kind(b"<rss version='2.0'><channel></channel></rss>", "text/xml") == "feed"


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet="<meta charset=\"'> \t\n\u00e9x-", min_size=0, max_size=20_000))
def test_decoding_hostile_text_finishes(text: str) -> None:
    data = text.encode("utf-8", "surrogatepass") + b"\xff"  # never valid UTF-8: the fallbacks run
    try:
        decoded, warning = decode(data, "utf-8", html=True)
    except IngestError as exc:
        assert "not text in any known encoding" in str(exc)
    else:
        assert warning and decoded


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet="ab _\n\u00e9", min_size=0, max_size=50_000))
def test_shingling_hostile_text_finishes(text: str) -> None:
    grams = shingles(text)
    assert all(len(g.split()) == 5 for g in grams)


def test_a_stored_page_can_be_extracted_again_from_its_raw_html(tmp_path: Path) -> None:
    page = tmp_path / "kept.html"
    page.write_text(article("kept-raw"), encoding="utf-8")
    (tmp_path / "plain.txt").write_text("A plain text page has no raw HTML to keep, only its text.", encoding="utf-8")
    store = Store.open(str(tmp_path / "k.db"))
    ingest(store, [str(tmp_path)], fuse=False)
    by_name = {d.name: d for d in store.documents()}
    stored = by_name["kept.html"]
    again = reextract(store, stored)
    assert again == stored  # same extractors, same bytes: the same document
    assert reextract(store, by_name["plain.txt"]) is None


def test_a_corrupt_gzipped_listing_is_a_value_error_not_a_crash() -> None:
    import pytest

    with pytest.raises(ValueError, match="corrupt"):
        parse_listing(b"\x1f\x8b\x08\x00" + b"\x00garbage" * 20, "", "sitemap")
