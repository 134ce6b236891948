"""The word diff: both texts recoverable, and words that stay are never struck (issue 13).

Semantic cleanup merges a short equality between two edits into them; on a text that was
only extended it struck words that are still there ("ou" in art. 26 of the loi du 16 mai 2001
after the 2024 law: "officier de réserve ou sous-officier" became "officier de réserve du
niveau A ou candidat sous-officier").
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from consolidate import api
from consolidate.differ import _TOKEN, Change, article_diffs, word_diff
from consolidate.renderers.words import whole_words


def sides(changes: tuple[Change, ...] | list[Change]) -> tuple[str, str]:
    """(before, after) rebuilt from the changes."""
    before = "".join(c.text for c in changes if c.op != "insert")
    after = "".join(c.text for c in changes if c.op != "delete")
    return before, after


def is_subsequence(short: list[str], long: list[str]) -> bool:
    remaining = iter(long)
    return all(token in remaining for token in short)


def test_art_26_extended_strikes_nothing() -> None:
    result = api.consolidate()
    diff = next(d for d in article_diffs(result.before[0], result.after[0]) if d.eid == "art_26")
    changes = whole_words(diff.words)
    assert [c.text for c in changes if c.op == "delete"] == []
    inserted = [c.text for c in changes if c.op == "insert"]
    assert inserted[:2] == ["du niveau A ", " candidat"]
    assert sides(changes) == (diff.before, diff.after)


def test_a_real_replacement_is_still_struck_and_inserted() -> None:
    before = "les officiers de carrière du niveau A qui sont mis à la pension"
    after = "les anciens officiers de carrière du niveau A qui ont été mis à la pension"
    changes = whole_words(word_diff(before, after))
    assert [(c.op, c.text) for c in changes if c.op != "equal"] == [
        ("insert", "anciens "), ("delete", "sont"), ("insert", "ont été")]


def test_every_extension_of_the_2024_case_strikes_nothing() -> None:
    result = api.consolidate(keep_going=True)
    for before, after in result.pairs():
        for diff in article_diffs(before, after):
            extended = is_subsequence(_TOKEN.findall(diff.before), _TOKEN.findall(diff.after))
            if extended:
                assert not [c for c in whole_words(diff.words) if c.op == "delete"], diff.eid


WORDS = st.lists(st.sampled_from(["de", "réserve", "officier", "ou", "candidat", "du",
                                  "niveau", "A", ",", "le"]), max_size=12)


@given(WORDS, WORDS, WORDS)
def test_an_inserted_passage_strikes_nothing(head: list[str], middle: list[str],
                                             tail: list[str]) -> None:
    before = " ".join(head + tail)
    after = " ".join(head + middle + tail)
    changes = word_diff(before, after)
    assert sides(changes) == (before, after)
    assert not [c for c in changes if c.op == "delete"]
