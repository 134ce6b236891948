"""Properties 3–10: what applying an amending act means (semantics §1 and §4).

See docs/properties.md: each test states one rule of the semantics for every generated
document and every operation valid on it.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import assume, given
from hypothesis import strategies as st
from lxml import etree
from property_support import act_of, labels, live_texts, plain, run, xml
from strategies import (
    LOI_2001,
    NEVER,
    SOURCE,
    Unit,
    document_units,
    documents,
    fresh_words,
    new_alineas,
    unique_words,
    valid_operation,
    word_units,
)

from consolidate.document import Document, akn, alineas_of, is_removed, label_text, text_of
from consolidate.errors import ApplyError
from consolidate.model import (
    AmendingAct,
    InsertUnit,
    Operation,
    RepealUnit,
    ReplaceWords,
    Target,
)
from consolidate.provenance import read_notes


def _target(unit: Unit) -> Target:
    return Target(act=LOI_2001, article=unit.article, path=unit.path)


def _containers(document: Document) -> list[Unit]:
    """Articles without § and paragraphs: the units that hold alinéas."""
    return [u for u in document_units(document)
            if u.kind in ("article", "paragraph") and not u.element.findall(akn("paragraph"))]


# --- 3. apply never mutates; an empty act changes nothing; failures leave the input -----------


@given(documents(), st.data())
def test_p03_apply_never_mutates_its_input(document: Document, data: st.DataObject) -> None:
    ops = data.draw(st.lists(valid_operation(document), min_size=1, max_size=3))
    act = act_of(*[[op] for op in ops])
    before, act_before = xml(document), act.model_dump()
    run([document], act, keep_going=True)
    assert xml(document) == before
    assert act.model_dump() == act_before


@given(documents())
def test_p03_an_empty_act_changes_nothing(document: Document) -> None:
    empty = AmendingAct(act=act_of().act, articles=())
    after, report = run([document], empty)
    assert xml(after[0]) == xml(document)
    assert report.outcomes == ()


@given(documents(), st.data())
def test_p03_a_failed_operation_leaves_the_document_as_it_was(
    document: Document, data: st.DataObject
) -> None:
    unit = data.draw(st.sampled_from(word_units(document)))
    missing = data.draw(st.sampled_from(NEVER))  # never in a generated text
    bad = ReplaceWords(source=SOURCE, target=_target(unit), old=missing, new="x")
    good = data.draw(valid_operation(document))
    alone, report = run([document], act_of([bad]), keep_going=True)
    assert report.counts["failed"] == 1
    assert xml(alone[0]) == xml(document)
    with_good, _ = run([document], act_of([good], [bad]), keep_going=True)
    only_good, _ = run([document], act_of([good]), keep_going=True)
    assert xml(with_good[0]) == xml(only_good[0])
    try:
        run([document], act_of([bad]))
    except ApplyError:
        pass
    else:  # pragma: no cover - the property fails
        raise AssertionError("a failed operation must raise without keep_going")


# --- 4. replace X→Y then Y→X restores the text -----------------------------------------------


def _spaces(text: str) -> str:
    return text.replace("\u00a0", " ")


@given(documents(), st.data())
def test_p04_replace_then_replace_back_restores_the_text(
    document: Document, data: st.DataObject
) -> None:
    unit = data.draw(st.sampled_from(word_units(document)))
    old = data.draw(unique_words(unit))
    assume(old is not None)
    assert old is not None
    new = data.draw(fresh_words())
    there = ReplaceWords(source=SOURCE, target=_target(unit), old=old, new=new)
    back = ReplaceWords(source=SOURCE, target=_target(unit), old=new, new=old)
    after, report = run([document], act_of([there], [back]))
    assert report.counts["applied"] == 2
    # the quoted words are folded (a no-break space in X comes back as a space)
    assert _spaces(plain(after[0])) == _spaces(plain(document))


# --- 5. repealing alinéa k of n; repealing an article or item keeps every label --------------


@given(documents(), st.data())
def test_p05_repealing_an_alinea_moves_the_following_ones_up(
    document: Document, data: st.DataObject
) -> None:
    container = data.draw(st.sampled_from(_containers(document)))
    before = live_texts(container.element)
    n = len(before)
    k = data.draw(st.integers(1, n))
    step_label = "1er" if k == 1 else str(k)
    from consolidate.model import Step

    path = (*container.path, Step(unit="alinea", label=step_label))
    op = RepealUnit(source=SOURCE, target=Target(act=LOI_2001, article=container.article,
                                                  path=path))
    after, _ = run([document], act_of([op]))
    moved = _same_unit(after[0], container)
    now = live_texts(moved)
    assert len(now) == n - 1
    for i in range(1, n):  # 1-based i
        assert now[i - 1] == (before[i - 1] if i < k else before[i])


def _same_unit(document: Document, unit: Unit) -> etree._Element:
    eid = unit.element.get("eId")
    found = document.root.find(f".//*[@eId='{eid}']")
    assert found is not None
    return found


@given(documents(), st.data())
def test_p05_repealing_an_article_or_item_keeps_every_label(
    document: Document, data: st.DataObject
) -> None:
    candidates = [u for u in document_units(document) if u.kind in ("article", "point")]
    unit = data.draw(st.sampled_from(candidates))
    op = RepealUnit(source=SOURCE, target=_target(unit))
    after, _ = run([document], act_of([op]))
    # the repealed unit's own content goes (a tombstone); every other label stays
    assert labels(after[0]) == labels(document, outside=unit.element)
    repealed = _same_unit(after[0], unit)
    assert is_removed(repealed)
    assert label_text(repealed) == label_text(unit.element)


# --- 6. "complété par m alinéas" yields alinéas n+1 … n+m --------------------------------------


@given(documents(), st.data())
def test_p06_completing_with_m_alineas_appends_them(
    document: Document, data: st.DataObject
) -> None:
    container = data.draw(st.sampled_from(_containers(document)))
    new = data.draw(new_alineas())
    op = InsertUnit(source=SOURCE, target=_target(container), new=new,
                    announced_count=len(new))
    before = live_texts(container.element)
    after, _ = run([document], act_of([op]))
    now = live_texts(_same_unit(after[0], container))
    assert now[: len(before)] == before
    assert len(now) == len(before) + len(new)
    for unit, alinea in zip(new, alineas_of(_same_unit(after[0], container))[len(before):],
                            strict=True):
        assert text_of(alinea).startswith(unit.text)
    others = [a.get("eId") for a in document.articles()
              if a.get("eId") != _article_eid(container)]
    for eid in others:
        assert _article_lines(after[0], eid) == _article_lines(document, eid)


def _article_eid(unit: Unit) -> str:
    node: etree._Element | None = unit.element
    while node is not None and etree.QName(node).localname != "article":
        node = node.getparent()
    assert node is not None
    return node.get("eId", "")


def _article_lines(document: Document, eid: str | None) -> list[str]:
    from consolidate.document import article_lines

    found = document.root.find(f".//*[@eId='{eid}']")
    assert found is not None
    return article_lines(found)


# --- 7. within one amending article, designations resolve against the state before it --------


@given(documents(), st.data())
def test_p07_points_of_one_article_designate_the_state_before_it(
    document: Document, data: st.DataObject
) -> None:
    containers = [c for c in _containers(document) if len(alineas_of(c.element)) >= 2]
    assume(containers)
    container = data.draw(st.sampled_from(containers))
    units = [u for u in document_units(document)
             if u.kind == "alinea" and u.path[:-1] == container.path
             and u.article == container.article]
    k = data.draw(st.integers(0, len(units) - 2))
    later = data.draw(st.sampled_from(units[k + 1 :]))
    old = data.draw(unique_words(later))
    assume(old is not None)
    assert old is not None
    repeal = RepealUnit(source=SOURCE, target=_target(units[k]))
    change = ReplaceWords(source=SOURCE, target=_target(later), old=old,
                          new=data.draw(fresh_words()))
    together, report = run([document], act_of([repeal, change]))
    assert report.counts["applied"] == 2
    reverse, _ = run([document], act_of([change], [repeal]))
    assert plain(together[0]) == plain(reverse[0])


# --- 8. acts A then B = B applied to the consolidation of A; provenance in order -------------


@given(documents(), st.data())
def test_p08_acts_apply_in_sequence_and_provenance_follows_chronology(
    document: Document, data: st.DataObject
) -> None:
    op_a = data.draw(valid_operation(document))
    first = act_of([op_a], reference="2020-01-10/01", date=dt.date(2020, 1, 10),
                   in_force=dt.date(2020, 2, 1))
    after_a, report_a = run([document], first, keep_going=True)
    assert report_a.outcomes[0].status in ("applied", "no_effect"), report_a.outcomes[0].message
    op_b = data.draw(valid_operation(after_a[0]))
    second = act_of([op_b], reference="2024-03-25/42", date=dt.date(2024, 3, 25),
                    in_force=dt.date(2024, 4, 1))
    from consolidate.document import load_xml

    reloaded = load_xml(xml(after_a[0]), "consolidation-a.xml")
    in_memory, report_b = run(after_a, second, keep_going=True)
    assert report_b.outcomes[0].status in ("applied", "no_effect"), report_b.outcomes[0].message
    from_file, _ = run([reloaded], second, keep_going=True)
    assert xml(in_memory[0]) == xml(from_file[0])
    final = in_memory[0]
    for article in final.articles():
        notes = read_notes(final, article.get("eId", ""))
        keys = [(n.in_force, n.version) for n in notes]
        assert keys == sorted(keys), "footnotes out of chronological order"
        assert [n.number for n in notes] == list(range(1, len(notes) + 1))


# --- 9. a Dutch-only operation leaves the French text byte-identical --------------------------


@given(documents(language="nl"), documents(language="fr"), st.data())
def test_p09_a_dutch_operation_leaves_the_french_text_as_it_was(
    dutch: Document, french: Document, data: st.DataObject
) -> None:
    op = data.draw(valid_operation(dutch)).model_copy(update={"language": "nl"})
    before = xml(french)
    after, report = run([french, dutch], act_of([op]), keep_going=True)
    assert xml(after[0]) == before
    assert report.outcomes[0].status in ("applied", "no_effect"), report.outcomes[0].message


# --- 10. numbers quoted inside inserted text are never rewritten ------------------------------


@given(documents(), st.data())
def test_p10_numbers_inside_inserted_text_are_never_rewritten(
    document: Document, data: st.DataObject
) -> None:
    containers = [c for c in _containers(document) if len(alineas_of(c.element)) >= 2]
    assume(containers)
    container = data.draw(st.sampled_from(containers))
    k = data.draw(st.integers(1, len(alineas_of(container.element))))
    numbered = tuple(
        unit.model_copy(update={"text": unit.text + " Les alinéas 1er à 5 et le 3° visés à "
                                f"l'article {k + 10}, alinéa {k}, § 2."})
        for unit in data.draw(new_alineas())
    )
    from consolidate.model import Step

    repeal = RepealUnit(source=SOURCE, target=Target(
        act=LOI_2001, article=container.article,
        path=(*container.path, Step(unit="alinea", label="1er" if k == 1 else str(k)))))
    insert = InsertUnit(source=SOURCE, target=_target(container), new=numbered,
                        announced_count=len(numbered))
    after, _ = run([document], act_of([repeal, insert], [_renumbering_probe(container)]))
    texts = " ".join(text_of(a) for a in alineas_of(_same_unit(after[0], container)))
    for unit in numbered:
        assert unit.text in texts


def _renumbering_probe(container: Unit) -> Operation:
    """A later article that repeals the first alinéa again (more shifting)."""
    from consolidate.model import Step

    return RepealUnit(source=SOURCE, target=Target(
        act=LOI_2001, article=container.article,
        path=(*container.path, Step(unit="alinea", label="1er"))))

