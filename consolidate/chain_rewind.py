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
are dropped, and the version becomes the highest of the footnotes left.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from lxml import etree

from .document import Document, akn, assign_eids, cns, local, make_alinea, make_content
from .justel.footnotes import parse_note
from .model import AmendingAct, Note, Operation
from .provenance import notes_index, notes_of, set_version
from .text import parse_label

__all__ = ["CODE", "PLACEHOLDER", "Unknown", "rewind"]

CODE = "T001"
"""The warning code of a text not known on the date asked."""
PLACEHOLDER = "[text not known before {date}]"
INSERTED = ("inséré", "ingevoegd", "insere")
_UNITS = ("article", "paragraph", "alinea", "point", "intro", "wrapUp", "heading")
_WORD_INSERTIONS = ("insert_words", "append_words")


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
                f"{self.note}, in force from {since}); shown as \"[text not known …]\"")


def _date(note: Note) -> dt.date | None:
    return note.in_force


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


def _same(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return False
    try:
        return parse_label(a).same(parse_label(b))
    except ValueError:
        return a.strip() == b.strip()


def _fold(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split()).strip(" ,;.")


class _Rewinder:
    def __init__(self, document: Document, at: dt.date, acts: Sequence[AmendingAct]) -> None:
        self.document = document
        self.at = at
        self.acts = acts
        self.identity = document.identity
        self.name = f"{self.identity.type} {self.identity.date.isoformat()}"
        self.unknown: list[Unknown] = []
        self.changed = False

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
                if not _same(amending.number, number):
                    continue
                for op in amending.operations:
                    if not self.identity.matches(op.target.act):
                        continue
                    if (op.language or self.identity.language) != self.identity.language:
                        continue
                    if article is not None and op.target.article is not None and \
                            not _same(op.target.article, _article_label(article)):
                        continue
                    found.append(op)
        return found

    # --- placeholders -----------------------------------------------------------------------

    def placeholder(self, note: Note) -> str:
        when = note.in_force.strftime("%d-%m-%Y") if note.in_force else "?"
        return PLACEHOLDER.format(date=when)

    def record(self, unit: etree._Element, what: str, note: Note) -> None:
        eid = unit.get("eId") or _holder_eid(unit)
        self.unknown.append(Unknown(self.name, eid, what, _note_name(note), _date(note),
                                    self.at))

    def blank(self, unit: etree._Element, note: Note) -> None:
        """The unit's text is not known: its content becomes the placeholder."""
        self.record(unit, "unit", note)
        text = self.placeholder(note)
        kind = local(unit)
        for name in ("status", cns("mark")):
            if name in unit.attrib:
                del unit.attrib[name]
        keep = ("num", "heading") if kind == "article" else ("num",)
        for child in list(unit):
            if not isinstance(child.tag, str) or local(child) not in keep:
                unit.remove(child)
        if kind in ("article", "paragraph"):
            unit.append(make_alinea(text))
        elif kind in ("intro", "wrapUp", "heading"):
            p = etree.SubElement(unit, akn("p")) if kind != "heading" else unit
            p.text = text
        else:
            unit.append(make_content(text))
        self.changed = True

    # --- the marks ----------------------------------------------------------------------------

    def unit_mark(self, unit: etree._Element, note: Note, ops: list[Operation]) -> None:
        inserted = _inserted(note) or _inserted_unit(ops, unit)
        if inserted and unit.get("status") != "removed" and local(unit) in _UNITS[:4]:
            parent = unit.getparent()
            if parent is not None:
                _drop(unit)
                self.changed = True
                return
        self.blank(unit, note)

    def span_mark(self, span: etree._Element, note: Note, ops: list[Operation],
                  alone: bool) -> None:
        """``alone``: no other provision changed the article between the date and this one's
        (else the words an operation found there may not be those in force on the date)."""
        removed = span.get(cns("removed")) == "true"
        text = "".join(str(piece) for piece in span.itertext())
        old = _old_words(ops, text, removed) if alone else None
        if old is not None:
            _replace_span(span, old)
        elif not removed and (_inserted(note) or _inserted_words(ops, text)):
            _replace_span(span, "")
        else:
            self.record(span, "words", note)
            _replace_span(span, self.placeholder(note))
        self.changed = True

    def old_style(self, span: etree._Element, article: etree._Element | None) -> None:
        """An old-style mark ``( … ) <L …>``: the parenthesised words before it (or, at the
        start of a unit, the unit)."""
        note = parse_note(0, span.get(cns("ref"), ""))
        if not note.reference or not _later(note, self.at):
            return
        ops = self.operations(note, article)
        before = _text_before(span)
        if not before.strip():
            unit = _unit_of(span)
            if article is not None and unit is not None and _first_text(article) is span:
                unit = article
            if unit is not None:
                self.unit_mark(unit, note, ops)
            return
        opening = _opening(before)
        if not before.rstrip().endswith(")") or opening is None:
            unit = _unit_of(span)
            if unit is not None:
                self.blank(unit, note)
            return
        words = before.rstrip()[opening + 1:-1]
        replacement = "" if _inserted(note) else _old_words(ops, words, False)
        if replacement is None:
            holder = _unit_of(span)
            self.record(span if holder is None else holder, "words", note)
            replacement = self.placeholder(note)
        _cut_before(span, len(before) - opening, replacement)
        _drop(span)
        self.changed = True

    # --- scopes -------------------------------------------------------------------------------

    def scope(self, key: str) -> etree._Element | None:
        if key == "act_title":
            return None
        for element in self.document.body.iter():
            if element.get("eId") == key:
                return element
        return None

    def run(self) -> None:
        # old-style notes first: a whole article written after the date holds the rest
        for article in list(self.document.articles()):
            self.prefixed(article)
            for span in [s for s in article.iter(akn("span"))
                         if s.get(cns("style")) == "old" and s.get(cns("ref"))]:
                if _attached(span, self.document.root):
                    self.old_style(span, article)
        index = notes_index(self.document)
        for key, notes_element in index.items():
            notes = {note.number: note for note in notes_of(notes_element)}
            later = {n: note for n, note in notes.items() if _later(note, self.at)}
            if not later:
                continue
            scope = self.scope(key)
            if scope is not None:
                self.marks(scope, later)
            elif key == "act_title":
                for note in later.values():
                    self.unknown.append(Unknown(self.name, "act_title", "title",
                                                _note_name(note), _date(note), self.at))
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
            if not _attached(element, self.document.root):
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
            ops = _at_point(self.operations(note, article), element.get(cns("point")))
            if local(element) == "span":
                alone = not any(other.number != note.number and (
                    other.in_force is None or note.in_force is None
                    or other.in_force <= note.in_force) for other in later.values())
                self.span_mark(element, note, ops, alone)
            else:
                self.unit_mark(element, note, ops)

    def prefixed(self, article: etree._Element) -> None:
        """``Article 1. <L 2003-05-03/46, art. 3, 007; En vigueur : …>``: the whole article."""
        prefix = article.find(cns("prefix"))
        if prefix is None or not prefix.text:
            return
        note = parse_note(0, prefix.text.strip().strip("<>"))
        if note.reference and _later(note, self.at):
            article.remove(prefix)
            self.unit_mark(article, note, self.operations(note, article))

    def revision(self) -> None:
        """The version: the highest the footnotes left (numbered and old-style) give."""
        notes = [note for element in notes_index(self.document).values()
                 for note in notes_of(element)]
        body = self.document.body
        inline = [*(s.get(cns("ref"), "") for s in body.iter(akn("span"))),
                  *((p.text or "").strip().strip("<>") for p in body.iter(cns("prefix")))]
        notes.extend(parse_note(0, ref) for ref in inline if ref)
        versions = [int(note.version) for note in notes if note.version and note.version.isdigit()]
        if versions and max(versions) < self.identity.version:
            set_version(self.document, max(versions))


def _article_label(article: etree._Element) -> str:
    from .document import label_text

    return label_text(article)


def _inserted(note: Note) -> bool:
    head = (note.raw or "").split(" par ")[0].split(" bij ")[0].lower()
    return any(word in head for word in INSERTED) and "remplacé" not in head


def _at_point(ops: list[Operation], point: str | None) -> list[Operation]:
    """The operations of the amending article's point ``point`` (the mark's ``c:point``)."""
    if point is None:
        return ops
    return [op for op in ops if op.source.point == point]


_KINDS = {"article": ("article",), "paragraph": ("paragraph",), "alinea": ("alinea",),
          "point": ("point", "tiret")}


def _inserted_unit(ops: list[Operation], unit: etree._Element) -> bool:
    """Whether one of the operations inserted ``unit`` (a unit of its kind and label), and
    none replaced a unit of that label."""
    from .document import label_text

    kinds = _KINDS.get(local(unit))
    if kinds is None:
        return False
    label = label_text(unit) or None
    inserted = replaced = False
    for op in ops:
        if op.op == "insert_unit":
            inserted |= any(new.kind in kinds and ((new.label is None and label is None)
                                                   or _same(new.label, label))
                            for new in op.new)
        elif op.op in ("replace_unit", "restore_unit"):
            last = op.target.path[-1] if op.target.path else None
            replaced |= last is None or not last.label or label is None \
                or _same(last.label, label)
    return inserted and not replaced


def _inserted_words(ops: list[Operation], text: str) -> bool:
    """Whether an operation inserted or appended exactly ``text``, and none replaced words
    by it."""
    news = [(op.op, _fold(getattr(op, "new", ""))) for op in ops
            if op.op in (*_WORD_INSERTIONS, "replace_words")]
    return any(kind in _WORD_INSERTIONS and new == _fold(text) for kind, new in news) and \
        not any(kind == "replace_words" and new == _fold(text) for kind, new in news)


def _old_words(ops: list[Operation], text: str, removed: bool) -> str | None:
    """The words the act's one word operation that wrote ``text`` found there: a replacement
    whose new words are the marked ones, or (``removed``: an empty removal mark) the only
    repeal of words. None when no single operation tells."""
    if removed:
        found = [op.old for op in ops if op.op == "repeal_words" and not op.every]
        return found[0] if len(found) == 1 and len(ops) == 1 else None
    found = [op.old for op in ops if op.op == "replace_words" and not op.every
             and _fold(op.new) == _fold(text)]
    return found[0] if len(found) == 1 else None


def _drop(element: etree._Element) -> None:
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


def _replace_span(span: etree._Element, text: str) -> None:
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


def _text_before(span: etree._Element) -> str:
    previous = span.getprevious()
    if previous is not None:
        return previous.tail or ""
    parent = span.getparent()
    return (parent.text or "") if parent is not None else ""


def _cut_before(span: etree._Element, length: int, replacement: str) -> None:
    previous = span.getprevious()
    parent = span.getparent()
    assert parent is not None
    if previous is not None:
        text = previous.tail or ""
        previous.tail = text.rstrip()[:len(text.rstrip()) - length] + replacement
    else:
        text = parent.text or ""
        parent.text = text.rstrip()[:len(text.rstrip()) - length] + replacement


def _opening(text: str) -> int | None:
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


def _unit_of(element: etree._Element) -> etree._Element | None:
    for ancestor in element.iterancestors():
        if local(ancestor) in _UNITS:
            return ancestor
    return None


def _holder_eid(element: etree._Element) -> str:
    for ancestor in element.iterancestors():
        if ancestor.get("eId"):
            return ancestor.get("eId", "")
    return ""


def _first_text(article: etree._Element) -> etree._Element | None:
    """The first span of the article's first ``p`` when nothing comes before it."""
    p = next(article.iter(akn("p")), None)
    if p is None or (p.text or "").strip() or len(p) == 0:
        return None
    return p[0]


def _attached(element: etree._Element, root: etree._Element) -> bool:
    return element is root or element.getroottree().getroot() is root


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
