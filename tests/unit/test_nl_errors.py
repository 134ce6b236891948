"""The refusals of a Dutch amending act: a coded error in Dutch words, never a
"transitional" or "autonomous" article (consolidate/lang/nl_messages.py).

Real sentences from ../shared/data/excerpts/nl/, some with one defect put in (said so in the
comment), in a minimal Dutch act; the same failure in a French act stays in English.
"""

from __future__ import annotations

import re
import string

import pytest
from conftest import shared_path

from consolidate.errors import ParseError
from consolidate.lang.nl_messages import MESSAGES, dutch
from consolidate.parser import parse_text

HEAD = ('---\ntitle-nl: "Ordonnantie tot wijziging"\ndate: 2018-06-14\n---\n\n**Artikel 1.** '
        "Deze ordonnantie regelt een aangelegenheid als bedoeld in artikel 39 van de Grondwet."
        "\n\n**Art. 2.** ")


def refused(article: str) -> ParseError:
    with pytest.raises(ParseError) as caught:
        parse_text(HEAD + article + "\n", "test.md", language="nl")
    assert caught.value.article == "2"
    assert caught.value.message.startswith("artikel 2"), caught.value.message
    return caught.value


def test_an_unknown_verb_is_an_unknown_formula_not_a_rule_of_the_act() -> None:
    # 2016031469, art. 2 ("Artikel 8 van de ordonnantie van 14 mei 1998 … wordt vervangen als
    # volgt") with "vervangen" put as "geschorst" and its block left out
    error = refused("Artikel 8 van de ordonnantie van 14 mei 1998 houdende regeling van het "
                    "administratief toezicht op de gemeenten van het Brussels Hoofdstedelijk "
                    "Gewest wordt geschorst.")
    assert error.code == "P001"
    assert error.message.startswith("artikel 2: onbekende formule 'geschorst': ")
    assert "vervangen, ingevoegd, aangevuld, opgeheven" in error.message


@pytest.mark.parametrize("formula", ["komt te luiden als volgt:", "komt te vervallen."])
def test_a_formula_of_the_netherlands_is_refused(formula: str) -> None:
    # 2016031469, art. 2 with the formula of the Netherlands for "wordt vervangen als volgt"
    text = ("Artikel 8 van de ordonnantie van 14 mei 1998 houdende regeling van het "
            f"administratief toezicht op de gemeenten van het Brussels Hoofdstedelijk Gewest "
            f"{formula}")
    if formula.endswith(":"):
        text += '\n" Art. 8. De Regering kan … ".'
    error = refused(text)
    assert error.code == "P001"
    assert "onbekende formule 'te " in error.message
    assert "formules van Nederland" in error.message


@pytest.mark.parametrize("rule", [
    # the subject is a commission "bedoeld bij artikel 5 van de wet …", not the article
    "De bij artikel 5 van de wet van 16 mei 2001 bedoelde commissie wordt opgericht bij de "
    "Regering.",
    # an interpretative rule, and the execution of an article: rules of the act itself
    "Artikel 5 van de wet van 16 mei 2001 wordt geïnterpreteerd in die zin dat het ook de "
    "militairen van het reservekader betreft.",
    "Aan artikel 5 van de wet van 16 mei 2001 wordt uitvoering gegeven.",
])
def test_a_rule_that_cites_an_article_of_another_act_stays_a_rule(rule: str) -> None:
    act = parse_text(HEAD + rule + "\n", language="nl")
    assert [article.kind for article in act.articles] == ["constitutional_basis",
                                                          "autonomous"]


def test_amending_vocabulary_that_no_rule_reads() -> None:
    # 2002031409, art. 3 ("… worden de woorden " de basisdossiers en " geschrapt.") with
    # "geschrapt" put as "verwijderd"
    error = refused("In artikel 9, tweede lid, van de ordonnantie van 29 augustus 1991 houdende "
                    'organisatie van de planning en de stedenbouw worden de woorden " de '
                    'basisdossiers en " verwijderd.')
    assert error.code == "P001"
    assert error.message.startswith("artikel 2: dit artikel gebruikt woorden van een "
                                    "wijzigingsbepaling")
    assert '"In artikel N van <akte> worden de woorden … vervangen door …"' in error.message


