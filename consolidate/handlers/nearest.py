"""Nearest candidates for quoted words that were not found (the "did you mean" of errors).

A small word-window search: the unit's text is cut into windows of as many words as the
quoted text (plus or minus one); each window is scored by a word-level edit distance, ties
broken by a character-level distance on the differing words. Deterministic and fast for
texts of a few thousand words.
"""

from __future__ import annotations

from ..text import fold_text


def _distance(left: list[str], right: list[str]) -> int:
    """Levenshtein distance between two sequences (words or characters)."""
    previous = list(range(len(right) + 1))
    for i, item in enumerate(left, 1):
        current = [i]
        for j, other in enumerate(right, 1):
            current.append(
                min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (item != other))
            )
        previous = current
    return previous[-1]


def _char_distance(left: str, right: str) -> int:
    return _distance(list(left), list(right))


_PUNCTUATION = ",.;:!?()«»\"'"


def _trim(text: str, like: str) -> str:
    """Drop punctuation at the ends of ``text`` that ``like`` does not have there."""
    if like[-1:] not in _PUNCTUATION:
        text = text.rstrip(_PUNCTUATION)
    if like[:1] not in _PUNCTUATION:
        text = text.lstrip(_PUNCTUATION)
    return text or like


def nearest(haystack: str, needle: str, limit: int = 1) -> tuple[str, ...]:
    """The windows of ``haystack`` closest to ``needle`` (folded), or () when none is close."""
    words = fold_text(haystack).split(" ")
    wanted = fold_text(needle).split(" ")
    if not wanted or not words or not wanted[0]:
        return ()
    size = len(wanted)
    scored: list[tuple[int, int, int, str]] = []
    for width in (size, size - 1, size + 1):
        if width < 1 or width > len(words):
            continue
        for start in range(len(words) - width + 1):
            window = words[start : start + width]
            word_cost = _distance(wanted, window)
            if word_cost > max(1, size // 3):
                continue
            text = _trim(" ".join(window), " ".join(wanted))
            char_cost = _char_distance(" ".join(wanted), text)
            if size == 1 and char_cost > max(1, len(wanted[0]) // 3):
                continue
            scored.append((char_cost, word_cost, start, text))
    scored.sort()
    out: list[str] = []
    for _, _, _, text in scored:
        if text not in out and text != fold_text(needle):
            out.append(text)
        if len(out) == limit:
            break
    return tuple(out)


def context(text: str, start: int, end: int, words: int = 4) -> str:
    """The words around ``[start, end)``: '… before [match] after …'."""
    before = text[:start].split()[-words:]
    after = text[end:].split()[:words]
    return " ".join([*before, text[start:end], *after])
