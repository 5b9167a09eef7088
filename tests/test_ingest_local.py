"""Ingesting folders of pages: each page stored once, bad files reported one line each."""

from __future__ import annotations

from pathlib import Path

from airdate.pipeline import ingest
from airdate.store import Store

PAGE = "Harbor Lights Season 3: What We Know\n\nHarbor Lights season 3 is expected in late 2025 on Hulu.\n"


def make_folder(root: Path) -> Path:
    folder = root / "pages"
    folder.mkdir()
    (folder / "good.txt").write_text(PAGE, encoding="utf-8")
    (folder / "good.html").write_text(
        "<html><head><title>Tidewater season 2</title></head><body><article><h1>Tidewater season 2</h1>"
        "<p>Tidewater season 2 premieres on March 3, 2026 on Max, the network confirmed in a statement today.</p>"
        "<p>The first season was a hit for the network and drew large audiences every week.</p></article></body></html>",
        encoding="utf-8",
    )
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (folder / "latin1.txt").write_bytes("Cafe\u0301 Noir saison 2 arrive en été 2025, déjà très attendue.".encode("latin-1", "ignore") + " à l'écran".encode("latin-1"))
    (folder / "notes.json").write_text("{}", encoding="utf-8")  # not a page type: passed over
    return folder


def test_a_folder_is_ingested_with_one_line_per_bad_file(tmp_path: Path) -> None:
    store = Store.open(str(tmp_path / "a.db"))
    report = ingest(store, [str(make_folder(tmp_path))])
    stored = {Path(s).name for s in report.stored}
    failed = {Path(f.source).name: f.reason for f in report.failed}
    assert {"good.txt", "good.html"} <= stored
    assert set(failed) == {"empty.txt", "binary.txt"}
    assert "empty" in failed["empty.txt"] and "binary" in failed["binary.txt"]
    # a non-UTF-8 page is decoded with a warning rather than lost
    assert "latin1.txt" in stored
    assert any(Path(source).name == "latin1.txt" and "UTF-8" in warning.upper() for source, warning in report.warnings)
    assert store.count_documents() == 3


def test_ingesting_the_same_folder_twice_keeps_one_copy(tmp_path: Path) -> None:
    store = Store.open(str(tmp_path / "b.db"))
    folder = make_folder(tmp_path)
    first = ingest(store, [str(folder)])
    second = ingest(store, [str(folder)])
    assert len(second.stored) == 0
    assert sorted(second.duplicates) == sorted(first.stored)
    assert store.count_documents() == len(first.stored)
    assert store.integrity_ok()


def test_a_missing_path_is_reported_not_fatal(tmp_path: Path) -> None:
    store = Store.open(str(tmp_path / "c.db"))
    (tmp_path / "one.txt").write_text(PAGE, encoding="utf-8")
    report = ingest(store, [str(tmp_path / "nope"), str(tmp_path / "one.txt")])
    assert [Path(f.source).name for f in report.failed] == ["nope"]
    assert "check the path" in report.failed[0].reason
    assert [Path(s).name for s in report.stored] == ["one.txt"]


def test_spaces_a_page_s_markup_left_inside_its_punctuation_are_tidied_and_nothing_else_changes() -> None:
    from airdate.ingest import RawPage, to_document

    raw = "Glass Orchard , the anime of Ivo Sarr 's novel ( Tin Lanterns ) , airs on WOWOW . Wait ... what ?\n"
    document, _ = to_document(RawPage(source="p.txt", name="p.txt", data=raw.encode("utf-8")))
    assert document.text == "Glass Orchard, the anime of Ivo Sarr's novel (Tin Lanterns), airs on WOWOW. Wait ... what?\n"
    # hostile input: a long run of spaces before no punctuation is scanned once
    assert to_document(RawPage(source="q.txt", name="q.txt", data=("a" + " " * 200_000 + "b").encode()))[0].text.startswith("a")
