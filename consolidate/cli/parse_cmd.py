"""`consolidate parse`: read an amending act into typed operations (JSON, text or AKN)."""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..model import AmendingAct, NewUnit, Operation

from .output import add_output_argument

HELP = "parse an amending act into typed operations (default: the embedded 2024 law)"
FORMATS = ("json", "text", "akn")
AKN_MODULES = ("consolidate.renderers.akn", "consolidate.renderers.akn_amending")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Declare the subcommand's arguments."""
    parser.add_argument(
        "amending", nargs="*", metavar="AMENDING",
        help="the amending act (Markdown with front matter, or text; - for standard input); "
        "default: the embedded loi du 25 mars 2024. With --compare: its French text, then its "
        "Dutch text",
    )
    parser.add_argument("--format", choices=FORMATS, default="json",
                        help="json (the AmendingAct), text (one line per operation) or akn")
    parser.add_argument("--compare", action="store_true",
                        help="FR NL: check that the French and the Dutch text of one act say "
                        "the same thing (exit 1 on a divergence); each file may also be the "
                        "JSON of a parsed act")
    from .inputs import language_option

    parser.add_argument("--lang", type=language_option, metavar="fr|nl",
                        help="the language of the amending act (default: detected)")
    parser.add_argument("--keep-going", action="store_true",
                        help="read every readable article and list every error of the act "
                        "(FILE:LINE:COL: error[CODE]) on standard error; exit 1 if any")
    add_output_argument(parser)


def execute(args: argparse.Namespace) -> int:
    """Run the subcommand; return the exit code."""
    from . import UsageError
    from .inputs import read_amending
    from .output import emit

    if args.compare:
        from .compare_cmd import execute_compare

        return execute_compare(args)
    if len(args.amending) > 1:
        raise UsageError("consolidate parse: one amending act (two with --compare)")
    args.amending = args.amending[0] if args.amending else None
    act, _ = read_amending(args)
    for problem in act.problems:
        print(problem.render(), file=sys.stderr)
    content: str | bytes
    if args.format == "json":
        content = json.dumps(act.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"
    elif args.format == "text":
        content = "".join(line + "\n" for line in operation_lines(act))
    else:
        content = render_akn(act)
    emit(content, args.output)
    return 1 if any(problem.severity == "error" for problem in act.problems) else 0


def render_akn(act: AmendingAct) -> bytes:
    """The act as Akoma Ntoso (the renderer's ``render_amending_akn``), or RenderError."""
    from ..errors import RenderError

    for name in AKN_MODULES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        render = getattr(module, "render_amending_akn", None)
        if render is not None:
            result = render(act)
            assert isinstance(result, bytes)
            return result
    raise RenderError("--format akn is not available (no render_amending_akn renderer)")


def operation_lines(act: AmendingAct) -> list[str]:
    """One readable line per operation: source, kind, target, what it does."""
    return [describe_operation(op) for op in act.operations()]


def describe_operation(op: Operation) -> str:
    """'art. 2, a)  replace_words  loi du 2001-05-16, article 10, 1°: "X" → "Y"'."""
    language = f" [{op.language}]" if op.language else ""  # the text it is restricted to
    head = f"{op.source.describe():<12} {op.op:<13} {op.target.act.describe()}, " \
        f"{op.target.describe()}{language}: "
    return head + _effect(op)


def _q(text: str, other: str | None = None, limit: int = 90) -> str:
    """``text`` quoted, shortened to about ``limit`` characters with ``[..]``.

    Given the ``other`` quote of a pair (old and new words), a long text is shortened around
    where the two differ, so that two quotes differing only in the middle never print alike.
    """
    from ..errors import shorten

    if other is None or len(text) <= limit or text == other:
        return f'"{shorten(text, limit)}"'
    prefix = 0
    while prefix < min(len(text), len(other)) and text[prefix] == other[prefix]:
        prefix += 1
    suffix = 0
    while (suffix < min(len(text), len(other)) - prefix
           and text[-1 - suffix] == other[-1 - suffix]):
        suffix += 1
    context = 25
    start = max(0, prefix - context)
    if start and (space := text.find(" ", start, prefix)) != -1:
        start = space + 1  # begin on a word
    end = min(len(text), len(text) - suffix + context)
    if end < len(text) and (space := text.rfind(" ", len(text) - suffix, end)) != -1:
        end = space  # end on a word
    start = 0 if start < 15 else start  # not worth cutting
    end = len(text) if len(text) - end < 15 else end
    head = "[..] " if start else ""
    tail = " [..]" if end < len(text) else ""
    return f'"{head}{shorten(text[start:end], limit)}{tail}"'


def _effect(op: Operation) -> str:
    if op.op == "replace_words":
        return f"{_q(op.old, op.new)} → {_q(op.new, op.old)}" + (
            " (chaque fois)" if op.every else "")
    if op.op == "insert_words":
        where = " and ".join(
            part for part in (f"after {_q(op.after)}" if op.after else "",
                              f"before {_q(op.before)}" if op.before else "",
                              "at the start" if op.at_start else "") if part
        )
        return f"insert {_q(op.new)} {where}"
    if op.op == "repeal_words":
        return f"repeal {_q(op.old)}" + (" (chaque fois)" if op.every else "")
    if op.op == "append_words":
        return f"append {_q(op.new)}"
    if op.op == "replace_punctuation":
        return f"final {_q(op.old)} → {_q(op.new)}"
    if op.op == "repeal_unit":
        return "repeal the unit"
    if op.op == "replace_unit":
        return "replace by " + _units(op.new)
    if op.op == "restore_unit":
        return "restore as " + _units(op.new)
    if op.op == "renumber":
        return f"renumber as {op.new_label}"
    if op.op == "wrap_unit":
        heading = f" {_q(op.heading)}" if op.heading else ""
        return f"its present text becomes its {op.unit} {op.label}{heading}"
    place = "at the end" if op.position == "end" else \
        f"{op.position} {op.anchor.describe() if op.anchor else '?'}"
    return f"insert {_units(op.new)} {place}"


def _units(units: tuple[NewUnit, ...]) -> str:
    first = units[0]
    label = f"{first.label} " if first.label else ""
    more = f" (+{len(units) - 1} more)" if len(units) > 1 else ""
    items = f" with {len(first.children)} items" if first.children else ""
    kind = {"alinea": "alinéa", "point": "item"}.get(first.kind, first.kind)
    return f"{len(units)} {kind}{'s' if len(units) > 1 else ''}: {label}{_q(first.text)}" \
        f"{items}{more}"
