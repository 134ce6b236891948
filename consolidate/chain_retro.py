"""A provision that takes effect before what the bases already have (docs/time.md,
"Retroactive provisions in a later run").

The bases of a run may be the output of earlier runs (or a Justel page): their footnotes tell
which acts they have and from when (``(2)<L 2025-02-03/7, art. 1er, 003; En vigueur :
01-03-2025>``). A provision of this run dated before some of them ("produit ses effets le
1er janvier 2025") goes, in one run with every act, *under* them: before them in the order of
effect. From the saved output the chain driver does the same, when it can:

- the *later history* of a date is the set of footnotes of the bases dated after it; slices
  of one act with different later histories are separate applications (as in one run, where
  the later act's application comes between them);
- an application with a later history is applied on the text as saved, then numbered as it
  would be in one run: its footnotes get the version after the highest version the bases'
  footnotes dated up to its date give, and the later footnotes move up by one;
- that is the one-run result only when no later footnote is in an article the application
  changes (the text it would have found there is not in the saved output, and the later
  act would have changed its words): then :class:`~consolidate.errors.RetroactiveUnderLaterAct`
  (``A009``), naming both acts — an error, or with ``keep_going`` failed outcomes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from lxml import etree

from .document import Document, cns
from .errors import RetroactiveUnderLaterAct
from .lang import scan
from .model import AmendingAct, AmendingActInfo, AmendingArticle, Note, Operation, Outcome
from .provenance import notes_index, page_notes

__all__ = [
    "CitedLater",
    "Later",
    "cited_later",
    "clashes",
    "history",
    "indexed_operations",
    "later_than",
    "page_notes",
    "recited_dates",
    "refuse_under_later",
    "refused_outcome",
    "renumber",
]

_VERSION = scan.compile(r"(,\s*)(\d{3})(\s*(?:;|$))")


@dataclass(frozen=True)
class Later:
    """A footnote of a base dated after some provision of the run."""

    document: int
    article: str
    """eId of the article (or division) whose footnote it is."""
    note: Note

    def describe(self) -> str:
        """'L 2025-02-03/7 (art. 1er, in force 2025-03-01)'."""
        when = self.note.in_force.isoformat() if self.note.in_force else "?"
        article = f"art. {self.note.article}, " if self.note.article else ""
        return f"{self.note.kind} {self.note.reference} ({article}in force {when})"


def history(documents: Sequence[Document]) -> list[Later]:
    """Every dated footnote of the bases (:func:`page_notes`)."""
    return [Later(index, entry.article, entry.note) for index, document in enumerate(documents)
            for entry in page_notes(document) if entry.note.in_force is not None]


def later_than(saved: Sequence[Later], date: dt.date) -> frozenset[tuple[int, str, int]]:
    """The saved footnotes dated after ``date`` (a key per footnote)."""
    return frozenset((h.document, h.article, h.note.number) for h in saved
                     if h.note.in_force is not None and h.note.in_force > date)


def clashes(saved: Sequence[Later], date: dt.date, documents: Sequence[Document],
            act: AmendingAct, articles: set[str]) -> dict[str, Later]:
    """The amending articles (of ``articles``) whose operations change an article of a base
    that has a footnote dated after ``date``, with one such footnote."""
    later = [h for h in saved if h.note.in_force is not None and h.note.in_force > date]
    if not later:
        return {}
    found: dict[str, Later] = {}
    for amending in act.articles:
        if amending.number not in articles:
            continue
        for op in amending.operations:
            hit = _hit(op, documents, later)
            if hit is not None:
                found.setdefault(amending.number, hit)
    return found


def _hit(op: Operation, documents: Sequence[Document], later: list[Later]) -> Later | None:
    if op.target.article is None:
        return None
    for index, document in enumerate(documents):
        identity = document.identity
        if not identity.matches(op.target.act) or identity.language != (op.language or "fr"):
            continue
        article = document.article(op.target.article)
        eid = article.get("eId") if article is not None else None
        for entry in later:
            if entry.document == index and entry.article == eid:
                return entry
    return None


def refuse_under_later(act: AmendingAct, date: dt.date, documents: Sequence[Document],
                 articles: set[str], saved: Sequence[Later], keep_going: bool) -> list[Outcome]:
    """The amending articles of a slice taking effect under later footnotes of the bases
    that change an article those footnotes are in: an error (or, ``keep_going``, failed
    outcomes, one per operation; the slice's other articles still apply)."""
    found = clashes(saved, date, documents, act, articles)
    refused: list[Outcome] = []
    for index, article, op in indexed_operations(act):
        if article.number in found:
            later = found[article.number]
            message = (f"{act.act.justel_id} ({op.source.describe()}) takes effect on "
                       f"{date.isoformat()}, before {later.describe()}, which the base "
                       f"text already has in {op.target.act.describe()}, article "
                       f"{op.target.article}: the text it applied to is not in the saved "
                       "output; give both acts in one run (docs/time.md)")
            if not keep_going:
                raise RetroactiveUnderLaterAct(message)
            refused.append(refused_outcome(index, op, message))
    return refused


def indexed_operations(act: AmendingAct) -> list[tuple[int, AmendingArticle, Operation]]:
    """Each operation of ``act`` with its index in the act's report and its article."""
    found = [(article, op) for article in act.articles for op in article.operations]
    return [(index, article, op) for index, (article, op) in enumerate(found)]


def refused_outcome(index: int, op: Operation, message: str) -> Outcome:
    """The failed outcome (A009) of an operation refused before it is applied."""
    return Outcome(index=index, op=op.op, source=op.source, target=op.target,
                   language=op.language, status="failed", message=message,
                   error_code=RetroactiveUnderLaterAct.code)


def renumber(document: Document, info: AmendingActInfo, date: dt.date, written: int) -> None:
    """Number the footnotes an application just wrote (version ``written``, the act
    ``info``) as one run would: the version after the highest version of the footnotes dated
    up to ``date``; every footnote of that version or more moves up by one."""
    reference = info.justel_reference or info.date.isoformat()
    mine = f"{written:03d}"
    elements = [note for notes in notes_index(document).values()
                for note in notes.iter(cns("note"))]
    own = [e for e in elements if e.get("reference") == reference and e.get("version") == mine]
    others = [(e, _dated(e), _version(e)) for e in elements if e not in own]
    earlier = [v for _, when, v in others if when is not None and when <= date and v]
    later = [v for _, when, v in others if when is not None and when > date and v]
    if not own or not later:
        return
    target = max(earlier) + 1 if earlier else min(later)
    for element, _, version in others:
        if version and version >= target:
            _set_version(element, version + 1)
    for element in own:
        _set_version(element, target)


def _dated(element: etree._Element) -> dt.date | None:
    value = element.get("inForce")
    return dt.date.fromisoformat(value) if value else None


def _version(element: etree._Element) -> int | None:
    value = element.get("version") or ""
    return int(value) if value.isdigit() else None


def _set_version(element: etree._Element, version: int) -> None:
    text = f"{version:03d}"
    element.set("version", text)
    raw = element.get("raw")
    if raw:
        element.set("raw", _VERSION.sub(lambda m: f"{m[1]}{text}{m[3]}", raw, count=1))


# --- a provision that amends the text as a later act wrote it --------------------------------


@dataclass(frozen=True)
class CitedLater:
    """An operation whose designation recites an act of the chain ("modifié par la loi du 3
    octobre 2025") whose change to the same article takes effect after the operation."""

    position: int
    """Position of the operation's act in the chain."""
    article: str
    """The amending article."""
    message: str


def recited_dates(recitals: Sequence[str]) -> set[dt.date]:
    """The dates the history recitals of a designation give, French or Dutch ("modifié par
    les lois des 12 juin 2025 et 3 octobre 2025", "gewijzigd bij de wet van 3 oktober
    2025"; a year written once for several dates: "des 12 juin et 3 octobre 2025")."""
    from .lang import fr, nl
    from .parsing.acts import read_dates

    dates: set[dt.date] = set()
    for recital in recitals:
        for lexicon in (fr.LEXICON, nl.LEXICON):
            dates.update(read_dates(lexicon, recital))
            for joined in _SHARED_YEAR.finditer(recital):
                year = _YEAR.search(recital, joined.end())
                if year is not None:
                    dates.update(read_dates(lexicon, f"{joined['day']} {joined['month']} "
                                                     f"{year[0]}"))
    return dates


_SHARED_YEAR = scan.compile(r"\b(?P<day>\d{1,2})(?:er)?\s+(?P<month>\w+)\s+(?:et|en)\b")
_YEAR = scan.compile(r"\b\d{4}\b")


def cited_later(acts: Sequence[AmendingAct],
                dates: dict[tuple[int, str], dt.date | None]) -> list[CitedLater]:
    """The operations of the chain that amend an article as modified (or replaced, inserted)
    by an act of the chain whose change to that article takes effect after them: the text
    they amend does not exist yet on their date — refused, naming both acts (docs/time.md,
    "A provision citing a later act"). ``dates``: (position, amending article) → its date
    of effect (None: not known, pending)."""
    found: list[CitedLater] = []
    if len(acts) < 2:  # no other act to recite
        return found
    by_date: dict[dt.date, list[int]] = {}
    for position, act in enumerate(acts):
        by_date.setdefault(act.act.date, []).append(position)
    for position, act in enumerate(acts):
        for article in act.articles:
            date = dates.get((position, article.number))
            if date is None:
                continue
            hit = _first_later(acts, dates, by_date, position, article.operations, date)
            if hit is not None:
                found.append(CitedLater(position, article.number, hit))
    return found


def _first_later(acts: Sequence[AmendingAct], dates: dict[tuple[int, str], dt.date | None],
                 by_date: dict[dt.date, list[int]], position: int,
                 operations: Sequence[Operation], date: dt.date) -> str | None:
    act = acts[position]
    for op in operations:
        if not op.history or op.target.article is None:
            continue
        for cited in sorted(recited_dates(op.history)):
            for other in by_date.get(cited, []):
                if other == position:
                    continue
                changes = [(amending.number, dates.get((other, amending.number)))
                           for amending in acts[other].articles
                           if any(o.target.act.same_act(op.target.act)
                                  and o.target.article == op.target.article
                                  for o in amending.operations)]
                dated = [(number, when) for number, when in changes if when is not None]
                if not dated:
                    continue
                number, when = min(dated, key=lambda pair: pair[1])
                if when <= date:
                    continue
                return (f"{act.act.justel_id} ({op.source.describe()}) takes effect on "
                        f"{date.isoformat()} and amends {op.target.act.describe()}, article "
                        f"{op.target.article} as its designation says it reads "
                        f"(\"{'; '.join(op.history)}\"): "
                        f"{acts[other].act.justel_id} (art. {number}) changes that article "
                        f"only from {when.isoformat()}, later, so the text it amends does "
                        "not exist on its date; a retroactive provision on a later text is "
                        "not applied (docs/time.md)")
    return None
