"""Annexes and tables (consolidate/parsing/annexes.py): an annex of an act as the place of a
designation (``Target.annex``), the steps of a table (``table``, ``row``, ``column``), and new
text joined as an annex of the amending act (``NewUnit.joined``); each on a real sentence of
../shared/data (the file and article are named above each test), parsed inside a minimal act
(tests/unit/parser_cases.py) or read from its file. Applying them is refused with A010
(consolidate/handlers/annexes.py).
"""

from __future__ import annotations

import pytest
from conftest import shared_path
from lxml import etree
from parser_cases import FRONT, only_operation, parse

from consolidate import api
from consolidate.errors import NotInBaseText
from consolidate.model import (
    ActIdentity,
    AppendWords,
    InsertUnit,
    InsertWords,
    NewUnit,
    RepealUnit,
    ReplaceUnit,
    ReplaceWords,
    Step,
)
from consolidate.parser import parse_text

#: the act of corpus/be/2019030478.md, art. 14 ("Dans la même loi" after its chapter 3)
LOI_2006 = ("la loi du 20 juillet 2006 relative à la création et au fonctionnement de "
            "l'Agence fédérale des médicaments et des produits de santé")


def step(unit: str, label: str) -> Step:
    return Step(unit=unit, label=label)  # type: ignore[arg-type]


def joined(kind: str, label: str | None, annex: str) -> NewUnit:
    return NewUnit(kind=kind, label=label, text="", joined=annex)  # type: ignore[arg-type]


# --- annexes replaced, inserted, completed by an annex of the amending act -----------------


def test_annexes_replaced_by_the_annexes_joined_pair_in_order() -> None:
    # corpus/be/2019030478.md, art. 14 ("Ire>" is the page's markup of "I<sup>re</sup>")
    act = parse(
        f"Dans {LOI_2006}, les annexes Ire> et VII, insérées par la loi du 11 mars 2018 "
        "relative au financement de l'Agence fédérale des médicaments et produits de santé, "
        "sont remplacées par les annexes Ire> et II jointes à la présente loi.")
    first, second = act.operations()
    assert isinstance(first, ReplaceUnit) and isinstance(second, ReplaceUnit)
    assert (first.target.annex, first.new) == ("Ire", (joined("annex", "Ire", "Ire"),))
    # the act's annex VII becomes the amending act's annex II, under its label VII
    assert (second.target.annex, second.new) == ("VII", (joined("annex", "VII", "II"),))
    assert first.target.act.date is not None and first.target.act.date.isoformat() == \
        "2006-07-20"
    assert first.history == ("insérées par la loi du 11 mars 2018 relative au financement de "
                             "l'Agence fédérale des médicaments et produits de santé",)


def test_an_annex_replaced_by_the_annex_joined_to_the_arrete() -> None:
    # excerpts/fr/2005000252/act.fr.md, art. 1er
    op = only_operation(
        "L'annexe 10bis de l'arrêté royal du 8 octobre 1981 sur l'accès au territoire, le "
        "séjour, l'établissement et l'éloignement des étrangers, introduite par l'arrêté royal "
        "du 11 décembre 1996, est remplacée par l'annexe 10bis jointe au présent arrêté.")
    assert isinstance(op, ReplaceUnit) and op.target.annex == "10bis"
    assert op.new == (joined("annex", "10bis", "10bis"),)
    assert op.history == ("introduite par l'arrêté royal du 11 décembre 1996",)
    assert op.target.act.type == "arrêté royal"


def test_an_annex_inserted_joined_as_another_annex() -> None:
    # corpus/be/2019030478.md, art. 21
    op = only_operation(f"Dans {LOI_2006}, une annexe VIII, jointe comme annexe IX à la "
                        "présente loi, est insérée.")
    assert isinstance(op, InsertUnit) and op.position == "label"
    assert op.target.annex is None and op.target.article is None
    assert op.new == (joined("annex", "VIII", "IX"),)


