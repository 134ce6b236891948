"""The corpus report: ``python benchmarks/corpus.py DIR ... [--workers N] [--scheduler ADDR]
[--json] [--docs FILE]``.

The same as ``consolidate batch`` (see docs/corpus.md), plus ``--docs FILE``: write the
tables into FILE (docs/corpus.md) under a dated heading, replacing what was there between
the markers ``<!-- corpus:start -->`` and ``<!-- corpus:end -->``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import platform
import sys
from pathlib import Path

from consolidate.cli import main
from consolidate.corpus import ActRow, run, summary, table
from consolidate.corpus.bases import base_rows, base_table

START, END = "<!-- corpus:start -->", "<!-- corpus:end -->"


def findings(rows: list[ActRow]) -> str:
    """What must be explained: disagreements, silent articles, exceptions (one bullet each)."""
    out: list[str] = []
    for title, items in (
        ("Disagreements", [f"{r.act} → {d}" for r in rows for d in r.disagreements]),
        ("Silent articles", [f"{r.act}, art. {s}" for r in rows for s in r.silent]),
        ("Provisions undated (their act's entry-into-force article not read)",
         [f"{r.act}: art. {', '.join(r.undated)}" for r in rows if r.undated]),
        ("Exceptions", [f"{r.act}: {e}" for r in rows for e in r.exceptions]),
    ):
        if items:
            out.append(f"\n{title}:\n\n" + "".join(f"- {item}\n" for item in items))
    return "".join(out)


def write_docs(path: Path, directories: list[str], workers: int | None) -> None:
    """Run every directory and put the tables into ``path`` between the markers."""
    parts = [f"Run on {dt.date.today().isoformat()} ({platform.python_implementation()} "
             f"{platform.python_version()}, {platform.machine()}), "
             f"`python benchmarks/corpus.py {' '.join(directories)} --docs {path}`.\n"]
    for directory in directories:
        rows = run(Path(directory), workers=workers)
        parts.append(f"\n### `{directory}`\n\n{table(rows)}\n{summary(rows)}")
        parts.append(findings(rows))
        if bases := base_rows(Path(directory)):
            parts.append(f"\nIts base texts (Justel pages) as `consolidate.load` reads "
                         f"them:\n\n{base_table(bases)}")
    text = path.read_text(encoding="utf-8") if path.exists() else f"{START}\n{END}\n"
    head, _, rest = text.partition(START)
    _, _, tail = rest.partition(END)
    path.write_text(f"{head}{START}\n{''.join(parts)}{END}{tail}", encoding="utf-8")


def cli(argv: list[str]) -> int:
    """Parse ``--docs`` here; everything else is ``consolidate batch``."""
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--docs", type=Path)
    parser.add_argument("--workers", type=int)
    known, rest = parser.parse_known_args(argv)
    if known.docs is not None:
        write_docs(known.docs, [a for a in rest if not a.startswith("-")], known.workers)
        return 0
    workers = ["--workers", str(known.workers)] if known.workers else []
    return main(["batch", *rest, *workers])


if __name__ == "__main__":
    sys.exit(cli(sys.argv[1:]))
