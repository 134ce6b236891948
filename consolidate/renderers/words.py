"""Word-level changes for display: no change starts or ends inside a word.

The differ's changes may cut a word ("s" deleted before "ont": "sont" → "ont"); a redline
reads better with the whole word struck out and the whole new word inserted. This module
widens every run of deletions/insertions to word boundaries and merges the runs that meet.
Joining equal+delete still gives the old text, and equal+insert the new text.
"""

from __future__ import annotations

from ..differ import Change
from ..lang import scan

_TAIL = scan.regex(r"\w+$")
_HEAD = scan.regex(r"^\w+")


def _word_end(text: str) -> bool:
    return bool(text) and bool(_TAIL.search(text))


def _word_start(text: str) -> bool:
    return bool(text) and bool(_HEAD.match(text))


def whole_words(changes: tuple[Change, ...] | list[Change]) -> list[Change]:
    """The changes with each changed run widened to whole words (see the module docstring)."""
    # pieces: equal strings alternate with [deleted, inserted] runs
    pieces: list[str | list[str]] = []
    for change in changes:
        if change.op == "equal":
            pieces.append(change.text)
            continue
        if not pieces or isinstance(pieces[-1], str):
            pieces.append(["", ""])
        run = pieces[-1]
        assert isinstance(run, list)
        run[0 if change.op == "delete" else 1] += change.text
    for index, piece in enumerate(pieces):
        if isinstance(piece, str):
            continue
        before = pieces[index - 1] if index > 0 else ""
        if isinstance(before, str) and _word_end(before) and (
            _word_start(piece[0]) or _word_start(piece[1])
        ):
            match = _TAIL.search(before)
            assert match
            pieces[index - 1] = before[: match.start()]
            piece[0], piece[1] = match.group() + piece[0], match.group() + piece[1]
        after = pieces[index + 1] if index + 1 < len(pieces) else ""
        if isinstance(after, str) and _word_start(after) and (
            _word_end(piece[0]) or _word_end(piece[1])
        ):
            match = _HEAD.match(after)
            assert match
            pieces[index + 1] = after[match.end():]
            piece[0], piece[1] = piece[0] + match.group(), piece[1] + match.group()
    return _merge(pieces)


def _merge(pieces: list[str | list[str]]) -> list[Change]:
    """Drop empty equal pieces, merge runs that now touch, emit delete before insert."""
    merged: list[str | list[str]] = []
    for piece in pieces:
        if isinstance(piece, str):
            if piece:
                merged.append(piece)
        elif merged and isinstance(merged[-1], list):
            merged[-1][0] += piece[0]
            merged[-1][1] += piece[1]
        else:
            merged.append(list(piece))
    out: list[Change] = []
    for piece in merged:
        if isinstance(piece, str):
            out.append(Change("equal", piece))
            continue
        if piece[0]:
            out.append(Change("delete", piece[0]))
        if piece[1]:
            out.append(Change("insert", piece[1]))
    return out