def test_an_annex_completed_by_the_text_added_to_an_annex_of_this_act() -> None:
    # corpus/be/2019030478.md, art. 18 (after art. 17, which cites the 2006 law)
    act = parse(f"Dans {LOI_2006}, l'article 2 est abrogé.",
                "L'annexe V à la même loi est complétée par le texte ajouté à l'annexe III/1 à "
                "la présente loi.")
    op = act.operations()[-1]
    assert isinstance(op, InsertUnit) and op.position == "end" and op.target.annex == "V"
    assert op.new == (NewUnit(kind="text", text="", joined="III/1"),)


def test_a_table_completed_by_a_row_and_an_annex_by_a_title_joined() -> None:
    # corpus/be/2019030478.md, art. 20, 19° and 27° (its lead-in shortened)
    act = parse(
        f"A l'annexe VII de {LOI_2006}, les modifications suivantes sont apportées:\n\n"
        "1° le tableau du titre 2, chapitre 2, est complété par une ligne jointe comme annexe V "
        "à la présente loi;\n\n"
        "2° cette annexe est complétée par un nouveau titre 8 joint comme annexe VII à la "
        "présente loi.")
    row, title = act.operations()
    assert isinstance(row, InsertUnit) and row.position == "end"
    assert (row.target.annex, row.target.divisions, row.target.path) == (
        "VII", (step("title", "2"), step("chapter", "2")), (step("table", ""),))
    assert row.new == (joined("row", None, "V"),)
    assert isinstance(title, InsertUnit) and title.target.annex == "VII"
    assert (title.target.divisions, title.target.path) == ((), ())
    assert title.new == (joined("title", "8", "VII"),)


def test_the_annex_joined_in_dutch() -> None:
    # excerpts/nl/1998000072/act.nl.md, art. 1
    act = api.parse(shared_path("data/excerpts/nl/1998000072/act.nl.md"), keep_going=True)
    assert act.problems == ()
    [op] = act.operations()
    assert isinstance(op, InsertUnit) and op.position == "label" and op.target.annex is None
    assert op.new == (joined("annex", "10ter", "10ter"),)


# --- inside an annex: its units, its tables' rows and columns -------------------------------


def test_a_chapter_of_an_annex_completed_by_a_paragraph() -> None:
    # excerpts/fr/1998002086/act.fr.md, art. 1er (title and block shortened)
    op = only_operation(
        "Le chapitre II de l'annexe II de l'arrêté royal du 26 septembre 1994 fixant les "
        "principes généraux du statut administratif et pécuniaire des agents de l'Etat, modifié "
        "par l'arrêté royal du 22 mai 1996, est complété par un § 3, rédigé comme suit :\n"
        "\" § 3. Les directives publiées au Moniteur belge sont applicables de plein droit. \".")
    assert isinstance(op, InsertUnit) and op.position == "end"
    assert (op.target.annex, op.target.divisions) == ("II", (step("chapter", "II"),))
    assert [(unit.kind, unit.label) for unit in op.new] == [("paragraph", "3")]


def test_words_in_an_article_of_the_annex_of_a_code_then_the_same_annex() -> None:
    # corpus/be/2005009998.md, art. 2 and 3: "Section 11" is inside article 1er of the annex
    act = parse(
        "A l'article 1er, Section 11, alinéa 18 de l'annexe au Code judiciaire, remplacé par la "
        "loi du 25 mars 1999, les mots \" dont les sièges sont établis à Soignies et au Roeulx "
        "\", sont remplacés par les mots \" dont le siège est établi à Soignies \".",
        "A l'article 4, point 26 de la même annexe, remplacé par la loi du 25 mars 1999, les "
        "mots \" de Soignies-Le Roeulx \" sont remplacés par les mots \" de Soignies \".")
    first, second = act.operations()
    assert isinstance(first, ReplaceWords) and first.target.act.code == "Code judiciaire"
    assert (first.target.annex, first.target.article, first.target.path) == (
        "", "1er", (step("section", "11"), step("alinea", "18")))
    assert isinstance(second, ReplaceWords) and second.target.act.code == "Code judiciaire"
    assert (second.target.annex, second.target.article, second.target.path) == (
        "", "4", (step("point", "26"),))


