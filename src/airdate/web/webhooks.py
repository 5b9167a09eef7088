"""Post each new change row to a webhook URL, from a poller inside the server.

Fusion runs record changes in the store's ``changes`` table (possibly from another
process, e.g. ``airdate ingest``), so the server polls that table for rows newer
than the last one it posted rather than hooking into fusion itself.
"""

from __future__ import annotations

import asyncio
import json
import logging
from typing import Any

import httpx
from sqlalchemy import func, select

from airdate.store import Store, schema
from airdate.web.feeds import change_link, change_text

log = logging.getLogger("airdate.web.webhooks")


def change_body(change: dict[str, Any], base_url: str) -> dict[str, Any]:
    """The JSON posted for one change: the stored row, a sentence, and a link."""
    return {
        "event": "airdate.change",
        "id": change["id"],
        "run_id": change["run_id"],
        "at": change["at"],
        "title": change["title"],
        "season": change["season"],
        "kind": change["kind"],
        "attribute": change["attribute"],
        "change": change["payload"],
        "text": change_text(change),
        "url": base_url.rstrip("/") + change_link(change),
    }


class ChangePoster:
    """Posts change rows with ids above ``last_id`` to ``url``, oldest first."""

    def __init__(
        self,
        store: Store,
        url: str,
        base_url: str,
        *,
        client: httpx.AsyncClient | None = None,
        interval: float = 5.0,
        batch: int = 100,
    ) -> None:
        self.store = store
        self.url = url
        self.base_url = base_url
        self.client = client or httpx.AsyncClient(timeout=10.0)
        self.interval = interval
        self.batch = batch
        self.last_id = self._max_id()  # only changes made after the server started are posted
        self.failures = 0

    def _max_id(self) -> int:
        with self.store.engine.connect() as conn:
            return int(conn.execute(select(func.max(schema.changes.c.id))).scalar() or 0)

    def pending(self) -> list[dict[str, Any]]:
        ch = schema.changes
        query = select(ch).where(ch.c.id > self.last_id).order_by(ch.c.id).limit(self.batch)
        with self.store.engine.connect() as conn:
            return [dict(r._mapping, payload=json.loads(r.payload)) for r in conn.execute(query)]

    async def poll_once(self) -> int:
        """Post every pending change; stop at the first failure so it is retried next time."""
        posted = 0
        for change in await asyncio.to_thread(self.pending):
            try:
                response = await self.client.post(self.url, json=change_body(change, self.base_url))
                response.raise_for_status()
            except httpx.HTTPError as exc:
                self.failures += 1
                log.warning("webhook %s refused change %s (%s); will retry in %ss", self.url, change["id"], exc, self.interval)
                return posted
            self.last_id = change["id"]
            posted += 1
        return posted

    async def run(self) -> None:
        while True:
            try:
                await self.poll_once()
            except Exception:  # a broken poll must not kill the server; say so and keep going
                log.exception("webhook poll failed; will retry in %ss", self.interval)
            await asyncio.sleep(self.interval)

    async def aclose(self) -> None:
        await self.client.aclose()
