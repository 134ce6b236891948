"""Label checks of inserted items and units: the family of a list and its sequence.

A list is numbered in one family (1°, a), 1), 1. or dashes); an added label continues it.
"""

from __future__ import annotations

from ..errors import LabelConflict
from ..text import Label, roman_value
from . import Job

#: a letter that is a roman numeral too: among roman sub-items ("i)", "ii)", "iii)") it is one
_ROMAN_LETTERS = frozenset({"i)", "v)", "x)"})

_FAMILY_NAMES = {
    "degree": "1°, 2°, …", "letter": "a), b), …", "paren": "1), 2), …", "dot": "1., 2., …",
    "dash": "dashes (-)", "roman": "i), ii), …",
}


def romanized(labels: list[Label], among: list[Label]) -> list[Label]:
    """``labels`` with "i)", "v)", "x)" read as roman numerals when ``among`` (the list's
    labels, new ones included) holds a roman one ("ii)"): a roman list, never letters 9, 22
    and 24 among 2, 3 (a "iv)" inserted by its label went before "i)", or was refused)."""
    if not any(label.style == "roman" for label in among):
        return labels
    return [Label(roman_value(label.text.rstrip(")")), style="roman", text=label.text)
            if label.style == "letter" and label.text in _ROMAN_LETTERS else label
            for label in labels]


def family(label: Label) -> str:
    """The label family of an item: '1°' (and a bare number), 'a)', '1)', '1.' or '-'."""
    return "degree" if label.style == "number" else label.style


def check_family(new: Label, existing: list[Label], text: str, job: Job) -> None:
    """``new`` is of the same family as the list's labels (1° vs a) vs 1) vs 1.)."""
    families = {family(label) for label in existing}
    if len(families) == 1 and family(new) not in families:
        have = _FAMILY_NAMES.get(next(iter(families)), next(iter(families)))
        raise LabelConflict(
            f"cannot add {text} to a list numbered {have}: it is of another kind "
            f"(a sub-item needs its own list: name the item it belongs to)",
            context=job.context,
        )


def check_end_label(new: Label, existing: list[Label], text: str, job: Job) -> None:
    """``new`` continues the sequence ``existing`` (tombstones included)."""
    check_family(new, existing, text, job)
    for label in existing:
        if label.same(new):
            raise LabelConflict(
                f"cannot add {text}: it already exists (or existed and was repealed; "
                "reusing a label needs 'rétabli')",
                context=job.context,
            )
    if existing and max(existing) > new:
        raise LabelConflict(
            f"cannot add {text} at the end: it does not follow {max(existing).text}",
            context=job.context,
        )
    numbers = {label.number for label in existing}
    needed = range(new.number, new.number + 1) if new.latin or new.sub else range(1, new.number)
    missing = [n for n in needed if n not in numbers]
    if missing and (existing or new.number > 1):
        raise LabelConflict(
            f"cannot add {text}: the sequence lacks number(s) {', '.join(map(str, missing))}",
            context=job.context,
        )


def check_between(new: Label, existing: list[Label], index: int, text: str, job: Job) -> None:
    """``new`` fits at position ``index`` of ``existing`` (labels in document order)."""
    check_family(new, existing, text, job)
    if any(label.same(new) for label in existing):
        raise LabelConflict(f"cannot insert {text}: it already exists", context=job.context)
    before = existing[index - 1] if index > 0 else None
    after = existing[index] if index < len(existing) else None
    if (before and before > new) or (after and after < new):
        raise LabelConflict(
            f"cannot insert {text} there: it does not sit between its neighbours",
            context=job.context,
        )
