"""Venue, date and hedge suggestions from wire-copy patterns, and review taking them."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import BASE, SOURCE_A, write_ledger
from typer.testing import CliRunner

from rnkclaims.authoring.extract.venue import (
    date_value,
    hedge_for,
    proposed_fields,
    quoted_for,
    said_for,
    venue_for,
)
from rnkclaims.check import check
from rnkclaims.cli import app
from rnkclaims.ledger import Ledger, load, locate

runner = CliRunner()


@pytest.fixture
def ledger(tmp_path: Path) -> Ledger:
    return load(write_ledger(tmp_path / "data"))


@pytest.mark.parametrize(
    ("excerpt", "venue"),
    [
        (
            '"We have reasons to believe," Blinken said in a joint press conference with '
            "South Korean Foreign Minister Cho Tae-yul in Seoul.",
            {
                "kind": "press-conference",
                "description": "joint press conference with South Korean Foreign Minister "
                "Cho Tae-yul",
                "place": "Seoul",
            },
        ),
        (
            "Lavrov said at a news conference in Moscow on Monday.",
            {"kind": "press-conference", "place": "Moscow"},
        ),
        ("The ministry said in a statement.", "written-statement"),
        ("The ministry said in a statement on Friday.", "written-statement"),
        (
            "The ministry said in a release on the exercise.",
            {"kind": "press-release", "description": "release on the exercise"},
        ),
        ("The agency said in a statement on Telegram that it held.", "social-media"),
        (
            'Kirby said: "We will raise this at the UN Security Council."',
            None,  # quoted words say what was said, not where
        ),
        (
            "Budanov said in an interview with The War Zone published on Monday.",
            {"kind": "interview", "description": "interview with The War Zone"},
        ),
        ("Kirby said in a briefing on October 13 that it held.", "briefing"),
        ("In a written statement, Hill noted the threat.", "written-statement"),
        ("Peskov told reporters that talks went well.", "briefing"),
        (
            "Kim said in an interview with Reuters, adding more.",
            {"kind": "interview", "description": "interview with Reuters"},
        ),
        (
            "The envoy testified at a hearing of the Senate Foreign Relations Committee.",
            {
                "kind": "hearing",
                "description": "hearing of the Senate Foreign Relations Committee",
                "place": "Washington",
            },
        ),
        (
            "The envoy said at the UN Security Council that it was illegal.",
            {"kind": "meeting", "description": "UN Security Council", "place": "New York"},
        ),
        (
            "Choe said on state TV that the launch succeeded.",
            {"kind": "other", "description": "state television"},
        ),
        ("Kim said the launch succeeded.", None),
    ],
)
def test_the_occasion_the_text_names(ledger: Ledger, excerpt: str, venue: object) -> None:
    assert venue_for(ledger, {"excerpt": excerpt, "speaker": "john-hill"}) == venue


def test_a_drafted_venue_is_never_proposed_again(ledger: Ledger) -> None:
    said = "Blinken said in a joint press conference with Cho in Seoul."
    # extract drafts it with the same reader: review proposes only where a draft has none
    assert venue_for(ledger, {"excerpt": said}) == {
        "kind": "press-conference",
        "description": "joint press conference with Cho",
        "place": "Seoul",
    }
    assert venue_for(ledger, {"excerpt": said, "venue": "press-conference"}) is None
    assert venue_for(ledger, {"excerpt": said, "venue": "hearing"}) is None


def test_extract_drafts_the_venue_review_would_propose(tmp_path: Path) -> None:
    from rnkclaims.authoring.extract import extract

    text = SOURCE_A + (
        '"We are watching," John Hill said in a joint press conference with South Korean '
        "Foreign Minister Cho Tae-yul in Seoul.\n"
    )
    led = load(write_ledger(tmp_path / "data", sources={"src-a": text}))
    drafts = extract(led, led.sources["src-a"]).drafts
    told = next(d for d in drafts if "joint press conference" in d.excerpt)
    assert told.venue == {
        "kind": "press-conference",
        "description": "joint press conference with South Korean Foreign Minister Cho Tae-yul",
        "place": "Seoul",
    }
    claim = {"excerpt": told.excerpt, "speaker": told.speaker, "source": "src-a"}
    assert venue_for(led, claim) == told.venue  # the one reader


def test_a_media_speakers_own_report_is_not_the_occasion_it_reports(ledger: Ledger) -> None:
    said = "At the meeting, the two sides agreed to expand ties, Yonhap said."
    assert venue_for(ledger, {"excerpt": said, "speaker": "yonhap"}) == "news-report"
    assert venue_for(ledger, {"excerpt": said, "speaker": "john-hill"}) == "meeting"


def test_an_interview_hop_and_an_outlet_speaker(ledger: Ledger) -> None:
    hop = {
        "excerpt": "Pak told a Russian news agency.",
        "relay": [{"via": "tass", "how": "interview"}],
    }
    assert venue_for(ledger, hop) == {"kind": "interview", "description": "interview with TASS"}
    reported = {"excerpt": "The bridge will open, Yonhap reported.", "speaker": "yonhap"}
    assert venue_for(ledger, reported) == "news-report"
    assert venue_for(ledger, {**reported, "venue": "news-report"}) is None


def test_said_and_the_month_may(ledger: Ledger) -> None:
    assert said_for(ledger, {"excerpt": "Russian officials said so."}) == "unknown"
    assert said_for(ledger, {"said": "2023-09"}) is None
    own = {"excerpt": "As Yonhap reported earlier, ...", "speaker": "yonhap", "source": "src-a"}
    assert said_for(ledger, own) == "2023-09-20"  # the outlet's own: its publication date
    month = {"hedge": "May", "excerpt": "Kim will visit Moscow on May 9, UPI reported."}
    assert hedge_for(month)
    failed = {"hedge": "May", "excerpt": "after two failed attempts in May and August."}
    assert hedge_for(failed)
    assert not hedge_for({"hedge": "may", "excerpt": "Putin may be close to it."})
    assert proposed_fields(ledger, {**month, "said": "2015-04"}) == {"hedge": None}


PRESSER = SOURCE_A.replace(
    "The US accuses North Korea of supplying Russia with ammunition.\n",
    "The US accuses North Korea of supplying Russia with ammunition.\n"
    "North Korea supplies arms in May and August, Blinken told reporters in Seoul.\n",
)

MAY = """\
  - id: d-may
    speaker: united-states
    source: src-a
    mode: reported
    excerpt: North Korea supplies arms in May and August, Blinken told reporters in Seoul.
    act: asserts
    hedge: May
    certainty: possible
    draft: true
