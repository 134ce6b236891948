"""What an act's operations (and a footnote's verb) tell of the text a mark replaced
(:mod:`consolidate.chain_rewind`, docs/time.md): words it inserted were not there, words it
replaced were its ``old`` words, units it inserted did not exist."""

from __future__ import annotations

from lxml import etree

from .document import label_text, local
from .justel.footnotes import note_verb
from .model import InsertUnit, Note, Operation
from .text import parse_label

INSERTED = ("inséré", "insérée", "insérés", "insérées", "ingevoegd")
"""The verbs of Justel footnotes saying the unit or words were inserted ("<Inséré par L …>",
"<Ingevoegd bij W …>"): the words of the pages, not of the acts."""
WORD_INSERTIONS = ("insert_words", "append_words")


def same_label(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return False
    try:
        return parse_label(a).same(parse_label(b))
    except ValueError:
        return a.strip() == b.strip()


def fold(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split()).strip(" ,;.")


def inserted_by_note(note: Note) -> bool:
    """Whether the footnote says its provision inserted what it marks."""
    return note_verb(note) in INSERTED


def at_point(ops: list[Operation], point: str | None) -> list[Operation]:
    """The operations of the amending article's point ``point`` (the mark's ``c:point``)."""
    if point is None:
        return ops
    return [op for op in ops if op.source.point == point]


_KINDS = {"article": ("article",), "paragraph": ("paragraph",), "alinea": ("alinea",),
          "point": ("point", "tiret")}


def inserted_unit(ops: list[Operation], unit: etree._Element) -> bool:
    """Whether one of the operations inserted ``unit`` (a unit of its kind and label), and
    none replaced a unit of that label."""
    kinds = _KINDS.get(local(unit))
    if kinds is None:
        return False
    label = label_text(unit) or None
    inserted = replaced = False
    for op in ops:
        if op.op == "insert_unit":
            inserted |= any(new.kind in kinds and ((new.label is None and label is None)
                                                   or same_label(new.label, label))
                            for new in op.new)
        elif op.op in ("replace_unit", "restore_unit"):
            last = op.target.path[-1] if op.target.path else None
            replaced |= last is None or not last.label or label is None \
                or same_label(last.label, label)
    return inserted and not replaced


def inserted_words(ops: list[Operation], text: str) -> bool:
    """Whether an operation inserted or appended exactly ``text``, and none replaced words
    by it."""
    news = [(op.op, fold(getattr(op, "new", ""))) for op in ops
            if op.op in (*WORD_INSERTIONS, "replace_words")]
    return any(kind in WORD_INSERTIONS and new == fold(text) for kind, new in news) and \
        not any(kind == "replace_words" and new == fold(text) for kind, new in news)


def old_words(ops: list[Operation], text: str, removed: bool) -> str | None:
    """The words the act's one word operation that wrote ``text`` found there: a replacement
    whose new words are the marked ones, or (``removed``: an empty removal mark) the only
    repeal of words. None when no single operation tells."""
    if removed:
        found = [op.old for op in ops if op.op == "repeal_words" and not op.every]
        return found[0] if len(found) == 1 and len(ops) == 1 else None
    found = [op.old for op in ops if op.op == "replace_words" and not op.every
             and fold(op.new) == fold(text)]
    return found[0] if len(found) == 1 else None


def held_articles(ops: list[Operation], division: etree._Element) -> list[etree._Element]:
    """The articles of ``division`` that an operation's new division took in from the base
    (``InsertUnit.holds``: "une sous-section 1ère, comportant les articles 13/1, …"): they
    were there before it, outside it."""
    steps = [step for op in ops if isinstance(op, InsertUnit) for step in op.holds]
    found: list[etree._Element] = []
    for child in division:
        if local(child) != "article":
            continue
        try:
            key = parse_label(label_text(child)).key()
            if any(parse_label(step.label).key() <= key
                   <= parse_label(step.until or step.label).key() for step in steps):
                found.append(child)
        except ValueError:
            continue
    return found

