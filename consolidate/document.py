"""The document model: an Akoma Ntoso act held as an lxml tree (see docs/document-model.md).

This is the only module (with the Justel reader and the renderers) that touches XML. It loads
and dumps documents safely, reads their identity, builds units, recomputes eIds and renders
the plain text in the Justel layout.
"""

from __future__ import annotations

import copy as _copy
import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field
from io import BytesIO
from pathlib import Path
from typing import Any

from lxml import etree

from .errors import DocumentError, InputError, Location
from .model import ActIdentity
from .text import Label, parse_label

AKN_NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
C_NS = "urn:x-consolidate:1"
NSMAP: Any = {None: AKN_NS, "c": C_NS}  # lxml-stubs do not admit the None key
XPATH_NS = {"akn": AKN_NS, "c": C_NS}

HIERARCHY = ("article", "paragraph", "alinea", "point")
TITLE_NOTES = "act_title"
"""The ``article`` of the ``c:notes`` holding the footnotes of the act's title."""
CONTAINERS = ("chapter", "section", "title", "part", "book", "subsection", "subtitle")
LANGUAGE_CODES = {"fr": "fra", "nl": "nld", "de": "deu"}
MONTHS_FR = (
    "JANVIER", "FEVRIER", "MARS", "AVRIL", "MAI", "JUIN",
    "JUILLET", "AOUT", "SEPTEMBRE", "OCTOBRE", "NOVEMBRE", "DECEMBRE",
)
MONTHS_NL = (
    "JANUARI", "FEBRUARI", "MAART", "APRIL", "MEI", "JUNI",
    "JULI", "AUGUSTUS", "SEPTEMBER", "OKTOBER", "NOVEMBER", "DECEMBER",
)
TYPE_NAMES = {
    ("loi", "fr"): "Loi", ("loi", "nl"): "Wet",
    ("arrêté royal", "fr"): "Arrêté royal", ("arrêté royal", "nl"): "Koninklijk besluit",
    ("décret", "fr"): "Décret", ("décret", "nl"): "Decreet",
    ("ordonnance", "fr"): "Ordonnance", ("ordonnance", "nl"): "Ordonnantie",
    ("code", "fr"): "Code", ("code", "nl"): "Wetboek",
}


_CLARK: dict[str, str] = {}
_LOCAL: dict[object, str] = {}


def akn(tag: str) -> str:
    """Clark name of an Akoma Ntoso element (computed once per tag)."""
    try:
        return _CLARK[tag]
    except KeyError:
        return _CLARK.setdefault(tag, f"{{{AKN_NS}}}{tag}")


_CLARK_C: dict[str, str] = {}


def cns(name: str) -> str:
    """Clark name of a consolidate attribute or element (computed once per name: the applier
    and the renderers ask for the same few names on every node)."""
    try:
        return _CLARK_C[name]
    except KeyError:
        return _CLARK_C.setdefault(name, f"{{{C_NS}}}{name}")


def first_below(root: etree._Element, tag: str, child: str | None = None
                ) -> etree._Element | None:
    """``root.find(".//TAG")`` (``".//TAG/CHILD"`` with ``child``): the same element, found
    without walking the rest of the tree.

    lxml's tag iterators (and so ElementPath's ``.//``) look one match ahead: finding a
    unique element, the metadata's ``c:act``, walks the whole document to learn there is no
    second one (28 ms on a 15,000-operation base, at each of the identity's readings). Here
    the nodes are taken in document order and the walk stops at the first match: the first
    ``tag`` below ``root`` (``root`` itself excluded) that has a ``child`` child, and its first
    such child — what ElementPath yields first."""
    for node in root.iter():
        if node.tag == tag and node is not root:
            if child is None:
                return node
            found = node.find(child)
            if found is not None:
                return found
    return None


def identity_node(root: etree._Element) -> etree._Element | None:
    """The metadata's ``c:act`` (``root.find(".//proprietary/c:act")``, :func:`first_below`)."""
    return first_below(root, akn("proprietary"), cns("act"))


def local(element: etree._Element) -> str:
    """Local name of an element ('' for comments and processing instructions)."""
    tag = element.tag
    try:
        return _LOCAL[tag]
    except KeyError:
        name = etree.QName(tag).localname if isinstance(tag, str) else ""
        if isinstance(tag, str):  # comments' tags are functions: never cached
            _LOCAL[tag] = name
        return name


