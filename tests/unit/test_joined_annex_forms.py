"""The other forms of "the annex joined to this act" (lexicons' ``joined``, ``joined_bare``;
consolidate/parsing/annexes.py): the Dutch relative clause "die als bijlage (3) bij dit besluit
is gevoegd", the bare "bij dit besluit" / "au présent arrêté" / "du présent arrêté" right after
"door (de) bijlage (2)" / "par l'annexe (2)", and "qui est jointe". Acts in the style of the
Moniteur belge. A bare phrase elsewhere (the designation of the act's own annex) is no joined
annex."""

from __future__ import annotations

import pytest

from consolidate.model import InsertUnit, NewUnit, ReplaceUnit
from consolidate.parser import parse_text

_FR = ("12 JUIN 2025. - Arrêté royal modifiant l'arrêté royal du 25 novembre 1991 portant "
       "réglementation du chômage\n\nArticle 1er. {sentence}\n")
_NL = ("12 JUNI 2025. - Koninklijk besluit tot wijziging van het koninklijk besluit van 25 "
       "november 1991 houdende de werkloosheidsreglementering\n\nArtikel 1. {sentence}\n")
_BASE_FR = "l'arrêté royal du 25 novembre 1991 portant réglementation du chômage"
_BASE_NL = "het koninklijk besluit van 25 november 1991 houdende de werkloosheidsreglementering"


def _operation(sentence: str, language: str) -> object:
    act = parse_text((_FR if language == "fr" else _NL).format(sentence=sentence), "t.txt",
                     language=language)
    (operation,) = act.articles[0].operations
    return operation


def _annex(label: str, joined: str) -> NewUnit:
    return NewUnit(kind="annex", label=label, text="", joined=joined)


@pytest.mark.parametrize(("sentence", "language", "replaced", "joined"), [
    (f"Bijlage I bij {_BASE_NL} wordt vervangen door de bijlage die als bijlage bij dit "
     "besluit is gevoegd.", "nl", "I", ""),
    (f"Bijlage 3 bij {_BASE_NL} wordt vervangen door bijlage 2 bij dit besluit.", "nl", "3",
     "2"),
    (f"De bijlage 4 bij {_BASE_NL} wordt vervangen door de bijlage bij dit besluit.", "nl",
     "4", ""),
    (f"Bijlage 8 bij {_BASE_NL}, vervangen bij het koninklijk besluit van 3 mei 2020, wordt "
     "vervangen door bijlage 6 bij dit besluit.", "nl", "8", "6"),
    (f"Bijlage 2 bij {_BASE_NL} wordt vervangen door de bijlage die bij dit besluit is "
     "gevoegd.", "nl", "2", ""),
    (f"L'annexe II de {_BASE_FR} est remplacée par l'annexe au présent arrêté.", "fr", "II",
     ""),
    (f"L'annexe 3 de {_BASE_FR} est remplacée par l'annexe 2 du présent arrêté.", "fr", "3",
     "2"),
    (f"L'annexe 6 de {_BASE_FR} est remplacée par l'annexe qui est jointe au présent arrêté.",
     "fr", "6", ""),
])
def test_an_annex_replaced_by_the_annex_of_this_act(sentence: str, language: str,
                                                    replaced: str, joined: str) -> None:
    operation = _operation(sentence, language)
    assert isinstance(operation, ReplaceUnit)
    assert operation.target.annex == replaced
    assert operation.new == (_annex(replaced, joined),)


@pytest.mark.parametrize(("sentence", "position", "label", "joined"), [
    (f"{_BASE_NL[0].upper()}{_BASE_NL[1:]} wordt aangevuld met een bijlage 9, die als bijlage 3 "
     "bij dit besluit is gevoegd.", "end", "9", "3"),
    (f"In {_BASE_NL} wordt een bijlage 3bis ingevoegd, die als bijlage 4 bij dit besluit is "
     "gevoegd.", "label", "3bis", "4"),
])
def test_an_annex_added_in_dutch(sentence: str, position: str, label: str,
                                 joined: str) -> None:
    operation = _operation(sentence, "nl")
    assert isinstance(operation, InsertUnit)
    assert operation.position == position
    assert operation.new == (_annex(label, joined),)


def test_the_own_annex_designated_is_no_joined_annex() -> None:
    # "l'annexe 2 du présent arrêté" before the predicate designates, it is no new text
    operation = _operation(f"Dans l'article 3 de {_BASE_FR}, les mots « l'annexe 1re » sont "
                           "remplacés par les mots « l'annexe 2 du présent arrêté ».", "fr")
    assert operation.new == "l'annexe 2 du présent arrêté"  # type: ignore[attr-defined]
