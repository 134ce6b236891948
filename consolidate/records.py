"""``dataclasses.replace`` for the parser's hot records, without rebuilding through
``__init__``.

The parser derives a new :class:`~consolidate.parsing.instruction.Context`,
:class:`~consolidate.parsing.scope.Scope` or mention from the one before six times per
operation. ``dataclasses.replace`` looks the fields up, builds keyword arguments and calls the
generated ``__init__``, which, for a frozen class, sets each field through
``object.__setattr__``: ~4 µs for a nine-field context. For a class whose instances are made
of their fields alone — a dataclass without ``__post_init__``, ``InitVar`` or ``init=False``
field, without ``__slots__`` — the result of ``replace`` is exactly an object of the class whose
``__dict__`` holds the fields, in their order, with the changes: :func:`replace` builds that
directly (~1 µs). Any other class, or a name that is no field (the ``TypeError`` of
``dataclasses``), goes to ``dataclasses.replace`` itself.
"""

from __future__ import annotations

import dataclasses
from typing import Any, TypeVar

Record = TypeVar("Record")

_FIELDS: dict[type, tuple[str, ...] | None] = {}
"""Per class: its field names when :func:`replace` may copy them (None: it may not)."""


def _plain_fields(cls: type) -> tuple[str, ...] | None:
    """The names of ``cls``'s fields, in order, when an instance is its fields alone: a class
    the decorator made itself (not a subclass of one), with its generated ``__init__``, no
    ``__post_init__``, no ``InitVar`` or ``ClassVar`` pseudo-field, every field in
    ``__init__``, and an instance ``__dict__``."""
    own = cls.__dict__
    if "__dataclass_fields__" not in own or "__slots__" in own \
            or hasattr(cls, "__post_init__") or not own["__dataclass_params__"].init:
        return None
    fields = dataclasses.fields(cls)
    if len(fields) != len(own["__dataclass_fields__"]) or any(not f.init for f in fields):
        return None
    return tuple(f.name for f in fields)


def replace(record: Record, /, **changes: Any) -> Record:
    """``dataclasses.replace(record, **changes)``: the same new object (see the module)."""
    cls = type(record)
    try:
        names = _FIELDS[cls]
    except KeyError:
        names = _FIELDS[cls] = _plain_fields(cls)
    if names is None or not changes.keys() <= set(names):
        return dataclasses.replace(record, **changes)  # type: ignore[type-var]
    old = record.__dict__
    new = object.__new__(cls)
    values = new.__dict__
    for name in names:
        values[name] = changes[name] if name in changes else old[name]
    return new
