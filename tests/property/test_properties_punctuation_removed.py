"""A unit's final mark removed ("le point-virgule est supprimé": ``ReplacePunctuation`` with
an empty ``new``): the unit's text becomes its text without that one last mark — every other
character kept, a mark inside it included — and the other units are untouched; a unit that
does not end with the mark named is refused (A001) and left as it was.
"""

from __future__ import annotations

import sys
from pathlib import Path

from hypothesis import assume, given
from hypothesis import strategies as st
from strategies import MARKS, phrase

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit"))
from apply_docs import alinea, amending, article, document, point, source, target, text

from consolidate.applier import apply
from consolidate.document import dump
from consolidate.model import ReplacePunctuation


def removal(where: str, old: str) -> ReplacePunctuation:
    return ReplacePunctuation(source=source("2", "a)"), target=target(where), old=old, new="")


@given(phrase(1, 8), st.sampled_from(MARKS), st.sampled_from(MARKS), st.sampled_from(MARKS))
def test_only_the_final_mark_goes(words: str, inner: str, old: str, other: str) -> None:
    body = f"{words}{inner} {words}{old}"
    base = document(article("5", alinea(intro="Sont visés :", items=point(
        "1°", f"x{other}") + point("2°", body))))
    out, report = apply([base], amending(("2", [removal("article 5, alinéa 1er, 2°", old)])))
    assert report.ok, report
    assert text(out[0], "article 5, alinéa 1er, 2°") == f"{words}{inner} {words}"
    assert text(out[0], "article 5, alinéa 1er, 1°") == f"x{other}"


@given(phrase(1, 8), st.sampled_from(MARKS), st.sampled_from(MARKS),
       st.sampled_from(("", " et", "a")))
def test_a_unit_without_the_mark_is_refused_and_unchanged(words: str, named: str, ends: str,
                                                          tail: str) -> None:
    assume(not (named == ends and not tail))
    base = document(article("5", alinea(f"{words}{ends}{tail}")))
    before = dump(base)
    out, report = apply([base], amending(("2", [removal("article 5", named)])),
                        keep_going=True)
    assert [outcome.error_code for outcome in report.outcomes] == ["A001"]
    assert dump(out[0]) == before
