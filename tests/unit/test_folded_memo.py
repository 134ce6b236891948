"""``scan.folded`` remembers the folds of the last texts by value (issue 14: equal texts built
anew are folded again and again): the same answers as folding each text afresh."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from consolidate.lang import scan


def fresh(text: str) -> str:
    return "".join(list(text))  # an equal string, another object (for texts of 2+ chars)


@given(st.lists(st.text(alphabet=st.sampled_from("aÉé§ǅ\u0130ꝖĲ'’ \n1"), max_size=12),
                max_size=40))
def test_the_same_fold_as_a_fresh_folding(texts: list[str]) -> None:
    for text in texts + [fresh(t) for t in reversed(texts)]:
        expected = text.lower() if scan._UNFOLDED.search(text) is None else None
        assert scan.folded(text) == expected
        assert scan.folded(text) == expected  # the last one asked about


def test_a_text_not_folded_is_remembered_as_none() -> None:
    text = fresh("l'article \u0130stanbul")  # İ (U+0130) is outside FOLDED
    assert scan.folded(text) is None
    scan.folded("autre chose")
    assert scan.folded(fresh(text)) is None


def test_the_memo_is_bounded() -> None:
    for number in range(3 * scan.FOLDS):
        assert scan.folded(f"l'Article {number}") == f"l'article {number}"
        assert len(scan._seen_folds) <= scan.FOLDS
    assert scan.folded(fresh("l'Article 1")) == "l'article 1"
