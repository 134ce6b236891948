"""replace_punctuation: a unit's final mark replaced ("au 4°, le point final est remplacé par
un point-virgule"), and its refusals."""

from __future__ import annotations

import pytest
from apply_docs import alinea, amending, article, document, point, run, source, target, text

from consolidate.applier import apply
from consolidate.document import dump
from consolidate.errors import TextNotFound, UnsupportedOperation
from consolidate.justel import write_justel
from consolidate.model import ReplacePunctuation

BASE = document(
    article("28", alinea(intro="Le militaire est :",
                         items=point("1°", "radié;") + point("2°", "rengagé par art. 5; et")
                         + point("3°", "nommé.")),
                alinea("Il est informé.")),
)


def _op(where: str, old: str, new: str) -> ReplacePunctuation:
    return ReplacePunctuation(source=source("2", "a)"), target=target(where), old=old, new=new)


def test_final_point_becomes_semicolon_and() -> None:
    out = run(BASE, _op("article 28, alinéa 1er, 3°", ".", "; et"))
    assert text(out, "article 28, alinéa 1er, 3°") == "nommé; et"


def test_final_semicolon_becomes_point_and_is_marked() -> None:
    out = run(BASE, _op("article 28, alinéa 1er, 1°", ";", "."))
    assert text(out, "article 28, alinéa 1er, 1°") == "radié."
    assert 'mark="1"' in dump(out).decode()


def test_alinea_final_point_becomes_comma() -> None:
    out = run(BASE, _op("article 28, alinéa 2", ".", ","))
    assert text(out, "article 28, alinéa 2") == "Il est informé,"


def test_unit_not_ending_with_the_mark_is_refused() -> None:
    # the 2° ends with "; et": its final mark is not ";" (the "et" must go first)
    with pytest.raises(TextNotFound, match="does not end with ';'"):
        run(BASE, _op("article 28, alinéa 1er, 2°", ";", "."))


def test_unit_ending_with_an_enumeration_is_refused() -> None:
    with pytest.raises(UnsupportedOperation, match="ends with an enumeration"):
        run(BASE, _op("article 28, alinéa 1er", ".", ";"))


def test_the_justel_page_marks_the_new_text() -> None:
    out = run(BASE, _op("article 28, alinéa 1er, 3°", ".", "; et"))
    page = write_justel(out)
    assert "3° nommé[1 ; et]1" in page
    assert "(1)<L 2024-03-25/42, art. 2, 002; En vigueur : 01-01-2024>" in page


def test_the_refusal_names_the_article_the_target_and_the_mark() -> None:
    out, report = apply([BASE], amending(("2", [_op("article 28, alinéa 1er, 2°", ";", ".")])),
                        keep_going=True)
    (outcome,) = report.outcomes
    assert (outcome.status, outcome.error_code) == ("failed", "A001")
    assert (outcome.source.article, outcome.source.point) == ("2", "a)")
    assert outcome.target.describe() == "article 28, alinéa 1er, 2°"
    assert "does not end with ';'" in (outcome.message or "")
    assert "'t'" in (outcome.message or "")  # what the unit ends with ("… art. 5; et")
    assert dump(out[0]) == dump(BASE)


def test_verify_reads_the_marked_mark() -> None:
    from consolidate import api

    done = _op("article 28, alinéa 1er, 1°", ";", ".")
    page = api.load(write_justel(run(BASE, done)).encode(), name="page.txt")
    (agrees,) = api.verify(amending(("2", [done])), page).checks
    assert (agrees.status, agrees.expected, agrees.found) == ("agrees", ".", ".")
    other = _op("article 28, alinéa 1er, 1°", ";", ",")
    (disagrees,) = api.verify(amending(("2", [other])), page).checks
    assert disagrees.status == "disagrees"


def test_quoted_words_replaced_by_a_mark_are_spliced() -> None:
    from consolidate.model import ReplaceWords

    op = ReplaceWords(source=source("2", "b)"), target=target("article 28, alinéa 1er, 2°"),
                      old="; et", new=".")
    assert text(run(BASE, op), "article 28, alinéa 1er, 2°") == "rengagé par art. 5."


def test_the_final_mark_of_a_sentence() -> None:
    base = document(article("9", alinea("Il part. Il revient. Il reste.")))
    out = run(base, _op("article 9, alinéa 1er, phrase #2", ".", ", et"))
    assert text(out, "article 9, alinéa 1er") == "Il part. Il revient, et Il reste."
    with pytest.raises(TextNotFound, match="does not end with ';'"):
        run(base, _op("article 9, alinéa 1er, phrase #1", ";", "."))
