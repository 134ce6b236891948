"""Footnotes of act-level operations: their verb, and eIds recomputed with their notes.

Justel's footnote of an inserted article or division says "Inséré par" (``(1)<Inséré par L
2014-04-25/23, art. 60, 104; En vigueur : 24-05-2014>``, Code pénal art. 57bis), of a
restored unit "rétabli par" (art. 99), of a replaced act title "INTITULE remplacé par"; the
others have no verb. The verb is written into the note's ``raw`` text (what the Justel writer
prints as is); the note's fields stay as they are.

eIds of divisions count their position, and an article's eId follows its label: inserting a
division or renumbering an article changes eIds, and the footnotes (``c:notes
article="<eId>"``) must follow their unit: :func:`recompute_eids` moves them.
"""

from __future__ import annotations

from lxml import etree

from ..document import CONTAINERS, Document, akn, article_language, assign_eids, cns
from ..justel.footnotes import note_body
from ..provenance import _proprietary, notes_of

VERBS: dict[str, dict[str, str]] = {
    "inserted": {"fr": "Inséré par", "nl": "Ingevoegd bij"},
    "restored": {"fr": "rétabli par", "nl": "hersteld bij"},
    "title_replaced": {"fr": "INTITULE remplacé par", "nl": "OPSCHRIFT vervangen bij"},
    "title_changed": {"fr": "Intitulé modifié par", "nl": "Opschrift gewijzigd bij"},
}


def set_verb(notes: etree._Element, number: int, verb: str) -> None:
    """Give footnote ``number`` of a ``c:notes`` element its verb ("Inséré par", ...)."""
    language = "nl" if article_language(notes) == "nl" else "fr"
    for element, note in zip(notes.iter(cns("note")), notes_of(notes), strict=True):
        if note.number == number and note.raw is None:
            plain = note.model_copy(update={"raw": None})
            element.set("raw", f"{VERBS[verb][language]} {note_body(plain, language)}")


def recompute_eids(document: Document) -> None:
    """:func:`~consolidate.document.assign_eids`, the footnotes following their unit."""
    tags = [akn("article"), *(akn(tag) for tag in CONTAINERS)]
    before = [(element, element.get("eId")) for element in document.body.iter(*tags)]
    assign_eids(document)
    by_eid: dict[str, list[etree._Element]] = {}
    for notes in _proprietary(document).iterchildren(cns("notes")):
        by_eid.setdefault(notes.get("article", ""), []).append(notes)
    moves = [(old, element.get("eId") or "") for element, old in before
             if old is not None and old != element.get("eId")]
    blocks = [(block, new) for old, new in moves for block in by_eid.get(old, [])]
    for block, new in blocks:
        block.set("article", new)
