"""Store stage: SQLite by default, the same schema on PostgreSQL.

``Store.open(db)`` takes a path (SQLite) or a SQLAlchemy URL such as
``postgresql+psycopg://user@127.0.0.1:5432/test``; with no argument it reads
``AIRDATE_DB`` and falls back to ``./airdate.db``.
"""

from __future__ import annotations

import json
import os
import zlib
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime, timezone
from typing import Any

from sqlalchemy import Engine, create_engine, delete, event, func, select, text
from sqlalchemy.exc import IntegrityError

from airdate.models import Claim, Document, FusionOutput, FusionResult, SourceReport, WritingWindow
from airdate.normalize import title_key
from airdate.store import codec, schema
from airdate.store.migrations import migrate

DEFAULT_DB = "airdate.db"
SERIES = -1  # stands for season NULL in keys


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def database_url(db: str | None = None) -> str:
    """The SQLAlchemy URL for ``db`` (a path or a URL), ``AIRDATE_DB``, or ``./airdate.db``."""
    db = db or os.environ.get("AIRDATE_DB") or DEFAULT_DB
    if "://" in db:
        if db.startswith("postgresql://"):
            return "postgresql+psycopg://" + db[len("postgresql://") :]
        return db
    return f"sqlite:///{os.path.abspath(db)}"


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    # WAL keeps readers (the web server) going while ingest writes, and a kill
    # mid-ingest leaves every committed page intact.
    cursor.execute("PRAGMA journal_mode=WAL")
    # Under WAL, NORMAL still survives a killed process (only a power cut can drop
    # the last commits) and saves an fsync on each of a page's commits.
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


