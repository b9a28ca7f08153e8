"""Contradictions: groups of claims that cannot all be true, each with why."""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import partial
from typing import Any

from rnkclaims.errors import UsageError
from rnkclaims.store.queries.common import (
    SAID_FROM,
    SAID_TO,
    Record,
    Statement,
    _chunks,
    _limit,
    _Params,
    claims_by_id,
    said_label,
)
from rnkclaims.store.queries.resolve import (
    resolve_names,
    resolve_proposition,
    resolve_topic,
    values_conflict,
)

GROUP_LIMIT = 50
"""Default number of groups ``contradictions`` returns."""
CLAIMS_PER_SIDE = 4
"""Claims shown on each side of a contradiction group (the total is always given)."""
CONTRADICTION_KINDS = ("opposite-stance", "incompatible", "reversal", "value-mismatch")


@dataclass(frozen=True, slots=True)
class ContradictionFilters:
    """``speaker``: groups with a claim by that speaker; ``voice``: groups with a claim made
    for that body."""

    proposition: str | None = None
    speaker: str | None = None
    voice: str | None = None
    topic: str | None = None
    kind: str | None = None
    limit: int | None = GROUP_LIMIT
    per_side: int | None = CLAIMS_PER_SIDE
    """Claims kept on each side of a group, the closest counter-claims first (sharing a
    source with the other side, then nearest in time); None keeps every claim."""


def _scope(conn: sqlite3.Connection, f: ContradictionFilters, p: _Params) -> tuple[list[str], str]:
    """Conditions on a proposition id (templates with ``{p}`` for the column) and on a
    claim's speaker and voice (a template with ``{c}`` for the claims table)."""
    prop_conds: list[str] = []
    if f.proposition:
        ids = p.many("prop", resolve_proposition(conn, f.proposition))
        prop_conds.append(f"{{p}} in ({ids})")
    if f.topic:
        topics = p.many("topic", resolve_topic(conn, f.topic))
        prop_conds.append(
            f"{{p}} in (select proposition_id from proposition_topics where topic_id in ({topics}))"
        )
    who: list[str] = []
    if f.speaker:
        speakers = p.many("speaker", resolve_names(conn, f.speaker, ("actor", "outlet"), "speaker"))
        who.append(f"{{c}}.speaker_id in ({speakers})")
    if f.voice:
        voices = p.many("voice", resolve_names(conn, f.voice, ("actor", "outlet"), "voice"))
        who.append(f"{{c}}.voice_id in ({voices})")
    return prop_conds, " and ".join(who)


