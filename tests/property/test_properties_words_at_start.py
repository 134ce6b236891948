"""Words inserted at the start of a unit (``InsertWords`` with ``at_start``): the unit's text
becomes the new words (normalised as every quoted text), a space, then its old text unchanged;
the other units are untouched; and the same insertion written with ``before`` its first word
gives the same text.
"""

from __future__ import annotations

import sys
from pathlib import Path

from hypothesis import given
from strategies import phrase

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit"))
from apply_docs import alinea, amending, article, document, source, target, text

from consolidate.applier import apply
from consolidate.model import InsertWords
from consolidate.text import normalize_quoted


def insertion(new: str, **place: object) -> InsertWords:
    return InsertWords(source=source("2"), target=target("article 5, alinéa 2"), new=new,
                       **place)  # type: ignore[arg-type]


@given(phrase(1, 6), phrase(1, 8), phrase(1, 4))
def test_the_words_go_before_the_first_word(new: str, body: str, other: str) -> None:
    base = document(article("5", alinea(other + "."), alinea(body + ".")))
    out, report = apply([base], amending(("2", [insertion(new, at_start=True)])))
    assert report.ok, report
    assert text(out[0], "article 5, alinéa 2") == f"{normalize_quoted(new)} {body}."
    assert text(out[0], "article 5, alinéa 1er") == f"{other}."


@given(phrase(1, 6), phrase(1, 8))
def test_at_start_is_before_the_first_word(new: str, body: str) -> None:
    first = body.split()[0]
    base = document(article("5", alinea("Un."), alinea(body + ".")))
    at_start, _ = apply([base], amending(("2", [insertion(new, at_start=True)])))
    if body.count(first) != 1:
        return  # "before" the first word needs it once in the unit
    before, _ = apply([base], amending(("2", [insertion(new, before=first)])))
    assert text(at_start[0], "article 5, alinéa 2") == text(before[0], "article 5, alinéa 2")
