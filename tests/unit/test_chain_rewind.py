"""A base read back on an earlier date (consolidate.chain_rewind, docs/time.md): the output of
a whole chain, given again with ``at``, tells the text in force on that date wherever its
marks, footnotes and the chain's operations tell it, and says "not known" elsewhere — never a
different text. (The real Justel page: tests/unit/test_chain_corpus_at.py.)"""

from __future__ import annotations

import datetime as dt
import difflib
import re

import pytest
from chain_acts import chain

import consolidate
from consolidate.akn_reader import load_all
from consolidate.chain_rewind import CODE, rewind
from consolidate.document import Document, render_text

UNKNOWN = re.compile(r"\[text not known before \d\d-\d\d-\d{4}\]")
DATES = ("2023-12-31", "2024-06-01", "2025-02-01", "2025-08-01", "2026-01-01")


@pytest.fixture(scope="module")
def saved() -> list[Document]:
    """The AKN output of the whole chain (no date): every act applied."""
    full = consolidate.consolidate(acts=chain())
    return [load_all(consolidate.render(full.only(i), "akn"))[0] for i in range(len(full.after))]


def agrees(truth: str, told: str) -> list[str]:
    """The lines of ``told`` that say something else than ``truth`` (a placeholder stands
    for any words; a unit told "not known" may stand where none was)."""
    wrong: list[str] = []
    a, b = truth.splitlines(), told.splitlines()
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            continue
        if tag == "delete":
            wrong.extend(f"missing: {line}" for line in a[i1:i2])
            continue
        told_lines = b[j1:j2]
        wrong.extend(f"said: {line}" for line in told_lines if not UNKNOWN.search(line))
        if tag == "replace" and i2 - i1 == j2 - j1:
            for line, said in zip(a[i1:i2], told_lines, strict=True):
                pattern = ".*?".join(re.escape(part) for part in UNKNOWN.split(said))
                if not re.fullmatch(pattern, line):
                    wrong.append(f"said: {said} (was: {line})")
    return wrong


@pytest.mark.parametrize("date", DATES)
def test_a_saved_chain_on_an_earlier_date_never_says_another_text(
        saved: list[Document], date: str) -> None:
    at = dt.date.fromisoformat(date)
    one = consolidate.consolidate(acts=chain(), at=at)
    again = consolidate.consolidate(acts=chain(), documents=saved, at=at)
    for truth, told in zip(one.after, again.after, strict=True):
        assert agrees(render_text(truth), render_text(told)) == []
    placeholders = sum(len(UNKNOWN.findall(render_text(d))) for d in again.after)
    assert placeholders >= len({(u.unit, u.note) for u in again.unknown}) > 0 or \
        placeholders == 0 == len(again.unknown)


def test_what_the_operations_tell_comes_back(saved: list[Document]) -> None:
    at = dt.date(2025, 8, 1)  # before A3 art. 2 (01-10-2025): "soixante-deux" → "soixante-trois"
    [law, *_], unknown = rewind(saved, at, chain())
    article = law.article("73")
    assert article is not None and "soixante-deux ans" in "".join(article.itertext())
    assert unknown == []
    assert law.identity.version == 5  # A3 art. 1 (01-07-2025, 005) is in force: its version


def test_words_another_later_act_changed_first_are_not_known(saved: list[Document]) -> None:
    # art. 73: A2 (01-03-2025) wrote "soixante-deux", A3 art. 2 (01-10-2025) "soixante-trois";
    # on 2024-06-01 A3's old words are A2's, not those in force: not known
    [law, *_], unknown = rewind(saved, dt.date(2024, 6, 1), chain())
    article = law.article("73")
    assert article is not None
    assert "fixée à [text not known before 01-10-2025]" in "".join(article.itertext())
    assert any(u.unit.startswith("art_73") and u.note == "L 2025-05-05/12, art. 2"
               for u in unknown)
    assert all(u.describe().startswith(f"warning[{CODE}]: loi 2001-05-16, ") for u in unknown)


def test_nothing_later_than_the_date_leaves_the_document_as_it_is(
        saved: list[Document]) -> None:
    documents, unknown = rewind(saved, dt.date(2026, 1, 1), chain())
    assert unknown == [] and all(a is b for a, b in zip(documents, saved, strict=True))


def test_an_inserted_division_is_absent_before_its_date() -> None:
    from chain_acts import LAW_2001, info

    from consolidate.drafter import build_act
    from consolidate.model import InsertUnit, NewUnit, Source, Target

    article = NewUnit(kind="article", label="100", text="",
                      children=(NewUnit(kind="alinea", text="Un article nouveau."),))
    chapter = NewUnit(kind="chapter", label="XII", text="Dispositions nouvelles",
                      children=(article,))
    op = InsertUnit(source=Source(article="0"), target=Target(act=LAW_2001), new=(chapter,))
    act = build_act(info(dt.date(2025, 6, 1), 1, dt.date(2025, 6, 20), "chapitre"), [[op]],
                    in_force=dt.date(2025, 7, 1))
    [after, *_] = consolidate.consolidate(acts=[act]).after
    assert after.article("100") is not None
    for acts in ([act], []):  # the act tells, and so does "<Inséré par L …>" alone
        [before, *_], unknown = rewind([after], dt.date(2025, 6, 30), acts)
        assert before.article("100") is None and unknown == []
        assert "CHAPITRE XII" not in render_text(before)
