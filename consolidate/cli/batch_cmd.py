"""`consolidate batch DIR ...`: the corpus report (see docs/corpus.md) — per act, articles,
amending instructions counted by their verbs, operations read, refusals by code, silent
articles, ``verify`` agreement where a base is present, time; then totals."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HELP = "the corpus report over directories of acts and Justel pages (optionally on Dask)"
FORMATS = ("table", "json")


def positive(text: str) -> int:
    """argparse type: an integer ≥ 1."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1: {value}")
    return value


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Declare the subcommand's arguments."""
    parser.add_argument("directories", nargs="+", metavar="DIR",
                        help="a corpus (manifest.tsv and be/*.md), excerpt folders "
                        "(*/act.fr.md) or any folder of *.md acts")
    parser.add_argument("--workers", type=positive, metavar="N",
                        help="run on Dask's local scheduler with N processes (needs "
                        "consolidate[corpus]); default: in this process")
    parser.add_argument("--scheduler", metavar="ADDRESS",
                        help="run on the Dask cluster at ADDRESS (tcp://host:port)")
    parser.add_argument("--json", action="store_true",
                        help="JSON lines: one object per act, then one {\"totals\": …} per "
                        "directory (instead of the table)")
    parser.add_argument("-o", "--output", metavar="FILE",
                        help="write the result to FILE (whole or nothing) instead of stdout")


def execute(args: argparse.Namespace) -> int:
    """Run the report; exit 1 when an article is silent, an operation disagrees or the
    library raised an exception that is not one of its errors."""
    from ..corpus import run, summary, table, totals
    from .output import emit

    chunks: list[str] = []
    bad = False
    for directory in args.directories:
        rows = run(Path(directory), workers=args.workers, scheduler=args.scheduler,
                   progress=sys.stderr.isatty() and not args.output)
        total = totals(rows)
        bad = bad or bool(total["silent"]) or bool(total["exceptions"]) or any(
            r.verify.get("disagrees") for r in rows)
        if args.json:
            chunks.extend(row.model_dump_json() + "\n" for row in rows)
            chunks.append(json.dumps({"directory": directory, "totals": total},
                                     ensure_ascii=False) + "\n")
        else:
            chunks.append(f"## {directory}\n\n{table(rows)}\n{summary(rows)}\n")
    emit("".join(chunks), args.output)
    return 1 if bad else 0
