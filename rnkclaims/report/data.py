"""Everything the report reads from the database, in one place.

The report reads through the query functions the commands use (so a page says what
``rnkclaims show`` or ``contradictions`` says); the few questions they do not answer
(source texts, roles, outlets) are asked here, and this is the only module of the report
that runs SQL.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import Any

from rnkclaims.store import queries as q

Record = dict[str, Any]


@dataclass(slots=True)
class SiteData:
    """The whole ledger as the report shows it; every list in a fixed order."""

    claims: list[Record]
    """Full claim records (``show``'s, with ``context`` and ``related``), oldest first."""
    actors: list[Record]
    outlets: list[Record]
    roles: dict[str, list[Record]]
    propositions: list[Record]
    sources: list[Record]
    """Source records with ``text``, ``byline``, ``note`` and ``agencies``."""
    contradictions: list[Record]
    denials: list[Record]
    confirmations: list[Record]
    corroborated: list[Record]
    incompatible: dict[str, list[str]] = field(default_factory=dict)
    totals: dict[str, int] = field(default_factory=dict)


def _rows(conn: sqlite3.Connection, sql: str, *params: Any) -> list[Record]:
    cur = conn.execute(sql, params)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row, strict=True)) for row in cur]


def _archived_as(file: str) -> str:
    """A source file's path as the ledger names it (``sources/<id>.txt``), the same
    wherever the ledger is checked out."""
    return f"sources/{PurePath(file).name}"


def load(conn: sqlite3.Connection) -> SiteData:
    """Read everything the site shows from an open, current database."""
    everything = q.ClaimFilters(limit=None)
    ordered = q.timeline(conn, everything)
    claims = [q.show(conn, rec["id"]) for rec in ordered]
    for rec in claims:
        if rec["context"].get("file"):
            rec["context"]["file"] = _archived_as(rec["context"]["file"])
    actors = q.actors(conn)
    actors.sort(key=lambda r: (r["name"].casefold(), r["id"]))
    outlets = _rows(
        conn,
        "select o.id as id, o.name as name, o.kind as kind, o.country as country,"
        " o.url as url, o.note as note,"
        " (select count(*) from sources s where s.outlet_id = o.id) as sources,"
        " (select count(*) from claims c where c.speaker_id = o.id) as claims"
        " from outlets o order by o.name collate nocase, o.id",
    )
    roles: dict[str, list[Record]] = {}
    for row in _rows(
        conn,
        "select actor_id, role_id, title, organisation, from_date, to_date, speaks_for"
        " from roles order by actor_id, from_date is null, from_date, role_id",
    ):
        roles.setdefault(row["actor_id"], []).append(row)
    propositions = q.propositions(conn, q.PropositionFilters())  # most debated first
    extra = {r["id"]: r for r in _rows(conn, "select id, note, value_type from propositions")}
    for rec in propositions:
        rec["note"] = extra[rec["id"]]["note"]
        rec["value_type"] = extra[rec["id"]]["value_type"]
    incompatible: dict[str, list[str]] = {}
    for row in _rows(conn, "select proposition_id, other_id from incompatibilities order by 1, 2"):
        incompatible.setdefault(row["proposition_id"], []).append(row["other_id"])
        incompatible.setdefault(row["other_id"], []).append(row["proposition_id"])
    sources = q.sources(conn)
    sources.sort(key=lambda r: (r["published"] is None, r["published"] or "", r["id"]))
    more = {
        r["id"]: r
        for r in _rows(
            conn,
            "select id, text, byline, note, translated_from, retrieved,"
            " published_inferred, published_basis from sources",
        )
    }
    agencies: dict[str, list[str]] = {}
    for row in _rows(
        conn, "select source_id, outlet_id from source_agencies order by source_id, rowid"
    ):
        agencies.setdefault(row["source_id"], []).append(row["outlet_id"])
    for rec in sources:
        rec.update({k: v for k, v in more[rec["id"]].items() if k != "id"})
        rec["text"] = rec["text"] or ""
        rec["file"] = _archived_as(rec["file"]) if rec["file"] else None
        rec["agencies"] = agencies.get(rec["id"], [])
    confirmed = q.confirmations(conn, everything)
    totals = {k: int(v) for k, v in q.stats(conn)["totals"].items()}
    return SiteData(
        claims=claims,
        actors=actors,
        outlets=outlets,
        roles=roles,
        propositions=propositions,
        sources=sources,
        contradictions=q.contradictions(conn, q.ContradictionFilters(limit=None)),
        denials=q.denials(conn, everything),
        confirmations=confirmed.confirmations,
        corroborated=confirmed.corroborated,
        incompatible=incompatible,
        totals=totals,
    )


