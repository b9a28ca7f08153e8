"""A ``Statement`` written out as ``--sql`` prints it: its parameters as SQL literals, and a
fallback statement commented out with why. Apart from ``statement``, so that a query
compiles it only when ``--sql`` asks for it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rnkclaims.store.queries.statement import Statement

_PARAM = r"(?<![:\w]):([A-Za-z_]\w*)"


def inline(statement: Statement) -> str:
    """The statement with its parameters written in as SQL literals."""

    def literal(match: re.Match[str]) -> str:
        value = statement.params[match.group(1)]
        if value is None:
            return "null"
        if isinstance(value, int | float):
            return str(value)
        return "'" + str(value).replace("'", "''") + "'"

    return re.sub(_PARAM, literal, statement.sql.strip())


def script(statement: Statement) -> str:
    """The statement as ``--sql`` prints it: runnable, or commented out with why when a
    fallback."""
    text = inline(statement).rstrip().rstrip(";") + ";"
    if statement.fallback is None:
        return text
    return f"-- {statement.fallback}:\n" + "\n".join(f"--   {line}" for line in text.splitlines())
