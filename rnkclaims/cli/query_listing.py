"""What the listings (``actors``, ``outlets``, ``sources``) share: their whole run. The
questions about claims neither compile nor import it."""

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rnkclaims.cli.query_cmds import Format, answer, cut, out_limit, output_format

if TYPE_CHECKING:
    import sqlite3

    from rnkclaims.store.queries import Statement


def list_records(
    what: str,
    columns: Sequence[str],
    query: "Callable[[sqlite3.Connection], list[dict[str, Any]]]",
    statements: "Callable[[sqlite3.Connection], Sequence[Statement]]",
    *,
    limit: int | None,
    fmt: Format,
    no_headers: bool,
    sql: bool,
    ledger: Path | None,
    db: Path | None,
) -> None:
    """A listing's whole run: ``query`` on the current database (or its ``statements``
    with --sql), cut to ``--limit`` and written as ``fmt`` with ``columns``."""
    from rnkclaims.render import render_records

    records = answer(ledger, db, sql, query, statements)
    render_records(
        cut(records, out_limit(limit, fmt), what),
        output_format(fmt),
        columns=columns,
        headers=not no_headers,
    )
