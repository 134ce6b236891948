"""Sentences placed by another sentence: "la phrase suivante est insérée entre la phrase
commençant par les mots "…" et …", and the span of a sentence designated by its words or its
first words (``SENTENCE_START``).

A sentence is not an element of its own: the new sentence goes into the ``p`` holding the
anchor sentence (after its end, or before its start), as marked words.
"""

from __future__ import annotations

from lxml import etree

from ..address import sentence_p, sentence_spans
from ..errors import AddressError, TargetNotFound, TextNotFound, UnsupportedOperation
from ..model import SENTENCE_START, InsertUnit, Step
from ..text import find_words
from . import Job, Prepared, p_text
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
    """Insert the new sentences of an :class:`InsertUnit` after (before) its anchor sentence,
    in the ``p`` that holds it (at the end or the start of a unit: ``words.prepare_sentences``).
    """
    op = job.op
    assert isinstance(op, InsertUnit)
    anchor: Step | None = op.anchor
    if anchor is None or anchor.unit != "sentence" or op.position not in ("after", "before"):
        raise UnsupportedOperation("a new sentence goes after or before a sentence here",
                                   context=job.context)
    new = " ".join(" ".join(unit.text.split()) for unit in op.new)
    try:
        p = sentence_p(job.node, anchor.label, job.context.target, anchor.describe())
    except AddressError as error:
        raise TargetNotFound(error.message, context=job.context) from None
    text = p_text(p)
    span = sentence_span(text, anchor.label)
    if span is None:
        raise TextNotFound(f"the {anchor.describe()} is not in the unit once",
                           context=job.context)
    edit: Edit = insert_edit(text, span[1] if op.position == "after" else span[0], new)

    def commit(mark: int) -> list[etree._Element]:
        apply_edit(p, edit, mark, op.source.point)
        return [p]

    return Prepared(commit)
