"""Properties 1, 2, 11 and 12: drafting and parsing, robustness, diffing, Justel round trips.

See docs/properties.md: each test states one rule of the semantics for every generated input.
"""

from __future__ import annotations

import contextlib
import dataclasses
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from property_support import act_of, plain, run, without_spans
from strategies import (
    ACT_INFO,
    ACTS,
    any_operation,
    documents,
    valid_operation,
    wild_operation,
)

from consolidate.differ import Change, word_diff
from consolidate.document import Document
from consolidate.drafter import build_act, draft_act, draft_operation
from consolidate.errors import ConsolidateError, ParseError
from consolidate.justel import read_text, strip_marks, write_justel
from consolidate.model import Operation, Target
from consolidate.parser import parse_text

SEED = Path(__file__).parents[2] / "seeds" / "loi-2024-03-25-statut-reserve.md"


# --- 1. parse(draft(op)) == op ----------------------------------------------------------------


@given(any_operation())
def test_p01_parse_of_draft_is_the_operation(op: Operation) -> None:
    act = act_of([op])
    parsed = parse_text(draft_act(act))
    assert without_spans(parsed.operations()) == without_spans(act.operations())


@st.composite
def _groups(draw: st.DrawFn) -> list[list[Operation]]:
    """Articles of operations; the points of one article share its act, article, history."""
    groups: list[list[Operation]] = []
    for _ in range(draw(st.integers(1, 4))):
        act = draw(st.sampled_from(ACTS))
        first = draw(any_operation(act))
        group = [first]
        for _ in range(draw(st.integers(0, 3))):
            op = draw(any_operation(act))
            target = Target(act=act, article=first.target.article, path=op.target.path)
            group.append(op.model_copy(update={"target": target, "history": first.history}))
        groups.append(group)
    return groups


@given(_groups(), st.sampled_from(("a)", "1.", "1°")), st.booleans())
def test_p01_parse_of_drafted_act_is_the_act(
    groups: list[list[Operation]], style: str, basis: bool
) -> None:
    act = build_act(ACT_INFO, groups, in_force=ACT_INFO.date, constitutional_basis=basis,
                    point_style=style)
    parsed = parse_text(draft_act(act))
    assert parsed.act == act.act
    assert [(a.number, a.kind) for a in parsed.articles] == [
        (a.number, a.kind) for a in act.articles
    ]
    assert [without_spans(a.operations) for a in parsed.articles] == [
        without_spans(a.operations) for a in act.articles
    ]
    assert parsed.in_force() == act.in_force()


def test_p01_the_2024_law_redrafted_reads_the_same() -> None:
    act = parse_text(SEED.read_text(encoding="utf-8"))
    again = parse_text(draft_act(act))
    assert without_spans(again.operations()) == without_spans(act.operations())
    assert [(a.number, a.kind, a.entry_into_force) for a in again.articles] == [
        (a.number, a.kind, a.entry_into_force) for a in act.articles
    ]


@given(any_operation())
def test_p01_draft_operation_is_one_sentence(op: Operation) -> None:
    sentence = draft_operation(op)
    assert sentence.endswith(".")
    assert sentence.startswith(("Dans ", "À ", "L'article "))


# --- 2. parsing arbitrary text raises nothing but ParseError --------------------------------


def _parse_or_parse_error(text: str) -> None:
    with contextlib.suppress(ParseError):
        parse_text(text)


@given(st.text(max_size=400))
def test_p02_parsing_arbitrary_text_raises_only_parse_error(text: str) -> None:
    _parse_or_parse_error(text)


@st.composite
def _damaged_act(draw: st.DrawFn) -> str:
    """A drafted act with a slice cut out, a slice repeated, or characters thrown in."""
    groups = draw(_groups())
    text = draft_act(build_act(ACT_INFO, groups, in_force=ACT_INFO.date))
    start = draw(st.integers(0, len(text)))
    end = draw(st.integers(start, min(len(text), start + 40)))
    how = draw(st.sampled_from(("cut", "repeat", "insert")))
    if how == "cut":
        return text[:start] + text[end:]
    if how == "repeat":
        return text[:end] + text[start:end] + text[end:]
    noise = draw(st.text(alphabet='"«»“”:;,. \n()°§abcé1', max_size=8))
    return text[:start] + noise + text[start:]


@given(_damaged_act())
def test_p02_parsing_damaged_acts_raises_only_parse_error(text: str) -> None:
    _parse_or_parse_error(text)


