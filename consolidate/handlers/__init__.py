"""One handler per operation kind.

A handler *prepares* an operation resolved against a document: it checks everything that can
fail (words found exactly once, labels free, ...) and raises an
:class:`~consolidate.errors.ApplyError` if anything is wrong, without touching the document.
Otherwise it returns a :class:`Prepared` whose ``commit`` makes the change and cannot fail.
This is what makes a failed operation leave the document as it was (fail closed).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

from lxml import etree

from ..document import Document, akn, cns, is_removed, local
from ..errors import ApplyContext
from ..model import Operation, Step

UNIT_TAGS = ("article", "paragraph", "alinea", "point")


@dataclass
class Job:
    """An operation and its target resolved in a document (before the amending article)."""

    op: Operation
    document: Document
    node: etree._Element
    article: etree._Element
    context: ApplyContext
    sentence: int | None = None
    """For a sentence designated by number: its rank (from 0) inside ``node`` (a ``p``)."""
    sentence_text: str | None = None
    """That sentence's text when the target was resolved (before the amending article)."""
    scope: str = "unit"
    """What ``node`` is: "unit" (an article or a unit below it), "act" (the body), "division",
    "heading" (of a division or an article), "title" (the act's title, ``c:act/c:title``)."""
    units: tuple[etree._Element, ...] = ()
    """For a range ("les articles 5 à 8", "les 2° à 4°"): every unit of it, in order."""
    cells: tuple[Step, ...] = ()
    """For a cell of a table ("row Louvain, column Juges"): its steps; ``node`` is the unit
    that holds the table (:mod:`.cells`)."""
    excepted: etree._Element | None = None
    """For words changed "sauf à l'alinéa 3" (``except_in``): the unit of the target whose
    occurrences stay as they are (resolved with the target, before the amending article)."""
    later: frozenset[tuple[int, ...]] = frozenset()
    """For a new division that holds articles (``InsertUnit.holds``): the label keys of the
    articles that later articles of the same act insert (:mod:`.holding`)."""

    @property
    def last_step(self) -> Step | None:
        """The last step of the target's path (None for a whole article)."""
        return self.op.target.path[-1] if self.op.target.path else None


@dataclass
class Prepared:
    """A checked operation: ``commit(mark)`` applies it and returns the touched units."""

    commit: Callable[[int], list[etree._Element]]
    status: Literal["applied", "no_effect"] = "applied"
    warnings: tuple[str, ...] = ()
    note_eid: str | None = field(default=None)
    found: list[etree._Element] = field(default_factory=list)
    """For ``no_effect``: the units where the designated words were found (nothing changed)."""
    marks_for: tuple[str, ...] = ()
    """Act-level operations: the eIds that each get a footnote (one per article or division
    touched); then ``commit_marks`` is called with their numbers instead of ``commit``."""
    commit_marks: Callable[[dict[str, int]], list[etree._Element]] | None = None
    verbs: dict[str, str] = field(default_factory=dict)
    """Footnote verb per eId: "inserted", "restored", "title_replaced", "title_changed"."""
    structural: bool = False
    """Articles or divisions were added, moved or relabelled: every eId is recomputed."""


def live_ps(unit: etree._Element) -> list[etree._Element]:
    """The ``p`` elements of a unit that are not inside a repealed unit (a heading or the
    act's title holds its text itself)."""
    if local(unit) in ("p", "heading") or unit.tag == cns("title"):
        return [unit]
    out: list[etree._Element] = []
    for p in unit.iter(akn("p")):
        node: etree._Element | None = p
        alive = True
        while node is not None and node is not unit:
            if is_removed(node):
                alive = False
                break
            node = node.getparent()
        if alive and not is_removed(unit):
            out.append(p)
    return out


def unit_of(element: etree._Element) -> etree._Element:
    """The nearest article, paragraph, alinéa or item holding ``element`` (itself included)."""
    node: etree._Element | None = element
    while node is not None:
        if local(node) in UNIT_TAGS:
            return node
        node = node.getparent()
    return element


def p_text(p: etree._Element) -> str:
    """The plain text of a p (spans unwrapped)."""
    return "".join(str(piece) for piece in p.itertext())


def prepare(job: Job) -> Prepared:
    """Dispatch to the handler of the operation's kind (act-level ones: :mod:`.structure`)."""
    from . import blocks, cells, punctuation, structure, words

    if job.cells:
        return cells.prepare(job, job.cells)
    prepared = structure.prepare(job)
    if prepared is not None:
        return prepared

    handlers: dict[str, Callable[[Job], Prepared]] = {
        "replace_words": words.prepare_replace,
        "insert_words": words.prepare_insert,
        "repeal_words": words.prepare_repeal,
        "append_words": words.prepare_append,
        "replace_unit": blocks.prepare_replace,
        "repeal_unit": blocks.prepare_repeal,
        "insert_unit": blocks.prepare_insert,
        "replace_punctuation": punctuation.prepare,
    }
    return handlers[job.op.op](job)
