"""Act-level and structural operations: which handler, and the insertion of articles,
divisions and units placed by label.

:func:`prepare` picks the handler of an operation that is not a plain unit or words
operation (a whole act, a division, a range, a heading, the act's title, a restore, a
renumbering, an article or division inserted, a unit placed by its label, a tiret) and
returns None for the others (then :mod:`.blocks` and :mod:`.words` handle them).

Placement (docs/apply.md, "Articles and divisions"):

- ``end`` / ``start`` of the act or of a division, ``after`` / ``before`` an anchor (an
  article or a division), or ``label``: an article goes right after the last article whose
  label is lower (10/1 after 10 and 10bis… no: after 10, before 10bis — the labels' order is
  4 < 4/1 < 4/2 < 4bis < 4bis/1 < 4ter < 5, the order of the Code pénal: 442, 442/1, 442bis);
- wherever it goes, the new articles must sit between the articles before and after them in
  document order, and no article may already have their label (a repealed one neither: that
  is "rétabli"), else :class:`~consolidate.errors.LabelConflict`.
"""

from __future__ import annotations

import dataclasses
import itertools

from lxml import etree

from ..address_acts import division_label, division_label_of, division_label_text, find_article_in
from ..document import CONTAINERS, akn, label_of, label_text, local
from ..errors import AddressError, LabelConflict, TargetNotFound, UnsupportedOperation
from ..model import InsertUnit, NewUnit, ReplaceUnit, RestoreUnit
from ..provenance import mark_unit
from ..text import Label, parse_label
from . import Job, Prepared
from .holding import Held, held_articles, held_place
from .siblings import STRUCTURAL_KINDS, neighbours


def prepare(job: Job) -> Prepared | None:
    """The prepared operation when it is act-level or structural, else None."""
    from . import headings, renumbering, wholes, wrapping

    op = job.op
    if op.op == "wrap_unit":
        return wrapping.prepare_wrap(job)
    if op.op == "renumber":
        return renumbering.prepare_renumber(job)
    if op.op == "restore_unit":
        return wholes.prepare_restore(job)
    if job.scope in ("heading", "title"):
        return headings.prepare(job)
    if isinstance(op, InsertUnit | ReplaceUnit | RestoreUnit) and not op.new and (
            job.scope != "unit" or job.units or isinstance(op, RestoreUnit)
            or (isinstance(op, InsertUnit) and op.position in ("label", "start"))):
        raise UnsupportedOperation("no quoted text: nothing to insert or put in place",
                                   context=job.context)
    if isinstance(op, InsertUnit):
        kinds = {unit.kind for unit in op.new}
        if kinds & set(STRUCTURAL_KINDS):
            return prepare_insert_structural(job)
        if kinds == {"heading"} and job.scope == "division":  # "il est inséré un intitulé"
            return headings.prepare(dataclasses.replace(job, scope="heading"))
        if kinds == {"sentence"} and job.scope == "unit":  # "complété par la phrase suivante"
            if op.anchor is not None and op.anchor.unit == "sentence":
                # "insérée entre la phrase commençant par les mots "…" et …"
                from .sentences import prepare_insert_sentences

                return prepare_insert_sentences(job)
            from .words import prepare_sentences

            return prepare_sentences(job)
        if op.position in ("label", "start") or "tiret" in kinds:
            from .placed import prepare_insert_placed

            return prepare_insert_placed(job)
        if job.scope != "unit":
            raise UnsupportedOperation(
                f"cannot insert a {next(iter(kinds), 'unit')} directly into "
                f"{'the act' if job.scope == 'act' else 'a division'}: name the article",
                context=job.context)
        return None
    if job.scope in ("act", "division") or job.units:
        return wholes.prepare(job)
    if op.op == "replace_unit" and local(job.node) == "article" and op.new and \
            op.new[0].kind == "article":
        return wholes.prepare_replace_article(job)
    return None


# --- placing new articles and divisions ----------------------------------------------------


def _new_key(unit: NewUnit, job: Job) -> Label:
    try:
        if unit.kind == "article":
            return parse_label(unit.label or "")
        return division_label(unit.label or "")
    except ValueError:
        raise LabelConflict(f"the new {unit.kind} has no readable label ({unit.label!r})",
                            context=job.context) from None


