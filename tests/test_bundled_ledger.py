"""The bundled ledger (data/) validates, builds, and holds the claims its articles make.

Counts are taken from the YAML and the source folder themselves and compared with the
database, so a build that drops or duplicates rows fails. The known claims are looked up by
their excerpts: each check states what the article says (speaker, act, date, relay, value).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from rnkclaims.check import check
from rnkclaims.ledger import LedgerPaths, load
from rnkclaims.store.build import build
from rnkclaims.textnorm import normalise

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "data"


@pytest.fixture(scope="module")
def raw() -> dict:
    with open(DATA / "claims.yaml", encoding="utf-8") as fh:
        return yaml.safe_load(fh)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[sqlite3.Connection]:
    ledger = load(LedgerPaths((DATA / "claims.yaml").resolve()))
    checked = check(ledger)
    problems = [f"{p.file}:{p.line}: {p.code}: {p.message}" for p in checked.report.problems]
    assert problems == [], "\n".join(problems)
    path = tmp_path_factory.mktemp("bundled") / "ledger.db"
    build(ledger, checked.derived, path)
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    yield conn
    conn.close()


def claims_with(db: sqlite3.Connection, fragment: str) -> list[sqlite3.Row]:
    """Claims whose excerpt contains ``fragment`` (compared after normalisation)."""
    want = normalise(fragment)
    rows = db.execute("select * from claims order by id").fetchall()
    return [r for r in rows if want in normalise(r["excerpt"])]


def one_claim(db: sqlite3.Connection, fragment: str, speaker: str | None = None) -> sqlite3.Row:
    found = [r for r in claims_with(db, fragment) if speaker in (None, r["speaker_id"])]
    assert len(found) == 1, f"{len(found)} claims contain {fragment!r}"
    return found[0]


def relay_of(db: sqlite3.Connection, claim_id: str) -> list[str]:
    rows = db.execute(
        "select via_id from relay_hops where claim_id = ? order by position", (claim_id,)
    )
    return [r[0] for r in rows]


def bearing(db: sqlite3.Connection, claim_id: str, proposition: str) -> sqlite3.Row:
    row = db.execute(
        "select * from claim_propositions where claim_id = ? and proposition_id = ?",
        (claim_id, proposition),
    ).fetchone()
    assert row is not None, f"{claim_id} does not bear on {proposition}"
    return row


def count(db: sqlite3.Connection, table: str) -> int:
    return int(db.execute(f"select count(*) from {table}").fetchone()[0])


# --- counts: the YAML and the folder against the database ---------------------------------


@pytest.mark.parametrize("section", ["actors", "outlets", "topics", "propositions", "claims"])
def test_every_record_is_in_the_database(raw: dict, db: sqlite3.Connection, section: str) -> None:
    ids = {record["id"] for record in raw[section]}
    assert len(ids) == len(raw[section]), f"duplicate ids in {section}"
    in_db = {r[0] for r in db.execute(f"select id from {section}")}
    assert in_db == ids


def test_every_source_file_is_in_the_database(db: sqlite3.Connection) -> None:
    files = {p.stem for p in (DATA / "sources").glob("*.txt")}
    assert len(files) >= 5
    assert {r[0] for r in db.execute("select id from sources")} == files


def test_every_source_is_cited_and_every_claim_cites_a_source(
    raw: dict, db: sqlite3.Connection
) -> None:
    cited = {c["source"] for c in raw["claims"]}
    assert cited == {p.stem for p in (DATA / "sources").glob("*.txt")}
    assert count(db, "claims") == len(raw["claims"])


def test_source_texts_are_stored_as_archived(db: sqlite3.Connection) -> None:
    for row in db.execute("select id, text from sources"):
        raw_file = (DATA / "sources" / f"{row['id']}.txt").read_text(encoding="utf-8")
        assert raw_file.endswith(row["text"]), row["id"]
        assert len(row["text"]) > 1000, row["id"]


def test_ids_share_one_namespace(raw: dict) -> None:
    ids = [r["id"] for s in ("actors", "outlets", "topics", "propositions", "claims")
           for r in raw[s]]  # fmt: skip
    assert len(ids) == len(set(ids))


# --- known claims -------------------------------------------------------------------------


def test_the_denial_is_coded_for_both_governments(db: sqlite3.Connection) -> None:
    denials = claims_with(db, "North Korea and Russia have denied any form of arms deals.")
    assert {r["speaker_id"] for r in denials} == {"dprk-government", "russia-government"}
    assert {r["act"] for r in denials} == {"denies"}
    for r in denials:
        assert bearing(db, r["id"], "nk-arms-to-russia")["stance"] == "opposes"


def test_only_real_denials_are_denials(db: sqlite3.Connection) -> None:
    denial_excerpts = {
        normalise(r[0]) for r in db.execute("select excerpt from claims where act = 'denies'")
    }
    assert denial_excerpts == {
        normalise("North Korea and Russia have denied any form of arms deals.")
    }
    # negated wording that is not a denial
    assert one_claim(db, '"It does not stop at Iran,"')["act"] != "denies"
    assert one_claim(db, "would not use space exploration as a front")["act"] != "denies"
    assert claims_with(db, "He did not elaborate") == []


def test_the_us_accusation_supports_what_the_denial_opposes(db: sqlite3.Connection) -> None:
    accusation = one_claim(db, "The US accuses North Korea of supplying Russia")
    assert accusation["speaker_id"] == "us-government"
    assert accusation["act"] == "accuses"
    assert bearing(db, accusation["id"], "nk-arms-to-russia")["stance"] == "supports"


def test_pak_peaceful_programme_resolves_on_friday(db: sqlite3.Connection) -> None:
    claim = one_claim(db, "The DPRK space program has peaceful purposes")
    assert claim["speaker_id"] == "pak-hyon-su"
    assert claim["mode"] == "quote"
    assert claim["said_date"] == "2015-04-17"  # "on Friday", published Friday 17 April 2015
    assert relay_of(db, claim["id"]) == ["tass"]
    assert bearing(db, claim["id"], "dprk-space-programme-peaceful")["stance"] == "supports"


def test_rose_thursday_remarks(db: sqlite3.Connection) -> None:
    claim = one_claim(db, "would not use space exploration as a front for weapons testing")
    assert claim["speaker_id"] == "frank-rose"
    assert claim["act"] == "predicts"
    assert claim["said_date"] == "2015-04-16"
    assert claim["said_expression"] == "Thursday"
    assert bearing(db, claim["id"], "rnk-space-cooperation-military")["stance"] == "opposes"


def test_hill_spoke_on_tuesday_through_yonhap(db: sqlite3.Connection) -> None:
    claim = one_claim(db, "Russia likely providing them with technology assistance")
    assert claim["speaker_id"] == "john-hill"
    assert claim["role_id"] == "dasd-space-missile-defense"
    assert claim["said_date"] == "2024-05-21"
    assert claim["venue_kind"] == "hearing"
    assert claim["hedge"] == "likely"
    assert relay_of(db, claim["id"]) == ["yonhap"]
    # "a senior Pentagon official" in the lead is the same speaker
    lead = one_claim(db, "a senior Pentagon official said Tuesday")
    assert lead["speaker_id"] == "john-hill"


def test_kcna_dates_against_a_thursday_publication(db: sqlite3.Connection) -> None:
    report = one_claim(db, "the North Korean news agency KCNA reported on Thursday")
    assert (report["speaker_id"], report["said_date"]) == ("kcna", "2023-11-16")
    tests = one_claim(db, "North Korean state media also reported on Wednesday")
    assert (tests["speaker_id"], tests["said_date"]) == ("kcna", "2023-11-15")


def test_blinken_quote_keeps_its_hedge(db: sqlite3.Connection) -> None:
    claim = one_claim(db, "We have reasons to believe that Moscow intends")
    assert claim["speaker_id"] == "antony-blinken"
    assert claim["hedge"] == "We have reasons to believe"
    assert claim["certainty"] == "probable"
    assert claim["said_date"] == "2025-01-06"
    assert relay_of(db, claim["id"]) == ["yonhap"]
    assert bearing(db, claim["id"], "russia-space-tech-to-nk")["stance"] == "supports"


def test_garbled_translation_keeps_literal_text(db: sqlite3.Connection) -> None:
    claim = one_claim(db, "may be close to waling back")
    assert claim["intended"] and "reversing" in claim["intended"]
    assert "waling" not in claim["intended"]


def test_the_summit_date_disagreement(db: sqlite3.Connection) -> None:
    values = {
        r["value"]: r["claim_id"]
        for r in db.execute(
            "select claim_id, value from claim_propositions "
            "where proposition_id = 'vostochny-summit-date'"
        )
    }
    assert set(values) == {"2023-09-13", "2023-09-14"}
    last_wednesday = one_claim(db, "Vostochny space center last Wednesday", speaker="yonhap")
    caption = one_claim(db, "Vostochny spaceport on Sept. 14, 2023")
    assert values == {"2023-09-13": last_wednesday["id"], "2023-09-14": caption["id"]}


def test_space_programme_positions_are_incompatible(db: sqlite3.Connection) -> None:
    pairs = {tuple(r) for r in db.execute("select proposition_id, other_id from incompatibilities")}
    assert ("dprk-space-programme-peaceful", "dprk-space-programme-military") in pairs or (
        "dprk-space-programme-military", "dprk-space-programme-peaceful") in pairs  # fmt: skip
    military = db.execute(
        "select c.speaker_id, c.said_earliest from claim_propositions b "
        "join claims c on c.id = b.claim_id "
        "where b.proposition_id = 'dprk-space-programme-military' and b.stance = 'supports'"
    ).fetchall()
    assert {r[0] for r in military} >= {"dprk-government", "john-hill"}
    assert all(r[1] is None or r[1] >= "2023" for r in military)


def test_headlines_teasers_and_credits_are_not_claims(db: sqlite3.Connection) -> None:
    assert claims_with(db, "Read also") == []
    assert claims_with(db, "Russia set to share space tech with North Korea - Blinken") == []
    assert claims_with(db, "Photo: AP") == []
    assert claims_with(db, "jok/Reuters") == []
    # photo credits are not relays
    assert count(db, "relay_hops") > 0
    assert db.execute("select count(*) from relay_hops where via_id = 'ap'").fetchone()[0] == 0


def test_aliases_reach_the_actor(db: sqlite3.Connection) -> None:
    names = {r[0] for r in db.execute("select name from names where entity_id = 'dprk-government'")}
    assert {"Pyongyang", "DPRK", "North Korea"} <= names


# --- voices: who speaks for whom ----------------------------------------------------------


def voice(db: sqlite3.Connection, claim_id: str) -> str:
    row = db.execute("select voice_id from claims where id = ?", (claim_id,)).fetchone()
    assert row is not None, claim_id
    return str(row[0])


def test_us_officials_in_office_share_the_voice_of_the_united_states(
    db: sqlite3.Connection,
) -> None:
    rose = one_claim(db, "would not use space exploration as a front for weapons testing")
    blinken = one_claim(db, "We have reasons to believe that Moscow intends")
    hill = one_claim(db, "Russia likely providing them with technology assistance")
    washington = one_claim(db, "Washington has suspected that the North")
    assert (rose["speaker_id"], rose["role_id"]) == ("frank-rose", "assistant-secretary-avc")
    assert rose["voice_id"] == blinken["voice_id"] == hill["voice_id"] == "us-government"
    assert washington["voice_id"] == "us-government"
    austin = db.execute("select * from claims where speaker_id = 'lloyd-austin'").fetchone()
    assert austin["voice_id"] == "us-government"


def test_north_korean_officials_and_state_media_speak_for_north_korea(
    db: sqlite3.Connection,
) -> None:
    pak = one_claim(db, "The DPRK space program has peaceful purposes")
    assert pak["voice_id"] == "dprk-government"
    kcna = claims_with(db, "KCNA")
    assert kcna and {r["speaker_id"] for r in kcna} == {"kcna"}
    assert {r["voice_id"] for r in kcna} == {"dprk-government"}
    actor = db.execute("select kind, speaks_for from actors where id = 'kcna'").fetchone()
    assert tuple(actor) == ("state-media", "dprk-government")
    vow = one_claim(db, "vowed to launch a military spy satellite next month", "dprk-government")
    assert vow["voice_id"] == "dprk-government"


def test_the_south_korean_minister_and_ministry_speak_for_seoul(db: sqlite3.Connection) -> None:
    lee = db.execute("select * from claims where speaker_id = 'lee-jong-sup'").fetchone()
    assert lee["voice_id"] == "rok-government"
    ministry = one_claim(db, "the ministry said in a release")
    assert (ministry["speaker_id"], ministry["voice_id"]) == ("rok-mnd", "rok-government")


def test_outlets_analysts_and_mixed_groups_are_their_own_voice(db: sqlite3.Connection) -> None:
    own = db.execute(
        "select speaker_id, voice_id from claims where speaker_id in "
        "(select id from outlets) or speaker_id in ('military-analysts', 'officials-russia-dprk')"
    ).fetchall()
    speakers = {r[0] for r in own}
    assert {"ibtimes", "yonhap", "spiegel", "ukrinform", "upi"} <= speakers
    assert {"military-analysts", "officials-russia-dprk"} <= speakers
    assert all(r[0] == r[1] for r in own)


def test_every_role_of_an_official_speaks_for_a_government(db: sqlite3.Connection) -> None:
    governments = {r[0] for r in db.execute("select id from actors where kind = 'government'")}
    roles = db.execute("select actor_id, role_id, speaks_for from roles").fetchall()
    assert len(roles) >= 6
    assert {r["speaks_for"] for r in roles} <= governments
    assert all(r["speaks_for"] for r in roles)


def test_claims_voice_follows_role_then_actor_then_speaker(db: sqlite3.Connection) -> None:
    rows = db.execute(
        "select c.id, c.speaker_id, c.voice_id, r.speaks_for as role_for, a.speaks_for as actor_for"
        " from claims c left join roles r on r.actor_id = c.speaker_id and r.role_id = c.role_id"
        " left join actors a on a.id = c.speaker_id"
    ).fetchall()
    assert len(rows) == count(db, "claims")
    for r in rows:
        assert r["voice_id"] == (r["role_for"] or r["actor_for"] or r["speaker_id"]), r["id"]


def test_voices_not_speakers_count_for_corroboration(db: sqlite3.Connection) -> None:
    supporters = db.execute(
        "select count(distinct c.speaker_id), count(distinct c.voice_id)"
        " from claim_propositions b join claims c on c.id = b.claim_id"
        " where b.proposition_id = 'rnk-arms-deals' and b.stance = 'supports'"
    ).fetchone()
    # Hill, Blinken and Washington: three speakers, one voice
    assert tuple(supporters) == (3, 1)


REVERSALS = {
    ("us-government", "rnk-space-cooperation-military"): (
        {"ibt15.rose-confidence-no-weapons-front"},
        {"kh24.hill-missiles-and-tech", "ukr25.blinken-space-tech-for-weapons"},
    ),
    ("dprk-government", "dprk-space-programme-military"): (
        {"ibt15.pak-programme-peaceful"},
        {"yna23.dprk-vow-launch-next-month", "yna23.dprk-vow-satellite-this-year"},
    ),
}


def test_one_voice_on_both_sides_of_a_proposition_is_a_reversal(db: sqlite3.Connection) -> None:
    rows = db.execute(
        "select c.voice_id, b.proposition_id, b.stance, c.id, c.said_earliest"
        " from claim_propositions b join claims c on c.id = b.claim_id"
        " where b.proposition_id in (select b2.proposition_id from claim_propositions b2"
        "  join claims c2 on c2.id = b2.claim_id where c2.voice_id = c.voice_id"
        "  group by b2.proposition_id having min(b2.stance) <> max(b2.stance))"
    ).fetchall()
    found: dict[tuple[str, str], tuple[set[str], set[str]]] = {}
    for r in rows:
        opposes, supports = found.setdefault((r[0], r[1]), (set(), set()))
        (opposes if r[2] == "opposes" else supports).add(r[3])
    assert found == REVERSALS
    dated = {r[3]: r[4] for r in rows if r[4]}
    for opposes, supports in REVERSALS.values():
        # the earlier position is opposed, the later one supported
        assert max(dated[c] for c in opposes) < min(dated[c] for c in supports if c in dated)


def test_the_reversals_are_each_by_one_voice_not_one_speaker(db: sqlite3.Connection) -> None:
    for (voice_id, _), (opposes, supports) in REVERSALS.items():
        claims = opposes | supports
        assert {voice(db, c) for c in claims} == {voice_id}
        speakers = {db.execute("select speaker_id from claims where id = ?", (c,)).fetchone()[0]
                    for c in claims}  # fmt: skip
        assert len(speakers) >= 2


# --- furniture ----------------------------------------------------------------------------


def test_furniture_is_stored_and_found_in_its_source(raw: dict, db: sqlite3.Connection) -> None:
    stored: dict[str, list[str]] = {}
    for r in db.execute("select source_id, passage from source_furniture order by position"):
        stored.setdefault(r[0], []).append(r[1])
    assert set(stored) == {p.stem for p in (DATA / "sources").glob("*.txt")}
    texts = {r[0]: normalise(r[1]) for r in db.execute("select id, text from sources")}
    for source_id, passages in stored.items():
        for passage in passages:
            assert normalise(passage) in texts[source_id], (source_id, passage)
    footer = [p for p in stored["2025-01-ukrinform-blinken-space-tech"] if '"Advertisement"' in p]
    assert len(footer) == 1
    assert '"On Advertising"' in footer[0] and '"On the Media"' in footer[0]


def test_furniture_carries_no_claim(db: sqlite3.Connection) -> None:
    furniture = db.execute("select source_id, passage from source_furniture").fetchall()
    assert furniture
    for claim in db.execute("select id, source_id, excerpt from claims"):
        excerpt = normalise(claim["excerpt"])
        for source_id, passage in furniture:
            if source_id != claim["source_id"]:
                continue
            assert normalise(passage) not in excerpt, (claim["id"], passage)
            assert excerpt not in normalise(passage), (claim["id"], passage)


def test_coverage_is_complete_once_furniture_is_set_aside() -> None:
    from rnkclaims.authoring.coverage import coverage

    ledger = load(LedgerPaths((DATA / "claims.yaml").resolve()))
    report = coverage(ledger)
    uncovered = [(s.id, p.text) for s in report.sources for p in s.uncovered]
    assert uncovered == []
    assert report.passages > 40
    # without its furniture the Ukrinform legal notice is an uncovered quotation
    ukrinform = ledger.sources["2025-01-ukrinform-blinken-space-tech"]
    ukrinform.meta = {k: v for k, v in ukrinform.meta.items() if k != "furniture"}
    bare = coverage(ledger, [ukrinform.id])
    assert any("Law of Ukraine" in p.text for p in bare.sources[0].uncovered)
