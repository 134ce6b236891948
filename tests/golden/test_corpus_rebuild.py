"""End to end on real acts of the working corpus: parse → apply → Justel output, checked
against Justel's own consolidation.

The corpus's bases are Justel pages made *after* their acts. Each page is first brought back
to the day before the act took effect (``consolidate(…, at=…)``: Justel's marks dated later
are taken out, docs/time.md), then the act, parsed from its own Justel page, is applied to
that earlier text with :func:`consolidate.apply`. Every unit the act changes must then read
exactly as on Justel's page (marks folded), and the Justel output of the changed articles is
frozen in ``tests/golden/corpus-rebuild/<act>.txt`` (their marks and the footnote citing the
act, its article and its date in force — "indéterminée" where the act leaves the date to the
King and no decree fixing it is applied: Justel's 01-04-2018 comes from an arrêté royal the
corpus does not hold; and the version follows the page brought back, not Justel's count).
``CONSOLIDATE_REGEN=1`` rewrites the golden files: read the diff.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

import consolidate
from consolidate import api
from consolidate.justel import write_justel

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "corpus" / "be"
GOLDEN = Path(__file__).parent / "corpus-rebuild"
#: act → the base it amends (both in the corpus), and what the case shows
CASES = {
    "2018011241": ("1921022450", "a word replacement ('de Sciensano') on a page of 1921"),
    "2018011576": ("2018011241", "a § replaced in an act amended three weeks after it"),
    "2024003720": ("2016007106", "the seed's 2024 law read from Justel, on the 2016 law"),
    "2014009092": ("2003009298", "a whole article replaced"),
}


def need(numac: str) -> Path:
    path = CORPUS / f"{numac}.md"
    if not path.exists():
        pytest.skip(f"{path} is not here: ../shared is absent")
    return path


def folded(element: object) -> str:
    return " ".join("".join(element.itertext()).split())  # type: ignore[attr-defined]


@pytest.mark.parametrize("act_id", sorted(CASES))
def test_an_act_applied_to_the_page_brought_back_rebuilds_the_page(act_id: str) -> None:
    base_id, _why = CASES[act_id]
    page = api.load(need(base_id), lenient=True)
    act = api.parse(need(act_id), keep_going=True)
    dates = [t.date for t in consolidate.consolidate(acts=[act], documents=[page],
                                                     keep_going=True).timeline
             if t.act == act.act.justel_id and t.date is not None]
    assert dates, "the page's footnotes date the act's provisions"
    before = min(dates) - dt.timedelta(days=1)
    earlier = consolidate.consolidate(acts=[act], documents=[page], keep_going=True,
                                      at=before).after[0]
    rebuilt, report = api.apply([earlier], act, keep_going=True)
    applied = [o for o in report.outcomes if o.status == "applied"]
    assert applied, report.counts
    articles: list[str] = []
    for outcome in applied:
        for eid in outcome.touched:
            on_page = page.root.xpath(f'//*[@eId="{eid}"]')
            again = rebuilt[0].root.xpath(f'//*[@eId="{eid}"]')
            assert on_page and again, eid
            assert folded(again[0]) == folded(on_page[0]), eid
            articles.append(eid.split("__")[0])
    justel = write_justel(rebuilt[0])
    reference = act.act.justel_reference
    assert reference is not None
    chunks = []
    for eid in dict.fromkeys(articles):
        label = eid.removeprefix("art_")
        start = max(justel.find(f"\nArt. {label}. "), justel.find(f"\nArticle {label}. "))
        assert start >= 0, label
        block = justel[start + 1:].split("\n\n", 1)[0]
        assert reference in block, f"the footnote of art. {label} cites {reference}"
        chunks.append(block)
    text = "\n\n".join(chunks) + "\n"
    golden = GOLDEN / f"{act_id}.txt"
    if os.environ.get("CONSOLIDATE_REGEN"):
        golden.write_text(text, encoding="utf-8")
    assert text == golden.read_text(encoding="utf-8")