@dataclass
class Document:
    """One language expression of one act. ``root`` is the ``akomaNtoso`` element.

    Documents are values for the library: functions that change a document work on a
    :meth:`copy`; the caller's document is never modified.
    """

    root: etree._Element
    source: str = "<document>"
    warnings: list[str] = field(default_factory=list)
    """Lines a lenient reader could not place (e.g. the Justel reader), never dropped silently."""

    @property
    def act(self) -> etree._Element:
        """The ``act`` element."""
        return _child(self.root, "act")

    @property
    def body(self) -> etree._Element:
        """The ``body`` element."""
        return _child(self.act, "body")

    @property
    def identity(self) -> ActIdentity:
        """The act's identity, read from ``c:act`` in the proprietary metadata."""
        return read_identity(self.root, self.source)

    def copy(self) -> Document:
        """A deep copy: changing it never changes this document."""
        return Document(_copy.deepcopy(self.root), self.source)

    def articles(self) -> Iterator[etree._Element]:
        """Every article in document order (tombstones included)."""
        yield from self.body.iter(akn("article"))

    def article(self, label: str) -> etree._Element | None:
        """The article with this label ('10bis', '1er' == '1'), or None."""
        wanted = parse_label(label)
        for article in self.articles():
            if label_of(article).same(wanted):
                return article
        return None


def _child(parent: etree._Element, tag: str) -> etree._Element:
    # the first child with the tag (as ``find``), without ElementPath: about twice as fast
    found = next(parent.iterchildren(akn(tag)), None)
    if found is None:
        raise DocumentError(f"the document has no <{tag}> under <{local(parent)}>")
    return found


# --- loading and dumping ----------------------------------------------------------------------


def safe_parser() -> etree.XMLParser:
    """An XML parser that never resolves entities, never touches the network, no huge trees."""
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=False,
        remove_pis=True,
    )


def load_xml(data: bytes, source: str = "<document>") -> Document:
    """Parse Akoma Ntoso XML into a :class:`Document` and check the model's invariants.

    Any DTD (and so any entity declaration) is refused: legal XML never needs one, and it is
    the door to external-entity and entity-expansion attacks.
    """
    root = parse_xml(data, source)
    document = Document(root, source)
    check_document(document)
    return document


def parse_xml(data: bytes, source: str = "<document>") -> etree._Element:
    """Parse XML safely (no DTD, no entities, no network): the root element, or a
    :class:`DocumentError` with the place of the fault."""
    if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
        raise DocumentError(
            "refusing XML with a DOCTYPE or ENTITY declaration (entities are never resolved)",
            location=Location(source),
        )
    root = _parse_unindented(data)
    if root is None:  # not laid out as dump() writes, or malformed: the whole tree, then
        try:
            root = etree.fromstring(data, safe_parser())
        except etree.XMLSyntaxError as error:
            line, column = error.position if error.position else (0, 0)
            raise DocumentError(
                f"malformed XML: {error.msg}", location=Location(source, line, column)
            ) from None
        unindent(root)
    docinfo: Any = root.getroottree().docinfo  # lxml-stubs lack DocInfo.doctype
    if docinfo.doctype or docinfo.internalDTD is not None:  # e.g. a UTF-16 file
        raise DocumentError(
            "refusing XML with a DOCTYPE or ENTITY declaration (entities are never resolved)",
            location=Location(source),
        )
    return root


