"""Wrapping: "L'article 1500 du Code judiciaire, dont le texte actuel formera le paragraphe
1er, est complété par un paragraphe 2 …" (2019041200 art. 138); "le chapitre III, dont le
texte actuel formera la section 1re intitulée "Régime général", …" (2011012030 art. 25).

The present content of the designated unit becomes one new unit inside it:

- an article's alinéas (tombstones included, in order) go into a new ``paragraph`` numbered
  ``§ 1er.`` — the article must hold alinéas and no § yet, and the new label must be the
  first (1er), else :class:`~consolidate.errors.LabelConflict` (A004); "l'alinéa 1er devient
  le paragraphe 1er" (2022015455 art. 18, 1°) does the same when that alinéa is the
  article's only live one (else A005: what the others become is not said);
- an item's text goes into a new first sub-item ("le 2°, dont le texte actuel formera le a),
  est complété par un b)"): the item must hold text and no sub-items yet, and the new label
  must be the first (a), 1°), else A004;
- a division's articles and sub-divisions go into a new division (a ``section`` in a
  chapter) with its number and heading — the division must not hold a division of that kind
  yet, and the label must be the first.

Justel marks: the new §'s label is marked, ``[1 § 1er.]1`` (``c:labelMark``, as a renumbered
§); a new division is marked as inserted (its footnote "Inséré par"). The operation that
follows in the same instruction (the § 2, the section 2) then applies to the new structure.
"""

from __future__ import annotations

from collections.abc import Callable

from lxml import etree

from ..address_acts import division_label, division_label_text
from ..document import CONTAINERS, akn, alineas_of, cns, is_removed, local
from ..errors import LabelConflict, UnsupportedOperation
from ..model import DIVISION_NAMES, NewUnit, WrapUnit
from ..provenance import mark_unit
from ..text import Label, parse_label
from . import Job, Prepared

_FIRST = Label(1)


def prepare_wrap(job: Job) -> Prepared:
    """Wrap the target's present content into a new first unit."""
    op = job.op
    assert isinstance(op, WrapUnit)
    if is_removed(job.node):
        raise UnsupportedOperation(f"{job.context.target} is repealed: it has no text to "
                                   "wrap", context=job.context)
    if op.unit == "paragraph":
        return _wrap_paragraph(job, op)
    if op.unit == "point":
        return _wrap_point(job, op)
    return _wrap_division(job, op)


def _first(job: Job, op: WrapUnit, read: Callable[[str], Label]) -> None:
    """The new unit must be the first one (1er): ``read`` parses its label."""
    try:
        label: Label | None = read(op.label)
    except ValueError:
        label = None
    if label is None or not label.same(_FIRST):
        kind, first = ("item", "a) or 1°") if op.unit == "point" else (op.unit, "1er")
        raise LabelConflict(
            f"the present text of {job.context.target} can only become its first "
            f"{kind} ({first}), not {kind} {op.label!r}", context=job.context)


def _wrap_paragraph(job: Job, op: WrapUnit) -> Prepared:
    article = job.node
    if job.scope == "unit" and local(article) == "alinea" and article.getparent() is job.article:
        # "l'alinéa 1er devient le paragraphe 1er": the article's only alinéa
        others = [a for a in alineas_of(job.article) if a is not article]
        if others:
            raise UnsupportedOperation(
                f"{job.context.target} would become § {op.label} but the article has "
                f"{len(others)} other alinéa(s) and does not say what they become (an article "
                "holds §§ or alinéas, never both)", context=job.context)
        article = job.article
    elif job.scope != "unit" or local(article) != "article":
        raise UnsupportedOperation(
            f"only an article's text becomes its § {op.label} (the target is "
            f"{job.context.target})", context=job.context)
    _first(job, op, parse_label)
    if article.find(akn("paragraph")) is not None:
        raise LabelConflict(
            f"cannot make the text of {job.context.target} its § {op.label}: the article is "
            "divided into paragraphs already", context=job.context)
    alineas = [child for child in article if local(child) == "alinea"]
    if not alineas:
        raise UnsupportedOperation(f"{job.context.target} has no alinéa to make its "
                                   f"§ {op.label}", context=job.context)

    def commit(mark: int) -> list[etree._Element]:
        paragraph = etree.Element(akn("paragraph"))
        etree.SubElement(paragraph, akn("num")).text = f"§ {op.label}."
        paragraph.set(cns("labelMark"), str(mark))
        article.insert(article.index(alineas[0]), paragraph)
        for alinea in alineas:
            paragraph.append(alinea)
        return [paragraph]

    return Prepared(commit)


def _wrap_point(job: Job, op: WrapUnit) -> Prepared:
    """"le 2°, dont le texte actuel formera le a), est complété par un b)": an item's text
    becomes its first sub-item (the item must hold text and no sub-items yet)."""
    item = job.node
    if job.scope != "unit" or local(item) != "point":
        raise UnsupportedOperation(
            f"only an item's text becomes its {op.label} (the target is "
            f"{job.context.target})", context=job.context)
    _first(job, op, parse_label)
    content = item.find(akn("content"))
    if item.find(akn("list")) is not None or content is None:
        raise LabelConflict(
            f"cannot make the text of {job.context.target} its {op.label}: the item holds "
            "sub-items already, or no text", context=job.context)

    def commit(mark: int) -> list[etree._Element]:
        listing = etree.Element(akn("list"))
        sub = etree.SubElement(listing, akn("point"))
        etree.SubElement(sub, akn("num")).text = op.label
        sub.set(cns("labelMark"), str(mark))
        item.replace(content, listing)
        sub.append(content)
        return [sub]

    return Prepared(commit)


def _wrap_division(job: Job, op: WrapUnit) -> Prepared:
    from .build_units import build_division
    from .structure import _provisional_eids

    division = job.node
    if job.scope != "division" or local(division) not in CONTAINERS:
        raise UnsupportedOperation(
            f"only a division's text becomes its {DIVISION_NAMES[op.unit]} {op.label} (the "
            f"target is {job.context.target})", context=job.context)
    _first(job, op, division_label)
    kind = akn(op.unit)
    if any(child.tag == kind for child in division):
        existing = next(child for child in division if child.tag == kind)
        raise LabelConflict(
            f"cannot make the text of {job.context.target} its {DIVISION_NAMES[op.unit]} "
            f"{op.label}: it holds {DIVISION_NAMES[op.unit]}s already "
            f"({division_label_text(existing)})", context=job.context)
    content = [child for child in division
               if local(child) == "article" or local(child) in CONTAINERS]
    if not content:
        raise UnsupportedOperation(f"{job.context.target} holds no article to put in its "
                                   f"{DIVISION_NAMES[op.unit]} {op.label}", context=job.context)
    new = build_division(NewUnit(kind=op.unit, label=op.label, text=op.heading or ""),
                         job.document, job.context)
    eids = _provisional_eids([new])

    def commit(marks: dict[str, int]) -> list[etree._Element]:
        division.insert(division.index(content[0]), new)
        for child in content:
            new.append(child)
        mark_unit(new, marks[eids[0]], op.source.point)
        return [new]

    return Prepared(lambda mark: [], marks_for=tuple(eids), commit_marks=commit,
                    verbs=dict.fromkeys(eids, "inserted"), structural=True)
