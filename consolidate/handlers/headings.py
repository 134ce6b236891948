"""Headings (intitulés): of a division, of an article, and the act's title.

- "l'intitulé du chapitre II est remplacé par ce qui suit : …": the division's ``heading``
  takes the new text and ``c:mark`` (Justel: ``CHAPITRE II. [1 new heading]1``); its old
  Justel line (``c:raw``) goes; repealed, the heading is emptied and marked;
- "il est inséré un intitulé …" gives a division or an article the heading it lacked;
- words in a heading (replace_words, insert_words, repeal_words, append_words with a path
  ending in ``heading``) are edited like words in a ``p``: spans inside the ``heading``; a
  heading read from a page whose line holds marks or references (kept only in ``c:raw``) is
  refused (A005): the edit would drop them;
- the act's title (``c:act/c:title``, the path ``(heading,)`` with no article): it stays plain
  text (it is the act's identity); words are edited on a copy and the result is written to
  ``c:title``, the preface's ``docTitle`` and ``FRBRname``; ``c:act/@c:titleMark`` holds the
  footnote number (footnotes of the title: ``c:notes article="act_title"``).
"""

from __future__ import annotations

import copy

from lxml import etree

from ..document import TITLE_NOTES, akn, cns, first_below, local
from ..errors import UnsupportedOperation
from ..lang import scan
from ..model import InsertUnit, ReplaceUnit
from ..provenance import mark_unit
from . import Job, Prepared, p_text

TITLE_EID = TITLE_NOTES
_MARKED = scan.compile(r"\[\d|\]\d|<[^<>]*\d{2}-\d{2}-\d{2,4}")
"""Marks (``[1``, ``]1``) or references (``<L 2003-12-19/34 …>``) in a division's line."""
_WORD_OPS = ("replace_words", "insert_words", "repeal_words", "append_words")


def prepare(job: Job) -> Prepared:
    """A heading or title operation."""
    if job.scope == "title":
        return _prepare_title(job)
    return _prepare_heading(job)


def _owner(job: Job) -> etree._Element:
    node = job.node
    if local(node) == "heading":
        parent = node.getparent()
        assert parent is not None
        return parent
    return node


def _words(job: Job, node: etree._Element) -> Prepared:
    from . import words

    handlers = {"replace_words": words.prepare_replace, "insert_words": words.prepare_insert,
                "repeal_words": words.prepare_repeal, "append_words": words.prepare_append}
    inner = Job(job.op, job.document, node, job.article, job.context)
    return handlers[job.op.op](inner)


def _heading_text(job: Job) -> str:
    op = job.op
    assert isinstance(op, ReplaceUnit | InsertUnit)
    if len(op.new) != 1:
        raise UnsupportedOperation("one heading replaces one heading", context=job.context)
    text = op.new[0].text
    if not text:
        raise UnsupportedOperation("the new heading is empty", context=job.context)
    return text


def _prepare_heading(job: Job) -> Prepared:
    op = job.op
    owner = _owner(job)
    heading = owner.find(akn("heading"))
    point = op.source.point
    if op.op == "insert_unit":
        if heading is not None:
            raise UnsupportedOperation("the unit has a heading already: replace it",
                                       context=job.context)
        text = _heading_text(job)

        def commit_insert(mark: int) -> list[etree._Element]:
            new = etree.Element(akn("heading"))
            new.text = text
            num = owner.find(akn("num"))
            owner.insert(owner.index(num) + 1 if num is not None else 0, new)
            mark_unit(new, mark, point)
            owner.attrib.pop(cns("raw"), "")
            return [owner]

        return Prepared(commit_insert)
    if heading is None:
        raise UnsupportedOperation(f"{job.context.target}: the unit has no heading (intitulé)",
                                   context=job.context)
    if op.op in _WORD_OPS:
        raw = owner.get(cns("raw")) or ""
        if _MARKED.search(raw):
            raise UnsupportedOperation(
                "the heading's Justel line holds marks or references the model does not keep "
                f"({raw[:80]!r}): changing words would drop them; replace the whole heading",
                context=job.context)
        inner = _words(job, heading)
        return _dropping_raw(inner, owner)
    if op.op == "replace_unit":
        text = _heading_text(job)

        def commit_replace(mark: int) -> list[etree._Element]:
            for child in list(heading):
                heading.remove(child)
            heading.text = text
            heading.attrib.pop("status", "")
            mark_unit(heading, mark, point)
            owner.attrib.pop(cns("raw"), "")
            return [owner]

        return Prepared(commit_replace)
    if op.op == "repeal_unit":
        def commit_repeal(mark: int) -> list[etree._Element]:
            for child in list(heading):
                heading.remove(child)
            heading.text = None
            heading.set("status", "removed")
            mark_unit(heading, mark, point)
            owner.attrib.pop(cns("raw"), "")
            return [owner]

        return Prepared(commit_repeal)
    raise UnsupportedOperation(f"{op.op} does not apply to a heading", context=job.context)


def _dropping_raw(inner: Prepared, owner: etree._Element) -> Prepared:
    """``inner`` whose commit also drops the owner's old Justel line (it changed)."""
    commit = inner.commit

    def wrapped(mark: int) -> list[etree._Element]:
        owner.attrib.pop(cns("raw"), "")
        commit(mark)
        return [owner]

    inner.commit = wrapped
    return inner


def set_title(job: Job, text: str) -> None:
    """Write the act's title everywhere the document holds it."""
    title = job.node
    for child in list(title):
        title.remove(child)
    title.text = text
    root = job.document.root
    name = first_below(root, akn("FRBRWork"), akn("FRBRname"))
    if name is not None:
        name.set("value", text)
    doc_title = root.find(f".//{akn('preface')}//{akn('docTitle')}")
    if doc_title is not None:
        for child in list(doc_title):
            doc_title.remove(child)
        doc_title.text = text


def _prepare_title(job: Job) -> Prepared:
    op = job.op
    act = job.node.getparent()
    assert act is not None
    if op.op == "replace_unit":
        text = _heading_text(job)
        verb = "title_replaced"

        def new_text(mark: int) -> str:
            return text
    elif op.op in _WORD_OPS:
        work = copy.deepcopy(job.node)
        inner = _words(job, work)
        if inner.status == "no_effect":
            return inner
        verb = "title_changed"

        def new_text(mark: int) -> str:
            inner.commit(mark)
            return " ".join(p_text(work).split())
    else:
        raise UnsupportedOperation(f"{op.op} does not apply to the act's title (intitulé)",
                                   context=job.context)

    def commit(marks: dict[str, int]) -> list[etree._Element]:
        mark = marks[TITLE_EID]
        set_title(job, new_text(mark))
        act.set(cns("titleMark"), str(mark))
        return []

    return Prepared(lambda mark: [], marks_for=(TITLE_EID,), commit_marks=commit,
                    verbs={TITLE_EID: verb})

