"""Articles out of the act's order (``parser._displaced``): the O(n log n) search picks the same
articles as the quadratic definition (a longest run of increasing numbers; each article after
the first article before it that ends a longest smaller run; the run ending at the first
article ending a longest run), on drawn sequences of article numbers with ties, suffixes
(bis, ter, /1) and pages in any order; and on a page of 60,000 articles (the 100,000-operation
benchmark, which the quadratic search did not finish)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from consolidate.parser import _displaced, _number_key


def _displaced_by_definition(numbers: list[str]) -> set[int]:
    """The quadratic definition (the parser's before the O(n log n) search)."""
    keys = [_number_key(number) for number in numbers]
    best = [1] * len(keys)
    before = [-1] * len(keys)
    for i, key in enumerate(keys):
        for j in range(i):
            if keys[j] < key and best[j] + 1 > best[i]:
                best[i], before[i] = best[j] + 1, j
    kept: set[int] = set()
    index = max(range(len(keys)), key=lambda i: (best[i], -i), default=-1)
    while index != -1:
        kept.add(index)
        index = before[index]
    return set(range(len(keys))) - kept


NUMBERS = st.builds(lambda number, suffix: f"{number}{suffix}",
                    st.sampled_from(["1er", *map(str, range(1, 25))]),
                    st.sampled_from(["", "", "", "bis", "ter", "/1", "/2"]))


@settings(max_examples=400, deadline=None)
@given(st.lists(NUMBERS, max_size=40))
def test_displaced_is_the_definition(numbers: list[str]) -> None:
    assert _displaced(numbers) == _displaced_by_definition(numbers)


@given(st.lists(NUMBERS, min_size=1, max_size=30, unique_by=_number_key), st.data())
def test_an_act_in_order_with_moved_articles(numbers: list[str], data: st.DataObject) -> None:
    """A page in the act's order with some articles moved to the end: never more displaced
    articles than moved ones, and always the definition's."""
    ordered = sorted(numbers, key=_number_key)
    moved = data.draw(st.integers(0, len(ordered)))
    page = ordered[moved:] + ordered[:moved]
    found = _displaced(page)
    assert found == _displaced_by_definition(page)
    assert len(found) <= min(moved, len(page) - moved)


def test_a_long_act_in_order_has_nothing_displaced() -> None:
    numbers = [str(number) for number in range(1, 60_001)]
    assert _displaced(numbers) == set()
    assert _displaced([*numbers[1:], numbers[0]]) == {len(numbers) - 1}
