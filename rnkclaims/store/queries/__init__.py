"""The read side: every SQL query rnkclaims runs against its database, one module per
question (``search``, ``listing``, ``denials``, ``confirmations``, ``contradictions``,
``show``) over the shared filter and statement machinery in ``common``.

Each public function takes an open connection (``store.open_current``) and a filter
dataclass and returns plain dicts, the records ``docs/json-output.md`` documents; each
``*_sql`` function returns the ``Statement``s its command would run, for ``--sql``.
"""

from __future__ import annotations

from rnkclaims.store.queries.common import (
    CLAIM_FIELDS,
    DEFAULT_LIMIT,
    ClaimFilters,
    Record,
    Statement,
    claims_by_id,
    resolve_names,
    resolve_proposition,
    resolve_topic,
    values_conflict,
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
from rnkclaims.store.queries.listing import (
    actors,
    actors_sql,
    count_claims,
    list_claims,
    list_claims_sql,
    outlets,
    outlets_sql,
    sources,
    sources_sql,
    stats,
    stats_sql,
    timeline,
    timeline_sql,
)
from rnkclaims.store.queries.search import SearchResult, who_said, who_said_sql
from rnkclaims.store.queries.show import show, show_sql, source, source_sql

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
