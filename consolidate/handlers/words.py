"""Handlers of the word operations: replace_words, insert_words, repeal_words, append_words.

Words are matched in the target unit's text (every live ``p`` of it) after folding, on word
boundaries, and must lie inside one ``p``. Exactly one occurrence, unless the formula says
"chaque fois" (``every``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from lxml import etree

from ..document import local
from ..errors import (
    AmbiguousTarget,
    ApplyContext,
    TextNotFound,
    UnsupportedOperation,
    shorten,
)
from ..lang import scan
from ..model import AppendWords, InsertUnit, InsertWords, RepealWords, ReplaceWords
from ..text import find_words, fold_text, normalize_quoted
from . import Job, Prepared, live_ps, p_text, unit_of
from .nearest import context, nearest
from .richtext import (
    WS,
    Edit,
    append_position,
    apply_edit,
    insert_edit,
    remove_edit,
    replace_edit,
)


@dataclass(frozen=True)
class Hit:
    """One occurrence of quoted words: the p and the span in its plain text."""

    p: etree._Element
    start: int
    end: int


def unit_text(job: Job) -> str:
    """The whole text of the target unit (for error messages)."""
    return " ".join(p_text(p) for p in live_ps(job.node))


def find_hits(job: Job, words: str) -> list[Hit]:
    """Every occurrence of ``words`` in the target unit (outside the unit it excepts: "sauf à
    l'alinéa 3", ``except_in``)."""
    return [
        Hit(p, start, end) for p in live_ps(job.node) if not _excepted(job, p)
        for start, end in find_words(p_text(p), words)
    ]


def _excepted(job: Job, p: etree._Element) -> bool:
    excepted = job.excepted
    return excepted is not None and (p is excepted or any(
        ancestor is excepted for ancestor in p.iterancestors()))


def _not_found(job: Job, words: str, message: str | None = None) -> TextNotFound:
    text = unit_text(job)
    candidates = nearest(text, words)
    return TextNotFound(
        message or "the quoted words do not occur in the target unit",
        context=replace(job.context, looked_for=words, found=shorten(text), candidates=candidates),
    )


def _ambiguous(job: Job, words: str, hits: list[Hit],
               said: str = 'the formula does not say "chaque fois"') -> AmbiguousTarget:
    places = tuple(context(p_text(hit.p), hit.start, hit.end) for hit in hits[:3])
    return AmbiguousTarget(
        f'the words "{shorten(words, 80)}" occur {len(hits)} times in the target unit and '
        f'{said}',
        context=ApplyContext(
            amending_article=job.context.amending_article,
            point=job.context.point,
            target=job.context.target,
            looked_for=words,
            found=shorten(unit_text(job)),
            candidates=places,
        ),
    )


def _exactly(job: Job, words: str, hits: list[Hit], every: bool = False) -> list[Hit]:
    if not hits and job.excepted is not None:
        raise _not_found(job, words, "the quoted words do not occur in the target unit "
                         "outside the unit the formula excepts (except_in)")
    if not hits:
        raise _not_found(job, words)
    times = getattr(job.op, "times", None)
    if times is not None and len(hits) < times:
        # "à deux reprises" / "tweemaal": the count is part of the designation
        raise _not_found(job, words, f'the quoted words occur {len(hits)} time(s) in the '
                         f'target unit and the formula says {times} ("à deux reprises")')
    if times is not None and len(hits) > times:
        raise _ambiguous(job, words, hits, f"the formula says {times} (\"à deux reprises\"): "
                         "which of them is not said")
    if len(hits) > 1 and not every and times is None:
        raise _ambiguous(job, words, hits)
    return hits


EditMaker = Callable[[str, "Hit"], Edit]
CommitFn = Callable[[int], list[etree._Element]]


def _commit_edits(hits: list[Hit], make_edit: EditMaker, point: str | None) -> CommitFn:
    def commit(mark: int) -> list[etree._Element]:
        touched: list[etree._Element] = []
        # right to left, so that earlier offsets stay valid
        for hit in sorted(hits, key=lambda h: h.start, reverse=True):
            edit = make_edit(p_text(hit.p), hit)
            apply_edit(hit.p, edit, mark, point)
            unit = unit_of(hit.p)
            if unit not in touched:
                touched.append(unit)
        return touched

    return commit


def prepare_replace(job: Job) -> Prepared:
    """les mots "X" sont remplacés par les mots "Y"."""
    op = job.op
    assert isinstance(op, ReplaceWords)
    old, new = normalize_quoted(op.old), normalize_quoted(op.new)
    hits = _exactly(job, old, find_hits(job, old), op.every)
    if fold_text(old) == fold_text(new):
        return Prepared(
            lambda mark: [],
            found=list(dict.fromkeys(unit_of(hit.p) for hit in hits)),
            status="no_effect",
            warnings=(f'the new words are the same as the old ones ("{shorten(old, 80)}"): '
                      "nothing changed",),
        )
    if not new:
        return Prepared(_commit_edits(hits, lambda text, h: remove_edit(text, h.start, h.end),
                                      op.source.point))
    return Prepared(
        _commit_edits(hits, lambda text, h: replace_edit(text, h.start, h.end, new),
                      op.source.point)
    )


def prepare_repeal(job: Job) -> Prepared:
    """les mots "X" sont abrogés / supprimés."""
    op = job.op
    assert isinstance(op, RepealWords)
    old = normalize_quoted(op.old)
    hits = _exactly(job, old, find_hits(job, old), op.every)
    return Prepared(
        _commit_edits(hits, lambda text, h: remove_edit(text, h.start, h.end), op.source.point)
    )


def _between_hits(job: Job, after: str, before: str) -> list[Hit]:
    hits: list[Hit] = []
    for p in live_ps(job.node):
        text = p_text(p)
        for a_start, a_end in find_words(text, after):
            b_start = a_end
            while b_start < len(text) and text[b_start] in WS:
                b_start += 1
            if find_words(text[b_start:], before) and any(
                s == 0 for s, _ in find_words(text[b_start:], before)
            ):
                hits.append(Hit(p, a_start, b_start))
    return hits


def prepare_insert(job: Job) -> Prepared:
    """les mots "Y" sont insérés entre les mots "A" et les mots "B" (or après / avant)."""
    op = job.op
    assert isinstance(op, InsertWords)
    new = normalize_quoted(op.new)
    after = normalize_quoted(op.after) if op.after else None
    before = normalize_quoted(op.before) if op.before else None
    if after and before:
        hits = _between_hits(job, after, before)
        if not hits:
            found_a, found_b = find_hits(job, after), find_hits(job, before)
            if found_a and found_b:
                raise _not_found(
                    job, f"{after} {before}",
                    f'the words "{shorten(after, 60)}" and "{shorten(before, 60)}" both occur '
                    "in the target unit but not one right after the other",
                )
            raise _not_found(job, after if not found_a else before)
        hits = _exactly(job, f"{after} {before}", hits, op.every)

        def between(text: str, hit: Hit) -> Edit:
            # hit.end is the start of B; insert there when spaces separate A and B
            a_end = hit.end
            while a_end > hit.start and text[a_end - 1] in WS:
                a_end -= 1
            pos = hit.end if hit.end > a_end else a_end
            return insert_edit(text, pos, new)

        return Prepared(_commit_edits(hits, between, op.source.point))
    if op.at_start and not after and not before:
        # "au début de l'alinéa 1er, le mot « Désormais » est inséré": before the first word
        # of the unit's first text
        ps = [p for p in live_ps(job.node) if p_text(p).strip()]
        if not ps:
            raise UnsupportedOperation("the target unit has no text to insert words into",
                                       context=job.context)
        text = p_text(ps[0])
        pos = len(text) - len(text.lstrip())
        return Prepared(_commit_edits([Hit(ps[0], pos, pos)],
                                      lambda t, h: insert_edit(t, h.start, new),
                                      op.source.point))
    if after:
        hits = _exactly(job, after, find_hits(job, after), op.every)
        return Prepared(_commit_edits(hits, lambda t, h: insert_edit(t, h.end, new),
                                      op.source.point))
    if before:
        hits = _exactly(job, before, find_hits(job, before), op.every)
        return Prepared(_commit_edits(hits, lambda t, h: insert_edit(t, h.start, new),
                                      op.source.point))
    raise UnsupportedOperation(
        "an insertion of words needs the words it goes after or before", context=job.context
    )


def prepare_sentences(job: Job) -> Prepared:
    """"… est complété par la phrase suivante : "…"" (an ``insert_unit`` of sentences, which
    have no label): the sentences go at the end of the unit's text, after its final
    punctuation ("au début": before its first word). A unit ending with an enumeration does not
    say where its last sentence is: refused."""
    op = job.op
    assert isinstance(op, InsertUnit)
    if op.position not in ("end", "start") or op.anchor is not None:
        raise UnsupportedOperation(
            "a new sentence goes at the end or at the start of its unit (a sentence has no "
            "label to be placed by)", context=job.context)
    ps = [p for p in live_ps(job.node) if p_text(p).strip()]
    if not ps:
        raise UnsupportedOperation("the target unit has no text to complete", context=job.context)
    target = ps[-1] if op.position == "end" else ps[0]
    if op.position == "end" and in_item(target, job.node):
        raise UnsupportedOperation(
            "the unit ends with an enumeration: where its new sentence goes is not said",
            context=job.context)
    new = " ".join(normalize_quoted(unit.text) for unit in op.new)
    text = p_text(target)
    pos = len(text.rstrip()) if op.position == "end" else len(text) - len(text.lstrip())
    return Prepared(_commit_edits([Hit(target, pos, pos)],
                                  lambda t, h: insert_edit(t, h.start, new), op.source.point))


def in_item(p: etree._Element, unit: etree._Element) -> bool:
    """Whether ``p`` lies in an item (point, tiret) inside ``unit``."""
    node = p.getparent()
    while node is not None and node is not unit:
        if local(node) in ("point", "indent"):
            return True
        node = node.getparent()
    return False


#: the words that join an item of an enumeration to the next one, and an item's end before it
_CONJUNCTION = scan.regex(r"(?:et|ou|et/ou|soit|en|of|en/of)", re.I)
_ENDS_LISTED = scan.regex(r"[;,]\s*$")


def prepare_append(job: Job) -> Prepared:
    """le 4° est complété par les mots "Y": before the unit's final punctuation."""
    op = job.op
    assert isinstance(op, AppendWords)
    new = normalize_quoted(op.new)
    ps = [p for p in live_ps(job.node) if p_text(p).strip()]
    if not ps:
        raise UnsupportedOperation(
            "the target unit has no text to complete", context=job.context
        )
    last = ps[-1]
    text = p_text(last)
    pos = append_position(text)
    joining = _CONJUNCTION.fullmatch(new) is not None and _ENDS_LISTED.search(text) is not None
    if job.node is not last and in_item(last, job.node) and not joining:
        # "l'alinéa unique est complété par les mots « … »" when the alinéa ends with its 1°
        # to 3°: the end of its text is its last item's, but the words may complete that item
        # or the words that introduce the items; a conjunction alone joins the unit to the
        # next one and goes at its very end (docs/apply.md, "Words")
        unit = job.last_step.describe() if job.last_step is not None else "article"
        raise UnsupportedOperation(
            f"the {unit} ends with an enumeration (its last item: "
            f"\"{shorten(text.strip(), 40)}\"): whether the words complete that item or the "
            "words that introduce the enumeration is not said; name the item (\"le 3° est "
            "complété\") or the phrase liminaire", context=job.context)
    if joining:
        # "le 2° est complété par le mot « et »": the conjunction that joins the item to the
        # next one goes after its semicolon ("… travailleurs; et", as Justel shows it), not
        # before it ("… travailleurs et;")
        pos = len(text.rstrip())
    hit = Hit(last, pos, pos)
    return Prepared(_commit_edits([hit], lambda t, h: insert_edit(t, h.start, new),
                                  op.source.point))
