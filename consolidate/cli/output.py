"""Writing results: to stdout, or to a file written whole or not at all.

``-o PATH`` writes only to a new path or to an existing regular file the user may write; both
are checked before anything is written, and again just before the atomic rename:

- a symlink is followed to its target, which is then what gets replaced (a symlink to a
  regular file, or to a new path in an existing directory); the link itself is never replaced;
  a dangling link into a missing directory is refused;
- a directory, a device (``/dev/full``), a FIFO or a socket is refused: ``error[E100]``, exit 2,
  saying what the path is;
- a read-only file (no write permission bit, or one the user may not write) is refused, even
  for root: ``-o`` never replaces what ``>`` in a shell would refuse to overwrite;
- an input of the command (the act, a base) is refused: inputs are never modified;
- ``-o -`` is stdout; ``-o ""`` is a usage error (argparse type :func:`output_path`).

The content goes to a temporary file in the target's directory, then ``os.replace`` renames
it over the target: a failure leaves the target as it was. A replaced file keeps its mode.
"""

from __future__ import annotations

import argparse
import os
import stat
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import BinaryIO

from ..errors import InputError

STDOUT = "-"


def output_path(text: str) -> str:
    """argparse type of ``-o``: a path, or ``-`` for stdout; never the empty string."""
    if not text.strip():
        raise argparse.ArgumentTypeError(
            "empty file name (give a path, or - for standard output)"
        )
    return text


def add_output_argument(parser: argparse.ArgumentParser) -> None:
    """``-o FILE`` / ``--output FILE``."""
    parser.add_argument("-o", "--output", metavar="FILE", type=output_path,
                        help="write the result to FILE (whole or nothing) instead of stdout; "
                        "- is stdout")


def _kind(mode: int) -> str:
    """What a non-regular file is, in words."""
    if stat.S_ISDIR(mode):
        return "a directory"
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def writable_target(path: str) -> Path:
    """The file ``-o PATH`` may replace or create (a symlink resolved), or InputError."""
    given = Path(path)
    target = Path(os.path.realpath(given)) if given.is_symlink() else given
    via = f" (the symlink {given} points to it)" if target != given else ""
    try:
        info = target.stat()
    except FileNotFoundError:
        directory = target.parent if str(target.parent) else Path(".")
        if not directory.is_dir():
            raise InputError(
                f"cannot write {path}: the directory {directory}{via} does not exist"
            ) from None
        if not os.access(directory, os.W_OK | os.X_OK):
            raise InputError(
                f"cannot write {path}: the directory {directory} is not writable"
            ) from None
        return target
    except OSError as error:
        raise InputError(f"cannot write {path}: {error.strerror}") from None
    if not stat.S_ISREG(info.st_mode):
        raise InputError(
            f"cannot write {path}: it is {_kind(info.st_mode)}{via}; -o writes only to a "
            "new file or a regular file (use - for standard output)"
        )
    if not (info.st_mode & 0o222) or not os.access(target, os.W_OK):
        raise InputError(f"cannot write {path}: the file{via} is read-only")
    directory = target.parent if str(target.parent) else Path(".")
    if not os.access(directory, os.W_OK | os.X_OK):
        raise InputError(
            f"cannot write {path}: its directory {directory} is not writable (the file is "
            "written whole through a temporary file next to it)"
        )
    return target


def check_output(path: str | None, inputs: Sequence[str | None] = ()) -> None:
    """Refuse, before any work, an ``-o`` that could not be written (None and ``-``: stdout),
    or that is one of the command's inputs (inputs are never modified)."""
    if path is None or path == STDOUT:
        return
    if path.endswith("/"):  # apply -o DIR/: one file per act inside (DIR must exist)
        if not Path(path).is_dir() or not os.access(path, os.W_OK | os.X_OK):
            raise InputError(f"cannot write into {path}: not a writable directory")
        return
    target = writable_target(path)
    for given in inputs:
        if given and given != STDOUT and _same_file(target, Path(given)):
            raise InputError(f"cannot write {path}: it is an input of this command ({given}); "
                             "inputs are never modified: write the result elsewhere")


def _same_file(one: Path, other: Path) -> bool:
    try:
        return one.exists() and other.exists() and one.samefile(other)
    except OSError:
        return False


def emit(content: str | bytes, path: str | None) -> None:
    """Write ``content`` to ``path`` atomically (temp file + rename), or to stdout."""
    if path is None or path == STDOUT:
        if isinstance(content, bytes):
            sys.stdout.flush()
            sys.stdout.buffer.write(content)
            sys.stdout.buffer.flush()
        else:
            for start in range(0, len(content), _CHUNK):  # encoded by slices, as below
                sys.stdout.write(content[start : start + _CHUNK])
        return
    target = writable_target(path)
    directory = target.parent if str(target.parent) else Path(".")
    import tempfile  # here, not at start-up: it imports shutil, random, bz2 and lzma

    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", dir=directory)
    except OSError as error:
        raise InputError(f"cannot write {path}: {error.strerror}") from None
    try:
        with os.fdopen(handle, "wb") as stream:
            _write(stream, content)
        os.chmod(temporary, _mode_for(target))
        writable_target(path)  # again, just before the rename: nothing changed meanwhile
        os.replace(temporary, target)
    except (OSError, InputError) as error:
        Path(temporary).unlink(missing_ok=True)
        if isinstance(error, InputError):
            raise
        raise InputError(f"cannot write {path}: {error.strerror}") from None
    except BaseException:  # Ctrl-C while writing: no temporary file is left behind
        Path(temporary).unlink(missing_ok=True)
        raise


#: characters encoded at a time when writing a text (a large text is not copied whole as bytes)
_CHUNK = 1 << 20


def _write(stream: BinaryIO, content: str | bytes) -> None:
    """Write ``content`` (a text as UTF-8, by slices: the same bytes as encoding it whole)."""
    if isinstance(content, bytes):
        stream.write(content)
        return
    for start in range(0, len(content), _CHUNK):
        stream.write(content[start : start + _CHUNK].encode("utf-8"))


def _mode_for(target: Path) -> int:
    """The mode the result gets: the replaced file's, else the usual one under the umask."""
    try:
        return target.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
