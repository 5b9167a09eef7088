"""Fuse stage: time-aware truth discovery over claims from many pages.

Public API: ``fuse_claims(claims, windows, titles) -> FusionOutput``.

The seed-scale reasoning (supersession, rejection, reliability, copies) lives in
``fusion`` and the per-kind reasoners; the vectorised engine for large benchmark
sets lives in ``engine``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from airdate.fuse.fusion import fuse
from airdate.models import Claim, FusionOutput, WritingWindow


def fuse_claims(
    claims: Sequence[Claim],
    windows: Mapping[str, WritingWindow],
    titles: Mapping[str, str | None] | None = None,
) -> FusionOutput:
    """Reconcile ``claims`` (keyed to articles whose writing windows are ``windows``).

    ``titles`` maps article name to the page's own title, for source reports.
    """
    return fuse(claims, windows, titles)


__all__ = ["fuse_claims"]
