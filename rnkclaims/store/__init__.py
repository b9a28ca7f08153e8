"""The database: building it from the ledger, opening a current one, and the queries."""
