"""Chains of amending acts: several acts applied in the order of their effect (docs/time.md).

Each act is cut into *slices*: its amending articles grouped by the date they take effect
(:mod:`consolidate.timeline`). Slices are applied in the order of effect — date in force,
then publication date, then an explicit order (:func:`read_order`), then the act's date and
Justel id, then the order given — and each one sees the text the earlier ones left.
Consecutive slices of one act are one application, so an act raises the version of the text
once (Justel's numbering: the 2016 law is at version 002 after its first amendment) and its
footnotes follow the numbers already in each article. Pending provisions (a date the King has
not fixed) are reported, never applied; with ``at``, slices dated after it are "not yet in
force".

Provisions the bases' footnotes already cite (a Justel page that has the act, the output of
an earlier run) are skipped, "already in the base text", never applied twice; they take
effect on the footnote's date. With ``at``, the bases are first brought back to that date
(:mod:`consolidate.chain_rewind`: what their later marks replaced, or "not known"). A slice
dated before footnotes the bases already have goes under them, numbered as one run would
(:mod:`consolidate.chain_retro`), or fails with
:class:`~consolidate.errors.RetroactiveUnderLaterAct` when a later act changed its article.

Two acts changing the same unit on the same date are a :class:`Conflict`: ordered by their
publication dates when those differ, else by the order file; with neither,
:class:`~consolidate.errors.ChainConflict`. An operation whose target an earlier act repealed
fails with :class:`~consolidate.errors.RemovedByEarlierAct`, naming both acts.
The order itself (and order files) is :mod:`consolidate.chain_order`; ``order_acts``,
``read_order`` and ``act_keys`` are importable from here too.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace

from .applier import SOURCE
from .applier import apply as apply_act
from .chain_order import Conflict, act_keys, order_acts, order_key, rank, read_order
from .chain_retro import (
    Later,
    cited_later,
    indexed_operations,
    later_than,
    page_notes,
    refuse_under_later,
    refused_outcome,
    renumber,
)
from .chain_retro import history as history_of_bases
from .chain_rewind import Unknown, rewind
from .document import Document
from .errors import (
    ApplyError,
    ChainConflict,
    InputError,
    RemovedByEarlierAct,
    RetroactiveUnderLaterAct,
    TargetNotFound,
    TextNotFound,
)
from .model import AmendingAct, Operation, Outcome, Report, Step, Target
from .provenance import redate_notes
from .result import Consolidation
from .text import parse_label
from .timeline import (
    ProvisionTime,
    authority_words,
    effect_date,
    ended_words,
    provision_times,
    split_words,
    unread_words,
)

__all__ = ["Conflict", "act_keys", "apply_chain", "conflicts", "order_acts", "read_order"]



@dataclass(frozen=True)
class _Slice:
    act: AmendingAct
    position: int
    date: dt.date
    articles: tuple[str, ...]


# --- slices and conflicts --------------------------------------------------------------------


def already_applied(documents: Sequence[Document], act: AmendingAct) -> set[str]:
    """The amending articles of ``act`` that the footnotes of a base they amend already cite
    (a Justel page that has the act, the output of an earlier run): not applied again."""
    return set(cited_dates(documents, act))


def cited_dates(documents: Sequence[Document], act: AmendingAct) -> dict[str, dt.date | None]:
    """The amending articles of ``act`` the bases' footnotes cite (numbered, old-style inline
    or heading an article), with the date in force the footnote gives (None: none, or
    "indéterminée"): the base's history (docs/time.md)."""
    reference = act.act.justel_reference or act.act.date.isoformat()
    cited: list[dict[str, dt.date | None]] = []
    for document in documents:
        numbers: dict[str, dt.date | None] = {}
        for entry in page_notes(document):
            note = entry.note
            if note.reference == reference and note.article:
                numbers.setdefault(note.article.split(",")[0].strip(), note.in_force)
        cited.append(numbers)
    identities = [document.identity for document in documents]
    done: dict[str, dt.date | None] = {}
    for article in act.articles:
        for op in article.operations:
            targets = [i for i, identity in enumerate(identities)
                       if identity.matches(op.target.act)
                       and identity.language == (op.language or "fr")]
            for i in targets:
                for number, date in cited[i].items():
                    if _same_label(article.number, number):
                        done.setdefault(article.number, date)
    return done


