"""Drafting in Dutch: an operation → the Dutch amending sentence, an act → its Dutch text.

The Dutch text of a Belgian act amends the Dutch text of the act it cites, in the formulas of
``../shared/design/dutch.md`` (the Raad van State guide; real sentences in
``../shared/data/excerpts/nl/``):

- ``In artikel 10, eerste lid, van de wet van 16 mei 2001 houdende …, vervangen bij de wet van
  19 juli 2018, worden de woorden "X" vervangen door de woorden "Y".``
- ``Artikel 39 van dezelfde wet wordt opgeheven.`` / ``… wordt vervangen als volgt:`` /
  ``… wordt aangevuld met een lid, luidende:`` / ``… met de bepaling onder 3°, luidende:``
- ``In artikel 10 …, wordt na het tweede lid een lid ingevoegd, luidende:``
- ``Artikel 12 van …, opgeheven bij …, wordt hersteld als volgt:``; ``Artikel 37ter van het
  Strafwetboek wordt vernummerd tot artikel 37quinquies.``
- ``Deze wet treedt in werking op 1 januari 2024.``, ``Dit besluit treedt in werking de dag
  waarop het in het Belgisch Staatsblad wordt bekendgemaakt.``, ``Dit besluit heeft uitwerking
  met ingang van 1 september 1997.``
- ``In artikel 10 van de wet …, worden de volgende wijzigingen aangebracht:`` and points
  ``a) in de bepaling onder 1° worden …;``

An operation with ``language == "fr"`` (on the French text only) is written "In de Franse
tekst van artikel …"; one with ``language`` None or "nl" amends the Dutch text, the text of
the act (a French act's "dans le texte néerlandais" becomes an ordinary Dutch sentence). Act
titles are written as given (give the Dutch title for a Dutch text); French history recitals
are translated ("remplacé par la loi du …" → "vervangen bij de wet van …").

What cannot be written raises :class:`~consolidate.drafter_words.DraftError`.
"""

from __future__ import annotations

from collections.abc import Sequence

from .drafter_nl_words import (
    LANGUAGE_OF_TEXT,
    chain,
    cited_act,
    dutch_date,
    dutch_label,
    history,
    listed,
    named,
    phrase,
    quoted_sentence,
    verb,
    words_phrase,
)
from .drafter_words import DraftError, block, point_labels, refuse_annexes, style_of_point
from .lang import nl_words
from .model import (
    ActRef,
    AmendingAct,
    AmendingArticle,
    AppendWords,
    EntryIntoForce,
    InsertUnit,
    InsertWords,
    Operation,
    Renumber,
    RepealUnit,
    RepealWords,
    ReplacePunctuation,
    ReplaceUnit,
    ReplaceWords,
    RestoreUnit,
    Step,
)

__all__ = ["DraftError", "draft_act_nl", "draft_operation_nl", "instruction_nl"]

PRONOUN = {"de": "zij", "het": "het"}  # "de dag waarop zij / het … wordt bekendgemaakt"


def _restriction(op: Operation) -> str | None:
    """'Franse' for an operation on the French text only; None for the Dutch text."""
    if op.language in (None, "nl"):
        return None
    return LANGUAGE_OF_TEXT[op.language]


_TIMES = {2: "twee", 3: "drie", 4: "vier", 5: "vijf", 6: "zes"}


def _times(op: ReplaceWords | RepealWords) -> str:
    """" tweemaal" for ``times`` (the lexicon's ``times``), else nothing (no count word
    beyond six: the parser reads none)."""
    if op.times is None:
        return ""
    if op.times not in _TIMES:
        raise DraftError(f"no Dutch count word for {op.times} occurrences")
    return f" {_TIMES[op.times]}maal"


def _except(op: ReplaceWords | RepealWords) -> str:
    """", behalve in het derde lid" / ", behalve in § 2" / ", behalve in de bepaling onder 3°"
    for ``except_in`` (the lexicon's ``except_place``), else nothing."""
    if not op.except_in:
        return ""
    if len(op.except_in) != 1:
        raise DraftError("an exception of place is written for one unit only")
    step = op.except_in[0]
    ordinal = nl_words.ORDINAL_WORDS.get(int(step.label)) if step.label.isdigit() else None
    if step.unit == "alinea" and ordinal:
        return f", behalve in het {ordinal} lid"
    if step.unit == "paragraph":
        return f", behalve in § {step.label.removesuffix('er')}"
    if step.unit == "point":
        return f", behalve in de bepaling onder {step.label}"
    raise DraftError(f"no Dutch words for an exception of place in a {step.unit}")


