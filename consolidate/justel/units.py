"""One Justel article (its lines) → an ``article`` element with units, marks and tombstones.

Each content line is an alinéa, a ``§`` start or an item. Marks become provenance: a mark
that covers a whole unit (a point or paragraph with its label, an alinéa, every line of the
article) is ``c:mark`` on the largest such unit; the rest become ``<span c:mark>`` inside the
line's ``p``; ``[n ...]n`` becomes an empty ``<span c:mark="n" c:removed="true"/>`` (and a
unit whose whole text is one is a tombstone). Older references ``<L ...>`` become empty
``<span c:style="old" c:ref="...">`` anchors where they stand.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from lxml import etree

from ..document import akn, cns
from ..lang import scan
from ..text import parse_label
from .cut import Line, blank, cut_line, is_removal, removal_part, trim
from .lines import (
    LEAD,
    PARAGRAPH,
    REPEALED_ARTICLE,
    REPEALED_BRACKETED,
    REPEALED_BY,
    REPEALED_UNIT,
    SPACE,
)
from .marks import Token

Fail = Callable[[int, str], None]
_REMOVAL_LINE = scan.regex(r"^\[(\d+) ?\.\.\.\](\d+)$")
_DASH_AFTER_NUMBER = scan.regex(r"^[-–][ \u00a0]+(?=[^-–\s])")
"""``Art. 9. - Texte``: the dash the older pages put after the article's number, not a tiret
(a tiret never opens an article); kept in ``c:prefix``."""


@dataclass
class ArticleBlock:
    """The lines of one article as read: heading, first-line rest, following lines."""

    num: str
    line_number: int
    first: str
    lines: list[tuple[int, str]] = field(default_factory=list)
    remarks: list[str] = field(default_factory=list)
    plain: set[int] = field(default_factory=set)
    """Numbers of lines that are alinéas whatever they start with (quoted text)."""


def _sub(parent: etree._Element, tag: str, text: str | None = None) -> etree._Element:
    element = etree.SubElement(parent, akn(tag))
    if text is not None:
        element.text = text
    return element


class ArticleBuilder:
    """Builds the ``article`` element of one :class:`ArticleBlock`."""

    def __init__(self, block: ArticleBlock, fail: Fail) -> None:
        self.block = block
        self.fail = fail
        self.article = etree.Element(akn("article"))
        _sub(self.article, "num", block.num)
        self.lines: list[Line] = []

    # --- tombstones and layout ----------------------------------------------------------

    def build(self) -> etree._Element:
        """The article element (tombstone, or units with marks)."""
        block = self.block
        first = block.first.strip(SPACE)
        if self._tombstone(first):
            return self.article
        if (dash := _DASH_AFTER_NUMBER.match(first)) and block.line_number not in block.plain:
            _sub_c(self.article, "prefix", dash.group(0).strip(SPACE))  # "Art. 9. - Texte"
            first = first[dash.end():]
        texts = ([(block.line_number, first)] if first else []) + block.lines
        if texts and any(PARAGRAPH.match(_after_opens(t)) for n, t in texts[1:]
                         if n not in block.plain):
            texts[0] = (texts[0][0], self._prefix(texts[0][1]))
        self.lines = [cut_line(number, text, plain=number in block.plain)
                      for number, text in texts]
        self._layout()
        self._track_marks()
        self._assign_unit_marks()
        for line in self.lines:
            if line.p is not None:
                self._fill(line)
        for remark in block.remarks:
            _sub_c(self.article, "remark", remark)
        return self.article

    def _tombstone(self, first: str) -> bool:
        block = self.block
        if not block.lines and first and (
                (REPEALED_ARTICLE.search(first) and "[" not in first)
                or REPEALED_BRACKETED.match(first) or REPEALED_BY.match(first)
                or REPEALED_UNIT.match(first)):
            self._remove(raw=first)  # (Abrogé) <L …>, [Abrogé], <Abrogé par L …>, (...) <L …>
            return True
        if not block.lines and (match := _REMOVAL_LINE.match(first)) and match[1] == match[2]:
            self._remove(mark=match[1])
            return True
        if not first and len(block.lines) == 1 and REPEALED_BY.match(block.lines[0][1]):
            self._remove(raw=block.lines[0][1])
            self.article.set(cns("rawBreak"), "true")
            return True
        return False

    def _remove(self, *, raw: str | None = None, mark: str | None = None) -> None:
        self.article.set("status", "removed")
        if raw is not None:
            self.article.set(cns("style"), "old")
            self.article.set(cns("raw"), raw)
        if mark is not None:
            self.article.set(cns("mark"), mark)
        content = _sub(self.article, "content")
        _sub(content, "p")

    def _prefix(self, text: str) -> str:
        """Text before the ``§ 1er.`` of a first line (``(ancien art. 37ter ...) <Inséré ...>``)."""
        if PARAGRAPH.match(_after_opens(text)):
            return text
        match = re.search(r"(?:\[\d+ ?)*§[ \u00a0]*1(?:er)?\.", text)
        if not match:
            return text
        _sub_c(self.article, "prefix", text[: match.start()].strip(SPACE))
        return text[match.start():]

    def _layout(self) -> None:
        container = self.article
        alinea: etree._Element | None = None
        stack: list[tuple[etree._Element, str]] = []
        paragraph: etree._Element | None = None
        for line in self.lines:
            if line.kind == "paragraph":
                if container is self.article and self.article.find(akn("alinea")) is not None:
                    self.fail(line.number, "a § after alinéas of the same article")
                    label = [Token("text", f"{line.label} ")] if line.label else []
                    line.body = [*label, *(Token("open", number=n) for n in line.post), *line.body]
                    line.kind, line.label, line.post = "alinea", None, []
                else:
                    paragraph = _sub(self.article, "paragraph")
                    _sub(paragraph, "num", " ".join(str(line.label).split()))
                    _label_marks(paragraph, line)
                    container, alinea, stack = paragraph, None, []
                    line.owner = paragraph
                    if line.raw:  # "§ 2. (Abrogé) <L …>": an older tombstone
                        _old_tombstone(paragraph, line.raw)
                        line.chain = [self.article, paragraph]
                        continue
                    if line.removal is not None:
                        paragraph.set("status", "removed")
                        paragraph.set(cns("mark"), str(line.removal))
                        _sub(_sub(paragraph, "content"), "p")
                        line.chain = [self.article, paragraph]
                        continue
                    if not line.body:
                        line.chain = [self.article, paragraph]
                        continue
            if container is not self.article and container.get("status") == "removed":
                num = container.findtext(akn("num"))
                self.fail(line.number, f"cannot place this line after the repealed {num} of "
                          f"{self.block.num}: Justel shows no text in a repealed §")
            if line.kind == "old_removed":
                removed = _sub(container, "alinea")
                removed.set("status", "removed")
                removed.set(cns("style"), "old")
                removed.set(cns("raw"), line.raw)
                if line.removal is not None:  # "[1 Alinéa 2 abrogé.]1"
                    removed.set(cns("mark"), str(line.removal))
                _sub(_sub(removed, "content"), "p")
                alinea, stack = None, []
                continue
            in_paragraph = paragraph is not None and container is paragraph
            base = [self.article, paragraph] if in_paragraph and paragraph is not None else [
                self.article]
            if line.kind == "item":
                if alinea is None:
                    alinea = _sub(container, "alinea")
                point, chain = self._place_item(alinea, stack, line)
                line.chain = [*base, alinea, *chain]
                line.owner = point
                _label_marks(point, line)
                if line.raw:  # "3° (Abrogé) <L …>"
                    _old_tombstone(point, line.raw)
                elif line.removal is not None:
                    point.set("status", "removed")
                    point.set(cns("mark"), str(line.removal))
                    _sub(_sub(point, "content"), "p")
                else:
                    line.p = _sub(_sub(point, "content"), "p")
                continue
            alinea = _sub(container, "alinea")
            stack = []
            line.chain = [*base, alinea]
            if line.removal is not None:
                alinea.set("status", "removed")
                alinea.set(cns("mark"), str(line.removal))
                _sub(_sub(alinea, "content"), "p")
                alinea = None
                continue
            line.p = _sub(_sub(alinea, "content"), "p")

    def _place_item(
        self, alinea: etree._Element, stack: list[tuple[etree._Element, str]], line: Line
    ) -> tuple[etree._Element, list[etree._Element]]:
        style = item_style(str(line.label), stack)
        while stack and stack[-1][1] != style and any(s == style for _, s in stack):
            stack.pop()
        if stack and stack[-1][1] == style:
            listing = stack[-1][0]
        else:
            owner = alinea if not stack else _last_point(stack[-1][0])
            listing = _listify(owner)
            stack.append((listing, style))
        point = _sub(listing, "point")
        _sub(point, "num", line.label)
        chain = [p for p in (_point_of(lst) for lst, _ in stack) if p is not None]
        return point, [*chain, point]

    # --- marks ------------------------------------------------------------------------------

    def _track_marks(self) -> None:
        stack: list[int] = []
        for line in self.lines:
            if line.kind == "old_removed":
                continue
            while (line.label and not line.pre and not line.post and line.body
                   and line.body[0].kind == "close" and line.body[0].number in stack):
                # "§ 6.]3 ...": a mark that ends just after a label ends with the line before
                stack.remove(line.body[0].number)
                line.body = trim(line.body[1:])
            label_stack = stack + line.pre
            text_stack = label_stack + line.post
            line.open_at_text = list(text_stack)
            last_content = max(
                (i for i, t in enumerate(line.body) if t.kind == "ref" or not blank(t)),
                default=-1,
            )
            early: set[int] = set()
            running = list(text_stack)
            for index, token in enumerate(line.body):
                if token.kind == "open":
                    running.append(token.number)
                elif token.kind == "close":
                    if token.number not in running:
                        self.fail(line.number,
                                  f"mark ]{token.number} closes a mark that is not open")
                        continue
                    position = len(running) - 1 - running[::-1].index(token.number)
                    if index < last_content and position < len(text_stack):
                        early.add(token.number)
                    del running[position]
            line.label_set = [m for m in label_stack if m not in early]
            line.text_set = [m for m in text_stack if m not in early]
            stack = running
        if stack:
            self.fail(self.lines[-1].number if self.lines else self.block.line_number,
                      f"mark [{stack[-1]} is never closed in {self.block.num}")

    def _assign_unit_marks(self) -> None:
        lines_of: dict[int, list[tuple[Line, bool]]] = {}
        order: list[etree._Element] = []
        for line in self.lines:
            owner = line.owner
            owner_index = line.chain.index(owner) if owner in line.chain else len(line.chain)
            for depth, unit in enumerate(line.chain):
                if id(unit) not in lines_of:
                    lines_of[id(unit)] = []
                    order.append(unit)
                lines_of[id(unit)].append((line, owner_index >= depth))
        assigned: dict[int, int] = {}
        for unit in order:
            entries = lines_of[id(unit)]
            if unit.get(cns("mark")) is not None:
                continue
            sets = [line.label_set if with_label else line.text_set for line, with_label in entries]
            above = {assigned[id(a)] for a in _ancestors(unit, self.article) if id(a) in assigned}
            common = [m for m in sets[0] if all(m in s for s in sets[1:]) and m not in above]
            if common:
                assigned[id(unit)] = common[0]
                unit.set(cns("mark"), str(common[0]))
        for line in self.lines:
            line.open_at_text = [
                m for m in line.open_at_text
                if m not in {assigned.get(id(u)) for u in line.chain}
            ]
            consumed = {assigned[id(u)] for u in line.chain if id(u) in assigned}
            line.body = [
                t for t in line.body
                if not (t.kind in ("open", "close") and t.number in consumed
                        and not removal_part(line.body, t))
            ]

    def _fill(self, line: Line) -> None:
        p = line.p
        assert p is not None
        spans: list[tuple[etree._Element, int]] = []

        def current() -> etree._Element:
            return spans[-1][0] if spans else p

        def open_span(number: int) -> None:
            span = etree.SubElement(current(), akn("span"))
            span.set(cns("mark"), str(number))
            spans.append((span, number))

        def add_text(text: str) -> None:
            parent = current()
            if len(parent):
                last = parent[-1]
                last.tail = (last.tail or "") + text
            else:
                parent.text = (parent.text or "") + text

        for number in line.open_at_text:
            open_span(number)
        body = line.body
        index = 0
        while index < len(body):
            token = body[index]
            if is_removal(body, index):
                marker = etree.SubElement(current(), akn("span"))
                marker.set(cns("mark"), str(token.number))
                marker.set(cns("removed"), "true")
                index += 3
                continue
            if token.kind == "text":
                add_text(token.value)
            elif token.kind == "ref":
                anchor = etree.SubElement(current(), akn("span"))
                anchor.set(cns("style"), "old")
                anchor.set(cns("ref"), token.value)
            elif token.kind == "open":
                open_span(token.number)
            elif token.kind == "close":
                numbers = [n for _, n in spans]
                if token.number in numbers:
                    position = len(numbers) - 1 - numbers[::-1].index(token.number)
                    reopen = numbers[position + 1:]
                    del spans[position:]
                    for number in reopen:
                        open_span(number)
            index += 1


def _label_marks(unit: etree._Element, line: Line) -> None:
    if line.lead:
        unit.set(cns("lead"), line.lead)
    if line.lead_close:
        unit.set(cns("leadClose"), line.lead_close)
    if line.label_marks:
        unit.set(cns("labelMark"), " ".join(str(m) for m in reversed(line.label_marks)))


def _sub_c(parent: etree._Element, name: str, text: str) -> etree._Element:
    element = etree.SubElement(parent, cns(name))
    element.text = text
    return element


def _after_opens(text: str) -> str:
    """A line's text after the marks opened at its start and an older ``(`` before a label."""
    text = re.sub(r"^(?:\[\d+ ?)*", "", text.strip(SPACE))
    return text[1:] if LEAD.match(text) else text