class Store:
    """Documents, their writing windows and claims, and what fusion concluded."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @classmethod
    def open(cls, db: str | None = None, *, create: bool = True) -> Store:
        url = database_url(db)
        if url.startswith("sqlite"):
            engine = create_engine(url, future=True)
            event.listen(engine, "connect", _sqlite_pragmas)
        else:
            engine = create_engine(url, future=True, pool_pre_ping=True)
        store = cls(engine)
        if create:
            migrate(engine)
        return store

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- documents ---------------------------------------------------------

    def has_document(self, document_id: str) -> bool:
        with self.engine.connect() as conn:
            return conn.execute(select(schema.documents.c.id).where(schema.documents.c.id == document_id)).first() is not None

    def add_document(
        self,
        document: Document,
        raw: bytes | None = None,
        *,
        fetched_at: str | None = None,
        etag: str | None = None,
        last_modified: str | None = None,
    ) -> bool:
        """Store ``document``; False when a page with the same text is already stored."""
        if self.has_document(document.id):
            return False
        row = {
            "id": document.id,
            "name": document.name,
            "source": document.source,
            "url": document.url,
            "title": document.title,
            "site": document.site,
            "author": document.author,
            "published": codec.iso(document.published),
            "modified": codec.iso(document.modified),
            "content_type": document.content_type,
            "text": document.text,
            "boilerplate": json.dumps([list(s) for s in document.boilerplate]),
            # Level 1: raw HTML is kept only for reprocessing; 2x faster, ~20 % larger.
            "raw": zlib.compress(raw, 1) if raw is not None else None,
            "ingested_at": now(),
            "fetched_at": fetched_at,
            "etag": etag,
            "last_modified": last_modified,
        }
        try:
            with self.engine.begin() as conn:
                conn.execute(schema.documents.insert().values(**row))
        except IntegrityError:
            return False  # a concurrent ingest stored the same page first
        return True

    def unique_name(self, name: str) -> str:
        """``name``, or ``name`` with a version suffix when another page already uses it."""
        d = schema.documents
        with self.engine.connect() as conn:
            # an indexed exact lookup first: a clash is rare, the prefix scan only runs on one
            if conn.execute(select(d.c.id).where(d.c.name == name).limit(1)).first() is None:
                return name
            names = {r.name for r in conn.execute(select(d.c.name).where(d.c.name.like(name + "%")))}
        n = 2
        while f"{name}~{n}" in names:
            n += 1
        return f"{name}~{n}"

    def is_analysed(self, document_id: str) -> bool:
        """True when the document's writing window (and so its claims) were committed."""
        w = schema.writing_windows
        with self.engine.connect() as conn:
            return conn.execute(select(w.c.document_id).where(w.c.document_id == document_id)).first() is not None

    def document_text(self, document_id: str) -> str | None:
        with self.engine.connect() as conn:
            return conn.execute(select(schema.documents.c.text).where(schema.documents.c.id == document_id)).scalar()

    def iter_texts(self) -> Iterator[tuple[str, str, str | None, date | None]]:
        """(id, text, url, published) of every stored document, oldest first, streamed so memory stays flat."""
        d = schema.documents
        with self.engine.connect() as conn:
            result = conn.execution_options(stream_results=True, yield_per=200).execute(
                select(d.c.id, d.c.text, d.c.url, d.c.published).order_by(d.c.ingested_at, d.c.id)
            )
            for row in result:
                yield row.id, row.text, row.url, codec.day(row.published)

    def documents(self) -> list[Document]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(schema.documents).order_by(schema.documents.c.name)).fetchall()
        return [_document_from_row(r) for r in rows]

    def document(self, key: str) -> Document | None:
        """The document whose id or name is ``key``."""
        d = schema.documents
        with self.engine.connect() as conn:
            row = conn.execute(select(d).where((d.c.id == key) | (d.c.name == key))).first()
        return _document_from_row(row) if row else None

    def raw(self, document_id: str) -> bytes | None:
        with self.engine.connect() as conn:
            blob = conn.execute(select(schema.documents.c.raw).where(schema.documents.c.id == document_id)).scalar()
        return zlib.decompress(blob) if blob else None

    def document_meta(self) -> list[dict[str, Any]]:
        """Light rows (no text) for listing and refresh."""
        d = schema.documents
        cols = [d.c.id, d.c.name, d.c.source, d.c.url, d.c.title, d.c.etag, d.c.last_modified, d.c.ingested_at]
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(select(*cols).order_by(d.c.name))]

    def count_documents(self) -> int:
        with self.engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(schema.documents)).scalar_one())

    # -- analysis (time + extract) -----------------------------------------

    def replace_analysis(self, document: Document, window: WritingWindow, claims: Sequence[Claim]) -> None:
        """Replace the writing window and claims of one document, atomically."""
        with self.engine.begin() as conn:
            conn.execute(delete(schema.claims).where(schema.claims.c.document_id == document.id))
            conn.execute(delete(schema.writing_windows).where(schema.writing_windows.c.document_id == document.id))
            conn.execute(
                schema.writing_windows.insert().values(
                    document_id=document.id,
                    start=codec.iso(window.start),
                    end=codec.iso(window.end),
                    cues=codec.cues_to_json(window),
                )
            )
            if claims:
                conn.execute(schema.claims.insert(), [_claim_row(document, c) for c in claims])

    def claims(self, article: str | None = None) -> list[Claim]:
        c = schema.claims
        query = select(c).order_by(c.c.article, c.c.span_start, c.c.id)
        if article:
            query = query.where(c.c.article == article)
        with self.engine.connect() as conn:
            return [codec.claim_from_row(r) for r in conn.execute(query)]

    def claims_about(self, subject_keys: Iterable[str], season: int | None) -> list[Claim]:
        """The claims whose subject is one of ``subject_keys`` (see ``title_key``) and season is ``season``."""
        c = schema.claims
        keys = list(subject_keys)
        season_test = c.c.season.is_(None) if season is None else c.c.season == season
        query = select(c).where(c.c.subject_key.in_(keys) & season_test).order_by(c.c.article, c.c.span_start, c.c.id)
        with self.engine.connect() as conn:
            return [codec.claim_from_row(r) for r in conn.execute(query)]

    def windows(self) -> dict[str, WritingWindow]:
        """Writing window of every analysed document, by article name."""
        w, d = schema.writing_windows, schema.documents
        query = select(d.c.name, w.c.start, w.c.end, w.c.cues).join(d, d.c.id == w.c.document_id)
        with self.engine.connect() as conn:
            return {r.name: codec.window_from_row(r.start, r.end, r.cues) for r in conn.execute(query)}

    def titles_by_article(self) -> dict[str, str | None]:
        d = schema.documents
        with self.engine.connect() as conn:
            return {r.name: r.title for r in conn.execute(select(d.c.name, d.c.title))}

    # -- copies --------------------------------------------------------------

    def record_copy(self, document_id: str, copy_of: str, similarity: float) -> None:
        with self.engine.begin() as conn:
            conn.execute(
                delete(schema.copies).where(
                    (schema.copies.c.document_id == document_id) & (schema.copies.c.copy_of == copy_of)
                )
            )
            conn.execute(schema.copies.insert().values(document_id=document_id, copy_of=copy_of, similarity=similarity))

    def copies(self) -> list[tuple[str, str, float]]:
        with self.engine.connect() as conn:
            return [(r.document_id, r.copy_of, r.similarity) for r in conn.execute(select(schema.copies))]

    # -- fusion --------------------------------------------------------------

    def save_fusion(self, output: FusionOutput, changes: Iterable[dict[str, Any]] = ()) -> int:
        """Replace the stored conclusions with ``output``; record ``changes``; return the run id."""
        with self.engine.begin() as conn:
            key = conn.execute(schema.runs.insert().values(kind="fuse", started_at=now())).inserted_primary_key
            assert key is not None
            run_id = key[0]
            conn.execute(delete(schema.fusion_results))
            conn.execute(delete(schema.source_reports))
            if output.results:
                conn.execute(
                    schema.fusion_results.insert(),
                    [
                        {
                            "subject_key": title_key(r.title),
                            "season": SERIES if r.season is None else r.season,
                            "title": r.title,
                            "payload": codec.result_to_json(r),
                            "run_id": run_id,
                        }
                        for r in _unique_results(output.results)
                    ],
                )
            if output.sources:
                conn.execute(
                    schema.source_reports.insert(),
                    [{"article": s.article, "payload": codec.source_to_json(s), "run_id": run_id} for s in output.sources],
                )
            stamp = now()
            rows = [
                {
                    "run_id": run_id,
                    "at": stamp,
                    "subject_key": title_key(ch["title"]),
                    "title": ch["title"],
                    "season": ch.get("season"),
                    "kind": ch["kind"],
                    "attribute": ch.get("attribute"),
                    "payload": codec.dumps(ch),
                }
                for ch in changes
            ]
            if rows:
                conn.execute(schema.changes.insert(), rows)
            conn.execute(schema.runs.update().where(schema.runs.c.id == run_id).values(finished_at=now()))
        return int(run_id)

    def fusion_results(self) -> list[FusionResult]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(schema.fusion_results.c.payload).order_by(schema.fusion_results.c.subject_key, schema.fusion_results.c.season))
            return [codec.result_from_json(r.payload) for r in rows]

    def source_reports(self) -> list[SourceReport]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(schema.source_reports.c.payload).order_by(schema.source_reports.c.article))
            return [codec.source_from_json(r.payload) for r in rows]

    def changes(self, since: str | None = None, limit: int = 500) -> list[dict[str, Any]]:
        ch = schema.changes
        query = select(ch).order_by(ch.c.id.desc()).limit(limit)
        if since:
            query = query.where(ch.c.at > since)
        with self.engine.connect() as conn:
            return [dict(r._mapping, payload=json.loads(r.payload)) for r in conn.execute(query)]

    # -- ingest log ------------------------------------------------------------

    def log_ingest(self, source: str, outcome: str, document_id: str | None = None, message: str | None = None) -> None:
        with self.engine.begin() as conn:
            conn.execute(
                schema.ingest_log.insert().values(source=source, at=now(), outcome=outcome, document_id=document_id, message=message)
            )

    def integrity_ok(self) -> bool:
        """SQLite's own integrity check; other back ends are trusted to keep theirs."""
        if self.engine.dialect.name != "sqlite":
            return True
        with self.engine.connect() as conn:
            return conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"


