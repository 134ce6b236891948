"""consolidate.lazyre: a module-level pattern compiled when first used, same results as
``re.compile``."""

from __future__ import annotations

import re

from consolidate.lazyre import LazyPattern, lazy_compile

# the footnote the 2024 act's art. 2 leaves in the consolidated loi du 16 mai 2001
# (tests/golden/chain/at-2024-06-01.txt, line 6)
NOTE = "(1)<L 2024-03-25/42, art. 2, 002; En vigueur : 01-01-2024>"
SOURCE = r"(?P<kind>[A-Z]+)\s+(?P<ref>\d{4}-\d{2}-\d{2}/\d+)"


def test_not_compiled_before_its_first_use() -> None:
    pattern = lazy_compile(SOURCE)
    assert isinstance(pattern, LazyPattern)
    assert "search" not in vars(pattern)
    assert pattern.search(NOTE) is not None
    assert vars(pattern)["search"] == pattern.compiled().search  # the C method, from now on
    assert pattern.compiled() is pattern.compiled()


def test_every_method_gives_what_re_compile_gives() -> None:
    lazy, eager = lazy_compile(SOURCE, re.I), re.compile(SOURCE, re.I)
    for name in ("search", "match", "fullmatch"):
        for start in (0, 4):
            got, expected = getattr(lazy, name)(NOTE, start), getattr(eager, name)(NOTE, start)
            assert (got and got.groupdict()) == (expected and expected.groupdict())
    assert [m.span() for m in lazy.finditer(NOTE)] == [m.span() for m in eager.finditer(NOTE)]
    assert lazy.findall(NOTE) == eager.findall(NOTE)
    assert lazy.sub("X", NOTE) == eager.sub("X", NOTE)
    assert lazy.sub(lambda m: m["ref"], NOTE, count=1) == eager.sub(lambda m: m["ref"], NOTE, 1)
    assert lazy.subn("X", NOTE) == eager.subn("X", NOTE)
    assert lazy.split(NOTE) == eager.split(NOTE)
    assert (lazy.pattern, lazy.flags, lazy.groups) == (eager.pattern, eager.flags, eager.groups)
    assert lazy.groupindex == dict(eager.groupindex)


def test_methods_called_before_compiling_too() -> None:
    # a first use through any method compiles it (here, finditer)
    pattern = lazy_compile(r"\d{2}-\d{2}-\d{4}")
    assert [m[0] for m in pattern.finditer(NOTE)] == ["01-01-2024"]
    assert "finditer" in vars(pattern)
