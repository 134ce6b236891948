"""A count of occurrences ("les mots « X » sont remplacés à deux reprises par …",
``ReplaceWords.times`` / ``RepealWords.times``): the words are changed when the unit holds
exactly that many of them, every one changed, the rest of the text kept; with fewer the
operation is refused (A001), with more too (A002), and the unit is left as it was. "chaque
fois" (``every``) changes all of them, one or more.
"""

from __future__ import annotations

import sys
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit"))
from apply_docs import alinea, amending, article, document, source, target, text

from consolidate.applier import apply
from consolidate.document import dump
from consolidate.model import RepealWords, ReplaceWords

#: filler between the occurrences (no "ministre" in it)
FILLERS = ("le chef de corps", "et", "ou encore", "selon le cas, puis")


def _body(count: int, fillers: list[str]) -> str:
    parts = ["Il est prévu que"]
    for index in range(count):
        parts.append("le ministre")
        parts.append(fillers[index % len(fillers)])
    parts.append("statue.")
    return " ".join(parts)


@given(st.integers(0, 5), st.integers(2, 4),
       st.lists(st.sampled_from(FILLERS), min_size=1, max_size=3), st.booleans())
def test_the_count_must_be_met_exactly(count: int, times: int, fillers: list[str],
                                       repeal: bool) -> None:
    body = _body(count, fillers)
    base = document(article("5", alinea(body)))
    before = dump(base)
    common = {"source": source("2"), "target": target("article 5"), "times": times}
    op = RepealWords(old="le ministre", **common) if repeal else ReplaceWords(
        old="le ministre", new="le Roi", **common)
    out, report = apply([base], amending(("2", [op])), keep_going=True)
    if count == times:
        assert report.ok, report
        expected = body.replace("le ministre ", "" if repeal else "le Roi ")
        assert text(out[0], "article 5") == expected
    else:
        assert [o.error_code for o in report.outcomes] == ["A001" if count < times else "A002"]
        assert dump(out[0]) == before


@given(st.integers(1, 5), st.lists(st.sampled_from(FILLERS), min_size=1, max_size=3))
def test_each_time_changes_every_occurrence(count: int, fillers: list[str]) -> None:
    body = _body(count, fillers)
    base = document(article("5", alinea(body)))
    op = ReplaceWords(source=source("2"), target=target("article 5"), old="le ministre",
                      new="le Roi", every=True)
    out, report = apply([base], amending(("2", [op])))
    assert report.ok, report
    assert text(out[0], "article 5") == body.replace("le ministre", "le Roi")
