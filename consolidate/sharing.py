"""Sharing what equal models repeat, in place: the memory of a large parsed act.

A pydantic model instance holds its fields in a ``__dict__`` and the names of the fields
given to it in a set of its own (``__pydantic_fields_set__``: 216 bytes, 728 from five
names). An amending act of 100,000 operations holds about a million models, and the same few
field sets, the same steps ("alinéa 1er"), paths, act references, labels and words, again and
again. A :class:`Sharer` makes equal values one object: the field sets, the short strings,
the ints, the tuples and the small models (all frozen: an equal model is indistinguishable from
another — its values, its JSON, its ``model_fields_set``).

Nothing here changes a value: a field's object is replaced by an equal one (written in the
model's ``__dict__``, as pydantic's own ``model_copy`` does). The parser shares each article
as it is read (:func:`consolidate.parser.read_text`), so that a large act never exists
unshared; :func:`share_act` shares a whole act at once (an act read from JSON). Linear: each
object is visited once per reference to it (the parser's models form a tree; the act
references they share are a few fields each).
"""

from __future__ import annotations

import datetime as dt
from typing import Any, TypeVar

from pydantic import BaseModel

from .model import ActRef, NewUnit, Step, Target

Value = TypeVar("Value")

_FIELD_SETS: dict[frozenset[str], set[str]] = {}
"""One set per distinct set of field names (a few dozen for the whole model)."""

MERGED: tuple[type[BaseModel], ...] = (Step, ActRef, Target, NewUnit)
"""The models equal instances of which are merged: those an act repeats (a step, a path's
target, an act reference, a quoted unit). The others (an operation, its source, a span) are
unique: their parts are shared, they are not looked up."""

SHORT = 80
"""Strings up to this length are interned (labels, words); longer ones (an article's text)
are unique, and only their dictionary entry would cost."""


def share_fields(model: Value) -> Value:
    """Give a pydantic ``model`` the one shared set of its field names and its fields in a
    compact dictionary (:func:`compact_fields`); returned."""
    _share_field_set(model)
    compact_fields(model)
    return model


def _share_field_set(model: object) -> None:
    assert isinstance(model, BaseModel)
    names = model.__pydantic_fields_set__
    shared = _FIELD_SETS.setdefault(frozenset(names), names)
    if shared is not names:
        object.__setattr__(model, "__pydantic_fields_set__", shared)


_HOLDERS: dict[type, type] = {}
"""Per model class, a plain class whose instances' dictionaries share one table of keys."""


def compact_fields(model: object) -> None:
    """Replace ``model``'s ``__dict__`` by an equal dictionary that shares its keys with the
    other instances of its class (a "split-table" dictionary, as CPython gives the instances
    of a plain class): only the values are its own, 70–120 bytes less than the dictionary
    pydantic builds (184 bytes for up to five fields, 272 for six to ten).

    The same keys, values and order: a dictionary like any other for every reader
    (attribute access, equality, hashing, ``model_dump``, JSON, pickling, ``model_copy``).
    The dictionary is the one a plain object's attributes make, taken from it."""
    assert isinstance(model, BaseModel)
    holder_class = _HOLDERS.get(type(model))
    if holder_class is None:
        holder_class = _HOLDERS[type(model)] = type(f"{type(model).__name__}Fields", (), {})
    holder = holder_class()
    for name, value in model.__dict__.items():
        setattr(holder, name, value)
    object.__setattr__(model, "__dict__", holder.__dict__)


class Sharer:
    """The canonical objects of one act: equal values met become the first one met."""

    def __init__(self) -> None:
        self.strings: dict[str, str] = {}
        self.ints: dict[int, int] = {}
        """Equal ints made one object: a span's line and end line, the lines an article and
        its first operation share (an int above 256 is an object of its own, 28 bytes)."""
        self.composites: dict[tuple[Any, ...], Any] = {}
        """(type, parts: atoms as themselves, the rest by identity) → the canonical tuple or
        model (the canonical parts are kept alive by the act, so their ids stay theirs)."""

    def share(self, value: Value) -> Value:
        """``value``'s canonical equal (``value`` itself, its parts shared, when first met)."""
        kind = type(value)
        if kind is str:
            if len(value) > SHORT:  # type: ignore[arg-type]
                return value
            return self.strings.setdefault(value, value)  # type: ignore[arg-type, return-value]
        if kind is int:
            return self.ints.setdefault(value, value)  # type: ignore[arg-type, return-value]
        if kind is tuple:
            return self._tuple(value)  # type: ignore[arg-type, return-value]
        if isinstance(value, BaseModel):
            return self._model(value)  # type: ignore[return-value]
        return value  # None, bool, a float, a date: small, or singletons

    def _tuple(self, items: tuple[Any, ...]) -> tuple[Any, ...]:
        if not items:
            return items  # () is a singleton
        share = self.share
        strings = self.strings
        parts = []
        changed = unique = False
        for item in items:  # share() of each item (strings inline), in one pass
            if type(item) is str:
                part = item if len(item) > SHORT else strings.setdefault(item, item)
            else:
                part = share(item)
                if not unique and isinstance(part, BaseModel) and not isinstance(part, MERGED):
                    unique = True  # operations, articles: unique, never looked up
            if part is not item:
                changed = True
            parts.append(part)
        canonical = tuple(parts) if changed else items
        if unique:
            return canonical
        key = (tuple, *(_key(part) for part in parts))
        return self.composites.setdefault(key, canonical)  # type: ignore[no-any-return]

    def _model(self, model: BaseModel) -> BaseModel:
        fields = model.__dict__
        strings = self.strings
        for name, old in fields.items():
            kind = type(old)
            if kind is str:  # share()'s first case, inline: most fields are labels or words
                if len(old) > SHORT:
                    continue
                new = strings.setdefault(old, old)
            elif old is None or kind is bool:
                continue  # singletons: share() gives them back
            else:
                new = self.share(old)
            if new is not old:
                fields[name] = new
        _share_field_set(model)
        if isinstance(model, MERGED) and not model.__pydantic_extra__ \
                and not model.__pydantic_private__:
            key = (type(model), id(model.__pydantic_fields_set__),
                   *(_key(part) for part in fields.values()))
            canonical: BaseModel = self.composites.setdefault(key, model)
            if canonical is not model:
                return canonical
        compact_fields(model)  # the model kept: its dictionary compacted once
        return model


def _key(part: object) -> object:
    """A canonical part in a key: an atom as itself (equal atoms are interchangeable), any
    other object by its identity (equal ones are already one object)."""
    kind = type(part)
    if part is None or kind is str:
        return part
    if kind in _ATOMS:
        return (kind, part)  # True is not 1, a datetime is not a date
    return id(part)


_ATOMS = frozenset({bool, int, float, dt.date, dt.datetime})


def share_act(act: Value) -> Value:
    """An amending act (or any model) with its equal parts shared, in place; returned."""
    shared = Sharer().share(act)
    assert shared is act
    return act
