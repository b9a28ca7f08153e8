"""The SQLite build: lossless, atomic, and rebuilt only when the ledger changed."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from conftest import write_ledger

from rnkclaims.check import check
from rnkclaims.errors import LedgerError
from rnkclaims.ledger import load
from rnkclaims.model import ENTITIES
from rnkclaims.store.build import build
from rnkclaims.store.open import open_current
from rnkclaims.store.place import default_db_path

# A ledger that uses every field of the format at least once.
FULL = """\
schema_version: 1
actors:
  - id: pak-hyon-su
    name: Pak Hyon Su
    kind: person
    country: KP
    aliases: [Pak]
    roles:
      - id: deputy-head
        title: Deputy head of the Committee of Space Technology
        organisation: Committee of Space Technology
        from: 2014
        to: 2016-12
        speaks_for: north-korea
        note: role-note
    note: actor-note
  - id: north-korea
    name: North Korea
    kind: government
  - id: kcna
    name: Korean Central News Agency
    kind: state-media
    speaks_for: north-korea
outlets:
  - id: tass
    name: TASS
    kind: wire-agency
    country: RU
    aliases: [ITAR-TASS]
    url: https://tass.example
    note: outlet-note
topics:
  - id: space
    name: Space cooperation
    terms: [outer space, space research]
    note: topic-note
propositions:
  - id: peaceful
    text: The DPRK space programme is peaceful.
    kind: statement
    topics: [space]
    incompatible_with: [military]
    note: prop-note
  - id: military
    text: The DPRK space programme is military.
  - id: talk-date
    text: When Pak spoke to TASS.
    kind: value
    value_type: date
claims:
  - id: pak-peaceful
    speaker: pak-hyon-su
    role: deputy-head
    source: src-full
    mode: quote
    excerpt: '"The DPRK space program has peaceful purposes," Pak told TASS on Friday.'
    quote: The DPRK space program has peaceful purposes
    act: asserts
    hedge: none-hedge
    certainty: certain
    said: {expression: on Friday, note: said-note}
    venue: {kind: interview, description: venue-description, place: Pyongyang}
    relay: [{via: tass, how: interview}]
    propositions:
      - {proposition: peaceful, stance: supports, note: bearing-note}
      - {proposition: talk-date, stance: supports, value: 2015-04-17}
    topics: [space]
    intended: intended-meaning
    note: claim-note
    draft: false
    suggested:
      propositions:
        - {proposition: peaceful, stance: opposes, score: 71, reason: suggested-reason}
        - {proposition: talk-date, stance: supports, score: 40, value: 2015-04-17}
      topics: [{topic: space, score: 64, reason: topic-reason}]
      certainty: probable
      role: deputy-head
      mode: reported
      quote: peaceful purposes
      act: predicts
      hedge: could
      said: unknown
      venue: {kind: interview, description: interview with TASS}
      remove: [relay]
