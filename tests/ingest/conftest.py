"""A real HTTP server on 127.0.0.1 serving the awkward cases ingest meets on the web."""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from airdate.ingest.fetch import Fetcher, FetchSettings

REPO = Path(__file__).resolve().parents[2]
HTML_PAGES = (REPO / ".." / "shared" / "datasets" / "html" / "pages").resolve()

TOPICS = ["harbour", "lighthouse", "orchard", "glacier", "canyon", "meadow", "lagoon", "summit", "delta", "prairie"]


def article(slug: str, extra: str = "", dated: bool = True) -> str:
    """A small news-like page whose text trafilatura keeps (distinct per slug)."""
    words = [TOPICS[(sum(map(ord, slug)) + i) % len(TOPICS)] for i in range(6)]
    paragraphs = "".join(
        f"<p>Paragraph {i} of the {slug} story: the {words[i % 6]} crew returned to film more episodes, "
        f"and the studio said the {words[(i + 1) % 6]} scenes would take several months to finish.</p>"
        for i in range(6)
    )
    return (
        f"<!doctype html><html><head><meta charset='utf-8'><title>The {slug} story</title>"
        f"<meta property='og:site_name' content='Test Daily'>"
        + (f"<meta property='article:published_time' content='2024-05-0{1 + len(slug) % 9}T10:00:00Z'>" if dated else "")
        + "</head>"
        + f"<body><nav><a href='/'>Home</a></nav><article><h1>The {slug} story</h1>{paragraphs}{extra}</article>"
        f"<footer>Copyright Test Daily</footer></body></html>"
    )


@dataclass
class ServerState:
    hits: Counter[str] = field(default_factory=Counter)
    headers: dict[str, dict[str, str]] = field(default_factory=dict)
    version: int = 1
    base: str = ""
    active: int = 0
    max_active: int = 0
    arrivals: list[float] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)


