"""The order of a chain (docs/time.md): the order of effect of acts, and order files.

Acts (and their slices) are ordered by date in force, then publication date, then their rank
in an order file, then the act's date and Justel id, then the order given. An order file
(TOML ``order = ["L 2025-02-03/7", "L 2025-02-05/9"]`` or JSON ``{"order": [...]}``) names
acts by Justel id, Justel reference, numac or ``"type YYYY-MM-DD"``; it settles acts that
change the same unit on the same date.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError, SameIdentity
from .model import AmendingAct, AmendingActInfo
from .timeline import effect_date


@dataclass(frozen=True)
class Conflict:
    """Two acts changing the same unit on the same date; ``settled_by`` says what ordered
    them ('publication', 'order file') or is None (unsettled: an error)."""

    unit: str
    date: dt.date
    acts: tuple[str, str]
    settled_by: str | None

    def describe(self) -> str:
        """One line for the report."""
        how = f"ordered by {self.settled_by}" if self.settled_by else "not ordered"
        return f"{self.acts[0]} and {self.acts[1]} both change {self.unit} on " \
               f"{self.date.isoformat()} ({how})"


def act_keys(info: AmendingActInfo) -> set[str]:
    """The names an order file may give an act: its Justel id ('L 2024-03-25/42'), Justel
    reference ('2024-03-25/42'), numac, or 'type date' ('loi 2024-03-25')."""
    keys = {info.justel_id, f"{info.type} {info.date.isoformat()}"}
    if info.justel_reference:
        keys.add(info.justel_reference)
    if info.numac:
        keys.add(info.numac)
    return keys


def read_order(path: str | Path) -> tuple[str, ...]:
    """Read an order file: TOML (``order = ["L 2024-03-25/42", "L 2024-05-02/7"]``) or JSON
    (``{"order": [...]}``); the acts listed go in that order when their dates tie."""
    import json  # here: read only with --order (start-up)
    import tomllib

    file = Path(path)
    try:
        text = file.read_text(encoding="utf-8")
    except OSError as error:
        raise InputError(f"cannot read {file}: {error.strerror}") from None
    try:
        data = json.loads(text) if file.suffix == ".json" else tomllib.loads(text)
    except (ValueError, tomllib.TOMLDecodeError) as error:
        raise InputError(f"cannot read the order file {file}: {error}") from None
    order = data.get("order") if isinstance(data, dict) else None
    if not isinstance(order, list) or not all(isinstance(item, str) for item in order):
        raise InputError(f'the order file {file} needs order = ["<act>", ...] (a list of '
                         "Justel ids, references, numacs or 'loi YYYY-MM-DD')")
    return tuple(order)


def rank(info: AmendingActInfo, order: Sequence[str]) -> int:
    """The act's place in an order file's list (its length when not listed)."""
    keys = act_keys(info)
    for place, name in enumerate(order):
        if name in keys:
            return place
    return len(order)


def order_key(act: AmendingAct, date: dt.date, position: int,
         order: Sequence[str]) -> tuple[dt.date, dt.date, int, dt.date, str, int]:
    publication = act.act.publication or dt.date.max
    return (date, publication, rank(act.act, order), act.act.date, act.act.justel_id, position)


def order_acts(acts: Sequence[AmendingAct], order: Sequence[str] = ()) -> list[AmendingAct]:
    """The acts in the order of their effect: earliest date in force (a pending date fixed by
    a later act of ``acts`` counts), publication date, ``order``, act date, Justel id, order
    given."""
    check_distinct(acts)
    keyed = [(order_key(act, effect_date(act, acts), i, order), act) for i, act in enumerate(acts)]
    return [act for _, act in sorted(keyed, key=lambda pair: pair[0])]


def check_distinct(acts: Sequence[AmendingAct]) -> None:
    """The same act given twice is refused (E100); two different acts that one identity
    would confuse are refused too (A011, :class:`~consolidate.errors.SameIdentity`): same
    Justel id (same type and date, no Justel number or the same one), other titles, and
    amending articles of the same number on the same text and language — their footnotes
    ("<L 2006-12-27, art. 1er, …>") could not tell which act wrote them."""
    seen: set[tuple[str, str]] = set()
    for act in acts:
        key = (act.act.justel_id, act.act.title)
        if key in seen:
            raise InputError(f"the act {act.act.justel_id} is given twice")
        seen.add(key)
    by_id: dict[str, AmendingAct] = {}
    for act in acts:
        other = by_id.setdefault(act.act.justel_id, act)
        if other is act:
            continue
        shared = sorted(_provisions(act) & _provisions(other))
        if shared and act.act.justel_reference is not None:  # one Justel number: one act
            raise InputError(f"the act {act.act.justel_id} is given twice (\"{other.act.title}"
                             f"\", \"{act.act.title}\")")
        if shared:
            article, target, language = shared[0]
            raise SameIdentity(
                f"two acts of the chain are both {act.act.justel_id}: \"{other.act.title}\" "
                f"and \"{act.act.title}\", and both have an article {article} amending "
                f"{target} ({language}); nothing tells their footnotes and history apart — "
                "give each act its Justel reference (front matter 'case: "
                f"{act.act.date.isoformat()}/NN', the number of its Justel page)")


def _provisions(act: AmendingAct) -> set[tuple[str, str, str]]:
    """(amending article, target act, language) of every operation of ``act``."""
    return {(article.number, op.target.act.describe() if op.target.act else "?",
             op.language or "fr")
            for article in act.articles for op in article.operations}
