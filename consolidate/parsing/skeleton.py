"""The skeleton of an instruction: its text with quotes, cited acts and history masked.

The grammar reads words outside quotes only. Masking keeps every offset: a quote becomes a run
of ``Ꝗ`` (one per character), a cited act ``Ꜳ``, a history recital ``Ꜩ``; so a match in the
skeleton is a match at the same place in the text, and the quoted words are read back from
the original by their span. This is the tokenizer of the grammar (offsets kept).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from ..lang import scan

#: opening quote → its closing quote
OPENING_QUOTES = {'"': '"', "«": "»", "“": "”", "„": "”"}  # „…”: the Dutch low-high pair


def quoted_ranges(text: str) -> list[tuple[int, int]]:
    """``[start, end)`` of each inline quote of ``text`` (a straight quote closes at the next
    straight quote). An unterminated quote runs to the end of ``text``.

    Memoised: the parser asks about the same texts several times per instruction.
    """
    return list(_quoted_ranges(text))


@lru_cache(maxsize=512)
def _quoted_ranges(text: str) -> tuple[tuple[int, int], ...]:
    ranges: list[tuple[int, int]] = []
    index = 0
    length = len(text)
    while index < length:
        found = min((position for position in (text.find(mark, index) for mark in OPENING_QUOTES)
                     if position != -1), default=-1)
        if found == -1:
            break
        end = (_straight_end(text, found) if text[found] == '"'
               else _paired_end(text, found))
        if end == -1:
            ranges.append((found, length))
            break
        ranges.append((found, end + 1))
        index = end + 1
    return tuple(_spaced_nesting(text, ranges))


#: what lies between two spaced quotes that are one quote holding a quoted name
_NAME_BETWEEN = scan.regex(r"[ \t]+[A-Z0-9][\w'’-]+[ \t]+")


def _spaced_nesting(text: str, ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Straight quotes in the spaced style of legalize-be (`" A " sont`) never nest by
    :func:`_straight_end`; but a name quoted inside a quote shows as two quotes with the name
    alone between them: `" l'agence autonomisée interne " Zorginspectie ", créée par … "`
    (2016036305, art. 112). Two straight quotes with one capitalised word between them, the
    first closing after a space and the second opening before a space or a punctuation mark,
    are one quote (the name inside it quoted); a word between two quotes is otherwise read by
    no rule (a list or a role puts glue there: "et", "par", ",")."""
    merged: list[tuple[int, int]] = []
    for start, end in ranges:
        if merged:
            first_start, first_end = merged[-1]
            between = text[first_end:start]
            if text[first_start] == text[start] == '"' and text[first_end - 1] == '"' and \
                    text[first_end - 2 : first_end - 1].isspace() and \
                    text[start + 1 : start + 2] in (" ", ",", ";", ".", ":") and \
                    _NAME_BETWEEN.fullmatch(between):
                merged[-1] = (first_start, end)
                continue
        merged.append((start, end))
    return merged

def _paired_end(text: str, start: int) -> int:
    """Where the quote « (or “, „) opened at ``start`` closes: its pair, quotes of the same
    pair inside it nested ("les mots « la « carte de contrôle » » sont remplacés": the old
    words are "la « carte de contrôle »", not "la « carte de contrôle" with the second »
    dropped). A nesting that never closes is not one: the quote closes at its first pair."""
    opening, closing = text[start], OPENING_QUOTES[text[start]]
    naive = text.find(closing, start + 1)
    depth, index = 1, start + 1
    while True:
        close = text.find(closing, index)
        if close == -1:
            return naive
        inner = text.find(opening, index, close)
        if inner != -1:
            depth, index = depth + 1, inner + 1
            continue
        depth -= 1
        if depth == 0:
            return close
        index = close + 1


def _straight_end(text: str, start: int) -> int:
    """Where the straight quote opened at ``start`` closes. Quotes may hold quotes ("les mots
    "Directives "Accoucheuses"" sont remplacés", 2006023386, art. 21; ""Fonds de garantie
    pour les services financiers", ci-après désigné "Fonds de garantie"", 2016003166, art.
    17): inside a quote, a straight quote that follows a space (or the quote just opened) and
    comes before a letter or a digit opens a quote within it; any other closes the innermost.
    A nesting that never closes is not one: the quote closes at the next straight quote."""
    naive = text.find('"', start + 1)
    depth, nested, opened = 1, False, start
    index = start + 1
    while (position := text.find('"', index)) != -1:
        before = text[position - 1]
        after = text[position + 1 : position + 2]
        if after[:1].isalnum() and (before.isspace() or position - 1 == opened):
            depth, nested, opened = depth + 1, True, position
        else:
            depth -= 1
            if depth == 0:
                return position if nested else naive
        index = position + 1
    return naive


QUOTE_MARK = "Ꝗ"
ACT_MARK = "Ꜳ"
HISTORY_MARK = "Ꜩ"


@dataclass
class Skeleton:
    """A text and its masked twin (same length)."""

    text: str
    masked: str
    quotes: list[tuple[int, int]] = field(default_factory=list)

    @classmethod
    def of(cls, text: str) -> Skeleton:
        """Mask the inline quotes of ``text``."""
        return cls(text, quotes_masked(text), quoted_ranges(text))

    def mask(self, start: int, end: int, mark: str) -> None:
        """Mask ``[start, end)`` with ``mark`` (kept on newlines)."""
        self.masked = self.masked[:start] + _masked(self.masked[start:end], mark) + \
            self.masked[end:]

    def quotes_in(self, start: int, end: int) -> list[tuple[int, int]]:
        """The quotes that start inside ``[start, end)``."""
        return [(s, e) for s, e in self.quotes if start <= s < end]

    def quote_text(self, span: tuple[int, int]) -> str:
        """The raw quote (marks included) at ``span``."""
        return self.text[span[0] : span[1]]


@lru_cache(maxsize=64)
def quotes_masked(text: str) -> str:
    """``text`` with its inline quotes masked (memoised: the parser builds the skeleton of
    the same text several times per instruction; a skeleton is mutable, its string is not)."""
    pieces: list[str] = []
    position = 0
    for start, end in _quoted_ranges(text):
        pieces.append(text[position:start])
        pieces.append(_masked(text[start:end], QUOTE_MARK))
        position = end
    pieces.append(text[position:])
    return "".join(pieces)


def _masked(piece: str, mark: str) -> str:
    """``piece`` with every character but newlines replaced by ``mark``."""
    if "\n" not in piece:
        return mark * len(piece)
    return "\n".join(mark * len(line) for line in piece.split("\n"))


def unquote(quoted: str) -> str:
    """The folded text inside a quote ``"..."`` (trimmed, single spaces)."""
    from ..text import normalize_quoted

    return normalize_quoted(quoted[1:-1])


def is_quote_mark(char: str) -> bool:
    """Whether ``char`` opens a quote."""
    return char in OPENING_QUOTES
