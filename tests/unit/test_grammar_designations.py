"""Designations the grammar reads despite a page's slips or a drafter's shorthand
(consolidate/parsing/units.py, acts.py, lang/fr.py): an accent lost in a history recital,
a list of Latin suffixes after one label, a list of places cut by semicolons. Each on the
real sentence (file and article above each test) in a minimal act (tests/unit/parser_cases.py),
with the operations it must give.
"""

from __future__ import annotations

import datetime as dt

import pytest
from apply_docs import LOI_2001, alinea, amending, article, document, paragraph, point, text
from parser_cases import act_text

from consolidate import load
from consolidate.address import AmbiguousKind, resolve
from consolidate.applier import apply
from consolidate.document import label_text, render_text, text_of
from consolidate.errors import AddressError
from consolidate.model import (
    AmendingAct,
    InsertUnit,
    Operation,
    RepealWords,
    ReplaceUnit,
    ReplaceWords,
    Step,
)
from consolidate.parser import parse_text
from consolidate.text import parse_label


def read(*articles: str) -> AmendingAct:
    """An act made of the constitutional basis and ``articles``, read with keep_going."""
    return parse_text(act_text(*articles), "test.md", keep_going=True)


def operations(act: AmendingAct) -> list[Operation]:
    return [op for article in act.articles for op in article.operations]


def paths(act: AmendingAct) -> list[tuple[str | None, tuple[tuple[str, str], ...]]]:
    return [(op.target.article, tuple((step.unit, step.label) for step in op.target.path))
            for op in operations(act)]


# --- history recitals -------------------------------------------------------------------------


def test_a_history_recital_whose_participle_lost_its_accent() -> None:
    # corpus 2006023386, art. 123 ("modifie par" for "modifié par")
    act = read("A l'article 121, §§ 1er et 2, de la loi relative à l'assurance obligatoire soins "
               "de santé et indemnités, coordonnée le 14 juillet 1994, modifie par l'arrêté "
               "royal du 25 avril 1997, les mots \"1° à 16° et 20°\" sont remplacés par les mots "
               "\"1° à 16°, 20° et 22°\".")
    assert not act.problems
    ops = operations(act)
    assert all(isinstance(op, ReplaceWords) for op in ops)
    assert paths(act) == [("121", (("paragraph", "1er"),)), ("121", (("paragraph", "2"),))]
    assert ops[0].history == ("modifie par l'arrêté royal du 25 avril 1997",)
    assert ops[0].target.act.coordinated is not None
    assert ops[0].target.act.date is None  # the arrêté royal of the recital is not the target


# --- Latin suffixes listed after one label ----------------------------------------------------


def test_a_suffix_alone_takes_the_number_of_the_label_before() -> None:
    # corpus 2006023386, art. 87 ("les §§ 2quater et quinquies sont insérés"; block shortened)
    act = read("Dans l'article 13bis de la loi du 25 mars 1964 sur les médicaments, inséré par "
               "la loi du 29 décembre 1990, les §§ 2quater et quinquies sont insérés, rédigés "
               "comme suit :\n\n\"§ 2quater. Le Roi peut imposer une contribution.\n\n"
               "§ 2quinquies. Les contributions sont adaptées annuellement.\"")
    assert not act.problems
    (op,) = operations(act)
    assert isinstance(op, InsertUnit) and op.position == "label"
    assert [unit.label for unit in op.new] == ["2quater", "2quinquies"]


def test_suffixes_listed_after_an_article_label() -> None:
    # the same shorthand for articles: "les articles 5bis, ter et quater" is 5bis, 5ter, 5quater
    act = read("Les articles 5bis, ter et quater de la loi du 3 juin 2010 relative aux essais "
               "sont abrogés.")
    assert not act.problems
    assert [op.target.article for op in operations(act)] == ["5bis", "5ter", "5quater"]


def test_a_suffix_with_no_suffixed_label_before_it_is_refused() -> None:
    # "2 et quinquies": no number for the suffix to take, never guessed
    act = read("Dans l'article 13 de la loi du 3 juin 2010 relative aux essais, les §§ 2 et "
               "quinquies sont abrogés.")
    assert [p.code for p in act.problems] == ["P007"]


# --- a list of places cut by semicolons -------------------------------------------------------


