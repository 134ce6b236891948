"""The plain text of an article with, per character, the provenance mark that made it.

Mirrors :func:`consolidate.document.article_lines` (the Justel layout the differ compares)
while keeping the ``c:mark`` / ``c:point`` of the unit or span each character comes from, and
the positions of empty removal markers (``<span c:mark c:removed="true"/>``). The HTML redline
uses it to link each word-level change to the amending provision that made it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from lxml import etree

from ..document import (
    akn,
    alineas_of,
    article_heading,
    article_lines,
    cns,
    is_removed,
    local,
    units,
)

Mark = tuple[int, str | None]
"""(footnote number, point of the amending article)."""


@dataclass
class MarkedText:
    """Text with one optional mark per character and zero-width removal markers."""

    text: str = ""
    marks: list[Mark | None] = field(default_factory=list)
    removals: list[tuple[int, Mark]] = field(default_factory=list)

    def add(self, text: str, mark: Mark | None) -> None:
        """Append text carrying ``mark``."""
        self.text += text
        self.marks.extend([mark] * len(text))

    def marks_in(self, start: int, end: int) -> list[Mark]:
        """Distinct marks of the characters in ``[start, end)``, in order."""
        found = [m for m in self.marks[start:end] if m is not None]
        return list(dict.fromkeys(found))

    def removals_between(self, start: int, end: int) -> list[Mark]:
        """Distinct removal markers at positions in ``[start, end]``, in order."""
        found = [mark for at, mark in sorted(self.removals) if start <= at <= end]
        return list(dict.fromkeys(found))


def own_mark(element: etree._Element) -> Mark | None:
    """The mark an element carries itself, if any."""
    value = element.get(cns("mark"))
    if value is None or not value.isdigit():
        return None
    return int(value), element.get(cns("point"))


def inherited_mark(element: etree._Element) -> Mark | None:
    """The mark of the element or of its nearest marked ancestor (up to the article)."""
    node: etree._Element | None = element
    while node is not None:
        mark = own_mark(node)
        if mark is not None:
            return mark
        if local(node) == "article":
            return None
        node = node.getparent()
    return None


def _inline(out: MarkedText, element: etree._Element, mark: Mark | None) -> None:
    """Text of an inline element, its children and their tails."""
    if element.get(cns("removed")) == "true":
        marker = own_mark(element)
        if marker is not None:
            out.removals.append((len(out.text), marker))
    if element.text:
        out.add(element.text, mark)
    for child in element:
        if isinstance(child.tag, str):
            _inline(out, child, own_mark(child) or mark)
        if child.tail:
            out.add(child.tail, mark)


def marked_text_of(out: MarkedText, element: etree._Element) -> None:
    """Like document.text_of: every p's text, non-empty ones joined by one space."""
    first = True
    for p in element.iter(akn("p")):
        piece = MarkedText()
        _inline(piece, p, inherited_mark(p))
        if not piece.text:
            for _, marker in piece.removals:
                out.removals.append((len(out.text), marker))
            continue
        if not first:
            out.add(" ", inherited_mark(p))
        first = False
        base = len(out.text)
        out.removals.extend((base + at, marker) for at, marker in piece.removals)
        out.text += piece.text
        out.marks.extend(piece.marks)


def _in_order(units_: list[etree._Element],
              produce: Callable[[etree._Element], list[MarkedText]]) -> list[MarkedText]:
    """Lines of units in document order; a repealed unit leaves no text, only its mark as a
    removal marker at the end of the line before it (or the start of the line after it)."""
    lines: list[MarkedText] = []
    pending: list[Mark] = []
    for unit in units_:
        if is_removed(unit):
            mark = own_mark(unit)
            if mark is not None and lines:
                lines[-1].removals.append((len(lines[-1].text), mark))
            elif mark is not None:
                pending.append(mark)
            continue
        produced = produce(unit)
        if produced and pending:
            produced[0].removals.extend((0, mark) for mark in pending)
            pending = []
        lines.extend(produced)
    return lines


def _point_lines(point: etree._Element) -> list[MarkedText]:
    own = _unit_lines(point)
    label = (point.findtext(akn("num")) or "").strip()
    first = MarkedText()
    first.add(label, inherited_mark(point))
    if label and own[0].text:
        first.add(" ", inherited_mark(point))
    _concat(first, own[0])
    return [first, *own[1:]]


def _unit_lines(unit: etree._Element) -> list[MarkedText]:
    listing = unit.find(akn("list"))
    if listing is None:
        line = MarkedText()
        marked_text_of(line, unit)
        return [line]
    lines: list[MarkedText] = []
    intro = listing.find(akn("intro"))
    if intro is not None:
        line = MarkedText()
        marked_text_of(line, intro)
        lines.append(line)
    items = _in_order(units(listing, "point", removed=True), _point_lines)
    lines.extend(items)
    wrap_up = listing.find(akn("wrapUp"))
    if wrap_up is not None:
        line = MarkedText()
        marked_text_of(line, wrap_up)
        lines.append(line)
    return lines


def _paragraph_lines(paragraph: etree._Element) -> list[MarkedText]:
    body = _in_order(alineas_of(paragraph, removed=True), _unit_lines)
    num = (paragraph.findtext(akn("num")) or "").strip()
    head = MarkedText()
    head.add(num, inherited_mark(paragraph))
    if body:
        head.add(" ", inherited_mark(paragraph))
        _concat(head, body[0])
        body[0] = head
    return body or [head]


def _concat(out: MarkedText, other: MarkedText) -> None:
    base = len(out.text)
    out.text += other.text
    out.marks.extend(other.marks)
    out.removals.extend((base + at, mark) for at, mark in other.removals)


def marked_article(article: etree._Element) -> MarkedText | None:
    """The article's lines (as ``article_lines`` gives them) joined by newlines, with marks.

    None when the reconstruction does not match ``article_lines`` exactly (the caller then
    falls back on the article-level provenance).
    """
    heading = article_heading(article)
    article_mark = own_mark(article)
    out = MarkedText()
    if is_removed(article):
        out.add("\n".join(article_lines(article)), article_mark)
        return out
    if units(article, "paragraph", removed=True):
        lines = _in_order(units(article, "paragraph", removed=True), _paragraph_lines)
    else:
        lines = _in_order(alineas_of(article, removed=True), _unit_lines)
    head = MarkedText()
    head.add(heading, article_mark)
    if lines:
        head.add(" ", article_mark)
        _concat(head, lines[0])
        lines[0] = head
    else:
        lines = [head]
    for index, line in enumerate(lines):
        if index:
            out.add("\n", None)
        _concat(out, line)
    if out.text != "\n".join(article_lines(article)):
        return None
    return out