"""


def test_review_shows_and_takes_them_with_the_certainty_suggested(tmp_path: Path) -> None:
    root = tmp_path / "data"
    write_ledger(root, BASE + MAY, {"src-a": PRESSER})
    result = runner.invoke(app, ["suggest", "--write", "--ledger", str(root)])
    assert result.exit_code == 0, result.output
    draft = next(c for c in load(locate(root)).claims if c["id"] == "d-may")
    # graded without the month: certain, though the draft says possible
    assert draft["suggested"]["certainty"] == "certain" and draft["certainty"] == "possible"
    assert draft["hedge"] == "May" and "venue" not in draft  # nothing moved before review
    # the proposals are stored as suggestions beside the links, not in the draft's fields
    stored = draft["suggested"]
    assert (stored["said"], stored["venue"], stored["remove"]) == ("unknown", "briefing", ["hedge"])
    result = runner.invoke(app, ["review", "src-a", "--ledger", str(root)], input="y\nn\n")
    assert result.exit_code == 0, result.output
    assert "proposed said unknown, venue briefing, no hedge" in result.output
    led = load(locate(root))
    claim = next(c for c in led.claims if c["id"] == "d-may")
    assert claim["venue"] == "briefing" and claim["said"] == "unknown"
    assert "hedge" not in claim and claim["certainty"] == "certain"
    assert check(led).report.valid(strict=True)


@pytest.mark.parametrize(
    ("excerpt", "published", "value"),
    [
        ("Kim will visit Moscow on May 9, UPI reported.", "2015-04-17", "2015-05-09"),
        ("Kim met Putin last Wednesday, raising concerns.", "2023-09-20", "2023-09-13"),
        ("It will launch a satellite next month after failures in May.", "2023-09-20", "2023-10"),
        ("This year, North Korea tested its first solid-fuel ICBM.", "2023-11-16", "2023"),
        ("The talks were held in Pyongyang on Wednesday.", "2023-11-16", "2023-11-15"),
        ("The talks were held in Pyongyang.", "2023-11-16", None),
    ],
)
def test_an_event_date_from_the_excerpt(
    tmp_path: Path, excerpt: str, published: str, value: str | None
) -> None:
    source = SOURCE_A.replace("published: 2023-09-20", f"published: {published}")
    led = load(write_ledger(tmp_path / "data", BASE, {"src-a": source}))
    assert date_value(led, {"excerpt": excerpt, "source": "src-a"}) == value


VISIT = """\
  - id: visit-date
    text: On what date did Kim visit Moscow?
    kind: value
    value_type: date
    topics: [arms-transfers]
