"""`consolidate apply`: apply an amending act and print the consolidated texts."""

from __future__ import annotations

import argparse

from .inputs import (
    add_input_arguments,
    amending_name,
    article_label,
    consolidate_inputs,
    report_failures,
)

HELP = "apply an amending act to base texts and print the consolidated texts"
FORMATS = ("text", "diff", "json", "justel", "html", "akn")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Declare the subcommand's arguments."""
    add_input_arguments(parser)
    parser.add_argument("--format", choices=FORMATS, default="text",
                        help="output format (default: text, the Justel layout)")
    parser.add_argument("--article", metavar="N", action="append", type=article_label,
                        help="print only article N of each amended act (text and diff); "
                        "repeatable: the articles in the order given")


def execute(args: argparse.Namespace) -> int:
    """Run the subcommand; return the exit code."""
    from .. import api
    from . import UsageError
    from .output import emit

    if args.article and args.format not in ("text", "diff"):
        raise UsageError(
            f"consolidate apply: --article works with --format text or diff, not {args.format}"
        )
    result = consolidate_inputs(args)
    if args.article:
        content: str | bytes = restricted_all(result, args.format, args.article)
    elif args.format == "text" and not any(o.status == "applied" for o in result.report.outcomes):
        content = unchanged(result)
    else:
        content = api.render(result, args.format)
    code = report_failures(result, amending_name(args))
    emit(content, args.output)
    return code


def restricted_all(result: object, format: str, labels: list[str]) -> str:
    """``restricted`` for each of ``labels``, in the order given."""
    chunks = [restricted(result, format, label) for label in labels]
    return "\n".join(chunks) if format == "text" else "".join(chunks)


def restricted(result: object, format: str, label: str) -> str:
    """Article ``label`` of each amended act, as text or as its unified diff."""
    from ..differ import article_diffs
    from ..document import article_lines
    from ..errors import AddressError
    from ..renderers.plain import amended
    from ..result import Consolidation
    from ..text import parse_label

    assert isinstance(result, Consolidation)
    try:
        wanted = parse_label(label)
    except ValueError:
        raise AddressError(f"--article {label!r} is not an article number") from None
    chunks: list[str] = []
    for before, after in amended(result):
        if format == "diff":
            chunks.extend(
                d.unified for d in article_diffs(before, after)
                if parse_label(d.article.replace("-", "/")).same(wanted)
            )
            continue
        article = after.article(label)
        if article is not None:
            chunks.append("\n".join(article_lines(article)) + "\n")
    if not chunks:
        raise AddressError(f"article {label} is not in any amended act")
    return "\n".join(chunks) if format == "text" else "".join(chunks)


def unchanged(result: object) -> str:
    """The documents the act targets, as they are (nothing applied, e.g. ``--at`` too early)."""
    from ..document import render_text
    from ..result import Consolidation

    assert isinstance(result, Consolidation)
    targets = {(o.target.act.type, o.target.act.date, o.language or "fr")
               for o in result.report.outcomes}
    return "\n".join(
        render_text(after) for after in result.after
        if (after.identity.type, after.identity.date, after.identity.language) in targets
    )
