"""Handlers of the unit operations: insert_unit, replace_unit, repeal_unit.

- inserted alinéas go at the end of their container (they continue the count) or next to an
  anchor; inserted items go into the enumeration and must continue its labels ("complété par
  le 3°" needs 1° and 2° and no 3°, tombstones included, and a label of the list's family);
  an item completed by a label of another family ("le a) est complété par le 3)") gets it at
  the end of its own sub-list;
- a replaced unit keeps its element (so other targets of the same amending article stay
  valid); the quote's label must be the unit's own (else ``LabelMismatch``, A006: never a
  silent relabelling), and further quoted units must fit between it and its next sibling
  (``LabelConflict``, A004);
- a repealed alinéa becomes a tombstone that is not counted; a repealed article, paragraph or
  item keeps its label (a gap); a repealed sentence disappears from its p.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from lxml import etree

from ..address import enumeration_of, nth_alinea, sentence_spans
from ..document import (
    akn,
    alineas_of,
    cns,
    empty_content,
    label_of,
    label_text,
    local,
    make_alinea,
    make_num,
    make_point,
    units,
)
from ..errors import (
    AddressError,
    LabelConflict,
    LabelMismatch,
    TargetNotFound,
    TextNotFound,
    UnsupportedOperation,
)
from ..model import InsertUnit, NewUnit, RepealUnit, ReplaceUnit
from ..provenance import mark_unit
from ..text import Label, parse_label
from . import Job, Prepared, p_text, unit_of
from .labels import check_between, check_end_label, family, romanized
from .richtext import Edit, Run, apply_edit, mark_attrib, remove_edit, replace_edit, write_runs


def build(unit: NewUnit, kind: str, job: Job) -> etree._Element:
    """The element of a quoted new unit, as a unit of ``kind``."""
    if kind == "paragraph" and unit.label:  # its alinéas (a § of several), or its items
        from .build_units import build_paragraph

        return build_paragraph(unit, job.context)
    from .build_units import build_item

    # a tiret is an item labelled "-" ("Le Roi fixe : - les modalités; - …")
    children = [build_item(child, job.context) if child.kind == "tiret"
                else build(child, "point", job) for child in unit.children]
    if kind == "alinea":
        return make_alinea(unit.text, children or None)
    label = unit.label
    if not label:
        raise UnsupportedOperation(
            f"the new {kind} has no label in the quoted text", context=job.context
        )
    if kind == "point":
        return make_point(label, unit.text, children or None)
    element = etree.Element(akn(kind))
    element.append(make_num(f"§ {label}." if kind == "paragraph" else f"Art. {label}."))
    element.append(make_alinea(unit.text, children or None))
    return element


def _label(unit: NewUnit, job: Job) -> Label:
    try:
        return parse_label(unit.label or "")
    except ValueError:
        raise LabelConflict(
            f"the new {unit.kind} has no readable label ({unit.label!r})", context=job.context
        ) from None


def _anchor(container: etree._Element, job: Job, kind: str) -> etree._Element:
    op = job.op
    assert isinstance(op, InsertUnit)
    step = op.anchor
    if step is None:
        if local(job.node) == kind:
            return job.node
        raise UnsupportedOperation(
            f"an insertion {op.position} needs the unit it goes {op.position}",
            context=job.context,
        )
    if step.unit == "alinea":
        alineas = alineas_of(container)
        found = nth_alinea(alineas, step.label)
        if found is not None:
            return found
        raise TargetNotFound(
            f"{step.describe()} does not exist: the container has {len(alineas)} alinéas",
            context=job.context,
        )
    wanted = parse_label(step.label)
    for child in container:
        if local(child) == kind and child.find(akn("num")) is not None and \
                label_of(child).same(wanted):
            return child
    raise TargetNotFound(f"{step.describe()} does not exist", context=job.context)


def _place(container: etree._Element, kind: str, job: Job) -> tuple[etree._Element, int]:
    """Parent and index where the new units go."""
    op = job.op
    assert isinstance(op, InsertUnit)
    if op.position == "end" and local(job.node) != kind:
        return container, len(container)
    anchor = _anchor(container, job, kind)
    parent = anchor.getparent()
    assert parent is not None
    index = parent.index(anchor)
    return parent, index + 1 if op.position in ("after", "end") else index


def _container(job: Job, kind: str) -> etree._Element:
    node = job.node
    here = job.context.target
    if kind == "alinea":
        if local(node) == "alinea":
            parent = node.getparent()
            assert parent is not None
            return parent
        if local(node) == "article" and units(node, "paragraph"):
            raise UnsupportedOperation(
                "cannot add alinéas to an article divided into paragraphs: name the §",
                context=job.context,
            )
        return node
    if kind == "point":
        if local(node) == "point" and node.getparent() is not None and \
                (job.op.target.path and job.op.target.path[-1].unit == "point"):
            parent = node.getparent()
            assert parent is not None
            if isinstance(job.op, InsertUnit):  # next to the item (its own list: _own_list)
                return parent
        try:
            owner = enumeration_of(node, here)
        except AddressError as error:
            raise TargetNotFound(error.message, context=job.context) from None
        listing = owner.find(akn("list"))
        assert listing is not None
        return listing
    if kind == "paragraph":
        return node
    parent = node.getparent()
    assert parent is not None
    return parent


def _own_list(job: Job, kind: str) -> etree._Element | None:
    """The item's own sub-list when appending to an item a label of another family.

    "le a) est complété par le 3)": the target a) has sub-items 1), 2); 3) goes at the end of
    that sub-list, not after a) among b), c).
    """
    op = job.op
    node = job.node
    if not (isinstance(op, InsertUnit) and op.position == "end" and op.anchor is None
            and kind == "point" and local(node) == "point" and op.new):
        return None
    listing = node.find(akn("list"))
    if listing is None:
        return None
    try:
        new, mine = parse_label(op.new[0].label or ""), label_of(node)
    except ValueError:
        return None
    return listing if family(new) != family(mine) else None


def prepare_insert(job: Job) -> Prepared:
    """Insert new units at the end of the target container or next to an anchor."""
    op = job.op
    assert isinstance(op, InsertUnit)
    if not op.new:
        raise UnsupportedOperation("nothing to insert", context=job.context)
    kind = op.new[0].kind
    if any(unit.kind != kind for unit in op.new):
        raise UnsupportedOperation("cannot insert units of different kinds at once",
                                   context=job.context)
    if op.announced_count is not None and op.announced_count != len(op.new):
        raise UnsupportedOperation(
            f"the formula announces {op.announced_count} units but the quote has {len(op.new)}",
            context=job.context,
        )
    own = _own_list(job, kind)
    if own is not None:
        parent, index = own, len(own)
    else:
        parent, index = _place(_container(job, kind), kind, job)
    elements = [build(unit, kind, job) for unit in op.new]
    if kind != "alinea":
        siblings = [c for c in parent if local(c) == kind and c.find(akn("num")) is not None]
        existing = [label_of(c) for c in siblings]
        labels = [_label(unit, job) for unit in op.new]
        existing = romanized(existing, existing + labels)
        at = len([c for c in siblings if parent.index(c) < index])
        for unit, label in zip(op.new, romanized(labels, existing + labels), strict=True):
            text = unit.label or ""
            if op.position == "end" and index == len(parent):
                check_end_label(label, existing, text, job)
                existing.append(label)
            else:
                check_between(label, existing, at, text, job)
                existing.insert(at, label)
                at += 1
    note_eid = None
    if kind == "article":
        note_eid = f"art_{_label(op.new[0], job).eid_part()}"

    def commit(mark: int) -> list[etree._Element]:
        for offset, element in enumerate(elements):
            parent.insert(index + offset, element)
            mark_unit(element, mark, op.source.point)
        return elements

    return Prepared(commit, note_eid=note_eid)


def designated_sentence_span(job: Job) -> tuple[int, int]:
    step = job.last_step
    assert step is not None
    text = p_text(job.node)
    if step.label.startswith("#"):
        spans = sentence_spans(text)
        rank = job.sentence
        if rank is None:  # a Job built without the resolver's rank: count in this p only
            number = int(step.label[1:])
            rank = number - 1 if number > 0 else len(spans) + number
        return _numbered_span(job, text, spans, rank)
    from .sentences import sentence_span

    span = sentence_span(text, step.label)
    if span is None:
        raise TextNotFound(f"the {step.describe()} is not in the unit once",
                           context=replace(job.context, looked_for=step.label, found=text))
    return span


def _numbered_span(
    job: Job, text: str, spans: list[tuple[int, int]], rank: int
) -> tuple[int, int]:
    """The span of the sentence designated by number, found again after earlier points of
    the same amending article changed its ``p`` (the rank is the one before the article)."""
    wanted = job.sentence_text
    if 0 <= rank < len(spans) and (wanted is None or text[slice(*spans[rank])] == wanted):
        return spans[rank]
    same = [span for span in spans if text[slice(*span)] == wanted]
    if wanted is not None and len(same) == 1:
        return same[0]
    plural = "sentence" if len(spans) == 1 else "sentences"
    raise TargetNotFound(
        f"the sentence designated by number is no longer there (its text now has {len(spans)} "
        f"{plural}; an earlier point of the same amending article changed it)",
        context=job.context,
    )


def prepare_replace(job: Job) -> Prepared:
    """Replace a unit's content (a labelled unit takes the quoted label)."""
    op = job.op
    assert isinstance(op, ReplaceUnit)
    node = job.node
    kind = local(node)
    if not op.new:
        raise UnsupportedOperation("no replacement text", context=job.context)
    if kind in ("p", "intro"):
        if any(unit.children for unit in op.new) or (
                len(op.new) > 1 and any(unit.kind != "sentence" for unit in op.new)):
            # "la première phrase est remplacée par ce qui suit : "… : 1° …; 2° …"": the items
            # (or the alinéas after the first) would be lost in the sentence's text
            what = "an enumeration" if any(unit.children for unit in op.new) else \
                f"{len(op.new)} alinéas"
            raise UnsupportedOperation(
                f"a sentence or an introductory phrase replaced by {what}: what becomes of "
                "the rest of its alinéa the text does not say (not modelled; a sentence "
                "takes new sentences)", context=job.context)
        new_text = " ".join(unit.text for unit in op.new)
        if kind == "p":
            start, end = designated_sentence_span(job)
            edit = replace_edit(p_text(node), start, end, new_text)
            return Prepared(_edit_commit(node, edit, op.source.point))
        p = node.find(akn("p"))

        def commit_intro(mark: int) -> list[etree._Element]:
            target = p if p is not None else etree.SubElement(node, akn("p"))
            write_runs(target, [Run(new_text, akn("span"), mark_attrib(mark, op.source.point))])
            return [unit_of(node)]

        return Prepared(commit_intro)
    if kind not in ("alinea", "point", "paragraph", "article"):
        raise UnsupportedOperation(f"cannot replace a <{kind}>", context=job.context)
    check_replacement_labels(node, op.new, job)
    if kind == "alinea":
        _check_alinea_items(op.new, job)
    build_kind = "alinea" if kind == "article" else kind
    first = op.new[0]
    if kind in ("point", "paragraph") and not first.label:
        first = first.model_copy(update={"label": label_text(node)})
    elements = [build(first, build_kind, job)] + [build(u, build_kind, job) for u in op.new[1:]]

    def commit(mark: int) -> list[etree._Element]:
        head, rest = elements[0], elements[1:]
        if kind == "article":
            for child in list(node):
                if local(child) != "num":
                    node.remove(child)
            for element in elements:
                node.append(element)
                mark_unit(element, mark, op.source.point)
            return [node]
        kept = _article_references(node)
        for child in list(node):
            node.remove(child)
        for child in list(head):
            node.append(child)
        _restore_references(node, kept)
        mark_unit(node, mark, op.source.point)
        parent = node.getparent()
        assert parent is not None
        index = parent.index(node)
        for offset, element in enumerate(rest, 1):
            parent.insert(index + offset, element)
            mark_unit(element, mark, op.source.point)
        return [node, *rest]

    return Prepared(commit)


