"""The corpus report (consolidate batch DIR): discovery, tasks, rows, totals, the command."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest

from consolidate import api, parse
from consolidate.cli import main
from consolidate.corpus import CorpusError, discover, run, table, tasks, totals
from consolidate.corpus.counting import count_articles
from consolidate.corpus.report import _read_counts

SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "data"
CORPUS = SHARED / "corpus"


def need(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"{path} is not here: ../shared is absent")
    return path


@pytest.fixture
def pair(tmp_path: Path) -> Path:
    """A folder with the embedded 2024 law and the real Justel page of the 2016 law."""
    (tmp_path / "loi-2024-03-25.md").write_bytes(api.embedded(api.EMBEDDED_ACT))
    shutil.copy(need(CORPUS / "be" / "2016007106.md"), tmp_path / "2016007106.md")
    return tmp_path


def test_manifest_tasks_group_bases_and_order_acts() -> None:
    acts, bases = discover(need(CORPUS))
    assert len(acts) == 43 and len(bases) == 25  # the 21 base texts and 4 acts amended later
    groups = {task.key: [act.name for act in task.acts] for task in tasks(acts, bases)}
    assert groups["1921022450"] == ["2006023386", "2018011241", "2018011576"]  # date order
    assert groups["2016007106"] == ["2024003720"]
    assert groups["2006009444"] == ["2006009444"]  # no base present: a task of its own
    assert sum(len(names) for names in groups.values()) == 43


def test_the_pair_verifies(pair: Path) -> None:
    rows = run(pair)
    assert [row.act for row in rows] == ["loi-2024-03-25"]  # the page is a base only
    row = rows[0]
    assert (row.articles, row.instructions, row.operations, row.read) == (28, 40, 40, 40)
    assert row.verify == {"agrees": 3, "disagrees": 0, "not_checkable": 0}
    assert row.silent == () and row.refusals == {} and row.bases == ("2016007106",)
    assert totals(rows)["agreement"] == 1.0 and totals(rows)["read_share"] == 1.0
    assert "| loi-2024-03-25 | 28   | 40     | 40  | 40   | 0      | -        | 0      | " \
        "3/0/0" in table(rows)


def test_an_article_with_amending_verbs_read_as_transitional_is_silent() -> None:
    # excerpts/fr/1995016011, art. 1er: "Un article 12bis, rédigé comme suit, est inséré ..."
    text = need(SHARED / "excerpts" / "fr" / "1995016011" / "act.fr.md").read_text("utf-8")
    act = parse(text=text)
    first = act.articles[0].model_copy(update={"kind": "transitional", "operations": ()})
    act = act.model_copy(update={"articles": (first, *act.articles[1:])})
    read, silent = _read_counts(count_articles(text), act)
    assert silent == ("1er (transitional)",) and read == 0


def test_batch_json_lines_and_exit_code(pair: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["batch", str(pair), "--json"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert lines[0]["act"] == "loi-2024-03-25" and lines[0]["verify"]["agrees"] == 3
    assert lines[-1]["totals"]["instructions"] == 40


def test_batch_table(pair: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["batch", str(pair)]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"## {pair}\n\n| act ")
    assert "instructions read: 40 of 40 (100.0%); silent articles: 0" in out


def test_no_acts_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(CorpusError):
        run(tmp_path)
    assert main(["batch", str(tmp_path / "nowhere")]) == 2
    assert "not a directory" in capsys.readouterr().err


def test_without_dask_workers_name_the_extra(
    pair: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "dask", None)  # import dask → ImportError
    assert main(["batch", str(pair), "--workers", "2"]) == 2
    assert "pip install 'consolidate[corpus]'" in capsys.readouterr().err
    assert run(pair)[0].verify["agrees"] == 3  # the plain run needs no Dask


def test_a_library_bug_is_counted_not_fatal(
    pair: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(*args: object, **kwargs: object) -> object:
        raise RuntimeError("a bug")

    monkeypatch.setattr(api, "parse", broken)
    row = run(pair)[0]
    assert row.exceptions == ("parse: RuntimeError: a bug",) and row.error == "internal error"
    assert totals([row])["exceptions"] == 1 and "EXCEPTION×1" in table([row])
    assert main(["batch", str(pair)]) == 1


def test_json_lines_follow_the_row_schema(pair: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import jsonschema

    from consolidate.schema import schemas

    assert main(["batch", str(pair), "--json"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    for line in lines[:-1]:
        jsonschema.validate(line, schemas()["corpus-row.schema.json"])
