"""Words replaced or repealed across the act, a division or a range of articles.

"Dans le Code pénal, le mot "francs" est chaque fois remplacé par le mot "euros"", "Dans les
articles 5 à 8 de la même loi, les mots "X" sont remplacés par les mots "Y"": the words are
looked up in every live article of the scope; each article where they occur is edited as
:mod:`.words` edits one article, and gets its own footnote (Justel notes every amended
article). Nowhere: :class:`~consolidate.errors.TextNotFound`; more than once without "chaque
fois": :class:`~consolidate.errors.AmbiguousTarget` naming where. Only ``replace_words`` and
``repeal_words`` reach that far; inserting or appending words needs the article.
"""

from __future__ import annotations

from lxml import etree

from ..document import akn, is_removed, label_text
from ..errors import AmbiguousTarget, TextNotFound, UnsupportedOperation
from ..model import RepealWords, ReplaceWords
from ..text import normalize_quoted
from . import Job, Prepared
from . import words as one


def prepare(job: Job) -> Prepared:
    """Replace or repeal words in every article of the scope where they occur."""
    op = job.op
    if not isinstance(op, ReplaceWords | RepealWords):
        raise UnsupportedOperation(
            f"{op.op} across {job.context.target} is not supported: name the article",
            context=job.context)
    articles = list(job.units) if job.units else [
        a for a in job.node.iter(akn("article")) if not is_removed(a)]
    old = normalize_quoted(op.old)
    found = []
    for article in articles:
        single = Job(op, job.document, article, article, job.context)
        if one.find_hits(single, old):
            found.append((article, single, len(one.find_hits(single, old))))
    if not found:
        raise TextNotFound(f'the words "{old}" occur in no article of {job.context.target}',
                           context=job.context)
    total = sum(count for _, _, count in found)
    if op.times is not None and total != op.times:
        # "à deux reprises" in a division or a range: the count is the whole target's
        where = ", ".join(f"art. {label_text(a)}" for a, _, _ in found[:5])
        error = TextNotFound if total < op.times else AmbiguousTarget
        raise error(f'the words "{old}" occur {total} time(s) ({where}) and the formula says '
                    f'{op.times} ("à deux reprises")', context=job.context)
    if total > 1 and not op.every and op.times is None:
        where = ", ".join(f"art. {label_text(a)}" for a, _, _ in found[:5])
        raise AmbiguousTarget(
            f'the words "{old}" occur {total} times ({where}) and the formula does not say '
            '"chaque fois"', context=job.context)
    handler = one.prepare_replace if isinstance(op, ReplaceWords) else one.prepare_repeal
    if op.times is not None:  # the count checked above, over the whole target: each hit
        each = op.model_copy(update={"times": None, "every": True})
        found = [(article, Job(each, job.document, article, article, job.context), count)
                 for article, _, count in found]
    prepared = [(article, handler(single)) for article, single, _ in found]
    if all(p.status == "no_effect" for _, p in prepared):
        return prepared[0][1]
    eids = [article.get("eId") or "" for article, _ in prepared]

    def commit(marks: dict[str, int]) -> list[etree._Element]:
        touched: list[etree._Element] = []
        for (_, part), eid in zip(prepared, eids, strict=True):
            touched.extend(part.commit(marks[eid]))
        return touched

    return Prepared(lambda mark: [], marks_for=tuple(eids), commit_marks=commit)
