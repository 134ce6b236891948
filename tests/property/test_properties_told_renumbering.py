"""A renumbering said in a relative clause ("dans le § 2, qui devient le § 3, les mots …",
parsing/became.py) is the renumbering the act makes when no point says it: applied, the act
gives the text that the act with the renumbering written out as a point of its own gives
("1° le § 2 devient le § 3; 2° dans le § 2, qui devient le § 3, …", where the clause only
recalls it) — whichever § is named, and with the change before or without the renumbering
of another §.
"""

from __future__ import annotations

import sys
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit"))
from apply_docs import alinea, article, document, paragraph, text

from consolidate import api
from consolidate.applier import apply
from consolidate.document import Document

HEAD = ("---\ntitle-fr: \"Loi modifiant la loi du 16 mai 2001 portant statut\"\ndate: "
        "2024-06-01\n---\n\n**Article 1er.** La présente loi règle une matière visée à "
        "l'article 74 de la Constitution.\n\n**Art. 2.** Dans l'article 5 de la loi du 16 mai "
        "2001 portant statut, les modifications suivantes sont apportées :\n")


def _label(number: int) -> str:
    return "1er" if number == 1 else str(number)


def _paragraphs(doc: Document, count: int) -> list[tuple[str, str]]:
    """(§, text) of the article's §§, by their labels after the act (the marks' points
    aside: they name the point that made each change)."""
    found = []
    for number in range(1, count + 2):
        try:
            found.append((_label(number), text(doc, f"article 5, § {_label(number)}")))
        except Exception:
            continue
    return found


@settings(max_examples=25, deadline=None)
@given(st.integers(1, 4), st.data())
def test_the_clause_renumbers_as_the_point_would(count: int, data: st.DataObject) -> None:
    """One § (the last: its new label is free) renumbered by its clause or by a point."""
    paragraphs = [paragraph(_label(n), alinea(f"Le ministre statue au titre {n}."))
                  for n in range(1, count + 1)]
    base = document(article("5", *paragraphs))
    change = (f"dans le § {_label(count)}, qui devient le § {count + 1}, les mots « Le "
              "ministre » sont remplacés par les mots « Le Roi ».")
    point = f"le § {_label(count)} devient le § {count + 1};"
    lines = [point, change] if data.draw(st.booleans()) else [change, point]
    told = api.parse(text=HEAD + "1° " + change + "\n")
    written = api.parse(text=HEAD + "".join(
        f"{n}° {line}\n" for n, line in enumerate(lines, 1)))
    assert sorted(op.op for op in told.operations()) == ["renumber", "replace_words"]
    assert sorted(op.op for op in written.operations()) == ["renumber", "replace_words"]
    (after_told,), report_told = apply([base], told)
    (after_written,), report_written = apply([base], written)
    assert report_told.ok and report_written.ok
    expected = [(_label(n), f"Le ministre statue au titre {n}.") for n in range(1, count)] + [
        (_label(count + 1), f"Le Roi statue au titre {count}.")]
    assert _paragraphs(after_told, count) == _paragraphs(after_written, count) == expected


@settings(max_examples=25, deadline=None)
@given(st.integers(1, 4), st.data())
def test_clauses_renumbering_every_paragraph_in_any_order(count: int,
                                                          data: st.DataObject) -> None:
    """"n° dans le § k, qui devient le § k+1, …" for every §, the points in any order: the
    renumberings the clauses make are put first, in an order where no label is taken
    (parsing/renumber_order.py), and each change reaches the § its point names."""
    order = data.draw(st.permutations(range(1, count + 1)))
    paragraphs = [paragraph(_label(n), alinea(f"Le ministre statue au titre {n}."))
                  for n in range(1, count + 1)]
    base = document(article("5", *paragraphs))
    lines = [f"dans le § {_label(k)}, qui devient le § {k + 1}, les mots « titre {k} » sont "
             f"remplacés par les mots « chapitre {k} »." for k in order]
    act = api.parse(text=HEAD + "".join(f"{n}° {line}\n" for n, line in enumerate(lines, 1)))
    ops = act.operations()
    assert [op.op for op in ops] == ["renumber"] * count + ["replace_words"] * count
    (after,), report = apply([base], act)
    assert report.ok, report
    assert _paragraphs(after, count) == [
        (_label(k + 1), f"Le ministre statue au chapitre {k}.") for k in range(1, count + 1)]
