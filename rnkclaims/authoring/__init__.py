"""Growing the ledger: drafting claims from sources, suggestions, review and edits."""
