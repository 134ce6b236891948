"""``consolidate apply ACT --keep-going`` on the real Code pénal page: an amending article
the parser cannot read (art. 3 of the act: P009, "the formula announces 'Ire/1' but the
quoted block starts with 'I'") must not vanish. Without --keep-going the command exits 2
with P009; with it, art. 2 is applied and art. 3's error is printed, exit 1 (before 3 December
2026: nothing printed it, exit 0, art. 3 silently dropped)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from consolidate.cli import main

ACT = str(Path(__file__).resolve().parents[1] / "data" / "acts" /
          "loi-2025-06-12-code-penal-section.fr.txt")
PAGE = "data/justel/code-penal-1867-fr.html"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_without_keep_going_the_problem_stops_the_run(
        capsys: pytest.CaptureFixture[str], shared: Callable[[str], Path]) -> None:
    code, out, err = run(capsys, "apply", ACT, "--base", str(shared(PAGE)))
    assert code == 2 and out == "" and "error[P009]: article 3" in err


def test_with_keep_going_the_unread_article_is_said(
        capsys: pytest.CaptureFixture[str], shared: Callable[[str], Path]) -> None:
    code, out, err = run(capsys, "apply", ACT, "--base", str(shared(PAGE)), "--keep-going",
                         "--format", "justel")
    assert "Art. 6/1. [1 Le Roi fixe les modalités.]1" in out  # art. 2 applied
    assert "error[P009]: article 3" in err
    assert code == 1
