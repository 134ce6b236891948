"""Benchmark: start-up, the 2024 case, and how each output format grows with the size of the act.

Run: ``python benchmarks/bench.py [--quick | --startup] [--tree DIR ...] [--memory [OPS]]``.
Prints one Markdown table (pasted as is into docs/benchmarks.md). ``--startup``: only
``--version``, the embedded case and its html, best of 10 processes.

Every measure is a fresh process (``python -m consolidate ...``, as a user runs it, with the
package's bytecode compiled first as an installation does), timed
with ``time.perf_counter`` (best of up to N runs), its CPU time (user + system) and its peak
resident memory read from the kernel (``wait4``'s ``ru_utime``, ``ru_stime``, ``ru_maxrss``).
Per-operation cost and growth use the CPU time, which other jobs on a shared machine disturb
far less than the wall time. Scaling uses the synthetic inputs of
benchmarks/workload.py: an act of N operations on a base that matches it (N × 3/5 articles),
every operation applied. ``growth`` = (time at N ÷ time at the previous N) ÷ (N ÷ previous N):
1 means linear, 10 means quadratic. A size whose time, projected from the previous one at the
growth seen so far (squared, to be safe), exceeds ``--budget`` seconds is not run (its row
says so).

``--tree DIR`` (repeatable) measures other checkouts of the project — e.g. an older commit
unpacked with ``git archive`` — on the same inputs, one measure after the other, so that
before/after numbers come from one run on the same machine load. Nothing here runs inside the
test suite. See docs/benchmarks.md.
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


def run_once(tree: Path, arguments: Sequence[str]) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds (user + system) and peak RSS (MB) of one
    ``python -m consolidate ARGUMENTS`` in ``tree``."""
    command = [sys.executable, "-m", "consolidate", *arguments]
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=tree, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE)
    errors = process.stderr.read() if process.stderr else b""
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(arguments)} failed ({process.returncode}): "
                         f"{errors.decode(errors='replace')[-500:]}")
    return seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def compile_bytecode(tree: Path) -> None:
    """Write the bytecode of ``tree``'s package (``__pycache__``), as ``pip install`` does.

    Without it, a process under ``PYTHONDONTWRITEBYTECODE`` (set on this machine) or in a
    read-only checkout compiles every module from source at each start — about 0.1 s of CPU
    that an installed package never pays.
    """
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(tree / "consolidate")],
                   check=True, stdout=subprocess.DEVNULL)


def best_of(tree: Path, repeat: int, arguments: Sequence[str],
            patience: float = 5.0) -> tuple[float, float, float]:
    """Best wall time, best CPU time and highest peak RSS of up to ``repeat`` runs (fewer
    once slow)."""
    times: list[float] = []
    cpus: list[float] = []
    peak = 0.0
    for _ in range(repeat):
        seconds, cpu, rss = run_once(tree, arguments)
        times.append(seconds)
        cpus.append(cpu)
        peak = max(peak, rss)
        if sum(times) > patience:
            break
    return min(times), min(cpus), peak


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


Row = tuple[str, ...]
"""measure, tree, wall seconds, CPU seconds, CPU per operation, growth (CPU), peak RSS."""