def _check_alinea_items(new: tuple[NewUnit, ...], job: Job) -> None:
    """An alinéa replaced by labelled items ("l'alinéa 2 est remplacé par ce qui suit : "1°
    …; 2° …""): an alinéa takes no label, and the items' labels were dropped (their texts
    became alinéas, silently). Refused: which enumeration the items belong to the text does
    not say. (A § restated, "l'alinéa 1er du § 1er est remplacé par : "§ 1er. …"", is no item.)"""
    for unit in new:
        if unit.kind == "point" and unit.label:
            raise LabelMismatch(
                f"the new text is the item {unit.label} but replaces an alinéa: an alinéa has "
                "no label (the item's would be lost); which enumeration it belongs to the text "
                "does not say", context=job.context)


def _article_references(unit: etree._Element) -> list[etree._Element]:
    """The older references right after the article's number (``Art. 7bis. <Inséré par L
    …>``) when ``unit`` holds the article's first line: they are the article's, not the
    unit's, and stay when the unit is replaced. Empty otherwise."""
    article = next((a for a in unit.iterancestors(akn("article"))), None)
    first = next(unit.iter(akn("p")), None)
    if article is None or first is None or next(article.iter(akn("p")), None) is not first \
            or (first.text or "").strip():
        return []
    kept: list[etree._Element] = []
    for child in first:
        if not (child.get(cns("style")) == "old" and child.get(cns("ref")) is not None):
            break
        kept.append(child)
        if (child.tail or "").strip():
            break
    return [_anchor_copy(anchor) for anchor in kept]