def _contradiction_statements(
    conn: sqlite3.Connection, f: ContradictionFilters
) -> dict[str, Statement]:
    if f.kind is not None and f.kind not in CONTRADICTION_KINDS:
        raise UsageError(
            f"unknown kind '{f.kind}'", "use one of: " + ", ".join(CONTRADICTION_KINDS)
        )
    if f.limit is not None and f.limit < 0:
        raise UsageError("--limit must be 0 (no limit) or more")
    p = _Params()
    prop_conds, speaker_cond = _scope(conn, f, p)
    limit = _limit(f.limit, p)
    out: dict[str, Statement] = {}

    def on(col: str) -> str:
        return "".join(" and " + c.format(p=col) for c in prop_conds)

    def involves(prop_col: str) -> str:
        if not speaker_cond:
            return ""
        return (
            f" and exists (select 1 from claim_propositions sp join claims sc on sc.id ="
            f" sp.claim_id where sp.proposition_id = {prop_col} and "
            + speaker_cond.format(c="sc")
            + ")"
        )

    out["opposite-stance"] = Statement(
        "select cp.proposition_id as proposition_id,\n"
        "  count(case when cp.stance = 'supports' then 1 end) as supports,\n"
        "  count(case when cp.stance = 'opposes' then 1 end) as opposes\n"
        "from claim_propositions cp\n"
        "where 1" + on("cp.proposition_id") + involves("cp.proposition_id") + "\n"
        "group by cp.proposition_id\n"
        "having supports > 0 and opposes > 0\n"
        "order by min(supports, opposes) desc, supports + opposes desc, cp.proposition_id" + limit,
        p.values,
    )
    supported = (
        "exists (select 1 from claim_propositions x where x.proposition_id = {col}"
        " and x.stance = 'supports')"
    )
    out["incompatible"] = Statement(
        "with pairs(a, b) as (\n"
        "  select proposition_id, other_id from incompatibilities\n"
        "  union select other_id, proposition_id from incompatibilities\n)\n"
        "select a as proposition_id, b as other_id from pairs\n"
        "where a < b and " + supported.format(col="a") + "\n  and " + supported.format(col="b")
        + (f" and ((1{on('a')}) or (1{on('b')}))" if prop_conds else "")
        + (f" and ((1{involves('a')}) or (1{involves('b')}))" if speaker_cond else "")
        + "\norder by a, b"
        + limit,
        p.values,
    )  # fmt: skip
    # a voice on both sides (the body its speakers spoke for, or a speaker for themselves),
    # and a speaker on both sides while speaking for different bodies
    out["reversal"] = Statement(
        "with mixed(proposition_id) as (\n"
        "  select proposition_id from claim_propositions group by proposition_id\n"
        "  having min(stance) <> max(stance)\n),\n"
        "stances(voice_id, speaker_id, proposition_id, stance, hit) as (\n"
        "  select c.voice_id, c.speaker_id, cp.proposition_id, cp.stance,"
        + (f" {speaker_cond.format(c='c')}" if speaker_cond else " 1")
        + "\n  from mixed m join claim_propositions cp on cp.proposition_id = m.proposition_id\n"
        "  join claims c on c.id = cp.claim_id\n"
        "  where 1" + on("cp.proposition_id") + "\n)\n"
        "select 'voice' as grouped_by, voice_id as speaker_id, proposition_id,"
        " count(*) as claims\n"
        "from stances group by voice_id, proposition_id\n"
        "having min(stance) <> max(stance) and max(hit)\n"
        "union all\n"
        "select 'speaker', speaker_id, proposition_id, count(*)\n"
        "from stances group by speaker_id, proposition_id\n"
        "having min(stance) <> max(stance) and min(voice_id) <> max(voice_id) and max(hit)\n"
        "order by claims desc, speaker_id, proposition_id" + limit,
        p.values,
    )
    out["value-mismatch"] = Statement(
        "select cp.proposition_id as proposition_id, p.value_type as value_type,\n"
        "  cp.value as value, count(*) as claims\n"
        "from claim_propositions cp join propositions p on p.id = cp.proposition_id\n"
        "where p.kind = 'value' and cp.value is not null and cp.stance = 'supports'"
        + on("cp.proposition_id")
        + involves("cp.proposition_id")
        + "\ngroup by cp.proposition_id, cp.value\n"
        "order by cp.proposition_id, cp.value",
        p.values,
    )
    return {k: v for k, v in out.items() if f.kind in (None, k)}


def contradictions_sql(conn: sqlite3.Connection, f: ContradictionFilters) -> list[Statement]:
    return list(_contradiction_statements(conn, f).values())


def contradictions(conn: sqlite3.Connection, f: ContradictionFilters) -> list[Record]:
    """Groups of claims that cannot all be true, each with a one-line ``explanation``.

    At most ``limit`` groups, taken in turn from each kind so that every kind shows.
    """
    statements = _contradiction_statements(conn, f)
    # each kind's groups, built only once chosen; their claims are then read all at once
    per_kind: list[list[Callable[[], Record]]] = []
    sides = _Sides(conn)
    for kind, stmt in statements.items():
        rows = stmt.run(conn)
        if kind == "opposite-stance":
            sides.want(r["proposition_id"] for r in rows[: f.limit or None])
            per_kind.append(
                [partial(_opposite_group, sides, r["proposition_id"], f.per_side) for r in rows]
            )
        elif kind == "incompatible":
            sides.want(pid for r in rows[: f.limit or None] for pid in (r[0], r[1]))
            per_kind.append(
                [
                    partial(
                        _incompatible_group, sides, r["proposition_id"], r["other_id"], f.per_side
                    )
                    for r in rows
                ]
            )
        elif kind == "reversal":
            per_kind.append(
                [
                    partial(
                        _reversal_group,
                        conn,
                        r["grouped_by"],
                        r["speaker_id"],
                        r["proposition_id"],
                        f.per_side,
                    )
                    for r in rows
                ]
            )
        else:
            per_kind.append(
                [partial(dict, g) for g in _value_groups(conn, rows, f.per_side)[: f.limit or None]]
            )
    chosen: list[Callable[[], Record]] = []
    while any(per_kind):
        for queue in per_kind:
            if queue:
                chosen.append(queue.pop(0))
    groups = [build() for build in chosen[: f.limit or None]]
    records = {c["id"]: c for c in claims_by_id(conn, [cid for g in groups for cid in g["claims"]])}
    for g in groups:
        g["claims"] = [records[cid] for cid in g["claims"] if cid in records]
    return groups


def _proposition_text(conn: sqlite3.Connection, pid: str) -> str:
    row = conn.execute("select text from propositions where id = ?", (pid,)).fetchone()
    return str(row[0]) if row else pid


