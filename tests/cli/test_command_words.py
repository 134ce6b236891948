"""What the command says when it is used wrongly or has nothing to do (issue 13).

A mistyped command, an empty or repeated ``--article``, an unknown option of a subcommand,
an act that amends none of the texts given, an operation with no effect, ``-`` for standard
input, and the line numbers of Justel warnings and errors; and the test summary that says
why tests needing something outside the repository were skipped.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from consolidate import api
from consolidate.cli import EXIT_NOTHING, EXIT_USAGE, SUBCOMMANDS, main

ROOT = Path(__file__).resolve().parents[2]
SEED_2016 = ROOT / "seeds" / "loi-2016-04-10-travail-distance.fr.xml"
DUTCH_PAGE = ROOT / "tests" / "data" / "justel" / "wet-telewerk-fixture.nl.html"
TITLE = "10 AVRIL 2016. - Loi relative au travail à distance au sein de la Défense"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data)))


def test_an_unknown_word_is_an_unknown_command_or_file(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = run(capsys, "frobnicate")
    assert (code, out) == (EXIT_USAGE, "")
    assert err.startswith("consolidate: unknown command or file: 'frobnicate' (commands: "
                          + ", ".join(SUBCOMMANDS))
    assert "no such file" not in err


def test_an_unknown_option_names_the_subcommand(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "apply", "--bogus")[2].strip() == \
        "consolidate apply: unrecognized arguments: --bogus"
    assert run(capsys, "render", str(SEED_2016), "--bogus")[2].startswith("consolidate render:")
    assert run(capsys, "--bogus")[2].startswith("consolidate apply:")  # no command: apply


def test_an_empty_article_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    for command in ("apply", "explain"):
        code, out, err = run(capsys, command, "--article", "")
        assert (code, out) == (EXIT_USAGE, "")
        assert err.strip() == (f"consolidate {command}: argument --article: empty article "
                               "number (e.g. --article 10bis)")


def test_several_articles_are_printed_in_the_order_given(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(capsys, "apply", "--article", "76", "--article", "10")
    assert code == 0
    heads = [line.split(".")[0] for line in out.splitlines() if line.startswith("Art. ")]
    assert heads == ["Art", "Art"] and out.index("Art. 76.") < out.index("Art. 10.")
    code, out, _ = run(capsys, "apply", "--article", "73", "--article", "39", "--format", "diff")
    assert code == 0 and "art. 73 (base)" in out and "art. 39 (base)" in out
    code, out, _ = run(capsys, "explain", "--article", "23", "--article", "28")
    assert [line.split(" —")[0] for line in out.splitlines() if line.startswith("Article")] \
        == ["Article 23", "Article 28"]
    code, _, err = run(capsys, "apply", "--article", "10", "--article", "999")
    assert code == EXIT_USAGE and "article 999 is not in any amended act" in err


def test_an_act_amending_none_of_the_texts_given_exits_3(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = run(capsys, "apply", "--base", str(DUTCH_PAGE))
    assert (code, out) == (EXIT_NOTHING, "")
    assert "consolidate: nothing to do: the act amends loi du 2001-05-16, loi du 2001-05-16 " \
        "(Dutch text), loi du 2016-04-10, and none of the base texts given is one of them " \
        "(given: loi du 2016-04-10 (Dutch text))" in err
    assert run(capsys, "diff", "--base", str(DUTCH_PAGE))[0] == EXIT_NOTHING
    code, _, err = run(capsys, "apply", "--base", str(DUTCH_PAGE), "--keep-going")
    assert code == 0  # partial output asked: what was skipped is said, exit 0
    assert "consolidate: 37 operations skipped: act not supplied (loi du 2001-05-16)" in err
    assert "consolidate: 3 operations skipped: French text not supplied" in err


def test_an_operation_with_no_effect_is_reported_by_apply(
    capsys: pytest.CaptureFixture[str],
) -> None:
    for command in ("apply", "diff"):
        code, _, err = run(capsys, command)
        assert code == 0
        assert ("consolidate: warning: art. 21 (replace_words, article 62bis, alinéa 2) had no "
                'effect: the new words are the same as the old ones ("des sous-officiers de")'
                ) in err


def test_dash_reads_the_base_or_the_act_from_stdin(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    stdin(monkeypatch, SEED_2016.read_bytes())
    code, out, err = run(capsys, "apply", "--base", "-")
    assert code == 0 and out.startswith(TITLE)
    assert "37 operations skipped" in err
    stdin(monkeypatch, SEED_2016.read_bytes())
    code, out, err = run(capsys, "render", "-")
    assert code == 0 and out.startswith(TITLE) and "<stdin> is a model" in err
    stdin(monkeypatch, api.embedded(api.EMBEDDED_ACT))
    code, out, _ = run(capsys, "explain", "-", "--article", "23")
    assert code == 0 and out.startswith("Article 23 — amending")
    stdin(monkeypatch, api.embedded(api.EMBEDDED_ACT).replace(b'"nouveau"', b'"nouveaux"'))
    code, _, err = run(capsys, "-")
    assert code == 1 and err.splitlines()[-3].startswith("<stdin>:164:98: error[A001]")


def test_stdin_can_be_given_once(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "apply", "-", "--base", "-")
    assert code == EXIT_USAGE
    assert "- (standard input) can be given for one input only" in err


def test_a_duplicate_article_is_reported_at_its_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = tmp_path / "dup.txt"
    text.write_text(f"{TITLE}\n\nArt. 2. Texte.\nArt. 3. Autre.\nArt. 2. Encore.\n",
                    encoding="utf-8")
    code, _, err = run(capsys, "render", "--lenient", str(text))
    assert code == 0
    assert f"warning: {text}:5: two articles with the same number (art_2; the first is on " \
        "line 3)" in err
    code, _, err = run(capsys, "render", str(text))
    assert code == EXIT_USAGE and err.startswith(f"{text}:5:1: error[E102]")


def test_justel_html_errors_give_the_line_of_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<!DOCTYPE html>\n<html>\n<head><meta charset='utf-8'></head>\n<body>\n"
        f"{TITLE}\n<br>\n<br>une ligne perdue\n<br>Art. 2. Texte.\n<br>Art. 3. Autre.\n"
        "<br>Art. 2. Encore.\n</body>\n</html>\n",
        encoding="utf-8",
    )
    code, _, err = run(capsys, "render", str(page))
    assert code == EXIT_USAGE
    assert err.startswith(f"{page}:7:1: error[E102]: cannot place this line")
    code, _, err = run(capsys, "render", "--lenient", str(page))
    assert code == 0
    assert f"warning: {page}:7: cannot place this line" in err
    assert f"warning: {page}:10: two articles with the same number (art_2; the first is on " \
        "line 8)" in err


def test_the_summary_says_why_tests_were_skipped(tmp_path: Path) -> None:
    """Run a test module needing ../shared with the shared data moved away: the normal
    summary (no -rs) says which tests were skipped and why."""
    environment = {**os.environ, "CONSOLIDATE_SHARED": str(tmp_path / "absent")}
    completed = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
         str(ROOT / "tests" / "unit" / "test_justel_code_penal.py")],
        capture_output=True, text=True, cwd=ROOT, env=environment, check=False,
    )
    assert completed.returncode == 0, completed.stdout
    assert "skipped for want of something outside the repository" in completed.stdout
    assert "7 tests skipped: needs the shared data" in completed.stdout
    assert "which is absent" in completed.stdout