def test_a_lead_in_without_points() -> None:
    # 2020041637, art. 2 with its points left out
    error = refused("In artikel 38 van de ordonnantie van 20 oktober 2006 tot opstelling van "
                    "een kader voor het waterbeleid, laatst gewijzigd bij de ordonnantie van 16 "
                    "mei 2019, worden de volgende wijzigingen aangebracht :")
    assert error.code == "P001"
    assert error.message == ("artikel 2: de inleidende zin kondigt wijzigingen aan, maar er "
                             "volgt geen punt 'a)', '1.' of '1°'")


def test_a_designation_no_rule_reads() -> None:
    # 2018012873, art. 1 with "eveneens" put in the designation
    error = refused('In artikel 234, § 3, eveneens van de Nieuwe Gemeentewet wordt het bedrag '
                    '"135.000 euro" vervangen door het bedrag "144.000 euro".')
    assert error.code == "P007"
    assert error.message.startswith("artikel 2: de aanduiding is onleesbaar: geen regel leest "
                                    "'eveneens'")


def test_new_text_neither_quoted_nor_a_list_of_tirets_in_a_point() -> None:
    # 1998031287, art. 2, 2°, with its new text put after the colon on the same line
    error = refused(
        "In artikel 2 van de ordonnantie van 12 december 1991 houdende oprichting van "
        "begrotingsfondsen worden de volgende wijzigingen aangebracht :\n1° de bepaling onder 9°, "
        "eerste lid, eerste streepje, wordt opgeheven;\n2° de bepaling onder 11°, eerste lid, "
        "eerste streepje, wordt vervangen door de volgende bepalingen : de opbrengst van de "
        "heffing op de lozing van afvalwater;")
    assert error.code == "P001"
    assert error.message.startswith("artikel 2, punt 2°: geen regel leest ")
    assert "na het predicaat 'replace'" in error.message


def test_an_unterminated_quote() -> None:
    # 2018012873, art. 1 with the closing quote of the first words left out
    error = refused('In artikel 234, § 3, van de Nieuwe Gemeentewet wordt het bedrag "135.000 '
                    'euro vervangen door het bedrag "144.000 euro".')
    assert error.code == "P002"
    assert "aanhalingsteken niet gesloten" in error.message


def test_an_unterminated_quote_read_to_the_end_is_a_dutch_warning() -> None:
    # 2018012873, art. 1 with the last quote left open: read, with a warning in Dutch
    act = parse_text(HEAD + 'In artikel 234, § 3, van de Nieuwe Gemeentewet wordt het bedrag '
                     '"135.000 euro" vervangen door het bedrag "144.000 euro.\n', language="nl",
                     keep_going=True)
    assert [(op.old, op.new) for op in act.operations()] == [("135.000 euro", "144.000 euro")]
    [warning] = act.problems
    assert (warning.code, warning.severity) == ("P002", "warning")
    assert warning.message == ("artikel 2: aanhalingsteken niet gesloten: de aangehaalde woorden "
                               "lopen tot het einde van het artikel")


def test_a_form_of_an_annex_is_refused_in_dutch() -> None:
    # 1998000072, art. 1 ("De bijlage 10 ter, gevoegd bij dit besluit, wordt ingevoegd in de
    # bijlagen bij het koninklijk besluit van 8 oktober 1981 …", read: test_annexes.py) made
    # to repeal a form ("formulier") of an annex, which no rule reads
    error = refused("Het formulier van bijlage 10 bij het koninklijk besluit van 8 oktober 1981 "
                    "betreffende de toegang tot het grondgebied wordt opgeheven.")
    assert error.code == "P010"
    assert error.message.startswith("artikel 2: niet ondersteund: deze opdracht wijzigt een "
                                    "bijlage of een tabel")


def test_a_french_act_keeps_its_errors_in_english() -> None:
    # 2018012873, art. 1er (French) with the closing quote of the first words left out
    text = ('---\ntitle-fr: "Arrêté modifiant la Nouvelle loi communale"\ndate: 2018-06-14\n'
            "---\n\n**Article 1er.** A l'article 234, § 3, de la Nouvelle loi communale, le "
            'montant de "135.000 euros est remplacé par le montant de "144.000 euros".\n')
    with pytest.raises(ParseError) as caught:
        parse_text(text)
    assert caught.value.message.startswith("article 1er: unterminated quote")


