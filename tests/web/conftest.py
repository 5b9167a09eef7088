from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import web_fixtures
from fastapi.testclient import TestClient

from airdate.store import Store
from airdate.web import create_app


@pytest.fixture()
def web_store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(str(tmp_path / "web.db")) as opened:
        web_fixtures.fill(opened)
        yield opened


@pytest.fixture()
def web_client(web_store: Store) -> Iterator[TestClient]:
    app = create_app(web_store, today=web_fixtures.TODAY, check_every=0)
    with TestClient(app) as test_client:
        yield test_client
