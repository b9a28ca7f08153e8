"""Denials, each with the earlier claims it answers and the later claims that contradict
it."""

from __future__ import annotations

import sqlite3

from rnkclaims.store.queries.common import (
    SAID_FROM,
    SAID_TO,
    ClaimFilters,
    Record,
    Statement,
    _records,
)
from rnkclaims.store.queries.listing import _NEWEST, _list_statement

ANSWERS_PER_DENIAL = 10
"""Answered (and later) claims a table shows per denial; machine formats carry all."""


def denials_sql(conn: sqlite3.Connection, f: ClaimFilters) -> list[Statement]:
    return [_list_statement(conn, f, _NEWEST, act="denies"), _ANSWERS]


_ANSWERS = Statement(
    f"""
select d.claim_id as denial_id, d.proposition_id as proposition_id, x.claim_id as id,
  c.speaker_id as speaker_id, coalesce(a.name, so.name, c.speaker_id) as speaker,
  c.voice_id as voice_id, coalesce(va.name, vo.name, c.voice_id) as voice,
  c.act as act, c.said_date as said, c.said_precision as said_precision,
  c.said_earliest as said_earliest, s.published as published, c.source_id as source_id,
  c.excerpt as excerpt, x.stance as stance, {SAID_FROM} as said_from,
  (select {SAID_TO.replace("c.", "dc.").replace("s.", "ds.")}
   from claims dc join sources ds on ds.id = dc.source_id where dc.id = d.claim_id)
   as denial_to
from claim_propositions d
join claim_propositions x on x.proposition_id = d.proposition_id and x.stance <> d.stance
join claims c on c.id = x.claim_id
join sources s on s.id = c.source_id
left join actors a on a.id = c.speaker_id
left join outlets so on so.id = c.speaker_id
left join actors va on va.id = c.voice_id
left join outlets vo on vo.id = c.voice_id
where d.claim_id = :denial
order by said_from is null, said_from, c.id
""",
    {"denial": "<claim id>"},
    fallback="then, for each denial, the claims it answers",
)


def denials(
    conn: sqlite3.Connection, f: ClaimFilters, most: int | None = ANSWERS_PER_DENIAL
) -> list[Record]:
    """Claims whose act is ``denies``, newest first, each with the claims that take the
    opposite stance on the same propositions, earliest first, in two lists: ``answers``,
    those that may have been said before the denial (undated ones at their source's
    publication), and ``later``, those said after it, which contradict it but cannot be
    what it answers. Each list keeps at most ``most`` (None: all); ``answers_total`` and
    ``later_total`` count them all."""
    records = _records(conn, _list_statement(conn, f, _NEWEST, act="denies").run(conn))
    for rec in records:
        answers: list[Record] = []
        later: list[Record] = []
        seen: set[str] = set()
        for row in conn.execute(_ANSWERS.sql, {"denial": rec["id"]}):
            if row["id"] in seen or row["id"] == rec["id"]:
                continue
            seen.add(row["id"])
            item = {
                k: v
                for k, v in dict(row).items()
                if k not in ("denial_id", "said_from", "denial_to")
            }
            after = row["said_from"] and row["denial_to"] and row["said_from"] > row["denial_to"]
            (later if after else answers).append(item)
        rec["answers_total"] = len(answers)
        rec["answers"] = answers[:most]
        rec["later_total"] = len(later)
        rec["later"] = later[:most]
    return records
