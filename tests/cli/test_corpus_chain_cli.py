"""The corpus chain on the command line: ``consolidate apply`` and ``consolidate diff
--from/--to`` with ``--lenient`` on a real Justel page.

The loi du 24 février 1921 (corpus/be/1921022450.md, a Justel page *after* its acts) loads
only leniently (art. 7bis lost its "§ 1er."; lines 295, 303, 309); its two acts in the folder
are L 2006-12-13/35 (2006023386.md) and L 2018-02-25/02 (2018011241.md). The texts in force
on each date are the goldens of tests/unit/test_chain_corpus_at.py (through the API): the
command must print the same articles and the same T001 warnings.
"""

from __future__ import annotations

import json
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
    assert code == 1  # three points of L 2006-12-13/35 art. 102 are not read (P001)
    assert "consolidate: 3 instructions not read (the parse errors above)" in err
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
    assert code == 1  # three points of L 2006-12-13/35 art. 102 are not read (P001)
    assert out.startswith("Article 1. § 1er. Le Roi peut réglementer et surveiller")
    assert "l'avis de l'Institut scientifique de Santé publique, soumettre" in out
    assert "Sciensano" not in out and "[2 " not in out


def test_diff_between_two_dates(capsys: pytest.CaptureFixture[str], chain: list[str]) -> None:
    # 2017-01-01 → 2019-01-01: L 2018-02-25/02, art. 63 (in force 01-04-2018) replaced the
    # words in art. 1, § 2; the page's own history adds art. 6/3 (L 2018-10-30/06, art. 38,
    # 26-11-2018); art. 2quater did not change
    code, out, err = run(capsys, "diff", *chain, "--lenient", "--keep-going",
                         "--from", "2017-01-01", "--to", "2019-01-01", "--format", "words")
    assert code == 1  # three points of L 2006-12-13/35 art. 102 are not read (P001)
    assert out.startswith("== 24 FEVRIER 1921. - Loi concernant le trafic")
    assert [line for line in out.splitlines() if line.startswith("-- art.")] == [
        "-- art. 1", "-- art. 6/3"]
    assert "l'avis de [-l'Institut scientifique de Santé publique-]{+Sciensano+}, soumettre" \
        in out
    assert "{+Art. 6/3. Sans préjudice des dispositions de l'article 7, § 3" in out
    # what is not known on either date is said once, the lenient warnings once
    assert err.count(":295: a § after alinéas of the same article") == 1
    t001 = [line for line in err.splitlines() if "warning[T001]" in line]
    assert len(t001) == len(set(t001)) > 0
    assert any("art_1__para_1__alinea_1: the text of the words in force on 2017-01-01" in line
               for line in t001)


def test_diff_across_an_act_of_the_chain(capsys: pytest.CaptureFixture[str],
                                         chain: list[str]) -> None:
    # 2006-06-01 → 2007-06-01: L 2006-12-13/35, art. 88 (01-01-2007) changed art. 2quater:
    # 1°) replaced words of its phrase liminaire (the act tells the old ones), 2°) replaced
    # the 4°, second dash (what stood there is not on the page: T001, the diff says so)
    code, out, err = run(capsys, "diff", *chain, "--lenient", "--keep-going",
                         "--from", "2006-06-01", "--to", "2007-06-01", "--format", "words")
    assert code == 1  # three points of L 2006-12-13/35 art. 102 are not read (P001)
    section = out[out.index("-- art. 2quater\n"):]
    section = section[:section.index("\n\n")]
    assert section.startswith("-- art. 2quater\nArt. 2quater. Les infractions aux dispositions "
                              "du {+(+}Règlement ([-CEE-]{+CE+}) n° [-3677/90 du Conseil")
    assert "- [-[text not known before 01-01-2007]-]{+(la vente ou l'expédition sans en " \
        "avoir adéquatement averti le Ministre" in section
    assert "art_2quater__alinea_1__point_4__dash_2: the text of the words in force on " \
        "2006-06-01" in err


def test_history_of_the_page_needs_lenient_too(capsys: pytest.CaptureFixture[str],
                                               chain: list[str]) -> None:
    base = chain[3]
    code, out, err = run(capsys, "history", "--base", base, "--article", "1")
    assert code == 2 and out == "" and "error[E102]" in err
    code, out, _ = run(capsys, "history", "--base", base, "--lenient", "--article", "1")
    assert code == 0
    assert "  (5)<L 2018-02-25/02, art. 63, 020; En vigueur : 01-04-2018>" in out.splitlines()
    assert "version 023: the base text" in out


def test_history_of_2quater_lists_every_note_of_the_page(capsys: pytest.CaptureFixture[str],
                                                         chain: list[str]) -> None:
    """The old-style note of L 2006-12-13/35 (art. 88) and the one heading art. 2quater are
    its history as much as the numbered one (docs/time.md, "History of an article")."""
    act_2006 = chain[1]
    code, out, _ = run(capsys, "history", act_2006, "--base", chain[3], "--lenient",
                       "--keep-going", "--article", "2quater")
    assert code == 1  # three points of L 2006-12-13/35 art. 102 are not read (P001)
    lines = out.splitlines()
    start = lines.index("history in the base text:")
    assert lines[start + 1:start + 4] == [
        "  <inséré par L 2003-05-03/46, art. 8; En vigueur : 02-06-2003> (heading the article)",
        "  <L 2006-12-13/35, art. 88, 012; En vigueur : 01-01-2007> (in the text)",
        "  (1)<L 2014-02-07/21, art. 4, 016; En vigueur : 20-03-2014>",
    ]
    assert lines[start + 4] == "version 023: the base text"
    code, out, _ = run(capsys, "history", "--base", chain[3], "--lenient", "--article",
                       "2quater", "--format", "json")
    [history] = json.loads(out)
    assert [(n["style"], n["note"]["reference"]) for n in history["notes"]] == [
        ("heading", "2003-05-03/46"), ("inline", "2006-12-13/35"), ("numbered", "2014-02-07/21")]
