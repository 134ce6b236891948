"""Elements of quoted new articles, divisions, paragraphs, alinéas, items and tirets.

A :class:`~consolidate.model.NewUnit` is built into the document model's shapes
(docs/document-model.md): an article holds §§ or alinéas; a § holds alinéas; an alinéa holds
its text, or an enumeration (its text is then the phrase liminaire); a division holds its
``num`` ("CHAPITRE III/1", written like the document's other divisions of that kind), its
``heading`` and its articles and sub-divisions. A tiret is an item labelled "-".
"""

from __future__ import annotations

from lxml import etree

from ..address_acts import NUM_WORDS
from ..document import (
    CONTAINERS,
    Document,
    akn,
    article_language,
    make_alinea,
    make_num,
    make_point,
)
from ..errors import ApplyContext, UnsupportedOperation
from ..model import NewUnit

_ITEMS = ("point", "tiret")
_DEFAULT_WORDS = {
    "fr": {"part": "PARTIE", "book": "LIVRE", "title": "TITRE", "subtitle": "SOUS-TITRE",
           "chapter": "CHAPITRE",
           "section": "Section", "subsection": "Sous-section"},
    "nl": {"part": "DEEL", "book": "BOEK", "title": "TITEL", "subtitle": "ONDERTITEL",
           "chapter": "HOOFDSTUK",
           "section": "Afdeling", "subsection": "Onderafdeling"},
}


def _need_label(unit: NewUnit, context: ApplyContext) -> str:
    if not unit.label:
        raise UnsupportedOperation(f"the new {unit.kind} has no label in the quoted text",
                                   context=context)
    return unit.label


def build_item(unit: NewUnit, context: ApplyContext) -> etree._Element:
    """A point (its label) or a tiret (labelled "-"), with its sub-items."""
    children = [build_item(child, context) for child in unit.children]
    label = "-" if unit.kind == "tiret" else _need_label(unit, context)
    return make_point(label, unit.text, children or None)


def _alineas(unit: NewUnit, context: ApplyContext) -> list[etree._Element]:
    """The alinéas of an article or § given as text and children."""
    kinds = {child.kind for child in unit.children}
    if not kinds:
        return [make_alinea(unit.text)]
    if kinds <= set(_ITEMS):
        return [make_alinea(unit.text, [build_item(c, context) for c in unit.children])]
    # its own items first (its text their phrase liminaire), then alinéas: "Art. 5. Le Roi
    # fixe : 1° …; 2° …. Il consulte le Conseil." ("- …" tirets as well)
    lead = next((i for i, c in enumerate(unit.children) if c.kind not in _ITEMS),
                len(unit.children))
    items, rest = unit.children[:lead], unit.children[lead:]
    if all(child.kind == "alinea" for child in rest):
        head = [make_alinea(unit.text, [build_item(i, context) for i in items] or None)] \
            if unit.text or items else []
        return head + [
            make_alinea(c.text, [build_item(i, context) for i in c.children] or None)
            for c in rest
        ]
    raise UnsupportedOperation(
        f"the new {unit.kind} mixes units of kinds {', '.join(sorted(kinds))}", context=context
    )


def build_paragraph(unit: NewUnit, context: ApplyContext) -> etree._Element:
    """``<paragraph><num>§ 2.</num>`` and its alinéas."""
    paragraph = etree.Element(akn("paragraph"))
    paragraph.append(make_num(f"§ {_need_label(unit, context)}."))
    for alinea in _alineas(unit, context):
        paragraph.append(alinea)
    return paragraph


def build_article(unit: NewUnit, context: ApplyContext) -> etree._Element:
    """``<article><num>Art. 10/1.</num>`` [heading] and its §§ or alinéas."""
    article = etree.Element(akn("article"))
    article.append(make_num(f"Art. {_need_label(unit, context)}."))
    if unit.heading:
        etree.SubElement(article, akn("heading")).text = unit.heading
    fill_article(article, unit, context)
    return article


def fill_article(article: etree._Element, unit: NewUnit, context: ApplyContext) -> None:
    """Append the §§ or alinéas of ``unit`` to ``article``."""
    if any(child.kind == "paragraph" for child in unit.children):
        if any(child.kind != "paragraph" for child in unit.children) or unit.text:
            raise UnsupportedOperation(
                "the new article mixes §§ with other text", context=context
            )
        for child in unit.children:
            article.append(build_paragraph(child, context))
        return
    for alinea in _alineas(unit, context):
        article.append(alinea)


def division_num(document: Document, kind: str, label: str) -> str:
    """'CHAPITRE III/1.' written like the document's other divisions of this kind."""
    for existing in document.body.iter(akn(kind)):
        num = (existing.findtext(akn("num")) or "").strip()
        words = num.split(None, 1)
        if len(words) == 2 and words[0].lower() in NUM_WORDS[kind]:
            return f"{words[0]} {label}" + ("." if num.endswith(".") else "")
    language = "nl" if article_language(document.body) == "nl" else "fr"
    nums = [num for other in document.body.iter(*(akn(k) for k in NUM_WORDS))
            if (num := (other.findtext(akn("num")) or "").strip())]
    dot = "." if nums and all(num.endswith(".") for num in nums) else ""
    return f"{_DEFAULT_WORDS[language][kind]} {label}{dot}"  # dotted as the others are


_RANKS = {"part": 0, "book": 1, "title": 2, "subtitle": 3, "chapter": 4, "section": 5,
          "subsection": 6}


def _unrepeated(unit: NewUnit, context: ApplyContext) -> NewUnit:
    """The division without the repeat of itself that the quote can bring.

    "il est inséré une section Ibis intitulée « … », comportant l'article 7ter, rédigée comme
    suit : « Section Ibis. - … Art. 7ter. … »": the quote's heading is the announced section,
    not a section inside it (read as such, the section was inserted twice). A division
    inside a division of the same or a lower rank (a section in a section) is refused."""
    children = unit.children
    if (len(children) == 1 and children[0].kind == unit.kind
            and (children[0].label or "") == (unit.label or "")
            and (not children[0].text or not unit.text or children[0].text == unit.text)):
        repeat = children[0]
        unit = unit.model_copy(update={"text": unit.text or repeat.text,
                                       "children": repeat.children})
    for child in unit.children:
        if child.kind in _RANKS and _RANKS[child.kind] <= _RANKS.get(unit.kind, -1):
            raise UnsupportedOperation(
                f"a {child.kind} {child.label or ''} inside the new {unit.kind} "
                f"{unit.label or ''}: a division holds divisions of a lower rank only",
                context=context)
    return unit


def build_division(unit: NewUnit, document: Document, context: ApplyContext) -> etree._Element:
    """A division with its num, heading, articles and sub-divisions."""
    unit = _unrepeated(unit, context)
    division = etree.Element(akn(unit.kind))
    division.append(make_num(division_num(document, unit.kind, _need_label(unit, context))))
    if unit.text:
        etree.SubElement(division, akn("heading")).text = unit.text
    for child in unit.children:
        division.append(build_structural(child, document, context))
    return division


def build_structural(unit: NewUnit, document: Document, context: ApplyContext) -> etree._Element:
    """An article or a division."""
    if unit.kind == "article":
        return build_article(unit, context)
    if unit.kind in CONTAINERS:
        return build_division(unit, document, context)
    raise UnsupportedOperation(f"a {unit.kind} cannot stand directly in an act or a division",
                               context=context)
