"""A renumbering said in a relative clause of a designation: made, recalled, or refused.

"Dans l'article 5, le § 3, qui devient le § 4, les mots … sont remplacés …", "le 2°,
devenant le 3°, est abrogé", "In artikel 5 worden in § 3, dat § 4 wordt, de woorden …
vervangen": the clause is masked as a history recital of the designation
(``acts._BECAME``) and kept in the operation's ``history``. In the present tense it is not the
history of an earlier act: Belgian drafting uses it either to RECALL a renumbering another
point of the same act makes ("1° les §§ 3 et 4 deviennent les §§ 4 et 5; 2° dans le § 3, qui
devient le § 4, …") or as the renumbering itself, when no point says it otherwise (the act
inserts a new § 3 and renumbers the old one in the clause of the point that changes it).
Kept as history only, the renumbering of the second kind was lost silently.

So, for each operation whose history holds such a clause (lexicon ``renumber_clause``; any
other clause in the present, ``renumber_tense``, is refused, P001):

* a labelled unit (article, §, item): when a renumbering of the same unit to the same label
  is in this article or a later one of the act, the clause recalls it — nothing to add; when
  none is, the act's renumbering is the clause: a :class:`~consolidate.model.Renumber` of
  the unit (by its old label: every target of an article is resolved before it applies,
  docs/apply.md) is put first in the amending article, so that a unit the article inserts
  under the old label finds it free. A renumbering of the unit to another label, or one made
  by an earlier article (the designation then names a label the unit no longer has), is
  refused (P001);
* an alinéa, a tiret, a sentence (their number is their rank): the rank the clause tells
  must be the one the insertions and repeals of the same article in the same container give
  it (alinéa 2 with four alinéas inserted after the first is the sixth), else the clause is
  refused (P001). Without such an operation the operation is read on the unit the
  designation names and the clause is kept, with a warning (P016): a positional unit's rank
  cannot be given, only follow from insertions and repeals, which are instructions of their
  own ("c) à l'actuel alinéa 3, qui devient l'alinéa 4, …", 2006023386, art. 91: the
  alinéa the page's article does not insert);
* a clause after the place of an insertion of alinéas ("entre les alinéas 1er et 2, qui
  devient le 6°, …") was checked by the instruction (``instruction._described_rank``);
  after another place (an anchor that is not an alinéa) it is refused.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..errors import ParseError
from ..lang.lexicon import Lexicon
from ..model import (
    AmendingArticle,
    InsertUnit,
    Operation,
    Renumber,
    RepealUnit,
    Step,
    Target,
)
from ..records import replace
from ..text import parse_label
from .reading import ArticleReading, OperationReading
from .renumber_order import renumbering_order
from .source import SourceText

#: the kinds whose number is their rank (no label to give)
_POSITIONAL = frozenset(("alinea", "tiret", "sentence"))
_NAMES = {"alinea": "alinéa", "tiret": "tiret", "sentence": "phrase"}
#: the formula of the operation a clause gives, in the parse trace
FORMULA = "renumbering said in a relative clause (\"qui devient …\", \"dat … wordt\")"


@dataclass(frozen=True)
class _Told:
    """A clause read: the unit it renumbers and the label (or rank) it gives."""

    kind: str
    label: str
    clause: str


def _key(label: str) -> tuple[int, ...] | str:
    try:
        return parse_label(label).key()
    except ValueError:
        return " ".join(label.casefold().split())


def _read(lexicon: Lexicon, clause: str) -> _Told | None:
    found = lexicon.pattern("renumber_clause").fullmatch(clause)
    if found is None:
        return None
    groups = found.groupdict()
    if groups.get("item"):
        return _Told("point", groups["item"], clause)
    if groups.get("ord"):
        rank = lexicon.ordinals.get(groups["ord"].casefold())
        noun = lexicon.units.get(groups["ordnoun"].casefold())
        return _Told(noun, str(rank), clause) if rank and noun else None
    noun = lexicon.units.get(groups["noun"].casefold())
    if noun is None:
        return None
    label = re.sub(r"(?<=\d)(?:er|re|ste|de)$", "", groups["label"])
    return _Told(noun, label, clause)


def _unit(target: Target, kind: str) -> Target | None:
    """The target cut down to the unit of ``kind`` the clause follows (the last one of that
    kind in the designation), or None when the designation has none."""
    if kind == "article":
        if target.article is None or target.article_until is not None:
            return None
        return target.model_copy(update={"path": ()})
    for index in range(len(target.path) - 1, -1, -1):
        step = target.path[index]
        if step.unit == kind and step.until is None:
            return target.model_copy(update={"path": target.path[: index + 1]})
    return None


def _place(target: Target, language: str | None) -> tuple[object, ...]:
    return (language, target.act, target.annex, target.article, target.divisions,
            tuple((step.unit, _key(step.label), step.occurrence) for step in target.path))


def _rank(label: str) -> int | None:
    found = re.match(r"#?(\d+)(?:er|re)?$", label)
    return int(found[1]) if found else None


def _shift(operations: Sequence[Operation], unit: Target, language: str | None,
           rank: int) -> int | None:
    """What the article's insertions and repeals of units of the same kind in the same
    container do to the rank of the unit at ``rank``: the new rank, or None when none does."""
    kind = unit.path[-1].unit
    container = _place(unit.model_copy(update={"path": unit.path[:-1]}), language)
    moved, seen = rank, False
    for op in operations:
        if isinstance(op, InsertUnit) and _place(op.target, op.language) == container and \
                op.new and all(new.kind == kind for new in op.new):
            seen = True
            anchor = _rank(op.anchor.label) if op.anchor is not None else None
            if op.position == "start" or (op.position == "after" and anchor is not None
                                          and anchor < rank) or (
                    op.position == "before" and anchor is not None and anchor <= rank):
                moved += len(op.new)
        elif isinstance(op, RepealUnit) and op.target.path and op.target.path[-1].unit == kind \
                and _place(op.target.model_copy(update={"path": op.target.path[:-1]}),
                           op.language) == container:
            seen = True
            repealed = _rank(op.target.path[-1].label)
            if repealed is not None and repealed < rank:
                moved -= 1
    return moved if seen else None


def told_renumberings(
    lexicon: Lexicon, source: SourceText, readings: list[ArticleReading], keep_going: bool,
) -> tuple[list[ArticleReading], list[ParseError], list[ParseError]]:
    """``readings`` with the renumberings the clauses make (see the module's text), the
    refusals (raised at once unless ``keep_going``; else the operation is dropped and its
    error returned) and the warnings (P016: a rank no point of the article explains)."""
    tense = lexicon.pattern("renumber_tense")
    explicit: dict[tuple[object, ...], list[tuple[int, str, str]]] = {}
    for index, reading in enumerate(readings):
        for op in reading.article.operations:
            if isinstance(op, Renumber):
                explicit.setdefault(_place(op.target, op.language), []).append(
                    (index, op.new_label, reading.article.number))
    errors: list[ParseError] = []
    notes: list[ParseError] = []
    result: list[ArticleReading] = []
    for index, reading in enumerate(readings):
        article = reading.article
        made: list[Renumber] = []
        refused: set[int] = set()
        for op in article.operations:
            clauses = [] if isinstance(op, Renumber) else [
                clause for clause in op.history if tense.match(clause)]
            for clause in clauses:
                told: list[str] = []
                problem = _one(lexicon, op, clause, index, article, explicit, made, told)
                span = op.source.span
                offset = source.line_starts[span.line - 1] + span.column - 1 if span else 0
                notes.extend(source.error(note, offset, "P016", article.number)
                             for note in told)
                if problem is None:
                    continue
                error = source.error(problem, offset, "P001", article.number)
                if not keep_going:
                    raise error
                errors.append(error)
                refused.add(id(op))
                break
        if not made and not refused:
            result.append(reading)
            continue
        made = [made[i] for i in renumbering_order(made)]
        kept = tuple(op for op in article.operations if id(op) not in refused)
        traced = [item for item in reading.operations
                  if item.operation is None or id(item.operation) not in refused]
        if any(item.operation is not None for item in reading.operations):
            traced = [OperationReading(point=op.source.point, sentence="; ".join(
                op.history), formula=FORMULA, operation=op) for op in made] + traced
        article = article.model_copy(update={"operations": (*made, *kept)})
        result.append(replace(reading, article=article, operations=tuple(traced)))
    return result, errors, notes


def _one(lexicon: Lexicon, op: Operation, clause: str, index: int, article: AmendingArticle,
         explicit: dict[tuple[object, ...], list[tuple[int, str, str]]],
         made: list[Renumber], warnings: list[str]) -> str | None:
    """None when the clause is read (recalled, or its renumbering added to ``made``), else
    why it is refused."""
    told = _read(lexicon, clause)
    quoted = f"\"{clause}\""
    if told is None:
        return (f"the renumbering {quoted} is not read (expected one unit and its new label: "
                "\"le § 3, qui devient le § 4,\", \"le 2°, devenant le 3°,\", \"§ 3, dat § 4 "
                "wordt,\", \"het tweede lid, dat het derde lid wordt,\")")
    if isinstance(op, InsertUnit) and op.anchor is not None:
        if op.anchor.unit == "alinea":
            return None  # the rank after the place: instruction._described_rank checked it
        return (f"{quoted} follows the place of an insertion: the model renumbers a unit the "
                "designation names, not the place of an insertion (expected \"le § 3, qui "
                "devient le § 4, est …\", or the renumbering in a point of its own)")
    unit = _unit(op.target, told.kind)
    if unit is None:
        return (f"{quoted} renumbers a {told.kind} but the designation names none (or a "
                "range): which unit becomes it is not said")
    old = unit.path[-1].label if unit.path else (unit.article or "")
    if told.kind in _POSITIONAL:
        kind = _NAMES.get(told.kind, told.kind)
        rank, new = _rank(old), _rank(told.label)
        if rank is None or new is None:
            return f"{quoted}: the rank of the {kind} is not read"
        if (_place(unit, op.language) in explicit) or rank == new:
            return None
        moved = _shift([other for other in article.operations if other is not op], unit,
                       op.language, rank)
        if moved is None:
            warnings.append(
                f"{quoted} gives {kind} {old} rank {new}, but no point of this article "
                f"inserts or repeals any {kind} in the same place: its rank is no number of "
                "its own, it follows from the units before it, changed by instructions of "
                "their own (another act's, or one this page lacks); the operation is read on "
                f"{kind} {old}, the clause kept as history")
            return None
        if moved != new:
            return (f"{quoted} gives {kind} {old} rank {new}, but the insertions and repeals "
                    f"of this article make it {kind} {moved}")
        return None
    if ("°" in old) != ("°" in told.label) or (")" in old) != (")" in told.label):
        return f"{quoted}: the new label is not of the kind of {old!r}"
    place = _place(unit, op.language)
    if any(made_op.history == (clause,) and _place(made_op.target, made_op.language) != place
           for made_op in made):
        # "In artikel 13 wordt artikel 5, dat artikel 6 wordt, opgeheven": one clause after
        # a designation of several units of its kind
        made[:] = [made_op for made_op in made if made_op.history != (clause,)]
        return (f"{quoted} follows a designation of several units ({old} and another): which "
                "one it renumbers is not said")
    for other, label, number in explicit.get(place, []):
        if _key(label) != _key(told.label):
            return (f"{quoted}, but article {number} of this act gives {told.kind} {old} the label "
                    f"{label!r}")
        if other < index:
            return (f"{quoted}: article {number} of this act "
                    f"already renumbered {old}; after it the designation names a label the "
                    "unit no longer has (expected its new label)")
        return None  # recalled: the act's own renumbering, in this article or a later one
    renumber = Renumber(source=op.source, target=unit, language=op.language,
                        history=(clause,), new_label=told.label)
    explicit.setdefault(place, []).append((index, told.label, article.number))
    made.append(renumber)
    return None


#: the formula of the renumbering a drafter joins to an insertion, in the parse trace
AFTER_FORMULA = "renumbering joined to an insertion (\"…, le § 2 actuel devenant le § 3\")"
_CLOSING = frozenset("»\"”“’'")


@dataclass(frozen=True)
class JoinedRenumbering:
    """A renumbering joined to an insertion after its block, read: the kind of the units,
    their labels (or ranks) now and after, and the clause as the act words it."""

    kind: str
    old: tuple[str, ...]
    new: tuple[str, ...]
    clause: str
    finite: bool = False
    """The clause has a verb of its own ("et le § 2 actuel devient le § 3"): after anything
    but one insertion it is a renumbering of its own, read as the instruction's own clause."""


def _labels(lexicon: Lexicon, listed: str) -> tuple[str, ...]:
    joiner = r"\s*,\s*|\s+(?:et|en)\s+"
    return tuple(re.sub(r"(?<=\d)(?:er|re)$", "", label)
                 for label in re.split(joiner, listed.strip()) if label)


def _joined_kind(lexicon: Lexicon, noun: str | None, labels: tuple[str, ...]) -> str | None:
    if noun:
        return lexicon.units.get(noun.casefold())
    if labels and all("°" in label or label.endswith(")") for label in labels):
        return "point"
    return None


def renumbered_after(lexicon: Lexicon, text: str) -> tuple[int, JoinedRenumbering | str] | None:
    """Where an instruction ends with a renumbering joined to its block ("il est inséré un
    § 2 rédigé comme suit : « … », le § 2 actuel devenant le § 3"; "…, waarbij de bestaande
    paragraaf 2 paragraaf 3 wordt"; lexicon ``renumber_after``): the clause's start (the
    instruction is read without it) and the clause read, or why it is not read (P001). None
    when the instruction ends otherwise."""
    found = lexicon.pattern("renumber_after").search(text)
    if found is None or text[: found.start()].rstrip()[-1:] not in _CLOSING:
        return None
    clause = re.sub(r"^(?:et|en)\s+", "", " ".join(
        text[found.start():found.end()].strip(" ,").split()))
    groups = found.groupdict()
    if groups.get("oldord") or groups.get("neword"):
        old_rank = lexicon.ordinals.get((groups.get("oldord") or "").casefold())
        new_rank = lexicon.ordinals.get((groups.get("neword") or "").casefold())
        if not old_rank or not new_rank:
            return found.start(), (f"\"{clause}\": the ranks of the alinéas are not read "
                                   "(expected \"waarbij het bestaande tweede lid het derde "
                                   "lid wordt\")")
        return found.start(), JoinedRenumbering("alinea", (str(old_rank),), (str(new_rank),),
                                                clause)
    # the groups of the clause's second order ("en de huidige paragraaf 2 wordt paragraaf 3")
    second = "2" if groups.get("old2") else ""
    old = _labels(lexicon, groups[f"old{second}"])
    new = _labels(lexicon, groups[f"new{second}"])
    noun = groups.get(f"noun{second}")
    kind = _joined_kind(lexicon, noun, old)
    new_kind = _joined_kind(lexicon, groups.get(f"newnoun{second}") or noun, new)
    if kind is None or kind != new_kind:
        return found.start(), (f"\"{clause}\": which units are renumbered is not said (expected "
                               "\"le § 2 actuel devenant le § 3\", \"le 3° actuel devenant le "
                               "4°\", \"l'alinéa 2 actuel devenant l'alinéa 3\")")
    if len(old) != len(new):
        return found.start(), (f"\"{clause}\" renumbers {len(old)} units to {len(new)} "
                               "labels: which one becomes which is not said")
    return found.start(), JoinedRenumbering(kind, old, new, clause,
                                            finite=bool(groups.get("finite")))


def join_renumbering(joined: JoinedRenumbering, readings: list[OperationReading]
                     ) -> list[OperationReading] | str | None:
    """The readings of the instruction with the renumbering ``joined`` made, or why it is
    refused (None: a clause with a verb of its own after anything but one insertion, to be
    read with the instruction as before). The renumbering must follow one insertion of units
    of its kind:

    * labelled units (§, item): the insertion takes a label the renumbering frees (the units
      renumbered, by their old labels, then the new one placed by its label: the
      :class:`~consolidate.model.Renumber` operations come first, in an order where no new
      label is taken when given, the last first);
    * alinéas (their number is their rank): the clause only states the insertion's effect;
      the rank it tells is checked against the one the insertion gives, nothing is added.
    """
    inserts = [item for item in readings if isinstance(item.operation, InsertUnit)]
    quoted = f"\"{joined.clause}\""
    if len(inserts) != 1 or len(readings) != 1:
        if joined.finite:
            return None  # a renumbering of its own: the instruction is read as a whole
        return (f"{quoted} follows an instruction that is not one insertion: which insertion "
                "it renumbers for is not said")
    (reading,) = inserts
    insert = reading.operation
    assert isinstance(insert, InsertUnit)
    if not insert.new or any(unit.kind != joined.kind for unit in insert.new):
        return (f"{quoted} renumbers {joined.kind} units, but the insertion inserts "
                f"{', '.join(sorted({unit.kind for unit in insert.new})) or 'no unit'}")
    kept = replace(reading, operation=insert.model_copy(
        update={"history": (*insert.history, joined.clause)}))
    if joined.kind in _POSITIONAL:
        kind = _NAMES.get(joined.kind, joined.kind)
        for old, new in zip(joined.old, joined.new, strict=True):
            rank, told = _rank(old), _rank(new)
            unit = insert.target.model_copy(update={
                "path": (*insert.target.path, Step(unit=joined.kind, label=old))})
            moved = _shift([insert], unit, insert.language, rank) if rank else None
            if told is None or moved != told:
                return (f"{quoted} gives {kind} {old} rank {new}, but the insertion makes it "
                        f"{kind} {moved if moved is not None else '?'}")
        return [kept]
    freed = {_key(old) for old in joined.old} - {_key(new) for new in joined.new}
    taken = [unit.label for unit in insert.new if _key(unit.label or "") not in freed]
    if taken:
        return (f"{quoted} does not free the label {', '.join(repr(label) for label in taken)} the "
                "insertion gives (expected the new unit to take the label of the first unit "
                "renumbered: \"il est inséré un § 2 …, le § 2 actuel devenant le § 3\")")
    made = [Renumber(source=insert.source, target=insert.target.model_copy(update={
        "path": (*insert.target.path, Step(unit=joined.kind, label=old))}),
        language=insert.language, history=(joined.clause,), new_label=new)
        for old, new in zip(joined.old, joined.new, strict=True)]
    made = [made[i] for i in renumbering_order(made)]
    return [OperationReading(point=reading.point, sentence=joined.clause,
                             formula=AFTER_FORMULA, operation=op) for op in made] + [kept]


__all__ = ["AFTER_FORMULA", "FORMULA", "JoinedRenumbering", "join_renumbering", "renumbered_after",
           "told_renumberings"]
