"""The read side: every SQL query rnkclaims runs against its database.

Each public function takes an open connection (``store.open_current``) and a filter
dataclass and returns plain dicts, the records that ``docs/json-output.md`` documents.
Nothing here prints or exits; bad filter values raise ``UsageError`` and unknown names or
ids raise ``NotFoundError`` with the nearest names as a hint. Every value reaches SQLite as
a parameter; full-text queries go through ``search`` so that no input is ever FTS syntax.

Each ``*_sql`` function returns the ``Statement``s its command would run, for ``--sql``.
"""

from __future__ import annotations

import difflib
import json
import re
import sqlite3
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from rnkclaims import search, vocab
from rnkclaims.dates import DateError, PartialDate, parse_date
from rnkclaims.errors import NotFoundError, UsageError

Record = dict[str, Any]

DEFAULT_LIMIT = 50
GROUP_LIMIT = 50
"""Default number of groups ``contradictions`` returns."""
CLAIMS_PER_SIDE = 4
"""Claims shown on each side of a contradiction group (the total is always given)."""
ANSWERS_PER_DENIAL = 10
RELATED_PER_KIND = 20
CONTEXT_CHARS = 300
CONTRADICTION_KINDS = ("opposite-stance", "incompatible", "reversal", "value-mismatch")
RELATIONS = ("contradicts", "confirms", "repeats")


# -- statements --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Statement:
    """One SQL statement with named parameters (``:name``)."""

    sql: str
    params: dict[str, Any] = field(default_factory=dict)

    def inline(self) -> str:
        """The statement with its parameters written in as SQL literals."""

        def literal(match: re.Match[str]) -> str:
            value = self.params[match.group(1)]
            if value is None:
                return "null"
            if isinstance(value, int | float):
                return str(value)
            return "'" + str(value).replace("'", "''") + "'"

        return _PARAM.sub(literal, self.sql.strip())

    def run(self, conn: sqlite3.Connection) -> list[sqlite3.Row]:
        return list(conn.execute(self.sql, self.params))


_PARAM = re.compile(r"(?<![:\w]):([A-Za-z_]\w*)")


class _Params:
    """Collects named parameters while SQL text is assembled."""

    def __init__(self) -> None:
        self.values: dict[str, Any] = {}

    def add(self, prefix: str, value: Any) -> str:
        name = f"{prefix}{len(self.values)}"
        self.values[name] = value
        return f":{name}"

    def many(self, prefix: str, values: Iterable[Any]) -> str:
        return ", ".join(self.add(prefix, v) for v in values)


