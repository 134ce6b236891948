"""The cells of a table flattened into lines: words replaced or repealed in a cell, words
appended to it, its content replaced.

A Justel page gives a table of an article as lines, one per row, its cells joined by " | "
(``justel/markdown.py``: "Louvain | 4 | 1 |  | 4"); the first such line of the unit is the
header ("Siège | Juges | Greffiers en chef | …"). A target ``row "Louvain", column "Juges"``
(2005009998, art. 6: "les chiffres " 3 " et " 4 " figurant dans la colonne " Juges " en
regard des sièges de Louvain et de Bruges") is the cell of the one line whose first cell is
"Louvain", under the one header cell "Juges" (or the fifth cell for ``column "#5"``). The words
must occur in that cell exactly once (or every time, "chaque fois"). Anything the lines do not
decide is a coded error naming the row and the column: no such row or column (A003), two rows
or two headings alike (A002), the words not in the cell (A001), an operation on a whole row or
table (A010, :mod:`.annexes`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from lxml import etree

from ..errors import AmbiguousTarget, NotInBaseText, TargetNotFound, TextNotFound, shorten
from ..lang import scan
from ..model import AppendWords, RepealWords, ReplaceUnit, ReplaceWords, Step
from ..text import find_words, fold_text, normalize_quoted
from . import Job, Prepared, live_ps, p_text, unit_of
from .richtext import WS, Edit, apply_edit, insert_edit, remove_edit, replace_edit

CELL_STEPS = ("table", "row", "column")
#: the operations a cell takes (the others stay A010: a row, a table, an annex)
CELL_OPERATIONS = ("replace_words", "repeal_words", "append_words", "replace_unit")
_BAR = scan.regex(r"\|")


def cells_of(text: str) -> list[tuple[int, int]]:
    """The spans of the cells of a flattened row (spaces around each cell left out)."""
    spans: list[tuple[int, int]] = []
    begin = 0
    for bar in [*_BAR.finditer(text), None]:
        end = bar.start() if bar is not None else len(text)
        start, stop = begin, end
        while start < stop and text[start] in WS:
            start += 1
        while stop > start and text[stop - 1] in WS:
            stop -= 1
        spans.append((start, stop))
        if bar is not None:
            begin = bar.end()
    return spans


def applies(steps: tuple[Step, ...], op: str) -> bool:
    """Whether a target ending in these steps is a cell this module applies ``op`` to: a
    row and a column (and at most an undescribed table before them)."""
    units = [step.unit for step in steps]
    return op in CELL_OPERATIONS and units[-2:] == ["row", "column"] and all(
        step.unit in CELL_STEPS and (step.unit != "table" or not step.label) for step in steps)


def _cell(job: Job, steps: tuple[Step, ...]) -> tuple[etree._Element, int, int]:
    """The ``p`` of the row and the span of the cell, or a coded error."""
    where = "the table"
    lines = [p for p in live_ps(job.node) if "|" in p_text(p)]
    if len(lines) < 2:
        raise TargetNotFound(f"{where}: the unit holds no table (no line of cells joined by "
                             "' | ')", context=job.context)
    row, column = steps[-2], steps[-1]
    header = [fold_text(p_text(lines[0])[a:b]) for a, b in cells_of(p_text(lines[0]))]
    rank = re.fullmatch(r"#(-?\d+)", column.label)
    if rank is not None:  # "la cinquième colonne" (#5), "la dernière colonne" (#-1)
        index = int(rank[1]) - 1 if int(rank[1]) > 0 else len(header) + int(rank[1])
        if not 0 <= index < len(header):
            raise TargetNotFound(f"{where}: the table has {len(header)} columns",
                                 context=job.context)
    else:
        wanted = fold_text(column.label).casefold()
        found = [i for i, cell in enumerate(header) if cell.casefold() == wanted]
        if len(found) != 1:
            error = AmbiguousTarget if found else TargetNotFound
            raise error(f"{where}: {len(found) or 'no'} column(s) headed "
                        f"\"{column.label}\" (the headings: {' / '.join(header)})",
                        context=job.context)
        index = found[0]
    wanted_row = fold_text(row.label).casefold()
    rows = [p for p in lines[1:] if (spans := cells_of(p_text(p))) and
            fold_text(p_text(p)[spans[0][0] : spans[0][1]]).casefold() == wanted_row]
    if len(rows) != 1:
        error = AmbiguousTarget if rows else TargetNotFound
        firsts = [p_text(p)[cells_of(p_text(p))[0][0] : cells_of(p_text(p))[0][1]]
                  for p in lines[1:]]
        raise error(f"{where}: {len(rows) or 'no'} row(s) whose first cell is "
                    f"\"{row.label}\" (the rows: {shorten(' / '.join(firsts), 120)})",
                    context=job.context)
    spans = cells_of(p_text(rows[0]))
    if index >= len(spans):
        raise TargetNotFound(f"{where}: the row \"{row.label}\" has {len(spans)} cells",
                             context=job.context)
    return rows[0], spans[index][0], spans[index][1]


def _edit(job: Job, p: etree._Element,
          make: Callable[[str], Edit]) -> Callable[[int], list[etree._Element]]:
    """The commit of one edit of the row's line (made on its text when committed)."""

    def commit(mark: int) -> list[etree._Element]:
        apply_edit(p, make(p_text(p)), mark, job.op.source.point)
        return [unit_of(p)]

    return commit


def prepare(job: Job, steps: tuple[Step, ...]) -> Prepared:
    """Check the operation on the cell the last ``steps`` designate; its commit edits the
    row's line inside the cell only."""
    op = job.op
    p, start, end = _cell(job, steps)
    text = p_text(p)
    point = op.source.point
    if isinstance(op, (ReplaceWords, RepealWords)):
        old = normalize_quoted(op.old)
        hits = [(start + a, start + b) for a, b in find_words(text[start:end], old)]
        if not hits:
            raise TextNotFound("the quoted words do not occur in the cell", context=replace(
                job.context, looked_for=old, found=shorten(text[start:end])))
        if op.times is not None and len(hits) != op.times:
            error = TextNotFound if len(hits) < op.times else AmbiguousTarget
            raise error(f"the words \"{old}\" occur {len(hits)} time(s) in the cell and the "
                        f"formula says {op.times} (\"à deux reprises\")", context=job.context)
        if len(hits) > 1 and not op.every:
            raise AmbiguousTarget(f"the words \"{old}\" occur {len(hits)} times in the cell "
                                  "and the formula does not say \"chaque fois\"",
                                  context=job.context)
        new = normalize_quoted(op.new) if isinstance(op, ReplaceWords) else ""

        def commit(mark: int) -> list[etree._Element]:
            for a, b in sorted(hits, reverse=True):
                current = p_text(p)
                edit = replace_edit(current, a, b, new) if new else remove_edit(current, a, b)
                apply_edit(p, edit, mark, point)
            return [unit_of(p)]

        return Prepared(commit)
    if isinstance(op, AppendWords):
        return Prepared(_edit(job, p, lambda now: insert_edit(now, end, normalize_quoted(
            op.new))))
    if isinstance(op, ReplaceUnit) and len(op.new) == 1 and not op.new[0].children and \
            op.new[0].kind == "alinea" and op.new[0].joined is None:
        new = op.new[0].text
        if start == end:  # an empty cell gets its content
            return Prepared(_edit(job, p, lambda now: insert_edit(now, start, new)))
        return Prepared(_edit(job, p, lambda now: replace_edit(now, start, end, new)))
    raise NotInBaseText(f"{op.op} of a cell: a cell takes words, or one alinéa as its "
                        "content", context=job.context)
