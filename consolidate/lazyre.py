"""Regular expressions compiled when first used, not when their module is imported.

CPython compiles a regular expression in Python code (``re._parser``, ``re._compiler``): a few
hundred microseconds for a line-long pattern, milliseconds for the grammar's long ones. A
module-level ``re.compile`` pays that at import, even when the run never uses the pattern —
the command's start-up (docs/benchmarks.md). ``lazy_compile(pattern, flags)`` is a drop-in for
``re.compile`` at module level: the same methods, compiled on the first call; after it, the
compiled pattern's own (C) methods are found directly on the object, so a use costs what a
``re.Pattern``'s does.

It is not a ``re.Pattern``: give it to ``re.sub``/``re.match`` & co. as ``.compiled()``, and
check it with ``isinstance(x, LazyPattern)``. Only the standard ``re`` module is used (no
cache on disk, no CPython internals).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from typing import Any


class LazyPattern:
    """A regular expression compiled on first use (see the module's docstring)."""

    def __init__(self, pattern: str, flags: int | re.RegexFlag = 0) -> None:
        self.pattern = pattern
        """The source of the expression, as ``re.Pattern.pattern``."""
        self._flags = flags

    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern (compiled now if it is not yet); from then on, the methods
        below are the compiled pattern's own."""
        compiled = re.compile(self.pattern, self._flags)
        self.__dict__.update(
            search=compiled.search, match=compiled.match, fullmatch=compiled.fullmatch,
            finditer=compiled.finditer, findall=compiled.findall, sub=compiled.sub,
            subn=compiled.subn, split=compiled.split, compiled=lambda: compiled,
        )
        return compiled

    def search(self, string: str, pos: int = 0,
               endpos: int = sys.maxsize) -> re.Match[str] | None:
        """``re.Pattern.search``."""
        return self.compiled().search(string, pos, endpos)

    def match(self, string: str, pos: int = 0,
              endpos: int = sys.maxsize) -> re.Match[str] | None:
        """``re.Pattern.match``."""
        return self.compiled().match(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0,
                  endpos: int = sys.maxsize) -> re.Match[str] | None:
        """``re.Pattern.fullmatch``."""
        return self.compiled().fullmatch(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0,
                 endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        """``re.Pattern.finditer``."""
        return self.compiled().finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        """``re.Pattern.findall``."""
        return self.compiled().findall(string, pos, endpos)

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str,
            count: int = 0) -> str:
        """``re.Pattern.sub``."""
        return self.compiled().sub(repl, string, count)

    def subn(self, repl: str | Callable[[re.Match[str]], str], string: str,
             count: int = 0) -> tuple[str, int]:
        """``re.Pattern.subn``."""
        return self.compiled().subn(repl, string, count)

    def split(self, string: str, maxsplit: int = 0) -> list[str | Any]:
        """``re.Pattern.split``."""
        return self.compiled().split(string, maxsplit)

    @property
    def flags(self) -> int:
        """``re.Pattern.flags`` (with the flags ``re`` adds, as compiled)."""
        return self.compiled().flags

    @property
    def groupindex(self) -> dict[str, int]:
        """``re.Pattern.groupindex``."""
        return dict(self.compiled().groupindex)

    @property
    def groups(self) -> int:
        """``re.Pattern.groups``."""
        return self.compiled().groups

    def __repr__(self) -> str:
        return f"lazy_compile({self.pattern!r}, {self._flags!r})"


def lazy_compile(pattern: str, flags: int | re.RegexFlag = 0) -> LazyPattern:
    """``re.compile(pattern, flags)``, done when the pattern is first used."""
    return LazyPattern(pattern, flags)
