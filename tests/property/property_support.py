"""Helpers of the property tests: acts around operations, comparisons of documents."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from lxml import etree
from strategies import ACT_INFO, info

from consolidate.applier import apply
from consolidate.document import Document, akn, article_lines, dump, label_text, render_text
from consolidate.drafter import build_act
from consolidate.model import AmendingAct, Operation, Report

IN_FORCE = dt.date(2024, 1, 1)


def act_of(*groups: Sequence[Operation], reference: str = "2024-03-25/42",
           date: dt.date | None = None, in_force: dt.date = IN_FORCE) -> AmendingAct:
    """An amending act: one article per group (points when a group has several operations)."""
    identity = ACT_INFO if date is None else info(date, reference)
    return build_act(identity, [list(group) for group in groups], in_force=in_force)


def run(documents: Sequence[Document], act: AmendingAct,
        keep_going: bool = False) -> tuple[list[Document], Report]:
    """Apply ``act`` (the library's apply)."""
    return apply(documents, act, keep_going=keep_going)


def without_spans(operations: Sequence[Operation]) -> list[Operation]:
    """Operations with their source spans dropped (drafted text has other positions)."""
    return [op.model_copy(update={"source": op.source.model_copy(update={"span": None})})
            for op in operations]


def xml(document: Document) -> bytes:
    """The document's bytes (the comparison of 'equal documents')."""
    return dump(document)


def plain(document: Document) -> str:
    """The plain text (Justel layout)."""
    return render_text(document)


def article_text(document: Document, label: str) -> list[str]:
    """The plain lines of one article."""
    found = document.article(label)
    return article_lines(found) if found is not None else []


def labels(document: Document, outside: etree._Element | None = None) -> list[tuple[str, str]]:
    """(kind, label) of every numbered unit, tombstones included, in document order (the
    units inside ``outside`` left out)."""
    inside = set(outside.iterdescendants()) if outside is not None else set()
    return [(etree.QName(element).localname, label_text(element))
            for element in document.body.iter(akn("article"), akn("paragraph"), akn("point"))
            if element not in inside]


def live_texts(container: etree._Element) -> list[str]:
    """Plain text of each live alinéa of a container."""
    from consolidate.document import alineas_of, unit_lines

    return [" ".join(unit_lines(alinea)) for alinea in alineas_of(container)]
