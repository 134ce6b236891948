"""A renumbering joined to an insertion after its block (3 December 2026, branch became2; no
sentence in shared/, each in the style of the lois and arrêtés royaux and of their Dutch
texts): "Dans l'article 5, il est inséré un § 2 rédigé comme suit : « … », le § 2 actuel
devenant le § 3", "…, waarbij de bestaande paragraaf 2 paragraaf 3 wordt". The units are
renumbered (by their old labels, the last first) before the new one takes the freed label;
for alinéas the clause is checked against the rank the insertion gives, nothing is added
(docs/formulas.md, "Renumbering joined to an insertion"; parsing/became.py)."""

from __future__ import annotations

import re

import pytest
from test_depth3_formulas import _apply, _fr, _nl, _refused

from consolidate import api
from consolidate.model import InsertUnit, Renumber, Step

NEW_FR = "« § 2. Le commandant donne son avis. »"
NEW_NL = "\"§ 2. De commandant geeft advies.\""


def _ops(act: api.AmendingAct) -> list[object]:
    return list(act.articles[1].operations)


def _paragraphs(text: str) -> list[str]:
    return [line for line in text.splitlines() if "§" in line][:3]


@pytest.mark.parametrize("act", [
    _fr(f"Dans l'article 5 de la même loi, il est inséré un § 2 rédigé comme suit : {NEW_FR}, "
        "le § 2 actuel devenant le § 3."),
    _fr(f"Dans l'article 5 de la même loi, il est inséré un § 2 rédigé comme suit :\n{NEW_FR},\n"
        "l'actuel § 2 devenant le § 3."),
    _nl(f"In artikel 5 van dezelfde wet wordt een paragraaf 2 ingevoegd, luidende: {NEW_NL}, "
        "waarbij de bestaande paragraaf 2 paragraaf 3 wordt."),
    _nl(f"In artikel 5 van dezelfde wet wordt een paragraaf 2 ingevoegd, luidende: {NEW_NL}, "
        "waarbij de huidige paragraaf 2 paragraaf 3 wordt."),
    # the clause with a verb of its own
    _fr(f"Dans l'article 5 de la même loi, il est inséré un § 2 rédigé comme suit : {NEW_FR}, "
        "et le § 2 actuel devient le § 3."),
    _nl(f"In artikel 5 van dezelfde wet wordt een paragraaf 2 ingevoegd, luidende: {NEW_NL}, "
        "en de huidige paragraaf 2 wordt paragraaf 3."),
])
def test_the_renumbering_comes_before_the_insertion(act: api.AmendingAct) -> None:
    """It was refused (P009, text after the block): now the old § 2 becomes § 3 first, and
    the new § 2 takes the label it frees."""
    renumber, insert = _ops(act)
    assert isinstance(renumber, Renumber) and isinstance(insert, InsertUnit)
    assert renumber.target.article == "5"
    assert renumber.target.path == (Step(unit="paragraph", label="2"),)
    assert renumber.new_label == "3"
    assert [unit.label for unit in insert.new] == ["2"]
    assert renumber.history[-1] == insert.history[-1]
    if insert.language == "nl":
        return  # the base is French: the Dutch operations are skipped there
    text, report = _apply(act)
    assert report.counts["failed"] == 0
    assert _paragraphs(text) == ["Art. 5. § 1er. Le ministre autorise le travail à distance.",
                                 "[1 § 2. Le commandant donne son avis.]1",
                                 "[1 § 3.]1 Le chef de corps en fixe les modalités."]


def test_several_units_are_renumbered_the_last_first() -> None:
    act = _fr(f"Dans l'article 5 de la même loi, il est inséré un § 2 rédigé comme suit : "
              f"{NEW_FR}, les §§ 2 et 3 actuels devenant les §§ 3 et 4.")
    renumbers = [op for op in _ops(act) if isinstance(op, Renumber)]
    assert [(op.target.path[-1].label, op.new_label) for op in renumbers] == [("3", "4"),
                                                                              ("2", "3")]
    assert isinstance(_ops(act)[-1], InsertUnit)


def test_items_are_renumbered_too() -> None:
    act = _nl("In artikel 5 van dezelfde wet wordt een bepaling onder 2° ingevoegd, luidende: "
              "\"2° de commandant;\", waarbij de bestaande bepalingen onder 2° en 3° de "
              "bepalingen onder 3° en 4° worden.")
    renumbers = [op for op in _ops(act) if isinstance(op, Renumber)]
    assert [(op.target.path[-1].unit, op.target.path[-1].label, op.new_label)
            for op in renumbers] == [("point", "3°", "4°"), ("point", "2°", "3°")]


