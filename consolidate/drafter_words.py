"""Pieces of the drafter (:mod:`consolidate.drafter`): French words, designations, quoted
blocks of new text — each written exactly as :mod:`consolidate.lang.fr` reads it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from .errors import ConsolidateError
from .lang import fr, scan
from .model import ActRef, InsertUnit, NewUnit, Operation, Step
from .text import ordinal_word


class DraftError(ConsolidateError):
    """An operation cannot be written in the formulas the parser reads."""

    code = "D001"


CITED = {
    "loi": ("de la loi", "de la même loi"),
    "arrêté royal": ("de l'arrêté royal", "du même arrêté royal"),
    "arrêté ministériel": ("de l'arrêté ministériel", "du même arrêté ministériel"),
    "décret": ("du décret", "du même décret"),
    "ordonnance": ("de l'ordonnance", "de la même ordonnance"),
}
ORDINALS = {value: word for word, value in reversed(fr.ORDINALS.items()) if value > 0}
ORDINALS[1] = "première"
ORDINALS[2] = "deuxième"
DOT_ITEM = scan.regex(r"^\d+\.$")


# --- words ----------------------------------------------------------------------------------


def french_date(date: dt.date) -> str:
    """'1er janvier 2024', '16 mai 2001'."""
    day = "1er" if date.day == 1 else str(date.day)
    return f"{day} {fr.MONTHS[date.month - 1]} {date.year}"


def quote(text: str) -> str:
    """``"text"`` — or ``« text »`` / ``“text”`` when the text holds a straight quote."""
    if '"' not in text:
        return f'"{text}"'
    if "«" not in text and "»" not in text:
        return f"« {text} »"
    if "“" not in text and "”" not in text:
        return f"“{text}”"
    raise DraftError(f"cannot quote {text!r}: it holds every kind of quote mark")


def words_phrase(text: str) -> tuple[str, bool]:
    """'le mot "X"' or 'les mots "X"', and whether it is plural."""
    plural = len(text.split()) > 1
    return f"{'les mots' if plural else 'le mot'} {quote(text)}", plural


def agree(participle: str, *, feminine: bool = False, plural: bool = False) -> str:
    """'remplacé' → 'remplacée', 'remplacés', 'remplacées'."""
    return participle + ("e" if feminine else "") + ("s" if plural else "")


def cited_act(ref: ActRef, previous: ActRef | None) -> str:
    """'de la loi du 16 mai 2001 portant …', or 'de la même loi' when ``ref`` is the act cited
    by the article before (``previous``)."""
    forms = CITED.get(ref.type)
    if forms is None:
        raise DraftError(f"no French citation form for an act of type {ref.type!r}")
    if previous is not None and previous == ref:
        return forms[1]
    title = f" {ref.title}" if ref.title else ""
    if ref.date is None:
        raise DraftError(f"no French citation form for an undated act ({ref.describe()})")
    number = f" n° {ref.number}" if ref.number else ""  # "de l'arrêté royal n° 78 du …"
    return f"{forms[0]}{number} du {french_date(ref.date)}{title}"


# --- designations ---------------------------------------------------------------------------


def named(step: Step) -> str:
    """A step with its article: 'le § 2', "l'alinéa 1er", 'le 4°', 'la phrase liminaire'."""
    if step.unit == "paragraph":
        return f"le § {step.label}"
    if step.unit == "alinea":
        return f"l'alinéa {step.label}"
    if step.unit == "intro":
        return "la phrase liminaire"
    if step.unit == "sentence":
        if step.label.startswith("#"):
            rank = int(step.label[1:])
            if rank not in ORDINALS:
                raise DraftError(f"no French ordinal for sentence {step.label!r}")
            return f"la {ORDINALS[rank]} phrase"
        return f"la phrase {quote(step.label)}"
    if DOT_ITEM.match(step.label):
        raise DraftError(f"an item labelled {step.label!r} cannot be designated")
    return f"le {step.label}"


def of(name: str) -> str:
    """'de' + a named step: 'du 4°', "de l'alinéa 2", 'de la phrase liminaire'."""
    if name.startswith("le "):
        return "du " + name[3:]
    return "de " + name


def chain(path: Sequence[Step]) -> str:
    """A path below an article, innermost first: "le 6° de l'alinéa 1er du § 2"."""
    names = [named(step) for step in reversed(path)]
    return " ".join([names[0], *(of(name) for name in names[1:])])


def bare(step: Step) -> str:
    """A step as written after the article in a designation: '§ 1er', 'alinéa 2', '4°'."""
    if step.unit == "paragraph":
        return f"§ {step.label}"
    if step.unit == "alinea":
        return f"alinéa {step.label}"
    return step.label


def designable(path: Sequence[Step]) -> int:
    """How many leading steps can sit in the designation (§, alinéa, items other than '1.')."""
    count = 0
    for step in path:
        if step.unit not in ("paragraph", "alinea", "point") or DOT_ITEM.match(step.label):
            break
        count += 1
    return count


def refuse_annexes(op: Operation) -> None:
    """An operation on an annex, a table or with an annex of the amending act as its new text
    is not drafted (the drafter has no words for them yet): :class:`DraftError`, never a
    sentence without the annex."""
    tables = ("table", "row", "column")
    anchor = getattr(op, "anchor", None)
    if op.target.annex is not None or any(step.unit in tables for step in op.target.path) or \
            (anchor is not None and anchor.unit in tables) or any(
                getattr(unit, "joined", None) is not None for unit in getattr(op, "new", ())):
        raise DraftError("an operation on an annex or a table is not drafted")


def designation(op: Operation, steps: Sequence[Step], previous: ActRef | None, *,
                 subject: bool = False, dutch: bool = False, at: bool = False) -> str:
    """"Dans l'article 15, alinéa 3, de la loi …, remplacé par …" (no trailing comma);
    "L'article …" as a subject; "À l'article …" when a "dans …" narrowing follows."""
    refuse_annexes(op)
    if subject:
        head = f"L'article {op.target.article}"
    elif at and not dutch:
        head = f"À l'article {op.target.article}"
    else:
        language = "le texte néerlandais de " if dutch else ""
        head = f"Dans {language}l'article {op.target.article}"
    parts = [head, *(bare(step) for step in steps)]
    text = ", ".join(parts) + ("," if steps else "") + " " + cited_act(op.target.act, previous)
    if op.history:
        text += ", " + " et ".join(op.history)
    return text


# --- new text -------------------------------------------------------------------------------


def unit_lines(unit: NewUnit) -> list[str]:
    """The lines of a new unit in a quoted block: its label and text, then its children."""
    if unit.kind == "point":
        head = f"{unit.label} {unit.text}" if unit.label else unit.text
    elif unit.kind == "paragraph":
        head = f"§ {unit.label}. {unit.text}"
    elif unit.kind == "article":
        head = f"Art. {unit.label}. {unit.text}"
    else:
        head = unit.text
    lines = [head.strip()]
    for child in unit.children:
        lines.extend(unit_lines(child))
    return lines


def block(units: Sequence[NewUnit]) -> str:
    """The quoted block of new units: blank-line separated, labels written."""
    if not units:
        raise DraftError("an operation with new units needs at least one unit")
    lines = [line for unit in units for line in unit_lines(unit)]
    return '"' + "\n\n".join(lines) + '"'


def announce(op: InsertUnit) -> tuple[str, bool]:
    """'le 3°', 'les 3° et 4°', 'un alinéa', 'sept alinéas', 'le § 3' — and plural or not."""
    kinds = {unit.kind for unit in op.new}
    if len(kinds) != 1:
        raise DraftError("cannot announce units of different kinds at once")
    kind = kinds.pop()
    count = len(op.new)
    labels = [unit.label for unit in op.new]
    if op.announced_count is not None or kind == "alinea":
        if op.announced_count not in (None, count):
            raise DraftError(f"announced count {op.announced_count} but {count} units")
        noun = {"alinea": "alinéa", "paragraph": "paragraphe", "point": "point",
                "article": "article"}[kind]
        word = "un" if count == 1 else ordinal_word(count)
        return f"{word} {noun}{'s' if count > 1 else ''}", count > 1
    if any(not label for label in labels):
        raise DraftError(f"a new {kind} without a label needs an announced count")
    if kind == "point":
        if count == 1:
            return f"le {labels[0]}", False
        return "les " + " et ".join(str(label) for label in labels), True
    if count > 1:
        raise DraftError(f"several new {kind}s are announced by their count")
    if kind == "paragraph":
        return f"le § {labels[0]}", False
    return f"l'article {labels[0]}", False


# --- points of a lead-in (both languages) ---------------------------------------------------


def point_labels(style: str, count: int) -> list[str]:
    """The labels of ``count`` points in ``style`` ("a)", "1.", "1°")."""
    if count > 26:
        raise DraftError("an amending article has at most 26 points")
    if style == "1.":
        return [f"{n}." for n in range(1, count + 1)]
    if style == "1°":
        return [f"{n}°" for n in range(1, count + 1)]
    return [f"{chr(ord('a') + n)})" for n in range(count)]


def style_of_point(point: str | None) -> str:
    """The style of a point label: "1.", "1°" or "a)"."""
    if point and point.endswith("."):
        return "1."
    if point and point.endswith("°"):
        return "1°"
    return "a)"
