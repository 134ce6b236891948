"""What a Justel page says about the acts that changed it: footnotes, marks, old references.

A page read by :func:`consolidate.load` keeps each article's footnotes (``c:notes``) and marks
(``c:mark`` on whole units, ``<span c:mark>`` on words, ``c:removed`` for ``[n ...]n``);
old-style references ``<L 2003-03-27/49, art. 152, ...>`` stay as ``c:ref`` anchors or
``c:raw`` tombstones. :class:`PageIndex` reads them once.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from lxml import etree

from ..document import Document, akn, cns
from ..justel.footnotes import parse_note
from ..lang import scan
from ..model import Note
from ..provenance import notes_index, notes_of
from ..text import parse_label

_ARTICLE_LABEL = scan.regex(r"\s*(\d+(?:er|re)?[a-z]*(?:/\d+)?)")
_ISO = scan.regex(r"^(\d{4})-(\d{2})-(\d{2})")
_DMY = scan.regex(r"^(\d{2})-(\d{2})-(\d{4})")


def same_article(written: str | None, article: str) -> bool:
    """Whether a footnote's "art. 25, 1°" names amending article ``article`` ("25")."""
    if not written:
        return False
    match = _ARTICLE_LABEL.match(written)
    if not match:
        return False
    try:
        return parse_label(match[1]).key() == parse_label(article).key()
    except ValueError:
        return False


def reference_date(reference: str) -> dt.date | None:
    """The date a Justel reference starts with: "2024-03-25/42", older "09-07-1975"."""
    try:
        if match := _ISO.match(reference):
            return dt.date(int(match[1]), int(match[2]), int(match[3]))
        if match := _DMY.match(reference):
            return dt.date(int(match[3]), int(match[2]), int(match[1]))
    except ValueError:
        return None
    return None


def _raw_refs(raw: str) -> list[str]:
    """The references an older tombstone's line holds: ``(...) <L …>``, ``(Abrogé) <L …>``,
    ``<Abrogé par L …>`` (before 2026-12-03 the whole line was read as one reference, so that
    a tombstone whose line starts with its text, a § or item ``(Abrogé) <L …>``, cited none)."""
    return re.findall(r"<[^<>]*>", raw) or [raw]


ACT = ""
"""The key of what concerns the act as a whole (a repealed act's ``[Abrogé par] <L …>``)."""


@dataclass
class PageIndex:
    """The page's footnotes and old references by article eId."""

    page: Document
    notes: dict[str, list[Note]] = field(default_factory=dict)
    old: dict[str, list[Note]] = field(default_factory=dict)

    @classmethod
    def of(cls, page: Document) -> PageIndex:
        """Index ``page`` (one pass over its notes and its old references)."""
        index = cls(page)
        index.notes = {eid: notes_of(element) for eid, element in notes_index(page).items()}
        for article in page.articles():
            eid = article.get("eId", "")
            refs = [node.get(cns("ref"), "") for node in article.iter(akn("span"))
                    if node.get(cns("ref"))]
            refs += [ref for node in article.iter()
                     if node.get(cns("raw")) and node.get(cns("style")) == "old"
                     for ref in _raw_refs(node.get(cns("raw"), ""))]
            notes = [parse_note(0, ref.strip("<>")) for ref in refs]
            if notes:
                index.old[eid] = [note for note in notes if note.reference]
        act = page.root.find(f".//{akn('proprietary')}/{cns('act')}")
        for remark in act.iterchildren(cns("remark")) if act is not None else ():
            text = remark.text or ""
            if "<" in text and re.search(r"abrog|opgeheven", text, re.IGNORECASE):
                index.old.setdefault(ACT, []).append(parse_note(0, text[text.index("<"):]
                                                                .strip("<>")))
        return index

    def cites(self, reference: str) -> bool:
        """Whether any footnote or old reference of the page cites ``reference``."""
        return any(note.reference == reference
                   for notes in (*self.notes.values(), *self.old.values()) for note in notes)

    def citing(self, reference: str) -> list[Note]:
        """The footnotes and old references of the page citing ``reference``."""
        return [note for notes in (*self.notes.values(), *self.old.values()) for note in notes
                if note.reference == reference]

    def newest(self) -> tuple[dt.date, str] | None:
        """The date and reference of the newest act the page cites (None: it cites none)."""
        dated = [(when, note.reference)
                 for notes in (*self.notes.values(), *self.old.values()) for note in notes
                 if (when := reference_date(note.reference)) is not None]
        return max(dated) if dated else None

    def numbers(self, eid: str, reference: str, article: str) -> list[int]:
        """Numbers of the footnotes of article ``eid`` citing article ``article`` of the act."""
        return [note.number for note in self.notes.get(eid, ())
                if note.reference == reference and same_article(note.article, article)]

    def places(self, reference: str, article: str) -> list[str]:
        """eIds of the page articles whose footnotes cite article ``article`` of the act."""
        return [eid for eid in self.notes if self.numbers(eid, reference, article)]

    def old_cites(self, eid: str, reference: str, article: str) -> bool:
        """Whether an old-style reference in article ``eid`` cites the act's ``article``."""
        return any(note.reference == reference and same_article(note.article, article)
                   for note in self.old.get(eid, ()))

    def later(self, eid: str, element: etree._Element, after: dt.date) -> list[str]:
        """Footnotes of article ``eid`` of acts dated after ``after`` that mark ``element`` (or
        a unit holding it): the unit was changed again later."""
        marks = {int(node.get(cns("mark"), "0")) for node in element.iter()
                 if node.get(cns("mark"))}
        parent: etree._Element | None = element
        while parent is not None:
            if parent.get(cns("mark")):
                marks.add(int(parent.get(cns("mark"), "0")))
            parent = parent.getparent()
        out: list[str] = []
        for note in self.notes.get(eid, ()):
            when = reference_date(note.reference)
            if note.number in marks and when is not None and when > after:
                out.append(f"{note.kind} {note.reference}")
        return out
