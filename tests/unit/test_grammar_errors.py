"""The refusals of the grammar, each with its stable code (consolidate/errors.py, raised in
consolidate/parsing/): real sentences from ../shared/data that the grammar refuses, and real
sentences with one defect put in (said so in the comment), parsed in a minimal act.
"""

from __future__ import annotations

import pytest
from parser_cases import FRONT, act_text

from consolidate import parse
from consolidate.errors import ParseError
from consolidate.parser import parse_text


def refused(*articles: str) -> ParseError:
    """The error raised by an act made of the constitutional basis and ``articles``."""
    with pytest.raises(ParseError) as caught:
        parse_text(act_text(*articles), "test.md")
    return caught.value


# --- P001: no rule reads the instruction ------------------------------------------------------


def test_p001_misspelt_participle() -> None:
    # excerpts/fr/2018010274/act.fr.md, art. 3 with "abrogé" misspelt "abogé"
    error = refused("Dans l'article 12 de l'arrêté ministériel du 23 juillet 2001 relatif à "
                    "l'immatriculation des véhicules, le paragraphe 4 est abogé.")
    assert error.code == "P001" and "abogé" in error.message
    assert error.article == "2" and error.location is not None and error.location.line == 10


def test_p001_unread_words_after_the_predicate() -> None:
    # excerpts/nl/1998031287/act.fr.md, art. 2, 2°, with its new text put after the colon
    # on the same line, neither quoted nor a list of tirets (an unquoted list of tirets is
    # read: tests/unit/test_nl_excerpts.py)
    error = refused(
        "A l'article 2 de l'ordonnance du 12 décembre 1991 créant les fonds budgétaires modifiée "
        "par les ordonnances du 13 avril 1995 et du 29 mars 1996, il est apporté les "
        "modifications suivantes :\n1° le 9°, 1er alinéa, 1er tiret est abrogé;\n2° le 11°, 1er "
        "alinéa, 1er tiret est remplacé par les dispositions suivantes : du produit de la taxe "
        "sur le déversement des eaux usées;"
    )
    assert error.code == "P001", error.message
    assert "point 2°" in error.message and "after the predicate 'replace'" in error.message


def test_p001_amending_vocabulary_without_a_predicate() -> None:
    # excerpts/fr/2011000137/act.fr.md, art. 2 with its predicate "est remplacé" left out
    error = refused(
        "Dans l'article 3, alinéa 2, de l'arrêté royal du 30 novembre 2001 fixant le nombre de "
        "fonctionnaires de liaison des services de police auprès des gouverneurs de province, le "
        "premier tiret par ce qui suit :\n\" - relève du cadre des officiers ; \"."
    )
    assert error.code == "P001", error.message


def test_p001_lead_in_without_points() -> None:
    # corpus/be/2019041200.md, art. 37 with its points left out
    error = refused("A l'article 1675/7 du Code judiciaire, les modifications suivantes sont "
                    "apportées :")
    assert error.code == "P001", error.message
    assert "no point" in error.message


# --- P002: unterminated quote -----------------------------------------------------------------


def test_p002_inline_quote_never_closed() -> None:
    # excerpts/fr/1996002013/act.fr.md, art. 1er with its closing quotes moved: the first
    # quote now pairs with the opening of the new words, whose own quote never closes — the
    # words of the instruction are ambiguous
    error = refused(
        "Dans l'article 2, alinéa 1er, de l'arrêté royal du 28 février 1991 relatif à "
        "l'interruption à mi-temps de la carrière professionnelle dans les administrations de "
        "l'Etat, les mots \" soixante mois sont remplacés par les mots \" septante-deux mois \"."
    )
    assert error.code == "P002" and "never closed" in error.message


def test_p002_block_never_closed_with_an_unpaired_quote_inside() -> None:
    # excerpts/fr/2003022401/act.fr.md, art. 1er with the block's closing quote taken away and
    # a stray quote put in: the block's end is ambiguous
    error = refused(
        "L'article 8, § 2, alinéa 1er de la loi du 21 juillet 1844 sur les pensions civiles et "
        "ecclésiastiques est complété par la disposition suivante :\n\" 41° l'allocation de "
        "compétence accordée en application des articles « 34 à 36 de l'arrêté royal du 10 "
        "avril 1995;"
    )
    assert error.code == "P002", error.message