def test_words_in_a_column_of_a_row_of_an_annex() -> None:
    # corpus/be/2019030478.md, art. 15 (its first two points)
    act = parse(
        f"Dans {LOI_2006}, l'article 2 est abrogé.",
        "A l'annexe II, jointe à la même loi par la loi du 11 mars 2018, les modifications "
        "suivantes sont apportées:\n\n"
        "1° dans la cinquième colonne du II.1, les mots \"0,00587 EUR\" sont remplacés par les "
        "mots \"0,00902 EUR\";\n\n"
        "2° dans la cinquième colonne du II.3, les mots \"0,00587 EUR\" sont remplacés par les "
        "mots \"0,00902 EUR\".")
    first, second = act.operations()[1:]
    assert isinstance(first, ReplaceWords) and (first.old, first.new) == ("0,00587 EUR",
                                                                          "0,00902 EUR")
    assert (first.target.annex, first.target.path) == ("II", (step("row", "II.1"),
                                                              step("column", "#5")))
    assert second.target.path == (step("row", "II.3"), step("column", "#5"))
    assert first.target.act.date is not None and first.target.act.date.year == 2006
    assert first.history == ("par la loi du 11 mars 2018",)


def test_the_provisions_of_a_column_replaced_and_completed() -> None:
    # corpus/be/2019030478.md, art. 16, 1° and 3°
    act = parse(
        f"A l'annexe III de {LOI_2006}, insérée par la loi du 11 mars 2018, les modifications "
        "suivantes sont apportées:\n\n"
        "1° au III.6, les dispositions de la cinquième colonne sont remplacées par \"60,34 "
        "EUR/officine pharmaceutique ouverte au public\";\n\n"
        "2° au III.8, les dispositions de la deuxième colonne sont complétées par les mots \"et "
        "les fabricants enregistrés conformément à l'article 12bis, § 4, alinéa 1er de la même "
        "loi\".")
    replaced, completed = act.operations()
    assert isinstance(replaced, ReplaceUnit)
    assert replaced.target.path == (step("row", "III.6"), step("column", "#5"))
    assert replaced.new == (NewUnit(kind="alinea",
                                    text="60,34 EUR/officine pharmaceutique ouverte au public"),)
    assert isinstance(completed, AppendWords)
    assert completed.target.path == (step("row", "III.8"), step("column", "#2"))


def test_rows_repealed_and_a_column_of_a_row_replaced() -> None:
    # corpus/be/2019030478.md, art. 20, 1° and 2° (the block of 2° shortened)
    act = parse(
        f"A l'annexe VII de {LOI_2006}, les modifications suivantes sont apportées:\n\n"
        "1° les lignes du VII.1.4.2. et du VII.1.7.1 sont abrogées;\n\n"
        "2° la première colonne du VII.1.15.1 est remplacée comme suit:\n\n"
        "\"VII.1.15.1\n\nLa demande de légalisation d'un document relatif aux médicaments "
        "(copie conforme);\";")
    first, second, replaced = act.operations()
    assert isinstance(first, RepealUnit) and isinstance(second, RepealUnit)
    assert [op.target.path for op in (first, second)] == [(step("row", "VII.1.4.2"),),
                                                           (step("row", "VII.1.7.1"),)]
    assert isinstance(replaced, ReplaceUnit) and replaced.target.annex == "VII"
    assert replaced.target.path == (step("row", "VII.1.15.1"), step("column", "#1"))
    assert [unit.text for unit in replaced.new] == ["VII.1.15.1",
                                                   "La demande de légalisation d'un document "
                                                   "relatif aux médicaments (copie conforme);"]


