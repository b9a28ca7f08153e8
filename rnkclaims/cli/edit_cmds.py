"""Growing the ledger: source add, extract, coverage, add."""

from __future__ import annotations
