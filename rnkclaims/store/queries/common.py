"""What every question shares: statements, filters, claim records (how names resolve is in
``resolve``).

Each question module (``search``, ``listing``, ``denials``, ``confirmations``,
``contradictions``, ``show``) takes an open connection (``store.open_current``) and a filter
dataclass and returns plain dicts, the records ``docs/json-output.md`` documents. Nothing
here prints or exits; bad filter values raise ``UsageError`` and unknown names or ids raise
``NotFoundError`` with the nearest names as a hint. Every value reaches SQLite as a
parameter; full-text queries go through ``rnkclaims.search`` so that no input is ever FTS
syntax.
"""

# No ``from __future__ import annotations``: a named tuple's fields written as strings are
# each compiled by typing when the class is made (about 8 us a field, at every query).

import sqlite3
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, NamedTuple

from rnkclaims.errors import UsageError
from rnkclaims.store.queries.statement import Record, Statement, _Params

__all__ = ["Record", "Statement", "_Params"]  # where the question modules take them from

if TYPE_CHECKING:
    from rnkclaims.dates import PartialDate

# ``rnkclaims.search``, ``rnkclaims.dates`` and ``rnkclaims.vocab`` are imported by the
# functions that use them: a query with no names, text, dates or act to read (``stats``, a
# plain listing) needs none of them.

DEFAULT_LIMIT = 50
"""Rows a list command shows in a table on a terminal unless --limit says otherwise."""

SAID_FROM = (
    "coalesce(c.said_earliest, substr(s.published || '-01-01', 1, 10))"
)  # fmt: skip
"""The first day a claim may have been said: its date, or, undated, its source's
publication (an undated claim was said by then; it is placed there). Needs ``s``."""
SAID_TO = (
    "coalesce(c.said_latest, case length(s.published) when 4 then s.published || '-12-31'"
    " when 7 then date(s.published || '-01', '+1 month', '-1 day') else s.published end)"
)
"""The last day a claim may have been said: its date, or its source's publication."""


def said_label(said: str | None, published: str | None) -> str:
    """A claim's date for people: ``2023-09-14``, or ``undated (reported 2023-11-16)``."""
    if said:
        return said
    return f"undated (reported {published})" if published else "undated"


# -- statements --------------------------------------------------------------------------


# -- filters -----------------------------------------------------------------------------


class ClaimFilters(NamedTuple):
    """What the user asked for; names are resolved against the database when used.

    ``speaker``, ``voice``, ``outlet`` and ``via`` accept an id or any name or alias;
    ``via`` the claims relayed through an agency (a hop of their relay chain);
    ``voice`` selects the claims made for a body (its own, and its officials' in roles that
    speak for it); ``topic`` an id, name or term; ``since``/``until`` a partial date (a
    claim matches when its date range overlaps); ``limit`` None or 0 means no limit.
    """

    speaker: str | None = None
    voice: str | None = None
    since: str | None = None
    until: str | None = None
    outlet: str | None = None
    via: str | None = None
    act: str | None = None
    topic: str | None = None
    proposition: str | None = None
    limit: int | None = DEFAULT_LIMIT
    sort: str | None = None
    """``said``, ``published`` or ``speaker``; None for the command's own order."""
    reverse: bool = False


SORTS = ("said", "published", "speaker", "relevance")
"""What list commands sort by (``relevance`` only for who-said)."""


class _Resolved(NamedTuple):
    speaker_ids: tuple[str, ...] | None
    voice_ids: tuple[str, ...] | None
    since: str | None
    until: str | None
    outlet_ids: tuple[str, ...] | None
    via_ids: tuple[str, ...] | None
    act: str | None
    topic_ids: tuple[str, ...] | None
    proposition_ids: tuple[str, ...] | None


def _date(value: str | None, option: str) -> "PartialDate | None":
    if value is None or value == "":
        return None
    from rnkclaims.dates import DateError, parse_date

    try:
        return parse_date(value)
    except DateError as exc:
        raise UsageError(f"{option}: {exc}", "write YYYY, YYYY-MM or YYYY-MM-DD") from None


