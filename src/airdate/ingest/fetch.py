"""Polite, bounded HTTP fetching with httpx.

Every request: a clear user agent, robots.txt honoured, a per-host rate limit and
concurrency cap, connect/read timeouts plus a deadline for the whole body, a
maximum body size (checked while streaming, after decompression), a redirect
limit with loop detection, retries with backoff on 429 and 5xx, and conditional
GET when the caller knows an ETag or Last-Modified. Private addresses are refused
unless allowed (see ``netguard``).
"""

from __future__ import annotations

import email.utils
import threading
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from urllib.parse import urljoin, urlsplit

import httpx

from airdate import __version__
from airdate.ingest.pages import media_type
from airdate.ingest.netguard import GuardedTransport, PrivateAddressError
from airdate.ingest.robots import ROBOTS_MAX_BYTES, RobotsCache, RobotsRules, parse_robots

ROBOTS_AGENT = "airdate"
USER_AGENT = f"airdate/{__version__} (release-date research; reads robots.txt; agent token 'airdate')"
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})


class FetchError(Exception):
    """A URL that could not be fetched; the message says why and what to do next."""

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status  # the HTTP status when the server answered with an error


class TooLarge(FetchError):
    """The body is over the size limit."""


@dataclass(frozen=True)
class FetchSettings:
    allow_private: bool = False
    timeout: float = 20.0  # seconds to connect, and between two reads
    total_timeout: float = 60.0  # seconds for the whole body: a trickling server cannot hold us
    max_bytes: int = 10_000_000
    max_redirects: int = 5
    retries: int = 3
    backoff: float = 1.0  # first retry waits this long, then doubles
    max_retry_after: float = 60.0
    per_host: int = 2
    delay: float = 0.5  # seconds between two requests to the same host
    workers: int = 8
    obey_robots: bool = True
    user_agent: str = USER_AGENT


@dataclass(frozen=True)
class Fetched:
    """One response body (or a 304) and what the server said about it."""

    url: str  # after redirects
    status: int
    data: bytes
    content_type: str  # the media type alone, lower case
    charset: str | None
    etag: str | None
    last_modified: str | None
    fetched_at: str

    @property
    def not_modified(self) -> bool:
        return self.status == 304


@dataclass(frozen=True)
class _Redirect:
    location: str


class _HostGate:
    """At most ``per_host`` requests in flight per host, started at least ``delay`` apart."""

    def __init__(self, per_host: int, delay: float) -> None:
        self.per_host = per_host
        self.delay = delay
        self._slots: dict[str, threading.BoundedSemaphore] = {}
        self._next: dict[str, float] = {}
        self._delays: dict[str, float] = {}
        self._lock = threading.Lock()

    def set_delay(self, host: str, delay: float) -> None:
        with self._lock:
            self._delays[host] = max(self.delay, delay)

    def slot(self, host: str) -> threading.BoundedSemaphore:
        with self._lock:
            return self._slots.setdefault(host, threading.BoundedSemaphore(self.per_host))

    def wait_turn(self, host: str) -> None:
        with self._lock:
            now = time.monotonic()
            start = max(now, self._next.get(host, now))
            self._next[host] = start + self._delays.get(host, self.delay)
        if start > now:
            time.sleep(start - now)


