"""Word and line diffs between two versions of a text (the only diff-match-patch user).

Diffs are deterministic: the diff timeout is 0 (no time limit, so the result never depends on
the machine's speed) and semantic cleanup is applied to word diffs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from diff_match_patch import diff_match_patch

from .document import TYPE_NAMES, Document, article_lines, format_date
from .lang import scan

DiffOp = Literal["equal", "insert", "delete"]
_OPS: dict[int, DiffOp] = {0: "equal", 1: "insert", -1: "delete"}


@dataclass(frozen=True)
class Change:
    """One piece of a diff: equal, inserted or deleted text."""

    op: DiffOp
    text: str


@dataclass(frozen=True)
class ArticleDiff:
    """The change of one article between two versions of a document."""

    article: str
    eid: str
    before: str
    after: str
    unified: str
    words: tuple[Change, ...]


def _engine() -> diff_match_patch:
    engine = diff_match_patch()
    engine.Diff_Timeout = 0
    return engine


_TOKEN = scan.regex(r"\w+|\s+|[^\w\s]", re.UNICODE)


def _words_to_chars(
    before: str, after: str
) -> tuple[str, str, list[str]]:
    """Encode each word/space/punctuation token as one character (as diff_linesToChars does)."""
    tokens: list[str] = [""]
    index: dict[str, int] = {}

    def encode(text: str) -> str:
        chars: list[str] = []
        for token in _TOKEN.findall(text):
            if token not in index:
                index[token] = len(tokens)
                tokens.append(token)
            chars.append(chr(index[token]))
        return "".join(chars)

    return encode(before), encode(after), tokens


def word_diff(before: str, after: str) -> tuple[Change, ...]:
    """Word-level diff: diff-match-patch over word tokens, semantic cleanup, deterministic.

    Changes never cut a word. Joining the equal+delete pieces gives ``before``; joining the
    equal+insert pieces gives ``after``.
    """
    engine = _engine()
    chars_before, chars_after, tokens = _words_to_chars(before, after)
    diffs = engine.diff_main(chars_before, chars_after, False)
    # clean up while each character is still a whole token, so no change cuts a word
    engine.diff_cleanupSemantic(diffs)
    diffs = _unstrike(engine, diffs)
    engine.diff_charsToLines(diffs, tokens)
    return tuple(Change(_OPS[op], text) for op, text in diffs if text)


def _unstrike(engine: diff_match_patch, diffs: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Undo what semantic cleanup does to a pure extension or a pure cut.

    Cleanup merges a short equality between two edits into them: "officier de réserve ou
    sous-officier" → "officier de réserve du niveau A ou candidat sous-officier" came out as
    "ou" struck and "du niveau A ou candidat" inserted, although nothing was removed. A run
    of changes whose deleted tokens all survive, in order, among its inserted ones (or the
    reverse) is diffed again without cleanup: only insertions (or deletions) remain.
    """
    out: list[tuple[int, str]] = []
    index = 0
    while index < len(diffs):
        if diffs[index][0] == 0:
            out.append(diffs[index])
            index += 1
            continue
        end = index
        while end < len(diffs) and diffs[end][0] != 0:
            end += 1
        deleted = "".join(text for op, text in diffs[index:end] if op == -1)
        inserted = "".join(text for op, text in diffs[index:end] if op == 1)
        run = diffs[index:end]
        if deleted and inserted:
            again = engine.diff_main(deleted, inserted, False)
            if {op for op, _ in again} in ({0, 1}, {0, -1}):
                run = again
        out.extend(run)
        index = end
    engine.diff_cleanupMerge(out)
    return out


def line_diff(before: str, after: str) -> tuple[Change, ...]:
    """Line-level diff (each piece is one or more whole lines)."""
    engine = _engine()
    chars_before, chars_after, lines = engine.diff_linesToChars(before, after)
    diffs = engine.diff_main(chars_before, chars_after, False)
    engine.diff_charsToLines(diffs, lines)
    return tuple(Change(_OPS[op], text) for op, text in diffs)


def unified(before: str, after: str, *, label_before: str, label_after: str,
            context: int = 3) -> str:
    """A unified diff (``---``/``+++``/``@@`` hunks) computed with diff-match-patch."""
    if before == after:
        return ""
    before_lines = before.splitlines()
    after_lines = after.splitlines()
    # (op, line) sequence
    sequence: list[tuple[DiffOp, str]] = []
    for change in line_diff(_terminated(before), _terminated(after)):
        for line in change.text.splitlines():
            sequence.append((change.op, line))
    out = [f"--- {label_before}", f"+++ {label_after}"]
    changed = [i for i, (op, _) in enumerate(sequence) if op != "equal"]
    if not changed:
        return ""
    hunks: list[tuple[int, int]] = []
    start, end = max(changed[0] - context, 0), min(changed[0] + context + 1, len(sequence))
    for index in changed[1:]:
        if index - context <= end:
            end = min(index + context + 1, len(sequence))
        else:
            hunks.append((start, end))
            start, end = max(index - context, 0), min(index + context + 1, len(sequence))
    hunks.append((start, end))
    for start, end in hunks:
        old_start = sum(1 for op, _ in sequence[:start] if op != "insert") + 1
        new_start = sum(1 for op, _ in sequence[:start] if op != "delete") + 1
        old_count = sum(1 for op, _ in sequence[start:end] if op != "insert")
        new_count = sum(1 for op, _ in sequence[start:end] if op != "delete")
        out.append(f"@@ -{_range(old_start, old_count)} +{_range(new_start, new_count)} @@")
        for op, line in sequence[start:end]:
            out.append({"equal": " ", "delete": "-", "insert": "+"}[op] + line)
    del before_lines, after_lines
    return "\n".join(out) + "\n"


def _terminated(text: str) -> str:
    return text if text.endswith("\n") or not text else text + "\n"


def _range(start: int, count: int) -> str:
    if count == 0:
        return f"{start - 1},0"
    return str(start) if count == 1 else f"{start},{count}"


def article_diffs(before: Document, after: Document) -> list[ArticleDiff]:
    """Per changed article (present in either version), its line and word diffs."""
    before_articles = {a.get("eId", ""): a for a in before.articles()}
    after_articles = {a.get("eId", ""): a for a in after.articles()}
    order = list(after_articles) + [eid for eid in before_articles if eid not in after_articles]
    identity = after.identity
    type_name = TYPE_NAMES.get((identity.type, identity.language), identity.type)
    act_name = f"{format_date(identity.date, identity.language)}. - {type_name}"
    diffs: list[ArticleDiff] = []
    for eid in order:
        old = before_articles.get(eid)
        new = after_articles.get(eid)
        old_text = "\n".join(article_lines(old)) if old is not None else ""
        new_text = "\n".join(article_lines(new)) if new is not None else ""
        if old_text == new_text:
            continue
        label = eid.removeprefix("art_")
        diffs.append(
            ArticleDiff(
                article=label,
                eid=eid,
                before=old_text,
                after=new_text,
                unified=unified(old_text, new_text,
                                label_before=f"{act_name}, art. {label} (base)",
                                label_after=f"{act_name}, art. {label} (consolidated)"),
                words=word_diff(old_text, new_text),
            )
        )
    return diffs
