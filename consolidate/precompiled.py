"""The command's dataclasses built from precompiled methods (:mod:`consolidate.method_table`).

``dataclasses`` writes each generated method of a class (``__init__``, ``__repr__``,
``__eq__``, ``__hash__``, a frozen class's ``__setattr__`` and ``__delattr__``) as source
text and ``exec``-utes it: the command's process (the package's 43 dataclasses, pydantic's and
annotated_types' 53) parses and compiles 455 such texts at each start, about a sixth of the
embedded case's instructions (docs/benchmarks.md, "Start-up (3 December 2026, day)"). The
text is a pure function of the class; so is its compiled code, for a given interpreter.

:func:`install` (called by the command's process, ``cli.run``, before it imports the
library; never by the library itself) gives the ``dataclasses`` module its own ``exec``: for a
text the table holds, it runs the tabled code object (``marshal``, as a ``.pyc`` holds code)
instead of compiling the text; for any other text, or any argument that is not a text, or any
error, it is the built-in ``exec``. The result is the same function: ``exec`` of a text is
``exec`` of ``compile(text, "<string>", "exec")`` with the flags of the code that calls it
(``dataclasses``: none), which is how the table's code is compiled. The table is read only
by the interpreter that wrote it (:func:`stamp`: the implementation, the exact version and
the bytecode's magic number; any other compiles as usual). It is written by
``python -m consolidate.lang.gates``, with the tables of the grammar's patterns.
"""

from __future__ import annotations

import builtins
import sys
from collections.abc import Mapping
from typing import Any

#: the code of each text the table holds, once decoded
_codes: dict[str, Any] = {}
#: the table: a text → its code (marshal, base64), or None before it is read
_table: Mapping[str, str] | None = None


def stamp() -> tuple[object, ...]:
    """What a table of code objects is valid for: the interpreter, its exact version, and the
    magic number of its bytecode (the format of ``marshal``'s code objects)."""
    from importlib.util import MAGIC_NUMBER

    return (sys.implementation.name, tuple(sys.version_info[:3]), MAGIC_NUMBER.hex())


def compiled(text: str) -> Any:
    """What ``exec(text)`` compiles, called from a module without ``__future__`` imports (as
    ``dataclasses`` is): no flag of this module is inherited."""
    return builtins.compile(text, "<string>", "exec", dont_inherit=True)


def code_of(form: str) -> Any:
    """A code object, from its form in the table."""
    import binascii
    import marshal

    return marshal.loads(binascii.a2b_base64(form))


def form_of(code: Any) -> str:
    """A code object's form in the table."""
    import binascii
    import marshal

    return binascii.b2a_base64(marshal.dumps(code), newline=False).decode()


def _exec(source: Any, globals: Any = None, locals: Any = None, /) -> None:
    """The built-in ``exec``, with a tabled text's code instead of the text (a text is never
    handed to the built-in from here: it would inherit this module's ``__future__`` flags)."""
    builtins.exec(_code(source) if isinstance(source, str) else source, globals, locals)


def _code(text: str) -> Any:
    """The code of ``text``: the table's when it holds the text (decoded once), else compiled."""
    code = _codes.get(text)
    if code is None:
        form = _table.get(text) if _table is not None else None
        try:
            code = None if form is None else code_of(form)
        except Exception:  # compiled below
            code = None
        if code is None:
            return compiled(text)
        _codes[text] = code
    return code


def install() -> bool:
    """Let ``dataclasses`` take tabled code for the texts of its methods; return whether the
    table is read (False: written by another interpreter, or not readable: nothing changes)."""
    global _table
    try:
        import dataclasses

        from . import method_table

        if vars(dataclasses).get("exec") is _exec:
            return True  # installed already
        if stamp() != method_table.STAMP or "exec" in vars(dataclasses):
            return False  # another interpreter's table, or another exec there already
        _table = method_table.CODES
        vars(dataclasses)["exec"] = _exec  # the module's own name, before the built-in
    except Exception:  # no table: the built-in exec, never another result
        return False
    return True


def recording() -> dict[str, Any]:
    """Let ``dataclasses`` run every text of its methods through :func:`compiled`, and return
    the texts with their code and module as they are run (for the table's generator)."""
    import dataclasses

    found: dict[str, Any] = {}

    def record(source: Any, globals: Any = None, locals: Any = None, /) -> None:
        if isinstance(source, str):  # compiled without this module's __future__ flags
            found[source] = (compiled(source), (globals or {}).get("__name__", ""))
            source = found[source][0]
        builtins.exec(source, globals, locals)

    vars(dataclasses)["exec"] = record
    return found


def uninstall() -> None:
    """``dataclasses`` with the built-in ``exec`` again (the tests)."""
    global _table
    import dataclasses

    if "exec" in vars(dataclasses):
        delattr(dataclasses, "exec")
    _table = None
    _codes.clear()


def render(found: Mapping[str, tuple[Any, str]]) -> str:
    """The table's module, from what :func:`recording` found."""
    lines = [
        "# ruff: noqa: E501",
        '"""The compiled methods of the dataclasses of the command\'s process (see',
        "consolidate.precompiled).",
        "",
        "Written by ``python -m consolidate.lang.gates``: do not edit. Key: the text",
        "``dataclasses`` runs; value: its code (``marshal``, base64). Read only by the",
        "interpreter that wrote it (``STAMP``): any other compiles the texts.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "#: the interpreter, version and bytecode magic number that wrote the table",
        f"STAMP = {stamp()!r}",
        "",
        "CODES: dict[str, str] = {",
    ]
    for source, (code, _) in sorted(found.items()):
        lines.append(f"    {source!r}: {form_of(code)!r},")
    lines.append("}")
    return "\n".join(lines) + "\n"


def problems(found: Mapping[str, tuple[Any, str]], table: Mapping[str, str]) -> list[str]:
    """The package's own method texts missing from ``table``, or whose tabled code differs
    from what the text compiles to now (another Python's texts are not checked)."""
    wrong = []
    for source, (code, module) in sorted(found.items()):
        if not module.startswith("consolidate"):
            continue
        name = source.split("\n", 2)[1].strip()[:60]
        if source not in table:
            wrong.append(f"method missing: {module}: {name!r}")
        elif code_of(table[source]) != code:
            wrong.append(f"method differs: {module}: {name!r}")
    return wrong
