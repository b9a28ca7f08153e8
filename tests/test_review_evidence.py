"""What review proposes from a draft's own text and from the article's other claims: the
excerpt's bounds, a place question's place, one relay description per speaker, a
continued report's links, a link taken off before, a frame of confidence as hedge, a
sentence that continues the claim before it, the first voice's links on a sentence
drafted again, and the date and relay of the speaker's next words. Each on a small
ledger of its own."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from conftest import BASE, write_ledger
from typer.testing import CliRunner

from rnkclaims.authoring.bounds import excerpt_bounds
from rnkclaims.authoring.hedges import hedge_phrase, occasion_after
from rnkclaims.authoring.passage_drafts import Offer, passage_claim, resolve
from rnkclaims.authoring.review import (
    Decision,
    Taken,
    carry_forward,
    preselected,
    proposals,
    taken_before,
)
from rnkclaims.authoring.suggest import (
    Bearing,
    Suggester,
    Suggestion,
    hedge_grade,
    place_value,
    with_proposals,
)
from rnkclaims.check import check
from rnkclaims.cli import app
from rnkclaims.ledger import Ledger, load, locate

runner = CliRunner()

ARTICLE = "\n\n".join(
    [
        "---\noutlet: yonhap\ntitle: Talks on cooperation\npublished: 2023-11-17\n"
        "language: en\nagencies: [yonhap]\n---\n"
        "date 2023-11-17 SEOUL, Nov. 17 (Yonhap) -- Russia and North Korea held talks in"
        " Pyongyang on Thursday, officials said.",
        "Russia and North Korea want to expand their cooperation. Representatives of both"
        " countries have agreed on this, the North Korean news agency reported.",
        "Hill expressed confidence that Russia would not supply North Korea with weapons.\n"
        '"It is reasonable to assume the talks went well," Hill told TASS at a symposium on'
        " Thursday.",
        "The US accuses North Korea of supplying Russia with arms deals. In return, Russia is"
        " helping North Korea with arms deals and supplying military equipment.",
        "The US accuses North Korea of supplying Russia with arms deals again. The matter was"
        " of deep importance to everyone there, it added.",
        "In return, Russia is helping North Korea with arms deals and supplying military"
        " equipment for the war.\n",
    ]
)

PLACE = """\
  - id: talks-place
    kind: value
    value_type: place
    text: Where did Russia and North Korea hold their talks?
    topics: [arms-transfers]
"""


def _ledger(tmp_path: Path, drafts: str = "", props: str = "") -> Ledger:
    text = BASE.replace("claims:\n", props + "claims:\n", 1) + drafts
    return load(write_ledger(tmp_path / "data", text, {"src-a": _source_a(), "src-t": ARTICLE}))


def _source_a() -> str:
    from conftest import SOURCE_A

    return SOURCE_A


def _draft(cid: str, speaker: str, excerpt: str, **fields: Any) -> str:
    lines = [f"  - id: {cid}", f"    speaker: {speaker}", "    source: src-t",
             "    mode: reported", f"    excerpt: '{excerpt}'", "    act: asserts"]  # fmt: skip
    lines += [f"    {k}: {v}" for k, v in fields.items()]
    return "\n".join([*lines, "    draft: true", ""])


# -- the excerpt's bounds --------------------------------------------------------------------


def test_a_lead_excerpt_loses_the_dateline_and_a_pointing_back_sentence_gains_the_one_before(
    tmp_path: Path,
) -> None:
    lead = "date 2023-11-17 SEOUL, Nov. 17 (Yonhap) -- Russia and North Korea held talks"
    lead += " in Pyongyang on Thursday, officials said."
    agreed = "Representatives of both countries have agreed on this, the North Korean news"
    agreed += " agency reported."
    first = "Russia and North Korea want to expand their cooperation."
    led = _ledger(tmp_path)
    assert excerpt_bounds(led, {"source": "src-t", "excerpt": lead}) == (
        "Russia and North Korea held talks in Pyongyang on Thursday, officials said."
    )
    assert excerpt_bounds(led, {"source": "src-t", "excerpt": agreed}) == f"{first} {agreed}"
    # a sentence that opens its paragraph, or says what it reports, is left as drafted
    assert excerpt_bounds(led, {"source": "src-t", "excerpt": first}) is None
    whole = "Hill expressed confidence that Russia would not supply North Korea with weapons."
    assert excerpt_bounds(led, {"source": "src-t", "excerpt": whole}) is None
    # review takes the proposed excerpt on accept, and the ledger stays valid
    drafts = _draft("d-agreed", "yonhap", agreed, said="2023-11-17")
    _ledger(tmp_path, drafts)
    decisions = tmp_path / "d.yaml"
    decisions.write_text("decisions:\n  - {claim: d-agreed}\n", encoding="utf-8")
    root = tmp_path / "data"
    result = runner.invoke(app, ["review", "--apply", str(decisions), "-L", str(root)])
    assert result.exit_code == 0, result.output
    claim = next(c for c in load(locate(root)).claims if c["id"] == "d-agreed")
    assert claim["excerpt"] == f"{first} {agreed}"
    assert check(load(locate(root))).report.valid(strict=True)


# -- a place question's place ------------------------------------------------------------------


def test_a_place_question_is_answered_by_the_place_named_or_as_the_ledger_spells_it(
    tmp_path: Path,
) -> None:
    coded = """\
  - id: coded-place
    speaker: north-korea
    source: src-a
    mode: reported
    excerpt: Pyongyang denied any arms deals with Moscow
    act: denies
    said: 2023-09
    propositions:
      - {proposition: talks-place, stance: supports, value: Pyongyang Capital District}