# --- P003: count mismatch ---------------------------------------------------------------------


def test_p003_announced_count_differs_from_the_block() -> None:
    # corpus/be/2014009092.md, art. 8 ("deux alinéas") with a third alinéa put in the block
    error = refused(
        "L'article 91 du Code judiciaire, remplacé par la loi du 3 août 1992, est complété par "
        "deux alinéas rédigés comme suit :\n\n\"En matière d'application des peines, les "
        "affaires sont attribuées au juge.\n\nLe juge a suivi la formation.\n\nUn troisième "
        "alinéa.\"."
    )
    assert error.code == "P003" and "2" in error.message and "3" in error.message


# --- P004: "de la même loi" with no act before ---------------------------------------------


def test_p004_meme_loi_first() -> None:
    # corpus/be/2007011015.md, art. 5 as the first amending article of the act
    error = refused(
        "L'article 12 de la même loi, modifié par l'arrêté royal du 20 juillet 2000, est "
        "abrogé."
    )
    assert error.code == "P004"


# --- P006: headings and point labels ---------------------------------------------------------


def test_p006_point_missing_between_two_points() -> None:
    # corpus/be/2006023386.md, art. 20 with its 2° and 3° left out (1° then 4°)
    error = refused(
        "A l'article 38 de l'arrêté royal du 10 novembre 1967 relatif à l'exercice des "
        "professions des soins de santé, sont apportées les modifications suivantes :\n\n1° dans "
        "le § 3, a), les mots \"articles 2 ou 3\" sont remplacés par les mots \"articles 2, § "
        "1er, 3 ou 21noviesdecies\";\n\n4° dans le § 3, a), les mots \"articles 2\" sont "
        "supprimés."
    )
    assert error.code == "P006" and "2°" in error.message


def test_p006_bold_heading_out_of_sequence() -> None:
    # excerpts/fr/1996002013/act.fr.md with its "Art. 3." renumbered "Art. 2." (a repeat)
    text = FRONT + (
        "**Article 1er.** Dans l'article 2, alinéa 1er, de l'arrêté royal du 28 février 1991 "
        "relatif à l'interruption à mi-temps de la carrière professionnelle, les mots \" "
        "soixante mois \" sont remplacés par les mots \" septante-deux mois \".\n\n"
        "**Art. 2.** Le présent arrêté produit ses effets le 1er janvier 1996.\n\n"
        "**Art. 2.** Nos Ministres et Nos Secrétaires d'Etat sont chargés, chacun en ce qui le "
        "concerne, de l'exécution du présent arrêté.\n"
    )
    with pytest.raises(ParseError) as caught:
        parse_text(text, "t.md")
    assert caught.value.code == "P006"


# --- P007: the designation ------------------------------------------------------------------


def test_p007_unread_word_in_the_designation() -> None:
    # excerpts/nl/2018012873/act.fr.md, art. 1er: "la Nouvelle loi communale" is read now (a
    # named act, like a Code); a word no rule reads in its place is refused
    act = parse(text=act_text(
        "A l'article 234, § 3, de la Nouvelle loi communale, le montant de \"135.000 euros\" est "
        "remplacé par le montant de \"144.000 euros\"."))
    (op,) = act.operations()
    assert op.target.act.code == "Nouvelle loi communale" and op.target.article == "234"
    error = refused(
        "A l'article 234, § 3, de la Nouvelle loi communale révisée, le montant de \"135.000 "
        "euros\" est remplacé par le montant de \"144.000 euros\"."
    )
    assert error.code == "P007" and "révisée" in error.message


def test_p007_impossible_date() -> None:
    # excerpts/fr/1996002013/act.fr.md, art. 1er with the act's date made impossible
    error = refused(
        "Dans l'article 2, alinéa 1er, de l'arrêté royal du 30 février 1991 relatif à "
        "l'interruption à mi-temps de la carrière professionnelle, les mots \" soixante mois \" "
        "sont remplacés par les mots \" septante-deux mois \"."
    )
    assert error.code == "P007" and "30 février 1991" in error.message