def _parse_unindented(data: bytes) -> etree._Element | None:
    """The tree of ``data`` with :func:`unindent` done as it is parsed (its indentation never
    all held at once: a large base's peak memory), or None when that cannot be decided while
    parsing — a comment outside text, an element with text among its sub-elements (its
    descendants keep their whitespace: :func:`indent` leaves them alone), malformed XML — and
    the caller parses the whole tree, then unindents it."""
    events = etree.iterparse(
        BytesIO(data), events=("start", "end", "comment"), resolve_entities=False,
        no_network=True, load_dtd=False, huge_tree=False, remove_comments=False,
        remove_pis=True)
    texts = 0  # depth inside a text element (p, num, heading...): left as it is
    is_text: dict[object, bool] = {}
    try:
        for event, element in events:
            if event == "end":
                if texts:
                    texts -= 1
                    continue
                if not len(element):
                    continue
                text = element.text
                if text is not None:
                    if text.strip():
                        return None
                    element.text = None
                for child in element:  # all elements: a comment was an event
                    tail = child.tail
                    if tail is not None:
                        if tail.strip():
                            return None
                        child.tail = None
            elif event == "start":
                if texts:
                    texts += 1
                    continue
                tag = element.tag
                found = is_text.get(tag)
                if found is None:
                    found = is_text[tag] = local(element) in TEXT_ELEMENTS
                if found:
                    texts = 1
            elif not texts:  # a comment outside text
                return None
    except etree.XMLSyntaxError:
        return None
    root: etree._Element = events.root
    return root


def load_file(path: str | Path) -> Document:
    """Read an Akoma Ntoso file (see :func:`load_xml`)."""
    file = Path(path)
    try:
        data = file.read_bytes()
    except OSError as error:
        raise InputError(f"cannot read {file}: {error.strerror}") from None
    return load_xml(data, str(file))


def dump(document: Document) -> bytes:
    """Serialise a document as UTF-8 XML with a declaration, indented."""
    tree = _copy.deepcopy(document.root)
    indent(tree)
    return etree.tostring(tree, xml_declaration=True, encoding="UTF-8") + b"\n"


TEXT_ELEMENTS = frozenset({"p", "num", "heading", "subheading", "docTitle", "docDate", "docType"})


def indent(element: etree._Element, level: int = 0) -> None:
    """Indent an element tree in place, never touching text (``p``, ``num``, mixed content).

    ``etree.indent`` also rewrites whitespace inside mixed content (``<p><span>a</span></p>``
    gains spaces and newlines), which would change the text; this one leaves every element
    holding text exactly as it is, so load → dump → load is the identity.
    """
    children = [child for child in element if isinstance(child.tag, str)]
    if not children or local(element) in TEXT_ELEMENTS or len(children) != len(element):
        return
    if (element.text or "").strip() or any((child.tail or "").strip() for child in children):
        return  # mixed content: its whitespace is text
    inner = "\n" + "  " * (level + 1)
    element.text = inner
    for child in children:
        child.tail = inner
        indent(child, level + 1)
    children[-1].tail = "\n" + "  " * level


def unindent(element: etree._Element) -> None:
    """Drop, in place, the whitespace :func:`indent` writes: the text and tails of the
    elements it indents (exactly those: never text, never mixed content).

    Loading does it: libxml2 keeps each run of indentation as a text node of its own (about
    130 bytes), some 40 % of a loaded base; what is written is unchanged, as :func:`dump`
    indents every element this empties, whatever whitespace it held.
    """
    stack = [element]
    while stack:
        element = stack.pop()
        children = list(element)
        if not children or local(element) in TEXT_ELEMENTS:
            continue
        if (element.text or "").strip() or any(
                not isinstance(child.tag, str) or (child.tail or "").strip()
                for child in children):
            continue  # a comment among them, or mixed content: its whitespace is text
        element.text = None
        for child in children:
            child.tail = None
        stack.extend(children)


def check_document(document: Document) -> None:
    """Raise :class:`DocumentError` unless the document follows the model's skeleton."""
    root = document.root
    where = Location(document.source)
    if root.tag != akn("akomaNtoso"):
        raise DocumentError(
            f"expected an Akoma Ntoso 3.0 document (<akomaNtoso xmlns=\"{AKN_NS}\">), "
            f"found <{root.tag}>",
            location=where,
        )
    act = root.find(akn("act"))
    if act is None:
        raise DocumentError("expected <act> under <akomaNtoso>", location=where)
    if act.find(akn("body")) is None or act.find(akn("meta")) is None:
        raise DocumentError("expected <meta> and <body> under <act>", location=where)
    read_identity(root, document.source)
    for article in act.iter(akn("article")):
        try:
            label_of(article)
        except ValueError:
            num = article.findtext(akn("num")) or ""
            raise DocumentError(
                f"article with an unreadable number {num!r} (eId {article.get('eId')})",
                location=where,
            ) from None


