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

_MODULE_OF = {
    "ANSWERS_PER_DENIAL": "denials",
    "CLAIMS_PER_SIDE": "contradictions",
    "CLAIM_FIELDS": "common",
    "CONTRADICTION_KINDS": "contradictions",
    "DEFAULT_LIMIT": "common",
    "GROUP_LIMIT": "contradictions",
    "ClaimFilters": "common",
    "Confirmations": "confirmations",
    "ContradictionFilters": "contradictions",
    "PropositionFilters": "confirmations",
    "Record": "statement",
    "SearchResult": "search",
    "Statement": "statement",
    "actors": "holdings",
    "actors_sql": "holdings",
    "claims_by_id": "common",
    "confirmations": "confirmations",
    "confirmations_sql": "confirmations",
    "contradictions": "contradictions",
    "contradictions_sql": "contradictions",
    "count_claims": "listing",
    "denials": "denials",
    "denials_sql": "denials",
    "list_claims": "listing",
    "list_claims_sql": "listing",
    "outlets": "holdings",
    "outlets_sql": "holdings",
    "propositions": "confirmations",
    "propositions_sql": "confirmations",
    "resolve_names": "resolve",
    "resolve_proposition": "resolve",
    "resolve_topic": "resolve",
    "show": "show",
    "show_sql": "show",
    "source": "show",
    "source_sql": "show",
    "sources": "holdings",
    "sources_sql": "holdings",
    "stats": "holdings",
    "stats_sql": "holdings",
    "timeline": "listing",
    "timeline_sql": "listing",
    "values_conflict": "resolve",
    "who_said": "search",
    "who_said_sql": "search_aside",
}
"""Each public name and the module of this package that defines it."""

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
