"""The ``rnkclaims`` command line.

A command's module is imported only when that command runs (``app.COMMAND_MODULES`` names the
modules of each): a query imports neither the editing nor the building commands.
"""

from __future__ import annotations

from rnkclaims.cli.app import app
from rnkclaims.cli.exiting import run_then_exit


def main() -> None:
    run_then_exit(app)


__all__ = ["app", "main"]