def test_a_list_of_places_each_opening_with_its_article() -> None:
    # corpus 2018031957, art. 7, § 1er (the words shortened)
    act = read("Aux articles 32, § 1er, alinéas 1er et 2 ; 32, § 2, alinéa 2 ; 33, § 3, a), "
               "alinéas 2 et 5; 33, § 3, b), alinéa 2 ; 33, § 4 ; 33, § 5, alinéa 4 ; 34, § 2, "
               "et 131, § 1er de la loi du 3 juin 2010 relative aux essais, les mots : \" "
               "Gouvernement ou le \" sont chaque fois supprimés.")
    assert not act.problems
    ops = operations(act)
    assert all(isinstance(op, RepealWords) and op.every and op.old == "Gouvernement ou le"
               for op in ops)
    assert paths(act) == [
        ("32", (("paragraph", "1er"), ("alinea", "1er"))),
        ("32", (("paragraph", "1er"), ("alinea", "2"))),
        ("32", (("paragraph", "2"), ("alinea", "2"))),
        ("33", (("paragraph", "3"), ("point", "a)"), ("alinea", "2"))),
        ("33", (("paragraph", "3"), ("point", "a)"), ("alinea", "5"))),
        ("33", (("paragraph", "3"), ("point", "b)"), ("alinea", "2"))),
        ("33", (("paragraph", "4"),)),
        ("33", (("paragraph", "5"), ("alinea", "4"))),
        ("34", (("paragraph", "2"),)),
        ("131", (("paragraph", "1er"),)),
    ]


def test_alineas_listed_before_a_paragraph_stay_alineas() -> None:
    # no semicolon: "alinéas 2 et 4, § 3" is a list of alinéas, then § 3 of the same article
    act = read("Dans l'article 5, § 2, alinéas 2 et 4, § 3, alinéa 1er, de la loi du 3 juin 2010 "
               "relative aux essais, les mots \"A\" sont chaque fois supprimés.")
    assert not act.problems
    assert paths(act) == [("5", (("paragraph", "2"), ("alinea", "2"))),
                          ("5", (("paragraph", "2"), ("alinea", "4"))),
                          ("5", (("paragraph", "3"), ("alinea", "1er")))]


# --- labels whose kind the page lost: a `number` step, resolved on the base -------------------
# (the resolution: tests/unit/test_address_lost_kind.py)


def test_a_number_after_au_before_an_item() -> None:
    # corpus 2006009444, art. 8 (its points "1", "2" lost their degree sign too)
    act = read("A l'article 45 de la loi du 8 avril 1965 relative à la protection de la "
               "jeunesse, modifié par les lois des 21 mars 1969 et 2 février 1994, les "
               "modifications suivantes sont apportées :\n\n1 au 2, b), le chiffre \" 38 \" est "
               "remplacé par le chiffre \" 57bis \".\n\n2 au 2, c), les mots \" 47, alinéa 3, \" "
               "sont insérés entre les mots \" 37, § 3, 1, \" et \" et 60 \".")
    assert not act.problems
    assert paths(act) == [("45", (("number", "2"), ("point", "b)"))),
                          ("45", (("number", "2"), ("point", "c)")))]
    first = operations(act)[0]
    assert isinstance(first, ReplaceWords) and (first.old, first.new) == ("38", "57bis")


def test_a_number_after_dans_le() -> None:
    # corpus 2012021058, art. 5, 1° ("dans le 1er": the § 1er or the 1° of article 157)
    act = read("A l'article 157 de la loi du 3 juin 2010 relative aux essais, les modifications "
               "suivantes sont apportées :\n\n1° dans le 1er, les mots \" ou le fonctionnaire "
               "désigné par lui \" sont insérés entre les mots \" Le Fonctionnaire-dirigeant \" "
               "et les mots \" , la Chambre de première instance \";\n\n2° dans le § 3, le mot "
               "\" définitives \" est inséré entre les mots \" Les décisions \" et les mots \" du "
               "fonctionnaire dirigeant \".")
    assert not act.problems
    assert paths(act) == [("157", (("number", "1er"),)), ("157", (("paragraph", "3"),))]


