"""`consolidate parse` and `consolidate explain` end to end (main(argv), no subprocess)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from consolidate import api
from consolidate.cli import main

SEED = api.embedded(api.EMBEDDED_ACT).decode("utf-8")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def write(tmp_path: Path, text: str, name: str = "act.md") -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_parse_json_meets_the_issue(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "parse", "--format", "json")
    assert code == 0 and err == ""
    data = json.loads(out)
    assert set(data) == {"act", "articles", "problems"}
    assert data["problems"] == []
    articles = data["articles"]
    assert len(articles) == 28
    assert Counter(a["kind"] for a in articles) == {
        "amending": 25, "constitutional_basis": 1, "transitional": 1, "entry_into_force": 1
    }
    assert articles[27]["entry_into_force"][0]["date"] == "2024-01-01"
    operations = [op for article in articles for op in article["operations"]]
    assert Counter(op["op"] for op in operations) == {
        "replace_words": 17, "insert_words": 4, "repeal_words": 1, "append_words": 1,
        "replace_unit": 3, "repeal_unit": 3, "insert_unit": 11,
    }
    assert Counter(op["target"]["act"]["date"] for op in operations) == {
        "2001-05-16": 37, "2016-04-10": 3
    }
    assert sum(op["language"] == "nl" for op in operations) == 2
    assert data["act"]["justel_id"] == "L 2024-03-25/42"


def test_parse_text_is_one_line_per_operation(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "parse", "--format", "text")
    lines = out.splitlines()
    assert code == 0 and len(lines) == 40
    assert lines[0].startswith("art. 2, a)") and "replace_words" in lines[0]
    assert "[nl]" in lines[22] and "phrase liminaire" in lines[22]
    assert lines[-1].startswith("art. 26") and "loi du 2016-04-10" in lines[-1]


def test_parse_a_file_and_write_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = write(tmp_path, SEED)
    target = tmp_path / "out.json"
    code, out, _ = run(capsys, "parse", source, "-o", str(target))
    assert code == 0 and out == ""
    assert len(json.loads(target.read_text(encoding="utf-8"))["articles"]) == 28


def test_garbled_formula_exits_2_naming_the_article(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    garbled = SEED.replace(
        'sont remplacés par les mots ", selon', 'sont rempacés par les mots ", selon'
    )
    assert garbled != SEED
    code, out, err = run(capsys, "parse", write(tmp_path, garbled))
    assert code == 2 and out == ""
    assert "error[P001]" in err and "article 7" in err
    assert err.rstrip().splitlines()[-1].strip() == "^"
    assert "Traceback" not in err


def test_missing_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "parse", str(tmp_path / "nope.md"))
    assert code == 2 and "E100" in err


def test_parse_akn_uses_the_renderer_or_says_not_available(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = run(capsys, "parse", "--format", "akn")
    if code == 0:
        assert "akomaNtoso" in out
    else:
        assert "not available" in err or "R001" in err


def test_explain_an_article(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "explain", "--article", "8")
    assert code == 0
    assert out.startswith("Article 8 — amending")
    assert "lead-in: A l'article 16 de la même loi" in out
    assert "rules: predicate:replace 'est remplacé'; designation: alinea 1er" in out
    assert "operation: replace_unit" in out and "operation: insert_unit" in out
    assert "new units: alinea sept" in out
    assert "target: loi du 2001-05-16, article 16, alinéa 1er" in out
    assert 'quote: "le candidat sous-officier de réserve du niveau C ou"' in out


def test_explain_kinds_and_unknown_article(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "explain", "--article", "28")
    assert code == 0 and "entry into force" in out and "2024-01-01" in out
    code, out, _ = run(capsys, "explain", "--article", "1er")
    assert code == 0 and "constitutional basis" in out
    code, _, err = run(capsys, "explain", "--article", "99")
    assert code == 2 and "article 99" in err


def test_explain_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "explain", write(tmp_path, SEED), "--article", "13")
    assert code == 0 and "Dutch text only" in out and 'quote: "wordt"' in out


def installed_command() -> str | None:
    """The `consolidate` executable of the Python running the tests, else the one on PATH."""
    beside = Path(sys.executable).parent / "consolidate"
    return str(beside) if beside.exists() else shutil.which("consolidate")


@pytest.mark.skipif(installed_command() is None, reason="the consolidate command is not installed")
def test_installed_command_runs_parse() -> None:
    command = installed_command()
    assert command is not None
    done = subprocess.run([command, "parse", "--format", "text"], capture_output=True, text=True,
                          check=False, timeout=60)
    assert done.returncode == 0, done.stderr
    assert len(done.stdout.splitlines()) == 40


def test_text_shortens_two_long_quotes_around_their_difference(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Issue 13: art. 6, a) of the 2024 law replaces a 190-character passage that differs from
    the new one only in the middle ("forces" → "Forces", "sont mis" → "ont été mis"): cut at
    both ends, the two quotes printed alike ("X → X")."""
    assert main(["parse", "--format", "text"]) == 0
    lines = [line for line in capsys.readouterr().out.splitlines()
             if line.startswith("art. 6, a)")]
    old, new = re.search(r': (".*") → (".*")$', lines[0]).groups()  # type: ignore[union-attr]
    assert old != new
    assert "forces armées" in old and "Forces armées" in new
    assert "qui sont mis" in old and "qui ont été mis" in new
    assert len(old) <= 120 and len(new) <= 120


def test_parse_keep_going_lists_every_error_and_reads_the_rest(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    # the seed with its art. 8 made unreadable ("rempacés") and art. 3 left as it is
    broken = SEED.replace("sont remplacés par les mots", "sont rempacés par les mots", 1)
    assert broken != SEED
    path = write(tmp_path, broken)
    code, out, err = run(capsys, "parse", "--keep-going", "--format", "text", path)
    assert code == 1
    errors = [line for line in err.splitlines() if "error[P" in line]
    assert len(errors) == 1 and re.match(rf"{re.escape(path)}:\d+:\d+: error\[P001\]", errors[0])
    assert len(out.splitlines()) >= 35  # the other articles' operations
    code, out, err = run(capsys, "parse", "--keep-going", "--format", "text")
    assert (code, err) == (0, "")


def test_explain_names_the_file_in_its_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # the file's name, not its first character ('.' for './act.md' was printed before)
    path = write(tmp_path, SEED.replace("sont remplacés par", "sont frobnifiés par", 1))
    code, _, err = run(capsys, "explain", path)
    assert code == 2 and f"{path}:" in err and not err.startswith(".:")


def test_explain_keep_going_explains_the_readable_articles(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = SEED.replace("sont remplacés par", "sont frobnifiés par", 1)
    path = write(tmp_path, broken)
    code, out, err = run(capsys, "explain", path, "--keep-going")
    assert code == 1 and f"{path}:" in err and "error[" in err
    assert out.count("\n") > 20 and "article 13" in out.casefold()