def _unique_results(results: Iterable[FusionResult]) -> Iterator[FusionResult]:
    seen: set[tuple[str, int]] = set()
    for r in results:
        key = (title_key(r.title), SERIES if r.season is None else r.season)
        if key not in seen:
            seen.add(key)
            yield r


def _claim_row(document: Document, claim: Claim) -> dict[str, Any]:
    return {
        "document_id": document.id,
        "article": document.name,
        "subject": claim.subject,
        "subject_key": title_key(claim.subject),
        "season": claim.season,
        "attribute": claim.attribute,
        "value": codec.dumps(claim.value) if claim.value is not None else None,
        "modality": claim.modality,
        "quote": claim.quote,
        "span_start": claim.span[0],
        "span_end": claim.span[1],
        "condition": claim.condition,
        "also_quotes": codec.dumps(list(claim.also_quotes)),
        "widget": int(claim.widget),
    }


def _document_from_row(row: Any) -> Document:
    return Document(
        id=row.id,
        name=row.name,
        text=row.text,
        source=row.source,
        title=row.title,
        url=row.url,
        site=row.site,
        author=row.author,
        published=codec.day(row.published),
        modified=codec.day(row.modified),
        boilerplate=tuple(tuple(s) for s in json.loads(row.boilerplate or "[]")),  # type: ignore[misc]
        content_type=row.content_type,
    )


__all__ = ["Store", "database_url", "DEFAULT_DB"]
