"""Justel marks in a line of text: ``[1 words]1``, ``[1 ...]1`` and older ``<L ...>`` references.

A line is cut into tokens: text, an opening mark ``[n``, a closing mark ``]n`` and an old-style
reference ``<L 1996-07-10/42, art. 4, 018; En vigueur : 11-08-1996>``. :func:`strip_marks`
removes every mark, reference and footnote block from a Justel text, giving the plain text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..document import MONTHS_FR, MONTHS_NL
from ..lang import scan
from .lines import (
    ARTICLE,
    FOOTNOTE,
    HEADING,
    HEADING_RANKS,
    HEADING_WORDS,
    ITEM,
    LEAD,
    LEAD_CLOSED,
    NOTE,
    PARAGRAPH,
    REPEALED_ALINEA,
    REPEALED_ARTICLE,
    REPEALED_BRACKETED,
    REPEALED_BY,
    REPEALED_DIVISION,
    REPEALED_UNIT,
    SEPARATOR,
    SPACE,
    clean,
)

_TOKEN = scan.regex(
    r"\[(?P<open>\d+) ?(?!\])|\](?P<close>\d+)"
    r"|<(?P<ref>[^<>]*\d{2}-\d{2}-\d{2,4}[^<>]*)>"
)
ELLIPSIS = "..."


@dataclass(frozen=True)
class Token:
    """One piece of a line: ``kind`` is 'text', 'open', 'close' or 'ref'."""

    kind: str
    value: str = ""
    number: int = 0


def tokenize(line: str) -> list[Token]:
    """Cut a line into text, mark and reference tokens (left to right)."""
    tokens: list[Token] = []
    position = 0
    for match in _TOKEN.finditer(line):
        if match.start() > position:
            tokens.append(Token("text", line[position:match.start()]))
        if match["open"] is not None:
            tokens.append(Token("open", number=int(match["open"])))
        elif match["close"] is not None:
            tokens.append(Token("close", number=int(match["close"])))
        else:
            tokens.append(Token("ref", match["ref"]))
        position = match.end()
    if position < len(line):
        tokens.append(Token("text", line[position:]))
    return tokens


def render_tokens(tokens: list[Token]) -> str:
    """Tokens back to Justel text (``[n `` with its space, ``]n`` without)."""
    out: list[str] = []
    for token in tokens:
        if token.kind == "open":
            out.append(f"[{token.number} ")
        elif token.kind == "close":
            out.append(f"]{token.number}")
        elif token.kind == "ref":
            out.append(f"<{token.value}>")
        else:
            out.append(token.value)
    return "".join(out)


def count_marks(text: str) -> dict[str, int]:
    """How many opening marks, closing marks and old references a text holds."""
    counts = {"open": 0, "close": 0, "ref": 0}
    for match in _TOKEN.finditer(text):
        if match["open"] is not None:
            counts["open"] += 1
        elif match["close"] is not None:
            counts["close"] += 1
        else:
            counts["ref"] += 1
    return counts


_REMOVAL = scan.regex(r"[ ]?\[\d+ \.\.\.\]\d+ ?")
_REF = scan.regex(r"[ ]?<[^<>]*\d{2}-\d{2}-\d{2,4}[^<>]*> ?")
_SPACES = scan.regex(f"[{SPACE}]+")
_HEAD = scan.regex(r"^(?P<head>(?:Article|Artikel|Art\.)[ ]+[^ ]+\.)(?P<rest>.*)$")
_LABELS = scan.regex(
    rf"(?:(?:Article|Artikel|Art\.)[ ]+[^ ]+\.)?[ ]?(?:§[ ]?[^ ]+\.)?[ ]?"
    rf"(?:{ITEM.pattern[1:].replace('?P<label>', '?:')})?"
)
_PARAGRAPH_ONLY = scan.regex(r"§[ ]?[^ ]+\.")
_BARE_HEAD = scan.regex(r"(?:Article|Artikel|Art\.)[ ]+[^ ]+\.")
_BARE_LABEL = scan.regex(rf"(?:{_BARE_HEAD.pattern})?[ ]?(?:{_PARAGRAPH_ONLY.pattern})?")
_DUTCH_MONTHS = tuple(month for month in MONTHS_NL if month not in MONTHS_FR)
_LABEL_ONLY = scan.regex(
    rf"^(?:{ITEM.pattern[1:]}|{PARAGRAPH.pattern[1:].replace('?P<label>', '?:')})$"
)


def _drop(pattern: re.Pattern[str], line: str) -> str:
    """Remove every anchor as the writer placed it (see :mod:`.writer`).

    The writer puts one space before an anchor that follows words, and one after an anchor
    that starts a unit's text; the text's own spaces are kept. So ``fin [1 ...]1 ;`` is
    ``fin ;``, ``principal [1 ...]1.`` is ``principal.``, ``2) [1 ...]1.`` is ``2) .``.
    """

    def replace(match: re.Match[str]) -> str:
        text = match.group(0)
        head = _REF.sub("", _REMOVAL.sub("", line[: match.start()]))
        head = re.sub(r"\[\d+ ?(?!\])|\]\d+", "", head).strip(SPACE)
        if not head or _LABELS.fullmatch(head):
            return " " if head and text.startswith(" ") else ""
        return " " if text.endswith(" ") else ""

    return pattern.sub(replace, line)


def strip_line(line: str, repealed: str = "(abrogé)") -> str | None:
    """One line without marks and references (None: a tombstone the plain text leaves out)."""
    if REPEALED_ALINEA.match(line) or REPEALED_BY.match(line):
        return None
    head = _HEAD.match(line)
    rest = head["rest"].strip(SPACE) if head else ""
    if head and (REPEALED_UNIT.match(rest) or REPEALED_BY.match(rest)
                 or REPEALED_BRACKETED.match(rest)):
        # "Art. 8. (...) <L …>", "Art. 13. (Abrogé) <L …>", "Art. 10. <Opgeheven bij W …>"
        return f"{head['head']} {repealed}"
    stripped = _drop(_REF, _drop(_REMOVAL, line))
    stripped = re.sub(r"\[\d+ ?(?!\])|\]\d+", "", stripped).strip(SPACE)
    if head and (not stripped[len(head["head"]):].strip() or REPEALED_ARTICLE.search(stripped)):
        removed = head["rest"].strip()
        if removed and (REPEALED_ARTICLE.search(removed) or _REMOVAL.fullmatch(" " + removed)):
            return f"{head['head']} {repealed}"
    if not stripped or _LABEL_ONLY.match(stripped):
        return None
    return stripped


def _repealed_unit(line: str) -> bool:
    """``(...) <L …>``, ``§ 2. (Abrogé) <L …>``, ``3° (...); <L …>``: an older tombstone."""
    label = PARAGRAPH.match(line) or ITEM.match(line)
    rest = line[label.end():] if label else line
    return bool(REPEALED_UNIT.match(rest.strip(SPACE)))


def _repealed_first(line: str, following: str) -> str | None:
    """``Art. 10. § 1. (...) <L …>`` (or an ``(Abrogé)`` first alinéa) with lines after it:
    the article's head, whose first unit is a tombstone (None: not such a line)."""
    head = _HEAD.match(line)
    if not head or not _repealed_unit(head["rest"].strip(SPACE)):
        return None
    if PARAGRAPH.match(head["rest"].strip(SPACE)) or (following and not SEPARATOR.match(following)):
        return head["head"]
    return None


