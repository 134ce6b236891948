"""`consolidate explain`: how an article of an amending act was read.

For each article: its kind and the rule that gave it; for an amending article the designation
(the formulas that read it, the act, the history recitals) and, per instruction, the sentence,
the formula matched (its name in ``consolidate/lang/fr.py``), the target and the quotes.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..parsing.reading import ArticleReading, OperationReading

from .inputs import article_label

HELP = "show how an amending act's article was read: sentence, target, formula, quotes"
FORMULA_FILE = "consolidate/lang/fr.py"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Declare the subcommand's arguments."""
    parser.add_argument(
        "amending", nargs="?", metavar="AMENDING",
        help="the amending act (- for standard input); default: the embedded loi du 25 mars 2024",
    )
    parser.add_argument("--article", metavar="N", action="append", type=article_label,
                        help="an article to explain (repeatable; default: every article)")


def execute(args: argparse.Namespace) -> int:
    """Run the subcommand; return the exit code."""
    from .. import api
    from ..errors import AddressError
    from ..parser import read_text
    from .output import emit

    if args.amending:
        from .inputs import amending_name, read_bytes

        name = amending_name(args)
        reading = read_text(api.decode_text(read_bytes(args.amending), name), name)
    else:
        reading = read_text(api.embedded(api.EMBEDDED_ACT).decode("utf-8"), api.EMBEDDED_ACT)
    if args.article:
        selected = []
        for label in args.article:
            found = reading.article(label)
            if found is None:
                numbers = [item.article.number for item in reading.articles]
                raise AddressError(
                    f"article {label} is not in the act (its articles: "
                    f"{numbers[0]} to {numbers[-1]})" if numbers else "the act has no article"
                )
            selected.append(found)
    else:
        selected = list(reading.articles)
    emit("\n".join(explain_article(item) for item in selected), None)
    return 0


def explain_article(reading: ArticleReading) -> str:
    """The explanation of one article, as lines of text."""
    article = reading.article
    lines = [f"Article {article.number} — {article.kind.replace('_', ' ')} "
             f"(rule: {reading.rule}, line {article.span.line})"]
    if article.kind != "amending":
        lines.append(f"  text: {' '.join(article.text.split())}")
        for entry in article.entry_into_force:
            lines.append(f"  in force: {entry.date or 'date left to the King'}"
                         + ("; the King may set an earlier date" if entry.king_may_advance
                            else ""))
        return "\n".join(lines) + "\n"
    first = article.operations[0] if article.operations else None
    if reading.lead_in:
        lines.append(f"  lead-in: {reading.lead_in}")
    if first is not None:
        act = first.target.act
        rules = reading.operations[0].formula if reading.operations else ""
        via = " (\"de la même loi\": the act cited last)" if "act:same_act" in rules else ""
        title = f" {act.title}" if act.title else ""
        lines.append(f"  act: {act.describe()}{title}{via}")
        if first.history:
            lines.append(f"  history: {'; '.join(first.history)}")
    for operation in reading.operations:
        lines.extend(_explain_operation(operation))
    return "\n".join(lines) + "\n"


def _explain_operation(reading: OperationReading) -> list[str]:
    operation = reading.operation
    label = f"  {reading.point}" if reading.point else "  instruction"
    lines = [f"{label}: {reading.sentence}"]
    lines.append(f"    rules: {reading.formula} ({FORMULA_FILE})")
    if operation is not None:
        language = " — Dutch text only" if operation.language == "nl" else ""
        lines.append(f"    target: {operation.target.act.describe()}, "
                     f"{operation.target.describe()}{language}")
        lines.append(f"    operation: {operation.op}")
    for quote in reading.quotes:
        lines.append(f'    quote: "{quote}"')
    return lines