# -- filters -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ClaimFilters:
    """What the user asked for; names are resolved against the database when used.

    ``speaker``, ``voice``, ``outlet`` and ``via`` accept an id or any name or alias;
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


@dataclass(frozen=True, slots=True)
class _Resolved:
    speaker_ids: tuple[str, ...] | None
    voice_ids: tuple[str, ...] | None
    since: str | None
    until: str | None
    outlet_ids: tuple[str, ...] | None
    via_ids: tuple[str, ...] | None
    act: str | None
    topic_ids: tuple[str, ...] | None
    proposition_ids: tuple[str, ...] | None


def _date(value: str | None, option: str) -> PartialDate | None:
    if value is None or value == "":
        return None
    try:
        return parse_date(value)
    except DateError as exc:
        raise UsageError(f"{option}: {exc}", "write YYYY, YYYY-MM or YYYY-MM-DD") from None


def _suggest(text: str, candidates: Iterable[str], n: int = 3) -> list[str]:
    by_fold: dict[str, str] = {}
    for c in candidates:
        by_fold.setdefault(search.fold(c), c)
    close = difflib.get_close_matches(search.fold(text), list(by_fold), n=n, cutoff=0.6)
    return [by_fold[c] for c in close]


def _did_you_mean(names: Sequence[str]) -> str | None:
    return ("did you mean: " + ", ".join(names) + "?") if names else None


def resolve_names(
    conn: sqlite3.Connection, text: str, kinds: Sequence[str], what: str
) -> tuple[str, ...]:
    """Ids of the actors/outlets whose id, name or alias is ``text`` (case and accents
    ignored); ``NotFoundError`` with the nearest names otherwise."""
    kind_sql = ", ".join("?" for _ in kinds)
    wanted = " ".join(search.key(text))
    for column, value in (("entity_id", text), ("key", wanted)):
        if not value:
            continue
        rows = conn.execute(
            f"select distinct entity_id from names where {column} = ?"
            f" and entity_kind in ({kind_sql})",
            (value, *kinds),
        ).fetchall()
        if rows:
            return tuple(sorted(r[0] for r in rows))
    every = conn.execute(
        f"select entity_id, name from names where entity_kind in ({kind_sql})", tuple(kinds)
    ).fetchall()
    # an id written as words: "north korea" for north-korea
    ids = {eid for eid, _ in every if wanted and " ".join(search.key(eid)) == wanted}
    if ids:
        return tuple(sorted(ids))
    raise NotFoundError(
        f"no {what} named '{text}'",
        _did_you_mean(_suggest(text, (name for _, name in every)))
        or f"run 'rnkclaims actors' to see the {what}s",
    )


def _topics(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    """``(topic id, name or term)`` pairs, the id and name included."""
    rows = conn.execute(
        "select id, id from topics union all select id, name from topics "
        "union all select topic_id, term from topic_terms"
    ).fetchall()
    return [(r[0], r[1]) for r in rows]


def resolve_topic(conn: sqlite3.Connection, text: str) -> tuple[str, ...]:
    """Ids of the topics whose id, name or one of whose terms is ``text``."""
    pairs = _topics(conn)
    wanted = search.key(text)
    ids = {tid for tid, name in pairs if name == text or (wanted and search.key(name) == wanted)}
    if ids:
        return tuple(sorted(ids))
    raise NotFoundError(
        f"no topic named '{text}'",
        _did_you_mean(_suggest(text, (name for _, name in pairs)))
        or "run 'rnkclaims stats' to see the topics",
    )


def _ids_near(conn: sqlite3.Connection, table: str, wanted: str, most: int = 2000) -> list[str]:
    """Ids of ``table`` sharing the longest prefix with ``wanted`` (for suggestions)."""
    for n in range(min(len(wanted), 40), 0, -1):
        prefix = wanted[:n]
        rows = conn.execute(
            f"select id from {table} where id >= ? and id < ? limit ?",
            (prefix, prefix + "\U0010ffff", most),
        ).fetchall()
        if rows:
            return [r[0] for r in rows]
    return [r[0] for r in conn.execute(f"select id from {table} limit ?", (most,))]


def resolve_proposition(conn: sqlite3.Connection, text: str) -> tuple[str, ...]:
    row = conn.execute("select id from propositions where id = ?", (text,)).fetchone()
    if row:
        return (row[0],)
    ids = _ids_near(conn, "propositions", text)
    raise NotFoundError(
        f"no proposition '{text}'",
        _did_you_mean(_suggest(text, ids)) or "run 'rnkclaims propositions' to see them",
    )


def _resolve(conn: sqlite3.Connection, f: ClaimFilters) -> _Resolved:
    since = _date(f.since, "--since")
    until = _date(f.until, "--until")
    if since and until and since.earliest > until.latest:
        raise UsageError(f"--since {since} is after --until {until}")
    if f.act is not None and f.act not in vocab.SPEECH_ACTS:
        raise UsageError(
            f"unknown speech act '{f.act}'",
            "use one of: " + ", ".join(vocab.SPEECH_ACTS),
        )
    if f.limit is not None and f.limit < 0:
        raise UsageError("--limit must be 0 (no limit) or more")
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


def _where(r: _Resolved, p: _Params) -> list[str]:
    """SQL conditions on ``c`` (claims) and ``s`` (sources) for the resolved filters."""
    where: list[str] = []
    if r.speaker_ids is not None:
        where.append(f"c.speaker_id in ({p.many('speaker', r.speaker_ids)})")
    if r.voice_ids is not None:
        where.append(f"c.voice_id in ({p.many('voice', r.voice_ids)})")
    if r.since is not None:
        where.append(f"c.said_latest >= {p.add('since', r.since)}")
    if r.until is not None:
        where.append(f"c.said_earliest <= {p.add('until', r.until)}")
    if r.outlet_ids is not None:
        where.append(f"s.outlet_id in ({p.many('outlet', r.outlet_ids)})")
    if r.via_ids is not None:
        via = p.many("via", r.via_ids)
        where.append(
            f"(exists (select 1 from relay_hops h where h.claim_id = c.id and h.via_id in ({via}))"
            f" or exists (select 1 from source_agencies sa where sa.source_id = c.source_id"
            f" and sa.outlet_id in ({via})))"
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

CLAIM_FIELDS = (
    "id", "speaker_id", "speaker", "role", "role_organisation", "act", "hedge", "certainty",
    "mode", "quote", "excerpt", "said", "said_precision", "said_earliest", "said_latest",
    "said_expression", "venue", "venue_description", "venue_place", "source_id",
    "source_title", "outlet_id", "outlet", "published", "draft", "relay", "propositions",
    "topics", "voice_id", "voice",
)  # fmt: skip
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


# -- who-said ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SearchResult:
    """Claims matching a query, best first, and how the query was understood."""

    query: str
    match: str | None
    """The FTS5 MATCH expression run (None when only topics matched)."""
    topics: list[str]
    """Topics the query names; their claims match too."""
    aliases: list[str]
    """Actors and outlets whose names the query uses; all their names match."""
    claims: list[Record]
    suggestions: list[str]
    notes: list[str]


@dataclass(frozen=True, slots=True)
class _Plan:
    """A query understood: what to match, the topics it names, the filters resolved."""

    parsed: search.Parsed
    match: str
    topic_ids: tuple[str, ...]
    rest_match: str | None
    """When the query names a topic and has other words: those words, anywhere in a claim."""
    resolved: _Resolved
    limit: int | None


_NAME_WORDS = 8
"""Longest name, in words, that is recognised in a query as an actor's or outlet's name."""

RELEVANCE = "1.0 - bm25(claim_search_fts, 2.0, 2.0, 1.0, 1.0, 0.5)"
"""Full-text score: quotes and excerpts weigh most, speakers' names least."""
TOPIC_BONUS = 0.5
"""Added for a claim on a topic the query names; alone, it ranks below any word match."""
SEARCH_WINDOW = 400
"""who-said first scores and filters only this many of the best matches (at least 8 times
--limit), and all of them only when those cannot be shown to hold the best --limit."""


def _candidate_names(conn: sqlite3.Connection, query_words: Sequence[str]) -> list[tuple[str, str]]:
    """All names of the entities one of whose names is a run of the query's words.

    ``names.key`` holds each name folded and stemmed (``search.key``), so Kim Jong-un,
    kim jong un and KIM JONG UN find the same row; ``search.parse`` then picks the runs.
    """
    keys = [search.stem(w) for w in search.fold(" ".join(query_words)).split()]
    grams = {
        " ".join(keys[i : i + n])
        for n in range(1, _NAME_WORDS + 1)
        for i in range(len(keys) - n + 1)
    }
    if not grams:
        return []
    p = _Params()
    sql = (
        "select entity_id, name from names where entity_id in"
        f" (select entity_id from names where key in ({p.many('g', sorted(grams))}))"
    )
    return [(r[0], r[1]) for r in conn.execute(sql, p.values)]