def strip_marks(text: str) -> str:
    """A Justel text without its marks, footnotes, tombstones and NOTE lines.

    For a text written by :func:`~consolidate.justel.write_justel` this is exactly what
    :func:`consolidate.document.render_text` prints for the same document: the title line,
    then per heading or article a blank line and one line per heading, article line, alinéa
    and item (repealed articles as ``Art. 39. (abrogé)``, other tombstones left out).
    """
    lines = text.split("\n")
    out: list[str] = [clean(lines[0]), ""] if lines else []
    dutch = bool(lines) and any(f" {month} " in lines[0] for month in _DUTCH_MONTHS)
    repealed = "(opgeheven)" if dutch else "(abrogé)"
    in_notes = False
    tombstones = _division_tombstones(lines)
    bare_label = ""  # "article" | "paragraph": the last line is a label whose text follows
    block_ended = False  # a blank line was read: the next line kept starts a new block
    for index, raw in enumerate(lines[1:], 1):
        line = clean(raw)
        if not line:
            in_notes, bare_label, block_ended = False, "", True
            continue
        if SEPARATOR.match(line):
            in_notes, bare_label = True, ""
            continue
        if (in_notes and FOOTNOTE.match(line)) or NOTE.match(line):
            continue
        if index in tombstones:  # "CHAPITRE 3. [1 ...]1", its articles gone (or its heading)
            block_ended = _new_block(out, block_ended)
            number, gone = tombstones[index]
            out.append(f"{number} {repealed}" if gone else number)
            bare_label = ""
            continue
        if REPEALED_BY.match(line) and out and _BARE_HEAD.fullmatch(out[-1]):
            out[-1] = f"{out[-1]} {repealed}"  # "Art. 281." then "<Abrogé par ...>"
            continue
        if _BARE_LABEL.fullmatch(line):
            following = clean(lines[index + 1]) if index + 1 < len(lines) else ""
            if _REMOVAL.fullmatch(following):  # "Art. 5." then "[1 ...]1": not a tombstone
                if bare_label == "article" and line.startswith("§"):
                    out[-1] = f"{out[-1]} {line}"
                else:
                    block_ended = _new_block(out, block_ended)
                    out.append(line)
                bare_label = "paragraph" if "§" in line else "article"
                continue
        following = clean(lines[index + 1]) if index + 1 < len(lines) else ""
        if (bare := _repealed_first(line, following)) is not None:
            block_ended = _new_block(out, block_ended)
            out.append(bare)
            bare_label = "article"
            continue
        if not block_ended and _repealed_unit(line):
            continue  # "§ 2. (...) <L …>" in an article (after a blank line: a heading "(...).")
        stripped = strip_line(line, repealed)
        if stripped is None:
            continue
        head = _HEAD.match(stripped)
        if not head and LEAD.match(stripped) and (
                PARAGRAPH.match(stripped[1:]) or ITEM.match(stripped[1:])):
            stripped = stripped[1:]  # "(1° …": the older bracket is c:lead, not plain text
        elif not head and (closed := LEAD_CLOSED.match(stripped)):
            stripped = closed["label"] + stripped[closed.end():]  # "(§ 3.) …": c:leadClose
        if head and _REMOVAL.search(line) and _PARAGRAPH_ONLY.fullmatch(head["rest"].strip()):
            block_ended = _new_block(out, block_ended)
            out.append(head["head"])  # "Art. 13. § 1er. [1 ...]1": the § is repealed
            bare_label = "article"
            continue
        joins = (bare_label == "article" and not head) or (
            bare_label == "paragraph" and not head and not PARAGRAPH.match(stripped))
        if joins:
            out[-1] = f"{out[-1]} {stripped}"
        else:
            block_ended = _new_block(out, block_ended)
            out.append(stripped)
        bare_label = ""
    return "\n".join(out) + "\n"


