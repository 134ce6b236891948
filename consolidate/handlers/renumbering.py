"""Renumbering: "l'article 5 devient l'article 6", "le § 1er formera le § 2", "le 3° devient
le 4°", "la section 2 devient la section 3".

Only labelled units are renumbered: articles, §§, items and divisions. An alinéa has no
label (its number is its position), so renumbering one is refused (A005). The new label must
be free (a tombstone's label too) and keep the order: an article between the articles before
and after it in the document, a § or an item between its siblings, a division between its
siblings of the same kind; else :class:`~consolidate.errors.LabelConflict`. Every other label
is kept; eIds follow the new label (and the article's footnotes follow its eId).

Justel marks: an article's old number goes in front of its text, ``Art. 6. ([1 ancien art. 5
renuméroté en nouvel art. 6]1)`` (as the Code pénal's art. 37quinquies; kept in the
attribute ``c:renumbered``, which Akoma Ntoso allows where it has no room for an element); a
division's after
its number, ``SECTION 3. ([1 ancienne section 2 renumérotée en nouvelle section 3]1)`` (a line
read from a page keeps its other marks); a §
or an item has its label marked, ``[1 § 2.]1``.
"""

from __future__ import annotations

from lxml import etree

from ..address_acts import division_label, division_label_of, division_label_text
from ..document import CONTAINERS, akn, article_language, cns, label_of, label_text, local
from ..errors import LabelConflict, UnsupportedOperation
from ..model import DIVISION_NAMES, Renumber
from ..text import Label, parse_label
from . import Job, Prepared
from .labels import check_family

_FEMININE = ("part", "section", "subsection")


def _parse(job: Job, kind: str, text: str) -> Label:
    try:
        return division_label(text) if kind in CONTAINERS else parse_label(text)
    except ValueError:
        raise LabelConflict(f"the new number {text!r} is not a {kind} label",
                            context=job.context) from None


def _label(element: etree._Element) -> Label | None:
    if local(element) in CONTAINERS:
        return division_label_of(element)
    try:
        return label_of(element)
    except ValueError:
        return None


def _siblings(job: Job, node: etree._Element) -> list[etree._Element]:
    if local(node) == "article":
        return list(job.document.articles())
    parent = node.getparent()
    assert parent is not None
    return [c for c in parent if c.tag == node.tag and c.find(akn("num")) is not None]


def _check(job: Job, node: etree._Element, new: Label) -> None:
    siblings = _siblings(job, node)
    labels = [_label(s) for s in siblings]
    for sibling, label in zip(siblings, labels, strict=True):
        if sibling is not node and label is not None and label.same(new):
            raise LabelConflict(
                f"cannot renumber {job.context.target} as {new.text}: that number is taken "
                "(or was, by a repealed unit)", context=job.context)
    if local(node) == "point":
        check_family(new, [lab for s, lab in zip(siblings, labels, strict=True)
                           if s is not node and lab is not None], new.text, job)
    index = siblings.index(node)
    before = next((lab for lab in reversed(labels[:index]) if lab is not None), None)
    after = next((lab for lab in labels[index + 1:] if lab is not None), None)
    if (before is not None and not before < new) or (after is not None and not new < after):
        raise LabelConflict(
            f"cannot renumber {job.context.target} as {new.text}: the units before and after "
            "it would be out of order", context=job.context)


def _new_num(node: etree._Element, new: str) -> str:
    num = (node.findtext(akn("num")) or "").strip()
    kind = local(node)
    if kind == "article":
        word = num.split(None, 1)[0] if num else "Art."
        return f"{word} {new}."
    if kind == "paragraph":
        return f"§ {new}."
    if kind in CONTAINERS:
        word = num.split(None, 1)[0] if num else DIVISION_NAMES[kind].upper()
        return f"{word} {new}" + ("." if num.endswith(".") else "")
    return new


def _note_text(node: etree._Element, old: str, new: str, mark: int) -> str:
    kind = local(node)
    dutch = article_language(node) == "nl"
    if kind == "article":
        text = (f"oud art. {old} hernummerd tot art. {new}" if dutch
                else f"ancien art. {old} renuméroté en nouvel art. {new}")
    else:
        name = DIVISION_NAMES[kind]
        feminine = kind in _FEMININE
        old_word, new_word = ("ancienne", "nouvelle") if feminine else ("ancien", "nouveau")
        done = "renumérotée" if feminine else "renuméroté"
        text = (f"oude {name} {old} hernummerd tot {name} {new}" if dutch
                else f"{old_word} {name} {old} {done} en {new_word} {name} {new}")
    return f"([{mark} {text}]{mark})"


def prepare_renumber(job: Job) -> Prepared:
    """Give a labelled unit a new label, keeping every other label."""
    op = job.op
    assert isinstance(op, Renumber)
    node = job.node
    kind = local(node)
    if kind == "alinea":
        raise UnsupportedOperation(
            "an alinéa has no label: its number is its position (repeal or insert alinéas)",
            context=job.context)
    if kind not in ("article", "paragraph", "point", *CONTAINERS):
        raise UnsupportedOperation(f"cannot renumber a <{kind}>", context=job.context)
    new = _parse(job, kind, op.new_label)
    _check(job, node, new)
    old = division_label_text(node) if kind in CONTAINERS else label_text(node)
    num_text = _new_num(node, op.new_label.strip())
    num = node.find(akn("num"))
    assert num is not None
    previous_num = (num.text or "").strip()

    def relabel(mark: int) -> list[etree._Element]:
        num.text = num_text
        if kind in ("paragraph", "point"):
            node.set(cns("labelMark"), str(mark))
        else:
            note = _note_text(node, old, op.new_label.strip(), mark)
            if kind == "article":
                earlier = node.get(cns("renumbered"))
                node.set(cns("renumbered"), f"{earlier} {note}" if earlier else note)
            else:
                raw = node.get(cns("raw"))
                if raw is not None and raw.startswith(previous_num):  # keep its old marks
                    node.set(cns("raw"), f"{num_text} {note}{raw[len(previous_num):]}")
                else:
                    node.attrib.pop(cns("raw"), "")
                    node.set(cns("renumbered"), note)
        return [node]

    if kind in ("paragraph", "point"):
        return Prepared(relabel)
    eid = node.get("eId") or ""
    return Prepared(lambda mark: [], marks_for=(eid,),
                    commit_marks=lambda marks: relabel(marks[eid]), structural=True)
