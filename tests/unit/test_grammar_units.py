"""The unit rules of the grammar (consolidate/parsing/units.py: divisions, articles, §,
alinéas, points, phrases, tirets, intitulés, "l'article", "le même alinéa"), each on a real
sentence from ../shared/data (the file is named above each test), parsed inside a minimal
act (tests/unit/parser_cases.py); the target's path is checked step by step.
"""

from __future__ import annotations

import datetime as dt

from parser_cases import only_operation, parse

from consolidate.model import (
    InsertUnit,
    InsertWords,
    RepealUnit,
    RepealWords,
    ReplaceUnit,
    ReplaceWords,
    Step,
)

#: a real article that cites the act the next article calls "du même Code"
#: (corpus/be/2005009998.md, art. 9)
CODE_JUDICIAIRE = (
    "Dans l'article 207bis, § 1er, du Code judiciaire inséré par la loi du 9 juillet 1997, les "
    "mots \", au moment de la nomination \" sont supprimés."
)


def step(unit: str, label: str, until: str | None = None) -> Step:
    return Step(unit=unit, label=label, until=until)  # type: ignore[arg-type]


# --- divisions ------------------------------------------------------------------------------


def test_divisions_livre_premier_partie_section_roman() -> None:
    # corpus/be/2006009457.md, art. 7 (after an article citing the Code judiciaire)
    act = parse(
        CODE_JUDICIAIRE,
        "Il est inséré dans le livre premier, partie II, titre premier, chapitre II, section III, "
        "du même Code un article 80bis, rédigé comme suit :\n\n\" Art. 80bis. Le tribunal de "
        "l'application des peines est composé d'une ou de plusieurs chambres. \"",
    )
    op = act.operations()[1]
    assert isinstance(op, InsertUnit)
    assert op.target.act.code == "Code judiciaire"
    # outermost first, whatever the order of the words: in the Code judiciaire the partie
    # holds the livre (Justel: "DEUXIEME PARTIE. … LIVRE PREMIER. …")
    assert op.target.divisions == (step("part", "II"), step("book", "premier"),
                                   step("title", "premier"), step("chapter", "II"),
                                   step("section", "III"))
    assert op.new[0].label == "80bis"


def test_divisions_chapitre_section_sous_section_ire() -> None:
    # corpus/be/2016036305.md, art. 41 (after a real article citing the décret, art. 6)
    act = parse(
        "Dans l'article 2 du décret du 21 novembre 2003 relatif à la politique de santé "
        "préventive, modifié par le décret du 20 mars 2009, les mots \" la prévention \" sont "
        "abrogés.",
        "Au chapitre IV, section Ire, sous-section Ire, du même décret, il est inséré un article "
        "49/1 rédigé comme suit :\n\n\" Art. 49/1. Le Gouvernement flamand peut convertir "
        "l'agrément. \"",
    )
    op = act.operations()[1]
    assert isinstance(op, InsertUnit)
    assert op.target.act.date == dt.date(2003, 11, 21)
    assert op.target.divisions == (step("chapter", "IV"), step("section", "Ire"),
                                   step("subsection", "Ire"))
    assert op.new[0].label == "49/1"


def test_divisions_livre_arabic_titre_and_new_chapter() -> None:
    # corpus/be/2013011667.md, art. 2 (the block shortened)
    op = only_operation(
        "Dans le Livre Ier, titre 2, du Code de droit économique, il est inséré un chapitre 10 "
        "rédigé comme suit :\n\n\"Chapitre 10. Les obligations des entreprises\n\n"
        "Art. I.20. Les entreprises sont tenues.\""
    )
    assert isinstance(op, InsertUnit)
    assert op.target.act.code == "Code de droit économique"
    assert op.target.divisions == (step("book", "Ier"), step("title", "2"))
    assert op.new[0].kind == "chapter" and op.new[0].label == "10"


# --- articles -------------------------------------------------------------------------------


def test_article_roman_dot_label_and_le_1er_alinea() -> None:
    # corpus/be/2019041200.md, art. 31 (the block shortened)
    op = only_operation(
        "Dans l'article III.85, § 2, du Code de droit économique, inséré par la loi du 17 juillet "
        "2013 et modifié par la loi du 15 avril 2018, le 1er alinéa est remplacé par ce qui suit "
        ":\n\n\"Les entreprises de l'Union européenne sont tenues.\""
    )
    assert isinstance(op, ReplaceUnit)
    assert op.target.article == "III.85"
    assert op.target.path == (step("paragraph", "2"), step("alinea", "1er"))
    assert op.history == ("inséré par la loi du 17 juillet 2013",
                          "modifié par la loi du 15 avril 2018")


