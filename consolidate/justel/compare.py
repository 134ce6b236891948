"""What a Justel text carries of a document, as bytes to compare (the round-trip key).

Justel text holds the units, their texts, the marks and the footnotes; it does not hold the
amending point of a mark (``c:point``), the numac and ELI, the XML's indentation, nor the raw
text the reader keeps to write a note back. :func:`justel_key` is the body and the footnotes
as canonical XML without those, so ``justel_key(read_text(write_justel(d))) == justel_key(d)``.

Marks are put where the reader puts them (docs/justel.md, "Normalisations"): a span that
holds an alinéa's whole text is a mark on the alinéa, and an article whose units all carry
the same mark carries it itself.
"""

from __future__ import annotations

from lxml import etree

from ..document import Document, akn, cns
from .footnotes import DUTCH_KINDS

_INLINE = (akn("p"), akn("span"))


def justel_key(document: Document) -> bytes:
    """The body and footnotes of a document as C14N XML, without what Justel text drops."""
    root = etree.fromstring(etree.tostring(document.root))
    dutch = document.identity.language == "nl"
    for element in root.iter():
        element.attrib.pop(cns("point"), "")
        if element.tag == cns("note"):
            element.attrib.pop("raw", "")
            kind = element.get("kind", "")
            if dutch:  # notes made by the applier say "L"; Dutch Justel writes "W"
                element.set("kind", DUTCH_KINDS.get(kind, kind))
        parent = element.getparent()
        if element.tag not in _INLINE and not (element.text or "").strip():
            element.text = None
        if not (parent is not None and parent.tag in _INLINE) and not (element.tail or "").strip():
            element.tail = None
    body = root.find(f".//{akn('body')}")
    assert body is not None
    _lift_marks(body)
    notes = sorted(root.iter(cns("notes")), key=lambda n: n.get("article", ""))  # no order
    parts = [body, *notes]
    return b"".join(etree.tostring(part, method="c14n") for part in parts)


def _lift_marks(body: etree._Element) -> None:
    """Move marks to the largest unit they cover, as the reader places them."""
    for alinea in body.iter(akn("alinea")):
        p = alinea.find(f"{akn('content')}/{akn('p')}")
        if alinea.get(cns("mark")) is not None or p is None or len(p) != 1 or p.text:
            continue
        span = p[0]
        if span.tag != akn("span") or span.tail or span.get(cns("removed")) or span.get(
                cns("mark")) is None or span.get(cns("style")):
            continue
        alinea.set(cns("mark"), span.get(cns("mark"), ""))
        p.text = span.text
        p.remove(span)
        for child in list(span):
            p.append(child)
    for article in body.iter(akn("article")):
        units = [c for c in article if c.tag in (akn("alinea"), akn("paragraph"))]
        marks = {unit.get(cns("mark")) for unit in units}
        removed = any(unit.get("status") == "removed" for unit in units)
        if article.get(cns("mark")) is None and units and len(marks) == 1 and not removed:
            mark = marks.pop()
            if mark is not None:
                article.set(cns("mark"), mark)
                for unit in units:
                    del unit.attrib[cns("mark")]