def _check_labels(unit: NewUnit, job: Job) -> None:
    """Every new article and division (and those inside) has a readable number."""
    if unit.kind in STRUCTURAL_KINDS:
        _new_key(unit, job)
        for child in unit.children:
            _check_labels(child, job)


def _anchor(job: Job, container: etree._Element) -> etree._Element:
    op = job.op
    assert isinstance(op, InsertUnit)
    step = op.anchor
    if step is None:
        if job.scope == "unit" and local(job.node) in STRUCTURAL_KINDS:
            return job.node
        raise UnsupportedOperation(f"an insertion {op.position} needs the unit it goes "
                                   f"{op.position}", context=job.context)
    try:
        if step.unit == "article":
            return find_article_in(container, step.label, job.context.target)
        if step.unit in CONTAINERS:
            wanted = division_label(step.label)
            for division in container.iter(akn(step.unit)):
                found = division_label_of(division)
                if found is not None and found.same(wanted):
                    return division
    except (AddressError, ValueError) as error:
        raise TargetNotFound(str(getattr(error, "message", error)), context=job.context) \
            from None
    raise TargetNotFound(f"{step.describe()} does not exist", context=job.context)


def _first_structural(container: etree._Element) -> int:
    for index, child in enumerate(container):
        if local(child) in STRUCTURAL_KINDS:
            return index
    return len(container)


def _by_label(job: Job, container: etree._Element, unit: NewUnit) -> tuple[etree._Element, int]:
    """Where an article goes by its label: after the last lower label, else before the first."""
    key = _new_key(unit, job)
    if unit.kind == "article":
        siblings = list(container.iter(akn("article")))
        labels = [label_of(a) for a in siblings]
    else:
        siblings = [d for d in container.iter(akn(unit.kind)) if d is not container]
        parents = {id(d.getparent()) for d in siblings}
        if len(parents) > 1:
            raise UnsupportedOperation(
                f"the {unit.kind}s of {job.context.target} are in several divisions: name "
                "the division the new one goes in", context=job.context)
        labels = [division_label_of(d) or Label(0) for d in siblings]
    lower = [s for s, label in zip(siblings, labels, strict=True) if label < key]
    if lower:
        anchor = lower[-1]
        parent = anchor.getparent()
        assert parent is not None
        return parent, parent.index(anchor) + 1
    higher = [s for s, label in zip(siblings, labels, strict=True) if label > key]
    if higher:
        parent = higher[0].getparent()
        assert parent is not None
        return parent, parent.index(higher[0])
    return container, len(container)


def _place(job: Job, unit: NewUnit) -> tuple[etree._Element, int]:
    op = job.op
    assert isinstance(op, InsertUnit)
    container = job.node if job.scope in ("act", "division") else job.document.body
    if op.position == "label":
        return _by_label(job, container, unit)
    if job.scope in ("act", "division") and op.anchor is None:
        if op.position == "end":
            return container, len(container)
        if op.position == "start":
            return container, _first_structural(container)
    anchor = _anchor(job, container)
    parent = anchor.getparent()
    assert parent is not None
    index = parent.index(anchor)
    return parent, index if op.position in ("before", "start") else index + 1


def check_article_order(
    job: Job, parent: etree._Element, index: int, new: list[etree._Element]
) -> None:
    """New articles: free labels, increasing, between their neighbours in document order."""
    labels = [label_of(a) for element in new for a in element.iter(akn("article"))]
    existing = {label_of(a).key(): a for a in job.document.articles()}
    for label in labels:
        if label.key() in existing:
            raise LabelConflict(
                f"cannot insert article {label.text}: it already exists (or existed and was "
                "repealed; reusing its number needs 'rétabli')", context=job.context)
    for first, second in itertools.pairwise(labels):
        if not first < second:
            raise LabelConflict(f"the new articles {first.text} and {second.text} are not in "
                                "order", context=job.context)
    if not labels:
        return
    before, after = neighbours(job.document, parent, index)
    if before is not None and not label_of(before) < labels[0]:
        raise LabelConflict(
            f"article {labels[0].text} cannot go there: it does not follow article "
            f"{label_text(before)}", context=job.context)
    if after is not None and not labels[-1] < label_of(after):
        raise LabelConflict(
            f"article {labels[-1].text} cannot go there: article {label_text(after)} "
            "follows it and has a lower number", context=job.context)