"""

VISIT_DRAFT = """\
  - id: d-visit
    speaker: yonhap
    source: src-a
    mode: reported
    excerpt: Pyongyang denied any arms deals with Moscow, the ministry said Wednesday.
    act: reports
    draft: true
"""


def test_a_date_questions_answer_is_stored_with_its_suggestion(tmp_path: Path) -> None:
    from rnkclaims.authoring.suggest import Bearing, Suggestion, with_proposals

    claims = BASE.replace("claims:\n", VISIT + "claims:\n") + VISIT_DRAFT
    led = load(write_ledger(tmp_path / "data", claims))
    draft = next(c for c in led.claims if c["id"] == "d-visit")
    learnt = Suggestion([Bearing("visit-date", "supports", 90, "test"),
                         Bearing("kp-arms-to-ru", "opposes", 30, "test")])  # fmt: skip
    got = with_proposals(led, draft, learnt).as_dict()
    # "Wednesday" of 2023-09-20 is that day; a proposition that asks nothing gets no value
    assert [b.get("value") for b in got["propositions"]] == ["2023-09-20", None]
    assert got["said"] == "2023-09-20"  # the outlet's own sentence: its publication date


def test_accepting_a_date_question_takes_the_stored_date(tmp_path: Path) -> None:
    root = tmp_path / "data"
    stored = (
        "    suggested:\n      propositions:\n"
        "        - {proposition: visit-date, stance: supports, score: 90, reason: test, VALUE}\n"
        "        - {proposition: kp-arms-to-ru, stance: opposes, score: 30, reason: test}\n"
    )
    claims = BASE.replace("claims:\n", VISIT + "claims:\n") + VISIT_DRAFT
    write_ledger(root, claims + stored.replace("VALUE", "value: 2023-09-20"))
    result = runner.invoke(app, ["review", "src-a", "--accept-all", "--ledger", str(root)])
    assert result.exit_code == 0, result.output
    led = load(locate(root))
    claim = next(c for c in led.claims if c["id"] == "d-visit")
    # ticked: the first only (30 is below the tick), with the answer stored beside it
    assert claim["propositions"] == [
        {"proposition": "visit-date", "stance": "supports", "value": "2023-09-20"}
    ]
    assert check(led).report.valid(strict=True)
    # a suggestion stored without an answer is not ticked (none is made up at accept
    # time; a value question needs its value, which the reviewer gives with the link)
    write_ledger(root, claims + stored.replace(", VALUE", ""))
    result = runner.invoke(app, ["review", "src-a", "--accept-all", "--ledger", str(root)])
    assert result.exit_code == 0, result.output
    claim = next(c for c in load(locate(root)).claims if c["id"] == "d-visit")
    assert "draft" not in claim and "propositions" not in claim
    # picked explicitly, it is refused and nothing is written
    write_ledger(root, claims + stored.replace(", VALUE", ""))
    picks = tmp_path / "picks.yaml"
    picks.write_text("decisions:\n  - {claim: d-visit, action: accept, propositions: [1]}\n")
    result = runner.invoke(app, ["review", "--apply", str(picks), "--ledger", str(root)])
    assert result.exit_code == 1 and "value-missing" in result.output, result.output
    claim = next(c for c in load(locate(root)).claims if c["id"] == "d-visit")
    assert claim["draft"] is True and "propositions" not in claim


def test_a_phrase_quoted_in_reported_speech_makes_a_quote(ledger: Ledger) -> None:
    said = {
        "mode": "reported",
        "speaker": "north-korea",
        "source": "src-a",
        "excerpt": 'Pyongyang called the drills a "persistent threat." on Monday',
    }
    assert quoted_for(ledger, said) == "persistent threat."
    assert proposed_fields(ledger, said)["mode"] == "quote"
    # the outlet's own sentence: scare quotes stay reported
    assert quoted_for(ledger, {**said, "speaker": "yonhap"}) is None
    # two quoted phrases: which one is the claim's is the reviewer's call
    two = {**said, "excerpt": 'It said "one" and "two".'}
    assert quoted_for(ledger, two) is None
    assert quoted_for(ledger, {**said, "mode": "quote"}) is None
