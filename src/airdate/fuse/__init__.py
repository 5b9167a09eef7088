"""Fuse stage: time-aware truth discovery over claims from many pages.

Public API: ``fuse_claims(claims, windows, titles) -> FusionOutput``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from airdate.models import Claim, FusionOutput, WritingWindow


def fuse_claims(
    claims: Sequence[Claim],
    windows: Mapping[str, WritingWindow],
    titles: Mapping[str, str | None] | None = None,
) -> FusionOutput:
    """Reconcile ``claims`` (keyed to articles whose writing windows are ``windows``).

    ``titles`` maps article name to the page's own title, for source reports.
    """
    return FusionOutput()


__all__ = ["fuse_claims"]
