"""`consolidate history` of articles an act of the chain inserts and renumbers."""

from __future__ import annotations

from pathlib import Path

import pytest

from consolidate.cli import main

DATA = Path(__file__).parent.parent / "data" / "chain"
ACTS = [str(DATA / "loi-2025-10-03.md"), str(DATA / "loi-2025-06-12.md")]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_history_of_a_renumbered_article(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "history", *ACTS, "--article", "10/2")
    assert code == 0
    assert ("version 002: L 2025-06-12/3, in force 2025-07-01\n"
            "  art. 1er: insert_unit on the act\n"
            "  | Art. 10/1. Les officiers de réserve du niveau A") in out
    assert ("version 003: L 2025-10-03/5, in force 2025-10-25\n"
            "  art. 1er: replace_words on article 10/1\n"
            "  art. 5: renumber on article 10/1\n") in out


def test_history_on_a_date_before_the_article_exists(
        capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "history", *ACTS, "--article", "10/2", "--at", "2025-08-01")
    assert code == 2
    assert ("error[E110]: article 10/2 is in no base text, and no act of the chain in force "
            "on 2025-08-01 makes it") in err
