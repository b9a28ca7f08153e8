"""An edit carries to the later drafts of its occasion; the outlet's own assertions are
drafted by ``suggest --assertions``."""

from __future__ import annotations

from pathlib import Path

from conftest import BASE, SOURCE_A, write_ledger
from typer.testing import CliRunner

from rnkclaims.authoring.review import Decision, carry_forward
from rnkclaims.check import check
from rnkclaims.cli import app
from rnkclaims.ledger import load, locate

runner = CliRunner()

HEARING = """\
---
outlet: tass
title: Hill on the hearing
published: 2024-05-22
language: en
agencies: [yonhap]
---
Hill said Tuesday the US is watching North Korea supplying Russia with arms.
"It does not stop at Iran," he said during the session.
"We are certainly watching," he said.
Pyongyang denied any arms deals with Moscow.
North Korea has been supplying Russia with artillery shells and arms deals continue.
The weather in Seoul was fine on Tuesday and nobody said a thing about it at all.
"""

DRAFTS = """\
  - id: d-hill-1
    speaker: john-hill
    source: src-h
    mode: reported
    excerpt: Hill said Tuesday the US is watching North Korea supplying Russia with arms.
    act: asserts
    relay: [{via: yonhap, how: wire report}]
    draft: true
  - id: d-hill-2
    speaker: john-hill
    source: src-h
    mode: quote
    excerpt: '"It does not stop at Iran," he said during the session.'
    quote: It does not stop at Iran,
    act: asserts
    venue: hearing
    relay: [{via: yonhap, how: wire report}]
    draft: true
  - id: d-hill-3
    speaker: john-hill
    source: src-h
    mode: quote
    excerpt: '"We are certainly watching," he said.'
    quote: We are certainly watching,
    act: asserts
    venue: hearing
    relay: [{via: yonhap, how: wire report}]
    draft: true
  - id: d-denies
    speaker: north-korea
    source: src-h
    mode: reported
    excerpt: Pyongyang denied any arms deals with Moscow.
    act: denies
    relay: [{via: yonhap, how: wire report}]
    draft: true
"""

VENUE = {"kind": "hearing", "description": "Senate subcommittee", "place": "Washington"}


def _root(tmp_path: Path, name: str = "data") -> Path:
    root = tmp_path / name
    write_ledger(root, BASE + DRAFTS, {"src-a": SOURCE_A, "src-h": HEARING})
    return root


def _decisions(path: Path, body: str) -> Path:
    path.write_text("decisions:\n" + body, encoding="utf-8")
    return path


def _claims(root: Path) -> dict[str, dict]:  # type: ignore[type-arg]
    return {str(c["id"]): c for c in load(locate(root)).claims}


def test_an_edit_carries_to_later_drafts_of_the_same_speaker_and_source(tmp_path: Path) -> None:
    root = _root(tmp_path)
    decisions = _decisions(
        tmp_path / "d.yaml",
        "  - claim: d-hill-2\n"
        "    set: {venue: {kind: hearing, description: Senate subcommittee, place: Washington},"
        " relay: [{via: yonhap, how: report}]}\n"
        "  - {claim: d-hill-3}\n"
        "  - {claim: d-denies}\n"
        "  - {claim: d-hill-1}\n",
    )
    result = runner.invoke(app, ["review", "--apply", str(decisions), "--ledger", str(root)])
    assert result.exit_code == 0, result.output
    claims = _claims(root)
    # the same speaker, the same drafted venue kind: the edited venue
    assert claims["d-hill-3"]["venue"] == VENUE
    # a hop drafted from the front matter carries to every later draft of the source
    assert claims["d-hill-3"]["relay"] == [{"via": "yonhap", "how": "report"}]
    assert claims["d-denies"]["relay"] == [{"via": "yonhap", "how": "report"}]
    # another speaker's venue, and the venue of a draft that proposed none, stay
    assert "venue" not in claims["d-denies"]
    assert "venue" not in claims["d-hill-1"]
    assert check(load(locate(root))).report.valid(strict=True)


def test_an_edit_carries_forward_only_and_a_decision_of_its_own_wins(tmp_path: Path) -> None:
    led = load(locate(_root(tmp_path)))
    claims = {str(c["id"]): c for c in led.claims}
    relay = [{"via": "yonhap", "how": "report"}]
    carried = carry_forward(
        led,
        claims,
        [
            Decision("d-hill-1", "accept"),
            Decision("d-hill-2", "accept", {"venue": VENUE, "relay": relay}),
            Decision("d-hill-3", "accept", {"venue": "hearing"}),
            Decision("d-denies", "reject"),
        ],
    )
    assert "d-hill-1" not in carried  # before the edit
    assert carried["d-hill-3"] == {"relay": relay}  # its own venue wins
    assert "d-denies" not in carried  # rejected


def test_the_loop_shows_and_writes_the_carried_edit_as_apply_does(tmp_path: Path) -> None:
    loop, script = _root(tmp_path, "loop"), _root(tmp_path, "script")
    keys = "y\ne\nvenue\nwritten-statement\ny\ny\nr\nr\n"
    result = runner.invoke(app, ["review", "src-h", "--ledger", str(loop)], input=keys)
    assert result.exit_code == 0, result.output
    third = result.output.split("[3/4]")[1].split("[4/4]")[0]
    assert "carried venue: written-statement" in third
    decisions = _decisions(
        tmp_path / "d.yaml",
        "  - {claim: d-hill-1}\n"
        "  - {claim: d-hill-2, set: {venue: written-statement}}\n"
        "  - {claim: d-hill-3}\n"
        "  - {claim: d-denies, action: reject}\n",
    )
    result = runner.invoke(app, ["review", "--apply", str(decisions), "--ledger", str(script)])
    assert result.exit_code == 0, result.output
    # the loop's last answer declined to mark the source reviewed
    files = [(r / "claims.yaml").read_text() for r in (loop, script)]
    assert files[0] == files[1]
    assert _claims(script)["d-hill-3"]["venue"] == "written-statement"


