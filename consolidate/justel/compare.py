"""What a Justel text carries of a document, as bytes to compare (the round-trip key).

Justel text holds the units, their texts, the marks and the footnotes; it does not hold the
amending point of a mark (``c:point``), the numac and ELI, the XML's indentation, nor the raw
text the reader keeps to write a note back. :func:`justel_key` is the body and the footnotes
as canonical XML without those, so ``justel_key(read_text(write_justel(d))) == justel_key(d)``.
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
    notes = sorted(root.iter(cns("notes")), key=lambda n: n.get("article", ""))  # no order
    parts = [body, *notes]
    return b"".join(etree.tostring(part, method="c14n") for part in parts)
