"""One amended article of the HTML redline: its synoptic table, row by row.

The word-level changes of the article (``<del>`` on the left, ``<ins>`` on the right) are laid
out one row per line the two versions share, so the two columns stay level: a line changed in
place is one row of two cells; lines that exist on one side only (an item or an alinéa added
or repealed, a whole new or repealed article) are a row of one cell across both columns,
labelled "Ajouté" / "Supprimé", never a long cell beside an empty one. Every change is
followed by links to the amending provisions that made it (through the provenance marks,
else the provisions that touched the article); a change's trailing space goes after its link,
so that a link never sticks to the next word.

:class:`Page` holds what every part of the page needs, indexed once (articles by eId,
provisions by label, sources by touched article, footnote blocks): the page is linear in the
size of the act and of the base.

A chain of acts is one page: every act's outcomes (``result.all_reports()``, in the order of
effect) feed its links, and a provision of act N of the chain is ``#prov-N-art_2`` (a single
act keeps ``#prov-art_2``), so that two acts' articles 2 are not one anchor.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html import escape

from lxml import etree

from ..differ import ArticleDiff, Change
from ..document import Document
from ..model import Outcome, Source
from ..provenance import notes_index, notes_of
from ..result import Consolidation
from .common import Provisions, document_index, outcomes_per_document, provision_eid
from .labels import language_of, page_language, word
from .marks import Mark, MarkedText, marked_article
from .words import whole_words


def e(text: str) -> str:
    """HTML-escaped text (quotes too)."""
    return escape(text, quote=True)


def _shorten(text: str, limit: int = 600) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


Cited = tuple[int, Source]
"""An amending provision: the position of its act in the chain (0 for a single act), its
article and point."""


@dataclass(frozen=True)
class Page:
    """What every part of the page needs, indexed once so that the page is linear in size."""

    result: Consolidation
    per_document: list[list[tuple[int, Outcome]]]
    """Per document: the outcomes of every act of the chain aimed at it, with the act's
    position."""
    provisions: list[Provisions]
    """Per act of the chain (in the order of effect): its provisions."""
    sources: list[dict[str, list[Cited]]]
    """Per document: the amending provisions of the applied outcomes, by touched article eId."""
    articles: list[dict[str, etree._Element]]
    """Per document: the consolidated articles by eId."""
    notes: list[dict[str, etree._Element]]
    """Per document: the ``c:notes`` of each article, by article eId."""
    languages: list[str] = field(default_factory=list)
    """Per document: its language, as the page's words know them ('fr', 'nl')."""
    language: str = "fr"
    """The language of the page's own words (summary, lists)."""

    @classmethod
    def of(cls, result: Consolidation) -> Page:
        """The page's indexes for a consolidation (a chain: of every act)."""
        per_document = _outcomes_per_document(result)
        languages = [language_of(after.identity.language) for after in result.after]
        amended = [languages[i] for i, outcomes in enumerate(per_document) if outcomes]
        act_language = getattr(result.act.act, "language", None)
        return cls(
            result, per_document, [Provisions(act) for act in result.all_acts()],
            [_sources_by_article(outcomes) for outcomes in per_document],
            [_articles_by_eid(after) for after in result.after],
            [notes_index(after) for after in result.after],
            languages,
            page_language(amended or languages, act_language if isinstance(act_language, str)
                          else None),
        )

    @property
    def chain(self) -> bool:
        """Whether the page shows several acts."""
        return len(self.provisions) > 1

    def anchor(self, act: int, source: Source) -> str:
        """The id of a provision's entry: 'prov-art_2' (a chain: 'prov-2-art_2', act 2)."""
        prefix = f"prov-{act + 1}-" if self.chain else "prov-"
        return prefix + provision_eid(source)

    def describe(self, act: int, source: Source) -> str:
        """'art. 2, a)' (a chain: 'L 2025-02-03/7, art. 2, a)')."""
        if not self.chain:
            return source.describe()
        return f"{self.result.all_acts()[act].act.justel_id}, {source.describe()}"

    def source_link(self, source: Source, act: int = 0) -> str:
        """A small link to the amending provision (of act ``act`` of the chain), its text in
        the title."""
        text = _shorten(f"{self.describe(act, source)} : {self.provisions[act].text(source)}")
        return (f'<a class="ref" href="#{e(self.anchor(act, source))}" '
                f'title="{e(text)}">[{e(source.describe())}]</a>')


