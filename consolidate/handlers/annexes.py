"""Operations on annexes and tables, checked before anything is resolved (fail closed).

The parser reads instructions on an annex ("A l'annexe II, … dans la cinquième colonne du
II.1, les mots …"), on the cells of a table ("le chiffre "43" en regard du siège d'Anvers",
in the column "greffier") and new text joined as an annex of the amending act ("… sont
remplacées par les annexes Ire et II jointes à la présente loi"). The applier does not hold
them yet: the Justel reader leaves a page's annexes out (``justel/markdown.py``: "Article N."),
a table is flattened into lines, and a joined annex is not in the amending act's page (the
Moniteur gives it as images). Each such operation is refused here with
:class:`~consolidate.errors.NotInBaseText` (A010), in words naming the annex, the row and the
column, never applied to the act's own text.
"""

from __future__ import annotations

from ..model import NewUnit, Operation, Step
from .cells import applies

_CELLS = ("table", "row", "column")


def cell_steps(path: tuple[Step, ...]) -> tuple[Step, ...]:
    """The table's steps at the end of a path (empty when it names no cell)."""
    for index, step in enumerate(path):
        if step.unit in _CELLS:
            return path[index:]
    return ()


def refusal(op: Operation) -> str | None:
    """Why ``op`` cannot be applied to a base text as read, or None."""
    target = op.target
    if target.annex is not None:
        annex = f"annex {target.annex}".rstrip() if target.annex else "the annex"
        return (f"the target is in {annex} of the act ({target.describe()}): the base text "
                "holds no annex (a Justel page's annexes are not read)")
    steps = cell_steps(target.path)
    if steps and applies(steps, op.op):
        return None  # a cell of a table in an article: handlers/cells.py
    cells = [step.describe() for step in target.path if step.unit in _CELLS]
    anchor = getattr(op, "anchor", None)
    if anchor is not None and anchor.unit in _CELLS:
        cells.append(anchor.describe())
    if cells:
        return (f"the target is in a table ({', '.join(cells)}): a table's rows, the table "
                "itself and a place next to it are not applied (its rows are lines of the base "
                "text; only words in a cell, and a cell's content, are)")
    joined = [unit for unit in getattr(op, "new", ()) if isinstance(unit, NewUnit)
              and unit.joined is not None]
    if joined:
        return (f"the new text is in annex {joined[0].joined} of the amending act, not in "
                "this page: there is no text to put in place")
    return None
