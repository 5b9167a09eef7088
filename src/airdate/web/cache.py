"""Caches that make a page cost a dictionary lookup between fusion runs.

Everything the pages show is derived from the last fusion run (and the claims and
windows it was fused from), so the id of the newest run is a complete version stamp:
reads are memoised per run id, and rendered responses are kept per run id and day.
"""

from __future__ import annotations

import gc
import threading
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable, MutableMapping
from datetime import date
from typing import Any, TypeVar

from sqlalchemy import func, select

from airdate.models import Claim, Document, FusionResult, SourceReport, WritingWindow
from airdate.store import Store, schema

T = TypeVar("T")
Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


class CachedStore(Store):
    """A read view of a store that keeps whole-store reads until the next fusion run.

    ``check_every`` bounds how often the newest run id is looked up (seconds); a
    fusion run becomes visible at most that long after it is saved.
    """

    def __init__(self, store: Store, check_every: float = 0.5) -> None:
        super().__init__(store.engine)
        self.inner = store
        self.check_every = check_every
        self._checked_at = float("-inf")
        self._run_id: int | None = None
        self._memo: dict[Any, Any] = {}
        self._loading: dict[Any, threading.Lock] = {}
        self._lock = threading.Lock()

    def run_id(self) -> int:
        """The newest run id (0 before any run); clears the memo when it moves."""
        now = time.monotonic()
        if self._run_id is None or now - self._checked_at >= self.check_every:
            with self.engine.connect() as conn:
                latest = int(conn.execute(select(func.max(schema.runs.c.id))).scalar() or 0)
            with self._lock:
                if latest != self._run_id:
                    self._memo = {}
                    self._run_id = latest
                self._checked_at = now
        return self._run_id or 0

    def memo(self, key: Any, load: Callable[[], T]) -> T:
        """``load()`` once per run id and ``key``; concurrent callers wait for one load."""
        self.run_id()
        memo = self._memo
        if key in memo:
            return memo[key]  # type: ignore[no-any-return]
        with self._lock:
            key_lock = self._loading.setdefault(key, threading.Lock())
        with key_lock:  # single flight: 200 cold requests must not each read every claim
            memo = self._memo
            if key in memo:
                return memo[key]  # type: ignore[no-any-return]
            value = load()
            with self._lock:
                if memo is self._memo:
                    memo[key] = value
        # The memo can hold hundreds of thousands of objects that live until the next
        # run; leaving them to the cyclic collector makes every full collection walk
        # them all (a stall of many ms under load). Frozen objects are still freed by
        # reference counting once the memo drops them.
        gc.freeze()
        return value

    def warm(self) -> None:
        """Load the whole-store reads every page needs, e.g. at server start."""
        self.fusion_results()
        self.source_reports()
        self.windows()
        self.document_urls()
        self.claims()

    def fusion_results(self) -> list[FusionResult]:
        return list(self.memo("fusion_results", super().fusion_results))

    def source_reports(self) -> list[SourceReport]:
        return list(self.memo("source_reports", super().source_reports))

    def claims(self, article: str | None = None) -> list[Claim]:
        return list(self.memo(("claims", article), lambda: super(CachedStore, self).claims(article)))

    def windows(self) -> dict[str, WritingWindow]:
        return dict(self.memo("windows", super().windows))

    def titles_by_article(self) -> dict[str, str | None]:
        return dict(self.memo("titles_by_article", super().titles_by_article))

    def document(self, key: str) -> Document | None:
        return self.memo(("document", key), lambda: super(CachedStore, self).document(key))

    def document_urls(self) -> dict[str, str | None]:
        """Article name to the URL it was read from, for evidence links."""

        def load() -> dict[str, str | None]:
            d = schema.documents
            with self.engine.connect() as conn:
                return {r.name: r.url for r in conn.execute(select(d.c.name, d.c.url))}

        return self.memo("document_urls", load)


class ResponseCache:
    """ASGI middleware: successful GET responses kept per (path, query, day, run id).

    A hand-written middleware because the responses depend on the store's run id,
    which no generic HTTP cache knows about; it is bounded (least recently used out).
    """

    def __init__(
        self,
        app: ASGIApp,
        store: CachedStore,
        today: Callable[[], date],
        max_entries: int = 4096,
        skip_prefixes: tuple[str, ...] = ("/api/ingest",),
    ) -> None:
        self.app = app
        self.store = store
        self.today = today
        self.max_entries = max_entries
        self.skip_prefixes = skip_prefixes
        self.entries: OrderedDict[tuple[Any, ...], tuple[int, list[tuple[bytes, bytes]], bytes]] = OrderedDict()
        self.hits = 0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in ("GET", "HEAD") or scope["path"].startswith(self.skip_prefixes):
            await self.app(scope, receive, send)
            return
        # The host is part of the key because feeds carry absolute links built from it.
        host = next((v for k, v in scope.get("headers", ()) if k == b"host"), b"")
        key = (scope["method"], host, scope["path"], scope.get("query_string", b""), self.today().isoformat(), self.store.run_id())
        cached = self.entries.get(key)
        if cached is not None:
            self.hits += 1
            self.entries.move_to_end(key)
            status, headers, body = cached
            await send({"type": "http.response.start", "status": status, "headers": headers})
            await send({"type": "http.response.body", "body": body})
            return
        started: dict[str, Any] = {}
        chunks: list[bytes] = []

        async def capture(message: Message) -> None:
            if message["type"] == "http.response.start":
                started.update(message)
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))
                if not message.get("more_body") and started.get("status") == 200:
                    self.entries[key] = (200, list(started.get("headers", [])), b"".join(chunks))
                    while len(self.entries) > self.max_entries:
                        self.entries.popitem(last=False)
            await send(message)

        await self.app(scope, receive, capture)