def _division_tombstones(lines: list[str]) -> dict[int, tuple[str, bool]]:
    """The lines of repealed divisions (``CHAPITRE 3. [1 ...]1``), with their number and
    whether the reader makes them tombstones: when no live article nor live division comes
    before the next division of the same rank or higher (else only the heading was repealed:
    the plain text keeps the number alone, as the reader does)."""
    found: dict[int, tuple[str, bool]] = {}
    for index, raw in enumerate(lines):
        line = clean(raw)
        head = HEADING.match(line)
        removal = REPEALED_DIVISION.match(line[head.end():]) if head else None
        if head is None or removal is None or removal["open"] != removal["close"]:
            continue
        rank = HEADING_RANKS[HEADING_WORDS[head["word"].lower()]]
        live = False
        for following in (clean(r) for r in lines[index + 1:]):
            inner = HEADING.match(following)
            if inner is not None:
                if HEADING_RANKS[HEADING_WORDS[inner["word"].lower()]] <= rank:
                    break
                gone = REPEALED_DIVISION.match(following[inner.end():])
                if gone is None or gone["open"] != gone["close"]:
                    live = True
                    break
            elif ARTICLE.match(following) and not (strip_line(following) or "").endswith(
                    ("(abrogé)", "(opgeheven)")):
                live = True
                break
        found[index] = (head.group(0).strip(SPACE), not live)
    return found


def _new_block(out: list[str], block_ended: bool) -> bool:
    """Before a kept line: one blank line if a blank line ended the previous block."""
    if block_ended and out and out[-1] != "":
        out.append("")
    return False


def normalise(text: str) -> str:
    """Whitespace-insensitive form of a Justel text, for comparisons with a page."""
    text = _SPACES.sub(" ", text)
    text = re.sub(r"(Article|Artikel|Art\.) ?([0-9][^ .]*)\. ?", r"\1 \2. ", text)
    text = re.sub(r" ?(\[\d+) ?", r" \1 ", text)
    text = re.sub(r" ?(\]\d+)", r"\1", text)
    text = re.sub(r" ?(<[^<>]*>) ?", r" \1 ", text)
    return _SPACES.sub(" ", text).strip()
