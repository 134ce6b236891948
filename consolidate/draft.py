"""Drafting: an operation → the French amending sentence, an act → its whole amending text.

The drafter writes exactly the formulas the parser reads (:mod:`consolidate.lang.fr`,
semantics §2–§3), so that ``parse(draft(op)) == op`` (the first property, docs/properties.md).
It is a public feature — drafting services write these sentences by hand — and the oracle of
the property tests.

- :func:`draft_operation` — one operation as a stand-alone article body: ``Dans l'article 15,
  alinéa 3, de la loi du 16 mai 2001 …, les mots "X" sont remplacés par les mots "Y".``
- :func:`draft_act` — a whole amending act in the seed format (front matter, ``**Art. N.**``
  headings, lead-ins with points ``a)`` / ``1.`` / ``1°``, the entry-into-force article).
- :func:`build_act` — number articles and points of groups of operations into an
  :class:`~consolidate.model.AmendingAct` (sources set), ready for :func:`draft_act`.

What cannot be written (a quoted text holding every kind of quote mark, an item labelled
``1.`` used as a designation, an act type without a French citation form) raises
:class:`DraftError`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from .errors import ConsolidateError
from .lang import fr
from .model import (
    ActRef,
    AmendingAct,
    AmendingActInfo,
    AmendingArticle,
    AppendWords,
    EntryIntoForce,
    InsertUnit,
    InsertWords,
    NewUnit,
    Operation,
    RepealUnit,
    RepealWords,
    ReplaceUnit,
    ReplaceWords,
    Source,
    SourceSpan,
    Step,
)
from .text import ordinal_word

__all__ = ["DraftError", "build_act", "draft_act", "draft_operation", "french_date"]


class DraftError(ConsolidateError):
    """An operation cannot be written in the formulas the parser reads."""

    code = "D001"


_CITED = {
    "loi": ("de la loi", "de la même loi"),
    "arrêté royal": ("de l'arrêté royal", "du même arrêté royal"),
    "arrêté ministériel": ("de l'arrêté ministériel", "du même arrêté ministériel"),
    "décret": ("du décret", "du même décret"),
    "ordonnance": ("de l'ordonnance", "de la même ordonnance"),
}
_ORDINALS = {value: word for word, value in reversed(fr.ORDINALS.items()) if value > 0}
_ORDINALS[1] = "première"
_ORDINALS[2] = "deuxième"
_DOT_ITEM = re.compile(r"^\d+\.$")
_SPAN = SourceSpan(line=1, column=1, end_line=1, end_column=1)


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


def _words(text: str) -> tuple[str, bool]:
    """'le mot "X"' or 'les mots "X"', and whether it is plural."""
    plural = len(text.split()) > 1
    return f"{'les mots' if plural else 'le mot'} {quote(text)}", plural


def _agree(participle: str, *, feminine: bool = False, plural: bool = False) -> str:
    return participle + ("e" if feminine else "") + ("s" if plural else "")


def _act(ref: ActRef, previous: ActRef | None) -> str:
    forms = _CITED.get(ref.type)
    if forms is None:
        raise DraftError(f"no French citation form for an act of type {ref.type!r}")
    if previous is not None and previous == ref:
        return forms[1]
    title = f" {ref.title}" if ref.title else ""
    return f"{forms[0]} du {french_date(ref.date)}{title}"


# --- designations ---------------------------------------------------------------------------


def _named(step: Step) -> str:
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
            if rank not in _ORDINALS:
                raise DraftError(f"no French ordinal for sentence {step.label!r}")
            return f"la {_ORDINALS[rank]} phrase"
        return f"la phrase {quote(step.label)}"
    if _DOT_ITEM.match(step.label):
        raise DraftError(f"an item labelled {step.label!r} cannot be designated")
    return f"le {step.label}"


def _of(named: str) -> str:
    """'de' + a named step: 'du 4°', "de l'alinéa 2", 'de la phrase liminaire'."""
    if named.startswith("le "):
        return "du " + named[3:]
    return "de " + named


def chain(path: Sequence[Step]) -> str:
    """A path below an article, innermost first: "le 6° de l'alinéa 1er du § 2"."""
    names = [_named(step) for step in reversed(path)]
    return " ".join([names[0], *(_of(name) for name in names[1:])])


def _bare(step: Step) -> str:
    """A step as written after the article in a designation: '§ 1er', 'alinéa 2', '4°'."""
    if step.unit == "paragraph":
        return f"§ {step.label}"
    if step.unit == "alinea":
        return f"alinéa {step.label}"
    return step.label


def _designable(path: Sequence[Step]) -> int:
    """How many leading steps can sit in the designation (§, alinéa, items other than '1.')."""
    count = 0
    for step in path:
        if step.unit not in ("paragraph", "alinea", "point") or _DOT_ITEM.match(step.label):
            break
        count += 1
    return count


def _designation(op: Operation, steps: Sequence[Step], previous: ActRef | None, *,
                 subject: bool = False, dutch: bool = False, at: bool = False) -> str:
    """"Dans l'article 15, alinéa 3, de la loi …, remplacé par …" (no trailing comma);
    "L'article …" as a subject; "À l'article …" when a "dans …" narrowing follows."""
    if subject:
        head = f"L'article {op.target.article}"
    elif at and not dutch:
        head = f"À l'article {op.target.article}"
    else:
        language = "le texte néerlandais de " if dutch else ""
        head = f"Dans {language}l'article {op.target.article}"
    parts = [head, *(_bare(step) for step in steps)]
    text = ", ".join(parts) + ("," if steps else "") + " " + _act(op.target.act, previous)
    if op.history:
        text += ", " + " et ".join(op.history)
    return text


# --- new text -------------------------------------------------------------------------------


def _unit_lines(unit: NewUnit) -> list[str]:
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
        lines.extend(_unit_lines(child))
    return lines


def block(units: Sequence[NewUnit]) -> str:
    """The quoted block of new units: blank-line separated, labels written."""
    if not units:
        raise DraftError("an operation with new units needs at least one unit")
    lines = [line for unit in units for line in _unit_lines(unit)]
    return '"' + "\n\n".join(lines) + '"'


def _announce(op: InsertUnit) -> tuple[str, bool]:
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


# --- instructions ---------------------------------------------------------------------------


def _narrowing(path: Sequence[Step], dutch: bool) -> str:
    """'dans l'alinéa 2, ', 'dans le texte néerlandais du 4°, ', '' — before a formula."""
    if not path:
        return "dans le texte néerlandais, " if dutch else ""
    address = chain(path)
    if dutch:
        return f"dans le texte néerlandais {_of(address)}, "
    return f"dans {address}, "


