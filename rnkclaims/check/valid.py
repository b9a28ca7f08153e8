"""The gate before any command that works on a ledger's content: no errors allowed."""

from __future__ import annotations

from rnkclaims.check.context import Checked
from rnkclaims.check.run import check
from rnkclaims.errors import LedgerError
from rnkclaims.ledger import Ledger


def require_valid(ledger: Ledger) -> Checked:
    """Check ``ledger``; raise ``LedgerError`` naming the first error when it has any.

    Warnings (drafts, unused sources) pass: they are the normal state of a ledger being
    grown. Commands that draft, suggest, review or edit call this first, so they never
    work from, or write beside, content that ``validate`` would refuse.
    """
    checked = check(ledger)
    errors = checked.report.errors
    if errors:
        first = errors[0]
        raise LedgerError(
            f"the ledger has {len(errors)} error(s); first: {first.file}:{first.line}:"
            f"{first.column}: {first.message}",
            "run 'rnkclaims validate' to see them all",
        )
    return checked
