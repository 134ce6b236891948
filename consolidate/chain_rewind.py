"""A base text on a date before its own footnotes (docs/time.md, "A Justel base on an earlier
date").

A Justel page is the text *after* the acts its footnotes cite: every marked unit or span —
``[5 de Sciensano]5``, ``(…) <L 2006-12-13/35, art. 88, 012; En vigueur : 01-01-2007>`` — was
written by the act of its footnote, in force on the footnote's date. On an earlier date that
content was not in force yet. What stood there instead is on the page only in some cases:

- the act is in the chain and its operation tells: words it inserted or appended were not
  there, words it replaced were its ``old`` words, words it repealed were its ``old`` words,
  units it inserted did not exist;
- the footnote itself says "inséré par" (old style): the unit or words did not exist.

Anything else — a unit replaced or repealed, words changed by an act not given — had a text
that is not on the page: it is shown as :data:`PLACEHOLDER` and reported as an
:class:`Unknown` (warning code :data:`CODE`), never guessed. Footnotes dated after the date
are dropped, and the version becomes the highest of the footnotes left (none: the version
before the earliest one dropped).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from lxml import etree

from .chain_undo import (
    at_point,
    held_articles,
    inserted_by_note,
    inserted_unit,
    inserted_words,
    old_words,
    same_label,
)
from .chain_xml import (
    attached,
    cut_before,
    drop,
    first_text,
    holder_eid,
    matching_open,
    paren_groups,
    replace_span,
    set_text_before,
    text_before,
    unit_of,
)
from .document import Document, akn, assign_eids, cns, local, make_alinea, make_content
from .justel.footnotes import parse_note
from .model import AmendingAct, Note, Operation
from .provenance import notes_index, notes_of, set_version

__all__ = ["CODE", "PLACEHOLDER", "Unknown", "rewind"]

CODE = "T001"
"""The warning code of a text not known on the date asked."""
PLACEHOLDER = "[text not known before {date}]"
UNDATED = "[text not known: the text the page shows is in force from an undetermined date]"
_REMOVABLE = ("article", "paragraph", "alinea", "point")
_DIVISIONS = ("part", "book", "title", "subtitle", "chapter", "section", "subsection")


@dataclass(frozen=True)
class Unknown:
    """A unit or words whose text on the date asked is not on the page."""

    document: str
    """The amended act: 'loi 1921-02-24'."""
    unit: str
    """eId of the unit (holding the words)."""
    what: str
    """'words', 'unit', 'label' or 'title'."""
    note: str
    """The footnote that wrote the page's text: 'L 2018-02-25/02, art. 63'."""
    in_force: dt.date | None
    at: dt.date

    def describe(self) -> str:
        """One line for stderr."""
        since = self.in_force.strftime("%d-%m-%Y") if self.in_force else "an undetermined date"
        return (f"warning[{CODE}]: {self.document}, {self.unit}: the text of the {self.what} "
                f"in force on {self.at.isoformat()} is not on the page (the page shows the text of "
                f"{self.note}, in force from {since}); " + (
                    "kept as the page shows it" if self.what in ("label", "title")
                    else "shown as \"[text not known …]\""))


def _later(note: Note, at: dt.date) -> bool:
    """Whether the note's provision was not in force on ``at``: its date is after it, or
    undetermined ("indéterminée"); a note that gives no date (old footnotes: ``<L
    09-07-1975, art. 2>``) counts from the act's own date."""
    if note.in_force is not None:
        return note.in_force > at
    if note.in_force_text:
        return True
    signed = _act_date(note.reference)
    return signed is None or signed > at


def _act_date(reference: str) -> dt.date | None:
    """The date of a cited act: '2003-05-03/46' or '09-07-1975'."""
    head = reference.split("/")[0]
    parts = head.split("-")
    if len(parts) != 3 or not all(part.isdigit() for part in parts):
        return None
    year, month, day = (parts if len(parts[0]) == 4 else parts[::-1])
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        return None


def _note_name(note: Note) -> str:
    return f"{note.kind} {note.reference}" + (f", art. {note.article}" if note.article else "")


