"""``records.replace``: the object ``dataclasses.replace`` makes, for the parser's records
(issue 14: six per operation), and ``dataclasses.replace`` itself for every other class."""

from __future__ import annotations

import dataclasses
from dataclasses import InitVar, dataclass, field

import pytest
from hypothesis import given
from hypothesis import strategies as st

from consolidate import records
from consolidate.parsing.scope import Scope
from consolidate.parsing.units import Mention


def same(a: object, b: object) -> None:
    assert type(a) is type(b)
    assert a == b
    assert list(vars(a).items()) == list(vars(b).items())  # same fields, same order


labels = st.tuples(st.text("12345°bis", max_size=4))
scopes = st.builds(
    Scope, divisions=st.just(()), articles=st.lists(st.tuples(st.none() | st.text("1234"),
                                                               st.none()), min_size=1,
                                                     max_size=2).map(tuple),
    language=st.none() | st.sampled_from(("fr", "nl")),
    history=st.lists(st.text(max_size=5), max_size=2).map(tuple))


@given(scopes, st.dictionaries(st.sampled_from(("language", "previous_annex", "history")),
                               st.none() | st.sampled_from(("fr", "II")), max_size=3))
def test_a_scope_replaced_as_dataclasses_does(scope: Scope, changes: dict[str, object]) -> None:
    if "history" in changes:
        changes["history"] = ()
    new = records.replace(scope, **changes)
    same(new, dataclasses.replace(scope, **changes))
    assert new is not scope
    assert scope == records.replace(new, **{k: getattr(scope, k) for k in changes})


@given(labels, st.integers(0, 50), st.integers(0, 50))
def test_a_mention_replaced_as_dataclasses_does(label: tuple[str], start: int, end: int) -> None:
    mention = Mention("article", label, start, start + 5)
    same(records.replace(mention, end=end), dataclasses.replace(mention, end=end))
    with pytest.raises(dataclasses.FrozenInstanceError):
        records.replace(mention, end=end).end = 3  # type: ignore[misc]


@dataclass
class Checked:
    value: int
    twice: int = 0

    def __post_init__(self) -> None:
        self.twice = self.value * 2


@dataclass
class Derived:
    value: int
    seen: list[int] = field(init=False, default_factory=list)


@dataclass
class WithInitVar:
    value: int
    bump: InitVar[int] = 0


@dataclass(slots=True)
class Slotted:
    value: int


@dataclass
class Plain:
    value: int


class Sub(Plain):
    def __init__(self, value: int) -> None:
        super().__init__(value + 1)


@pytest.mark.parametrize("record", [Checked(2), Derived(2), WithInitVar(2), Slotted(2), Sub(2)])
def test_other_classes_go_to_dataclasses(record: object) -> None:
    new = records.replace(record, value=5)
    expected = dataclasses.replace(record, value=5)  # type: ignore[type-var]
    assert type(new) is type(expected) and new == expected
    assert records._FIELDS[type(record)] is None


def test_a_name_that_is_no_field_is_the_same_error() -> None:
    with pytest.raises(TypeError):
        records.replace(Plain(1), colour=2)
    assert records.replace(Plain(1), value=3) == Plain(3)
    assert records._FIELDS[Plain] == ("value",)
