"""The table of precomputed gates, :mod:`consolidate.lang.gate_table`: written and checked here.

``python -m consolidate.lang.gates`` writes the table: the gate and the first-character
look-ahead (:mod:`consolidate.lang.scan`) of every gated pattern the package builds — the
module-level ones of every module, every fragment and autonomous rule of both lexicons, and
the rules the grammar builds for each lexicon (got by parsing the embedded French act and a
Dutch one) — so that a run takes them without parsing the patterns.
``python -m consolidate.lang.gates --check`` writes nothing and exits 1 when a pattern is
missing from the table, an entry differs from what its pattern derives now, an entry is no
longer built, or a tabled pattern would not compile to the program its derivation compiles
(tests/unit/test_gate_table.py runs it): after a pattern of the grammar or of a lexicon
changes, run the first command (docs/formulas.md, docs/benchmarks.md).

A fresh interpreter is needed (the command is one): the patterns are found among the live
objects, and those of another caller would be counted too.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import pkgutil
import re
import sys
import warnings
from pathlib import Path

from . import scan

#: a Dutch amending act whose reading builds the grammar's Dutch rules
DUTCH_ACT = """---
date: 2024-03-25
title-nl: "Wet tot wijziging van diverse bepalingen betreffende het statuut van de militairen"
---

**Artikel 1.** Deze wet regelt een aangelegenheid als bedoeld in artikel 74 van de \
Grondwet.

**Art. 2.** In artikel 10 van de wet van 16 mei 2001 houdende statuut van de militairen van \
het reservekader van de Krijgsmacht, vervangen bij de wet van 19 juli 2018, worden de woorden \
"de beroepsofficieren" vervangen door de woorden "de gewezen beroepsofficieren".

**Art. 3.** In artikel 11 van dezelfde wet wordt het tweede lid opgeheven.
"""

TABLE = Path(__file__).with_name("gate_table.py")


def built() -> dict[str, tuple[str, int]]:
    """Every gated pattern the package builds, by key: (source, flags)."""
    import consolidate
    from consolidate import api

    from . import fr, nl
    from .lexicon import Lexicon

    for module in pkgutil.walk_packages(consolidate.__path__, "consolidate."):
        if not module.name.endswith("__main__"):
            importlib.import_module(module.name)
    from ..parsing import autonomous

    for lexicon in (fr.LEXICON, nl.LEXICON):
        for name in _fragments(lexicon, Lexicon):
            lexicon.pattern(name)
        for name in lexicon.autonomous:  # the entry-into-force rules, compiled by name
            autonomous.rule(lexicon, name)
    api.parse(keep_going=True)
    api.parse(text=DUTCH_ACT, keep_going=True, language="nl")
    patterns: dict[str, tuple[str, int]] = {}
    for thing in gc.get_objects():
        if isinstance(thing, scan.Scan):
            source, flags = thing.pattern, thing._flags
            if flags & (re.ASCII | re.LOCALE) or not _valid(source, flags):
                continue  # never gated; a fragment that is no pattern of its own
            patterns[scan.key(source, flags)] = (source, flags)
    return patterns


def _fragments(lexicon: object, kind: type) -> list[str]:
    """The names of a lexicon's fragments: its fields and properties that are strings."""
    names = [name for name in vars(kind).get("__dataclass_fields__", {})
             if isinstance(getattr(lexicon, name), str)]
    names += [name for name, value in vars(kind).items()
              if isinstance(value, property) and isinstance(getattr(lexicon, name), str)]
    return names


def _valid(source: str, flags: int) -> bool:
    """Whether ``source`` compiles."""
    try:
        re.compile(source, flags)
    except re.error:
        return False
    return True


def entries(patterns: dict[str, tuple[str, int]]) -> dict[str, scan.Entry]:
    """The table's entries of ``patterns``, derived from their parse."""
    return {key: scan.entry(source, flags) for key, (source, flags) in sorted(patterns.items())}


def same_program(source: str, flags: int, entry: scan.Entry) -> bool:
    """Whether the tabled pattern (the look-ahead, the source, the group's end) compiles to the
    program that a :class:`~consolidate.lang.scan.Scan` derives from the parse when the pattern
    is not in the table (the engine's compiler, ``sre_compile._code``)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        import sre_compile
        import sre_parse
    _, head, tail = entry
    parsed = sre_parse.parse(source, flags)
    look = head.removesuffix("(?:")
    if look:
        parsed.data.insert(0, sre_parse.parse(look, flags).data[0])
    tabled = sre_parse.parse(head + source + tail, flags)
    program: list[int] = sre_compile._code(parsed, flags)  # type: ignore[attr-defined]
    return bool(program == sre_compile._code(tabled, flags))  # type: ignore[attr-defined]


def problems(table: dict[str, scan.Entry], patterns: dict[str, tuple[str, int]]) -> list[str]:
    """What is wrong with ``table`` for ``patterns`` (nothing: an empty list)."""
    found = []
    derived = entries(patterns)
    for key, (source, flags) in sorted(patterns.items()):
        if key not in table:
            found.append(f"missing: {source[:70]!r} (flags {flags})")
        elif table[key] != derived[key]:
            found.append(f"differs: {source[:70]!r} (flags {flags}): table {table[key]!r}, "
                         f"derived {derived[key]!r}")
        elif not same_program(source, flags, derived[key]):
            found.append(f"another program: {source[:70]!r} (flags {flags})")
    found += [f"no longer built: {key}" for key in sorted(set(table) - set(patterns))]
    return found


def render(table: dict[str, scan.Entry]) -> str:
    """The table's module."""
    lines = [
        "# ruff: noqa: E501",
        '"""The gates of the package\'s patterns, precomputed (see consolidate.lang.scan).',
        "",
        "Written by ``python -m consolidate.lang.gates``: do not edit. Key: a hash of the",
        "flags and the source (``scan.key``); value: the gate (None: none), the look-ahead",
        "that opens a group before the source, and the group's end.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "#: the Python that wrote the table (another parses and folds as it may)",
        f"PYTHON = {tuple(sys.version_info[:2])!r}",
        "",
        "GATES: dict[str, tuple[tuple[str, ...] | None, str, str]] = {",
    ]
    for key, (literals, head, tail) in sorted(table.items()):
        lines.append(f"    {key!r}: ({literals!r}, {head!r}, {tail!r}),")
    lines.append("}")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Write the table, or (``--check``) say what is wrong with it."""
    options = argparse.ArgumentParser(prog="python -m consolidate.lang.gates",
                                      description=__doc__.split("\n\n")[0])
    options.add_argument("--check", action="store_true",
                         help="write nothing; exit 1 if the table is incomplete or stale")
    parsed = options.parse_args(argv)
    if not scan.GATED:
        print("this Python has no sre_parse: patterns are not gated", file=sys.stderr)
        return 1
    patterns = built()
    if parsed.check:
        from . import gate_table

        table = gate_table.GATES if sys.version_info[:2] == gate_table.PYTHON else {}
        found = problems(table, patterns)
        for problem in found:
            print(problem)
        if found:
            print(f"{len(found)} problems: run python -m consolidate.lang.gates "
                  f"(with Python {sys.version_info[0]}.{sys.version_info[1]})")
            return 1
        print(f"the table is complete: {len(table)} patterns")
        return 0
    table = entries(patterns)
    TABLE.write_text(render(table), encoding="utf-8")
    print(f"wrote {TABLE} ({len(table)} patterns)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
