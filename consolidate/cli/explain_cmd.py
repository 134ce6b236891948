"""`consolidate explain`: how an article of an amending act was read.

For each article: its kind and the rule that gave it; for an amending article the designation
(the formulas that read it, the act, the history recitals) and, per instruction, the sentence,
the formula matched (its name in ``consolidate/lang/fr.py``), the target and the quotes.

The words of the explanation come from :data:`WORDS`: English for a French act (the
package's messages), Dutch for a Dutch act (its language detected, or ``--lang nl``).
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..model import ActRef, Target
    from ..parsing.reading import ArticleReading, OperationReading

from .inputs import article_label

HELP = "show how an amending act's article was read: sentence, target, formula, quotes"
FORMULA_FILE = "consolidate/lang/fr.py"

#: the words of an explanation, per language of the act ("fr": the package's English)
WORDS: dict[str, dict[str, str]] = {
    "fr": {
        "article": "Article", "rule": "rule", "line": "line", "text": "text",
        "in_force": "in force", "pending": "date left to the King",
        "advance": "; the King may set an earlier date", "lead_in": "lead-in",
        "act": "act", "history": "history",
        "same_act": ' ("de la même loi": the act cited last)', "instruction": "instruction",
        "rules": "rules", "target": "target",
        "operation": "operation", "quote": "quote", "only_nl": " — Dutch text only",
        "only_fr": " — French text only", "formulas": "consolidate/lang/fr.py",
        "missing": "article {number} is not in the act (its articles: {first} to {last})",
        "no_article": "the act has no article",
    },
    "nl": {
        "article": "Artikel", "rule": "volgens", "line": "regel", "text": "tekst",
        "in_force": "inwerkingtreding", "pending": "op de door de Koning te bepalen datum",
        "advance": "; de Koning kan een vroegere datum bepalen", "lead_in": "inleidende zin",
        "act": "akte",
        "history": "voorgeschiedenis",
        "same_act": ' ("van dezelfde wet": de laatst aangehaalde akte)',
        "instruction": "opdracht", "rules": "regels", "target": "doel",
        "operation": "bewerking", "quote": "aanhaling",
        "only_nl": " — alleen de Nederlandse tekst", "only_fr": " — alleen de Franse tekst",
        "formulas": "consolidate/lang/nl.py",
        "missing": "artikel {number} staat niet in de akte (haar artikelen: {first} tot "
                   "{last})",
        "no_article": "de akte heeft geen artikelen",
    },
}
#: article kinds in Dutch (the French act shows the model's names)
DUTCH_KINDS = {
    "amending": "wijzigingsbepaling", "constitutional_basis": "bevoegdheidsgrondslag",
    "entry_into_force": "inwerkingtreding", "execution": "uitvoeringsbepaling",
    "transitional": "overgangsbepaling", "autonomous": "autonome bepaling",
    "unsupported": "niet ondersteund", "annex": "bijlage",
}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Declare the subcommand's arguments."""
    parser.add_argument(
        "amending", nargs="?", metavar="AMENDING",
        help="the amending act (- for standard input); default: the embedded loi du 25 mars 2024",
    )
    parser.add_argument("--article", metavar="N", action="append", type=article_label,
                        help="an article to explain (repeatable; default: every article)")
    from .inputs import language_option

    parser.add_argument("--lang", type=language_option, metavar="fr|nl",
                        help="the language of the amending act (default: detected); a Dutch "
                        "act is explained in Dutch")
    parser.add_argument("--keep-going", action="store_true",
                        help="explain every readable article and list every error of the act "
                        "(FILE:LINE:COL: error[CODE]) on standard error; exit 1 if any")


