"""Argument checks of the public verbs (``consolidate.api``): misuse is a sentence, not a
Python internal.

Each ``check_<verb>`` is called first by its verb. A value of the wrong kind raises
:class:`~consolidate.errors.ArgumentError` (E120), which is both a ``ConsolidateError`` and a
``TypeError``; its message names the verb, the argument, what it accepts and what it got,
with a hint for the usual mistakes: the text of an act given as a path (use ``text=``), a
file name given for an act (parse it first), a date given as a string, one document instead
of a list.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from .errors import ArgumentError

PATH_LIMIT = 255  # a longer "path" (or one with line breaks) is text given as a path
_AN = {"AmendingAct": "an", "Operation": "an", "int": "an", "Outcome": "an"}


def describe(value: object) -> str:
    """What a value is, in a few words: "the str 'act.md'", "a Document", "None"."""
    if value is None:
        return "None"
    name = type(value).__name__
    article = _AN.get(name, "an" if name[:1].lower() in "aeiou" else "a")
    if isinstance(value, str | bytes | Path | int | float):
        shown = repr(value if len(repr(value)) <= 60 else f"{str(value)[:40]}…")
        return f"the {name} {shown}"
    return f"{article} {name}"


def _fail(verb: str, argument: str, accepts: str, value: object, hint: str = "") -> NoReturn:
    sentence = f"{verb}(): {argument} must be {accepts}; got {describe(value)}"
    raise ArgumentError(f"{sentence}. {hint}" if hint else sentence)


def looks_like_text(value: str) -> str | None:
    """Why a path string is rather the text of a file (line breaks, length), or None."""
    if "\n" in value:
        return f"it has {value.count(chr(10))} line breaks"
    if len(value) > PATH_LIMIT:
        return f"it is {len(value)} characters long"
    return None


def check_path(verb: str, argument: str, value: object, accepts: str, hint: str) -> None:
    """A path (str or os.PathLike) that does not look like the content of a file."""
    if not isinstance(value, str | os.PathLike):
        _fail(verb, argument, accepts, value)
    if isinstance(value, str) and (why := looks_like_text(value)):
        raise ArgumentError(
            f"{verb}(): {argument} looks like the text of a file, not a path ({why}): {hint}"
        )


def check_flag(verb: str, argument: str, value: object) -> None:
    """A bool (True or False)."""
    if not isinstance(value, bool):
        _fail(verb, argument, "True or False", value)


def check_date(verb: str, value: object) -> None:
    """``at``: None or a datetime.date (not a string, not a datetime)."""
    if value is None or (isinstance(value, dt.date) and not isinstance(value, dt.datetime)):
        return
    hint = ""
    if isinstance(value, str):
        hint = f"Write at=datetime.date.fromisoformat({value!r})"
    elif isinstance(value, dt.datetime):
        hint = "Write at=value.date()"
    _fail(verb, "at", "None or a datetime.date", value, hint)


def check_documents(verb: str, value: object, *, optional: bool = False) -> None:
    """A list (or tuple) of Documents, each one loaded by ``load``."""
    from .document import Document

    if optional and value is None:
        return
    accepts = "a list of Documents (from load())" + (" or None" if optional else "")
    if isinstance(value, Document):
        _fail(verb, "documents", accepts, value, "Put it in a list: [document]")
    if not isinstance(value, Sequence) or isinstance(value, str | bytes):
        hint = "Load the file first: [load(path)]" if isinstance(value, str | Path) else ""
        _fail(verb, "documents", accepts, value, hint)
    for index, item in enumerate(value):
        if not isinstance(item, Document):
            _fail(verb, f"documents[{index}]", "a Document (from load())", item)


def check_act(verb: str, value: object, *, optional: bool = False) -> None:
    """An AmendingAct (from ``parse``)."""
    from .model import AmendingAct

    if (optional and value is None) or isinstance(value, AmendingAct):
        return
    accepts = "an AmendingAct (from parse())" + (" or None" if optional else "")
    hint = f"Parse it first: {verb}(parse({str(value)!r}), ...)" \
        if isinstance(value, str | Path) and not looks_like_text(str(value)) else \
        f"Parse it first: {verb}(parse(text=...), ...)" if isinstance(value, str) else ""
    _fail(verb, "act", accepts, value, hint)


def check_parse(source: object, text: object, keep_going: object = False) -> None:
    """parse(source=None, *, text=None, keep_going=False)."""
    check_flag("parse", "keep_going", keep_going)
    if text is not None and not isinstance(text, str):
        hint = "Decode it first: text=data.decode('utf-8')" if isinstance(text, bytes) else ""
        _fail("parse", "text", "a str (the act's text) or None", text, hint)
    if source is None or (text is not None and isinstance(source, str | os.PathLike)):
        return
    check_path("parse", "source", source, "a path (str or pathlib.Path) or None",
               "give the text with parse(text=...)")


def check_load(source: object, name: object, lenient: object) -> None:
    """load(source, *, name=None, lenient=False)."""
    if not isinstance(source, bytes):
        check_path("load", "source", source, "a path (str or pathlib.Path) or bytes",
                   "give the content as bytes: load(text.encode('utf-8'), name=...)")
    if name is not None and not isinstance(name, str):
        _fail("load", "name", "a str or None", name)
    check_flag("load", "lenient", lenient)


def check_apply(documents: object, act: object, at: object, keep_going: object) -> None:
    """apply(documents, act, *, at=None, keep_going=False)."""
    from .model import AmendingAct

    if isinstance(documents, AmendingAct):
        _fail("apply", "documents", "a list of Documents (from load())", documents,
              "The documents come first: apply(documents, act)")
    check_documents("apply", documents)
    check_act("apply", act)
    check_date("apply", at)
    check_flag("apply", "keep_going", keep_going)


def check_consolidate(act: object, documents: object, at: object, keep_going: object) -> None:
    """consolidate(act=None, documents=None, *, at=None, keep_going=False)."""
    check_act("consolidate", act, optional=True)
    check_documents("consolidate", documents, optional=True)
    check_date("consolidate", at)
    check_flag("consolidate", "keep_going", keep_going)


def check_render(subject: object, format: object) -> None:
    """render(subject, format="text")."""
    from .document import Document
    from .model import AmendingAct
    from .result import Consolidation

    if not isinstance(subject, Document | Consolidation):
        hint = "Apply it first: render(consolidate(act, documents), ...)" \
            if isinstance(subject, AmendingAct) else ""
        _fail("render", "subject", "a Document (from load()) or a Consolidation (from "
              "consolidate())", subject, hint)
    if not isinstance(format, str):
        _fail("render", "format", "a format name (a str such as 'text')", format)


def check_diff(before: object, after: object) -> None:
    """diff(before, after)."""
    from .document import Document

    for argument, value in (("before", before), ("after", after)):
        if not isinstance(value, Document):
            hint = "Load the files first: diff(load(a), load(b))" \
                if isinstance(value, str | Path) else ""
            _fail("diff", argument, "a Document (from load())", value, hint)


def check_draft(operation: object) -> None:
    """draft(operation)."""
    from .model import OperationBase

    if not isinstance(operation, OperationBase):
        _fail("draft", "operation", "an Operation (one of act.operations())", operation)
