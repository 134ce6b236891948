"""Totals of the corpus report and its table (the terminal's and docs/corpus.md's)."""

from __future__ import annotations

from collections.abc import Sequence

from .report import ActRow

COLUMNS = ("act", "art.", "instr.", "ops", "read", "unread", "refusals", "silent",
           "verify a/d/n", "s")


def totals(rows: Sequence[ActRow]) -> dict[str, object]:
    """Sums over the rows, and the two shares the issue asks for."""
    refusals: dict[str, int] = {}
    reasons: dict[str, int] = {}
    verify = {"agrees": 0, "disagrees": 0, "not_checkable": 0}
    for row in rows:
        for code, count in row.refusals.items():
            refusals[code] = refusals.get(code, 0) + count
        for reason, count in row.verify_reasons.items():
            reasons[reason] = reasons.get(reason, 0) + count
        for status, count in row.verify.items():
            verify[status] += count
    instructions = sum(row.instructions for row in rows)
    read = sum(row.read for row in rows)
    checkable = verify["agrees"] + verify["disagrees"]
    return {
        "acts": len(rows),
        "acts_unreadable": sum(1 for row in rows if row.error),
        "articles": sum(row.articles for row in rows),
        "instructions": instructions,
        "operations": sum(row.operations for row in rows),
        "read": read,
        "read_share": round(read / instructions, 4) if instructions else None,
        "unread_articles": sum(row.unread_articles for row in rows),
        "refusals": dict(sorted(refusals.items())),
        "silent": sum(len(row.silent) for row in rows),
        "undated": sum(len(row.undated) for row in rows),
        "exceptions": sum(len(row.exceptions) for row in rows),
        "verify": verify,
        "verify_reasons": dict(sorted(reasons.items())),
        "agreement": round(verify["agrees"] / checkable, 4) if checkable else None,
        "seconds": round(sum(row.seconds for row in rows), 2),
    }


def _refusals(refusals: dict[str, int], exceptions: int = 0) -> str:
    cells = [f"{code}×{count}" for code, count in refusals.items()]
    if exceptions:
        cells.append(f"EXCEPTION×{exceptions}")
    return " ".join(cells) or "-"


def _verify(row: ActRow) -> str:
    if not row.bases:
        return ""
    counts = row.verify
    return f"{counts.get('agrees', 0)}/{counts.get('disagrees', 0)}/" \
        f"{counts.get('not_checkable', 0)}"


def row_cells(row: ActRow) -> list[str]:
    """The cells of one act."""
    return [row.act, str(row.articles), str(row.instructions), str(row.operations),
            str(row.read), str(row.unread_articles), _refusals(row.refusals, len(row.exceptions)),
            str(len(row.silent)), _verify(row), f"{row.seconds:.2f}"]


def total_cells(total: dict[str, object]) -> list[str]:
    """The cells of the totals line."""
    verify = total["verify"]
    assert isinstance(verify, dict)
    refusals = total["refusals"]
    assert isinstance(refusals, dict)
    return [f"total ({total['acts']} acts)", str(total["articles"]), str(total["instructions"]),
            str(total["operations"]), str(total["read"]), str(total["unread_articles"]),
            _refusals(refusals, int(str(total["exceptions"]))), str(total["silent"]),
            f"{verify['agrees']}/{verify['disagrees']}/{verify['not_checkable']}",
            f"{total['seconds']}"]


def table(rows: Sequence[ActRow]) -> str:
    """A Markdown table (readable as is on a terminal): one line per act, then the totals."""
    lines = [[*COLUMNS], *(row_cells(row) for row in rows), total_cells(totals(rows))]
    widths = [max(len(line[i]) for line in lines) for i in range(len(COLUMNS))]

    def render(cells: list[str]) -> str:
        return "| " + " | ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)) + " |"

    rule = "|" + "|".join("-" * (w + 2) for w in widths) + "|"
    return "\n".join([render(lines[0]), rule, *(render(line) for line in lines[1:])]) + "\n"


def summary(rows: Sequence[ActRow]) -> str:
    """Two lines: instructions read and verify agreement."""
    total = totals(rows)
    share = total["read_share"]
    agreement = total["agreement"]
    read = f"{share:.1%}" if isinstance(share, float) else "n/a"
    agreed = f"{agreement:.1%}" if isinstance(agreement, float) else "n/a (nothing checkable)"
    return (f"instructions read: {total['read']} of {total['instructions']} ({read}); "
            f"silent articles: {total['silent']}; acts unreadable: {total['acts_unreadable']}; "
            f"exceptions: {total['exceptions']}; provisions undated (entry into force not "
            f"read): {total['undated']}\n"
            f"verify: {total['verify']}; agreement {agreed}; reasons {total['verify_reasons']}\n")