"""

SOURCE_FULL = """\
---
outlet: tass
outlet_confidence: probable
outlet_basis: basis-text
title: Full source
url: https://example.invalid/full
published: {date: 2015-04-20, inferred: true, basis: published-basis}
language: en
translated_from: ru
agencies: [tass]
byline: byline-text
retrieved: 2026-01-02
furniture: ["Pak told TASS"]
not_claims: ["on Friday"]
reviewed: 2026-01-03
note: source-note
---
"The DPRK space program has peaceful purposes," Pak told TASS on Friday.
"""


def _db(tmp_path: Path) -> tuple[sqlite3.Connection, dict[str, object]]:
    paths = write_ledger(tmp_path / "full", FULL, {"src-full": SOURCE_FULL})
    ledger = load(paths)
    checked = check(ledger)
    assert [p.code for p in checked.report.problems] == ["suggestion-pending"]
    db_path = tmp_path / "full.db"
    counts = build(ledger, checked.derived, db_path)
    return sqlite3.connect(db_path), dict(counts)


# (entity, field) -> SQL returning the stored value for the FULL ledger
WHERE_STORED: dict[tuple[str, str], str] = {
    ("ledger", "schema_version"): "select value from meta where key = 'ledger_schema_version'",
    ("ledger", "actors"): "select count(*) from actors",
    ("ledger", "outlets"): "select count(*) from outlets",
    ("ledger", "topics"): "select count(*) from topics",
    ("ledger", "propositions"): "select count(*) from propositions",
    ("ledger", "claims"): "select count(*) from claims",
    ("actor", "id"): "select group_concat(id, '|') from (select id from actors order by rowid)",
    ("actor", "name"): "select name from actors",
    ("actor", "kind"): "select kind from actors",
    ("actor", "country"): "select country from actors",
    ("actor", "aliases"): "select name from names where entity_id = 'pak-hyon-su' and is_alias",
    ("actor", "roles"): "select count(*) from roles",
    ("actor", "note"): "select note from actors where id = 'pak-hyon-su'",
    ("actor", "speaks_for"): "select speaks_for from actors where id = 'kcna'",
    ("role", "id"): "select role_id from roles",
    ("role", "title"): "select title from roles",
    ("role", "organisation"): "select organisation from roles",
    ("role", "from"): "select from_date from roles",
    ("role", "to"): "select to_date from roles",
    ("role", "note"): "select note from roles",
    ("role", "speaks_for"): "select speaks_for || '|' || (select voice_id from claims) from roles",
    ("outlet", "id"): "select id from outlets",
    ("outlet", "name"): "select name from outlets",
    ("outlet", "kind"): "select kind from outlets",
    ("outlet", "country"): "select country from outlets",
    ("outlet", "aliases"): "select name from names where entity_id = 'tass' and is_alias",
    ("outlet", "url"): "select url from outlets",
    ("outlet", "note"): "select note from outlets",
    ("topic", "id"): "select id from topics",
    ("topic", "name"): "select name from topics",
    ("topic", "terms"): "select group_concat(term, '|') from topic_terms",
    ("topic", "note"): "select note from topics",
    ("proposition", "id"): "select id from propositions where id = 'peaceful'",
    ("proposition", "text"): "select text from propositions where id = 'peaceful'",
    ("proposition", "kind"): "select kind from propositions where id = 'talk-date'",
    ("proposition", "value_type"): "select value_type from propositions where id = 'talk-date'",
    ("proposition", "topics"): "select topic_id from proposition_topics",
    ("proposition", "incompatible_with"): "select other_id from incompatibilities",
    ("proposition", "note"): "select note from propositions where id = 'peaceful'",
    ("source", "outlet"): "select outlet_id from sources",
    ("source", "outlet_confidence"): "select outlet_confidence from sources",
    ("source", "outlet_basis"): "select outlet_basis from sources",
    ("source", "title"): "select title from sources",
    ("source", "url"): "select url from sources",
    ("source", "published"): "select published || '|' || published_precision from sources",
    ("source", "language"): "select language from sources",
    ("source", "translated_from"): "select translated_from from sources",
    ("source", "agencies"): "select outlet_id from source_agencies",
    ("source", "byline"): "select byline from sources",
    ("source", "retrieved"): "select retrieved from sources",
    ("source", "note"): "select note from sources",
    ("source", "furniture"): "select passage from source_furniture",
    ("published", "date"): "select published from sources",
    ("published", "inferred"): "select published_inferred from sources",
    ("published", "basis"): "select published_basis from sources",
    ("claim", "id"): "select id from claims",
    ("claim", "speaker"): "select speaker_id from claims",
    ("claim", "role"): "select role_id from claims",
    ("claim", "source"): "select source_id from claims",
    ("claim", "mode"): "select mode from claims",
    ("claim", "excerpt"): "select excerpt from claims",
    ("claim", "quote"): "select quote from claims",
    ("claim", "act"): "select act from claims",
    ("claim", "hedge"): "select hedge from claims",
    ("claim", "certainty"): "select certainty from claims",
    ("claim", "said"): "select said_date || '|' || said_precision from claims",
    ("claim", "venue"): "select venue_kind from claims",
    ("claim", "relay"): "select via_id || '|' || position || '|' || how from relay_hops",
    ("claim", "propositions"): "select count(*) from claim_propositions",
    ("claim", "topics"): "select topic_id from claim_topics",
    ("claim", "intended"): "select intended from claims",
    ("claim", "note"): "select note from claims",
    ("claim", "draft"): "select draft from claims",
    ("said", "date"): "select said_earliest || '|' || said_latest from claims",
    ("said", "expression"): "select said_expression from claims",
    ("said", "note"): "select said_note from claims",
    ("venue", "kind"): "select venue_kind from claims",
    ("venue", "description"): "select venue_description from claims",
    ("venue", "place"): "select venue_place from claims",
    ("hop", "via"): "select via_id from relay_hops",
    ("hop", "how"): "select how from relay_hops",
    ("bearing", "proposition"): "select group_concat(proposition_id, '|') from claim_propositions",
    (
        "bearing",
        "stance",
    ): "select stance from claim_propositions where proposition_id = 'peaceful'",
    ("bearing", "value"): "select value from claim_propositions where value is not null",
    ("bearing", "note"): "select note from claim_propositions where note is not null",
    ("source", "not_claims"): "select passage from source_not_claims",
    ("source", "reviewed"): "select reviewed from sources",
    ("claim", "suggested"): "select group_concat(field || '=' || value, '|') from "
    "(select field, value from claim_suggestions order by position)",
    ("suggestion", "propositions"): "select count(*) from claim_suggestions "
    "where field = 'proposition'",
    ("suggestion", "mode"): "select value from claim_suggestions where field = 'mode'",
    ("suggestion", "quote"): "select value from claim_suggestions where field = 'quote'",
    ("suggestion", "act"): "select value from claim_suggestions where field = 'act'",
    ("suggestion", "hedge"): "select value from claim_suggestions where field = 'hedge'",
    ("suggestion", "said"): "select value from claim_suggestions where field = 'said'",
    ("suggestion", "venue"): "select value from claim_suggestions where field = 'venue'",
    ("suggestion", "remove"): "select value from claim_suggestions where field = 'remove'",
    ("suggested-bearing", "value"): "select value || '|' || reason from claim_suggestions "
    "where field = 'value'",
    ("suggestion", "topics"): "select value from claim_suggestions where field = 'topic'",
    ("suggestion", "certainty"): "select value from claim_suggestions where field = 'certainty'",
    ("suggestion", "role"): "select value from claim_suggestions where field = 'role'",
    ("suggested-bearing", "proposition"): "select group_concat(value, '|') from claim_suggestions "
    "where field = 'proposition'",
    ("suggested-bearing", "stance"): "select group_concat(stance, '|') from claim_suggestions "
    "where field = 'proposition'",
    ("suggested-bearing", "score"): "select score from claim_suggestions where position = 1",
    ("suggested-bearing", "reason"): "select reason from claim_suggestions where position = 1",
    ("suggested-topic", "topic"): "select value from claim_suggestions where field = 'topic'",
    ("suggested-topic", "score"): "select score from claim_suggestions where field = 'topic'",
    ("suggested-topic", "reason"): "select reason from claim_suggestions where field = 'topic'",
}

EXPECTED: dict[tuple[str, str], object] = {
    ("ledger", "schema_version"): "1",
    ("ledger", "actors"): 3, ("ledger", "outlets"): 1, ("ledger", "topics"): 1,
    ("ledger", "propositions"): 3, ("ledger", "claims"): 1,
    ("actor", "id"): "pak-hyon-su|north-korea|kcna", ("actor", "name"): "Pak Hyon Su",
    ("actor", "kind"): "person", ("actor", "country"): "KP", ("actor", "aliases"): "Pak",
    ("actor", "roles"): 1, ("actor", "note"): "actor-note",
    ("actor", "speaks_for"): "north-korea", ("role", "speaks_for"): "north-korea|north-korea",
    ("role", "id"): "deputy-head",
    ("role", "title"): "Deputy head of the Committee of Space Technology",
    ("role", "organisation"): "Committee of Space Technology",
    ("role", "from"): "2014", ("role", "to"): "2016-12", ("role", "note"): "role-note",
    ("outlet", "id"): "tass", ("outlet", "name"): "TASS", ("outlet", "kind"): "wire-agency",
    ("outlet", "country"): "RU", ("outlet", "aliases"): "ITAR-TASS",
    ("outlet", "url"): "https://tass.example", ("outlet", "note"): "outlet-note",
    ("topic", "id"): "space", ("topic", "name"): "Space cooperation",
    ("topic", "terms"): "outer space|space research", ("topic", "note"): "topic-note",
    ("proposition", "id"): "peaceful",
    ("proposition", "text"): "The DPRK space programme is peaceful.",
    ("proposition", "kind"): "value", ("proposition", "value_type"): "date",
    ("proposition", "topics"): "space", ("proposition", "incompatible_with"): "military",
    ("proposition", "note"): "prop-note",
    ("source", "outlet"): "tass", ("source", "outlet_confidence"): "probable",
    ("source", "outlet_basis"): "basis-text", ("source", "title"): "Full source",
    ("source", "url"): "https://example.invalid/full", ("source", "published"): "2015-04-20|day",
    ("source", "language"): "en", ("source", "translated_from"): "ru",
    ("source", "agencies"): "tass", ("source", "byline"): "byline-text",
    ("source", "retrieved"): "2026-01-02", ("source", "note"): "source-note",
    ("source", "furniture"): "Pak told TASS",
    ("published", "date"): "2015-04-20", ("published", "inferred"): 1,
    ("published", "basis"): "published-basis",
    ("claim", "id"): "pak-peaceful", ("claim", "speaker"): "pak-hyon-su",
    ("claim", "role"): "deputy-head", ("claim", "source"): "src-full", ("claim", "mode"): "quote",
    ("claim", "excerpt"): (
        '"The DPRK space program has peaceful purposes," Pak told TASS on Friday.'
    ),
    ("claim", "quote"): "The DPRK space program has peaceful purposes",
    ("claim", "act"): "asserts", ("claim", "hedge"): "none-hedge",
    ("claim", "certainty"): "certain", ("claim", "said"): "2015-04-17|day",
    ("claim", "venue"): "interview", ("claim", "relay"): "tass|1|interview",
    ("claim", "propositions"): 2, ("claim", "topics"): "space",
    ("claim", "intended"): "intended-meaning", ("claim", "note"): "claim-note",
    ("claim", "draft"): 0,
    ("said", "date"): "2015-04-17|2015-04-17", ("said", "expression"): "on Friday",
    ("said", "note"): "said-note",
    ("venue", "kind"): "interview", ("venue", "description"): "venue-description",
    ("venue", "place"): "Pyongyang",
    ("hop", "via"): "tass", ("hop", "how"): "interview",
    ("bearing", "proposition"): "peaceful|talk-date", ("bearing", "stance"): "supports",
    ("bearing", "value"): "2015-04-17", ("bearing", "note"): "bearing-note",
    ("source", "not_claims"): "on Friday", ("source", "reviewed"): "2026-01-03",
    ("claim", "suggested"): "proposition=peaceful|proposition=talk-date|value=2015-04-17|"
    "topic=space|certainty=probable|role=deputy-head|mode=reported|quote=peaceful purposes|"
    "act=predicts|hedge=could|said=unknown|"
    'venue={"kind": "interview", "description": "interview with TASS"}|remove=relay',
    ("suggestion", "mode"): "reported", ("suggestion", "quote"): "peaceful purposes",
    ("suggestion", "act"): "predicts", ("suggestion", "hedge"): "could",
    ("suggestion", "said"): "unknown",
    ("suggestion", "venue"): '{"kind": "interview", "description": "interview with TASS"}',
    ("suggestion", "remove"): "relay",
    ("suggested-bearing", "value"): "2015-04-17|answers talk-date",
    ("suggestion", "propositions"): 2, ("suggestion", "topics"): "space",
    ("suggestion", "certainty"): "probable", ("suggestion", "role"): "deputy-head",
    ("suggested-bearing", "proposition"): "peaceful|talk-date",
    ("suggested-bearing", "stance"): "opposes|supports",
    ("suggested-bearing", "score"): 71, ("suggested-bearing", "reason"): "suggested-reason",
    ("suggested-topic", "topic"): "space", ("suggested-topic", "score"): 64,
    ("suggested-topic", "reason"): "topic-reason",
}  # fmt: skip


def test_every_field_of_the_format_is_checked() -> None:
    fields = {(e.name, f.name) for e in ENTITIES.values() for f in e.fields}
    assert fields == set(WHERE_STORED) == set(EXPECTED)


def test_build_is_lossless(tmp_path: Path) -> None:
    conn, counts = _db(tmp_path)
    try:
        got = {key: conn.execute(sql).fetchone()[0] for key, sql in WHERE_STORED.items()}
    finally:
        conn.close()
    assert got == EXPECTED
    assert counts["claims"] == 1 and counts["relay_hops"] == 1


def test_source_text_and_fts(tmp_path: Path) -> None:
    conn, _ = _db(tmp_path)
    try:
        (text,) = conn.execute("select text from sources").fetchone()
        assert text == SOURCE_FULL.split("---\n", 2)[2]
        # porter stemming: "purpose" finds "purposes"; topic terms and speaker names indexed
        for query in ("purpose", '"space research"', "Pak", "peaceful"):
            rows = conn.execute(
                "select claim_id from claim_search_fts f join claim_search s "
                "on s.rowid = f.rowid where claim_search_fts match ?",
                (query,),
            ).fetchall()
            assert rows == [("pak-peaceful",)], query
        views = {r[0] for r in conn.execute("select name from sqlite_master where type='view'")}
        assert {"claim_details", "proposition_stances"} <= views
        row = conn.execute("select speaker, speaker_role, said_on, relayed_via, outlet "
                           "from claim_details").fetchone()  # fmt: skip
        assert row == ("Pak Hyon Su", "Deputy head of the Committee of Space Technology",
                       "2015-04-17", "TASS", "TASS")  # fmt: skip
    finally:
        conn.close()


def test_open_current_rebuilds_only_when_the_ledger_changes(tmp_path: Path) -> None:
    paths = write_ledger(tmp_path / "data")
    db = tmp_path / "x.db"
    first = open_current(paths, db)
    first.conn.close()
    assert first.rebuilt
    again = open_current(paths, db)
    count = again.conn.execute("select count(*) from claims").fetchone()[0]
    again.conn.close()
    assert not again.rebuilt and count == 3

    # Same size and mtime, unparseable content: the up-to-date path must not read YAML.
    st = paths.main.stat()
    original = paths.main.read_bytes()
    paths.main.write_bytes(b"{" * len(original))
    os.utime(paths.main, ns=(st.st_atime_ns, st.st_mtime_ns))
    untouched = open_current(paths, db)
    untouched.conn.close()
    assert not untouched.rebuilt

    # A touched but unchanged file: hashed, not rebuilt.
    paths.main.write_bytes(original)
    os.utime(paths.main, ns=(st.st_atime_ns, st.st_mtime_ns + 10**9))
    touched = open_current(paths, db)
    touched.conn.close()
    assert not touched.rebuilt

    # A real edit: rebuilt, and the new claim is there.
    paths.main.write_text(original.decode().replace("id: us-accuses", "id: us-accuses-2"))
    edited = open_current(paths, db)
    ids = {r[0] for r in edited.conn.execute("select id from claims")}
    edited.conn.close()
    assert edited.rebuilt and "us-accuses-2" in ids

    # A new source file (the folder changes): rebuilt.
    (paths.sources_dir / "src-new.txt").write_text(
        "---\noutlet: tass\ntitle: T\npublished: 2024\nlanguage: en\n---\nText.\n"
    )
    added = open_current(paths, db)
    n_sources = added.conn.execute("select count(*) from sources").fetchone()[0]
    added.conn.close()
    assert added.rebuilt and n_sources == 2


def test_invalid_ledger_is_not_built_and_old_db_survives(tmp_path: Path) -> None:
    paths = write_ledger(tmp_path / "data")
    db = tmp_path / "x.db"
    open_current(paths, db).conn.close()
    before = db.read_bytes()
    paths.main.write_text(paths.main.read_text().replace("act: accuses", "act: accused"))
    with pytest.raises(LedgerError, match=r"1 error\(s\); first: .*claims.yaml:\d+:\d+"):
        open_current(paths, db)
    assert db.read_bytes() == before
    assert not [p for p in db.parent.iterdir() if p.name.endswith(".tmp")]


def test_default_db_path_is_in_the_user_cache(tmp_path: Path) -> None:
    main = tmp_path / "rnk-notes" / "data" / "claims.yaml"
    path = default_db_path(main)
    assert path.parent == tmp_path / "cache" / "rnkclaims"  # XDG_CACHE_HOME from conftest
    # named after the repository holding data/, not 'data-<hash>.db'
    assert path.name.startswith("rnk-notes-") and path.suffix == ".db"
    assert default_db_path(tmp_path / "other" / "data" / "claims.yaml").name.startswith("other-")
    assert default_db_path(tmp_path / "ledger" / "claims.yaml").name.startswith("ledger-")
    assert default_db_path(tmp_path / "b" / "rnk-notes" / "data" / "claims.yaml") != path


def test_a_database_built_by_other_code_is_rebuilt(tmp_path: Path) -> None:
    paths = write_ledger(tmp_path / "data")
    db = tmp_path / "x.db"
    open_current(paths, db).conn.close()
    conn = sqlite3.connect(db)
    with conn:
        conn.execute("update meta set value = '2-0123456789abcdef' where key = 'db_schema'")
    conn.close()
    reopened = open_current(paths, db)
    reopened.conn.close()
    assert reopened.rebuilt