def _same_label(a: str, b: str) -> bool:
    try:
        return parse_label(a).same(parse_label(b))
    except ValueError:
        return a == b


def _slices(acts: Sequence[AmendingAct], times: dict[int, list[ProvisionTime]],
            at: dt.date | None, order: Sequence[str],
            done: dict[int, set[str]]) -> list[_Slice]:
    found: list[_Slice] = []
    for position, act in enumerate(acts):
        groups: dict[dt.date, list[str]] = {}
        for time in times[position]:
            if time.article in done[position]:
                continue
            if time.date is not None and time.state(at) == "in_force":
                groups.setdefault(time.date, []).append(time.article)
        for date, articles in groups.items():
            found.append(_Slice(act, position, date, tuple(articles)))
    return sorted(found, key=lambda s: order_key(s.act, s.date, s.position, order))


def _ops(piece: _Slice) -> list[Operation]:
    return [op for a in piece.act.articles if a.number in piece.articles for op in a.operations]


def _unit_key(target: Target, language: str | None) -> tuple[object, ...]:
    act = (target.act.type, target.act.date, target.act.code, language or "fr")
    try:
        article: object = parse_label(target.article).key() if target.article else None
    except ValueError:  # a label the text model cannot read: compared as written
        article = target.article
    return (act, article)


def _overlap(a: tuple[Step, ...], b: tuple[Step, ...]) -> bool:
    shorter = min(len(a), len(b))
    return a[:shorter] == b[:shorter]


def conflicts(slices: Sequence[_Slice], order: Sequence[str]) -> list[Conflict]:
    """The units two acts change on the same date (each pair of acts and unit once)."""
    found: dict[tuple[str, str, str], Conflict] = {}
    for i, first in enumerate(slices):
        for second in slices[i + 1:]:
            if second.date != first.date or second.act.act == first.act.act:
                continue
            for op in _ops(first):
                for other in _ops(second):
                    if _unit_key(op.target, op.language) != _unit_key(other.target,
                                                                      other.language):
                        continue
                    if not _overlap(op.target.path, other.target.path):
                        continue
                    unit = f"{op.target.act.describe()}, {op.target.describe()}"
                    ids = (first.act.act.justel_id, second.act.act.justel_id)
                    found.setdefault((unit, *ids), Conflict(unit, first.date, ids,
                                                            _settled(first, second, order)))
    return list(found.values())


def _settled(first: _Slice, second: _Slice, order: Sequence[str]) -> str | None:
    if (first.act.act.publication and second.act.act.publication
            and first.act.act.publication != second.act.act.publication):
        return "publication"
    ranks = (rank(first.act.act, order), rank(second.act.act, order))
    if ranks[0] != ranks[1] and max(ranks) < len(order):
        return "order file"
    return None


# --- applying --------------------------------------------------------------------------------


def _sub_act(act: AmendingAct, articles: set[str]) -> tuple[AmendingAct, list[int]]:
    """The act restricted to ``articles`` and, per operation kept, its index in the act."""
    kept = []
    indexes: list[int] = []
    index = 0
    for article in act.articles:
        if article.number in articles:
            kept.append(article)
            indexes.extend(range(index, index + len(article.operations)))
        elif article.operations:
            kept.append(article.model_copy(update={"operations": ()}))
        else:
            kept.append(article)
        index += len(article.operations)
    return act.model_copy(update={"articles": tuple(kept)}), indexes


def _remap(report: Report, indexes: list[int]) -> list[Outcome]:
    """The outcomes with their index in the whole act (copied only where it differs: a
    slice holding the whole act, the common case, keeps its outcomes)."""
    return [o if indexes[o.index] == o.index else o.model_copy(update={"index": indexes[o.index]})
            for o in report.outcomes]


def _repealer(history: list[tuple[AmendingAct, Outcome]], op: Operation) -> tuple[
        AmendingAct, Outcome] | None:
    """The earlier act whose applied repeal removed ``op``'s target (or a unit holding it)."""
    if op.target.article is None:
        return None
    for act, outcome in reversed(history):
        if outcome.op != "repeal_unit" or outcome.status != "applied":
            continue
        if _unit_key(outcome.target, outcome.language) != _unit_key(op.target, op.language):
            continue
        path = outcome.target.path
        if op.target.path[:len(path)] == path:
            return act, outcome
    return None


