"""Pages with old-style references: ``(new words) <L 2006-12-13/35, art. 32, 005; …>`` or
``(...) <L …>`` for words removed, ``(Alinéa 3 abrogé) <L …>`` for a unit, with no numbered
marks. The reference gives the act and its article; what changed is only suggested by the
parentheses, so the check is weaker: the new text must be in the cited article, a repeal
must stand as ``(...)`` or a tombstone just before a reference to the act."""

from __future__ import annotations

from collections.abc import Callable

from lxml import etree

from ..document import akn, cns, is_removed, label_text
from ..justel.footnotes import parse_note
from ..model import NewUnit, Operation
from ..text import fold_text
from .page import same_article

Cites = Callable[[str], bool]


def citing(reference: str, amending: str) -> Cites:
    """A test: does an old-style reference text cite article ``amending`` of the act?"""

    def cites(text: str) -> bool:
        note = parse_note(0, text.strip("<>"))
        return note.reference == reference and same_article(note.article, amending)

    return cites


def _before(span: etree._Element) -> str:
    """The text of its ``p`` before ``span``."""
    parent = span.getparent()
    if parent is None:
        return ""
    parts = [parent.text or ""]
    for sibling in parent:
        if sibling is span:
            break
        parts.append("".join(str(t) for t in sibling.itertext()) + (sibling.tail or ""))
    return "".join(parts)


def repeal_shown(article: etree._Element, cites: Cites) -> bool:
    """``(...)`` in the text a reference to the act closes (``2° (...) <L …>``, ``d'obtenir,
    (...), une copie … <L …>``), or a tombstone citing the act, in ``article``."""
    for span in article.iter(akn("span")):
        ref = span.get(cns("ref"))
        if ref and cites(ref) and "(...)" in _before(span):
            return True
    for node in article.iter():
        raw = node.get(cns("raw"))
        if raw and node.get(cns("style")) == "old" and cites(raw.split("<", 1)[-1]) and (
                is_removed(node) or "abrog" in raw.lower()):
            return True
    return False


def new_text(op: Operation, units_text: Callable[[tuple[NewUnit, ...]], str]) -> str:
    """The operation's new text, folded ('' for a repeal)."""
    new = getattr(op, "new", None)
    if isinstance(new, str):
        return fold_text(new)
    return units_text(new) if isinstance(new, tuple) else ""


def describe(article: etree._Element) -> str:
    """'article 21'."""
    return f"article {label_text(article)}"
