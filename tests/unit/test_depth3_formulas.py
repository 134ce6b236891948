"""Formulas the parser read wrongly or refused without naming them (3 December 2026, branch
depth3; no sentence in shared/, each in the style of the lois and arrêtés royaux and of their
Dutch texts): a new division completing an act with the articles it comprises, the place
after a list of articles, articles grouped into a division, "dont le texte actuel formera
l'alinéa 1er", "à deux reprises" / "tweemaal", "sauf à l'alinéa 3" / "behalve in", partial
repeals by subject (docs/formulas.md, "Depth, third pass")."""

from __future__ import annotations

from pathlib import Path

import pytest

from consolidate import api
from consolidate.errors import ConsolidateError
from consolidate.justel import read_text, write_justel
from consolidate.model import InsertUnit, RepealWords, ReplaceWords, Step

SEED = Path(__file__).resolve().parents[2] / "seeds" / "loi-2016-04-10-travail-distance.fr.xml"

FR = """---
title-fr: "Loi modifiant la loi du 10 avril 2016 relative au travail à distance"
date: 2024-06-01
---

**Article 1er.** La présente loi règle une matière visée à l'article 74 de la Constitution.

**Art. 2.** {sentence}
"""

NL = """---
title-nl: "Wet tot wijziging van de wet van 10 april 2016 betreffende het telewerk bij Defensie"
date: 2024-06-01
---

**Artikel 1.** Deze wet regelt een aangelegenheid als bedoeld in artikel 74 van de Grondwet.

**Art. 2.** {sentence}
"""

LAW_FR = "la loi du 10 avril 2016 relative au travail à distance au sein de la Défense"
LAW_NL = "de wet van 10 april 2016 betreffende het telewerk bij Defensie"

#: a Justel page of the loi du 10 avril 2016, shortened and given more articles
BASE = """10 AVRIL 2016. - Loi relative au travail à distance au sein de la Défense

CHAPITRE 1er. - Dispositions générales.

Article 1er. La présente loi règle une matière visée à l'article 74 de la Constitution.

Art. 5. § 1er. Le ministre autorise le travail à distance.
§ 2. Le chef de corps en fixe les modalités.

Art. 9. Le militaire introduit sa demande.
Le ministre statue sur la demande dans le mois.

Art. 10. § 1er. Le ministre peut retirer l'autorisation.
§ 2. Le militaire en est informé.

Art. 11. Chaque année, le ministre évalue le travail à distance, et le ministre en fait rapport.
"""


def _cited(sentence: str, language: str) -> str:
    """The act (its first article is the constitutional basis) with ``sentence`` as its
    article 2, "la même loi" / "dezelfde wet" written out as the loi du 10 avril 2016."""
    if language == "fr":
        sentence = sentence.replace("La même loi", LAW_FR[0].upper() + LAW_FR[1:]).replace(
            "la même loi", LAW_FR)
        return FR.format(sentence=sentence)
    sentence = sentence.replace("Dezelfde wet", "De" + LAW_NL[2:]).replace(
        "dezelfde wet", LAW_NL)
    return NL.format(sentence=sentence)


def _fr(sentence: str) -> api.AmendingAct:
    return api.parse(text=_cited(sentence, "fr"), language="fr")


def _nl(sentence: str) -> api.AmendingAct:
    return api.parse(text=_cited(sentence, "nl"), language="nl")


def _apply(act: api.AmendingAct) -> tuple[str, api.Report]:
    (after,), report = api.apply([read_text(BASE, source="base.txt")], act, keep_going=True)
    return write_justel(after), report


def _refused(sentence: str, language: str) -> ConsolidateError:
    with pytest.raises(ConsolidateError) as raised:
        api.parse(text=_cited(sentence, language), language=language)
    return raised.value


# --- 1. a division completing the act, with the articles it comprises ------------------------

CHAPTER_FR = ("La même loi est complétée par un chapitre 8, comprenant l'article 50, rédigé comme "
              "suit :\n\n« Chapitre 8. Dispositions finales\n\nArt. 50. Le Roi fixe la date "
              "d'entrée en vigueur de la présente loi. »")
