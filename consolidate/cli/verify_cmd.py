"""`consolidate verify ACT --justel PAGE`: check an amending act against a Justel page made
after it (see docs/verify.md)."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..verification import Check, VerifyReport

HELP = "check an amending act against a Justel consolidation made after it"
FORMATS = ("text", "json")
EXIT_DISAGREES = 1


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Declare the subcommand's arguments."""
    parser.add_argument("amending", nargs="?", metavar="ACT",
                        help="the amending act; default: the embedded loi du 25 mars 2024")
    parser.add_argument("--justel", required=True, metavar="PAGE", action="append",
                        help="a Justel page of an act it amends (HTML, text or legalize-be "
                        "markdown), made after the act; repeatable")
    parser.add_argument("--reference", metavar="REF",
                        help="the act's Justel reference (e.g. 2024-03-25/42) when its text "
                        "does not give it")
    parser.add_argument("--strict", action="store_true",
                        help="read the page strictly (default: lines that cannot be placed are "
                        "warnings)")
    parser.add_argument("--format", choices=FORMATS, default="text",
                        help="text (one line per operation) or json (the VerifyReport list)")
    parser.add_argument("-o", "--output", metavar="FILE",
                        help="write the result to FILE (whole or nothing) instead of stdout")


def execute(args: argparse.Namespace) -> int:
    """Run the subcommand: exit 0 when nothing disagrees, 1 otherwise."""
    from .. import api
    from ..verification import verify
    from .output import emit

    act = api.parse(args.amending, keep_going=True) if args.amending else api.parse()
    for problem in act.problems:
        print(problem.render(), file=sys.stderr)
    reports = []
    for page_path in args.justel:
        page = api.load(page_path, lenient=not args.strict)
        for warning in page.warnings:
            print(f"warning: {warning}", file=sys.stderr)
        reports.append(verify(act, page, reference=args.reference))
    if args.format == "json":
        data = [report.model_dump(mode="json") for report in reports]
        content = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    else:
        content = "".join(line + "\n" for report in reports for line in report_lines(report))
    emit(content, args.output)
    return EXIT_DISAGREES if any(r.counts["disagrees"] for r in reports) else 0


def report_lines(report: VerifyReport) -> list[str]:
    """The report as text: a head line, one line per operation (texts for disagreements),
    the totals."""
    updated = f", updated {report.page_updated}" if report.page_updated else ""
    lines = [f"verify {report.act} against the {report.page} ({report.page_source}{updated})"]
    for check in report.checks:
        lines.extend(check_lines(check))
    counts = report.counts
    share = "" if report.agreement is None else f"; agreement {report.agreement:.0%}"
    lines.append(
        f"{len(report.checks)} operations on this act ({report.other_operations} on other acts "
        f"or languages): {counts['agrees']} agree, {counts['disagrees']} disagree, "
        f"{counts['not_checkable']} not checkable{share}"
    )
    return lines


def check_lines(check: Check) -> list[str]:
    """'art. 25, a)  repeal_words  article 2, alinéa 1er  agrees: the page shows the repeal'."""
    from ..errors import shorten

    status = check.status.replace("_", " ")
    head = f"{check.source.describe():<12} {check.op:<13} {check.target}  {status}: " \
        f"{check.message}"
    lines = [head]
    if check.status != "agrees":
        if check.expected is not None:
            lines.append(f"    act:  {shorten(check.expected, 300)}")
        if check.found is not None:
            lines.append(f"    page: {shorten(check.found, 300)}")
    return lines
