"""Labels never cut short (parsing/units.py ARTICLE_LABEL and the labels of a mention,
parsing/clauses.py ``_LOOSE_LABEL``): "l'article 1.7.1-1" (Code de l'enseignement fondamental
et de l'enseignement secondaire: dots and dashes) is article 1.7.1-1 — it was article 1.7.1,
the "-1" dropped; "l'article 1.D" / "1er.D" (Code wallon du Tourisme, a shape the model has not)
and "le chapitre 1.2" (a division's label is no "1.2") are refused (P007) — they were article 1,
article 1er and chapter 1, the rest dropped silently."""

from __future__ import annotations

import pytest

from consolidate.errors import ParseError
from consolidate.parser import parse_text

_ACT = ("12 JUIN 2025. - Décret modifiant divers codes\n\nArticle 1er. {sentence}\n")
_CODE = "Code de l'enseignement fondamental et de l'enseignement secondaire"


def test_dots_and_dashes() -> None:
    act = parse_text(_ACT.format(sentence=f"Dans l'article 1.7.1-1, alinéa 2, du {_CODE}, les "
                                          "mots « A » sont remplacés par les mots « B »."), "d.txt")
    (operation,) = act.articles[0].operations
    assert operation.target.article == "1.7.1-1"
    assert [step.label for step in operation.target.path] == ["2"]


@pytest.mark.parametrize(("sentence", "rest"), [
    ("Dans l'article 1.D du Code wallon du Tourisme, les mots « A » sont remplacés par les mots "
     "« B ».", "1.D"),
    ("Dans l'article 1er.D du Code wallon du Tourisme, les mots « A » sont remplacés par les "
     "mots « B ».", "1er.D"),
    (f"Dans le chapitre 1.2 du {_CODE}, il est inséré un article 1.2.3-1 rédigé comme suit :\n"
     "« Art. 1.2.3-1. Texte. »", ".2"),
])
def test_a_label_no_rule_reads_whole_is_refused(sentence: str, rest: str) -> None:
    with pytest.raises(ParseError) as refused:
        parse_text(_ACT.format(sentence=sentence), "d.txt")
    assert refused.value.code == "P007"
    assert rest in str(refused.value)


@pytest.mark.parametrize("place", ["5, A, 1°,", "5, § 1er, A, 1°,"])
def test_a_capital_letter_between_commas_is_refused(place: str) -> None:
    # "A" is a glue word (the preposition "à" without its accent), never a unit dropped
    with pytest.raises(ParseError) as refused:
        parse_text(_ACT.format(sentence=f"Dans l'article {place} du Code judiciaire, les mots "
                                        "« X » sont remplacés par les mots « Y »."), "l.txt")
    assert refused.value.code == "P007" and "'A'" in str(refused.value)
