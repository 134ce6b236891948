"""`consolidate parse FR NL --compare`: the bilingual check of one act's two texts.

Each input is an amending text (its language detected, or stated in its front matter) or the
JSON of an already parsed act (``consolidate parse --format json``). The French text comes
first; two texts given the other way round are swapped, two texts of one language refused.
Exit 0 when the texts agree, 1 on a divergence (a usage error is 2, as everywhere).
"""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..model import AmendingAct

EXIT_CLEAN = 0
EXIT_DIVERGENT = 1


def load_act(path: str, language: str | None) -> tuple[AmendingAct, str | None]:
    """The act in ``path`` (text or JSON) and its detected language (None for JSON)."""
    from pydantic import ValidationError

    from .. import api
    from ..errors import InputError
    from ..lang.detect import resolve
    from ..model import AmendingAct
    from .inputs import STDIN, STDIN_NAME, read_bytes

    name = STDIN_NAME if path == STDIN else path
    text = api.decode_text(read_bytes(path), name)
    if text.lstrip().startswith("{"):
        try:
            data = json.loads(text)
            if isinstance(data, dict) and isinstance(data.get("act"), dict):
                data["act"].pop("justel_id", None)  # computed: written, never read back
            return AmendingAct.model_validate(data), None
        except json.JSONDecodeError as error:
            raise InputError(f"cannot read {name}: not JSON ({error.msg})") from None
        except ValidationError as error:
            raise InputError(f"cannot read {name}: not the JSON of an amending act "
                             f"({error.error_count()} errors)") from None
    detected = resolve(text, language)
    # every article is read that can be: an unreadable one is a divergence ("unreadable")
    return api.parse(text=text, source=name, language=detected, keep_going=True), detected


def execute_compare(args: argparse.Namespace) -> int:
    """Run the check; print text or JSON; return 0 (clean) or 1 (divergences)."""
    from .. import api
    from ..bilingual import render_text
    from ..errors import InputError
    from . import UsageError
    from .output import emit

    if len(args.amending) != 2:
        raise UsageError("consolidate parse --compare: give two files, the French text of "
                         "the act and its Dutch text")
    if args.format == "akn":
        raise UsageError("consolidate parse --compare: --format json or text")
    if args.lang:
        raise UsageError("consolidate parse --compare: --lang does not apply (each text's "
                         "language is detected or stated in its front matter)")
    from .inputs import check_stdin_once

    check_stdin_once(list(args.amending))
    (first, lang_a), (second, lang_b) = (load_act(path, None) for path in args.amending)
    names = list(args.amending)
    if lang_a == lang_b and lang_a is not None:
        raise InputError(f"consolidate parse --compare: {names[0]} and {names[1]} are both "
                         f"{'French' if lang_a == 'fr' else 'Dutch'} texts")
    if lang_a == "nl" or lang_b == "fr":
        first, second = second, first
        names.reverse()
    comparison = api.compare(first, second)
    if args.format == "json":
        content = json.dumps(comparison.model_dump(mode="json"), ensure_ascii=False,
                             indent=2) + "\n"
    else:
        content = render_text(comparison, names[0], names[1])
    emit(content, args.output)
    return EXIT_CLEAN if comparison.clean else EXIT_DIVERGENT