def test_assertions_draft_the_outlets_own_sentences_on_the_topic(tmp_path: Path) -> None:
    root = _root(tmp_path)
    result = runner.invoke(
        app, ["suggest", "src-h", "--assertions", "--write", "--ledger", str(root)]
    )
    assert result.exit_code == 0, result.output
    claims = _claims(root)
    new = [c for c in claims.values() if c["id"].startswith("tass-")]
    assert [c["excerpt"] for c in new] == [
        "North Korea has been supplying Russia with artillery shells and arms deals continue."
    ]
    (draft,) = new
    assert draft["speaker"] == "tass" and draft["act"] == "asserts"
    assert draft["said"] == "2024-05-22" and draft["venue"] == "news-report"
    assert draft["draft"] is True and draft["suggested"]["propositions"]
    assert check(load(locate(root))).report.valid()


def test_assertions_leave_out_questions_and_what_was_not_said(tmp_path: Path) -> None:
    root = tmp_path / "data"
    asked = HEARING.replace(
        "The weather in Seoul",
        "Q: Is North Korea supplying Russia with artillery shells and arms deals now?\n"
        "REPORTER: North Korea has been supplying Russia with shells and arms deals grow.\n"
        "North Korean state media did not mention any arms deals with Russia at all.\n"
        "The Kremlin declined to comment on the arms deals with North Korea on Tuesday.\n"
        "The weather in Seoul",
    )
    write_ledger(root, BASE + DRAFTS, {"src-a": SOURCE_A, "src-h": asked})
    result = runner.invoke(
        app, ["suggest", "src-h", "--assertions", "--write", "--ledger", str(root)]
    )
    assert result.exit_code == 0, result.output
    new = [c["excerpt"] for c in _claims(root).values() if c["id"].startswith("tass-")]
    assert new == [
        "North Korea has been supplying Russia with artillery shells and arms deals continue."
    ]


def test_assertions_without_write_print_and_need_a_source(tmp_path: Path) -> None:
    root = _root(tmp_path)
    before = (root / "claims.yaml").read_text()
    result = runner.invoke(app, ["suggest", "src-h", "--assertions", "--ledger", str(root)])
    assert result.exit_code == 0, result.output
    assert "would draft tass-north-korea" in result.output
    assert (root / "claims.yaml").read_text() == before
    result = runner.invoke(app, ["suggest", "--assertions", "--ledger", str(root)])
    assert result.exit_code == 2
    assert "Error: --assertions needs the SOURCE" in result.output


def test_help_gives_the_default_ticks() -> None:
    from rnkclaims.authoring.review import PRESELECT_SCORE, PRESELECT_TOPIC_SCORE

    result = runner.invoke(app, ["review", "--help"], terminal_width=200)
    text = " ".join(result.output.split())
    assert "the first suggested proposition and the first topic" in text
    assert f"proposition scoring {PRESELECT_SCORE} or more" in text
    assert f"topic scoring {PRESELECT_TOPIC_SCORE} or more" in text


def test_a_draft_given_another_speaker_takes_that_speakers_occasion(tmp_path: Path) -> None:
    root = _root(tmp_path)
    decisions = _decisions(
        tmp_path / "d.yaml",
        "  - {claim: d-hill-1, action: reject}\n"
        "  - claim: d-hill-2\n"
        "    set: {venue: {kind: hearing, description: Senate subcommittee, place: Washington},"
        " said: 2024-05-21, relay: [{via: yonhap, how: report}]}\n"
        "  - {claim: d-hill-3, action: reject}\n"
        "  - {claim: d-denies, set: {speaker: john-hill}}\n",
    )
    result = runner.invoke(app, ["review", "--apply", str(decisions), "--ledger", str(root)])
    assert result.exit_code == 0, result.output
    claim = _claims(root)["d-denies"]
    assert claim["speaker"] == "john-hill"
    assert claim["venue"] == VENUE and claim["said"] == "2024-05-21"
    assert claim["relay"] == [{"via": "yonhap", "how": "report"}]
    assert check(load(locate(root))).report.valid(strict=True)


def test_the_loop_shows_the_occasion_of_the_speaker_typed(tmp_path: Path) -> None:
    root = _root(tmp_path)
    keys = "e\nvenue\nhearing\ny\nr\nr\ne\nspeaker\njohn-hill\ny\nn\n"
    result = runner.invoke(app, ["review", "src-h", "--ledger", str(root)], input=keys)
    assert result.exit_code == 0, result.output
    first, again = result.output.split("[4/4]")[1:3]
    assert "carried venue" not in first  # drafted as another speaker's
    assert "carried venue: hearing" in again and "edit speaker: john-hill" in again
    assert _claims(root)["d-denies"]["venue"] == "hearing"


def test_the_outlets_own_sentence_has_no_relay_and_a_modal_predicts(tmp_path: Path) -> None:
    from rnkclaims.authoring.extract.venue import proposed_fields

    led = load(locate(_root(tmp_path)))
    own = {
        "speaker": "tass",
        "source": "src-h",
        "mode": "reported",
        "act": "asserts",
        "said": "2024-05-22",
        "excerpt": "Moscow could agree to transfer the technology.",
        "relay": [{"via": "yonhap", "how": "report"}],
    }
    assert proposed_fields(led, own) == {
        "venue": "news-report",
        "relay": None,
        "act": "predicts",
        "hedge": "could",
        "certainty": "possible",
    }
    assert proposed_fields(led, {**own, "speaker": "yonhap"}) == {"venue": "news-report"}