CHAPTER_NL = ("Dezelfde wet wordt aangevuld met een hoofdstuk 8, dat bestaat uit artikel 50, "
              "luidende:\n\n« Hoofdstuk 8. Slotbepalingen\n\nArt. 50. De Koning bepaalt de datum "
              "van inwerkingtreding van deze wet. »")


@pytest.mark.parametrize("act", [
    _fr(CHAPTER_FR), _nl(CHAPTER_NL), _nl(CHAPTER_NL.replace("dat bestaat uit", "bevattende")),
    _fr(CHAPTER_FR.replace("comprenant", "comportant"))])
def test_the_articles_a_new_division_comprises_are_inside_it_not_its_target(
        act: api.AmendingAct) -> None:
    """It was an InsertUnit aimed at article 50 (the chapter put inside it); now the chapter
    goes at the end of the act with article 50 inside, and ``holds`` is empty: the articles
    named are the quoted ones, not the base's."""
    (op,) = act.articles[1].operations
    assert isinstance(op, InsertUnit)
    assert op.target.article is None and op.target.path == ()
    assert op.position == "end" and op.holds == ()
    (chapter,) = op.new
    assert (chapter.kind, chapter.label) == ("chapter", "8")
    assert [(unit.kind, unit.label) for unit in chapter.children] == [("article", "50")]


def test_the_articles_named_must_be_the_quoted_ones() -> None:
    error = _refused(CHAPTER_FR.replace("l'article 50", "les articles 50 et 51"), "fr")
    assert error.code == "P009"
    assert "names the articles 50, 51 but the quoted block holds 50" in str(error)


def test_a_completing_division_goes_at_the_end_of_a_justel_page() -> None:
    justel, report = _apply(_fr(CHAPTER_FR))
    assert report.ok, report.outcomes
    assert justel.index("Art. 11. ") < justel.index("CHAPITRE 8") < justel.index("Art. 50. ")
    assert "Le Roi fixe la date d'entrée en vigueur de la présente loi." in justel


def test_a_completing_division_goes_at_the_end_of_the_seed_base() -> None:
    sentence = CHAPTER_FR.replace("50", "4")
    result = api.consolidate(_fr(sentence), [api.load(SEED)])
    assert result.report.ok, result.report.outcomes
    (after,) = result.after
    text = write_justel(after)
    assert text.index("Art. 3. ") < text.index("Dispositions finales") < text.index("Art. 4. ")
    (chapter,) = after.body.iter("{*}chapter")
    assert [a.get("eId") for a in chapter.iter("{*}article")] == ["art_4"]


# --- 2. the place after a list of articles is the last article's ----------------------------

@pytest.mark.parametrize("act", [
    _fr("Dans les articles 9 et 10, § 1er, de la même loi, les mots « Le ministre » sont "
        "remplacés par les mots « Le Roi »."),
    _nl("In de artikelen 9 en 10, § 1, van dezelfde wet worden de woorden « Le ministre » "
        "vervangen door de woorden « Le Roi »."),
])
def test_the_place_after_a_list_of_articles_is_the_last_ones(act: api.AmendingAct) -> None:
    ops = act.articles[1].operations
    assert [(op.target.article, op.target.path) for op in ops] == [
        ("9", ()), ("10", (Step(unit="paragraph", label=ops[1].target.path[0].label),))]


def test_the_words_are_replaced_in_the_whole_first_article() -> None:
    """Article 9 has no § 1er: read as each one's place, the first replacement failed."""
    justel, report = _apply(_fr(
        "Dans les articles 9 et 10, § 1er, de la même loi, les mots « Le ministre » sont "
        "remplacés par les mots « Le Roi »."))
    assert report.ok, report.outcomes
    assert "[1 Le Roi]1 statue sur la demande" in justel and "[1 Le Roi]1 peut retirer" in justel


