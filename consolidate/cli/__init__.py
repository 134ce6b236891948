"""The ``consolidate`` command: ``main(argv) -> int`` (tests call it directly) and ``run()``.

Each subcommand lives in its own module with ``add_arguments(parser)`` and
``execute(args) -> int``; those modules import the heavy parts of the library lazily so that
``consolidate --help`` stays fast. Only this package turns errors into exit codes (docs/cli.md):
0 ok, 1 an operation failed, 2 bad usage or unreadable input, 3 nothing to do (the act amends
none of the texts given), 70 a bug, 130 Ctrl-C.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import sys
from collections.abc import Sequence
from types import ModuleType

from .. import __version__

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_NOTHING = 3  # the act amends none of the base texts given (nothing applied)
EXIT_INTERNAL = 70  # EX_SOFTWARE: a bug in consolidate, never the user's fault

#: subcommand → its module (imported when the parser is built, not for ``--version``)
SUBCOMMANDS = {
    "parse": "parse_cmd",
    "explain": "explain_cmd",
    "apply": "apply_cmd",
    "render": "render_cmd",
    "diff": "diff_cmd",
    "verify": "verify_cmd",
    "batch": "batch_cmd",
    "history": "history_cmd",
}


def command_module(name: str) -> ModuleType:
    """The module of subcommand ``name`` (``add_arguments``, ``execute``, ``HELP``)."""
    return importlib.import_module(f".{SUBCOMMANDS[name]}", __name__)


class _Parser(argparse.ArgumentParser):
    """argparse that raises instead of exiting, so main() owns the exit code."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(f"{self.prog}: {message}")


class UsageError(Exception):
    """Bad command-line usage (exit 2)."""


class NothingToDo(Exception):
    """The act amends none of the base texts given: nothing applied, nothing printed (exit 3)."""


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The argument parser of the command and its subcommands (``only``: of that subcommand
    alone — the one the command line names, so that the others' modules are not imported)."""
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
    for name in (only,) if only else SUBCOMMANDS:
        module = command_module(name)
        sub = subparsers.add_parser(name, help=module.HELP, description=module.HELP)
        module.add_arguments(sub)
    return parser


def _exists(path: str) -> bool:
    """Whether a file or directory is there (a name too long for the system is not)."""
    from pathlib import Path

    try:
        return Path(path).exists()
    except (OSError, ValueError):
        return False


def with_subcommand(arguments: list[str]) -> list[str]:
    """``arguments`` with ``apply`` in front when they name no subcommand (the main job).

    A first word that is neither a subcommand, an option nor an existing file (or ``-``) is
    a usage error: a mistyped command must not read as a missing file.
    """
    if arguments and arguments[0] in (*SUBCOMMANDS, "-h", "--help", "--version"):
        return arguments
    first = arguments[0] if arguments else "-"
    if not first.startswith("-") and not _exists(first):
        from ..errors import shorten

        raise UsageError(
            f"consolidate: unknown command or file: {shorten(repr(first), 80)} (commands: "
            f"{', '.join(SUBCOMMANDS)}; an amending act given without a command must be an "
            "existing file)"
        )
    return ["apply", *arguments]


def parse_arguments(parser: argparse.ArgumentParser, arguments: list[str]) -> argparse.Namespace:
    """Parse; an unknown option is reported by the subcommand (``consolidate apply: ...``)."""
    args, extra = parser.parse_known_args(arguments)
    if extra:
        prog = f"{parser.prog} {args.command}" if getattr(args, "command", None) else parser.prog
        raise UsageError(f"{prog}: unrecognized arguments: {' '.join(extra)}")
    return args


def execute(args: argparse.Namespace) -> int:
    """Run the subcommand of parsed ``args`` (an unwritable ``-o`` refused before any work)."""
    from .output import check_output

    amending = getattr(args, "amending", None)  # a list where several acts are taken
    inputs = [*(amending if isinstance(amending, list) else [amending]),
              getattr(args, "file", None), *(getattr(args, "base", None) or [])]
    check_output(getattr(args, "output", None), inputs)
    exit_code: int = command_module(args.command).execute(args)
    return exit_code


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command with ``argv`` (default: ``sys.argv[1:]``); return the exit code."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments == ["--version"]:  # at once: no subcommand, no library imported
        print(f"consolidate {__version__}")
        return EXIT_OK
    from ..errors import ApplyError, ArgumentError, ConsolidateError

    try:
        arguments = with_subcommand(arguments)
        # the top level's help lists every subcommand; a subcommand's needs its parser only
        only = arguments[0] if arguments and arguments[0] in SUBCOMMANDS else None
        return execute(parse_arguments(build_parser(only), arguments))
    except UsageError as error:
        print(error, file=sys.stderr)
        return EXIT_USAGE
    except NothingToDo as error:
        print(f"consolidate: {error}", file=sys.stderr)
        return EXIT_NOTHING
    except SystemExit as exit_request:  # --help / --version
        return int(exit_request.code or 0)
    except ApplyError as error:
        print(error.render(), file=sys.stderr)
        return EXIT_FAILED
    except ArgumentError as error:  # the command misused the API: a bug, not the user's input
        return internal_error(error, error.message)
    except ConsolidateError as error:
        print(error.render(), file=sys.stderr)
        return EXIT_USAGE if error.code[0] in "EP" else EXIT_FAILED
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as error:  # last resort: a bug in the library must not show a traceback
        return internal_error(error, str(error))


def internal_error(error: Exception, message: str) -> int:
    """Say that consolidate has a bug (one line, no traceback); return EXIT_INTERNAL."""
    print(
        f"consolidate: internal error ({type(error).__name__}: {message}). This is a bug in "
        "consolidate, not in your input; please report it with the command and its files.",
        file=sys.stderr,
    )
    return EXIT_INTERNAL


def run() -> None:
    """Console-script entry point (``consolidate``, ``python -m consolidate``).

    Before the process exits, every object still alive is moved out of the cyclic garbage
    collector's reach (``gc.freeze``): the interpreter's collections at exit traverse them
    all (pydantic's, lxml's and the package's modules, the inputs, the result) to find
    little to free, which the end of the process frees anyway; output files are closed
    before (``output.emit``), standard output is flushed by the interpreter, and ``atexit``
    handlers still run. During the command the collector runs as usual.

    Before any of the library is imported, the dataclasses of the process take their methods'
    compiled code from a table instead of compiling their text (``precompiled.install``: the
    same functions; none on another Python).
    """
    if sys.argv[1:] != ["--version"]:  # --version imports nothing
        from ..precompiled import install

        install()
    code = main()
    gc.freeze()
    sys.exit(code)
