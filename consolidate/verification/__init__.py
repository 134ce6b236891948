"""``consolidate verify``: check an amending act against a Justel page made after it.

:func:`verify` returns a :class:`VerifyReport` with one :class:`Check` per operation of the act
on the page's act: ``agrees``, ``disagrees`` (with both texts) or ``not_checkable`` (with a
reason code, see :data:`REASONS`). See docs/verify.md.
"""

from __future__ import annotations

import datetime as dt

from ..document import Document, akn, cns
from ..model import AmendingAct
from .checks import Context, check_operation, other_author
from .models import REASONS, Check, CheckStatus, Reason, VerifyReport
from .page import PageIndex

__all__ = ["REASONS", "Check", "CheckStatus", "Reason", "VerifyReport", "verify"]


def page_updated(page: Document) -> dt.date | None:
    """The page's "mise à jour au" date, when its reader found one."""
    node = page.root.find(f".//{akn('proprietary')}/{cns('act')}")
    value = node.get("updated") if node is not None else None
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


def verify(act: AmendingAct, page: Document, *, reference: str | None = None) -> VerifyReport:
    """Check every operation of ``act`` on the act of ``page`` (in the page's language: an
    operation "dans le texte néerlandais" is checked on a Dutch page) against its marks.

    ``reference`` is the act's Justel reference ("2024-03-25/42") when ``act`` lacks one
    (``act.act.justel_reference``). Neither input is modified.
    """
    identity = page.identity
    index = PageIndex.of(page)
    cited = reference or act.act.justel_reference
    context = Context(act, page, index, cited, page_updated(page),
                      other_author(act, index, cited))
    checks: list[Check] = []
    other = 0
    for position, op in enumerate(act.operations()):
        if not identity.matches(op.target.act) or (op.language or "fr") != identity.language:
            other += 1
            continue
        checks.append(check_operation(context, position, op))
    when = context.updated.isoformat() if context.updated else None
    return VerifyReport(
        act=act.act.justel_id, page=f"{identity.type} du {identity.date.isoformat()}",
        page_source=page.source, page_updated=when, other_operations=other,
        checks=tuple(checks),
    )
