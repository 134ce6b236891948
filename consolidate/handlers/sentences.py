"""Sentences inserted into an alinéa's text: "la phrase suivante est insérée après / entre la
phrase commençant par les mots "…"", "est complété par la phrase suivante".

A sentence is not an element of its own: the new sentence goes into the ``p`` holding the
anchor sentence (after its end, or before its start), or at the end (the start) of the unit's
text, as marked words.
"""

from __future__ import annotations

from lxml import etree

from ..address import sentence_p, sentence_spans
from ..errors import AddressError, TargetNotFound, TextNotFound, UnsupportedOperation
from ..model import SENTENCE_START, InsertUnit, Step
from ..text import find_words
from . import Job, Prepared, live_ps, p_text
from .richtext import Edit, apply_edit, insert_edit


def sentence_span(text: str, label: str) -> tuple[int, int] | None:
    """The span of the sentence ``label`` in ``text``: its quoted words, or (a label ending
    with :data:`SENTENCE_START`) the whole sentence starting with those words; None unless
    exactly one place matches."""
    starting = label.endswith(SENTENCE_START)
    words = label.removesuffix(SENTENCE_START).strip()
    hits = find_words(text, words)
    if len(hits) != 1:
        return None
    start, end = hits[0]
    if not starting:
        return start, end
    for begin, finish in sentence_spans(text):
        if begin <= start < finish and not text[begin:start].strip(" \"“«'’("):
            return begin, finish
    return None


def prepare_insert_sentences(job: Job) -> Prepared:
    """Insert the new sentences of an :class:`InsertUnit` into the target's text."""
    op = job.op
    assert isinstance(op, InsertUnit)
    new = " ".join(" ".join(unit.text.split()) for unit in op.new)
    anchor: Step | None = op.anchor
    if anchor is not None and anchor.unit == "sentence":
        here = job.context.target
        try:
            p = sentence_p(job.node, anchor.label, here, anchor.describe())
        except AddressError as error:
            raise TargetNotFound(error.message, context=job.context) from None
        text = p_text(p)
        span = sentence_span(text, anchor.label)
        if span is None:
            raise TextNotFound(f"the {anchor.describe()} is not in the unit once",
                               context=job.context)
        pos = span[1] if op.position == "after" else span[0]
    elif anchor is None and op.position in ("end", "start"):
        ps = [p for p in live_ps(job.node) if p_text(p).strip()]
        if not ps:
            raise UnsupportedOperation("the target unit has no text to complete",
                                       context=job.context)
        p = ps[-1] if op.position == "end" else ps[0]
        text = p_text(p)
        pos = len(text.rstrip()) if op.position == "end" else len(text) - len(text.lstrip())
    else:
        raise UnsupportedOperation(
            f"a sentence is inserted {op.position} a sentence or at the end of a unit's text, "
            f"not {op.position} {anchor.describe() if anchor else 'nothing'}",
            context=job.context)
    edit: Edit = insert_edit(text, pos, new)

    def commit(mark: int) -> list[etree._Element]:
        apply_edit(p, edit, mark, op.source.point)
        return [p]

    return Prepared(commit)
