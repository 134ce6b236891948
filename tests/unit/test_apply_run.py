"""The application as a whole: copies, order, time, languages, skipped and failed outcomes."""

from __future__ import annotations

import datetime as dt

import pytest
from apply_docs import LOI_2001, alinea, amending, article, document, source, target

from consolidate.address import resolve_address
from consolidate.applier import apply
from consolidate.document import dump, text_of
from consolidate.errors import TextNotFound, UnsupportedOperation
from consolidate.model import ActRef, InsertUnit, NewUnit, RepealUnit, ReplaceWords

FR = document(article("47", alinea("Le militaire de réserve.")), article("50", alinea("Un.")))
NL = document(article("47", alinea("De reserveonderofficierin.")), language="nl")

WORDS = ReplaceWords(source=source("17"), target=target("article 47"), old="militaire",
                     new="soldat")
DUTCH = ReplaceWords(source=source("16"), target=target("article 47"), language="nl",
                     old="reserveonderofficierin", new="reserveonderofficier in")
OTHER_ACT = ReplaceWords(
    source=source("25"), target=target("article 2", ActRef(type="loi", date=dt.date(2016, 4, 10))),
    old="a", new="b",
)
MISSING = ReplaceWords(source=source("18"), target=target("article 50"), old="Deux", new="Trois")


def test_inputs_are_never_mutated() -> None:
    before_fr, before_nl = dump(FR), dump(NL)
    out, _ = apply([FR, NL], amending(("17", [WORDS]), ("16", [DUTCH])))
    assert dump(FR) == before_fr and dump(NL) == before_nl
    assert out[0] is not FR and dump(out[0]) != before_fr


def test_dutch_only_operation_leaves_french_byte_identical() -> None:
    out, report = apply([FR, NL], amending(("16", [DUTCH])))
    assert dump(out[0]) == dump(FR)
    assert text_of(resolve_address(out[1], "article 47")) == "De reserveonderofficier in."
    assert report.outcomes[0].status == "applied"


def test_dutch_text_not_supplied_is_skipped() -> None:
    _, report = apply([FR], amending(("16", [DUTCH])))
    assert report.outcomes[0].status == "skipped"
    assert report.outcomes[0].message == "Dutch text not supplied"


def test_act_not_supplied_is_skipped() -> None:
    _, report = apply([FR], amending(("25", [OTHER_ACT])))
    assert report.outcomes[0].status == "skipped"
    assert "act not supplied" in (report.outcomes[0].message or "")
    assert report.ok


def test_before_entry_into_force_nothing_applies() -> None:
    out, report = apply([FR], amending(("17", [WORDS])), at=dt.date(2023, 12, 31))
    assert dump(out[0]) == dump(FR)
    assert report.counts == {"applied": 0, "no_effect": 0, "skipped": 1, "failed": 0}
    assert "not yet in force on 2023-12-31" in (report.outcomes[0].message or "")
    _, report = apply([FR], amending(("17", [WORDS])), at=dt.date(2024, 1, 1))
    assert report.counts["applied"] == 1


def test_no_effect_is_reported_with_a_warning() -> None:
    same = ReplaceWords(source=source("21"), target=target("article 47"), old="de  réserve",
                        new="de réserve")
    out, report = apply([FR], amending(("21", [same])))
    assert report.outcomes[0].status == "no_effect"
    assert report.outcomes[0].warnings
    assert dump(out[0]) == dump(FR)


def test_first_failure_raises_by_default() -> None:
    with pytest.raises(TextNotFound):
        apply([FR], amending(("17", [WORDS]), ("18", [MISSING])))


def test_keep_going_records_failures_and_fails_closed() -> None:
    out, report = apply([FR], amending(("18", [MISSING]), ("17", [WORDS])), keep_going=True)
    assert [o.status for o in report.outcomes] == ["failed", "applied"]
    assert report.outcomes[0].error_code == "A001"
    assert not report.ok
    assert text_of(resolve_address(out[0], "article 50")) == "Un."
    assert report.outcomes[1].touched == ("art_47__alinea_1",)


def test_unsupported_operation() -> None:
    op = InsertUnit(source=source("2"), target=target("article 47"),
                    new=(NewUnit(kind="alinea", text="x"),), announced_count=2)
    with pytest.raises(UnsupportedOperation) as info:
        apply([FR], amending(("2", [op])))
    assert info.value.code == "A005"


def test_one_note_per_amending_article_numbered_after_existing_notes() -> None:
    notes = ('<c:notes article="art_47"><c:note number="1" kind="L" reference="2018-07-19/01" '
             'article="3" version="002"/></c:notes>')
    doc = document(article("47", alinea("Un deux trois.")), notes=notes, version=2)
    first = ReplaceWords(source=source("5", "a)"), target=target("article 47"), old="Un",
                         new="1")
    second = ReplaceWords(source=source("5", "b)"), target=target("article 47"), old="deux",
                          new="2")
    out, _ = apply([doc], amending(("5", [first, second])))
    xml = dump(out[0]).decode()
    assert xml.count("<c:note ") == 2
    assert 'number="2" kind="L" reference="2024-03-25/42" article="5" version="003"' in xml
    assert '<span c:mark="2" c:point="a)">1</span>' in xml
    assert '<span c:mark="2" c:point="b)">2</span>' in xml
    assert out[0].identity.version == 3


def test_repealed_unit_marked() -> None:
    out, report = apply([FR], amending(("15", [RepealUnit(source=source("15"),
                                                          target=target("article 50"))])))
    node = out[0].article("50")
    assert node is not None and node.get("status") == "removed"
    assert node.get("{urn:x-consolidate:1}mark") == "1"
    assert report.outcomes[0].touched == ("art_50",)
    assert LOI_2001.describe() == "loi du 2001-05-16"