def test_a_letter_after_an_article_and_a_comma() -> None:
    # corpus 2006023386, art. 89 ("l'article 2, n,": the item n) lost its parenthesis)
    act = read("A l'article 2, n, de la loi relative à l'assurance obligatoire soins de santé et "
               "indemnités, coordonnée le 14 juillet 1994, modifié par la loi du 24 décembre "
               "1999, les mots \"Sont assimilées aux dispensateurs de soins\" sont insérés après "
               "le mot \"institutions\".")
    assert not act.problems
    assert paths(act) == [("2", (("number", "n"),))]


def test_numbers_after_paragraphs_keep_their_place_in_the_path() -> None:
    # corpus 2006023386, art. 20, 1° to 3° ("§ 1er, 1, alinéas 1er et 4"; "§ 2, 2 les mots")
    act = read("A l'article 38 de la loi du 3 juin 2010 relative aux essais, sont apportées les "
               "modifications suivantes :\n\n1° dans le § 1er, 1, alinéas 1er et 4, les mots "
               "\"aux articles 2, 3\" sont remplacés par les mots \"aux articles 2, § 1er, 3\";"
               "\n\n2° dans le § 1er, 3, les mots \"articles 2, 3\" sont remplacés par les mots "
               "\"articles 2, § 1er, 3\";\n\n3° dans le § 2, 2 les mots \"articles 2, 3\" sont "
               "remplacés par les mots \"articles 2, § 1er, 3\".")
    assert not act.problems
    assert paths(act) == [
        ("38", (("paragraph", "1er"), ("number", "1"), ("alinea", "1er"))),
        ("38", (("paragraph", "1er"), ("number", "1"), ("alinea", "4"))),
        ("38", (("paragraph", "1er"), ("number", "3"))),
        ("38", (("paragraph", "2"), ("number", "2"))),
    ]


def test_a_number_in_a_list_of_articles_is_never_a_lost_kind() -> None:
    # corpus 2006009444, art. 15 ("Dans les articles 52, alinéa 1er, 57, (et 60 …": the 57 is
    # an article of the list, never a unit of article 52): refused
    act = read("Dans les articles 52, alinéa 1er, 57, (et 60 de la loi du 8 avril 1965 relative "
               "à la protection de la jeunesse, modifié par la loi du 2 février 1994), les mots "
               "\" du mineur \" sont remplacés par les mots \" (de la personne concernée) \".")
    assert [p.code for p in act.problems] == ["P007"]


# --- a note of Justel's inside a sentence -----------------------------------------------------


def test_a_justel_note_inside_a_sentence_is_taken_out_and_its_correction_read() -> None:
    # corpus 2006009457, art. 50 (its first items shortened to one)
    act = read("Sont abrogés :\n\n- la loi du 18 mars 1998 instituant les commissions de "
               "libération conditionnelle;\n\n- l'arrêté ministériel du 25 janvier (NOTE de "
               "Justel : lire \"février\"; voir version néerlandaise) 1999 fixant l'adresse du "
               "siège des commissions de libération conditionnelle.")
    first, second = operations(act)
    assert first.target.act.date == dt.date(1998, 3, 18)
    assert second.op == "repeal_unit" and second.target.act.type == "arrêté ministériel"
    assert second.target.act.date == dt.date(1999, 2, 25)
    assert second.target.act.title == ("fixant l'adresse du siège des commissions de "
                                       "libération conditionnelle")
    (note,) = act.problems
    assert (note.code, note.severity) == ("P014", "warning")
    assert "'janvier' read as 'février'" in note.message
    assert act.articles[-1].text.count("NOTE de Justel") == 1  # the article's text as written


def test_a_justel_note_without_a_correction_is_only_taken_out() -> None:
    # the same note with no "lire": the sentence is read without it, the word as written
    act = read("Sont abrogés :\n\n- la loi du 18 mars 1998 instituant les commissions;\n\n"
               "- l'arrêté ministériel du 25 janvier (NOTE de Justel : voir version "
               "néerlandaise) 1999 fixant l'adresse du siège des commissions.")
    assert operations(act)[1].target.act.date == dt.date(1999, 1, 25)
    assert [p.code for p in act.problems] == ["P014"]


# --- "ancien": the number before the article --------------------------------------------------


