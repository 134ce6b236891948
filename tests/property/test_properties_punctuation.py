"""Properties of ``replace_punctuation`` ("au 4°, le point final est remplacé par un
point-virgule"; "in de bepaling onder 4° wordt het punt aan het einde vervangen door een
puntkomma"): the unit's text before its final mark is unchanged and ends with the new text; a
unit that does not end with the mark named is refused (A001) and left as it was; the French
and the Dutch drafts read back as the operation.
"""

from __future__ import annotations

import sys
from pathlib import Path

from hypothesis import assume, given
from hypothesis import strategies as st
from property_support import act_of, without_spans
from strategies import ACTS, HISTORY, MARKS, SOURCE, phrase, targets

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit"))
from apply_docs import alinea, amending, article, document, point, text

from consolidate.applier import apply
from consolidate.document import dump
from consolidate.drafter import draft_act
from consolidate.drafter_nl import draft_act_nl
from consolidate.model import Operation, ReplacePunctuation
from consolidate.parser import parse_text
from consolidate.text import normalize_quoted

NEW_TEXTS = (*MARKS, "; et", "; ou", ", et", "; en", "; of")


def _op(where: str, old: str, new: str) -> ReplacePunctuation:
    from apply_docs import source, target

    return ReplacePunctuation(source=source("2", "a)"), target=target(where), old=old, new=new)


@given(phrase(1, 8), st.sampled_from(MARKS), st.sampled_from(NEW_TEXTS), st.booleans())
def test_the_text_before_the_final_mark_is_unchanged(words: str, old: str, new: str,
                                                     item: bool) -> None:
    body = f"{words}{old}"
    if item:
        base = document(article("5", alinea(intro="Sont visés :",
                                            items=point("1°", "x;") + point("2°", body))))
        where = "article 5, alinéa 1er, 2°"
    else:
        base = document(article("5", alinea("Un."), alinea(body)))
        where = "article 5, alinéa 2"
    out, report = apply([base], amending(("2", [_op(where, old, new)])))
    assert report.ok, report
    assert text(out[0], where) == words + normalize_quoted(new)


@given(phrase(1, 8), st.sampled_from(MARKS), st.sampled_from(MARKS),
       st.sampled_from(("", " et", " ou", "a")))
def test_a_unit_without_the_mark_is_refused_and_unchanged(words: str, named: str, ends: str,
                                                          tail: str) -> None:
    body = f"{words}{ends}{tail}"
    assume(not (named == ends and not tail))
    base = document(article("5", alinea(body)))
    before = dump(base)
    out, report = apply([base], amending(("2", [_op("article 5", named, ";")])),
                        keep_going=True)
    assert not report.ok
    assert [outcome.error_code for outcome in report.outcomes] == ["A001"]
    assert dump(out[0]) == before


@st.composite
def punctuation_operations(draw: st.DrawFn) -> Operation:
    """A replacement of a final mark, on any target the drafter can write."""
    act = draw(st.sampled_from(ACTS))
    return ReplacePunctuation(
        source=SOURCE, target=draw(targets(act)),
        history=tuple(draw(st.lists(st.sampled_from(HISTORY), max_size=2, unique=True))),
        old=draw(st.sampled_from(MARKS)), new=draw(st.sampled_from(NEW_TEXTS)))


@given(punctuation_operations())
def test_the_french_draft_reads_back(op: Operation) -> None:
    act = act_of([op])
    assert without_spans(parse_text(draft_act(act)).operations()) == without_spans(
        act.operations())


def _label(label: str | None) -> str | None:
    """A label as both languages write it ("1er" is the Dutch "1")."""
    return label.removesuffix("er") if label else label


def _read(op: Operation) -> tuple[object, ...]:
    path = tuple((step.unit, _label(step.label)) for step in op.target.path)
    return (op.op, _label(op.target.article), path, getattr(op, "old", None),
            getattr(op, "new", None), getattr(op, "position", None))


@given(punctuation_operations())
def test_the_dutch_draft_reads_back(op: Operation) -> None:
    assume(op.language is None and op.target.act.title is None)  # French titles stay French
    act = act_of([op])
    # Dutch numbers the first article "1", not "1er" (as test_properties_bilingual does)
    act = act.model_copy(update={"articles": tuple(
        article.model_copy(update={"number": article.number.removesuffix("er")})
        for article in act.articles)})
    parsed = parse_text(draft_act_nl(act, title="Wet tot wijziging van het statuut"),
                        language="nl")
    assert [_read(found) for found in parsed.operations()] == [_read(op)]
