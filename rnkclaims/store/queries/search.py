"""who-said: claims about a query in people's words, best first, matched words marked."""

# No ``from __future__ import annotations``: a named tuple's fields written as strings are
# each compiled by typing when the class is made (about 8 us a field, at every query).

import json
import re
import sqlite3
from collections.abc import Sequence
from typing import NamedTuple

from rnkclaims import search
from rnkclaims.errors import UsageError
from rnkclaims.store.queries.common import (
    CLAIM_COLUMNS,
    CLAIM_JOINS,
    ClaimFilters,
    Record,
    Statement,
    _limit,
    _Params,
    _records,
    _resolve,
    _Resolved,
    _topics,
    _where,
    needs_sources,
)


class SearchResult(NamedTuple):
    """Claims matching a query, best first, and how the query was understood. (A named
    tuple: making a dataclass costs who-said's start-up a millisecond and more.)"""

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
    acts: list[str]
    """Speech acts the query's words stand for; claims with them match too."""


class _Plan(NamedTuple):
    """A query understood: what to match, the topics it names, the filters resolved."""

    parsed: search.Parsed
    match: str
    topic_ids: tuple[str, ...]
    rest_match: str | None
    """When the query names a topic and has other words: those words, anywhere in a claim."""
    resolved: _Resolved
    limit: int | None
    acts: tuple[str, ...] = ()
    """Speech acts a word of the query stands for ("denied": denies), when it names no
    topic: claims with that act match as claims on a named topic do."""


ACT_FAMILIES = {"deny": "denies"}
"""A word family (``search.FAMILIES``) that also means a speech act."""

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
    stems = [search.topic_key(w)[0] if search.topic_key(w) else w for w in parsed.words]
    run = search.find_run(stems, search.topic_keys(_topics(conn), len(stems)))
    topic_ids: tuple[str, ...] = ()
    acts: tuple[str, ...] = ()
    # the words besides the topic's run, or besides the first word that is an act
    rest: tuple[str, ...] = ()
    if run is not None:
        i, n, found = run
        topic_ids = tuple(sorted(found))
        rest = parsed.words[:i] + parsed.words[i + n :]
    else:
        for i, w in enumerate(parsed.words):
            act = ACT_FAMILIES.get(search.family_name(w) or "")
            if act:
                acts = (act,)
                rest = parsed.words[:i] + parsed.words[i + 1 :]
                break
    rest = tuple(w for w in rest if w not in search.STOP_WORDS)
    rest_match = None
    if rest:
        rest_units = search.parse(" ".join(rest), _candidate_names(conn, rest)).units
        rest_match = search.match_all(rest_units)
    return _Plan(parsed, match, topic_ids, rest_match, resolved, f.limit, acts)


def _search_page(plan: _Plan, ranked: str, p: _Params, limit: int | None, extra: str = "") -> str:
    """``page(rowid, relevance)``: the rows of ``ranked`` that pass the filters, best first,
    then the claim records of the page (``rowid`` is claim_search's)."""
    where = _where(plan.resolved, p)
    if where:
        page = (
            "  select h.rowid, h.score from ranked h\n"
            "  join claim_search cs on cs.rowid = h.rowid join claims c on c.id = cs.claim_id\n"
            + ("  join sources s on s.id = c.source_id\n" if needs_sources(plan.resolved) else "")
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
    on = (
        f"(select search_rowid from search_topics where topic_id in"
        f" ({p.many('topic', plan.topic_ids)}))"
        if plan.topic_ids
        else "(select cs.rowid as search_rowid from claim_search cs join claims c"
        f" on c.id = cs.claim_id where c.act in ({p.many('act', plan.acts)}))"
    )
    ranked = (
        "with ranked(rowid, score) as (\n"
        f"  select distinct t.search_rowid, {TOPIC_BONUS} from {on} t\n"
        "  where t.search_rowid not in (select rowid from claim_search_fts"
        f" where claim_search_fts match {p.add('match', plan.match)})" + rest + "\n)"
    )
    return Statement(_search_page(plan, ranked, p, limit), p.values)


def _windowed(plan: _Plan) -> int | None:
    return max(SEARCH_WINDOW, 8 * plan.limit) if plan.limit else None


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
    if (plan.topic_ids or plan.acts) and (not plan.limit or len(rows) < plan.limit):
        rows += _topics_statement(plan, plan.limit - len(rows) if plan.limit else None).run(conn)
    friends = frozenset().union(*(search.FALSE_FRIENDS.get(w, ()) for w in plan.parsed.words))
    if friends and rows:
        word_rows = [r["search_rowid"] for r in rows if r["relevance"] > TOPIC_BONUS]
        false = _only_false_friends(conn, plan.match, word_rows, friends)
        rows = [r for r in rows if r["search_rowid"] not in false]
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
    suggestions = []
    if not records:
        from rnkclaims.store.queries.search_aside import search_suggestions

        suggestions = search_suggestions(conn, query)
    return SearchResult(
        query=query,
        match=plan.match,
        topics=list(plan.topic_ids),
        aliases=aliases,
        claims=records,
        suggestions=suggestions,
        notes=list(plan.parsed.notes),
        acts=list(plan.acts),
    )


def _only_false_friends(
    conn: sqlite3.Connection, match: str, rowids: Sequence[int], friends: frozenset[str]
) -> set[int]:
    """Of ``rowids``, those whose matched words (in any field) are all ``friends``: words
    the stemmer joins to the query's that mean something else ("Armed" for "arms")."""
    if not rowids:
        return set()
    columns = ", ".join(f"highlight(claim_search_fts, {i}, char(1), char(2))" for i in range(5))
    out = set()
    for row in conn.execute(
        f"select rowid, {columns} from claim_search_fts where claim_search_fts match ?"
        " and +rowid in (select value from json_each(?))",
        (match, json.dumps(list(rowids))),
    ):
        marked = re.findall("\x01(.*?)\x02", " ".join(x or "" for x in row[1:]), re.S)
        found = {w for m in marked for w in search.words(m)}
        if found and found <= friends:
            out.add(row[0])
    return out


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
