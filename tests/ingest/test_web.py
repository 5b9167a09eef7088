"""Ingest from a real HTTP server on 127.0.0.1: each awkward case gives the behaviour promised."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from airdate.ingest.fetch import Fetcher, FetchError
from airdate.ingest.netguard import is_public
from airdate.pipeline import IngestReport, ingest
from airdate.store import Store

from .conftest import WebServer, quick_settings


def run(tmp_path: Path, sources: list[str], **settings: object) -> tuple[IngestReport, Store]:
    store = Store.open(str(tmp_path / "web.db"))
    with Fetcher(quick_settings(**settings)) as fetcher:
        report = ingest(store, sources, fetcher=fetcher, fuse=False)
    return report, store


def reasons(report: IngestReport) -> dict[str, str]:
    return {f.source: f.reason for f in report.failed}


def test_a_normal_page_is_stored_with_text_metadata_and_raw_html(web: WebServer, tmp_path: Path) -> None:
    report, store = run(tmp_path, [web.url("/page/alpha")])
    assert report.stored == [web.url("/page/alpha")] and report.ok
    (doc,) = store.documents()
    assert doc.url == web.url("/page/alpha")
    assert doc.title == "The alpha story"
    assert doc.site == "Test Daily"
    assert doc.published is not None and doc.published.isoformat().startswith("2024-05-0")
    assert "Paragraph 3 of the alpha story" in doc.text
    assert "Copyright Test Daily" not in doc.text  # page furniture left out
    raw = store.raw(doc.id)
    assert raw is not None and b"<footer>Copyright Test Daily</footer>" in raw  # kept for reprocessing
    assert web.state.headers["/page/alpha"]["user-agent"].startswith("airdate/")


@pytest.mark.parametrize("listing, pages", [("/feed.xml", ["feed-one", "feed-two"]), ("/atom.xml", ["atom-one"]), ("/sitemap.xml", ["map-one", "map-two"]), ("/sitemap_index.xml", ["map-one", "map-two"])])
def test_feeds_and_sitemaps_expand_into_their_pages(web: WebServer, tmp_path: Path, listing: str, pages: list[str]) -> None:
    report, store = run(tmp_path, [web.url(listing)])
    assert sorted(report.stored) == sorted(web.url(f"/page/{p}") for p in pages)
    assert report.ok
    assert sorted(d.url or "" for d in store.documents()) == sorted(web.url(f"/page/{p}") for p in pages)


def test_a_page_without_a_date_takes_the_one_its_feed_or_news_sitemap_gives(web: WebServer, tmp_path: Path) -> None:
    report, store = run(tmp_path, [web.url("/dated.xml"), web.url("/news-dated.xml"), web.url("/nodate/unlisted")])
    assert len(report.stored) == 3
    published = {d.url: d.published for d in store.documents()}
    assert published[web.url("/nodate/from-feed")] == date(2024, 1, 2)
    assert published[web.url("/nodate/from-news")] == date(2024, 2, 3)  # publication date, not <lastmod>
    assert published[web.url("/nodate/unlisted")] is None


def test_a_redirect_chain_is_followed_and_the_final_url_kept(web: WebServer, tmp_path: Path) -> None:
    report, store = run(tmp_path, [web.url("/chain/3")])
    assert report.stored == [web.url("/chain/3")]
    assert store.documents()[0].url == web.url("/page/chain-end")


def test_too_many_redirects_and_loops_fail_with_a_reason(web: WebServer, tmp_path: Path) -> None:
    report, store = run(tmp_path, [web.url("/chain/9"), web.url("/loop/a")])
    why = reasons(report)
    assert "more than 5 redirects" in why[web.url("/chain/9")]
    assert "loop" in why[web.url("/loop/a")]
    assert store.count_documents() == 0


def test_a_page_that_never_finishes_times_out_and_the_batch_goes_on(web: WebServer, tmp_path: Path) -> None:
    report, _ = run(tmp_path, [web.url("/hang"), web.url("/trickle"), web.url("/page/after")])
    why = reasons(report)
    assert "did not answer within 1 s" in why[web.url("/hang")] and "--timeout" in why[web.url("/hang")]
    assert "did not finish downloading within 2 s" in why[web.url("/trickle")]
    assert report.stored == [web.url("/page/after")]


def test_a_50_mb_page_is_refused_at_the_size_limit(web: WebServer, tmp_path: Path) -> None:
    report, _ = run(tmp_path, [web.url("/big"), web.url("/big-declared")])
    why = reasons(report)
    for path in ("/big", "/big-declared"):
        assert "larger than 10 MB" in why[web.url(path)] and "--max-size" in why[web.url(path)]


def test_a_latin1_page_declared_utf8_is_decoded_with_a_warning(web: WebServer, tmp_path: Path) -> None:
    report, store = run(tmp_path, [web.url("/latin1")])
    assert report.stored == [web.url("/latin1")]
    text = store.documents()[0].text
    assert "Le café numéro 3 à Zürich était très animé" in text
    assert any("not valid utf-8" in w for _, w in report.warnings)


def test_binary_content_is_refused_whatever_its_label(web: WebServer, tmp_path: Path) -> None:
    report, _ = run(tmp_path, [web.url("/png"), web.url("/image")])
    why = reasons(report)
    assert "PNG image" in why[web.url("/png")] and "labelled it text/html" in why[web.url("/png")]
    assert "image/gif" in why[web.url("/image")]


def test_429_is_retried_then_the_page_stored(web: WebServer, tmp_path: Path) -> None:
    report, _ = run(tmp_path, [web.url("/flaky")])
    assert report.stored == [web.url("/flaky")]
    assert web.state.hits["/flaky"] == 2


def test_a_persistent_503_fails_after_the_retries(web: WebServer, tmp_path: Path) -> None:
    report, _ = run(tmp_path, [web.url("/down")], retries=2)
    assert "503" in reasons(report)[web.url("/down")] and "after 2 retries" in reasons(report)[web.url("/down")]
    assert web.state.hits["/down"] == 3


def test_robots_txt_disallow_is_honoured(web: WebServer, tmp_path: Path) -> None:
    report, _ = run(tmp_path, [web.url("/private/secret"), web.url("/page/open")])
    assert "robots.txt" in reasons(report)[web.url("/private/secret")]
    assert web.state.hits["/private/secret"] == 0
    assert web.state.hits["/robots.txt"] == 1  # fetched once per host
    assert report.stored == [web.url("/page/open")]


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost"])
def test_local_addresses_are_refused_unless_allowed(web: WebServer, tmp_path: Path, host: str) -> None:
    url = web.url("/page/local").replace("127.0.0.1", host)
    report, store = run(tmp_path, [url], allow_private=False)
    assert "use --allow-private" in reasons(report)[url]
    assert "127.0.0.1" in reasons(report)[url]  # the resolved address is named
    assert sum(web.state.hits.values()) == 0 and store.count_documents() == 0


@pytest.mark.parametrize(
    "address, public",
    [
        ("8.8.8.8", True), ("2606:4700:4700::1111", True), ("10.1.2.3", False), ("192.168.0.1", False),
        ("172.16.5.4", False), ("169.254.169.254", False), ("127.0.0.1", False), ("::1", False),
        ("fe80::1", False), ("fc00::1", False), ("::ffff:127.0.0.1", False), ("::ffff:8.8.8.8", True),
        ("100.64.0.1", False), ("0.0.0.0", False), ("224.0.0.1", False),
    ],
)  # fmt: skip
def test_address_classes(address: str, public: bool) -> None:
    assert is_public(address) is public


def test_urls_already_stored_are_not_fetched_again(web: WebServer, tmp_path: Path) -> None:
    run(tmp_path, [web.url("/page/once")])
    report, store = run(tmp_path, [web.url("/page/once")])
    assert report.duplicates == [web.url("/page/once")] and not report.stored
    assert web.state.hits["/page/once"] == 1
    assert store.count_documents() == 1


def test_non_http_schemes_and_unknown_hosts_fail_clearly(tmp_path: Path) -> None:
    with Fetcher(quick_settings()) as fetcher:
        with pytest.raises(FetchError, match="not an http"):
            fetcher.fetch("ftp://example.invalid/x")
        with pytest.raises(FetchError, match="cannot connect"):
            fetcher.fetch("http://no-such-host.invalid/x")


@pytest.mark.parametrize("per_host", [1, 2])
def test_requests_to_one_host_never_exceed_the_concurrency_cap(web: WebServer, tmp_path: Path, per_host: int) -> None:
    urls = [web.url(f"/slow/{i}") for i in range(4)]
    report, _ = run(tmp_path, urls, per_host=per_host)
    assert sorted(report.stored) == sorted(urls)
    assert web.state.max_active == per_host


def test_requests_to_one_host_are_spaced_by_the_delay(web: WebServer, tmp_path: Path) -> None:
    urls = [web.url(f"/slow/paced-{i}") for i in range(4)]
    report, _ = run(tmp_path, urls, per_host=4, delay=0.25)
    assert len(report.stored) == 4
    gaps = [b - a for a, b in zip(web.state.arrivals, web.state.arrivals[1:])]
    assert len(gaps) == 3 and min(gaps) >= 0.2  # a lower bound: a slow machine only widens the gaps
