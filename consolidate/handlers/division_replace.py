"""A whole division replaced: "Le chapitre II de la même loi est remplacé par ce qui suit :
"CHAPITRE II. - Nouvel intitulé / Art. 5. … / Art. 5/1. …"".

The quoted division (a :class:`~consolidate.model.NewUnit` of the division's kind, its text
the heading, its children articles) is laid over the old one:

- the heading takes the quoted one (marked);
- a quoted article whose number the division has keeps its element and takes the quoted text
  (marked, its footnote "L …"); a quoted article the division lacks is inserted where its
  number sorts (its footnote "Inséré par"); an old live article the quote lacks is repealed;
- the articles of the result must be in order and free elsewhere in the act (A004); quoted
  sub-divisions, a quote of another kind or number, are refused (A005 / A004).
"""

from __future__ import annotations

from lxml import etree

from ..address_acts import division_label, division_label_of
from ..document import akn, empty_content, is_removed, label_of, local
from ..errors import LabelConflict, LabelMismatch, UnsupportedOperation
from ..model import NewUnit, ReplaceUnit
from ..provenance import mark_unit
from ..text import Label, parse_label
from . import Job, Prepared
from .build_units import build_article, fill_article
from .siblings import STRUCTURAL_KINDS, neighbours


def _quoted(job: Job) -> NewUnit:
    op = job.op
    assert isinstance(op, ReplaceUnit)
    division = job.node
    if len(op.new) != 1 or op.new[0].kind != local(division):
        raise UnsupportedOperation(
            f"a {local(division)} is replaced by one quoted {local(division)}",
            context=job.context)
    unit = op.new[0]
    own = division_label_of(division)
    try:
        same = unit.label is None or (own is not None and division_label(unit.label).same(own))
    except ValueError:
        same = False
    if not same:
        raise LabelMismatch(f"the quoted {unit.kind} is numbered {unit.label}, not the one it "
                            "replaces", context=job.context)
    if any(child.kind != "article" for child in unit.children) or any(
            local(c) in STRUCTURAL_KINDS[1:] for c in division.iter() if c is not division):
        raise UnsupportedOperation("a replaced division with sub-divisions is not supported: "
                                   "replace each of them", context=job.context)
    return unit


def _plan(job: Job, unit: NewUnit) -> tuple[
        list[tuple[etree._Element, NewUnit]], list[etree._Element],
        list[tuple[etree._Element, etree._Element | None]]]:
    """(old articles replaced, old articles repealed, (new article, the element it follows))."""
    division = job.node
    old = list(division.iter(akn("article")))
    by_key = {label_of(a).key(): a for a in old}
    replaced: list[tuple[etree._Element, NewUnit]] = []
    inserted: list[etree._Element] = []
    quoted_keys: set[tuple[int, ...]] = set()
    for child in unit.children:
        key = _key(child, job).key()
        quoted_keys.add(key)
        if key in by_key:
            fresh = etree.Element(akn("article"))
            fill_article(fresh, child, job.context)  # checks the quoted shape now
            replaced.append((by_key[key], child))
        else:
            inserted.append(build_article(child, job.context))
    outside = [a for a in job.document.articles() if a not in old]
    for element in inserted:
        if any(label_of(a).same(label_of(element)) for a in outside):
            raise LabelConflict(f"article {label_of(element).text} exists outside the "
                                f"{local(division)}", context=job.context)
    merged = sorted([*old, *inserted], key=lambda a: label_of(a).key())
    if [a for a in merged if a in old] != old:
        raise LabelConflict(f"the articles of the {local(division)} are not in order",
                            context=job.context)
    _check_ends(job, merged)
    placed = [(a, merged[i - 1] if i else None) for i, a in enumerate(merged) if a in inserted]
    repealed = [a for a in old if label_of(a).key() not in quoted_keys and not is_removed(a)]
    return replaced, repealed, placed


def _check_ends(job: Job, merged: list[etree._Element]) -> None:
    """The first and last articles of the result sit between the articles around the division."""
    division = job.node
    parent = division.getparent()
    if not merged or parent is None:
        return
    index = parent.index(division)
    before, _ = neighbours(job.document, parent, index)
    _, after = neighbours(job.document, parent, index + 1)
    first, last = label_of(merged[0]), label_of(merged[-1])
    if (before is not None and not label_of(before) < first) or (
            after is not None and not last < label_of(after)):
        raise LabelConflict(f"the articles of the new {local(division)} do not fit between the "
                            "articles around it", context=job.context)


def _key(child: NewUnit, job: Job) -> Label:
    try:
        return parse_label(child.label or "")
    except ValueError:
        raise LabelConflict(f"a quoted article has no readable number ({child.label!r})",
                            context=job.context) from None


def prepare_replace_division(job: Job) -> Prepared:
    """Lay a quoted division over the division (see the module docstring)."""
    unit = _quoted(job)
    division = job.node
    replaced, repealed, placed = _plan(job, unit)
    fresh = {id(old): _filled(child, job) for old, child in replaced}
    eids = [division.get("eId") or ""]
    eids += [a.get("eId") or "" for a, _ in replaced] + [a.get("eId") or "" for a in repealed]
    new_eids = [f"art_{label_of(a).eid_part()}" for a, _ in placed]
    point = job.op.source.point

    def commit(marks: dict[str, int]) -> list[etree._Element]:
        _set_heading(division, unit.text, marks[eids[0]], point)
        for old, child in replaced:
            for element in list(old):
                if local(element) != "num":
                    old.remove(element)
            old.attrib.pop("status", "")
            if child.heading:
                etree.SubElement(old, akn("heading")).text = child.heading
            for element in list(fresh[id(old)]):
                old.append(element)
            mark_unit(old, marks[old.get("eId") or ""], point)
        for old in repealed:
            empty_content(old)
            old.set("status", "removed")
            mark_unit(old, marks[old.get("eId") or ""], point)
        for (element, after), eid in zip(placed, new_eids, strict=True):
            if after is None:
                first = next(iter(division.iter(akn("article"))), None)
                if first is not None and first.getparent() is not None:
                    first.addprevious(element)
                else:
                    division.append(element)
            else:
                after.addnext(element)
            element.set("eId", eid)
            mark_unit(element, marks[eid], point)
        return [division, *(a for a, _ in replaced), *repealed, *(a for a, _ in placed)]

    return Prepared(lambda mark: [], marks_for=tuple(eids + new_eids), commit_marks=commit,
                    verbs=dict.fromkeys(new_eids, "inserted"), structural=True)


def _filled(child: NewUnit, job: Job) -> etree._Element:
    holder = etree.Element(akn("article"))
    fill_article(holder, child, job.context)
    return holder


def _set_heading(division: etree._Element, text: str, mark: int, point: str | None) -> None:
    heading = division.find(akn("heading"))
    if heading is None:
        heading = etree.Element(akn("heading"))
        num = division.find(akn("num"))
        division.insert(division.index(num) + 1 if num is not None else 0, heading)
    for child in list(heading):
        heading.remove(child)
    heading.text = text
    heading.attrib.pop("status", "")
    mark_unit(heading, mark, point)
    division.attrib.pop("{urn:x-consolidate:1}raw", "")
