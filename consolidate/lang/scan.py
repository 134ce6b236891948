"""Regular expressions compiled when first used, then faster scans with the same matches: a
pattern behind a literal gate and a first-character test, both read off the parsed pattern.

``compile(source, flags)`` is the package's one wrapper of ``re.compile`` (module-level
patterns and the grammar's alike): it returns a :class:`Scan`, which compiles its pattern at
its first use, not when its module is imported or its rules are set up. A run pays only for
the patterns it uses (compiling a line-long pattern costs a few hundred microseconds in
CPython's ``re._parser``/``re._compiler``, a large lexicon fragment milliseconds: the command's
start-up, docs/benchmarks.md). No cache on disk. One CPython internal, by the project's
decision (docs/benchmarks.md, "Precompiled regex programs"): the compiled programs of the
package's patterns are tabled (:mod:`consolidate.lang.sre_table`, written with the gates) and
handed to ``_sre.compile`` (:func:`regex_of`) by the exact Python that wrote them; any other
Python, a pattern not in the table or any error compiles with ``re.compile``.

The grammar's patterns are case-insensitive and most of them open with words (an optional
determiner, then one of many nouns or participles): Python's engine finds no prefix to skip
to in such a pattern, and tries all of it at every position of the text. Two necessary
conditions, derived once from the pattern (so from the lexicon that wrote it), make a scan
cheaper without changing any match:

- **the gate**: literals one of which every match holds ("par" in ", modifié par …", one of
  the unit nouns in "l'alinéa 2"); a text that holds none of them, case folded, cannot match,
  and the scan is skipped;
- **the first characters**: the characters a match can start with; the pattern is compiled
  behind a look-ahead on them (``(?=[…])(?:…)``), so that a position where no match can start
  fails on its first character instead of trying every alternative of the pattern.

Both are pure functions of the source and the flags. The grammar's are precomputed
(:mod:`consolidate.lang.gate_table`, written by ``python -m consolidate.lang.gates``, keyed by
a hash of the flags and the source): a pattern found there takes its gate at its first use
without being parsed, and is compiled (``re.compile`` of the look-ahead and the source) only
when a text first passes the gate, so that a pattern no text of the run may match is never
parsed. A pattern not in the table (new, changed, or on another Python) is derived as
before, from the one parse of the source that compiling it needs anyway (the engine's own
parser, ``sre_parse``, a deprecated alias of ``re._parser``), and that parse is compiled when
a text passes the gate: a stale table gives a slower start, never another gate
(tests/unit/test_gate_table.py checks that the table is complete and agrees). Where
``sre_parse`` cannot be imported, a :class:`Scan` is the plain compiled pattern, ungated
(:data:`GATED`), and the table is not read.

Folding is exact only for characters whose lower case is one character and the engine's own
case-insensitive comparison (:data:`FOLDED`, checked by the tests); a text holding any other
character is scanned as it is, ungated.
"""

from __future__ import annotations

import functools
import itertools
import re
import sys
import warnings
from collections.abc import Callable, Iterator, Sequence
from typing import Any, Protocol

try:
    with warnings.catch_warnings():  # the engine's own parser (deprecated as a public module)
        warnings.simplefilter("ignore", DeprecationWarning)
        import sre_compile
        import sre_constants as sc
        import sre_parse
    #: whether patterns are put behind their gate (the engine's parser could be imported)
    GATED = True
except ImportError:  # a Python without the deprecated aliases: plain compiled patterns
    GATED = False

#: the characters folded by ``str.lower`` exactly as the engine compares them ignoring case
#: (Basic Latin, Latin-1, Latin Extended-A but İ ı ſ, the punctuation, symbol and arrow blocks,
#: Latin Extended-D: the masks of the skeleton): tests/unit/test_scan.py checks it
FOLDED = "\x00-\u012f\u0132-\u017e\u2000-\u2bff\ua700-\ua7ff"
#: at most this many literals from one run of alternatives ("l['’]article": two)
_MOST_LITERALS = 16
#: a longer text (a whole act, scanned from place to place) is scanned ungated: folding it
#: at each scan would cost more than the scans the gate saves
LONGEST = 4096


