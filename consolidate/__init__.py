"""consolidate: read Belgian amending laws, apply them, render consolidated texts and diffs.

The public API is a handful of verbs (imported lazily so that ``import consolidate`` and the
command start fast):

- :func:`parse` — amending text → :class:`AmendingAct`
- :func:`load` — base text (Akoma Ntoso XML, Justel text or HTML) → :class:`Document`
- :func:`apply` — (documents, act) → (documents', :class:`Report`)
- :func:`render` — document → text | justel | akn | json | html
- :func:`diff` — (before, after) → per-article line and word diffs
- :func:`verify` — (act, Justel page made after it) → :class:`VerifyReport`
- :func:`consolidate` — all of the above for the embedded 2024 case or given files
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_EXPORTS = {
    "parse": "consolidate.api",
    "load": "consolidate.api",
    "apply": "consolidate.api",
    "render": "consolidate.api",
    "diff": "consolidate.api",
    "consolidate": "consolidate.api",
    "draft": "consolidate.api",
    "verify": "consolidate.api",
    "VerifyReport": "consolidate.verification",
    "Document": "consolidate.document",
    "AmendingAct": "consolidate.model",
    "Report": "consolidate.model",
    "Outcome": "consolidate.model",
    "ConsolidateError": "consolidate.errors",
    "ParseError": "consolidate.errors",
    "ApplyError": "consolidate.errors",
    "DocumentError": "consolidate.errors",
}

__all__ = [*_EXPORTS, "__version__"]

if TYPE_CHECKING:  # pragma: no cover
    from .api import apply as apply
    from .api import consolidate as consolidate
    from .api import diff as diff
    from .api import draft as draft
    from .api import load as load
    from .api import parse as parse
    from .api import render as render
    from .api import verify as verify
    from .document import Document as Document
    from .errors import ApplyError as ApplyError
    from .errors import ConsolidateError as ConsolidateError
    from .errors import DocumentError as DocumentError
    from .errors import ParseError as ParseError
    from .model import AmendingAct as AmendingAct
    from .model import Outcome as Outcome
    from .model import Report as Report
    from .verification import VerifyReport as VerifyReport


def __getattr__(name: str) -> Any:
    module_name = _EXPORTS.get(name)
    if module_name is None:
        raise AttributeError(f"module 'consolidate' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module_name), name)
    globals()[name] = value
    return value
