"""Chain properties (docs/time.md, docs/properties.md):

- the order acts are given in does not matter (the order of effect does);
- a chain run act by act — each run's Justel output the next run's base — gives the same
  documents as one run with every act;
- ``--at`` a date gives the same text as the chain of the provisions in force on that date;
- acts run one per invocation in *any* order (a retroactive one given after what it goes
  under) give the one-run documents, or error A009 when an act given later takes effect
  before an earlier-given one that changed the same article (never another text).

Chains are generated: 1 to 4 acts, each with 1 or 2 word replacements drawn (without reuse)
from phrases of the embedded 2001 model that the 2024 law leaves alone, on drawn dates; the
2024 law and the acts written for the tests (tests/unit/chain_acts.py) are in the first
property.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from hypothesis import event, given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit"))
from chain_acts import alinea, chain, info, words

import consolidate
from consolidate import api
from consolidate.akn_reader import load_all
from consolidate.chain import order_acts
from consolidate.document import render_text
from consolidate.drafter import build_act
from consolidate.errors import RetroactiveUnderLaterAct
from consolidate.justel import write_justel
from consolidate.model import AmendingAct, ReplaceWords

POOL: tuple[ReplaceWords, ...] = (
    words("15", (alinea("2"),), "dès qu'il est nommé", "dès sa nomination"),
    words("73", (alinea("2"),), "le dernier jour du mois", "le premier jour du mois"),
    words("73", (alinea("3"),), "soixante-cinq ans", "soixante-sept ans"),
    words("50", (alinea("1er"),), "aspirant officier de réserve", "élève officier de réserve"),
    words("52", (alinea("2"),), "premier caporal de réserve", "caporal-chef de réserve"),
    words("38", (alinea("1er"),), "avec son accord", "à sa demande"),
)
BASES = api.load_embedded()
DAYS = st.integers(min_value=0, max_value=400)


@st.composite
def chains(draw: st.DrawFn) -> list[AmendingAct]:
    """1 to 4 acts, each 1 or 2 operations of the pool (never twice), dates drawn."""
    order = draw(st.permutations(range(len(POOL))))
    sizes = draw(st.lists(st.integers(1, 2), min_size=1, max_size=4))
    acts: list[AmendingAct] = []
    used = 0
    for number, size in enumerate(sizes, start=1):
        picked = [POOL[i] for i in order[used:used + size]]
        if not picked:
            break
        used += size
        day = dt.date(2024, 6, 1) + dt.timedelta(days=draw(DAYS))
        published = dt.date(2024, 2, 1) + dt.timedelta(days=number)  # distinct: no tie left
        acts.append(build_act(info(dt.date(2024, 1, number), number, published, f"n° {number}"),
                              [picked], in_force=day))
    return acts


def justel(result: consolidate.Consolidation) -> list[str]:
    return [write_justel(document) for document in result.after]


@settings(max_examples=24)  # 4! orders
@given(st.permutations(chain()))
def test_any_order_given_gives_the_same_chain(acts: list[AmendingAct]) -> None:
    assert justel(consolidate.consolidate(acts=acts)) == EXPECTED


EXPECTED = justel(consolidate.consolidate(acts=chain()))


@given(chains(), st.randoms(use_true_random=False))
def test_generated_chains_do_not_depend_on_the_order_given(acts: list[AmendingAct],
                                                          random: object) -> None:
    shuffled = list(acts)
    random.shuffle(shuffled)  # type: ignore[attr-defined]
    one = consolidate.consolidate(acts=acts)
    assert justel(consolidate.consolidate(acts=shuffled)) == justel(one)
    assert all(o.status == "applied" for r in one.reports for o in r.outcomes)


@given(chains())
def test_one_run_per_act_equals_one_run(acts: list[AmendingAct]) -> None:
    chain_acts = order_acts(acts)
    one = consolidate.consolidate(acts=chain_acts)
    bases = list(BASES)
    for act in chain_acts:
        run = consolidate.consolidate(acts=[act], documents=bases)
        for index, (before, after) in enumerate(run.pairs()):
            if render_text(before) != render_text(after):  # apply -o DIR writes this one
                [bases[index]] = load_all(write_justel(after).encode(), f"doc{index}")
    assert [write_justel(b) for b in bases] == justel(one)


@given(chains(), DAYS)
def test_at_a_date_is_the_chain_of_what_is_in_force(acts: list[AmendingAct], day: int) -> None:
    at = dt.date(2024, 6, 1) + dt.timedelta(days=day)
    everything = acts
    on_date = consolidate.consolidate(acts=everything, at=at)
    in_force = [a for a in everything if (a.in_force() or a.act.date) <= at]
    expected = justel(consolidate.consolidate(acts=in_force)) if in_force else [
        write_justel(b) for b in BASES]
    assert justel(on_date) == expected


@given(chains(), st.randoms(use_true_random=False))
def test_runs_in_any_order_equal_one_run_or_say_why(acts: list[AmendingAct],
                                                     random: object) -> None:
    dates = [act.in_force() for act in acts]
    if len(set(dates)) < len(dates):  # a tie: the saved footnotes do not say who goes first
        return
    given_order = list(acts)
    random.shuffle(given_order)  # type: ignore[attr-defined]
    one = consolidate.consolidate(acts=acts)
    bases = list(BASES)
    try:
        for act in given_order:
            run = consolidate.consolidate(acts=[act], documents=bases)
            for index, (before, after) in enumerate(run.pairs()):
                if render_text(before) != render_text(after):
                    [bases[index]] = load_all(write_justel(after).encode(), f"doc{index}")
    except RetroactiveUnderLaterAct:
        done = given_order[:given_order.index(act)]
        assert any(_date(earlier) > _date(act) and _articles(earlier) & _articles(act)
                   for earlier in done)
        event("A009: under an article a later act changed")
        return
    event("equal to one run" + (" (a retroactive run)" if given_order != order_acts(acts)
                                 else ""))
    assert [write_justel(b) for b in bases] == justel(one)


def _date(act: AmendingAct) -> dt.date:
    date = act.in_force()
    assert date is not None
    return date


def _articles(act: AmendingAct) -> set[str | None]:
    return {op.target.article for op in act.operations()}
