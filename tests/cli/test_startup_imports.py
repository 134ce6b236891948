"""What the command imports to start: the embedded case and ``--version`` (issue 14, item 4).

Not timed (times belong to benchmarks/bench.py): each test runs the command in a fresh
interpreter and looks at ``sys.modules`` after it, so that a module-level import of a part the
run does not use (the html or Akoma Ntoso renderers, the Justel reader and writer, the
verifier, the drafter, another subcommand) fails here instead of slowing every start.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

#: run ``consolidate.cli.main(ARGV)`` with its output swallowed; print the modules loaded
PROGRAM = """
import contextlib, io, json, sys
import consolidate.cli
with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
    code = consolidate.cli.main(json.loads(sys.argv[1]))
print(json.dumps({"code": code, "modules": sorted(sys.modules)}))
"""

#: parts of the package the embedded case (text) does not use
NOT_FOR_TEXT = (
    "consolidate.akn_reader", "consolidate.bilingual", "consolidate.bilingual_align",
    "consolidate.corpus", "consolidate.differ", "consolidate.drafter", "consolidate.history",
    "consolidate.justel.reader", "consolidate.justel.writer", "consolidate.justel.html",
    "consolidate.lang.nl", "consolidate.renderers.akn", "consolidate.renderers.html",
    "consolidate.renderers.json_model", "consolidate.renderers.json_out", "consolidate.schema",
    "consolidate.verification", "diff_match_patch",
    # the other subcommands: only the one the command line names is imported
    "consolidate.cli.parse_cmd", "consolidate.cli.explain_cmd", "consolidate.cli.render_cmd",
    "consolidate.cli.diff_cmd", "consolidate.cli.verify_cmd", "consolidate.cli.batch_cmd",
    "consolidate.cli.history_cmd",
)


def loaded(*argv: str) -> tuple[int, set[str]]:
    """Exit code and modules of ``consolidate ARGV`` run in a fresh interpreter."""
    completed = subprocess.run(
        [sys.executable, "-c", PROGRAM, json.dumps(list(argv))], cwd=ROOT,
        capture_output=True, text=True, check=True, timeout=120)
    found = json.loads(completed.stdout)
    return found["code"], set(found["modules"])


def imported(modules: set[str], prefix: str) -> list[str]:
    """The modules that are ``prefix`` or below it."""
    return sorted(name for name in modules if name == prefix or name.startswith(prefix + "."))


def test_the_embedded_case_imports_only_what_it_uses() -> None:
    code, modules = loaded()
    assert code == 0
    assert "consolidate.cli.apply_cmd" in modules  # the run did happen
    assert [name for prefix in NOT_FOR_TEXT for name in imported(modules, prefix)] == []


def test_html_imports_its_renderer_and_no_other_subcommand() -> None:
    code, modules = loaded("--format", "html")
    assert code == 0
    assert "consolidate.renderers.html" in modules
    assert imported(modules, "consolidate.renderers.akn") == []
    assert imported(modules, "consolidate.cli.parse_cmd") == []


def test_version_imports_neither_the_library_nor_its_dependencies() -> None:
    code, modules = loaded("--version")
    assert code == 0
    assert imported(modules, "consolidate") == ["consolidate", "consolidate.cli"]
    assert imported(modules, "pydantic") == []
    assert imported(modules, "lxml") == []


#: run the embedded case; print, of the package's module-level patterns wrapped by
#: consolidate.lang.scan, those compiled and those never compiled
COMPILED = """
import contextlib, io, json, sys
import consolidate.cli
with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
    code = consolidate.cli.main([])
from consolidate.lang import scan
found = {"code": code, "compiled": [], "not": []}
for name, module in sorted(sys.modules.items()):
    if name.startswith("consolidate"):
        for key, value in sorted(vars(module).items()):
            if isinstance(value, scan.Scan):
                compiled = value.regex is not scan._UNCOMPILED
                found["compiled" if compiled else "not"].append(f"{name}.{key}")
print(json.dumps(found))
"""


def test_the_embedded_case_compiles_only_the_patterns_it_uses() -> None:
    completed = subprocess.run(
        [sys.executable, "-c", COMPILED], cwd=ROOT, capture_output=True, text=True, check=True,
        timeout=120)
    found = json.loads(completed.stdout)
    assert found["code"] == 0
    # tried on a text that passes its gate: compiled (at its first use)
    assert "consolidate.parsing.acts._BECAME" in found["compiled"]
    # never used by it (a Code's quoted articles, tirets, the html renderer's points), or only
    # on texts its gate rules out: never compiled
    for name in ("consolidate.lang.fr.BLOCK_LABEL", "consolidate.parsing.instruction._DASH_LINE",
                 "consolidate.lang.fr.POINT_LIKE", "consolidate.renderers.common._POINT_LINE"):
        assert name in found["not"]