@pytest.mark.parametrize("act", [
    _fr("Dans l'article 9 de la même loi, un alinéa rédigé comme suit est inséré entre les "
        "alinéas 1er et 2 : « Le commandant donne son avis. », l'alinéa 2 actuel devenant "
        "l'alinéa 3."),
    _nl("In artikel 9 van dezelfde wet wordt tussen het eerste en het tweede lid een lid "
        "ingevoegd, luidende: \"De commandant geeft advies.\", waarbij het bestaande tweede "
        "lid het derde lid wordt."),
])
def test_an_alineas_rank_is_checked_and_nothing_added(act: api.AmendingAct) -> None:
    """An alinéa's number is its rank: the insertion gives it; the clause only says so."""
    (insert,) = _ops(act)
    assert isinstance(insert, InsertUnit) and insert.history
    if insert.language == "nl":
        return
    text, report = _apply(act)
    assert report.counts["failed"] == 0
    assert "Le militaire introduit sa demande.\n[1 Le commandant donne son avis.]1\n" \
        "Le ministre statue" in text


@pytest.mark.parametrize(("sentence", "language", "words"), [
    # the rank told is not the one the insertion gives
    ("Dans l'article 9 de la même loi, un alinéa rédigé comme suit est inséré entre les "
     "alinéas 1er et 2 : « Le commandant donne son avis. », l'alinéa 2 actuel devenant "
     "l'alinéa 4.", "fr", "gives alinéa 2 rank 4, but the insertion makes it alinéa 3"),
    # the new § does not take the label the renumbering frees
    (f"Dans l'article 5 de la même loi, il est inséré un § 2 rédigé comme suit : {NEW_FR}, le "
     "§ 3 actuel devenant le § 4.", "fr", "does not free the label '2'"),
    # two labels to one
    (f"Dans l'article 5 de la même loi, il est inséré un § 2 rédigé comme suit : {NEW_FR}, les "
     "§§ 2 et 3 actuels devenant le § 3.", "fr", "renumbers 2 units to 1 labels"),
    # a § renumbered after the insertion of an alinéa
    ("Dans l'article 9 de la même loi, un alinéa rédigé comme suit est inséré entre les "
     "alinéas 1er et 2 : « Le commandant donne son avis. », le § 2 actuel devenant le § 3.",
     "fr", "renumbers paragraph units, but the insertion inserts alinea"),
    # no insertion before it
    ("Dans l'article 5 de la même loi, les mots « Le chef » sont remplacés par les mots "
     "« Le commandant », le § 2 actuel devenant le § 3.", "fr",
     "follows an instruction that is not one insertion"),
    ("In artikel 5 van dezelfde wet wordt een paragraaf 2 ingevoegd, luidende: "
     f"{NEW_NL}, waarbij de bestaande paragraaf 3 paragraaf 4 wordt.", "nl", "'2'"),
])
def test_a_renumbering_that_does_not_fit_the_insertion_is_refused(
        sentence: str, language: str, words: str) -> None:
    error = _refused(sentence, language)
    assert error.code == "P001" and words in error.message
    assert re.search(r"\"(?:le |les |l'|waarbij )", error.message)  # the clause, quoted


def test_the_joined_renumbering_applies_as_two_points() -> None:
    """The same change written as two points ("1° le § 2 devient le § 3; 2° il est inséré
    un § 2 …") gives the same text."""
    joined = _fr(f"Dans l'article 5 de la même loi, il est inséré un § 2 rédigé comme suit : "
                 f"{NEW_FR}, le § 2 actuel devenant le § 3.")
    points = _fr("Dans l'article 5 de la même loi, les modifications suivantes sont apportées "
                 f":\n1° le § 2 devient le § 3;\n2° il est inséré un § 2 rédigé comme suit : "
                 f"{NEW_FR}.")
    assert _apply(joined)[0] == _apply(points)[0]


@pytest.mark.parametrize("act", [
    _fr("Dans l'article 5 de la même loi, les mots « Le chef » sont remplacés par les mots "
        "« Le commandant », et le § 2 actuel devient le § 3."),
    _fr("Dans l'article 5 de la même loi, les mots « Le chef » sont remplacés par les mots "
        "« Le commandant » et le § 2 devient le § 3."),
])
def test_a_renumbering_of_its_own_after_another_change_reads_as_before(
        act: api.AmendingAct) -> None:
    """With a verb of its own, after anything but one insertion, the clause is the
    instruction's second clause, read as it was (no joined renumbering, no refusal)."""
    change, renumber = _ops(act)
    assert change.op == "replace_words" and isinstance(renumber, Renumber)
    assert renumber.target.path == (Step(unit="paragraph", label="2"),)
    assert renumber.new_label == "3" and renumber.history == ()
