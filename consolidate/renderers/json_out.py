"""The JSON output of a consolidation: the amending act, the report (with counts) and each
document as a tree of units with eIds, labels, text and provenance (docs/outputs.md).
"""

from __future__ import annotations

from lxml import etree

from ..document import (
    Document,
    akn,
    alineas_of,
    article_heading,
    article_lines,
    is_removed,
    label_text,
    local,
    title_line,
    units,
)
from ..provenance import notes_index, notes_of
from ..result import Consolidation
from .json_model import (
    Article,
    ChainOut,
    ConsolidationOut,
    DocumentOut,
    Marked,
    ProvisionOut,
    Unit,
    UnknownOut,
)
from .marks import MarkedText, marked_text_of, own_mark


def _status(element: etree._Element) -> str:
    return "removed" if is_removed(element) else "in_force"


def _spans(text: MarkedText) -> tuple[Marked, ...]:
    """Runs of equal marks as offsets, plus removal points."""
    spans: list[Marked] = []
    start = 0
    for index in range(1, len(text.marks) + 1):
        if index == len(text.marks) or text.marks[index] != text.marks[start]:
            mark = text.marks[start]
            if mark is not None:
                spans.append(Marked(start=start, end=index, mark=mark[0], point=mark[1]))
            start = index
    spans.extend(Marked(start=at, end=at, mark=mark[0], point=mark[1], removed=True)
                 for at, mark in text.removals)
    return tuple(sorted(spans, key=lambda span: (span.start, span.end)))


def _own_text(element: etree._Element | None) -> MarkedText:
    out = MarkedText()
    if element is not None:
        marked_text_of(out, element)
    return out


def _unit(element: etree._Element) -> Unit:
    kind = local(element)
    listing = element.find(akn("list"))
    children: list[Unit] = []
    wrap_up: str | None = None
    if kind == "paragraph":
        text = MarkedText()
        children = [_unit(alinea) for alinea in alineas_of(element, removed=True)]
    elif listing is not None:
        text = _own_text(listing.find(akn("intro")))
        children = [_unit(point) for point in units(listing, "point", removed=True)]
        wrap = listing.find(akn("wrapUp"))
        wrap_up = _own_text(wrap).text if wrap is not None else None
    else:
        text = _own_text(element.find(akn("content")))
    mark = own_mark(element)
    return Unit(
        eId=element.get("eId", ""),
        kind=kind,
        label=label_text(element) or None if kind != "alinea" else None,
        text=text.text,
        wrap_up=wrap_up,
        status=_status(element),
        mark=mark[0] if mark else None,
        point=mark[1] if mark else None,
        spans=_spans(text),
        children=tuple(children),
    )


def _article(
    notes: dict[str, etree._Element], article: etree._Element, before: dict[str, str]
) -> Article:
    eid = article.get("eId", "")
    own_notes = notes.get(eid)
    text = "\n".join(article_lines(article))
    paragraphs = units(article, "paragraph", removed=True)
    below = paragraphs or alineas_of(article, removed=True)
    mark = own_mark(article)
    return Article(
        eId=eid,
        label=label_text(article),
        heading=article_heading(article),
        status=_status(article),
        changed=before.get(eid) != text,
        text=text,
        mark=mark[0] if mark else None,
        point=mark[1] if mark else None,
        provenance=tuple(notes_of(own_notes)) if own_notes is not None else (),
        children=tuple(_unit(unit) for unit in below),
    )


def document_out(before: Document, after: Document) -> DocumentOut:
    """One document of the output (``before`` tells which articles changed)."""
    old = {a.get("eId", ""): "\n".join(article_lines(a)) for a in before.articles()}
    notes = notes_index(after)
    articles = tuple(_article(notes, article, old) for article in after.articles())
    return DocumentOut(
        identity=after.identity,
        title=title_line(after.identity),
        changed=any(article.changed for article in articles)
        or len(old) != len(articles),
        articles=articles,
    )


def consolidation_out(result: Consolidation) -> ConsolidationOut:
    """The output model of a consolidation."""
    chain = None
    if result.reports:
        chain = ChainOut(
            acts=result.acts, reports=result.reports,
            provisions=tuple(ProvisionOut(act=t.act, article=t.article, date=t.date,
                                          mode=t.mode, fixed_by=t.fixed_by, deadline=t.deadline,
                                          until=t.until, unread=t.unread)
                             for t in result.timeline),
            conflicts=tuple(conflict.describe() for conflict in result.conflicts),
            unknown=tuple(UnknownOut(document=u.document, unit=u.unit, what=u.what,
                                     note=u.note, in_force=u.in_force, at=u.at)
                          for u in result.unknown))
    return ConsolidationOut(
        act=result.act,
        report=result.report,
        documents=tuple(document_out(b, a) for b, a in result.pairs()),
        chain=chain,
    )


def render_json(result: Consolidation) -> str:
    """The consolidation as JSON (UTF-8 text, 2-space indent, final newline)."""
    return consolidation_out(result).model_dump_json(indent=2) + "\n"
