"""The standard Dutch formulas of Belgian drafting read as their French counterparts.

Each case is one amending article in the exact words of the Raad van State's guide
("Beginselen van de wetgevingstechniek — Handleiding voor het opstellen van wetgevende en
reglementaire teksten", its wijzigingsbepalingen and inwerkingtreding formulas; the French
"Principes de technique législative" beside it) — no real Dutch sentence of these formulas is
in ../shared/data/excerpts/nl/ (where a phrase is attested elsewhere in shared/, the comment
says where). The Dutch text must give the operations listed, and the bilingual check
(``consolidate.compare``) of the Dutch text against its French counterpart must be clean:
the same operations, targets, counts and entry-into-force rules.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from consolidate import api
from consolidate.cli.parse_cmd import describe_operation
from consolidate.errors import ParseError
from consolidate.model import AmendingAct
from consolidate.parser import parse_text

HEAD_NL = ('---\ntitle-nl: "Wet tot wijziging"\ndate: 2024-03-25\n---\n\n**Artikel 1.** Deze '
           "wet regelt een aangelegenheid als bedoeld in artikel 74 van de Grondwet.\n\n"
           "**Art. 2.** ")
HEAD_FR = ('---\ntitle: "Loi modifiant"\ndate: 2024-03-25\n---\n\n**Article 1er.** La présente '
           "loi règle une matière visée à l'article 74 de la Constitution.\n\n**Art. 2.** ")
W = "van de wet van 16 mei 2001 houdende statuut van de militairen"
L = "de la loi du 16 mai 2001 portant statut des militaires"
#: an amending article before an entry into force (art. 3 of the cases below)
W_REPEAL = f"Artikel 4 {W} wordt opgeheven.\n\n**Art. 3.** "
L_REPEAL = f"L'article 4 {L} est abrogé.\n\n**Art. 3.** "


def read(text: str, language: str) -> AmendingAct:
    return parse_text((HEAD_NL if language == "nl" else HEAD_FR) + text + "\n",
                      language=language)


def lines(act: AmendingAct) -> list[str]:
    return [re.sub(r"\s+", " ", describe_operation(op)) for op in act.operations()]


def assert_same_as_french(dutch: AmendingAct, french: str) -> None:
    comparison = api.compare(read(french, "fr"), dutch)
    assert comparison.clean, [d.describe() for d in comparison.divergences]
    assert not comparison.one_sided


CASES: list[tuple[str, str, str, list[str]]] = [
    ("wordt hersteld in de volgende lezing",
     f"Artikel 5 {W}, opgeheven bij de wet van 19 juli 2018, wordt hersteld in de volgende "
     'lezing:\n\n"Art. 5. De Koning bepaalt de nadere regels."',
     f"L'article 5 {L}, abrogé par la loi du 19 juillet 2018, est rétabli dans la rédaction "
     "suivante :\n\n\"Art. 5. Le Roi fixe les modalités.\"",
     ['art. 2 restore_unit loi du 2001-05-16, article 5 [nl]: restore as 1 article: 5 "De '
      'Koning bepaalt de nadere regels."']),
    ("wordt aangevuld met de zin",
     f'Artikel 5, tweede lid, {W} wordt aangevuld met de zin "De Koning bepaalt de nadere '
     'regels."',
     f"L'article 5, alinéa 2, {L} est complété par la phrase \"Le Roi fixe les modalités.\"",
     # a sentence added at the end (appended as words, it went before the alinéa's final
     # point: "… regels.." — both texts, until 3 December 2026)
     ['art. 2 insert_unit loi du 2001-05-16, article 5, alinéa 2 [nl]: insert 1 sentence: "De '
      'Koning bepaalt de nadere regels." at the end']),
    ("Artikel 5 wordt artikel 6",
     f"Artikel 5 {W} wordt artikel 6.",
     f"L'article 5 {L} devient l'article 6.",
     ["art. 2 renumber loi du 2001-05-16, article 5 [nl]: renumber as 6"]),
    ("De artikelen 15 en 16 worden de artikelen 16 en 17",
     f"De artikelen 15 en 16 {W} worden de artikelen 16 en 17.",
     f"Les articles 15 et 16 {L} deviennent les articles 16 et 17.",
     # the 16 first: the 15 takes its number once it is free (parsing/renumber_order.py)
     ["art. 2 renumber loi du 2001-05-16, article 16 [nl]: renumber as 17",
      "art. 2 renumber loi du 2001-05-16, article 15 [nl]: renumber as 16"]),
    ("paragraaf 3 wordt paragraaf 4, in a point",
     f"In artikel 5 {W} worden de volgende wijzigingen aangebracht:\n\n1° paragraaf 3 wordt "
     "paragraaf 4;\n\n2° er wordt een paragraaf 3 ingevoegd, luidende:\n\n\"§ 3. De Koning "
     'bepaalt de nadere regels."',
     f"A l'article 5 {L}, les modifications suivantes sont apportées :\n\n1° le § 3 devient le "
     "§ 4;\n\n2° il est inséré un § 3 rédigé comme suit :\n\n\"§ 3. Le Roi fixe les "
     'modalités."',
     ["art. 2, 1° renumber loi du 2001-05-16, article 5, § 3 [nl]: renumber as 4",
      'art. 2, 2° insert_unit loi du 2001-05-16, article 5 [nl]: insert 1 paragraph: 3 "De '
      'Koning bepaalt de nadere regels." label ?']),
    ("een afdeling ingevoegd, die de artikelen 10/1 tot 10/3 bevat",
     f"In hoofdstuk II {W} wordt een afdeling 3 ingevoegd, die de artikelen 10/1 tot 10/3 "
     'bevat, luidende:\n\n"Afdeling 3. - Bijzondere bepalingen\n\nArt. 10/1. Een.\n\nArt. '
     '10/2. Twee.\n\nArt. 10/3. Drie."',
     f"Dans le chapitre II {L}, il est inséré une section 3, comportant les articles 10/1 à "
     "10/3, rédigée comme suit :\n\n\"Section 3. - Dispositions particulières\n\nArt. 10/1. "
     'Un.\n\nArt. 10/2. Deux.\n\nArt. 10/3. Trois."',
     ['art. 2 insert_unit loi du 2001-05-16, chapitre II [nl]: insert 1 section: 3 "Bijzondere '
      'bepalingen" with 3 items label ?']),
    ("laatstelijk gewijzigd bij",
     f"Artikel 5 {W}, laatstelijk gewijzigd bij de wet van 4 juni 2012, wordt opgeheven.",
     f"L'article 5 {L}, modifié en dernier lieu par la loi du 4 juin 2012, est abrogé.",
     ["art. 2 repeal_unit loi du 2001-05-16, article 5 [nl]: repeal the unit"]),
    ("van de voormelde wet van …",
     # "van de voornoemde wet van 8 april 1965": the Dutch Strafwetboek page (justel/)
     f"Artikel 4 {W} wordt opgeheven.\n\n**Art. 3.** Artikel 5 van de voormelde wet van 16 mei "
     "2001 wordt opgeheven.",
     f"L'article 4 {L} est abrogé.\n\n**Art. 3.** L'article 5 de la loi du 16 mai 2001 "
     "précitée est abrogé.",
     ["art. 2 repeal_unit loi du 2001-05-16, article 4 [nl]: repeal the unit",
      "art. 3 repeal_unit loi du 2001-05-16, article 5 [nl]: repeal the unit"]),
    ("van de wet van … voormeld",
     f"Artikel 4 {W} wordt opgeheven.\n\n**Art. 3.** Artikel 5 van de wet van 16 mei 2001 "
     "voormeld wordt opgeheven.",
     f"L'article 4 {L} est abrogé.\n\n**Art. 3.** L'article 5 de la loi du 16 mai 2001 "
     "précitée est abrogé.",
     ["art. 2 repeal_unit loi du 2001-05-16, article 4 [nl]: repeal the unit",
      "art. 3 repeal_unit loi du 2001-05-16, article 5 [nl]: repeal the unit"]),
    ("waarvan de bestaande tekst § 1 zal vormen",
     f"Artikel 5 {W}, waarvan de bestaande tekst § 1 zal vormen, wordt aangevuld met een § 2, "
     'luidende:\n\n"§ 2. De Koning bepaalt de nadere regels."',
     f"L'article 5 {L}, dont le texte actuel formera le § 1er, est complété par un § 2 rédigé "
     "comme suit :\n\n\"§ 2. Le Roi fixe les modalités.\"",
     ["art. 2 wrap_unit loi du 2001-05-16, article 5 [nl]: its present text becomes its "
      "paragraph 1",
      'art. 2 insert_unit loi du 2001-05-16, article 5 [nl]: insert 1 paragraph: 2 "De Koning '
      'bepaalt de nadere regels." at the end']),
    ("waarvan de bestaande tekst afdeling 1 met als opschrift … zal vormen (and the French "
     "wrap after a comma: 2011012030 art. 10 has none)",
     f"In titel III {W} wordt in hoofdstuk III, waarvan de bestaande tekst afdeling 1 met als "
     'opschrift "Algemene regeling" zal vormen, een afdeling 2 ingevoegd, met als opschrift '
     '"Bijzondere regeling".',
     f"Dans le titre III {L}, le chapitre III, dont le texte actuel formera la section 1re "
     'intitulée "Régime général", il est inséré une section 2 intitulée "Régime particulier".',
     ["art. 2 wrap_unit loi du 2001-05-16, titre III, chapitre III [nl]: its present text "
      'becomes its section 1 "Algemene regeling"',
      "art. 2 insert_unit loi du 2001-05-16, titre III, chapitre III [nl]: insert 1 section: 2 "
      '"Bijzondere regeling" label ?']),
    ("vernietigd bij arrest nr. … van het Grondwettelijk Hof, hersteld",
     f"In artikel 5 {W} wordt paragraaf 2, vernietigd bij arrest nr. 12/2019 van het "
     'Grondwettelijk Hof, hersteld als volgt:\n\n"§ 2. De Koning bepaalt de nadere regels."',
     f"Dans l'article 5 {L}, le § 2, annulé par l'arrêt n° 12/2019 de la Cour "
     "constitutionnelle, est rétabli dans la rédaction suivante :\n\n\"§ 2. Le Roi fixe les "
     'modalités."',
     ['art. 2 restore_unit loi du 2001-05-16, article 5, § 2 [nl]: restore as 1 paragraph: 2 '
      '"De Koning bepaalt de nadere regels."']),
    ("een onderafdeling ingevoegd, met als opschrift",
     f'In hoofdstuk II, afdeling 2, {W} wordt een onderafdeling 3 ingevoegd, met als opschrift '
     '"Regeling".',
     f"Dans le chapitre II, section 2, {L}, il est inséré une sous-section 3 intitulée "
     '"Régime".',
     ['art. 2 insert_unit loi du 2001-05-16, chapitre II, section 2 [nl]: insert 1 subsection: '
      '3 "Regeling" label ?']),
    ("het derde lid wordt het vierde lid; de bepaling onder 3° wordt de bepaling onder 4°",
     f"In artikel 5 {W} worden de volgende wijzigingen aangebracht:\n\n1° het derde lid wordt "
     "het vierde lid;\n\n2° de bepaling onder 3° wordt de bepaling onder 4°;\n\n3° § 3 wordt "
     "§ 4.",
     f"A l'article 5 {L}, les modifications suivantes sont apportées :\n\n1° l'alinéa 3 "
     "devient l'alinéa 4;\n\n2° le 3° devient le 4°;\n\n3° le § 3 devient le § 4.",
     ["art. 2, 1° renumber loi du 2001-05-16, article 5, alinéa 3 [nl]: renumber as 4",
      "art. 2, 2° renumber loi du 2001-05-16, article 5, 3° [nl]: renumber as 4°",
      "art. 2, 3° renumber loi du 2001-05-16, article 5, § 3 [nl]: renumber as 4"]),
    ("wordt een artikel 2:143/1 ingevoegd (a label of the Wetboek van vennootschappen en "
     "verenigingen: its colon is no end of the clause, its block heading is read)",
     "In boek 2, titel 3, van het Wetboek van vennootschappen en verenigingen wordt een artikel "
     '2:143/1 ingevoegd, luidende:\n\n"Art. 2:143/1. Een."',
     "Dans le livre 2, titre 3, du Code des sociétés et des associations, il est inséré un "
     "article 2:143/1 rédigé comme suit :\n\n\"Art. 2:143/1. Un.\"",
     ["art. 2 insert_unit Code des sociétés et des associations, livre 2, titre 3 [nl]: insert "
      '1 article: 2:143/1 "Een." label ?']),
    ("het eerste tot en met het derde lid (was: alinéa 3 only)",
     f"In artikel 5 {W} worden het eerste tot en met het derde lid opgeheven.",
     f"Dans l'article 5 {L}, les alinéas 1er à 3 sont abrogés.",
     ["art. 2 repeal_unit loi du 2001-05-16, article 5, alinéa 1er à alinéa 3 [nl]: repeal the "
      "unit"]),
    ("de laatste twee zinnen (the count after the ordinal; was: the whole alinéa repealed)",
     f"In artikel 5, eerste lid, {W} worden de laatste twee zinnen opgeheven.",
     f"Dans l'article 5, alinéa 1er, {L}, les deux dernières phrases sont abrogées.",
     ['art. 2 repeal_unit loi du 2001-05-16, article 5, alinéa 1er, phrase "#-2" [nl]: repeal '
      'the unit',
      'art. 2 repeal_unit loi du 2001-05-16, article 5, alinéa 1er, phrase "#-1" [nl]: repeal '
      'the unit']),
    ("tussen het tweede en het derde lid (the French with its place after the act's title)",
     f"In artikel 5 {W} wordt tussen het tweede en het derde lid een lid ingevoegd, luidende:"
     '\n\n"De Koning bepaalt de nadere regels."',
     f"Dans l'article 5 {L}, entre les alinéas 2 et 3, il est inséré un alinéa rédigé comme "
     "suit :\n\n\"Le Roi fixe les modalités.\"",
     ['art. 2 insert_unit loi du 2001-05-16, article 5 [nl]: insert 1 alinéa: "De Koning '
      'bepaalt de nadere regels." after alinéa 2']),
]


@pytest.mark.parametrize(("name", "dutch", "french", "expected"), CASES,
                         ids=[case[0] for case in CASES])
def test_the_dutch_formula_reads_as_the_french_one(
        name: str, dutch: str, french: str, expected: list[str]) -> None:
    act = read(dutch, "nl")
    assert lines(act) == expected
    assert_same_as_french(act, french)


CODES: list[tuple[str, str]] = [
    # the official Dutch names of the Codes the French lexicon reads
    ("het Kieswetboek", "du Code électoral"),
    ("het Sociaal Strafwetboek", "du Code pénal social"),
    ("het Wetboek van de Belgische nationaliteit", "du Code de la nationalité belge"),
    ("het Wetboek van internationaal privaatrecht", "du Code de droit international privé"),
    ("het Wetboek der registratie-, hypotheek- en griffierechten",
     "du Code des droits d'enregistrement, d'hypothèque et de greffe"),
    ("het Wetboek van de met de inkomstenbelastingen gelijkgestelde belastingen",
     "du Code des taxes assimilées aux impôts sur les revenus"),
    ("het Wetboek diverse rechten en taksen", "du Code des droits et taxes divers"),
    ("het Wetboek van koophandel", "du Code de commerce"),
    ("het BTW-Wetboek", "du Code de la TVA"),
    ("de Hypotheekwet", "de la Loi hypothécaire"),
    ("het oud Burgerlijk Wetboek", "de l'ancien Code civil"),
    ("het Wetboek van de inkomstenbelastingen 1992", "du Code des impôts sur les revenus 1992"),
]


@pytest.mark.parametrize(("dutch", "french"), CODES, ids=[code[0] for code in CODES])
def test_a_code_cited_by_its_dutch_name_is_the_french_code(dutch: str, french: str) -> None:
    act = read(f"Artikel 5 van {dutch} wordt opgeheven.", "nl")
    assert [op.op for op in act.operations()] == ["repeal_unit"]
    assert_same_as_french(act, f"L'article 5 {french} est abrogé.")


IN_FORCE: list[tuple[str, str, str]] = [
    ("op de tiende dag na die waarop zij … is bekendgemaakt",
     "Deze wet treedt in werking op de tiende dag na die waarop zij in het Belgisch Staatsblad "
     "is bekendgemaakt.",
     "La présente loi entre en vigueur le dixième jour qui suit sa publication au Moniteur "
     "belge."),
    ("de dag na de bekendmaking ervan (and the French 'le jour qui suit')",
     "Deze wet treedt in werking de dag na de bekendmaking ervan in het Belgisch Staatsblad.",
     "La présente loi entre en vigueur le jour qui suit sa publication au Moniteur belge."),
    ("Artikel 2 treedt in werking",
     "Artikel 2 treedt in werking op 1 januari 2025.",
     "L'article 2 entre en vigueur le 1er janvier 2025."),
    ("De artikelen 2 tot en met 4 treden in werking",
     "De artikelen 2 tot en met 4 treden in werking op 1 januari 2025.",
     "Les articles 2 à 4 entrent en vigueur le 1er janvier 2025."),
    ("Artikel 2 van deze wet heeft uitwerking",
     "Artikel 2 van deze wet heeft uitwerking met ingang van 1 januari 2024.",
     "L'article 2 de la présente loi produit ses effets le 1er janvier 2024."),
    ("Hoofdstuk 2 en artikel 9",
     "Hoofdstuk 2 en artikel 9 treden in werking op 1 januari 2025.",
     "Le chapitre 2 et l'article 9 entrent en vigueur le 1er janvier 2025."),
    ("met uitzondering van artikel 2, dat in werking treedt op",
     "Deze wet treedt in werking op 1 januari 2025, met uitzondering van artikel 2, dat in "
     "werking treedt op 1 juli 2025.",
     "La présente loi entre en vigueur le 1er janvier 2025, à l'exception de l'article 2, qui "
     "entre en vigueur le 1er juillet 2025."),
    ("De Koning bepaalt voor elke bepaling van deze wet de datum",
     "De Koning bepaalt voor elke bepaling van deze wet de datum waarop ze in werking treedt.",
     "Le Roi fixe la date d'entrée en vigueur de chacune des dispositions de la présente loi."),
    ("op de eerste dag van de maand volgend op die waarin",
     "Dit besluit treedt in werking op de eerste dag van de maand volgend op die waarin het in "
     "het Belgisch Staatsblad is bekendgemaakt.",
     "Le présent arrêté entre en vigueur le premier jour du mois qui suit celui de sa "
     "publication au Moniteur belge."),
    ("op de tiende dag volgend op de bekendmaking",
     "Deze wet treedt in werking op de tiende dag volgend op de bekendmaking ervan in het "
     "Belgisch Staatsblad.",
     "La présente loi entre en vigueur le dixième jour qui suit sa publication au Moniteur "
     "belge."),
    ("op de datum die de Vlaamse Regering bepaalt",
     "Dit decreet treedt in werking op de datum die de Vlaamse Regering bepaalt.",
     "Le présent décret entre en vigueur à la date fixée par le Gouvernement flamand."),
    ("op een datum die door de Koning wordt bepaald",
     "Deze wet treedt in werking op een datum die door de Koning wordt bepaald.",
     "La présente loi entre en vigueur à une date fixée par le Roi."),
    ("op de datum bepaald door de Koning",
     "Deze wet treedt in werking op de datum bepaald door de Koning.",
     "La présente loi entre en vigueur à la date fixée par le Roi."),
    ("De Vlaamse Regering bepaalt de datum van inwerkingtreding van dit decreet (and the "
     "French 'du présent décret', autonomous before)",
     "De Vlaamse Regering bepaalt de datum van inwerkingtreding van dit decreet.",
     "Le Gouvernement flamand fixe la date d'entrée en vigueur du présent décret."),
    ("heeft uitwerking met ingang van … en treedt buiten werking op …",
     "Dit besluit heeft uitwerking met ingang van 1 januari 2024 en treedt buiten werking op 31 "
     "december 2024.",
     "Le présent arrêté produit ses effets le 1er janvier 2024 et cesse d'être en vigueur le 31 "
     "décembre 2024."),
    ("De Koning bepaalt de datum van inwerkingtreding van elk van de bepalingen",
     "De Koning bepaalt de datum van inwerkingtreding van elk van de bepalingen van deze wet.",
     "Le Roi fixe la date d'entrée en vigueur de chacune des dispositions de la présente loi."),
]


@pytest.mark.parametrize(("name", "dutch", "french"), IN_FORCE, ids=[case[0] for case in IN_FORCE])
def test_the_dutch_entry_into_force_reads_as_the_french_one(
        name: str, dutch: str, french: str) -> None:
    act = read(W_REPEAL + dutch, "nl")
    assert act.articles[2].kind == "entry_into_force"
    assert_same_as_french(act, L_REPEAL + french)


def test_an_entry_into_force_of_an_article_that_no_rule_reads_is_refused() -> None:
    # the Handleiding's "Artikel 2 treedt in werking op …" with a time no rule reads: P001,
    # never an autonomous article (the French near miss: "L'article 2 entre en vigueur …")
    with pytest.raises(ParseError) as caught:
        read(W_REPEAL + "Artikel 2 treedt in werking op de vijftigste werkdag na de zomer.", "nl")
    assert caught.value.code == "P001"


def test_wordt_then_a_unit_and_more_words_is_no_renumbering() -> None:
    # "wordt paragraaf 2, …, hersteld": "wordt" then a unit reads as "devient" only when the
    # clause ends with the new unit (the Handleiding's "Artikel 5 wordt artikel 6.")
    act = read(f"In artikel 5 {W} wordt paragraaf 2, gewijzigd bij de wet van 4 juni 2012, "
               'opgeheven.', "nl")
    assert [op.op for op in act.operations()] == ["repeal_unit"]


@pytest.mark.parametrize(("dutch", "code"), [
    ("de Vlaamse Codex Ruimtelijke Ordening", "Code flamand de l'aménagement du territoire"),
    ("de Vlaamse Codex Fiscaliteit", "Code flamand de la fiscalité"),
    ("het Brussels Wetboek van Lucht, Klimaat en Energiebeheersing",
     "Code bruxellois de l'air, du climat et de la maîtrise de l'énergie"),
])
def test_a_flemish_or_brussels_code_is_read(dutch: str, code: str) -> None:
    # Codes cited in Dutch acts only (the Flemish ones have no French text to compare)
    act = read(f'In artikel 4.3.1 van {dutch} wordt het woord "A" vervangen door het woord '
               '"B".', "nl")
    (op,) = act.operations()
    assert (op.target.act.type, op.target.act.code, op.target.article) == (
        "code", code, "4.3.1")


def test_a_repeal_with_an_exception_is_refused_in_dutch_words() -> None:
    # the French rule's mirror ("est abrogé, à l'exception du chapitre IV", 2016036305 art. 36)
    with pytest.raises(ParseError) as caught:
        read(f"Artikel 5 {W} wordt opgeheven, met uitzondering van paragraaf 2.", "nl")
    assert caught.value.code == "P001"
    assert caught.value.message.startswith("artikel 2: een opheffing met een uitzondering")


@pytest.mark.parametrize("units", [
    "de eerste tot en met de derde zin", "het voorlaatste tot en met het laatste lid",
    "het eerste lid, gekke,"])
def test_words_between_the_auxiliary_and_its_participle_are_read_or_refused(units: str) -> None:
    # the Dutch designation between "worden" and "opgeheven" (a range of sentences, a range
    # counted from the end, a word no rule reads): P007 — it was dropped, and the container
    # (the alinéa, the article) repealed
    with pytest.raises(ParseError) as caught:
        read(f"In artikel 5, eerste lid, {W} worden {units} opgeheven.", "nl")
    assert caught.value.code == "P007"


def test_a_bare_voormelde_wet_is_the_act_cited_last() -> None:
    # "van de voormelde wet" without its date: the act cited last, as "dezelfde wet" and the
    # French "de la loi précitée" (it was P007; another kind of act: P004,
    # tests/unit/test_act_designations3.py)
    act = read(f"Artikel 4 {W} wordt opgeheven.\n\n**Art. 3.** Artikel 5 van de voormelde wet "
               "wordt opgeheven.", "nl")
    first, second = act.operations()
    assert second.target.act == first.target.act and second.target.article == "5"
    assert first.target.act.date == dt.date(2001, 5, 16)


def test_a_bare_voormelde_wet_is_the_act_cited_before_or_p004() -> None:
    # "van de voormelde wet" without its date is the act cited before, as "van dezelfde wet"
    # (the French "de la loi précitée", read since the third French probe; P007 before)
    act = read(f"Artikel 4 {W} wordt opgeheven.\n\n**Art. 3.** Artikel 5 van de voormelde wet "
               "wordt opgeheven.", "nl")
    assert [(op.target.act.describe(), op.target.article) for op in act.operations()] == [
        ("loi du 2001-05-16", "4"), ("loi du 2001-05-16", "5")]
    # with nothing cited before it, no act is known (P004)
    with pytest.raises(ParseError) as caught:
        read("Artikel 5 van de voormelde wet wordt opgeheven.", "nl")
    assert caught.value.code == "P004"
