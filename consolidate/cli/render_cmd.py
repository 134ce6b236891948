"""`consolidate render FILE`: print a base text (plain text, Akoma Ntoso XML or Justel)."""

from __future__ import annotations

import argparse

HELP = "render a base text (Akoma Ntoso XML, Justel text or HTML) as text, xml or justel"
FORMATS = ("text", "xml", "justel")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Declare the subcommand's arguments."""
    parser.add_argument(
        "file", metavar="FILE",
        help="the base text: Akoma Ntoso XML (e.g. seeds/loi-2001-05-16-statut-reserve.fr.xml), "
        "Justel plain text or Justel HTML",
    )
    parser.add_argument(
        "--format", choices=FORMATS, default="text",
        help="text (plain, Justel layout; the default), xml (Akoma Ntoso) or justel "
        "(with marks and footnotes)",
    )
    parser.add_argument("--lenient", action="store_true",
                        help="Justel input: lines that cannot be placed become warnings")
    parser.add_argument("-o", "--output", metavar="FILE",
                        help="write the result to FILE (whole or nothing) instead of stdout")


def execute(args: argparse.Namespace) -> int:
    """Run the subcommand; return the exit code."""
    import sys

    from .. import api
    from .output import emit

    document = api.load(args.file, lenient=args.lenient)
    identity = document.identity
    if identity.is_model:
        print(f"consolidate: {args.file} is a model of the {identity.type} of "
              f"{identity.date.isoformat()}, not an official text; its quoted fragments are "
              "verbatim", file=sys.stderr)
    for warning in document.warnings:
        print(f"warning: {warning}", file=sys.stderr)  # each warning names its file:line
    emit(api.render(document, args.format), args.output)
    return 0
