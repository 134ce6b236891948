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

from ..lang.fr import MONTHS


def iso_date(text: str) -> dt.date:
    """argparse type: a YYYY-MM-DD date."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def add_input_arguments(parser: argparse.ArgumentParser) -> None:
    """AMENDING, --base, --at, --keep-going, -o."""
    parser.add_argument(
        "amending", nargs="*", metavar="AMENDING",
        help="the amending acts (Markdown/text), applied in the order of their effect "
        "(docs/time.md); default: the embedded loi du 25 mars 2024",
    )
    parser.add_argument("--order", metavar="FILE",
                        help="order file (TOML or JSON) for acts changing a unit on the same "
                        "date (docs/time.md)")
    parser.add_argument(
        "--base", action="append", default=[], metavar="FILE",
        help="a base text (Akoma Ntoso XML, Justel HTML or text); repeatable; "
        "default: the embedded models of the 2001 and 2016 laws",
    )
    parser.add_argument("--at", type=iso_date, metavar="DATE",
                        help="consolidate as of this date (YYYY-MM-DD)")
    parser.add_argument("--keep-going", action="store_true",
                        help="apply every operation that can be applied and list the failures")
    parser.add_argument("-o", "--output", metavar="FILE",
                        help="write the result to FILE (whole or nothing) instead of stdout")


def french_date(date: dt.date) -> str:
    """'16 mai 2001' ('1er' for the first day)."""
    day = "1er" if date.day == 1 else str(date.day)
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


def amending_name(args: argparse.Namespace) -> str:
    """The name of the (first) amending text as error lines show it."""
    from .. import api

    return str(args.amending[0] if args.amending else api.EMBEDDED_ACT)


def read_acts(args: argparse.Namespace) -> list[tuple[AmendingAct, str, str]]:
    """Every amending act of the command line: (act, file name, source text)."""
    from .. import api

    if not args.amending:
        text = api.embedded(api.EMBEDDED_ACT).decode("utf-8")
        return [(api.parse(), api.EMBEDDED_ACT, text)]
    found = []
    from ..akn_reader import read_act_json

    for path in args.amending:
        data = api.read_input(path)
        if data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{"):
            act = read_act_json(data, str(path))  # an act as `parse --format json` writes it
        else:
            act = api.parse(path)  # raises if unreadable
        found.append((act, str(path), data.decode("utf-8-sig", errors="replace")))
    return found


def load_bases(paths: list[str]) -> list[Document]:
    """The base texts (each file may hold several acts: an AKN collection, a Justel text of
    several acts); default: the embedded models. Says on stderr which ones are models."""
    from .. import api

    bases = [doc for path in paths for doc in api.load_all(path)] if paths \
        else api.load_embedded()
    notice = model_notice(bases)
    if notice:
        print(notice, file=sys.stderr)
    return bases


def consolidate_inputs(args: argparse.Namespace, *, at: dt.date | None = None) -> Consolidation:
    """Parse the acts, load the bases (with the model notice on stderr) and apply the chain
    (``at``: instead of ``--at``). Raises the first ApplyError unless ``--keep-going``."""
    from .. import api
    from ..chain import read_order

    acts = read_acts(args)
    order = read_order(args.order) if getattr(args, "order", None) else ()
    bases = load_bases(args.base)
    args.act_names = {act.act.justel_id: name for act, name, _ in acts}
    from dataclasses import replace

    from ..errors import ApplyError

    when = at if at is not None else args.at
    try:
        return api.consolidate(documents=bases, acts=[a for a, _, _ in acts], at=when,
                               keep_going=args.keep_going, order=order)
    except ApplyError as error:
        if error.location is not None:
            texts = {act.act.justel_id: (name, text) for act, name, text in acts}
            name, text = texts.get(error.location.source, (amending_name(args), acts[0][2]))
            lines = text.splitlines()
            line = error.location.line
            error.location = replace(
                error.location,
                source=name,
                line_text=lines[line - 1] if 0 < line <= len(lines) else "",
            )
        raise


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
    report_skipped(result)
    failed = []
    total = 0
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
    return 1 if failed else 0


def report_timeline(result: Consolidation, at: dt.date | None) -> None:
    """Say on stderr which provisions are pending or not yet in force, and, for a chain or a
    date, how many are in force (docs/time.md)."""
    states = {"in_force": 0, "pending": 0, "not_yet_in_force": 0}
    for time in result.timeline:
        state = time.state(at)
        states[state] += 1
        if state != "in_force":
            print(f"consolidate: {time.describe(at)}", file=sys.stderr)
    for conflict in result.conflicts:
        print(f"consolidate: conflict: {conflict.describe()}", file=sys.stderr)
    if at is not None or len(result.all_acts()) > 1:
        when = f"on {at.isoformat()}" if at else "today's text"
        print(f"consolidate: {when}: {states['in_force']} provisions in force, "
              f"{states['pending']} pending, {states['not_yet_in_force']} not yet in force",
              file=sys.stderr)
