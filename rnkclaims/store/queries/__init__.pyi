"""The names this package hands out, as their modules define them: for type checkers
(the package itself imports each module when one of its names is first asked for, and
compiles no import of them)."""

from rnkclaims.store.queries.common import CLAIM_FIELDS as CLAIM_FIELDS
from rnkclaims.store.queries.common import DEFAULT_LIMIT as DEFAULT_LIMIT
from rnkclaims.store.queries.common import ClaimFilters as ClaimFilters
from rnkclaims.store.queries.common import claims_by_id as claims_by_id
from rnkclaims.store.queries.confirmations import Confirmations as Confirmations
from rnkclaims.store.queries.confirmations import PropositionFilters as PropositionFilters
from rnkclaims.store.queries.confirmations import confirmations as confirmations
from rnkclaims.store.queries.confirmations import confirmations_sql as confirmations_sql
from rnkclaims.store.queries.confirmations import propositions as propositions
from rnkclaims.store.queries.confirmations import propositions_sql as propositions_sql
from rnkclaims.store.queries.contradictions import CLAIMS_PER_SIDE as CLAIMS_PER_SIDE
from rnkclaims.store.queries.contradictions import CONTRADICTION_KINDS as CONTRADICTION_KINDS
from rnkclaims.store.queries.contradictions import GROUP_LIMIT as GROUP_LIMIT
from rnkclaims.store.queries.contradictions import ContradictionFilters as ContradictionFilters
from rnkclaims.store.queries.contradictions import contradictions as contradictions
from rnkclaims.store.queries.contradictions import contradictions_sql as contradictions_sql
from rnkclaims.store.queries.denials import ANSWERS_PER_DENIAL as ANSWERS_PER_DENIAL
from rnkclaims.store.queries.denials import denials as denials
from rnkclaims.store.queries.denials import denials_sql as denials_sql
from rnkclaims.store.queries.holdings import actors as actors
from rnkclaims.store.queries.holdings import actors_sql as actors_sql
from rnkclaims.store.queries.holdings import outlets as outlets
from rnkclaims.store.queries.holdings import outlets_sql as outlets_sql
from rnkclaims.store.queries.holdings import sources as sources
from rnkclaims.store.queries.holdings import sources_sql as sources_sql
from rnkclaims.store.queries.holdings import stats as stats
from rnkclaims.store.queries.holdings import stats_sql as stats_sql
from rnkclaims.store.queries.listing import count_claims as count_claims
from rnkclaims.store.queries.listing import list_claims as list_claims
from rnkclaims.store.queries.listing import list_claims_sql as list_claims_sql
from rnkclaims.store.queries.listing import timeline as timeline
from rnkclaims.store.queries.listing import timeline_sql as timeline_sql
from rnkclaims.store.queries.resolve import resolve_names as resolve_names
from rnkclaims.store.queries.resolve import resolve_proposition as resolve_proposition
from rnkclaims.store.queries.resolve import resolve_topic as resolve_topic
from rnkclaims.store.queries.resolve import values_conflict as values_conflict
from rnkclaims.store.queries.search import SearchResult as SearchResult
from rnkclaims.store.queries.search import who_said as who_said
from rnkclaims.store.queries.search_aside import who_said_sql as who_said_sql
from rnkclaims.store.queries.show import show as show
from rnkclaims.store.queries.show import show_sql as show_sql
from rnkclaims.store.queries.show import source as source
from rnkclaims.store.queries.show import source_sql as source_sql
from rnkclaims.store.queries.statement import Record as Record
from rnkclaims.store.queries.statement import Statement as Statement

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
