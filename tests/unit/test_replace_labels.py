"""A replacing text labelled otherwise than the unit it replaces is an error, never a silent
relabelling (issue 13): "le 2° est remplacé par ce qui suit : "3° …"" once gave the list 1°,
3°, 3°; "L'article 3 … est remplacé par : "Art. 4. …"" once gave an article 3 with the text
of an article 4. The base is the model of the loi du 10 avril 2016 (art. 3: 1°, 2°, 3°)."""

from __future__ import annotations

import pytest

from consolidate import api
from consolidate.errors import LabelConflict, LabelMismatch

LAW = "de la loi du 10 avril 2016 relative au travail à distance au sein de la Défense"
HEAD = f'---\ntitle-fr: "Loi modifiant la loi {LAW[10:]}"\ndate: 2024-06-01\n---\n\n**Art. 1er.** '



def consolidated(sentence: str) -> str:
    base = api.load("seeds/loi-2016-04-10-travail-distance.fr.xml")
    result = api.consolidate(api.parse(text=HEAD + sentence + "\n"), [base])
    text = api.render(result.after[0], "text")
    assert isinstance(text, str)
    return text


def test_an_item_replaced_by_another_label_is_a_label_mismatch() -> None:
    with pytest.raises(LabelMismatch) as caught:
        consolidated(f'Dans l\'article 3 {LAW}, le 2° est remplacé par ce qui suit : '
                     '"3° lieu de travail à distance : le domicile du militaire ;".')
    assert caught.value.code == "A006"
    assert "labelled 3° but replaces item 2°" in caught.value.message
    assert caught.value.context.target == "loi du 2016-04-10, article 3, 2°"


def test_an_article_replaced_by_another_number_is_a_label_mismatch() -> None:
    with pytest.raises(LabelMismatch, match="labelled 4 but replaces article 3"):
        consolidated(f'L\'article 3 {LAW} est remplacé par ce qui suit : '
                     '"Art. 4. Pour l\'application de la présente loi, on entend par chef de '
                     'corps le commandant de l\'unité."')


def test_a_second_replacing_item_that_exists_already_is_a_label_conflict() -> None:
    with pytest.raises(LabelConflict) as caught:
        consolidated(f'Dans l\'article 3 {LAW}, le 2° est remplacé par ce qui suit : '
                     '"2° lieu de travail à distance : le domicile du militaire ;\n'
                     '3° bureau satellite : un local de la Défense ;".')
    assert caught.value.code == "A004"
    assert "cannot insert 3°: it already exists" in caught.value.message


def test_the_same_label_and_a_free_following_label_are_accepted() -> None:
    text = consolidated(f'Dans l\'article 3 {LAW}, le 2° est remplacé par ce qui suit : '
                        '"2° lieu de travail à distance : le domicile du militaire ;\n'
                        '2°/1 bureau satellite : un local de la Défense ;".')
    assert "2° lieu de travail à distance : le domicile du militaire ;\n2°/1 bureau satellite" \
        in text
    assert "\n3° chef de corps" in text
    same = consolidated(f'L\'article 3 {LAW} est remplacé par ce qui suit : '
                        '"Art. 3. Pour l\'application de la présente loi, on entend par chef '
                        'de corps le commandant de l\'unité."')
    assert "Art. 3. Pour l'application de la présente loi, on entend par chef de corps" in same


def test_an_unlabelled_replacing_item_keeps_the_label() -> None:
    text = consolidated(f'Dans l\'article 3 {LAW}, le 2° est remplacé par ce qui suit : '
                        '"lieu de travail à distance : le domicile du militaire ;".')
    assert "\n2° lieu de travail à distance : le domicile du militaire ;\n3° chef" in text


RESERVE = "de la loi du 16 mai 2001 portant statut des militaires du cadre de réserve des Forces " \
    "armées"


def test_a_paragraph_replaced_by_another_number_is_a_label_mismatch() -> None:
    base = api.load("seeds/loi-2001-05-16-statut-reserve.fr.xml")
    head = HEAD.replace(LAW[10:], RESERVE[10:])
    act = api.parse(text=head + f"Dans l'article 19 {RESERVE}, le § 2 est remplacé par ce qui "
                    'suit : "§ 3. La résiliation du rengagement entraîne la perte de la qualité '
                    'de militaire de réserve."\n')
    with pytest.raises(LabelMismatch, match="labelled 3 but replaces § 2"):
        api.consolidate(act, [base])
    same = api.parse(text=head + f"Dans l'article 19 {RESERVE}, le § 2 est remplacé par ce qui "
                     'suit : "§ 2. La résiliation du rengagement entraîne la perte de la '
                     'qualité de militaire de réserve."\n')
    text = api.render(api.consolidate(same, [base]).after[0], "text")
    assert "§ 2. La résiliation du rengagement entraîne la perte de la qualité de militaire " \
        "de réserve.\n\nArt. 20." in text  # a blank line between articles, as Justel