def test_p007_no_act_designated() -> None:
    # excerpts/fr/2018010274/act.fr.md, art. 3 with "du même arrêté" left out
    error = refused("Dans l'article 12, le paragraphe 4 est abrogé.")
    assert error.code == "P007" and "no act is designated" in error.message


# --- P009: the quoted block -------------------------------------------------------------------


def test_p001_new_items_not_quoted() -> None:
    # corpus/be/2022015455.md, art. 2, 5°: the new items are not quoted (lead-in's act cited;
    # the quotes inside them are words after the predicate)
    error = refused(
        "A l'article 3 de la loi organique du 30 novembre 1998 des services de renseignement et "
        "de sécurité, les modifications suivantes sont apportées:\n\n1° l'article est complété "
        "par les 22° à 28°, rédigés comme suit:\n\n22° \"faux nom\": un nom qui n'appartient pas "
        "à l'agent;"
    )
    assert error.code == "P001", error.message
    assert "after the predicate 'complete'" in error.message


@pytest.mark.parametrize("verb", ["est suspendu", "est prorogé jusqu'au 31 décembre 2025",
                                  "est rapporté", "sont retirés"])
def test_p001_unknown_verb_after_a_unit_of_a_cited_act(verb: str) -> None:
    # corpus/be/2003009298.md, art. 21 ("L'article 323bis du Code judiciaire est
    # d'application …") with its verb put as a formula no rule reads: an unknown formula,
    # never an autonomous article (the Dutch "wordt geschorst": tests/unit/test_nl_errors.py)
    subject = "Les articles 323bis et 324" if verb.startswith("sont") else "L'article 323bis"
    error = refused(f"{subject} du Code judiciaire {verb}.")
    assert error.code == "P001" and error.article == "2", error.message
    word = verb.split()[1]
    assert error.message.startswith(f"article 2: unknown formula '{word}': "), error.message
    assert f"({subject} du Code judiciaire)" in error.message
    assert "expected remplacé, inséré, complété, abrogé" in error.message


def test_p001_two_predicates_that_no_rule_cuts() -> None:
    # corpus/be/2006009444.md, art. 12: "formeront" (a renumbering) follows "sont abrogés"
    # after "étant entendu que", which no rule cuts; one clause read with one of them would
    # lose the other operation
    error = refused(
        "A l'article 50 de la loi du 8 avril 1965 relative à la protection de la jeunesse, "
        "l'alinéa 4 du § 1er et le § 2 sont abrogés, étant entendu que les trois premiers "
        "alinéas du § 1er formeront l'article 50."
    )
    assert error.code == "P001", error.message
    assert error.article == "2"
    # since issue 10 the refusal names the formula (a proviso, lexicon known_refusals)
    assert "a proviso" in error.message and "removes a § level" in error.message
    assert "étant entendu que les trois premiers alinéas du § 1er formeront" in error.message


def test_p001_two_predicates_minimal() -> None:
    # the smallest case: two participles, no "et", ";" or "." between them
    error = refused("L'article 5 de la loi du 8 avril 1965 relative à la protection de la "
                    "jeunesse est abrogé, le § 2 est remplacé par les mots \"x\".")
    assert error.code == "P001" and "'est abrogé' and 'est remplacé'" in error.message


def test_p009_empty_block() -> None:
    # excerpts/fr/2003022401/act.fr.md, art. 1er with its block emptied
    error = refused(
        "L'article 8, § 2, alinéa 1er de la loi du 21 juillet 1844 sur les pensions civiles et "
        "ecclésiastiques est complété par la disposition suivante :\n\" \""
    )
    assert error.code == "P009" and "empty" in error.message


def test_p009_announced_label_differs() -> None:
    # excerpts/fr/2013014172/act.fr.md, art. 1er with "un 8°" announced but "9°" quoted
    error = refused(
        "L'article 20, § 1er, de l'arrêté royal du 20 juillet 2001 relatif à l'immatriculation "
        "de véhicules, est complété par le 8° rédigé comme suit :\n« 9° les marques "
        "d'immatriculation. »"
    )
    assert error.code == "P009" and "8°" in error.message