def _retry_after(value: str | None, fallback: float, cap: float) -> float:
    if not value:
        return fallback
    value = value.strip()
    if value.isdigit():
        return min(float(value), cap)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return fallback
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, min((when - datetime.now(timezone.utc)).total_seconds(), cap))


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class Fetcher:
    """Fetches pages under ``FetchSettings``; safe to share between threads."""

    def __init__(self, settings: FetchSettings | None = None) -> None:
        self.settings = settings or FetchSettings()
        s = self.settings
        self.client = httpx.Client(
            transport=GuardedTransport(allow_private=s.allow_private, max_connections=max(s.workers * 2, 4)),
            timeout=httpx.Timeout(s.timeout),
            follow_redirects=False,  # followed by hand so each hop gets robots, gate and loop checks
            headers={"User-Agent": s.user_agent, "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5"},
            trust_env=False,
        )
        self.gate = _HostGate(s.per_host, s.delay)
        self.robots = RobotsCache(self._load_robots)

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def fetch(self, url: str, *, etag: str | None = None, last_modified: str | None = None) -> Fetched:
        """The body at ``url`` after redirects; a 304 ``Fetched`` when the validators still hold."""
        seen: set[str] = set()
        current = url
        for _hop in range(self.settings.max_redirects + 1):
            self._check_url(current)
            if current in seen:
                raise FetchError(f"the redirects loop back to {current}; check the URL in a browser")
            seen.add(current)
            if self.settings.obey_robots:
                self._check_robots(current)
            headers: dict[str, str] = {}
            if etag:
                headers["If-None-Match"] = etag
            if last_modified:
                headers["If-Modified-Since"] = last_modified
            result = self._request(current, headers, self.settings.max_bytes)
            if isinstance(result, str):
                current = urljoin(current, result)
                continue
            return result
        raise FetchError(
            f"more than {self.settings.max_redirects} redirects starting at {url}; check the URL or use its final address"
        )

    # -- one hop ---------------------------------------------------------------

    def _check_url(self, url: str) -> None:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise FetchError(f"{url} is not an http(s) URL; give a web address, a file or a folder")

    def _check_robots(self, url: str) -> None:
        rules = self.robots.rules_for(url)
        if rules.unreachable:
            raise FetchError(rules.unreachable)
        if not rules.allowed(url, ROBOTS_AGENT):
            raise FetchError("robots.txt of the site disallows this page; leave it out or ask the site owner")

    def _load_robots(self, robots_url: str) -> RobotsRules:
        """The host's rules; a failure is remembered too, so a dead host costs one timeout, not one per page."""
        host = urlsplit(robots_url).netloc
        try:
            current = robots_url
            for _ in range(5):
                result = self._request(current, {}, ROBOTS_MAX_BYTES, retries=1)
                if isinstance(result, str):
                    current = urljoin(current, result)
                    continue
                break
            else:
                return RobotsRules(None)
        except TooLarge:
            return RobotsRules(None)  # a robots.txt of megabytes is not a rule file anyone wrote by hand
        except FetchError as exc:
            if exc.status is not None and 400 <= exc.status < 500:  # RFC 9309: no robots.txt, no rules
                return RobotsRules(None)
            if exc.status is not None:  # RFC 9309: a server error means assume everything is disallowed
                return RobotsRules(
                    None, unreachable=f"robots.txt of {host} answered {exc.status}, so its pages may not be fetched; try again later"
                )
            return RobotsRules(None, unreachable=str(exc))
        rules = parse_robots(result.data.decode("utf-8", "replace"))
        delay = rules.crawl_delay(ROBOTS_AGENT)
        if delay:
            self.gate.set_delay(host, min(delay, 30.0))
        return rules

    def _request(self, url: str, headers: dict[str, str], max_bytes: int, retries: int | None = None) -> Fetched | str:
        """A ``Fetched``, or the Location of a redirect; retries 429/5xx with backoff."""
        s = self.settings
        host = urlsplit(url).netloc
        attempts = (s.retries if retries is None else retries) + 1
        wait = s.backoff
        for attempt in range(attempts):
            with self.gate.slot(host):
                self.gate.wait_turn(host)
                status, outcome, retry_after = self._once(url, headers, max_bytes)
            if status in RETRY_STATUSES and attempt < attempts - 1:
                time.sleep(_retry_after(retry_after, wait, s.max_retry_after))
                wait *= 2
                continue
            if isinstance(outcome, Fetched):
                return outcome
            if isinstance(outcome, _Redirect):
                return outcome.location
            advice = "try again later" if status in RETRY_STATUSES else "check the URL"
            tried = f" after {attempts - 1} retries" if status in RETRY_STATUSES and attempts > 1 else ""
            raise FetchError(f"the server answered {status} {outcome}{tried}; {advice}", status)
        raise AssertionError("unreachable")

    def _once(self, url: str, headers: dict[str, str], max_bytes: int) -> tuple[int, Fetched | _Redirect | str, str | None]:
        """Status, then the body, a redirect or the reason of an error status, then any Retry-After."""
        s = self.settings
        deadline = time.monotonic() + s.total_timeout
        try:
            with self.client.stream("GET", url, headers=headers) as response:
                status = response.status_code
                if status in REDIRECT_STATUSES:
                    location = response.headers.get("location")
                    if not location:
                        return status, "redirect without a Location", None
                    return status, _Redirect(location), None
                if status == 304:
                    return status, self._fetched(response, b""), None
                if status >= 400 or status < 200:
                    return status, response.reason_phrase or "error", response.headers.get("retry-after")
                declared = response.headers.get("content-length")
                if declared and declared.isdigit() and int(declared) > max_bytes:
                    raise TooLarge(_too_big(max_bytes))
                chunks: list[bytes] = []
                size = 0
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > max_bytes:
                        raise TooLarge(_too_big(max_bytes))
                    if time.monotonic() > deadline:
                        raise FetchError(
                            f"the page did not finish downloading within {s.total_timeout:g} s; try again later or raise --timeout"
                        )
                    chunks.append(chunk)
                return status, self._fetched(response, b"".join(chunks)), None
        except PrivateAddressError as exc:
            raise FetchError(str(exc)) from exc
        except httpx.TimeoutException as exc:
            raise FetchError(
                f"the server did not answer within {s.timeout:g} s ({type(exc).__name__}); try again later or raise --timeout"
            ) from exc
        except httpx.TooManyRedirects as exc:  # pragma: no cover - redirects are followed by hand
            raise FetchError(str(exc)) from exc
        except httpx.DecodingError as exc:
            raise FetchError("the server sent a corrupt compressed body; try again later") from exc
        except httpx.ConnectError as exc:
            raise FetchError(f"cannot connect ({exc}); check the address and your network") from exc
        except httpx.HTTPError as exc:  # the connection broke or the server spoke broken HTTP mid-response
            raise FetchError(f"the download broke off ({type(exc).__name__}: {exc}); try again later") from exc

    def _fetched(self, response: httpx.Response, data: bytes) -> Fetched:
        media, charset = media_type(response.headers.get("content-type"))
        return Fetched(
            url=str(response.url),
            status=response.status_code,
            data=data,
            content_type=media,
            charset=charset,
            etag=response.headers.get("etag"),
            last_modified=response.headers.get("last-modified"),
            fetched_at=_now(),
        )


def _too_big(max_bytes: int) -> str:
    return f"the page is larger than {max_bytes / 1_000_000:g} MB; raise --max-size to ingest it"
