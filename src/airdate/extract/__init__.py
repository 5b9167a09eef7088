"""Extract stage: every claim a page makes, with its modality, subject and quote.

Public API: ``extract_claims(document, window) -> list[Claim]``.
"""

from __future__ import annotations

from airdate.models import Claim, Document, WritingWindow


def extract_claims(document: Document, window: WritingWindow) -> list[Claim]:
    """The claims ``document`` makes; relative dates resolve against ``window``."""
    return []


__all__ = ["extract_claims"]
