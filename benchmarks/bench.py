"""Benchmark: start-up, the 2024 case, and how each output format grows with the size of the act.

Run: ``python benchmarks/bench.py [--quick] [--tree DIR] [--memory]``. Prints one table.

Every measure is a fresh process (``python -m consolidate ...``, as a user runs it), timed
with ``time.perf_counter`` (best of up to N runs) and its peak resident memory read from the
kernel (``wait4``'s ``ru_maxrss``). Scaling uses the synthetic inputs of
benchmarks/workload.py: an act of N operations on a base that matches it (N × 3/5 articles),
every operation applied. ``growth`` = (time at N ÷ time at the previous N) ÷ (N ÷ previous N):
1 means linear, 10 means quadratic. ``--tree DIR`` measures another checkout of the project
(e.g. an older commit unpacked with ``git archive``) with the same inputs: before/after numbers
from one run. Nothing here runs inside the test suite. See docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from workload import article_count, synthetic_act, synthetic_base_xml  # noqa: E402

FORMATS = ("text", "diff", "justel", "json", "html", "akn")


def run_once(tree: Path, arguments: Sequence[str]) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB) of one ``python -m consolidate ARGUMENTS`` in ``tree``."""
    command = [sys.executable, "-m", "consolidate", *arguments]
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=tree, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    errors = process.stderr.read() if process.stderr else b""
    if process.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(arguments)} failed ({process.returncode}): "
                         f"{errors.decode(errors='replace')[-500:]}")
    return seconds, usage.ru_maxrss / 1024


def best_of(tree: Path, repeat: int, arguments: Sequence[str],
            patience: float = 5.0) -> tuple[float, float]:
    """Best wall time and highest peak RSS of up to ``repeat`` runs (fewer once slow)."""
    times: list[float] = []
    peak = 0.0
    for _ in range(repeat):
        seconds, rss = run_once(tree, arguments)
        times.append(seconds)
        peak = max(peak, rss)
        if sum(times) > patience:
            break
    return min(times), peak


class Inputs:
    """The synthetic act and base of each size, written once to a temporary directory."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory

    def files(self, operations: int) -> tuple[str, str]:
        """(act path, base path) for an act of ``operations`` operations."""
        act = self.directory / f"act-{operations}.md"
        base = self.directory / f"base-{operations}.xml"
        if not act.exists():  # in a child process, so that this one stays small (see below)
            subprocess.run([sys.executable, __file__, "--write-inputs", str(operations),
                            str(act), str(base)], check=True)
        return str(act), str(base)


def write_inputs(operations: int, act: Path, base: Path) -> None:
    """Write the synthetic act and base of ``operations`` operations.

    Done in a child process: on Linux a child's peak RSS starts from its parent's size at
    fork, so a parent grown by building a large base would inflate every later measure.
    """
    count = article_count(operations)
    act.write_text(synthetic_act(count), encoding="utf-8")
    base.write_bytes(synthetic_base_xml(count))


Row = tuple[str, str, str, str, str]
"""measure, seconds, per operation, growth, peak RSS."""


def row(name: str, seconds: float, rss: float, per: str = "", growth: str = "") -> Row:
    """A table row."""
    return (name, f"{seconds:.3f}", per, growth, f"{rss:.0f} MB")


def scaling_rows(tree: Path, inputs: Inputs, sizes: Sequence[int], repeat: int,
                 formats: Sequence[str]) -> list[Row]:
    """Per format and size: seconds, µs per operation, growth from the previous size, RSS."""
    rows: list[Row] = []
    for format in formats:
        previous: tuple[int, float] | None = None
        for size in sizes:
            act, base = inputs.files(size)
            seconds, rss = best_of(tree, repeat, ["apply", act, "--base", base,
                                                  "--format", format])
            growth = ""
            if previous is not None:
                growth = f"{(seconds / previous[1]) / (size / previous[0]):.2f}"
            previous = (size, seconds)
            rows.append(row(f"apply --format {format}, {size:,} ops", seconds, rss,
                            f"{seconds / size * 1e6:.0f} µs/op", growth))
    return rows


def main() -> None:
    """Print the benchmark table."""
    options = argparse.ArgumentParser(description=__doc__)
    options.add_argument("--quick", action="store_true", help="150 and 1,500 ops, best of 3")
    options.add_argument("--tree", type=Path, default=HERE.parent,
                         help="the project checkout to measure (default: this one)")
    options.add_argument("--sizes", type=int, nargs="+", metavar="OPS",
                         help="operation counts (default 150 1500 15000)")
    options.add_argument("--formats", nargs="+", choices=FORMATS, default=list(FORMATS))
    options.add_argument("--repeat", type=int, help="runs per measure (default 5, quick 3)")
    options.add_argument("--memory", type=int, nargs="?", const=100_000, default=0,
                         metavar="OPS", help="also run the text pipeline on OPS operations "
                         "(default 100,000) for its peak memory")
    parsed = options.parse_args()
    tree: Path = parsed.tree.resolve()
    repeat = parsed.repeat or (3 if parsed.quick else 5)
    sizes = parsed.sizes or ((150, 1500) if parsed.quick else (150, 1500, 15000))
    rows: list[Row] = []
    rows.append(row("consolidate --version", *best_of(tree, repeat, ["--version"])))
    rows.append(row("consolidate (embedded 2024 case, text)", *best_of(tree, repeat, [])))
    rows.append(row("consolidate --format html (2024 case)",
                    *best_of(tree, repeat, ["--format", "html"])))
    with tempfile.TemporaryDirectory(prefix="consolidate-bench-") as directory:
        inputs = Inputs(Path(directory))
        rows.extend(scaling_rows(tree, inputs, sizes, repeat, parsed.formats))
        if parsed.memory:
            act, base = inputs.files(parsed.memory)
            seconds, rss = run_once(tree, ["apply", act, "--base", base])
            rows.append(row(f"apply --format text, {parsed.memory:,} ops (memory)", seconds,
                            rss, f"{seconds / parsed.memory * 1e6:.0f} µs/op"))
    print_table(rows)
    print(f"\n(tree {tree}; python {platform.python_version()}; {os.cpu_count()} cores, "
          f"{platform.processor() or platform.machine()}; best of up to {repeat} processes; "
          f"{dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC)")


def print_table(rows: list[Row]) -> None:
    """The rows as a Markdown table (pasted as is into docs/benchmarks.md)."""
    header = ("measure", "seconds", "per op", "growth", "peak RSS")
    print("| " + " | ".join(header) + " |")
    print("|---|---:|---:|---:|---:|")
    for cells in rows:
        print("| " + " | ".join(cells) + " |")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--write-inputs"]:
        write_inputs(int(sys.argv[2]), Path(sys.argv[3]), Path(sys.argv[4]))
    else:
        main()