def export_claims(conn: sqlite3.Connection) -> list[Record]:
    """Every claim record (the ``claims`` command's JSON), newest first."""
    return q.list_claims(conn, q.ClaimFilters(limit=None))


def export_propositions(conn: sqlite3.Connection) -> list[Record]:
    """Every proposition record (the ``propositions`` command's JSON)."""
    return q.propositions(conn, q.PropositionFilters())


def table_columns(conn: sqlite3.Connection) -> dict[str, list[str]]:
    """Each table and view people browse (not FTS shadow tables) with its columns."""
    names = [
        r[0]
        for r in conn.execute(
            "select name from sqlite_master where type in ('table', 'view')"
            " and name not like 'sqlite_%' and name not like 'claim_search_fts%' order by name"
        )
    ]
    return {n: [r[1] for r in conn.execute(f'pragma table_info("{n}")')] for n in names}


def search_rows_match_claims(conn: sqlite3.Connection) -> bool:
    """Whether each claim's rowid is its row's rowid in the full-text index, so that the
    index can search the ``claims`` table directly."""
    total = conn.execute("select count(*) from claims").fetchone()[0]
    same = conn.execute(
        "select count(*) from claims c join claim_search s on s.rowid = c.rowid"
        " where s.claim_id = c.id"
    ).fetchone()[0]
    return bool(total == same)


# -- datasette's canned queries (run by datasette, written here with the rest of the SQL)

DATES_SQL = """
  and (:since = '' or c.said_latest >= :since)
  and (:until = '' or c.said_earliest <= :until || '-99')"""
"""Optional date bounds: ``:since`` and ``:until`` as YYYY, YYYY-MM or YYYY-MM-DD, or empty
(``-99`` sorts after every day of the month or year ``:until`` names)."""

CANNED_SQL: dict[str, str] = {
    "who_said": (
        "select d.claim, d.speaker, d.said_on, d.speech_act, d.quote, d.excerpt, d.outlet,"
        " d.source\n"
        "from claim_search_fts f\njoin claim_search s on s.rowid = f.rowid\n"
        "join claims c on c.id = s.claim_id\njoin claim_details d on d.claim = c.id\n"
        "where claim_search_fts match escape_fts(:words)" + DATES_SQL + "\norder by f.rank"
    ),
    "contradictions": """select p.id as proposition, p.text as statement,
  count(distinct case when cp.stance = 'supports' then c.voice_id end) as supporting_voices,
  count(distinct case when cp.stance = 'opposes' then c.voice_id end) as opposing_voices,
  group_concat(distinct case when cp.stance = 'supports'
    then coalesce(va.name, vo.name, c.voice_id) end) as supporters,
  group_concat(distinct case when cp.stance = 'opposes'
    then coalesce(va.name, vo.name, c.voice_id) end) as opposers
from claim_propositions cp
join propositions p on p.id = cp.proposition_id
join claims c on c.id = cp.claim_id
left join actors va on va.id = c.voice_id
left join outlets vo on vo.id = c.voice_id
group by p.id
having supporting_voices > 0 and opposing_voices > 0
order by min(supporting_voices, opposing_voices) desc, p.id""",
    "denials": """select d.id as denial, coalesce(da.name, dso.name, d.speaker_id) as denied_by,
  d.said_date as denied_on, d.excerpt as denial_text, p.text as proposition,
  x.claim_id as answers, coalesce(xa.name, xso.name, c.speaker_id) as answered_speaker,
  c.said_date as answered_on, c.excerpt as answered
from claims d
join claim_propositions dp on dp.claim_id = d.id
join propositions p on p.id = dp.proposition_id
left join claim_propositions x on x.proposition_id = dp.proposition_id
  and x.stance <> dp.stance and x.claim_id <> d.id
left join claims c on c.id = x.claim_id
left join actors da on da.id = d.speaker_id
left join outlets dso on dso.id = d.speaker_id
left join actors xa on xa.id = c.speaker_id
left join outlets xso on xso.id = c.speaker_id
where d.act = 'denies'
order by d.said_earliest is null, d.said_earliest desc, d.id, c.said_earliest, c.id""",
    "speaker_timeline": """select d.claim, d.said_on, d.speaker, d.speaker_role, d.speech_act,
  d.quote, d.excerpt, d.outlet, d.source
from claims c
join claim_details d on d.claim = c.id
where c.speaker_id = :speaker
  or c.speaker_id in (select entity_id from names
                      where name like '%' || :speaker || '%' and :speaker <> '')
order by c.said_earliest is null, c.said_earliest, c.said_latest, c.id""",
}