def _check_division_order(job: Job, parent: etree._Element, index: int,
                          new: etree._Element, unit: NewUnit) -> None:
    key = _new_key(unit, job)
    siblings = [c for c in parent if c.tag == new.tag]
    for sibling in siblings:
        label = division_label_of(sibling)
        if label is not None and label.same(key):
            raise LabelConflict(
                f"cannot insert {unit.kind} {unit.label}: it already exists (or existed and "
                "was repealed; reusing its number needs 'rétabli')", context=job.context)
    children = list(parent)
    before = [c for c in children[:index] if c.tag == new.tag]
    after = [c for c in children[index:] if c.tag == new.tag]
    low = division_label_of(before[-1]) if before else None
    high = division_label_of(after[0]) if after else None
    if (low is not None and not low < key) or (high is not None and not key < high):
        neighbour = division_label_text(before[-1] if low is not None and not low < key
                                        else after[0])
        raise LabelConflict(f"{unit.kind} {unit.label} cannot go there: it does not sit in "
                            f"order next to {unit.kind} {neighbour}", context=job.context)


def prepare_insert_structural(job: Job) -> Prepared:
    """Insert articles or divisions into the act, a division, or next to an article."""
    from .build_units import build_structural

    op = job.op
    assert isinstance(op, InsertUnit)
    kinds = {unit.kind for unit in op.new}
    if len(kinds) != 1:
        raise UnsupportedOperation("cannot insert units of different kinds at once",
                                   context=job.context)
    if op.announced_count is not None and op.announced_count != len(op.new):
        raise UnsupportedOperation(
            f"the formula announces {op.announced_count} units but the quote has {len(op.new)}",
            context=job.context)
    for unit in op.new:
        _check_labels(unit, job)
    elements = [build_structural(unit, job.document, job.context) for unit in op.new]
    held = _held(job)
    if held is None:
        parent, index = _place(job, op.new[0])
    else:
        said = _place(job, op.new[0]) if op.anchor is not None else None
        parent, index = held_place(job, held, said)
    if local(parent) not in ("body", *CONTAINERS):
        raise UnsupportedOperation(f"cannot insert a {op.new[0].kind} inside a "
                                   f"<{local(parent)}>", context=job.context)
    check_article_order(job, parent, index, elements)
    if op.new[0].kind != "article":
        for offset, (element, unit) in enumerate(zip(elements, op.new, strict=True)):
            _check_division_order(job, parent, index + offset, element, unit)
    marked = [unit for element in elements
              for unit in element.iter(*(akn(kind) for kind in STRUCTURAL_KINDS))]
    eids = _provisional_eids(marked)  # each new article and division has its footnote

    def commit(marks: dict[str, int]) -> list[etree._Element]:
        for offset, element in enumerate(elements):
            parent.insert(index + offset, element)
        for article in held.articles if held is not None else ():
            elements[0].append(article)  # moved, unmarked: only the division is new
        for unit, eid in zip(marked, eids, strict=True):
            mark_unit(unit, marks[eid], op.source.point)
        return marked

    return Prepared(lambda mark: [], marks_for=tuple(eids), commit_marks=commit,
                    verbs=dict.fromkeys(eids, "inserted"), structural=True)


def _held(job: Job) -> Held | None:
    """The base's articles a new division takes in (:mod:`.holding`), if the act names any."""
    op = job.op
    assert isinstance(op, InsertUnit)
    if not op.holds:
        return None
    return held_articles(job, job.node if job.scope in ("act", "division") else job.document.body)


_COUNTER = itertools.count(1)


def _provisional_eids(elements: list[etree._Element]) -> list[str]:
    """An eId for each new element (articles: their final one; divisions: a provisional one,
    made final when every eId is recomputed after the amending article)."""
    eids: list[str] = []
    for element in elements:
        if local(element) == "article":
            eid = f"art_{label_of(element).eid_part()}"
        else:
            eid = f"new_{local(element)}_{next(_COUNTER)}"
        element.set("eId", eid)
        eids.append(eid)
    return eids
