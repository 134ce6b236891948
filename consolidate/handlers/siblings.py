"""Where a structural unit sits among its siblings: the kinds of units that are structure
(articles and their containers) and the articles just before and after an insertion point.

Shared by the insertion of articles and divisions (:mod:`.structure`) and the replacement
of divisions (:mod:`.division_replace`)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from lxml import etree

from ..document import CONTAINERS, Document, akn

#: the units that are structure: articles and the divisions that contain them
STRUCTURAL_KINDS = ("article", *CONTAINERS)


@contextmanager
def _marker(parent: etree._Element, index: int) -> Iterator[etree._Element]:
    """A comment at the insertion point while the neighbours are looked up (always removed)."""
    marker = etree.Comment("insertion point")
    parent.insert(index, marker)
    try:
        yield marker
    finally:
        parent.remove(marker)


def neighbours(
    document: Document, parent: etree._Element, index: int
) -> tuple[etree._Element | None, etree._Element | None]:
    """The articles just before and just after an insertion point, in document order."""
    before: etree._Element | None = None
    seen = False
    with _marker(parent, index) as marker:
        for element in document.body.iter():
            if element is marker:
                seen = True
            elif element.tag == akn("article"):
                if seen:
                    return before, element
                before = element
    return before, None
