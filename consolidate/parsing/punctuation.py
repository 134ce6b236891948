"""A unit's final punctuation mark replaced: "au 4°, le point final est remplacé par un
point-virgule", "le point final du 3° est remplacé par les mots "; et"", "in de bepaling
onder 4° wordt het punt aan het einde vervangen door een puntkomma".

The mark is named, not quoted, so no quote rule reads it. :func:`read_marks` finds the names
of marks (the lexicon's ``punctuation_old``: the mark replaced; ``punctuation_new``: a mark as
the new text) in an instruction's skeleton and masks them, keeping the determiner before the
mark replaced (so that "… est abrogé et le point-virgule est remplacé …" is cut into two
clauses as before) and leaving the unit after it ("du 3°") to the designation. A clause that
holds a mark is lowered here (:func:`lower`), never by the words rules: a replacement of the
mark by a mark or by quoted words is a ``ReplacePunctuation``, quoted words replaced by a mark
a ``ReplaceWords``; the mark removed ("le point-virgule est supprimé", "de puntkomma wordt
geschrapt") is a ``ReplacePunctuation`` whose new text is empty; a comma inserted at quoted
words ("wordt na het woord "werknemer" een komma ingevoegd", "une virgule est insérée après le
mot « travailleur »"; ``punctuation_inserted``) is an ``InsertWords`` of ","; anything else is
P001.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from ..lang.lexicon import Lexicon
from ..model import InsertWords, Operation, ReplacePunctuation, ReplaceWords
from .skeleton import Skeleton

if TYPE_CHECKING:
    from .instruction import _Job


@dataclass(frozen=True)
class Mark:
    """A punctuation mark named in an instruction."""

    role: Literal["old", "new", "inserted"]
    """"old": the mark the unit ends with; "new": the mark that takes a place; "inserted": a
    mark inserted at words ("een komma ingevoegd")."""
    mark: str
    """The mark itself: ".", ";", ",", ":"."""
    words: str
    """Its name as written ("le point final", "par un point-virgule")."""
    start: int
    end: int


def read_marks(lexicon: Lexicon, skeleton: Skeleton) -> tuple[Mark, ...]:
    """The marks named in the skeleton's words (outside quotes), masked with spaces: the
    marks replaced ("le point final") and the marks as new text ("par un point-virgule",
    also for quoted words: "les mots « ; et » sont remplacés par un point")."""
    masked = skeleton.masked
    olds = list(lexicon.pattern("punctuation_old").finditer(masked))
    marks: list[Mark] = []
    for found in olds:
        name = " ".join(found["mark"].casefold().split())
        marks.append(Mark("old", lexicon.punctuation_marks[name], found.group(0),
                          found.start("noun"), found.end("noun")))
    for found in lexicon.pattern("punctuation_new").finditer(masked):
        name = " ".join(found["mark"].casefold().split())
        marks.append(Mark("new", lexicon.punctuation_marks[name], found.group(0),
                          found.start(), found.end()))
    for found in lexicon.pattern("punctuation_inserted").finditer(masked):
        name = " ".join(found["mark"].casefold().split())
        marks.append(Mark("inserted", lexicon.punctuation_marks[name], found.group(0),
                          found.start(), found.end()))
    for mark in marks:
        skeleton.mask(mark.start, mark.end, " ")
    return tuple(sorted(marks, key=lambda mark: mark.start))


def in_clause(marks: tuple[Mark, ...], start: int, following: int | None) -> tuple[Mark, ...]:
    """The marks of the clause that starts at ``start``, up to the start of the next clause
    (``following``; None for the last): a mark masked at a clause's end ("… est remplacé par
    un point-virgule et le mot …") lies before the cut that ends the clause."""
    return tuple(mark for mark in marks
                 if start <= mark.start and (following is None or mark.start < following))