_SIDE = (
    "select c.id as id, coalesce(a.name, so.name, c.speaker_id) as speaker, c.act as act"
    " from claim_propositions cp join claims c on c.id = cp.claim_id"
    " left join actors a on a.id = c.speaker_id left join outlets so on so.id = c.speaker_id"
    " where cp.proposition_id = ? and cp.stance = ? {extra}"
    " order by c.said_earliest is null, c.said_earliest, c.id"
)


class _Sides:
    """The claims (id, speaker's name, act, source, date) on each side of propositions,
    earliest first, and the propositions' texts: read for all the propositions asked for
    (``want``) in one query."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.wanted: set[str] = set()
        self.sides: dict[tuple[str, str], list[sqlite3.Row]] = {}
        self.texts: dict[str, str] = {}

    def want(self, pids: Iterable[str]) -> None:
        self.wanted.update(pids)

    def _read(self, pid: str) -> None:
        self.wanted.add(pid)
        pids = sorted(self.wanted - self.texts.keys())
        self.wanted.clear()
        for chunk in _chunks(pids):
            marks = ", ".join("?" for _ in chunk)
            for row in self.conn.execute(
                "select cp.proposition_id, cp.stance, c.id as id,"
                " coalesce(a.name, so.name, c.speaker_id) as speaker, c.act as act,"
                f" c.source_id as source_id, {SAID_FROM} as said_from\n"
                "from claim_propositions cp join claims c on c.id = cp.claim_id"
                " join sources s on s.id = c.source_id"
                " left join actors a on a.id = c.speaker_id"
                " left join outlets so on so.id = c.speaker_id\n"
                f"where cp.proposition_id in ({marks})\n"
                f"order by cp.proposition_id, cp.stance, said_from is null, said_from, c.id",
                tuple(chunk),
            ):
                self.sides.setdefault((row[0], row[1]), []).append(row)
            for row in self.conn.execute(
                f"select id, text from propositions where id in ({marks})", tuple(chunk)
            ):
                self.texts[row[0]] = row[1]
            self.texts.update((p, p) for p in chunk if p not in self.texts)

    def side(self, pid: str, stance: str) -> list[sqlite3.Row]:
        if pid not in self.texts:
            self._read(pid)
        return self.sides.get((pid, stance), [])

    def text(self, pid: str) -> str:
        if pid not in self.texts:
            self._read(pid)
        return self.texts[pid]


def _day(value: str | None) -> int | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10]).toordinal()
    except ValueError:
        return None


def closest(
    side: Sequence[sqlite3.Row], other: Sequence[sqlite3.Row], n: int | None
) -> list[sqlite3.Row]:
    """``side``'s claims, the closest to ``other`` first: sharing a source with one of
    them, then nearest in time (undated claims at their source's publication); the first
    ``n`` (all with None) in that order. Without an ``n``, ``side`` as it is."""
    if n is None:
        return list(side)
    sources = {r["source_id"] for r in other}
    days = [d for d in (_day(r["said_from"]) for r in other) if d is not None]

    def distance(r: sqlite3.Row) -> tuple[int, float, str]:
        d = _day(r["said_from"])
        gap = min((abs(d - o) for o in days), default=0) if d is not None else float("inf")
        return (0 if r["source_id"] in sources else 1, gap, r["id"])

    return sorted(side, key=distance)[:n]


def _names(records: Sequence[Record | sqlite3.Row], n: int = 3) -> str:
    """``A``, ``A and B``, ``A, B and C``, ``A, B, C and 2 others``."""
    names = [str(x) for x in dict.fromkeys(r["speaker"] for r in records)] or ["no one"]
    if len(names) > n:
        names = [*names[:n], f"{len(names) - n} other(s)"]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _verb(records: Sequence[Record | sqlite3.Row], singular: str, plural: str) -> str:
    return singular if len({r["speaker"] for r in records}) == 1 else plural


def _group(kind: str, explanation: str, claims: list[str], total: int, **extra: Any) -> Record:
    """A group whose ``claims`` are ids until ``contradictions`` reads them."""
    return {
        "kind": kind,
        "explanation": explanation,
        **extra,
        "claims_total": total,
        "claims": claims,
    }


def _opposite_group(sides: _Sides, pid: str, per_side: int | None) -> Record:
    text = sides.text(pid)
    sup = sides.side(pid, "supports")
    opp = sides.side(pid, "opposes")
    sup_n, opp_n = len(sup), len(opp)
    claims = [r["id"] for r in (*closest(opp, sup, per_side), *closest(sup, opp, per_side))]
    denies = any(c["act"] == "denies" for c in opp)
    verb = _verb(opp, "denies", "deny") if denies else _verb(opp, "disputes", "dispute")
    explanation = (
        f"{_names(opp)} {verb} what {_names(sup)} {_verb(sup, 'says', 'say')}"
        f" ({sup_n} for, {opp_n} against): {text}"
    )
    return _group(
        "opposite-stance", explanation, claims, sup_n + opp_n,
        proposition_id=pid, proposition=text, other_proposition_id=None, speaker_id=None,
    )  # fmt: skip


def _incompatible_group(sides: _Sides, a: str, b: str, per_side: int | None) -> Record:
    text_a, text_b = sides.text(a), sides.text(b)
    side_a = sides.side(a, "supports")
    side_b = sides.side(b, "supports")
    a_n, b_n = len(side_a), len(side_b)
    shown = (*closest(side_a, side_b, per_side), *closest(side_b, side_a, per_side))
    claims = list(dict.fromkeys(r["id"] for r in shown))
    explanation = (
        f"{_names(side_a)} {_verb(side_a, 'says', 'say')} '{text_a}' but {_names(side_b)} "
        f"{_verb(side_b, 'says', 'say')} '{text_b}'; the two cannot both be true"
    )
    return _group(
        "incompatible", explanation, claims, a_n + b_n,
        proposition_id=a, proposition=text_a, other_proposition_id=b, speaker_id=None,
    )  # fmt: skip


def _reversal_group(
    conn: sqlite3.Connection, grouped_by: str, actor_id: str, pid: str, per_side: int | None
) -> Record:
    """The claims of one voice (``grouped_by`` 'voice') or one speaker on ``pid``, in date
    order, and how its position changed; a voice heard through others names them."""
    text = _proposition_text(conn, pid)
    column = "c.voice_id" if grouped_by == "voice" else "c.speaker_id"
    rows = conn.execute(
        "select c.id, cp.stance, c.said_date, c.speaker_id,"
        " coalesce(a.name, so.name, c.speaker_id), s.published from claim_propositions cp"
        " join claims c on c.id = cp.claim_id join sources s on s.id = c.source_id"
        " left join actors a on a.id = c.speaker_id"
        " left join outlets so on so.id = c.speaker_id"
        f" where cp.proposition_id = ? and {column} = ?"
        f" order by {SAID_FROM} is null, {SAID_FROM}, {SAID_TO}, c.id",
        (pid, actor_id),
    ).fetchall()
    steps: list[str] = []
    last = None
    for _, stance, said, _, _, published in rows:
        if stance != last:
            when = said_label(said, published)
            steps.append(f"{'for' if stance == 'supports' else 'against'} ({when})")
            last = stance
    ids = [r[0] for r in rows]
    claims = (
        ids if per_side is None or len(ids) <= 2 * per_side else ids[:per_side] + ids[-per_side:]
    )
    who = _entity_name(conn, actor_id)
    others = [str(n) for n in dict.fromkeys(r[4] for r in rows if r[3] != actor_id)]
    if others:
        through = _names([{"speaker": n} for n in others])
        itself = "directly and " if any(r[3] == actor_id for r in rows) else ""
        who += f", {itself}through {through},"
    explanation = f"{who} changed position: {' then '.join(steps)}: {text}"
    return _group(
        "reversal", explanation, claims, len(ids),
        proposition_id=pid, proposition=text, other_proposition_id=None, speaker_id=actor_id,
    )  # fmt: skip


def _entity_name(conn: sqlite3.Connection, entity_id: str) -> str:
    row = conn.execute(
        "select name from actors where id = ? union all select name from outlets where id = ?",
        (entity_id, entity_id),
    ).fetchone()
    return str(row[0]) if row else entity_id


def _value_groups(
    conn: sqlite3.Connection, rows: Sequence[sqlite3.Row], per_side: int | None
) -> list[Record]:
    by_prop: dict[str, list[sqlite3.Row]] = defaultdict(list)
    for r in rows:
        by_prop[r["proposition_id"]].append(r)
    groups = []
    for pid, values in by_prop.items():
        vt = values[0]["value_type"]
        distinct = [v["value"] for v in values]
        if not any(
            values_conflict(x, y, vt) for i, x in enumerate(distinct) for y in distinct[i + 1 :]
        ):
            continue
        text = _proposition_text(conn, pid)
        claims: list[str] = []
        parts = []
        for v in values:
            found = conn.execute(
                _SIDE.format(extra="and cp.value = ?"), (pid, "supports", v["value"])
            ).fetchall()[:per_side]
            claims += [r["id"] for r in found if r["id"] not in claims]
            parts.append(f"{v['value']} ({_names(found, 2)})")
        explanation = f"different values for '{text}': " + " vs ".join(parts)
        total = sum(int(v["claims"]) for v in values)
        groups.append(
            _group(
                "value-mismatch",
                explanation,
                claims,
                total,
                proposition_id=pid,
                proposition=text,
                other_proposition_id=None,
                speaker_id=None,
            )
        )
    groups.sort(key=lambda g: (-g["claims_total"], g["proposition_id"]))
    return groups