def test_words_in_the_first_column_of_the_table_under_a_section() -> None:
    # corpus/be/2019030478.md, art. 20, 1° /1 and 1° /2 (points inserted after 1°)
    act = parse(
        f"A l'annexe VII de {LOI_2006}, les modifications suivantes sont apportées:\n\n"
        "1° les lignes du VII.1.4.2. et du VII.1.7.1 sont abrogées;\n\n"
        "1° /1 Dans la première colonne du tableau sous le titre 1er, chapitre 11, section 1er, "
        "les mots \"par une grande entreprise\" sont insérés entre les mots \"Demandes\" et "
        "\"d'\";\n\n"
        "1° /2 le tableau sous le titre 1er, chapitre 11, tel que modifié par la disposition du "
        "2°, est complété par les lignes jointes comme annexe III/2 à la présente loi;\n\n"
        "2° la première colonne du VII.1.15.1 est remplacée comme suit:\n\n\"VII.1.15.1\";")
    ops = act.operations()
    assert [op.source.point for op in ops] == ["1°", "1°", "1°/1", "1°/2", "2°"]
    words = ops[2]
    assert isinstance(words, InsertWords) and (words.after, words.before) == ("Demandes", "d'")
    divisions = (step("title", "1er"), step("chapter", "11"))
    assert (words.target.divisions, words.target.path) == (
        (*divisions, step("section", "1er")), (step("table", ""), step("column", "#1")))
    rows = ops[3]
    assert isinstance(rows, InsertUnit) and rows.new == (joined("row", None, "III/2"),)
    assert (rows.target.divisions, rows.target.path) == (divisions, (step("table", ""),))


def test_an_item_of_the_only_alinea_of_an_annex_by_its_letter() -> None:
    # corpus/be/2019030478.md, art. 19: the recital "jointe par la même loi à la loi du 11
    # mars 2018" names both acts (the annex is the 2006 law's, the act of the article before)
    act = parse(
        f"Dans {LOI_2006}, l'article 2 est abrogé.",
        "A l'annexe VI, jointe par la même loi à la loi du 11 mars 2018, à l'alinéa unique, les "
        "modifications suivantes sont apportées:\n\n"
        "1° au 1°, la disposition b. est supprimée;\n\n"
        "2° au 3°, les mots \"\"fabricant\": toute\" sont remplacés par les mots \"\"jour "
        "d'inspection GMP\": un jour sur place d'un inspecteur dans une\".")
    repealed, replaced = act.operations()[1:]
    assert isinstance(repealed, RepealUnit) and repealed.target.annex == "VI"
    assert repealed.target.act.date is not None and repealed.target.act.date.year == 2006
    assert repealed.target.path == (step("alinea", "1er"), step("point", "1°"),
                                    step("point", "b."))
    assert repealed.history == ("jointe par la même loi à la loi du 11 mars 2018",)
    assert isinstance(replaced, ReplaceWords) and replaced.old == "\"fabricant\": toute"


def test_a_point_named_after_its_number_in_an_annex() -> None:
    # excerpts/fr/2004011532/act.fr.md, art. 1er: "Tarif bihoraire" names the point 2 (it
    # was read as words replaced by "18,51")
    op = only_operation(
        "Au point 2 \"Tarif bihoraire\" de l'annexe 1re de l'arrêté ministériel du 12 décembre "
        "2001 portant fixation des prix maximaux pour la fourniture d'électricité, remplacée "
        "par l'arrêté ministériel du 13 mai 2004, le coefficient \"26,00\" est remplacé par le "
        "coefficient \"18,51\".")
    assert isinstance(op, ReplaceWords) and (op.old, op.new) == ("26,00", "18,51")
    assert (op.target.annex, op.target.path) == ("1re", (step("point", "2"),))


# --- a table in an article: its columns by heading, its rows by name -----------------------


