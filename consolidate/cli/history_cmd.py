"""`consolidate history`: the versions of an article through a chain of acts."""

from __future__ import annotations

import argparse

from .inputs import add_input_arguments, amending_name, report_failures

HELP = "list the versions of an article: its base history (footnotes) and each act that changed it"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Declare the subcommand's arguments."""
    add_input_arguments(parser)
    parser.add_argument("--article", metavar="N", required=True,
                        help="the article whose history to list")
    parser.add_argument("--format", choices=("text", "json"), default="text",
                        help="text (default) or json (one object per document)")


def execute(args: argparse.Namespace) -> int:
    """Run the subcommand; return the exit code."""
    from ..errors import AddressError
    from ..history import article_history, render_history
    from ..text import parse_label
    from .inputs import consolidate_inputs, load_bases
    from .output import emit

    try:
        parse_label(args.article)
    except ValueError:
        raise AddressError(f"--article {args.article!r} is not an article number") from None
    code = 0
    if args.base and not args.amending:  # the base's own history, no act applied
        bases = load_bases(args.base, lenient=args.lenient)
        histories = article_history(bases, None, args.article)
    else:
        result = consolidate_inputs(args)
        bases = list(result.before)
        histories = article_history(bases, result, args.article)
        code = report_failures(result, amending_name(args), args.act_names)
    if not histories:
        made = "" if args.base and not args.amending else ", and no act of the chain makes it"
        if made and args.at is not None:
            made = f", and no act of the chain in force on {args.at.isoformat()} makes it"
        raise AddressError(f"article {args.article} is in no base text{made}")
    content = history_json(histories) if args.format == "json" else render_history(histories)
    emit(content, args.output)
    return code


def history_json(histories: object) -> str:
    """The histories as JSON (dates ISO, outcomes as in the report)."""
    import json
    from dataclasses import asdict

    from pydantic import BaseModel

    def plain(value: object) -> object:
        if isinstance(value, BaseModel):
            return value.model_dump(mode="json")
        if isinstance(value, dict):
            return {k: plain(v) for k, v in value.items()}
        if isinstance(value, list | tuple):
            return [plain(v) for v in value]
        if hasattr(value, "isoformat"):
            return value.isoformat()
        return value

    assert isinstance(histories, list)
    rows = [plain({**asdict(h), "notes": list(h.notes),
                   "versions": [{**asdict(v), "operations": list(v.operations)}
                                for v in h.versions]}) for h in histories]
    return json.dumps(rows, ensure_ascii=False, indent=2) + "\n"
