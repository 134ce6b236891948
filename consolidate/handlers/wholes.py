"""Whole articles, ranges and divisions: repeal, replace, restore (rétabli).

- a range of articles ("les articles 5 à 8 sont abrogés") repeals every live article of it;
  each becomes a tombstone with its own footnote, as Justel gives each repealed article its
  own note;
- a repealed division: every live article in it is repealed (each with its footnote) and the
  division and its sub-divisions become tombstones (``status="removed"``, marked) that keep
  their number and heading; repealing the whole act repeals every live article;
- a range of items or alinéas ("les 2° à 4° sont abrogés") repeals each of them; replaced,
  its units take the quoted units in order: the first units keep their elements and take the
  new labels, units left over are repealed, new units beyond the range follow its last unit;
  the labels of the list must stay unique and in order;
- "l'article 5 est remplacé par ce qui suit : Art. 5. …" gives the article the quoted §§ or
  alinéas (and title); the quoted number must be the article's;
- "l'article 39, abrogé par …, est rétabli dans la rédaction suivante" gives a tombstone
  (article, § or item) its text back; the footnote says "rétabli par".
"""

from __future__ import annotations

import itertools

from lxml import etree

from ..document import (
    CONTAINERS,
    akn,
    cns,
    empty_content,
    is_removed,
    label_of,
    label_text,
    local,
)
from ..errors import LabelConflict, LabelMismatch, UnsupportedOperation
from ..model import NewUnit, ReplaceUnit, RestoreUnit
from ..provenance import mark_unit
from ..text import Label, parse_label
from . import Job, Prepared
from .blocks import build
from .build_units import build_item, fill_article


def _tombstone(unit: etree._Element, mark: int, point: str | None) -> None:
    empty_content(unit)
    unit.set("status", "removed")
    mark_unit(unit, mark, point)


def prepare(job: Job) -> Prepared:
    """Repeal (or replace) a division, the act, or a range."""
    op = job.op
    if op.op == "repeal_unit":
        if job.units and local(job.units[0]) == "article":
            return _repeal_articles(job, list(job.units), [])
        if job.units:
            return _repeal_units(job)
        articles = [a for a in job.node.iter(akn("article")) if not is_removed(a)]
        divisions = [] if job.scope == "act" else [
            d for d in job.node.iter(*(akn(tag) for tag in CONTAINERS)) if not is_removed(d)]
        return _repeal_articles(job, articles, divisions)
    if op.op == "replace_unit" and job.units and local(job.units[0]) != "article":
        return _replace_units(job)
    if op.op == "replace_unit" and job.scope == "division":
        from .division_replace import prepare_replace_division

        return prepare_replace_division(job)
    if op.op in ("replace_words", "repeal_words") and (
            not job.units or local(job.units[0]) == "article"):
        from . import words_wide

        return words_wide.prepare(job)
    what = "a range of articles" if job.units else (
        "the whole act" if job.scope == "act" else "a division")
    raise UnsupportedOperation(
        f"{op.op} on {what} is not supported: name the article (words are changed article "
        "by article, each with its footnote)", context=job.context)


def _repeal_articles(
    job: Job, articles: list[etree._Element], divisions: list[etree._Element]
) -> Prepared:
    point = job.op.source.point
    eids = [a.get("eId") or f"art_{label_of(a).eid_part()}" for a in articles]
    eids += [d.get("eId") or "" for d in divisions]
    if not articles and not divisions:
        raise UnsupportedOperation("nothing to repeal: every article is already repealed",
                                   context=job.context)

    def commit(marks: dict[str, int]) -> list[etree._Element]:
        for element, eid in zip([*articles, *divisions], eids, strict=True):
            if local(element) == "article":
                _tombstone(element, marks[eid], point)
            else:
                element.set("status", "removed")
                mark_unit(element, marks[eid], point)
                element.attrib.pop(cns("raw"), "")  # its old Justel line no longer holds
        return [*articles, *divisions]

    return Prepared(lambda mark: [], marks_for=tuple(eids), commit_marks=commit,
                    structural=bool(divisions))


def _repeal_units(job: Job) -> Prepared:
    units = list(job.units)
    point = job.op.source.point

    def commit(mark: int) -> list[etree._Element]:
        for unit in units:
            _tombstone(unit, mark, point)
        return units

    return Prepared(commit)


def _replace_units(job: Job) -> Prepared:
    op = job.op
    assert isinstance(op, ReplaceUnit)
    units = list(job.units)
    kind = local(units[0])
    new = [_built(unit, kind, job) for unit in op.new]
    if kind == "point":
        _check_list_labels(job, units, op.new)
    kept, extra, left = new[: len(units)], new[len(units):], units[len(new):]
    point = op.source.point

    def commit(mark: int) -> list[etree._Element]:
        for unit, element in zip(units, kept, strict=False):
            for child in list(unit):
                unit.remove(child)
            for child in list(element):
                unit.append(child)
            mark_unit(unit, mark, point)
        for unit in left:
            _tombstone(unit, mark, point)
        last = units[min(len(units), len(new)) - 1]
        parent = last.getparent()
        assert parent is not None
        for offset, element in enumerate(extra, 1):
            parent.insert(parent.index(last) + offset, element)
            mark_unit(element, mark, point)
        return [*units, *extra]

    return Prepared(commit)


