"""The handler of ``replace_punctuation``: "au 4°, le point final est remplacé par un
point-virgule".

The mark is the last character of the unit's text (its last live ``p``, trailing spaces
aside; of a sentence designated by its rank or its words: the last of that sentence), and it
must be the mark the act names: anything else — another mark, a word ("…; et"
when the act names the ";"), no text — is an error naming what was expected and what the
unit ends with (A001), never a guess. A unit whose last ``p`` lies in an enumeration inside
it ("à l'alinéa 2" when the alinéa ends with its 1° to 5°) does not say whose mark is meant:
refused (A005). The new text takes the mark's place, marked like any replaced words (Justel
``[1 ; et]1``); the text before the mark is not touched.
"""

from __future__ import annotations

from dataclasses import replace

from lxml import etree

from ..errors import TextNotFound, UnsupportedOperation, shorten
from ..model import ReplacePunctuation
from ..text import normalize_quoted
from . import Job, Prepared, live_ps, p_text, unit_of
from .blocks import designated_sentence_span
from .richtext import Edit, apply_edit
from .words import in_item

#: the spaces a unit's text may end with after its mark
_TRAILING = " \t\n\r\u00a0\u202f\u2007\u2009"


def final_mark(text: str) -> tuple[int, str]:
    """The offset and the character that end ``text`` (trailing spaces aside); (len, "")
    for a text of spaces only."""
    end = len(text.rstrip(_TRAILING))
    return (end - 1, text[end - 1]) if end else (0, "")


def prepare(job: Job) -> Prepared:
    """The unit's final mark replaced by ``op.new``, or a coded error."""
    op = job.op
    assert isinstance(op, ReplacePunctuation)
    step = job.last_step
    if step is not None and step.unit == "sentence":
        # "dans la première phrase, le point final …": the end of that sentence (its span
        # holds its final mark), in the p that holds it
        last, end = job.node, designated_sentence_span(job)[1]
    else:
        ps = [p for p in live_ps(job.node) if p_text(p).strip(_TRAILING)]
        if not ps:
            raise UnsupportedOperation("the target unit has no text whose final punctuation "
                                       "could be replaced", context=job.context)
        last = ps[-1]
        if job.node is not last and in_item(last, job.node):
            raise UnsupportedOperation(
                "the target unit ends with an enumeration: whose final punctuation is meant "
                "(the unit's or its last item's) is not said; name the item (\"au 5°, le "
                "point final …\")", context=job.context)
        end = len(p_text(last))
    text = p_text(last)
    at, found = final_mark(text[:end])
    if found != op.old:
        ending = shorten(text.rstrip(_TRAILING)[-40:], 40)
        raise TextNotFound(
            f"the target unit does not end with {op.old!r} (it ends with {found!r}: "
            f"\"…{ending}\"): the final punctuation the act names is not there",
            context=replace(job.context, looked_for=op.old, found=shorten(text)))
    new = normalize_quoted(op.new)
    # "; et" after the unit's last word: a new text starting with a mark sits where the old
    # one was (no space before it); the Edit marks exactly the mark's character
    # the mark removed ("le point-virgule est supprimé": no new text): a removal mark
    edit = Edit(at, at + 1, marked=new) if new else Edit(at, at + 1, removal=True)

    def commit(mark: int) -> list[etree._Element]:
        apply_edit(last, edit, mark, op.source.point)
        return [unit_of(last)]

    return Prepared(commit)
