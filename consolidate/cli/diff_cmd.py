"""`consolidate diff`: what an amending act changes, article by article."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..result import Consolidation

from .inputs import (
    add_input_arguments,
    amending_name,
    consolidate_inputs,
    consolidate_on,
    iso_date,
    report_failures,
)

HELP = ("show the changes amending acts make (unified or word diffs per amended article), or "
        "what changed between two dates (--from, --to)")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Declare the subcommand's arguments."""
    add_input_arguments(parser)
    parser.add_argument("--format", choices=("unified", "words", "html"), default="unified",
                        help="unified line diffs (default), word diffs ([-old-]{+new+}) or the "
                        "HTML synoptic redline")
    parser.add_argument("--from", dest="from_date", type=iso_date, metavar="DATE",
                        help="compare the text in force on DATE (default: the base text) ...")
    parser.add_argument("--to", dest="to_date", type=iso_date, metavar="DATE",
                        help="... with the text in force on DATE (default: every provision "
                        "with a date applied)")


def execute(args: argparse.Namespace) -> int:
    """Run the subcommand; return the exit code."""
    from .output import emit

    result = between(args) if args.from_date or args.to_date else consolidate_inputs(args)
    if args.format == "words":
        content = render_words(result)
    elif args.format == "html":
        from .. import api

        rendered = api.render(result, "html")
        content = rendered.decode("utf-8") if isinstance(rendered, bytes) else rendered
    else:
        content = unified(result)
    code = report_failures(result, amending_name(args), args.act_names)
    emit(content, args.output)
    return code


def between(args: argparse.Namespace) -> Consolidation:
    """The consolidation from the text in force on ``--from`` to the one in force on ``--to``."""
    from dataclasses import replace

    from . import UsageError

    if args.at is not None:
        raise UsageError("consolidate diff: --at cannot go with --from/--to")
    if args.from_date and args.to_date and args.from_date > args.to_date:
        raise UsageError(f"consolidate diff: --from {args.from_date} is after --to "
                         f"{args.to_date}")
    if args.from_date is None:
        later = consolidate_inputs(args, at=args.to_date)
        report_unknown([later])
        return later
    later, earlier = consolidate_on(args, [args.to_date, args.from_date])
    report_unknown([earlier, later])
    return replace(later, before=earlier.after)


def report_unknown(results: list[Consolidation]) -> None:
    """Say on stderr, once each, what the texts compared are not known to be on their dates
    (``warning[T001]``: a Justel base brought back to a date, docs/time.md)."""
    import sys

    said: set[str] = set()
    for result in results:
        for unknown in result.unknown:
            line = unknown.describe()
            if line not in said:
                said.add(line)
                print(f"consolidate: {line}", file=sys.stderr)


def unified(result: object) -> str:
    """Unified diffs per amended article, act by act."""
    from .. import api
    from ..result import Consolidation

    assert isinstance(result, Consolidation)
    content = api.render(result, "diff")
    return content.decode("utf-8") if isinstance(content, bytes) else content


def render_words(result: object) -> str:
    """Word diffs per amended article: '[-deleted-]' and '{+inserted+}' inline."""
    from ..differ import article_diffs
    from ..document import document_title_line
    from ..result import Consolidation

    assert isinstance(result, Consolidation)
    chunks: list[str] = []
    for before, after in result.pairs():
        diffs = article_diffs(before, after)
        if not diffs:
            continue
        chunks.append(f"== {document_title_line(after)}\n")
        for diff in diffs:
            body = "".join(
                change.text if change.op == "equal"
                else f"[-{change.text}-]" if change.op == "delete" else f"{{+{change.text}+}}"
                for change in diff.words
            )
            chunks.append(f"-- art. {diff.article.replace('-', '/')}\n{body}\n\n")
    return "".join(chunks)