def _handler(state: ServerState) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def _send(self, status: int, body: bytes, ctype: str = "text/html; charset=utf-8", extra: dict[str, str] | None = None) -> None:
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            for key, value in (extra or {}).items():
                self.send_header(key, value)
            self.end_headers()
            self.wfile.write(body)

        def _redirect(self, location: str) -> None:
            self.send_response(302)
            self.send_header("Location", location)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def do_GET(self) -> None:  # noqa: C901 - one branch per served case
            path = self.path
            state.hits[path] += 1
            state.headers[path] = {k.lower(): v for k, v in self.headers.items()}
            base = state.base
            try:
                if path == "/robots.txt":
                    self._send(200, b"User-agent: *\nDisallow: /private/\n", "text/plain")
                elif path.startswith("/page/"):
                    self._send(200, article(path.rsplit("/", 1)[1]).encode())
                elif path.startswith("/slow/"):
                    with state.lock:
                        state.arrivals.append(time.monotonic())
                        state.active += 1
                        state.max_active = max(state.max_active, state.active)
                    time.sleep(0.5)  # long enough that capped requests must overlap
                    with state.lock:
                        state.active -= 1
                    self._send(200, article(path.replace("/", "-")).encode())
                elif path.startswith("/nodate/"):
                    self._send(200, article(path.rsplit("/", 1)[1], dated=False).encode())
                elif path == "/dated.xml":
                    body = (
                        "<?xml version='1.0'?><rss version='2.0'><channel><title>T</title>"
                        f"<item><title>d</title><link>{base}/nodate/from-feed</link><pubDate>Tue, 02 Jan 2024 09:00:00 GMT</pubDate></item>"
                        "</channel></rss>"
                    )
                    self._send(200, body.encode(), "application/rss+xml")
                elif path == "/news-dated.xml":
                    body = (
                        "<?xml version='1.0'?><urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9' "
                        "xmlns:news='http://www.google.com/schemas/sitemap-news/0.9'>"
                        f"<url><loc>{base}/nodate/from-news</loc><lastmod>2024-09-09</lastmod><news:news>"
                        "<news:publication_date>2024-02-03T10:00:00+00:00</news:publication_date></news:news></url></urlset>"
                    )
                    self._send(200, body.encode(), "application/xml")
                elif path == "/feed.xml":
                    items = "".join(f"<item><title>{s}</title><link>{base}/page/{s}</link></item>" for s in ("feed-one", "feed-two"))
                    body = f"<?xml version='1.0'?><rss version='2.0'><channel><title>T</title>{items}</channel></rss>"
                    self._send(200, body.encode(), "application/rss+xml")
                elif path == "/atom.xml":
                    body = (
                        "<?xml version='1.0' encoding='utf-8'?><feed xmlns='http://www.w3.org/2005/Atom'><title>T</title>"
                        f"<entry><title>a</title><link href='{base}/page/atom-one'/><id>1</id></entry></feed>"
                    )
                    self._send(200, body.encode(), "application/atom+xml")
                elif path == "/sitemap.xml":
                    urls = "".join(
                        f"<url><loc>{base}/page/{s}</loc><news:news><news:publication><news:name>T</news:name>"
                        f"<news:language>en</news:language></news:publication><news:publication_date>2024-05-01</news:publication_date>"
                        f"<news:title>{s}</news:title></news:news></url>"
                        for s in ("map-one", "map-two")
                    )
                    body = (
                        "<?xml version='1.0' encoding='UTF-8'?><urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9' "
                        f"xmlns:news='http://www.google.com/schemas/sitemap-news/0.9'>{urls}</urlset>"
                    )
                    self._send(200, body.encode(), "application/xml")
                elif path == "/sitemap_index.xml":
                    body = (
                        "<?xml version='1.0'?><sitemapindex xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>"
                        f"<sitemap><loc>{base}/sitemap.xml</loc></sitemap></sitemapindex>"
                    )
                    self._send(200, body.encode(), "text/xml")
                elif path.startswith("/chain/"):
                    n = int(path.rsplit("/", 1)[1])
                    self._redirect(f"/chain/{n - 1}" if n > 0 else "/page/chain-end")
                elif path == "/loop/a":
                    self._redirect("/loop/b")
                elif path == "/loop/b":
                    self._redirect(f"{base}/loop/a")
                elif path == "/hang":
                    self.send_response(200)
                    self.send_header("Content-Type", "text/html")
                    self.send_header("Content-Length", "100000")
                    self.end_headers()
                    self.wfile.write(b"<html><body><p>start")
                    self.wfile.flush()
                    time.sleep(30)
                elif path == "/trickle":
                    self.send_response(200)
                    self.send_header("Content-Type", "text/html")
                    self.end_headers()
                    for _ in range(300):
                        self.wfile.write(b"<p>x</p>")
                        self.wfile.flush()
                        time.sleep(0.1)
                elif path in ("/big", "/big-declared"):
                    self.send_response(200)
                    self.send_header("Content-Type", "text/html")
                    if path == "/big-declared":
                        self.send_header("Content-Length", str(50_000_000))
                    self.end_headers()
                    chunk = b"<p>" + b"a" * 65_000 + b"</p>"
                    for _ in range(50_000_000 // len(chunk) + 1):
                        self.wfile.write(chunk)
                elif path == "/latin1":
                    text = "<html><body><article><h1>Café society</h1>" + "".join(
                        f"<p>Le café numéro {i} à Zürich était très animé; déjà célèbre, ça reste un lieu où l'on réfléchit.</p>"
                        for i in range(8)
                    ) + "</article></body></html>"
                    self._send(200, text.encode("latin-1"), "text/html; charset=utf-8")
                elif path == "/png":
                    self._send(200, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "text/html")
                elif path == "/image":
                    self._send(200, b"GIF89a" + bytes(200), "image/gif")
                elif path == "/flaky":
                    if state.hits[path] == 1:
                        self._send(429, b"slow down", "text/plain", {"Retry-After": "0"})
                    else:
                        self._send(200, article("flaky-recovered").encode())
                elif path == "/down":
                    self._send(503, b"down", "text/plain")
                elif path.startswith("/private/"):
                    self._send(200, article("secret").encode())
                elif path == "/versioned":
                    etag = f'"v{state.version}"'
                    if self.headers.get("If-None-Match") == etag:
                        self.send_response(304)
                        self.send_header("ETag", etag)
                        self.end_headers()
                    else:
                        self._send(200, article(f"versioned-{state.version}").encode(), extra={"ETag": etag})
                else:
                    self._send(404, b"not found", "text/plain")
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up, as it should on oversized or endless bodies

    return Handler


@dataclass
class WebServer:
    base: str
    state: ServerState

    def url(self, path: str) -> str:
        return self.base + path


@pytest.fixture()
def web() -> Iterator[WebServer]:
    state = ServerState()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(state))
    server.daemon_threads = True
    state.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield WebServer(state.base, state)
    finally:
        server.shutdown()
        server.server_close()


def quick_settings(**overrides: object) -> FetchSettings:
    """Settings for tests: local addresses allowed, short timeouts, no politeness delay."""
    values: dict[str, object] = {
        "allow_private": True,
        "timeout": 1.0,
        "total_timeout": 2.0,
        "delay": 0.0,
        "backoff": 0.05,
        "max_bytes": 10_000_000,
    }
    values.update(overrides)
    return FetchSettings(**values)  # type: ignore[arg-type]


@pytest.fixture()
def fetcher() -> Iterator[Fetcher]:
    with Fetcher(quick_settings()) as f:
        yield f