class _Rewinder:
    def __init__(self, document: Document, at: dt.date, acts: Sequence[AmendingAct]) -> None:
        self.document = document
        self.at = at
        self.acts = acts
        self.identity = document.identity
        self.name = f"{self.identity.type} {self.identity.date.isoformat()}"
        self.unknown: list[Unknown] = []
        self.changed = False
        self.dropped: list[int] = []
        """The versions of the footnotes taken out (later than the date)."""

    def drop_version(self, note: Note) -> None:
        if note.version and note.version.isdigit():
            self.dropped.append(int(note.version))

    # --- what the chain's acts tell -------------------------------------------------------

    def operations(self, note: Note, article: etree._Element | None) -> list[Operation]:
        """The operations of the chain's act and amending article the note cites, aimed at
        this document (and at ``article``)."""
        number = (note.article or "").split(",")[0].strip()
        found: list[Operation] = []
        for act in self.acts:
            reference = act.act.justel_reference or act.act.date.isoformat()
            if reference != note.reference:
                continue
            for amending in act.articles:
                if not same_label(amending.number, number):
                    continue
                for op in amending.operations:
                    if not self.identity.matches(op.target.act):
                        continue
                    if (op.language or self.identity.language) != self.identity.language:
                        continue
                    if article is not None and op.target.article is not None and \
                            not same_label(op.target.article, _article_label(article)):
                        continue
                    found.append(op)
        return found

    # --- placeholders -----------------------------------------------------------------------

    def placeholder(self, note: Note) -> str:
        if note.in_force is None:  # "indéterminée": no date to say it was not in force before
            return UNDATED
        return PLACEHOLDER.format(date=note.in_force.strftime("%d-%m-%Y"))

    def record(self, unit: etree._Element, what: str, note: Note) -> None:
        eid = unit.get("eId") or holder_eid(unit)
        self.unknown.append(Unknown(self.name, eid, what, _note_name(note), note.in_force,
                                    self.at))

    def blank(self, unit: etree._Element, note: Note) -> None:
        """The unit's text is not known: its content becomes the placeholder."""
        self.record(unit, "unit", note)
        text = self.placeholder(note)
        kind = local(unit)
        for name in ("status", cns("mark")):
            if name in unit.attrib:
                del unit.attrib[name]
        keep = ("num", "heading") if kind == "article" else (
            ("num", "heading", *_REMOVABLE, *_DIVISIONS) if kind in _DIVISIONS else ("num",))
        for child in list(unit):
            if not isinstance(child.tag, str) or local(child) not in keep:
                unit.remove(child)
        if kind in _DIVISIONS:  # its articles carry their own footnotes: its heading only
            heading = unit.find(akn("heading"))
            if heading is not None:
                for child in list(heading):
                    heading.remove(child)
                heading.text = text
        elif kind in ("article", "paragraph"):
            unit.append(make_alinea(text))
        elif kind in ("intro", "wrapUp", "heading"):
            p = etree.SubElement(unit, akn("p")) if kind != "heading" else unit
            p.text = text
        else:
            unit.append(make_content(text))
        self.changed = True

    # --- the marks ----------------------------------------------------------------------------

    def unit_mark(self, unit: etree._Element, note: Note, ops: list[Operation]) -> None:
        inserted = inserted_by_note(note) or inserted_unit(ops, unit)
        if inserted and unit.get("status") != "removed" and local(unit) in (
                *_REMOVABLE, *_DIVISIONS):
            parent = unit.getparent()
            if parent is not None:
                for article in held_articles(ops, unit):  # moved in: back where they were
                    unit.addprevious(article)
                drop(unit)
                self.changed = True
                return
        self.blank(unit, note)

    def span_mark(self, span: etree._Element, note: Note, ops: list[Operation],
                  alone: bool) -> None:
        """``alone``: no other provision changed the article between the date and this one's
        (else the words an operation found there may not be those in force on the date)."""
        removed = span.get(cns("removed")) == "true"
        text = "".join(str(piece) for piece in span.itertext())
        old = old_words(ops, text, removed) if alone else None
        if old is not None:
            replace_span(span, old)
        elif not removed and (inserted_by_note(note) or inserted_words(ops, text)):
            replace_span(span, "")
        else:
            self.record(span, "words", note)
            replace_span(span, self.placeholder(note))
        self.changed = True

    def later_notes(self, article: etree._Element, spans: list[etree._Element]) -> list[Note]:
        """The article's footnotes (numbered and old-style) later than the date asked."""
        notes = [parse_note(0, s.get(cns("ref"), "")) for s in spans]
        element = notes_index(self.document).get(article.get("eId", ""))
        if element is not None:
            notes.extend(notes_of(element))
        return [note for note in notes if note.reference and _later(note, self.at)]

    def old_style(self, span: etree._Element, article: etree._Element | None,
                  later: list[Note]) -> None:
        """An old-style mark ``( … ) <L …>``: the parenthesised words before it (or, at the
        start of a unit, the unit). ``later``: the article's later footnotes (one of another
        act or date up to this one's: the words its act found are not known to be those in
        force; the same act's other notes of that date changed the same text)."""
        note = parse_note(0, span.get(cns("ref"), ""))
        if not note.reference or not _later(note, self.at):
            return
        self.drop_version(note)
        alone = note.in_force is not None and not any(
            (other.reference, other.in_force) != (note.reference, note.in_force)
            and (other.in_force is None or other.in_force <= note.in_force) for other in later)
        ops = self.operations(note, article)
        before = text_before(span)
        if not before.strip():
            unit = unit_of(span)
            if article is not None and unit is not None and first_text(article) is span:
                unit = article
            if unit is not None:
                self.unit_mark(unit, note, ops)
            return
        start = matching_open(before)
        if not before.rstrip().endswith(")") or start is None:
            if alone and self.group_before(span, before, ops):
                return
            unit = unit_of(span)
            if unit is not None:
                self.blank(unit, note)
            return
        words = before.rstrip()[start + 1:-1]
        replacement = "" if inserted_by_note(note) else (
            old_words(ops, words, False) if alone else None)
        if replacement is None:
            holder = unit_of(span)
            self.record(span if holder is None else holder, "words", note)
            replacement = self.placeholder(note)
        cut_before(span, len(before) - start, replacement)
        drop(span)
        self.changed = True

    def group_before(self, span: etree._Element, before: str, ops: list[Operation]) -> bool:
        """An old-style note at the end of a unit whose marked words are a parenthesised
        group inside it (art. 2quater of the 1921 page: "… dispositions du (Règlement (CE)
        n° 273/2004 …) et des règlements … sont punies : <L 2006-12-13/35, art. 88, …>"): when
        exactly one group holds the new words of the act's one replacement, they become its
        old words. Else False (the unit is not known)."""
        found = [(a, b, old) for a, b in paren_groups(before)
                 if (old := old_words(ops, before[a + 1:b], False)) is not None]
        if len(found) != 1:
            return False
        [(a, b, old)] = found
        set_text_before(span, (before[:a] + old + before[b + 1:]).rstrip())
        drop(span)
        self.changed = True
        return True

    # --- scopes -------------------------------------------------------------------------------


    def run(self) -> None:
        # old-style notes first: a whole article written after the date holds the rest
        for article in list(self.document.articles()):
            self.prefixed(article)
            spans = [s for s in article.iter(akn("span"))
                     if s.get(cns("style")) == "old" and s.get(cns("ref"))]
            dated = self.later_notes(article, spans)
            for span in spans:
                if attached(span, self.document.root):
                    self.old_style(span, article, dated)
            self.old_tombstones(article)
        index = notes_index(self.document)
        scopes = {element.get("eId"): element for element in self.document.body.iter()
                  if element.get("eId") in index}
        for key, notes_element in index.items():
            notes = {note.number: note for note in notes_of(notes_element)}
            later = {n: note for n, note in notes.items() if _later(note, self.at)}
            if not later:
                continue
            scope = scopes.get(key)
            if scope is not None:
                self.marks(scope, later)
            elif key == "act_title":
                for note in later.values():
                    self.unknown.append(Unknown(self.name, "act_title", "title",
                                                _note_name(note), note.in_force, self.at))
            for note in later.values():
                self.drop_version(note)
            for note_element in list(notes_element.iter(cns("note"))):
                if int(note_element.get("number", "0")) in later:
                    notes_element.remove(note_element)
                    self.changed = True
        if self.changed:
            assign_eids(self.document)
            self.revision()

    def marks(self, scope: etree._Element, later: dict[int, Note]) -> None:
        article = scope if local(scope) == "article" else None
        inside = scope.iter() if article is not None else iter([scope, *scope.iterchildren()])
        for element in list(inside):
            if not attached(element, self.document.root):
                continue
            if element is not scope and local(element) == "article" and article is None:
                continue
            label_mark = element.get(cns("labelMark"))
            if label_mark and int(label_mark) in later:
                self.record(element, "label", later[int(label_mark)])
            mark = element.get(cns("mark"))
            if not mark or not mark.isdigit() or int(mark) not in later:
                continue
            note = later[int(mark)]
            ops = at_point(self.operations(note, article), element.get(cns("point")))
            if local(element) == "span":
                alone = not any(other.number != note.number and (
                    other.in_force is None or note.in_force is None
                    or other.in_force <= note.in_force) for other in later.values())
                self.span_mark(element, note, ops, alone)
            else:
                self.unit_mark(element, note, ops)

    def old_tombstones(self, article: etree._Element) -> None:
        """A unit repealed in the older style after the date (``§ 1. (...) <L 2003-05-03/46, …;
        En vigueur : 02-06-2003>``, ``(Alinéa 2 abrogé) <L …>``, ``Art. 8. (Abrogé) <L …>``):
        in force on the date, its text not known (before 2026-12-03 it stayed repealed)."""
        for unit in list(article.iter()):
            raw = unit.get(cns("raw"))
            if not raw or unit.get("status") != "removed" or unit.get(cns("style")) != "old":
                continue
            if not attached(unit, self.document.root):
                continue
            notes = [parse_note(0, ref) for ref in re.findall(r"<([^<>]*)>", raw)]
            later = [note for note in notes if note.reference and _later(note, self.at)]
            if later:
                self.drop_version(later[-1])
                for name in (cns("raw"), cns("style"), cns("rawBreak")):
                    if name in unit.attrib:
                        del unit.attrib[name]
                self.blank(unit, later[-1])

    def prefixed(self, article: etree._Element) -> None:
        """``Article 1. <L 2003-05-03/46, art. 3, 007; En vigueur : …>``: the whole article."""
        prefix = article.find(cns("prefix"))
        if prefix is None or not prefix.text:
            return
        note = parse_note(0, prefix.text.strip().strip("<>"))
        if note.reference and _later(note, self.at):
            self.drop_version(note)
            article.remove(prefix)
            self.unit_mark(article, note, self.operations(note, article))

    def revision(self) -> None:
        """The version: the highest the footnotes left (numbered and old-style) give; when
        none gives one, the version before the earliest one taken out."""
        notes = [note for element in notes_index(self.document).values()
                 for note in notes_of(element)]
        body = self.document.body
        inline = [*(s.get(cns("ref"), "") for s in body.iter(akn("span"))),
                  *((p.text or "").strip().strip("<>") for p in body.iter(cns("prefix")))]
        notes.extend(parse_note(0, ref) for ref in inline if ref)
        versions = [int(note.version) for note in notes if note.version and note.version.isdigit()]
        version = max(versions) if versions else (min(self.dropped) - 1 if self.dropped else None)
        if version is not None and 0 < version < self.identity.version:
            set_version(self.document, version)


def _article_label(article: etree._Element) -> str:
    from .document import label_text

    return label_text(article)


def rewind(documents: Sequence[Document], at: dt.date,
           acts: Sequence[AmendingAct] = ()) -> tuple[list[Document], list[Unknown]]:
    """The documents as in force on ``at``, as far as their footnotes and ``acts`` tell
    (module doc), and what is not known. A document with nothing later than ``at`` is
    returned as it is."""
    out: list[Document] = []
    unknown: list[Unknown] = []
    for document in documents:
        copy = document.copy()
        rewinder = _Rewinder(copy, at, acts)
        rewinder.run()
        if rewinder.changed:
            copy.warnings = [*document.warnings, *(u.describe() for u in rewinder.unknown)]
            out.append(copy)
        else:
            out.append(document)
        unknown.extend(rewinder.unknown)
    return out, unknown
