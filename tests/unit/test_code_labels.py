"""Compound article labels of the Belgian Codes: 'XII.1', 'VI.83/1', 'D.IV.1', 'L1124-1', '3.1'.

Real labels: Code de droit économique (corpus 2013011667: "Art. XII.1. § 1er."), Walloon
CoDT ("D.IV.1", "R.IV.1-1"), Code de la démocratie locale ("L1124-1", "L. 1124-1"), Code civil
("article 3.1", "5.74"), Flemish codes ("artikel 4.3.1"), decree 2004033073 ("Article 3.1.").
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from consolidate.text import _LATIN, CODE_LABEL, parse_label

ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII",
         "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX"]


def keys(*labels: str) -> list[tuple[int, ...]]:
    return [parse_label(label).key() for label in labels]


@pytest.mark.parametrize("label", ["I.1", "XII.1", "VI.83/1", "XX.1", "D.IV.1", "R.IV.1-1",
                                   "L1124-1", "L. 1124-1", "3.1", "5.74", "4.3.1", "1.3.1-1",
                                   "D.29-1", "III.15bis"])
def test_code_labels_parse(label: str) -> None:
    parsed = parse_label(label)
    assert parsed.style == "code"
    assert parsed.text == label.replace(" ", "")


@pytest.mark.parametrize("raw", ["IV", "XII", "1124-1", "XII.", "I..1", "a.1", "L", "VI.-1",
                                 "xii.1"])
def test_not_code_labels(raw: str) -> None:
    with pytest.raises(ValueError, match="not a unit label"):
        parse_label(raw)


def test_order_of_code_labels() -> None:
    sequence = ["XII.1", "XII.2", "XII.10", "XIII.1"]
    assert sorted(sequence[::-1], key=lambda x: parse_label(x).key()) == sequence
    assert sorted(parse_label(x) for x in sequence[::-1]) == [parse_label(x) for x in sequence]
    assert keys("VI.83") < keys("VI.83/1") < keys("VI.84")
    assert keys("L1124-1") < keys("L1124-2") < keys("L1125-1")
    # a Walloon regulatory article follows the decree's article it carries out
    assert keys("D.IV.1") < keys("R.IV.1-1") < keys("D.IV.2")
    # an article 3.1 inserted in a plain act sits between 3 and 4
    assert keys("3") < keys("3.1") < keys("3bis") < keys("4")


def test_same_and_prefix() -> None:
    assert parse_label("L1124-1").same(parse_label("L. 1124-1"))
    assert parse_label("XII.1").same(parse_label("XII.1"))
    assert not parse_label("D.IV.1").same(parse_label("R.IV.1"))
    assert not parse_label("XII.1").same(parse_label("XII.10"))
    assert not parse_label("3.1").same(parse_label("3"))
    assert not parse_label("VI.83/1").same(parse_label("VI.83"))


def test_eid_parts_are_ncname_safe() -> None:
    assert [parse_label(x).eid_part() for x in ("XII.1", "VI.83/1", "L1124-1", "L. 1124-1",
                                                "D.IV.1", "3.1")] == [
        "xii.1", "vi.83-1", "l.1124-1", "l.1124-1", "d.iv.1", "3.1"]


def test_existing_labels_unchanged() -> None:
    assert parse_label("71/1").key() == (71, 0, 1)
    assert parse_label("10bis").eid_part() == "10bis"
    assert parse_label("1.").style == "dot"
    assert parse_label("2/1°").style == "degree"


def test_code_label_pattern_leaves_the_heading_dot() -> None:
    found = [m.group() for m in re.finditer(
        CODE_LABEL, "Art. XII.1. § 1er. Art. VI.83/1. art. L. 1124-1, art. 71/1.")]
    assert found == ["XII.1", "VI.83/1", "L. 1124-1"]


_number = st.integers(1, 400)
_component = st.tuples(_number, st.sampled_from([0, 2, 3, 4]), st.integers(0, 3))  # none, bis…


def _spell(part: tuple[int, int, int]) -> str:
    number, latin, sub = part
    return f"{number}{_LATIN[latin - 2] if latin else ''}{f'/{sub}' if sub else ''}"


@st.composite
def code_labels(draw: st.DrawFn) -> tuple[str, list[object]]:
    """A Code label and the components it stands for (prefix last: it sorts last)."""
    prefix = draw(st.sampled_from(["", "D", "R", "L"]))
    roman = draw(st.booleans())
    first = (draw(st.integers(1, 20)), 0, 0) if roman else draw(_component)
    others = draw(st.lists(_component, min_size=0 if prefix else 1, max_size=3))
    seps = [draw(st.sampled_from(".-")) for _ in others]
    if not prefix and others:
        seps[0] = "."
    head = ROMAN[first[0] - 1] if roman else _spell(first)
    text = (f"{prefix}." if prefix and roman else prefix) + head
    text += "".join(sep + _spell(part) for sep, part in zip(seps, others, strict=True))
    flat: list[object] = [n for part in (first, *others) for n in part]
    return text, [*flat, 0, prefix]  # the key's order: components, an end, the prefix


@given(code_labels())
def test_round_trip(drawn: tuple[str, list[object]]) -> None:
    text, _ = drawn
    parsed = parse_label(text)
    assert parsed.style == "code" and parsed.text == text
    assert parse_label(parsed.text) == parsed
    assert re.fullmatch(CODE_LABEL, text)
    assert re.fullmatch(r"[a-z0-9_.-]+", parsed.eid_part())


@given(code_labels(), code_labels())
def test_order_follows_the_components(a: tuple[str, list[object]],
                                      b: tuple[str, list[object]]) -> None:
    (text_a, flat_a), (text_b, flat_b) = a, b
    label_a, label_b = parse_label(text_a), parse_label(text_b)
    assert (label_a.key() < label_b.key()) == (flat_a < flat_b)  # type: ignore[operator]
    assert label_a.same(label_b) == (flat_a == flat_b)
