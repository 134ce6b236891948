""""L'alinéa unique est complété par les mots « … »" when the alinéa ends with its
enumeration (Dutch "het enige lid wordt aangevuld met de woorden …"): the end of the
alinéa's text is its last item's, but the words may complete that item or the words that
introduce the items; the formula does not say which: refused (A005), the text untouched
(docs/apply.md, "Words"). Naming the item or the phrase liminaire is applied; a conjunction
alone joins the unit to the next and goes at its very end."""

from __future__ import annotations

from consolidate import api
from consolidate.justel import read_text, write_justel

BASE = """10 OCTOBRE 1967. - Loi relative aux essais

Art. 5. Le Roi fixe les conditions :
1° de l'agrément des laboratoires;
2° du retrait de l'agrément.

Art. 6. Les laboratoires agréés sont :
1° les laboratoires publics;
2° les laboratoires privés :
a) établis en Belgique;
b) établis dans un autre Etat membre;

Art. 7. Le Ministre publie la liste.
"""

TITLE = "12 JUIN 2025. - Loi modifiant la loi du 10 octobre 1967 relative aux essais"
FIRST = "Article 1er. La présente loi règle une matière visée à l'article 74 de la Constitution."
LAW = "la loi du 10 octobre 1967 relative aux essais"


def _apply(base: str, *articles: str, title: str = TITLE, first: str = FIRST
           ) -> tuple[str, api.Report]:
    act = api.parse(text="\n\n".join([title, first, *articles]) + "\n", source="act.txt")
    (after,), report = api.apply([read_text(base, source="base.txt")], act, keep_going=True)
    return write_justel(after), report


def test_words_completing_an_alinea_that_ends_with_its_items_are_refused() -> None:
    justel, report = _apply(BASE, f"Art. 2. L'article 5, alinéa unique, de {LAW} est complété "
                            "par les mots « , après avis du Conseil supérieur ».")
    (outcome,) = report.outcomes
    assert (outcome.status, outcome.error_code) == ("failed", "A005")
    message = outcome.message or ""
    assert "ends with an enumeration" in message and "du retrait de l'agrément" in message
    assert "amending art. 2" in message and "article 5" in message
    assert justel == BASE


def test_the_whole_article_ending_with_items_is_refused_too() -> None:
    """"L'article 5 est complété par les mots …", "à la fin de l'article 5, les mots … sont
    insérés": the same question."""
    for text in (f"Art. 2. L'article 5 de {LAW} est complété par les mots « , après avis ».",
                 f"Art. 2. Dans l'article 5 de {LAW}, in fine, les mots « , après avis » sont "
                 "ajoutés."):
        justel, report = _apply(BASE, text)
        (outcome,) = report.outcomes
        assert (outcome.status, outcome.error_code) == ("failed", "A005"), text
        assert justel == BASE


def test_an_item_with_sub_items_is_refused_but_not_a_conjunction() -> None:
    """The 2° of article 6 ends with its a) and b): words are refused; "et" alone joins the 2°
    to a 3° and goes at its very end, after the ";" (as for any item)."""
    _, report = _apply(BASE, f"Art. 2. Dans l'article 6 de {LAW}, le 2° est complété par les "
                       "mots « , agréés par le Ministre ».")
    assert [o.error_code for o in report.outcomes] == ["A005"]
    justel, report = _apply(BASE, f"Art. 2. Dans l'article 6 de {LAW}, le 2° est complété par "
                            "le mot « et ».")
    assert report.ok, report.outcomes
    assert "b) établis dans un autre Etat membre; [1 et]1\n" in justel


def test_naming_the_item_or_the_phrase_liminaire_is_applied() -> None:
    justel, report = _apply(BASE, f"Art. 2. Dans l'article 5 de {LAW}, le 2° est complété par "
                            "les mots « , après avis du Conseil »")
    assert report.ok, report.outcomes
    assert "2° du retrait de l'agrément[1 , après avis du Conseil]1." in justel
    justel, report = _apply(BASE, f"Art. 2. Dans l'article 5 de {LAW}, la phrase liminaire est "
                            "complétée par les mots « suivantes »")
    assert report.ok, report.outcomes
    assert "Art. 5. Le Roi fixe les conditions [1 suivantes]1 :" in justel


DUTCH = """10 OKTOBER 1967. - Wet betreffende de proeven

Art. 5. De Koning bepaalt de voorwaarden :
1° voor de erkenning van de laboratoria;
2° voor de intrekking van de erkenning.

Art. 6. Zes.
"""


def test_the_dutch_formula_is_refused_the_same_way() -> None:
    """"Het enige lid van artikel 5 … wordt aangevuld met de woorden …"."""
    justel, report = _apply(
        DUTCH, "Art. 2. Het enige lid van artikel 5 van de wet van 10 oktober 1967 betreffende "
        "de proeven wordt aangevuld met de woorden \", na advies van de Hoge Raad\".",
        title="12 JUNI 2025. - Wet tot wijziging van de wet van 10 oktober 1967 betreffende de "
        "proeven", first="Artikel 1. Deze wet regelt een aangelegenheid als bedoeld in artikel "
        "74 van de Grondwet.")
    (outcome,) = report.outcomes
    assert (outcome.status, outcome.error_code) == ("failed", "A005")
    assert "ends with an enumeration" in (outcome.message or "")
    assert justel == DUTCH
