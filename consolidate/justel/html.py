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

from ..errors import InputError

_BLOCK_TAGS = frozenset({"br", "p", "div", "tr", "li", "table", "h1", "h2", "h3", "h4"})
_NUMAC = re.compile(r"(?:numéro|nummer)\s*:\s*(\d{10})")
_ELI = re.compile(r"(eli/[a-z-]+/\d{4}/\d{2}/\d{2}/[0-9A-Za-z]+)")


@dataclass
class HtmlText:
    """What a Justel page says: the title lines, the text lines, and identifiers found."""

    title_lines: list[str] = field(default_factory=list)
    text_lines: list[str] = field(default_factory=list)
    numac: str | None = None
    eli: str | None = None

    def lines(self) -> list[str]:
        """The page as one plain Justel text: title lines, a blank line, the text lines."""
        return [*self.title_lines, "", *self.text_lines]


def _decode(data: bytes) -> str:
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
    raise InputError("cannot decode the Justel page (neither UTF-8 nor Windows-1252)")


def parse_html(data: bytes) -> etree._Element:
    """Parse an HTML page safely (no network, no external entities)."""
    parser = lxml.html.HTMLParser(
        no_network=True, remove_comments=True, remove_pis=True, recover=True,
        huge_tree=False,
    )
    text = _decode(data)
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
    parts: list[str] = []

    def walk(node: etree._Element) -> None:
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag in ("script", "style"):
            if node.tail:
                parts.append(_spaces(node.tail))
            return
        if tag in _BLOCK_TAGS:
            parts.append(_BREAK)
        if node.text and tag:
            parts.append(_spaces(node.text))
        for child in node:
            walk(child)
        if tag in _BLOCK_TAGS and tag != "br":
            parts.append(_BREAK)
        if node.tail:
            parts.append(_spaces(node.tail))

    walk(element)
    text = "".join(parts)
    return [line.strip(" \t\u00a0") for line in text.split(_BREAK)]


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


def read_page(data: bytes) -> HtmlText:
    """Split a Justel page into title lines, text lines and identifiers."""
    root = parse_html(data)
    result = HtmlText()
    whole = " ".join(str(piece) for piece in root.itertext())
    if match := _ELI.search(" ".join(a.get("href", "") for a in root.iter("a")) + " " + whole):
        result.eli = match.group(1)
    title_cell = _anchor_cell(root, "titre")
    text_cell = _anchor_cell(root, "texte")
    if title_cell is None or text_cell is None:
        body = root.find("body")
        result.text_lines = element_lines(body if body is not None else root)
        while result.text_lines and not result.text_lines[0].strip():
            result.text_lines.pop(0)
        return result
    title_lines = [line for line in element_lines(title_cell) if line.strip()]
    for line in title_lines:
        if match := _NUMAC.search(line):
            result.numac = match.group(1)
    notes = [line for line in title_lines[1:] if line.startswith(("(NOTE", "(NOOT"))]
    kept = title_lines[:1] + notes
    result.title_lines = kept
    result.text_lines = element_lines(text_cell)
    return result
