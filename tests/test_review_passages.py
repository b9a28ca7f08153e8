"""Passages no draft covers, drafted from review: offered, proposed, scripted, refused."""

from __future__ import annotations

from pathlib import Path

from conftest import BASE, write_ledger
from test_suggest import DRAFTS
from typer.testing import CliRunner

from rnkclaims.authoring.passage_drafts import offers, passage_claim
from rnkclaims.authoring.suggest import Suggester
from rnkclaims.check import check
from rnkclaims.cli import app
from rnkclaims.ledger import load, locate

runner = CliRunner()

CAPTION = (
    "view larger image Officials shake hands at the ministry in Seoul on Sept. 19, 2023, "
    "before the talks. (Yonhap)"
)
SOURCE = f"""\
---
outlet: yonhap
title: Officials discuss space cooperation
published: 2023-09-20
language: en
agencies: [yonhap]
furniture:
  - {CAPTION}
---
SEOUL, Sept. 20 (Yonhap) -- Officials met on Tuesday.
"We are certainly watching what they are doing," Hill said.
Pyongyang denied any arms deals with Moscow, the ministry said Wednesday.
The US accuses North Korea of supplying Russia with ammunition.
The shipments are essential to the war given the "malicious" collusion of the West.
North Korea has shipped artillery shells to Russia by rail since August.

{CAPTION}
"""
SHIPPED = "North Korea has shipped artillery shells to Russia by rail since August."


def _root(tmp_path: Path, name: str = "data", claims: str = BASE) -> Path:
    root = tmp_path / name
    write_ledger(root, claims, {"src-a": SOURCE})
    return root


def _invoke(root: Path, *args: str, input: str | None = None) -> tuple[int, str]:
    result = runner.invoke(app, [*args, "--ledger", str(root)], input=input)
    return result.exit_code, result.output


def _files(root: Path) -> tuple[str, str]:
    return (root / "claims.yaml").read_text(), (root / "sources" / "src-a.txt").read_text()


def test_offers_are_the_skipped_the_outlets_own_and_the_captions(tmp_path: Path) -> None:
    led = load(locate(_root(tmp_path)))
    source = led.sources["src-a"]
    found = offers(led, source)
    assert [o.text for o in found] == [
        'The shipments are essential to the war given the "malicious" collusion of the West.',
        SHIPPED,
        "Officials shake hands at the ministry in Seoul on Sept. 19, 2023, before the talks.",
    ]
    assert found[0].reason.startswith("skipped term:") and found[0].continues
    assert found[1].reason == "the outlet's own sentence"
    assert found[2].caption
    suggester = Suggester(led)
    try:
        term, own, caption = (passage_claim(led, source, o, suggester, set()) for o in found)
    finally:
        suggester.close()
    # a sentence extract found speech in goes on the last speaker's report
    assert term["speaker"] == "united-states" and term["mode"] == "reported"
    assert "quote" not in term and "quote" not in term.get("suggested", {})
    assert (own["speaker"], own["said"], own["venue"], own["act"]) == (
        "yonhap",
        "2023-09-20",
        "news-report",
        "asserts",
    )
    assert own["draft"] is True
    assert own["suggested"]["propositions"][0]["proposition"] == "kp-arms-to-ru"
    assert caption["venue"] == {"kind": "news-report", "description": "photo caption"}


def test_loop_drafts_an_offered_passage_as_the_scripted_decision_does(tmp_path: Path) -> None:
    loop, script = _root(tmp_path, "loop"), _root(tmp_path, "script")
    code, out = _invoke(loop, "review", "src-a", input="d\n2\ny\nq\nn\n")
    assert code == 0, out
    assert "2. (the outlet's own sentence) North Korea has shipped" in out
    assert "1 passage(s) drafted" in out
    code, exported = _invoke(script, "review", "src-a", "--export")
    assert code == 0, exported
    assert "passages no draft covers: '- {action: draft, passage: N}' drafts one" in exported
    assert f"  #   2. (the outlet's own sentence) {SHIPPED}" in exported
    decisions = tmp_path / "decisions.yaml"
    decisions.write_text("source: src-a\ndecisions:\n  - {action: draft, passage: 2}\n")
    code, out = _invoke(script, "review", "--apply", str(decisions))
    assert code == 0, out
    assert _files(loop) == _files(script)
    led = load(locate(script))
    new = next(c for c in led.claims if c.get("excerpt") == SHIPPED)
    assert new["speaker"] == "yonhap" and "draft" not in new and "suggested" not in new
    assert new["propositions"][0] == {"proposition": "kp-arms-to-ru", "stance": "supports"}
    assert check(led).report.valid(strict=True)
    # drafted, the sentence is covered: it is offered no more
    assert SHIPPED not in [o.text for o in offers(led, led.sources["src-a"])]


