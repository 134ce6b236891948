"""The lines after the last article of an act (consolidate/parsing/source.py FINAL_FORMULA):
the place and date of signature of an arrêté ("Bruxelles, le 20 juin 2025.", "Namur, le …",
"Brussel, 16 mei 2025."), "Pour le Gouvernement :", and the Flemish and Brussels promulgation
formulas ("Kondigen dit decreet af, …") are not part of the last article: an entry into force
or an execution article followed by them is read as such, not refused (P001) or taken for an
autonomous rule. Acts written in the style of the Moniteur belge (plain text)."""

from __future__ import annotations

import datetime as dt

from consolidate.parser import parse_text

_AM = """20 JUIN 2025. - Arrêté ministériel modifiant l'arrêté ministériel du 26 novembre 1991 portant les modalités d'application de la réglementation du chômage

La Ministre de l'Emploi,

Vu l'arrêté royal du 25 novembre 1991 portant réglementation du chômage, l'article 36, § 4;

Arrête :

Article 1er. Dans l'article 12 de l'arrêté ministériel du 26 novembre 1991 portant les modalités d'application de la réglementation du chômage, l'alinéa 3 est abrogé.

Art. 2. {last}

{place}

Mme N. DE COOMAN
"""  # noqa: E501 (an act's paragraphs are single lines)


def test_ministerial_order_signed_at_brussels() -> None:
    act = parse_text(_AM.format(last="Le présent arrêté entre en vigueur le 1er juillet 2025.",
                                place="Bruxelles, le 20 juin 2025."), "am.txt")
    last = act.articles[-1]
    assert last.kind == "entry_into_force"
    assert last.entry_into_force[0].date == dt.date(2025, 7, 1)
    assert "DE COOMAN" not in last.text


def test_walloon_order_signed_at_namur() -> None:
    act = parse_text(_AM.format(
        last="La Ministre de l'Action sociale est chargée de l'exécution du présent arrêté.",
        place="Namur, le 15 mai 2025.\n\nPour le Gouvernement :\n\nLe Ministre-Président,"),
        "agw.txt")
    assert act.articles[-1].kind == "execution"
    assert act.articles[-1].text.endswith("présent arrêté.")


def test_a_place_and_date_inside_quoted_new_text_stays_in_it() -> None:
    # a model form in the new text, its closing quote after the line: new text, not a signature
    act = parse_text(_AM.format(
        last="L'article 13 du même arrêté est complété par trois alinéas rédigés comme suit :\n"
             "« Le formulaire porte la mention :\nBruxelles, le 20 juin 2025.\nSignature. »",
        place="Bruxelles, le 20 juin 2025."), "am.txt")
    (operation,) = act.articles[-1].operations
    assert "Bruxelles, le 20 juin 2025." in operation.model_dump_json()


_BVR = """16 MEI 2025. - Besluit van de Vlaamse Regering tot wijziging van het besluit van de Vlaamse Regering van 14 december 2007 houdende vaststelling van het Vlaams reglement betreffende de bodemsanering en de bodembescherming

DE VLAAMSE REGERING,

Gelet op het decreet van 27 oktober 2006 betreffende de bodemsanering en de bodembescherming, artikel 10, § 3;
Na beraadslaging,

BESLUIT:

Artikel 1. In artikel 3 van het besluit van de Vlaamse Regering van 14 december 2007 houdende vaststelling van het Vlaams reglement betreffende de bodemsanering en de bodembescherming wordt het tweede lid opgeheven.

Art. 2. {last}

{place}

De minister-president van de Vlaamse Regering,
M. DIEPENDAELE
"""  # noqa: E501 (an act's paragraphs are single lines)


def test_flemish_government_order_signed_at_brussel() -> None:
    act = parse_text(_BVR.format(
        last="De Vlaamse minister, bevoegd voor het leefmilieu, is belast met de uitvoering van "
             "dit besluit.", place="Brussel, 16 mei 2025."), "bvr.txt", language="nl")
    assert act.articles[-1].kind == "execution"


def test_flemish_decree_promulgation() -> None:
    act = parse_text(_BVR.format(
        last="Dit decreet treedt in werking op 1 januari 2026.",
        place="Kondigen dit decreet af, bevelen dat het in het Belgisch Staatsblad zal worden "
              "bekendgemaakt.\n\nBrussel, 4 april 2025."), "decreet.txt", language="nl")
    last = act.articles[-1]
    assert last.kind == "entry_into_force"
    assert last.entry_into_force[0].date == dt.date(2026, 1, 1)


def test_brussels_ordinance_promulgation_in_dutch() -> None:
    act = parse_text(_BVR.format(
        last="Deze ordonnantie treedt in werking op 1 januari 2026.",
        place="Kondigen deze ordonnantie af, bevelen dat ze in het Belgisch Staatsblad zal "
              "worden bekendgemaakt."), "ordonnantie.txt", language="nl")
    assert act.articles[-1].kind == "entry_into_force"
