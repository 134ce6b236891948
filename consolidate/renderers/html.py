"""The HTML redline: one self-contained page (inline CSS, no script, no network).

A summary (acts, articles touched, operations per status), the failures and warnings, then per
amended article the synoptic table — base text on the left, consolidated text on the right —
with the word-level changes in ``<del>``/``<ins>``, each followed by a link to the amending
provision that made it (its text on hover), and at the end the amending provisions themselves.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from lxml import etree

from ..differ import ArticleDiff, Change, article_diffs
from ..document import TYPE_NAMES, Document, format_date, title_line
from ..model import Outcome, Source
from ..provenance import notes_index, notes_of
from ..result import Consolidation
from .common import Provisions, outcomes_per_document, provision_eid
from .html_style import CSS
from .marks import Mark, MarkedText, marked_article
from .words import whole_words

LANGUAGE_NAMES = {"fr": "français", "nl": "néerlandais", "de": "allemand"}
STATUS_NAMES = {"applied": "appliquées", "no_effect": "sans effet", "skipped": "ignorées",
                "failed": "en échec"}


def _e(text: str) -> str:
    return escape(text, quote=True)


def _language(code: str) -> str:
    return LANGUAGE_NAMES.get(code, code)


def _shorten(text: str, limit: int = 600) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


@dataclass(frozen=True)
class _Page:
    """What every part of the page needs, indexed once so that the page is linear in size."""

    result: Consolidation
    per_document: list[list[Outcome]]
    provisions: Provisions
    sources: list[dict[str, list[Source]]]
    """Per document: the amending provisions of the applied outcomes, by touched article eId."""
    articles: list[dict[str, etree._Element]]
    """Per document: the consolidated articles by eId."""
    notes: list[dict[str, etree._Element]]
    """Per document: the ``c:notes`` of each article, by article eId."""

    @classmethod
    def of(cls, result: Consolidation) -> _Page:
        """The page's indexes for a consolidation."""
        per_document = outcomes_per_document(result)
        return cls(
            result, per_document, Provisions(result.act),
            [_sources_by_article(outcomes) for outcomes in per_document],
            [_articles_by_eid(after) for after in result.after],
            [notes_index(after) for after in result.after],
        )

    def source_link(self, source: Source) -> str:
        """A small link to the amending provision, its text in the title."""
        text = _shorten(f"{source.describe()} : {self.provisions.text(source)}")
        return (f'<a class="ref" href="#prov-{_e(provision_eid(source))}" '
                f'title="{_e(text)}">[{_e(source.describe())}]</a>')


def render_html(result: Consolidation) -> str:
    """The redline page of a consolidation (see the module docstring)."""
    page = _Page.of(result)
    act = result.act.act
    diffs = [article_diffs(before, after) for before, after in result.pairs()]
    sections = [
        _act_section(page, index, diffs[index])
        for index in range(len(result.after)) if diffs[index]
    ]
    title = f"{act.justel_id} — {_act_title(result)}"
    return "".join([
        "<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n",
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
        f"<title>{_e(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n",
        f"<header>\n<p class=\"note\">Texte consolidé — modifications en regard</p>\n"
        f"<h1>{_e(_act_title(result))}</h1>\n",
        _summary(page, diffs),
        "</header>\n",
        _problems(page),
        "<main>\n", *sections,
        "" if sections else '<p class="note">Aucun article n\'est modifié.</p>\n',
        "</main>\n",
        _provisions(page),
        "</body>\n</html>\n",
    ])


def _act_title(result: Consolidation) -> str:
    """'25 MARS 2024. - Loi modifiant diverses dispositions ...' (the title may name the type)."""
    act = result.act.act
    kind = TYPE_NAMES.get((act.type, "fr"), act.type.capitalize())
    title = act.title
    if not title.lower().startswith(kind.lower()):
        title = f"{kind} {title}"
    return f"{format_date(act.date)}. - {title}"


def _summary(page: _Page, diffs: list[list[ArticleDiff]]) -> str:
    result = page.result
    act = result.act.act
    in_force = result.report.in_force.isoformat() if result.report.in_force else "indéterminée"
    amended = [
        f"<li>{_e(title_line(doc.identity))} ({_e(_language(doc.identity.language))})"
        f" — {len(diffs[i])} article(s) modifié(s)"
        f"{' — texte modèle' if doc.identity.is_model else ''}</li>"
        for i, doc in enumerate(result.after)
    ]
    counts = "".join(
        f'<span class="{status}" data-status="{status}">{_e(STATUS_NAMES[status])} : '
        f"<b>{count}</b></span>"
        for status, count in result.report.counts.items()
    )
    touched = sum(len(found) for found in diffs)
    return (
        '<dl class="summary" id="summary">\n'
        f"<dt>Acte modificatif</dt><dd>{_e(act.justel_id)} — {_e(_act_title(result))}</dd>\n"
        f"<dt>En vigueur</dt><dd>{_e(in_force)}</dd>\n"
        f"<dt>Textes</dt><dd><ul>{''.join(amended)}</ul></dd>\n"
        f'<dt>Articles modifiés</dt><dd id="articles-touched">{touched}</dd>\n'
        f'<dt>Opérations</dt><dd class="counts">{counts}</dd>\n'
        "</dl>\n"
    )


