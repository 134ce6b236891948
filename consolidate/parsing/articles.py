"""Articles: their kind, their designation, their lead-in and points, their operations.

Kinds (docs/formulas.md): an article is *constitutional_basis* or *entry_into_force* when its
text is that formula; it is *amending* when it opens with a designation — "Dans / À l'article
N … de <act>" (always), or "L'article N … de <act>" whose verb (est / sont …) is an amending
participle, typos included (edit distance ≤ 2), so that a misspelt verb is an error, not a
rule. Anything else is *transitional* — unless it contains amending vocabulary ("les mots
"…"", "sont remplacés par", "rédigé comme suit", ...): then the designation is garbled, P001.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from ..lang import fr
from ..model import ActRef, AmendingArticle, EntryIntoForce, Step
from .designation import (
    ActReading,
    cited_acts,
    designation_step,
    outside_quotes,
    read_act,
    read_history,
    unterminated_quote,
)
from .instruction import Context, Instruction, read_instruction
from .reading import ArticleReading, OperationReading
from .source import ArticleText, SourceText, article_body, french_date


def read_article(
    source: SourceText, heading: ArticleText, last_act: ActRef | None,
    publication: dt.date | None = None,
) -> tuple[ArticleReading, ActRef | None]:
    """Read one article; return its reading and the act cited last after it.

    ``publication`` (the act's publication date, if known) dates "le jour de sa publication"
    and "le dixième jour qui suit sa publication"."""
    start, end = article_body(source, heading)
    number = heading.number
    if start >= end:
        raise source.error(f"article {number} is empty", heading.body_start, "P008", number)
    text = source.text[start:end]
    span = source.span(heading.start, end)
    base = {"number": number, "text": text, "span": span}
    if fr.FORMULAS["constitutional_basis"].match(text):
        article = AmendingArticle(kind="constitutional_basis", **base)
        return ArticleReading(article, "constitutional_basis"), last_act
    if match := fr.FORMULAS["entry_into_force"].match(text):
        date = french_date(" ".join(match["date"].split())) if match["date"] else None
        if publication is not None and (match["publication"] or match["tenth"]):
            date = publication + dt.timedelta(days=10 if match["tenth"] else 0)
        if match["date"] and date is None:
            raise source.error(f"impossible date {match['date']!r}", start + match.start("date"),
                               "P007", number)
        advance = fr.FORMULAS["king_may_advance"].search(text) is not None
        entry = EntryIntoForce(date=date, king_may_advance=advance)
        article = AmendingArticle(kind="entry_into_force", entry_into_force=(entry,),
                                  **base)
        return ArticleReading(article, "entry_into_force"), last_act
    designated = _designation(source, text, start, number, last_act)
    if designated is None:
        if fr.KIND_NEAR_MISS.search(text):
            raise source.error(
                "this article reads like a constitutional basis or an entry into force but "
                "matches neither formula (expected \"La présente loi règle une matière visée à "
                "l'article 74 de la Constitution.\" or \"La présente loi entre en vigueur le "
                "<date>.\")", start, "P001", number,
            )
        if fr.AMENDING_HINTS.search(text):
            raise source.error(
                "this article reads like an amending instruction but does not open with a "
                "designation (expected \"Dans l'article N de <act>, …\" or \"L'article N de "
                "<act> est …\")", start, "P001", number,
            )
        acts = cited_acts(text)
        article = AmendingArticle(kind="transitional", **base)
        return ArticleReading(article, "transitional"), acts[-1] if acts else last_act
    return _amending(source, designated, text, start, number, base)


class _Designation:
    """A designation as read: form, article, steps, act, history, language, and its end."""

    def __init__(self, form: str, match: re.Match[str], steps: tuple[Step, ...],
                 act: ActReading, history: tuple[str, ...], end: int) -> None:
        self.form = form
        self.article = match["article"]
        self.language = match.groupdict().get("language")
        self.steps = steps
        self.act = act
        self.history = history
        self.end = end


def _designation(
    source: SourceText, text: str, offset: int, number: str, last_act: ActRef | None
) -> _Designation | None:
    form = "designation_in"
    match = fr.FORMULAS[form].match(text)
    if match is None:
        form = "designation_subject"
        match = fr.FORMULAS[form].match(text)
    if match is None:
        return None
    position = match.end()
    steps: list[Step] = []
    while step := fr.FORMULAS["designation_step"].match(text, position):
        steps.append(designation_step(step["step"]))
        position = step.end()
    act = read_act(text, position, last_act)
    if form == "designation_subject" and not isinstance(act, ActReading):
        return None  # "L'article 5 reste applicable ..." without an act: not a designation
    if act == "same-without-antecedent":
        raise source.error(
            "\"de la même loi\" but no act is cited before it", offset + position, "P004", number
        )
    if not isinstance(act, ActReading):
        raise source.error(
            "expected the act after the article: \"de la loi du <date> …\" or \"de la même loi\""
            + (" (the date is impossible)" if act == "bad-date" else ""),
            offset + position, "P007", number,
        )
    history, position = read_history(text, act.end)
    if form == "designation_subject" and not history and not _amending_verb(text, position) \
            and not fr.HISTORY_LIKE.search(text, position):
        return None
    return _Designation(form, match, tuple(steps), act, history, position)


def _amending_verb(text: str, position: int) -> bool:
    """Whether the verb of "L'article N … est/sont <verb>" is an amending participle (typos
    included); if the designation is garbled, any such verb after it counts."""
    match = fr.SUBJECT_VERB.match(text, position)
    verbs = [match] if match else list(fr.ANY_VERB.finditer(text, position))
    return any(_is_amending_participle(verb["verb"]) for verb in verbs)


def _is_amending_participle(word: str) -> bool:
    verb = re.sub(r"(?:es|e|s)$", "", word)
    return any(_distance(verb, participle) <= 2 for participle in fr.AMENDING_PARTICIPLES)


def _distance(left: str, right: str) -> int:
    """Levenshtein distance (small words only)."""
    previous = list(range(len(right) + 1))
    for i, char in enumerate(left, 1):
        current = [i]
        for j, other in enumerate(right, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1,
                               previous[j - 1] + (char != other)))
        previous = current
    return previous[-1]


def _amending(
    source: SourceText, designated: _Designation, text: str, offset: int, number: str,
    base: dict[str, object],
) -> tuple[ArticleReading, ActRef | None]:
    context = Context(
        source=source, act=designated.act.act, article=designated.article,
        path=designated.steps, language=designated.language, history=designated.history,
        amending_article=number, point=None,
    )
    formulas = (designated.form, designated.act.formula,
                *(("history",) if designated.history else ()))
    position = designated.end
    lead_in = None
    readings: list[OperationReading] = []
    if designated.form == "designation_subject":
        rest = re.compile(r"\s*,?\s*").match(text, position)
        assert rest is not None
        context = dataclasses.replace(context, subject_given=True)
        readings.append(_read(context, text[rest.end():], offset + rest.end(), None, text))
    elif lead := fr.FORMULAS["lead_in"].match(text, position):
        lead_in = " ".join(text[: lead.end()].split())
        formulas = (*formulas, "lead_in")
        for label, start, end in split_points(source, text, lead.end(), offset, number):
            point = dataclasses.replace(context, point=label)
            readings.append(_read(point, text[start:end], offset + start, label))
    else:
        comma = re.compile(r"\s*,\s*").match(text, position)
        if comma is None:
            raise source.error(
                "expected ', les modifications suivantes sont apportées :' or ', <instruction>' "
                "after the designation", offset + position, "P001", number,
            )
        readings.append(_read(context, text[comma.end():], offset + comma.end(), None, text))
    operations = tuple(reading.operation for reading in readings if reading.operation)
    article = AmendingArticle(kind="amending", operations=operations,
                              **base)
    reading = ArticleReading(article, "amending", formulas, lead_in, tuple(readings))
    return reading, designated.act.act


def _read(
    context: Context, text: str, offset: int, point: str | None, sentence: str | None = None
) -> OperationReading:
    instruction: Instruction = read_instruction(context, text, offset)
    return OperationReading(point, " ".join((sentence or text).split()), instruction.formula,
                            instruction.narrowing, instruction.quotes, instruction.operation)


# --- points -------------------------------------------------------------------------------------


def next_label(label: str) -> str:
    """The label after ``label``: a) → b), 1. → 2., 1° → 2°."""
    if label[0].isdigit():
        digits = label.rstrip(".°")
        return f"{int(digits) + 1}{label[len(digits):]}"
    return chr(ord(label[0]) + 1) + label[1:]


def _complete(body: str) -> bool:
    """Whether a point's text can end here: it ends with ';' or '.', and its quotes (or its
    quoted block) are closed."""
    stripped = body.rstrip()
    if not stripped.endswith((";", ".")):
        return False
    introducer = next(outside_quotes(stripped, fr.FORMULAS["block_introducer"]), None)
    if introducer is None:
        return unterminated_quote(stripped) is None
    block = stripped[introducer.end():].rstrip(" \t\n.;")
    return len(block) >= 2 and block[-1] in "\"»”"


def split_points(
    source: SourceText, text: str, start: int, offset: int, number: str
) -> list[tuple[str, int, int]]:
    """The points after a lead-in: (label, start, end) in ``text``, labels in sequence."""
    candidates = [m for m in fr.POINT_LABEL.finditer(text, start)]
    if not candidates or text[start : candidates[0].start()].strip():
        raise source.error(
            "the lead-in announces modifications but no point labelled 'a)', '1.' or '1°' "
            "follows", offset + start, "P001", number,
        )
    first = candidates[0]
    if first["label"] not in ("a)", "1.", "1°"):
        raise source.error(
            f"the first point is labelled {first['label']!r}; expected 'a)', '1.' or '1°'",
            offset + first.start("label"), "P006", number,
        )
    points: list[tuple[str, int, int]] = []
    label, body_start = first["label"], first.end()
    for candidate in candidates[1:]:
        if candidate["label"] == next_label(label) and _complete(
            text[body_start : candidate.start()]
        ):
            points.append((label, body_start, candidate.start()))
            label, body_start = candidate["label"], candidate.end()
    points.append((label, body_start, len(text)))
    _check_swallowed(source, text, points, offset, number)
    return [(label, begin, len(text[:end].rstrip())) for label, begin, end in points]


def _check_swallowed(
    source: SourceText, text: str, points: list[tuple[str, int, int]], offset: int, number: str
) -> None:
    """A point whose quoted block holds what reads like the next point: the block's quote was
    never closed (P002), rather than new text that happens to start with that label."""
    style = points[0][0][-1]
    for label, begin, end in points:
        following = next_label(label)
        for candidate in fr.POINT_LIKE.finditer(text, begin, end):
            if candidate["label"][-1] != style:
                continue
            if candidate["label"] == following:
                quote = min((text.find(mark, begin, end) for mark in "\"«“"
                             if text.find(mark, begin, end) != -1), default=begin)
                raise source.error(
                    f"point {label}: unterminated quote: the quoted text opened here runs into "
                    f"what reads like point {following}", offset + quote, "P002", number,
                )
            raise source.error(
                f"point {label}: what reads like point {candidate['label']} follows, but point "
                f"{following} is missing", offset + candidate.start("label"), "P006", number,
            )