def _plan_search(conn: sqlite3.Connection, query: str, f: ClaimFilters) -> _Plan:
    resolved = _resolve(conn, f)
    query_words = search.words(query)[: search.MAX_WORDS]
    parsed = search.parse(query, _candidate_names(conn, query_words))
    match = search.match_expression(parsed.units)
    if match is None:
        raise UsageError(
            "the query has no words to search for"
            + (f": '{query.strip()[:40]}' has no letters or digits" if query.strip() else ""),
            "give words to search for, e.g. rnkclaims who-said 'arms deals';"
            " to list claims without searching: rnkclaims claims",
        )
    topic_keys: dict[tuple[str, ...], set[str]] = {}
    for tid, name in _topics(conn):
        topic_keys.setdefault(search.key(name), set()).add(tid)
    stems = [search.stem("".join(search.fold(w).split())) for w in parsed.words]
    run = search.find_run(stems, topic_keys)
    topic_ids: tuple[str, ...] = ()
    rest_match = None
    if run is not None:
        i, n, found = run
        topic_ids = tuple(sorted(found))
        rest = [*parsed.words[:i], *parsed.words[i + n :]]
        if rest:
            rest_units = search.parse(" ".join(rest), _candidate_names(conn, rest)).units
            rest_match = search.match_all(rest_units)
    return _Plan(parsed, match, topic_ids, rest_match, resolved, f.limit)


def _search_page(plan: _Plan, ranked: str, p: _Params, limit: int | None, extra: str = "") -> str:
    """``page(rowid, relevance)``: the rows of ``ranked`` that pass the filters, best first,
    then the claim records of the page (``rowid`` is claim_search's)."""
    where = _where(plan.resolved, p)
    if where:
        page = (
            "  select h.rowid, h.score from ranked h\n"
            "  join claim_search cs on cs.rowid = h.rowid join claims c on c.id = cs.claim_id\n"
            + ("  join sources s on s.id = c.source_id\n" if plan.resolved.outlet_ids else "")
            + "  where "
            + "\n    and ".join(where)
        )
    else:
        page = "  select rowid, score from ranked"
    return (
        ranked
        + ",\npage(rowid, relevance) as (\n"
        + page
        + "\n  order by 2 desc, 1"
        + _limit(limit, p).replace("\n", "\n  ")
        + f"\n)\nselect {extra}h.rowid as search_rowid, h.relevance as relevance,\n"
        + CLAIM_COLUMNS
        + "\nfrom page h join claim_search cs on cs.rowid = h.rowid"
        " join claims c on c.id = cs.claim_id\n"
        + CLAIM_JOINS.split("\n", 1)[1]
        + "\norder by h.relevance desc, h.rowid"
    )


def _words_statement(plan: _Plan, window: int | None) -> Statement:
    """Claims matching the query's words, scored by ``RELEVANCE`` (plus ``TOPIC_BONUS`` on
    a topic the query names), filtered, best first.

    With ``window``, only that many of the best matches by ``RELEVANCE`` are scored and
    filtered, and each row carries ``window_floor`` (the lowest score in the window) and
    ``window_rows``: see ``_window_holds``.
    """
    p = _Params()
    topics = p.many("topic", plan.topic_ids) if plan.topic_ids else ""
    match = p.add("match", plan.match)
    if window:
        bonus = (
            f" + {TOPIC_BONUS} * exists (select 1 from search_topics t where t.topic_id in"
            f" ({topics}) and t.search_rowid = best.rowid)"
            if topics
            else ""
        )
        ranked = (
            "with best(rowid, score) as materialized (\n"
            f"  select rowid, {RELEVANCE} from claim_search_fts\n"
            f"  where claim_search_fts match {match}\n"
            f"  order by 2 desc, 1 limit {p.add('window', window)}\n"
            f"),\nranked(rowid, score) as (select rowid, score{bonus} from best)"
        )
        extra = (
            "(select min(score) from best) as window_floor,"
            " (select count(*) from best) as window_rows,"
        )
    else:
        head = (
            "topical(rowid) as materialized (\n"
            f"  select search_rowid from search_topics where topic_id in ({topics})\n),\n"
            if topics
            else ""
        )
        bonus = f" + {TOPIC_BONUS} * (rowid in topical)" if topics else ""
        ranked = (
            f"with\n{head}ranked(rowid, score) as (\n"
            f"  select rowid, {RELEVANCE}{bonus} from claim_search_fts\n"
            f"  where claim_search_fts match {match}\n)"
        )
        extra = ""
    return Statement(_search_page(plan, ranked, p, plan.limit, extra), p.values)


def _window_holds(plan: _Plan, rows: Sequence[sqlite3.Row], window: int) -> bool:
    """Whether the rows from the best ``window`` matches are the best of all matches: the
    window held every match, or it gave a full page whose last score no match outside it
    can reach (its score is at most the window's lowest, plus the topic bonus)."""
    if not rows:
        return True  # the window is empty only when nothing matches
    if rows[0]["window_rows"] < window:
        return True
    if plan.limit is None or len(rows) < plan.limit:
        return False
    bonus = TOPIC_BONUS if plan.topic_ids else 0.0
    return bool(rows[-1]["relevance"] > rows[0]["window_floor"] + bonus)


