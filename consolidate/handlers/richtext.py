"""The text of a ``p`` as runs (plain text, marked spans, removal markers) and edits on it.

Word operations work on the p's full plain text; an :class:`Edit` says which characters go
and what comes in their place; :func:`apply_edit` rebuilds the p so that existing marks
survive (cut where the edit cuts them) and the new words sit in a marked span.

Splicing rules (semantics §4): one space between words; new text starting with "," or "."
takes the place of the space before it; removing words never leaves a double space or a space
before punctuation; spacing elsewhere is untouched.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

from ..document import akn, cns

WS = " \t\n\r\u00a0\u202f\u2007\u2009"
CLOSING = ",.;:)]»"
OPENING = "([«\"'“‘"
_FINAL = re.compile(rf"[{WS}]*(?:[;.:](?:[{WS}]*(?:et|ou|en|of))?)?[{WS}]*$")


@dataclass
class Run:
    """A piece of a p: plain text (``tag`` None) or an inline element with its attributes."""

    text: str
    tag: str | None = None
    attrib: dict[str, str] = field(default_factory=dict)

    @property
    def marker(self) -> bool:
        """An empty removal marker (``<span c:removed="true"/>``)."""
        return self.tag is not None and self.text == ""


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
    """The runs of a p (child elements flattened to their text, attributes kept)."""
    runs: list[Run] = []
    if p.text:
        runs.append(Run(p.text))
    for child in p:
        if isinstance(child.tag, str):
            text = "".join(str(piece) for piece in child.itertext())
            runs.append(Run(text, child.tag, {str(k): str(v) for k, v in child.attrib.items()}))
        if child.tail:
            runs.append(Run(child.tail))
    return runs


def plain(runs: list[Run]) -> str:
    """The plain text of runs."""
    return "".join(run.text for run in runs)


def write_runs(p: etree._Element, runs: list[Run]) -> None:
    """Rebuild a p's content from runs (adjacent plain runs merged)."""
    for child in list(p):
        p.remove(child)
    p.text = None
    last: etree._Element | None = None
    for run in runs:
        if run.tag is None:
            if not run.text:
                continue
            if last is None:
                p.text = (p.text or "") + run.text
            else:
                last.tail = (last.tail or "") + run.text
            continue
        element = etree.SubElement(p, run.tag)
        for key, value in run.attrib.items():
            element.set(key, value)
        element.text = run.text or None
        last = element


def _cut(run: Run, start: int, end: int) -> Run:
    return Run(run.text[start:end], run.tag, dict(run.attrib))


def splice(runs: list[Run], start: int, end: int, new: list[Run]) -> list[Run]:
    """Runs with ``[start, end)`` replaced by ``new`` (markers inside the range dropped)."""
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
                head.append(_cut(run, 0, start - run_start))
            if run_end > end:
                tail.append(_cut(run, end - run_start, length))
    return head + [run for run in new if run.text or run.tag] + tail


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
