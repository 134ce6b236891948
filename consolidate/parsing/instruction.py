"""One amending instruction ("les mots ... sont remplacés par ...") → one typed operation."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..lang import fr
from ..model import (
    ActRef,
    AppendWords,
    InsertUnit,
    InsertWords,
    NewUnit,
    Operation,
    RepealUnit,
    RepealWords,
    ReplaceUnit,
    ReplaceWords,
    Source,
    SourceSpan,
    Step,
    Target,
)
from ..text import NUMBER_WORDS, parse_label
from .blocks import block_chunks, build_units, locate_block
from .designation import outside_quotes, parse_steps, unquote, unterminated_quote
from .source import SourceText

WORD_FORMULAS = (
    "replace_words", "insert_words_between", "insert_words_after", "insert_words_before",
    "repeal_words",
)
UNIT_FORMULAS = ("append_words", "replace_unit", "repeal_unit", "insert_unit_end")
UNIT_EXPECTED = (
    "est remplacé par ce qui suit : / est abrogé / est complété par les mots \"…\" / "
    "est complété par <units>, rédigé(s) comme suit :"
)
EXPECTED = (
    'les mots "X" sont remplacés par les mots "Y" / sont insérés entre ... / sont abrogés; '
    "<unit> est remplacé par ce qui suit : / est abrogé / est complété par ..."
)


@dataclass(frozen=True)
class Context:
    """What an instruction inherits: the designated act, article, path, language, and where
    it comes from (amending article and point)."""

    source: SourceText
    act: ActRef
    article: str
    path: tuple[Step, ...]
    language: str | None
    history: tuple[str, ...]
    amending_article: str
    point: str | None
    subject_given: bool = False

    def where(self) -> str:
        """'point 2.: ' (the prefix of error messages), or '' outside points."""
        return f"point {self.point}: " if self.point else ""


@dataclass(frozen=True)
class Instruction:
    """An instruction as read: the operation, the formula's name, the quotes it holds."""

    operation: Operation
    formula: str
    narrowing: str | None
    quotes: tuple[str, ...]


def read_instruction(context: Context, text: str, offset: int) -> Instruction:
    """Read ``text`` (at ``offset`` in the source) as one instruction. Raises ParseError."""
    source = context.source
    introducer = next(outside_quotes(text, fr.FORMULAS["block_introducer"]), None)
    head = text[: introducer.end()] if introducer else text
    unclosed = unterminated_quote(head)
    if unclosed is not None:
        raise source.error(
            f"{context.where()}unterminated quote: the quote opened here is never closed",
            offset + unclosed, "P002", context.amending_article,
        )
    language, path, narrowing = context.language, context.path, None
    position = 0
    if not context.subject_given:
        position, language, steps, narrowing = _narrowing(context, head, offset)
        path = path + steps
    span = source.span(offset, offset + len(text))
    common = _Common(context, path, language, span)
    for name in WORD_FORMULAS if not context.subject_given else ():
        match = fr.FORMULAS[name].match(head, position)
        if match is not None:
            return Instruction(_word_operation(name, match, common), name, narrowing,
                               _quotes(match))
    at = fr.FORMULAS["insert_unit_at"].match(head, position)
    if at is not None and not context.subject_given:
        units = _block_units(context, text, introducer, offset)
        operation = _insert_at(context, common, at, units, offset + position)
        return Instruction(operation, "insert_unit_at", narrowing, _unit_quotes(units))
    if not context.subject_given:
        subject = fr.FORMULAS["subject"].match(head, position)
        if subject is None:
            raise _unknown(context, head, offset + position)
        subject_steps = parse_steps(subject["subject"])
        if not any(fr.FORMULAS[name].match(head, subject.end()) for name in UNIT_FORMULAS):
            if subject_steps is None:
                raise _unknown(context, head, offset + position)
            raise source.error(
                f"{context.where()}no amending formula matches what follows "
                f"{subject['subject'].strip()!r} (expected {UNIT_EXPECTED})",
                offset + position, "P001", context.amending_article,
            )
        if subject_steps is None:
            raise source.error(
                f"{context.where()}cannot read the unit {subject['subject'].strip()!r} "
                "(expected e.g. \"l'alinéa 2\", \"le 4°\", \"le b)\", \"la phrase liminaire\")",
                offset + position, "P007", context.amending_article,
            )
        common = _Common(context, path + subject_steps, language, span)
        position = subject.end()
    for name in UNIT_FORMULAS:
        match = fr.FORMULAS[name].match(head, position)
        if match is None:
            continue
        if name in ("append_words", "repeal_unit"):
            if introducer is not None:
                break
            operation = _unit_operation(name, match, common)
            return Instruction(operation, name, narrowing, _quotes(match))
        if introducer is None:
            break
        units = _block_units(context, text, introducer, offset)
        operation = _block_operation(name, match, common, units, offset + position)
        return Instruction(operation, name, narrowing, _unit_quotes(units))
    raise _unknown(context, head, offset + position)


