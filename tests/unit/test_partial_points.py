"""An article whose one point cannot be read keeps its other points.

Points 1° and 2° are article 27 of the loi du 22 avril 2016 (2016003166, corpus); its
point 3° here replaces words without saying by what (refused as P001): with
``keep_going`` the article gives the operations of 1° and 2° and one problem naming point
3°; a strict parse raises that problem's error, as it did when one point stopped the whole
article."""

from __future__ import annotations

import pytest

import consolidate
from consolidate.errors import ParseError

ACT = """---
title: "22 AVRIL 2016. - Loi transposant la directive 2014/49/UE relative aux systèmes de \
garantie des dépôts et portant des dispositions diverses"
---
##### Article 27. A l'article 8 de l'arrêté royal du 14 novembre 2008 portant exécution de \
la loi du 15 octobre 2008, modifié en dernier lieu par la loi du 22 juin 2012, les \
modifications suivantes sont apportées :

1° dans le paragraphe 1er, alinéa 1er, 1°, les mots "et 3° " sont supprimés;

2° dans le tableau figurant au paragraphe 1er, alinéa 1er, 1° bis, les mots "Ratio de \
liquidité de la Banque Nationale de Belgique" sont remplacés par les mots "Exigence \
européenne de couverture des besoins de liquidité";

3° dans le paragraphe 2, les mots "dix jours" sont remplacés;

##### Article 28. L'article 9 du même arrêté royal est abrogé.
"""


def test_the_points_read_are_kept_and_the_failed_one_is_a_problem() -> None:
    act = consolidate.parse(text=ACT, keep_going=True)
    article = act.articles[0]
    assert [op.source.point for op in article.operations] == ["1°", "2°"]
    assert [op.op for op in article.operations] == ["repeal_words", "replace_words"]
    (problem,) = [p for p in act.problems if p.severity == "error"]
    assert problem.code == "P001" and problem.article == "27"
    assert "point 3°" in problem.message and problem.line == 10
    # the next article is read in the act the article cited
    assert act.articles[1].operations[0].target.act == article.operations[0].target.act


def test_a_strict_parse_raises_the_failed_point() -> None:
    with pytest.raises(ParseError) as raised:
        consolidate.parse(text=ACT)
    assert raised.value.code == "P001" and "point 3°" in raised.value.message


def test_an_article_whose_every_point_fails_is_one_unreadable_article() -> None:
    head, rest = ACT.split("1° dans", 1)
    only_failed = head + "1° le paragraphe 3 est suspendu;\n\n##### Article 28." + \
        rest.split("##### Article 28.", 1)[1]
    act = consolidate.parse(text=only_failed, keep_going=True)
    assert [a.number for a in act.articles] == ["28"]
    (problem,) = [p for p in act.problems if p.severity == "error"]
    assert problem.article == "27" and "point 1°" in problem.message


def test_the_corpus_report_counts_the_failed_point_as_not_read() -> None:
    from consolidate.corpus.counting import count_articles
    from consolidate.corpus.report import _read_counts

    act = consolidate.parse(text=ACT, keep_going=True)
    # 3 instructions counted in article 27 (by their verbs), 2 read; 1 in article 28
    assert [c.instructions for c in count_articles(ACT)] == [3, 1]
    # three operations for the two points would still leave point 3° not read
    three = act.articles[0].model_copy(
        update={"operations": (*act.articles[0].operations, act.articles[0].operations[0])})
    assert _read_counts(count_articles(ACT), act)[0] == 3
    act = act.model_copy(update={"articles": (three, *act.articles[1:])})
    assert _read_counts(count_articles(ACT), act)[0] == 3
