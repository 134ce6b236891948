"""Nearest candidates for quoted words that were not found (the "did you mean" of errors).

Two deterministic searches, fast for texts of a few thousand words:

- close windows: the unit's text is cut into windows of as many words as the quoted text
  (plus or minus one); each window is scored by a word-level edit distance, ties broken by a
  character-level distance (typos, one word more or less);
- anchored windows, for a stretch replaced by one of another length ("comme caporal ne soit"
  vs "comme sous-officier ou volontaire de réserve ne soit"): a window starts where the quoted
  text's first words occur and ends where its last words occur (or the reverse), within a
  bounded gap; it is kept when these common words are at least half of the quoted text.

Close windows rank before anchored ones.
"""

from __future__ import annotations

from functools import lru_cache

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
    ranked = [text for _, _, _, text in scored]
    ranked += _anchored(words, wanted)
    out: list[str] = []
    for text in ranked:
        if text not in out and text != fold_text(needle):
            out.append(text)
        if len(out) == limit:
            break
    return tuple(out)


@lru_cache(maxsize=4096)
def _alike(word: str, other: str) -> bool:
    """Equal words, or long words one typo apart ('suspendu' / 'suspendus')."""
    if word == other:
        return True
    if min(len(word), len(other)) < 5 or abs(len(word) - len(other)) > 1:
        return False
    return _char_distance(word, other) <= 1


def _common_prefix(left: list[str], right: list[str], start: int, limit: int) -> int:
    """How many words of ``right`` (up to ``limit``) ``left[start:]`` starts with."""
    count = 0
    while count < limit and start + count < len(left) and _alike(left[start + count], right[count]):
        count += 1
    return count


def _forward(words: list[str], wanted: list[str]) -> list[tuple[int, int, int]]:
    """(common words, start, end) of the windows anchored on ``wanted``'s first words."""
    size = len(wanted)
    gap = size + 4  # the differing stretch may be this much longer than the quoted one
    found: list[tuple[int, int, int]] = []
    for start, word in enumerate(words):
        if not _alike(word, wanted[0]):
            continue
        prefix = _common_prefix(words, wanted, start, size)
        if prefix == size:
            continue  # the quoted text itself: nothing to propose
        tail = wanted[prefix:][::-1]
        best = (0, 0)
        for end in range(start + prefix + 1, min(len(words), start + prefix + gap) + 1):
            # common suffix of words[start + prefix:end] and tail (reversed)
            suffix = 0
            while (suffix < len(tail) and end - 1 - suffix >= start + prefix
                   and _alike(words[end - 1 - suffix], tail[suffix])):
                suffix += 1
            if suffix > best[0]:
                best = (suffix, end)
        if best[0] and 2 * (prefix + best[0]) >= size:
            found.append((prefix + best[0], start, best[1]))
    return found


def _anchored(words: list[str], wanted: list[str]) -> list[str]:
    """Windows sharing the quoted text's first and last words, best first."""
    if len(wanted) < 2:
        return []
    found = _forward(words, wanted)
    count = len(words)
    for common, start, end in _forward(words[::-1], wanted[::-1]):
        found.append((common, count - end, count - start))
    needle = " ".join(wanted)
    scored = sorted(
        (-common, abs(end - start - len(wanted)), start, end)
        for common, start, end in set(found)
    )
    return [_trim(" ".join(words[start:end]), needle) for _, _, start, end in scored[:20]]


def context(text: str, start: int, end: int, words: int = 4) -> str:
    """The words around ``[start, end)``: '… before [match] after …'."""
    before = text[:start].split()[-words:]
    after = text[end:].split()[:words]
    return " ".join([*before, text[start:end], *after])