@dataclass(frozen=True)
class _Common:
    context: Context
    path: tuple[Step, ...]
    language: str | None
    span: SourceSpan

    def fields(self) -> dict[str, object]:
        context = self.context
        return {
            "source": Source(article=context.amending_article, point=context.point,
                             span=self.span),
            "target": Target(act=context.act, article=context.article, path=self.path),
            "language": "nl" if self.language == "néerlandais" else None,
            "history": context.history,
        }


def _unknown(context: Context, head: str, offset: int) -> Exception:
    return context.source.error(
        f"{context.where()}no amending formula matches this instruction (expected {EXPECTED})",
        offset, "P001", context.amending_article,
    )


def _narrowing(
    context: Context, head: str, offset: int
) -> tuple[int, str | None, tuple[Step, ...], str | None]:
    """A leading "dans <address>, ": (position after it, language, steps, formula name)."""
    match = fr.FORMULAS["narrowing"].match(head)
    if match is None:
        return 0, context.language, (), None
    language = match["language"] or context.language
    for end in outside_quotes(head, fr.NARROWING_END):
        if end.start() < match.end():
            continue
        address = head[match.end() : end.start()]
        if address.startswith("du "):
            address = "le " + address[3:]
        steps = () if not address.strip() and match["language"] else parse_steps(address)
        if steps is not None:
            return end.end(), language, steps, "narrowing"
    raise context.source.error(
        f"{context.where()}cannot read the address after 'dans' (expected e.g. "
        "\"dans l'alinéa 2, \", \"dans la phrase liminaire de l'alinéa 1er, \")",
        offset + match.end(), "P007", context.amending_article,
    )


def _quotes(match: re.Match[str]) -> tuple[str, ...]:
    names = ("old", "new", "after", "before")
    groups = match.groupdict()
    return tuple(unquote(groups[name]) for name in names if groups.get(name))


def _unit_quotes(units: tuple[NewUnit, ...]) -> tuple[str, ...]:
    return tuple(((unit.label + " ") if unit.label else "") + unit.text for unit in units)


def _word_operation(name: str, match: re.Match[str], common: _Common) -> Operation:
    fields = common.fields()
    groups = match.groupdict()
    every = any(groups.get(key) for key in ("every1", "every2", "every3"))
    if name == "replace_words":
        return ReplaceWords(old=unquote(match["old"]), new=unquote(match["new"]), every=every,
                            **fields)
    if name == "repeal_words":
        return RepealWords(old=unquote(match["old"]), every=every,
                           **fields)
    after = unquote(groups["after"]) if groups.get("after") else None
    before = unquote(groups["before"]) if groups.get("before") else None
    return InsertWords(new=unquote(match["new"]), after=after, before=before,
                       **fields)


def _unit_operation(name: str, match: re.Match[str], common: _Common) -> Operation:
    fields = common.fields()
    if name == "append_words":
        return AppendWords(new=unquote(match["new"]), **fields)
    return RepealUnit(**fields)


def _block_units(
    context: Context, text: str, introducer: re.Match[str] | None, offset: int
) -> tuple[NewUnit, ...]:
    assert introducer is not None
    block = locate_block(context.source, text[introducer.end() :], offset + introducer.end(),
                         context.amending_article, context.where())
    units = build_units([chunk for chunk, _ in block_chunks(block.content)])
    if not units:
        raise context.source.error(f"{context.where()}the quoted block is empty",
                                   block.offset, "P009", context.amending_article)
    return units


