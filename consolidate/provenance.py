"""Provenance: Justel footnotes (``c:notes``/``c:note``) and marks (``c:mark``) on documents.

See docs/document-model.md, "Provenance and marks". One note per (amended article, amending
article of the act): its number follows the article's existing notes; every unit or span the
amending article touched in that article carries ``c:mark`` with that number. The version of
the amended text (``c:act/@version``) is bumped once per amending act.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from lxml import etree
from pydantic import Field

from .document import Document, akn, cns, first_below, identity_node
from .errors import DocumentError
from .justel.footnotes import parse_note
from .lang import scan
from .model import AmendingActInfo, Frozen, Note
from .model import justel_kind as _kind_of


def _proprietary(document: Document) -> etree._Element:
    # first children with these tags, as ``find`` gives them, without ElementPath (faster)
    meta = next(document.act.iterchildren(akn("meta")), None)
    node = next(meta.iterchildren(akn("proprietary")), None) if meta is not None else None
    if node is None:  # not where the document model puts it: search
        node = first_below(document.root, akn("proprietary"))
    if node is None:
        raise DocumentError("the document has no <proprietary> metadata")
    return node


def notes_element(document: Document, article_eid: str, *, create: bool) -> etree._Element | None:
    """The ``c:notes`` of an article (created at the end of the metadata when asked)."""
    proprietary = _proprietary(document)
    if "'" not in article_eid:  # eIds never hold quotes; the C-level search is ~50x faster
        found = proprietary.find(f"{cns('notes')}[@article='{article_eid}']")
        if found is not None:
            return found
    else:
        for notes in proprietary.iterchildren(cns("notes")):
            if notes.get("article") == article_eid:
                return notes
    if not create:
        return None
    return etree.SubElement(proprietary, cns("notes"), {"article": article_eid})


def read_notes(document: Document, article_eid: str) -> list[Note]:
    """The footnotes of an article as :class:`~consolidate.model.Note` values."""
    notes = notes_element(document, article_eid, create=False)
    return [] if notes is None else notes_of(notes)


def notes_index(document: Document) -> dict[str, etree._Element]:
    """Every ``c:notes`` element by article eId, in one pass (renderers: linear, not quadratic)."""
    return {
        notes.get("article", ""): notes
        for notes in _proprietary(document).iterchildren(cns("notes"))
    }


def notes_of(notes: etree._Element) -> list[Note]:
    """The notes of one ``c:notes`` element as :class:`~consolidate.model.Note` values."""
    out: list[Note] = []
    for note in notes.iter(cns("note")):
        in_force = note.get("inForce")
        out.append(
            Note(
                number=int(note.get("number", "0")),
                kind=note.get("kind", ""),
                reference=note.get("reference", ""),
                article=note.get("article"),
                version=note.get("version"),
                in_force=dt.date.fromisoformat(in_force) if in_force else None,
                in_force_text=note.get("inForceText"),
                raw=note.get("raw"),
            )
        )
    return out


def justel_kind(info: AmendingActInfo) -> str:
    """'L' for a loi, 'AR' for an arrêté royal, 'DRW' for a décret of the Walloon Region, 'DEC'
    for a décret whose author is not told (:func:`consolidate.model.justel_kind`)."""
    return _kind_of(info.type, info.author)


def add_note(
    document: Document,
    article_eid: str,
    info: AmendingActInfo,
    amending_article: str,
    version: int,
    in_force: dt.date | None,
    *,
    index: dict[str, etree._Element] | None = None,
) -> int:
    """Append a footnote for ``amending_article`` to the article's notes; return its number.

    ``index`` (from :func:`notes_index`, kept up to date here) makes the lookup constant-time
    when many articles are annotated in one run.
    """
    if index is None:
        notes = notes_element(document, article_eid, create=True)
    elif article_eid in index:
        notes = index[article_eid]
    else:  # the index is complete: no need to search before creating
        notes = etree.SubElement(_proprietary(document), cns("notes"), {"article": article_eid})
        index[article_eid] = notes
    assert notes is not None
    numbers = [int(note.get("number", "0")) for note in notes.iter(cns("note"))]
    number = max(numbers, default=0) + 1
    attributes = {
        "number": str(number),
        "kind": justel_kind(info),
        "reference": info.justel_reference or info.date.isoformat(),
        "article": amending_article,
        "version": f"{version:03d}",
    }
    if in_force is not None:
        attributes["inForce"] = in_force.isoformat()
        attributes["inForceText"] = _day_month_year(in_force)
    else:
        attributes["inForceText"] = "indéterminée"
    etree.SubElement(notes, cns("note"), attributes)
    return number


def _day_month_year(date: dt.date) -> str:
    """'28-04-2024' (``strftime("%d-%m-%Y")``, three times faster for a four-digit year)."""
    if date.year < 1000:  # strftime's own way with short years
        return date.strftime("%d-%m-%Y")
    return f"{date.day:02d}-{date.month:02d}-{date.year}"


def set_version(document: Document, version: int) -> None:
    """Set the text's Justel version (``c:act/@version``)."""
    node = identity_node(document.root)
    if node is None:
        raise DocumentError("the document has no <c:act> identity")
    node.set("version", str(version))


def mark_unit(unit: etree._Element, mark: int, point: str | None) -> None:
    """Mark a whole unit as inserted/replaced/repealed by footnote ``mark``."""
    unit.set(cns("mark"), str(mark))
    if point:
        unit.set(cns("point"), point)