def _removed_message(act: AmendingAct, op: Operation, earlier: AmendingAct,
                     outcome: Outcome) -> str:
    return (f"{act.act.justel_id} ({op.source.describe()}) changes "
            f"{op.target.act.describe()}, {op.target.describe()}, which "
            f"{earlier.act.justel_id} ({outcome.source.describe()}) repealed before")


Change = tuple[AmendingAct, Outcome, "dt.date | None"]
"""An operation an earlier application of the chain applied, with its date in force."""


def _changer(changes: Sequence[Change], op: Operation) -> Change | None:
    """The last earlier applied operation of another act on ``op``'s unit (one path inside
    the other): what changed the words ``op`` looks for."""
    if op.target.article is None:
        return None
    for change in reversed(changes):
        outcome = change[1]
        if _unit_key(outcome.target, outcome.language) != _unit_key(op.target, op.language):
            continue
        if _overlap(outcome.target.path, op.target.path):
            return change
    return None


def _moved_up(history: Sequence[tuple[AmendingAct, Outcome]], op: Operation) -> str:
    """When ``op`` designates an alinéa after one an earlier act of the chain repealed in
    the same container: the repealed alinéa is no longer counted and the following ones
    moved up (semantics §1) — said, naming the act, since the amending text counted them
    as they were."""
    for act, outcome in reversed(history):
        path = outcome.target.path
        if not path or path[-1].unit != "alinea":
            continue
        if _unit_key(outcome.target, outcome.language) != _unit_key(op.target, op.language):
            continue
        depth = len(path) - 1
        if len(op.target.path) <= depth or op.target.path[:depth] != path[:depth]:
            continue
        step = op.target.path[depth]
        try:
            later = step.unit == "alinea" and \
                parse_label(step.label).number >= parse_label(path[-1].label).number
        except ValueError:
            later = False
        if later:
            return (f"{outcome.target.describe()} was repealed by {act.act.justel_id} "
                    f"({outcome.source.describe()}): the alinéas after it are counted "
                    f"without it (the following ones moved up, docs/time.md)")
    return ""


def changed_before(changes: Sequence[Change], op: Operation, date: dt.date | None) -> str:
    """'L 2025-02-03/7 (art. 3, in force 2025-03-01) changed this unit before (the same
    date: …)', or '' when no earlier act of the chain changed the unit."""
    found = _changer(changes, op)
    if found is None:
        return ""
    earlier, outcome, when = found
    dated = f", in force {when.isoformat()}" if when else ""
    same = "; the same date: ordered by publication or the order file, docs/time.md" \
        if when is not None and when == date else ""
    return (f"{earlier.act.justel_id} ({outcome.source.describe()}{dated}) changed this unit "
            f"before{same}")


def _explained(error: ApplyError, act: AmendingAct, partial: AmendingAct,
               history: list[tuple[AmendingAct, Outcome]], changes: Sequence[Change] = (),
               dates: dict[str, dt.date | None] | None = None) -> ApplyError:
    """The error, or — when an earlier act of the chain repealed the operation's target —
    a :class:`RemovedByEarlierAct` naming both acts (same place in the amending text); when
    the quoted words are not found and an earlier act of the chain changed the unit, the
    error names it."""
    for op in partial.operations():
        if (op.source.article, op.source.point) != (error.context.amending_article,
                                                    error.context.point):
            continue
        found = _repealer(history, op)
        if found is not None:
            removed = RemovedByEarlierAct(_removed_message(act, op, *found),
                                          context=error.context)
            removed.location = error.location
            return removed
        moved = _moved_up(history, op) if isinstance(error, TargetNotFound) else ""
        if moved:
            error.message = f"{error.message}; {moved}"
            error.args = (error.message,)
            return error
        if isinstance(error, TextNotFound):
            hint = changed_before(changes, op, (dates or {}).get(op.source.article))
            if hint:
                error.message = f"{error.message}; {hint}"
                error.args = (error.message,)
            return error
    return error


