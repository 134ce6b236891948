"""The text of a ``p`` as runs (plain text, marked spans, removal markers) and edits on it.

Word operations work on the p's full plain text; an :class:`Edit` says which characters go
and what comes in their place; :func:`apply_edit` rebuilds the p so that existing marks
survive (cut where the edit cuts them, nested marks kept nested) and the new words sit in a
marked span — inside the marks that hold them, as Justel nests ``[2 … [3 … ]3 … ]2``.

Splicing rules (semantics §4): one space between words; new text starting with "," or "."
takes the place of the space before it; removing words never leaves a double space or a space
before punctuation; spacing elsewhere is untouched.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from lxml import etree

from ..document import akn, cns
from ..lang import scan

WS = " \t\n\r\u00a0\u202f\u2007\u2009"
CLOSING = ",.;:)]»"
OPENING = "([«\"'“‘"
_FINAL = scan.regex(rf"[{WS}]*(?:[;.:](?:[{WS}]*(?:et|ou|en|of))?\)?)?[{WS}]*$")
"""The unit's end that appended words go before: its final ';', '.' or ':' (a trailing
'et'/'ou'), and the older style's ')' right after it (Justel's "la détention.) <L …>")."""


@dataclass(frozen=True)
class Wrap:
    """An inline element around some text: its tag, attributes and identity (the pieces of
    one element cut by an edit keep its identity, so they are written back as one element)."""

    tag: str
    attrib: tuple[tuple[str, str], ...]
    ident: int


_IDS = itertools.count()


def _wrap(tag: str, attrib: dict[str, str]) -> Wrap:
    return Wrap(tag, tuple(attrib.items()), next(_IDS))


class Run:
    """A piece of a p: text inside the chain of inline elements ``path`` (outermost first;
    empty: plain text). ``Run(text, tag, attrib)`` is text in one new element."""

    __slots__ = ("path", "text")

    def __init__(self, text: str, tag: str | None = None, attrib: dict[str, str] | None = None,
                 *, path: tuple[Wrap, ...] | None = None) -> None:
        self.text = text
        if path is None:
            path = (_wrap(tag, attrib or {}),) if tag is not None else ()
        self.path = path

    @property
    def tag(self) -> str | None:
        """The tag of the innermost element (None: plain text)."""
        return self.path[-1].tag if self.path else None

    @property
    def attrib(self) -> dict[str, str]:
        """The attributes of the innermost element."""
        return dict(self.path[-1].attrib) if self.path else {}

    @property
    def marker(self) -> bool:
        """An empty element (a removal marker ``<span c:removed="true"/>``, an anchor)."""
        return bool(self.path) and self.text == ""

    def __repr__(self) -> str:
        return f"Run({self.text!r}, {[w.attrib for w in self.path]!r})"


@dataclass(frozen=True)
class Edit:
    """Replace ``[start, end)`` of the plain text by ``before`` + marked ``marked`` + ``after``.

    ``removal``: the marked part is an empty removal marker instead of words.
    """

    start: int
    end: int
    marked: str = ""
    before: str = ""
    after: str = ""
    removal: bool = False


def read_runs(p: etree._Element) -> list[Run]:
    """The runs of a p, nested elements kept (``[2 … [3 … ]3 … ]2``: the words inside 3 have
    the path (2, 3))."""
    runs: list[Run] = []

    def walk(element: etree._Element, path: tuple[Wrap, ...]) -> None:
        if element.text:
            runs.append(Run(element.text, path=path))
        for child in element:
            if isinstance(child.tag, str):
                inner = (*path, _wrap(child.tag, {str(k): str(v)
                                                  for k, v in child.attrib.items()}))
                count = len(runs)
                walk(child, inner)
                if len(runs) == count:  # an empty element
                    runs.append(Run("", path=inner))
            if child.tail:
                runs.append(Run(child.tail, path=path))

    walk(p, ())
    return runs


def plain(runs: list[Run]) -> str:
    """The plain text of runs."""
    return "".join(run.text for run in runs)


def write_runs(p: etree._Element, runs: list[Run]) -> None:
    """Rebuild a p's content from runs: consecutive runs inside the same element (same
    identity) are in one element, nested as their paths say."""
    for child in list(p):
        p.remove(child)
    p.text = None
    stack: list[tuple[Wrap, etree._Element]] = []
    for run in runs:
        if not run.text and not run.path:
            continue
        common = 0
        while (common < len(stack) and common < len(run.path)
               and stack[common][0].ident == run.path[common].ident):
            common += 1
        del stack[common:]
        for wrap in run.path[common:]:
            parent = stack[-1][1] if stack else p
            element = etree.SubElement(parent, wrap.tag)
            for key, value in wrap.attrib:
                element.set(key, value)
            stack.append((wrap, element))
        if run.text:
            _add_text(stack[-1][1] if stack else p, run.text)
        if run.marker:  # an empty element: what follows is outside it
            stack.pop()


def _add_text(parent: etree._Element, text: str) -> None:
    if len(parent):
        last = parent[-1]
        last.tail = (last.tail or "") + text
    else:
        parent.text = (parent.text or "") + text


def _cut(run: Run, start: int, end: int) -> Run:
    return Run(run.text[start:end], path=run.path)


def enclosing(runs: list[Run], start: int, end: int) -> tuple[Wrap, ...]:
    """The elements an edit of ``[start, end)`` stays inside: each holds the whole range and
    more than it (words replaced inside a mark go in a mark nested in it, as Justel writes
    ``[2 … [3 … ]3 … ]2``; a mark whose words are all replaced is not kept around; words
    inserted at a mark's edge go outside it)."""
    extent: dict[int, list[int]] = {}
    paths: list[tuple[Wrap, ...]] = []
    offset = 0
    for run in runs:
        run_end = offset + len(run.text)
        for wrap in run.path:
            extent.setdefault(wrap.ident, [offset, run_end])[1] = run_end
        touches = offset <= start <= run_end if start == end else (
            offset < end and start < run_end)
        if touches and not run.marker:
            paths.append(run.path)
        offset = run_end
    if not paths:
        return ()
    chain: list[Wrap] = []
    for depth, wrap in enumerate(paths[0]):
        if not all(len(path) > depth and path[depth].ident == wrap.ident for path in paths):
            break
        low, high = extent[wrap.ident]
        inside = low < start < high if start == end else (
            low <= start and end <= high and (low < start or end < high))
        if not inside:
            break
        chain.append(wrap)
    return tuple(chain)


def splice(runs: list[Run], start: int, end: int, new: list[Run]) -> list[Run]:
    """Runs with ``[start, end)`` replaced by ``new`` (markers inside the range dropped); the
    new runs go inside the elements that hold the range (:func:`enclosing`)."""
    around = enclosing(runs, start, end)
    head: list[Run] = []
    tail: list[Run] = []
    offset = 0
    for run in runs:
        length = len(run.text)
        run_start, run_end = offset, offset + length
        offset = run_end
        if run.marker:
            if run_start <= start:
                head.append(run)
            elif run_start >= end:
                tail.append(run)
            continue
        if run_end <= start:
            head.append(run)
        elif run_start >= end:
            tail.append(run)
        else:
            if run_start < start:
                head.extend(_edge_spaces(_cut(run, 0, start - run_start), around, end=True))
            if run_end > end:
                tail.extend(_edge_spaces(_cut(run, end - run_start, length), around,
                                         end=False))
    placed = [Run(run.text, path=around + run.path) for run in new if run.text or run.path]
    return head + placed + tail


def _edge_spaces(piece: Run, around: tuple[Wrap, ...], *, end: bool) -> list[Run]:
    """What is left of a run cut by an edit: when it lies in an element that does not hold
    the whole edit (a mark the edit runs into), the spaces at the cut go outside it, so
    that the mark does not start (or end) with a space: "[2 …]2 [1 à cinq ans]1", not
    "[2 …]2[1  à cinq ans]1"."""
    if len(piece.path) <= len(around):
        return [piece]
    text = piece.text
    kept = text.rstrip() if end else text.lstrip()
    if not kept or kept == text:
        return [piece]
    spaces = Run(text[len(kept):] if end else text[:len(text) - len(kept)], path=around)
    rest = Run(kept, path=piece.path)
    return [rest, spaces] if end else [spaces, rest]


def mark_attrib(mark: int, point: str | None, *, removed: bool = False) -> dict[str, str]:
    """Attributes of a provenance span."""
    attrib = {cns("mark"): str(mark)}
    if removed:
        attrib[cns("removed")] = "true"
    if point:
        attrib[cns("point")] = point
    return attrib


def apply_edit(p: etree._Element, edit: Edit, mark: int, point: str | None) -> None:
    """Apply an edit to a p, the new words (or the removal marker) in a mark span."""
    runs = read_runs(p)
    span_tag = akn("span")
    new = [Run(edit.before)]
    if edit.removal:
        new.append(Run("", span_tag, mark_attrib(mark, point, removed=True)))
    else:
        new.append(Run(edit.marked, span_tag, mark_attrib(mark, point)))
    new.append(Run(edit.after))
    write_runs(p, splice(runs, edit.start, edit.end, new))


# --- edits on plain text ------------------------------------------------------------------------


def _space_before(text: str, pos: int) -> int:
    """Start of the whitespace run ending at ``pos``."""
    while pos > 0 and text[pos - 1] in WS:
        pos -= 1
    return pos


def _space_after(text: str, pos: int) -> int:
    """End of the whitespace run starting at ``pos``."""
    while pos < len(text) and text[pos] in WS:
        pos += 1
    return pos


def replace_edit(text: str, start: int, end: int, new: str) -> Edit:
    """Replace the words at ``[start, end)`` by ``new``."""
    if new[:1] in (",", "."):
        start = _space_before(text, start)
    return Edit(start, end, marked=new)


def insert_edit(text: str, pos: int, new: str) -> Edit:
    """Insert ``new`` at ``pos`` with one space on each side where words meet."""
    if new[:1] in (",", "."):
        start = _space_before(text, pos)
        need_after = pos < len(text) and text[pos] not in WS and text[pos] not in CLOSING
        return Edit(start, pos, marked=new, after=" " if need_after else "")
    need_before = pos > 0 and text[pos - 1] not in WS and text[pos - 1] not in OPENING
    need_after = pos < len(text) and text[pos] not in WS and text[pos] not in CLOSING
    return Edit(pos, pos, marked=new, before=" " if need_before else "",
                after=" " if need_after else "")


def remove_edit(text: str, start: int, end: int) -> Edit:
    """Remove ``[start, end)`` without leaving a double space or a space before punctuation."""
    left = _space_before(text, start)
    right = _space_after(text, end)
    next_char = text[right] if right < len(text) else ""
    if left < start and (not next_char or next_char in CLOSING or right > end):
        return Edit(left, end, removal=True)
    if left == start and right > end and (start == 0 or text[start - 1] in OPENING):
        return Edit(start, right, removal=True)
    return Edit(start, end, removal=True)


def append_position(text: str) -> int:
    """Where appended words go: before the final ';', '.' or ':' (and a trailing 'et'/'ou')."""
    match = _FINAL.search(text)
    pos = match.start() if match else len(text)
    return _space_before(text, pos)