def test_three_articles_then_a_place() -> None:
    ops = _fr("Dans les articles 5, 9 et 10, alinéa 2, de la même loi, les mots « ministre » "
              "sont remplacés par le mot « Roi ».").articles[1].operations
    assert [(op.target.article, len(op.target.path)) for op in ops] == [
        ("5", 0), ("9", 0), ("10", 1)]


def test_units_after_a_list_stay_refused() -> None:
    """A wrong reading would repeal a whole article: P007 as before."""
    error = _refused("Les articles 9 et 10, § 1er, de la même loi sont abrogés.", "fr")
    assert error.code == "P007" and "may be the last article's or each one's" in str(error)


# --- 3. articles grouped into a division -----------------------------------------------------

@pytest.mark.parametrize("act", [
    _fr("Les articles 5 à 8 de la même loi forment le chapitre 2, intitulé « Dispositions "
        "générales »."),
    _fr("Les articles 5 à 8 de la même loi forment désormais le chapitre 2, intitulé "
        "« Dispositions générales »."),
    _nl("De artikelen 5 tot 8 van dezelfde wet vormen een hoofdstuk 2, met als opschrift "
        "« Dispositions générales »."),
])
def test_articles_grouped_into_a_division_are_its_insertion_with_holds(
        act: api.AmendingAct) -> None:
    """It was an autonomous article (the division silently never made): now the operation
    "il est inséré un chapitre 2, comprenant les articles 5 à 8, intitulé …" gives."""
    (op,) = act.articles[1].operations
    assert isinstance(op, InsertUnit)
    assert op.target.article is None and op.position == "label"
    assert op.holds == (Step(unit="article", label="5", until="8"),)
    (chapter,) = op.new
    assert (chapter.kind, chapter.label, chapter.text, chapter.children) == (
        "chapter", "2", "Dispositions générales", ())
    inserted = _fr("Dans la même loi, il est inséré un chapitre 2, comprenant les articles 5 à "
                   "8, intitulé « Dispositions générales ».").articles[1].operations[0]
    assert op.model_dump(exclude={"source", "language", "target"}) == inserted.model_dump(
        exclude={"source", "language", "target"})


def test_grouped_articles_move_into_the_new_division_of_the_seed_base() -> None:
    act = _fr("Les articles 2 et 3 de la même loi forment le chapitre 2, intitulé « Champ "
              "d'application et définitions ».")
    result = api.consolidate(act, [api.load(SEED)])
    assert result.report.ok, result.report.outcomes
    (after,) = result.after
    (chapter,) = after.body.iter("{*}chapter")
    assert [a.get("eId") for a in chapter.iter("{*}article")] == ["art_2", "art_3"]
    text = write_justel(after)
    assert text.index("Article 1er.") < text.index("CHAPITRE 2") < text.index("Art. 2. ")


def test_grouped_articles_inside_a_chapter_are_refused_by_the_applier() -> None:
    """The Justel page's articles are in its chapter 1er: a chapter cannot hold a chapter."""
    justel, report = _apply(_fr("Les articles 9 à 11 de la même loi forment le chapitre 2, "
                                "intitulé « Du retrait »."))
    (outcome,) = report.outcomes
    assert (outcome.status, outcome.error_code) == ("failed", "A005")
    assert justel == read_text_roundtrip()


@pytest.mark.parametrize(("language", "sentence"), [
    ("fr", "Les articles 5 à 8 de la même loi sont regroupés sous un chapitre 2 intitulé "
           "« Dispositions générales »."),
    ("nl", "De artikelen 5 tot 8 van dezelfde wet worden samengebracht in een hoofdstuk 2, met "
           "als opschrift « Algemene bepalingen »."),
])
def test_other_verbs_grouping_articles_are_refused_by_name(language: str, sentence: str) -> None:
    error = _refused(sentence, language)
    assert error.code == "P001"
    assert ("grouped into a division" if language == "fr" else
            "samengebracht in een indeling") in str(error)


def test_a_grouping_of_parts_of_articles_is_refused() -> None:
    error = _refused("Les articles 5, § 1er, et 9 de la même loi forment le chapitre 2.", "fr")
    assert error.code in ("P001", "P007")