def redate_notes(
    document: Document, info: AmendingActInfo, version: int, dates: dict[str, dt.date | None]
) -> None:
    """Give the notes an act just wrote (its reference, at ``version``) the date in force of
    their amending article (``dates``: article → date, None: indéterminée). An act whose
    articles take effect on different dates has one date per footnote, as Justel prints."""
    reference = info.justel_reference or info.date.isoformat()
    stamp = f"{version:03d}"
    for note in _proprietary(document).iter(cns("note")):
        if note.get("reference") != reference or note.get("version") != stamp:
            continue
        article = note.get("article")
        if article is None or article not in dates:
            continue
        date = dates[article]
        if date is None:
            if "inForce" in note.attrib:
                del note.attrib["inForce"]
            note.set("inForceText", "indéterminée")
        else:
            note.set("inForce", date.isoformat())
            note.set("inForceText", date.strftime("%d-%m-%Y"))


NoteStyle = Literal["numbered", "inline", "heading", "tombstone"]
"""How a Justel page writes a note: numbered (``(1)<L …>``, kept in ``c:notes``), old-style
inline (``( … ) <L …>``, a ``<span c:style="old" c:ref>``), heading an article (``Article 1.
<L 2003-05-03/46, art. 3, 007; …>``, its ``c:prefix``) or on a repealed unit (``(Alinéa 3
abrogé) <L 2004-07-09/30, art. 90, 010; …>``, its ``c:raw``)."""

_BODY = scan.compile(r"<([^<>]+)>")
_STYLE_ORDER = {"heading": 0, "numbered": 1, "inline": 2, "tombstone": 3}


class PageNote(Frozen):
    """A note of a page with where it is and how it is written."""

    article: str = Field(description="eId of the article (or division) it belongs to.")
    style: NoteStyle
    note: Note


def _bodies(text: str) -> list[Note]:
    """The notes of a text holding ``<…>`` groups (those that read as a note)."""
    return [note for body in _BODY.findall(text)
            if (note := parse_note(0, body.strip())).kind]


def _at_head(span: etree._Element, first: etree._Element | None) -> bool:
    """The span opens the article's first ``p`` (``Article 2quater. <inséré par L …>``, read
    as a span when no ``§ 1er.`` follows)."""
    parent = span.getparent()
    return (parent is not None and parent is first and not (parent.text or "").strip()
            and span.getprevious() is None)


def _inline_notes(article: etree._Element) -> list[PageNote]:
    eid = article.get("eId", "")
    found: list[PageNote] = []
    prefix = article.find(cns("prefix"))
    if prefix is not None and prefix.text:
        text = prefix.text if "<" in prefix.text else f"<{prefix.text}>"
        found.extend(PageNote(article=eid, style="heading", note=note)
                     for note in _bodies(text))
    first = next(article.iter(akn("p")), None)
    for node in article.iter():
        if node.get(cns("style")) != "old":
            continue
        ref = node.get(cns("ref"))
        if ref:
            style: NoteStyle = "heading" if _at_head(node, first) else "inline"
            found.append(PageNote(article=eid, style=style, note=parse_note(0, ref)))
        raw = node.get(cns("raw"))
        if raw:
            found.extend(PageNote(article=eid, style="tombstone", note=note)
                         for note in _bodies(raw))
    return found


def page_notes(document: Document) -> list[PageNote]:
    """Every note of a document (:data:`NoteStyle`): the numbered ones of each article or
    division, then those written in the articles' text."""
    found = [PageNote(article=key, style="numbered", note=note)
             for key, notes in notes_index(document).items() for note in notes_of(notes)]
    for article in document.articles():
        found.extend(_inline_notes(article))
    return found


def _act_date(reference: str) -> dt.date | None:
    """The date of the act a reference names: ``2003-05-03/46``, ``09-07-1975``."""
    parts = reference.split("/", 1)[0].split("-")
    try:
        if len(parts) == 3 and len(parts[0]) == 4:
            return dt.date(int(parts[0]), int(parts[1]), int(parts[2]))
        if len(parts) == 3 and len(parts[2]) == 4:
            return dt.date(int(parts[2]), int(parts[1]), int(parts[0]))
    except ValueError:
        return None
    return None


def _order(entry: PageNote) -> tuple[bool, dt.date, str, int, int]:
    """Date in force; a note that gives none (``<L 09-07-1975, art. 4>``) the act's date; a
    pending one (``En vigueur : indéterminée``) or one of no readable date last."""
    note = entry.note
    when = note.in_force or (None if note.in_force_text else _act_date(note.reference))
    return (when is None, when or dt.date.min, note.version or "",
            _STYLE_ORDER[entry.style], note.number)


def history_of(document: Document, article: etree._Element) -> list[PageNote]:
    """The history of an article as its page tells it: every note of every style (read from a
    Justel page, or written by earlier runs), in date order (:func:`_order`), then version
    order; a note the article repeats in the same style (an act that changed two places
    of it) is listed once."""
    eid = article.get("eId", "")
    notes = [PageNote(article=eid, style="numbered", note=note)
             for note in read_notes(document, eid)] if eid else []
    seen: set[tuple[str, str]] = set()
    unique = []
    for entry in [*notes, *_inline_notes(article)]:
        key = (entry.style, entry.note.raw or entry.note.model_dump_json(exclude={"number"}))
        if entry.style == "numbered" or key not in seen:
            seen.add(key)
            unique.append(entry)
    return sorted(unique, key=_order)
