"""Fixtures shared by the whole suite: where ../shared is, and stores to test against."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from airdate.store import Store

REPO = Path(__file__).resolve().parents[1]
SHARED = (REPO / ".." / "shared").resolve()
SEEDS = SHARED / "seeds"
PG_URL = os.environ.get("AIRDATE_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


def need_shared(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"{path} is missing: clone the project next to its ../shared folder to run this test")
    return path


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return need_shared(SEEDS)


@pytest.fixture(scope="session")
def seed_store(tmp_path_factory: pytest.TempPathFactory, seeds_dir: Path) -> Iterator[Store]:
    """A SQLite store with the five seed pages ingested (shared, read-only for tests)."""
    from airdate.pipeline import ingest

    store = Store.open(str(tmp_path_factory.mktemp("seeds") / "seeds.db"))
    ingest(store, [str(seeds_dir)])
    yield store
    store.close()


def postgres_url() -> str:
    """A URL to a fresh schema on the local PostgreSQL, or skip with the reason."""
    import sqlalchemy

    try:
        engine = sqlalchemy.create_engine(PG_URL)
        with engine.begin() as conn:
            conn.exec_driver_sql("select 1")
    except Exception as exc:  # any failure to connect means no server here
        pytest.skip(f"PostgreSQL is not answering at {PG_URL} ({exc.__class__.__name__}); start it to run the PostgreSQL store tests")
    schema = f"airdate_test_{uuid.uuid4().hex[:10]}"
    with engine.begin() as conn:
        conn.exec_driver_sql(f"create schema {schema}")
    engine.dispose()
    return f"{PG_URL}?options=-csearch_path%3D{schema}"


@pytest.fixture(params=["sqlite", "postgresql"])
def any_store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """An empty store on each back end the project supports."""
    url = str(tmp_path / "test.db") if request.param == "sqlite" else postgres_url()
    store = Store.open(url)
    yield store
    if request.param == "postgresql":
        schema = url.rsplit("%3D", 1)[1]
        with store.engine.begin() as conn:
            conn.exec_driver_sql(f"drop schema {schema} cascade")
    store.close()
