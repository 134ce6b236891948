"""Check each operation of an amending act against a Justel page made after it.

For an operation on the page's act: find the footnotes of the page citing the act (its Justel
reference) and the operation's amending article; in the page article they belong to, the
units and words marked with those footnotes' numbers are what Justel says the act did. The
operation agrees when its target holds those marks and its new text is the marked text
(folded; spaces ignored), disagrees otherwise (both texts given), and is not checkable when
the page cannot tell (see :data:`~.models.REASONS`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

from lxml import etree

from ..address import resolve_in
from ..document import Document, akn, cns, is_removed, label_of, label_text
from ..errors import AddressError
from ..lang import scan
from ..model import (
    KIND_AUTHORS,
    AmendingAct,
    NewUnit,
    Operation,
    ReplaceUnit,
    ReplaceWords,
    Step,
    act_author,
)
from ..text import Label, fold_text, parse_label
from . import old_style
from .models import REASONS, Check, Reason
from .page import ACT, PageIndex


@dataclass(frozen=True)
class Context:
    """What every check of one act against one page shares."""

    act: AmendingAct
    page: Document
    index: PageIndex
    reference: str | None
    updated: dt.date | None
    other_author: str | None = None
    """Why the page's notes citing the reference are not the act's (:func:`other_author`)."""


def other_author(act: AmendingAct, index: PageIndex, reference: str | None) -> str | None:
    """The page's footnotes citing ``reference`` with a kind naming another author than the
    act's (``<DCG 2016-07-15/17 …>`` for a Flemish décret): what they mark is not the act's
    doing. None when they agree, name no author (``L``, ``DEC``, ``ORD``) or the act's author
    is not told (today's behaviour: any kind)."""
    info = act.act
    author = act_author(info.type, info.author)
    if author is None or reference is None:
        return None
    wrong = sorted({note.kind for note in index.citing(reference)
                    if note.kind in KIND_AUTHORS and author not in KIND_AUTHORS[note.kind]})
    if not wrong:
        return None
    named = ", ".join(f"{kind} ({'/'.join(KIND_AUTHORS[kind])})" for kind in wrong)
    return (f"the page cites {reference} as {named}; the act {info.justel_id} is by "
            f"{author}: not this act, or its author is wrong")


def describe_target(op: Operation) -> str:
    """'article 2, alinéa 2' (the act's designation, without the act)."""
    return op.target.describe()


@dataclass(frozen=True)
class _Out:
    """Builds the :class:`Check` of one operation."""

    position: int
    op: Operation

    def make(self, status: str, message: str, **extra: object) -> Check:
        """A check with this status and message (and the fields in ``extra``)."""
        base = {"index": self.position, "op": self.op.op, "source": self.op.source,
                "target": describe_target(self.op)}
        return Check.model_validate({**base, "status": status, "message": message, **extra})

    def not_checkable(self, reason: Reason, detail: str = "") -> Check:
        """A not-checkable check with its reason."""
        text = REASONS[reason] + (f": {detail}" if detail else "")
        return self.make("not_checkable", text, reason=reason)


def check_operation(ctx: Context, position: int, op: Operation) -> Check:
    """The verdict on one operation (on the page's act)."""
    out = _Out(position, op)
    not_checkable = out.not_checkable
    reference = ctx.reference
    if reference is None:
        return not_checkable("no_reference")
    if not ctx.index.cites(reference):
        act_date = ctx.act.act.date
        if ctx.updated is not None and ctx.updated < act_date:
            return not_checkable("base_older", f"updated {ctx.updated.isoformat()}, act of "
                                 f"{act_date.isoformat()}")
        newest = ctx.index.newest()
        if ctx.updated is None and newest is not None and newest[0] < act_date:
            return not_checkable("base_older", f"its newest footnote cites {newest[1]}, older "
                                 f"than the act of {act_date.isoformat()}")
        return not_checkable("act_not_cited", f"no footnote cites {reference}")
    if ctx.other_author is not None:
        return not_checkable("other_author", ctx.other_author)
    if isinstance(op, ReplaceWords) and fold_text(op.old) == fold_text(op.new):
        return not_checkable("no_change", f'"{fold_text(op.new)}"')
    if op.op == "repeal_unit" and op.target.article is None and not op.target.divisions \
            and not op.target.path:
        if ctx.index.old_cites(ACT, reference, op.source.article):
            return out.make("agrees", "the page shows the act repealed by this article")
        return not_checkable("article_not_cited", "the page does not show the act repealed")
    if op.target.article is None and op.target.divisions and (
            (op.op == "repeal_unit" and not op.target.path) or (
                op.op in ("repeal_unit", "replace_unit")
                and [s.unit for s in op.target.path] == ["heading"])):
        return _division(ctx, op, out)
    if op.target.annex is not None:  # a Justel page's annexes are not read
        return not_checkable("not_supported", f"{op.op} in an annex ({describe_target(op)})")
    cells = next((index for index, step in enumerate(op.target.path)
                  if step.unit in ("table", "row", "column")), None)
    if cells is not None:
        # a cell of a table: its row is a line of the unit holding the table, which the
        # page marks (the words are looked for in that unit)
        op = op.model_copy(update={"target": op.target.model_copy(
            update={"path": op.target.path[:cells]})})
    labels = _article_labels(op)
    if labels is None:
        return not_checkable("not_supported", f"{op.op} on {describe_target(op)}")
    verdicts = [_check_article(ctx, op, label, out) for label in labels]
    return next((v for v in verdicts if v.status != "agrees"), verdicts[0])


def _division(ctx: Context, op: Operation, out: _Out) -> Check:
    """A division repealed ("le chapitre 3 est abrogé"): the page shows its tombstone
    (``CHAPITRE 3. [1 ...]1``) marked with a footnote citing the act's article; its heading
    repealed or replaced ("l'intitulé du chapitre 3 est abrogé / remplacé par …"): the
    heading is repealed, or reads the new text, under that mark (before 2026-12-03 these
    operations were not checkable, "not_supported")."""
    from ..address_acts import find_divisions

    reference = ctx.reference
    assert reference is not None
    where = describe_target(op)
    try:
        division = find_divisions(ctx.page, op.target.divisions, removed=True)
    except AddressError as error:
        return out.not_checkable("article_not_cited", f"the page has no {where}: {error}")
    eid = division.get("eId", "")
    numbers = ctx.index.numbers(eid, reference, op.source.article)
    if not numbers:
        return out.not_checkable("article_not_cited", f"no footnote of {where} cites art. "
                                 f"{op.source.article}")
    heading = division.find(akn("heading"))
    if op.target.path:  # its heading
        if heading is None or _mark_of(heading) not in numbers:
            return out.make("disagrees", f"{where}: the heading of the division does not carry"
                            f" the mark of art. {op.source.article} on the page", unit=eid)
        if op.op == "repeal_unit":
            return out.make("agrees" if is_removed(heading) else "disagrees",
                            f"{where}: the page shows the heading "
                            + ("repealed" if is_removed(heading) else "live"), unit=eid)
        expected = _new_text(op.new) if isinstance(op, ReplaceUnit) else ""
        found = " ".join(str(t) for t in heading.itertext())
        same = fold_text(expected) == fold_text(found)
        return out.make("agrees" if same else "disagrees", f"{where}: the marked heading "
                        + ("is the new text" if same else "differs from the new text"),
                        unit=eid, expected=expected, found=found)
    if is_removed(division) and _mark_of(division) in numbers:
        return out.make("agrees", f"the page shows {where} repealed by this article",
                        unit=eid)
    if heading is not None and is_removed(heading) and _mark_of(heading) in numbers:
        return out.make("disagrees", f"the page shows the heading of {where} repealed by this "
                        "article, its articles in force", unit=eid)
    return out.make("disagrees", f"{where} is not repealed on the page, though a footnote of "
                    f"it cites art. {op.source.article}", unit=eid)


def _article_labels(op: Operation) -> list[str] | None:
    """The page articles an operation lands in (None: not an article-level change)."""
    if op.target.article is not None:
        if op.target.article_until is not None:
            return None
        return [op.target.article]
    if op.op == "insert_unit" and op.new and all(u.kind == "article" and u.label for u in op.new):
        return [str(u.label) for u in op.new]
    return None


def _find(page: Document, label: str) -> etree._Element | None:
    try:
        wanted = parse_label(label)
    except ValueError:
        return None
    found = [a for a in page.articles() if _same_label(a, wanted)]
    live = [a for a in found if not is_removed(a)]
    return (live or found)[0] if found else None


def _same_label(article: etree._Element, wanted: Label) -> bool:
    try:
        return label_of(article).same(wanted)
    except ValueError:
        return False


def _check_article(ctx: Context, op: Operation, label: str, out: _Out) -> Check:
    make, not_checkable = out.make, out.not_checkable
    reference = ctx.reference
    assert reference is not None
    amending = op.source.article
    article = _find(ctx.page, label)
    elsewhere = ctx.index.places(reference, amending)
    if article is None:
        if elsewhere:
            return make("disagrees", f"the page has no article {label}; Justel cites art. "
                        f"{amending} of the act in {_names(elsewhere)}")
        return not_checkable("article_not_cited", f"the page has no article {label}")
    eid = article.get("eId", "")
    numbers = ctx.index.numbers(eid, reference, amending)
    notes = tuple(n.raw or n.reference for n in ctx.index.notes.get(eid, ())
                  if n.number in numbers)
    if not numbers:
        if ctx.index.old_cites(eid, reference, amending):
            return _old_style(ctx, op, article, out)
        unit = _resolve(article, label, op.target.path) if op.target.article else None
        later = ctx.index.later(eid, unit if unit is not None else article, ctx.act.act.date)
        if later:
            where = describe_target(op) if unit is not None else f"article {label}"
            return not_checkable("changed_later", f"{where} carries " + ", ".join(later))
        if elsewhere:
            return make("disagrees", f"Justel cites art. {amending} of the act in "
                        f"{_names(elsewhere)}, not in article {label}", unit=eid)
        return not_checkable("article_not_cited", f"no footnote of article {label} cites art. "
                             f"{amending}")
    verdict = _compare(op, article, label, set(numbers))
    if verdict[0] != "agrees" and op.target.article is not None:
        verdict = _anywhere(op, article, label, set(numbers), verdict)
    status, message, node, expected, found = verdict
    if status != "agrees" and node is not None:
        later = ctx.index.later(eid, node, ctx.act.act.date)
        if later:
            return make("not_checkable", f"{REASONS['changed_later']}: {', '.join(later)}",
                        reason="changed_later", unit=node.get("eId") or eid,
                        expected=expected, found=found, notes=notes)
    unit_eid = (node.get("eId") if node is not None else None) or eid
    return make(status, message, unit=unit_eid, expected=expected, found=found, notes=notes)


def _names(eids: list[str]) -> str:
    return ", ".join(eid.removeprefix("art_").replace("_", " ") for eid in eids)


Verdict = tuple[str, str, etree._Element | None, str | None, str | None]


def _compare(op: Operation, article: etree._Element, label: str, numbers: set[int]) -> Verdict:
    """Compare the operation with the marks ``numbers`` of the page article."""
    if op.target.article is None:  # whole articles inserted into the act
        new = getattr(op, "new", ())
        return _units(article, article, numbers, _new_text(new) if isinstance(new, tuple) else "")
    path = op.target.path
    if op.op == "repeal_unit":
        container = _resolve(article, label, path[:-1])
        if container is None:
            return ("disagrees", f"{op.target.describe()}: the unit holding it is not on the page",
                    None, None, None)
        return _removed(container if path else article, numbers)
    if op.op == "renumber":
        return _renumbered(article, op.new_label, numbers)
    if op.op == "wrap_unit":  # "dont le texte actuel formera le § 1er": its label is marked
        return _renumbered(article, op.label, numbers)
    node = _resolve(article, label, path)
    if node is None:
        return ("disagrees", f"{op.target.describe()} is not on the page", None, None, None)
    if op.op == "repeal_words":
        return _removed(node, numbers)
    new = getattr(op, "new", None)
    if isinstance(new, str):
        return _words(node, numbers, new)
    return _units(node, article, numbers, _new_text(new) if isinstance(new, tuple) else "")


def _anywhere(op: Operation, article: etree._Element, label: str, numbers: set[int],
              verdict: Verdict) -> Verdict:
    """The act's marks elsewhere in the article: the designation counted units as they were
    before the act's own earlier changes (an alinéa repealed before, one inserted)."""
    if op.op in ("repeal_unit", "renumber", "wrap_unit"):
        return verdict
    shifted = _compare(op.model_copy(update={"target": op.target.model_copy(
        update={"path": ()})}), article, label, numbers)
    if shifted[0] != "agrees":
        return verdict
    where = shifted[2].get("eId") if shifted[2] is not None else None
    return ("agrees", f"the marked text is in {where or 'the article'}, not where the act "
            f"designates it ({op.target.describe()} on the page: units renumbered since)",
            *shifted[2:])


def _resolve(article: etree._Element, label: str, path: tuple[Step, ...]) -> etree._Element | None:
    try:
        return resolve_in(article, label, path)
    except AddressError:
        return None


def _marked(node: etree._Element, numbers: set[int]) -> Iterator[etree._Element]:
    """Elements under ``node`` (itself included) marked with one of ``numbers``, outermost."""
    for element in node.iter():
        mark = element.get(cns("mark"))
        if mark and mark.isdigit() and int(mark) in numbers:
            parent = element.getparent()
            inside = False
            while parent is not None and parent is not node.getparent():
                pm = parent.get(cns("mark"))
                if parent is not element and pm and pm.isdigit() and int(pm) in numbers:
                    inside = True
                    break
                parent = parent.getparent()
            if not inside:
                yield element


def _holder(node: etree._Element, numbers: set[int]) -> etree._Element | None:
    """A unit holding ``node`` that is marked as a whole with one of ``numbers``."""
    parent = node.getparent()
    while parent is not None:
        mark = parent.get(cns("mark"))
        if mark and mark.isdigit() and int(mark) in numbers:
            return parent
        parent = parent.getparent()
    return None


def _text(element: etree._Element) -> str:
    """Folded text of a marked piece: a span's words, a unit's alinéas (labels left out)."""
    if element.tag == akn("span"):
        return fold_text("".join(str(piece) for piece in element.itertext()))
    parts = ["".join(str(piece) for piece in p.itertext()) for p in element.iter(akn("p"))]
    return fold_text(" ".join(part for part in parts if part.strip()))


def _key(text: str) -> str:
    return re.sub(r"\s+", "", fold_text(text))


_LABELS = scan.regex(
    r"§\s*\d+(?:er|re)?[a-z]*(?:/\d+)?\.?|(?<![\w/])\d+(?:/\d+)?°[a-z]*|(?<!\w)[a-z]\)"
    r"|(?<!\w)(?:Art\.|Article)\s*\d+[\w/]*\.?"
)
_TOMBSTONE = scan.regex(r"^\(?(?:Alinéas?|Paragraphes?|§+|Points?|Lid|Leden|Art\.?|Article|\d+°)"
                        r"[^()]{0,40}\b(?:abrog[ée]e?s?|supprim[ée]e?s?|opgeheven)\b", re.I)


def _loose(text: str) -> str:
    """:func:`_key` without unit labels (§ 1er., 2°, b), Art. 5.): the same on both sides, for
    new units quoted with their labels and page units whose labels are their ``num``."""
    return _key(_LABELS.sub(" ", fold_text(text)))


def _matches(expected: str, pieces: list[str]) -> tuple[str, str] | None:
    """(how, the matching run) when consecutive pieces are the expected text: exactly
    (spaces aside), else with unit labels aside."""
    for how, key in (("", _key), (" (unit labels aside)", _loose)):
        wanted = key(expected)
        keys = [key(piece) for piece in pieces]
        for start in range(len(keys)):
            joined = ""
            for end in range(start, len(keys)):
                joined += keys[end]
                if len(joined) > len(wanted):
                    break
                if wanted and joined == wanted:
                    return how, " ".join(pieces[start:end + 1])
    return None


def _new_text(units: tuple[NewUnit, ...]) -> str:
    parts: list[str] = []

    def walk(unit: NewUnit) -> None:
        if unit.kind == "article" and unit.heading:
            parts.append(unit.heading)
        if unit.text:
            parts.append(unit.text)
        for child in unit.children:
            walk(child)

    for unit in units:
        walk(unit)
    return fold_text(" ".join(parts))


def _words(node: etree._Element, numbers: set[int], new: str) -> Verdict:
    expected = fold_text(new)
    holder = _holder(node, numbers)
    if holder is not None:
        found = _text(holder)
        ok = _key(expected) in _key(found)
        return ("agrees" if ok else "disagrees",
                "the new words are in the unit marked as a whole" if ok else
                "the unit marked as a whole does not hold the new words", holder, expected, found)
    pieces = [t for e in _marked(node, numbers) if e.get(cns("removed")) != "true"
              and (t := _text(e))]
    if not pieces:
        return ("disagrees", "no marked words of the act in the target", node, expected, None)
    wanted = _key(expected)
    if match := _matches(expected, pieces):
        return ("agrees", "the marked words are the new words" + match[0], node, expected,
                match[1])
    for piece in pieces:
        if wanted and wanted in _key(piece):
            return ("agrees", "the new words are within the marked words", node, expected, piece)
    return ("disagrees", "the marked words differ from the new words", node, expected,
            " | ".join(pieces))


def _units(node: etree._Element, article: etree._Element, numbers: set[int],
           expected: str) -> Verdict:
    holder = _holder(node, numbers)
    pieces_elements = [holder] if holder is not None else list(_marked(node, numbers))
    pieces = [t for e in pieces_elements if e.get(cns("removed")) != "true" and (t := _text(e))]
    if not pieces and node is article and not is_removed(article):
        pieces = [_text(article)]  # marks around every line of an inserted article
    if not pieces:
        return ("disagrees", "no marked text of the act in the target", node, expected, None)
    if match := _matches(expected, pieces):
        return ("agrees", "the marked text is the new text" + match[0], node, expected,
                match[1])
    return ("disagrees", "the marked text differs from the new text", node, expected,
            " | ".join(pieces))


def _removed(node: etree._Element, numbers: set[int]) -> Verdict:
    """A repeal agrees when a tombstone or a ``[n ...]n`` of the act is where it points."""
    elements = list(_marked(node, numbers))
    holder = _holder(node, numbers)
    removed = [e for e in elements if e.get(cns("removed")) == "true" or is_removed(e)]
    whole = holder if holder is not None else node
    if removed or (is_removed(whole) and _mark_of(whole) in numbers):
        return ("agrees", "the page shows the repeal", node, None, "[...]")
    said = [text for e in elements if _TOMBSTONE.match(text := _text(e))]
    if said:  # Justel's "[1 Alinéa 2 abrogé.]1"
        return ("agrees", "the page marks the repeal in words", node, None, said[0])
    found = " | ".join(_text(e) for e in elements) or None
    return ("disagrees", "no repeal of the act is marked in the target", node, None, found)


def _mark_of(element: etree._Element) -> int | None:
    mark = element.get(cns("mark"))
    return int(mark) if mark and mark.isdigit() else None


def _renumbered(article: etree._Element, new_label: str, numbers: set[int]) -> Verdict:
    for element in article.iter():
        marks = [*(element.get(cns("labelMark")) or "").split(), element.get(cns("mark")) or ""]
        if not any(m.isdigit() and int(m) in numbers for m in marks):
            continue
        if element.find(akn("num")) is None:
            continue
        try:
            if parse_label(label_text(element)).same(parse_label(new_label)):
                return ("agrees", "the page shows the new number", element, new_label,
                        label_text(element))
        except ValueError:
            continue
    return ("disagrees", f"no unit numbered {new_label} is marked by the act", article,
            new_label, None)


def _old_style(ctx: Context, op: Operation, article: etree._Element, out: _Out) -> Check:
    """An old-style reference cites the act's article here (see :mod:`.old_style`)."""
    assert ctx.reference is not None
    cites = old_style.citing(ctx.reference, op.source.article)
    where = old_style.describe(article)
    if op.op in ("repeal_words", "repeal_unit"):
        if old_style.repeal_shown(article, cites):
            return out.make("agrees", f"{where} shows \"(...)\" or a tombstone before an "
                            "old-style reference to the act", unit=article.get("eId"))
        return out.not_checkable("old_style", where)
    text = old_style.new_text(op, _new_text)
    if text and _key(text) in _key(_text(article)):
        return out.make("agrees", f"an old-style reference cites the act in {where}, which "
                        "holds the new text", unit=article.get("eId"), expected=text)
    return out.not_checkable("old_style", where)
