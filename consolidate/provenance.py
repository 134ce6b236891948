"""Provenance: Justel footnotes (``c:notes``/``c:note``) and marks (``c:mark``) on documents.

See docs/document-model.md, "Provenance and marks". One note per (amended article, amending
article of the act): its number follows the article's existing notes; every unit or span the
amending article touched in that article carries ``c:mark`` with that number. The version of
the amended text (``c:act/@version``) is bumped once per amending act.
"""

from __future__ import annotations

import datetime as dt

from lxml import etree

from .document import Document, akn, cns
from .errors import DocumentError
from .model import JUSTEL_KINDS, AmendingActInfo, Note


def _proprietary(document: Document) -> etree._Element:
    # first children with these tags, as ``find`` gives them, without ElementPath (faster)
    meta = next(document.act.iterchildren(akn("meta")), None)
    node = next(meta.iterchildren(akn("proprietary")), None) if meta is not None else None
    if node is None:  # not where the document model puts it: search
        node = document.root.find(f".//{akn('proprietary')}")
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
    """'L' for a loi, 'AR' for an arrêté royal, ..."""
    return JUSTEL_KINDS.get(info.type, info.type.upper())


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
    node = document.root.find(f".//{akn('proprietary')}/{cns('act')}")
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


def history_of(document: Document, article_eid: str) -> list[Note]:
    """The history of an article as its footnotes tell it: every amending act (read from a
    Justel page, or written by earlier runs), in number order."""
    return sorted(read_notes(document, article_eid), key=lambda note: note.number)