def test_another_claim_on_a_drafted_sentence_by_key_and_by_file(tmp_path: Path) -> None:
    loop = _root(tmp_path, "loop", BASE + DRAFTS)
    script = _root(tmp_path, "script", BASE + DRAFTS)
    # d-accuses: another claim on its sentence, accept; the new one: edit its act, accept;
    # d-denies: reject; no passage drafted; not marked reviewed
    keys = "a\ny\ne\nact\nreports\ny\nr\nq\nn\n"
    code, out = _invoke(loop, "review", "src-a", input=keys)
    assert code == 0, out
    assert "another claim on this sentence follows this draft" in out
    assert "drafted from the passage (the sentence of d-accuses, for another voice)" in out
    decisions = tmp_path / "decisions.yaml"
    decisions.write_text(
        "source: src-a\n"
        "decisions:\n"
        "  - {claim: d-accuses, action: accept}\n"
        "  - {action: draft, passage: d-accuses, set: {act: reports}}\n"
        "  - {claim: d-denies, action: reject}\n"
    )
    code, out = _invoke(script, "review", "--apply", str(decisions))
    assert code == 0, out
    assert _files(loop) == _files(script)
    led = load(locate(script))
    same = [c for c in led.claims if c.get("excerpt") == "The US accuses North Korea of "
            "supplying Russia with ammunition."]  # fmt: skip
    assert sorted(str(c["speaker"]) for c in same) == ["united-states", "united-states", "yonhap"]
    assert next(c for c in same if c["speaker"] == "yonhap")["act"] == "reports"


def test_bad_draft_decisions_are_refused_and_nothing_is_written(tmp_path: Path) -> None:
    root = _root(tmp_path)
    before = _files(root)
    bad = tmp_path / "bad.yaml"
    for text, code, message in [
        ("source: src-a\ndecisions:\n  - {action: draft, passage: 9}\n", 2,
         "src-a has no offered passage 9"),
        ("source: src-a\ndecisions:\n  - {action: draft}\n", 2,
         "yaml:3: a draft decision needs 'passage:'"),
        ("decisions:\n  - {action: draft, passage: 1}\n", 2, "a draft decision needs the source"),
        ("source: src-a\ndecisions:\n  - {action: draft, passage: 'not in the text'}\n", 2,
         "passage 'not in the text' is not found in src-a"),
        ("source: src-a\ndecisions:\n  - {action: draft, passage: 2, claim: us-accuses}\n", 2,
         "claim 'us-accuses' already exists"),
    ]:  # fmt: skip
        bad.write_text(text)
        got, out = _invoke(root, "review", "--apply", str(bad))
        assert (got, message in out) == (code, True), out
        assert "Traceback" not in out
    assert _files(root) == before


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
    suggested:
      propositions:
        - {proposition: visit-date, stance: supports, score: 90, reason: test}
"""


def test_a_value_question_ticked_by_hand_asks_for_its_value(tmp_path: Path) -> None:
    claims = BASE.replace("claims:\n", VISIT + "claims:\n") + VISIT_DRAFT
    root = _root(tmp_path, claims=claims)
    # not ticked (no value); ticked by hand, accept asks for the value; then no passage
    code, out = _invoke(root, "review", "src-a", input="1\ny\n2023-09-13\nq\nn\n")
    assert code == 0, out
    assert "1. [ ] supports visit-date (90)" in out
    assert "visit-date asks a date: value" in out
    claim = next(c for c in load(locate(root)).claims if c["id"] == "d-visit")
    assert claim["propositions"] == [
        {"proposition": "visit-date", "stance": "supports", "value": "2023-09-13"}
    ]
    assert check(load(locate(root))).report.valid(strict=True)