def _word_formula(op: ReplaceWords | InsertWords | RepealWords) -> str:
    """'worden de woorden "X" vervangen door de woorden "Y"' (verb first, Dutch order)."""
    if isinstance(op, ReplaceWords):
        old, plural = words_phrase(op.old)
        every = " telkens" if op.every else _times(op)
        return (f"{verb(plural)} {old}{every} vervangen door {words_phrase(op.new)[0]}"
                f"{_except(op)}")
    if isinstance(op, RepealWords):
        old, plural = words_phrase(op.old)
        every = " telkens" if op.every else _times(op)
        return f"{verb(plural)} {old}{every} opgeheven{_except(op)}"
    new, plural = words_phrase(op.new)
    if op.after is not None and op.before is not None:
        where = f"tussen {words_phrase(op.after)[0]} en {words_phrase(op.before)[0]}"
    elif op.after is not None:
        where = f"na {words_phrase(op.after)[0]}"
    elif op.before is not None:
        where = f"vóór {words_phrase(op.before)[0]}"
    else:
        raise DraftError("an insertion of words needs the words it goes after or before")
    every = " telkens" if op.every else ""
    return f"{verb(plural)} {where} {new}{every} ingevoegd"


#: the names of the marks as the parser reads them (lexicon ``punctuation_marks``)
_MARK_OLD = {".": "het punt aan het einde", ";": "de puntkomma", ",": "de komma",
             ":": "de dubbele punt"}
_MARK_NEW = {".": "een punt", ";": "een puntkomma", ",": "een komma", ":": "een dubbele punt"}


def _mark_formula(op: ReplacePunctuation) -> str:
    """'wordt het punt aan het einde vervangen door een puntkomma' (verb first)."""
    if op.old not in _MARK_OLD or not op.new:
        raise DraftError(f"no Dutch name for the final mark {op.old!r}, or no new text")
    new = _MARK_NEW.get(op.new) or words_phrase(op.new)[0]
    return f"wordt {_MARK_OLD[op.old]} vervangen door {new}"


def _announce(op: InsertUnit) -> tuple[str, bool]:
    """'een lid', 'zeven leden', 'de bepaling onder 3°', 'de bepalingen onder 3° en 4°',
    'een paragraaf' — and whether it is plural."""
    kinds = {unit.kind for unit in op.new}
    if len(kinds) != 1:
        raise DraftError("cannot announce units of different kinds at once")
    kind = kinds.pop()
    count = len(op.new)
    labels = [unit.label for unit in op.new]
    if kind not in nl_words.UNITS:
        raise DraftError(f"no Dutch announcement for new units of kind {kind!r}")
    singular, plural, _ = nl_words.UNITS[kind]
    if op.announced_count is not None or kind == "alinea":
        if op.announced_count not in (None, count):
            raise DraftError(f"announced count {op.announced_count} but {count} units")
        if count == 1:
            return f"een {singular}", False
        word = nl_words.CARDINALS[count] if count < len(nl_words.CARDINALS) else str(count)
        return f"{word} {plural}", True
    if any(not label for label in labels):
        raise DraftError(f"a new {kind} without a label needs an announced count")
    if kind == "point":
        if count == 1:
            return f"de bepaling onder {labels[0]}", False
        return "de bepalingen onder " + " en ".join(str(label) for label in labels), True
    if count > 1:
        raise DraftError(f"several new {kind}s are announced by their count")
    return f"een {singular}", False  # "met een paragraaf, luidende:" (its label is quoted)


def _predicate(op: Operation) -> str:
    """'wordt opgeheven', 'wordt aangevuld met de woorden "Y"', 'wordt vervangen als volgt:'."""
    if isinstance(op, RepealUnit):
        return "wordt opgeheven"
    if isinstance(op, AppendWords):
        return f"wordt aangevuld met {words_phrase(op.new)[0]}"
    if isinstance(op, ReplaceUnit):
        return f"wordt vervangen als volgt:\n\n{block(op.new)}"
    if isinstance(op, InsertUnit):
        units, _ = _announce(op)
        return f"wordt aangevuld met {units}, luidende:\n\n{block(op.new)}"
    if isinstance(op, RestoreUnit):
        return f"wordt hersteld als volgt:\n\n{block(op.new)}"
    if isinstance(op, Renumber):
        unit = op.target.path[-1].unit if op.target.path else "article"
        step = Step(unit=unit, label=op.new_label)
        new = f"artikel {dutch_label(op.new_label)}" if unit == "article" else named(step)
        return f"wordt vernummerd tot {new}"
    raise DraftError(f"no Dutch predicate for {op.op}")