def lower(job: _Job, marks: tuple[Mark, ...]) -> list[Operation]:
    """The operations of a clause that names punctuation marks: the unit's final mark
    replaced by a mark or by quoted words (one operation per target); a mark as the new
    words of quoted words ("au 4°, les mots « ; et » sont remplacés par un point", when the
    item after it is repealed) is a ``ReplaceWords``. Anything else: P001."""
    olds = [mark for mark in marks if mark.role == "old"]
    news = [mark for mark in marks if mark.role == "new"]
    subject, by = job.quotes("subject"), job.quotes("by")
    lemma = job.clause.lemma
    inserted = [mark for mark in marks if mark.role == "inserted"]
    if inserted:
        return _inserted(job, inserted, marks)
    if lemma == "repeal" and len(olds) == 1 and not news and not subject and not by and \
            job.units is None and not job.clause.every:
        # "au 3°, le point-virgule est supprimé", "de puntkomma wordt geschrapt": the mark
        # replaced by nothing (a removal mark where it was)
        job.clause.rules.append(f"punctuation: {olds[0].mark!r} removed (final)")
        return [ReplacePunctuation(old=olds[0].mark, new="", **job.common(target))
                for target in job.targets()]
    if lemma != "replace":
        named = olds[0].words if olds else news[0].words
        raise job.fail(f"a punctuation mark ({named!r}) with the predicate {lemma!r}: only its "
                       "replacement or its removal is read (\"le point final est remplacé par "
                       "un point-virgule\", \"le point-virgule est supprimé\")")
    if not olds:
        if subject and len(news) == 1 and not by:
            return [ReplaceWords(old=words, new=news[0].mark, every=job.clause.every,
                                 **job.common(target))
                    for target in job.targets() for words in subject]
        raise job.fail("a punctuation mark as new text: expected the words or the mark it "
                       "replaces (\"le point final est remplacé par un point-virgule\")")
    if len(olds) > 1 or subject or job.units is not None or job.clause.every:
        raise job.fail(
            f"{len(olds)} punctuation marks replaced, or with other words or new text: "
            "expected one mark, the unit's final one (\"au 4°, le point final est remplacé "
            "par un point-virgule\")" if len(olds) > 1 else
            "a punctuation mark replaced with other quoted words or new text in the same "
            "clause: expected the mark alone (\"au 4°, le point final est remplacé par un "
            "point-virgule\")")
    if len(news) + len(by) != 1:
        raise job.fail(
            f"what replaces the punctuation mark {olds[0].words!r}? expected one mark (\"par "
            "un point-virgule\") or quoted words (\"par les mots \"; et\"\"), found "
            f"{len(news) + len(by)}")
    new = news[0].mark if news else by[0]
    job.clause.rules.append(f"punctuation: {olds[0].mark!r} → {new!r} (final)")
    return [ReplacePunctuation(old=olds[0].mark, new=new, **job.common(target))
            for target in job.targets()]


def _inserted(job: _Job, inserted: list[Mark], marks: tuple[Mark, ...]) -> list[Operation]:
    """"wordt na het woord "werknemer" een komma ingevoegd", "une virgule est insérée entre
    les mots « A » et « B »": the comma as new words at the quoted ones (their count checked
    as for any insertion of words, A001 / A002)."""
    after, before = job.quotes("after"), job.quotes("before")
    mark = inserted[0]
    if job.clause.lemma not in ("insert", "complete") or len(marks) != 1 or job.units \
            is not None or job.quotes("subject") or job.quotes("by"):
        raise job.fail(f"a punctuation mark inserted ({mark.words!r}) with other marks, words "
                       "or new text, or by another predicate: expected the mark alone and the "
                       "words it goes after or before (\"wordt na het woord \"X\" een komma "
                       "ingevoegd\")")
    if mark.mark != ",":
        # the applier joins a leading comma to the word before it; another mark would be
        # spaced as a word ("travailleur ;")
        raise job.fail(f"a punctuation mark inserted ({mark.words!r}): only a comma is read "
                       "(expected \"een komma\", \"une virgule\", or the mark quoted as "
                       "words)")
    if len(after) + len(before) not in (1, 2) or len(after) > 1 or len(before) > 1:
        raise job.fail(f"a punctuation mark inserted ({mark.words!r}) must say where: after or "
                       "before quoted words (\"na het woord \"X\"\", \"après le mot « X »\")")
    job.clause.rules.append("punctuation: ',' inserted at words")
    return [InsertWords(new=",", after=after[0] if after else None,
                        before=before[0] if before else None, every=job.clause.every,
                        **job.common(target))
            for target in job.targets()]
