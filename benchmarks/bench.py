"""Benchmark: start-up, the 2024 case, and how cost grows with the size of the text.

Run: ``python benchmarks/bench.py [--quick]``. Prints one table; measures with
``time.perf_counter`` over repeated runs (best of N), never inside the test suite.

Scaling is measured on synthetic acts of N articles (each with three alinéas, the second an
enumeration) amended by an act of N operations (one word replacement per article): if the
cost per article stays flat while N grows ×10, the cost is linear.
"""

from __future__ import annotations

import argparse
import datetime as dt
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from lxml import etree

import consolidate
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


def best_of(repeat: int, action: Callable[[], object]) -> float:
    """Best wall time of ``repeat`` runs, in seconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
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


def startup_seconds(repeat: int) -> float:
    """Best wall time of ``consolidate --version`` as a fresh process."""
    command = [sys.executable, "-m", "consolidate", "--version"]
    return best_of(repeat, lambda: subprocess.run(command, check=True, capture_output=True))


def main() -> None:
    """Print the benchmark table."""
    options = argparse.ArgumentParser(description=__doc__)
    options.add_argument("--quick", action="store_true", help="smaller sizes, fewer repeats")
    quick = options.parse_args().quick
    repeat = 3 if quick else 5
    sizes = (50, 500) if quick else (100, 1000, 10000)
    rows: list[tuple[str, float, str]] = []

    rows.append(("start-up: consolidate --version", startup_seconds(repeat), "process"))
    law = consolidate.parse()
    rows.append(("parse the 2024 law (28 articles)", best_of(repeat, consolidate.parse), "call"))
    result = consolidate.consolidate(law)
    rows.append(("apply the 2024 law (40 operations)",
                 best_of(repeat, lambda: consolidate.consolidate(law)), "call"))
    for format in ("text", "diff", "justel", "json", "html", "akn"):
        rows.append((f"render {format}",
                     best_of(repeat, lambda f=format: consolidate.render(result, f)), "call"))

    for size in sizes:
        document = synthetic_document(size)
        text = synthetic_act(size)
        act = consolidate.parse(text=text)
        parse_time = best_of(repeat, lambda t=text: consolidate.parse(text=t))
        apply_time = best_of(repeat, lambda d=document, a=act: consolidate.apply([d], a))
        after, _ = consolidate.apply([document], act)
        render_time = best_of(repeat, lambda d=after[0]: consolidate.render(d, "text"))
        rows.append((f"parse {size} operations", parse_time,
                     f"{parse_time / size * 1e6:.1f} µs/op"))
        rows.append((f"apply {size} operations to {size} articles", apply_time,
                     f"{apply_time / size * 1e6:.1f} µs/op"))
        rows.append((f"render text of {size} articles", render_time,
                     f"{render_time / size * 1e6:.1f} µs/article"))

    width = max(len(name) for name, _, _ in rows)
    print(f"{'measure':<{width}}  {'seconds':>10}  per unit")
    for name, seconds, unit in rows:
        print(f"{name:<{width}}  {seconds:>10.4f}  {unit}")
    print(f"\n(python {sys.version.split()[0]}, best of {repeat}, {dt.date.today()}, "
          f"namespace {AKN_NS})")


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    main()
