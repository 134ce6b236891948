"""The Python examples of the documentation run.

Every fenced ```python block of every ``docs/*.md`` page is executed; the blocks of one page
share one namespace (a later block may use what an earlier one defined) and run with the
repository root as the working directory, so ``seeds/...`` paths work. Any exception fails the
test; its traceback names the page and the line in the page. A page whose examples read the shared
data (``../shared/...``) is skipped, saying so, where ``../shared`` is absent.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DOCS = sorted((ROOT / "docs").glob("*.md"))
FENCE = re.compile(r"^```python[ \t]*\n(?P<code>.*?)^```[ \t]*$", re.DOTALL | re.MULTILINE)


def python_blocks(page: Path) -> list[tuple[int, str]]:
    """(line number, code) of each ```python block of a Markdown page."""
    text = page.read_text(encoding="utf-8")
    return [
        (text.count("\n", 0, match.start()) + 1, match["code"])
        for match in FENCE.finditer(text)
    ]


PAGES = [page for page in DOCS if python_blocks(page)]


def test_fence_reader_finds_blocks() -> None:
    page = "text\n```python\nx = 1\n```\nmore\n```python\ny = x\n```\n```bash\nls\n```\n"
    blocks = [match["code"] for match in FENCE.finditer(page)]
    assert blocks == ["x = 1\n", "y = x\n"]


def test_the_document_model_page_has_examples() -> None:
    assert ROOT / "docs" / "document-model.md" in PAGES


@pytest.mark.parametrize("page", PAGES, ids=lambda page: page.name)
def test_examples_run(
    page: Path, monkeypatch: pytest.MonkeyPatch, shared: Callable[[str], Path]
) -> None:
    monkeypatch.chdir(ROOT)
    if any("../shared/" in code for _, code in python_blocks(page)):
        shared("data")  # skips, with the reason, without the shared data
    namespace: dict[str, object] = {"__name__": f"docs_{page.stem.replace('-', '_')}"}
    for line, code in python_blocks(page):
        # pad with newlines so that tracebacks give the line number in the page
        compiled = compile("\n" * line + code, str(page.relative_to(ROOT)), "exec")
        exec(compiled, namespace)  # the traceback names the page and the line in it