def test_the_old_number_of_an_alinea_is_the_one_resolved_before_the_article() -> None:
    # corpus 2022033790, art. 10, 2° and 3° (the Code judiciaire, art. 782bis; new alinéas
    # shortened): "dans l'alinéa 2 ancien, qui devient l'alinéa 6" is the alinéa 2 as it stood
    # before the article — the applier resolves every target of an article first (semantics
    # §4), so the words are replaced in the old alinéa 2, now the sixth
    act = read("A l'article 782bis du Code judiciaire, inséré par la loi du 26 avril 2007, les "
               "modifications suivantes sont apportées:\n\n1° quatre alinéas rédigés comme suit "
               "sont insérés entre les alinéas 1er et 2:\n\n\"Trois.\n\nQuatre.\n\nCinq.\n\n"
               "Six.\";\n\n2° dans l'alinéa 2 ancien, qui devient l'alinéa 6, les mots \"de "
               "prononcer le jugement\" sont remplacés par les mots \"de prononcer, conformément "
               "à l'alinéa 1er, 3 ou 4, le jugement\".")
    assert not act.problems
    insert, replace = operations(act)
    assert isinstance(insert, InsertUnit) and len(insert.new) == 4
    assert isinstance(replace, ReplaceWords)
    assert replace.target.path == (Step(unit="alinea", label="2"),)
    assert "qui devient l'alinéa 6" in replace.history
    # applied to a hand-built base (the Code is not in shared/): the loi of apply_docs
    doc = document(article("782bis", alinea("Le jugement est prononcé."),
                           alinea("Le juge peut décider de prononcer le jugement.")))
    ops = [op.model_copy(update={"target": op.target.model_copy(update={"act": LOI_2001})})
           for op in (insert, replace)]
    out, report = apply([doc], amending(("10", ops)))
    assert report.counts["applied"] == 2
    assert text(out[0], "article 782bis, alinéa 6") == (
        "Le juge peut décider de prononcer, conformément à l'alinéa 1er, 3 ou 4, le jugement.")


# --- exponent article numbers ("l'article 269¹") ----------------------------------------------

CODE_PAGE = """---
title: "30 NOVEMBRE 1939. - Code des droits d'enregistrement, d'hypothèque et de greffe"
identifier: "1939113001"
rank: "arrete royal"
publication_date: "1939-12-01"
last_updated: "2019-06-01"
dossier_number: "1939-11-30/30"
language: "fr"
---
# 30 NOVEMBRE 1939. - Code des droits d'enregistrement, d'hypothèque et de greffe

##### Art. 269. Le droit est dû.

##### Art. 269¹. Le droit est fixé :

1° pour les actes des cours et tribunaux;

2° pour les actes des tribunaux du commerce.

##### Art. 269/1. Le droit est perçu autrement.

##### Art. 270. Le Roi fixe les modalités.
"""


def test_an_exponent_label_is_its_own_article_after_the_number() -> None:
    # 269 < 269¹ < 269² < 269/1 < 270; 269¹ is never 269/1 (an act may hold both notations)
    labels = [parse_label(label) for label in ("269", "269¹", "269²", "269/1", "270")]
    assert labels == sorted(labels)
    assert not parse_label("269¹").same(parse_label("269/1"))
    assert parse_label("269¹").same(parse_label("269¹"))


def test_an_exponent_article_number_is_read_as_written_and_applied_on_the_base() -> None:
    # corpus 2019041200, art. 130 (its recitals shortened): the Code des droits
    # d'enregistrement numbers its old insertions with exponents, as the CIR 1992 does
    # ("l'article 275³, § 3", 2017029171, art. 4 and 6)
    act = read("Dans l'article 269¹, alinéa 1er, 2°, du Code des droits d'enregistrement, "
               "d'hypothèque et de greffe, inséré par la loi du 10 octobre 1967, les mots "
               "\"tribunaux du commerce\" sont remplacés par les mots \"tribunaux de "
               "l'entreprise\".")
    assert not act.problems
    (op,) = operations(act)
    assert op.target.article == "269¹"
    assert [(s.unit, s.label) for s in op.target.path] == [("alinea", "1er"), ("point", "2°")]
    base = load(CODE_PAGE.encode(), name="code.md")
    assert [label_text(a) for a in base.articles()] == ["269", "269¹", "269/1", "270"]
    (out,), report = apply([base], amending(("130", [op])))
    assert report.counts["applied"] == 1, report
    assert report.outcomes[0].touched == ("art_269-exp1__alinea_1__point_2",)
    assert "2° pour les actes des tribunaux de l'entreprise." in render_text(out)
    assert "Le droit est perçu autrement." in render_text(out)  # 269/1 untouched


