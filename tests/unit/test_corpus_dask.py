"""The corpus runner on Dask gives the same rows as the plain run: local scheduler with 1 and
2 worker processes, and a LocalCluster (loopback only) started here."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from consolidate import api
from consolidate.corpus import run
from consolidate.corpus.report import ActRow

SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "data"


def need(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"{path} is not here: ../shared is absent")
    return path


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Real acts: ten French excerpts, the 2024 law and the Justel page it amends."""
    root = tmp_path_factory.mktemp("corpus")
    for path in sorted(need(SHARED / "excerpts" / "fr").glob("*/act.fr.md"))[:10]:
        (root / path.parent.name).mkdir()
        shutil.copy(path, root / path.parent.name / "act.fr.md")
    (root / "loi-2024-03-25.md").write_bytes(api.embedded(api.EMBEDDED_ACT))
    shutil.copy(need(SHARED / "corpus" / "be" / "2016007106.md"), root / "2016007106.md")
    return root


def same(rows: list[ActRow]) -> list[dict[str, object]]:
    return [row.model_dump(exclude={"seconds"}) for row in rows]


@pytest.fixture(scope="module")
def plain(folder: Path) -> list[dict[str, object]]:
    rows = run(folder)
    assert len(rows) == 11 and sum(r.verify.get("agrees", 0) for r in rows) == 3
    return same(rows)


@pytest.mark.parametrize("workers", [1, 2])
def test_local_processes(folder: Path, plain: list[dict[str, object]], workers: int) -> None:
    pytest.importorskip("dask", reason="Dask is in the test extra; this Python lacks it")
    assert same(run(folder, workers=workers)) == plain


def test_local_cluster(folder: Path, plain: list[dict[str, object]]) -> None:
    distributed = pytest.importorskip("distributed", reason="dask[distributed] is missing")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False,
                                  protocol="tcp", host="127.0.0.1",
                                  dashboard_address=None) as cluster:
        assert same(run(folder, scheduler=cluster.scheduler_address)) == plain


def test_batch_command_on_a_cluster(
    folder: Path, plain: list[dict[str, object]], capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    from consolidate.cli import main

    def rows(out: str) -> list[dict[str, object]]:
        lines = [json.loads(line) for line in out.splitlines()]
        assert lines[-1]["totals"]["acts"] == len(plain)
        return [{k: v for k, v in line.items() if k != "seconds"} for line in lines[:-1]]

    distributed = pytest.importorskip("distributed", reason="dask[distributed] is missing")
    here = main(["batch", str(folder), "--json"])
    expected = rows(capsys.readouterr().out)
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                                  protocol="tcp", host="127.0.0.1",
                                  dashboard_address=None) as cluster:
        code = main(["batch", str(folder), "--json", "--scheduler", cluster.scheduler_address])
    assert code == here and rows(capsys.readouterr().out) == expected


def test_an_unreachable_scheduler_is_a_clear_error(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("distributed", reason="dask[distributed] is missing")
    from consolidate.corpus import CorpusError, runner

    monkeypatch.setattr(runner, "CONNECT_TIMEOUT", 1)
    with pytest.raises(CorpusError, match="cannot reach the Dask scheduler"):
        run(folder, scheduler="tcp://127.0.0.1:9")