class Scanner(Protocol):
    """What the package calls on a pattern: a compiled pattern or a :class:`Scan`."""

    @property
    def pattern(self) -> str: ...

    @property
    def groupindex(self) -> Any: ...

    def search(self, string: str, pos: int = ..., endpos: int = ...) -> re.Match[str] | None: ...

    def match(self, string: str, pos: int = ..., endpos: int = ...) -> re.Match[str] | None: ...

    def fullmatch(self, string: str, pos: int = ...,
                  endpos: int = ...) -> re.Match[str] | None: ...

    def finditer(self, string: str, pos: int = ...,
                 endpos: int = ...) -> Iterator[re.Match[str]]: ...

    def findall(self, string: str, pos: int = ..., endpos: int = ...) -> list[Any]: ...

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str,
            count: int = ...) -> str: ...

    def split(self, string: str, maxsplit: int = ...) -> list[str | Any]: ...


_last: tuple[str, str | None] = ("", "")

_seen_folds: dict[str, str | None] = {}
"""The folds of the last texts asked about, by value (emptied when it holds :data:`FOLDS`):
the parser scans equal texts built anew (an article, its head, its points' skeletons): three
in four of the strings :func:`folded` is asked about on the benchmark's act were folded
before, as other objects."""

_UNSEEN: Any = object()  # what _seen_folds.get gives for a text not in it (a fold may be None)

FOLDS = 256


def folded(string: str) -> str | None:
    """``string`` in lower case, or None when it holds a character outside :data:`FOLDED`
    (remembered for the last string asked about — a skeleton is scanned by many patterns —
    and, by value, for the last :data:`FOLDS` ones)."""
    global _last
    last = _last
    if last[0] is string:
        return last[1]
    folds = _seen_folds
    fold: str | None = folds.get(string, _UNSEEN)
    if fold is _UNSEEN:
        fold = string.lower() if string.isascii() or _UNFOLDED.search(string) is None else None
        if len(folds) >= FOLDS:
            folds.clear()
        folds[string] = fold
    _last = (string, fold)
    return fold


#: what a :class:`Scan` holds before its first use
_UNCOMPILED = re.compile("")