def test_the_punctuation_sign_is_a_word_noun() -> None:
    # corpus 2022015455, art. 3, d) (loi organique des services de renseignement, art. 11)
    act = read("A l'article 11 de la loi organique du 30 novembre 1998 des services de "
               "renseignement et de sécurité, les modifications suivantes sont apportées:\n\n"
               "a) au paragraphe 1er, 4° et 5°, le signe de ponctuation \".\" est remplacé par "
               "le signe de ponctuation \";\";\n\nb) le paragraphe 1er est complété par le 6° "
               "rédigé comme suit:\n\n\"6° d'exécuter toutes autres missions.\".")
    assert not act.problems
    first, second, _ = operations(act)
    assert isinstance(first, ReplaceWords) and (first.old, first.new) == (".", ";")
    assert isinstance(second, ReplaceWords) and (second.old, second.new) == (".", ";")
    assert paths(act)[:2] == [("11", (("paragraph", "1er"), ("point", "4°"))),
                              ("11", (("paragraph", "1er"), ("point", "5°")))]


# --- the n-th unit of a label the base holds twice ---------------------------------------------


def test_the_second_of_two_items_with_one_label() -> None:
    # corpus 2007002100, art. 8 (its new text shortened): the Code judiciaire's article 585
    # had two 9° (one inserted by the loi du 25 février 2003)
    act = read("L'article 585, 9°, (deuxième numéro 9°) du Code judiciaire, inséré par la loi "
               "du 25 février 2003, est remplacé par la disposition suivante :\n\n\" 10° des "
               "demandes en cessation formées en vertu de l'article 20 de la loi du 10 mai "
               "2007; \".")
    assert not act.problems
    (op,) = operations(act)
    assert op.op == "replace_unit" and op.target.article == "585"
    assert op.target.path == (Step(unit="point", label="9°", occurrence=2),)
    assert op.history == ("inséré par la loi du 25 février 2003",)


def test_a_rank_counting_another_label_is_not_read() -> None:
    # "9°, (deuxième numéro 8°)": the rank must count the label it follows
    act = read("L'article 585, 9°, (deuxième numéro 8°) du Code judiciaire est abrogé.")
    assert [p.code for p in act.problems] == ["P007"]


def test_the_applier_takes_the_nth_item_of_the_label() -> None:
    doc = document(article("585", alinea(intro="Le tribunal connaît :", items=(
        point("8°", "des huit;") + point("9°", "des premières demandes;")
        + point("9°", "des demandes en cessation de 2003;")))))
    second = Step(unit="point", label="9°", occurrence=2)
    assert text_of(resolve(doc, "585", (second,))) == "des demandes en cessation de 2003;"
    with pytest.raises(AddressError, match="has 2 items labelled 9°"):
        resolve(doc, "585", (Step(unit="point", label="9°", occurrence=3),))


# --- refusals that say what the model lacks ---------------------------------------------------


def test_a_unit_of_a_text_an_amending_act_proposes_is_refused_saying_so() -> None:
    # corpus 2019041200, art. 106 (the title of the loi du 23 mars 2019 shortened)
    act = read("Dans l'article 3 de la loi du 23 mars 2019 modifiant le Code judiciaire, dans "
               "l'article 87, § 3, alinéa 1er, proposé, les mots \"et des juges consulaires "
               "suppléants\" sont supprimés.")
    (problem,) = act.problems
    assert problem.code == "P007" and "a text that an amending act proposes" in problem.message