def _topics(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    """``(topic id, name or term)`` pairs, the id and name included."""
    rows = conn.execute(
        "select id, id from topics union all select id, name from topics "
        "union all select topic_id, term from topic_terms"
    ).fetchall()
    return [(r[0], r[1]) for r in rows]


def _resolve(conn: sqlite3.Connection, f: ClaimFilters) -> _Resolved:
    since = _date(f.since, "--since")
    until = _date(f.until, "--until")
    if since and until and since.earliest > until.latest:
        raise UsageError(f"--since {since} is after --until {until}")
    if f.act is not None:
        from rnkclaims.vocab import SPEECH_ACTS  # the ledger's vocabularies: for --act alone

        if f.act not in SPEECH_ACTS:
            raise UsageError(
                f"unknown speech act '{f.act}'",
                "use one of: " + ", ".join(SPEECH_ACTS),
            )
    if f.limit is not None and f.limit < 0:
        raise UsageError("--limit must be 0 (no limit) or more")
    if f.sort is not None and f.sort not in SORTS:
        raise UsageError(f"unknown sort '{f.sort}'", "use one of: " + ", ".join(SORTS))
    if f.speaker or f.voice or f.outlet or f.via or f.topic or f.proposition:
        from rnkclaims.store.queries.resolve import (
            resolve_names,
            resolve_proposition,
            resolve_topic,
        )
    return _Resolved(
        speaker_ids=resolve_names(conn, f.speaker, ("actor", "outlet"), "speaker")
        if f.speaker
        else None,
        voice_ids=resolve_names(conn, f.voice, ("actor", "outlet"), "voice") if f.voice else None,
        since=since.earliest.isoformat() if since else None,
        until=until.latest.isoformat() if until else None,
        outlet_ids=resolve_names(conn, f.outlet, ("outlet",), "outlet") if f.outlet else None,
        via_ids=resolve_names(conn, f.via, ("outlet", "actor"), "relay") if f.via else None,
        act=f.act,
        topic_ids=resolve_topic(conn, f.topic) if f.topic else None,
        proposition_ids=resolve_proposition(conn, f.proposition) if f.proposition else None,
    )


def _where(r: _Resolved, p: _Params, dated: bool = False) -> list[str]:
    """SQL conditions on ``c`` (claims) and ``s`` (sources) for the resolved filters;
    ``dated``: for dated claims only, whose dates need no source."""
    where: list[str] = []
    if r.speaker_ids is not None:
        where.append(f"c.speaker_id in ({p.many('speaker', r.speaker_ids)})")
    if r.voice_ids is not None:
        where.append(f"c.voice_id in ({p.many('voice', r.voice_ids)})")
    said_from, said_to = ("c.said_earliest", "c.said_latest") if dated else (SAID_FROM, SAID_TO)
    if r.since is not None:
        where.append(f"{said_to} >= {p.add('since', r.since)}")
    if r.until is not None:
        where.append(f"{said_from} <= {p.add('until', r.until)}")
    if r.outlet_ids is not None:
        where.append(f"s.outlet_id in ({p.many('outlet', r.outlet_ids)})")
    if r.via_ids is not None:
        via = p.many("via", r.via_ids)
        # relayed through: a hop of the claim's own relay chain, not any agency its
        # article cites (that belongs in the relay when the claim is coded)
        where.append(
            f"exists (select 1 from relay_hops h where h.claim_id = c.id and h.via_id in ({via}))"
        )
    if r.act is not None:
        where.append(f"c.act = {p.add('act', r.act)}")
    if r.topic_ids is not None:
        topics = p.many("topic", r.topic_ids)
        where.append(
            f"(exists (select 1 from claim_topics ct where ct.claim_id = c.id"
            f" and ct.topic_id in ({topics}))"
            f" or exists (select 1 from claim_propositions tcp join proposition_topics pt"
            f" on pt.proposition_id = tcp.proposition_id where tcp.claim_id = c.id"
            f" and pt.topic_id in ({topics})))"
        )
    if r.proposition_ids is not None:
        where.append(
            "exists (select 1 from claim_propositions fcp where fcp.claim_id = c.id"
            f" and fcp.proposition_id in ({p.many('prop', r.proposition_ids)}))"
        )
    return where


def needs_sources(r: _Resolved) -> bool:
    """Whether ``_where``'s conditions read ``s`` (sources)."""
    return r.outlet_ids is not None or r.since is not None or r.until is not None


def _limit(limit: int | None, p: _Params) -> str:
    return f"\nlimit {p.add('limit', limit)}" if limit else ""


# -- claim records -------------------------------------------------------------------------

CLAIM_COLUMNS = """\
  c.id as id, c.speaker_id as speaker_id, coalesce(a.name, so.name, c.speaker_id) as speaker,
  r.title as role, r.organisation as role_organisation, c.act as act, c.hedge as hedge,
  c.certainty as certainty, c.mode as mode, c.quote as quote, c.excerpt as excerpt,
  c.said_date as said, c.said_precision as said_precision, c.said_earliest as said_earliest,
  c.said_latest as said_latest, c.said_expression as said_expression,
  c.venue_kind as venue, c.venue_description as venue_description,
  c.venue_place as venue_place, c.source_id as source_id, s.title as source_title,
  s.outlet_id as outlet_id, o.name as outlet, s.published as published, c.draft as draft,
  c.voice_id as voice_id, coalesce(va.name, vo.name, c.voice_id) as voice"""

CLAIM_JOINS = """\
from claims c
left join actors a on a.id = c.speaker_id
left join outlets so on so.id = c.speaker_id
left join roles r on r.actor_id = c.speaker_id and r.role_id = c.role_id
join sources s on s.id = c.source_id
left join outlets o on o.id = s.outlet_id
left join actors va on va.id = c.voice_id
left join outlets vo on vo.id = c.voice_id"""

CLAIM_FIELDS = tuple(
    """id speaker_id speaker role role_organisation act hedge certainty mode quote excerpt said
    said_precision said_earliest said_latest said_expression venue venue_description
    venue_place source_id source_title outlet_id outlet published draft relay propositions
    topics voice_id voice""".split()
)
"""The fields of a claim record, in order (see docs/json-output.md)."""

_CHUNK = 500


def _chunks(ids: Sequence[str]) -> Iterable[Sequence[str]]:
    for i in range(0, len(ids), _CHUNK):
        yield ids[i : i + _CHUNK]


def _base_record(row: sqlite3.Row) -> Record:
    rec: Record = {k: row[k] for k in CLAIM_FIELDS[:25]}
    rec["draft"] = bool(rec["draft"])
    rec["relay"] = []
    rec["propositions"] = []
    rec["topics"] = []
    rec["voice_id"] = row["voice_id"]
    rec["voice"] = row["voice"]
    return rec


def _complete(conn: sqlite3.Connection, records: Sequence[Record]) -> list[Record]:
    """Add each record's relay chain, propositions and topics."""
    by_id = {r["id"]: r for r in records}
    for chunk in _chunks(list(by_id)):
        marks = ", ".join("?" for _ in chunk)
        for row in conn.execute(
            "select h.claim_id, h.via_id, coalesce(ha.name, ho.name, h.via_id), h.how"
            " from relay_hops h left join actors ha on ha.id = h.via_id"
            f" left join outlets ho on ho.id = h.via_id where h.claim_id in ({marks})"
            " order by h.claim_id, h.position",
            tuple(chunk),
        ):
            by_id[row[0]]["relay"].append({"via_id": row[1], "via": row[2], "how": row[3]})
        for row in conn.execute(
            "select cp.claim_id, cp.proposition_id, p.text, p.kind, cp.stance, cp.value"
            " from claim_propositions cp join propositions p on p.id = cp.proposition_id"
            f" where cp.claim_id in ({marks}) order by cp.claim_id, cp.rowid",
            tuple(chunk),
        ):
            by_id[row[0]]["propositions"].append(
                {
                    "proposition_id": row[1],
                    "proposition": row[2],
                    "kind": row[3],
                    "stance": row[4],
                    "value": row[5],
                }
            )
        for row in conn.execute(
            f"select claim_id, topic_id from claim_topics where claim_id in ({marks})"
            " order by claim_id, rowid",
            tuple(chunk),
        ):
            by_id[row[0]]["topics"].append(row[1])
    return list(records)


def claims_by_id(conn: sqlite3.Connection, ids: Sequence[str]) -> list[Record]:
    """Full claim records for ``ids``, in that order; unknown ids are left out."""
    found: dict[str, Record] = {}
    for chunk in _chunks(list(dict.fromkeys(ids))):
        marks = ", ".join("?" for _ in chunk)
        for row in conn.execute(
            f"select\n{CLAIM_COLUMNS}\n{CLAIM_JOINS}\nwhere c.id in ({marks})", tuple(chunk)
        ):
            found[row["id"]] = _base_record(row)
    return _complete(conn, [found[i] for i in dict.fromkeys(ids) if i in found])


def _records(conn: sqlite3.Connection, rows: Sequence[sqlite3.Row]) -> list[Record]:
    return _complete(conn, [_base_record(r) for r in rows])
