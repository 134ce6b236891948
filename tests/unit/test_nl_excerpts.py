"""The formulas of the real Dutch excerpts (../shared/data/excerpts/nl/), one test each: the
sentence as published, the operation it means (target and words), and where both texts of
an act are there, the bilingual check of the two.

Each rule is a general rule of Belgian drafting read by the one grammar (the Dutch words in
consolidate/lang/nl.py): an amending article divided into its own paragraphs, plural unit
nouns ("de paragrafen 4 tot en met 7"), an alinéa inserted by its rank ("een derde lid"),
an act cited by a compound of its type and its coordination ("de gemeentekieswet,
gecoördineerd bij koninklijk besluit van …"), a Code named after its type, a list of tirets
not quoted, "respectievelijk" with five words each side.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from conftest import shared_path

from consolidate import api
from consolidate.errors import ParseError
from consolidate.model import (
    AmendingAct,
    InsertUnit,
    Operation,
    RepealUnit,
    ReplaceUnit,
    ReplaceWords,
    Step,
)
from consolidate.parser import parse_text


def excerpt(name: str, language: str = "nl") -> Path:
    return shared_path(f"data/excerpts/nl/{name}/act.{language}.md")


def read(name: str, language: str = "nl") -> AmendingAct:
    act = api.parse(excerpt(name, language), keep_going=True)
    assert not act.problems, act.problems
    return act


def path_of(op: Operation) -> list[tuple[str, str, str | None]]:
    return [(step.unit, step.label, step.until) for step in op.target.path]


def test_an_amending_article_divided_into_its_own_paragraphs() -> None:
    # 2016031836, art. 2: "§ 1. In artikel 2.4.6 van de ordonnantie van 2 mei 2013 … wordt
    # het derde lid vervangen als volgt : "…". § 2. Artikel 2.4.6 van dezelfde ordonnantie
    # wordt aangevuld met een lid, luidend : "…"."
    first, second = read("2016031836").operations()
    assert isinstance(first, ReplaceUnit) and isinstance(second, InsertUnit)
    assert (first.source.point, second.source.point) == ("§ 1", "§ 2")
    for op in (first, second):
        assert op.target.act.type == "ordonnance"
        assert op.target.act.date == dt.date(2013, 5, 2)
        assert op.target.article == "2.4.6"  # not "2.4": an article label with two dots
    assert path_of(first) == [("alinea", "3", None)]
    assert first.new[0].text.startswith("Alle voertuigen bedoeld in het eerste lid")
    assert path_of(second) == [] and second.position == "end"
    assert second.new[0].text.startswith("De motoren van de voertuigen")


def test_a_quoted_block_that_holds_the_next_instruction_is_refused_in_dutch_too() -> None:
    # 2016031836, art. 2 without its "§ 1." (so its paragraphs are not the article's): the
    # block of § 1 would run into § 2 ("… luidend :" and its quote)
    text = excerpt("2016031836").read_text(encoding="utf-8").replace("§ 1. In artikel",
                                                                     "In artikel")
    with pytest.raises(ParseError) as caught:
        parse_text(text, language="nl")
    assert caught.value.code == "P009"
    assert caught.value.article == "2"


def test_plural_nouns_take_a_range() -> None:
    # 2020041637, art. 2, 2°: "de paragrafen 4 tot en met 7 worden opgeheven."
    ops = read("2020041637").operations()
    repeal = ops[-1]
    assert isinstance(repeal, RepealUnit) and repeal.source.point == "2°"
    assert repeal.target.article == "38"
    assert path_of(repeal) == [("paragraph", "4", "7")]


def test_a_tiret_of_a_paragraph_replaced() -> None:
    # 2020041637, art. 2, 1°: "de paragraaf 3, vierde streepje, wordt vervangen door wat
    # volgt : « - de huishoudelijke tarifering … » ;"
    replace = read("2020041637").operations()[0]
    assert isinstance(replace, ReplaceUnit)
    assert path_of(replace) == [("paragraph", "3", None), ("tiret", "#4", None)]
    assert replace.new[0].text.startswith("- de huishoudelijke tarifering")


@pytest.mark.parametrize(("name", "after"), [
    # 2021034364, art. 2: "In artikel 1 van de ordonnantie van 27 oktober 2016 … wordt een
    # derde lid ingevoegd, dat luidt als volgt :"
    ("2021034364", "2"),
    # ord-2021-07-15-adviesraden-huurders, art. 2: "In artikel 83 van de Brusselse
    # Huisvestingscode wordt een nieuwe tweede lid ingevoegd, luidend als volgt :"
    ("ord-2021-07-15-adviesraden-huurders", "1"),
])
def test_an_alinea_inserted_by_its_rank(name: str, after: str) -> None:
    [insert] = read(name).operations()
    assert isinstance(insert, InsertUnit)
    assert (insert.position, insert.anchor) == ("after", Step(unit="alinea", label=after))
    assert [unit.kind for unit in insert.new] == ["alinea"]


def test_the_first_alinea_inserted_by_its_rank_goes_at_the_start() -> None:
    # ord-2021-07-15-adviesraden-huurders, art. 2 with "eerste" for "tweede"
    text = excerpt("ord-2021-07-15-adviesraden-huurders").read_text(encoding="utf-8")
    act = parse_text(text.replace("een nieuwe tweede lid", "een nieuwe eerste lid"),
                     language="nl")
    [insert] = act.operations()
    assert isinstance(insert, InsertUnit)
    assert (insert.position, insert.anchor) == ("start", None)


def test_an_act_cited_by_a_compound_of_its_type_and_its_coordination() -> None:
    # 2006031068, art. 2: "Het opschrift van de gemeentekieswet, gecordineerd bij koninklijk
    # besluit van 4 augustus 1932, wordt vervangen als volgt : " Brussels Gemeentelijk
    # Kieswetboek "." ("gecordineerd": the diaeresis of "gecoördineerd" lost, as published)
    [replace] = read("2006031068").operations()
    assert isinstance(replace, ReplaceUnit)
    act = replace.target.act
    assert (act.type, act.title, act.coordinated) == (
        "lois coordonnées", "gemeentekieswet", dt.date(1932, 8, 4))
    assert replace.target.article is None  # the decree that coordinates is not the act
    assert path_of(replace) == [("heading", "", None)]
    assert [(u.kind, u.text) for u in replace.new] == [("heading",
                                                        "Brussels Gemeentelijk Kieswetboek")]


def test_a_code_named_after_its_type_and_the_bilingual_check() -> None:
    # 2018012873, art. 1: "In artikel 234, § 3, van de ordonnantie van de Nieuwe Gemeentewet
    # wordt het bedrag "135.000 euro" vervangen door het bedrag "144.000 euro"." — the French
    # text: "A l'article 234, § 3, de la Nouvelle loi communale, le montant de …"
    dutch, french = read("2018012873"), read("2018012873", "fr")
    [op] = dutch.operations()
    assert isinstance(op, ReplaceWords)
    assert (op.target.act.code, op.target.article) == ("Nouvelle loi communale", "234")
    assert (op.old, op.new) == ("135.000 euro", "144.000 euro")
    assert api.compare(french, dutch).clean


def test_an_unquoted_list_of_tirets_in_both_texts() -> None:
    # 1998031287, art. 2, 2°: "de bepaling onder 11°, eerste lid, eerste streepje, wordt
    # vervangen door de volgende bepalingen :\n- de opbrengst van de heffing …;\n- …" and the
    # French "le 11°, 1er alinéa, 1er tiret est remplacé par les dispositions suivantes :\n-
    # du produit de la taxe …;" — five tirets; the alinéa listed after the 11° is the 11°'s
    for language in ("nl", "fr"):
        repeal, replace = read("1998031287", language).operations()
        assert isinstance(repeal, RepealUnit) and isinstance(replace, ReplaceUnit)
        assert path_of(repeal) == [("point", "9°", None), ("alinea", "1er", None),
                                   ("tiret", "#1", None)]
        assert path_of(replace) == [("point", "11°", None), ("alinea", "1er", None),
                                    ("tiret", "#1", None)]
        assert [unit.kind for unit in replace.new] == ["tiret"] * 5
    dutch = read("1998031287").operations()[1]
    assert isinstance(dutch, ReplaceUnit)
    assert dutch.new[0].text == (
        "de opbrengst van de heffing op de lozing van afvalwater, bedoeld in de ordonnantie van "
        "29 maart 1996 tot instelling van een heffing op de lozing van afvalwater;")
    assert dutch.new[-1].text.endswith("ingevolge de splitsing van de provincie Brabant.")
    comparison = api.compare(read("1998031287", "fr"), read("1998031287"))
    assert comparison.clean, comparison.divergences
    assert comparison.operations_paired == 2


def test_respectively_with_five_words_on_each_side() -> None:
    # mb-2004-01-16-taxi-maximumprijzen, art. 1, 1°: "in 1° worden de woorden " 0,89 EUR ",
    # " 0,99 EUR ", " 21,86 EUR ", " 2,35 EUR " en " 1,86 EUR " respectievelijk vervangen door
    # de woorden " 0,94 euro ", " 1,04 euro ", " 24,55 euro ", " 2,42 euro " en " 2,00 euro ";"
    ops = read("mb-2004-01-16-taxi-maximumprijzen").operations()
    first = [(op.old, op.new) for op in ops if isinstance(op, ReplaceWords)
             and op.source.point == "1°"]
    assert first == [("0,89 EUR", "0,94 euro"), ("0,99 EUR", "1,04 euro"),
                     ("21,86 EUR", "24,55 euro"), ("2,35 EUR", "2,42 euro"),
                     ("1,86 EUR", "2,00 euro")]
    assert len(ops) == 10


def test_the_annex_joined_to_the_act_is_inserted_by_its_label() -> None:
    # 1998000072, art. 1: "De bijlage 10 ter, gevoegd bij dit besluit, wordt ingevoegd in de
    # bijlagen bij het koninklijk besluit van 8 oktober 1981 …": the annex 10ter of this act
    # goes among the annexes of the 1981 arrêté (its text is not in the excerpt)
    act = api.parse(excerpt("1998000072"), keep_going=True)
    assert act.problems == ()
    [op] = act.operations()
    assert op.op == "insert_unit" and op.position == "label"
    assert (op.target.act.type, op.target.act.date.isoformat(), op.target.annex) == (
        "arrêté royal", "1981-10-08", None)
    assert [(u.kind, u.label, u.text, u.joined) for u in op.new] == [
        ("annex", "10ter", "", "10ter")]


def test_explain_names_the_target_in_dutch_words(capsys: pytest.CaptureFixture[str]) -> None:
    # 2020041637, art. 2: "1° de paragraaf 3, vierde streepje, …; 2° de paragrafen 4 tot en met
    # 7 worden opgeheven." and 2006031068, art. 2 (a coordinated act cited by its title)
    from consolidate.cli import main

    assert main(["explain", str(excerpt("2020041637")), "--article", "2"]) == 0
    out = capsys.readouterr().out
    assert "  akte: de ordonnantie van 20 oktober 2006 tot opstelling van een kader voor het " \
        "waterbeleid\n" in out
    assert "    doel: de ordonnantie van 20 oktober 2006, artikel 38, § 3, vierde streepje\n" in out
    assert "    doel: de ordonnantie van 20 oktober 2006, artikel 38, § 4 tot en met § 7\n" in out
    assert main(["explain", str(excerpt("2006031068")), "--article", "2"]) == 0
    assert "    doel: de gemeentekieswet, gecoördineerd op 4 augustus 1932, opschrift\n" in \
        capsys.readouterr().out


def test_two_clauses_each_with_its_auxiliary() -> None:
    # 2002031409, art. 2 and 3 in one sentence, as Dutch joins two instructions: "… wordt het
    # woord « gemeenteplannen » vervangen door de woorden « bijzondere bestemmingsplannen »
    # en worden de woorden « de basisdossiers en » opgeheven." — two operations, none lost
    text = excerpt("2002031409").read_text(encoding="utf-8")
    joined = text.replace("« bijzondere bestemmingsplannen ».",
                          "« bijzondere bestemmingsplannen » en worden de woorden « de "
                          "basisdossiers en » opgeheven.")
    act = parse_text(joined, language="nl")
    first = act.articles[1].operations
    assert [(op.op, op.target.article) for op in first] == [("replace_words", "5"),
                                                            ("repeal_words", "5")]
    assert isinstance(first[0], ReplaceWords)
    assert (first[0].old, first[0].new) == ("gemeenteplannen", "bijzondere bestemmingsplannen")
    assert getattr(first[1], "old", None) == "de basisdossiers en"


def test_three_clauses_joined_by_a_comma_and_en() -> None:
    # 2002031409, art. 2, 3 and 4 in one sentence: "…, worden de woorden … opgeheven en wordt
    # het tweede lid opgeheven" (each clause after a comma or "en" starts with its auxiliary)
    text = excerpt("2002031409").read_text(encoding="utf-8")
    joined = text.replace("« bijzondere bestemmingsplannen ».",
                          "« bijzondere bestemmingsplannen », worden de woorden « de "
                          "basisdossiers en » opgeheven en wordt het tweede lid opgeheven.")
    act = parse_text(joined, language="nl")
    assert [(op.op, op.target.article, [(s.unit, s.label) for s in op.target.path])
            for op in act.articles[1].operations] == [
        ("replace_words", "5", [("alinea", "1er")]), ("repeal_words", "5", [("alinea", "1er")]),
        ("repeal_unit", "5", [("alinea", "2")])]
