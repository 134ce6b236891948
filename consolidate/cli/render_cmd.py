"""`consolidate render FILE`: print a base text (plain text, Akoma Ntoso XML or Justel)."""

from __future__ import annotations

import argparse

from .output import add_output_argument

HELP = "render a base text (Akoma Ntoso XML, Justel text or HTML) as text, xml or justel"
FORMATS = ("text", "xml", "justel")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Declare the subcommand's arguments."""
    parser.add_argument(
        "file", metavar="FILE",
        help="the base text (- for standard input): Akoma Ntoso XML (e.g. "
        "seeds/loi-2001-05-16-statut-reserve.fr.xml), Justel plain text or Justel HTML",
    )
    parser.add_argument(
        "--format", choices=FORMATS, default="text",
        help="text (plain, Justel layout; the default), xml (Akoma Ntoso) or justel "
        "(with marks and footnotes)",
    )
    parser.add_argument("--lenient", action="store_true",
                        help="Justel input: lines that cannot be placed become warnings")
    add_output_argument(parser)


def execute(args: argparse.Namespace) -> int:
    """Run the subcommand; return the exit code."""
    import sys

    from .. import api
    from ..akn_reader import holds_several
    from ..errors import DocumentError
    from .inputs import STDIN, STDIN_NAME, read_bytes
    from .output import emit

    name = STDIN_NAME if args.file == STDIN else args.file
    data = read_bytes(args.file)
    if holds_several(data):  # the output of apply for several acts: each one, in order
        documents = api.load_all(data, name=name, lenient=args.lenient)
        if args.format == "xml":
            raise DocumentError(f"{name} holds {len(documents)} acts and --format xml writes "
                                "one; use text or justel (apply -o DIR/ writes one file per act)")
    else:
        documents = [api.load(data, name=name, lenient=args.lenient)]
    for document in documents:
        identity = document.identity
        if identity.is_model:
            print(f"consolidate: {name} is a model of the {identity.type} of "
                  f"{identity.date.isoformat()}, not an official text; its quoted fragments "
                  "are verbatim", file=sys.stderr)
        for warning in document.warnings:
            print(f"warning: {warning}", file=sys.stderr)  # each warning names its file:line
    if len(documents) == 1:
        emit(api.render(documents[0], args.format), args.output)
    else:
        emit("\n".join(str(api.render(document, args.format)) for document in documents),
             args.output)
    return 0