class Scan:
    """A pattern parsed at its first use, put behind its gate and its first-character test,
    and compiled when a text first passes the gate: the methods of :class:`re.Pattern`, with
    the same results (the compiled pattern's own ``pattern`` may be None: read the Scan's)."""

    __slots__ = ("_flags", "_parsed", "_source", "literals", "pattern", "regex", "untried")

    def __init__(self, source: str, flags: int) -> None:
        self.regex = _UNCOMPILED
        """The compiled pattern (:data:`_UNCOMPILED` until a text may match it)."""
        self.pattern = source
        self._source = source  # what is compiled: the source, behind its look-ahead if tabled
        self._flags = flags
        self._parsed: Any = None  # the parsed pattern, behind its look-ahead, not compiled yet
        self.literals: tuple[str, ...] | None = None
        """The gate: one of them is in every text the pattern matches (None: no gate)."""
        self.untried = True
        """Whether the pattern is still unused (its gate not derived yet)."""

    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern (compiled now if it is not yet): give it to ``re.sub`` & co."""
        regex = self.regex
        if regex is _UNCOMPILED:
            parsed = self._parsed
            if parsed is None:  # the precompiled program when there is one (see regex)
                regex = regex_of(self._source, self._flags)
            else:  # parsed by derive: compiled as re.compile would, without parsing it again
                regex = sre_compile.compile(parsed, self._flags)
            self.regex = regex
            self._parsed = None
        return regex

    def derive(self) -> None:
        """Take the gate and the first-character test (at the first use) from the table, or
        derive them from the parsed source, compiled from that parse when a text passes the
        gate (a pattern that no text of a run may match is never compiled)."""
        flags = self._flags
        if not GATED or flags & (re.ASCII | re.LOCALE):
            self.compiled()  # an ASCII or locale pattern's case folding is not folded()'s
        else:
            known = tabled(self.pattern, flags)
            if known is None:  # not in the table: derived from the parse (a slower start)
                parsed = sre_parse.parse(self.pattern, flags)
                literals, look = derivation(parsed)
                if look:
                    parsed.data.insert(0, sre_parse.parse(look, flags).data[0])
                self._parsed = parsed
            else:
                literals, head, tail = known
                if head:
                    self._source = head + self.pattern + tail
            if literals is None:
                self.compiled()
            else:
                self.literals = literals
        # last: another thread that finds the pattern tried finds it compiled or gated
        self.untried = False

    def possible(self, string: str) -> bool:
        """Whether ``string`` holds one of the gate's literals (or is too long to tell, or
        cannot be folded, or there is no gate); the pattern is compiled when it first is."""
        literals = self.literals
        if literals is None:
            if self.untried:
                self.derive()
                return self.possible(string)
            return True
        if len(string) <= LONGEST:
            last = _last
            fold = last[1] if last[0] is string else folded(string)
            if fold is not None:
                for literal in literals:
                    if literal in fold:
                        break
                else:
                    return False
        if self.regex is _UNCOMPILED:
            self.compiled()
        return True

    @property
    def flags(self) -> int:
        """``re.Pattern.flags`` (with the flags ``re`` adds, as compiled)."""
        return self.compiled().flags

    @property
    def groupindex(self) -> Any:
        """``re.Pattern.groupindex``."""
        return self.compiled().groupindex

    @property
    def groups(self) -> int:
        """``re.Pattern.groups``."""
        return self.compiled().groups

    # each method: ``possible`` first (it compiles the pattern at the first use), then the
    # compiled pattern's own method
    def search(self, string: str, pos: int = 0,
               endpos: int = sys.maxsize) -> re.Match[str] | None:
        """``re.Pattern.search``."""
        return self.regex.search(string, pos, endpos) if self.possible(string) else None

    def match(self, string: str, pos: int = 0,
              endpos: int = sys.maxsize) -> re.Match[str] | None:
        """``re.Pattern.match``."""
        return self.regex.match(string, pos, endpos) if self.possible(string) else None

    def fullmatch(self, string: str, pos: int = 0,
                  endpos: int = sys.maxsize) -> re.Match[str] | None:
        """``re.Pattern.fullmatch``."""
        return self.regex.fullmatch(string, pos, endpos) if self.possible(string) else None

    def finditer(self, string: str, pos: int = 0,
                 endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        """``re.Pattern.finditer``."""
        return self.regex.finditer(string, pos, endpos) if self.possible(string) else iter(())

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        """``re.Pattern.findall``."""
        return self.regex.findall(string, pos, endpos) if self.possible(string) else []

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str,
            count: int = 0) -> str:
        """``re.Pattern.sub``."""
        return self.regex.sub(repl, string, count) if self.possible(string) else string

    def subn(self, repl: str | Callable[[re.Match[str]], str], string: str,
             count: int = 0) -> tuple[str, int]:
        """``re.Pattern.subn``."""
        return self.regex.subn(repl, string, count) if self.possible(string) else (string, 0)

    def split(self, string: str, maxsplit: int = 0) -> list[str | Any]:
        """``re.Pattern.split``."""
        return self.regex.split(string, maxsplit) if self.possible(string) else [string]

    def __repr__(self) -> str:
        return f"scan.compile({self.pattern!r}, {self._flags!r})"


def compile(source: str, flags: int | re.RegexFlag = 0) -> Scan:
    """``re.compile(source, flags)``, compiled at the first use, as a :class:`Scan` (never
    gated for ASCII or locale patterns: their case folding is not :func:`folded`'s)."""
    flags = int(flags)  # as re.compile does: the engine's compiler is slow on enum flags
    return Scan(source, flags)


def scanner(pattern: re.Pattern[str]) -> Scan:
    """A compiled pattern made faster (see :func:`compile`)."""
    return compile(pattern.pattern, pattern.flags & ~re.UNICODE)  # as it was compiled


# --- the table of precomputed gates ----------------------------------------------------------

Entry = tuple[tuple[str, ...] | None, str, str]
"""A pattern's gate (None: no gate), and what is compiled around its source: the look-ahead on
its first characters opening a group, and the group's end ("", "" when there is no
look-ahead)."""

_table: dict[str, Entry] | None = None


def key(source: str, flags: int) -> str:
    """A pattern's key in the table: a hash of its flags and source."""
    from hashlib import blake2b

    text = f"{int(flags)}:{source}".encode("utf-8", "surrogatepass")
    return blake2b(text, digest_size=16).hexdigest()


def tabled(source: str, flags: int) -> Entry | None:
    """The precomputed gate of a pattern, or None when it is not in the table (or the table
    was written by another version of Python, whose parser and case folding may differ)."""
    global _table
    table = _table
    if table is None:
        from . import gate_table

        table = gate_table.GATES if sys.version_info[:2] == gate_table.PYTHON else {}
        _table = table
    return table.get(key(source, flags))


def derivation(parsed: Any) -> tuple[tuple[str, ...] | None, str]:
    """The gate (its literals, longest first) and the first-character look-ahead (as source,
    "" when there is none) of a parsed pattern."""
    gate = _best(_needs(parsed.data))
    literals = None if gate is None else \
        tuple(sorted(gate, key=lambda literal: (-len(literal), literal)))
    return literals, _first_look(parsed)


def entry(source: str, flags: int) -> Entry:
    """A pattern's entry in the table, derived from its parse (the table's generator, and the
    tests that check the table, call it)."""
    parsed = sre_parse.parse(source, flags)
    literals, look = derivation(parsed)
    if not look:
        return literals, "", ""
    # the look-ahead stands before the whole pattern (a top-level "a|b" too): a group; its
    # end on a line of its own when the pattern is verbose (a comment may end the source)
    tail = "\n)" if parsed.state.flags & re.VERBOSE else ")"
    return literals, look + "(?:", tail


# --- the table of precompiled programs -------------------------------------------------------

Program = tuple[int, str, int, dict[str, int], tuple[str | None, ...]]
"""What ``re._compiler.compile`` hands to ``_sre.compile`` for a pattern: the flags (with those
the parse adds), the code (its unsigned ints of ``_sre.CODESIZE`` bytes in native order,
compressed by ``zlib``, in base64: :func:`code_of`), the number of groups less one, the group
indexes by name, and the names by index."""

_programs: dict[tuple[str, int], Program] | None = None


def stamp() -> tuple[object, ...]:
    """What a table of programs is only valid for: the interpreter, its exact version (a bug
    fix of the engine's compiler in a micro release changes programs, not ``_sre.MAGIC``), the
    engine's code format and the byte order."""
    import _sre  # type: ignore[import-not-found]

    return (sys.implementation.name, tuple(sys.version_info[:3]), _sre.MAGIC, _sre.CODESIZE,
            sys.byteorder)


def programs() -> dict[tuple[str, int], Program]:
    """The table of precompiled programs, or an empty one when it was written for another
    interpreter (or cannot be read): then every pattern is compiled by ``re.compile``."""
    global _programs
    table = _programs
    if table is None:
        table = {}
        try:
            from . import sre_table

            if stamp() == sre_table.STAMP and memoryview(bytes(4)).cast("I").itemsize == 4:
                table = sre_table.PROGRAMS
        except Exception:  # no table: re.compile, never another result
            table = {}
        _programs = table
    return table


def code_of(text: str) -> list[int]:
    """A program's code, from its form in the table."""
    import binascii
    import zlib

    return memoryview(zlib.decompress(binascii.a2b_base64(text))).cast("I").tolist()


def regex_of(source: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(source, flags)``: the same pattern object, built from its precompiled
    program (:mod:`consolidate.lang.sre_table`) without parsing or compiling the source when
    the table holds it and was written for this interpreter; else (or on any error)
    ``re.compile``'s. A stale table costs speed, never another result: the program is looked up
    by the exact source and flags, and the table by the exact version of Python."""
    known = (_programs if _programs is not None else programs()).get((source, flags))
    if known is not None:
        try:
            import _sre

            final, code, groups, groupindex, indexgroup = known
            pattern: re.Pattern[str] = _sre.compile(
                source, final, code_of(code), groups, dict(groupindex), indexgroup)
            return pattern
        except Exception:  # the plain compile below
            pass
    return re.compile(source, flags)


#: the patterns :func:`regex` has built, by source and flags (what the table's generator
#: tables beside the Scans' patterns)
_regexes: dict[tuple[str, int], re.Pattern[str]] = {}


def regex(source: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """``re.compile(source, flags)`` for a pattern the package uses as it is, ungated (a
    module-level pattern, a lexicon's): a plain compiled pattern, from its precompiled program
    when the table holds it (:func:`regex_of`), built once per source and flags and then
    returned again (as ``re``'s own cache would). Only for a source fixed by the package and
    its lexicons: a pattern built from an input's text goes to ``re.compile``."""
    known = (source, int(flags))  # as re.compile does: flags as an int
    pattern = _regexes.get(known)
    if pattern is None:
        pattern = _regexes[known] = regex_of(*known)
    return pattern


def requested() -> set[tuple[str, int]]:
    """The source and flags of every pattern :func:`regex` has built in this process."""
    return set(_regexes)


_UNFOLDED = regex(f"[^{FOLDED}]")


# --- the gate: literals every match holds ----------------------------------------------------

Alternatives = frozenset[str]


def _needs(items: Sequence[tuple[Any, Any]]) -> list[Alternatives]:
    """Sets of literals (lower case) such that every match of ``items`` holds one literal of
    each set."""
    needs: list[Alternatives] = []
    run: list[frozenset[str]] = []  # the characters possible at each place of a literal run

    def close() -> None:
        if run:
            words = _words(run)
            if words:
                needs.append(words)
            run.clear()

    for op, av in items:
        chars = _chars(op, av)
        if chars is not None:
            run.append(chars)
            continue
        if op is sc.BRANCH and run:
            # "p(?:ar|our\s+partie)": the run goes on into the branch ("par", "pour")
            leads = [_lead(branch.data) for branch in av[1]]
            if all(leads):
                ahead = _words(run)
                if ahead is not None and len(ahead) * len(leads) <= _MOST_LITERALS:
                    needs.append(_shortest(frozenset(
                        word + lead for word in ahead for lead in leads)))
        if op in (sc.MAX_REPEAT, sc.MIN_REPEAT, sc.POSSESSIVE_REPEAT):
            low, _, sub = av
            if low >= 1:
                single = _single(sub)
                if single is not None:
                    run.append(single)  # "s+": one "s" at least, then the run ends
                    close()
                    continue
                close()
                needs.extend(_needs(sub.data))
            else:
                close()
            continue
        close()
        if op is sc.SUBPATTERN:
            needs.extend(_needs(av[3].data))
        elif op is sc.ATOMIC_GROUP:
            needs.extend(_needs(av.data))
        elif op is sc.ASSERT:  # what a look-around needs is in the text too
            needs.extend(_needs(av[1].data))
        elif op is sc.BRANCH:
            union = _union([_needs(branch.data) for branch in av[1]])
            if union is not None:
                needs.append(union)
    close()
    return needs


def _union(branch_needs: list[list[Alternatives]]) -> Alternatives | None:
    """What every match of a branch holds: one literal of a set of each alternative, the sets
    chosen so that their union tells the most ("par" for "modifié par …|Ꜳ par Ꜳ")."""
    if not all(branch_needs):
        return None
    options: list[Alternatives] = []
    for start in branch_needs[0]:
        chosen = set(start)
        for needs in branch_needs[1:]:
            chosen |= min(needs, key=lambda words: (len(words - chosen), -min(map(len, words))))
        options.append(_shortest(frozenset(chosen)))
    options.append(_shortest(frozenset(
        word for needs in branch_needs for word in _best(needs) or ())))
    return _best(options)


def _lead(items: Sequence[tuple[Any, Any]]) -> str:
    """The literal string an alternative starts with (one spelling only), or ''."""
    lead = ""
    for op, av in items:
        chars = _chars(op, av)
        if chars is None or len(chars) != 1:
            break
        lead += next(iter(chars))
    return lead


def _chars(op: Any, av: Any) -> frozenset[str] | None:
    """The characters (lower case) one item matches, when it is a literal or a small set of
    literals that fold exactly; else None."""
    if op is sc.LITERAL:
        return _literal(av)
    if op is sc.IN and len(av) <= 4:
        chars: frozenset[str] = frozenset()
        for kind, code in av:
            one = _literal(code) if kind is sc.LITERAL else None
            if one is None:
                return None
            chars |= one
        return chars
    return None


@functools.cache
def _literal(code: int) -> frozenset[str] | None:
    """The literal ``code`` in lower case, when it is in :data:`FOLDED`; else None
    (remembered: a lexicon's patterns spell the same letters again and again)."""
    return frozenset({chr(code).lower()}) if _folds(code) else None


def _folds(code: int) -> bool:
    """Whether the character ``code`` is in :data:`FOLDED`."""
    return any(low <= code <= high for low, high in _FOLDED_RANGES)


_FOLDED_RANGES = tuple((ord(low), ord(high)) for low, high in re.findall("(.)-(.)", FOLDED))


def _single(sub: Any) -> frozenset[str] | None:
    """The characters of a repeated single item ("s" in "s+"), or None."""
    data = sub.data
    return _chars(*data[0]) if len(data) == 1 else None


def _words(run: list[frozenset[str]]) -> Alternatives | None:
    """Every string a literal run spells (None past :data:`_MOST_LITERALS`)."""
    count = 1
    for chars in run:
        count *= len(chars)
    if count > _MOST_LITERALS:
        return None
    return frozenset("".join(word) for word in itertools.product(*(sorted(c) for c in run)))


def _shortest(words: Alternatives) -> Alternatives:
    """``words`` without those that hold another of them (the shorter one is present too)."""
    return frozenset(word for word in words
                     if not any(other != word and other in word for other in words))


def _best(needs: list[Alternatives]) -> Alternatives | None:
    """The most telling set: its shortest literal longest, then the fewest literals."""
    if not needs:
        return None
    return max(needs, key=lambda words: (min(map(len, words)), -len(words)))


# --- the first characters --------------------------------------------------------------------

#: the categories a first-character set holds (a negated one is almost any character)
_CATEGORIES = (sc.CATEGORY_DIGIT, sc.CATEGORY_SPACE, sc.CATEGORY_WORD) if GATED else ()
_CATEGORY_SOURCE = dict(zip(_CATEGORIES, (r"\d", r"\s", r"\w"), strict=True)) if GATED else {}

First = tuple[list[tuple[Any, Any]], list[tuple[Any, Any]]]
"""The first characters as items of a character set: those compared ignoring case, the
others."""


class _Anything(Exception):
    """Any character may start a match: there is no first-character test."""


def _first_look(parsed: Any) -> str:
    """The look-ahead on the characters a match starts with, as source ("" when there is
    none): not when a match may be empty or start with any character, nor when the first item
    is one character test already or an anchor."""
    data = parsed.data
    if not data or _starts_alone(data):
        return ""
    ignore = bool(parsed.state.flags & re.IGNORECASE)
    try:
        first: First = ([], [])
        if _first(data, ignore, first):
            return ""  # a match may be empty
    except _Anything:
        return ""
    sets = [f"(?{flag}:[{''.join(dict.fromkeys(map(_set_item, items)))}])"
            for flag, items in (("i", first[0]), ("-i", first[1])) if items]
    return "(?=" + "|".join(sets) + ")"


def _set_item(item: tuple[Any, Any]) -> str:
    """One item of a character set, as source."""
    kind, value = item
    if kind is sc.LITERAL:
        return _escaped(value)
    if kind is sc.RANGE:
        return f"{_escaped(value[0])}-{_escaped(value[1])}"
    return _CATEGORY_SOURCE[value]


def _escaped(code: int) -> str:
    """A character of a set, as source: itself when a letter or digit of Basic Latin, else
    its escape (never special in a set, verbose or not)."""
    char = chr(code)
    if char.isascii() and char.isalnum():
        return char
    return f"\\x{code:02x}" if code < 0x100 else \
        f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def _starts_alone(data: Any) -> bool:
    """Whether the first item of a pattern is one character test already (a literal, a set),
    or an anchor: a look-ahead would add nothing, or lose the engine's own shortcuts (a
    prefix to skip to, a single try for "^")."""
    op, av = data[0]
    while op is sc.SUBPATTERN and av[3].data:
        op, av = av[3].data[0]
    return op in (sc.LITERAL, sc.IN) or (
        op is sc.AT and av in (sc.AT_BEGINNING, sc.AT_BEGINNING_STRING))


def _first(items: Sequence[tuple[Any, Any]], ignore: bool, first: First) -> bool:
    """Add the characters a match of ``items`` can start with to ``first``; return whether
    ``items`` may match the empty string. Raises :class:`_Anything`."""
    for op, av in items:
        if op is sc.LITERAL:
            first[0 if ignore else 1].append((op, av))
            return False
        if op is sc.IN:
            first[0 if ignore else 1].extend(_set_items(av))
            return False
        if op in (sc.AT, sc.ASSERT, sc.ASSERT_NOT):
            continue  # takes no character
        if op is sc.SUBPATTERN:
            _, add, remove, sub = av
            inner = (ignore or bool(add & re.IGNORECASE)) and not remove & re.IGNORECASE
            if not _first(sub.data, inner, first):
                return False
            continue
        if op is sc.ATOMIC_GROUP:
            if not _first(av.data, ignore, first):
                return False
            continue
        if op is sc.BRANCH:
            empty = False
            for branch in av[1]:
                empty = _first(branch.data, ignore, first) or empty
            if not empty:
                return False
            continue
        if op in (sc.MAX_REPEAT, sc.MIN_REPEAT, sc.POSSESSIVE_REPEAT):
            low, _, sub = av
            if not _first(sub.data, ignore, first) and low >= 1:
                return False
            continue
        raise _Anything
    return True


def _set_items(av: Any) -> list[tuple[Any, Any]]:
    """A character set's items (a negated set, a category but digits, spaces and word
    characters: almost any character)."""
    for kind, value in av:
        if not (kind in (sc.LITERAL, sc.RANGE) or (kind is sc.CATEGORY and value in _CATEGORIES)):
            raise _Anything
    return list(av)
