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

from rnkclaims.build import build
from rnkclaims.ledger import LedgerPaths, load
from rnkclaims.textnorm import normalise
from rnkclaims.validate import check

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
