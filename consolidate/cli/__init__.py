"""The ``consolidate`` command: ``main(argv) -> int`` (tests call it directly) and ``run()``.

Each subcommand lives in its own module with ``add_arguments(parser)`` and
``execute(args) -> int``; those modules import the heavy parts of the library lazily so that
``consolidate --help`` stays fast. Only this package turns errors into exit codes:
0 ok, 1 consolidation failed, 2 bad usage or unreadable input.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from .. import __version__
from ..errors import ApplyError, ConsolidateError
from . import apply_cmd, diff_cmd, explain_cmd, history_cmd, parse_cmd, render_cmd

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERNAL = 70  # EX_SOFTWARE: a bug in consolidate, never the user's fault

SUBCOMMANDS = {
    "parse": parse_cmd,
    "explain": explain_cmd,
    "apply": apply_cmd,
    "render": render_cmd,
    "diff": diff_cmd,
    "history": history_cmd,
}


class _Parser(argparse.ArgumentParser):
    """argparse that raises instead of exiting, so main() owns the exit code."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(f"{self.prog}: {message}")


class UsageError(Exception):
    """Bad command-line usage (exit 2)."""


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the command and its subcommands."""
    parser = _Parser(
        prog="consolidate",
        description=(
            "Read Belgian amending laws and produce the consolidated text of the laws they "
            "amend. With no subcommand: consolidate the embedded loi du 25 mars 2024 "
            "(base texts are models) and print the result."
        ),
    )
    parser.add_argument("--version", action="version", version=f"consolidate {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name, module in SUBCOMMANDS.items():
        sub = subparsers.add_parser(name, help=module.HELP, description=module.HELP)
        module.add_arguments(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command with ``argv`` (default: ``sys.argv[1:]``); return the exit code."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    try:
        # no subcommand (nothing, or only apply's options): the main job, `apply`
        top_level = ("-h", "--help", "--version")
        if not arguments or (arguments[0] not in SUBCOMMANDS and arguments[0] not in top_level):
            arguments = ["apply", *arguments]
        args = parser.parse_args(arguments)
        module = SUBCOMMANDS[args.command]
        exit_code: int = module.execute(args)
        return exit_code
    except UsageError as error:
        print(error, file=sys.stderr)
        return EXIT_USAGE
    except SystemExit as exit_request:  # --help / --version
        return int(exit_request.code or 0)
    except ApplyError as error:
        print(error.render(), file=sys.stderr)
        return EXIT_FAILED
    except ConsolidateError as error:
        print(error.render(), file=sys.stderr)
        return EXIT_USAGE if error.code[0] in "EP" else EXIT_FAILED
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as error:  # last resort: a bug in the library must not show a traceback
        print(
            f"consolidate: internal error ({type(error).__name__}: {error}). This is a bug in "
            "consolidate, not in your input; please report it with the command and its files.",
            file=sys.stderr,
        )
        return EXIT_INTERNAL


def run() -> None:
    """Console-script entry point."""
    sys.exit(main())
