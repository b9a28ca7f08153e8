"""The read side: every SQL query rnkclaims runs against its database, one module per
question (``search``, ``listing``, ``holdings``, ``denials``, ``confirmations``,
``contradictions``, ``show``) over the statements of ``statement``, the shared claim
filters of ``common`` and the resolving of names in ``resolve``.

Each public function takes an open connection (``store.open_current``) and a filter
dataclass and returns plain dicts, the records ``docs/json-output.md`` documents; each
``*_sql`` function returns the ``Statement``s its command would run, for ``--sql``.

Each question's module is imported when one of its names is first asked for (PEP 562), so
a command loads the queries it runs and no others. Import the names from this package, not
from its modules: four modules share a name with their function (``show``, ``denials``,
``confirmations``, ``contradictions``), and the package binds the function. Type checkers
read the names from ``__init__.pyi``, which this module does not compile.
"""

from __future__ import annotations

import importlib
from typing import Any

# Each public name and the module of this package that defines it: one string, split at
# import (a dict written out is some 180 tokens more to compile at every run without
# bytecode).
_MODULE_TABLE = """\
common: CLAIM_FIELDS DEFAULT_LIMIT ClaimFilters claims_by_id
statement: Record Statement
search: SearchResult who_said
search_aside: who_said_sql
listing: count_claims list_claims list_claims_sql timeline timeline_sql
holdings: actors actors_sql outlets outlets_sql sources sources_sql stats stats_sql
denials: ANSWERS_PER_DENIAL denials denials_sql
confirmations: Confirmations PropositionFilters confirmations confirmations_sql
confirmations: propositions propositions_sql
contradictions: CLAIMS_PER_SIDE CONTRADICTION_KINDS GROUP_LIMIT ContradictionFilters
contradictions: contradictions contradictions_sql
show: show show_sql source source_sql
resolve: resolve_names resolve_proposition resolve_topic values_conflict
"""
_MODULE_OF: dict[str, str] = {
    name: module.rstrip(":")
    for module, *names in map(str.split, _MODULE_TABLE.splitlines())
    for name in names
}

__all__ = sorted(_MODULE_OF)


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    loaded = importlib.import_module(f"{__name__}.{module}")
    # Importing a module binds it here under its own name; bind its functions over it.
    names = globals()
    for other, where in _MODULE_OF.items():
        if where == module:
            names[other] = getattr(loaded, other)
    return names[name]


def __dir__() -> list[str]:
    return sorted({*globals(), *_MODULE_OF})
