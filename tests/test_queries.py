"""The query functions on a small purpose-built ledger (tests/query_fixtures.py)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from query_fixtures import connect, write_query_ledger

from rnkclaims import search
from rnkclaims.errors import NotFoundError, UsageError
from rnkclaims.store import queries as q


@pytest.fixture
def conn(tmp_path: Path) -> Iterator[sqlite3.Connection]:
    paths = write_query_ledger(tmp_path / "ledger")
    with connect(paths, tmp_path / "q.db") as c:
        yield c


def ids(records: list[dict]) -> list[str]:
    return [r["id"] for r in records]


def said(conn: sqlite3.Connection, query: str, **filters: object) -> list[str]:
    return ids(q.who_said(conn, query, q.ClaimFilters(**filters)).claims)  # type: ignore[arg-type]


# -- who-said ------------------------------------------------------------------------------


def test_stemming_finds_singular_and_plural(conn: sqlite3.Connection) -> None:
    assert "kp-denies" in said(conn, "arms deal")
    assert said(conn, "deal")[:1] == ["kp-denies"]


def test_topic_terms_find_claims_in_other_words(conn: sqlite3.Connection) -> None:
    result = q.who_said(conn, "arms deals", q.ClaimFilters())
    assert result.topics == ["arms-transfers"]
    # the words themselves first, then the claims bearing on the topic's propositions
    assert ids(result.claims)[0] == "kp-denies"
    assert sorted(ids(result.claims)) == [
        "kp-denies", "sk-confirms", "sk-confirms-yonhap", "us-accuses", "us-repeats",
    ]  # fmt: skip


def test_a_look_alike_is_not_a_match(conn: sqlite3.Connection) -> None:
    # "Arms Control ... the deal" in a job title is not about arms deals
    assert "jenkins-grain" not in said(conn, "arms deals")
    assert said(conn, "arms control") == ["jenkins-grain"]


def test_a_multi_word_query_is_not_an_or_of_its_words(conn: sqlite3.Connection) -> None:
    assert said(conn, "grain missiles") == []


def test_aliases_stand_for_all_names(conn: sqlite3.Connection) -> None:
    result = q.who_said(conn, "DPRK", q.ClaimFilters())
    assert result.aliases == ["north-korea"]
    found = ids(result.claims)
    assert {"kp-denies", "us-accuses", "kremlin-no-help", "sk-confirms"} <= set(found)
    by_id = {c["id"]: c for c in result.claims}
    assert by_id["kp-denies"]["highlight"] == "**Pyongyang** denied any arms deals with Moscow"


def test_spelling_variants_case_and_accents(conn: sqlite3.Connection) -> None:
    assert said(conn, "Kim Jong Un") == ["kim-pledges"]
    assert said(conn, "kim jong-un") == ["kim-pledges"]
    assert said(conn, "JOSE RAMIREZ") == ["ramirez-engines"]
    assert said(conn, "сотрудничестве") == ["shoigu-ru"]
    assert said(conn, "Шойгу")[0] == "shoigu-ru"


def test_matched_words_are_highlighted(conn: sqlite3.Connection) -> None:
    result = q.who_said(conn, "providing missiles", q.ClaimFilters())
    top = result.claims[0]
    assert top["highlight"] == (
        "Seoul confirmed that the DPRK had been **providing missiles** to Russia."
    )
    assert top["relevance"] > result.claims[-1]["relevance"]


def test_filters(conn: sqlite3.Connection) -> None:
    assert said(conn, "arms deals", speaker="Pyongyang") == ["kp-denies"]
    # via: a hop of the claim's relay (kp-denies), not any agency its article cites
    # (src-reuters names Yonhap among its agencies; its other claims are not relayed)
    assert said(conn, "arms deals", via="Yonhap") == ["kp-denies"]
    assert set(said(conn, "arms deals", outlet="yonhap")) == {"sk-confirms-yonhap", "us-repeats"}
    assert said(conn, "arms deals", act="denies") == ["kp-denies"]
    assert set(said(conn, "arms deals", since="2023-09-15")) == {
        "kp-denies", "sk-confirms-yonhap", "us-repeats",
    }  # fmt: skip
    assert set(said(conn, "arms deals", until="2023-09-14")) == {
        "kp-denies", "sk-confirms", "us-accuses",
    }  # fmt: skip
    assert said(conn, "satellite", topic="space cooperation", since="2024") == [
        "shoigu-wont-help",
        "shoigu-ru",  # tagged with the topic, whose terms say "satellite technology"
    ]
    assert said(conn, "arms deals", limit=1) == ["kp-denies"]


def test_a_month_overlaps_its_days(conn: sqlite3.Connection) -> None:
    # kp-denies is dated 2023-09: it overlaps 2023-09-20 .. and 2023-09-01
    assert "kp-denies" in said(conn, "arms deals", since="2023-09-20")
    assert "kp-denies" in said(conn, "arms deals", until="2023-09-01")
    assert "kp-denies" not in said(conn, "arms deals", since="2023-10")


@pytest.mark.parametrize(
    ("filters", "error"),
    [
        ({"since": "2023-13"}, UsageError),
        ({"since": "2024", "until": "2023"}, UsageError),
        ({"act": "shouts"}, UsageError),
        ({"speaker": "Pyongyan"}, NotFoundError),
        ({"topic": "arms"}, NotFoundError),
        ({"outlet": "Router"}, NotFoundError),
    ],
)
def test_bad_filters_raise(
    conn: sqlite3.Connection, filters: dict[str, str], error: type[Exception]
) -> None:
    with pytest.raises(error):
        q.who_said(conn, "arms deals", q.ClaimFilters(**filters))  # type: ignore[arg-type]


def test_unknown_speaker_suggests_the_nearest(conn: sqlite3.Connection) -> None:
    with pytest.raises(NotFoundError) as info:
        q.list_claims(conn, q.ClaimFilters(speaker="Pyongyan"))
    assert info.value.message == "no speaker named 'Pyongyan'"
    assert info.value.hint == "did you mean: Pyongyang?"


@pytest.mark.parametrize(
    "query",
    ['"', "(", ")", "AND", "OR", "NOT", "NEAR", "NEAR(", "*", "-", ":", "a:b", 'x" OR "y',
     "quote\"d", "col:arms", "^arms", "arms*", "-arms", "'; drop table claims; --", "한국",
     "\u0000", "x" * 10_000, "arms " * 500],
)  # fmt: skip
def test_any_input_is_safe(conn: sqlite3.Connection, query: str) -> None:
    if not search.words(query):
        with pytest.raises(UsageError):
            q.who_said(conn, query, q.ClaimFilters())
        return
    result = q.who_said(conn, query, q.ClaimFilters())
    assert isinstance(result.claims, list)


def test_an_empty_query_is_a_usage_error(conn: sqlite3.Connection) -> None:
    for query in ("", "   ", "*:-()"):
        with pytest.raises(UsageError):
            q.who_said(conn, query, q.ClaimFilters())


def test_a_misspelling_suggests_names_and_topics(conn: sqlite3.Connection) -> None:
    result = q.who_said(conn, "Pyongyan", q.ClaimFilters())
    assert result.claims == []
    assert result.suggestions[0] == "Pyongyang"
    assert "Space cooperation" in q.who_said(conn, "space cooperaton", q.ClaimFilters()).suggestions


def test_a_very_long_query_is_cut_and_says_so(conn: sqlite3.Connection) -> None:
    result = q.who_said(conn, "arms " * 100, q.ClaimFilters())
    assert result.notes == ["the query has 100 words; only the first 32 are used"]


def test_who_said_sql_is_the_query_run(conn: sqlite3.Connection) -> None:
    best, every, topical = q.who_said_sql(conn, "arms deals", q.ClaimFilters(speaker="DPRK"))
    text = best.inline()
    assert 'match \'NEAR("arms" "deals", 2)\'' in text
    assert "c.speaker_id in ('north-korea')" in text
    assert [r["id"] for r in conn.execute(text)] == ["kp-denies"]
    # the best 400 matches are scored and filtered first; all of them only if need be
    assert every.fallback is not None
    assert every.fallback.startswith("when the best 400 matches may not hold the best 50")
    assert every.script().startswith("-- when the best 400 matches may not hold the best 50")
    assert all(line.startswith("--") for line in every.script().splitlines())
    assert [r["id"] for r in conn.execute(every.inline())] == ["kp-denies"]
    # then the claims on the topic that do not use the words: none by North Korea
    assert conn.execute(topical.inline()).fetchall() == []
    best, _, on_topic = q.who_said_sql(conn, "arms deals", q.ClaimFilters())
    found = [r["id"] for r in conn.execute(best.inline())]
    found += [r["id"] for r in conn.execute(on_topic.inline())]
    assert found == said(conn, "arms deals")


# -- claims and timeline --------------------------------------------------------------------


def test_claims_newest_first_and_timeline_oldest_first(conn: sqlite3.Connection) -> None:
    f = q.ClaimFilters(speaker="Sergei Shoigu")
    assert ids(q.list_claims(conn, f)) == ["shoigu-ru", "shoigu-wont-help", "shoigu-will-help"]
    assert ids(q.timeline(conn, f)) == ["shoigu-will-help", "shoigu-ru", "shoigu-wont-help"]


def test_timeline_of_a_proposition(conn: sqlite3.Connection) -> None:
    f = q.ClaimFilters(proposition="ru-space-help")
    assert ids(q.timeline(conn, f)) == ["shoigu-will-help", "us-no-evidence", "shoigu-wont-help"]


def test_a_claim_record_has_the_contract_fields(conn: sqlite3.Connection) -> None:
    [rec] = q.claims_by_id(conn, ["kp-denies"])
    assert list(rec) == list(q.CLAIM_FIELDS)
    assert rec["speaker"] == "North Korea"
    assert rec["said"] == "2023-09" and rec["said_precision"] == "month"
    assert rec["relay"] == [{"via_id": "yonhap", "via": "Yonhap News Agency", "how": "report"}]
    assert rec["outlet"] == "Reuters"
    assert rec["propositions"] == [
        {
            "proposition_id": "kp-arms-to-ru",
            "proposition": "North Korea supplies arms to Russia.",
            "kind": "statement",
            "stance": "opposes",
            "value": None,
        }
    ]


def test_count_claims_ignores_the_limit(conn: sqlite3.Connection) -> None:
    assert q.count_claims(conn, q.ClaimFilters(limit=1)) == 15
    assert q.count_claims(conn, q.ClaimFilters(), act="denies") == 1


# -- denials, confirmations ---------------------------------------------------------------------


def test_denials_answer_the_opposite_claims(conn: sqlite3.Connection) -> None:
    [denial] = q.denials(conn, q.ClaimFilters())
    assert denial["id"] == "kp-denies"
    assert [a["id"] for a in denial["answers"]] == [
        "sk-confirms", "us-accuses", "sk-confirms-yonhap", "us-repeats",
    ]  # fmt: skip
    assert denial["answers_total"] == 4
    assert denial["answers"][1]["speaker"] == "United States"


def test_a_negation_is_not_a_denial(conn: sqlite3.Connection) -> None:
    assert "us-no-evidence" not in ids(q.denials(conn, q.ClaimFilters(limit=0)))
    assert "shoigu-wont-help" not in ids(q.denials(conn, q.ClaimFilters(limit=0)))


def test_repeated_voices_are_not_corroboration(conn: sqlite3.Connection) -> None:
    result = q.confirmations(conn, q.ClaimFilters())
    assert ids(result.confirmations) == ["sk-confirms-yonhap", "sk-confirms"]
    # 4 claims, but the US twice and one Seoul statement carried by two outlets: 2 voices
    [arms] = result.corroborated
    assert arms["id"] == "kp-arms-to-ru"
    assert (arms["supports"], arms["supporting_voices"]) == (4, 2)
    assert arms["supporters"] == [
        {"speaker_id": "south-korea", "speaker": "South Korea", "claims": 2,
         "voice_id": "south-korea", "voice": "South Korea"},
        {"speaker_id": "united-states", "speaker": "United States", "claims": 2,
         "voice_id": "united-states", "voice": "United States"},
    ]  # fmt: skip


def test_propositions_count_voices(conn: sqlite3.Connection) -> None:
    records = {r["id"]: r for r in q.propositions(conn, q.PropositionFilters())}
    space = records["ru-space-help"]
    assert (space["supporting_voices"], space["opposing_voices"]) == (1, 2)
    assert space["topics"] == ["space"]
    only = q.propositions(conn, q.PropositionFilters(topic="arms deals"))
    assert ids(only) == ["kp-arms-to-ru"]


# -- contradictions ------------------------------------------------------------------------------


def test_contradictions_of_every_kind(conn: sqlite3.Connection) -> None:
    groups = q.contradictions(conn, q.ContradictionFilters())
    kinds = [(g["kind"], g["proposition_id"]) for g in groups]
    assert kinds == [
        ("opposite-stance", "kp-arms-to-ru"),
        ("incompatible", "no-space-help"),
        ("reversal", "ru-space-help"),
        ("value-mismatch", "summit-date"),
        ("opposite-stance", "ru-space-help"),
    ]
    arms, incompatible, reversal, value, _ = groups
    assert arms["explanation"] == (
        "North Korea denies what South Korea and United States say (4 for, 1 against): "
        "North Korea supplies arms to Russia."
    )
    assert incompatible["other_proposition_id"] == "ru-space-help"
    assert incompatible["explanation"] == (
        "Kremlin says 'Russia gives North Korea no help with space technology.' but Sergei "
        "Shoigu says 'Russia helps North Korea with satellite technology.'; the two cannot "
        "both be true"
    )
    assert reversal["speaker_id"] == "sergei-shoigu"
    assert ids(reversal["claims"]) == ["shoigu-will-help", "shoigu-wont-help"]
    assert reversal["explanation"] == (
        "Sergei Shoigu changed position: for (2023-09-13) then against (2024-02-09): "
        "Russia helps North Korea with satellite technology."
    )
    assert value["explanation"] == (
        "different values for 'When did the Vostochny summit take place?': 2023-09-12 (TASS)"
        " vs 2023-09-13 (Korean Central News Agency)"
    )


def test_contradiction_filters(conn: sqlite3.Connection) -> None:
    def kinds(**f: object) -> list[tuple[str, str]]:
        groups = q.contradictions(conn, q.ContradictionFilters(**f))  # type: ignore[arg-type]
        return [(g["kind"], g["proposition_id"]) for g in groups]

    assert kinds(kind="reversal") == [("reversal", "ru-space-help")]
    assert kinds(proposition="kp-arms-to-ru") == [("opposite-stance", "kp-arms-to-ru")]
    assert kinds(topic="arms transfers") == [("opposite-stance", "kp-arms-to-ru")]
    assert kinds(speaker="Kremlin") == [("incompatible", "no-space-help")]
    assert kinds(limit=2) == [
        ("opposite-stance", "kp-arms-to-ru"),
        ("incompatible", "no-space-help"),
    ]
    with pytest.raises(UsageError):
        kinds(kind="lies")


def test_a_date_to_the_month_does_not_contradict_a_day_in_it() -> None:
    assert not q.values_conflict("2023-09", "2023-09-13", "date")
    assert q.values_conflict("2023-09-12", "2023-09-13", "date")
    assert not q.values_conflict("Vostochny", "vostochny ", "place")


# -- show ----------------------------------------------------------------------------------------


def test_show_gives_context_and_related_claims(conn: sqlite3.Connection) -> None:
    rec = q.show(conn, "shoigu-will-help")
    assert rec["context"]["match"] == "Shoigu said Russia would help the DPRK build satellites."
    assert rec["context"]["before"].endswith("on September 13.\n")
    assert rec["context"]["line"] == 8
    related = [(r["relation"], r["id"]) for r in rec["related"]]
    # in date order; the speaker's own later claim contradicts it (a reversal)
    assert related == [
        ("contradicts", "us-no-evidence"),
        ("contradicts", "kremlin-no-help"),
        ("contradicts", "shoigu-wont-help"),
    ]


def test_show_confirms_and_repeats(conn: sqlite3.Connection) -> None:
    related = {(r["relation"], r["id"]) for r in q.show(conn, "us-accuses")["related"]}
    assert related == {
        ("contradicts", "kp-denies"),
        ("confirms", "sk-confirms"),
        ("confirms", "sk-confirms-yonhap"),
        ("repeats", "us-repeats"),
    }
    summit = {(r["relation"], r["id"]) for r in q.show(conn, "kcna-summit-13")["related"]}
    assert summit == {("contradicts", "tass-summit-12")}


def test_show_unknown_id_suggests_the_nearest(conn: sqlite3.Connection) -> None:
    with pytest.raises(NotFoundError) as info:
        q.show(conn, "kp-denied")
    assert info.value.message == "no claim 'kp-denied'"
    assert info.value.hint == "did you mean: kp-denies?"


# -- actors, sources, stats ---------------------------------------------------------------------


def test_actors_sources_stats(conn: sqlite3.Connection) -> None:
    actors = {a["id"]: a for a in q.actors(conn)}
    assert actors["north-korea"]["aliases"] == ["DPRK", "Pyongyang"]
    assert actors["united-states"]["claims"] == 3
    sources = {s["id"]: s["claims"] for s in q.sources(conn)}
    assert sources == {"src-reuters": 5, "src-yonhap": 4, "src-tass": 4, "src-kcna": 2}
    stats = q.stats(conn)
    assert stats["totals"]["claims"] == 15
    assert stats["by_act"]["asserts"] == 6
    assert stats["by_year"] == {"2023": 11, "2024": 4}


@pytest.mark.parametrize(
    ("written", "typed"),
    [
        ("Radosław Sikorski", "Radoslaw Sikorski"),
        ("RADOSŁAW SIKORSKI", "radoslaw sikorski"),
        ("Jonas Gahr Støre", "Jonas Gahr Store"),
        ("Đorđe Đoković", "Djordje Dokovic"),
        ("Œuvre", "oeuvre"),
    ],
)
def test_letters_that_do_not_decompose_fold_as_ids_write_them(written: str, typed: str) -> None:
    """ł, ø, đ ... have no accent to drop: they fold to the letter an id is written with
    (``slugify``), so the name typed in ASCII finds the name written with them."""
    from rnkclaims.authoring.ledger_edit import slugify
    from rnkclaims.store.queries.resolve import _suggest

    assert search.fold(written).replace(" ", "-") == slugify(written)
    if typed != "Djordje Dokovic":  # đ is d, not dj, as in ids
        assert search.fold(typed) == search.fold(written)
        assert _suggest(typed, ["Someone Else", written]) == [written]
    else:
        assert search.fold(written) == "dorde dokovic"
