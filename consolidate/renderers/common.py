"""Helpers shared by the HTML, Akoma Ntoso and JSON renderers of a consolidation.

- which document an outcome belongs to (the applier's rule: same act, language ``op.language``
  or French);
- the amending provision behind an outcome: its Akoma Ntoso eId and its text;
- Akoma Ntoso work URIs.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from functools import lru_cache

from ..lang import scan
from ..model import ActIdentity, AmendingAct, AmendingArticle, Outcome, Source
from ..result import Consolidation
from ..text import parse_label


def document_index(identities: list[ActIdentity], outcome: Outcome) -> int | None:
    """The index of the document an outcome's operation aimed at, or None (not supplied)."""
    language = outcome.language or "fr"
    for index, identity in enumerate(identities):
        if identity.matches(outcome.target.act) and identity.language == language:
            return index
    return None


def outcomes_per_document(result: Consolidation) -> list[list[Outcome]]:
    """The outcomes of each document of the result (parallel to ``result.after``)."""
    identities = [document.identity for document in result.after]
    grouped: list[list[Outcome]] = [[] for _ in identities]
    for outcome in result.report.outcomes:
        index = document_index(identities, outcome)
        if index is not None:
            grouped[index].append(outcome)
    return grouped


@lru_cache(maxsize=8192)
def label_eid(label: str) -> str:
    """A label as an eId part ('a)' → 'a', '1.' → '1', '2°' → '2'); a slug when unreadable."""
    try:
        return parse_label(label).eid_part()
    except ValueError:
        return slug(label) or "x"


def provision_eid(source: Source) -> str:
    """The eId of an amending provision: 'art_2', 'art_2__point_a'."""
    eid = f"art_{label_eid(source.article)}"
    if source.point:
        for part in source.point.split(","):
            if part.strip():
                eid += f"__point_{label_eid(part.strip())}"
    return eid


def slug(text: str) -> str:
    """ASCII, lower-case, dash-separated ('arrêté royal' → 'arrete-royal')."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def work_uri(type_: str, date: dt.date, number: str | None) -> str:
    """'/akn/be/act/loi/2024-03-25/2024003720' (number omitted when unknown)."""
    uri = f"/akn/be/act/{slug(type_) or 'act'}/{date.isoformat()}"
    return f"{uri}/{number}" if number else uri


def amending_work_uri(act: AmendingAct) -> str:
    """The Akoma Ntoso work URI of the amending act."""
    return work_uri(act.act.type, act.act.date, act.act.numac)


def find_article(act: AmendingAct, number: str) -> AmendingArticle | None:
    """The amending article with this number ('1er' == '1')."""
    for article in act.articles:
        if article.number == number or label_eid(article.number) == label_eid(number):
            return article
    return None


_POINT_LINE = scan.compile(r"^\s*(?:[-–]\s*)?(\d+(?:/\d+)?°(?:[a-z]+)?|\d+[.)]|[a-z]\))\s")


def article_body(article: AmendingArticle) -> str:
    """The article's text without Markdown emphasis ('**Art. 2.**' → 'Art. 2.')."""
    return article.text.replace("**", "").strip()


def split_points(article: AmendingArticle) -> tuple[str, list[tuple[str, str]]]:
    """The article's lead-in and its top-level points as (label, text), in order.

    Points are lines starting with a label of the style of the first point found ('a)', '1.',
    '1°'); quoted new text inside a point stays in that point. Without points: (text, []).
    """
    lines = article_body(article).splitlines()
    lead: list[str] = []
    points: list[tuple[str, list[str]]] = []
    style: str | None = None
    in_quote = False
    for line in lines:
        match = _POINT_LINE.match(line) if not in_quote else None
        if match and style in (None, _style(match.group(1))):
            style = _style(match.group(1))
            points.append((match.group(1), [line.strip()]))
        elif points:
            points[-1][1].append(line.strip())
        else:
            lead.append(line.strip())
        in_quote = (in_quote + line.count('"') + line.count("“") + line.count("”")) % 2 == 1
    lead_text = "\n".join(part for part in lead if part)
    return lead_text, [(label, "\n".join(p for p in body if p)) for label, body in points]


def _style(label: str) -> str:
    if label.endswith("°"):
        return "degree"
    if label.endswith(")"):
        return "paren" if label[0].isdigit() else "letter"
    return "dot"


class Provisions:
    """The amending provisions of an act, indexed once: article by number, points by label.

    Looking a provision up is then constant-time (a renderer looks one up per change).
    """

    def __init__(self, act: AmendingAct) -> None:
        self.articles: dict[str, AmendingArticle] = {}
        for article in act.articles:  # "1er" == "1": the same eId part
            self.articles.setdefault(label_eid(article.number), article)
        self._points: dict[str, list[tuple[str, str]]] = {}
        self._texts: dict[Source, str] = {}

    def article(self, number: str) -> AmendingArticle | None:
        """The amending article with this number ('1er' == '1'), as :func:`find_article`."""
        return self.articles.get(label_eid(number))

    def text(self, source: Source) -> str:
        """The text of the amending provision (see :func:`provision_text`)."""
        if source not in self._texts:
            self._texts[source] = self._text(source)
        return self._texts[source]

    def _text(self, source: Source) -> str:
        article = self.article(source.article)
        if article is None:
            return source.describe()
        if source.point:
            if article.number not in self._points:
                self._points[article.number] = split_points(article)[1]
            wanted = source.point.split(",")[0].strip()
            for label, text in self._points[article.number]:
                if label_eid(label) == label_eid(wanted) and _style(label) == _style(wanted):
                    return text
        return article_body(article)


def provision_text(act: AmendingAct, source: Source) -> str:
    """The text of the amending provision: the point's text when found, else the article's."""
    return Provisions(act).text(source)
