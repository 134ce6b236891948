"""The wrap rule (lang/fr.py ``wrap``: "dont le texte actuel formera le § 1er / la section 1re
intitulée "…""), on the real sentences of the corpus: the designated unit's present text
becomes its first sub-unit (a ``WrapUnit``, emitted first), then the rest of the instruction
is read as if the words were not there (docs/formulas.md, "Wrapping")."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import shared_path
from parser_cases import parse

from consolidate import api
from consolidate.errors import ParseError
from consolidate.model import InsertUnit, Renumber, Step, WrapUnit
from consolidate.parser import read_text


def _article(act_text: str, number: str) -> str:
    """The text of one article of a corpus act (its heading line and its block)."""
    start = act_text.index(f"##### Article {number}. ")
    end = act_text.index("\n##### ", start + 1)
    return act_text[start:end].split(". ", 1)[1]


def _real(numac: str, number: str) -> str:
    return _article(shared_path(f"data/corpus/be/{numac}.md").read_text(encoding="utf-8"), number)


def test_code_judiciaire_article_text_becomes_its_paragraph_1() -> None:
    # corpus/be/2019041200.md, art. 138
    sentence = _real("2019041200", "138")
    assert sentence.startswith("L'article 1500 du Code judiciaire, dont le texte actuel formera "
                               "le paragraphe 1er, est complété par un paragraphe 2")
    wrap, insert = parse(sentence).operations()
    assert isinstance(wrap, WrapUnit) and isinstance(insert, InsertUnit)
    assert (wrap.unit, wrap.label, wrap.heading) == ("paragraph", "1er", None)
    assert wrap.target == insert.target
    assert wrap.target.act.code == "Code judiciaire" and wrap.target.article == "1500"
    assert wrap.target.path == ()
    assert insert.position == "end" and [u.label for u in insert.new] == ["2"]
    assert insert.new[0].text == "Le commandement reproduit, à peine de nullité, le texte de " \
        "l'article 1506/1."


def test_a_title_before_the_wrap_ends_at_its_words() -> None:
    # corpus/be/2011012007.md, art. 36: the act's title runs into "dont" without a comma
    wrap, insert = parse(_real("2011012007", "36")).operations()
    assert isinstance(wrap, WrapUnit) and isinstance(insert, InsertUnit)
    assert wrap.target.act.date == dt.date(2006, 12, 27)
    assert wrap.target.act.title == "portant des dispositions diverses (I)"
    assert wrap.target.article == "195" and (wrap.unit, wrap.label) == ("paragraph", "1er")
    assert insert.new[0].kind == "paragraph" and insert.new[0].label == "2"


@pytest.mark.parametrize("number, title", [("10", "II"), ("25", "III")])
def test_chapter_text_becomes_its_section_1_with_a_heading(number: str, title: str) -> None:
    # corpus/be/2011012030.md, art. 10 and 25 ("le chapitre III dont le texte actuel formera
    # la section 1re intitulée " Régime général ", il est inséré une section 2 …")
    # the whole act, read as a user would: "de la même loi" is the loi du 3 juillet 1978
    act = api.parse(shared_path("data/corpus/be/2011012030.md"), keep_going=True)
    wrap, insert = next(a for a in act.articles if a.number == number).operations
    assert wrap.target.act.date == dt.date(1978, 7, 3)
    assert isinstance(wrap, WrapUnit) and isinstance(insert, InsertUnit)
    assert (wrap.unit, wrap.label, wrap.heading) == ("section", "1re", "Régime général")
    assert wrap.target.article is None
    assert wrap.target.divisions == (Step(unit="title", label=title),
                                     Step(unit="chapter", label="III"))
    assert insert.target == wrap.target and insert.position == "label"
    assert [(u.kind, u.label, u.text) for u in insert.new] == [
        ("section", "2", "Dispositions particulières à partir du 1er janvier 2012")]


def test_explain_names_the_wrap_rule() -> None:
    # corpus/be/2019041200.md, art. 138
    from parser_cases import act_text

    reading = read_text(act_text(_real("2019041200", "138")), "test.md")
    first, second = reading.articles[1].operations
    assert "wrap: paragraph 1er" in first.formula and "predicate:complete" in first.formula
    assert first.operation is not None and first.operation.op == "wrap_unit"
    assert second.operation is not None and second.operation.op == "insert_unit"


def test_a_wrap_into_something_else_than_a_paragraph_or_a_division_is_refused() -> None:
    # the formula of corpus/be/2019041200.md, art. 138 with an item instead of a §
    with pytest.raises(ParseError, match="expected one § or one division") as error:
        parse("L'article 1500 du Code judiciaire, dont le texte actuel formera le 1°, est "
              "complété par un 2° rédigé comme suit :\n\n\"2° le texte.\".")
    assert error.value.code == "P007"


def test_loi_hypothecaire_cited_by_name_with_a_wrap() -> None:
    # corpus/be/2019041200.md, art. 132 ("L'article 142 de la Loi hypothécaire, inséré par la
    # loi du 9 février 1995, dont le texte actuel formera le paragraphe 1er, est complété …")
    wrap, insert = parse(_real("2019041200", "132")).operations()
    assert isinstance(wrap, WrapUnit) and isinstance(insert, InsertUnit)
    assert wrap.target.act.code == "Loi hypothécaire" and wrap.target.article == "142"
    assert wrap.history == ("inséré par la loi du 9 février 1995",) == insert.history
    assert insert.new[0].label == "2" and insert.new[0].text.startswith(
        "Les personnes autorisées à effectuer une demande de certificat")


def test_the_present_text_of_an_article_as_its_own_sentence() -> None:
    # the form without "dont" ("Le texte actuel de l'article 10 … formera le § 1er."), with
    # the act of corpus/be/2011012007.md art. 36
    (wrap,) = parse("Le texte actuel de l'article 195 de la loi du 27 décembre 2006 portant des "
                    "dispositions diverses (I) formera le § 1er.").operations()
    assert isinstance(wrap, WrapUnit)
    assert (wrap.target.article, wrap.unit, wrap.label) == ("195", "paragraph", "1er")


def test_an_alinea_becoming_paragraph_1_is_a_wrap_of_that_alinea() -> None:
    # corpus/be/2022015455.md, art. 18, 1° and 2° ("l'alinéa 1er devient le paragraphe 1er;
    # à l'alinéa 1er, devenu le paragraphe 1er, les mots … sont insérés …")
    act = parse("A l'article 18 de la loi du 30 novembre 1998 organique des services de "
                "renseignement et de sécurité, modifié en dernier lieu par la loi du 30 mars "
                "2017, les modifications suivantes sont apportées:\n\n"
                "1° l'alinéa 1er devient le paragraphe 1er;\n\n"
                "2° à l'alinéa 1er, devenu le paragraphe 1er, les mots \"à des personnes dont\" "
                "sont insérés entre les mots \"avoir recours\" et les mots \"des sources "
                "humaines\";")
    wrap, words = act.operations()
    assert isinstance(wrap, WrapUnit) and (wrap.unit, wrap.label) == ("paragraph", "1er")
    assert wrap.target.article == "18" and wrap.target.path == (Step(unit="alinea",
                                                                      label="1er"),)
    assert words.op == "insert_words" and words.target == wrap.target


def test_a_renumbered_unit_keeps_its_kind() -> None:
    # the formula of corpus/be/2006023386.md, art. 92 ("L'article 73bis de la même loi devient
    # l'article 73ter.") with a § as the new unit: an article is never renumbered into a §
    kind = r"cannot become a unit of another kind \({}\)"
    with pytest.raises(ParseError, match="article 10 " + kind.format("article → paragraph")) \
            as error:
        parse("L'article 10 de la loi du 16 mai 2001 formera le § 1er.")
    assert error.value.code == "P001"
    with pytest.raises(ParseError, match="§ 2 " + kind.format("paragraph → article")):
        parse("Dans l'article 10 de la loi du 16 mai 2001, le § 2 devient l'article 11.")


def test_a_title_never_swallows_the_renumbering_verb() -> None:
    # the formula of corpus/be/2006023386.md, art. 92 ("L'article 73bis de la même loi devient
    # l'article 73ter.") with the act cited by its date: "devient …" is no title (it was, and
    # the article passed as autonomous)
    (op,) = parse("L'article 73bis de la loi du 5 juillet 1994 devient l'article 73ter.")\
        .operations()
    assert isinstance(op, Renumber) and op.target.act.title is None
    assert (op.target.article, op.new_label) == ("73bis", "73ter")