def _topics_statement(plan: _Plan, limit: int | None) -> Statement:
    """Claims on the topics the query names that do not match its words (in ledger
    order, after every word match); with the query's other words anywhere in them."""
    p = _Params()
    rest = (
        "\n    and t.search_rowid in (select rowid from claim_search_fts"
        f" where claim_search_fts match {p.add('rest', plan.rest_match)})"
        if plan.rest_match
        else ""
    )
    ranked = (
        "with ranked(rowid, score) as (\n"
        f"  select distinct t.search_rowid, {TOPIC_BONUS} from search_topics t\n"
        f"  where t.topic_id in ({p.many('topic', plan.topic_ids)})\n"
        "    and t.search_rowid not in (select rowid from claim_search_fts"
        f" where claim_search_fts match {p.add('match', plan.match)})" + rest + "\n)"
    )
    return Statement(_search_page(plan, ranked, p, limit), p.values)


def _windowed(plan: _Plan) -> int | None:
    return max(SEARCH_WINDOW, 8 * plan.limit) if plan.limit else None


def who_said_sql(conn: sqlite3.Connection, query: str, f: ClaimFilters) -> list[Statement]:
    plan = _plan_search(conn, query, f)
    out = []
    window = _windowed(plan)
    if window:
        out.append(_words_statement(plan, window))
        full = _words_statement(plan, None)
        out.append(
            Statement(
                f"-- when the best {window} matches may not hold the best {plan.limit} (too"
                " few pass the filters, or one further down gains the topic bonus):\n" + full.sql,
                full.params,
            )
        )
    else:
        out.append(_words_statement(plan, None))
    if plan.topic_ids:
        topical = _topics_statement(plan, plan.limit)
        note = (
            f"-- when fewer than {plan.limit} claims match the words, the rest from:\n"
            if plan.limit
            else ""
        )
        out.append(Statement(note + topical.sql, topical.params))
    return out


def who_said(conn: sqlite3.Connection, query: str, f: ClaimFilters) -> SearchResult:
    """Claims about ``query`` in quotes, excerpts, propositions, topics and speakers' names,
    best first, with the matched words marked ``**like this**`` in ``highlight``.

    Claims matching the words rank first, by ``RELEVANCE`` (``TOPIC_BONUS`` more when on a
    topic the query names), then the other claims on that topic, in ledger order.
    """
    plan = _plan_search(conn, query, f)
    window = _windowed(plan)
    rows = _words_statement(plan, window).run(conn)
    if window and not _window_holds(plan, rows, window):
        rows = _words_statement(plan, None).run(conn)
    if plan.topic_ids and (not plan.limit or len(rows) < plan.limit):
        rows += _topics_statement(plan, plan.limit - len(rows) if plan.limit else None).run(conn)
    records = _records(conn, rows)
    for rec, row in zip(records, rows, strict=True):
        rec["relevance"] = round(float(row["relevance"]), 4)
        rec["highlight"] = None
    if records:
        _highlight(conn, plan.match, records, [row["search_rowid"] for row in rows])
    for rec in records:
        if rec["highlight"] is None:
            rec["highlight"] = rec["quote"] or rec["excerpt"]
    aliases = sorted({u.entity_id for u in plan.parsed.units if u.entity_id})
    suggestions = [] if records else _search_suggestions(conn, query)
    return SearchResult(
        query=query,
        match=plan.match,
        topics=list(plan.topic_ids),
        aliases=aliases,
        claims=records,
        suggestions=suggestions,
        notes=list(plan.parsed.notes),
    )


HIGHLIGHT_OPEN = "**"
HIGHLIGHT_CLOSE = "**"


def _highlight(
    conn: sqlite3.Connection, match: str, records: Sequence[Record], rowids: Sequence[int]
) -> None:
    by_rowid = dict(zip(rowids, records, strict=True))
    # "+rowid": test the rowids on the matches; a plain "rowid in" would run one full-text
    # query per rowid
    rows = conn.execute(
        "select rowid, highlight(claim_search_fts, 0, ?, ?), highlight(claim_search_fts, 1, ?, ?)"
        " from claim_search_fts where claim_search_fts match ?"
        " and +rowid in (select value from json_each(?))",
        (HIGHLIGHT_OPEN, HIGHLIGHT_CLOSE) * 2 + (match, json.dumps(list(rowids))),
    )
    for rowid, quote, excerpt in rows:
        rec = by_rowid[rowid]
        marked = (
            quote
            if rec["quote"] and (HIGHLIGHT_OPEN in quote or HIGHLIGHT_OPEN not in excerpt)
            else excerpt
        )
        rec["highlight"] = marked.replace(f"{HIGHLIGHT_CLOSE} {HIGHLIGHT_OPEN}", " ")


SUGGEST_ALL_NAMES = 2000
"""Up to this many names, all are candidates for 'did you mean'; beyond, only those whose
folded form starts with the first two letters of one of the query's words."""


def _search_suggestions(conn: sqlite3.Connection, query: str) -> list[str]:
    names = [r[0] for r in conn.execute("select name from names limit ?", (SUGGEST_ALL_NAMES + 1,))]
    if len(names) > SUGGEST_ALL_NAMES:
        heads = sorted({search.fold(w)[:2] for w in search.words(query)[:8]} - {""})
        names = [
            r[0]
            for h in heads
            for r in conn.execute(
                "select name from names where key >= ? and key < ?", (h, h + "\U0010ffff")
            )
        ]
    topics = [name for _, name in _topics(conn)]
    candidates = [*names, *topics]
    found = _suggest(query, candidates)
    if not found:
        for word in search.words(query)[:8]:
            found += [s for s in _suggest(word, candidates, 2) if s not in found]
    return found[:5]


