"""The HTML redline: one self-contained page (inline CSS, no script, no network).

A summary (acts, articles touched, operations per status), the failures and warnings, then per
amended article the synoptic table — base text on the left, consolidated text on the right —
with the word-level changes in ``<del>``/``<ins>``, each followed by a link to the amending
provision that made it (its text on hover), and at the end the amending provisions themselves.

The page speaks the documents' language (labels.py: French, Dutch); codes and the applier's
own messages are in tooltips only. The synoptic tables are built by html_article.py.
"""

from __future__ import annotations

from ..differ import ArticleDiff, article_diffs
from ..document import TYPE_NAMES, format_date, title_line
from ..model import AmendingActInfo, Outcome
from ..result import Consolidation
from .html_article import Page, article_table, e
from .html_style import CSS
from .labels import LANGUAGE_NAMES, OUTCOME, STATUS, reason, word


def render_html(result: Consolidation) -> str:
    """The redline page of a consolidation (see the module docstring)."""
    page = Page.of(result)
    language = page.language
    diffs = [article_diffs(before, after) for before, after in result.pairs()]
    sections = [
        _act_section(page, index, diffs[index])
        for index in range(len(result.after)) if diffs[index]
    ]
    acts = result.all_acts()
    title = " ; ".join(f"{a.act.justel_id} — {_act_title(result, a.act)}" for a in acts)
    heading = "<br>\n".join(e(_act_title(result, a.act)) for a in acts)
    nothing = f'<p class="note">{e(word(language, "nothing_amended"))}</p>\n'
    return "".join([
        f'<!DOCTYPE html>\n<html lang="{e(language)}">\n<head>\n<meta charset="utf-8">\n',
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
        f"<title>{e(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n",
        f'<header>\n<p class="note">{e(word(language, "kicker"))}</p>\n'
        f"<h1>{heading}</h1>\n",
        _summary(page, diffs),
        "</header>\n",
        _problems(page),
        "<main>\n", *sections,
        "" if sections else nothing,
        "</main>\n",
        _provisions(page),
        "</body>\n</html>\n",
    ])


def _act_title(result: Consolidation, info: AmendingActInfo | None = None) -> str:
    """'25 MARS 2024. - Loi modifiant diverses dispositions ...' (the title may name the type)
    of ``info`` (default: the result's act).

    In the language of the amending act's own title (French for the acts read today).
    """
    act = info or result.act.act
    kind = TYPE_NAMES.get((act.type, "fr"), act.type.capitalize())
    title = act.title
    if not title.lower().startswith(kind.lower()):
        title = f"{kind} {title}"
    return f"{format_date(act.date)}. - {title}"


def _colon(language: str) -> str:
    """French puts a space before a colon, Dutch does not."""
    return " : " if language == "fr" else ": "


def _summary(page: Page, diffs: list[list[ArticleDiff]]) -> str:
    result, language = page.result, page.language
    act = result.act.act
    in_force = (result.report.in_force.isoformat() if result.report.in_force
                else word(language, "undetermined"))
    names = LANGUAGE_NAMES[language]
    amended = [
        f"<li>{e(title_line(doc.identity))} "
        f"({e(names.get(doc.identity.language, doc.identity.language))})"
        f" — {len(diffs[i])} {e(word(language, 'articles_amended'))}"
        f"{' — ' + e(word(language, 'model_text')) if doc.identity.is_model else ''}</li>"
        for i, doc in enumerate(result.after)
    ]
    reports = result.all_reports()
    total = {status: sum(r.counts[status] for r in reports) for status in reports[0].counts}
    counts = _counts(language, total)
    touched = sum(len(found) for found in diffs)
    acts = result.all_acts()
    if len(acts) == 1:
        named = (f"<dt>{e(word(language, 'amending_act'))}</dt>"
                 f"<dd>{e(act.justel_id)} — {e(_act_title(result))}</dd>\n"
                 f"<dt>{e(word(language, 'in_force'))}</dt><dd>{e(in_force)}</dd>\n")
    else:  # a chain: every act, in the order of effect, its date in force and its counts
        items = "".join(
            f'<li id="act-summary-{n}">{e(a.act.justel_id)} — {e(_act_title(result, a.act))}'
            f"<br>{e(word(language, 'in_force'))}{_colon(language)}"
            f"{e(r.in_force.isoformat() if r.in_force else word(language, 'undetermined'))}"
            f' — <span class="counts">{_counts(language, r.counts)}</span></li>'
            for n, (a, r) in enumerate(zip(acts, reports, strict=True), start=1))
        named = (f"<dt>{e(word(language, 'amending_acts'))}</dt>"
                 f'<dd><ol class="acts">{items}</ol></dd>\n')
    return (
        '<dl class="summary" id="summary">\n'
        f"{named}"
        f"<dt>{e(word(language, 'texts'))}</dt><dd><ul>{''.join(amended)}</ul></dd>\n"
        f"<dt>{e(word(language, 'articles_touched'))}</dt>"
        f'<dd id="articles-touched">{touched}</dd>\n'
        f"<dt>{e(word(language, 'operations'))}</dt><dd class=\"counts\">{counts}</dd>\n"
        "</dl>\n"
    )


