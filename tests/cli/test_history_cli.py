"""Chains on the command line: several acts, --at, -o DIR, --order, conflicts and removed
targets, ``consolidate history`` and ``consolidate diff --from/--to`` (docs/time.md).

The acts after the 2024 law are those written for the tests (tests/unit/chain_acts.py): the
single-date ones drafted as seed Markdown (so the parser reads them), the others as the JSON
of their model (``parse --format json``), which the command reads too."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit"))
from chain_acts import a2, a3, after_repeal, alinea, conflicting, info, royal_decree, words

from consolidate.cli import main
from consolidate.drafter import build_act, draft_act

ROOT = Path(__file__).resolve().parents[2]
SEED = str(ROOT / "seeds" / "loi-2024-03-25-statut-reserve.md")
CODE_PENAL = ROOT / ".." / "shared" / "data" / "justel" / "code-penal-1867-fr.html"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def acts(tmp_path: Path) -> dict[str, str]:
    """The chain's files: the seed, A2 (Markdown), A3 and the arrêté royal (JSON), and the
    conflicting and late acts (Markdown)."""
    files = {"seed": SEED}
    third = build_act(info(dt.date(2025, 7, 20), 14, dt.date(2025, 8, 1), "troisième"),
                      [[words("15", (alinea("2"),), "dès qu'il est nommé", "dès sa nomination")]],
                      in_force=dt.date(2025, 9, 1))
    for name, act in (("a2", a2()), ("conflicting", conflicting()), ("late", after_repeal()),
                      ("third", third)):
        path = tmp_path / f"{name}.md"
        path.write_text(draft_act(act), encoding="utf-8")
        files[name] = str(path)
    for name, act in (("a3", a3()), ("ar", royal_decree())):
        path = tmp_path / f"{name}.json"
        path.write_text(act.model_dump_json(indent=2), encoding="utf-8")
        files[name] = str(path)
    return files


def test_several_acts_in_any_order(capsys: pytest.CaptureFixture[str],
                                   acts: dict[str, str]) -> None:
    names = [acts["seed"], acts["a2"], acts["a3"], acts["ar"]]
    code, out, err = run(capsys, "apply", *names, "--format", "justel")
    assert code == 0
    assert "(2)<L 2025-02-03/7, art. 1er, 004; En vigueur : 01-03-2025>" in out
    assert "(3)<L 2025-05-05/12, art. 2, 005; En vigueur : 01-10-2025>" in out
    assert "consolidate: today's text: 31 provisions in force, 0 pending, 0 not yet in force" \
        in err
    assert run(capsys, "apply", *reversed(names), "--format", "justel")[1] == out


def test_pending_and_not_yet_in_force_are_reported(capsys: pytest.CaptureFixture[str],
                                                   acts: dict[str, str]) -> None:
    code, out, err = run(capsys, "apply", acts["seed"], acts["a2"], acts["a3"],
                         "--at", "2025-02-01", "--article", "73")
    assert code == 0
    assert "fixée à soixante ans." in out  # A2 is not in force yet
    assert "consolidate: L 2025-05-05/12 art. 2: pending (date to be fixed by the King, at " \
           "the latest 2026-12-31)" in err
    assert "consolidate: L 2025-02-03/7 art. 1er to 3 (3 provisions): not yet in force on " \
           "2025-02-01 (from 2025-03-01, date)" in err
    assert "consolidate: on 2025-02-01: 26 provisions in force, 1 pending, 4 not yet in force" \
        in err
    assert "consolidate: 1 operation skipped: L 2025-05-05/12: pending: the date in force is " \
           "to be fixed by the King" in err


def test_output_directory_and_three_runs_equal_one(capsys: pytest.CaptureFixture[str],
                                                   acts: dict[str, str],
                                                   tmp_path: Path) -> None:
    one = tmp_path / "one"
    one.mkdir()
    assert run(capsys, "apply", acts["third"], acts["seed"], acts["a2"],
               "--format", "justel", "-o", f"{one}/")[0] == 0
    assert sorted(p.name for p in one.iterdir()) == [
        "loi-2001-05-16-fr.justel.txt", "loi-2001-05-16-nl.justel.txt",
        "loi-2016-04-10-fr.justel.txt"]
    steps = tmp_path / "steps"
    steps.mkdir()
    bases: list[str] = []
    for name in ("seed", "a2", "third"):  # three runs, each on the files of the one before
        options = [arg for base in bases for arg in ("--base", base)]
        assert run(capsys, "apply", acts[name], *options, "--format", "justel",
                   "-o", f"{steps}/")[0] == 0
        bases = sorted(str(p) for p in steps.iterdir())
    final = (steps / "loi-2001-05-16-fr.justel.txt").read_text(encoding="utf-8")
    assert "(2)<L 2025-07-20/14, art. 1er, 004; En vigueur : 01-09-2025>" in final
    for path in one.iterdir():
        assert (steps / path.name).read_text(encoding="utf-8") == path.read_text(
            encoding="utf-8"), path.name


def test_akn_of_a_chain_is_a_base(capsys: pytest.CaptureFixture[str], acts: dict[str, str],
                                  tmp_path: Path) -> None:
    akn = tmp_path / "chain.akn.xml"
    assert run(capsys, "apply", acts["seed"], "--format", "akn", "-o", str(akn))[0] == 0
    code, out, _ = run(capsys, "apply", acts["a2"], "--base", str(akn), "--article", "10")
    assert code == 0
    assert "officiers de carrière pensionnés du niveau A" in out


def test_conflict_and_its_order_file(capsys: pytest.CaptureFixture[str], acts: dict[str, str],
                                     tmp_path: Path) -> None:
    code, out, err = run(capsys, "apply", acts["seed"], acts["a2"], acts["conflicting"])
    assert (code, out) == (1, "")
    assert "error[A007]: L 2025-02-03/7 and L 2025-02-05/9 both change loi du 2001-05-16, " \
           "article 10, 1° on 2025-03-01 (not ordered)" in err
    order = tmp_path / "order.toml"
    order.write_text('order = ["L 2025-02-03/7", "L 2025-02-05/9"]\n', encoding="utf-8")
    code, out, err = run(capsys, "apply", acts["seed"], acts["a2"], acts["conflicting"],
                         "--order", str(order), "--article", "10")
    assert code == 0
    assert "consolidate: conflict: L 2025-02-03/7 and L 2025-02-05/9 both change loi du " \
           "2001-05-16, article 10, 1° on 2025-03-01 (ordered by order file)" in err
    assert "qui ont été admis à la pension" in out


def test_removed_target_names_both_acts_and_the_file(capsys: pytest.CaptureFixture[str],
                                                     acts: dict[str, str]) -> None:
    code, out, err = run(capsys, "apply", acts["late"], acts["seed"], acts["a2"])
    assert (code, out) == (1, "")
    first = err.splitlines()[1]
    assert first.startswith(f"{acts['late']}:8:")
    assert "error[A008]: L 2025-05-02/11 (art. 1er) changes loi du 2001-05-16, article 10, " \
           "3°, which L 2025-02-03/7 (art. 2) repealed before" in first


def test_history_of_an_article(capsys: pytest.CaptureFixture[str], acts: dict[str, str]) -> None:
    code, out, _ = run(capsys, "history", acts["seed"], acts["a2"], acts["a3"], acts["ar"],
                       "--article", "73")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "== 16 MAI 2001. - Loi portant statut des militaires du cadre de " \
                       "réserve des Forces armées, art. 73"
    versions = [line for line in lines if line.startswith("version ")]
    assert versions == ["version 001: the base text",
                        "version 002: L 2024-03-25/42, in force 2024-01-01",
                        "version 004: L 2025-02-03/7, in force 2025-03-01",
                        "version 005: L 2025-05-05/12, in force 2025-10-01"]
    assert "  art. 3: replace_words on article 73, alinéa 1er" in lines
    assert "  | Art. 73. La limite d'âge du militaire de réserve est fixée à soixante-trois ans." \
        in lines
    code, out, _ = run(capsys, "history", acts["seed"], "--article", "73", "--format", "json")
    [history] = json.loads(out)
    assert [v["version"] for v in history["versions"]] == [1, 2]


@pytest.mark.skipif(not CODE_PENAL.exists(), reason="needs ../shared/data/justel (absent)")
def test_history_of_a_real_justel_page(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "history", "--base", str(CODE_PENAL), "--article", "7")
    assert (code, err) == (0, "")
    assert "  (1)<L 2007-04-26/89, art. 2, 069; En vigueur : 01-01-2012>" in out.splitlines()
    assert "version 136: the base text" in out


def test_history_of_a_missing_article(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "history", "--article", "999")
    assert code == 2
    assert "error[E110]: article 999 is in no base text" in err


def test_diff_between_two_dates(capsys: pytest.CaptureFixture[str], acts: dict[str, str]) -> None:
    code, out, _ = run(capsys, "diff", acts["seed"], acts["a2"], acts["a3"], acts["ar"],
                       "--from", "2025-02-01", "--to", "2025-08-01")
    assert code == 0
    changed = [line for line in out.splitlines() if line.startswith("+++")]
    assert [line.split(", art. ")[1].split(" ")[0] for line in changed] == ["10", "15", "73"]
    assert "+Art. 73. La limite d'âge du militaire de réserve est fixée à soixante-deux ans." \
        in out.splitlines()
    code, _, err = run(capsys, "diff", "--from", "2025-02-01", "--to", "2024-01-01")
    assert code == 2 and "is after --to" in err


def test_render_reads_the_outputs_of_several_acts(capsys: pytest.CaptureFixture[str],
                                                  acts: dict[str, str], tmp_path: Path) -> None:
    justel = tmp_path / "chain.txt"
    akn = tmp_path / "chain.akn.xml"
    assert run(capsys, "apply", acts["seed"], acts["a2"], "--format", "justel",
               "-o", str(justel))[0] == 0
    assert run(capsys, "apply", acts["seed"], acts["a2"], "--format", "akn",
               "-o", str(akn))[0] == 0
    code, out, _ = run(capsys, "render", str(justel), "--format", "justel")
    assert (code, out) == (0, justel.read_text(encoding="utf-8"))
    code, from_akn, _ = run(capsys, "render", str(akn), "--format", "justel")
    assert (code, from_akn) == (0, out)
    code, _, err = run(capsys, "render", str(akn), "--format", "xml")
    assert code == 2 and "holds 3 acts and --format xml writes one" in err


def test_a_retroactive_act_given_later_goes_under(capsys: pytest.CaptureFixture[str],
                                                  acts: dict[str, str], tmp_path: Path) -> None:
    # A3 art. 3 takes effect on 2025-01-01, before A2 (2025-03-01) which the base already has
    saved = tmp_path / "seed-a2.akn.xml"
    assert run(capsys, "apply", acts["seed"], acts["a2"], "--format", "akn",
               "-o", str(saved))[0] == 0
    code, later, _ = run(capsys, "apply", acts["a3"], acts["ar"], "--base", str(saved),
                         "--format", "justel")
    assert code == 0
    one = run(capsys, "apply", acts["seed"], acts["a2"], acts["a3"], acts["ar"],
              "--format", "justel")[1]
    from consolidate.akn_reader import split_justel

    # the later run prints the text it amends (the French 2001 law): as in the one run
    [amended] = split_justel(later)
    assert amended == split_justel(one)[0]
    assert "(2)<L 2025-05-05/12, art. 3, 003; En vigueur : 01-01-2025>" in amended


def test_a_retroactive_act_under_a_later_change_of_its_article_is_A009(
        capsys: pytest.CaptureFixture[str], acts: dict[str, str], tmp_path: Path) -> None:
    retro = build_act(info(dt.date(2025, 6, 1), 1, dt.date(2025, 6, 20), "rétroactif"),
                      [[words("73", (), "soixante ans", "soixante et un ans")]],
                      in_force=dt.date(2025, 2, 1))
    late = tmp_path / "retro.md"
    late.write_text(draft_act(retro), encoding="utf-8")
    saved = tmp_path / "seed-a2.akn.xml"
    assert run(capsys, "apply", acts["seed"], acts["a2"], "--format", "akn",
               "-o", str(saved))[0] == 0
    code, out, err = run(capsys, "apply", str(late), "--base", str(saved))
    assert (code, out) == (1, "")
    assert "error[A009]: L 2025-06-01/1 (art. 1er) takes effect on 2025-02-01, before " \
        "L 2025-02-03/7 (art. 3, in force 2025-03-01), which the base text already has in " \
        "loi du 2001-05-16, article 73" in err


def test_at_on_a_saved_chain_says_what_it_does_not_know(
        capsys: pytest.CaptureFixture[str], acts: dict[str, str], tmp_path: Path) -> None:
    saved = tmp_path / "chain.akn.xml"
    names = [acts["seed"], acts["a2"], acts["a3"], acts["ar"]]
    assert run(capsys, "apply", *names, "--format", "akn", "-o", str(saved))[0] == 0
    code, out, err = run(capsys, "apply", *names, "--base", str(saved), "--at", "2024-06-01",
                         "--article", "73")
    assert code == 0
    assert "fixée à [text not known before 01-10-2025]" in out  # A2 then A3 changed it
    assert "consolidate: warning[T001]: loi 2001-05-16, art_73__alinea_1: the text of the " \
        "words in force on 2024-06-01 is not on the page (the page shows the text of " \
        "L 2025-05-05/12, art. 2, in force from 01-10-2025)" in err
    code, out, err = run(capsys, "apply", *names, "--base", str(saved), "--at", "2025-08-01",
                         "--article", "73")
    assert "soixante-deux ans" in out and "T001" not in err  # A3 art. 2's old words
