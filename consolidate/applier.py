"""Apply an amending act to base documents (semantics §4–§5).

- inputs are copied, never mutated; each operation goes to the document of its target act and
  language (``op.language or "fr"``); without one it is *skipped*;
- before the act's date in force (``at``), nothing applies;
- amending articles apply in order; within one amending article every target is resolved
  against the state before that article, then the operations apply in order;
- each operation is prepared (checked) before it changes anything, so a failed operation
  leaves the document as it was; by default the first failure raises, with ``keep_going``
  it is recorded and the run goes on;
- every change is marked (``c:mark``) and footnoted (``c:notes``) — see provenance.py; with
  ``footnotes=False`` (an output that shows no footnote: the plain text) the marks are
  numbered as the footnotes would be, and no ``c:notes``/``c:note`` is written (a third of
  what applying 100,000 operations adds to the tree).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from lxml import etree

from .address import (
    AmbiguousKind,
    ArticleIndex,
    find_article,
    index_articles,
    locate,
    resolved_kinds,
    sentence_spans,
)
from .address_acts import AmbiguousAddress, is_structural, resolve_target
from .document import CONTAINERS, Document, akn, assign_article_eids, cns
from .errors import (
    AddressError,
    AmbiguousBase,
    AmbiguousTarget,
    ApplyContext,
    ApplyError,
    Location,
    NotInBaseText,
    TargetNotFound,
    UnsupportedOperation,
)
from .handlers import Job, Prepared, p_text, prepare
from .handlers.annexes import cell_steps
from .handlers.annexes import refusal as annex_refusal
from .handlers.notes import recompute_eids, set_verb
from .model import (
    ActIdentity,
    AmendingAct,
    AmendingArticle,
    InsertUnit,
    NewUnit,
    Operation,
    Outcome,
    OutcomeStatus,
    Report,
    Step,
)
from .provenance import add_note, notes_index, set_version
from .sharing import share_fields
from .text import parse_label
from .timeline import provision_time


@dataclass
class _Run:
    """State of one application: documents, their identities, the notes created so far."""

    act: AmendingAct
    documents: list[Document]
    identities: list[ActIdentity]
    in_force: dt.date | None
    keep_going: bool
    footnotes: bool = True
    """False: numbers without notes (:func:`_next_number`), never a ``c:note`` written."""
    notes: dict[tuple[int, str, str], int] = field(default_factory=dict)
    bumped: set[int] = field(default_factory=set)
    outcomes: list[Outcome] = field(default_factory=list)
    indexes: dict[int, ArticleIndex] = field(default_factory=dict)
    """Article indexes per document, dropped when an article is inserted."""
    note_blocks: dict[int, dict[str, etree._Element]] = field(default_factory=dict)
    """``c:notes`` elements by article eId, per document (built once, kept up to date)."""
    last_numbers: dict[int, dict[str, int]] = field(default_factory=dict)
    """Without footnotes: the last footnote number of each article (eId), per document —
    the base's own notes, then the numbers given in this run."""


def apply(
    documents: Sequence[Document],
    act: AmendingAct,
    *,
    at: dt.date | None = None,
    keep_going: bool = False,
    in_place: bool = False,
    footnotes: bool = True,
) -> tuple[list[Document], Report]:
    """Apply ``act`` to copies of ``documents``; return the new documents and the report.

    Raises the first :class:`~consolidate.errors.ApplyError` unless ``keep_going``. With
    ``in_place`` the given documents themselves are changed and returned (no copy: for a
    caller that does not need the base texts afterwards). With ``footnotes=False`` no
    footnote is written (the marks are): for a caller that renders only the plain text.
    """
    copies = list(documents) if in_place else [document.copy() for document in documents]
    in_force = act.in_force()
    run = _Run(act, copies, [d.identity for d in copies], in_force, keep_going, footnotes)
    unread = next((p.article or "?" for p in act.problems
                   if p.entry_into_force and p.severity == "error"), None)
    if at is not None and unread is not None and in_force is None:
        # its entry-into-force article was refused: whether it is in force is not known
        reason = (f"not applied on {at.isoformat()}: its date in force is not known (the act's "
                  f"entry-into-force article (art. {unread}) was not read (P001))")
        for index, op in enumerate(act.operations()):
            run.outcomes.append(_outcome(index, op, "skipped", message=reason))
    elif at is not None and in_force is not None and at < in_force:
        reason = f"not yet in force on {at.isoformat()} (in force on {in_force.isoformat()})"
        for index, op in enumerate(act.operations()):
            run.outcomes.append(_outcome(index, op, "skipped", message=reason))
    else:
        index = 0
        for article in act.articles:
            _apply_article(run, article, index)
            index += len(article.operations)
    outcomes = sorted(run.outcomes, key=lambda outcome: outcome.index)  # once, at the end
    report = Report(act=act.act.justel_id, in_force=in_force, outcomes=tuple(outcomes))
    return copies, report