def test_article_list_of_ranges_repealed() -> None:
    # corpus/be/2014011245.md, art. 6
    ops = parse(
        "Les articles 1er à 4, 25 à 28, et 50 à 53 de la loi du 26 mars 2010 sur les services "
        "sont abrogés."
    ).operations()
    assert all(isinstance(op, RepealUnit) for op in ops)
    assert [(op.target.article, op.target.article_until) for op in ops] == [
        ("1er", "4"), ("25", "28"), ("50", "53")]
    assert ops[0].target.act.date == dt.date(2010, 3, 26)
    assert ops[0].target.act.title == "sur les services"


def test_article_slash_label_and_paragraph() -> None:
    # excerpts/fr/2018010274/act.fr.md, art. 4 (after art. 3 which cites the act)
    act = parse(
        "Dans l'article 5, § 1 de l'arrêté ministériel du 23 juillet 2001 relatif à "
        "l'immatriculation des véhicules, le point 2 est abrogé.",
        "Dans l'article 15/2 du même arrêté, le paragraphe 4 est abrogé.",
    )
    op = act.operations()[1]
    assert isinstance(op, RepealUnit)
    assert op.target.article == "15/2" and op.target.path == (step("paragraph", "4"),)


# --- paragraphs and alinéas -----------------------------------------------------------------


def test_paragraphe_in_words_alinea_and_point() -> None:
    # corpus/be/2014003226.md, art. 2 is tested in test_grammar_acts; this: §§ 2 et 3 →
    # two targets (excerpts/fr/1998000186/act.fr.md, art. 2, with its act cited)
    ops = parse(
        "A l'article 71/3, §§ 2 et 3, de l'arrêté royal du 8 octobre 1981 sur l'accès au "
        "territoire, les mots \" ou à l'annexe 10ter \" sont insérés après les mots \" conforme "
        "au modèle figurant à l'annexe 10bis \"."
    ).operations()
    assert [op.target.path for op in ops] == [(step("paragraph", "2"),),
                                              (step("paragraph", "3"),)]
    assert all(isinstance(op, InsertWords) and op.after ==
               "conforme au modèle figurant à l'annexe 10bis" for op in ops)


def test_le_premier_alinea() -> None:
    # corpus/be/2016036305.md, art. 72 (after a real article citing the décret, art. 6)
    act = parse(
        "Dans l'article 2 du décret du 21 novembre 2003 relatif à la politique de santé "
        "préventive, modifié par le décret du 20 mars 2009, les mots \" la prévention \" sont "
        "abrogés.",
        "Dans l'article 55 du même décret, le premier alinéa est remplacé par ce qui suit :\n\n"
        "\" Le Gouvernement flamand agrée les centres. \"",
    )
    op = act.operations()[1]
    assert isinstance(op, ReplaceUnit)
    assert op.target.article == "55" and op.target.path == (step("alinea", "1er"),)


def test_dernier_alinea() -> None:
    # corpus/be/2006009444.md, art. 16 (the quote shortened)
    op = only_operation(
        "A l'article 594, dernier alinéa, du Code d'instruction criminelle, modifié par la loi "
        "du 8 août 1997, les mots \", à la prise en charge des mineurs ayant commis un fait "
        "qualifié infraction \" sont supprimés."
    )
    assert isinstance(op, RepealWords)
    assert op.target.act.code == "Code d'instruction criminelle"
    assert op.target.path == (step("alinea", "#-1"),)


def test_alinea_inserted_between_alineas() -> None:
    # corpus/be/2006023386.md, art. 34
    op = only_operation(
        "Dans l'article 270, § 1er, de la loi-programme (I) du 24 décembre 2002, modifié par la "
        "loi du 23 décembre 2005, l'alinéa suivant est inséré entre les alinéas 5 et 6 :\n\n\" "
        "Les ministres nomment et révoquent des suppléants pour les membres visés sous 3°, 4° et "
        "5°. \""
    )
    assert isinstance(op, InsertUnit)
    assert op.target.act.date == dt.date(2002, 12, 24) and op.target.article == "270"
    assert op.target.path == (step("paragraph", "1er"),)
    assert (op.position, op.anchor) == ("after", step("alinea", "5"))


# --- points ---------------------------------------------------------------------------------


def test_point_letter_replaced() -> None:
    # corpus/be/2024003720.md, art. 11 (the block shortened)
    act = parse(
        "Dans l'article 20 de la loi du 16 mai 2001 portant statut des militaires de réserve, "
        "les mots \"du cadre\" sont abrogés.",
        "Dans l'article 20, alinéa 1er, 1°, de la même loi, remplacé par la loi du 30 décembre "
        "2008, le b) est remplacé par ce qui suit :\n\n\"b) avoir satisfait aux épreuves;\"",
    )
    op = act.operations()[1]
    assert isinstance(op, ReplaceUnit)
    assert op.target.path == (step("alinea", "1er"), step("point", "1°"), step("point", "b)"))
    assert op.new[0].label == "b)"


