"""The embedded loi du 25 mars 2024: the issue's "done when" counts and the target encoding
the applier relies on."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from functools import cache

from consolidate import api
from consolidate.model import (
    AmendingAct,
    AppendWords,
    EntryIntoForce,
    InsertUnit,
    InsertWords,
    NewUnit,
    Operation,
    RepealUnit,
    RepealWords,
    ReplaceUnit,
    ReplaceWords,
    Step,
)


@cache
def act() -> AmendingAct:
    return api.parse()


def ops(article: str) -> list[Operation]:
    return [op for op in act().operations() if op.source.article == article]


def alinea(label: str) -> Step:
    return Step(unit="alinea", label=label)


def point(label: str) -> Step:
    return Step(unit="point", label=label)


def test_identity() -> None:
    info = act().act
    assert (info.type, info.date, info.numac) == ("loi", dt.date(2024, 3, 25), "2024003720")
    assert info.justel_id == "L 2024-03-25/42" and info.publication == dt.date(2024, 4, 18)
    assert info.title.startswith("Loi modifiant diverses dispositions")


def test_articles_and_kinds() -> None:
    articles = act().articles
    assert len(articles) == 28
    assert Counter(a.kind for a in articles) == {
        "amending": 25, "constitutional_basis": 1, "transitional": 1, "entry_into_force": 1
    }
    assert articles[0].kind == "constitutional_basis" and articles[26].kind == "transitional"
    assert articles[27].entry_into_force[0] == EntryIntoForce(
        date=dt.date(2024, 1, 1), king_may_advance=True
    )
    assert act().in_force() == dt.date(2024, 1, 1)


def test_operation_counts() -> None:
    operations = act().operations()
    assert len(operations) == 40
    assert Counter(op.op for op in operations) == {
        "replace_words": 17, "insert_words": 4, "repeal_words": 1, "append_words": 1,
        "replace_unit": 3, "repeal_unit": 3, "insert_unit": 11,
    }
    assert Counter(op.target.act.date.year for op in operations) == {2001: 37, 2016: 3}
    assert [(op.source.article, op.source.point) for op in operations if op.language] == [
        ("13", "1."), ("16", None),
    ]


def quoted_texts(operation: Operation) -> list[str]:
    texts = [getattr(operation, name, None) for name in ("old", "new", "after", "before")]
    found = [text for text in texts if isinstance(text, str)]
    stack = list(getattr(operation, "new", ()) or ()) if not isinstance(
        getattr(operation, "new", None), str) else []
    while stack:
        unit = stack.pop()
        found.append(unit.text)
        stack.extend(unit.children)
    return found


def test_quoted_text_is_folded() -> None:
    for operation in act().operations():
        for text in quoted_texts(operation):
            assert text == text.strip() and "  " not in text and "\u00a0" not in text


def test_articles_2_to_6() -> None:
    first, second = ops("2")
    assert isinstance(first, ReplaceWords) and first.target.path == (point("1°"),)
    assert first.new.endswith("l'inaptitude physique")
    assert first.history == ("remplacé par la loi du 19 juillet 2018",)
    assert isinstance(second, InsertUnit) and second.target.path == ()
    assert second.new[0].label == "3°" and "visés au 2°, après que" in second.new[0].text
    assert ops("6")[0].history == (
        "modifié par les lois des 30 décembre 2008, 10 janvier 2010 et 19 juillet 2018",
    )


def test_article_8() -> None:
    replace, between, _, _, seven = ops("8")
    assert isinstance(replace, ReplaceUnit) and replace.target.path == (alinea("1er"),)
    assert replace.new[0].kind == "alinea" and replace.new[0].label is None
    assert isinstance(between, InsertWords) and between.before == (
        "le sous-officier de réserve du niveau C"
    )
    assert isinstance(seven, InsertUnit) and seven.announced_count == 7
    assert [unit.kind for unit in seven.new] == ["alinea"] * 7
    assert [op.source.point for op in ops("8")] == ["1.", "2.", "3.", "4.", "5."]


def test_article_10_and_11() -> None:
    (insert,) = ops("10")
    assert isinstance(insert, InsertUnit)
    assert insert.target.path == (Step(unit="paragraph", label="1er"), alinea("2"))
    assert insert.new[0].label == "4°"
    (replace,) = ops("11")
    assert isinstance(replace, ReplaceUnit)
    assert replace.target.path == (alinea("1er"), point("1°"), point("b)"))
    (unit,) = replace.new
    assert unit.label == "b)" and unit.text.endswith("qui comprend :")
    assert [child.label for child in unit.children] == ["1)", "2)"]


def test_articles_13_14_15() -> None:
    dutch, append = ops("13")
    assert isinstance(dutch, ReplaceWords) and dutch.language == "nl"
    assert dutch.target.path == (Step(unit="intro"),) and (dutch.old, dutch.new) == ("is", "wordt")
    assert isinstance(append, AppendWords) and append.target.path == (point("4°"),)
    sentence, two = ops("14")
    assert isinstance(sentence, RepealUnit) and sentence.target.path == (Step(
        unit="sentence",
        label="Le Roi fixe les conditions dans lesquelles ces prestations peuvent être effectuées.",
    ),)
    assert isinstance(two, InsertUnit) and two.announced_count == 2
    (repeal,) = ops("15")
    assert isinstance(repeal, RepealUnit) and (repeal.target.article, repeal.target.path) == (
        "39", ()
    )


def test_articles_20_22_25_26() -> None:
    assert ops("20")[0].target.path == (alinea("1er"), Step(unit="intro"))
    words, alineas = ops("22")
    assert isinstance(words, InsertWords) and words.target.path == (alinea("1er"), point("6°"))
    assert (words.after, words.before) == ("n'a pas un", "rengagement suspendu.")
    assert isinstance(alineas, InsertUnit) and len(alineas.new) == 2
    assert [c.label for c in alineas.new[0].children] == ["1.", "2.", "3.", "4."]
    repeal, _ = ops("25")
    assert isinstance(repeal, RepealWords) and repeal.target.path == (alinea("1er"),
                                                                      Step(unit="intro"))
    (inner,) = ops("26")
    assert isinstance(inner, InsertUnit) and inner.target.act.date == dt.date(2016, 4, 10)
    assert inner.target.act.title == "relative au travail à distance au sein de la Défense"
    assert inner.new == (NewUnit(kind="alinea", text=inner.new[0].text),)
    assert '"candidat militaire de réserve"' in inner.new[0].text


def test_spans_point_at_the_source() -> None:
    text = api.embedded(api.EMBEDDED_ACT).decode("utf-8").splitlines()
    for operation in act().operations():
        span = operation.source.span
        assert span is not None
        line = text[span.line - 1]
        assert line[span.column - 1 :].lstrip()[:2] in ("da", "l'", "le", "la", "Da", "L'", "A ",
                                                        "es", '"'), line
