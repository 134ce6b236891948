"""What the grammar reads despite the flaws of a Justel page (consolidate/parsing/blocks.py,
articles.py, parser.py): quotes left unclosed or stray, blocks that give the announced unit
without its label, articles out of the act's order, headings naming the act, tables. Each
on a real sentence from ../shared/data (the file is named above each test), in a minimal act
(tests/unit/parser_cases.py) or in the real file. Every mended quote is a P002 *warning*: the
reading is said, never silent; where the end of the new text is ambiguous it stays an error
(tests/unit/test_grammar_errors.py, test_parser_errors.py).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from parser_cases import act_text

from consolidate import api
from consolidate.model import (
    AmendingAct,
    AppendWords,
    InsertUnit,
    Operation,
    ReplaceUnit,
    ReplaceWords,
)
from consolidate.parser import parse_text

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "data" / "corpus" / "be"


def read(*articles: str) -> AmendingAct:
    """An act made of the constitutional basis and ``articles``, read with keep_going."""
    return parse_text(act_text(*articles), "test.md", keep_going=True)


def operations(act: AmendingAct) -> list[Operation]:
    return [op for article in act.articles for op in article.operations]


def warnings(act: AmendingAct) -> list[str]:
    assert all(p.severity == "warning" for p in act.problems), act.problems
    return [p.message for p in act.problems if p.code == "P002"]


def corpus_act(numac: str) -> AmendingAct:
    path = CORPUS / f"{numac}.md"
    if not path.exists():
        pytest.skip(f"{path} absent (the shared corpus is not checked out)")
    return api.parse(path, keep_going=True)


# --- a block left open ------------------------------------------------------------------------


def test_block_never_closed_runs_to_the_end_of_the_article() -> None:
    # corpus/be/2022033790.md, art. 16 (Justel's mark "]¹" took the closing quote's place)
    act = read(
        "Dans l'article 28 de la loi du 15 juin 1935 concernant l'emploi des langues en matière "
        "judiciaire, remplacé par la loi du 23 septembre 1985, l'alinéa 2 est remplacé par ce qui "
        "suit:\n\n\"Les arrêts rendus en français ou en néerlandais que la Cour considère, "
        "conformément aux critères déterminés par le Roi après avis de la Cour, comme étant "
        "suffisamment pertinents pour l'unité de la jurisprudence ou le développement du droit, "
        "sont traduits respectivement en néerlandais ou en français."
    )
    (op,) = operations(act)
    assert isinstance(op, ReplaceUnit)
    assert op.target.act.date == dt.date(1935, 6, 15) and op.target.article == "28"
    assert [(s.unit, s.label) for s in op.target.path] == [("alinea", "2")]
    assert op.new[0].text.startswith("Les arrêts rendus en français")
    assert op.new[0].text.endswith("en néerlandais ou en français.")
    assert ["never closed" in message for message in warnings(act)] == [True]


def test_block_never_closed_with_paired_quotes_inside() -> None:
    # corpus/be/2018010181.md, art. 4 (shortened): the inner "besoin(s) spécifique(s)" pair up,
    # the block's own quote never closes
    act = read(
        "Dans le chapitre XIbis du décret du 24 juillet 1997 définissant les missions "
        "prioritaires de l'enseignement fondamental et de l'enseignement secondaire, il est "
        "inséré un article 102/1 rédigé comme suit :\n\n\" Article 102/1 - § 1er. Tout élève de "
        "l'enseignement ordinaire, fondamental et secondaire, qui présente des \" besoin(s) "
        "spécifique(s) \", tel(s) que défini-(s) à l'article 5, 22° est en droit de bénéficier "
        "d'aménagements raisonnables.\n\n§ 2. Les aménagements sont mis en place à la demande "
        "des parents."
    )
    (op,) = operations(act)
    assert isinstance(op, InsertUnit)
    (article,) = op.new
    assert (article.kind, article.label) == ("article", "102/1")  # "Article 102/1 -" read
    # the article opens with its § 1er, which holds the text (as for "Art. 10. § 1er. …")
    assert article.text == ""
    assert [(child.kind, child.label) for child in article.children] == [
        ("paragraph", "1er"), ("paragraph", "2")]
    assert article.children[0].text.startswith("Tout élève")
    assert "besoin(s) spécifique(s)" in article.children[0].text
    assert len(warnings(act)) == 1


def test_the_opening_quote_missing() -> None:
    # corpus/be/2016036305.md, art. 110 (its act named instead of "du même décret")
    act = read(
        "L'article 14, § 2, alinéa 1er, du décret du 20 avril 2012 portant organisation de la "
        "médiation, est complété par un point 6°, rédigé comme suit :\n\n6° mener l'enquête, "
        "visée à l'article 1231-10, 3°, du Code judiciaire. \"."
    )
    (op,) = operations(act)
    assert isinstance(op, InsertUnit)
    (point,) = op.new
    assert (point.kind, point.label) == ("point", "6°")
    assert point.text == "mener l'enquête, visée à l'article 1231-10, 3°, du Code judiciaire."
    assert ["opening quote" in message for message in warnings(act)] == [True]


def test_new_text_whose_first_quote_is_a_defined_term() -> None:
    # corpus/be/2018010181.md, art. 1er (its act named: the page names it in a heading)
    act = read(
        "A l'article 5 du décret du 24 juillet 1997 définissant les missions prioritaires de "
        "l'enseignement fondamental, un 22° est inséré et rédigé comme suit :\n\n\" besoin "
        "spécifique \" : besoin résultant d'une particularité, d'un trouble, d'une situation "
        "permanents ou semi-permanents d'ordre psychologique."
    )
    (op,) = operations(act)
    assert isinstance(op, InsertUnit)
    (point,) = op.new
    assert (point.kind, point.label) == ("point", "22°")  # the announced label
    assert point.text.startswith('"besoin spécifique" : besoin résultant') or \
        point.text.startswith('" besoin spécifique " : besoin résultant')
    assert len(warnings(act)) == 1


def test_a_point_ended_by_the_next_instruction() -> None:
    # corpus/be/2006023386.md, art. 53: point 1° never closes its quote; point 2° reads as the
    # next instruction ("2° à l'alinéa 2, …, les mots "implants ou" sont supprimés")
    act = read(
        "A l'article 35, § 1er, de la loi relative à l'assurance obligatoire soins de santé et "
        "indemnités, coordonnée le 14 juillet 1994, modifié par les lois du 10 août 2001, du 9 "
        "juillet 2004 et du 27 décembre 2005, sont apportées les modifications suivantes :\n\n"
        "1° le premier alinéa est remplacé comme suit :\n\n\" § 1er. Le Roi établit la "
        "nomenclature des prestations de santé, à l'exception des prestations visées à "
        "l'article 34, alinéa 1er, 4°bis et 5°, b), c), d) et e) ;\n\n2° à l'alinéa 2, troisième "
        "et quatrième phrases, les mots \"implants ou\" sont supprimés."
    )
    first, *others = operations(act)
    assert isinstance(first, ReplaceUnit) and first.source.point == "1°"
    assert first.new[0].text.endswith("b), c), d) et e)")  # the point's ";" is not new text
    # "troisième et quatrième phrases": one repeal in each
    assert [(op.source.point, getattr(op, "old", None)) for op in others] == \
        [("2°", "implants ou")] * 2
    assert any("point 1°" in message for message in warnings(act))


# --- stray quotes and words left open ----------------------------------------------------------


def test_a_stray_quote_opening_the_article() -> None:
    # corpus/be/2006009457.md, art. 38 (its Code named instead of "du même Code")
    act = read(
        "\" Dans l'article 408 du Code judiciaire, les mots \" et les juges consulaires \" sont "
        "remplacés par les mots \", les juges consulaires et les assesseurs en application des "
        "peines \"."
    )
    (op,) = operations(act)
    assert isinstance(op, ReplaceWords) and op.target.act.code == "Code judiciaire"
    assert (op.old, op.new) == ("et les juges consulaires",
                                ", les juges consulaires et les assesseurs en application des "
                                "peines")
    assert ["stray quote" in message for message in warnings(act)] == [True]
    assert act.articles[1].text.startswith('" Dans')  # the act's text is kept as it is


def test_a_lone_quote_ending_the_article() -> None:
    # corpus/be/2019041200.md, art. 109 (shortened): a transitional rule, not an instruction
    act = read(
        "Les formations visées à l'article 204, § 3, du Code judiciaire, tel que remplacé par "
        "la présente loi, qui ont déjà été suivies au cours des cinq années précédant l'entrée "
        "en vigueur du titre 9 de la présente loi sont réputées de plein droit avoir été suivies "
        "dans le cadre de la formation obligatoire.\"."
    )
    assert act.articles[1].kind in ("autonomous", "transitional")
    assert ["lone quote" in message for message in warnings(act)] == [True]


def test_quoted_words_running_to_the_end_of_the_article() -> None:
    # corpus/be/2019041200.md, art. 32/1 (its Code named instead of "du même Code")
    act = read(
        "Dans l'article 1390quater, § 1er, alinéa 2, du Code judiciaire, inséré par l'article "
        "32, la phrase est complétée par les mots \", au moyen du registre central des "
        "règlements collectifs de dettes prévu à l'article 1675/20."
    )
    (op,) = operations(act)
    assert isinstance(op, AppendWords)
    assert op.new == (", au moyen du registre central des règlements collectifs de dettes "
                      "prévu à l'article 1675/20")
    assert ["run to the end" in message for message in warnings(act)] == [True]


# --- blocks that give the announced unit without its label ------------------------------------


def test_an_article_announced_and_given_without_its_heading() -> None:
    # corpus/be/2018010181.md, art. 7 (shortened; its act named)
    act = read(
        "Dans le chapitre XIbis du décret du 24 juillet 1997 définissant les missions "
        "prioritaires de l'enseignement fondamental, il est inséré un article 102/4 rédigé "
        "comme suit :\n\n\" La question des besoins spécifiques est abordée lors des réunions "
        "des conseils de classe.\n\nLes moments-clés visés à l'alinéa précédent sont répartis "
        "de la manière suivante :\n\n- une réunion au sein du cursus de l'enseignement "
        "maternel.\""
    )
    (op,) = operations(act)
    assert isinstance(op, InsertUnit)
    (article,) = op.new
    assert (article.kind, article.label) == ("article", "102/4")
    assert article.text.startswith("La question des besoins spécifiques")
    assert article.children[0].text.startswith("Les moments-clés")


def test_a_point_announced_in_another_style() -> None:
    # corpus/be/2016003166.md, art. 33: "un j)" announced, the block writes "j."
    act = read(
        "L'article 45, § 1er, 3°, de la loi du 2 août 2002 relative à la surveillance du "
        "secteur financier et aux services financiers, modifié en dernier lieu par la loi du 25 "
        "avril 2014, est complété par un j), rédigé comme suit :\n\n\"j. L'article 383 de la loi "
        "du 25 avril 2014.\"."
    )
    (op,) = operations(act)
    assert isinstance(op, InsertUnit)
    assert [(u.kind, u.label, u.text) for u in op.new] == [
        ("point", "j)", "L'article 383 de la loi du 25 avril 2014.")]


def test_an_article_49_1_for_49_slash_1() -> None:
    # corpus/be/2016036305.md, art. 41 (shortened; its act named)
    act = read(
        "Au chapitre IV, section Ire, sous-section Ire, du décret du 13 mars 2009 sur les soins "
        "et le logement, il est inséré un article 49/1 rédigé comme suit :\n\n\" Art. 49.1. Le "
        "Gouvernement flamand peut, à la demande de l'initiateur, convertir l'agrément. \"."
    )
    (op,) = operations(act)
    assert isinstance(op, InsertUnit)
    assert [(u.kind, u.label) for u in op.new] == [("article", "49/1")]
    assert op.new[0].text.startswith("Le Gouvernement flamand peut")


def test_a_division_and_its_heading_after_intitulee() -> None:
    # corpus/be/2014003196.md, art. 8 (its act named instead of "inséré par l'article 5")
    act = read(
        "Dans le Chapitre IV/3 de la loi du 22 février 1998 fixant le statut organique de la "
        "Banque Nationale de Belgique, il est inséré une Section 2 intitulée : \"Détection et "
        "suivi des facteurs susceptibles d'affecter la stabilité du système financier\"."
    )
    (op,) = operations(act)
    assert isinstance(op, InsertUnit)
    assert [(u.kind, u.label, u.text) for u in op.new] == [
        ("section", "2", "Détection et suivi des facteurs susceptibles d'affecter la stabilité "
         "du système financier")]


def test_justel_spacing_of_item_labels() -> None:
    # corpus/be/2022015455.md, art. 2, 3° ("un 8° /1"); corpus/be/2016003166.md, art. 27, 2°
    # ("1° bis")
    act = read(
        "A l'article 3 de la loi organique du 30 novembre 1998 des services de renseignement et "
        "de sécurité, un 8° /1 est inséré, rédigé comme suit:\n\n\"8° /1 \"son délégué\": "
        "l'agent désigné par décision écrite du dirigeant du service;\".",
        "Dans l'article 8, § 1er, alinéa 1er, 1° bis, de l'arrêté royal du 26 avril 2009 "
        "modifiant l'arrêté royal du 14 novembre 2008, les mots \"Ratio de liquidité\" sont "
        "remplacés par les mots \"Exigence européenne\".",
    )
    inserted, replaced = operations(act)
    assert isinstance(inserted, InsertUnit) and inserted.new[0].label == "8°/1"
    assert inserted.new[0].text.startswith('"son délégué"')
    assert [(s.unit, s.label) for s in replaced.target.path][-1] == ("point", "1°bis")


# --- tables ----------------------------------------------------------------------------------


def test_words_in_a_table_are_words_of_the_unit_holding_it() -> None:
    # corpus/be/2005009998.md, art. 4
    act = read(
        "Dans le tableau figurant à l'article 1er de la loi du 20 juillet 1971 déterminant le "
        "cadre du personnel des justices de paix, remplacé par la loi du 25 mars 1999, les mots "
        "\" Soignies-Le Roeulx \" sont remplacés par le mot \" Soignies \"."
    )
    (op,) = operations(act)
    assert isinstance(op, ReplaceWords)
    assert (op.target.act.date, op.target.article, op.target.path) == (
        dt.date(1971, 7, 20), "1er", ())
    assert (op.old, op.new) == ("Soignies-Le Roeulx", "Soignies")


# --- the act meant by "le même …" ---------------------------------------------------------------


def test_le_meme_arrete_after_a_loi_is_refused() -> None:
    # corpus/be/2016003166.md, art. 16 after an article citing a loi: the act cited last is
    # not an arrêté, "du même arrêté royal" cannot mean it
    act = read(
        "L'article 45 de la loi du 2 août 2002 relative à la surveillance du secteur financier "
        "et aux services financiers est abrogé.",
        "L'article 2/1 du même arrêté royal, inséré par la loi du 29 décembre 2010, est abrogé.",
    )
    (problem,) = act.problems
    assert (problem.code, problem.article) == ("P004", "3")
    assert "loi du 2002-08-02" in problem.message


def test_an_article_out_of_the_acts_order_takes_the_act_before_it(
) -> None:
    # corpus/be/2006023386.md: art. 112 ("… est inséré dans la même loi") comes first on the
    # page; the act it means is the one art. 111 amends
    act = corpus_act("2006023386")
    (op,) = next(a for a in act.articles if a.number == "112").operations
    assert isinstance(op, InsertUnit) and op.new[0].label == "216bis"
    assert op.target.act.coordinated == dt.date(1994, 7, 14)
    assert not [p for p in act.problems if p.code == "P004"]


def test_the_heading_before_the_first_article_names_the_act() -> None:
    # corpus/be/2018010181.md: "CHAPITRE PREMIER. - Modifications du décret du 24 juillet
    # 1997 …", then "Article 1er. A l'article 5, un 22° est inséré …"
    act = corpus_act("2018010181")
    (op,) = act.articles[0].operations
    assert op.target.act.type == "décret" and op.target.act.date == dt.date(1997, 7, 24)


def test_an_article_repealed_later_says_so() -> None:
    # corpus/be/2022015455.md, art. 4: "<Abrogé par L [2024-03-28/60](…), art. 168, …>"
    act = corpus_act("2022015455")
    (problem,) = [p for p in act.problems if p.article == "4"]
    assert problem.code == "P008" and "repealed later (L 2024-03-28/60" in problem.message


# --- structure: ordinal divisions, points "1°)" ------------------------------------------------


def test_an_ordinal_division_is_its_rank() -> None:
    # corpus/be/2011021116.md, art. 2 (shortened block)
    act = read(
        "Dans la deuxième partie, livre II, titre IV, chapitre II, du Code judiciaire, il est "
        "inséré un article 391/1 rédigé comme suit :\n\n\"Art. 391/1. Par dérogation à l'article "
        "391, les magistrats ne peuvent pas prétendre à la pension.\"."
    )
    (op,) = operations(act)
    assert isinstance(op, InsertUnit) and op.target.act.code == "Code judiciaire"
    assert [(s.unit, s.label) for s in op.target.divisions] == [
        ("part", "2"), ("book", "II"), ("title", "IV"), ("chapter", "II")]


def test_points_labelled_with_a_degree_and_a_parenthesis() -> None:
    # corpus/be/2006023386.md, art. 127 (its act named; the points shortened)
    act = read(
        "A l'article 24 de la loi du 7 mai 2004 relative aux expérimentations sur la personne "
        "humaine, sont apportées les modifications suivantes :\n\n1°) le § 1er est remplacé par "
        "la disposition suivante :\n\n\" § 1er. Pour la fabrication de médicaments expérimentaux, "
        "une autorisation accordée par le ministre est requise.\n\n2°) au § 2, les mots \"aux "
        "conditions prévues à l'article 12\" sont remplacés par les mots \"aux conditions fixées "
        "par le Roi\";"
    )
    first, second = operations(act)
    assert (first.source.point, second.source.point) == ("1°)", "2°)")
    assert isinstance(first, ReplaceUnit) and first.new[0].label == "1er"
    assert isinstance(second, ReplaceWords) and second.new == "aux conditions fixées par le Roi"


def test_paragraph_signs_as_the_points_of_a_lead_in() -> None:
    # corpus/be/2014021002.md, art. 2 (blocks shortened): "§ 1er. Le 1° est remplacé ce qui
    # suit :" ("par" missing), "§ 2. Le 2° est remplacé par ce qui suit :"
    act = read(
        "A l'article 3 de la loi du 17 septembre 2005 relative aux activités de lancement, "
        "d'opération de vol ou de guidage d'objets spatiaux, les modifications suivantes sont "
        "apportées :\n\n§ 1er. Le 1° est remplacé ce qui suit :\n\n\" 1° par \"objet spatial\", "
        "tout objet lancé sur une trajectoire orbitale; \"\n\n§ 2. Le 2° est remplacé par ce qui "
        "suit :\n\n\" 2° par \"opérateur\", la personne qui mène les activités visées par la "
        "présente loi; \""
    )
    first, second = operations(act)
    assert (first.source.point, second.source.point) == ("§ 1er.", "§ 2.")
    assert isinstance(first, ReplaceUnit) and first.new[0].label == "1°"
    assert [(s.unit, s.label) for s in second.target.path] == [("point", "2°")]
