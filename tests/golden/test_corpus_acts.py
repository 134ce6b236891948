"""Golden tests on real acts of the working corpus (``../shared/data/corpus/``).

- The loi du 25 mars 2024 read from its Justel page (legalize-be markdown: ``#####``
  headings, Justel marks and footnotes) gives the operations of the seed; applied to the
  Justel-text model of the 2016 law (``tests/data/justel``, written before the act), its Justel
  output carries the act's marks and footnotes; and Justel's own later page of the 2016 law
  confirms each of its operations on that law (``verify``: 3 agree).
- Three acts of other kinds and periods are frozen as their typed operations and refusals
  (``tests/golden/corpus/<numac>.json``), so that any change of the grammar's reading of
  them shows in review. Regenerate after a deliberate change with
  ``CONSOLIDATE_REGEN=1 pytest tests/golden/test_corpus_acts.py`` and read the diff.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest

import consolidate
from consolidate.model import AmendingAct, Operation

GOLDEN = Path(__file__).parent / "corpus"
ROOT = Path(__file__).resolve().parents[2]
#: act → why it is frozen
FROZEN = {
    # a federal law inserting a section and articles into a law by label, with history
    # recitals citing the amending act's own articles ("insérée par l'article 10")
    "2011012030": "insertions of divisions and articles, renumbering told as history",
    # a law of "dispositions diverses" amending the Code judiciaire and other acts by name
    "2019030329": "Codes by name, quoted sentences, lead-ins with nested points",
    # a Flemish decree: "membre de phrase", "alinéa deux", tirets, a decree cited by title
    "2016036305": "Flemish drafting: membre de phrase, alinéa deux, premier tiret",
}


def _signature(op: Operation) -> dict[str, object]:
    """What the golden file freezes of an operation (its span is not: layout)."""
    return json.loads(op.model_dump_json(exclude={"source": {"span"}}))


def _frozen(act: AmendingAct) -> dict[str, object]:
    return {
        "act": act.act.justel_id,
        "kinds": {kind: sum(a.kind == kind for a in act.articles)
                  for kind in sorted({a.kind for a in act.articles})},
        "operations": [_signature(op) for op in act.operations()],
        "refusals": [f"{p.code} art. {p.article}: {p.message}" for p in act.problems],
    }


@pytest.mark.parametrize("numac", sorted(FROZEN))
def test_corpus_act_reads_as_frozen(numac: str, shared: Callable[[str], Path]) -> None:
    act = consolidate.parse(shared(f"data/corpus/be/{numac}.md"), keep_going=True)
    reading = _frozen(act)
    golden = GOLDEN / f"{numac}.json"
    if os.environ.get("CONSOLIDATE_REGEN") == "1":
        golden.parent.mkdir(exist_ok=True)
        golden.write_text(json.dumps(reading, ensure_ascii=False, indent=1) + "\n",
                          encoding="utf-8")
    assert golden.exists(), f"no golden file for {numac}; run with CONSOLIDATE_REGEN=1"
    assert reading == json.loads(golden.read_text(encoding="utf-8")), (
        f"the reading of {numac} ({FROZEN[numac]}) changed; if intended, regenerate")
    assert act.operations(), numac


def _comparable(op: Operation) -> tuple[object, ...]:
    """An operation without where it is written (the Justel page labels the points of the
    act 1°, 2° where the seed's Moniteur text has 1., 2.)."""
    data = _signature(op)
    data["source"] = {"article": op.source.article}
    return tuple(sorted((key, json.dumps(value, sort_keys=True)) for key, value in data.items()
                        if key != "new"))


def test_the_2024_law_from_its_justel_page_reads_as_the_seed(
    shared: Callable[[str], Path],
) -> None:
    page = consolidate.parse(shared("data/corpus/be/2024003720.md"), keep_going=True)
    seed = consolidate.parse()
    assert page.problems == ()
    assert page.act.justel_id == "L 2024-03-25/42" and page.act.numac == "2024003720"
    assert [a.kind for a in page.articles] == [a.kind for a in seed.articles]
    assert [_comparable(op) for op in page.operations()] == [
        _comparable(op) for op in seed.operations()]


def test_the_2024_law_from_its_justel_page_applied_and_checked_by_justel(
    shared: Callable[[str], Path],
) -> None:
    """parse (Justel page of the act) → apply (Justel-text model of the 2016 law) → Justel
    output → verify the act against Justel's later page of the 2016 law: every operation on
    it agrees."""
    act = consolidate.parse(shared("data/corpus/be/2024003720.md"), keep_going=True)
    before = consolidate.load(ROOT / "tests/data/justel/loi-2016-04-10-art-2-3.fr.txt")
    result = consolidate.consolidate(act, [before], keep_going=True)
    ours = [o for o in result.report.outcomes if o.target.act.date is not None
            and o.target.act.date.year == 2016]
    assert len(ours) == 3 and all(o.status == "applied" for o in ours)
    justel = consolidate.render(result, "justel")
    assert "[1 et les candidats militaires de réserve]1" in justel
    assert "(1)<L 2024-03-25/42, art. 25" in justel
    official = consolidate.load(shared("data/corpus/be/2016007106.md"), lenient=True)
    report = consolidate.verify(act, official)
    assert report.counts == {"agrees": 3, "disagrees": 0, "not_checkable": 0}