def describe_target(op: Operation) -> str:
    """'loi du 2001-05-16, article 19, § 1er, alinéa 2' (+ the Dutch text restriction)."""
    text = f"{op.target.act.describe()}, {op.target.describe()}"
    return text + " (Dutch text)" if op.language == "nl" else text


def _context(op: Operation) -> ApplyContext:
    return ApplyContext(
        amending_article=op.source.article, point=op.source.point, target=describe_target(op)
    )


def _outcome(
    index: int,
    op: Operation,
    status: OutcomeStatus,
    *,
    message: str | None = None,
    error: ApplyError | None = None,
    warnings: tuple[str, ...] = (),
    touched: tuple[str, ...] = (),
) -> Outcome:
    return share_fields(Outcome(  # one set of field names for all: 0.7 KB each
        index=index,
        op=op.op,
        source=op.source,
        target=op.target,
        language=op.language,
        status=status,
        message=error.message if error else message,
        error_code=error.code if error else None,
        warnings=warnings,
        touched=touched,
    ))


def _document_for(run: _Run, op: Operation) -> tuple[int | None, str | ApplyError]:
    """Index of the document an operation applies to, or None and the reason (an error when
    two bases of the language match the act and its number cannot tell them apart)."""
    language = op.language or "fr"
    matching = [index for index, identity in enumerate(run.identities)
                if identity.matches(op.target.act)]
    found = [index for index in matching if run.identities[index].language == language]
    numbered = [index for index in found if op.target.act.number is not None
                and run.identities[index].number == op.target.act.number]
    if len(numbered) == 1:
        return numbered[0], ""
    if len(found) == 1:
        return found[0], ""
    if len(found) > 1:
        titles = "; ".join(f"{run.identities[index].type} {run.identities[index].title}"
                           for index in found)
        return None, AmbiguousBase(
            f"{len(found)} bases match {op.target.act.describe()}, which they cannot tell "
            f"apart ({titles}): cite the act by its number (n° …) or give one of them only")
    if matching:
        name = {"nl": "Dutch", "fr": "French", "de": "German"}[language]
        return None, f"{name} text not supplied"
    return None, f"act not supplied ({op.target.act.describe()})"


def _detached(node: etree._Element, root: etree._Element) -> bool:
    """Whether an earlier commit took ``node`` out of the document (its top is not the root)."""
    top = node
    while (parent := top.getparent()) is not None:
        top = parent
    return top is not root


def _resolve(run: _Run, doc_index: int, op: Operation) -> Job:
    document = run.documents[doc_index]
    refused = annex_refusal(op)
    if refused is not None:  # an annex, a table's cell, an annex of the amending act
        raise NotInBaseText(refused, context=_context(op))
    try:
        if doc_index not in run.indexes:
            run.indexes[doc_index] = index_articles(document)
        cells = cell_steps(op.target.path)
        if cells and getattr(op, "except_in", ()):
            raise UnsupportedOperation("an exception of place (except_in) inside a table's "
                                       "cell: the cell holds no unit", context=_context(op))
        if cells and op.target.article is not None:  # a cell of a table: handlers/cells.py
            article = find_article(document, op.target.article, run.indexes[doc_index])
            node, _ = locate(article, op.target.article,
                             op.target.path[: len(op.target.path) - len(cells)])
            return Job(op, document, node, article, _context(op), cells=cells)
        if is_structural(op.target, op.op):
            if getattr(op, "except_in", ()):  # the words of a whole act or range: no unit
                raise UnsupportedOperation(
                    "an exception of place (except_in) inside a change of words across "
                    "articles: name the article", context=_context(op))
            found = resolve_target(document, op.target, op.op, run.indexes[doc_index])
            later = _inserted_later(run.act, op.source.article) \
                if isinstance(op, InsertUnit) and op.holds else frozenset()
            return Job(op, document, found.node, found.article, _context(op),
                       scope=found.scope, units=found.units, later=later)
        assert op.target.article is not None
        label = op.target.article
        article = find_article(document, label, run.indexes[doc_index])
        if any(step.unit == "number" for step in op.target.path):
            # a label whose kind the page lost: the base decides it (or the op is refused);
            # the handlers then see the kind they act on
            path = resolved_kinds(article, label, op.target.path)
            op = op.model_copy(update={"target": op.target.model_copy(update={"path": path})})
        node, sentence = locate(article, label, op.target.path)
    except (AmbiguousAddress, AmbiguousKind) as error:
        raise AmbiguousTarget(error.message, context=_context(op)) from None
    except AddressError as error:
        raise TargetNotFound(error.message, context=_context(op)) from None
    sentence_text = None
    if sentence is not None:
        start, end = sentence_spans(p_text(node))[sentence]
        sentence_text = p_text(node)[start:end]
    return Job(op, document, node, article, _context(op), sentence, sentence_text,
               excepted=_excepted(op, article, label))