def test_figures_of_a_column_in_the_rows_of_two_seats_respectively() -> None:
    # corpus/be/2005009998.md, art. 6 ("l'article unique": article 1 on its Justel page)
    first, second = parse(
        "Dans le tableau figurant à l'article unique de la loi du 16 juillet 1970 déterminant le "
        "cadre du personnel des tribunaux de police, remplacé par la loi du 11 juillet 1994 et "
        "modifié par les lois des 17 février 1997 et 25 mars 1999, les chiffres \" 3 \" et \" 4 "
        "\" figurant dans la colonne \" Juges \" en regard des sièges de Louvain et de Bruges, "
        "sont remplacés respectivement par les chiffres \" 4 \" et \" 5 \".").operations()
    assert isinstance(first, ReplaceWords) and isinstance(second, ReplaceWords)
    assert [(op.target.article, op.target.path, op.old, op.new) for op in (first, second)] == [
        ("1", (step("row", "Louvain"), step("column", "Juges")), "3", "4"),
        ("1", (step("row", "Bruges"), step("column", "Juges")), "4", "5")]


def test_a_column_in_a_lead_in_and_a_row_in_each_point() -> None:
    # corpus/be/2006009457.md, art. 48 (two of its five points)
    first, second = parse(
        "Dans le tableau figurant à l'article 1er de la loi du 2 juillet 1975 déterminant le "
        "cadre du personnel des tribunaux de première instance, remplacé par la loi du 20 "
        "juillet 1998 et modifié par la loi du 14 décembre 2004, dans la colonne \" greffier \" "
        "sont apportées les modifications suivantes :\n\n"
        "1° le chiffre \" 43 \" en regard du siège d'Anvers est remplacé par \" 44 \";\n\n"
        "2° le chiffre \" 68 \" en regard du siège de Bruxelles est remplacé par \" 70 \".",
    ).operations()
    assert isinstance(first, ReplaceWords) and (first.old, first.new) == ("43", "44")
    assert first.target.path == (step("row", "Anvers"), step("column", "greffier"))
    assert second.target.path == (step("row", "Bruxelles"), step("column", "greffier"))


def test_a_sentence_inserted_after_a_table_described() -> None:
    # corpus/be/2016003166.md, art. 27, 3° (the act and the block shortened)
    op = only_operation(
        "A l'article 8 de l'arrêté royal du 14 novembre 2008 portant exécution de la loi du 15 "
        "octobre 2008, les modifications suivantes sont apportées :\n\n"
        "1° dans le paragraphe 1er, alinéa 1er, 1° bis, après le tableau où figurent les "
        "indicateurs clés, il est inséré une phrase rédigée comme suit :\n\n"
        "\"Le Roi peut déterminer des indicateurs de risque complémentaires.\".")
    assert isinstance(op, InsertUnit) and op.position == "after"
    assert op.anchor == step("table", "où figurent les indicateurs clés")
    assert [unit.kind for unit in op.new] == ["sentence"]


# --- applying: refused with A010, the document untouched -----------------------------------

PAGE = (
    "---\ntitle: \"20 JUILLET 2006. - Loi relative à la création et au fonctionnement de "
    "l'Agence fédérale des médicaments et des produits de santé\"\ndocument_type: \"loi\"\n"
    "language: \"fr\"\n---\n# 20 JUILLET 2006. - Loi relative à la création et au "
    "fonctionnement de l'Agence fédérale des médicaments et des produits de santé\n\n"
    "##### Article 1. La présente loi règle une matière visée à l'article 78 de la "
    "Constitution.\n\n##### Article 2. Le Roi fixe les rétributions.\n")


