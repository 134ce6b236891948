"""The history of an article: its versions through a chain, and what its base text already
tells (docs/time.md).

A base text read from a Justel page carries its notes — numbered (``(1)<L 2018-07-19/12, art.
3, 002; En vigueur : 01-08-2018>``), old-style inline (``( … ) <L 2003-03-27/49, art. 152,
002; …>``), heading an article (``Article 1. <L 2003-05-03/46, art. 3, 007; …>``) or on a
repealed unit — as :class:`~consolidate.provenance.PageNote` values: they are the article's
history before any act is applied, in date order. Each application of a chain
(:attr:`Consolidation.steps <consolidate.result.Consolidation.steps>`) that changes the
article, or whose operations aim at it, makes a version: the text's Justel version number,
the date in force, the act, and the operations (amending article and point) that made it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from .document import Document, article_lines
from .model import Outcome
from .provenance import PageNote, history_of
from .renderers.common import document_index
from .result import Consolidation
from .text import parse_label

ENACTED = ("applied", "no_effect")


@dataclass(frozen=True)
class ArticleVersion:
    """One version of an article."""

    version: int
    """The text's Justel version number once this version exists (base: its own)."""
    act: str | None
    """Justel id of the act that made it (None: the base text)."""
    in_force: tuple[dt.date | None, ...]
    """The dates in force of the provisions that made it (base: none)."""
    operations: tuple[Outcome, ...]
    """The outcomes of the operations aimed at the article."""
    text: str
    """The article, plain text (Justel layout); empty when the article does not exist."""
    renumbered_as: str | None = None
    """The article's new number when this version renumbered it ("10/1 devient 10/2")."""
    unknown: bool = False
    """A provision that made it has no known date in force (mode 'unknown': its act's
    publication not given, or its entry-into-force article not read): ``in_force`` holds the
    act's date, the earliest it can be, and the text says the date is not known."""


@dataclass(frozen=True)
class ArticleHistory:
    """The history of one article of one document."""

    title: str
    article: str
    notes: tuple[PageNote, ...]
    """What the base text's notes tell, before any act of the chain: every style of note
    (numbered, old-style inline, heading the article, on a repealed unit), in date order."""
    versions: tuple[ArticleVersion, ...]


def _text(document: Document, label: str) -> str | None:
    article = document.article(label)
    return None if article is None else "\n".join(article_lines(article))


def _aimed(outcomes: Sequence[Outcome], documents: Sequence[Document], index: int,
           label: str) -> list[Outcome]:
    """The outcomes aimed at the article: by their target, or — an article inserted into the
    act, or renumbered to ``label`` — by the units they touched in it (its eId)."""
    identities = [document.identity for document in documents]
    wanted = parse_label(label)
    article = documents[index].article(label) if index < len(documents) else None
    eid = article.get("eId") if article is not None else None
    found = []
    for outcome in outcomes:
        if outcome.status not in ENACTED:
            continue
        same = False
        if outcome.target.article is not None:
            try:
                same = parse_label(outcome.target.article).same(wanted)
            except ValueError:
                same = False
        if not same and eid:
            same = any(t == eid or t.startswith(eid + "__") for t in outcome.touched)
        if same and document_index(identities, outcome) == index:
            found.append(outcome)
    return found


def _renumbering(step: Consolidation, outcomes: Sequence[Outcome], label: str) -> str | None:
    """The new number an applied renumbering of the whole article ``label`` gave it."""
    from .model import Renumber

    operations = step.act.operations()
    for outcome in outcomes:
        if outcome.op != "renumber" or outcome.target.path or outcome.index >= len(operations):
            continue
        op = operations[outcome.index]
        if isinstance(op, Renumber) and op.target.article is not None \
                and _same(op.target.article, label):
            return op.new_label
    return None


def _same(a: str, b: str) -> bool:
    try:
        return parse_label(a).same(parse_label(b))
    except ValueError:
        return a == b


