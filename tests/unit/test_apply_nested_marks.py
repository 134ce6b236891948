"""Nested Justel marks (``[1 … [2 … ]2 … ]1``) are kept on read, through word edits, and on
write (consolidate.handlers.richtext), on the real Code pénal page
(shared/data/justel/code-penal-1867-fr.html): art. 489, alinéa 1er reads "les [1 entreprises
visées à [2 l'article I.1, alinéa 1er, 1°]2, du Code de droit économique ou les dirigeants,
…]1 en état de faillite" (notes (1) L 2017-08-11/14, (2) L 2018-04-15/14); art. 85 holds
removal marks inside a mark ("[3 les peines d'emprisonnement, [4 ...]4 les peines …]3")."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from lxml import etree

import consolidate
from consolidate import api
from consolidate.document import Document, akn, cns
from consolidate.drafter import build_act
from consolidate.handlers.richtext import read_runs, write_runs
from consolidate.justel import write_justel
from consolidate.model import ActRef, AmendingActInfo, ReplaceWords, Source, Step, Target

PAGE = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "justel" / \
    "code-penal-1867-fr.html"
CODE = ActRef(type="code", date=dt.date(1867, 6, 8))
HEAD = "les [1 entreprises visées à [2 l'article I.1, alinéa 1er, 1°]2, du Code de droit " \
    "économique ou les dirigeants, de droit ou de fait, des sociétés ou des personnes morales]1"


@pytest.fixture(scope="module")
def page() -> Document:
    if not PAGE.exists():
        pytest.skip(f"{PAGE} is not here: ../shared is absent")
    return api.load(PAGE)


def replace(page: Document, article: str, old: str, new: str) -> Document:
    op = ReplaceWords(source=Source(article="0"), target=Target(
        act=CODE, article=article, path=(Step(unit="alinea", label="1er"),)), old=old, new=new)
    info = AmendingActInfo(type="loi", date=dt.date(2025, 4, 1), justel_reference="2025-04-01/5",
                           title="(acte écrit pour les tests de consolidate) Code pénal",
                           publication=dt.date(2025, 4, 10))
    result = consolidate.consolidate(acts=[build_act(info, [[op]], in_force=dt.date(2025, 5, 1))],
                                     documents=[page])
    assert [o.status for o in result.report.outcomes] == ["applied"]
    return result.after[0]


def alinea(document: Document, article: str) -> str:
    text = write_justel(document)
    start = text.index(f"\nArt. {article}. ")
    return text[start + 1:text.index("\n", start + 1)]


def nesting(document: Document, article: str) -> list[tuple[str, ...]]:
    """The marks of each span of the article's first p, outermost first."""
    found = document.article(article)
    assert found is not None
    p = next(found.iter(akn("p")))
    return [tuple(s.get(cns("mark"), "") for s in (*reversed(list(span.iterancestors(
        akn("span")))), span)) for span in p.iter(akn("span")) if span.get(cns("mark"))]


def test_the_page_reads_nested_and_writes_back_nested(page: Document) -> None:
    assert HEAD in alinea(page, "489")
    assert nesting(page, "489") == [("1",), ("1", "2")]
    again = api.load(write_justel(page).encode(), name="again.txt")
    assert write_justel(again) == write_justel(page)
    assert nesting(again, "489") == [("1",), ("1", "2")]


def test_runs_keep_the_nesting(page: Document) -> None:
    found = page.article("489")
    assert found is not None
    p = next(found.iter(akn("p")))
    before = etree.tostring(p)
    runs = read_runs(p)
    assert [len(run.path) for run in runs if "I.1" in run.text] == [2]
    copy = etree.fromstring(before)
    write_runs(copy, read_runs(copy))
    assert etree.tostring(copy) == before


def test_words_changed_outside_keep_the_nested_marks(page: Document) -> None:
    after = replace(page, "489", "en état de faillite", "en faillite")
    assert f"{HEAD} [3 en faillite]3, qui auront" in alinea(after, "489")
    assert nesting(after, "489") == [("1",), ("1", "2"), ("3",)]


def test_words_changed_inside_a_nested_mark_nest_one_level_more(page: Document) -> None:
    after = replace(page, "489", "alinéa 1er", "alinéa 2")
    assert "les [1 entreprises visées à [2 l'article I.1, [3 alinéa 2]3, 1°]2, du Code de " \
        "droit économique" in alinea(after, "489")
    assert nesting(after, "489") == [("1",), ("1", "2"), ("1", "2", "3")]
    again = api.load(write_justel(after).encode(), name="after.txt")
    assert write_justel(again) == write_justel(after)  # round trip: read back nested
    assert nesting(again, "489") == nesting(after, "489")


def test_words_changed_inside_the_outer_mark(page: Document) -> None:
    after = replace(page, "489", "ou les dirigeants", "ou les administrateurs")
    assert "[2 l'article I.1, alinéa 1er, 1°]2, du Code de droit économique [3 ou les " \
        "administrateurs]3, de droit ou de fait" in alinea(after, "489")
    assert nesting(after, "489") == [("1",), ("1", "2"), ("1", "3")]


def test_a_nested_mark_whose_words_are_all_replaced_goes(page: Document) -> None:
    after = replace(page, "489", "l'article I.1, alinéa 1er, 1°", "l'article I.2")
    assert "[1 entreprises visées à [3 l'article I.2]3, du Code" in alinea(after, "489")


def test_removal_marks_inside_a_mark_stay_inside(page: Document) -> None:
    # art. 85: "[3 les peines d'emprisonnement, [4 ...]4 les peines de travail, …]3"
    after = replace(page, "85", "les peines de travail", "les peines de travail d'intérêt général")
    text = alinea(after, "85")
    assert "[3 les peines d'emprisonnement, [4 ...]4 [5 les peines de travail d'intérêt " \
        "général]5, les peines de probation autonome" in text
