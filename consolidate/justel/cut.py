"""One content line of a Justel article, cut around its label, as tokens.

:func:`cut_line` classifies a line (alinéa, ``§``, item, older repealed-alinéa line), takes
off the marks opened before its label (``[1 5° ...``), the label, the marks opened between
the label and the text, and trims the spaces that the writer puts around anchors
(``[n ...]n`` and ``<L ...>``) so that reading what it wrote gives the same text back.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from .lines import (
    ITEM,
    LEAD,
    LEAD_CLOSED,
    MARKED_REPEALED_ALINEA,
    PARAGRAPH,
    REPEALED_ALINEA,
    REPEALED_BY,
    REPEALED_UNIT,
    SPACE,
)
from .marks import ELLIPSIS, Token, tokenize


@dataclass
class Line:
    """One content line, cut around its label, with the marks open at each point."""

    number: int
    kind: str  # "alinea" | "paragraph" | "item" | "old_removed"
    label: str | None
    pre: list[int]
    post: list[int]
    body: list[Token]
    raw: str = ""
    removal: int | None = None
    chain: list[etree._Element] = field(default_factory=list)
    owner: etree._Element | None = None
    p: etree._Element | None = None
    label_set: list[int] = field(default_factory=list)
    text_set: list[int] = field(default_factory=list)
    open_at_text: list[int] = field(default_factory=list)
    label_marks: list[int] = field(default_factory=list)
    lead: str = ""
    """The older style's ``(`` before the label (``(1° …``), kept in ``c:lead``."""
    lead_close: str = ""
    """Its ``)`` right after the label (``(§ 3.) …``), kept in ``c:leadClose``."""


def cut_line(number: int, text: str, *, plain: bool = False) -> Line:
    """Classify a line and cut its leading marks and label off.

    ``plain``: the line is an alinéa whatever it starts with (quoted new text of an amending
    provision: its "§ 2." or "1°" are not units of this article)."""
    if (REPEALED_ALINEA.match(text) or REPEALED_BY.match(text)
            or (not plain and REPEALED_UNIT.match(text.strip(SPACE)))):
        # "(Alinéa 2 abrogé) <L …>", "<Abrogé par L …>", "(...) <L …>": a repealed alinéa
        return Line(number, "old_removed", None, [], [], [], raw=text.strip(SPACE))
    if (marked := MARKED_REPEALED_ALINEA.match(text)) and marked["open"] == marked["close"]:
        # "[1 Alinéa 2 abrogé.]1": a tombstone marked by its act, its line kept as written
        return Line(number, "old_removed", None, [], [], [], raw=text, removal=int(marked["open"]))
    tokens = tokenize(text)
    pre: list[int] = []
    index = 0
    while index < len(tokens) and (tokens[index].kind == "open" or blank(tokens[index])):
        if tokens[index].kind == "open":
            if is_removal(tokens, index):
                break
            pre.append(tokens[index].number)
        index += 1
    rest = tokens[index:]
    kind, label, post = "alinea", None, []
    label_marks: list[int] = []
    lead = lead_close = ""
    if rest and rest[0].kind == "text" and not plain:
        first = rest[0].value.lstrip(SPACE)
        if closed := LEAD_CLOSED.match(first):  # "(§ 3.) (anc. § 4.) …"
            lead, lead_close, first = "(", ")", closed["label"] + first[closed.end():]
        elif (opening := LEAD.match(first)) and (
                PARAGRAPH.match(first[1:]) or ITEM.match(first[1:])):
            lead, first = opening.group(0), first[1:]
        match = PARAGRAPH.match(first) or ITEM.match(first)
        if match:
            kind = "paragraph" if first.startswith("§") else "item"
            label = match.group(0) if kind == "paragraph" else match["label"]
            remainder = first[match.end():]
            rest = ([Token("text", remainder)] if remainder.strip(SPACE) else []) + rest[1:]
            while rest and rest[0].kind == "close" and pre and rest[0].number == pre[-1]:
                label_marks.append(pre.pop())  # [3 § 1er.]3: a mark around the label only
                rest = rest[1:]
            while rest and (rest[0].kind == "open" or blank(rest[0])):
                if rest[0].kind == "open":
                    if is_removal(rest, 0):
                        break
                    post.append(rest[0].number)
                rest = rest[1:]
    line = Line(number, kind, label, pre, post, trim(rest), label_marks=label_marks, lead=lead,
                lead_close=lead_close if kind != "alinea" else "")
    if kind != "alinea" and label and not pre and not post and not lead and _plain(line.body):
        after = text.strip(SPACE)[len(label):].strip(SPACE)
        if text.strip(SPACE).startswith(label) and REPEALED_UNIT.match(after):
            line.raw = after  # "§ 2. (Abrogé) <L …>", "3° (Abrogé) <L …>"
    if (len(line.body) >= 3 and is_removal(line.body, 0)
            and all(token.kind == "close" for token in line.body[3:])):
        # "[2 ...]2", or "§ 5. [2 ...]2]1": the last unit of a unit (an article) marked
        # whole, its mark closed after the tombstone (the closes stay for the marks' tracking)
        line.removal = line.body[0].number
    return line


def _plain(body: list[Token]) -> bool:
    """Whether a line's body holds text and old references only (no marks)."""
    return bool(body) and all(token.kind in ("text", "ref") for token in body)


def blank(token: Token) -> bool:
    """A text token of spaces only (opens and closes are not text)."""
    return token.kind == "text" and not token.value.strip(SPACE)


def is_removal(tokens: list[Token], index: int) -> bool:
    """Whether ``tokens[index:index + 3]`` is ``[n ...]n`` (a removal marker)."""
    return (
        index + 2 < len(tokens)
        and tokens[index].kind == "open"
        and tokens[index + 1].kind == "text"
        and tokens[index + 1].value.strip(SPACE) == ELLIPSIS
        and tokens[index + 2].kind == "close"
        and tokens[index + 2].number == tokens[index].number
    )


def trim(tokens: list[Token]) -> list[Token]:
    """Drop the line's edge spaces and the one space before/after anchors (see writer)."""
    out = list(tokens)
    if out and out[0].kind == "text":
        out[0] = Token("text", out[0].value.lstrip(SPACE))
    if out and out[-1].kind == "text":
        out[-1] = Token("text", out[-1].value.rstrip(SPACE))
    index = 0
    at_start = True  # only anchors so far: the text after them loses its leading spaces
    while index < len(out):
        anchor = out[index].kind == "ref" or is_removal(out, index)
        if anchor:
            if index > 0 and out[index - 1].kind == "text":
                out[index - 1] = Token("text", out[index - 1].value.rstrip(SPACE))
            end = index + (1 if out[index].kind == "ref" else 3)
            if at_start and end < len(out) and out[end].kind == "text":
                out[end] = Token("text", out[end].value.lstrip(SPACE))
            index = end
            continue
        if out[index].kind != "text" or out[index].value:
            at_start = False
        index += 1
    return [token for token in out if token.kind != "text" or token.value]


def removal_part(body: list[Token], token: Token) -> bool:
    """Whether ``token`` is the opening or closing mark of a removal marker of ``body``."""
    for index in range(len(body)):
        if is_removal(body, index) and (body[index] is token or body[index + 2] is token):
            return True
    return False
