"""Property A1 (docs/properties.md): an operation on an annex, or whose new text is an annex of
the amending act, is refused with A010 and changes nothing — also next to an operation that
succeeds, which applies as it would alone (handlers/annexes.py, fail closed)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from property_support import act_of, run, xml
from strategies import documents, valid_operation

from consolidate.document import Document
from consolidate.model import InsertUnit, NewUnit, Operation

#: annex labels as the acts write them ("l'annexe II", "Ire", "III/1", "10bis", the only one)
ANNEX_LABELS = st.sampled_from(["", "I", "II", "Ire", "1re", "III/1", "10bis", "VIII"])


def _in_annex(op: Operation, label: str) -> Operation:
    return op.model_copy(update={"target": op.target.model_copy(update={"annex": label})})


def _joined(op: Operation, label: str) -> Operation:
    unit = NewUnit(kind="annex", label=label or "I", text="", joined=label or "I")
    return InsertUnit(source=op.source, target=op.target.model_copy(
        update={"article": None, "path": ()}), new=(unit,), position="label")


@given(documents(), st.data(), ANNEX_LABELS, st.booleans())
def test_a1_annex_operations_are_refused_and_leave_the_rest_as_alone(
        document: Document, data: st.DataObject, label: str, joined: bool) -> None:
    op = data.draw(valid_operation(document))
    refused = _joined(op, label) if joined else _in_annex(op, label)
    before = xml(document)
    alone_docs, alone = run([document], act_of([refused]), keep_going=True)
    assert [o.error_code for o in alone.outcomes] == ["A010"]
    assert xml(alone_docs[0]) == before
    mixed_docs, mixed = run([document], act_of([op], [refused]), keep_going=True)
    only_docs, only = run([document], act_of([op]), keep_going=True)
    assert mixed.outcomes[-1].error_code == "A010"
    assert [o.status for o in mixed.outcomes[:-1]] == [o.status for o in only.outcomes]
    assert xml(mixed_docs[0]) == xml(only_docs[0])
