"""The corpus chain on the command line: ``consolidate apply`` and ``consolidate diff
--from/--to`` with ``--lenient`` on a real Justel page.

The loi du 24 février 1921 (corpus/be/1921022450.md, a Justel page *after* its acts) loads
only leniently (art. 7bis lost its "§ 1er."; lines 295, 303, 309); its two acts in the folder
are L 2006-12-13/35 (2006023386.md) and L 2018-02-25/02 (2018011241.md). The texts in force
on each date are the goldens of tests/unit/test_chain_corpus_at.py (through the API): the
command must print the same articles and the same T001 warnings.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from consolidate.cli import main

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = ROOT / "tests" / "golden" / "chain-corpus"
DATES = ("2003-01-01", "2006-06-01", "2017-01-01", "2023-06-01")
HEADS = ("Article 1.", "Art. 2quater.")


@pytest.fixture
def chain(shared: Callable[[str], Path]) -> list[str]:
    """The acts (given in the wrong order: the chain orders them) and the base."""
    corpus = "data/corpus/be"
    return [str(shared(f"{corpus}/2018011241.md")), str(shared(f"{corpus}/2006023386.md")),
            "--base", str(shared(f"{corpus}/1921022450.md"))]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def article(text: str, head: str) -> str:
    """Article ``head`` of a Justel text, with its footnotes (as the goldens cut it)."""
    start = text.find(f"\n{head}")
    if start < 0:
        return f"({head} not in force)"
    end = text.find("\nArt", start + 1)
    return text[start + 1:end].rstrip()


def golden(date: str) -> list[str]:
    """The golden's chunks: version, art. 1, art. 2quater, timeline, unknown."""
    return (GOLDEN / f"at-{date}.txt").read_text(encoding="utf-8").split("\n\n")


def test_the_page_needs_lenient(capsys: pytest.CaptureFixture[str], chain: list[str]) -> None:
    code, out, err = run(capsys, "apply", *chain, "--keep-going", "--at", "2017-01-01")
    assert code == 2 and out == ""
    assert "1921022450.md:295:1: error[E102]: a § after alinéas of the same article" in err


@pytest.mark.parametrize("date", DATES)
def test_apply_at_gives_the_golden_texts(capsys: pytest.CaptureFixture[str],
                                         chain: list[str], date: str) -> None:
    code, out, err = run(capsys, "apply", *chain, "--lenient", "--keep-going",
                         "--at", date, "--format", "justel")
    assert code == 0
    chunks = golden(date)
    assert [article(out, head) for head in HEADS] == chunks[1:3]
    unknown = [line for line in chunks[4].splitlines() if line]
    assert unknown == [line.removeprefix("consolidate: ") for line in err.splitlines()
                       if line.startswith("consolidate: warning[T001]")]
    # the lenient reader's warnings name the page and the line
    assert "warning: " + chain[3] + ":295: a § after alinéas of the same article" in err
    assert f"on {date}: " in err  # the count of provisions in force on that date


def test_apply_at_as_text_is_the_justel_text_without_marks(
        capsys: pytest.CaptureFixture[str], chain: list[str]) -> None:
    code, out, _ = run(capsys, "apply", *chain, "--lenient", "--keep-going",
                       "--at", "2017-01-01", "--article", "1")
    assert code == 0
    assert out.startswith("Article 1. § 1er. Le Roi peut réglementer et surveiller")
    assert "l'avis de l'Institut scientifique de Santé publique, soumettre" in out
    assert "Sciensano" not in out and "[2 " not in out