def _excepted(op: Operation, article: etree._Element, label: str) -> etree._Element | None:
    """The unit of the target whose words stay (``except_in``), or
    None; TargetNotFound (A003) when the target has no such unit."""
    except_in: tuple[Step, ...] = getattr(op, "except_in", ())
    if not except_in:
        return None
    try:
        node, sentence = locate(article, label, (*op.target.path, *except_in))
    except (AddressError, AmbiguousAddress, AmbiguousKind) as error:
        raise TargetNotFound(
            "the unit the formula excepts (except_in) is not in the target: "
            f"{error.message}", context=_context(op)) from None
    if sentence is not None:
        raise TargetNotFound("the unit the formula excepts is a sentence: expected a §, an "
                             "alinéa or an item", context=_context(op))
    return node


def _inserted_later(act: AmendingAct, number: str) -> frozenset[tuple[int, ...]]:
    """The label keys of the articles that the amending articles after ``number`` insert
    (a new division may name them among those it holds: handlers/holding.py)."""
    keys: set[tuple[int, ...]] = set()
    seen = False
    for article in act.articles:
        if seen:
            for op in article.operations:
                if isinstance(op, InsertUnit):
                    keys.update(_article_keys(op.new))
        seen = seen or article.number == number
    return frozenset(keys)


def _article_keys(units: Sequence[NewUnit]) -> list[tuple[int, ...]]:
    keys: list[tuple[int, ...]] = []
    for unit in units:
        if unit.kind == "article":
            try:
                keys.append(parse_label(unit.label or "").key())
            except ValueError:
                continue
        else:
            keys.extend(_article_keys(unit.children))
    return keys


def _locate(error: ApplyError, op: Operation, article: AmendingArticle) -> ApplyError:
    """Give the error the place of its operation in the amending text (line and column)."""
    span = op.source.span or article.span
    if error.location is None:
        error.location = Location(SOURCE, span.line, span.column)
    return error


SOURCE = "<amending act>"
"""File name of locations until the caller (the CLI) knows the amending act's file."""


def _fail(run: _Run, index: int, op: Operation, error: ApplyError) -> None:
    if not run.keep_going:
        raise error
    run.outcomes.append(_outcome(index, op, "failed", error=error))


def _mark_number(run: _Run, doc_index: int, eid: str, amending: str) -> int:
    key = (doc_index, eid, amending)
    if key not in run.notes:
        document = run.documents[doc_index]
        version = run.identities[doc_index].version + 1
        if doc_index not in run.bumped:
            set_version(document, version)
            run.bumped.add(doc_index)
        if not run.footnotes:
            run.notes[key] = _next_number(run, doc_index, eid)
            return run.notes[key]
        if doc_index not in run.note_blocks:
            run.note_blocks[doc_index] = notes_index(document)
        # the date in force of the amending article (per provision, "indéterminée" while
        # pending), not the whole act's: an act whose articles take effect on different dates
        # has one date per footnote, as Justel prints (the chain re-dates them the same way)
        time = provision_time(run.act, amending)
        when = time.date if time.mode != "unknown" else run.in_force
        run.notes[key] = add_note(document, eid, run.act.act, amending, version, when,
                                  index=run.note_blocks[doc_index])
    return run.notes[key]


def _next_number(run: _Run, doc_index: int, eid: str) -> int:
    """The number :func:`~consolidate.provenance.add_note` would give the next footnote of
    article ``eid`` (one more than its last), without writing the note."""
    numbers = run.last_numbers.get(doc_index)
    if numbers is None:  # the base's own notes, read once
        numbers = run.last_numbers[doc_index] = {
            eid: max((int(note.get("number", "0")) for note in notes.iter(cns("note"))),
                     default=0)
            for eid, notes in notes_index(run.documents[doc_index]).items()}
    number = numbers.get(eid, 0) + 1
    numbers[eid] = number
    return number


def _units(document: Document) -> list[tuple[etree._Element, str | None]]:
    """The articles and divisions with their eId (before :func:`recompute_eids`)."""
    tags = [akn("article"), *(akn(tag) for tag in CONTAINERS)]
    return [(element, element.get("eId")) for element in document.body.iter(*tags)]