def _apply_slice(documents: list[Document], act: AmendingAct, articles: set[str],
                 dates: dict[str, dt.date | None], keep_going: bool,
                 history: list[tuple[AmendingAct, Outcome]], *,
                 in_place: bool = False, footnotes: bool = True,
                 changes: Sequence[Change] = ()) -> tuple[list[Document], Report]:
    partial, indexes = _sub_act(act, articles)
    operations = act.operations()
    try:
        after, report = apply_act(documents, partial, keep_going=keep_going, in_place=in_place,
                                  footnotes=footnotes)
    except ApplyError as error:
        raise _explained(error, act, partial, history, changes, dates) from None
    outcomes = []
    for outcome in _remap(report, indexes):
        earlier = _repealer(history, operations[outcome.index]) \
            if outcome.status == "failed" else None
        if earlier is not None:
            outcome = outcome.model_copy(update={
                "message": _removed_message(act, operations[outcome.index], *earlier),
                "error_code": RemovedByEarlierAct.code})
        elif outcome.status == "failed" and outcome.error_code == TargetNotFound.code and \
                (moved := _moved_up(history, operations[outcome.index])):
            outcome = outcome.model_copy(update={"message": f"{outcome.message}; {moved}"})
        elif outcome.status == "failed" and outcome.error_code == TextNotFound.code:
            op = operations[outcome.index]
            hint = changed_before(changes, op, dates.get(op.source.article))
            if hint:
                outcome = outcome.model_copy(update={
                    "message": f"{outcome.message}; {hint}"})
        outcomes.append(outcome)
    for before, document in zip(documents, after, strict=True):
        if document.identity.version != before.identity.version:
            redate_notes(document, act.act, document.identity.version, dates)
    known = [date for number, date in dates.items() if number in articles and date]
    in_force = max(known) if known else report.in_force  # the text is in force from then
    return after, report.model_copy(update={"outcomes": tuple(outcomes), "in_force": in_force})


def _skipped(act: AmendingAct, times: list[ProvisionTime], at: dt.date | None,
             done: set[str]) -> list[Outcome]:
    states = {t.article: t for t in times}
    out: list[Outcome] = []
    index = 0
    for article in act.articles:
        time = states.get(article.number)
        for op in article.operations:
            if article.number in done and (time is None or time.state(at) == "in_force"):
                reason = (f"already in the base text (its footnotes cite "
                          f"{act.act.justel_id} for the provision)")
                if act.act.justel_reference is None:  # a date, not an act: say so
                    reason += (f"; the act gives no Justel number, so a footnote of any act "
                               f"of the same type and date counts: if another act of "
                               f"{act.act.date.isoformat()} wrote it (a loi-programme (I) and "
                               f"(II)), give this act its reference (front matter 'case:')")
                out.append(Outcome(index=index, op=op.op, source=op.source, target=op.target,
                                   language=op.language, status="skipped", message=reason))
            elif time is not None and time.state(at) != "in_force":
                out.append(_skip(index, op, time, at))
            index += 1
    return out


def unknown_warning(time: ProvisionTime, at: dt.date | None) -> str:
    """What is said of a provision whose date in force is counted from a publication the
    act does not give (mode 'unknown'): it is applied from the act's own date, the earliest
    it can be, and its footnote says "indéterminée"."""
    whether = "" if at is None else \
        f"; whether it is in force on {at.isoformat()} is not known"
    if time.unread is not None:
        return (f"the date in force of {time.act} art. {time.article} is not known: "
                f"{unread_words(time)}; applied from the act's date "
                f"{time.date.isoformat() if time.date else '?'} (the text as amended, with "
                f"no date), footnote 'indéterminée'")
    return (f"the date in force of {time.act} art. {time.article} is not known: it is "
            f"counted from the act's publication, which the act does not give (front "
            f"matter 'publication: YYYY-MM-DD'); applied from the act's date "
            f"{time.date.isoformat() if time.date else '?'}{whether}, footnote "
            f"'indéterminée'")


def _warn_unknown(report: Report, times: list[ProvisionTime], at: dt.date | None) -> Report:
    """The report, its outcomes of provisions of unknown date warned (:func:`unknown_warning`)."""
    unknown = {t.article: t for t in times if t.mode == "unknown"}
    if not unknown:
        return report
    outcomes = tuple(
        o.model_copy(update={"warnings": (*o.warnings, unknown_warning(
            unknown[o.source.article], at))})
        if o.source.article in unknown and o.status != "skipped" else o
        for o in report.outcomes)
    return report.model_copy(update={"outcomes": outcomes})


