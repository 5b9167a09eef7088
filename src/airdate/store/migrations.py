"""Named schema migrations, each applied once and inside its own transaction.

A migration is a name and a function of a connection. Add new ones at the end of
``MIGRATIONS``; never edit one that has shipped, since stores in the field have
already recorded it as applied.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timezone

from sqlalchemy import Connection, Engine, inspect, select

from airdate.store import schema

Migration = tuple[str, Callable[[Connection], None]]

_INITIAL_TABLES = [
    schema.documents,
    schema.writing_windows,
    schema.claims,
    schema.copies,
    schema.runs,
    schema.fusion_results,
    schema.source_reports,
    schema.changes,
    schema.ingest_log,
]


def _initial(conn: Connection) -> None:
    schema.metadata.create_all(conn, tables=_INITIAL_TABLES)


MIGRATIONS: list[Migration] = [
    ("0001_initial", _initial),
]


def applied(engine: Engine) -> set[str]:
    if not inspect(engine).has_table("schema_migrations"):
        return set()
    with engine.connect() as conn:
        return {row.name for row in conn.execute(select(schema.schema_migrations.c.name))}


def migrate(engine: Engine) -> list[str]:
    """Apply every migration not yet recorded; return the names applied now."""
    schema.metadata.create_all(engine, tables=[schema.schema_migrations])
    done = applied(engine)
    newly: list[str] = []
    for name, step in MIGRATIONS:
        if name in done:
            continue
        with engine.begin() as conn:
            step(conn)
            conn.execute(
                schema.schema_migrations.insert().values(
                    name=name, applied_at=datetime.now(timezone.utc).isoformat()
                )
            )
        newly.append(name)
    return newly