# -- claims, timeline --------------------------------------------------------------------


def _list_statement(
    conn: sqlite3.Connection, f: ClaimFilters, order: str, act: str | None = None
) -> Statement:
    """Claims matching ``f`` in ``order``: the page of ids is chosen on ``claims`` alone
    (with ``sources`` only for --outlet), then joined for the record's columns."""
    resolved = _resolve(conn, f)
    p = _Params()
    where = _where(resolved, p)
    if act is not None:
        where.append(f"c.act = {p.add('act', act)}")
    sql = (
        "with page(id) as (\n  select c.id from claims c"
        + ("\n  join sources s on s.id = c.source_id" if resolved.outlet_ids else "")
        + ("\n  where " + "\n    and ".join(where) if where else "")
        + f"\n  order by {order}"
        + _limit(f.limit, p).replace("\n", "\n  ")
        + f"\n)\nselect\n{CLAIM_COLUMNS}\nfrom page join claims c on c.id = page.id\n"
        + CLAIM_JOINS.split("\n", 1)[1]
        + f"\norder by {order}"
    )
    return Statement(sql, p.values)


_NEWEST = "c.said_earliest desc, c.id"  # nulls (undated) sort last in descending order
_OLDEST = "c.said_earliest is null, c.said_earliest, c.said_latest, c.id"


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
    stmt = _list_statement(conn, ClaimFilters(**{**_asdict(f), "limit": None}), "c.id", act)
    page = stmt.sql.split("\n)\nselect", 1)[0] + "\n)\nselect count(*) from page"
    row = conn.execute(page, stmt.params).fetchone()
    return int(row[0])


def _asdict(f: ClaimFilters) -> dict[str, Any]:
    return {name: getattr(f, name) for name in ClaimFilters.__slots__}


# -- denials and confirmations -------------------------------------------------------------


def denials_sql(conn: sqlite3.Connection, f: ClaimFilters) -> list[Statement]:
    return [_list_statement(conn, f, _NEWEST, act="denies"), _ANSWERS]


_ANSWERS = Statement(
    """
select d.claim_id as denial_id, d.proposition_id as proposition_id, x.claim_id as id,
  c.speaker_id as speaker_id, coalesce(a.name, so.name, c.speaker_id) as speaker,
  c.voice_id as voice_id, coalesce(va.name, vo.name, c.voice_id) as voice,
  c.act as act, c.said_date as said, c.said_precision as said_precision,
  c.said_earliest as said_earliest, c.source_id as source_id, c.excerpt as excerpt,
  x.stance as stance
from claim_propositions d
join claim_propositions x on x.proposition_id = d.proposition_id and x.stance <> d.stance
join claims c on c.id = x.claim_id
left join actors a on a.id = c.speaker_id
left join outlets so on so.id = c.speaker_id
left join actors va on va.id = c.voice_id
left join outlets vo on vo.id = c.voice_id
where d.claim_id = :denial
order by c.said_earliest is null, c.said_earliest, c.id
""",
    {"denial": "<claim id>"},
)


def denials(conn: sqlite3.Connection, f: ClaimFilters) -> list[Record]:
    """Claims whose act is ``denies``, newest first, each with ``answers``: the claims with
    the opposite stance on the same propositions (earliest first, at most
    ``ANSWERS_PER_DENIAL``; ``answers_total`` counts them all)."""
    records = _records(conn, _list_statement(conn, f, _NEWEST, act="denies").run(conn))
    for rec in records:
        answers: list[Record] = []
        seen: set[str] = set()
        for row in conn.execute(_ANSWERS.sql, {"denial": rec["id"]}):
            if row["id"] in seen or row["id"] == rec["id"]:
                continue
            seen.add(row["id"])
            answers.append({k: v for k, v in dict(row).items() if k != "denial_id"})
        rec["answers_total"] = len(answers)
        rec["answers"] = answers[:ANSWERS_PER_DENIAL]
    return records


def _voices_statement(
    p: _Params,
    proposition_ids: Sequence[str] | None = None,
    topic_ids: Sequence[str] | None = None,
    min_voices: int = 0,
    limit: int | None = None,
    statements_only: bool = False,
) -> Statement:
    where = []
    if proposition_ids is not None:
        where.append(f"p.id in ({p.many('prop', proposition_ids)})")
    if topic_ids is not None:
        where.append(
            "p.id in (select proposition_id from proposition_topics"
            f" where topic_id in ({p.many('topic', topic_ids)}))"
        )
    if statements_only:
        where.append("p.kind = 'statement'")
    having = f"\nhaving supporting_voices >= {p.add('voices', min_voices)}" if min_voices else ""
    sql = (
        "select p.id as id, p.text as text, p.kind as kind,\n"
        "  count(case when cp.stance = 'supports' then 1 end) as supports,\n"
        "  count(case when cp.stance = 'opposes' then 1 end) as opposes,\n"
        "  count(distinct case when cp.stance = 'supports' then c.voice_id end)"
        " as supporting_voices,\n"
        "  count(distinct case when cp.stance = 'opposes' then c.voice_id end)"
        " as opposing_voices\n"
        "from propositions p\n"
        "left join claim_propositions cp on cp.proposition_id = p.id\n"
        "left join claims c on c.id = cp.claim_id"
        + ("\nwhere " + " and ".join(where) if where else "")
        + "\ngroup by p.id"
        + having
        + "\norder by supporting_voices + opposing_voices desc, p.id"
        + _limit(limit, p)
    )
    return Statement(sql, p.values)