def _word_formula(op: ReplaceWords | InsertWords | RepealWords) -> str:
    if isinstance(op, ReplaceWords):
        old, plural = _words(op.old)
        new, _ = _words(op.new)
        every = "chaque fois " if op.every else ""
        verb = "sont" if plural else "est"
        return f"{old} {verb} {every}{_agree('remplacé', plural=plural)} par {new}"
    if isinstance(op, RepealWords):
        old, plural = _words(op.old)
        every = "chaque fois " if op.every else ""
        return f"{old} {'sont' if plural else 'est'} {every}{_agree('abrogé', plural=plural)}"
    new, plural = _words(op.new)
    inserted = f"{new} {'sont' if plural else 'est'} {_agree('inséré', plural=plural)}"
    if op.after is not None and op.before is not None:
        return f"{inserted} entre {_words(op.after)[0]} et {_words(op.before)[0]}"
    if op.after is not None:
        return f"{inserted} après {_words(op.after)[0]}"
    if op.before is not None:
        return f"{inserted} avant {_words(op.before)[0]}"
    raise DraftError("an insertion of words needs the words it goes after or before")


def _feminine(path: Sequence[Step]) -> bool:
    return bool(path) and path[-1].unit in ("intro", "sentence")


def _predicate(op: Operation, path: Sequence[Step]) -> str:
    """'est abrogé', 'est complété par les mots "Y"', 'est remplacé par ce qui suit : "…"'."""
    feminine = _feminine(path)
    if isinstance(op, RepealUnit):
        return f"est {_agree('abrogé', feminine=feminine)}"
    if isinstance(op, AppendWords):
        return f"est {_agree('complété', feminine=feminine)} par {_words(op.new)[0]}"
    if isinstance(op, ReplaceUnit):
        return (f"est {_agree('remplacé', feminine=feminine)} par ce qui suit :\n\n"
                f"{block(op.new)}")
    assert isinstance(op, InsertUnit)
    units, plural = _announce(op)
    return (f"est {_agree('complété', feminine=feminine)} par {units}, "
            f"{_agree('rédigé', plural=plural)} comme suit :\n\n{block(op.new)}")