def read_identity(root: etree._Element, source: str = "<document>") -> ActIdentity:
    """Read ``c:act`` (the identity) from the proprietary metadata."""
    node = identity_node(root)
    if node is None:
        raise DocumentError(
            "the document has no <c:act> identity in <meta><proprietary>",
            location=Location(source),
        )
    try:
        return ActIdentity(
            type=node.get("type", ""),
            date=dt.date.fromisoformat(node.get("date", "")),
            title=node.findtext(cns("title")) or "",
            numac=node.get("numac"),
            eli=node.get("eli"),
            language=node.get("language", "fr"),
            is_model=node.get("model") == "true",
            version=int(node.get("version", "1")),
            aliases=tuple(alias.text or "" for alias in node.iterchildren(cns("alias"))),
        )
    except ValueError as error:
        raise DocumentError(
            f"the <c:act> identity is invalid: {error}", location=Location(source)
        ) from None


# --- labels, text, eIds -------------------------------------------------------------------------


_ARTICLE_ONE = frozenset({"article unique.", "enig artikel.", "article premier."})


def label_text(unit: etree._Element) -> str:
    """The label of a unit as written in its ``num``: 'Art. 10bis.' → '10bis', '§ 1er.' → '1er'."""
    num = _num_text(unit)
    if " ".join(num.lower().split()) in _ARTICLE_ONE:
        return "1"  # "Article unique.", "Enig artikel.": the parser's "article 1"
    for prefix in ("Article", "Artikel", "Art.", "§"):
        if num.startswith(prefix):
            num = num[len(prefix):].strip()
            break
    if local(unit) in ("article", "paragraph") and num.endswith("."):
        num = num[:-1]
    return num.strip()


def _num_text(unit: etree._Element) -> str:
    """The stripped text of the unit's own ``num`` ('' without one): a loop over the children
    is several times faster than an ElementPath ``findtext``."""
    tag = akn("num")
    for child in unit:
        if child.tag == tag:
            return (child.text or "").strip()
    return ""


def label_of(unit: etree._Element) -> Label:
    """The parsed :class:`~consolidate.text.Label` of an article, paragraph or point."""
    return parse_label(label_text(unit))


def is_removed(unit: etree._Element) -> bool:
    """Whether the unit is a tombstone (repealed)."""
    return unit.get("status") == "removed"


def units(parent: etree._Element, kind: str, *, removed: bool = False) -> list[etree._Element]:
    """Direct child units of a kind ('alinea', 'paragraph', 'point'); tombstones optional."""
    found = [child for child in parent if local(child) == kind]
    return found if removed else [child for child in found if not is_removed(child)]


def points_of(unit: etree._Element, *, removed: bool = False) -> list[etree._Element]:
    """Items of the enumeration of an alinéa or point (empty when it has none)."""
    listing = unit.find(akn("list"))
    return [] if listing is None else units(listing, "point", removed=removed)


def alineas_of(container: etree._Element, *, removed: bool = False) -> list[etree._Element]:
    """Alinéas of an article or paragraph, counted as the semantics count them."""
    return units(container, "alinea", removed=removed)


def text_of(element: etree._Element) -> str:
    """All the text inside an element (spans unwrapped), without labels of sub-units."""
    # libxml2's text serialisation is the join of itertext(), several times faster
    parts = [etree.tostring(p, method="text", encoding=str, with_tail=False)
             for p in element.iter(akn("p"))]
    return " ".join(part for part in parts if part)


def paragraphs_of(element: etree._Element) -> list[etree._Element]:
    """The ``p`` elements holding the text of a unit, in order."""
    return list(element.iter(akn("p")))


def assign_eids(document: Document) -> None:
    """Recompute every unit's eId from its labels and alinéa positions (in place)."""
    for container in document.body.iter(*(akn(tag) for tag in CONTAINERS)):
        _assign_container_eid(container)
    for article in document.articles():
        assign_article_eids(article)


def assign_article_eids(article: etree._Element) -> None:
    """Recompute the eIds of one article and of every unit below it (in place)."""
    eid = f"art_{label_of(article).eid_part()}"
    article.set("eId", eid)
    _assign_below(article, eid)


