"""An exception of place ("les mots « X » sont remplacés par les mots « Y », sauf à l'alinéa
3", ``ReplaceWords.except_in`` / ``RepealWords.except_in``): the excepted alinéa is left
byte-identical whatever it holds; the occurrences outside it are changed — all of them with
"chaque fois", else exactly one (none: A001, several: A002, and the article is left as it
was).
"""

from __future__ import annotations

import sys
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit"))
from apply_docs import alinea, amending, article, document, source, target, text
from test_properties_times import FILLERS, _body

from consolidate.applier import apply
from consolidate.document import dump
from consolidate.model import RepealWords, ReplaceWords, Step


@given(st.lists(st.integers(0, 3), min_size=2, max_size=4), st.data(),
       st.lists(st.sampled_from(FILLERS), min_size=1, max_size=3), st.booleans(),
       st.booleans())
def test_the_excepted_alinea_is_left_as_it_was(counts: list[int], data: st.DataObject,
                                               fillers: list[str], every: bool,
                                               repeal: bool) -> None:
    excepted = data.draw(st.integers(0, len(counts) - 1))
    bodies = [_body(count, fillers) for count in counts]
    base = document(article("5", *(alinea(body) for body in bodies)))
    before = dump(base)
    common = {"source": source("2"), "target": target("article 5"), "every": every,
              "except_in": (Step(unit="alinea", label=str(excepted + 1)),)}
    op = RepealWords(old="le ministre", **common) if repeal else ReplaceWords(
        old="le ministre", new="le Roi", **common)
    out, report = apply([base], amending(("2", [op])), keep_going=True)
    outside = sum(count for index, count in enumerate(counts) if index != excepted)
    # the excepted alinéa, whatever happened elsewhere
    assert text(out[0], f"article 5, alinéa {excepted + 1}") == bodies[excepted]
    if outside == 0 or (outside > 1 and not every):
        assert [o.error_code for o in report.outcomes] == ["A001" if outside == 0 else "A002"]
        assert dump(out[0]) == before
        return
    assert report.ok, report
    for index, body in enumerate(bodies):
        expected = body if index == excepted else body.replace(
            "le ministre ", "" if repeal else "le Roi ")
        assert text(out[0], f"article 5, alinéa {index + 1}") == expected


def test_an_excepted_unit_the_target_lacks_is_refused() -> None:
    base = document(article("5", alinea("Le ministre statue."), alinea("Le ministre signe.")))
    op = ReplaceWords(source=source("2"), target=target("article 5"), old="ministre",
                      new="Roi", every=True, except_in=(Step(unit="alinea", label="3"),))
    out, report = apply([base], amending(("2", [op])), keep_going=True)
    (outcome,) = report.outcomes
    assert outcome.error_code == "A003" and "excepts" in (outcome.message or "")
    assert dump(out[0]) == dump(base)
