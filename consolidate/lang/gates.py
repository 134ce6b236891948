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

The same command writes the table of compiled programs, :mod:`consolidate.lang.sre_table`:
for each source and flags a Scan of these patterns hands to ``re.compile`` (its source behind
the gate's look-ahead), and for each plain pattern built by ``scan.regex`` in the same run (the
modules' module-level patterns, the lexicons' compiled fragments), what
``re._compiler.compile`` hands to ``_sre.compile``, stamped with
the exact interpreter (``scan.stamp``); ``--check`` also reports a program missing, different
or no longer built (none when the table is another interpreter's: it is not read there).

It writes a third table, :mod:`consolidate.method_table`: the compiled code of each method
text ``dataclasses`` runs while the package's modules (and pydantic) are imported, which the
command's process takes instead of compiling the texts (:mod:`consolidate.precompiled`);
``--check`` reports a method of the package's own dataclasses missing or different.

A fresh interpreter is needed (the command is one): the patterns are found among the live
objects, and those of another caller would be counted too.
"""

from __future__ import annotations

import argparse
import binascii
import gc
import importlib
import pkgutil
import re
import sys
import warnings
import zlib
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
    return built_of(scans())


def built_of(found: set[tuple[str, int]]) -> dict[str, tuple[str, int]]:
    """The gated patterns of ``found`` (the source and flags of Scans), by key."""
    patterns: dict[str, tuple[str, int]] = {}
    for source, flags in sorted(found):
        if flags & (re.ASCII | re.LOCALE) or not _valid(source, flags):
            continue  # never gated; a fragment that is no pattern of its own
        patterns[scan.key(source, flags)] = (source, flags)
    return patterns


def scans() -> set[tuple[str, int]]:
    """The source and flags of every :class:`~consolidate.lang.scan.Scan` the package builds."""
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
    return {(thing.pattern, thing._flags) for thing in gc.get_objects()
            if isinstance(thing, scan.Scan)}


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


# --- the table of precompiled programs (consolidate.lang.sre_table) -------------------------

PROGRAMS = Path(__file__).with_name("sre_table.py")


def compiled_sources(found: set[tuple[str, int]],
                     table: dict[str, scan.Entry]) -> set[tuple[str, int]]:
    """What a :class:`~consolidate.lang.scan.Scan` of each pattern of ``found`` hands to
    ``re.compile`` (``scan.regex_of``) with the gates of ``table``: the source behind its
    look-ahead when the table has one, else the source (an ASCII or locale pattern, a pattern
    without a gate, or one that does not compile: none)."""
    sources = set()
    for source, flags in found:
        if not _valid(source, flags):
            continue
        entry = None if flags & (re.ASCII | re.LOCALE) else table.get(scan.key(source, flags))
        sources.add((entry[1] + source + entry[2], flags) if entry else (source, flags))
    return sources


def program(source: str, flags: int) -> scan.Program:
    """What ``re.compile(source, flags)`` hands to ``_sre.compile``, as the engine's compiler
    computes it (``re._compiler.compile``; ``sre_compile``, ``sre_parse``: its aliases)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        import sre_compile
        import sre_parse
    parsed = sre_parse.parse(source, flags)
    code: list[int] = sre_compile._code(parsed, flags)  # type: ignore[attr-defined]
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    packed = memoryview(bytearray(4 * len(code))).cast("I")
    for at, word in enumerate(code):
        packed[at] = word
    text = binascii.b2a_base64(zlib.compress(packed.tobytes(), 9), newline=False).decode("ascii")
    return (flags | parsed.state.flags, text, parsed.state.groups - 1, groupindex,
            tuple(indexgroup))


def plain(entry: scan.Program) -> tuple[object, ...]:
    """A program with its code decoded (compressed codes may differ for the same code)."""
    final, code, groups, groupindex, indexgroup = entry
    return final, scan.code_of(code), groups, groupindex, indexgroup


def programs_of(sources: set[tuple[str, int]]) -> dict[tuple[str, int], scan.Program]:
    """The table of programs of ``sources``."""
    return {(source, flags): program(source, flags) for source, flags in sorted(sources)}


def program_problems(table: dict[tuple[str, int], scan.Program],
                     sources: set[tuple[str, int]]) -> list[str]:
    """What is wrong with the table of programs for ``sources`` (nothing: an empty list)."""
    found = []
    for source, flags in sorted(sources):
        if (source, flags) not in table:
            found.append(f"program missing: {source[:70]!r} (flags {flags})")
        elif plain(table[source, flags]) != plain(program(source, flags)):
            found.append(f"program differs: {source[:70]!r} (flags {flags})")
    found += [f"program no longer built: {source[:70]!r} (flags {flags})"
              for source, flags in sorted(set(table) - sources)]
    return found


def render_programs(table: dict[tuple[str, int], scan.Program]) -> str:
    """The table of programs' module."""
    lines = [
        "# ruff: noqa: E501",
        '"""The compiled programs of the package\'s patterns (see consolidate.lang.scan.regex_of).',
        "",
        "Written by ``python -m consolidate.lang.gates``: do not edit. Key: the source and the",
        "flags given to ``re.compile``; value: what ``re._compiler.compile`` hands to",
        "``_sre.compile`` (the flags, the code: ``scan.code_of``, the groups less one, the",
        "group indexes, the group names). Read only by the interpreter that wrote it",
        "(``STAMP``): any other compiles with ``re.compile``.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "#: the interpreter, version, engine (MAGIC, CODESIZE) and byte order that wrote the table",
        f"STAMP = {scan.stamp()!r}",
        "",
        "PROGRAMS: dict[tuple[str, int], tuple[int, str, int, dict[str, int], "
        "tuple[str | None, ...]]] = {",
    ]
    for (source, flags), (final, code, groups, groupindex, indexgroup) in sorted(table.items()):
        lines.append(f"    ({source!r}, {flags!r}): ({final!r}, {code!r}, {groups!r}, "
                     f"{groupindex!r}, {indexgroup!r}),")
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
    from .. import precompiled

    methods = precompiled.recording()  # the dataclasses' methods, as the imports build them
    found_scans = scans()
    plain_regexes = scan.requested()  # the patterns scan.regex built, ungated
    patterns = built_of(found_scans)
    if parsed.check:
        from . import gate_table

        table = gate_table.GATES if sys.version_info[:2] == gate_table.PYTHON else {}
        found = problems(table, patterns)
        found += check_programs(compiled_sources(found_scans, table) | plain_regexes)
        found += check_methods(methods)
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
    compiled = programs_of(compiled_sources(found_scans, table) | plain_regexes)
    PROGRAMS.write_text(render_programs(compiled), encoding="utf-8")
    print(f"wrote {PROGRAMS} ({len(compiled)} programs)")
    METHODS.write_text(precompiled.render(methods), encoding="utf-8")
    print(f"wrote {METHODS} ({len(methods)} methods)")
    return 0


METHODS = Path(__file__).parents[1] / "method_table.py"


def check_methods(found: dict[str, tuple[object, str]]) -> list[str]:
    """The problems of the table of the dataclasses' methods (consolidate.method_table); none
    when it was written by another interpreter (not read there: the texts are compiled)."""
    from .. import precompiled

    try:
        from .. import method_table
    except ImportError:
        return ["no table of methods: run python -m consolidate.lang.gates"]
    if precompiled.stamp() != method_table.STAMP:
        print(f"the table of methods is for {method_table.STAMP!r}, not read by this Python")
        return []
    return precompiled.problems(found, method_table.CODES)


def check_programs(sources: set[tuple[str, int]]) -> list[str]:
    """The problems of the table of programs for ``sources``; none when it was written by
    another interpreter (it is not read there: the patterns are compiled by ``re.compile``)."""
    try:
        from . import sre_table
    except ImportError:
        return ["no table of programs: run python -m consolidate.lang.gates"]
    if scan.stamp() != sre_table.STAMP:
        print(f"the table of programs is for {sre_table.STAMP!r}, not read by this Python "
              f"{scan.stamp()!r}: its patterns are compiled by re.compile")
        return []
    return program_problems(sre_table.PROGRAMS, sources)


if __name__ == "__main__":
    sys.exit(main())
