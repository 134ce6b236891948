"""Designations: which act, which article, which unit below it, and the history recitals."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from ..lang import fr
from ..model import ActRef, Step
from ..text import normalize_quoted, parse_label
from .source import french_date

OPENING_QUOTES = {'"': '"', "«": "»", "“": "”"}


def unquote(quoted: str) -> str:
    """The folded text inside a quote ``"..."`` (trimmed, single spaces)."""
    return normalize_quoted(quoted[1:-1])


_OPENING = re.compile("[" + "".join(OPENING_QUOTES) + "]")


@lru_cache(maxsize=256)
def quoted_ranges(text: str) -> tuple[tuple[int, int], ...]:
    """``[start, end)`` of each inline quote of ``text`` (a straight quote closes at the next
    straight quote). An unterminated quote runs to the end of ``text``.

    Cached: the parser asks several times about the same instruction text.
    """
    ranges: list[tuple[int, int]] = []
    index = 0
    while (opening := _OPENING.search(text, index)) is not None:
        index = opening.start()
        closing = OPENING_QUOTES[text[index]]
        end = text.find(closing, index + 1)
        if end == -1:
            ranges.append((index, len(text)))
            break
        ranges.append((index, end + 1))
        index = end + 1
    return tuple(ranges)


def unterminated_quote(text: str) -> int | None:
    """Offset of a quote that is opened and never closed, or None."""
    ranges = quoted_ranges(text)
    if ranges and (ranges[-1][1] == len(text)) and (
        len(text) - ranges[-1][0] < 2
        or text[-1] != OPENING_QUOTES[text[ranges[-1][0]]]
    ):
        return ranges[-1][0]
    return None


def outside_quotes(text: str, pattern: re.Pattern[str]) -> Iterator[re.Match[str]]:
    """The matches of ``pattern`` in ``text`` that do not start inside a quote."""
    ranges = quoted_ranges(text)
    for match in pattern.finditer(text):
        if not any(start <= match.start() < end for start, end in ranges):
            yield match


def _split(text: str, pattern: re.Pattern[str]) -> list[str]:
    parts: list[str] = []
    position = 0
    for match in outside_quotes(text, pattern):
        parts.append(text[position : match.start()])
        position = match.end()
    parts.append(text[position:])
    return parts


# --- address steps ------------------------------------------------------------------------------


def parse_step(part: str) -> Step | bool | None:
    """One address part ("l'alinéa 2", "le 4°", "la phrase liminaire") as a Step.

    Returns True for "l'article" (the designated article itself) and None if unreadable.
    """
    part = " ".join(part.split())
    for name, pattern in fr.STEPS.items():
        match = pattern.match(part)
        if match is None:
            continue
        if name == "article_itself":
            return True
        if name == "intro":
            return Step(unit="intro")
        if name == "sentence_quoted":
            return Step(unit="sentence", label=unquote(match["quote"]))
        if name in ("sentence_ordinal", "alinea_ordinal"):
            rank = fr.ORDINALS[match["ordinal"]]
            if rank < 1:
                return None
            if name == "alinea_ordinal":
                return Step(unit="alinea", label="1er" if rank == 1 else str(rank))
            return Step(unit="sentence", label=f"#{rank}")
        label = match["label"]
        if not _is_label(label):
            return None
        unit = {"paragraph": "paragraph", "alinea": "alinea"}.get(name, "point")
        return Step(unit=unit, label=label)
    return None


def _is_label(label: str) -> bool:
    try:
        parse_label(label)
    except ValueError:
        return False
    return True


def parse_steps(address: str) -> tuple[Step, ...] | None:
    """An address below an article ("la phrase liminaire de l'alinéa 1er", "l'alinéa 1er,
    6°", "l'article") as steps, outermost first; None if it cannot be read."""
    steps: list[Step] = []
    for group in reversed(_split(address.strip(), fr.STEP_OF)):
        for part in _split(group, re.compile(r"\s*,\s*")):
            step = parse_step(part)
            if step is None:
                return None
            if step is True:
                if len(_split(address, re.compile(r"\s*,\s*|\s+de\s+"))) > 1:
                    return None
                continue
            assert isinstance(step, Step)
            steps.append(step)
    return tuple(steps)


def designation_step(raw: str) -> Step:
    """A step as written after an article label: "§ 1er", "alinéa 2", "1°"."""
    raw = " ".join(raw.split())
    if raw.startswith("§"):
        return Step(unit="paragraph", label=raw[1:].strip())
    if raw.startswith("alinéa"):
        return Step(unit="alinea", label=raw.removeprefix("alinéa").strip())
    return Step(unit="point", label=raw)


# --- acts ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ActReading:
    """An act reference as read, and how it was read."""

    act: ActRef
    formula: str
    end: int


def read_act(text: str, position: int, last: ActRef | None) -> ActReading | str | None:
    """The act cited at ``position`` ("de la loi du ...", "de la même loi").

    Returns None when no act is cited there, and the string "same-without-antecedent" for a
    "même loi" with no act cited before (the caller raises P004), "bad-date" for an impossible
    date.
    """
    same = fr.FORMULAS["act_same"].match(text, position)
    if same is not None:
        if last is None:
            return "same-without-antecedent"
        return ActReading(last, "act_same", same.end())
    cited = fr.FORMULAS["act_cited"].match(text, position)
    if cited is None:
        return None
    date = french_date(" ".join(cited["date"].split()))
    if date is None:
        return "bad-date"
    title = " ".join(cited["title"].split()) if cited["title"] else None
    kind = fr.ACT_TYPES.get(" ".join(cited["type"].split()), "loi")
    return ActReading(ActRef(type=kind, date=date, title=title or None), "act_cited", cited.end())


def cited_acts(text: str) -> list[ActRef]:
    """Every act cited outside quotes in running text, in order."""
    acts: list[ActRef] = []
    for match in outside_quotes(text, fr.FORMULAS["act_citation"]):
        date = french_date(" ".join(match["date"].split()))
        if date is not None:
            title = " ".join(match["title"].split()) if match["title"] else None
            kind = fr.ACT_TYPES.get(" ".join(match["type"].split()), "loi")
            acts.append(ActRef(type=kind, date=date, title=title))
    return acts


_RECITAL_SPLIT = re.compile(
    rf"\s+et\s+(?=(?:{'|'.join(fr.AMENDING_PARTICIPLES)}){fr.PARTICIPLE_ENDING}\s+par\s)"
)


def read_history(text: str, position: int) -> tuple[tuple[str, ...], int]:
    """The history recitals at ``position`` (", remplacé par la loi du ...") and their end."""
    recitals: list[str] = []
    while match := fr.FORMULAS["history"].match(text, position):
        for recital in _RECITAL_SPLIT.split(match["recitals"].strip()):
            recitals.append(" ".join(recital.removeprefix("et ").split()))
        position = match.end()
    return tuple(recitals), position