def _insert_at(op: InsertUnit) -> str:
    assert op.anchor is not None
    units, plural = _announce(op)
    where = "après" if op.position == "after" else "avant"
    return (f"il est inséré, {where} {_named(op.anchor)}, {units} "
            f"{_agree('rédigé', plural=plural)} comme suit :\n\n{block(op.new)}")


def instruction(op: Operation, path: Sequence[Step], *, dutch: bool) -> str:
    """The instruction of ``op`` below a designation that already names the article (and
    the steps before ``path``): a point's text, without its closing punctuation."""
    if isinstance(op, ReplaceWords | InsertWords | RepealWords):
        return _narrowing(path, dutch) + _word_formula(op)
    if isinstance(op, InsertUnit) and op.position != "end":
        return _narrowing(path, dutch) + _insert_at(op)
    if isinstance(op, InsertUnit) and op.anchor is not None:
        raise DraftError("an insertion at the end has no anchor")
    subject = chain(path) if path else "l'article"
    language = "dans le texte néerlandais, " if dutch else ""
    return f"{language}{subject} {_predicate(op, path)}"


def draft_operation(op: Operation, previous: ActRef | None = None) -> str:
    """The French amending sentence for ``op``, as the whole body of an amending article.

    ``previous`` is the act cited by the article before, if any: the same act is then cited
    as "de la même loi". Raises :class:`DraftError` when ``op`` cannot be written.
    """
    path = op.target.path
    dutch = op.language == "nl"
    prefix = _designable(path)
    word_like = isinstance(op, ReplaceWords | InsertWords | RepealWords) or (
        isinstance(op, InsertUnit) and op.position != "end"
    )
    if word_like:
        head = _designation(op, path[:prefix], previous, dutch=dutch, at=prefix < len(path))
        return f"{head}, {instruction(op, path[prefix:], dutch=False)}."
    if not dutch and prefix == len(path):
        head = _designation(op, path, previous, subject=True)
        comma = "," if path or op.history else ""
        return f"{head}{comma} {_predicate(op, path)}."
    keep = min(prefix, len(path) - 1) if not dutch else 0
    keep = max(keep, 0)
    head = _designation(op, path[:keep], previous, dutch=dutch)
    return f"{head}, {instruction(op, path[keep:], dutch=False)}."


# --- whole acts -----------------------------------------------------------------------------


def _point_labels(style: str, count: int) -> list[str]:
    if count > 26:
        raise DraftError("an amending article has at most 26 points")
    if style == "1.":
        return [f"{n}." for n in range(1, count + 1)]
    if style == "1°":
        return [f"{n}°" for n in range(1, count + 1)]
    return [f"{chr(ord('a') + n)})" for n in range(count)]


def _style(point: str | None) -> str:
    if point and point.endswith("."):
        return "1."
    if point and point.endswith("°"):
        return "1°"
    return "a)"