def _built(unit: NewUnit, kind: str, job: Job) -> etree._Element:
    if kind == "point":
        return build_item(unit, job.context)
    if kind == "alinea":
        return build(unit, "alinea", job)
    raise UnsupportedOperation(f"cannot replace a range of <{kind}>", context=job.context)


def _check_list_labels(job: Job, units: list[etree._Element], new: tuple[NewUnit, ...]) -> None:
    parent = units[0].getparent()
    assert parent is not None
    labels: list[Label] = []
    replaced = {id(u) for u in units}
    done = False
    for child in parent:
        if local(child) != "point":
            continue
        if id(child) in replaced:
            if not done:
                labels.extend(parse_label(u.label or "-") for u in new)
                done = True
            continue
        labels.append(label_of(child))
    numbered = [label for label in labels if label.style != "dash"]
    for first, second in itertools.pairwise(numbered):
        if not first < second:
            raise LabelConflict(
                f"after the replacement the items would read {first.text} then {second.text}: "
                "not in order (or twice the same)", context=job.context)


def prepare_replace_article(job: Job) -> Prepared:
    """"L'article 5 est remplacé par ce qui suit : Art. 5. …"."""
    op = job.op
    assert isinstance(op, ReplaceUnit)
    if len(op.new) != 1:
        raise UnsupportedOperation("one article replaces one article", context=job.context)
    unit = op.new[0]
    _same_label(job, unit)
    article = job.node
    fresh = etree.Element(akn("article"))
    fill_article(fresh, unit, job.context)  # checks the quoted shape before any change

    def commit(mark: int) -> list[etree._Element]:
        _refill(article, fresh, unit.heading)
        mark_unit(article, mark, op.source.point)
        return [article]

    return Prepared(commit)


def _same_label(job: Job, unit: NewUnit) -> None:
    if unit.label is None:
        return
    try:
        same = parse_label(unit.label).same(label_of(job.node))
    except ValueError:
        same = False
    if not same:
        name = {"point": "item", "paragraph": "§", "article": "article"}[local(job.node)]
        raise LabelMismatch(
            f"the new text is labelled {unit.label} but replaces {name} "
            f"{label_text(job.node)}: a replacement keeps the unit's label (renumbering needs "
            "its own formula)", context=job.context)


def _refill(target: etree._Element, source: etree._Element, heading: str | None) -> None:
    for child in list(target):
        if local(child) != "num":
            target.remove(child)
    if heading:
        etree.SubElement(target, akn("heading")).text = heading
    for child in list(source):
        target.append(child)


def prepare_restore(job: Job) -> Prepared:
    """A tombstone gets its text back; its footnote says "rétabli par"."""
    op = job.op
    assert isinstance(op, RestoreUnit)
    node = job.node
    kind = local(node)
    if not is_removed(node):
        raise UnsupportedOperation(f"{job.context.target} is not repealed: it cannot be "
                                   "restored", context=job.context)
    if not op.new:
        raise UnsupportedOperation("no text to restore", context=job.context)
    fresh = _restored_content(job, kind)
    eid = job.article.get("eId") or ""  # the footnote is the article's

    def commit(marks: dict[str, int]) -> list[etree._Element]:
        node.attrib.pop("status", "")
        for attribute in ("raw", "rawBreak", "style", "labelMark"):
            node.attrib.pop(cns(attribute), "")
        heading = op.new[0].heading if kind == "article" else None
        _refill(node, fresh, heading)
        mark_unit(node, marks[eid], op.source.point)
        return [node]

    return Prepared(lambda mark: [], marks_for=(eid,), commit_marks=commit,
                    verbs={eid: "restored"})


def _restored_content(job: Job, kind: str) -> etree._Element:
    op = job.op
    assert isinstance(op, RestoreUnit)
    unit = op.new[0]
    if kind in ("article", "paragraph", "point") and unit.kind == kind:
        _same_label(job, unit)
    holder = etree.Element(akn(kind))
    if kind == "article":
        if unit.kind == "article":
            fill_article(holder, unit, job.context)
        else:
            for alinea in op.new:
                holder.append(build(alinea, "alinea", job))
        return holder
    if kind == "paragraph":
        built = build(unit.model_copy(update={"label": label_text(job.node)}), "paragraph", job)
    elif kind == "point":
        built = build_item(unit.model_copy(update={"label": label_text(job.node)}),
                           job.context)
    else:
        raise UnsupportedOperation(
            f"cannot restore a <{kind}> (a division: restore its articles and its heading)",
            context=job.context)
    for child in list(built):
        if local(child) == "num":
            built.remove(child)
    return built

