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


def language_option(text: str) -> str:
    """argparse type of ``--lang``: fr or nl (also "nederlands", "français", …)."""
    from ..errors import ParseError
    from ..lang.detect import language_name

    try:
        return language_name(text)
    except ParseError:
        raise argparse.ArgumentTypeError(f"not a language (fr or nl): {text!r}") from None


def article_label(text: str) -> str:
    """argparse type of ``--article``: a non-empty article number."""
    if not text.strip():
        raise argparse.ArgumentTypeError("empty article number (e.g. --article 10bis)")
    return text.strip()


def add_input_arguments(parser: argparse.ArgumentParser) -> None:
    """AMENDING, --base, --lenient, --at, --keep-going, --lang, -o."""
    parser.add_argument(
        "amending", nargs="*", metavar="AMENDING",
        help="the amending acts (Markdown/text, or the JSON of an act; - for standard input), "
        "applied in the order of their effect (docs/time.md); default: the embedded loi du "
        "25 mars 2024",
    )
    parser.add_argument("--order", metavar="FILE",
                        help="order file (TOML or JSON) for acts changing a unit on the same "
                        "date (docs/time.md)")
    parser.add_argument(
        "--base", action="append", default=[], metavar="FILE",
        help="a base text (Akoma Ntoso XML, Justel HTML or text; - for standard input); "
        "repeatable; "
        "default: the embedded models of the 2001 and 2016 laws",
    )
    parser.add_argument("--lenient", action="store_true",
                        help="Justel bases: a line that cannot be placed becomes a warning on "
                        "stderr instead of error E102 (as consolidate.load(lenient=True))")
    parser.add_argument("--at", type=iso_date, metavar="DATE",
                        help="consolidate as of this date (YYYY-MM-DD)")
    parser.add_argument("--keep-going", action="store_true",
                        help="apply every operation that can be applied and list the failures")
    parser.add_argument("--lang", type=language_option, metavar="fr|nl",
                        help="the language of the amending act (default: detected)")
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
    """The name of the (first) amending text as error lines show it."""
    from .. import api

    first = args.amending[0] if args.amending else None
    return input_name(first) if first else api.EMBEDDED_ACT


def input_name(path: str) -> str:
    """The name error lines give an input file (``<stdin>`` for ``-``)."""
    return STDIN_NAME if path == STDIN else path


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
    """The (first) act of the command line (AMENDING, ``-`` for stdin, or the embedded law)
    and its text."""
    from .. import api

    given = args.amending
    path = (given[0] if given else None) if isinstance(given, list) else given
    language = getattr(args, "lang", None)
    keep_going = bool(getattr(args, "keep_going", False))
    if not path:
        return api.parse(language=language, keep_going=keep_going), \
            api.embedded(api.EMBEDDED_ACT).decode("utf-8")
    return read_act(path, language, keep_going=keep_going)


