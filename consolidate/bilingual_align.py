"""Pieces of the bilingual check (:mod:`consolidate.bilingual`): language-neutral keys of
operations and the alignment of two lists of operations.

The keys leave out every word (quotes, titles, history recitals): an act is its family, its
date or its Code (Dutch names mapped to French ones), a label is its number ("1er" is "1"),
a sentence designated by its quoted text is "a sentence".
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from .lang import nl_words
from .model import ACT_FAMILIES, ActRef, NewUnit, Operation, Step, Target
from .text import LATIN_SUFFIXES, fold_text, parse_label

SKIP_EXPECTED = 0.5  # an operation restricted to the other language may stand alone
SKIP = 3.0  # an ordinary operation without counterpart
FIELDS = ("target", "op_kind", "unit_count", "details")
LATIN_NAMES: dict[int, str] = {}
for _name, _value in LATIN_SUFFIXES.items():  # the first spelling of each suffix
    LATIN_NAMES.setdefault(_value, _name)


def normal_label(label: str) -> str:
    """'1er' → '1', '10BIS' → '10bis', '2°' → '2°', '2/1°', 'a)', 'II' → 'ii' (the same
    label however each language writes it)."""
    try:
        parsed = parse_label(label)
    except ValueError:
        return " ".join(label.split()).casefold()
    if parsed.style == "dash":
        return "-"
    base = chr(ord("a") + parsed.number - 1) if parsed.style == "letter" else str(parsed.number)
    if parsed.latin:
        base += LATIN_NAMES.get(parsed.latin, f"+{parsed.latin}")
    if parsed.sub:
        base += f"/{parsed.sub}"
    suffix = {"degree": "°", "letter": ")", "paren": ")", "dot": "."}
    return base + suffix.get(parsed.style, "")


def act_key(ref: ActRef) -> str:
    """'loi 2001-05-16', 'code code penal' — the same for the French and the Dutch citation."""
    if ref.code is not None and ref.date is None:
        french = nl_words.CODES.get(ref.code, ref.code)
        return "code " + fold_text(french)
    canonical = nl_words.ACT_TYPES.get(ref.type, ref.type)
    family = ACT_FAMILIES.get(canonical, canonical)
    when = ref.date.isoformat() if ref.date else "?"
    return f"{family} {when}"


def _step_key(step: Step) -> str:
    if step.unit == "sentence" and not step.label.startswith("#"):
        return "sentence (quoted)"
    if step.unit in ("intro", "heading"):
        return step.unit
    label = step.label if step.label.startswith("#") else normal_label(step.label)
    text = f"{step.unit} {label}"
    if step.until is not None:
        text += f" to {normal_label(step.until)}"
    return text


def target_key(target: Target) -> str:
    """The designation without words: act, divisions, article (range), path."""
    parts = [act_key(target.act), *(_step_key(step) for step in target.divisions)]
    if target.article is not None:
        article = f"article {normal_label(target.article)}"
        if target.article_until is not None:
            article += f" to {normal_label(target.article_until)}"
        parts.append(article)
    parts.extend(_step_key(step) for step in target.path)
    return ", ".join(parts)


def _unit_shape(unit: NewUnit) -> str:
    label = f" {normal_label(unit.label)}" if unit.label else ""
    inner = ""
    if unit.children:
        inner = " [" + ", ".join(_unit_shape(child) for child in unit.children) + "]"
    return f"{unit.kind}{label}{inner}"


def units_key(op: Operation) -> str:
    """'2 units: alinea, alinea [point 1°, point 2°]' or '' for word operations."""
    new = getattr(op, "new", None)
    if not isinstance(new, tuple):
        return ""
    text = f"{len(new)} unit{'s' if len(new) != 1 else ''}: " + ", ".join(
        _unit_shape(unit) for unit in new)
    announced = getattr(op, "announced_count", None)
    if announced is not None and announced != len(new):  # "un alinéa" / "le 3°": the same
        text += f" (announced {announced})"
    return text


def details_key(op: Operation) -> str:
    """'every', 'position after alinea 1', 'new label 6' — structure beyond target and kind."""
    parts: list[str] = []
    if getattr(op, "every", False):
        parts.append("every occurrence")
    times = getattr(op, "times", None)
    if times:
        parts.append(f"{times} occurrences")
    excepted = getattr(op, "except_in", ())
    if excepted:  # "sauf à l'alinéa 3" / "behalve in het derde lid"
        parts.append("except in " + ", ".join(_step_key(step) for step in excepted))
    position = getattr(op, "position", None)
    if isinstance(position, str) and position != "end":
        anchor = getattr(op, "anchor", None)
        parts.append(f"position {position}" + (f" {_step_key(anchor)}" if anchor else ""))
    new_label = getattr(op, "new_label", None)
    if isinstance(new_label, str):
        parts.append(f"new label {normal_label(new_label)}")
    if op.op == "replace_punctuation":
        # "le point final" / "het punt aan het einde": the mark is the same in both texts
        parts.append(f"final mark {getattr(op, 'old', '')!r}")
    return "; ".join(parts)


def operation_fields(op: Operation) -> dict[str, str]:
    """The compared keys of an operation, and a short summary for messages."""
    fields = {
        "target": target_key(op.target),
        "op_kind": op.op,
        "unit_count": units_key(op) or "-",
        "details": details_key(op) or "-",
    }
    summary = f"{op.op} on {fields['target']}"
    if fields["unit_count"] != "-":
        summary += f" ({fields['unit_count']})"
    fields["summary"] = summary
    return fields


def match_cost(first: dict[str, str], second: dict[str, str]) -> float:
    """How many compared keys (of :func:`operation_fields`) differ (0: the same operation)."""
    return float(sum(first[name] != second[name] for name in FIELDS))


def align(
    first: Sequence[Operation],
    second: Sequence[Operation],
    expected_first: Callable[[Operation], bool],
    expected_second: Callable[[Operation], bool],
) -> list[tuple[Operation | None, Operation | None]]:
    """Pair two lists of operations in order (least total cost; an edit alignment).

    Matching costs the number of differing keys; leaving an operation alone costs
    :data:`SKIP`, or :data:`SKIP_EXPECTED` when it is expected alone (``expected_*``).
    """
    n, m = len(first), len(second)
    skip_a = [SKIP_EXPECTED if expected_first(op) else SKIP for op in first]
    skip_b = [SKIP_EXPECTED if expected_second(op) else SKIP for op in second]
    keys_a = [operation_fields(op) for op in first]
    keys_b = [operation_fields(op) for op in second]
    match = [[match_cost(a, b) for b in keys_b] for a in keys_a]
    cost = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        cost[i][0] = cost[i - 1][0] + skip_a[i - 1]
    for j in range(1, m + 1):
        cost[0][j] = cost[0][j - 1] + skip_b[j - 1]
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            cost[i][j] = min(
                cost[i - 1][j - 1] + match[i - 1][j - 1],
                cost[i - 1][j] + skip_a[i - 1],
                cost[i][j - 1] + skip_b[j - 1],
            )
    pairs: list[tuple[Operation | None, Operation | None]] = []
    i, j = n, m
    while i > 0 or j > 0:
        if i > 0 and j > 0 and cost[i][j] == cost[i - 1][j - 1] + match[i - 1][j - 1]:
            pairs.append((first[i - 1], second[j - 1]))
            i, j = i - 1, j - 1
        elif i > 0 and cost[i][j] == cost[i - 1][j] + skip_a[i - 1]:
            pairs.append((first[i - 1], None))
            i -= 1
        else:
            pairs.append((None, second[j - 1]))
            j -= 1
    pairs.reverse()
    return pairs
