"""The corpus report: per act, what the text holds and what the parser and ``verify`` make of it.

For each act (see :mod:`.discover`): its articles and amending instructions as counted by
:mod:`.counting` (independently of the parser); what ``consolidate.parse(path,
keep_going=True)`` reads (operations, articles it could not read with their codes, refusals
``unsupported``); *silent* articles — amending vocabulary but classified as not amending
(must be 0); ``verify`` against the bases present; the time it took. :func:`run_task` makes
the rows of one task; :func:`totals` adds them up.
"""

from __future__ import annotations

import time
from pathlib import Path

from pydantic import Field

from ..errors import ConsolidateError
from ..lang import scan
from ..model import AmendingAct, Frozen
from ..text import parse_label
from .counting import ArticleCount, count_articles
from .discover import ActFile, Task

NOT_AMENDING = frozenset({
    "constitutional_basis", "entry_into_force", "execution", "transitional", "autonomous",
    "annex",
})
_CODE = scan.regex(r"^\[?([A-Z]\d{3})\]?")


class ActRow(Frozen):
    """One act of the corpus report."""

    act: str = Field(description="Name of the act (NUMAC or folder/file).")
    path: str
    articles: int = Field(description="Article headings in the text.")
    instructions: int = Field(description="Amending instructions counted by their verbs.")
    operations: int = Field(description="Operations the parser read.")
    read: int = Field(description="Instructions read: per article, min(instructions - points "
                                  "not read, operations).")
    unread_articles: int = Field(description="Articles, or points of an article, the parser "
                                             "could not read (error problems).")
    refusals: dict[str, int] = Field(description="Problems and unsupported articles by code.")
    silent: tuple[str, ...] = Field(
        description="Articles with amending verbs classified as not amending (must be none)."
    )
    undated: tuple[str, ...] = Field(
        default=(), description="Amending articles whose date in force is not known because "
        "the act's entry-into-force article was not read (mode 'unknown', docs/time.md).",
    )
    verify: dict[str, int] = Field(
        default_factory=dict, description="verify counts against the bases present."
    )
    verify_reasons: dict[str, int] = Field(default_factory=dict)
    disagreements: tuple[str, ...] = Field(
        default=(), description="Each disagreement: base, source, target, message."
    )
    bases: tuple[str, ...] = ()
    base_warnings: int = Field(default=0, description="Lines of the bases read leniently.")
    error: str | None = Field(default=None, description="The act could not be read at all.")
    exceptions: tuple[str, ...] = Field(
        default=(), description="Exceptions that are not library errors (bugs): must be none."
    )
    seconds: float = Field(description="Time to parse and verify the act.")


def _key(label: str) -> tuple[int, ...] | str:
    try:
        return parse_label(label.strip()).key()
    except ValueError:
        return label.strip().lower()


def _refusals(act: AmendingAct) -> dict[str, int]:
    out: dict[str, int] = {}
    for problem in act.problems:
        if problem.severity == "error":
            out[problem.code] = out.get(problem.code, 0) + 1
    for article in act.articles:
        if article.kind == "unsupported":
            match = _CODE.match(article.refusal or "")
            code = match[1] if match else "unsupported"
            out[code] = out.get(code, 0) + 1
    return dict(sorted(out.items()))


def _read_counts(counted: list[ArticleCount], act: AmendingAct) -> tuple[int, tuple[str, ...]]:
    """Instructions read (per article: its operations, at most its instructions less its
    points that could not be read) and the silent articles."""
    wanted: dict[object, int] = {}
    for counted_article in counted:
        key = _key(counted_article.number)
        wanted[key] = wanted.get(key, 0) + counted_article.instructions
    # a point the parser could not read (an error problem of an article it kept) is one
    # instruction not read, whatever the other points of the article gave
    failed: dict[object, int] = {}
    for problem in act.problems:
        if problem.severity == "error" and problem.article is not None:
            key = _key(problem.article)
            failed[key] = failed.get(key, 0) + 1
    read = 0
    silent: list[str] = []
    for article in act.articles:
        key = _key(article.number)
        count = wanted.pop(key, 0)
        read += max(0, min(count - failed.get(key, 0), len(article.operations)))
        if count and article.kind in NOT_AMENDING:
            silent.append(f"{article.number} ({article.kind})")
    return read, tuple(silent)


def act_row(act_file: ActFile, bases: dict[str, object]) -> ActRow:
    """The row of one act; ``bases`` maps base names to loaded documents (or their error)."""
    from .. import api
    from ..document import Document
    from ..timeline import provision_times
    from ..verification import verify

    start = time.perf_counter()
    text = act_file.path.read_text(encoding="utf-8", errors="replace")
    counted = count_articles(text)
    instructions = sum(article.instructions for article in counted)
    common = {"act": act_file.name, "path": str(act_file.path), "articles": len(counted),
              "instructions": instructions, "bases": act_file.bases}
    try:
        act = api.parse(act_file.path, keep_going=True)
    except ConsolidateError as error:
        return ActRow(**common, operations=0, read=0, unread_articles=len(counted),
                      refusals={error.code: 1}, silent=(), error=error.message.split("\n")[0],
                      seconds=round(time.perf_counter() - start, 3))
    except Exception as error:  # a bug of the library: counted, never hidden
        return ActRow(**common, operations=0, read=0, unread_articles=len(counted),
                      refusals={}, silent=(), error="internal error",
                      exceptions=(f"parse: {type(error).__name__}: {error}",),
                      seconds=round(time.perf_counter() - start, 3))
    read, silent = _read_counts(counted, act)
    undated = tuple(t.article for t in provision_times(act) if t.unread is not None)
    counts = {"agrees": 0, "disagrees": 0, "not_checkable": 0}
    reasons: dict[str, int] = {}
    disagreements: list[str] = []
    exceptions: list[str] = []
    for name in act_file.bases:
        document = bases.get(name)
        if not isinstance(document, Document):
            reasons["base_unreadable"] = reasons.get("base_unreadable", 0) + 1
            continue
        try:
            report = verify(act, document,
                            reference=act.act.justel_reference or act_file.reference)
        except Exception as error:  # a bug of the library: counted, never hidden
            exceptions.append(f"verify {name}: {type(error).__name__}: {error}")
            continue
        for status, count in report.counts.items():
            counts[status] += count
        for reason, count in report.reasons.items():
            reasons[reason] = reasons.get(reason, 0) + count
        disagreements.extend(
            f"{name}: {c.source.describe()} {c.op} {c.target}: {c.message}"
            for c in report.checks if c.status == "disagrees")
    return ActRow(
        **common, operations=len(act.operations()), read=read,
        unread_articles=sum(1 for p in act.problems if p.severity == "error"),
        refusals=_refusals(act), silent=silent, undated=undated, verify=counts,
        verify_reasons=dict(sorted(reasons.items())), disagreements=tuple(disagreements),
        exceptions=tuple(exceptions),
        base_warnings=sum(len(d.warnings) for n in act_file.bases
                          if isinstance(d := bases.get(n), Document)),
        seconds=round(time.perf_counter() - start, 3),
    )


def load_bases(task: Task) -> dict[str, object]:
    """The task's bases, read leniently (a base that cannot be read is its error text)."""
    from .. import api

    out: dict[str, object] = {}
    for name, path in task.bases.items():
        try:
            out[name] = api.load(Path(path), lenient=True)
        except ConsolidateError as error:
            out[name] = error.message
    return out


def run_task(task: Task) -> list[ActRow]:
    """The rows of one task: its bases read once, its acts in order."""
    bases = load_bases(task)
    return [act_row(act, bases) for act in task.acts]
