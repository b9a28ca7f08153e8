"""Lists: claims (newest first), timeline (oldest first), actors, sources, stats."""

from __future__ import annotations

import sqlite3

from rnkclaims.errors import UsageError
from rnkclaims.store.queries.common import (
    CLAIM_COLUMNS,
    CLAIM_JOINS,
    SAID_FROM,
    SAID_TO,
    ClaimFilters,
    Record,
    Statement,
    _limit,
    _Params,
    _records,
    _resolve,
    _Resolved,
    _where,
)


def _list_statement(
    conn: sqlite3.Connection, f: ClaimFilters, order: str, act: str | None = None
) -> Statement:
    """Claims matching ``f`` in ``order`` (``f.sort`` and ``f.reverse`` change it): the
    page of ids is chosen first, then joined for the record's columns."""
    resolved = _resolve(conn, f)
    if f.sort == "relevance":
        raise UsageError("--sort relevance needs a search", "use it with rnkclaims who-said")
    if f.sort is not None:
        order = _ORDERS[f.sort]
    if f.reverse:
        order = _ORDERS[_REVERSED[order]] if order in _REVERSED else order
    p = _Params()
    if order in (_NEWEST, _OLDEST):
        page = _by_date(resolved, p, f.limit, act, newest=order == _NEWEST)
    else:
        where = _where(resolved, p)
        if act is not None:
            where.append(f"c.act = {p.add('act', act)}")
        page = (
            "  select c.id from claims c\n  join sources s on s.id = c.source_id"
            + ("\n  where " + "\n    and ".join(where) if where else "")
            + f"\n  order by {order}"
            + _limit(f.limit, p).replace("\n", "\n  ")
        )
    sql = (
        f"with page(id) as (\n{page}\n)\nselect\n{CLAIM_COLUMNS}\n"
        "from page join claims c on c.id = page.id\n"
        + CLAIM_JOINS.split("\n", 1)[1]
        + f"\norder by {order}"
    )
    return Statement(sql, p.values)


def _by_date(
    resolved: _Resolved, p: _Params, limit: int | None, act: str | None, newest: bool
) -> str:
    """The page of claim ids in date order, dated claims from the date index (no source
    needed unless --outlet), undated ones at their source's publication, merged."""
    desc = " desc" if newest else ""
    dated = [*_where(resolved, p, dated=True), "c.said_earliest is not null"]
    undated = [*_where(resolved, p), "c.said_earliest is null"]
    if act is not None:
        dated.append(f"c.act = {p.add('act', act)}")
        undated.append(f"c.act = {p.add('act', act)}")
    cut = _limit(limit, p).replace("\n", " ")
    return (
        "  select id from (\n"
        "    select * from (select c.id as id, c.said_earliest as f, c.said_latest as t"
        " from claims c"
        + (" join sources s on s.id = c.source_id" if resolved.outlet_ids else "")
        + "\n      where " + " and ".join(dated)
        + f"\n      order by c.said_earliest{desc}, c.said_latest{desc}, c.id{cut})\n"
        f"    union all\n"
        f"    select c.id, {SAID_FROM}, {SAID_TO} from claims c"
        " join sources s on s.id = c.source_id\n"
        "      where " + " and ".join(undated) + "\n  )\n"
        f"  order by f is null, f{desc}, t{desc}, id" + cut
    )  # fmt: skip


# Undated claims sit at their source's publication; with neither, last.
_NEWEST = f"{SAID_FROM} is null, {SAID_FROM} desc, {SAID_TO} desc, c.id"
_OLDEST = f"{SAID_FROM} is null, {SAID_FROM}, {SAID_TO}, c.id"
_SPEAKER = (
    "coalesce((select name from actors where id = c.speaker_id),"
    " (select name from outlets where id = c.speaker_id), c.speaker_id) collate nocase"
)
_ORDERS = {
    "said": _OLDEST,
    "said-desc": _NEWEST,
    "published": "s.published is null, s.published, c.id",
    "published-desc": "s.published is null, s.published desc, c.id",
    "speaker": f"{_SPEAKER}, {_OLDEST}",
    "speaker-desc": f"{_SPEAKER} desc, {_OLDEST}",
}
_REVERSED = {
    order: (name.removesuffix("-desc") if name.endswith("-desc") else name + "-desc")
    for name, order in _ORDERS.items()
}


def list_claims_sql(conn: sqlite3.Connection, f: ClaimFilters) -> list[Statement]:
    return [_list_statement(conn, f, _NEWEST)]


def list_claims(conn: sqlite3.Connection, f: ClaimFilters) -> list[Record]:
    """Claims matching the filters, newest first (undated last)."""
    return _records(conn, _list_statement(conn, f, _NEWEST).run(conn))


def timeline_sql(conn: sqlite3.Connection, f: ClaimFilters) -> list[Statement]:
    return [_list_statement(conn, f, _OLDEST)]


def timeline(conn: sqlite3.Connection, f: ClaimFilters) -> list[Record]:
    """Claims matching the filters in date order, oldest first (undated last)."""
    return _records(conn, _list_statement(conn, f, _OLDEST).run(conn))


def count_claims(conn: sqlite3.Connection, f: ClaimFilters, act: str | None = None) -> int:
    """How many claims the filters select, ignoring ``limit``."""
    stmt = _list_statement(conn, f._replace(limit=None), "c.id", act)
    page = stmt.sql.split("\n)\nselect", 1)[0] + "\n)\nselect count(*) from page"
    row = conn.execute(page, stmt.params).fetchone()
    return int(row[0])


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
    "top_speakers": "select coalesce(a.name, so.name, c.speaker_id) as name, count(*) as n"
    " from claims c left join actors a on a.id = c.speaker_id"
    " left join outlets so on so.id = c.speaker_id"
    " group by c.speaker_id order by n desc, name limit 10",
    "top_outlets": "select coalesce(o.name, s.outlet_id) as name, count(*) as n from claims c"
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
