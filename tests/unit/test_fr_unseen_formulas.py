"""French formulas of real Belgian drafting that the shared data does not hold (probe of
3 December 2026): acts of the Regions and Communities, arrêtés, Codes. Each test names the
sentence as real (the act cited) or "in the style of" an act kind, and the operations expected.
"""

from __future__ import annotations

import datetime as dt

import pytest
from apply_docs import alinea, article, document, text

from consolidate.applier import apply
from consolidate.model import AmendingAct, AppendWords, InsertUnit, RepealUnit, ReplaceWords
from consolidate.parser import parse_text

HEAD = ("15 MAI 2025. - Arrêté du Gouvernement wallon portant des dispositions diverses\n\n"
        "Le Gouvernement wallon,\n\nArrête :\n\n")


def read(*articles: str) -> AmendingAct:
    text = HEAD + "\n\n".join(
        ("Article 1er. " if i == 0 else f"Art. {i + 1}. ") + body
        for i, body in enumerate(articles))
    return parse_text(text + "\n", "agw.txt")


# --- "décret-programme" (Région wallonne, Communauté française) ---------------------------

def test_a_decret_programme_is_an_act_type() -> None:
    # in the style of the décrets-programmes of the Walloon Region ("décret-programme du
    # 18 décembre 2002 portant diverses mesures en matière d'emploi, …"; was P007 "no rule
    # reads 'décret-programme'")
    act = read("Dans l'article 18 du décret-programme du 18 décembre 2002 portant diverses "
               "mesures en matière d'emploi, les mots « cinq ans » sont remplacés par les mots "
               "« six ans ».")
    (op,) = act.operations()
    assert isinstance(op, ReplaceWords)
    assert (op.old, op.new) == ("cinq ans", "six ans")
    assert op.target.act is not None
    assert op.target.act.type == "décret-programme"
    assert op.target.act.date == dt.date(2002, 12, 18)
    assert op.target.article == "18"


def test_the_same_decret_programme() -> None:
    act = read("L'article 3 du décret-programme du 18 décembre 2002 portant diverses mesures "
               "en matière d'emploi est abrogé.",
               "L'article 4 du même décret-programme est abrogé.")
    first, second = act.operations()
    assert isinstance(second, RepealUnit)
    assert second.target.act == first.target.act
    assert second.target.article == "4"


def test_this_decret_programme_enters_into_force() -> None:
    act = read("L'article 3 du décret-programme du 18 décembre 2002 portant diverses mesures "
               "en matière d'emploi est abrogé.",
               "Le présent décret-programme entre en vigueur le 1er janvier 2026.")
    last = act.articles[-1]
    assert last.kind == "entry_into_force"
    assert last.entry_into_force[0].date == dt.date(2026, 1, 1)