def _assign_container_eid(container: etree._Element) -> None:
    prefix = {"chapter": "chp", "section": "sec", "title": "title", "part": "part",
              "book": "book", "subsection": "subsec", "subtitle": "subtitle"}[local(container)]
    parent = container.getparent()
    siblings = [c for c in parent if c.tag == container.tag] if parent is not None else []
    number = siblings.index(container) + 1 if container in siblings else 1
    parent_eid = parent.get("eId") if parent is not None else None
    eid = f"{prefix}_{number}"
    container.set("eId", f"{parent_eid}__{eid}" if parent_eid else eid)


def _assign_below(unit: etree._Element, eid: str) -> None:
    alinea_number = 0
    removed_number = 0
    for child in unit:
        kind = local(child)
        if kind == "paragraph":
            child_eid = f"{eid}__para_{label_of(child).eid_part()}"
        elif kind == "alinea":
            if is_removed(child):
                removed_number += 1
                child_eid = f"{eid}__alinea_removed_{removed_number}"
            else:
                alinea_number += 1
                child_eid = f"{eid}__alinea_{alinea_number}"
        elif kind == "list":
            child.set("eId", f"{eid}__list_1")
            dashes = 0
            for point in units(child, "point", removed=True):
                label = label_of(point)
                if label.style == "dash":  # dashes have no number: count them
                    dashes += 1
                    point_eid = f"{eid}__dash_{dashes}"
                else:
                    point_eid = f"{eid}__point_{label.eid_part()}"
                point.set("eId", point_eid)
                _assign_below(point, point_eid)
            continue
        else:
            continue
        child.set("eId", child_eid)
        _assign_below(child, child_eid)


# --- building units -----------------------------------------------------------------------------


def make_p(text: str) -> etree._Element:
    """A ``p`` with text."""
    p = etree.Element(akn("p"), nsmap=NSMAP)
    p.text = text
    return p


def make_content(text: str) -> etree._Element:
    """``<content><p>text</p></content>``."""
    content = etree.Element(akn("content"), nsmap=NSMAP)
    content.append(make_p(text))
    return content


def make_num(text: str) -> etree._Element:
    """``<num>text</num>``."""
    num = etree.Element(akn("num"), nsmap=NSMAP)
    num.text = text
    return num


def make_point(
    label: str, text: str, children: list[etree._Element] | None = None
) -> etree._Element:
    """An item: ``<point><num>3°</num><content><p>…</p></content></point>`` or with a list."""
    point = etree.Element(akn("point"), nsmap=NSMAP)
    point.append(make_num(label))
    if children:
        point.append(make_list(text, children))
    else:
        point.append(make_content(text))
    return point


def make_list(intro: str | None, points: list[etree._Element]) -> etree._Element:
    """An enumeration: optional phrase liminaire and items."""
    listing = etree.Element(akn("list"), nsmap=NSMAP)
    if intro:
        intro_el = etree.SubElement(listing, akn("intro"))
        intro_el.append(make_p(intro))
    for point in points:
        listing.append(point)
    return listing


def make_alinea(text: str, points: list[etree._Element] | None = None) -> etree._Element:
    """An alinéa: plain text, or an enumeration when ``points`` is given."""
    alinea = etree.Element(akn("alinea"), nsmap=NSMAP)
    if points:
        alinea.append(make_list(text, points))
    else:
        alinea.append(make_content(text))
    return alinea


def empty_content(unit: etree._Element) -> None:
    """Make a unit a tombstone body: keep ``num``, replace the rest with an empty content."""
    for child in list(unit):
        if local(child) != "num":
            unit.remove(child)
    content = etree.SubElement(unit, akn("content"))
    etree.SubElement(content, akn("p"))


# --- plain text (Justel layout) -----------------------------------------------------------------


def format_date(date: dt.date, language: str = "fr") -> str:
    """'16 MAI 2001' / '16 MEI 2001'."""
    months = MONTHS_NL if language == "nl" else MONTHS_FR
    return f"{date.day} {months[date.month - 1]} {date.year}"


def title_line(identity: ActIdentity) -> str:
    """'16 MAI 2001. - Loi portant statut des militaires du cadre de réserve des Forces armées'."""
    type_name = TYPE_NAMES.get((identity.type, identity.language), identity.type.capitalize())
    return f"{format_date(identity.date, identity.language)}. - {type_name} {identity.title}"