def _counts(language: str, counts: dict[str, int]) -> str:
    """The operations per status: 'appliquées : 39', 'sans effet : 1', ..."""
    return "".join(
        f'<span class="{status}" data-status="{status}" title="{status}">'
        f"{e(STATUS[language][status])}{_colon(language)}<b>{count}</b></span>"
        for status, count in counts.items()
    )


def _problems(page: Page) -> str:
    """Failures, skipped operations, operations without effect, and every warning — of
    every act of a chain, act by act in the order of effect (a heading per act).

    The words say what happened; the status, the error code and the applier's message (in
    English) are in the tooltip of the status word and of the reason.
    """
    language = page.language
    parts: list[str] = []
    acts = page.result.all_acts()
    for position, report in enumerate(page.result.all_reports()):
        items = _problem_items(page, position, report.outcomes)
        if not items:
            continue
        if page.chain:
            parts.append(f'<h3 id="problems-{position + 1}">{e(report.act)} — '
                         f"{e(_act_title(page.result, acts[position].act))}</h3>\n")
        parts.append(f"<ul>\n{''.join(items)}\n</ul>\n")
    if not parts:
        return ""
    return ('<section class="problems" id="problems">\n'
            f"<h2>{e(word(language, 'problems'))}</h2>\n{''.join(parts)}"
            "</section>\n")


def _problem_items(page: Page, position: int, outcomes: tuple[Outcome, ...]) -> list[str]:
    """The problem lines of one act's outcomes (act ``position`` of the chain)."""
    language = page.language
    items: list[str] = []
    for outcome in outcomes:
        notes = list(outcome.warnings)
        if outcome.status == "applied" and not notes:
            continue
        target = outcome.target.act.describe() + ", " + outcome.target.describe()
        if outcome.language:
            target += f" ({word(language, 'dutch_text')})"
        code = outcome.status + (f" {outcome.error_code}" if outcome.error_code else "")
        why = ""
        if outcome.status != "applied":
            detail = f"{code}: {outcome.message}" if outcome.message else code
            why = (f' — <span class="reason" title="{e(detail)}">'
                   f"{e(reason(language, outcome.status, outcome.error_code, outcome.message))}"
                   "</span>")
        extra = "".join(
            f'<br><span class="note" title="{e(w)}">{e(word(language, "warning"))}</span>'
            for w in notes if w != outcome.message
        )
        items.append(
            f'<li class="outcome {outcome.status}"><span class="status {outcome.status}" '
            f'title="{e(code)}">{e(OUTCOME[language][outcome.status])}</span> '
            f"{page.source_link(outcome.source, position)} {e(target)}{why}{extra}</li>"
        )
    return items


def _act_section(page: Page, index: int, diffs: list[ArticleDiff]) -> str:
    identity = page.result.after[index].identity
    language = page.languages[index]
    name = LANGUAGE_NAMES[language].get(identity.language, identity.language)
    parts = [f'<section class="act" id="act-{index + 1}" lang="{e(identity.language)}">\n'
             f"<h2>{e(title_line(identity))} <small>({e(name)})</small></h2>\n"]
    parts.extend(_article(page, index, diff) for diff in diffs)
    parts.append("</section>\n")
    return "".join(parts)


def _article(page: Page, index: int, diff: ArticleDiff) -> str:
    language = page.languages[index]
    label = diff.article.replace("-", "/")
    fallback = page.sources[index].get(diff.eid, [])
    provisions = ", ".join(page.source_link(source, act) for act, source in fallback)
    amended_by = word(language, "amended_by")
    return (
        f'<article class="amended" id="d{index + 1}-{e(diff.eid)}" data-eid="{e(diff.eid)}">\n'
        f"<h3>{e(word(language, 'article'))} {e(label)}</h3>\n"
        + article_table(page, index, diff)
        + (f'<p class="sources">{e(amended_by)} {provisions}</p>\n' if provisions else "")
        + "</article>\n"
    )


def _provisions(page: Page) -> str:
    """The amending provisions that have operations, with their text (link targets); a
    chain: those of each act, under its name, in the order of effect."""
    parts = ['<section class="provisions" id="provisions">\n'
             f"<h2>{e(word(page.language, 'provisions'))}</h2>\n"]
    seen: set[str] = set()
    for position, report in enumerate(page.result.all_reports()):
        if page.chain and report.outcomes:
            parts.append(f"<h3>{e(report.act)}</h3>\n")
        for outcome in report.outcomes:
            anchor = page.anchor(position, outcome.source)
            if anchor in seen:
                continue
            seen.add(anchor)
            text = page.provisions[position].text(outcome.source)
            parts.append(
                f'<div class="provision" id="{e(anchor)}"><b>{e(outcome.source.describe())}'
                f"</b><p>{e(text)}</p></div>\n"
            )
    parts.append("</section>\n")
    return "".join(parts)