def _problems(page: _Page) -> str:
    """Failures, skipped operations, operations without effect, and every warning."""
    items: list[str] = []
    for outcome in page.result.report.outcomes:
        notes = list(outcome.warnings)
        if outcome.status == "applied" and not notes:
            continue
        target = outcome.target.act.describe() + ", " + outcome.target.describe()
        if outcome.language:
            target += " (texte néerlandais)"
        code = f" [{_e(outcome.error_code)}]" if outcome.error_code else ""
        message = f" — {_e(outcome.message)}" if outcome.message else ""
        extra = "".join(
            f"<br><span class=\"note\">avertissement : {_e(w)}</span>"
            for w in notes if w != outcome.message
        )
        items.append(
            f'<li class="outcome {outcome.status}"><span class="status {outcome.status}">'
            f"{_e(outcome.status)}</span>{code} {page.source_link(outcome.source)} "
            f"{_e(target)}{message}{extra}</li>"
        )
    if not items:
        return ""
    return ('<section class="problems" id="problems">\n<h2>Échecs, omissions et '
            f"avertissements</h2>\n<ul>\n{''.join(items)}\n</ul>\n</section>\n")


def _act_section(page: _Page, index: int, diffs: list[ArticleDiff]) -> str:
    before, after = page.result.before[index], page.result.after[index]
    identity = after.identity
    language = LANGUAGE_NAMES.get(identity.language, identity.language)
    parts = [f'<section class="act" id="act-{index + 1}" lang="{_e(identity.language)}">\n'
             f"<h2>{_e(title_line(identity))} <small>({_e(language)})</small></h2>\n"]
    parts.extend(_article(page, index, before, after, diff) for diff in diffs)
    parts.append("</section>\n")
    return "".join(parts)


def _articles_by_eid(document: Document) -> dict[str, etree._Element]:
    """The articles of a document by eId (the first one, should two share an eId)."""
    found: dict[str, etree._Element] = {}
    for article in document.articles():
        found.setdefault(article.get("eId", ""), article)
    return found


def _sources_by_article(outcomes: list[Outcome]) -> dict[str, list[Source]]:
    """The amending provisions of the applied outcomes, by the article eIds they touched
    (in the order of the outcomes, each provision once per article)."""
    found: dict[str, dict[Source, None]] = {}
    for outcome in outcomes:
        if outcome.status != "applied":
            continue
        for eid in dict.fromkeys(t.split("__", 1)[0] for t in outcome.touched):
            found.setdefault(eid, {})[outcome.source] = None
    return {eid: list(sources) for eid, sources in found.items()}


def _article_sources(page: _Page, index: int, eid: str) -> list[Source]:
    """The amending provisions of the outcomes that touched this article."""
    return page.sources[index].get(eid, [])


def _mark_sources(page: _Page, index: int, eid: str, marks: list[Mark],
                  reference: str) -> list[Source]:
    block = page.notes[index].get(eid)
    notes = {note.number: note for note in (notes_of(block) if block is not None else [])}
    sources: list[Source] = []
    for number, point in marks:
        note = notes.get(number)
        if note is None or note.article is None or note.reference != reference:
            continue
        article = note.article.split(",")[0].strip()
        sources.append(Source(article=article, point=point))
    return list(dict.fromkeys(sources))


def _article(page: _Page, index: int, before: Document, after: Document,
             diff: ArticleDiff) -> str:
    fallback = _article_sources(page, index, diff.eid)
    element = page.articles[index].get(diff.eid)
    marked = marked_article(element) if element is not None else None
    if marked is None or marked.text != diff.after:
        marked = None
    info = page.result.act.act
    reference = info.justel_reference or info.date.isoformat()
    left: list[str] = []
    right: list[str] = []
    offset = 0
    changes = tuple(whole_words(diff.words))
    for position, change in enumerate(changes):
        text = _e(change.text)
        if change.op == "equal":
            left.append(text)
            right.append(text)
            offset += len(change.text)
            continue
        marks = _change_marks(marked, changes, position, offset)
        sources = _mark_sources(page, index, diff.eid, marks, reference) if marks else []
        sources = sources or fallback
        links = "".join(page.source_link(source) for source in sources)
        hover = _e("; ".join(source.describe() for source in sources))
        if change.op == "delete":
            left.append(f'<del title="{hover}">{text}</del>{links}')
        else:
            right.append(f'<ins title="{hover}">{text}</ins>{links}')
            offset += len(change.text)
    label = diff.article.replace("-", "/")
    provisions = ", ".join(page.source_link(source) for source in fallback)
    return (
        f'<article class="amended" id="d{index + 1}-{_e(diff.eid)}" data-eid="{_e(diff.eid)}">\n'
        f"<h3>Article {_e(label)}</h3>\n"
        '<table class="synoptic">\n<thead><tr><th scope="col">Texte de base</th>'
        '<th scope="col">Texte consolidé</th></tr></thead>\n<tbody><tr>'
        f'<td class="before" data-label="Texte de base">{"".join(left)}</td>'
        f'<td class="after" data-label="Texte consolidé">{"".join(right)}</td>'
        "</tr></tbody>\n</table>\n"
        + (f'<p class="sources">Modifié par : {provisions}</p>\n' if provisions else "")
        + "</article>\n"
    )


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


def _provisions(page: _Page) -> str:
    """The amending provisions that have operations, with their text (link targets)."""
    parts = ['<section class="provisions" id="provisions">\n<h2>Dispositions modificatives</h2>\n']
    seen: set[str] = set()
    for outcome in page.result.report.outcomes:
        eid = provision_eid(outcome.source)
        if eid in seen:
            continue
        seen.add(eid)
        text = page.provisions.text(outcome.source)
        parts.append(
            f'<div class="provision" id="prov-{_e(eid)}"><b>{_e(outcome.source.describe())}</b>'
            f"<p>{_e(text)}</p></div>\n"
        )
    parts.append("</section>\n")
    return "".join(parts)