@pytest.mark.parametrize(("article", "words"), [
    ("A l'annexe II de {act}, dans la cinquième colonne du II.1, les mots \"0,00587 EUR\" "
     "sont remplacés par les mots \"0,00902 EUR\".", "annex II"),
    ("Dans {act}, les annexes IV, insérées par la loi du 11 mars 2018, sont remplacées par "
     "l'annexe III jointe à la présente loi.", "annex IV"),
    ("Dans {act}, une annexe VIII, jointe comme annexe IX à la présente loi, est insérée.",
     "annex IX of the amending act"),
])
def test_applying_an_annex_operation_is_refused_and_changes_nothing(article: str,
                                                                   words: str) -> None:
    # corpus/be/2019030478.md, art. 15, 1°; 17; 21 on a page of the 2006 law (shortened)
    act = parse_text(FRONT + "**Article 1er.** " + article.format(act=LOI_2006) + "\n", "t.md")
    base = api.load(PAGE.encode("utf-8"), name="2006022888.md")
    assert isinstance(base.identity, ActIdentity) and base.identity.matches(
        act.operations()[0].target.act)
    before = etree.tostring(base.root)
    with pytest.raises(NotInBaseText) as caught:
        api.apply([base], act)
    assert caught.value.code == "A010" and words in caught.value.message
    documents, report = api.apply([base], act, keep_going=True)
    assert [o.error_code for o in report.outcomes] == ["A010"]
    assert report.counts["applied"] == 0
    assert etree.tostring(documents[0].root) == before


# --- applying: the cells of a table flattened into lines ----------------------------------

#: corpus/be/2005009998.md, art. 6
ART_6 = (
    "Dans le tableau figurant à l'article unique de la loi du 16 juillet 1970 déterminant le "
    "cadre du personnel des tribunaux de police, remplacé par la loi du 11 juillet 1994 et "
    "modifié par les lois des 17 février 1997 et 25 mars 1999, les chiffres \" 3 \" et \" 4 \" "
    "figurant dans la colonne \" Juges \" en regard des sièges de Louvain et de Bruges, sont "
    "remplacés respectivement par les chiffres \" 4 \" et \" 5 \".")


def _rows(document: object) -> dict[str, str]:
    from consolidate.handlers import live_ps, p_text

    article = document.article("1")  # type: ignore[attr-defined]
    return {text.split(" | ")[0]: text for text in map(p_text, live_ps(article))
            if " | " in text}


def test_figures_replaced_in_the_cells_of_a_flattened_table() -> None:
    # the page of the loi du 16 juillet 1970 (corpus/be/1970071602.md, its table as a Justel
    # page gives it) with Louvain and Bruges as they were before art. 6 (3 and 4 judges)
    page = shared_path("data/corpus/be/1970071602.md").read_text(encoding="utf-8")
    page = page.replace("| Louvain | 4 |", "| Louvain | 3 |").replace("| Bruges | 5 |",
                                                                      "| Bruges | 4 |")
    base = api.load(page.encode("utf-8"), name="1970071602.md", lenient=True)
    before = _rows(base)
    assert before["Louvain"] == "Louvain | 3 | 1 |  | 4"
    documents, report = api.apply([base], parse(ART_6), keep_going=True)
    assert [o.status for o in report.outcomes] == ["applied", "applied"]
    after = _rows(documents[0])
    assert after["Louvain"] == "Louvain | 4 | 1 |  | 4"  # the judges; the clerks' 4 stays
    assert after["Bruges"] == "Bruges | 5 | 1 |  | 5"
    assert {k: v for k, v in after.items() if k not in ("Louvain", "Bruges")} == {
        k: v for k, v in before.items() if k not in ("Louvain", "Bruges")}


