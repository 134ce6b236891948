"""The HTML redline in a real browser: headless Chromium opens the page (file:// URL).

A copy of the page gets a probe script (the page itself has none) that measures, after
layout, every amended article, ``<ins>`` and ``<del>``: present, displayed, with a size, not
hidden, not transparent. ``--dump-dom`` returns the measured DOM; ``--screenshot`` saves a
picture in the test's temporary directory. On a phone-sized window the two columns stack.
Skipped, with the reason, when Chromium is not installed.
"""

from __future__ import annotations

import itertools
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit"))
from render_cases import consolidation

from consolidate.renderers.html import render_html

pytestmark = pytest.mark.browser

CHROMIUM = next((p for p in (shutil.which("chromium"), "/usr/bin/chromium") if p and
                 os.path.exists(p)), None)
FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--hide-scrollbars", "--virtual-time-budget=5000",
)
PROBE = """
<script>
window.addEventListener('load', function () {
  function seen(el) {
    var r = el.getBoundingClientRect(), s = getComputedStyle(el);
    return {tag: el.tagName.toLowerCase(), id: el.id || '', text: el.textContent,
            cls: el.className || '',
            visible: r.width > 0 && r.height > 0 && s.display !== 'none'
                     && s.visibility === 'visible' && parseFloat(s.opacity) > 0
                     && r.left >= 0 && r.right <= document.documentElement.scrollWidth,
            top: r.top, bottom: r.bottom, left: r.left};
  }
  var out = {items: [], cells: []};
  document.querySelectorAll('article.amended, ins, del').forEach(function (el) {
    out.items.push(seen(el));
  });
  document.querySelectorAll('table.synoptic td').forEach(function (el) {
    out.cells.push(seen(el));
  });
  out.width = document.documentElement.scrollWidth;
  out.viewport = window.innerWidth;
  var pre = document.createElement('pre');
  pre.id = 'probe';
  pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
});
</script>
"""

needs_chromium = pytest.mark.skipif(
    CHROMIUM is None,
    reason="headless Chromium is not installed (apt-get install chromium; .ci/run does it)",
)


def run_chromium(tmp_path: Path, *args: str, size: str) -> subprocess.CompletedProcess[str]:
    """Run headless Chromium with a fresh profile; fail with its stderr on error."""
    assert CHROMIUM is not None
    profile = tmp_path / f"profile-{size}"
    profile.mkdir(exist_ok=True)
    command = [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", f"--window-size={size}", *args]
    done = subprocess.run(command, capture_output=True, text=True, timeout=90, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    return done


def probe(tmp_path: Path, page: str, size: str) -> dict[str, object]:
    """Open the page with the probe in a window of ``size``; return the measurements."""
    probed = tmp_path / f"probed-{size}.html"
    probed.write_text(page.replace("</body>", PROBE + "</body>"), encoding="utf-8")
    done = run_chromium(tmp_path, "--dump-dom", probed.as_uri(), size=size)
    match = re.search(r'<pre id="probe">(.*?)</pre>', done.stdout, re.S)
    assert match, "the probe did not run: " + done.stdout[-500:]
    raw = match.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    result: dict[str, object] = json.loads(raw)
    return result


@pytest.fixture(scope="module")
def page() -> str:
    return render_html(consolidation())


@needs_chromium
def test_every_amended_article_ins_and_del_is_present_and_visible(
    tmp_path: Path, page: str
) -> None:
    measured = probe(tmp_path, page, "1280,2000")
    items = measured["items"]
    assert isinstance(items, list)
    expected_articles = set(re.findall(r'<article class="amended" id="([^"]+)"', page))
    assert expected_articles == {"d1-art_10", "d1-art_11", "d2-art_10", "d3-art_3"}
    assert {i["id"] for i in items if i["tag"] == "article"} == expected_articles
    assert sum(i["tag"] == "ins" for i in items) == page.count("<ins ")
    assert sum(i["tag"] == "del" for i in items) == page.count("<del ")
    assert page.count("<ins ") >= 4 and page.count("<del ") >= 4
    hidden = [i for i in items if not i["visible"]]
    assert not hidden, hidden
    texts = {i["text"] for i in items if i["tag"] in ("ins", "del")}
    assert "<quatre>" in texts and "cinq" in texts  # escaped in the page, shown as text
    assert measured["width"] <= measured["viewport"]  # no horizontal scrolling


@needs_chromium
def test_on_a_phone_the_two_columns_stack(tmp_path: Path, page: str) -> None:
    measured = probe(tmp_path, page, "390,844")
    cells = measured["cells"]
    assert isinstance(cells, list) and len(cells) == page.count("<td ") >= 8
    assert all(cell["visible"] for cell in cells)
    pairs = [(a, b) for a, b in itertools.pairwise(cells)
             if a["cls"] == "before" and b["cls"] == "after"]  # the two cells of one row
    assert len(pairs) >= 4
    for before, after in pairs:
        assert after["top"] >= before["bottom"] - 1  # below, not beside
    assert measured["width"] <= measured["viewport"]


@needs_chromium
def test_screenshot(tmp_path: Path, page: str) -> None:
    html = tmp_path / "redline.html"
    html.write_text(page, encoding="utf-8")
    shot = tmp_path / "redline.png"
    run_chromium(tmp_path, f"--screenshot={shot}", html.as_uri(), size="1200,1600")
    data = shot.read_bytes()
    assert data.startswith(b"\x89PNG") and len(data) > 10_000


@needs_chromium
def test_the_page_prints(tmp_path: Path, page: str) -> None:
    html = tmp_path / "redline.html"
    html.write_text(page, encoding="utf-8")
    pdf = tmp_path / "redline.pdf"
    run_chromium(tmp_path, f"--print-to-pdf={pdf}", "--no-pdf-header-footer", html.as_uri(),
                 size="1200,1600")
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 10_000
