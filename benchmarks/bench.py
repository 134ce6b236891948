"""Benchmark: start-up, the 2024 case, and how cost grows with the size of the text.

Run: ``python benchmarks/bench.py [--quick] [--budget SECONDS]``. Prints one table; measures
with ``time.perf_counter`` over repeated runs (best of N), never inside the test suite.

Scaling is measured on synthetic acts of N articles (each with three alinéas, the second an
enumeration) amended by an act of N operations (one word replacement per article): if the
cost per article stays flat while N grows ×10 ("growth" about 1), the cost is linear.
Rendering and diffing are measured on a copy edited by hand (the same change), so they are
measured even when applying at that size is too slow. See docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import os
import subprocess
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

from lxml import etree

from consolidate import api
from consolidate.document import (
    AKN_NS,
    NSMAP,
    Document,
    akn,
    assign_eids,
    cns,
    make_alinea,
    make_num,
    make_point,
)

TITLE = "portant statut des militaires du cadre de réserve des Forces armées"


def best_of(repeat: int, action: Callable[[], object], *, patience: float = 2.0) -> float:
    """Best wall time of up to ``repeat`` runs, in seconds.

    Stops repeating once the runs so far took ``patience`` seconds in all: a slow measure is
    taken once or twice rather than five times.
    """
    times: list[float] = []
    for _ in range(repeat):
        gc.collect()  # start each run with no garbage left by the previous one
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
        if sum(times) > patience:
            break
    return min(times)


def synthetic_document(article_count: int) -> Document:
    """A document of ``article_count`` articles, in the model of docs/document-model.md."""
    root = etree.Element(akn("akomaNtoso"), nsmap=NSMAP)
    act = etree.SubElement(root, akn("act"), name="loi")
    meta = etree.SubElement(act, akn("meta"))
    proprietary = etree.SubElement(meta, akn("proprietary"), source="#consolidate")
    identity = etree.SubElement(
        proprietary, cns("act"), type="loi", date="2001-05-16", language="fr", model="true",
        version="1",
    )
    etree.SubElement(identity, cns("title")).text = TITLE
    body = etree.SubElement(act, akn("body"))
    for number in range(1, article_count + 1):
        article = etree.SubElement(body, akn("article"))
        article.append(make_num(f"Art. {number}."))
        article.append(make_alinea(f"Le militaire visé à l'article {number} exerce sa mission "
                                   f"marqueur{number} selon les règles fixées par le Roi."))
        points = [make_point(f"{i}°", f"la condition numéro {i} de l'article {number};")
                  for i in (1, 2, 3)]
        article.append(make_alinea("Il est tenu de respecter les conditions suivantes :", points))
        article.append(make_alinea("Le Roi fixe les modalités d'exécution du présent article."))
    document = Document(root, f"<synthetic {article_count}>")
    assign_eids(document)
    return document


def synthetic_edit(document: Document) -> Document:
    """A copy of a synthetic document with what its synthetic act does, done by hand.

    Each "marqueurN" becomes "repèreN", directly in the tree (no applier involved).
    """
    edited = document.copy()
    for paragraph in edited.body.iter(akn("p")):
        if paragraph.text and "marqueur" in paragraph.text:
            paragraph.text = paragraph.text.replace("marqueur", "repère")
    return edited


def synthetic_act(article_count: int) -> str:
    """An amending act with one word replacement per article of the synthetic document."""
    lines = [
        "---",
        'title-fr: "Loi modifiant la loi du 16 mai 2001"',
        "date: 2024-03-25",
        "case: 2024-03-25/99",
        "publication: 2024-04-18",
        "---",
        "",
        "**Article 1er.** La présente loi règle une matière visée à l'article 74 de la "
        "Constitution.",
        "",
        f"**Art. 2.** Dans l'article 1er de la loi du 16 mai 2001 {TITLE}, les mots "
        '"marqueur1" sont remplacés par les mots "repère1".',
        "",
    ]
    for number in range(2, article_count + 1):
        lines.append(f"**Art. {number + 1}.** Dans l'article {number} de la même loi, les mots "
                     f'"marqueur{number}" sont remplacés par les mots "repère{number}".')
        lines.append("")
    lines.append(f"**Art. {article_count + 2}.** La présente loi entre en vigueur le 1er janvier "
                 "2024.")
    return "\n".join(lines) + "\n"


def process_seconds(repeat: int, *arguments: str) -> float:
    """Best wall time of ``python -m consolidate ARGUMENTS`` as a fresh process."""
    command = [sys.executable, "-m", "consolidate", *arguments]
    return best_of(
        repeat, lambda: subprocess.run(command, check=True, capture_output=True), patience=10
    )


Row = tuple[str, "float | None", str]


class Scaling:
    """One measure taken at growing sizes: per-unit cost, growth, and a time budget.

    ``growth`` is (time at N / time at the previous N) / (N / previous N): about 1 when the
    cost is linear, about ×10 per ×10 in size when it is quadratic. A size whose projected
    time (assuming quadratic growth from the previous size) exceeds ``budget`` seconds is not
    run; its row says so.
    """

    def __init__(self, name: str, unit: str, budget: float) -> None:
        self.name = name
        self.unit = unit
        self.budget = budget
        self.previous: tuple[int, float] | None = None

    def measure(self, size: int, repeat: int, action: Callable[[], object]) -> Row:
        """Time ``action`` at ``size`` (or skip it); return the table row."""
        label = self.name.format(n=size)
        if self.previous is not None:
            last_size, last_time = self.previous
            projected = last_time * (size / last_size) ** 2
            if projected > self.budget:
                return (label, None, f"not run: projected {projected:.0f} s at the growth "
                        f"seen so far (budget {self.budget:.0f} s)")
        seconds = best_of(repeat, action)
        per = f"{seconds / size * 1e6:.1f} µs/{self.unit}"
        if self.previous is not None:
            last_size, last_time = self.previous
            growth = (seconds / last_time) / (size / last_size)
            per += f", growth {growth:.1f}"
        self.previous = (size, seconds)
        return (label, seconds, per)


def main() -> None:
    """Print the benchmark table."""
    options = argparse.ArgumentParser(description=__doc__)
    options.add_argument("--quick", action="store_true", help="smaller sizes, fewer repeats")
    options.add_argument("--budget", type=float, default=300.0, metavar="SECONDS",
                         help="skip a size projected to take longer than this (default 300)")
    parsed = options.parse_args()
    quick: bool = parsed.quick
    repeat = 3 if quick else 5
    sizes = (50, 500) if quick else (100, 1000, 10000)
    rows: list[Row] = []

    rows.append(("start-up: consolidate --version", process_seconds(repeat, "--version"),
                 "process"))
    rows.append(("consolidate (whole 2024 case, text)", process_seconds(repeat), "process"))
    law = api.parse()
    rows.append(("parse the 2024 law (28 articles)", best_of(repeat, api.parse), "call"))
    result = api.consolidate(law)
    rows.append(("apply the 2024 law (40 operations)",
                 best_of(repeat, lambda: api.consolidate(law)), "call"))
    for format in ("text", "diff", "justel", "json", "html", "akn"):
        rows.append((f"render {format}",
                     best_of(repeat, partial(api.render, result, format)), "call"))

    parse_scale = Scaling("parse {n} operations", "op", parsed.budget)
    apply_scale = Scaling("apply {n} operations to {n} articles", "op", parsed.budget)
    text_scale = Scaling("render text of {n} articles", "article", parsed.budget)
    diff_scale = Scaling("diff {n} amended articles", "article", parsed.budget)
    for size in sizes:
        document = synthetic_document(size)
        text = synthetic_act(size)
        act = api.parse(text=text)
        rows.append(parse_scale.measure(size, repeat, partial(api.parse, text=text)))
        rows.append(apply_scale.measure(
            size, repeat, partial(api.apply, [document], act)))
        # rendering and diffing are measured on their own inputs, not on apply's output,
        # so that a slow applier does not hide how they grow
        edited = synthetic_edit(document)
        rows.append(text_scale.measure(size, repeat, partial(api.render, edited, "text")))
        rows.append(diff_scale.measure(size, repeat, partial(api.diff, document, edited)))

    width = max(len(name) for name, _, _ in rows)
    print(f"{'measure':<{width}}  {'seconds':>10}  per unit")
    for name, seconds, unit in rows:
        shown = f"{seconds:>10.4f}" if seconds is not None else f"{'-':>10}"
        print(f"{name:<{width}}  {shown}  {unit}")
    print(f"\n(python {sys.version.split()[0]}, best of up to {repeat}, {dt.date.today()}, "
          f"{os.cpu_count()} cores, namespace {AKN_NS})")


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    main()
