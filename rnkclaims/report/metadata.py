"""datasette metadata that explains the database: what each table and column means
(from ``model.py``'s field docs), which column names a row, where full-text search
applies, sensible facets, and canned queries for the questions rnkclaims answers.

``metadata(columns, db_name, claims_searchable)`` is pure; ``rnkclaims
datasette-metadata`` and ``rnkclaims serve`` feed it from an open database.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from rnkclaims import model
from rnkclaims.report.data import CANNED_SQL

# table -> (the entity it holds, {column: "entity.field" where it is not the same name})
# fmt: off
_TABLES: dict[str, tuple[str, dict[str, str]]] = {
    "actors": ("actor", {}),
    "outlets": ("outlet", {}),
    "topics": ("topic", {}),
    "propositions": ("proposition", {}),
    "sources": (
        "source",
        {
            "outlet_id": "source.outlet",
            "published": "published.date",
            "published_inferred": "published.inferred",
            "published_basis": "published.basis",
        },
    ),
    "claims": (
        "claim",
        {
            "speaker_id": "claim.speaker",
            "role_id": "claim.role",
            "source_id": "claim.source",
            "said_date": "said.date",
            "said_expression": "said.expression",
            "said_note": "said.note",
            "venue_kind": "venue.kind",
            "venue_description": "venue.description",
            "venue_place": "venue.place",
        },
    ),
    "roles": ("role", {"role_id": "role.id", "from_date": "role.from", "to_date": "role.to"}),
    "relay_hops": ("hop", {"via_id": "hop.via"}),
    "claim_propositions": ("bearing", {"proposition_id": "bearing.proposition"}),
}
# fmt: on

# Columns the database derives or adds; they have no field in the ledger.
_DERIVED: dict[str, str] = {
    "claims.voice_id": "The claim's voice: the body the speaker spoke for at the time (the "
    "role's speaks_for, else the actor's), else the speaker. Two officials of one government "
    "are one voice.",
    "claims.said_precision": "day, month or year: how precisely said_date is known.",
    "claims.said_earliest": "First day said_date covers (YYYY-MM-DD); empty when undated.",
    "claims.said_latest": "Last day said_date covers (YYYY-MM-DD); empty when undated.",
    "claims.draft": "1 for a machine draft not yet reviewed.",
    "claims.file": "Ledger file the claim is written in.",
    "claims.line": "Line of that file where the claim starts.",
    "sources.published_precision": "day, month or year: how precisely published is known.",
    "sources.file": "The archived file, sources/<id>.txt.",
    "sources.body_line": "Line of the file where the text starts, after the front matter.",
    "sources.text": "The archived text of the article.",
    "sources.id": "Stable id: the archived file's name without .txt.",
    "roles.actor_id": "The actor who held the role.",
    "roles.role_id": "Id of the role, unique within the actor; claims name it in role_id.",
    "relay_hops.claim_id": "The claim relayed.",
    "relay_hops.position": "Order of the hop, 0 nearest the speaker.",
    "claim_propositions.claim_id": "The claim.",
    "claim_topics.claim_id": "The claim.",
    "claim_topics.topic_id": "A topic the claim is tagged with.",
    "proposition_topics.proposition_id": "The proposition.",
    "proposition_topics.topic_id": "A topic it belongs to.",
    "incompatibilities.proposition_id": "A proposition.",
    "incompatibilities.other_id": "A proposition that cannot be true with it.",
    "source_agencies.source_id": "The article.",
    "source_agencies.outlet_id": "A wire agency it relies on.",
    "source_furniture.source_id": "The article.",
    "source_furniture.position": "Order of the passage in the front matter.",
    "source_furniture.passage": "Verbatim page furniture (footers, credits) that carries no claim.",
    "topic_terms.topic_id": "The topic.",
    "topic_terms.term": "A word or phrase that means the topic in a search.",
    "names.entity_id": "The actor, outlet or topic named.",
    "names.entity_kind": "actor, outlet or topic.",
    "names.name": "A canonical name or an alias.",
    "names.is_alias": "1 for an alias, 0 for the canonical name.",
    "names.key": "The name folded for matching: lower case, accents and punctuation removed.",
    "meta.key": "What the row records (ledger fingerprint, build time, versions).",
    "meta.value": "Its value.",
    "ledger_files.path": "A file of the ledger (YAML or source), as last built.",
    "ledger_files.sha256": "The SHA-256 of its bytes then.",
    "ledger_files.sections": "A YAML file's top-level keys, comma-separated; empty for a source.",
    "ledger_files.slot": "A YAML file's place in the ledger's order, numbering its claims.",
    "ledger_files.size": "Its size in bytes when hashed; 0 when too fresh to trust its stat.",
    "ledger_files.mtime_ns": "Its modification time then (ns); an unchanged stat skips hashing.",
    "ledger_files.ctime_ns": "Its status-change time then (ns).",
    "ledger_files.inode": "Its inode number then.",
    "ledger_files.claims": "A digest of each of its claims' texts, in order (16 hex digits each).",
    "claim_search.claim_id": "The claim.",
    "claim_search.quote": "The claim's quote, indexed.",
    "claim_search.excerpt": "The claim's excerpt, indexed.",
    "claim_search.propositions": "The texts of the propositions it bears on, indexed.",
    "claim_search.topics": "Its topics' names and search terms, indexed.",
    "claim_search.speaker": "Its speaker's names and aliases, indexed.",
    "search_topics.topic_id": "A topic.",
    "search_topics.search_rowid": "The claim_search row of a claim on that topic.",
    "speakers.id": "The id of an actor or an outlet.",
    "speakers.name": "Its canonical name.",
    "speakers.entity_kind": "actor or outlet: the table that describes it.",
    "claim_propositions.position": "Order of the proposition in the claim's list.",
    "names.position": "Order of the name among the entity's names (0: the canonical name).",
    "source_not_claims.source_id": "The article.",
    "source_not_claims.position": "Order of the passage in the front matter.",
    "source_not_claims.passage": "Verbatim passage a reviewer marked as not a claim.",
    "claim_suggestions.claim_id": "The draft the suggestion is for.",
    "claim_suggestions.position": "Order of the suggestion, best first within its field.",
    "claim_suggestions.field": "What is suggested: proposition (then value, the answer it "
    "gives), topic, certainty, role, a value for one of the claim's own fields (mode, quote, "
    "act, hedge, said, venue) or a field to remove.",
    "claim_suggestions.value": "The suggested id, term or value (a mapping as JSON).",
    "claim_suggestions.stance": "For a proposition: supports or opposes.",
    "claim_suggestions.score": "How strong the evidence is, 0 to 100.",
    "claim_suggestions.reason": "Why it is suggested, in one line.",
}

_TABLE_DOCS: dict[str, str] = {
    "claim_topics": "Which topics each claim is tagged with.",
    "proposition_topics": "Which topics each proposition belongs to.",
    "incompatibilities": "Pairs of propositions that cannot both be true.",
    "source_agencies": "The wire agencies each article relies on.",
    "source_furniture": "Passages of page furniture in each article (no claims there).",
    "source_not_claims": "Passages a reviewer marked as not a claim, per article.",
    "claim_suggestions": "Machine suggestions for drafts, not yet accepted by a reviewer.",
    "topic_terms": "Search words and phrases for each topic.",
    "names": "Every name and alias of actors, outlets and topics, for lookups.",
    "meta": "How and from what the database was built.",
    "ledger_files": "Internal: the ledger's files as last built, to apply edits in place.",
    "claim_search": "The text the full-text index covers, one row per claim.",
    "search_topics": "Internal: claims by topic, for who-said's topic expansion.",
    "speakers": "Everyone who can speak, relay or be spoken for: every actor and outlet. "
    "speaker_id, voice_id and via_id point here.",
    "claim_details": "One row per claim with readable columns: start here.",
    "proposition_stances": "Each claim's stance on each proposition, with the statement.",
}

_VIEW_COLUMNS: dict[str, str] = {
    "claim": "The claim's id.",
    "speaker": "Who said it (canonical name).",
    "speaker_role": "The speaker's role title at the time.",
    "said_on": "When it was said: YYYY, YYYY-MM or YYYY-MM-DD; empty when undated.",
    "said_as_written": "The source's own words for when ('on Tuesday').",
    "speech_act": "asserts, denies, confirms, accuses, ...",
    "hedge": "The hedging words as written.",
    "mode": "quote or reported.",
    "quote": "The speaker's own words (quotes).",
    "excerpt": "The source's text that carries the claim, verbatim.",
    "venue": "The kind of venue.",
    "venue_details": "Details of the venue.",
    "relayed_via": "The relay chain, speaker side first.",
    "outlet": "The publishing outlet.",
    "source_title": "The article's headline.",
    "source_published": "When the article was published.",
    "source": "The archived article's id.",
    "proposition": "The proposition's id.",
    "statement": "The proposition's text.",
    "stance": "supports or opposes.",
    "value": "For a value proposition, the value the claim gives.",
}

_LABELS = {"actors": "name", "outlets": "name", "topics": "name", "propositions": "text",
           "sources": "title", "claims": "id", "speakers": "name"}  # fmt: skip

_FACETS = {
    "claims": ["act", "voice_id", "speaker_id", "said_precision", "mode"],
    "claim_details": ["speech_act", "speaker", "outlet"],
    "sources": ["outlet_id", "language"],
    "actors": ["kind", "country"],
    "outlets": ["kind", "country"],
    "claim_propositions": ["stance", "proposition_id"],
    "proposition_stances": ["stance", "proposition"],
    "propositions": ["kind"],
    "speakers": ["entity_kind"],
}

_HIDDEN = ("search_topics",)

# -- canned queries ---------------------------------------------------------------------

QUERIES: dict[str, dict[str, Any]] = {
    "who_said": {
        "title": "Who said it?",
        "description": "Claims whose words, speaker, propositions or topics match :words "
        "(stemmed: 'deals' finds 'deal'), best match first; :since and :until (YYYY, "
        "YYYY-MM or YYYY-MM-DD) may be left empty. The rnkclaims who-said command also "
        "expands topic terms and aliases.",
        "sql": CANNED_SQL["who_said"],
        "params": ["words", "since", "until"],
    },
    "contradictions": {
        "title": "Contradictions: propositions with claims on both sides",
        "description": "Each proposition some claims support and others oppose, with the "
        "voices on each side. The rnkclaims contradictions command also finds support "
        "for incompatible propositions, reversals and mismatched values.",
        "sql": CANNED_SQL["contradictions"],
    },
    "denials": {
        "title": "Denials and the claims they answer",
        "description": "Each denial, newest first, with every claim of the opposite stance "
        "on the same proposition.",
        "sql": CANNED_SQL["denials"],
    },
    "speaker_timeline": {
        "title": "A speaker's timeline",
        "description": "Everything one speaker said, in date order (undated last). "
        ":speaker is an id, a name or an alias, or part of one.",
        "sql": CANNED_SQL["speaker_timeline"],
        "params": ["speaker"],
    },
}


def _field_doc(ref: str) -> str | None:
    entity_name, _, field_name = ref.partition(".")
    entity = model.ENTITIES.get(entity_name)
    found = entity.by_name.get(field_name) if entity else None
    if found is None:
        return None
    doc = found.doc
    if found.vocab:
        doc += " One of: " + ", ".join(sorted(found.vocab)) + "."
    return doc


def column_description(table: str, column: str) -> str | None:
    """What a column means: its field's doc in ``model.py``, or the database's own."""
    derived = _DERIVED.get(f"{table}.{column}")
    if derived:
        return derived
    if table in _TABLES:
        entity, renamed = _TABLES[table]
        doc = _field_doc(renamed.get(column, f"{entity}.{column}"))
        if doc:
            return doc
    if table in ("claim_details", "proposition_stances"):
        return _VIEW_COLUMNS.get(column)
    return None


def table_description(table: str) -> str | None:
    if table in _TABLES:
        return model.ENTITIES[_TABLES[table][0]].doc
    return _TABLE_DOCS.get(table)


def metadata(
    columns: Mapping[str, Sequence[str]], db_name: str, claims_searchable: bool
) -> dict[str, Any]:
    """datasette metadata for a database whose tables and views have ``columns``.

    ``claims_searchable``: the full-text index's rowids are the claims' rowids, so the
    search box can sit on ``claims`` itself; otherwise it sits on ``claim_search``.
    """
    tables: dict[str, Any] = {}
    for table, names in columns.items():
        entry: dict[str, Any] = {}
        doc = table_description(table)
        if doc:
            entry["description"] = doc
        described = {c: d for c in names if (d := column_description(table, c))}
        if described:
            entry["columns"] = described
        if table in _LABELS:
            entry["label_column"] = _LABELS[table]
        if table in _FACETS:
            entry["facets"] = [f for f in _FACETS[table] if f in names]
        if table in _HIDDEN:
            entry["hidden"] = True
        tables[table] = entry
    search_on = "claims" if claims_searchable else "claim_search"
    if search_on in tables:
        tables[search_on]["fts_table"] = "claim_search_fts"
        tables[search_on]["fts_pk"] = "rowid"
    if "claims" in tables:
        tables["claims"]["sort_desc"] = "said_earliest"
    return {
        "title": "rnkclaims: who said what about Russia-North Korea cooperation",
        "description_html": (
            "Attributed claims from the rnkclaims ledger: who said what, when, where and "
            "through whom, checked against archived sources. Start with "
            "<code>claim_details</code> (one readable row per claim) or the canned queries "
            "below. A stance says what a claim asserts, not whether it is true. The database "
            "is derived from the ledger in git; edit the ledger, not this database."
        ),
        "databases": {db_name: {"tables": tables, "queries": QUERIES}},
    }
