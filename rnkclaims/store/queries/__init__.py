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
``confirmations``, ``contradictions``), and the package binds the function.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rnkclaims.store.queries.common import (
        CLAIM_FIELDS,
        DEFAULT_LIMIT,
        ClaimFilters,
        claims_by_id,
    )
    from rnkclaims.store.queries.confirmations import (
        Confirmations,
        PropositionFilters,
        confirmations,
        confirmations_sql,
        propositions,
        propositions_sql,
    )
    from rnkclaims.store.queries.contradictions import (
        CLAIMS_PER_SIDE,
        CONTRADICTION_KINDS,
        GROUP_LIMIT,
        ContradictionFilters,
        contradictions,
        contradictions_sql,
    )
    from rnkclaims.store.queries.denials import ANSWERS_PER_DENIAL, denials, denials_sql
    from rnkclaims.store.queries.holdings import (
        actors,
        actors_sql,
        outlets,
        outlets_sql,
        sources,
        sources_sql,
        stats,
        stats_sql,
    )
    from rnkclaims.store.queries.listing import (
        count_claims,
        list_claims,
        list_claims_sql,
        timeline,
        timeline_sql,
    )
    from rnkclaims.store.queries.resolve import (
        resolve_names,
        resolve_proposition,
        resolve_topic,
        values_conflict,
    )
    from rnkclaims.store.queries.search import SearchResult, who_said
    from rnkclaims.store.queries.search_aside import who_said_sql
    from rnkclaims.store.queries.show import show, show_sql, source, source_sql
    from rnkclaims.store.queries.statement import Record, Statement

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

__all__ = [
    "ANSWERS_PER_DENIAL",
    "CLAIMS_PER_SIDE",
    "CLAIM_FIELDS",
    "CONTRADICTION_KINDS",
    "DEFAULT_LIMIT",
    "GROUP_LIMIT",
    "ClaimFilters",
    "Confirmations",
    "ContradictionFilters",
    "PropositionFilters",
    "Record",
    "SearchResult",
    "Statement",
    "actors",
    "actors_sql",
    "claims_by_id",
    "confirmations",
    "confirmations_sql",
    "contradictions",
    "contradictions_sql",
    "count_claims",
    "denials",
    "denials_sql",
    "list_claims",
    "list_claims_sql",
    "outlets",
    "outlets_sql",
    "propositions",
    "propositions_sql",
    "resolve_names",
    "resolve_proposition",
    "resolve_topic",
    "show",
    "show_sql",
    "source",
    "source_sql",
    "sources",
    "sources_sql",
    "stats",
    "stats_sql",
    "timeline",
    "timeline_sql",
    "values_conflict",
    "who_said",
    "who_said_sql",
]


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