def test_a_cell_the_lines_do_not_decide_is_a_coded_error() -> None:
    # corpus/be/2006009457.md, art. 48, 1° on its base (corpus/be/1975070206.md): the page
    # of today heads its columns "Greffiers en chef", "Greffiers chef de service",
    # "Greffiers" (the table was replaced since): no column "greffier"
    act = parse(
        "Dans le tableau figurant à l'article 1er de la loi du 2 juillet 1975 déterminant le "
        "cadre du personnel des tribunaux de première instance, dans la colonne \" greffier \" "
        "sont apportées les modifications suivantes :\n\n"
        "1° le chiffre \" 43 \" en regard du siège d'Anvers est remplacé par \" 44 \".")
    base = api.load(shared_path("data/corpus/be/1975070206.md"), lenient=True)
    _, report = api.apply([base], act, keep_going=True)
    [outcome] = report.outcomes
    assert outcome.error_code == "A003" and outcome.message is not None
    assert 'no column(s) headed "greffier"' in outcome.message
    assert "Greffiers en chef / Greffiers chef de service / Greffiers" in outcome.message
    # the real figures of art. 6 on the page of today (4 and 5 since 2014): not in the cells
    _, report = api.apply([api.load(shared_path("data/corpus/be/1970071602.md"),
                                    lenient=True)], parse(ART_6), keep_going=True)
    assert [o.error_code for o in report.outcomes] == ["A001", "A001"]


@pytest.mark.parametrize("language", ["fr", "nl"])
def test_an_annex_operation_is_not_drafted_without_its_annex(language: str) -> None:
    # corpus/be/2019030478.md, art. 15, 1° and 21: the drafters have no words for annexes
    # yet; they refuse (D001) rather than write a sentence on the act's own text
    from consolidate.drafter_words import DraftError

    words, inserted = parse(
        f"A l'annexe II de {LOI_2006}, dans la cinquième colonne du II.1, les mots \"0,00587 "
        "EUR\" sont remplacés par les mots \"0,00902 EUR\".",
        "Dans la même loi, une annexe VIII, jointe comme annexe IX à la présente loi, est "
        "insérée.").operations()
    for op in (words, inserted):
        with pytest.raises(DraftError, match="annex or a table"):
            api.draft(op, language=language)  # type: ignore[arg-type]


def test_the_dutch_words_of_a_table() -> None:
    # corpus/be/2019030478.md, art. 15, 1° and art. 20, 1° as their Dutch text would write
    # them (shared/ has no Dutch sentence on a table: the words are the lexicon's obvious
    # counterparts, bijlage / kolom / rij)
    text = ('---\ntitle-nl: "Wet tot wijziging"\ndate: 2019-04-07\n---\n\n**Artikel 1.** In '
            "bijlage II bij de wet van 20 juli 2006 betreffende de oprichting en de werking van "
            "het federaal Agentschap voor geneesmiddelen en gezondheidsproducten worden in de "
            "vijfde kolom van II.1 de woorden \"0,00587 EUR\" vervangen door de woorden "
            "\"0,00902 EUR\".\n\n**Art. 2.** In dezelfde bijlage worden de rijen van VII.1.4.2 "
            "en VII.1.7.1 opgeheven.\n")
    words, first, second = parse_text(text, "t.md", language="nl").operations()
    assert isinstance(words, ReplaceWords) and words.target.annex == "II"
    assert words.target.path == (step("row", "II.1"), step("column", "#5"))
    assert isinstance(first, RepealUnit) and isinstance(second, RepealUnit)
    assert [op.target.annex for op in (first, second)] == ["II", "II"]
    assert [op.target.path for op in (first, second)] == [(step("row", "VII.1.4.2"),),
                                                           (step("row", "VII.1.7.1"),)]


# --- the points after the table of 2016003166, art. 27 -----------------------------------


