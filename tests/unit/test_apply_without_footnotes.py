"""``footnotes=False`` (the plain text output's application): the same consolidated text,
outcomes and marks as with footnotes, only no ``c:notes`` written (benchmarks/workload.py's
synthetic act, the embedded 2024 case, and the Code pénal's Justel text with its own notes)."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path

import consolidate
from consolidate.api import load_embedded
from consolidate.document import Document, cns, dump
from consolidate.model import (
    ActRef,
    AmendingAct,
    AmendingActInfo,
    AmendingArticle,
    InsertUnit,
    NewUnit,
    Renumber,
    ReplaceWords,
    Source,
    SourceSpan,
    Target,
)

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))

from workload import article_count, synthetic_act, synthetic_base_xml  # noqa: E402


def _without_notes(document: Document) -> bytes:
    """The document's XML with every ``c:notes`` block taken out (on a copy)."""
    copy = document.copy()
    for notes in list(copy.root.iter(cns("notes"))):
        parent = notes.getparent()
        assert parent is not None
        parent.remove(notes)
    return dump(copy)


def _both(act: AmendingAct, bases: list[Document]) -> tuple[
        consolidate.Consolidation, consolidate.Consolidation]:
    noted = consolidate.consolidate(act, [base.copy() for base in bases], keep_before=False)
    bare = consolidate.consolidate(act, [base.copy() for base in bases], keep_before=False,
                                   footnotes=False)
    return noted, bare


def _check(noted: consolidate.Consolidation, bare: consolidate.Consolidation) -> None:
    assert consolidate.render(bare, "text") == consolidate.render(noted, "text")
    assert bare.report == noted.report
    for with_notes, without in zip(noted.after, bare.after, strict=True):
        assert not list(without.root.iter(cns("note"))) or list(
            with_notes.root.iter(cns("note")))  # none of its own
        assert _without_notes(without) == _without_notes(with_notes)  # marks included


def test_synthetic_workload() -> None:
    count = article_count(600)
    act = consolidate.parse("synthetic.md", text=synthetic_act(count))
    base = consolidate.load(synthetic_base_xml(count), name="base.xml")
    noted, bare = _both(act, [base])
    _check(noted, bare)
    assert len(list(noted.after[0].root.iter(cns("note")))) > 100
    assert not list(bare.after[0].root.iter(cns("note")))
    marks = [e.get(cns("mark")) for e in bare.after[0].root.iter() if e.get(cns("mark"))]
    assert len(marks) > 100 and "1" in marks


def test_embedded_2024_case() -> None:
    noted, bare = _both(consolidate.parse(), load_embedded())
    _check(noted, bare)
    assert any(o.status == "applied" for o in bare.report.outcomes)


def test_justel_base_with_notes() -> None:
    """The 2016 law's Justel text has footnotes of its own: the marks number after them."""
    before = consolidate.load(ROOT / "tests/data/justel/loi-2016-04-10-art-2-3.fr.txt")
    noted, bare = _both(consolidate.parse(), [before])
    _check(noted, bare)
    assert list(bare.after[0].root.iter(cns("note"))) == [] or all(
        note.get("reference") != "2024-03-25/42" for note in bare.after[0].root.iter(cns("note")))


CODE = ActRef(type="code", date=dt.date(1867, 6, 8))
INFO = AmendingActInfo(type="loi", date=dt.date(2025, 1, 10), title="modifiant le Code pénal",
                       justel_reference="2025-01-10/01", publication=dt.date(2025, 1, 20))
SPAN = SourceSpan(line=1, column=1, end_line=1, end_column=2)


def test_structural_changes_on_the_code_penal(shared: Callable[[str], Path]) -> None:
    """Articles inserted and renumbered (every eId recomputed, the notes following their
    article), then a renumbered article changed again: the same marks either way."""
    page = consolidate.load(shared("data/justel/code-penal-1867-fr.html"))
    ops = [
        InsertUnit(source=Source(article="1"), target=Target(act=CODE), position="label",
                   new=(NewUnit(kind="article", label="10/1", text="Le juge peut punir."),)),
        Renumber(source=Source(article="2"), target=Target(act=CODE, article="57bis"),
                 new_label="57ter"),
        Renumber(source=Source(article="2"), target=Target(act=CODE, article="31"),
                 new_label="31/1"),  # three notes of its own: they follow it
        ReplaceWords(source=Source(article="3"), target=Target(act=CODE, article="31/1"),
                     old="Tous jugements", new="Toutes décisions"),
        ReplaceWords(source=Source(article="3"), target=Target(act=CODE, article="10/1"),
                     old="punir", new="condamner"),
    ]
    act = AmendingAct(act=INFO, articles=tuple(
        AmendingArticle(number=str(n), kind="amending", text="…", span=SPAN,
                        operations=tuple(o for o in ops if o.source.article == str(n)))
        for n in (1, 2, 3)))
    noted, bare = _both(act, [page])
    _check(noted, bare)
    assert bare.report.counts["applied"] >= 3