def test_point_number_in_words() -> None:
    # corpus/be/2006023386.md, art. 18 (after an article citing the arrêté royal n° 78,
    # shortened to its date)
    act = parse(
        "L'article 50, § 2, de l'arrêté royal du 10 novembre 1967 relatif à l'exercice des "
        "professions des soins de santé est abrogé.",
        "Dans l'article 36, § 2, point 7, du même arrêté, les mots \"deux titulaires du diplôme "
        "d'accoucheuse\" sont remplacés par les mots \"deux titulaires du titre professionnel de "
        "sage-femme\".",
    )
    op = act.operations()[1]
    assert isinstance(op, ReplaceWords)
    assert op.target.path == (step("paragraph", "2"), step("point", "7"))


def test_point_letter_in_a_lead_in() -> None:
    # corpus/be/2006023386.md, art. 20, 4°
    op = only_operation(
        "A l'article 38 de l'arrêté royal du 10 novembre 1967 relatif à l'exercice des "
        "professions des soins de santé, sont apportées les modifications suivantes :\n\n"
        "1° dans le § 3, a), les mots \"articles 2 ou 3\" sont remplacés par les mots \"articles "
        "2, § 1er, 3 ou 21noviesdecies\";"
    )
    assert isinstance(op, ReplaceWords)
    assert op.target.article == "38"
    assert op.target.path == (step("paragraph", "3"), step("point", "a)"))


# --- phrases, tirets, intitulés ---------------------------------------------------------------


def test_phrase_liminaire_after_the_alinea() -> None:
    # corpus/be/2024003720.md, art. 20
    act = parse(
        "Dans l'article 20 de la loi du 16 mai 2001 portant statut des militaires de réserve, "
        "les mots \"du cadre\" sont abrogés.",
        "Dans l'article 58, alinéa 1er, de la même loi, remplacé par la loi du 19 juillet 2018, "
        "dans la phrase liminaire, les mots \"au commissionnement\" sont remplacés par les mots "
        "\"à la commission\".",
    )
    op = act.operations()[1]
    assert isinstance(op, ReplaceWords)
    assert op.target.article == "58"
    assert op.target.path == (step("alinea", "1er"), step("intro", ""))
    assert (op.old, op.new) == ("au commissionnement", "à la commission")


def test_troisieme_et_quatrieme_phrases() -> None:
    # corpus/be/2006023386.md, art. 53, 2° (the lead-in's act cited in full)
    ops = parse(
        "A l'article 35, § 1er, de la loi relative à l'assurance obligatoire soins de santé et "
        "indemnités, coordonnée le 14 juillet 1994, sont apportées les modifications suivantes "
        ":\n\n1° à l'alinéa 2, troisième et quatrième phrases, les mots \"implants ou\" sont "
        "supprimés."
    ).operations()
    assert [op.target.path for op in ops] == [
        (step("paragraph", "1er"), step("alinea", "2"), step("sentence", "#3")),
        (step("paragraph", "1er"), step("alinea", "2"), step("sentence", "#4"))]
    assert all(isinstance(op, RepealWords) and op.old == "implants ou" for op in ops)


def test_la_phrase_quoted_repealed() -> None:
    # corpus/be/2014009092.md, art. 13 (after an article citing the act)
    act = parse(
        "Dans l'article 17 de la loi du 5 août 1992 sur la fonction de police, les mots \"de "
        "police\" sont abrogés.",
        "Dans l'article 17bis, § 1er, de la même loi, inséré par la loi du 27 décembre 2006 et "
        "modifié par la loi du 30 décembre 2009, la phrase \"Ils sont notamment chargés des "
        "enquêtes visées aux articles 15 et 15bis, sous l'autorité du directeur de l'Organe "
        "central.\" est abrogée.",
    )
    op = act.operations()[1]
    assert isinstance(op, RepealUnit)
    assert op.target.article == "17bis"
    assert op.target.path == (step("paragraph", "1er"), step(
        "sentence", "Ils sont notamment chargés des enquêtes visées aux articles 15 et 15bis, "
        "sous l'autorité du directeur de l'Organe central."))


def test_premier_tiret_replaced() -> None:
    # excerpts/fr/2011000137/act.fr.md, art. 2 (the block shortened)
    op = only_operation(
        "Dans l'article 3, alinéa 2, de l'arrêté royal du 30 novembre 2001 fixant le nombre de "
        "fonctionnaires de liaison des services de police auprès des gouverneurs de province et "
        "les conditions et modalités de leur désignation, le premier tiret est remplacé par ce "
        "qui suit :\n\" - relève du cadre des officiers ou du cadre moyen ; \"."
    )
    assert isinstance(op, ReplaceUnit)
    assert op.target.act.date == dt.date(2001, 11, 30)
    assert op.target.path == (step("alinea", "2"), step("tiret", "#1"))


