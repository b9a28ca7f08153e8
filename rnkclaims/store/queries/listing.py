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