def execute(args: argparse.Namespace) -> int:
    """Run the subcommand; return the exit code."""
    from .. import api
    from ..errors import AddressError
    from ..lang.detect import require_readable, resolve
    from ..parser import read_text
    from .output import emit

    if args.amending:
        from .inputs import input_name, read_bytes

        name = input_name(args.amending)  # one file (nargs="?"), not a list
        text = api.decode_text(read_bytes(args.amending), name)
    else:
        text, name = api.embedded(api.EMBEDDED_ACT).decode("utf-8"), api.EMBEDDED_ACT
    language = resolve(text, args.lang)
    require_readable(language, name)
    reading = read_text(text, name, language=language, keep_going=args.keep_going)
    for problem in reading.act.problems:
        print(problem.render(), file=sys.stderr)
    words = WORDS.get(language, WORDS["fr"])
    if args.article:
        selected = []
        for label in args.article:
            found = reading.article(label)
            if found is None:
                numbers = [item.article.number for item in reading.articles]
                raise AddressError(
                    words["missing"].format(number=label, first=numbers[0], last=numbers[-1])
                    if numbers else words["no_article"]
                )
            selected.append(found)
    else:
        selected = list(reading.articles)
    emit("\n".join(explain_article(item, language) for item in selected), None)
    return 1 if any(problem.severity == "error" for problem in reading.act.problems) else 0


def explain_article(reading: ArticleReading, language: str = "fr") -> str:
    """The explanation of one article, as lines of text (Dutch words for a Dutch act)."""
    words = WORDS.get(language, WORDS["fr"])
    article = reading.article
    kind = DUTCH_KINDS[article.kind] if language == "nl" else article.kind.replace("_", " ")
    lines = [f"{words['article']} {article.number} — {kind} "
             f"({words['rule']}: {reading.rule}, {words['line']} {article.span.line})"]
    if article.kind != "amending":
        lines.append(f"  {words['text']}: {' '.join(article.text.split())}")
        for entry in article.entry_into_force:
            lines.append(f"  {words['in_force']}: {entry.date or words['pending']}"
                         + (words["advance"] if entry.king_may_advance else ""))
        return "\n".join(lines) + "\n"
    first = article.operations[0] if article.operations else None
    if reading.lead_in:
        lines.append(f"  {words['lead_in']}: {reading.lead_in}")
    if first is not None:
        act = first.target.act
        rules = reading.operations[0].formula if reading.operations else ""
        via = words["same_act"] if "act:same_act" in rules else ""
        named = _act(act, language)
        title = f" {act.title}" if act.title and act.title not in named else ""
        lines.append(f"  {words['act']}: {named}{title}{via}")
        if first.history:
            lines.append(f"  {words['history']}: {'; '.join(first.history)}")
    for operation in reading.operations:
        lines.extend(_explain_operation(operation, words, language))
    return "\n".join(lines) + "\n"


def _explain_operation(reading: OperationReading, words: dict[str, str],
                       language: str) -> list[str]:
    operation = reading.operation
    label = f"  {reading.point}" if reading.point else f"  {words['instruction']}"
    lines = [f"{label}: {reading.sentence}"]
    lines.append(f"    {words['rules']}: {reading.formula} ({words['formulas']})")
    if operation is not None:
        restricted = operation.language is not None and operation.language != language
        only = words["only_nl"] if operation.language == "nl" else words["only_fr"]
        lines.append(f"    {words['target']}: {_target(operation.target, language)}"
                     f"{only if restricted else ''}")
        lines.append(f"    {words['operation']}: {operation.op}")
    for quote in reading.quotes:
        lines.append(f'    {words["quote"]}: "{quote}"')
    return lines


def _target(target: Target, language: str) -> str:
    """The target in the words of the act's language ("de wet van 16 mei 2001, artikel 10,
    eerste lid"; French: "loi du 2001-05-16, article 10, alinéa 1er")."""
    if language == "nl":
        from ..drafter_nl_words import described
        from ..drafter_words import DraftError

        try:
            return described(target)
        except DraftError:
            pass  # no Dutch words for it (a unit the Dutch drafter does not write)
    return f"{target.act.describe()}, {target.describe()}"


def _act(act: ActRef, language: str) -> str:
    """The act cited ("de ordonnantie van 2 mei 2013" / "ordonnance du 2013-05-02")."""
    if language == "nl":
        from ..model import Target

        return _target(Target(act=act), language).removesuffix(", l'acte")
    return act.describe()
