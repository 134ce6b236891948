"""The order of an amending article's renumberings: no new number is given while it is taken.

"Dans l'article 13, le 2° devient le 3° et le 3° devient le 4°", "les 2° et 3° deviennent
les 3° et 4°", "In artikel 15 worden de bepalingen onder 2° en 3° respectievelijk de
bepalingen onder 3° en 4°": the text names the renumberings first to last, but they are one
change — every target of an amending article is resolved against the text before the
article (docs/apply.md), so the units are the ones the text names whatever the order. The
applier gives one new label at a time and refuses a label that is taken (A004); applied in
the text's order, the 2° would take the 3° while the 3° still holds it. So a run of
renumberings that follow each other is put in an order where each new label is free when it
is given: a renumbering goes after the one that frees its new label (4° ← 3° before 3° ← 2°),
as the range rule already emits them (``instruction._renumbered_range``: the last first).

Nothing is dropped or merged: the order is a permutation of the run, the same run when it
already frees each label before it is given. A cycle ("le 2° devient le 3° et le 3° devient
le 2°") has no such order: it keeps the text's order and the applier refuses it (a swap is
not modelled; it never passes silently).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import Renumber
from .reading import OperationReading

#: "1er", "1re": the same number as "1"
_ORDINAL_SUFFIX = re.compile(r"(?<=\d)(?:er|re)$")


def _label(label: str) -> str:
    return _ORDINAL_SUFFIX.sub("", " ".join(label.casefold().split()))


def _key(op: Renumber, label: str | None = None) -> tuple[object, ...]:
    """Where the renumbered unit is (its act, text, container) and its label; ``label``
    replaces the last one (the new label)."""
    target = op.target
    place: tuple[object, ...] = (op.language, target.act, target.annex)
    if target.path:
        last = target.path[-1]
        return (*place, "path", target.article, target.divisions, target.path[:-1],
                last.unit, _label(label or last.label or ""))
    if target.divisions and target.article is None:
        division = target.divisions[-1]
        return (*place, "division", target.divisions[:-1], division.unit,
                _label(label or division.label or ""))
    return (*place, "article", _label(label or target.article or ""))


def renumbering_order(renumberings: Sequence[Renumber]) -> list[int]:
    """The indexes of ``renumberings`` in an order where no renumbering gives a label that
    another one not yet applied still holds (a stable order: the text's order wherever it
    already does); the text's order for what is left when a cycle remains."""
    pending = list(range(len(renumberings)))
    olds = [_key(op) for op in renumberings]
    news = [_key(op, op.new_label) for op in renumberings]
    ordered: list[int] = []
    while pending:
        held = {olds[index] for index in pending}
        free = next((index for index in pending
                     if news[index] not in held or news[index] == olds[index]), None)
        if free is None:  # a cycle: no order frees a label first (the applier refuses it)
            ordered.extend(pending)
            break
        ordered.append(free)
        pending.remove(free)
    return ordered


def ordered_readings(readings: list[OperationReading]) -> list[OperationReading]:
    """``readings`` with each run of consecutive renumberings in :func:`renumbering_order`."""
    result: list[OperationReading] = []
    run: list[OperationReading] = []

    def flush() -> None:
        renumberings = [reading.operation for reading in run
                        if isinstance(reading.operation, Renumber)]
        result.extend(run[index] for index in renumbering_order(renumberings))
        run.clear()

    for reading in readings:
        if isinstance(reading.operation, Renumber):
            run.append(reading)
            continue
        flush()
        result.append(reading)
    flush()
    return result
