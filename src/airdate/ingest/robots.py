"""robots.txt, fetched once per host and consulted before every request to it.

The standard library's parser is enough for allow/disallow and Crawl-delay; what it
does not do is fetch through our guarded client, so fetching is left to the caller.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

ROBOTS_MAX_BYTES = 500_000  # RFC 9309 asks crawlers to read at least 500 KiB


class RobotsRules:
    """What one host's robots.txt allows; ``None`` parser means everything is allowed."""

    def __init__(self, parser: RobotFileParser | None, *, unreachable: str | None = None) -> None:
        self.parser = parser
        self.unreachable = unreachable  # a reason: the file could not be read, so nothing is allowed

    def allowed(self, url: str, agent: str) -> bool:
        if self.unreachable:
            return False
        return self.parser is None or self.parser.can_fetch(agent, url)

    def crawl_delay(self, agent: str) -> float | None:
        if self.parser is None:
            return None
        delay = self.parser.crawl_delay(agent)
        return float(delay) if delay is not None else None


def parse_robots(text: str) -> RobotsRules:
    parser = RobotFileParser()
    parser.parse(text.splitlines())
    return RobotsRules(parser)


class RobotsCache:
    """One ``RobotsRules`` per scheme and host, loaded on first use by ``load(robots_url)``."""

    def __init__(self, load: Callable[[str], RobotsRules]) -> None:
        self._load = load
        self._rules: dict[str, RobotsRules] = {}
        self._locks: dict[str, threading.Lock] = {}
        self._guard = threading.Lock()

    def rules_for(self, url: str) -> RobotsRules:
        parts = urlsplit(url)
        key = f"{parts.scheme}://{parts.netloc}"
        with self._guard:
            lock = self._locks.setdefault(key, threading.Lock())
        with lock:  # one fetch per host even when many workers ask at once
            if key not in self._rules:
                self._rules[key] = self._load(key + "/robots.txt")
            return self._rules[key]
