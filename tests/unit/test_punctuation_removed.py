"""A unit's final mark removed: "au 3°, le point-virgule est supprimé", "la virgule est
supprimée", Dutch "in de bepaling onder 3° wordt de puntkomma geschrapt / opgeheven".

It was P001 ("a punctuation mark ('le point-virgule') with the predicate 'repeal': only its
replacement is read"). Decided: a mark removed is the mark replaced by nothing, the
``ReplacePunctuation`` of the mark with an empty ``new`` (position ``final``: the mark the
unit's text ends with, found by its place, never by its character); the applier puts a
removal mark where it was (Justel ``[1 ]1`` as for words repealed). The drafter writes no
removal (DraftError, as before for an empty new text). The words are the Conseil d'État's
guide's and the Handleiding's (no real sentence of the formula in ../shared/).
"""

from __future__ import annotations

import pytest
from apply_docs import alinea, amending, article, document, point, text

from consolidate import api
from consolidate.applier import apply
from consolidate.document import akn
from consolidate.errors import ParseError
from consolidate.model import AmendingAct, ReplacePunctuation
from consolidate.parser import parse_text

HEAD_NL = ('---\ntitle-nl: "Wet tot wijziging"\ndate: 2024-03-25\n---\n\n**Artikel 1.** In '
           "artikel 10 van de wet van 16 mei 2001 houdende statuut van de militairen, worden de "
           "volgende wijzigingen aangebracht:\n\n")
HEAD_FR = ('---\ntitle: "Loi modifiant"\ndate: 2024-03-25\n---\n\n**Article 1er.** Dans '
           "l'article 10 de la loi du 16 mai 2001 portant statut des militaires, les "
           "modifications suivantes sont apportées :\n\n")


def read(points: str, language: str = "fr") -> AmendingAct:
    return parse_text((HEAD_NL if language == "nl" else HEAD_FR) + points + "\n",
                      language=language)


def summary(act: AmendingAct) -> list[tuple[str, str, str, str]]:
    return [(op.op, op.target.describe(), str(getattr(op, "old", "")),
             str(getattr(op, "new", ""))) for op in act.operations()]


def test_the_marks_removed_in_french_and_dutch() -> None:
    french = read("a) au 3°, le point-virgule est supprimé;\n\nb) au 4°, la virgule est "
                  "supprimée;\n\nc) au 5°, le point final est abrogé.")
    dutch = read("a) in de bepaling onder 3° wordt de puntkomma geschrapt;\n\nb) in de "
                 "bepaling onder 4° wordt de komma opgeheven;\n\nc) in de bepaling onder 5° "
                 "wordt het punt aan het einde geschrapt.", "nl")
    expected = [("replace_punctuation", "article 10, 3°", ";", ""),
                ("replace_punctuation", "article 10, 4°", ",", ""),
                ("replace_punctuation", "article 10, 5°", ".", "")]
    assert summary(french) == summary(dutch) == expected
    assert all(isinstance(op, ReplacePunctuation) and op.position == "final"
               for op in french.operations())
    assert api.compare(french, dutch).clean


def test_with_words_repealed_it_is_two_operations() -> None:
    act = read("a) au 5°, le mot « et » est supprimé et le point-virgule est supprimé.")
    assert summary(act) == [("repeal_words", "article 10, 5°", "et", ""),
                            ("replace_punctuation", "article 10, 5°", ";", "")]


@pytest.mark.parametrize("points", [
    "a) au 4°, le point-virgule et la virgule sont supprimés.",  # two marks
    "a) le point-virgule est supprimé chaque fois qu'il apparaît.",  # not a final mark
])
def test_what_the_removal_does_not_say_is_refused(points: str) -> None:
    with pytest.raises(ParseError) as raised:
        read(points)
    assert raised.value.code in ("P001", "P007")


def test_the_applier_removes_the_final_mark_only() -> None:
    base = document(article("10", alinea(intro="Sont visés :", items=point(
        "1°", "les officiers, art. 5;") + point("2°", "les sous-officiers;"))))
    (op,) = read("a) au 1°, le point-virgule est supprimé.").operations()
    out, report = apply([base], amending(("2", [op])))
    assert report.ok, report
    assert text(out[0], "article 10, alinéa 1er, 1°") == "les officiers, art. 5"
    assert text(out[0], "article 10, alinéa 1er, 2°") == "les sous-officiers;"
    removed = [span for span in out[0].root.iter(akn("span"))
               if span.get("{urn:x-consolidate:1}removed") == "true"]
    assert len(removed) == 1


def test_a_unit_without_the_mark_is_refused() -> None:
    base = document(article("10", alinea("les officiers.")))
    (op,) = read("a) à l'alinéa 1er, le point-virgule est supprimé.").operations()
    _, report = apply([base], amending(("2", [op])), keep_going=True)
    assert [outcome.error_code for outcome in report.outcomes] == ["A001"]