def _labels(steps: Sequence[Consolidation], index: int, label: str) -> list[str]:
    """The article's number before each step: followed back through the renumberings that
    gave it ``label`` (the history of 10/2 starts as the 10/1 an earlier act inserted)."""
    labels = [label] * (len(steps) + 1)
    current = label
    for position in range(len(steps) - 1, -1, -1):
        step = steps[position]
        for outcome in step.report.outcomes:
            if outcome.status != "applied" or outcome.op != "renumber" or outcome.target.path:
                continue
            old = outcome.target.article
            if old is not None and _renumbering(step, [outcome], old) is not None \
                    and _same(_renumbering(step, [outcome], old) or "", current) \
                    and document_index([d.identity for d in step.after], outcome) == index:
                current = old
                break
        labels[position] = current
    return labels


def article_history(bases: Sequence[Document], result: Consolidation | None,
                    label: str) -> list[ArticleHistory]:
    """The history of article ``label`` in each base that has it (or gets it in the chain)."""
    from .document import document_title_line
    from .errors import AddressError

    try:
        parse_label(label)
    except ValueError:
        raise AddressError(f"{label!r} is not an article number") from None
    steps = result.steps if result is not None else ()
    if result is not None and not steps and any(o.status == "applied"
                                                for o in result.report.outcomes):
        steps = (result,)
    dates = {(t.act, t.article): t.date for t in (result.timeline if result else ())}
    unknown = {(t.act, t.article) for t in (result.timeline if result else ())
               if t.mode == "unknown"}
    histories = []
    for index, base in enumerate(bases):
        labels = _labels(steps, index, label)
        text = _text(base, labels[0])
        versions = [ArticleVersion(base.identity.version, None, (), (), text or "")]
        for position, step in enumerate(steps):
            after = step.after[index]
            old, new = labels[position], labels[position + 1]
            aimed = _aimed(step.report.outcomes, step.after, index, new)
            if old != new:  # renumbered by this step: what aimed at the old number too
                aimed = [o for o in step.report.outcomes
                         if o in aimed or o in _aimed(step.report.outcomes, step.before,
                                                      index, old)]
            new_text = _text(after, new)
            if not aimed and new_text == text:
                continue
            info = step.act.act
            when = tuple(dict.fromkeys(
                dates.get((info.justel_id, o.source.article), step.act.in_force())
                for o in aimed)) or (step.report.in_force,)
            renumbered = _renumbering(step, aimed, new) if new_text is None else None
            undated = any((info.justel_id, o.source.article) in unknown for o in aimed)
            versions.append(ArticleVersion(after.identity.version, info.justel_id, when,
                                           tuple(aimed), new_text or "", renumbered, undated))
            text = new_text
        found = base.article(label)
        notes = tuple(history_of(base, found)) if found is not None else ()
        if len(versions) > 1 or versions[0].text:
            histories.append(ArticleHistory(document_title_line(base), label, notes,
                                            tuple(versions)))
    return histories


_WHERE = {"inline": "in the text", "heading": "heading the article",
          "tombstone": "on a repealed unit"}


def _note_line(entry: PageNote) -> str:
    """``(1)<L …>`` for a numbered note; ``<L …> (in the text)`` for the others."""
    from .justel.footnotes import format_note, note_body

    if entry.style == "numbered":
        return format_note(entry.note)
    return f"<{note_body(entry.note)}> ({_WHERE[entry.style]})"


def render_history(histories: Sequence[ArticleHistory]) -> str:
    """The histories as text: per document, the base's footnotes, then each version."""
    chunks: list[str] = []
    for history in histories:
        lines = [f"== {history.title}, art. {history.article}"]
        if history.notes:
            lines.append("history in the base text:")
            lines.extend(f"  {_note_line(entry)}" for entry in history.notes)
        for version in history.versions:
            if version.act is None:
                lines.append(f"version {version.version:03d}: the base text")
            else:
                when = ", ".join(d.isoformat() if d else "pending" for d in version.in_force)
                if version.unknown:  # the act's date: the earliest it can be, not its date
                    when = f"not known (not before {when})"
                lines.append(f"version {version.version:03d}: {version.act}, in force {when}")
                lines.extend(f"  {o.source.describe()}: {o.op} on "
                             f"{o.target.describe() if o.target.article else 'the act'}"
                             + (" (no effect)" if o.status == "no_effect" else "")
                             for o in version.operations)
            body = version.text or (f"(renumbered: now article {version.renumbered_as})"
                                    if version.renumbered_as else
                                    "(the article does not exist)")
            lines.extend(f"  | {line}" for line in body.splitlines())
        chunks.append("\n".join(lines) + "\n")
    return "\n".join(chunks)
