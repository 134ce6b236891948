"""The parse of every text the project has, dumped by a tree and compared with another's.

A harness for work that must not change what the parser reads (speed-ups): each text is parsed
twice by the tree's own ``consolidate`` — with ``keep_going`` (the act's JSON, problems
included) and without (the JSON, or the error's class and rendering) — and written as one
JSON file per text. Two dumps are then compared byte for byte.

Run::

    python benchmarks/parse_snapshot.py dump OUT [--tree DIR]   # DIR's parse of every text
    python benchmarks/parse_snapshot.py compare OUT_A OUT_B     # exit 1 on any difference
    python benchmarks/parse_snapshot.py check --tree /tmp/before   # both dumps, then compare

The texts: the working corpus (``../shared/data/corpus/be/*.md``), the excerpts
(``excerpts/fr/*/act.*.md``, ``excerpts/nl/*/act.*.md``), the Justel pages of
``../shared/data/justel`` (amending acts or not: an error is a result too), the seeds
(``seeds/*.md``, ``../shared/seeds/*.md``), the embedded 2024 act, the acts under
``tests/data`` and the benchmark's synthetic act of 1,500 operations (benchmarks/workload.py).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SHARED = ROOT.parent / "shared"
PATTERNS = (
    "data/corpus/be/*.md", "data/excerpts/fr/*/act.*.md", "data/excerpts/nl/*/act.*.md",
    "data/justel/*", "seeds/*.md",
)
WORKLOAD_OPERATIONS = 1_500
EMBEDDED = "<embedded>"


def texts() -> list[tuple[str, Path | None]]:
    """(name, path) of every text, in a fixed order; the embedded act has no path."""
    found: list[tuple[str, Path | None]] = [(EMBEDDED, None)]
    for pattern in PATTERNS:
        found += [(f"shared/{path.relative_to(SHARED)}", path)
                  for path in sorted(SHARED.glob(pattern))]
    for pattern in ("seeds/*.md", "tests/data/**/*.md", "tests/data/**/*.txt",
                    "tests/data/**/*.html"):
        found += [(str(path.relative_to(ROOT)), path) for path in sorted(ROOT.glob(pattern))]
    return found


def outcome(path: Path | None, keep_going: bool) -> object:
    """The parse of ``path`` as JSON data: the act's dump, or the error raised."""
    import consolidate
    from consolidate.errors import ConsolidateError

    try:
        act = consolidate.parse(path, keep_going=keep_going)
    except ConsolidateError as error:
        return {"error": type(error).__name__, "code": error.code, "rendered": error.render()}
    return act.model_dump(mode="json")


def dump_here(out: Path) -> int:
    """Dump every text with the ``consolidate`` imported here (the tree's); return the count."""
    sys.path.insert(0, str(HERE))
    from workload import synthetic_act

    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        workload = Path(scratch) / "workload-1500.md"
        workload.write_text(synthetic_act(WORKLOAD_OPERATIONS), encoding="utf-8")
        entries = [*texts(), (f"benchmarks/workload-{WORKLOAD_OPERATIONS}.md", workload)]
        for name, path in entries:
            data = {"keep_going": outcome(path, True), "strict": outcome(path, False)}
            target = out / (name.replace("/", "__").strip("<>") + ".json")
            target.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n",
                              encoding="utf-8")
    return len(entries)


def dump(tree: Path, out: Path) -> None:
    """Dump every text with ``tree``'s ``consolidate`` (a fresh process, the tree first on the
    path): the texts are this checkout's, the parser the tree's."""
    environment = {**os.environ, "PYTHONPATH": str(tree)}
    subprocess.run([sys.executable, str(Path(__file__).resolve()), "_dump", str(out)],
                   cwd=tree, env=environment, check=True)


def compare(first: Path, second: Path) -> int:
    """Print the texts whose dumps differ (or are missing on one side); return how many."""
    names = sorted({path.name for path in first.glob("*.json")}
                   | {path.name for path in second.glob("*.json")})
    differing = [name for name in names
                 if not (first / name).exists() or not (second / name).exists()
                 or (first / name).read_bytes() != (second / name).read_bytes()]
    for name in differing:
        print(f"differs: {name}")
    print(f"{len(names) - len(differing)} of {len(names)} texts identical")
    return len(differing)


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    commands = options.add_subparsers(dest="command", required=True)
    dumping = commands.add_parser("dump", help="dump a tree's parse of every text")
    dumping.add_argument("out", type=Path)
    dumping.add_argument("--tree", type=Path, default=ROOT)
    comparing = commands.add_parser("compare", help="compare two dumps")
    comparing.add_argument("first", type=Path)
    comparing.add_argument("second", type=Path)
    checking = commands.add_parser("check", help="dump this tree and --tree, compare")
    checking.add_argument("--tree", type=Path, required=True)
    hidden = commands.add_parser("_dump")
    hidden.add_argument("out", type=Path)
    parsed = options.parse_args()
    if parsed.command == "_dump":
        import consolidate

        print(f"{dump_here(parsed.out)} texts parsed by {Path(consolidate.__file__).parent}")
    elif parsed.command == "dump":
        dump(parsed.tree.resolve(), parsed.out.resolve())
    elif parsed.command == "compare":
        sys.exit(1 if compare(parsed.first, parsed.second) else 0)
    else:
        with tempfile.TemporaryDirectory() as scratch:
            before, after = Path(scratch) / "before", Path(scratch) / "after"
            dump(parsed.tree.resolve(), before)
            dump(ROOT, after)
            sys.exit(1 if compare(before, after) else 0)


if __name__ == "__main__":
    main()
