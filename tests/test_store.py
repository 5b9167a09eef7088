"""The store keeps pages once, round-trips what the stages produce, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date

from sqlalchemy import inspect

from airdate.models import (
    Claim,
    Cue,
    Document,
    Evidence,
    Fact,
    FusionOutput,
    FusionResult,
    Rejection,
    SourceReport,
    Superseded,
    WritingWindow,
)
from airdate.ingest.pages import content_hash
from airdate.store import Store, database_url
from airdate.store.migrations import MIGRATIONS, applied, migrate


def make_document(text: str = "Harbor Lights season 3 premieres on May 2, 2025.", name: str = "a.txt") -> Document:
    return Document(id=content_hash(text), name=name, text=text, source=f"/pages/{name}", title="Harbor Lights", published=date(2025, 1, 3))


def make_result(value: object = {"start": "2025-09-01", "end": "2025-12-31", "text": "late 2025"}, status: str = "estimated") -> FusionResult:
    fact = Fact(
        attribute="premiere_date",
        status=status,
        value=value,
        confidence=0.61,
        evidence=(Evidence("a.txt", "It should arrive in late 2025.", "expected", {"start": "2025-01-01", "end": "2025-02-01"}),),
        superseded=(Superseded("2025-03-01", "b.txt", "Out in March 2025.", None, "overtaken by later pages"),),
        explanation="one expected window, newest page",
    )
    return FusionResult(
        title="Harbor Lights",
        season=3,
        facts=(fact,),
        rejected=(Rejection("premiere_date", "2024-01-01", "c.txt", "It is out on January 1, 2024.", "contradicted by a.txt"),),
        as_of={"start": "2025-01-01", "end": "2025-02-01"},
        aliases=("Harbour Lights",),
    )


def test_migrations_are_recorded_once(any_store: Store) -> None:
    assert applied(any_store.engine) == {name for name, _ in MIGRATIONS}
    assert migrate(any_store.engine) == []  # a second run applies nothing
    tables = set(inspect(any_store.engine).get_table_names())
    assert {"documents", "claims", "writing_windows", "fusion_results", "changes"} <= tables


def test_the_same_page_is_stored_once(any_store: Store) -> None:
    document = make_document()
    assert any_store.add_document(document, b"<html>raw</html>") is True
    assert any_store.add_document(document) is False
    assert any_store.count_documents() == 1
    assert any_store.raw(document.id) == b"<html>raw</html>"
    stored = any_store.document("a.txt")
    assert stored is not None and stored.published == date(2025, 1, 3) and stored.text == document.text


def test_analysis_round_trips_claims_and_windows(any_store: Store) -> None:
    document = make_document()
    any_store.add_document(document)
    window = WritingWindow(date(2025, 1, 1), date(2025, 2, 1), (Cue("metadata", "both", date(2025, 1, 3), "Published Jan 3"),))
    claim = Claim(
        article="a.txt",
        subject="Harbor Lights",
        season=3,
        attribute="premiere_date",
        value="2025-05-02",
        modality="confirmed",
        quote=document.text,
        span=(0, len(document.text)),
        also_quotes=("again",),
    )
    renewal = Claim("a.txt", "Harbor Lights", 4, "renewal", {"renewed": False, "date": None, "event": None}, "negated", "No word yet.")
    any_store.replace_analysis(document, window, [claim, renewal])
    any_store.replace_analysis(document, window, [claim, renewal])  # re-running replaces, never doubles
    claims = any_store.claims()
    assert len(claims) == 2
    assert claims[0].value == "2025-05-02" and claims[0].also_quotes == ("again",) and claims[0].document_id == document.id
    assert claims[1].value == {"renewed": False, "date": None, "event": None}
    assert any_store.windows()["a.txt"] == window


def test_fusion_results_and_changes_round_trip(any_store: Store) -> None:
    result = make_result()
    report = SourceReport("a.txt", "Harbor Lights", {"start": "2025-01-01", "end": "2025-02-01"}, 0.8, ("stale",))
    run = any_store.save_fusion(FusionOutput(results=(result,), sources=(report,)), [{"title": "Harbor Lights", "season": 3, "kind": "new_value", "attribute": "premiere_date"}])
    assert run >= 1
    assert any_store.fusion_results() == [result]
    assert any_store.source_reports() == [report]
    changes = any_store.changes()
    assert changes[0]["kind"] == "new_value" and changes[0]["payload"]["attribute"] == "premiere_date"
    any_store.save_fusion(FusionOutput(results=(make_result(status="confirmed", value="2025-10-10"),)))
    assert any_store.fusion_results()[0].facts[0].value == "2025-10-10"  # replaced, not appended


def test_database_url_reads_paths_and_urls(monkeypatch, tmp_path) -> None:
    monkeypatch.delenv("AIRDATE_DB", raising=False)
    assert database_url(None).endswith("/airdate.db")
    monkeypatch.setenv("AIRDATE_DB", str(tmp_path / "x.db"))
    assert database_url(None) == f"sqlite:///{tmp_path / 'x.db'}"
    assert database_url("postgresql://u@h/db") == "postgresql+psycopg://u@h/db"


def test_sqlite_store_passes_its_integrity_check(tmp_path) -> None:
    store = Store.open(str(tmp_path / "i.db"))
    store.add_document(make_document())
    assert store.integrity_ok()


def test_a_taken_name_gets_the_next_version_suffix(any_store: Store) -> None:
    assert any_store.unique_name("a.txt") == "a.txt"
    any_store.add_document(make_document())
    assert any_store.unique_name("a.txt") == "a.txt~2"
    any_store.add_document(make_document("Another text entirely.", name="a.txt~2"))
    assert any_store.unique_name("a.txt") == "a.txt~3"
    assert not any_store.is_analysed(make_document().id)
    assert {row[0] for row in any_store.iter_texts()} == {make_document().id, make_document("Another text entirely.").id}
