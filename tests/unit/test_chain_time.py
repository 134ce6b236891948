"""``--at``: the text in force on a date, before, between and after the acts of a chain
(golden files in tests/golden/chain/; regenerate with ``CONSOLIDATE_REGEN=1`` and review).

The chain: the loi du 25 mars 2024 (2024-01-01) and the acts written for the tests
(tests/unit/chain_acts.py): A3 art. 3 retroactive from 2025-01-01, A2 on 2025-03-01, A3
art. 1 on 2025-07-01, A3 art. 2 pending until the arrêté royal fixes 2025-10-01. Each golden
file holds the Justel text (marks and footnotes) of the articles the chain touches, then the
state of every provision of the acts after the 2024 law.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from chain_acts import chain

import consolidate
from consolidate.justel import write_justel

GOLDEN = Path(__file__).resolve().parents[1] / "golden" / "chain"
ARTICLES = ("10", "12", "15", "73")
DATES = {
    "2023-12-31": "before every act",
    "2024-06-01": "the 2024 law only",
    "2025-02-01": "plus the retroactive article of A3",
    "2025-08-01": "plus A2 and A3 art. 1; A3 art. 2 not yet in force",
    "2026-01-01": "after every act",
}


def snapshot(at: dt.date | None, *, decree: bool = True) -> str:
    acts = chain() if decree else chain()[:-1]
    result = consolidate.consolidate(acts=acts, at=at)
    text = write_justel(result.after[0])
    chunks = []
    for label in ARTICLES:
        start = text.index(f"Art. {label}. ")
        chunks.append(text[start:text.index("\n\n", start)])
    states = [t.describe(at) for t in result.timeline if not t.act.startswith("L 2024")]
    return "\n\n".join(chunks) + "\n\n" + "\n".join(states) + "\n"


CASES = [(name, dt.date.fromisoformat(name), True) for name in DATES]
CASES.append(("2030-01-01-without-decree", dt.date(2030, 1, 1), False))
CASES.append(("today-without-decree", None, False))


@pytest.mark.parametrize("name, at, decree", CASES, ids=[c[0] for c in CASES])
def test_text_in_force_on(name: str, at: dt.date | None, decree: bool) -> None:
    actual = snapshot(at, decree=decree)
    golden = GOLDEN / f"at-{name}.txt"
    if os.environ.get("CONSOLIDATE_REGEN"):
        GOLDEN.mkdir(parents=True, exist_ok=True)
        golden.write_text(actual, encoding="utf-8")
    assert actual == golden.read_text(encoding="utf-8")


def test_dates_between_give_different_texts() -> None:
    texts = [snapshot(dt.date.fromisoformat(name)) for name in DATES]
    assert len(set(texts)) == len(texts)


def test_pending_provision_stays_out_whatever_the_date() -> None:
    late = snapshot(dt.date(2030, 1, 1), decree=False)
    assert "soixante-trois" not in late
    assert "L 2025-05-05/12 art. 2: pending (date to be fixed by the King, at the latest " \
           "2026-12-31)" in late