@dataclass(frozen=True)
class Announced:
    """What an insertion formula announces: a count, labels, or a single labelled unit."""

    count: int | None
    labels: tuple[str, ...]
    kind: str | None


def announced(units: str) -> Announced | None:
    """Read "le 3°", "un alinéa", "sept alinéas", "les 5° et 6°"; None if unreadable."""
    units = " ".join(units.split())
    if match := fr.NEW_UNITS_LABELLED.match(units):
        label = match["article_label"] or match["paragraph_label"] or match["item_label"]
        kind = "article" if match["article"] else "paragraph" if match["paragraph_label"] \
            else "point"
        return Announced(None, (label,), kind)
    if match := fr.NEW_UNITS_COUNTED.match(units):
        word = match["count"]
        count = int(word) if word.isdigit() else NUMBER_WORDS[word]
        kind = match["kind"].rstrip("s").replace("alinéa", "alinea").replace("phrase", "alinea")
        labels = tuple(re.split(r"\s*(?:,|et)\s*", match["labels"])) if match["labels"] else ()
        return Announced(count, labels, kind.replace("paragraphe", "paragraph"))
    if match := fr.NEW_UNITS_LIST.match(units):
        labels = tuple(re.split(r"\s*(?:,|\bet\b)\s*", match["labels"]))
        return Announced(len(labels), labels, "point")
    return None


def _check_announced(
    context: Context, spec: str, units: tuple[NewUnit, ...], offset: int
) -> Announced:
    reading = announced(spec)
    if reading is None:
        raise context.source.error(
            f"{context.where()}cannot read the units announced: {spec.strip()!r} (expected "
            "e.g. 'le 3°', 'un alinéa', 'sept alinéas', 'les 5° et 6°')",
            offset, "P001", context.amending_article,
        )
    if reading.count is not None and reading.count != len(units):
        raise context.source.error(
            f"{context.where()}count mismatch: the formula announces {reading.count} "
            f"unit(s) ({spec.strip()!r}) but the quoted block holds {len(units)}",
            offset, "P003", context.amending_article,
        )
    for label, unit in zip(reading.labels, units, strict=False):
        if unit.label is None or not _same_label(label, unit.label):
            raise context.source.error(
                f"{context.where()}the formula announces {label!r} but the quoted block "
                f"starts with {unit.label or 'an unlabelled alinéa'!r}",
                offset, "P009", context.amending_article,
            )
    return reading


def _same_label(left: str, right: str) -> bool:
    try:
        return parse_label(left).same(parse_label(right)) and left[-1] == right[-1]
    except ValueError:
        return left == right


def _block_operation(
    name: str, match: re.Match[str], common: _Common, units: tuple[NewUnit, ...], offset: int
) -> Operation:
    fields = common.fields()
    if name == "replace_unit":
        return ReplaceUnit(new=units, **fields)
    reading = _check_announced(common.context, match["units"], units, offset + match.start())
    count = reading.count if reading.count is not None and not reading.labels else None
    return InsertUnit(new=units, announced_count=count, **fields)


def _insert_at(
    context: Context, common: _Common, match: re.Match[str], units: tuple[NewUnit, ...],
    offset: int,
) -> Operation:
    reading = _check_announced(context, match["units"], units, offset)
    position = match["position"] or match["position2"]
    anchor_text = match["anchor"] or match["anchor2"]
    if match["between_a"]:
        position, anchor_text = "après", match["between_a"]
    if not position or not anchor_text:
        raise context.source.error(
            f"{context.where()}an insertion must say where (après / avant / entre)",
            offset, "P001", context.amending_article,
        )
    steps = parse_steps(anchor_text)
    if not steps or len(steps) != 1:
        raise context.source.error(
            f"{context.where()}cannot read the place of the insertion {anchor_text!r}",
            offset, "P007", context.amending_article,
        )
    count = reading.count if reading.count is not None and not reading.labels else None
    return InsertUnit(
        new=units, position="after" if position == "après" else "before", anchor=steps[0],
        announced_count=count, **common.fields(),
    )
