"""The ``rnkclaims`` command line."""

from __future__ import annotations

from rnkclaims.cli import ledger_cmds as ledger_cmds
from rnkclaims.cli.app import app


def main() -> None:
    app()


__all__ = ["app", "main"]
