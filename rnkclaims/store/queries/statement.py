"""SQL statements with named parameters, as every question runs them and ``--sql`` prints
them; apart from the claim filters (``common``), so that a listing needs neither."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from typing import Any

Record = dict[str, Any]


class Statement:
    """One SQL statement with named parameters (``:name``); a ``fallback`` statement (its
    value says when it runs) is printed by ``--sql`` as a comment, so that the output runs
    as is (written out by ``sql_text``, compiled only then).

    The records of a query's start-up are plain classes and named tuples, not dataclasses:
    making a dataclass costs about a millisecond at import, every query."""

    __slots__ = ("fallback", "params", "sql")

    def __init__(
        self, sql: str, params: dict[str, Any] | None = None, fallback: str | None = None
    ) -> None:
        self.sql = sql
        self.params: dict[str, Any] = {} if params is None else params
        self.fallback = fallback

    def __repr__(self) -> str:
        return f"Statement({self.sql!r}, {self.params!r}, {self.fallback!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Statement):
            return NotImplemented
        return (self.sql, self.params, self.fallback) == (other.sql, other.params, other.fallback)

    __hash__ = None  # type: ignore[assignment]  # params is a dict

    def inline(self) -> str:
        """The statement with its parameters written in as SQL literals (``sql_text``)."""
        from rnkclaims.store.queries.sql_text import inline

        return inline(self)

    def script(self) -> str:
        """The statement as ``--sql`` prints it (``sql_text``)."""
        from rnkclaims.store.queries.sql_text import script

        return script(self)

    def run(self, conn: sqlite3.Connection) -> list[sqlite3.Row]:
        return list(conn.execute(self.sql, self.params))


class _Params:
    """Collects named parameters while SQL text is assembled."""

    def __init__(self) -> None:
        self.values: dict[str, Any] = {}

    def add(self, prefix: str, value: Any) -> str:
        name = f"{prefix}{len(self.values)}"
        self.values[name] = value
        return f":{name}"

    def many(self, prefix: str, values: Iterable[Any]) -> str:
        return ", ".join(self.add(prefix, v) for v in values)
