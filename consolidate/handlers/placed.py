"""Units placed by their label or at the start, and tirets (dash items).

- "il est inséré un § 3/1" (position ``label``): the § goes after the last § whose label is
  lower (3/1 after 3, before 3bis and 4), among the §§ of the article; the same for items
  among the items of their enumeration ("il est inséré un 2/1°"); an alinéa has no label, so
  an alinéa placed by label is refused (A005: name the alinéa it goes after);
- position ``start``: before the first unit of that kind; its label must be lower;
- a label already used (a tombstone too) is a :class:`~consolidate.errors.LabelConflict`;
- tirets have no number: they go at the end of a list of tirets, or next to the tiret named;
  a list numbered otherwise refuses them. "le 3° est complété par un tiret": the 3°'s own
  tirets (an item without a list: A005); "il est inséré, après le premier tiret (du 3°), un
  tiret": next to that tiret of the target (a missing one: A003).
"""

from __future__ import annotations

import itertools

from lxml import etree

from ..address import find_tiret
from ..document import akn, label_of, local
from ..errors import AddressError, LabelConflict, TargetNotFound, UnsupportedOperation
from ..model import InsertUnit
from ..provenance import mark_unit
from ..text import Label, parse_label
from . import Job, Prepared
from .blocks import _container, build
from .build_units import build_item, build_paragraph
from .labels import check_family, romanized


def _label(text: str | None, job: Job) -> Label:
    try:
        return parse_label(text or "")
    except ValueError:
        raise LabelConflict(f"the new unit has no readable label ({text!r})",
                            context=job.context) from None


def _kind_container(job: Job, kind: str) -> etree._Element:
    if kind == "paragraph":
        node = job.node
        if local(node) == "paragraph":
            parent = node.getparent()
            assert parent is not None
            return parent
        if local(node) != "article":
            raise UnsupportedOperation("a § can only be inserted into an article",
                                       context=job.context)
        return node
    path = job.op.target.path
    if kind == "tiret" and _tiret_anchor(job) is not None:
        anchor = _tiret_anchor(job)
        assert anchor is not None
        parent = anchor.getparent()
        assert parent is not None
        return parent
    if kind == "tiret" and local(job.node) == "point" and path and path[-1].unit == "tiret":
        parent = job.node.getparent()  # next to the tiret named: its own list
        assert parent is not None
        return parent
    if kind == "tiret" and local(job.node) == "point" and path and path[-1].unit == "point" \
            and isinstance(job.op, InsertUnit) and job.op.anchor is None:
        # "le 3° est complété par un tiret rédigé comme suit": the 3°'s own tirets
        own = job.node.find(akn("list"))
        if own is None:
            raise UnsupportedOperation(
                "the item has no tirets to complete: a first tiret would turn its text into "
                "an introduction, which the act does not say", context=job.context)
        return own
    return _container(job, "point" if kind == "tiret" else kind)


def _element(job: Job, kind: str) -> list[etree._Element]:
    op = job.op
    assert isinstance(op, InsertUnit)
    if kind == "paragraph":
        return [build_paragraph(unit, job.context) for unit in op.new]
    if kind in ("point", "tiret"):
        return [build_item(unit, job.context) for unit in op.new]
    if kind == "alinea":
        return [build(unit, "alinea", job) for unit in op.new]
    raise UnsupportedOperation(f"cannot insert a {kind} here", context=job.context)


def _index_of_kind(container: etree._Element, tag: str, position: int) -> int:
    """Index in ``container`` before its ``position``-th child of ``tag`` (end: after the
    last one, before a ``wrapUp``)."""
    children = [c for c in container if local(c) == tag]
    if position < len(children):
        return container.index(children[position])
    if children:
        return container.index(children[-1]) + 1
    wrap = container.find(akn("wrapUp"))
    return container.index(wrap) if wrap is not None else len(container)