def _lead_in(operations: Sequence[Operation], previous: ActRef | None) -> str:
    first = operations[0]
    for op in operations[1:]:
        if (op.target.act, op.target.article, op.history) != (
            first.target.act, first.target.article, first.history
        ):
            raise DraftError("the points of one amending article share its act, article "
                             "and history")
    head = _designation(first, (), previous)
    labels = _point_labels(_style(first.source.point), len(operations))
    points = []
    for index, (label, op) in enumerate(zip(labels, operations, strict=True)):
        end = "." if index == len(operations) - 1 else " ;"
        text = instruction(op, op.target.path, dutch=op.language == "nl")
        points.append(f"{label} {text}{end}")
    return head + ", les modifications suivantes sont apportées :\n\n" + "\n\n".join(points)


def _article_body(article: AmendingArticle, previous: ActRef | None) -> str:
    if article.kind == "constitutional_basis":
        return "La présente loi règle une matière visée à l'article 74 de la Constitution."
    if article.kind == "entry_into_force":
        entry = article.entry_into_force or EntryIntoForce(date=None)
        when = (f"le {french_date(entry.date)}" if entry.date
                else "à la date fixée par le Roi")
        text = f"La présente loi entre en vigueur {when}."
        if entry.king_may_advance:
            text += ("\n\nLe Roi peut fixer une date d'entrée en vigueur antérieure à celle "
                     "visée à l'alinéa 1er.")
        return text
    if article.kind == "transitional" or not article.operations:
        return article.text
    operations = article.operations
    if len(operations) == 1 and operations[0].source.point is None:
        return draft_operation(operations[0], previous)
    return _lead_in(operations, previous)


def draft_act(act: AmendingAct) -> str:
    """The whole amending act in the seed format: front matter, then ``**Art. N.**`` articles
    (numbered 1er, 2, … in order; the articles' own numbers are not used)."""
    info = act.act
    fields = [("title-fr", f'"{info.title}"'), ("date", info.date.isoformat())]
    if info.numac:
        fields.append(("number", info.numac))
    if info.justel_reference:
        fields.append(("case", info.justel_reference))
    if info.publication:
        fields.append(("publication", info.publication.isoformat()))
    if info.source_url:
        fields.append(("url", info.source_url))
    lines = ["---", *(f"{key}: {value}" for key, value in fields), "---", ""]
    previous: ActRef | None = None
    for number, article in enumerate(act.articles, 1):
        heading = "**Article 1er.**" if number == 1 else f"**Art. {number}.**"
        lines.append(f"{heading} {_article_body(article, previous)}")
        lines.append("")
        if article.kind == "amending" and article.operations:
            previous = article.operations[-1].target.act
    return "\n".join(lines)


def build_act(
    info: AmendingActInfo,
    groups: Sequence[Sequence[Operation]],
    *,
    in_force: dt.date | None = None,
    constitutional_basis: bool = False,
    point_style: str = "a)",
) -> AmendingAct:
    """An :class:`AmendingAct` whose amending articles hold ``groups`` (one article per group,
    points when a group has more than one operation), sources numbered as :func:`draft_act`
    writes them; an entry-into-force article when ``in_force`` is given."""
    articles: list[AmendingArticle] = []
    number = 1
    if constitutional_basis:
        articles.append(AmendingArticle(number="1er", kind="constitutional_basis",
                                        text=_article_body(_basis(), None), span=_SPAN))
        number += 1
    for group in groups:
        label = "1er" if number == 1 else str(number)
        labels = _point_labels(point_style, len(group)) if len(group) > 1 else [None]
        operations = tuple(
            op.model_copy(update={"source": Source(article=label, point=point)})
            for op, point in zip(group, labels, strict=True)
        )
        articles.append(AmendingArticle(number=label, kind="amending", text="", span=_SPAN,
                                        operations=operations))
        number += 1
    if in_force is not None:
        entry = EntryIntoForce(date=in_force)
        articles.append(AmendingArticle(number=str(number), kind="entry_into_force",
                                        text=f"La présente loi entre en vigueur le "
                                             f"{french_date(in_force)}.",
                                        span=_SPAN, entry_into_force=entry))
    return AmendingAct(act=info, articles=tuple(articles))


def _basis() -> AmendingArticle:
    return AmendingArticle(number="1er", kind="constitutional_basis", text="", span=_SPAN)