def _skip(index: int, op: Operation, time: ProvisionTime, at: dt.date | None) -> Outcome:
    if time.date is None and time.mode == "split":
        reason = f"not applied: {split_words(time)} (docs/time.md)"
    elif time.date is None:
        reason = f"pending: the date in force is to be fixed by {authority_words(time.authority)}"
    elif time.until is not None and time.state(at) in ("ended", "unknown"):
        assert at is not None
        reason = f"not applied on {at.isoformat()}: {ended_words(time, at)} (docs/time.md)"
    elif time.unread is not None:
        assert at is not None
        reason = (f"not applied on {at.isoformat()}: its date in force is not known "
                  f"({unread_words(time)})")
    elif time.mode == "unknown":
        assert at is not None
        reason = (f"not yet in force on {at.isoformat()}: its date in force is not known "
                  f"(counted from its publication, which the act does not give), and not "
                  f"before the act's date {time.date.isoformat()}")
    else:
        assert at is not None
        reason = (f"not yet in force on {at.isoformat()} (in force on "
                  f"{time.date.isoformat()})")
        if time.mode == "base":
            reason += "; its text on the base's page is taken out (docs/time.md)"
    return Outcome(index=index, op=op.op, source=op.source, target=op.target,
                   language=op.language, status="skipped", message=reason)


def apply_chain(
    documents: Sequence[Document],
    acts: Sequence[AmendingAct],
    *,
    at: dt.date | None = None,
    keep_going: bool = False,
    order: Sequence[str] = (),
    in_place: bool = False,
    footnotes: bool = True,
) -> Consolidation:
    """Apply ``acts`` to copies of ``documents`` in the order of their effect (module doc).

    ``in_place``: the first application changes ``documents`` themselves (no copy, see
    :func:`consolidate.api.consolidate`'s ``keep_before``). ``footnotes=False``: no footnote
    is written (:func:`consolidate.applier.apply`) when there is one application — those of
    a chain read the footnotes the earlier ones wrote, which are then written.
    """
    if not acts:
        raise InputError("no amending act to apply")
    ordered = order_acts(acts, order)
    cited = {i: cited_dates(documents, act) for i, act in enumerate(ordered)}
    times = {i: _as_cited(provision_times(act, ordered), cited[i])
             for i, act in enumerate(ordered)}
    done = {i: set(cited[i]) for i in cited}
    unknown: list[Unknown] = []
    if at is not None:  # the bases as in force on that date, as far as they tell
        documents, unknown = rewind(documents, at, ordered)
    slices = _slices(ordered, times, at, order, done)
    found = conflicts(slices, order)
    for conflict in found:
        if conflict.settled_by is None:
            raise ChainConflict(conflict.describe() + "; give their order in an order file "
                                "(--order FILE, docs/time.md)")
    outcomes: dict[int, list[Outcome]] = {i: _skipped(a, times[i], at, done[i])
                                         for i, a in enumerate(ordered)}
    on_later_text = _refuse_cited_later(ordered, times, slices, keep_going, outcomes)
    steps: list[Consolidation] = []
    history: list[tuple[AmendingAct, Outcome]] = []  # the applied repeals so far
    changes: list[Change] = []  # every applied operation so far, with its date
    saved = history_of_bases(documents)
    current = list(documents)  # apply_act copies them (unless in_place): never changed here
    groups = _groups(slices, saved)
    footnotes = footnotes or len(groups) > 1
    for number, (position, group) in enumerate(groups, 1):
        act = ordered[position]
        articles = {number for piece in group for number in piece.articles}
        articles -= on_later_text[position]
        if not articles:
            continue
        # a date counted from a publication the act does not give is not known: its
        # footnotes say "indéterminée", never the act's own date (docs/time.md)
        dates = {t.article: None if t.mode == "unknown" else t.date for t in times[position]}
        if steps:
            current = _with_history(steps[-1])
        under = group[0].date if later_than(saved, group[0].date) else None
        if under is not None:  # takes effect before what the bases have: under it
            refused = refuse_under_later(act, under, current, articles, saved, keep_going)
            outcomes[position].extend(refused)
            articles -= {o.source.article for o in refused}
            if not articles:
                continue
        try:
            after, report = _apply_slice(current, act, articles, dates, keep_going, history,
                                         in_place=in_place and not steps,
                                         footnotes=footnotes, changes=changes)
        except ApplyError as error:
            if error.location is not None and error.location.source == SOURCE:
                error.location = replace(error.location, source=act.act.justel_id)
            raise
        if under is not None:
            for before, document in zip(current, after, strict=True):
                if document.identity.version != before.identity.version:
                    renumber(document, act.act, under, document.identity.version)
        report = _warn_unknown(report, times[position], at)
        steps.append(Consolidation(act, tuple(current), tuple(after), report))
        outcomes[position].extend(report.outcomes)
        current = after
        if number == len(groups):
            continue  # what the later applications read: none comes (a tuple per operation)
        history.extend((act, outcome) for outcome in report.outcomes  # what _repealer reads
                       if outcome.op == "repeal_unit" and outcome.status == "applied")
        changes.extend((act, outcome, dates.get(outcome.source.article))
                       for outcome in report.outcomes if outcome.status == "applied")
    reports = tuple(
        Report(act=act.act.justel_id, in_force=act.in_force() or effect_date(act, ordered),
               outcomes=tuple(sorted(outcomes[i], key=lambda o: o.index)))
        for i, act in enumerate(ordered))
    last = steps[-1] if steps else None
    report = reports[0] if last is None else last.report
    if last is not None and sum(step.act.act == last.act.act for step in steps) == 1:
        whole = reports[ordered.index(last.act)]  # its only application: its whole report,
        report = whole.model_copy(update={"in_force": last.report.in_force})  # dated as applied
    return Consolidation(
        act=last.act if last else ordered[0],
        before=tuple(documents),
        after=last.after if last else tuple(current),
        report=report,
        acts=tuple(ordered), reports=reports, steps=tuple(steps),
        timeline=tuple(t for i in range(len(ordered)) for t in times[i]),
        conflicts=tuple(found),
        unknown=tuple(unknown),
    )