def prepare_insert_placed(job: Job) -> Prepared:
    """Insert §§ or items by label or at the start, or tirets."""
    op = job.op
    assert isinstance(op, InsertUnit)
    kind = op.new[0].kind
    if any(unit.kind != kind for unit in op.new):
        raise UnsupportedOperation("cannot insert units of different kinds at once",
                                   context=job.context)
    tag = "point" if kind == "tiret" else kind
    container = _kind_container(job, kind)
    elements = _element(job, kind)
    if kind == "tiret":
        index = _tiret_index(job, container)
    elif kind == "alinea":
        if op.position == "label":
            raise UnsupportedOperation(
                "an alinéa has no label to be placed by: name the alinéa it goes after",
                context=job.context)
        index = _index_of_kind(container, "alinea", 0)
    else:
        index = _labelled_index(job, container, tag)

    def commit(mark: int) -> list[etree._Element]:
        for offset, element in enumerate(elements):
            container.insert(index + offset, element)
            mark_unit(element, mark, op.source.point)
        return elements

    return Prepared(commit)


def _labelled_index(job: Job, container: etree._Element, tag: str) -> int:
    op = job.op
    assert isinstance(op, InsertUnit)
    siblings = [c for c in container if local(c) == tag and c.find(akn("num")) is not None]
    existing = [label_of(c) for c in siblings]
    new = [_label(unit.label, job) for unit in op.new]
    existing, new = romanized(existing, existing + new), romanized(new, existing + new)
    if tag == "point":
        for label, unit in zip(new, op.new, strict=True):
            check_family(label, existing, unit.label or "", job)
    for label in new:
        if any(other.same(label) for other in existing):
            raise LabelConflict(
                f"cannot insert {label.text}: it already exists (or existed and was repealed; "
                "reusing a label needs 'rétabli')", context=job.context)
    for first, second in itertools.pairwise(new):
        if not first < second:
            raise LabelConflict(f"the new units {first.text} and {second.text} are not in "
                                "order", context=job.context)
    if op.position == "start":
        if existing and not new[-1] < existing[0]:
            raise LabelConflict(f"cannot insert {new[-1].text} at the start: "
                                f"{existing[0].text} comes first", context=job.context)
        return _index_of_kind(container, tag, 0)
    rank = len([label for label in existing if label < new[0]])
    if rank < len(existing) and not new[-1] < existing[rank]:
        raise LabelConflict(f"cannot insert {new[-1].text}: {existing[rank].text} follows "
                            "it", context=job.context)
    return _index_of_kind(container, tag, rank)


def _tiret_anchor(job: Job) -> etree._Element | None:
    """The tiret named as the place ("il est inséré, après le premier tiret, un tiret …"),
    among the tirets of the target (TargetNotFound if it has fewer); None without one."""
    op = job.op
    assert isinstance(op, InsertUnit)
    if op.anchor is None or op.anchor.unit != "tiret":
        return None
    try:
        return find_tiret(job.node, op.anchor, job.op.target.describe(), op.anchor.describe())
    except AddressError as error:
        raise TargetNotFound(error.message, context=job.context) from None


def _tiret_index(job: Job, container: etree._Element) -> int:
    op = job.op
    assert isinstance(op, InsertUnit)
    items = [c for c in container if local(c) == "point"]
    odd = [c for c in items if label_of(c).style != "dash"]
    if odd:
        raise LabelConflict(
            f"cannot add a tiret to a list numbered {label_of(odd[0]).text}, …: it is of "
            "another kind", context=job.context)
    anchor = _tiret_anchor(job)
    if anchor is not None and op.position in ("after", "before"):
        index = container.index(anchor)
        return index + 1 if op.position == "after" else index
    if op.position in ("after", "before") and local(job.node) == "point":
        index = container.index(job.node)
        return index + 1 if op.position == "after" else index
    if op.position == "start":
        return _index_of_kind(container, "point", 0)
    if op.position in ("after", "before"):
        raise UnsupportedOperation(f"an insertion {op.position} needs the tiret it goes "
                                   f"{op.position}", context=job.context)
    return _index_of_kind(container, "point", len(items))

