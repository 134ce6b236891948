"""A retroactive provision given in a later run (consolidate.chain_retro, docs/time.md): it
goes under what the bases already have, as in one run with every act — or, where the saved
output cannot tell the text it would have found, error A009 naming both acts."""

from __future__ import annotations

import datetime as dt

import pytest
from chain_acts import a2, a3, embedded, info, point, royal_decree, words

import consolidate
from consolidate import api
from consolidate.akn_reader import load_all
from consolidate.document import Document, render_text
from consolidate.drafter import build_act
from consolidate.errors import RetroactiveUnderLaterAct
from consolidate.justel import write_justel
from consolidate.model import AmendingAct


def runs(groups: list[list[AmendingAct]], format: str,
         keep_going: bool = False) -> list[Document]:
    """Each group one invocation; the files it writes (``apply -o DIR``) the next bases."""
    bases = api.load_embedded()
    for acts in groups:
        run = consolidate.consolidate(acts=acts, documents=bases, keep_going=keep_going)
        for index, (before, after) in enumerate(run.pairs()):
            if render_text(before) != render_text(after):
                rendered = consolidate.render(run.only(index), format)
                data = rendered if isinstance(rendered, bytes) else rendered.encode()
                [bases[index]] = load_all(data, f"doc{index}")
    return bases


@pytest.mark.parametrize("format", ["akn", "justel"])
def test_three_calls_with_a_retroactive_provision_equal_one(format: str) -> None:
    # A3 art. 3 "produit ses effets le 1er janvier 2025" (art. 12, 2°) comes after A2
    # (2025-03-01, art. 10 and 73) in the calls, before it in effect
    one = consolidate.consolidate(acts=[embedded(), a2(), a3(), royal_decree()])
    bases = runs([[embedded()], [a2()], [a3(), royal_decree()]], format)
    assert [write_justel(b) for b in bases] == [write_justel(a) for a in one.after]
    text = write_justel(bases[0])
    assert "<L 2025-05-05/12, art. 3, 003; En vigueur : 01-01-2025>" in text  # under A2
    assert "<L 2025-02-03/7, art. 1er, 004; En vigueur : 01-03-2025>" in text  # moved up
    assert "<L 2025-05-05/12, art. 1er, 005; En vigueur : 01-07-2025>" in text
    assert bases[0].identity.version == 5


def under_a2() -> AmendingAct:
    """Retroactive to 2025-02-01 and changing art. 10, 2°, in the article A2 (2025-03-01)
    changed after it: A2's output does not say what art. 10 read before A2."""
    operation = words("10", (point("2°"),), "cinq ans", "six ans")
    return build_act(info(dt.date(2025, 6, 1), 1, dt.date(2025, 6, 20), "rétroactif"),
                     [[operation]], in_force=dt.date(2025, 2, 1))


def test_under_an_article_a_later_act_changed_is_error_A009() -> None:
    with pytest.raises(RetroactiveUnderLaterAct) as error:
        runs([[embedded(), a2()], [under_a2()]], "akn")
    assert error.value.code == "A009"
    assert error.value.message.startswith(
        "L 2025-06-01/1 (art. 1er) takes effect on 2025-02-01, before L 2025-02-03/7 "
        "(art. 1er, in force 2025-03-01), which the base text already has in ")
    assert "give both acts in one run" in error.value.message


def test_with_keep_going_it_is_a_failed_operation_and_nothing_changes() -> None:
    bases = runs([[embedded(), a2()]], "akn")
    run = consolidate.consolidate(acts=[under_a2()], documents=bases, keep_going=True)
    [outcome] = run.report.outcomes
    assert (outcome.status, outcome.error_code) == ("failed", "A009")
    assert [render_text(d) for d in run.after] == [render_text(d) for d in bases]


def test_in_one_run_the_same_act_goes_under() -> None:
    one = consolidate.consolidate(acts=[embedded(), a2(), under_a2()])
    assert [s.act.act.justel_id for s in one.steps] == [
        "L 2024-03-25/42", "L 2025-06-01/1", "L 2025-02-03/7"]
    assert "(2)<L 2025-06-01/1, art. 1er, 003; En vigueur : 01-02-2025>" in \
        write_justel(one.after[0])