def _refuse_cited_later(acts: Sequence[AmendingAct], times: dict[int, list[ProvisionTime]],
                        slices: Sequence[_Slice], keep_going: bool,
                        outcomes: dict[int, list[Outcome]]) -> dict[int, set[str]]:
    """The amending articles that amend a text as a later act of the chain writes it
    (:func:`consolidate.chain_retro.cited_later`): an error naming both acts, or with
    ``keep_going`` failed outcomes (added to ``outcomes``); by act position."""
    applied = {(piece.position, number) for piece in slices for number in piece.articles}
    dates = {(i, t.article): t.date for i in times for t in times[i]}
    refused: dict[int, set[str]] = {i: set() for i in range(len(acts))}
    for hit in cited_later(acts, dates):
        if (hit.position, hit.article) not in applied:
            continue
        if not keep_going:
            raise RetroactiveUnderLaterAct(hit.message)
        refused[hit.position].add(hit.article)
        outcomes[hit.position].extend(
            refused_outcome(index, op, hit.message)
            for index, article, op in indexed_operations(acts[hit.position])
            if article.number == hit.article)
    return refused


def _as_cited(times: list[ProvisionTime], cited: dict[str, dt.date | None]) -> list[
        ProvisionTime]:
    """A provision the base's footnotes cite takes effect on the footnote's date (mode
    'base'): the page's history is what happened (a date the King fixed, a correction)."""
    return [replace(t, date=cited[t.article], mode="base", fixed_by=None)
            if cited.get(t.article) is not None else t for t in times]


def _groups(slices: Sequence[_Slice], saved: Sequence[Later] = ()) -> list[
        tuple[int, list[_Slice]]]:
    """Consecutive slices of one act, together (one application, one version) — unless a
    footnote of the bases is dated between them (an act of an earlier run came between)."""
    groups: list[tuple[int, list[_Slice]]] = []
    for piece in slices:
        if groups and groups[-1][0] == piece.position and \
                later_than(saved, groups[-1][1][-1].date) == later_than(saved, piece.date):
            groups[-1][1].append(piece)
        else:
            groups.append((piece.position, [piece]))
    return groups


def _with_history(step: Consolidation) -> list[Document]:
    """The documents a step left, each amended one carrying the Akoma Ntoso history of the
    step (lifecycle event, passive modifications) exactly as its AKN output would: so that a
    chain in one run equals the same chain run act by act through AKN files."""
    from .renderers.akn import with_history

    return with_history(step)
