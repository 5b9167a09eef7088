"""Small documents built from text written in the tests, run through the real ingest and time stages."""

from __future__ import annotations

from airdate.extract import extract_claims
from airdate.extract.sentences import split_sentences
from airdate.extract.titles import build_title_index
from airdate.ingest import RawPage, to_document
from airdate.models import Claim
from airdate.timex import infer_writing_window


def claims_of(text: str, name: str = "page.txt") -> list[Claim]:
    document, _ = to_document(RawPage(source=name, name=name, data=text.encode("utf-8")))
    return extract_claims(document, infer_writing_window(document))


def only(claims: list[Claim], attribute: str) -> list[Claim]:
    return [c for c in claims if c.attribute == attribute]


def main_title(text: str) -> str | None:
    """The name airdate takes for the page's own show."""
    document, _ = to_document(RawPage(source="t.txt", name="t.txt", data=text.encode()))
    return build_title_index(document.text, split_sentences(document)).main


def roles_of(text: str) -> set[tuple[str, str | None]]:
    """The (character, played_by) pairs a page names."""
    return {(c.value["name"], c.value["played_by"]) for c in only(claims_of(text), "character")}  # type: ignore[index]
