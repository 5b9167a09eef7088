"""Readable article names for pages that come from URLs."""

from __future__ import annotations

import hashlib
from urllib.parse import urlsplit, urlunsplit

MAX_NAME = 200


def name_from_url(url: str) -> str:
    """``host/path`` without ``www.`` or a trailing slash; a short hash stands in for a query."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if host.startswith("www."):
        host = host[4:]
    path = parts.path.rstrip("/")
    name = host + path
    if parts.query:
        name += "~" + hashlib.sha1(parts.query.encode("utf-8")).hexdigest()[:8]
    if len(name) > MAX_NAME:
        name = name[: MAX_NAME - 9] + "~" + hashlib.sha1(name.encode("utf-8")).hexdigest()[:8]
    return name or url[:MAX_NAME]


def canonical_url(url: str) -> str:
    """``url`` without its fragment, with a lower-case scheme and host, for "seen before" checks."""
    parts = urlsplit(url.strip())
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path or "/", parts.query, ""))


def is_url(spec: str) -> bool:
    return spec.lower().startswith(("http://", "https://"))
