"""The skeleton of an instruction: its text with quotes, cited acts and history masked.

The grammar reads words outside quotes only. Masking keeps every offset: a quote becomes a run
of ``Ꝗ`` (one per character), a cited act ``Ꜳ``, a history recital ``Ꜩ``; so a match in the
skeleton is a match at the same place in the text, and the quoted words are read back from
the original by their span. This is the tokenizer of the grammar (offsets kept).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .designation import OPENING_QUOTES, quoted_ranges

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
        ranges = quoted_ranges(text)
        chars = list(text)
        for start, end in ranges:
            for index in range(start, end):
                if chars[index] != "\n":
                    chars[index] = QUOTE_MARK
        return cls(text, "".join(chars), ranges)

    def mask(self, start: int, end: int, mark: str) -> None:
        """Mask ``[start, end)`` with ``mark`` (kept on newlines)."""
        inner = "".join(mark if ch != "\n" else ch for ch in self.masked[start:end])
        self.masked = self.masked[:start] + inner + self.masked[end:]

    def quotes_in(self, start: int, end: int) -> list[tuple[int, int]]:
        """The quotes that start inside ``[start, end)``."""
        return [(s, e) for s, e in self.quotes if start <= s < end]

    def quote_text(self, span: tuple[int, int]) -> str:
        """The raw quote (marks included) at ``span``."""
        return self.text[span[0] : span[1]]


def is_quote_mark(char: str) -> bool:
    """Whether ``char`` opens a quote."""
    return char in OPENING_QUOTES