def test_intitule_of_a_chapter_of_the_same_act() -> None:
    # corpus/be/2016036305.md, art. 60 (after a real article citing the décret, art. 6)
    act = parse(
        "Dans l'article 2 du décret du 21 novembre 2003 relatif à la politique de santé "
        "préventive, modifié par le décret du 20 mars 2009, les mots \" la prévention \" sont "
        "abrogés.",
        "Dans le même décret, l'intitulé du chapitre V, section Ire, est remplacé par "
        "l'intitulé suivant :\n\n\" Institutions communautaires et centres de détention "
        "flamands \".",
    )
    op = act.operations()[1]
    assert isinstance(op, ReplaceUnit)
    assert op.target.divisions == (step("chapter", "V"), step("section", "Ire"))
    assert op.target.path == (step("heading", ""),)
    assert op.new[0].kind == "heading"
    assert op.new[0].text == "Institutions communautaires et centres de détention flamands"


def test_intitule_de_la_loi_replaced() -> None:
    # corpus/be/2005009427.md, art. 2
    op = only_operation(
        "L'intitulé de la loi du 11 décembre 1998 relative à la classification et aux "
        "habilitations de sécurité est remplacé par l'intitulé suivant : \" Loi relative à la "
        "classification et aux habilitations, attestations et avis de sécurité \"."
    )
    assert isinstance(op, ReplaceUnit)
    assert op.target.act.date == dt.date(1998, 12, 11) and op.target.article is None
    assert op.target.path == (step("heading", ""),)
    assert op.new[0].text == ("Loi relative à la classification et aux habilitations, "
                              "attestations et avis de sécurité")


def test_l_article_itself_completed() -> None:
    # corpus/be/2006023386.md, art. 30, 4° (lead-in shortened to its act; block shortened)
    op = only_operation(
        "Dans l'article 49ter de l'arrêté royal du 10 novembre 1967 relatif à l'exercice des "
        "professions des soins de santé, les modifications suivantes sont apportées :\n\n"
        "1° l'article est complété par l'alinéa suivant :\n\n\" La demande de bénéfice des "
        "dispenses spéciales doit être introduite au moins trois mois avant le début de la "
        "formation. \""
    )
    assert isinstance(op, InsertUnit)
    assert op.target.article == "49ter" and op.target.path == ()
    assert op.position == "end" and op.new[0].kind == "alinea"


def test_le_meme_alinea() -> None:
    # corpus/be/2019041200.md, art. 38, 1° and 2° (lead-in's act: the Code judiciaire)
    ops = parse(
        "A l'article 1675/8 du Code judiciaire, inséré par la loi du 5 juillet 1998 et modifié "
        "en dernier lieu par la loi du 14 janvier 2013, les modifications suivantes sont "
        "apportées :\n\n1° dans l'alinéa 1er, le mot \"délivrent\" est remplacé par le mot "
        "\"communiquent\";\n\n2° dans le même alinéa, le mot \"expédiée\" est remplacé par le "
        "mot \"communiquée\";"
    ).operations()
    assert [op.target.path for op in ops] == [(step("alinea", "1er"),)] * 2
    assert [(op.old, op.new) for op in ops if isinstance(op, ReplaceWords)] == [
        ("délivrent", "communiquent"), ("expédiée", "communiquée")]
    assert [op.source.point for op in ops] == ["1°", "2°"]


def test_point_letter_repealed() -> None:
    # corpus/be/2016003166.md, art. 32
    op = only_operation(
        "Dans l'article 3 de la loi du 17 décembre 1998 créant un fonds de protection des dépôts "
        "et des instruments financiers et réorganisant les systèmes de protection des dépôts et "
        "des instruments financiers, le a) est abrogé."
    )
    assert isinstance(op, RepealUnit)
    assert op.target.act.date == dt.date(1998, 12, 17)
    assert op.target.article == "3" and op.target.path == (step("point", "a)"),)


def test_paragraph_without_a_comma_after_the_article() -> None:
    # corpus/be/2006023386.md, art. 28 (after an article citing the arrêté royal n° 78,
    # shortened to its date)
    act = parse(
        "L'article 49 de l'arrêté royal du 10 novembre 1967 relatif à l'exercice des professions "
        "des soins de santé est abrogé.",
        "L'article 50 § 2, du même arrêté, modifié par la loi du 22 février 1994, est abrogé.",
    )
    op = act.operations()[1]
    assert isinstance(op, RepealUnit)
    assert op.target.article == "50" and op.target.path == (step("paragraph", "2"),)
    assert op.history == ("modifié par la loi du 22 février 1994",)