"""
    claim = {"source": "src-t", "excerpt": "They held talks in Pyongyang on Thursday."}
    led = _ledger(tmp_path / "plain", props=PLACE)
    assert place_value(led, claim, "talks-place") == "Pyongyang"
    led = _ledger(tmp_path / "spelled", coded, PLACE)
    assert place_value(led, claim, "talks-place") == "Pyongyang Capital District"
    # a possessive qualifies the place; no place named, no value
    there = {"excerpt": "They met at Russia's Vostochny space center."}
    assert place_value(led, there, "talks-place") == "Vostochny"
    assert place_value(led, {"excerpt": "They held talks this week."}, "talks-place") is None
    # stored as the suggestion's value, so review ticks the link with its answer
    draft = {"id": "d", "speaker": "yonhap", "mode": "reported", "act": "asserts", **claim}
    asked = Suggestion([Bearing("talks-place", "supports", 80, "its words")])
    assert with_proposals(led, draft, asked).propositions[0].value == "Pyongyang Capital District"


# -- one relay description per speaker ---------------------------------------------------------


def test_a_speakers_relay_through_the_same_outlet_is_described_as_accepted(
    tmp_path: Path,
) -> None:
    drafts = _draft(
        "d-one", "john-hill", "Hill expressed confidence that Russia would not supply",
        relay="[{via: yonhap, how: report}]",
    ) + _draft(
        "d-two", "john-hill", "It is reasonable to assume the talks went well",
        relay="[{via: yonhap, how: wire report}]",
    ) + _draft(
        "d-other", "united-states", "The US accuses North Korea of supplying Russia",
        relay="[{via: yonhap, how: wire report}]",
    ) + _draft(
        "d-tass", "john-hill", "It is reasonable to assume the talks went well",
        relay="[{via: tass, how: interview}]",
    )  # fmt: skip
    led = _ledger(tmp_path, drafts)
    claims = {str(c["id"]): c for c in led.claims}
    order = [Decision(c, "accept") for c in ("d-one", "d-two", "d-other", "d-tass")]
    carried = carry_forward(led, claims, order)
    assert carried["d-two"]["relay"] == [{"via": "yonhap", "how": "report"}]
    assert "d-other" not in carried  # another speaker's words keep their own description
    assert "d-tass" not in carried  # another outlet: another relay
    # the reviewer's own choice wins
    own = [order[0], Decision("d-two", "accept", {"relay": [{"via": "yonhap", "how": "x"}]})]
    assert "d-two" not in carry_forward(led, claims, own)


# -- a continued report; a sentence drafted again for another voice ----------------------------


def test_a_continued_report_with_no_words_of_its_own_takes_the_decided_claims_links(
    tmp_path: Path,
) -> None:
    text = "The matter was of deep importance to everyone there, it added."
    drafts = _draft(
        "d-accuses", "united-states", "The US accuses North Korea of supplying Russia with arms"
        " deals again.",
    )  # fmt: skip
    led = _ledger(tmp_path, drafts)
    source = led.sources["src-t"]
    start = source.text.index(text)
    offer = Offer(start, start + len(text), text, "speech", continues=True)
    decided = {
        "d-accuses": {
            "speaker": "united-states",
            "propositions": [{"proposition": "kp-arms-to-ru", "stance": "supports"}],
            "topics": ["arms-transfers"],
        }
    }
    suggester = Suggester(led)
    try:
        claim = passage_claim(led, source, offer, suggester, set(), "p-1", decided)
        undecided = passage_claim(led, source, offer, suggester, set(), "p-2", {})
    finally:
        suggester.close()
    assert claim["speaker"] == "united-states"
    links = [(b["proposition"], b["stance"]) for b in claim["suggested"]["propositions"]]
    assert ("kp-arms-to-ru", "supports") in links
    assert "continues d-accuses" in str(claim["suggested"])
    # a draft not yet decided lends nothing
    assert "continues" not in str(undecided.get("suggested"))


def test_a_sentence_drafted_again_leaves_the_first_voices_links_to_it(tmp_path: Path) -> None:
    text = "The US accuses North Korea of supplying Russia with arms deals again."
    drafts = _draft("d-us", "united-states", text)
    led = _ledger(tmp_path, drafts)
    source = led.sources["src-t"]
    offer = resolve(led, source, "d-us", [])
    assert offer.again == "d-us"
    decided = {"d-us": {"propositions": [{"proposition": "kp-arms-to-ru", "stance": "supports"}]}}
    suggester = Suggester(led)
    try:
        again = passage_claim(led, source, offer, suggester, set(), "p-1", decided)
        fresh = passage_claim(led, source, offer, suggester, set(), "p-2", {})
    finally:
        suggester.close()
    assert again["speaker"] == "yonhap"

    def linked(claim: dict[str, Any]) -> set[str]:
        suggested = claim.get("suggested") or {}
        return {str(b["proposition"]) for b in suggested.get("propositions") or ()}

    assert "kp-arms-to-ru" in linked(fresh)  # the words bear on it ...
    assert "kp-arms-to-ru" not in linked(again)  # ... but it is the first voice's link


# -- a link taken off before ---------------------------------------------------------------------


def test_a_link_taken_off_an_earlier_draft_is_not_ticked_again_at_no_more_score(
    tmp_path: Path,
) -> None:
    def draft(cid: str, score: int) -> dict[str, Any]:
        return {
            "id": cid,
            "source": "s",
            "speaker": "a",
            "suggested": {
                "propositions": [{"proposition": "p", "stance": "supports", "score": score}]
            },
        }

    earlier = {**draft("one", 62), "propositions": []}  # the reviewer took it off
    later, stronger = draft("two", 62), draft("three", 70)
    led = _ledger(tmp_path)
    assert preselected(later)[0] == [1]
    taken = taken_before(led, later, [earlier])
    assert taken.dropped == {("p", "supports", None): 62}
    assert preselected(later, None, taken)[0] == []
    assert preselected(stronger, None, taken)[0] == [1]
    # kept where it was ticked: nothing dropped
    kept = {**draft("one", 62), "propositions": [{"proposition": "p", "stance": "supports"}]}
    assert taken_before(led, later, [kept]).dropped == {}
    # a value question taken off with one answer may be right with another
    assert preselected(later, None, Taken(dropped={("p", "supports", "x"): 90}))[0] == [1]


# -- hedges and occasions ------------------------------------------------------------------------


def test_a_frame_of_confidence_with_its_modal_is_the_hedge_and_grades_it() -> None:
    said = "Rose expressed confidence that Russia and North Korea would not use space as a front."
    assert hedge_phrase({"excerpt": said}) == "expressed confidence that ... would not"
    assert hedge_grade("expressed confidence that ... would not") == "doubtful"
    doubt = "Analysts voiced doubts that the launch could succeed this year."
    assert hedge_phrase({"excerpt": doubt}) == "voiced doubts that ... could"
    assert hedge_grade("voiced doubts that ... could") == "doubtful"
    # no modal in the clause, or the frame inside the speaker's quotation: none
    assert hedge_phrase({"excerpt": "He is confident that talks went well."}) is None
    quoted = '"We are confident that they will not," he said.'
    assert hedge_phrase({"excerpt": quoted}) is None


def test_an_undated_draft_takes_the_date_and_relay_of_the_speakers_next_words(
    tmp_path: Path,
) -> None:
    confident = "Hill expressed confidence that Russia would not supply North Korea with weapons."
    assumes = '"It is reasonable to assume the talks went well," Hill told TASS at a symposium'
    assumes += " on Thursday."
    drafts = _draft("d-confident", "john-hill", confident) + _draft(
        "d-assumes", "john-hill", assumes.replace("'", "''"),
        said="{expression: on Thursday}", relay="[{via: tass, how: interview}]",
    )  # fmt: skip
    led = _ledger(tmp_path, drafts)
    claims = {str(c["id"]): c for c in led.claims}
    found = occasion_after(led, claims["d-confident"])
    assert found == {
        "said": {"date": "2023-11-16", "expression": "on Thursday"},
        "relay": [{"via": "tass", "how": "interview"}],
    }
    assert proposals(led, claims["d-confident"])["relay"] == found["relay"]
    # the next words of another speaker, or a dated draft, take nothing
    assert occasion_after(led, {**claims["d-confident"], "speaker": "united-states"}) == {}
    assert occasion_after(led, {**claims["d-confident"], "said": "2023-11-01"}) == {}


def test_a_sentence_opening_in_return_continues_the_claim_before_it(tmp_path: Path) -> None:
    accuses = "The US accuses North Korea of supplying Russia with arms deals."
    drafts = _draft("d-accuses", "united-states", accuses, relay="[{via: yonhap, how: report}]")
    drafts = drafts.replace("act: asserts", "act: accuses")
    _ledger(tmp_path, drafts)
    root = tmp_path / "data"
    result = runner.invoke(app, ["suggest", "src-t", "--assertions", "--write", "-L", str(root)])
    assert result.exit_code == 0, result.output
    claims = [c for c in load(locate(root)).claims if c.get("source") == "src-t"]
    in_return = [c for c in claims if str(c["excerpt"]).startswith("In return")]
    by_text = {("war" in str(c["excerpt"])): c for c in in_return}
    # right after the accusation in its paragraph: the accusation's other half
    assert by_text[False]["speaker"] == "united-states"
    assert by_text[False]["act"] == "accuses"
    assert by_text[False]["relay"] == [{"via": "yonhap", "how": "report"}]
    # a paragraph of its own continues nothing: the outlet's
    assert by_text[True]["speaker"] == "yonhap"
    assert check(load(locate(root))).report.valid()