# --- 4. "dont le texte actuel formera l'alinéa 1er" ------------------------------------------

@pytest.mark.parametrize(("act", "language"), [
    (_fr("Dans l'article 5 de la même loi, le § 1er, dont le texte actuel formera l'alinéa "
         "1er, est complété par un alinéa rédigé comme suit : « Il peut déléguer ce pouvoir. »"),
     "fr"),
    (_nl("In artikel 5 van dezelfde wet wordt § 1, waarvan de bestaande tekst het eerste lid zal "
         "vormen, aangevuld met een lid, luidende: « Il peut déléguer ce pouvoir. »"), "nl"),
])
def test_the_present_text_forming_the_first_alinea_is_no_wrap(act: api.AmendingAct,
                                                              language: str) -> None:
    (op,) = act.articles[1].operations
    assert isinstance(op, InsertUnit) and op.position == "end"
    assert op.target.article == "5" and [s.unit for s in op.target.path] == ["paragraph"]
    if language != "fr":
        return  # the base is the French text
    justel, report = _apply(act)
    assert report.ok, report.outcomes
    assert "§ 1er. Le ministre autorise le travail à distance.\n[1 Il peut déléguer ce " \
        "pouvoir.]1\n§ 2." in justel


def test_the_present_text_forming_another_alinea_stays_refused() -> None:
    error = _refused(
        "L'article 5 de la même loi, dont le texte actuel formera l'alinéa 2, est complété par "
        "un alinéa rédigé comme suit : « Il peut déléguer ce pouvoir. »", "fr")
    assert error.code == "P007"


# --- 5. "à deux reprises", "tweemaal" ----------------------------------------------------------

@pytest.mark.parametrize(("act", "kind"), [
    (_fr("Dans l'article 11 de la même loi, les mots « le ministre » sont remplacés à deux "
         "reprises par les mots « le Roi »."), ReplaceWords),
    (_fr("Dans l'article 11 de la même loi, les mots « le ministre » sont, à deux reprises, "
         "remplacés par les mots « le Roi »."), ReplaceWords),
    (_nl("In artikel 11 van dezelfde wet worden de woorden « le ministre » tweemaal vervangen "
         "door de woorden « le Roi »."), ReplaceWords),
    (_nl("In artikel 11 van dezelfde wet worden de woorden « le ministre » twee keer vervangen "
         "door de woorden « le Roi »."), ReplaceWords),
    (_fr("Dans l'article 11 de la même loi, les mots « le ministre » sont supprimés à deux "
         "reprises."), RepealWords),
])
def test_twice_reads_a_count_of_occurrences(act: api.AmendingAct, kind: type) -> None:
    (op,) = act.articles[1].operations
    assert isinstance(op, kind) and op.times == 2 and not op.every
    assert op.model_dump(mode="json")["times"] == 2


def test_twice_replaces_exactly_two_occurrences() -> None:
    justel, report = _apply(_fr(
        "Dans l'article 11 de la même loi, les mots « le ministre » sont remplacés à deux "
        "reprises par les mots « le Roi »."))
    assert report.ok, report.outcomes
    article = justel.split("Art. 11.")[1]
    assert article.count("le Roi") == 2 and "ministre" not in article


@pytest.mark.parametrize(("article", "code"), [("9", "A001"), ("10", "A001")])
def test_twice_with_one_occurrence_is_refused(article: str, code: str) -> None:
    justel, report = _apply(_fr(
        f"Dans l'article {article} de la même loi, les mots « Le ministre » sont remplacés à "
        "deux reprises par les mots « Le Roi »."))
    (outcome,) = report.outcomes
    assert (outcome.status, outcome.error_code) == ("failed", code)
    assert "occur 1 time(s)" in (outcome.message or "") and "says 2" in (outcome.message or "")
    assert justel == read_text_roundtrip()


def test_twice_with_three_occurrences_is_refused() -> None:
    _, report = _apply(_fr(
        "Dans le chapitre 1er de la même loi, le mot « ministre » est remplacé à deux reprises "
        "par le mot « Roi »."))
    (outcome,) = report.outcomes
    assert (outcome.status, outcome.error_code) == ("failed", "A002")
    assert "says 2" in (outcome.message or "")