def _anchor_copy(anchor: etree._Element) -> etree._Element:
    copy = etree.Element(anchor.tag)
    for name, value in anchor.attrib.items():
        copy.set(name, value)
    return copy


def _restore_references(unit: etree._Element, kept: list[etree._Element]) -> None:
    """Put the article's references back in front of the unit's new first line."""
    first = next(unit.iter(akn("p")), None)
    if not kept or first is None:
        return
    kept[-1].tail = first.text
    first.text = None
    for index, anchor in enumerate(kept):
        first.insert(index, anchor)


def check_replacement_labels(node: etree._Element, new: tuple[NewUnit, ...], job: Job) -> None:
    """The labels of a replacing text agree with the unit it replaces and its siblings.

    The first quoted unit must carry the replaced unit's label (or none); a unit of an
    article (which replaces the article's content) must carry the article's. Further quoted
    units of the same kind follow the replaced one: their labels must be free and sit before
    its next sibling ("le 2° est remplacé par : "2° …; 2°/1 …"").
    """
    kind = local(node)
    if kind not in ("point", "paragraph", "article"):
        return
    current = label_of(node)
    name = {"point": "item", "paragraph": "§", "article": "article"}[kind]
    for unit in new if kind == "article" else new[:1]:
        if unit.label and not _label(unit, job).same(current):
            raise LabelMismatch(
                f"the new text is labelled {unit.label} but replaces {name} {current.text}: "
                "a replacement keeps the unit's label (renumbering needs its own formula)",
                context=job.context,
            )
    parent = node.getparent()
    if kind == "article" or parent is None or family(current) == "dash":
        return
    siblings = [c for c in parent if local(c) == kind and c.find(akn("num")) is not None]
    existing = [label_of(c) for c in siblings]
    at = siblings.index(node) + 1
    for unit in new[1:]:
        if unit.kind == kind and unit.label:
            check_between(_label(unit, job), existing, at, unit.label, job)
            existing.insert(at, _label(unit, job))
            at += 1


def _edit_commit(
    p: etree._Element, edit: Edit, point: str | None
) -> Callable[[int], list[etree._Element]]:
    def commit(mark: int) -> list[etree._Element]:
        apply_edit(p, edit, mark, point)
        unit = unit_of(p)
        if local(unit) == "alinea" and not p_text(p).strip():
            empty_content(unit)
            unit.set("status", "removed")
            mark_unit(unit, mark, point)
        return [unit]

    return commit


def prepare_repeal(job: Job) -> Prepared:
    """Repeal a unit: tombstone (alinéa: not counted; others: a gap) or a sentence."""
    op = job.op
    assert isinstance(op, RepealUnit)
    node = job.node
    kind = local(node)
    if kind == "p":
        start, end = designated_sentence_span(job)
        return Prepared(_edit_commit(node, remove_edit(p_text(node), start, end),
                                     op.source.point))
    if kind not in ("alinea", "point", "paragraph", "article"):
        raise UnsupportedOperation(f"cannot repeal a <{kind}> as a unit", context=job.context)

    def commit(mark: int) -> list[etree._Element]:
        empty_content(node)
        node.set("status", "removed")
        mark_unit(node, mark, op.source.point)
        return [node]

    return Prepared(commit)
