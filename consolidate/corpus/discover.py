"""Find the acts and base texts of a corpus directory and group them into independent tasks.

Three layouts are read:

- a working corpus: ``manifest.tsv`` (``numac``, ``role``, ``dossier_number``,
  ``amends_present``) beside ``be/<numac>.md`` — acts are the rows with role ``act``, the
  texts they amend are named by ``amends_present``;
- excerpt folders: ``<name>/act.fr.md`` / ``<name>/act.nl.md`` (acts only);
- any other folder: every ``*.md`` is an act, and a front matter ``modifies:`` naming the
  ``identifier`` of another file of the folder makes that file its base (a file that is
  named so and amends nothing is a base only).

A *task* is a group of base texts and every act amending one of them, acts in date order
(an act amending two bases joins their groups): tasks are independent of each other, the acts
of one task are run in order. An act with no base present is a task of its own.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path

from ..justel.markdown import front_matter
from ..lang import scan


@dataclass(frozen=True)
class ActFile:
    """One amending act of the corpus."""

    name: str
    path: Path
    reference: str | None = None
    date: str = ""
    bases: tuple[str, ...] = ()


@dataclass
class Task:
    """Independent unit of work: base texts (by name → path) and the acts on them, in order."""

    bases: dict[str, Path] = field(default_factory=dict)
    acts: list[ActFile] = field(default_factory=list)

    @property
    def key(self) -> str:
        """A stable name: its first base, else its act."""
        return min(self.bases) if self.bases else self.acts[0].name


_DATE = scan.regex(r"^(\d{4}-\d{2}-\d{2})")


def discover(directory: Path) -> tuple[list[ActFile], dict[str, Path]]:
    """The acts of ``directory`` and the base texts they name (see the module docstring)."""
    manifest = directory / "manifest.tsv"
    if manifest.exists():
        return _from_manifest(directory, manifest)
    acts: list[ActFile] = []
    files = sorted(p for p in directory.rglob("*.md") if p.name.lower() != "readme.md"
                   and p.name.upper() != "SOURCE.MD")
    identifiers: dict[str, Path] = {}
    fronts = {}
    for path in files:
        front, _ = front_matter(path.read_text(encoding="utf-8", errors="replace"))
        fronts[path] = front
        if front.get("identifier"):
            identifiers[front["identifier"]] = path
    named = {m.strip() for f in fronts.values() for m in f.get("modifies", "").split(",")}
    for path in files:
        front = fronts[path]
        if front.get("identifier") in named and not front.get("modifies"):
            continue  # a base text only: amended here, amending nothing
        name = path.parent.name + "/" + path.name if path.name.startswith("act.") else path.stem
        modifies = [m.strip() for m in front.get("modifies", "").split(",") if m.strip()]
        bases = tuple(m for m in modifies if m in identifiers and identifiers[m] != path)
        acts.append(ActFile(name, path, front.get("dossier_number") or front.get("case"),
                            _act_date(front), bases))
    return acts, {key: identifiers[key] for act in acts for key in act.bases}


def _act_date(front: dict[str, str]) -> str:
    for key in ("dossier_number", "date", "case"):
        if match := _DATE.match(front.get(key, "")):
            return match[1]
    return ""


def _from_manifest(directory: Path, manifest: Path) -> tuple[list[ActFile], dict[str, Path]]:
    with manifest.open(encoding="utf-8", newline="") as stream:
        rows = list(csv.DictReader(stream, delimiter="\t"))
    acts: list[ActFile] = []
    bases: dict[str, Path] = {}
    for row in rows:
        if row.get("role") != "act":
            continue
        present = tuple(n for n in (row.get("amends_present") or "").split(",") if n)
        reference = row.get("dossier_number") or None
        path = directory / "be" / f"{row['numac']}.md"
        acts.append(ActFile(row["numac"], path, reference, (reference or "")[:10], present))
        for numac in present:
            bases[numac] = directory / "be" / f"{numac}.md"
    return acts, bases


def tasks(acts: list[ActFile], bases: dict[str, Path]) -> list[Task]:
    """Group acts and bases into independent tasks (connected by "amends"), acts in date
    order within each task; tasks in a stable order."""
    parent: dict[str, str] = {}

    def find(key: str) -> str:
        while parent.setdefault(key, key) != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    for act in acts:
        for base in act.bases:
            parent[find(act.name)] = find(base)  # an act amended later is a base too
    groups: dict[str, Task] = {}
    for act in acts:
        group = groups.setdefault(find(act.name), Task())
        group.acts.append(act)
        for base in act.bases:
            group.bases[base] = bases[base]
    out = list(groups.values())
    for task in out:
        task.acts.sort(key=lambda act: (act.date, act.name))
    return sorted(out, key=lambda task: task.key)
