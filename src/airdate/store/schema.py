"""The store's tables, written once in SQLAlchemy Core so SQLite and PostgreSQL share them.

Values that are structured (claim values, cues, fusion results) are kept as JSON text
rather than the dialect's JSON type, so both back ends read back exactly what was written.
"""

from __future__ import annotations

from sqlalchemy import (
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData()

schema_migrations = Table(
    "schema_migrations",
    metadata,
    Column("name", String(200), primary_key=True),
    Column("applied_at", String(40), nullable=False),
)

documents = Table(
    "documents",
    metadata,
    Column("id", String(64), primary_key=True),  # sha256 of the text
    Column("name", String(500), nullable=False),
    Column("source", Text, nullable=False),
    Column("url", Text),
    Column("title", Text),
    Column("site", Text),
    Column("author", Text),
    Column("published", String(10)),
    Column("modified", String(10)),
    Column("content_type", String(100), nullable=False, default="text/plain"),
    Column("text", Text, nullable=False),
    Column("boilerplate", Text, nullable=False, default="[]"),  # JSON list of [start, end]
    Column("raw", LargeBinary),  # zlib-compressed original bytes, for reprocessing
    Column("ingested_at", String(40), nullable=False),
    Column("fetched_at", String(40)),
    Column("etag", Text),
    Column("last_modified", Text),
    Index("ix_documents_name", "name"),
    Index("ix_documents_url", "url"),
)

writing_windows = Table(
    "writing_windows",
    metadata,
    Column("document_id", String(64), ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    Column("start", String(10)),
    Column("end", String(10)),
    Column("cues", Text, nullable=False, default="[]"),
)

claims = Table(
    "claims",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("document_id", String(64), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("article", String(500), nullable=False),
    Column("subject", Text, nullable=False),
    Column("subject_key", String(500), nullable=False),
    Column("season", Integer),
    Column("attribute", String(50), nullable=False),
    Column("value", Text),  # JSON
    Column("modality", String(20), nullable=False),
    Column("quote", Text, nullable=False),
    Column("span_start", Integer, nullable=False, default=0),
    Column("span_end", Integer, nullable=False, default=0),
    Column("condition", Text),
    Column("also_quotes", Text, nullable=False, default="[]"),
    Column("widget", Integer, nullable=False, default=0),
    Index("ix_claims_document", "document_id"),
    Index("ix_claims_subject", "subject_key", "season"),
)

copies = Table(
    "copies",
    metadata,
    Column("document_id", String(64), ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    Column("copy_of", String(64), ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    Column("similarity", Float, nullable=False),
)

runs = Table(
    "runs",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("kind", String(20), nullable=False),
    Column("started_at", String(40), nullable=False),
    Column("finished_at", String(40)),
)

fusion_results = Table(
    "fusion_results",
    metadata,
    Column("subject_key", String(500), primary_key=True),
    Column("season", Integer, primary_key=True),  # -1 stands for "the whole series" (NULL cannot be a key)
    Column("title", Text, nullable=False),
    Column("payload", Text, nullable=False),  # JSON of FusionResult
    Column("run_id", Integer, ForeignKey("runs.id"), nullable=False),
)

source_reports = Table(
    "source_reports",
    metadata,
    Column("article", String(500), primary_key=True),
    Column("payload", Text, nullable=False),  # JSON of SourceReport
    Column("run_id", Integer, ForeignKey("runs.id"), nullable=False),
)

changes = Table(
    "changes",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("run_id", Integer, ForeignKey("runs.id"), nullable=False),
    Column("at", String(40), nullable=False),
    Column("subject_key", String(500), nullable=False),
    Column("title", Text, nullable=False),
    Column("season", Integer),
    Column("kind", String(40), nullable=False),  # new_value | status_change | new_rejection | ...
    Column("attribute", String(50)),
    Column("payload", Text, nullable=False),
    Index("ix_changes_at", "at"),
)

ingest_log = Table(
    "ingest_log",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("source", Text, nullable=False),
    Column("at", String(40), nullable=False),
    Column("outcome", String(20), nullable=False),  # stored | duplicate | failed
    Column("document_id", String(64)),
    Column("message", Text),
    UniqueConstraint("id"),
)
