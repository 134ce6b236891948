"""verify on every real Justel page of the corpus: operations rebuilt from a page's own marks
and footnotes agree with it, and the same operations with a changed text do not.

This tests the machinery of ``verify`` (designations resolved on real structures: paragraphs,
alinéas counted among the live ones, nested items, phrases liminaires; marks on units and on
words, nested marks, removals) on all the marks of the 25 pages, independently of what the
parser reads today.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from pathlib import Path

import pytest
from lxml import etree

import consolidate
from consolidate.document import Document, akn, alineas_of, cns, is_removed, label_text, local
from consolidate.model import (
    ActRef,
    AmendingAct,
    AmendingActInfo,
    AmendingArticle,
    AppendWords,
    NewUnit,
    Operation,
    RepealUnit,
    RepealWords,
    ReplaceUnit,
    Source,
    SourceSpan,
    Step,
    Target,
)
from consolidate.text import fold_text
from consolidate.verification import verify
from consolidate.verification.page import PageIndex, reference_date

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "corpus" / "be"
SPAN = SourceSpan(line=1, column=1, end_line=1, end_column=1)
UNITS = ("alinea", "point", "paragraph", "article", "intro")


def path_of(unit: etree._Element, article: etree._Element) -> tuple[Step, ...]:
    """The designation of a page unit: "§ 2, alinéa 3, 4°, phrase liminaire"."""
    steps: list[Step] = []
    node: etree._Element | None = unit
    while node is not None and node is not article:
        kind, parent = local(node), node.getparent()
        if kind in ("paragraph", "point"):
            steps.append(Step(unit=kind, label=label_text(node)))
        elif kind == "alinea" and parent is not None:
            every = alineas_of(parent, removed=True)  # a repealed one: its rank before
            rank = sum(1 for a in every[:every.index(node)] if not is_removed(a)) + 1
            steps.append(Step(unit="alinea", label=str(rank)))
        elif kind == "intro":
            steps.append(Step(unit="intro"))
        node = parent
    return tuple(reversed(steps))


def operation(element: etree._Element, article: etree._Element, amending: str,
              act: ActRef) -> Operation | None:
    """The operation the mark on ``element`` records."""
    source, label = Source(article=amending), label_text(article)
    if local(element) == "span":
        p = element
        while local(p) != "p":
            p = p.getparent()
        unit = p.getparent()
        while unit is not None and local(unit) not in UNITS:
            unit = unit.getparent()
        assert unit is not None
        target = Target(act=act, article=label,
                        path=() if unit is article else path_of(unit, article))
        if element.get(cns("removed")) == "true":
            return RepealWords(source=source, target=target, old="…")
        text = fold_text("".join(str(t) for t in element.itertext()))
        return AppendWords(source=source, target=target, new=text) if text else None
    if local(element) not in ("alinea", "point", "paragraph"):
        return None
    target = Target(act=act, article=label, path=path_of(element, article))
    if is_removed(element):
        return RepealUnit(source=source, target=target)
    text = fold_text(" ".join("".join(str(t) for t in p.itertext())
                              for p in element.iter(akn("p"))))
    return ReplaceUnit(source=source, target=target, new=(NewUnit(kind="alinea", text=text),))


def acts_of(page: Document) -> list[AmendingAct]:
    """One act per Justel reference of the page, its operations rebuilt from the marks."""
    index, identity = PageIndex.of(page), page.identity
    act = ActRef(type=identity.type, date=identity.date)
    found: dict[str, dict[str, list[Operation]]] = {}
    for article in page.articles():
        notes = {note.number: note for note in index.notes.get(article.get("eId", ""), ())}
        for element in article.iter():
            mark = element.get(cns("mark")) or ""
            note = notes.get(int(mark)) if mark.isdigit() else None
            number = re.match(r"\s*(\d+(?:er)?[a-z]*(?:/\d+)?)", note.article or "") \
                if note else None
            if note is None or number is None or not note.reference:
                continue
            op = operation(element, article, number[1], act)
            if op is not None:
                found.setdefault(note.reference, {}).setdefault(number[1], []).append(op)
    return [
        AmendingAct(
            act=AmendingActInfo(type="loi", date=reference_date(reference) or dt.date(2000, 1, 1),
                                title="(rebuilt from the page)", justel_reference=reference),
            articles=tuple(AmendingArticle(number=n, kind="amending", text="", span=SPAN,
                                           operations=tuple(ops)) for n, ops in articles.items()),
        )
        for reference, articles in found.items()
    ]


def changed(act: AmendingAct) -> AmendingAct:
    """The same act with one word more in every new text."""
    articles = []
    for article in act.articles:
        ops: list[Operation] = []
        for op in article.operations:
            if isinstance(op, AppendWords):
                op = op.model_copy(update={"new": op.new + " supplémentaires"})
            elif isinstance(op, ReplaceUnit):
                new = NewUnit(kind="alinea", text=op.new[0].text + " supplémentaires")
                op = op.model_copy(update={"new": (new,)})
            ops.append(op)
        articles.append(article.model_copy(update={"operations": tuple(ops)}))
    return act.model_copy(update={"articles": tuple(articles)})


@pytest.fixture(scope="module")
def pages() -> list[Document]:
    if not CORPUS.exists():
        pytest.skip(f"the working corpus is not here ({CORPUS}): ../shared is absent")
    return [consolidate.load(path, lenient=True) for path in sorted(CORPUS.glob("*.md"))]


def test_rebuilt_operations_agree_with_their_page(pages: list[Document]) -> None:
    counts: Counter[str] = Counter()
    for page in pages:
        for act in acts_of(page):
            report = verify(act, page)
            counts.update(report.counts)
            assert report.counts["disagrees"] == 0, [
                (page.source, c.source.article, c.target, c.message) for c in report.checks
                if c.status == "disagrees"]
    assert counts["agrees"] >= 150 and counts["not_checkable"] == 0


def test_a_changed_text_never_agrees(pages: list[Document]) -> None:
    counts: Counter[tuple[str, str]] = Counter()
    for page in pages:
        for act in acts_of(page):
            for check in verify(changed(act), page).checks:
                counts[(check.op, check.status)] += 1
                if check.op in ("append_words", "replace_unit"):
                    assert check.status != "agrees", (page.source, check.target, check.found)
    assert counts[("replace_unit", "disagrees")] >= 50
    assert counts[("append_words", "disagrees")] >= 30
