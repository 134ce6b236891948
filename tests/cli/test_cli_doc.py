"""The examples of docs/cli.md are what the command prints.

Every ``$ consolidate ...`` line of a fenced block of docs/cli.md is run (in-process, through
``consolidate.cli.main``) in a scratch directory holding the files the page uses
(``garbled.md``, ``garbled-formula.md``, ``notes.txt``, and links to ``seeds/`` and
``tests/``, and ``../shared``: an example reading it is skipped where it is absent). Every
line the page shows after it must be a line of the command's stdout or
stderr (for a line shortened with "…", each piece of it); ``$ echo $?`` lines check the exit
code. A pipe to ``head`` is ignored (the page shows the first lines).
"""

from __future__ import annotations

import re
import shlex
import textwrap
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from consolidate import api
from consolidate.cli import main

ROOT = Path(__file__).resolve().parents[2]
PAGE = ROOT / "docs" / "cli.md"
SHARED = ROOT.parent / "shared"
FENCE = re.compile(r"^(?P<indent>[ \t]*)```[a-z]*\n(?P<body>.*?)^(?P=indent)```", re.M | re.S)


@dataclass
class Example:
    """One command of the page and what the page says it prints."""

    line: int
    command: str
    expected: list[str] = field(default_factory=list)
    exit_code: int | None = None


def examples() -> list[Example]:
    """Every ``$ consolidate`` command of the page's code blocks, with its shown output."""
    text = PAGE.read_text(encoding="utf-8")
    found: list[Example] = []
    for block in FENCE.finditer(text):
        first_line = text.count("\n", 0, block.start()) + 2
        current: Example | None = None
        body = textwrap.dedent(block["body"])
        for offset, line in enumerate(body.splitlines()):
            if line.startswith("$ echo $?"):
                continue
            if line.startswith("$ "):
                command = line[2:].split("#")[0].strip()
                current = Example(first_line + offset, command)
                found.append(current)
            elif current is not None and re.fullmatch(r"\d+", line.strip()) and \
                    body.splitlines()[offset - 1].startswith("$ echo $?"):
                current.exit_code = int(line.strip())
            elif current is not None and line.strip():
                current.expected.append(line.rstrip())
    return found


EXAMPLES = examples()


def scratch(tmp_path: Path) -> Path:
    """A directory with the files the page's examples name."""
    act = api.embedded(api.EMBEDDED_ACT).decode("utf-8")
    garbled = act.replace('le mot "nouveau" est remplacé', 'le mot "nouveaux" est remplacé')
    formula = act.replace(
        'niveau B qui sont mis à la pension pour une autre raison que l\'inaptitude physique" '
        "sont remplacés par",
        'niveau B qui sont mis à la pension pour une autre raison que l\'inaptitude physique" '
        "sont échangés contre",
        1,
    )
    assert garbled != act and formula != act
    work = tmp_path / "work"
    work.mkdir()
    (work / "garbled.md").write_text(garbled, encoding="utf-8")
    (work / "garbled-formula.md").write_text(formula, encoding="utf-8")
    (work / "notes.txt").write_text(
        "10 AVRIL 2016. - Loi relative au travail à distance au sein de la Défense\n\n"
        "une ligne perdue\nArt. 2. Texte.\n",
        encoding="utf-8",
    )
    for name in ("seeds", "tests"):
        (work / name).symlink_to(ROOT / name, target_is_directory=True)
    if SHARED.exists():
        (tmp_path / "shared").symlink_to(SHARED, target_is_directory=True)
    return work


def shown(line: str, printed: set[str], output: str) -> bool:
    """Whether a line of the page is in the output: whole, or for a line shortened with "…",
    each of its pieces."""
    if "…" not in line:
        return line in printed
    return all(piece.strip() in output for piece in line.split("…"))


def test_the_page_has_examples() -> None:
    commands = [example.command.split()[1] if " " in example.command else ""
                for example in EXAMPLES]
    assert {"parse", "explain", "apply", "render", "diff", ""} <= set(commands)
    assert all(example.expected or "-o" in example.command for example in EXAMPLES)


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda example: f"line {example.line}")
def test_example_output(
    example: Example,
    tmp_path: Path,
    shared: Callable[[str], Path],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    if "../shared/" in example.command:
        shared("data")  # skips, with the reason, without the shared data
    work = scratch(tmp_path)
    monkeypatch.chdir(work)
    words = shlex.split(example.command.split("|")[0])
    assert words[0] == "consolidate"
    code = main(words[1:])
    captured = capsys.readouterr()
    output = captured.out + captured.err
    printed = set(output.splitlines())
    missing = [line for line in example.expected if not shown(line, printed, output)]
    assert not missing, f"docs/cli.md:{example.line}: not printed by `{example.command}`"
    if example.exit_code is not None:
        assert code == example.exit_code
    if "-o" in words:
        assert captured.out == ""
        assert (work / words[words.index("-o") + 1]).exists()


def test_every_option_and_format_is_documented() -> None:
    import argparse

    from consolidate.cli import SUBCOMMANDS, build_parser

    page = PAGE.read_text(encoding="utf-8")
    parser = build_parser()
    subparsers = next(
        action for action in parser._actions if isinstance(action, argparse._SubParsersAction)
    )
    for name in SUBCOMMANDS:
        assert f"## `consolidate {name}`" in page, name
        for action in subparsers.choices[name]._actions:
            for option in action.option_strings:
                if option.startswith("--") and option != "--help":
                    assert f"`{option}" in page, f"consolidate {name} {option}"
            for choice in action.choices or ():
                assert f"`--format {choice}`" in page, f"consolidate {name} --format {choice}"
