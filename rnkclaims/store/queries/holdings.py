"""What the ledger holds: actors, outlets and sources with their counts, and ``stats``.
Apart from the claim lists (``listing``): none of these reads a claim filter."""

from __future__ import annotations

import sqlite3

from rnkclaims.store.queries.statement import Record, Statement


def actors_sql(conn: sqlite3.Connection) -> list[Statement]:
    return [_ACTORS]


_ACTORS = Statement(
    """
select a.id as id, a.name as name, a.kind as kind, a.country as country,
  (select group_concat(n.name, '; ') from names n
    where n.entity_id = a.id and n.entity_kind = 'actor' and n.is_alias = 1) as aliases,
  (select count(*) from claims c where c.speaker_id = a.id) as claims
from actors a
order by claims desc, a.name, a.id
"""
)


def actors(conn: sqlite3.Connection) -> list[Record]:
    """Actors with their aliases and how many claims they made, most quoted first."""
    out = []
    for r in _ACTORS.run(conn):
        rec = dict(r)
        rec["aliases"] = r["aliases"].split("; ") if r["aliases"] else []
        out.append(rec)
    return out


_SOURCES = Statement(
    """
select s.id as id, s.outlet_id as outlet_id, o.name as outlet, s.title as title,
  s.published as published, s.published_precision as published_precision,
  s.language as language, s.url as url, s.file as file,
  (select count(*) from claims c where c.source_id = s.id) as claims
from sources s left join outlets o on o.id = s.outlet_id
order by s.published is null, s.published desc, s.id
"""
)


_OUTLETS = Statement(
    """
select o.id as id, o.name as name, o.kind as kind, o.country as country,
  (select group_concat(n.name, '; ') from names n
    where n.entity_id = o.id and n.entity_kind = 'outlet' and n.is_alias = 1) as aliases,
  (select count(*) from sources s where s.outlet_id = o.id) as sources,
  (select count(*) from claims c join sources s on s.id = c.source_id
    where s.outlet_id = o.id) as claims,
  (select count(*) from relay_hops h where h.via_id = o.id) as relayed,
  o.url as url
from outlets o
order by claims desc, relayed desc, o.name, o.id
"""
)


def outlets_sql(conn: sqlite3.Connection) -> list[Statement]:
    return [_OUTLETS]


def outlets(conn: sqlite3.Connection) -> list[Record]:
    """Outlets with their aliases, how many archived articles and claims each published
    and how many claims were relayed through each, most published first."""
    out = []
    for r in _OUTLETS.run(conn):
        rec = dict(r)
        rec["aliases"] = r["aliases"].split("; ") if r["aliases"] else []
        out.append(rec)
    return out


def sources_sql(conn: sqlite3.Connection) -> list[Statement]:
    return [_SOURCES]


def sources(conn: sqlite3.Connection) -> list[Record]:
    """Archived articles, newest first, with how many claims cite each."""
    return [dict(r) for r in _SOURCES.run(conn)]


_STATS = {
    "totals": """
select 'claims' as name, count(*) as n from claims
union all select 'actors', count(*) from actors
union all select 'outlets', count(*) from outlets
union all select 'sources', count(*) from sources
union all select 'propositions', count(*) from propositions
union all select 'topics', count(*) from topics
union all select 'denials', count(*) from claims where act = 'denies'
union all select 'confirmations', count(*) from claims where act = 'confirms'
union all select 'undated', count(*) from claims where said_earliest is null
union all select 'drafts', count(*) from claims where draft = 1""",
    "by_act": "select act as name, count(*) as n from claims group by act order by n desc, act",
    "by_year": "select substr(said_earliest, 1, 4) as name, count(*) as n from claims"
    " where said_earliest is not null group by name order by name",
    # counted on the claims' own index first, then named: a join per speaker or source,
    # not per claim
    "top_speakers": "select coalesce(a.name, so.name, c.speaker_id) as name, c.n as n"
    " from (select speaker_id, count(*) as n from claims group by speaker_id) c"
    " left join actors a on a.id = c.speaker_id"
    " left join outlets so on so.id = c.speaker_id"
    " order by n desc, name limit 10",
    "top_outlets": "select coalesce(o.name, s.outlet_id) as name, sum(c.n) as n"
    " from (select source_id, count(*) as n from claims group by source_id) c"
    " join sources s on s.id = c.source_id left join outlets o on o.id = s.outlet_id"
    " group by s.outlet_id order by n desc, name limit 10",
}


def stats_sql(conn: sqlite3.Connection) -> list[Statement]:
    return [Statement(sql) for sql in _STATS.values()]


def stats(conn: sqlite3.Connection) -> Record:
    """Counts: totals, claims by speech act and by year, the most quoted speakers and
    outlets; ``built_at`` says when the database was built."""
    out: Record = {k: {r[0]: r[1] for r in conn.execute(sql)} for k, sql in _STATS.items()}
    meta = dict(conn.execute("select key, value from meta").fetchall())
    out["built_at"] = meta.get("built_at")
    return out