def _outcomes_per_document(result: Consolidation) -> list[list[tuple[int, Outcome]]]:
    """The outcomes of each document, every act of the chain (its position with each)."""
    if len(result.all_reports()) == 1:
        return [[(0, o) for o in outcomes] for outcomes in outcomes_per_document(result)]
    identities = [document.identity for document in result.after]
    grouped: list[list[tuple[int, Outcome]]] = [[] for _ in identities]
    for position, report in enumerate(result.all_reports()):
        for outcome in report.outcomes:
            index = document_index(identities, outcome)
            if index is not None:
                grouped[index].append((position, outcome))
    return grouped


def _articles_by_eid(document: Document) -> dict[str, etree._Element]:
    """The articles of a document by eId (the first one, should two share an eId)."""
    found: dict[str, etree._Element] = {}
    for article in document.articles():
        found.setdefault(article.get("eId", ""), article)
    return found


def _sources_by_article(outcomes: list[tuple[int, Outcome]]) -> dict[str, list[Cited]]:
    """The amending provisions of the applied outcomes, by the article eIds they touched
    (in the order of the outcomes, each provision once per article)."""
    found: dict[str, dict[Cited, None]] = {}
    for position, outcome in outcomes:
        if outcome.status != "applied":
            continue
        for eid in dict.fromkeys(t.split("__", 1)[0] for t in outcome.touched):
            found.setdefault(eid, {})[(position, outcome.source)] = None
    return {eid: list(sources) for eid, sources in found.items()}


def _mark_sources(page: Page, index: int, eid: str, marks: list[Mark],
                  references: dict[str, int]) -> list[Cited]:
    """The provisions the footnotes of ``marks`` cite, of the acts of the page
    (``references``: the position of each act by its Justel reference)."""
    block = page.notes[index].get(eid)
    notes = {note.number: note for note in (notes_of(block) if block is not None else [])}
    sources: list[Cited] = []
    for number, point in marks:
        note = notes.get(number)
        if note is None or note.article is None or note.reference not in references:
            continue
        article = note.article.split(",")[0].strip()
        sources.append((references[note.reference], Source(article=article, point=point)))
    return list(dict.fromkeys(sources))


def _change_marks(marked: MarkedText | None, changes: tuple[Change, ...], position: int,
                  offset: int) -> list[Mark]:
    """The marks behind a change.

    An insertion: the marks of its words. A deletion, or an insertion of unmarked words: the
    removal markers around the run of changes it belongs to (a replacement is a deletion next
    to an insertion), else the marks of the inserted words of that run.
    """
    if marked is None:
        return []
    change = changes[position]
    if change.op == "insert":
        own = marked.marks_in(offset, offset + len(change.text))
        if own:
            return own
        low, high = offset, offset + len(change.text)
    else:
        low = high = offset
        following = changes[position + 1] if position + 1 < len(changes) else None
        if following is not None and following.op == "insert":
            high = offset + len(following.text)
    found = marked.removals_between(low - 2, high + 2)
    return found or marked.marks_in(low, high)


