"""Justel HTML page → the lines of its plain text (what a user copies from the site).

The page is parsed with :mod:`lxml.html` in a safe configuration (no network, no external
entities, comments and processing instructions dropped). ``<br>`` ends a line; ``<sup>``
numbers become the digits of ``[1``/``]1`` marks, exactly as the site's text shows them.
The title block (act date, type, title, ``(NOTE : ...)`` lines, numac) and the text block are
located by their anchors (``name="titre"``, ``name="texte"``); a page without them is read
as a whole.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import lxml.html
from lxml import etree

from ..errors import InputError, not_utf8
from ..lang import scan

_BLOCK_TAGS = frozenset({"br", "p", "div", "tr", "li", "table", "h1", "h2", "h3", "h4"})
_NUMAC = scan.regex(r"(?:numéro|nummer)\s*:\s*(\d{10})")
_ELI = scan.regex(r"(eli/[a-z-]+/\d{4}/\d{2}/\d{2}/[0-9A-Za-z]+)")


@dataclass
class HtmlText:
    """What a Justel page says: the title lines, the text lines, and identifiers found."""

    title_lines: list[str] = field(default_factory=list)
    text_lines: list[str] = field(default_factory=list)
    numac: str | None = None
    eli: str | None = None
    title_numbers: list[int] = field(default_factory=list)  # line in the file of each line
    text_numbers: list[int] = field(default_factory=list)

    def lines(self) -> list[str]:
        """The page as one plain Justel text: title lines, a blank line, the text lines."""
        return [*self.title_lines, "", *self.text_lines]

    def file_lines(self) -> list[int]:
        """The line of the HTML file each line of :meth:`lines` comes from."""
        blank = self.title_numbers[-1] if self.title_numbers else 1
        titles = self.title_numbers or [1] * len(self.title_lines)
        texts = self.text_numbers or [blank] * len(self.text_lines)
        return [*titles, blank, *texts]


def _decode(data: bytes, source: str) -> str:
    head = data[:4096].lower()
    match = re.search(rb"charset\s*=\s*['\"]?([a-z0-9_-]+)", head)
    declared = match.group(1).decode("ascii") if match else None
    for encoding in (declared, "utf-8", "cp1252"):
        if not encoding:
            continue
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as error:  # always: UTF-8 was tried above
        raise not_utf8(source, data, error) from None
    raise InputError(f"cannot decode {source} (neither UTF-8 nor Windows-1252)")


def parse_html(data: bytes, source: str = "the Justel page") -> etree._Element:
    """Parse an HTML page safely (no network, no external entities)."""
    parser = lxml.html.HTMLParser(
        no_network=True, remove_comments=True, remove_pis=True, recover=True,
        huge_tree=False,
    )
    text = _decode(data, source)
    text = re.sub(r"<\?xml[^>]*>", "", text[:200]) + text[200:]
    try:
        root = lxml.html.document_fromstring(text, parser=parser)
    except (etree.ParserError, ValueError) as error:
        raise InputError(f"cannot parse the Justel page as HTML: {error}") from None
    return root


_BREAK = "\x00"  # a line break made by <br> or a block, unlike newlines of the source


def _spaces(text: str) -> str:
    """Source newlines are spaces in HTML."""
    return text.replace("\r", " ").replace("\n", " ").replace(_BREAK, " ")


def element_lines(element: etree._Element) -> list[str]:
    """The text of an element split into lines at ``<br>`` and block elements."""
    return [line for _, line in numbered_lines(element)]


_BLANK = " \t\r\n\u00a0"


def _source_line(node: etree._Element) -> int:
    """The line of the file where an element starts (0 when lxml does not know)."""
    line = getattr(node, "sourceline", None)
    return line if isinstance(line, int) else 0


def numbered_lines(element: etree._Element) -> list[tuple[int, str]]:
    """:func:`element_lines` with the line of the file where each line's text starts
    (lxml's ``sourceline`` of each element, plus the newlines of the text read since)."""
    parts: list[str] = []
    starts: list[int] = [_source_line(element) or 1]
    found: list[bool] = [False]
    position = [starts[0]]

    def text(raw: str) -> None:
        if not found[-1] and raw.strip(_BLANK):
            lead = len(raw) - len(raw.lstrip(_BLANK))
            starts[-1], found[-1] = position[0] + raw[:lead].count("\n"), True
        position[0] += raw.count("\n")
        parts.append(_spaces(raw))

    def line_break() -> None:
        parts.append(_BREAK)
        starts.append(position[0])
        found.append(False)

    def walk(node: etree._Element) -> None:
        tag = node.tag if isinstance(node.tag, str) else ""
        position[0] = _source_line(node) or position[0]
        if tag in ("script", "style"):
            position[0] += (node.text or "").count("\n")
            if node.tail:
                text(node.tail)
            return
        if tag in _BLOCK_TAGS:
            line_break()
        if node.text and tag:
            text(node.text)
        for child in node:
            walk(child)
        if tag in _BLOCK_TAGS and tag != "br":
            line_break()
        if node.tail:
            text(node.tail)

    walk(element)
    lines = "".join(parts).split(_BREAK)
    return [(start, line.strip(" \t\u00a0")) for start, line in zip(starts, lines, strict=True)]


def _anchor_cell(root: etree._Element, name: str) -> etree._Element | None:
    for anchor in root.iter("a"):
        if anchor.get("name") != name:
            continue
        table = anchor.getnext()
        while table is not None and table.tag != "table":
            table = table.getnext()
        if table is None:
            return None
        cells = [cell for cell in table.iter("th", "td") if cell.get("colspan") or
                 cell.get("align") == "left"]
        return cells[-1] if cells else table
    return None


def read_page(data: bytes, source: str = "the Justel page") -> HtmlText:
    """Split a Justel page into title lines, text lines and identifiers."""
    root = parse_html(data, source)
    result = HtmlText()
    whole = " ".join(str(piece) for piece in root.itertext())
    if match := _ELI.search(" ".join(a.get("href", "") for a in root.iter("a")) + " " + whole):
        result.eli = match.group(1)
    title_cell = _anchor_cell(root, "titre")
    text_cell = _anchor_cell(root, "texte")
    if title_cell is None or text_cell is None:
        body = root.find("body")
        numbered = numbered_lines(body if body is not None else root)
        while numbered and not numbered[0][1].strip():
            numbered.pop(0)
        result.text_numbers = [number for number, _ in numbered]
        result.text_lines = [line for _, line in numbered]
        return result
    title = [(number, line) for number, line in numbered_lines(title_cell) if line.strip()]
    for _, line in title:
        if match := _NUMAC.search(line):
            result.numac = match.group(1)
    kept = title[:1] + [(n, line) for n, line in title[1:] if line.startswith(("(NOTE", "(NOOT"))]
    result.title_lines = [line for _, line in kept]
    result.title_numbers = [number for number, _ in kept]
    text = numbered_lines(text_cell)
    result.text_lines = [line for _, line in text]
    result.text_numbers = [number for number, _ in text]
    return result
