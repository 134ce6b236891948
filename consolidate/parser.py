"""Amending text → :class:`~consolidate.model.AmendingAct` (semantics §2–§3).

``parse_text`` is what :func:`consolidate.api.parse` calls; ``read_text`` also returns the
parse trace (which formula read which sentence) that ``consolidate explain`` shows. Every
failure is a :class:`~consolidate.errors.ParseError` with a stable code (docs/formulas.md),
the article, and the line and column with a caret; nothing is dropped silently.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .errors import ParseError
from .lang import fr, scan
from .lang.lexicon import Lexicon
from .model import (
    ActRef,
    AmendingAct,
    AmendingActInfo,
    InsertUnit,
    Operation,
    Problem,
    Step,
    Target,
)
from .parsing.articles import OTHER_LANGUAGE, ArticleReader
from .parsing.authors import read_authorship
from .parsing.became import told_renumberings
from .parsing.reading import ArticleReading, Reading
from .parsing.source import (
    ArticleText,
    SourceText,
    act_info,
    normalise,
    read_front_matter,
    split_articles,
)
from .records import replace
from .sharing import Sharer, share_fields

__all__ = ["Reading", "parse_text", "read_text"]


#: "**Artikel 1.**" (a Dutch act's first heading), rewritten "**Art.    1.**" — same length, so
#: every line and column stays — for the article splitter, which reads "Article" / "Art."
_DUTCH_HEADING = scan.compile(r"^([ \t]*(?:\*\*)?)Artikel(?=[ \t]*\d)", re.MULTILINE)


def lexicon_of(language: str) -> Lexicon:
    """The lexicon of a language: French (``lang/fr.py``) or Dutch (``lang/nl.py``)."""
    if language == "nl":
        from .lang import nl

        return nl.LEXICON
    return fr.LEXICON


def read_text(text: str, source: str = "<text>", *, keep_going: bool = False,
              language: str = "fr", trace: bool = True) -> Reading:
    """Parse ``text`` and keep the trace of how each article was read.

    By default the first unreadable article raises its :class:`ParseError`; with
    ``keep_going`` each one becomes a :class:`~consolidate.model.Problem` of the act and
    the reading goes on with the next article. ``language`` picks the lexicon; the
    operations of a Dutch act amend the Dutch text (``language="nl"``) unless it says
    "in de Franse tekst" (``"fr"``). Without ``trace`` (:func:`parse_text`: the act only)
    the readings keep only what the act is made from, not the sentences and formulas of
    each instruction (a large act's memory)."""
    shown = normalise(text)
    if language == "nl":
        text = _DUTCH_HEADING.sub(lambda match: match[1] + "Art.   ", text)
    raw = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    indexed = SourceText.of(normalise(text), source, language, shown, raw)
    info, body_start = act_info(indexed)
    if language == "nl":
        info = _dutch_act_type(info)
    readings: list[ArticleReading] = []
    problems: list[Problem] = []
    last_act: ActRef | None = None
    warnings: list[ParseError] = []
    headings = split_articles(indexed, body_start, warnings)
    info = _with_author(indexed, info, body_start, headings[0].start if headings else body_start,
                        warnings)
    for warning in warnings:
        problems.append(problem_of(warning, source, warning.article, "warning"))
    reader = ArticleReader(lexicon_of(language))
    # the division headings before the first article ("CHAPITRE PREMIER. - Modifications du
    # décret du 24 juillet 1997 …") name the act its "A l'article 5" amends
    first_act = reader.acts_before(indexed, body_start, headings[0].start) if headings else None
    order: list[tuple[ArticleReading | None, ParseError | None]] = [(None, None)] * len(headings)
    sharer = Sharer()  # each article's equal parts one object, as soon as it is read

    def read_one(index: int, act: ActRef | None) -> ActRef | None:
        heading = headings[index]
        try:
            reading, after = reader.read(indexed, heading, act, info.publication, info.date)
        except ParseError as error:
            error = _repealed_later(error, raw, heading)
            if not keep_going:
                raise error from None
            order[index] = (None, error)
            return reader.cited_last(indexed, heading, act)
        if reading.failed and not keep_going:
            raise _repealed_later(reading.failed[0], raw, heading) from None
        sharer.share(reading.article)
        if not trace and language == "fr":  # (another language's needs them: _own_text)
            reading = replace(reading, designation=(), lead_in=None, operations=tuple(
                item for item in reading.operations if item.operation is None))
        order[index] = (reading, None)
        return reader.heading_act(indexed, heading, after)

    # a Justel page may show an article out of the act's order (a modified article first or
    # last, "Art. 32/1" inserted later): its "de la même loi" means the act cited by the
    # article before it in the act, so the articles in order are read first
    displaced = _displaced([heading.number for heading in headings])
    acts_after: dict[str, ActRef | None] = {}
    last_act = first_act
    for index, heading in enumerate(headings):
        if index not in displaced:
            last_act = read_one(index, last_act)
            acts_after[heading.number] = last_act
    for index in sorted(displaced):
        key = _number_key(headings[index].number)
        earlier = [number for number in acts_after if _number_key(number) < key]
        read_one(index, acts_after[max(earlier, key=_number_key)] if earlier else first_act)
    for heading, (reading, error) in zip(headings, order, strict=True):
        problem = problem_of(error, source, heading.number) if error is not None else None
        if problem is not None:
            problems.append(problem)
            continue
        assert reading is not None
        readings.append(reading)
        # the points that could not be read, the article's others being read
        problems.extend(problem_of(failed, source, heading.number) for failed in reading.failed)
        problems.extend(problem_of(note, source, reading.article.number, "warning")
                        for note in reading.warnings)
        for other in reading.operations:
            if other.operation is None and other.formula.startswith(OTHER_LANGUAGE):
                line, column = indexed.line_column(
                    indexed.line_starts[reading.article.span.line - 1])
                message = (
                    f"article {reading.article.number}"
                    + (f", point {other.point}" if other.point else "")
                    + f": concerns only the {other.formula.removeprefix(OTHER_LANGUAGE)!r} text "
                    f"(\"{other.sentence}\"): its operation is written in that language's text "
                    "of the act")
                if language == "nl":
                    from .lang.nl_messages import dutch

                    message = dutch(message)
                problems.append(Problem(
                    code="P013", severity="warning", article=reading.article.number,
                    source=source, line=line, column=column, message=message))
    if language != "fr":
        readings = [_own_text(reading, language) for reading in readings]
        for reading in readings:
            sharer.share(reading.article)
    # ", qui devient le § 4,": the renumbering the act makes or recalls (parsing/became.py)
    readings, refused, noted = told_renumberings(lexicon_of(language), indexed, readings,
                                                 keep_going)
    problems.extend(problem_of(error, source, error.article) for error in refused)
    problems.extend(problem_of(note, source, note.article, "warning") for note in noted)
    act = share_fields(AmendingAct(act=info, articles=tuple(r.article for r in readings),
                                   problems=tuple(problems)))
    return Reading(act, tuple(readings))


#: what Justel shows of an article of the act repealed later: "<Abrogé par L [2024-03-28/60](…),
#: art. 168, 002; En vigueur : 08-04-2024>"
_REPEALED = scan.compile(r"<\s*(?:Abrogé|Opgeheven)\s+(?:par|door)\s+(?P<ref>[^>\n]*)>")


def _repealed_later(error: ParseError, raw: str, heading: ArticleText) -> ParseError:
    """An empty article (P008) whose page shows only Justel's "<Abrogé par L …>": the article
    of the act was repealed later and Justel no longer shows its text — said so (still P008:
    there is nothing to read)."""
    if error.code != "P008":
        return error
    found = _REPEALED.search(raw, heading.body_start, heading.end)
    if found is None:
        return error
    reference = re.sub(r"\]\([^)]*\)", "", found["ref"]).replace("[", "").strip(" ;")
    return ParseError(
        f"article {heading.number}: the article was repealed later ({reference}): Justel shows "
        "no text for it, there is nothing to read", code="P008", article=heading.number,
        location=error.location)


def _displaced(numbers: list[str]) -> set[int]:
    """The indexes of the articles out of the act's order: those outside a longest run of
    increasing numbers (the page's order is kept where it is the act's).

    The run is the one the quadratic definition picks — each article follows the first
    article before it that ends a longest run smaller than it; the run ends at the first
    article ending a longest run — found in O(n log n) (patience sorting): 60,000 articles
    took hours the quadratic way.
    """
    keys = [_number_key(number) for number in numbers]
    tails: list[tuple[int, str]] = []  # tails[n]: the smallest key ending a run of n + 1
    piles: list[list[int]] = []  # piles[n]: the articles ending a run of n + 1, in order
    before: list[int] = [-1] * len(keys)
    for index, key in enumerate(keys):
        length = bisect_left(tails, key)  # the longest run before it with smaller keys
        if length:
            # along a pile the keys never increase: the first smaller key is found by halves
            pile = piles[length - 1]
            low, high = 0, len(pile) - 1
            while low < high:
                middle = (low + high) // 2
                if keys[pile[middle]] < key:
                    high = middle
                else:
                    low = middle + 1
            before[index] = pile[low]
        if length == len(tails):
            tails.append(key)
            piles.append([index])
        else:
            tails[length] = key
            piles[length].append(index)
    kept: set[int] = set()
    index = piles[-1][0] if piles else -1
    while index != -1:
        kept.add(index)
        index = before[index]
    return set(range(len(keys))) - kept


def _number_key(number: str) -> tuple[int, str]:
    """The order of an article number of the act ("9" < "10" < "10bis" < "10/1")."""
    digits = re.match(r"\d+(?:er)?", number)
    if digits is None:
        return (0, number)
    return (int(digits.group(0).removesuffix("er")), number[digits.end():])


def _with_author(source: SourceText, info: AmendingActInfo, body_start: int, first: int,
                 warnings: list[ParseError]) -> AmendingActInfo:
    """The act's author (:mod:`consolidate.parsing.authors`): front matter, title, enacting
    formula; told differently in two places, none is kept and a warning (P019) says so."""
    fields, _ = read_front_matter(source)
    department = fields.get("department", ("", 0))[0]
    told = read_authorship(info.type, info.title, department, source.text[body_start:first],
                           source.language)
    if told.conflict is not None:
        warnings.append(source.error(told.conflict, body_start, "P019"))
    return info.model_copy(update={"author": told.author}) if told.author else info


def _dutch_act_type(info: AmendingActInfo) -> AmendingActInfo:
    """The act's type from its Dutch title ("Ordonnantie tot wijziging …" → ordonnance): the
    front matter reader knows the French types only."""
    from .lang import nl

    title = " ".join(info.title.split()).casefold()
    for written in sorted(nl.LEXICON.act_types, key=len, reverse=True):
        if title.startswith(written.casefold() + " ") or title == written.casefold():
            return info.model_copy(update={"type": nl.LEXICON.act_types[written]})
    return info


def _rank_step(step: Step) -> Step:
    """"het tweede lid" is how Dutch numbers an alinéa: "#2" (by rank) → "2", as "alinéa 2"."""
    if step.unit == "alinea" and re.fullmatch(r"#\d+", step.label):
        return step.model_copy(update={"label": step.label[1:]})
    return step


def _ranked(target: Target) -> Target:
    return target.model_copy(update={"path": tuple(_rank_step(s) for s in target.path)})


def _own_text(reading: ArticleReading, language: str) -> ArticleReading:
    """The operations of an act not in French amend the text of its language (the grammar
    leaves the act's own language as None, and keeps a restriction to another text as read:
    "in de Franse tekst" is ``language="fr"``)."""
    changed: dict[int, Operation] = {}
    operations = []
    for item in reading.operations:
        op = item.operation
        if op is not None:
            own = op.language or language
            new = op.model_copy(update={"language": own, "target": _ranked(op.target)})
            if isinstance(new, InsertUnit) and new.anchor is not None:
                new = new.model_copy(update={"anchor": _rank_step(new.anchor)})
            changed[id(op)] = new
            item = replace(item, operation=new)
        operations.append(item)
    article = reading.article.model_copy(update={"operations": tuple(
        changed.get(id(op), op) for op in reading.article.operations)})
    return replace(reading, article=article, operations=tuple(operations))


def problem_of(
    error: ParseError, source: str, article: str | None, severity: str = "error"
) -> Problem:
    """The :class:`Problem` that records ``error`` (its code, message and place)."""
    location = error.location
    return Problem(
        code=error.code, severity="warning" if severity == "warning" else "error",
        message=error.message, article=error.article or article,
        source=location.source if location else source,
        line=location.line if location else 0, column=location.column if location else 0,
        entry_into_force=error.entry_into_force,
    )


def parse_text(text: str, source: str = "<text>", *, keep_going: bool = False,
               language: str = "fr") -> AmendingAct:
    """Parse an amending act (seed Markdown with front matter, or plain text with a Moniteur
    title line and ``Art. N.`` headings) in ``language``. Raises
    :class:`~consolidate.errors.ParseError`, or, with ``keep_going``, records every
    unreadable article in ``act.problems``."""
    return read_text(text, source, keep_going=keep_going, language=language, trace=False).act