# --- P010: annexes and tables ---------------------------------------------------------------


def test_p010_a_table_replaced_as_a_whole() -> None:
    # corpus/be/2005009998.md, art. 4 made to replace the table itself
    error = refused(
        "Dans le tableau figurant à l'article 1er de la loi du 20 juillet 1971 déterminant le "
        "cadre du personnel des justices de paix, le 3° est abrogé."
    )
    assert error.code == "P010" and "table" in error.message


def test_p010_a_form_of_an_annex() -> None:
    # excerpts/fr/1998002086/act.fr.md, art. 1er, made to designate a form of the annex (a
    # "formulaire": no rule reads it; the annex itself is read, tests/unit/test_annexes.py)
    error = refused(
        "Le formulaire de l'annexe II de l'arrêté royal du 26 septembre 1994 fixant les "
        "principes généraux du statut administratif et pécuniaire des agents de l'Etat est "
        "abrogé."
    )
    assert error.code == "P010" and "formulaire" in error.message


def test_keep_going_records_every_refusal_and_reads_the_rest() -> None:
    # excerpts/nl/2018012873/act.fr.md, art. 1er (a word added so that it is refused) and
    # art. 2 (read)
    act = parse_text(act_text(
        "A l'article 234, § 3, de la Nouvelle loi communale révisée, le montant de \"135.000 "
        "euros\" est remplacé par le montant de \"144.000 euros\".",
        "Cet arrêté entre en vigueur à partir du jour où il paraît au Moniteur belge.",
    ), "t.md", keep_going=True)
    assert [(p.code, p.article, p.severity) for p in act.problems] == [("P007", "2", "error")]
    assert [a.kind for a in act.articles] == ["constitutional_basis", "entry_into_force"]


# --- P011 / P012: warnings on a Justel page or an excerpt -----------------------------------

#: corpus/be/2008021118.md: its front matter and articles 1 and 3 (legalize-be's markdown)
JUSTEL = """---
title: "22 DECEMBRE 2008. - Loi portant des dispositions diverses (II)"
identifier: "2008021118"
rank: "loi"
publication_date: "2008-12-29"
source: "https://www.ejustice.just.fgov.be/eli/loi/2008/12/22/2008021118/justel"
dossier_number: "2008-12-22/34"
language: "fr"
---
# 22 DECEMBRE 2008. - Loi portant des dispositions diverses (II)

##### Article 1. La présente loi règle une matière visée à l'article 77 de la Constitution.

##### Article 3. L'article 2 entre en vigueur le 31 décembre 2008.
"""


def test_p011_repeated_article_that_differs_is_a_warning() -> None:
    text = JUSTEL + "\n##### Article 3. L'article 2 entre en vigueur le 1er janvier 2009.\n"
    act = parse_text(text, "justel.md", keep_going=True)
    (problem,) = act.problems
    assert (problem.code, problem.severity, problem.article) == ("P011", "warning", "3")
    assert "DIFFER" in problem.message
    (rule,) = act.articles[1].entry_into_force
    assert rule.provisions == ("2",) and str(rule.date) == "2008-12-31"


def test_p011_repeated_identical_article() -> None:
    text = JUSTEL + "\n##### Article 3. L'article 2 entre en vigueur le 31 décembre 2008.\n"
    (problem,) = parse_text(text, "justel.md", keep_going=True).problems
    assert problem.code == "P011" and "identical" in problem.message
    assert len(parse_text(text, "justel.md").articles) == 2


def test_p012_numbering_gap_in_an_excerpt() -> None:
    # excerpts/fr/2003002160/act.fr.md keeps complete articles only: here articles 1er and 3
    text = FRONT + (
        "**Article 1er.** Le présent arrêté règle, en vertu de l'article 138 de la Constitution, "
        "une matière visée à l'article 128, §1er, de celle-ci.\n\n"
        "**Art. 3.** Le présent arrêté entre en vigueur le jour de sa publication au Moniteur "
        "belge.\n"
    )
    act = parse_text(text, "t.md", keep_going=True)
    assert [(p.code, p.severity, p.article) for p in act.problems] == [("P012", "warning", "3")]
    assert [a.number for a in act.articles] == ["1er", "3"]
