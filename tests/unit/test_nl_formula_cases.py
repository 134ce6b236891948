"""The Dutch drafter writes each drafted formula of nl_formula_cases word for word, and the
cases cover every row of ../shared/design/dutch.md's instruction table that has an
operation. (The Dutch lexicon reads them all back: that test comes with consolidate/lang/nl.py.)"""

from __future__ import annotations

import pytest
from nl_formula_cases import CASES, SOURCE, Case

from consolidate import api
from consolidate.drafter_nl import draft_act_nl, draft_operation_nl
from consolidate.lang.detect import detect
from consolidate.model import AmendingAct, AmendingArticle, SourceSpan

SPAN = SourceSpan(line=1, column=1, end_line=1, end_column=1)


def drafted(case: Case) -> str:
    if len(case.operations) == 1 and case.operations[0].source == SOURCE:
        return draft_operation_nl(case.operations[0])
    article = AmendingArticle(number="2", kind="amending", text="", span=SPAN,
                              operations=case.operations)
    act = AmendingAct(act=api.parse().act, articles=(article,))
    return draft_act_nl(act).split("**Artikel 1.** ", 1)[1].strip()


@pytest.mark.parametrize("case", [c for c in CASES if c.drafted], ids=lambda c: c.name)
def test_the_drafter_writes_the_formula(case: Case) -> None:
    assert drafted(case) == case.text


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_every_case_is_dutch(case: Case) -> None:
    assert detect(case.text) == "nl"


def test_the_cases_cover_the_design_table() -> None:
    kinds = {op.op for case in CASES for op in case.operations}
    assert kinds == {"replace_words", "insert_words", "repeal_words", "append_words",
                     "replace_unit", "repeal_unit", "insert_unit", "restore_unit", "renumber"}
    words = " ".join(case.text for case in CASES)
    for formula in ("worden de volgende wijzigingen aangebracht:", "in de bepaling onder 1°",
                    "telkens vervangen door", "respectievelijk vervangen door", "tussen het "
                    "woord", "wordt aangevuld met de woorden", "wordt aangevuld met een lid, "
                    "luidende:", "met twee leden, luidende:", "met de bepaling onder 3°, "
                    "luidende:", "tussen het eerste en het tweede lid een lid ingevoegd",
                    "wordt een artikel 5/1 ingevoegd, luidende:", "wordt vervangen als volgt:",
                    "wordt vervangen door wat volgt:", "wordt het tweede lid opgeheven",
                    "opgeheven.", "geschrapt.", "wordt hersteld als volgt:", "vernummerd",
                    "In de Franse tekst", "van het Strafwetboek", "de inleidende zin"):
        assert formula.casefold() in words.casefold(), formula
