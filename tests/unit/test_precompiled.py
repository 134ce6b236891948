"""The dataclasses' methods from precompiled code (consolidate.precompiled, method_table): the
same functions as compiling their text, read only by the interpreter that wrote the table, the
text compiled as usual for anything else."""

from __future__ import annotations

import dataclasses
import marshal
from collections.abc import Iterator
from typing import Any

import pytest

from consolidate import method_table, precompiled

written_here = pytest.mark.skipif(
    precompiled.stamp() != method_table.STAMP,
    reason=f"the table was written by {method_table.STAMP!r}: not read by this Python")


@pytest.fixture
def restored() -> Iterator[None]:
    """``dataclasses`` with the built-in ``exec`` again after the test."""
    yield
    precompiled.uninstall()


def _methods(cls: type) -> dict[str, Any]:
    return {name: value for name, value in vars(cls).items()
            if callable(value) and getattr(value, "__code__", None) is not None}


def _make() -> type:
    @dataclasses.dataclass(frozen=True)
    class Mention:
        """A test record."""

        kind: str
        labels: tuple[str, ...] = ()
        start: int = 0
        extra: tuple[int, ...] = dataclasses.field(default_factory=tuple)

    return Mention


def _same(plain: type, other: type) -> None:
    first, second = _methods(plain), _methods(other)
    assert set(first) == set(second) == {"__init__", "__repr__", "__eq__", "__hash__",
                                         "__setattr__", "__delattr__"}
    for name, function in first.items():
        assert marshal.dumps(function.__code__) == marshal.dumps(second[name].__code__), name
        assert function.__annotations__ == second[name].__annotations__, name


@written_here
def test_every_tabled_code_is_what_its_text_compiles_to() -> None:
    assert len(method_table.CODES) > 300
    for text, form in method_table.CODES.items():
        assert precompiled.code_of(form) == precompiled.compiled(text), text[:80]


def test_a_text_compiled_here_is_what_dataclasses_compiles(restored: None) -> None:
    """This module has ``from __future__ import annotations``: the recorded code must not take
    it (dataclasses' own exec does not), or the annotations of __init__ would be strings."""
    plain = _make()
    found = precompiled.recording()
    recorded = _make()
    assert len(found) == 6 and {module for _, module in found.values()} == {__name__}
    _same(plain, recorded)
    # the field's type ("int": this module's annotations are strings), not the name of the
    # variable that holds it, which a compile inheriting the __future__ flag would keep
    assert recorded.__init__.__annotations__["start"] == "int"  # type: ignore[misc]


def test_a_tabled_text_runs_its_code_not_its_text(
        restored: None, monkeypatch: pytest.MonkeyPatch) -> None:
    plain = _make()
    found = precompiled.recording()
    _make()
    precompiled.uninstall()
    table = {text: precompiled.form_of(code) for text, (code, _) in found.items()}
    monkeypatch.setattr(method_table, "CODES", table)
    assert precompiled.install()
    compiled: list[str] = []

    def counted(text: str) -> Any:
        compiled.append(text)
        raise AssertionError("compiled")

    monkeypatch.setattr(precompiled, "compiled", counted)
    tabled = _make()
    assert compiled == [] and len(precompiled._codes) == 6
    _same(plain, tabled)
    one = tabled("article", ("1", "2"))
    assert one == tabled("article", ("1", "2")) and hash(one) == hash(tabled("article", ("1", "2")))
    assert repr(one).endswith("Mention(kind='article', labels=('1', '2'), start=0, extra=())")
    with pytest.raises(dataclasses.FrozenInstanceError):
        one.kind = "alinéa"  # type: ignore[misc]


def test_a_text_not_in_the_table_or_broken_is_compiled(
        restored: None, monkeypatch: pytest.MonkeyPatch) -> None:
    plain = _make()
    found = precompiled.recording()
    _make()
    precompiled.uninstall()
    broken = {text: "pas du base64 !" for text in found}
    monkeypatch.setattr(method_table, "CODES", broken)
    assert precompiled.install()
    _same(plain, _make())
    precompiled.uninstall()
    monkeypatch.setattr(method_table, "CODES", {})
    assert precompiled.install()
    _same(plain, _make())


@pytest.mark.parametrize("stamp", [
    ("cpython", (3, 11, 0), "a70d0d0a"),
    ("cpython", (3, 12, 7), "cb0d0d0a"),
    ("pypy", (3, 11, 7), "a70d0d0a"),
], ids=["micro", "version", "pypy"])
def test_a_table_of_another_interpreter_is_not_read(
        stamp: tuple[object, ...], restored: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(method_table, "STAMP", stamp)
    assert not precompiled.install()
    assert "exec" not in vars(dataclasses)


def test_the_problems_name_a_missing_and_a_different_method(restored: None) -> None:
    found = precompiled.recording()
    _make()
    precompiled.uninstall()
    ours = {text: (code, "consolidate.parsing.units") for text, (code, _) in found.items()}
    assert len(precompiled.problems(ours, {})) == 6
    assert precompiled.problems(ours, {})[0].startswith("method missing: consolidate.parsing")
    other = precompiled.form_of(compile("x = 1", "<string>", "exec"))
    assert precompiled.problems(ours, {text: other for text in ours})[0].startswith(
        "method differs: ")
    right = {text: precompiled.form_of(code) for text, (code, _) in ours.items()}
    assert precompiled.problems(ours, right) == []
    theirs = {text: (code, "pydantic.fields") for text, (code, _) in found.items()}
    assert precompiled.problems(theirs, {}) == []  # another package's: not checked


_PROCESS = """
import dataclasses, importlib, pkgutil, sys
from consolidate import precompiled
assert precompiled.install()
import consolidate
for found in pkgutil.walk_packages(consolidate.__path__, "consolidate."):
    if not found.name.endswith("__main__"):
        importlib.import_module(found.name)
# the text's code defines __create_fn__, whose code defines the method
tabled = {id(inner) for code in precompiled._codes.values() for outer in code.co_consts
          if hasattr(outer, "co_consts") for inner in outer.co_consts}
ours = [value for name, module in sorted(sys.modules.items()) if name.startswith("consolidate")
        for value in vars(module).values()
        if dataclasses.is_dataclass(value) and getattr(value, "__module__", "") == name]
print(len(ours), [cls.__qualname__ for cls in ours if id(cls.__init__.__code__) not in tabled])
"""


@written_here
def test_every_dataclass_of_the_package_takes_its_methods_from_the_table() -> None:
    """In a process that installs the table first (as the command does), every dataclass of
    the package is built from tabled code; one that is not (a field added, removed or
    retyped since the table was written) fails here: run python -m consolidate.lang.gates."""
    import subprocess
    import sys

    run = subprocess.run([sys.executable, "-c", _PROCESS], capture_output=True, text=True,
                         check=True)
    count, missing = run.stdout.split(" ", 1)
    assert int(count) > 40
    assert missing.strip() == "[]"