@given(documents(), st.data(), st.booleans())
def test_p02_applying_arbitrary_operations_raises_only_library_errors(
    document: Document, data: st.DataObject, keep_going: bool
) -> None:
    ops = data.draw(st.lists(wild_operation(document), min_size=1, max_size=3))
    with contextlib.suppress(ConsolidateError):
        run([document], act_of(ops), keep_going=keep_going)


def test_p02_numbered_sentence_of_a_unit_with_several_alineas() -> None:
    """Found by property 2: "la deuxième phrase" of a unit is counted over all its p; it was
    then indexed inside one p (the wrong sentence repealed, or an IndexError)."""
    from property_support import act_of as act
    from strategies import LOI_2001, SOURCE

    from consolidate.document import alineas_of, load_xml, text_of
    from consolidate.model import RepealUnit, Step

    document = load_xml(_TWO_ALINEAS.encode(), "bug.xml")
    second = RepealUnit(source=SOURCE, target=Target(
        act=LOI_2001, article="1er", path=(Step(unit="sentence", label="#2"),)))
    after, _ = run([document], act([second]))
    article = after[0].article("1er")
    assert article is not None
    assert [text_of(a) for a in alineas_of(article)] == ["Un.", "Trois."]
    third = second.model_copy(update={"target": Target(
        act=LOI_2001, article="1er", path=(Step(unit="sentence", label="#3"),))})
    with contextlib.suppress(ConsolidateError):
        run([document], act([third]))


_TWO_ALINEAS = """<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
 xmlns:c="urn:x-consolidate:1"><act name="loi"><meta><proprietary source="#consolidate">
 <c:act type="loi" date="2001-05-16" language="fr"><c:title>t</c:title></c:act>
 </proprietary></meta><body><article eId="art_1"><num>Art. 1er.</num>
 <alinea eId="art_1__alinea_1"><content><p>Un.</p></content></alinea>
 <alinea eId="art_1__alinea_2"><content><p>Deux. Trois.</p></content></alinea>
 </article></body></act></akomaNtoso>"""


# --- 11. the word diff rebuilds both texts and is deterministic ------------------------------


def _rebuild(changes: tuple[Change, ...], side: str) -> str:
    keep = ("equal", side)
    return "".join(c.text for c in changes if c.op in keep)


_TOKENS = ("le", "la", "loi", "l'article", "16", "alinéa", "é", " ", "  ", "\u00a0", "\n", ",",
           ".", ";", "«", "»", "-")
#: any text, and texts made of few tokens (so that both sides share words and spaces)
_TEXTS = st.text(alphabet=st.characters(exclude_categories=["Cs"]), max_size=200) | st.lists(
    st.sampled_from(_TOKENS), max_size=40).map("".join)


@given(_TEXTS, _TEXTS)
def test_p11_word_diff_rebuilds_both_texts_and_is_stable(before: str, after: str) -> None:
    changes = word_diff(before, after)
    assert _rebuild(changes, "delete") == before
    assert _rebuild(changes, "insert") == after
    assert word_diff(before, after) == changes
    assert all(c.text for c in changes)


@given(documents(), st.data())
def test_p11_word_diff_of_an_amended_article(document: Document, data: st.DataObject) -> None:
    op = data.draw(valid_operation(document))
    after, _ = run([document], act_of([op]), keep_going=True)
    before_text, after_text = plain(document), plain(after[0])
    changes = word_diff(before_text, after_text)
    assert _rebuild(changes, "delete") == before_text
    assert _rebuild(changes, "insert") == after_text
    assert [dataclasses.astuple(c) for c in word_diff(before_text, after_text)] == [
        dataclasses.astuple(c) for c in changes
    ]


# --- 12. Justel output: stripped, it is the plain text; read back, the same document ------------


@given(documents(), st.data())
def test_p12_justel_output_stripped_is_the_plain_text(
    document: Document, data: st.DataObject
) -> None:
    ops = data.draw(st.lists(valid_operation(document), max_size=3))
    after, _ = run([document], act_of(*[[op] for op in ops]), keep_going=True)
    for version in (document, after[0]):
        justel = write_justel(version)
        assert strip_marks(justel) == plain(version)
        again = read_text(justel)
        assert plain(again) == plain(version)
        assert write_justel(again) == justel



@pytest.mark.slow
@given(st.integers(0, 30_000), st.integers(0, 60), st.text(max_size=6))
def test_p02_fuzz_the_2024_law_damaged(start: int, length: int, noise: str) -> None:
    """Fuzz-only: the 2024 law with a slice replaced by noise parses or raises ParseError."""
    text = SEED.read_text(encoding="utf-8")
    start = min(start, len(text))
    _parse_or_parse_error(text[:start] + noise + text[start + length :])