def test_points_inserted_with_justels_spacing_of_their_label() -> None:
    # corpus/be/2016003166.md, art. 27, 4° and 5° (blocks shortened): "1° ter." is the label
    # 1°ter; "dans le paragraphe 1er, alinéa 1er, est inséré un 1° ter": the alinéa is the
    # place (after "dans … ,"), the 1° ter what is inserted
    act = parse(
        "A l'article 8 de l'arrêté royal du 14 novembre 2008 portant exécution de la loi du 15 "
        "octobre 2008, les modifications suivantes sont apportées :\n\n"
        "1° dans le paragraphe 1er, alinéa 1er, est inséré un 1° ter, rédigé comme suit :\n\n"
        "\"1° ter. Pour les établissements visés à l'article 4, la base est formée par les "
        "dépôts couverts.\";\n\n"
        "2° dans le paragraphe 1er, alinéa 1er, il est inséré un 1° quater rédigé comme suit :"
        "\n\n\"1° quater. En dérogation à l'article 8, § 1, 1° ter, alinéa 2, le Roi peut "
        "autoriser une contribution réduite.\".")
    ter, quater = act.operations()
    for op, label in ((ter, "1°ter"), (quater, "1°quater")):
        assert isinstance(op, InsertUnit) and op.position == "label"
        assert op.target.path == (step("paragraph", "1er"), step("alinea", "1er"))
        assert [(unit.kind, unit.label) for unit in op.new] == [("point", label)]
    assert ter.new[0].text.startswith("Pour les établissements")


def test_explain_names_an_annex_and_its_cells_in_dutch(capsys: pytest.CaptureFixture[str],
                                                      tmp_path: object) -> None:
    # the Dutch form of 2019030478, art. 15, 1° (test_the_dutch_words_of_a_table)
    from pathlib import Path

    from consolidate.cli import main

    path = Path(str(tmp_path)) / "act.nl.md"
    path.write_text(
        '---\ntitle-nl: "Wet tot wijziging"\ndate: 2019-04-07\n---\n\n**Artikel 1.** In '
        "bijlage II bij de wet van 20 juli 2006 betreffende de oprichting en de werking van het "
        "federaal Agentschap voor geneesmiddelen en gezondheidsproducten worden in de vijfde "
        "kolom van II.1 de woorden \"0,00587 EUR\" vervangen door de woorden \"0,00902 EUR\".\n",
        encoding="utf-8")
    assert main(["explain", str(path), "--lang", "nl"]) == 0
    out = capsys.readouterr().out
    assert "doel: de wet van 20 juli 2006, bijlage II, rij II.1, vijfde kolom" in out


def test_items_given_point_by_point_of_the_amending_article() -> None:
    # excerpts/fr/2003002160/act.fr.md, art. 1er (title and items shortened): "les rubriques
    # suivantes" are items of the list, each quoted in a point of the amending article (its
    # art. 2 gives "l'article 1er, a)" a date of its own)
    act = parse(
        "L'article 1er, alinéa 1er, de l'arrêté royal du 1er février 1993 déterminant les tâches "
        "auxiliaires ou spécifiques dans les administrations, est complété par les rubriques "
        "suivantes :\n"
        "a) \" 40° aux membres du personnel chargés de l'intendance du Val Duchesse; \"\n"
        "b) \" 42° aux membres du personnel chargés de l'accueil d'enfants; \"\n"
        "c) \" 43° aux membres du personnel affectés au service du réseau SOLVIT; \"")
    ops = act.operations()
    assert [op.source.point for op in ops] == ["a)", "b)", "c)"]
    for op, label in zip(ops, ("40°", "42°", "43°"), strict=True):
        assert isinstance(op, InsertUnit) and op.position == "end"
        assert (op.target.article, op.target.path) == ("1er", (step("alinea", "1er"),))
        assert [(unit.kind, unit.label) for unit in op.new] == [("point", label)]


def test_a_table_given_as_an_image_is_refused_with_p010() -> None:
    # corpus/be/2019030478.md, art. 20, 19° with its joined line given as the page gives the
    # annexes of this act: "(Image non reprise pour des raisons techniques, voir M.B. du
    # 20-05-2019, p. 47874)" (the page's ANNEXE)
    from consolidate.errors import ParseError

    with pytest.raises(ParseError) as caught:
        parse(f"Dans l'article 2 de {LOI_2006}, le tableau du titre 2, chapitre 2, est remplacé "
              "par le tableau suivant :\n\n(Image non reprise pour des raisons techniques, voir "
              "M.B. du 20-05-2019, p. 47874)")
    assert caught.value.code == "P010" and "image" in caught.value.message