def _moved(numbers: dict[str, int],
           units: list[tuple[etree._Element, str | None]]) -> dict[str, int]:
    """``numbers`` keyed by the new eIds of ``units``, as :func:`recompute_eids` moves the
    notes (the numbers of an eId two units come to share: the moved unit's)."""
    moves = [(old, element.get("eId") or "") for element, old in units
             if old is not None and old != element.get("eId")]
    gone = {old for old, _ in moves}
    kept = {eid: number for eid, number in numbers.items() if eid not in gone}
    kept.update((new, numbers[old]) for old, new in moves if old in numbers)
    return kept


def _commit(
    run: _Run, doc_index: int, plan: Job, prepared: Prepared, amending: str
) -> list[etree._Element]:
    """Number the footnotes an operation needs, then commit it (this cannot fail)."""
    if prepared.commit_marks is None:
        eid = prepared.note_eid or plan.article.get("eId") or ""
        return prepared.commit(_mark_number(run, doc_index, eid, amending))
    marks = {eid: _mark_number(run, doc_index, eid, amending) for eid in prepared.marks_for}
    for eid, verb in prepared.verbs.items() if run.footnotes else ():
        set_verb(run.note_blocks[doc_index][eid], marks[eid], verb)
    return prepared.commit_marks(marks)


def _document_of(run: _Run, element: etree._Element) -> int | None:
    root = element.getroottree().getroot()
    return next((i for i, d in enumerate(run.documents) if d.root is root), None)


def _articles_of(elements: list[etree._Element]) -> list[etree._Element]:
    """The articles holding ``elements`` (each once, in first-seen order)."""
    found: dict[int, etree._Element] = {}
    tag = akn("article")
    for element in elements:
        node: etree._Element | None = element
        while node is not None and node.tag != tag:
            node = node.getparent()
        if node is not None:
            found.setdefault(id(node), node)
    return list(found.values())


def _apply_article(run: _Run, article: AmendingArticle, first_index: int) -> None:
    """Resolve every target of one amending article, then apply its operations in order."""
    planned: list[tuple[int, Operation, int | None, Job | ApplyError | str]] = []
    for offset, op in enumerate(article.operations):
        doc_index, reason = _document_for(run, op)
        if doc_index is None:
            planned.append((first_index + offset, op, None, reason))
            continue
        try:
            planned.append((first_index + offset, op, doc_index, _resolve(run, doc_index, op)))
        except ApplyError as error:
            planned.append((first_index + offset, op, doc_index, error))
    done: list[tuple[int, Operation, OutcomeStatus, tuple[str, ...], list[etree._Element]]] = []
    touched_units: list[etree._Element] = []
    structural: set[int] = set()
    for index, op, doc_index, plan in planned:
        if isinstance(plan, str):
            run.outcomes.append(_outcome(index, op, "skipped", message=plan))
            continue
        if isinstance(plan, ApplyError):
            _fail(run, index, op, _locate(plan, op, article))
            continue
        assert doc_index is not None
        if _detached(plan.node, plan.document.root):
            _fail(run, index, op, _locate(TargetNotFound(
                "the target was replaced or removed by an earlier operation of the same "
                f"amending article (art. {article.number}): name the new unit instead",
                context=plan.context), op, article))
            continue
        try:
            prepared = prepare(plan)
        except ApplyError as error:
            _fail(run, index, op, _locate(error, op, article))
            continue
        if prepared.status == "no_effect":
            done.append((index, op, "no_effect", prepared.warnings, prepared.found))
            continue
        touched = _commit(run, doc_index, plan, prepared, article.number)
        if prepared.note_eid is not None or prepared.structural:  # the index is stale
            run.indexes.pop(doc_index, None)
        if prepared.structural:
            structural.add(doc_index)
        touched_units.extend(touched)
        touched_units.append(plan.article)
        done.append((index, op, "applied", prepared.warnings, touched))
    for changed in _articles_of(touched_units):
        if _document_of(run, changed) not in structural:  # else: every eId, below
            assign_article_eids(changed)
    for doc_index in structural:  # articles or divisions added, moved or relabelled
        numbers = run.last_numbers.get(doc_index)
        units = _units(run.documents[doc_index]) if numbers is not None else []
        recompute_eids(run.documents[doc_index])
        run.note_blocks.pop(doc_index, None)
        if numbers is not None:  # the numbers follow their unit, as the notes do
            run.last_numbers[doc_index] = _moved(numbers, units)
    for index, op, status, warnings, touched in done:
        eids = tuple(dict.fromkeys(e.get("eId") or "" for e in touched))
        message = warnings[0] if status == "no_effect" and warnings else None
        run.outcomes.append(
            _outcome(index, op, status, message=message, warnings=warnings, touched=eids)
        )
