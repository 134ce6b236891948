"""Imports flow one way (docs/architecture): the core modules import nothing of the package
above them, the parser never touches lxml, and only the differ imports diff-match-patch."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "consolidate"


def imports_of(path: Path) -> set[str]:
    """Absolute names of the modules a file imports (relative imports resolved)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    package = parts[:-1]
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = list(package[: len(package) - node.level + 1])
                module = ".".join([*base, node.module] if node.module else base)
            else:
                module = node.module or ""
            names.add(module)
    return names


def package_imports(path: Path) -> set[str]:
    return {name for name in imports_of(path) if name.startswith("consolidate")}


def test_core_modules_import_nothing_of_the_package() -> None:
    for name in ("errors.py", "text.py", "model.py"):
        assert package_imports(PACKAGE / name) <= {"consolidate.errors"}, name


def test_parser_never_imports_lxml() -> None:
    parser_files = [PACKAGE / "parser.py", *(PACKAGE / "lang").glob("*.py")]
    parser_files += list((PACKAGE / "parsing").glob("*.py"))
    for path in parser_files:
        if path.exists():
            assert not any(n.startswith("lxml") for n in imports_of(path)), path


def test_only_the_differ_imports_diff_match_patch_and_nobody_uses_difflib() -> None:
    for path in PACKAGE.rglob("*.py"):
        names = imports_of(path)
        assert "difflib" not in names, path
        if path.name != "differ.py":
            assert "diff_match_patch" not in names, path


def test_the_cli_uses_the_public_api_not_the_internals_of_apply() -> None:
    for path in (PACKAGE / "cli").glob("*.py"):
        assert "consolidate.applier" not in package_imports(path), path


def test_the_public_verbs_stay_functions_after_every_module_is_imported() -> None:
    """A submodule named like a verb would replace the verb on the package once imported."""
    import importlib

    import consolidate

    for path in PACKAGE.rglob("*.py"):
        if path.name == "__main__.py":
            continue
        module = ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        importlib.import_module(module.removesuffix(".__init__"))
    for verb in ("parse", "load", "apply", "render", "diff", "consolidate", "draft", "compare"):
        assert callable(getattr(consolidate, verb)), verb