class _Rows:
    """The rows of a synoptic table being built: each a (left, right) pair of HTML parts."""

    def __init__(self) -> None:
        self.rows: list[tuple[list[str], list[str]]] = [([], [])]
        self.closed = False
        """The current row holds whole lines of one side: what comes next goes below it."""

    def add(self, left: str | None, right: str | None) -> None:
        """Add HTML to the current row, on the left, the right or both."""
        if not left and not right:
            return
        if self.closed:
            self.new_row()
        if left:
            self.rows[-1][0].append(left)
        if right:
            self.rows[-1][1].append(right)

    def new_row(self) -> None:
        """Start a new row."""
        self.rows.append(([], []))
        self.closed = False

    def at_row_start(self) -> bool:
        """Whether the current row is still empty."""
        return not self.closed and not self.rows[-1][0] and not self.rows[-1][1]


def _place(rows: _Rows, change: Change, hover: str, links: str,
           following: Change | None) -> None:
    """Put a deletion or an insertion: whole lines on a row of their own, else in its line.

    ``following`` is the unchanged text after the run of changes (None at the end).

    A trailing space goes after the links, so that a link never sticks to the next word
    ("anciens [art. 2, a)] officiers", not "anciens [art. 2, a)]officiers").
    """
    text = change.text
    whole = (text.startswith("\n") and (following is None or (
        following.op == "equal" and following.text.startswith("\n")))) or (
        text.endswith("\n") and rows.at_row_start())
    if whole:
        text = text.strip("\n") or text
    body = text.rstrip(" ") or text
    tag = "del" if change.op == "delete" else "ins"
    html = f'<{tag} title="{hover}">{e(body)}</{tag}>{links}{e(text[len(body):])}'
    if whole and not rows.at_row_start():
        rows.new_row()
    if change.op == "delete":
        rows.add(html, None)
    else:
        rows.add(None, html)
    rows.closed = rows.closed or whole


def article_table(page: Page, index: int, diff: ArticleDiff) -> str:
    """The synoptic table of one amended article (see the module docstring)."""
    fallback = page.sources[index].get(diff.eid, [])
    element = page.articles[index].get(diff.eid)
    marked = marked_article(element) if element is not None else None
    if marked is None or marked.text != diff.after:
        marked = None
    references: dict[str, int] = {}
    for position, act in enumerate(page.result.all_acts()):
        info = act.act
        references.setdefault(info.justel_reference or info.date.isoformat(), position)
    rows = _Rows()
    offset = 0
    changes = tuple(whole_words(diff.words))
    for position, change in enumerate(changes):
        if change.op == "equal":
            for number, line in enumerate(change.text.split("\n")):
                if number:
                    rows.new_row()
                rows.add(e(line), e(line))
            offset += len(change.text)
            continue
        marks = _change_marks(marked, changes, position, offset)
        sources = _mark_sources(page, index, diff.eid, marks, references) if marks else []
        sources = sources or fallback
        links = "".join(page.source_link(source, act) for act, source in sources)
        hover = e("; ".join(page.describe(act, source) for act, source in sources))
        following = next((c for c in changes[position + 1:] if c.op == "equal"), None)
        _place(rows, change, hover, links, following)
        if change.op == "insert":
            offset += len(change.text)
    return _table(page.languages[index], rows)


def _table(language: str, rows: _Rows) -> str:
    before, after = word(language, "before"), word(language, "after")
    body: list[str] = []
    for left, right in rows.rows:
        if not left and not right:
            continue
        if not left or not right:  # one side only: across both columns
            side, kind = ("before", "removed") if left else ("after", "inserted")
            body.append(
                f'<tr class="{kind}"><td class="{side} whole" colspan="2" '
                f'data-label="{e(word(language, kind))}">'
                f'<span class="tag">{e(word(language, kind))}</span> {"".join(left or right)}'
                "</td></tr>")
            continue
        body.append(f'<tr><td class="before" data-label="{e(before)}">{"".join(left)}</td>'
                    f'<td class="after" data-label="{e(after)}">{"".join(right)}</td></tr>')
    return ('<table class="synoptic">\n<thead><tr>'
            f'<th scope="col">{e(before)}</th><th scope="col">{e(after)}</th></tr></thead>\n'
            f"<tbody>{''.join(body)}</tbody>\n</table>\n")