def article_heading(article: etree._Element) -> str:
    """'Art. 10.' or 'Article 1er.' as written in the article's num."""
    return (article.findtext(akn("num")) or "").strip()


def unit_lines(unit: etree._Element) -> list[str]:
    """Plain lines of an alinéa or item: its text, then one line per item (recursively)."""
    listing = unit.find(akn("list"))
    if listing is None:
        return [text_of(unit)]
    lines: list[str] = []
    intro = listing.find(akn("intro"))
    if intro is not None:
        lines.append(text_of(intro))
    for point in units(listing, "point"):
        own = unit_lines(point)
        label = (point.findtext(akn("num")) or "").strip()
        lines.append(f"{label} {own[0]}".strip())
        lines.extend(own[1:])
    wrap_up = listing.find(akn("wrapUp"))
    if wrap_up is not None:
        lines.append(text_of(wrap_up))
    return lines


def article_lines(article: etree._Element) -> list[str]:
    """An article in the Justel layout: the first line carries 'Art. N.' (and the article's
    title, when it has one: the text then starts on the next line)."""
    heading = article_heading(article)
    if is_removed(article):
        repealed = "(opgeheven)" if article_language(article) == "nl" else "(abrogé)"
        return [f"{heading} {repealed}"]
    title = heading_text(article)
    if title:
        return [f"{heading} {title}", *_article_body(article)]
    lines = _article_body(article)
    if lines:
        lines[0] = f"{heading} {lines[0]}"
    return lines or [heading]


def _article_body(article: etree._Element) -> list[str]:
    lines: list[str] = []
    paragraphs = units(article, "paragraph")
    if paragraphs:
        for paragraph in paragraphs:
            para_lines = [line for alinea in alineas_of(paragraph) for line in unit_lines(alinea)]
            num = (paragraph.findtext(akn("num")) or "").strip()
            if para_lines:
                para_lines[0] = f"{num} {para_lines[0]}"
            lines.extend(para_lines or [num])
    else:
        lines = [line for alinea in alineas_of(article) for line in unit_lines(alinea)]
    return lines


def article_language(element: etree._Element) -> str:
    """The language of the document an element belongs to."""
    root = element.getroottree().getroot()
    node = identity_node(root)
    return node.get("language", "fr") if node is not None else "fr"


def heading_text(unit: etree._Element) -> str:
    """The text of a division's or an article's heading ('' when none or repealed)."""
    heading = unit.find(akn("heading"))
    if heading is None or is_removed(heading):
        return ""
    return " ".join("".join(str(piece) for piece in heading.itertext()).split())


def heading_line(container: etree._Element) -> str:
    """'CHAPITRE II. - DES PEINES.'; a repealed division: 'CHAPITRE II. (abrogé)'."""
    num = (container.findtext(akn("num")) or "").strip()
    if is_removed(container):
        repealed = "(opgeheven)" if article_language(container) == "nl" else "(abrogé)"
        return f"{num} {repealed}".strip()
    heading = heading_text(container)
    if num and heading:
        return f"{num}. - {heading}" if not num.endswith(".") else f"{num} - {heading}"
    return num or heading


def document_title_line(document: Document) -> str:
    """The title line of a document: :func:`title_line`, its type written as the page wrote
    it when a Justel reader kept it (``c:act/@c:typeText``: ``CODE PENAL.``, not ``Code
    PENAL.``; ``STRAFWETBOEK.``; ``GERECHTELIJK WETBOEK``)."""
    identity = document.identity
    node = identity_node(document.root)
    written = node.get(cns("typeText")) if node is not None else None
    if not written:
        return title_line(identity)
    return f"{format_date(identity.date, identity.language)}. - {written} {identity.title}".rstrip()


def render_text(document: Document) -> str:
    """The whole document as plain text in the Justel layout: the title line, then the
    headings and articles, each block after a blank line (as Justel separates them)."""
    lines = [document_title_line(document)]
    for element in document.body.iter(akn("article"), *(akn(tag) for tag in CONTAINERS)):
        lines.append("")
        if local(element) == "article":
            lines.extend(article_lines(element))
        else:
            lines.append(heading_line(element))
    lines.append("")  # the final newline, without copying the whole text once more
    return "\n".join(lines)
