"""The order of an article's renumberings (``parsing/renumber_order.py``):

- it is a permutation of the run (nothing dropped, nothing added), and a second pass keeps it;
- for any renumbering without a cycle (each old label going to a new one, injectively), no
  renumbering in that order gives a label another one not yet applied still holds;
- for any renumbering that keeps the items' order (a strictly increasing new numbering of an
  enumeration), given in any order, the applier applies the run in that order and the
  enumeration has the new labels, each with its text (in the text's order it may collide:
  "le 2° devient le 3° et le 3° devient le 4°").
"""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from consolidate.applier import apply
from consolidate.document import (
    Document,
    akn,
    assign_eids,
    is_removed,
    label_text,
    load_xml,
    text_of,
)
from consolidate.model import (
    ActRef,
    AmendingAct,
    AmendingActInfo,
    AmendingArticle,
    EntryIntoForce,
    Renumber,
    Source,
    SourceSpan,
    Step,
    Target,
)
from consolidate.parsing.renumber_order import renumbering_order

LOI = ActRef(type="loi", date=dt.date(2001, 5, 16))
SPAN = SourceSpan(line=1, column=1, end_line=1, end_column=2)


def renumber(old: int, new: int) -> Renumber:
    return Renumber(source=Source(article="2"), new_label=f"{new}°", target=Target(
        act=LOI, article="13", path=(Step(unit="point", label=f"{old}°"),)))


@st.composite
def mappings(draw: st.DrawFn) -> list[tuple[int, int]]:
    """An injective map of some labels to new ones, in a drawn (text) order."""
    olds = draw(st.lists(st.integers(1, 12), min_size=1, max_size=8, unique=True))
    news = draw(st.lists(st.integers(1, 12), min_size=len(olds), max_size=len(olds),
                         unique=True))
    return list(zip(olds, news, strict=True))


def acyclic(pairs: list[tuple[int, int]]) -> bool:
    step = dict(pairs)
    for start in step:
        seen, label = {start}, step[start]
        while label in step and label != step[label]:
            if label in seen:
                return False
            seen.add(label)
            label = step[label]
    return True


@given(mappings())
def test_the_order_is_a_permutation_and_a_second_pass_keeps_it(
        pairs: list[tuple[int, int]]) -> None:
    ops = [renumber(old, new) for old, new in pairs]
    order = renumbering_order(ops)
    assert sorted(order) == list(range(len(ops)))
    again = [ops[index] for index in order]
    assert renumbering_order(again) == list(range(len(ops)))


@given(mappings(), st.lists(st.integers(1, 12), max_size=4, unique=True))
def test_without_a_cycle_no_label_is_given_while_it_is_held(
        pairs: list[tuple[int, int]], others: list[int]) -> None:
    news = {new for _, new in pairs}
    # the enumeration: the units renumbered and others whose labels no renumbering gives
    initial = {old for old, _ in pairs} | {label for label in others if label not in news}
    order = renumbering_order([renumber(old, new) for old, new in pairs])
    if not acyclic(pairs):
        return
    held = set(initial)
    for index in order:
        old, new = pairs[index]
        if old == new:
            continue
        assert new not in held, (pairs, order)
        held.remove(old)
        held.add(new)
    step = dict(pairs)
    assert held == {step.get(label, label) for label in initial}


def document_of(count: int) -> Document:
    items = "".join(f"<point><num>{n}°</num><content><p>item {n}</p></content></point>"
                    for n in range(1, count + 1))
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<akomaNtoso xmlns="http://docs.oasis-open.org/'
        'legaldocml/ns/akn/3.0" xmlns:c="urn:x-consolidate:1"><act name="loi"><meta>'
        '<proprietary source="#consolidate"><c:act type="loi" date="2001-05-16" language="fr" '
        'model="true" version="1"><c:title>portant statut</c:title></c:act></proprietary>'
        f'</meta><body><article><num>Art. 13.</num><alinea><list><intro><p>Sont visés :</p>'
        f'</intro>{items}</list></alinea></article></body></act></akomaNtoso>')
    doc = load_xml(xml.encode("utf-8"), "test.xml")
    assign_eids(doc)
    return doc


def amending(ops: list[Renumber]) -> AmendingAct:
    return AmendingAct(
        act=AmendingActInfo(type="loi", date=dt.date(2024, 3, 25), title="modifiant",
                            justel_reference="2024-03-25/42", publication=dt.date(2024, 4, 18)),
        articles=(
            AmendingArticle(number="2", kind="amending", text="...", span=SPAN,
                            operations=tuple(ops)),
            AmendingArticle(number="99", kind="entry_into_force", text="...", span=SPAN,
                            entry_into_force=(EntryIntoForce(date=dt.date(2024, 1, 1)),)),
        ))


@st.composite
def order_keeping(draw: st.DrawFn) -> tuple[int, list[int], list[int]]:
    """An enumeration of ``count`` items, their new labels (strictly increasing), and the
    renumbered items in a drawn (text) order."""
    count = draw(st.integers(2, 7))
    news = sorted(draw(st.lists(st.integers(1, 12), min_size=count, max_size=count,
                                unique=True)))
    moved = [n for n in range(1, count + 1) if news[n - 1] != n]
    return count, news, draw(st.permutations(moved))


@given(order_keeping())
def test_an_order_keeping_renumbering_applies_in_any_text_order(
        case: tuple[int, list[int], list[int]]) -> None:
    count, news, text_order = case
    ops = [renumber(old, news[old - 1]) for old in text_order]
    ordered = [ops[index] for index in renumbering_order(ops)]
    (after,), report = apply([document_of(count)], amending(ordered))
    assert report.ok, report
    article = next(iter(after.articles()))
    items = [(label_text(u), text_of(u.find(akn("content")))) for u in article.iter(akn("point"))
             if not is_removed(u)]
    assert items == [(f"{new}°", f"item {old}") for old, new in enumerate(news, 1)]
