"""Page furniture in plain-text pages: teasers, "Also Read", bios, tables of contents.

``find_boilerplate(text)`` returns the character spans of ``text`` that are
furniture, so extraction can skip them while quotes stay verbatim.
"""

from __future__ import annotations


def find_boilerplate(text: str) -> tuple[tuple[int, int], ...]:
    return ()