class Bench:
    """The measures of one run, for every tree."""

    def __init__(self, trees: list[Path], repeat: int, budget: float) -> None:
        self.trees = trees
        self.repeat = repeat
        self.budget = budget
        self.rows: list[Row] = []

    def name(self, tree: Path) -> str:
        """A tree's short name in the table."""
        return tree.name

    def once(self, measure: str, arguments: Sequence[str]) -> None:
        """One measure (no size), for every tree: the trees' runs taken in turn (tree 1,
        tree 2, tree 1, ...), so that a change of the machine's load falls on all of them."""
        runs: dict[Path, list[tuple[float, float, float]]] = {tree: [] for tree in self.trees}
        for _ in range(self.repeat):
            for tree in self.trees:
                runs[tree].append(run_once(tree, arguments))
        for tree in self.trees:
            seconds = min(run[0] for run in runs[tree])
            cpu = min(run[1] for run in runs[tree])
            rss = max(run[2] for run in runs[tree])
            self.rows.append((measure, self.name(tree), f"{seconds:.3f}", f"{cpu:.3f}", "",
                              "", f"{rss:.0f} MB"))

    def scaling(self, format: str, inputs: Inputs, sizes: Sequence[int]) -> None:
        """One format at growing sizes, for every tree."""
        previous: dict[Path, tuple[int, float, float]] = {}  # size, seconds, growth
        for size in sizes:
            act, base = inputs.files(size)
            for tree in self.trees:
                label = f"apply --format {format}, {size:,} ops"
                last = previous.get(tree)
                # projected at the growth seen so far (linear before a second size)
                projected = 0.0 if last is None else \
                    last[1] * (size / last[0]) * max(1.0, last[2]) ** 2
                if projected > self.budget:
                    self.rows.append((label, self.name(tree), "-", "", "", "",
                                      f"not run: projected {projected:.0f} s"))
                    continue
                seconds, cpu, rss = best_of(tree, self.repeat, ["apply", act, "--base", base,
                                                                "--format", format])
                ratio = 1.0 if last is None else (cpu / last[1]) / (size / last[0])
                growth = "" if last is None else f"{ratio:.2f}"
                previous[tree] = (size, cpu, ratio)
                self.rows.append((label, self.name(tree), f"{seconds:.3f}", f"{cpu:.3f}",
                                  f"{cpu / size * 1e6:.0f} µs", growth, f"{rss:.0f} MB"))

    def memory(self, inputs: Inputs, operations: int) -> None:
        """The text pipeline once on a large act, for its peak memory."""
        act, base = inputs.files(operations)
        for tree in self.trees:
            seconds, cpu, rss = run_once(tree, ["apply", act, "--base", base])
            self.rows.append((f"apply --format text, {operations:,} ops", self.name(tree),
                              f"{seconds:.1f}", f"{cpu:.1f}", f"{cpu / operations * 1e6:.0f} µs",
                              "", f"{rss:.0f} MB"))


#: run by ``python -c`` in the tree measured (its ``consolidate`` first on the path): the CPU
#: seconds and the resident memory each phase of the text pipeline adds, one line per phase,
#: with the part of it malloc holds in use (glibc's ``mallinfo2``: libxml2's nodes, buffers of
#: more than 512 bytes; the rest is Python's small objects, in pymalloc's arenas)
PHASE_CHILD = """
import ctypes, os, sys, time
sys.path.insert(0, os.getcwd())
def resident():
    with open("/proc/self/statm", encoding="ascii") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6
try:  # glibc: the bytes malloc holds in use (libxml2's trees, large Python buffers)
    class Info(ctypes.Structure):
        _fields_ = [(name, ctypes.c_size_t) for name in (
            "arena ordblks smblks hblks hblkhd usmblks fsmblks uordblks fordblks keepcost"
            .split())]
    libc = ctypes.CDLL("libc.so.6")
    libc.mallinfo2.restype = Info
    def heap():
        info = libc.mallinfo2()
        return (info.uordblks + info.hblkhd) / 1e6
except (OSError, AttributeError):
    def heap():
        return float("nan")
marks = [("start", time.process_time(), resident(), heap())]
def mark(name):
    marks.append((name, time.process_time(), resident(), heap()))
import consolidate.api as api
mark("import")
parsed = api.parse(sys.argv[1])
mark("parse")
document = api.load(sys.argv[2])
mark("load")
try:  # as the CLI's text output: in place, no footnotes
    result = api.consolidate(parsed, [document], keep_before=False, footnotes=False)
except TypeError:  # a tree older than footnotes=False (or keep_before: it copies the base)
    try:
        result = api.consolidate(parsed, [document], keep_before=False)
    except TypeError:
        result = api.consolidate(parsed, [document])
mark("apply")
api.render(result, "text")
mark("render text")
for (_, clock, size, used), (name, now, grown, more) in zip(marks, marks[1:]):
    print(f"{name}\\t{now - clock:.3f}\\t{grown - size:.0f}\\t{more - used:.0f}")
"""