def _old_tombstone(unit: etree._Element, raw: str) -> None:
    unit.set("status", "removed")
    unit.set(cns("style"), "old")
    unit.set(cns("raw"), raw)
    _sub(_sub(unit, "content"), "p")


_ROMAN_OR_LETTER = {"i)": 1, "v)": 5, "x)": 10}


def item_style(label: str, stack: list[tuple[etree._Element, str]]) -> str:
    """The nesting style of an item label where it stands: ``i)``, ``v)`` and ``x)`` are
    letters or roman numerals. ``i)`` right after a lettered item other than ``h)`` opens its
    roman sub-list (``b)`` then ``i)``, ``ii)``: a drafting of the décrets and the Codes), ``v)``
    after ``iv)`` and ``x)`` after ``ix)`` go on with a roman list; otherwise a letter (before
    2026-12-03 ``i)`` after ``b)`` was a letter next to it and ``ii)`` an alinéa)."""
    value = _ROMAN_OR_LETTER.get(label)
    if value is None or not stack:
        return _style(label)
    listing, style = stack[-1]
    points = listing.findall(akn("point"))
    last = (points[-1].findtext(akn("num")) or "").strip() if points else ""
    try:
        before = parse_label(last)
    except ValueError:
        return _style(label)
    if style == "roman":
        return "roman" if before.style == "roman" and before.number + 1 == value else "letter"
    if style == "letter" and label == "i)" and before.number + 1 != 9:
        return "roman"
    return _style(label)


def _style(label: str) -> str:
    if label in ("-", "–", "—"):
        return "dash"
    try:
        return parse_label(label).style
    except ValueError:
        return "other"


def _listify(owner: etree._Element) -> etree._Element:
    """The list of an alinéa or point, made from its content when it has none yet."""
    listing = owner.find(akn("list"))
    if listing is not None:
        return listing
    content = owner.find(akn("content"))
    listing = etree.Element(akn("list"))
    if content is not None:
        p = content.find(akn("p"))
        index = owner.index(content)
        owner.remove(content)
        owner.insert(index, listing)
        if p is not None:
            _sub(listing, "intro").append(p)
    else:
        owner.append(listing)
    return listing


def _last_point(listing: etree._Element) -> etree._Element:
    points = listing.findall(akn("point"))
    return points[-1]


def _point_of(listing: etree._Element) -> etree._Element | None:
    parent = listing.getparent()
    return parent if parent is not None and parent.tag == akn("point") else None


def _ancestors(unit: etree._Element, stop: etree._Element) -> list[etree._Element]:
    out: list[etree._Element] = []
    parent = unit.getparent()
    while parent is not None:
        out.append(parent)
        if parent is stop:
            break
        parent = parent.getparent()
    return out