def test_a_unit_designated_by_its_heading_or_defined_term() -> None:
    # corpus 2018011241, art. 64 ("à la catégorie A" of article 1er of the loi du 16 mars 1954)
    # and 2006023386, art. 84 ("la définition de la classe 3" in article 35bis, § 2; its new
    # text shortened): a `headed` step, the unit of that place whose text starts with the words
    act = read("Dans l'article 1er de la loi du 16 mars 1954 relative au contrôle de certains "
               "organismes d'intérêt public, à la catégorie A, modifié en dernier lieu par la loi "
               "du 25 octobre 2016, les mots \"Institut d'hygiène et d'épidémiologie\" sont "
               "abrogés.",
               "A l'article 35bis, § 2, de la loi du 3 juin 2010 relative aux essais, modifié par "
               "la loi du 27 décembre 2005, la définition de la classe 3 est remplacée comme "
               "suit :\n\n\" - Classe 3 : spécialités autorisées conformément à l'article 6bis, "
               "§ 2;\".")
    assert not act.problems
    repeal, replace = operations(act)
    assert isinstance(repeal, RepealWords) and repeal.old == "Institut d'hygiène et d'épidémiologie"
    assert repeal.target.act.date == dt.date(1954, 3, 16)
    assert paths(act) == [("1er", (("headed", "catégorie A"),)),
                          ("35bis", (("paragraph", "2"), ("headed", "classe 3")))]
    # the new text is a dash item: a tiret without its dash
    assert isinstance(replace, ReplaceUnit) and [(u.kind, u.text) for u in replace.new] == [
        ("tiret", "Classe 3 : spécialités autorisées conformément à l'article 6bis, § 2;")]
    # applied to hand-built bases: the alinéa headed "Catégorie A" (its list of bodies), and
    # the dash item defining "Classe 3"
    doc = document(
        article("1er", alinea("La présente loi est applicable aux organismes ci-après :"),
                alinea(intro="Catégorie A :", items=point("-", "Agence fédérale;")
                       + point("-", "Institut d'hygiène et d'épidémiologie;")),
                alinea(intro="Catégorie B :", items=point("-", "Office national;"))),
        article("35bis", paragraph("1er", alinea("Un.")), paragraph("2", alinea(
            intro="On entend par :", items=point("-", "Classe 1 : les uns;")
            + point("-", "Classe 3 : les derniers;") + point("-", "Classe 4 : encore;")))))
    ops = [op.model_copy(update={"target": op.target.model_copy(update={"act": LOI_2001})})
           for op in (repeal, replace)]
    (out,), report = apply([doc], amending(("64", ops)))
    assert report.counts["applied"] == 2, report
    rendered = render_text(out)
    assert "- Classe 3 : spécialités autorisées conformément à l'article 6bis, § 2;" in rendered
    assert "- - Classe 3" not in rendered and "Classe 4 : encore;" in rendered
    assert "Institut d'hygiène" not in rendered and "Office national;" in rendered


def test_a_heading_the_base_holds_twice_or_not_at_all_is_refused() -> None:
    doc = document(article("1er", alinea(intro="Catégorie A :", items=point("-", "un;")),
                           alinea(intro="Catégorie A :", items=point("-", "deux;")),
                           alinea("Catégorie AB : trois.")))
    headed = Step(unit="headed", label="catégorie A")
    with pytest.raises(AmbiguousKind, match="2 units"):
        resolve(doc, "1er", (headed,))
    with pytest.raises(AddressError, match="starts with 'catégorie C'"):
        resolve(doc, "1er", (Step(unit="headed", label="catégorie C"),))


def test_items_of_one_style_joined_by_et_are_two_places() -> None:
    # "au 2°, b), et au 3°, c)" (no sentence of shared/ has it; the lost-kind form "au 2, b), et
    # au 3, c)" would have been one path 2, b), c), 3): siblings, never an item inside another
    act = read("A l'article 45 de la loi du 3 juin 2010 relative aux essais, au 2°, b), et au "
               "3°, c), le mot \"A\" est remplacé par le mot \"B\".",
               "A l'article 45 de la loi du 3 juin 2010 relative aux essais, au 2, b), et au 3, "
               "c), le mot \"A\" est remplacé par le mot \"B\".",
               "A l'article 45 de la loi du 3 juin 2010 relative aux essais, au 1° et au 2°, le "
               "mot \"A\" est remplacé par le mot \"B\".")
    assert not act.problems
    assert paths(act) == [("45", (("point", "2°"), ("point", "b)"))),
                          ("45", (("point", "3°"), ("point", "c)"))),
                          ("45", (("number", "2"), ("point", "b)"))),
                          ("45", (("number", "3"), ("point", "c)"))),
                          ("45", (("point", "1°"),)), ("45", (("point", "2°"),))]