def phases(trees: list[Path], inputs: Inputs, operations: int) -> list[Row]:
    """The text pipeline's phases on ``operations`` operations, for every tree (one process
    each, in-process clocks: where the time and the memory go)."""
    act, base = inputs.files(operations)
    rows: list[Row] = []
    for tree in trees:
        output = subprocess.run([sys.executable, "-c", PHASE_CHILD, act, base], cwd=tree,
                                check=True, capture_output=True, text=True).stdout
        for line in output.splitlines():
            name, seconds, added, heap = line.split("\t")
            per_op = f"{float(seconds) / operations * 1e6:.0f} µs" if name != "import" else ""
            rows.append((f"{name}, {operations:,} ops (in-process)", tree.name, "", seconds,
                         per_op, "", f"+{added} MB (malloc {float(heap):+.0f})"))
    return rows


def main() -> None:
    """Print the benchmark table."""
    options = argparse.ArgumentParser(description=__doc__)
    options.add_argument("--quick", action="store_true", help="150 and 1,500 ops, best of 3")
    options.add_argument("--tree", type=Path, action="append", default=[],
                         help="a project checkout to measure (repeatable; default: this one)")
    options.add_argument("--sizes", type=int, nargs="+", metavar="OPS",
                         help="operation counts (default 150 1500 15000)")
    options.add_argument("--formats", nargs="+", choices=FORMATS, default=list(FORMATS))
    options.add_argument("--repeat", type=int, help="runs per measure (default 5, quick 3)")
    options.add_argument("--startup", action="store_true",
                         help="only the three start-up measures (default: best of 10)")
    options.add_argument("--budget", type=float, default=120.0, metavar="SECONDS",
                         help="skip a size projected to take longer (default 120)")
    options.add_argument("--memory", type=int, nargs="?", const=100_000, default=0,
                         metavar="OPS", help="also run the text pipeline on OPS operations "
                         "(default 100,000) for its peak memory")
    options.add_argument("--phases", type=int, nargs="?", const=15_000, default=0,
                         metavar="OPS", help="also time each phase of the text pipeline "
                         "(import, parse, load, apply, render) on OPS operations (default "
                         "15,000), in one process per tree, with the memory each adds")
    parsed = options.parse_args()
    trees = [tree.resolve() for tree in parsed.tree] or [HERE.parent]
    repeat = parsed.repeat or (10 if parsed.startup else 3 if parsed.quick else 5)
    sizes = parsed.sizes or ((150, 1500) if parsed.quick else (150, 1500, 15000))
    for tree in trees:
        compile_bytecode(tree)
    bench = Bench(trees, repeat, parsed.budget)
    bench.once("consolidate --version", ["--version"])
    bench.once("consolidate (embedded 2024 case, text)", [])
    bench.once("consolidate --format html (2024 case)", ["--format", "html"])
    if parsed.startup:
        parsed.formats = []
    with tempfile.TemporaryDirectory(prefix="consolidate-bench-") as directory:
        inputs = Inputs(Path(directory))
        for format in parsed.formats:
            bench.scaling(format, inputs, sizes)
        if parsed.memory:
            bench.memory(inputs, parsed.memory)
        if parsed.phases:
            bench.rows.extend(phases(trees, inputs, parsed.phases))
    print_table(bench.rows)
    print(f"\n(python {platform.python_version()}; {os.cpu_count()} cores, "
          f"{platform.machine()}; best of up to {repeat} processes; "
          f"{dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC; trees: "
          f"{', '.join(str(tree) for tree in trees)})")


def print_table(rows: list[Row]) -> None:
    """The rows as a Markdown table."""
    header = ("measure", "tree", "wall s", "CPU s", "CPU per op", "growth", "peak RSS")
    print("| " + " | ".join(header) + " |")
    print("|---|---|---:|---:|---:|---:|---:|")
    for cells in rows:
        print("| " + " | ".join(cells) + " |")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--write-inputs"]:
        write_inputs(int(sys.argv[2]), Path(sys.argv[3]), Path(sys.argv[4]))
    else:
        main()