def test_twice_with_each_time_or_an_insertion_is_refused() -> None:
    for sentence in (
            "Dans l'article 11 de la même loi, les mots « le ministre » sont chaque fois "
            "remplacés à deux reprises par les mots « le Roi ».",
            "Dans l'article 11 de la même loi, les mots « et » sont insérés à deux reprises "
            "après le mot « distance »."):
        error = _refused(sentence, "fr")
        assert error.code == "P001" and "count of occurrences" in str(error)


def test_the_drafters_write_twice_and_the_parser_reads_it_back() -> None:
    (op,) = _fr("Dans l'article 11 de la même loi, les mots « le ministre » sont remplacés à "
                "deux reprises par les mots « le Roi ».").articles[1].operations
    french = api.draft(op)
    assert "à deux reprises" in french
    assert "tweemaal" in api.draft(op, language="nl")
    text = FR.format(sentence=french.replace("de la loi du 2016-04-10", "de " + LAW_FR)
                     if "2016-04-10" in french else french)
    (back,) = api.parse(text=text, language="fr").articles[1].operations
    assert isinstance(back, ReplaceWords) and back.times == 2


def test_each_time_keeps_its_meaning() -> None:
    (op,) = _nl("In artikel 11 van dezelfde wet worden de woorden « le ministre » telkens "
                "vervangen door de woorden « le Roi ».").articles[1].operations
    assert isinstance(op, ReplaceWords) and op.every and op.times is None
    assert "times" not in op.model_dump(mode="json")


# --- 6. "sauf à l'alinéa 3", "behalve in" ------------------------------------------------------

# (one unit after "sauf à" / "behalve in" is read since depth4: ``except_in``,
# tests/unit/test_depth4_formulas.py; what stays refused by name is below)
@pytest.mark.parametrize(("language", "sentence"), [
    ("fr", "Dans l'article 5 de la même loi, les mots « le ministre » sont remplacés par les mots "
           "« le Roi », sauf à l'alinéa 3, 2°."),
    ("fr", "Dans l'article 3 de la même loi, les mots « la Défense » sont remplacés par les mots "
           "« les forces armées », sauf dans les cas visés au 3°."),
    ("nl", "In artikel 5 van dezelfde wet worden de woorden « de minister » vervangen door de "
           "woorden « de Koning », behalve in het laatste lid."),
    ("nl", "In artikel 5 van dezelfde wet worden de woorden « de minister » vervangen door de "
           "woorden « de Koning », met uitzondering van het derde lid, 2°."),
])
def test_a_change_with_an_exception_of_place_is_refused(language: str, sentence: str) -> None:
    error = _refused(sentence, language)
    assert error.code == "P001"
    assert ("exception of place" if language == "fr" else "uitzondering van plaats") in str(error)


# --- 7. partial repeals by subject -------------------------------------------------------------

@pytest.mark.parametrize(("language", "sentence"), [
    ("fr", "L'article 5 de la même loi, en ce qu'il concerne les notaires, est abrogé."),
    ("fr", "L'article 5 de la même loi est abrogé en tant qu'il vise les notaires."),
    ("nl", "Artikel 5 van dezelfde wet wordt opgeheven voor wat betreft de notarissen."),
    ("nl", "Artikel 5 van dezelfde wet, wat de notarissen betreft, wordt opgeheven."),
    ("nl", "Artikel 5 van dezelfde wet wordt opgeheven in zoverre het de notarissen betreft."),
])
def test_a_partial_repeal_by_subject_is_refused_by_name(language: str, sentence: str) -> None:
    error = _refused(sentence, language)
    assert error.code == "P001"
    assert ("partial repeal or change by subject" if language == "fr" else
            "gedeeltelijke opheffing of wijziging naar onderwerp") in str(error)


def read_text_roundtrip() -> str:
    """The base as written back unchanged (what a refused operation leaves)."""
    return write_justel(read_text(BASE, source="base.txt"))