def read_act(path: str, language: str | None = None, *,
             keep_going: bool = False) -> tuple[AmendingAct, str]:
    """One act and its text: seed Markdown or plain text, or the JSON of an act (``parse
    --format json``); ``-``: standard input. ``language``: ``--lang`` (default: detected);
    ``keep_going``: every unreadable article is a problem of the act (``parse
    --keep-going``)."""
    from .. import api
    from ..akn_reader import read_act_json

    name = STDIN_NAME if path == STDIN else str(path)
    data = read_bytes(path)
    if data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{"):
        return read_act_json(data, name), data.decode("utf-8", "replace")
    text = api.decode_text(data, name)
    return api.parse(name, text=text, language=language, keep_going=keep_going), text


class ActText:
    """The text of an amending act, kept for the line an error quotes: compressed when large
    (the parsed act holds its words already; 14 MB of 100,000 operations' act become 1 MB)."""

    LARGE = 1 << 20

    def __init__(self, text: str) -> None:
        import zlib

        self.compressed = len(text) > self.LARGE
        self.data: str | bytes = zlib.compress(text.encode("utf-8", "surrogatepass"), 1) \
            if self.compressed else text

    def text(self) -> str:
        """The text, as it was given."""
        import zlib

        if isinstance(self.data, str):
            return self.data
        return zlib.decompress(self.data).decode("utf-8", "surrogatepass")


def read_acts(args: argparse.Namespace) -> list[tuple[AmendingAct, str, ActText]]:
    """Every amending act of the command line as (act, name, text); none: the embedded law."""
    if len(args.amending) <= 1:
        act, text = read_amending(args)
        found = [(act, amending_name(args), ActText(text))]
    else:
        found = []
        keep_going = bool(getattr(args, "keep_going", False))
        for path in args.amending:
            act, text = read_act(path, getattr(args, "lang", None), keep_going=keep_going)
            found.append((act, STDIN_NAME if path == STDIN else str(path), ActText(text)))
    return found


def load_bases(paths: list[str], *, lenient: bool = False) -> list[Document]:
    """The base texts (``-`` for stdin), or the embedded models; a file may hold several
    acts (an Akoma Ntoso collection, a Justel text of several acts: one base each).

    ``lenient`` (``--lenient``): a Justel line that cannot be placed is a warning, printed on
    stderr with its file and line, instead of error E102 (docs/cli.md).
    """
    from .. import api

    if not paths:
        return api.load_embedded()
    bases = [document for path in paths for document in (
        api.load_all(read_bytes(path), name=STDIN_NAME, lenient=lenient) if path == STDIN
        else api.load_all(path, lenient=lenient))]
    for base in bases:
        for warning in base.warnings:
            print(f"warning: {warning}", file=sys.stderr)  # each names its file:line
    return bases


def consolidate_inputs(args: argparse.Namespace, *, at: dt.date | None = None) -> Consolidation:
    """Parse the acts, load the bases (with the model notice on stderr) and apply the chain
    (``at``: instead of ``--at``). Sets ``args.act_names`` (file of each act by Justel id).

    Raises the first ApplyError unless ``--keep-going``, and :class:`NothingToDo` when the
    acts amend none of the base texts given (unless ``--keep-going``: partial output asked).
    """
    [result] = consolidate_on(args, [at if at is not None else args.at])
    return result


def consolidate_on(args: argparse.Namespace,
                   dates: list[dt.date | None]) -> list[Consolidation]:
    """:func:`consolidate_inputs` on each of ``dates`` (None: every provision with a date),
    the acts read and the bases loaded once (their warnings and notice said once)."""
    from ..chain import read_order

    check_stdin_once([*args.amending, *args.base])
    acts = read_acts(args)
    order = read_order(args.order) if getattr(args, "order", None) else ()
    bases = load_bases(args.base, lenient=args.lenient)
    notice = model_notice(bases)
    if notice:
        print(notice, file=sys.stderr)
    # the outputs that show only the consolidated text need no copy of the bases
    keep_before = len(acts) > 1 or len(dates) > 1 or not (
        getattr(args, "command", None) == "apply" and args.format in ("text", "justel", "akn"))
    # nor does the plain text show footnotes: none is written (a third of applying's memory)
    footnotes = keep_before or args.format != "text"
    results = [_run(args, acts, bases, order, when, keep_before, footnotes) for when in dates]
    args.act_names = {act.act.justel_id: name for act, name, _ in acts}
    if not args.keep_going:
        for result in results:
            check_something_applies(result)
    return results


def _run(args: argparse.Namespace, acts: list[tuple[AmendingAct, str, ActText]],
         bases: list[Document], order: tuple[str, ...], when: dt.date | None,
         keep_before: bool, footnotes: bool = True) -> Consolidation:
    """Apply the chain on ``when``; an ApplyError is located in the act's file."""
    from dataclasses import replace

    from .. import api
    from ..errors import ApplyError

    try:
        return api.consolidate(documents=bases, acts=[a for a, _, _ in acts], at=when,
                               keep_going=args.keep_going, order=order,
                               keep_before=keep_before, footnotes=footnotes)
    except ApplyError as error:
        if error.location is not None:
            texts = {act.act.justel_id: (name, text) for act, name, text in acts}
            name, text = texts.get(error.location.source, (acts[0][1], acts[0][2]))
            lines = text.text().splitlines()
            line = error.location.line
            error.location = replace(
                error.location,
                source=name,
                line_text=lines[line - 1] if 0 < line <= len(lines) else "",
            )
        raise


def check_something_applies(result: Consolidation) -> None:
    """Raise NothingToDo when every operation was skipped for want of its text."""
    from . import NothingToDo

    outcomes = [o for report in result.all_reports() for o in report.outcomes]
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
    chain = len(result.all_reports()) > 1
    for report in result.all_reports():
        for outcome in report.outcomes:
            if outcome.status == "no_effect":
                why = "; ".join(outcome.warnings) or outcome.message or "nothing changed"
                act = f"{report.act} " if chain else ""
                print(f"consolidate: warning: {act}{outcome.source.describe()} ({outcome.op}, "
                      f"{outcome.target.describe()}) had no effect: {why}", file=sys.stderr)


def report_applied_warnings(result: Consolidation) -> None:
    """Say on stderr the warnings of applied operations (a date counted from a publication the
    act does not give, …), each once with the number of operations it concerns."""
    chain = len(result.all_reports()) > 1
    counts: dict[str, int] = {}
    for report in result.all_reports():
        for outcome in report.outcomes:
            if outcome.status == "applied":
                for warning in outcome.warnings:
                    key = f"{report.act}: {warning}" if chain else warning
                    counts[key] = counts.get(key, 0) + 1
    for warning, count in counts.items():
        plural = "operation" if count == 1 else "operations"
        print(f"consolidate: warning: {count} applied {plural}: {warning}", file=sys.stderr)


def report_skipped(result: Consolidation) -> None:
    """Say on stderr what was not applied and why (skipped operations are never silent)."""
    reasons: dict[str, int] = {}
    for report in result.all_reports():
        for outcome in report.outcomes:
            if outcome.status == "skipped":
                reason = outcome.message or "skipped"
                if len(result.all_reports()) > 1:
                    reason = f"{report.act}: {reason}"
                reasons[reason] = reasons.get(reason, 0) + 1
    for reason, count in reasons.items():
        plural = "operation" if count == 1 else "operations"
        print(f"consolidate: {count} {plural} skipped: {reason}", file=sys.stderr)


def report_failures(result: Consolidation, source_name: str,
                    names: dict[str, str] | None = None) -> int:
    """Print skipped and failed operations on stderr; return the exit code (0 ok, 1 failures).

    Failures are located like parse errors: ``AMENDING:LINE:COL: error[code]: message``
    (``names``: the file of each act, by Justel id, for a chain).
    """
    report_no_effect(result)
    report_applied_warnings(result)
    report_skipped(result)
    failed = []
    total = 0
    # with --keep-going, an article the parser could not read is said, never dropped
    problems = [problem for act in result.all_acts() for problem in act.problems]
    for problem in problems:
        print(problem.render(), file=sys.stderr)
    unread = sum(problem.severity == "error" for problem in problems)
    for report in result.all_reports():
        name = (names or {}).get(report.act, source_name)
        total += len(report.outcomes)
        for outcome in report.outcomes:
            if outcome.status != "failed":
                continue
            failed.append(outcome)
            span = outcome.source.span
            where = f"{name}:{span.line}:{span.column}" if span else "consolidate"
            print(f"{where}: error[{outcome.error_code}]: {outcome.message}", file=sys.stderr)
    if failed:
        print(f"consolidate: {len(failed)} of {total} operations failed", file=sys.stderr)
    if unread:
        print(f"consolidate: {unread} instruction{'s' if unread > 1 else ''} not read "
              "(the parse errors above): not applied", file=sys.stderr)
    return 1 if failed or unread else 0


def report_timeline(result: Consolidation, at: dt.date | None) -> None:
    """Say on stderr which provisions are pending or not yet in force, and, for a chain or a
    date, how many are in force (docs/time.md)."""
    from ..timeline import grouped

    states = {"in_force": 0, "pending": 0, "not_yet_in_force": 0, "unknown": 0, "ended": 0}
    for time in result.timeline:
        states[time.state(at)] += 1
    later = [time for time in result.timeline  # and those whose date was not read
             if time.state(at) != "in_force" or time.unread is not None]
    for line in grouped(later, at):
        print(f"consolidate: {line}", file=sys.stderr)
    for conflict in result.conflicts:
        print(f"consolidate: conflict: {conflict.describe()}", file=sys.stderr)
    for unknown in result.unknown:
        print(f"consolidate: {unknown.describe()}", file=sys.stderr)
    if at is not None or len(result.all_acts()) > 1:
        when = f"on {at.isoformat()}" if at else "today's text"
        print(f"consolidate: {when}: {states['in_force']} provisions in force, "
              f"{states['pending']} pending, {states['not_yet_in_force']} not yet in force"
              + (f", {states['unknown']} not known" if states["unknown"] else "")
              + (f", {states['ended']} no longer in force" if states["ended"] else ""),
              file=sys.stderr)
