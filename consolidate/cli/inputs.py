"""Arguments and input loading shared by ``consolidate apply`` and ``consolidate diff``."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..document import Document
    from ..model import AmendingAct
    from ..result import Consolidation

from .output import add_output_argument


def iso_date(text: str) -> dt.date:
    """argparse type: a YYYY-MM-DD date."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def article_label(text: str) -> str:
    """argparse type of ``--article``: a non-empty article number."""
    if not text.strip():
        raise argparse.ArgumentTypeError("empty article number (e.g. --article 10bis)")
    return text.strip()


def add_input_arguments(parser: argparse.ArgumentParser) -> None:
    """AMENDING, --base, --at, --keep-going, -o."""
    parser.add_argument(
        "amending", nargs="?", metavar="AMENDING",
        help="the amending act (Markdown/text; - for standard input); default: the embedded "
        "loi du 25 mars 2024",
    )
    parser.add_argument(
        "--base", action="append", default=[], metavar="FILE",
        help="a base text (Akoma Ntoso XML, Justel HTML or text; - for standard input); "
        "repeatable; "
        "default: the embedded models of the 2001 and 2016 laws",
    )
    parser.add_argument("--at", type=iso_date, metavar="DATE",
                        help="consolidate as of this date (YYYY-MM-DD)")
    parser.add_argument("--keep-going", action="store_true",
                        help="apply every operation that can be applied and list the failures")
    add_output_argument(parser)


def french_date(date: dt.date) -> str:
    """'16 mai 2001' ('1er' for the first day)."""
    day = "1er" if date.day == 1 else str(date.day)
    from ..lang.fr import MONTHS  # not at import time: it compiles the grammar

    return f"{day} {MONTHS[date.month - 1]} {date.year}"


def model_notice(bases: list[Document]) -> str | None:
    """The stderr line saying which base texts are models, or None."""
    names: list[str] = []
    for base in bases:
        identity = base.identity
        if identity.is_model:
            name = f"the {identity.type} du {french_date(identity.date)}"
            if name not in names:
                names.append(name)
    if not names:
        return None
    listed = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    return (
        f"consolidate: base texts are models of {listed}, not official texts; their quoted "
        "fragments are verbatim"
    )


STDIN = "-"
STDIN_NAME = "<stdin>"


def amending_name(args: argparse.Namespace) -> str:
    """The name of the amending text as error lines show it."""
    from .. import api

    if args.amending == STDIN:
        return STDIN_NAME
    return str(args.amending or api.EMBEDDED_ACT)


def read_bytes(path: str) -> bytes:
    """The bytes of an input file, or of standard input for ``-``."""
    from .. import api

    if path == STDIN:
        return sys.stdin.buffer.read()
    return api.read_input(path)


def check_stdin_once(paths: list[str | None]) -> None:
    """Standard input can be read once: at most one input may be ``-``."""
    from . import UsageError

    if sum(1 for path in paths if path == STDIN) > 1:
        raise UsageError("consolidate: - (standard input) can be given for one input only")


def read_amending(args: argparse.Namespace) -> tuple[AmendingAct, str]:
    """The act (AMENDING, ``-`` for stdin, or the embedded law) and its text."""
    from .. import api

    if not args.amending:
        return api.parse(), api.embedded(api.EMBEDDED_ACT).decode("utf-8")
    name = amending_name(args)
    text = api.decode_text(read_bytes(args.amending), name)
    return api.parse(name, text=text), text


def load_bases(paths: list[str]) -> list[Document]:
    """The base texts (``-`` for stdin), or the embedded models."""
    from .. import api

    if not paths:
        return api.load_embedded()
    return [api.load(read_bytes(path), name=STDIN_NAME) if path == STDIN else api.load(path)
            for path in paths]


def consolidate_inputs(args: argparse.Namespace) -> Consolidation:
    """Parse the act, load the bases (with the model notice on stderr) and apply.

    Raises the first ApplyError unless ``--keep-going``, and :class:`NothingToDo` when the
    act amends none of the base texts given (unless ``--keep-going``: partial output asked).
    """
    from .. import api

    check_stdin_once([args.amending, *args.base])
    act, source_text = read_amending(args)
    bases = load_bases(args.base)
    notice = model_notice(bases)
    if notice:
        print(notice, file=sys.stderr)
    from dataclasses import replace

    from ..errors import ApplyError

    try:
        # the outputs that show only the consolidated text need no copy of the bases
        keep_before = not (getattr(args, "command", None) == "apply"
                           and args.format in ("text", "justel", "akn"))
        result = api.consolidate(act, bases, at=args.at, keep_going=args.keep_going,
                                 keep_before=keep_before)
    except ApplyError as error:
        if error.location is not None:
            lines = source_text.splitlines()
            line = error.location.line
            error.location = replace(
                error.location,
                source=amending_name(args),
                line_text=lines[line - 1] if 0 < line <= len(lines) else "",
            )
        raise
    if not args.keep_going:
        check_something_applies(result)
    return result


def check_something_applies(result: Consolidation) -> None:
    """Raise NothingToDo when every operation was skipped for want of its text."""
    from . import NothingToDo

    outcomes = result.report.outcomes
    if not outcomes or any(o.status != "skipped" or "not supplied" not in (o.message or "")
                           for o in outcomes):
        return
    wanted = sorted({o.target.act.describe() + (" (Dutch text)" if o.language == "nl" else "")
                     for o in outcomes})
    given = sorted({f"{b.identity.type} du {b.identity.date.isoformat()}"
                    + (" (Dutch text)" if b.identity.language == "nl" else "")
                    for b in result.before}) or ["none"]
    raise NothingToDo(
        f"nothing to do: the act amends {', '.join(wanted)}, and none of the base texts "
        f"given is one of them (given: {', '.join(given)}); nothing was applied. Give the "
        "amended texts with --base, or --keep-going to print the result anyway"
    )


def report_no_effect(result: Consolidation) -> None:
    """Say on stderr which operations changed nothing (old and new words equal)."""
    for outcome in result.report.outcomes:
        if outcome.status == "no_effect":
            why = "; ".join(outcome.warnings) or outcome.message or "nothing changed"
            print(f"consolidate: warning: {outcome.source.describe()} ({outcome.op}, "
                  f"{outcome.target.describe()}) had no effect: {why}", file=sys.stderr)


def report_skipped(result: Consolidation) -> None:
    """Say on stderr what was not applied and why (skipped operations are never silent)."""
    reasons: dict[str, int] = {}
    for outcome in result.report.outcomes:
        if outcome.status == "skipped":
            reason = outcome.message or "skipped"
            reasons[reason] = reasons.get(reason, 0) + 1
    for reason, count in reasons.items():
        plural = "operation" if count == 1 else "operations"
        print(f"consolidate: {count} {plural} skipped: {reason}", file=sys.stderr)


def report_failures(result: Consolidation, source_name: str) -> int:
    """Print skipped and failed operations on stderr; return the exit code (0 ok, 1 failures).

    Failures are located like parse errors: ``AMENDING:LINE:COL: error[code]: message``.
    """
    report_no_effect(result)
    report_skipped(result)
    failed = [o for o in result.report.outcomes if o.status == "failed"]
    for outcome in failed:
        span = outcome.source.span
        where = f"{source_name}:{span.line}:{span.column}" if span else "consolidate"
        print(f"{where}: error[{outcome.error_code}]: {outcome.message}", file=sys.stderr)
    if failed:
        total = len(result.report.outcomes)
        print(f"consolidate: {len(failed)} of {total} operations failed", file=sys.stderr)
    return 1 if failed else 0
