"""Justel round trips on generated documents, before and after generated amendments.

For any document the strategies build and any operations valid on it, applied by the
applier: the Justel output read back carries the same units, texts, marks and footnotes
(:func:`consolidate.justel.justel_key`), and stripped it is the plain text. Settings come
from the profiles of tests/conftest.py.
"""

from __future__ import annotations

from hypothesis import assume, given
from hypothesis import strategies as st
from property_support import act_of, plain, run
from strategies import documents, valid_operation

from consolidate.document import Document, akn, label_of
from consolidate.justel import justel_key, read_text, strip_marks, write_justel


def one_style_per_list(document: Document) -> bool:
    """Whether every enumeration labels its items in one style (1°, a), 1), -).

    Justel text has no indentation: an item's level comes from its label's style, so a list
    mixing styles (a), b), 3)) cannot be read back as it was (docs/justel.md).
    """
    for listing in document.body.iter(akn("list")):
        styles = {label_of(point).style for point in listing.findall(akn("point"))}
        if len(styles - {"number"}) > 1 or ("number" in styles and len(styles) > 1):
            return False
    return True


def check(document: Document) -> None:
    assume(one_style_per_list(document))
    justel = write_justel(document)
    assert strip_marks(justel) == plain(document)
    again = read_text(justel)
    assert again.warnings == []
    assert justel_key(again) == justel_key(document)
    assert write_justel(again) == justel


@given(documents(), st.data())
def test_justel_round_trip_french(document: Document, data: st.DataObject) -> None:
    ops = data.draw(st.lists(valid_operation(document), max_size=3))
    after, _ = run([document], act_of(*[[op] for op in ops]), keep_going=True)
    check(document)
    check(after[0])


@given(documents(language="nl"), st.data())
def test_justel_round_trip_dutch(document: Document, data: st.DataObject) -> None:
    ops = data.draw(st.lists(valid_operation(document), max_size=2))
    after, _ = run([document], act_of(*[[op] for op in ops]), keep_going=True)
    check(after[0])