def _proposition_records(conn: sqlite3.Connection, rows: Sequence[sqlite3.Row]) -> list[Record]:
    records: list[Record] = [
        {
            "id": r["id"],
            "text": r["text"],
            "kind": r["kind"],
            "topics": [],
            "supports": r["supports"],
            "opposes": r["opposes"],
            "supporting_voices": r["supporting_voices"],
            "opposing_voices": r["opposing_voices"],
            "supporters": [],
            "opposers": [],
        }
        for r in rows
    ]
    by_id = {r["id"]: r for r in records}
    for chunk in _chunks(list(by_id)):
        marks = ", ".join("?" for _ in chunk)
        for row in conn.execute(
            "select cp.proposition_id, cp.stance, c.speaker_id,"
            " coalesce(a.name, so.name, c.speaker_id), count(*), min(c.said_earliest),"
            " c.voice_id, coalesce(va.name, vo.name, c.voice_id)"
            " from claim_propositions cp join claims c on c.id = cp.claim_id"
            " left join actors a on a.id = c.speaker_id"
            " left join outlets so on so.id = c.speaker_id"
            " left join actors va on va.id = c.voice_id"
            " left join outlets vo on vo.id = c.voice_id"
            f" where cp.proposition_id in ({marks})"
            " group by cp.proposition_id, cp.stance, c.speaker_id, c.voice_id"
            " order by cp.proposition_id, count(*) desc, 6, c.speaker_id",
            tuple(chunk),
        ):
            side = "supporters" if row[1] == "supports" else "opposers"
            by_id[row[0]][side].append(
                {
                    "speaker_id": row[2],
                    "speaker": row[3],
                    "claims": row[4],
                    "voice_id": row[6],
                    "voice": row[7],
                }
            )
        for row in conn.execute(
            "select proposition_id, topic_id from proposition_topics"
            f" where proposition_id in ({marks}) order by proposition_id, rowid",
            tuple(chunk),
        ):
            by_id[row[0]]["topics"].append(row[1])
    return records


@dataclass(frozen=True, slots=True)
class PropositionFilters:
    topic: str | None = None
    proposition: str | None = None
    min_voices: int = 0
    limit: int | None = None


def propositions_sql(conn: sqlite3.Connection, f: PropositionFilters) -> list[Statement]:
    return [_propositions_statement(conn, f)]


def _propositions_statement(conn: sqlite3.Connection, f: PropositionFilters) -> Statement:
    topic_ids = resolve_topic(conn, f.topic) if f.topic else None
    prop_ids = resolve_proposition(conn, f.proposition) if f.proposition else None
    return _voices_statement(_Params(), prop_ids, topic_ids, f.min_voices, f.limit)


def propositions(conn: sqlite3.Connection, f: PropositionFilters) -> list[Record]:
    """Propositions with their supporting and opposing claims and voices (a voice is the
    body a speaker spoke for, or the speaker), most debated first."""
    return _proposition_records(conn, _propositions_statement(conn, f).run(conn))


@dataclass(frozen=True, slots=True)
class Confirmations:
    confirmations: list[Record]
    """Claims whose act is ``confirms``."""
    corroborated: list[Record]
    """Statement propositions supported by at least two independent voices (distinct
    ``voice_id``: two officials of one government are one voice); value propositions are
    left to ``contradictions`` (value-mismatch)."""


def confirmations_sql(conn: sqlite3.Connection, f: ClaimFilters) -> list[Statement]:
    return [
        _list_statement(conn, f, _NEWEST, act="confirms"),
        _corroborated_statement(conn, f),
    ]


def _corroborated_statement(conn: sqlite3.Connection, f: ClaimFilters) -> Statement:
    topic_ids = resolve_topic(conn, f.topic) if f.topic else None
    prop_ids = resolve_proposition(conn, f.proposition) if f.proposition else None
    return _voices_statement(_Params(), prop_ids, topic_ids, 2, f.limit, statements_only=True)


def confirmations(conn: sqlite3.Connection, f: ClaimFilters) -> Confirmations:
    """Claims that confirm, and propositions corroborated by independent voices: one
    speaker repeating themselves, one statement carried by two outlets, or two officials
    speaking for one government, is one voice."""
    claims = _records(conn, _list_statement(conn, f, _NEWEST, act="confirms").run(conn))
    rows = _corroborated_statement(conn, f).run(conn)
    props = _proposition_records(conn, rows)
    props.sort(key=lambda r: (-r["supporting_voices"], -r["supports"], r["id"]))
    return Confirmations(claims, props)


