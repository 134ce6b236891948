"""Element helpers of :mod:`consolidate.chain_rewind`: taking a mark's content out, putting
words in its place, the words before an old-style mark."""

from __future__ import annotations

from lxml import etree

from .document import akn, local

UNITS = ("article", "paragraph", "alinea", "point", "intro", "wrapUp", "heading")
"""The units an old-style mark or a placeholder may stand for."""


def drop(element: etree._Element) -> None:
    """Remove an element, keeping its tail text."""
    parent = element.getparent()
    if parent is None:
        return
    tail = element.tail or ""
    previous = element.getprevious()
    if tail:
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(element)


def replace_span(span: etree._Element, text: str) -> None:
    for child in list(span):
        span.remove(child)
    span.text = None
    tail = span.tail
    span.tail = None
    parent = span.getparent()
    assert parent is not None
    previous = span.getprevious()
    left = (previous.tail if previous is not None else parent.text) or ""
    right = tail or ""
    if not text and left and right:  # words taken out: one space between what is left
        if left[-1].isspace() and right[0].isspace():
            right = right.lstrip()
        elif not left[-1].isspace() and not right[0].isspace() and right[0].isalnum():
            right = " " + right
    if text and left and left[-1].isalnum() and text[0].isalnum():
        text = " " + text  # the new words began with a comma: the old ones need their space
    if text and right and text[-1].isalnum() and right[0].isalnum():
        text += " "
    joined = text + right
    if previous is not None:
        previous.tail = (previous.tail or "") + joined
    else:
        parent.text = (parent.text or "") + joined
    parent.remove(span)


def text_before(span: etree._Element) -> str:
    previous = span.getprevious()
    if previous is not None:
        return previous.tail or ""
    parent = span.getparent()
    return (parent.text or "") if parent is not None else ""


def cut_before(span: etree._Element, length: int, replacement: str) -> None:
    previous = span.getprevious()
    parent = span.getparent()
    assert parent is not None
    if previous is not None:
        text = previous.tail or ""
        previous.tail = text.rstrip()[:len(text.rstrip()) - length] + replacement
    else:
        text = parent.text or ""
        parent.text = text.rstrip()[:len(text.rstrip()) - length] + replacement


def matching_open(text: str) -> int | None:
    """The index of the "(" matching the ")" that ends ``text``."""
    text = text.rstrip()
    depth = 0
    for index in range(len(text) - 1, -1, -1):
        if text[index] == ")":
            depth += 1
        elif text[index] == "(":
            depth -= 1
            if depth == 0:
                return index
    return None


def paren_groups(text: str) -> list[tuple[int, int]]:
    """The outermost balanced "( … )" of ``text``: (index of "(", index of ")") each."""
    groups: list[tuple[int, int]] = []
    depth, start = 0, 0
    for index, char in enumerate(text):
        if char == "(":
            if depth == 0:
                start = index
            depth += 1
        elif char == ")" and depth:
            depth -= 1
            if depth == 0:
                groups.append((start, index))
    return groups


def set_text_before(span: etree._Element, text: str) -> None:
    """Replace the text just before ``span`` (the previous sibling's tail, or the parent's
    text)."""
    previous = span.getprevious()
    if previous is not None:
        previous.tail = text
    else:
        parent = span.getparent()
        assert parent is not None
        parent.text = text


def unit_of(element: etree._Element) -> etree._Element | None:
    for ancestor in element.iterancestors():
        if local(ancestor) in UNITS:
            return ancestor
    return None


def holder_eid(element: etree._Element) -> str:
    for ancestor in element.iterancestors():
        if ancestor.get("eId"):
            return ancestor.get("eId", "")
    return ""


def first_text(article: etree._Element) -> etree._Element | None:
    """The first span of the article's first ``p`` when nothing comes before it."""
    p = next(article.iter(akn("p")), None)
    if p is None or (p.text or "").strip() or len(p) == 0:
        return None
    return p[0]


def attached(element: etree._Element, root: etree._Element) -> bool:
    top = element
    while (parent := top.getparent()) is not None:
        top = parent
    return top is root
