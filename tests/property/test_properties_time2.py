"""Laws of time over generated chains (docs/time.md, "The text in force on a date"):

- applying up to a date ``d``, saving the output, then applying the same acts up to a later
  date ``d2`` from it gives the text of one run up to ``d2`` (a chain can be brought forward
  run by run);
- rewinding the output of the whole chain to ``d`` (``at=d`` on the saved output, the acts
  given) gives the text of the chain applied up to ``d`` — or says which texts it cannot
  tell (``unknown``), never another text;
- when the acts' dates differ, the order they are given in does not matter, on any date,
  whatever their publication order (a retroactive act may be published last).

Chains: 1 to 4 acts of 1 or 2 word replacements on phrases of the embedded 2001 model (the
pool of test_properties_chains.py), on drawn dates, published in a drawn order.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from hypothesis import assume, event, given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit"))
from chain_acts import alinea, info, words

import consolidate
from consolidate import api
from consolidate.akn_reader import load_all
from consolidate.document import Document, render_text
from consolidate.drafter import build_act
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
START = dt.date(2024, 6, 1)
DAYS = st.integers(min_value=0, max_value=400)


@st.composite
def chains(draw: st.DrawFn) -> list[AmendingAct]:
    """1 to 4 acts, each 1 or 2 operations of the pool (never twice), on distinct dates drawn;
    published in a drawn order (unrelated to their dates: some take effect retroactively)."""
    order = draw(st.permutations(range(len(POOL))))
    sizes = draw(st.lists(st.integers(1, 2), min_size=1, max_size=4))
    days = draw(st.lists(DAYS, min_size=len(sizes), max_size=len(sizes), unique=True))
    published = draw(st.permutations(range(len(sizes))))
    acts: list[AmendingAct] = []
    used = 0
    for number, size in enumerate(sizes, start=1):
        picked = [POOL[i] for i in order[used:used + size]]
        if not picked:
            break
        used += size
        publication = dt.date(2024, 2, 1) + dt.timedelta(days=published[number - 1])
        acts.append(build_act(info(dt.date(2024, 1, number), number, publication,
                                   f"n° {number}"),
                              [picked], in_force=START + dt.timedelta(days=days[number - 1])))
    return acts


def texts(documents: tuple[Document, ...] | list[Document]) -> list[str]:
    return [render_text(document) for document in documents]


def saved(result: consolidate.Consolidation) -> list[Document]:
    """The output of a run read back, as ``apply -o DIR`` leaves it for the next run."""
    documents = list(BASES)
    for index, (before, after) in enumerate(result.pairs()):
        if render_text(before) != render_text(after):
            [documents[index]] = load_all(write_justel(after).encode(), f"doc{index}")
    return documents


def on_dates(acts: list[AmendingAct]) -> list[dt.date]:
    """The days that matter: before every act, each act's date, and the day before it."""
    days = {START - dt.timedelta(days=1)}
    for act in acts:
        date = act.in_force() or act.act.date
        days |= {date, date - dt.timedelta(days=1)}
    return sorted(days)


@settings(max_examples=30)
@given(chains(), st.integers(0, 8), st.integers(0, 8))
def test_up_to_d_then_up_to_a_later_date_is_up_to_the_later_date(
        acts: list[AmendingAct], first: int, second: int) -> None:
    days = on_dates(acts)
    early, late = sorted((days[first % len(days)], days[second % len(days)]))
    one = consolidate.consolidate(acts=acts, at=late)
    step = consolidate.consolidate(acts=acts, at=early)
    then = consolidate.consolidate(acts=acts, documents=saved(step), at=late)
    assert texts(then.after) == texts(one.after)
    event("something applied between the dates" if texts(step.after) != texts(one.after)
          else "nothing between the dates")


@settings(max_examples=30)
@given(chains(), st.integers(0, 8))
def test_rewinding_the_whole_chain_to_a_date_is_the_chain_up_to_it(
        acts: list[AmendingAct], index: int) -> None:
    days = on_dates(acts)
    at = days[index % len(days)]
    whole = consolidate.consolidate(acts=acts)
    rewound = consolidate.consolidate(acts=acts, documents=saved(whole), at=at)
    expected = consolidate.consolidate(acts=acts, at=at)
    if rewound.unknown:  # said, with the unit and the footnote: never another text
        event("the rewind says what it cannot tell")
        assert all(u.at == at for u in rewound.unknown)
        return
    assert texts(rewound.after) == texts(expected.after)
    event("rewound exactly")


@settings(max_examples=30)
@given(chains(), st.integers(0, 8), st.randoms(use_true_random=False))
def test_the_order_given_does_not_matter_on_any_date(
        acts: list[AmendingAct], index: int, random: object) -> None:
    days = on_dates(acts)
    at = days[index % len(days)]
    shuffled = list(acts)
    random.shuffle(shuffled)  # type: ignore[attr-defined]
    assume(len({a.in_force() for a in acts}) == len(acts))
    one = consolidate.consolidate(acts=acts, at=at)
    assert [write_justel(d) for d in consolidate.consolidate(acts=shuffled, at=at).after] == [
        write_justel(d) for d in one.after]
