"""`consolidate render`."""

from __future__ import annotations

import argparse

HELP = "render (not implemented yet)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Declare the subcommand's arguments."""


def execute(args: argparse.Namespace) -> int:
    """Run the subcommand; return the exit code."""
    raise NotImplementedError
