"""The history recitals are masked alike with and without the necessary condition that skips
their scan (``acts._recital_possible``): on every paragraph of the corpus and the excerpts
that could hold one, in French and in Dutch, with the patterns' gates derived."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path

import pytest

from consolidate.lang.fr import LEXICON as FR
from consolidate.lang.lexicon import Lexicon
from consolidate.lang.nl import LEXICON as NL
from consolidate.lang.scan import Scan
from consolidate.parsing import acts
from consolidate.parsing.skeleton import Skeleton


def _paragraphs(folder: Path) -> list[str]:
    return [paragraph for path in sorted(folder.rglob("*.md"))
            for paragraph in path.read_text(encoding="utf-8").split("\n\n")
            if paragraph.strip()]


def _warm(lexicon: Lexicon) -> None:
    for pattern in (lexicon.pattern("history"), acts._ACT_OBJECT):
        if isinstance(pattern, Scan) and pattern.literals is None:
            pattern.derive()


def _masked(lexicon: Lexicon, paragraph: str) -> tuple[list[str], str]:
    skeleton = Skeleton.of(paragraph)
    with contextlib.suppress(acts.ImpossibleDate):  # an impossible date: acts unmasked
        acts.find_acts(lexicon, skeleton, None)
    recitals = acts.mask_history(lexicon, skeleton)
    return recitals, skeleton.masked


@pytest.mark.parametrize(("lexicon", "folders"), [
    (FR, ("data/corpus/be", "data/excerpts/fr")), (NL, ("data/excerpts/nl",)),
])
def test_recitals_are_masked_alike_without_the_prefilter(
    lexicon: Lexicon, folders: tuple[str, ...], shared: Callable[[str], Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _warm(lexicon)
    paragraphs = [paragraph for folder in folders for paragraph in _paragraphs(shared(folder))]
    assert len(paragraphs) > 100
    filtered = [_masked(lexicon, paragraph) for paragraph in paragraphs]
    skipped = sum(not acts._recital_possible(lexicon.pattern("history"), masked)
                  for _, masked in filtered)
    monkeypatch.setattr(acts, "_recital_possible", lambda pattern, masked: True)
    assert [_masked(lexicon, paragraph) for paragraph in paragraphs] == filtered
    assert any(recitals for recitals, _ in filtered)  # recitals are read
    assert skipped  # and the scan is skipped on some paragraphs
