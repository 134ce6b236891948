"""`consolidate apply`: apply an amending act and print the consolidated texts."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from ..document import Document

from .inputs import (
    add_input_arguments,
    amending_name,
    article_label,
    consolidate_inputs,
    report_failures,
    report_timeline,
)

HELP = ("apply amending acts (in the order of their effect) to base texts and print the "
        "consolidated texts")
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
    code = report_failures(result, amending_name(args), args.act_names)
    report_timeline(result, args.at)
    if args.output and args.output.endswith("/"):  # one file per amended act
        if args.article:
            raise UsageError("consolidate apply: --article writes to one file, not a directory")
        for name, rendered in per_document(result, args.format):
            emit(rendered, str(Path(args.output) / name))
        return code
    applied = any(o.status == "applied" for r in result.all_reports() for o in r.outcomes)
    if args.article:
        content: str | bytes = restricted_all(result, args.format, args.article)
    elif args.format in ("text", "justel") and not applied:
        content = unchanged(result, args.format)
    else:
        content = api.render(result, args.format)
    emit(content, args.output)
    return code


EXTENSIONS = {"text": "txt", "diff": "diff", "json": "json", "justel": "justel.txt",
              "html": "html", "akn": "akn.xml"}


def per_document(result: object, format: str) -> list[tuple[str, str | bytes]]:
    """One rendering per amended act (``-o DIR``): ``loi-2001-05-16-fr.justel.txt``, …"""
    from .. import api
    from ..renderers.common import slug
    from ..renderers.plain import amended
    from ..result import Consolidation

    assert isinstance(result, Consolidation)
    out: list[tuple[str, str | bytes]] = []
    changed = {id(after) for _, after in amended(result)}
    for index, after in enumerate(result.after):
        if changed and id(after) not in changed:
            continue
        identity = after.identity
        single = result.only(index)
        name = f"{slug(identity.type)}-{identity.date.isoformat()}-{identity.language}"
        out.append((f"{name}.{EXTENSIONS[format]}", api.render(single, format)))
    return out


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
    pairs = amended(result)
    if not pairs and format == "text":  # nothing applied (--at): the targeted texts as they are
        pairs = [(after, after) for after in targeted(result)]
    for before, after in pairs:
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


def unchanged(result: object, format: str = "text") -> str:
    """The documents the acts target, as they are (nothing applied, e.g. ``--at`` too early:
    as in force on that date), in ``format`` text or justel (with its marks and footnotes)."""
    from ..document import render_text
    from ..justel import write_justel
    from ..result import Consolidation

    assert isinstance(result, Consolidation)
    render = write_justel if format == "justel" else render_text
    return "\n".join(render(after) for after in targeted(result))


def targeted(result: object) -> list[Document]:
    """The documents the acts' operations aim at (on ``--at``: as in force on that date)."""
    from ..result import Consolidation

    assert isinstance(result, Consolidation)
    targets = {(o.target.act.type, o.target.act.date, o.language or "fr")
               for report in result.all_reports() for o in report.outcomes}
    return [after for after in result.after
            if (after.identity.type, after.identity.date, after.identity.language) in targets]
