"""The order of an amending article's renumberings: no new number is given while it is taken.

"Dans l'article 13, le 2° devient le 3° et le 3° devient le 4°", "les 2° et 3° deviennent
les 3° et 4°", "In artikel 15 worden de bepalingen onder 2° en 3° respectievelijk de
bepalingen onder 3° en 4°": the text names the renumberings first to last, but they are one
change — every target of an amending article is resolved against the text before the
article (docs/apply.md), so the units are the ones the text names whatever the order. The
applier gives one new label at a time and refuses a label that is taken, or a unit put out of
order among its siblings (A004); applied in the text's order, the 2° would take the 3° while
the 3° still holds it. So a run of renumberings that follow each other is put in an order
where each one, when it applies, neither takes the label of a unit still to be renumbered nor
passes over one ("les 3° et 4° deviennent les 5° et 6°": the 4° first, or the 3° would pass
it): the last first when the numbers go up, the first first when they go down, as the range
rule emits them (``instruction._renumbered_range``). Such an order always exists when the
renumbering keeps the units' order (each new label after the one before).

Nothing is dropped or merged: the order is a permutation of the run, the text's own order
wherever it already is such an order. What has none — a swap, "le 2° devient le 3° et le 3°
devient le 2°" — keeps the text's order, and the applier refuses it (a swap is not modelled;
it never passes silently). Labels are compared as the applier compares them
(:func:`consolidate.text.parse_label`: "1er" is 1, 2 < 2bis < 2/1 < 3); a label it does not
read (a division's "II") is only compared for being the same.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..model import Renumber
from ..text import parse_label
from .reading import OperationReading


@dataclass(frozen=True)
class _Move:
    place: tuple[object, ...]
    """Where the unit is: its text, act, container and kind."""
    old: tuple[int, ...] | str
    new: tuple[int, ...] | str


def _label_key(label: str) -> tuple[int, ...] | str:
    try:
        return parse_label(label).key()
    except ValueError:  # "II" (a division): the same or not, not before or after
        return " ".join(label.casefold().split())


def _move(op: Renumber) -> _Move:
    target = op.target
    place: tuple[object, ...] = (op.language, target.act, target.annex)
    if target.path:
        last = target.path[-1]
        place = (*place, "path", target.article, target.divisions, target.path[:-1], last.unit)
        old = last.label or ""
    elif target.divisions and target.article is None:
        division = target.divisions[-1]
        place = (*place, "division", target.divisions[:-1], division.unit)
        old = division.label or ""
    else:
        place = (*place, "article")
        old = target.article or ""
    return _Move(place, _label_key(old), _label_key(op.new_label))


def _takes(move: _Move, other: _Move) -> bool:
    """Whether ``move`` gives the label that ``other`` (not yet renumbered) holds."""
    return other.place == move.place and other.old == move.new


def _passes(move: _Move, other: _Move) -> bool:
    """Whether ``other`` (not yet renumbered) stands between the unit ``move`` renumbers and
    its new place."""
    if other.place != move.place or not (isinstance(move.old, tuple) and isinstance(
            move.new, tuple) and isinstance(other.old, tuple)):
        return False
    low, high = sorted((move.old, move.new))
    return low < other.old < high


def renumbering_order(renumberings: Sequence[Renumber]) -> list[int]:
    """The indexes of ``renumberings`` in an order where none gives a label that another one
    not yet applied still holds, nor (wherever it can) passes over such a unit — the text's
    order wherever it already does so; the text's order for what is left when none can go
    next (a cycle)."""
    moves = [_move(op) for op in renumberings]
    pending = list(range(len(moves)))
    ordered: list[int] = []

    def first(*ways: Callable[[_Move, _Move], bool]) -> int | None:
        return next((index for index in pending
                     if moves[index].old == moves[index].new or not any(
                         way(moves[index], moves[other]) for way in ways
                         for other in pending if other != index)), None)

    while pending:
        # a renumbering that keeps the units' order always has one that passes over nothing
        free = first(_takes, _passes)
        free = first(_takes) if free is None else free
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
