"""Properties of the act-level operations (docs/properties.md, "Structure"):

- an article inserted by its label lands where its label sorts: the article order stays
  sorted, and every other article reads as before;
- "les articles X à Y sont abrogés" repeals exactly the live articles between X and Y;
- an article repealed, then restored with its own text, reads as before;
- a renumbering changes one label and keeps every other label, text and order;
- the Justel output of an insertion or a repealed range strips back to its plain text and
  reads back to the same document (footnotes "Inséré par" included).
"""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st
from property_support import act_of, run
from strategies import LOI_2001, SOURCE, documents
from strategies_structure import article_span, insertion, new_unit_of, renumbering

from consolidate.document import (
    Document,
    article_lines,
    is_removed,
    label_of,
    label_text,
    render_text,
)
from consolidate.justel import justel_key, read_text, strip_marks, write_justel
from consolidate.model import RepealUnit, RestoreUnit, Target
from consolidate.text import parse_label


def _labels(document: Document) -> list[str]:
    return [label_text(a) for a in document.articles()]


@given(st.data())
def test_insert_by_label_keeps_the_articles_sorted(data: st.DataObject) -> None:
    document = data.draw(documents())
    op = data.draw(insertion(document))
    (out,), report = run([document], act_of([op]))
    assert report.ok
    labels = [label_of(a) for a in out.articles()]
    assert all(a < b for a, b in itertools.pairwise(labels))
    new = op.new[0].label
    assert _labels(out).count(new) == 1
    before = {label_text(a): article_lines(a) for a in document.articles()}
    after = {label_text(a): article_lines(a) for a in out.articles() if label_text(a) != new}
    assert after == before
    assert strip_marks(write_justel(out)) == render_text(out)
    assert justel_key(read_text(write_justel(out))) == justel_key(out)  # reads back the same


@given(st.data())
def test_a_range_repeals_exactly_the_articles_between(data: st.DataObject) -> None:
    document = data.draw(documents())
    op = data.draw(article_span(document))
    (out,), report = run([document], act_of([op]))
    assert report.ok
    low, high = parse_label(op.target.article or ""), parse_label(op.target.article_until or "")
    for old, new in zip(document.articles(), out.articles(), strict=True):
        inside = low.key() <= label_of(old).key() <= high.key()
        assert is_removed(new) == (inside or is_removed(old))
        if not inside:
            assert article_lines(new) == article_lines(old)
    assert strip_marks(write_justel(out)) == render_text(out)
    assert justel_key(read_text(write_justel(out))) == justel_key(out)


@given(st.data())
def test_repeal_then_restore_gives_the_text_back(data: st.DataObject) -> None:
    document = data.draw(documents())
    live = [a for a in document.articles() if not is_removed(a)]
    article = data.draw(st.sampled_from(live))
    label = label_text(article)
    target = Target(act=LOI_2001, article=label)
    repeal = RepealUnit(source=SOURCE, target=target)
    restore = RestoreUnit(source=SOURCE, target=target, new=(new_unit_of(article),))
    (out,), report = run([document], act_of([repeal], [restore]))
    assert report.ok
    restored = out.article(label)
    assert restored is not None and not is_removed(restored)
    assert article_lines(restored) == article_lines(article)
    assert _labels(out) == _labels(document)


@given(st.data())
def test_renumbering_keeps_every_other_label(data: st.DataObject) -> None:
    document = data.draw(documents())
    op = data.draw(renumbering(document))
    (out,), report = run([document], act_of([op]))
    assert report.ok
    old, new = _labels(document), _labels(out)
    changed = [(a, b) for a, b in zip(old, new, strict=True) if a != b]
    assert changed == [(op.target.article, op.new_label)]
    labels = [label_of(a) for a in out.articles()]
    assert all(a < b for a, b in itertools.pairwise(labels))
    moved = out.article(op.new_label)
    assert moved is not None and moved.get("eId") == f"art_{label_of(moved).eid_part()}"
    original = document.article(op.target.article or "")
    assert original is not None
    assert article_lines(moved)[1:] == article_lines(original)[1:]


@given(st.data())
def test_wild_structural_operations_apply_or_fail_closed(data: st.DataObject) -> None:
    """Any act-level operation, well-formed or not, either applies or raises an ApplyError;
    the input is never changed and a failure changes nothing."""
    from strategies_structure import wild_structure

    from consolidate.document import dump
    from consolidate.errors import ApplyError

    document = data.draw(documents())
    before = dump(document)
    op = data.draw(wild_structure(document))
    try:
        (out,), report = run([document], act_of([op]))  # type: ignore[list-item]
    except ApplyError:
        assert dump(document) == before
        (out,), report = run([document], act_of([op]), keep_going=True)  # type: ignore[list-item]
        assert report.counts["failed"] == 1
        assert dump(out) == before  # the failed operation changed nothing
        return
    assert dump(document) == before
    assert report.ok
    write_justel(out)
    render_text(out)


@given(st.data())
def test_a_range_of_items_repeals_exactly_its_items(data: st.DataObject) -> None:
    """"Les 2° à 4° sont abrogés": the items from one end to the other, and nothing else."""
    from strategies_structure import item_range

    from consolidate.address import resolve

    document = data.draw(documents())
    op = data.draw(item_range(document))
    last = op.target.path[-1]
    article = op.target.article or ""
    first = resolve(document, article, (*op.target.path[:-1], last.model_copy(
        update={"until": None})))

    listing = first.getparent()
    assert listing is not None
    before = [label_text(p) for p in listing if p.tag == first.tag and not is_removed(p)]
    start, end = before.index(last.label), before.index(last.until or "")
    (out,), report = run([document], act_of([op]))
    assert report.ok
    eid = first.get("eId")
    moved = out.root.find(f".//*[@eId='{eid}']")
    assert moved is not None and is_removed(moved)
    holder = moved.getparent()
    assert holder is not None
    after = [label_text(p) for p in holder if p.tag == first.tag and not is_removed(p)]
    assert after == before[:start] + before[end + 1:]