def _insert_at(op: InsertUnit) -> str:
    """'wordt na het tweede lid een lid ingevoegd, luidende: …'."""
    assert op.anchor is not None
    units, plural = _announce(op)
    where = "na" if op.position == "after" else "vóór"
    return (f"{verb(plural)} {where} {named(op.anchor)} {units} ingevoegd, luidende:\n\n"
            f"{block(op.new)}")


def _is_word_like(op: Operation) -> bool:
    return isinstance(op, ReplaceWords | InsertWords | RepealWords | ReplacePunctuation) or (
        isinstance(op, InsertUnit) and op.position != "end")


def _formula(op: Operation) -> str:
    if isinstance(op, ReplaceWords | InsertWords | RepealWords):
        return _word_formula(op)
    if isinstance(op, ReplacePunctuation):
        return _mark_formula(op)
    assert isinstance(op, InsertUnit)
    if op.position not in ("after", "before"):
        raise DraftError(f"no Dutch formula for an insertion at position {op.position!r}")
    return _insert_at(op)


def instruction_nl(op: Operation, path: Sequence[Step]) -> str:
    """The instruction of ``op`` as a point below a lead-in that names the article: its text
    in lower case, without its closing punctuation."""
    language = _restriction(op)
    if isinstance(op, InsertUnit) and op.position == "end" and op.anchor is not None:
        raise DraftError("an insertion at the end has no anchor")
    if _is_word_like(op):
        if language:
            where = f"in de {language} tekst van {chain(path)}, " if path else \
                f"in de {language} tekst "
        else:
            where = f"in {chain(path)}, " if path else ""
        return where + _formula(op)
    subject = phrase(path) if path else "het artikel"
    comma = "," if len(path) > 1 else ""
    if language:
        predicate, _, rest = _predicate(op).partition(" ")
        return f"in de {language} tekst {predicate} {subject} {rest}"
    return f"{subject}{comma} {_predicate(op)}"


def _designation(op: Operation, steps: Sequence[Step], previous: ActRef | None) -> str:
    """'artikel 10, § 2, eerste lid, van de wet van …, vervangen bij …' (no "In", no comma
    at the end); with the French-text restriction: 'de Franse tekst van artikel …'."""
    refuse_annexes(op)
    if op.target.article is None:
        raise DraftError("the Dutch drafter writes operations on an article")
    head = f"artikel {dutch_label(op.target.article)}{listed(steps)}"
    if steps:
        head += ","
    text = f"{head} {cited_act(op.target.act, previous)}"
    if op.history:
        text += ", " + " en ".join(history(item) for item in op.history)
    language = _restriction(op)
    return f"de {language} tekst van {text}" if language else text


def draft_operation_nl(op: Operation, previous: ActRef | None = None) -> str:
    """The Dutch amending sentence for ``op``, as the whole body of an amending article.

    ``previous`` is the act cited by the article before, if any ("van dezelfde wet").
    """
    refuse_annexes(op)
    path = op.target.path
    if any(quoted_sentence(step) for step in path[:-1]):
        raise DraftError("a sentence designated by its text is the last step of a path")
    tail = path[-1:] if path and quoted_sentence(path[-1]) else ()
    steps = path[: len(path) - len(tail)]
    if _is_word_like(op):
        inner = f"in {phrase(tail)}, " if tail else ""
        return f"In {_designation(op, steps, previous)}, {inner}{_formula(op)}."
    if isinstance(op, InsertUnit) and op.anchor is not None:
        raise DraftError("an insertion at the end has no anchor")
    predicate = _predicate(op)
    if _restriction(op) or tail:
        subject = phrase(tail) if tail else "het artikel"
        first, _, rest = predicate.partition(" ")
        return f"In {_designation(op, steps, previous)}, {first} {subject} {rest}."
    designation = _designation(op, steps, previous)
    comma = "," if op.history else ""
    return f"{designation[0].upper()}{designation[1:]}{comma} {predicate}."


# --- whole acts -----------------------------------------------------------------------------