def test_every_dutch_message_has_its_pattern_and_words() -> None:
    # each template fills from its own groups; the place is translated, a message no
    # pattern reads stays as it is
    for pattern, template in MESSAGES:
        fields = {name for _, name, _, _ in string.Formatter().parse(template) if name}
        assert fields <= {*re.compile(pattern).groupindex, "verb_part"}, pattern
    assert dutch("article 3, point 1° a): the quoted block is empty") == (
        "artikel 3, punt 1° a): de aangehaalde tekst is leeg")
    assert dutch("article 3: something new") == "article 3: something new"


def test_the_error_shows_the_line_as_written() -> None:
    # 1998000072: the caret line is the act's own ("**Artikel 1.**", not the heading the
    # article splitter reads); "het formulier van" put in, which no rule reads
    text = shared_path("data/excerpts/nl/1998000072/act.nl.md").read_text(encoding="utf-8")
    text = text.replace("De bijlage 10 ter", "Het formulier van bijlage 10 ter")
    with pytest.raises(ParseError) as caught:
        parse_text(text, language="nl")
    location = caught.value.location
    assert location is not None and location.line_text.startswith("**Artikel 1.** Het formulier")
    assert location.line_text[location.column - 1 :].startswith("formulier")


def test_the_warnings_of_a_dutch_act_are_in_dutch_words() -> None:
    # 2020041637, art. 2, numbered 3 (an article missing before it: P012), with a point that
    # concerns only the French text (P013) before its point 2°
    text = ('---\ntitle-nl: "Ordonnantie tot wijziging"\ndate: 2020-06-11\n---\n\n'
            "**Artikel 1.** Deze ordonnantie regelt een aangelegenheid als bedoeld in artikel 39 "
            "van de Grondwet.\n\n**Art. 3.** In artikel 38 van de ordonnantie van 20 oktober "
            "2006 tot opstelling van een kader voor het waterbeleid, laatst gewijzigd bij de "
            "ordonnantie van 16 mei 2019, worden de volgende wijzigingen aangebracht :\n"
            "1° (betreft enkel de Franse tekst) ;\n2° de paragrafen 4 tot en met 7 worden "
            "opgeheven.\n")
    act = parse_text(text, language="nl", keep_going=True)
    assert [(p.code, p.message) for p in act.problems] == [
        ("P012", "artikel 3: de nummering van de artikelen springt naar 3 (verwacht: 2): er "
                 "ontbreken artikelen in deze tekst"),
        ("P013", 'artikel 3, punt 1°: betreft alleen de Franse tekst ("(betreft enkel de Franse '
                 'tekst)"): de bewerking staat in de tekst van de akte in die taal')]
    [repeal] = act.operations()
    assert repeal.source.point == "2°"


def test_a_malformed_front_matter_in_dutch_words() -> None:
    # the front matter of 2020041637 with an impossible date
    with pytest.raises(ParseError) as caught:
        parse_text('---\ntitle-nl: "Ordonnantie tot wijziging"\ndate: 2020-13-11\n---\n\n'
                   "**Artikel 1.** Deze ordonnantie regelt een aangelegenheid als bedoeld in "
                   "artikel 39 van de Grondwet.\n", language="nl")
    assert caught.value.code == "P005"
    assert caught.value.message == ("de datum '2020-13-11' van de voorpagina is geen datum "
                                    "(verwacht: JJJJ-MM-DD)")


def test_a_participle_without_its_auxiliary() -> None:
    # 2013031159, art. 4 ("Artikel 98, § 2/2, van hetzelfde Wetboek wordt geschrapt.") with
    # its auxiliary left out and the Code named: an unknown formula, not a rule of the act
    error = refused("Artikel 98, § 2/2, van het Brussels Wetboek van Ruimtelijke Ordening "
                    "geschrapt.")
    assert error.code == "P001"
    assert error.message.startswith("artikel 2: onbekende formule 'geschrapt'")


def test_a_word_after_the_date_is_no_title_in_dutch() -> None:
    # "de bij artikel 5 van de wet van … bedoelde commissie": "bedoelde commissie" is not the
    # title of the wet (a Dutch title starts with "houdende", "betreffende", "tot" …); the
    # sentence designates no unit it amends: refused, never an operation on article 5
    error = refused("De bij artikel 5 van de wet van 16 mei 2001 bedoelde commissie wordt "
                    "opgeheven.")
    assert error.code == "P007"
    assert "'bedoelde commissie'" in error.message
