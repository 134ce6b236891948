"""replace_punctuation: a unit's final mark replaced ("au 4°, le point final est remplacé par
un point-virgule"), and its refusals."""

from __future__ import annotations

import pytest
from apply_docs import alinea, article, document, point, run, source, target, text

from consolidate.document import dump
from consolidate.errors import TextNotFound, UnsupportedOperation
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