def _lead_in(operations: Sequence[Operation], previous: ActRef | None) -> str:
    first = operations[0]
    for op in operations[1:]:
        if (op.target.act, op.target.article, op.history) != (
            first.target.act, first.target.article, first.history
        ):
            raise DraftError("the points of one amending article share its act, article "
                             "and history")
    head = _designation(first.model_copy(update={"language": None}), (), previous)
    labels = point_labels(style_of_point(first.source.point), len(operations))
    points = []
    for index, (label, op) in enumerate(zip(labels, operations, strict=True)):
        end = "." if index == len(operations) - 1 else ";"
        points.append(f"{label} {instruction_nl(op, op.target.path)}{end}")
    return (f"In {head}, worden de volgende wijzigingen aangebracht:\n\n"
            + "\n\n".join(points))


def _this_act(act: AmendingAct) -> tuple[str, str]:
    """'Deze wet' / 'Dit besluit' … and its pronoun ('zij' / 'het'), by the act's type."""
    kind = act.act.type if act.act.type in nl_words.ACT_TYPES else \
        nl_words.DUTCH_TYPES.get(act.act.type)
    if kind is None:
        raise DraftError(f"no Dutch name for an act of type {act.act.type!r}")
    gender = nl_words.ARTICLE_OF_TYPE[kind]
    noun = nl_words.SAME_NOUN[kind]
    return f"{'Deze' if gender == 'de' else 'Dit'} {noun}", PRONOUN[gender]


def _in_force(this: tuple[str, str], entry: EntryIntoForce) -> str:
    """'Deze wet treedt in werking op 1 januari 2024.', '… de dag waarop zij in het Belgisch
    Staatsblad wordt bekendgemaakt.', 'Dit besluit heeft uitwerking met ingang van …'."""
    subject, pronoun = this
    if entry.mode == "retroactive" and entry.date is not None:
        text = f"{subject} heeft uitwerking met ingang van {dutch_date(entry.date)}."
    elif entry.mode == "publication":
        text = (f"{subject} treedt in werking de dag waarop {pronoun} in het Belgisch "
                "Staatsblad wordt bekendgemaakt.")
    elif entry.mode == "days_after" and entry.days is not None:
        ordinal = nl_words.ORDINAL_WORDS.get(entry.days)
        if ordinal is None:
            raise DraftError(f"no Dutch ordinal for day {entry.days}")
        text = (f"{subject} treedt in werking de {ordinal} dag na de bekendmaking ervan in het "
                "Belgisch Staatsblad.")
    elif entry.mode == "date" and entry.date is not None:
        text = f"{subject} treedt in werking op {dutch_date(entry.date)}."
    elif entry.mode in ("date", "fixed_by_king") and entry.date is None:
        text = f"{subject} treedt in werking op de door de Koning te bepalen datum."
    else:
        raise DraftError(f"no Dutch sentence for an entry into force of mode {entry.mode!r}")
    if entry.king_may_advance:
        text += ("\n\nDe Koning kan een datum van inwerkingtreding bepalen voorafgaand aan "
                 "die bedoeld in het eerste lid.")
    return text


def _article_body(act: AmendingAct, article: AmendingArticle, previous: ActRef | None) -> str:
    this = _this_act(act)
    if article.kind == "constitutional_basis":
        return f"{this[0]} regelt een aangelegenheid als bedoeld in artikel 74 van de Grondwet."
    if article.kind == "entry_into_force":
        return _in_force(this, (article.entry_into_force or (EntryIntoForce(date=None),))[0])
    if article.kind == "transitional" or not article.operations:
        return article.text
    operations = article.operations
    if len(operations) == 1 and operations[0].source.point is None:
        return draft_operation_nl(operations[0], previous)
    return _lead_in(operations, previous)


def draft_act_nl(act: AmendingAct, title: str | None = None) -> str:
    """The whole amending act in Dutch, in the seed format: front matter (``title-nl``: the
    given Dutch ``title``, else the act's), then ``**Artikel 1.**``, ``**Art. N.**``."""
    info = act.act
    fields = [("title-nl", f'"{title or info.title}"'), ("date", info.date.isoformat())]
    if info.numac:
        fields.append(("number", info.numac))
    if info.justel_reference:
        fields.append(("case", info.justel_reference))
    if info.publication:
        fields.append(("publication", info.publication.isoformat()))
    lines = ["---", *(f"{key}: {value}" for key, value in fields), "---", ""]
    previous: ActRef | None = None
    for number, article in enumerate(act.articles, 1):
        heading = "**Artikel 1.**" if number == 1 else f"**Art. {number}.**"
        lines.append(f"{heading} {_article_body(act, article, previous)}")
        lines.append("")
        if article.kind == "amending" and article.operations:
            previous = article.operations[-1].target.act
    return "\n".join(lines)