# -- contradictions ----------------------------------------------------------------------


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
            per_kind.append([partial(_opposite_group, sides, r["proposition_id"]) for r in rows])
        elif kind == "incompatible":
            sides.want(pid for r in rows[: f.limit or None] for pid in (r[0], r[1]))
            per_kind.append(
                [
                    partial(_incompatible_group, sides, r["proposition_id"], r["other_id"])
                    for r in rows
                ]
            )
        elif kind == "reversal":
            per_kind.append(
                [
                    partial(
                        _reversal_group, conn, r["grouped_by"], r["speaker_id"], r["proposition_id"]
                    )
                    for r in rows
                ]
            )
        else:
            per_kind.append(
                [partial(dict, g) for g in _value_groups(conn, rows)[: f.limit or None]]
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
    """The first ``CLAIMS_PER_SIDE`` claims (id, speaker's name, act) on each side of
    propositions, earliest first, with how many there are, and the propositions' texts:
    read for all the propositions asked for (``want``) in one query."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.wanted: set[str] = set()
        self.sides: dict[tuple[str, str], tuple[list[sqlite3.Row], int]] = {}
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
                "select x.proposition_id, x.stance, c.id as id,"
                " coalesce(a.name, so.name, c.speaker_id) as speaker, c.act as act, x.total\n"
                "from (\n"
                "  select cp.proposition_id, cp.stance, cp.claim_id,\n"
                "    row_number() over (partition by cp.proposition_id, cp.stance order by"
                " c.said_earliest is null, c.said_earliest, c.id) as n,\n"
                "    count(*) over (partition by cp.proposition_id, cp.stance) as total\n"
                "  from claim_propositions cp join claims c on c.id = cp.claim_id\n"
                f"  where cp.proposition_id in ({marks})\n) x\n"
                "join claims c on c.id = x.claim_id left join actors a on a.id = c.speaker_id"
                " left join outlets so on so.id = c.speaker_id\n"
                "where x.n <= ? order by x.proposition_id, x.stance, x.n",
                (*chunk, CLAIMS_PER_SIDE),
            ):
                shown, _ = self.sides.setdefault((row[0], row[1]), ([], row[5]))
                shown.append(row)
            for row in self.conn.execute(
                f"select id, text from propositions where id in ({marks})", tuple(chunk)
            ):
                self.texts[row[0]] = row[1]
            self.texts.update((p, p) for p in chunk if p not in self.texts)

    def side(self, pid: str, stance: str) -> tuple[list[sqlite3.Row], int]:
        if pid not in self.texts:
            self._read(pid)
        return self.sides.get((pid, stance), ([], 0))

    def text(self, pid: str) -> str:
        if pid not in self.texts:
            self._read(pid)
        return self.texts[pid]


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


def _opposite_group(sides: _Sides, pid: str) -> Record:
    text = sides.text(pid)
    sup, sup_n = sides.side(pid, "supports")
    opp, opp_n = sides.side(pid, "opposes")
    claims = [r["id"] for r in (*sup, *opp)]
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


def _incompatible_group(sides: _Sides, a: str, b: str) -> Record:
    text_a, text_b = sides.text(a), sides.text(b)
    side_a, a_n = sides.side(a, "supports")
    side_b, b_n = sides.side(b, "supports")
    claims = list(dict.fromkeys(r["id"] for r in (*side_a, *side_b)))
    explanation = (
        f"{_names(side_a)} {_verb(side_a, 'says', 'say')} '{text_a}' but {_names(side_b)} "
        f"{_verb(side_b, 'says', 'say')} '{text_b}'; the two cannot both be true"
    )
    return _group(
        "incompatible", explanation, claims, a_n + b_n,
        proposition_id=a, proposition=text_a, other_proposition_id=b, speaker_id=None,
    )  # fmt: skip


def _reversal_group(conn: sqlite3.Connection, grouped_by: str, actor_id: str, pid: str) -> Record:
    """The claims of one voice (``grouped_by`` 'voice') or one speaker on ``pid``, in date
    order, and how its position changed; a voice heard through others names them."""
    text = _proposition_text(conn, pid)
    column = "c.voice_id" if grouped_by == "voice" else "c.speaker_id"
    rows = conn.execute(
        "select c.id, cp.stance, c.said_date, c.speaker_id,"
        " coalesce(a.name, so.name, c.speaker_id) from claim_propositions cp"
        " join claims c on c.id = cp.claim_id left join actors a on a.id = c.speaker_id"
        " left join outlets so on so.id = c.speaker_id"
        f" where cp.proposition_id = ? and {column} = ?"
        " order by c.said_earliest is null, c.said_earliest, c.said_latest, c.id",
        (pid, actor_id),
    ).fetchall()
    steps: list[str] = []
    last = None
    for _, stance, said, _, _ in rows:
        if stance != last:
            steps.append(f"{'for' if stance == 'supports' else 'against'} ({said or 'undated'})")
            last = stance
    ids = [r[0] for r in rows]
    shown = (
        ids if len(ids) <= 2 * CLAIMS_PER_SIDE else ids[:CLAIMS_PER_SIDE] + ids[-CLAIMS_PER_SIDE:]
    )
    claims = shown
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


def _value_range(value: str, value_type: str | None) -> tuple[str, str] | None:
    if value_type not in (None, "date"):
        return None
    try:
        d = parse_date(value)
    except DateError:
        return None
    return d.earliest.isoformat(), d.latest.isoformat()


def values_conflict(a: str, b: str, value_type: str | None) -> bool:
    """Two values of a fact conflict unless equal (folded) or, for dates, overlapping
    (2023-09 does not contradict 2023-09-13)."""
    ra, rb = _value_range(a, value_type), _value_range(b, value_type)
    if ra and rb:
        return ra[1] < rb[0] or rb[1] < ra[0]
    return search.fold(a) != search.fold(b)


def _value_groups(conn: sqlite3.Connection, rows: Sequence[sqlite3.Row]) -> list[Record]:
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
            ).fetchall()[:CLAIMS_PER_SIDE]
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


# -- show --------------------------------------------------------------------------------


def show_sql(conn: sqlite3.Connection, claim_id: str) -> list[Statement]:
    return [
        Statement(f"select\n{CLAIM_COLUMNS}\n{CLAIM_JOINS}\nwhere c.id = :id", {"id": claim_id}),
        Statement(_RELATED.sql, {"id": claim_id}),
    ]


_RELATED = Statement(
    """
with mine as (
  select cp.proposition_id, cp.stance, cp.value, p.kind, p.value_type, c.speaker_id,
    c.voice_id
  from claim_propositions cp join claims c on c.id = cp.claim_id
  join propositions p on p.id = cp.proposition_id
  where cp.claim_id = :id
)
select x.claim_id as id, x.proposition_id as proposition_id, x.stance as stance,
  x.value as value, m.stance as my_stance, m.value as my_value, m.kind as kind,
  m.value_type as value_type, c.speaker_id = m.speaker_id as same_speaker,
  c.voice_id = m.voice_id as same_voice, 0 as incompatible
from mine m
join claim_propositions x on x.proposition_id = m.proposition_id and x.claim_id <> :id
join claims c on c.id = x.claim_id
union all
select x.claim_id, x.proposition_id, x.stance, x.value, m.stance, m.value, m.kind,
  m.value_type, c.speaker_id = m.speaker_id, c.voice_id = m.voice_id, 1
from mine m
join (select proposition_id as a, other_id as b from incompatibilities
      union select other_id, proposition_id from incompatibilities) i on i.a = m.proposition_id
join claim_propositions x on x.proposition_id = i.b and x.stance = 'supports'
join claims c on c.id = x.claim_id
where m.stance = 'supports'
""",
    {"id": "<claim id>"},
)


def _relation(row: sqlite3.Row) -> tuple[str, str] | None:
    if row["incompatible"]:
        return "contradicts", f"supports {row['proposition_id']}, declared incompatible"
    if row["stance"] != row["my_stance"]:
        return "contradicts", f"{row['stance']} {row['proposition_id']}"
    if (
        row["kind"] == "value"
        and row["value"]
        and row["my_value"]
        and values_conflict(row["value"], row["my_value"], row["value_type"])
    ):
        return "contradicts", f"gives {row['value']} for {row['proposition_id']}"
    if row["same_speaker"]:
        return "repeats", f"{row['stance']} {row['proposition_id']} again"
    if row["same_voice"]:
        return "repeats", f"{row['stance']} {row['proposition_id']} again, for the same body"
    return "confirms", f"also {row['stance']} {row['proposition_id']}"


def _context(text: str, excerpt: str) -> Record:
    start = text.find(excerpt)
    end = start + len(excerpt)
    if start < 0:
        words = re.findall(r"\w+", excerpt)
        if words:
            pattern = r"\W+".join(re.escape(w) for w in words[:200])
            m = re.search(pattern, text)
            if m:
                start, end = m.start(), m.end()
    if start < 0:
        return {"found": False, "before": "", "match": excerpt, "after": ""}
    before = text[max(0, start - CONTEXT_CHARS) : start]
    after = text[end : end + CONTEXT_CHARS]
    if start > CONTEXT_CHARS and " " in before:
        before = "…" + before.split(" ", 1)[1]
    if end + CONTEXT_CHARS < len(text) and " " in after:
        after = after.rsplit(" ", 1)[0] + "…"
    line = text.count("\n", 0, start)
    return {"found": True, "before": before, "match": text[start:end], "after": after,
            "line": line}  # fmt: skip


def show(conn: sqlite3.Connection, claim_id: str) -> Record:
    """Everything about one claim: the claim record, its excerpt in the source text
    (``context``) and the claims it ``contradicts``, ``confirms`` or ``repeats``."""
    found = claims_by_id(conn, [claim_id])
    if not found:
        near = _suggest(claim_id, _ids_near(conn, "claims", claim_id))
        raise NotFoundError(
            f"no claim '{claim_id}'",
            _did_you_mean(near) or "run 'rnkclaims claims' to list claim ids",
        )
    rec = found[0]
    row = conn.execute(
        "select s.text, s.body_line, s.file from sources s where s.id = ?", (rec["source_id"],)
    ).fetchone()
    context: Record = _context(row[0] or "", rec["excerpt"]) if row else {"found": False}
    if row and context.get("found"):
        context["file"] = row[2]
        context["line"] = int(row[1] or 1) + int(context["line"])
    rec["context"] = context
    related: dict[str, dict[str, Record]] = {r: {} for r in RELATIONS}
    for r in conn.execute(_RELATED.sql, {"id": claim_id}):
        rel = _relation(r)
        if rel is None:
            continue
        kind, reason = rel
        entry = related[kind].setdefault(r["id"], {"reasons": []})
        if reason not in entry["reasons"]:
            entry["reasons"].append(reason)
    ids = [cid for kind in RELATIONS for cid in list(related[kind])[:RELATED_PER_KIND]]
    compact = {c["id"]: c for c in claims_by_id(conn, ids)}
    out: list[Record] = []
    for kind in RELATIONS:
        items = [(compact[cid], entry) for cid, entry in related[kind].items() if cid in compact]
        items.sort(key=lambda t: (t[0]["said_earliest"] is None, t[0]["said_earliest"] or ""))
        for c, entry in items[:RELATED_PER_KIND]:
            out.append(
                {
                    "relation": kind,
                    "reason": "; ".join(entry["reasons"]),
                    **{k: c[k] for k in _COMPACT},
                }
            )
    rec["related"] = out
    return rec


_COMPACT = ("id", "speaker_id", "speaker", "voice_id", "voice", "act", "said",
            "said_precision", "source_id", "outlet", "excerpt")  # fmt: skip


# -- actors, sources, stats --------------------------------------------------------------


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
