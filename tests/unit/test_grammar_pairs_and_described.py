"""Two formulas of Belgian drafting that were refused or misread, in the words of the Guide de
légistique / Handleiding wetgevingstechniek (not taken from a published act; ../shared/ holds
none of them):

- "les mots "A" sont remplacés par les mots "B" et les mots "C" par les mots "D"", "worden de
  woorden "A" vervangen door de woorden "B" en de woorden "C" door de woorden "D"" (the
  second predicate left out): two replacements (they were P001, "1 quoted words are replaced
  by 3 quotes");
- "Le chapitre 2 …, comportant les articles 5 à 8, est abrogé", "Hoofdstuk 2 …, dat de
  artikelen 5 tot 8 bevat, wordt opgeheven": the repeal of the chapter (it was the repeal of
  the articles 5 to 8, the chapter and its heading left standing; the real "Le chapitre 2 du
  même arrêté royal, comportant l'article 12 est abrogé", 2016003166 art. 31, repealed the
  article 12 only).
"""

from __future__ import annotations

import pytest
from parser_cases import act_text

from consolidate.errors import ParseError
from consolidate.model import InsertUnit, RepealUnit, ReplaceWords, Step
from consolidate.parser import parse_text

NL_HEAD = ('---\ntitle-nl: "Wet houdende diverse bepalingen"\ndate: 2023-06-15\n---\n\n'
           "**Artikel 1.** Deze wet regelt een aangelegenheid als bedoeld in artikel 74 van de "
           "Grondwet.\n\n**Art. 2.** ")
NL_ACT = "van de wet van 8 augustus 1983 tot regeling van een Rijksregister van de natuurlijke " \
    "personen"
FR_ACT = "de la loi du 8 août 1983 organisant un registre national des personnes physiques"


def read(sentence: str, language: str) -> list[object]:
    text = NL_HEAD + sentence + "\n" if language == "nl" else act_text(sentence)
    return list(parse_text(text, "test.md", language=language).operations())


@pytest.mark.parametrize(("sentence", "language"), [
    (f"Dans l'article 22 {FR_ACT}, les mots \"un mois\" sont remplacés par les mots \"deux "
     "mois\" et les mots \"le ministre\" par les mots \"le Roi\".", "fr"),
    (f"Dans l'article 22 {FR_ACT}, les mots \"un mois\" sont chaque fois remplacés par les mots "
     "\"deux mois\" et les mots \"le ministre\" par les mots \"le Roi\".", "fr"),
    (f"In artikel 22 {NL_ACT} worden de woorden \"een maand\" vervangen door de woorden \"twee "
     "maanden\" en de woorden \"de minister\" door de woorden \"de Koning\".", "nl"),
])
def test_two_pairs_of_words_with_one_predicate(sentence: str, language: str) -> None:
    ops = read(sentence, language)
    assert all(isinstance(op, ReplaceWords) and op.target.article == "22" for op in ops)
    pairs = [(op.old, op.new) for op in ops if isinstance(op, ReplaceWords)]
    assert [len(old.split()) + len(new.split()) for old, new in pairs] == [4, 4]
    assert pairs[0][0] in ("un mois", "een maand") and pairs[1][1] in ("le Roi", "de Koning")
    every = "chaque fois" in sentence
    assert all(op.every is every for op in ops if isinstance(op, ReplaceWords))


def test_respectively_still_pairs_in_order_and_a_third_quote_is_refused() -> None:
    ops = read(f"Dans l'article 55 {FR_ACT}, les mots \"un mois\" et \"trois mois\" sont "
               "remplacés respectivement par les mots \"deux mois\" et \"quatre mois\".", "fr")
    assert [(op.old, op.new) for op in ops if isinstance(op, ReplaceWords)] == [
        ("un mois", "deux mois"), ("trois mois", "quatre mois")]
    with pytest.raises(ParseError) as caught:  # "et les mots "C"" with nothing to replace it
        read(f"Dans l'article 22 {FR_ACT}, les mots \"un mois\" sont remplacés par les mots "
             "\"deux mois\" et les mots \"le ministre\".", "fr")
    assert caught.value.code == "P001"


@pytest.mark.parametrize(("sentence", "language"), [
    (f"Le chapitre 2 {FR_ACT}, comportant les articles 5 à 8, est abrogé.", "fr"),
    (f"Hoofdstuk 2 {NL_ACT}, dat de artikelen 5 tot 8 bevat, wordt opgeheven.", "nl"),
])
def test_a_division_described_by_its_articles_is_the_target(sentence: str, language: str
                                                            ) -> None:
    (op,) = read(sentence, language)
    assert isinstance(op, RepealUnit)
    assert op.target.article is None and op.target.article_until is None
    assert op.target.divisions == (Step(unit="chapter", label="2"),)


def test_the_real_sentence_repeals_the_chapter() -> None:
    # corpus/be/2016003166.md, art. 31 (the article before it cites the arrêté royal; here
    # an article 30 that repeals another of its articles): it repealed the article 12 only
    act = parse_text(act_text(
        "L'article 5 de l'arrêté royal du 14 novembre 2008 portant exécution de la loi du 15 "
        "octobre 2008 est abrogé.",
        "Le chapitre 2 du même arrêté royal, comportant l'article 12 est abrogé."), "test.md")
    op = act.articles[2].operations[0]
    assert isinstance(op, RepealUnit)
    assert op.target.article is None
    assert op.target.divisions == (Step(unit="chapter", label="2"),)


def test_a_dutch_insertion_says_the_articles_of_its_block() -> None:
    block = ("\"Afdeling 3. Het register\n\nArt. 10/1. Het register wordt bijgehouden.\n\n"
             "Art. 10/2. De minister beslist.\".")
    (op,) = read(f"In hoofdstuk II {NL_ACT} wordt een afdeling 3 ingevoegd, die de artikelen "
                 f"10/1 en 10/2 bevat, luidende:\n\n{block}", "nl")
    assert isinstance(op, InsertUnit)
    with pytest.raises(ParseError) as caught:  # the block holds 10/1 and 10/2, not 10/3
        read(f"In hoofdstuk II {NL_ACT} wordt een afdeling 3 ingevoegd, die de artikelen 10/1 "
             f"tot 10/3 bevat, luidende:\n\n{block}", "nl")
    assert caught.value.code == "P009"
