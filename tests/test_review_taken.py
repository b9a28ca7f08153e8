"""A suggested link that the speaker's claims decided before in the same source took is
ticked (``taken_before``), in the loop as with ``--apply``."""

from __future__ import annotations

from pathlib import Path

from conftest import BASE, SOURCE_A, write_ledger
from typer.testing import CliRunner

from rnkclaims.authoring import review
from rnkclaims.authoring.review import preselected, taken_before
from rnkclaims.check import check
from rnkclaims.cli import app
from rnkclaims.ledger import load, locate

runner = CliRunner()

TEXT = """\
---
outlet: tass
title: Hill on the hearing
published: 2024-05-22
language: en
---
Hill said the US is watching North Korea supplying Russia with arms.
Hill said Russia is also helping the North with its satellites.
Hill said the launches would go on whatever happens next.
Pyongyang said Moscow gives it no help at all with its satellites.
"""

SPACE = """\
  - id: ru-space-help
    text: Russia helps North Korea's space programme.
    topics: [arms-transfers]
claims:
"""


def _draft(cid: str, speaker: str, excerpt: str, suggested: list[tuple[str, str, int]]) -> str:
    links = ", ".join(
        f"{{proposition: {p}, stance: {s}, score: {n}, reason: shares words with {p}}}"
        for p, s, n in suggested
    )
    return (
        f"  - id: {cid}\n    speaker: {speaker}\n    source: src-h\n    mode: reported\n"
        f"    excerpt: {excerpt}\n    act: asserts\n    draft: true\n"
        f"    suggested: {{propositions: [{links}]}}\n"
    )


DRAFTS = (
    _draft("d-1", "john-hill", "Hill said the US is watching North Korea supplying Russia with"
           " arms.", [("kp-arms-to-ru", "supports", 70)])
    + _draft("d-2", "john-hill", "Hill said Russia is also helping the North with its"
             " satellites.", [("ru-space-help", "supports", 60), ("kp-arms-to-ru", "supports", 45)])
    + _draft("d-3", "john-hill", "Hill said the launches would go on whatever happens next.",
             [("ru-space-help", "supports", 60), ("kp-arms-to-ru", "supports", 35)])
    + _draft("d-4", "north-korea", "Pyongyang said Moscow gives it no help at all with its"
             " satellites.", [("ru-space-help", "opposes", 60), ("kp-arms-to-ru", "supports", 45)])
)  # fmt: skip


def _root(tmp_path: Path, name: str = "data") -> Path:
    root = tmp_path / name
    write_ledger(root, BASE.replace("claims:\n", SPACE, 1) + DRAFTS,
                 {"src-a": SOURCE_A, "src-h": TEXT})  # fmt: skip
    return root


def _links(root: Path) -> dict[str, set[str]]:
    return {
        str(c["id"]): {str(b["proposition"]) for b in c.get("propositions") or ()}
        for c in load(locate(root)).claims
        if str(c["id"]).startswith("d-")
    }


def test_a_link_the_speaker_took_before_is_ticked_from_a_score(tmp_path: Path) -> None:
    root = _root(tmp_path)
    decisions = tmp_path / "d.yaml"
    decisions.write_text(
        "decisions:\n" + "".join(f"  - {{claim: d-{i}}}\n" for i in range(1, 5)), encoding="utf-8"
    )
    result = runner.invoke(app, ["review", "--apply", str(decisions), "--ledger", str(root)])
    assert result.exit_code == 0, result.output
    links = _links(root)
    assert links["d-1"] == {"kp-arms-to-ru"}
    # Hill's first claim took kp-arms-to-ru: his second ticks it (45, far below the first)
    assert links["d-2"] == {"ru-space-help", "kp-arms-to-ru"}
    assert links["d-3"] == {"ru-space-help"}  # below TICK_DECIDED_SCORE
    assert links["d-4"] == {"ru-space-help"}  # another speaker's claims say nothing of it
    assert check(load(locate(root))).report.valid(strict=True)


def test_the_draft_itself_and_other_sources_are_not_taken(tmp_path: Path) -> None:
    led = load(locate(_root(tmp_path)))
    claims = {str(c["id"]): c for c in led.claims}
    # src-a's coded claims link kp-arms-to-ru, but of other speakers and another source
    assert taken_before(led, claims["d-2"]).links == frozenset()
    earlier = {**claims["d-2"], "propositions": [{"proposition": "ru-space-help",
                                                  "stance": "supports"}]}  # fmt: skip
    assert taken_before(led, claims["d-2"], [earlier]).links == frozenset()  # itself
    took = taken_before(led, claims["d-3"], [earlier])
    assert took.links == {("ru-space-help", "supports")}
    assert preselected(claims["d-2"], led, took) == ([1], [])
    review_off = review.TICK_DECIDED
    try:
        review.TICK_DECIDED = ""
        assert taken_before(led, claims["d-3"], [earlier]).links == frozenset()
    finally:
        review.TICK_DECIDED = review_off


def test_the_loop_ticks_what_apply_ticks(tmp_path: Path) -> None:
    loop, script = _root(tmp_path, "loop"), _root(tmp_path, "script")
    result = runner.invoke(app, ["review", "src-h", "--ledger", str(loop)], input="y\ny\ny\ny\nn\n")
    assert result.exit_code == 0, result.output
    second = result.output.split("[2/4]")[1].split("[3/4]")[0]
    decisions = tmp_path / "d.yaml"
    decisions.write_text(
        "decisions:\n" + "".join(f"  - {{claim: d-{i}}}\n" for i in range(1, 5)), encoding="utf-8"
    )
    result = runner.invoke(app, ["review", "--apply", str(decisions), "--ledger", str(script)])
    assert result.exit_code == 0, result.output
    assert "kp-arms-to-ru" in second
    assert _links(loop) == _links(script)
    assert _links(loop)["d-2"] == {"ru-space-help", "kp-arms-to-ru"}


def test_the_export_ticks_what_accept_all_ticks(tmp_path: Path) -> None:
    exported, accepted = _root(tmp_path, "exported"), _root(tmp_path, "accepted")
    result = runner.invoke(app, ["review", "src-h", "--export", "--ledger", str(exported)])
    assert result.exit_code == 0, result.output
    assert "{claim: d-2, action: accept, propositions: [1, 2]" in result.output
    decisions = tmp_path / "d.yaml"
    decisions.write_text(result.output, encoding="utf-8")
    result = runner.invoke(app, ["review", "--apply", str(decisions), "--ledger", str(exported)])
    assert result.exit_code == 0, result.output
    result = runner.invoke(app, ["review", "src-h", "--accept-all", "--ledger", str(accepted)])
    assert result.exit_code == 0, result.output
    assert _links(exported) == _links(accepted)
    assert _links(accepted)["d-2"] == {"ru-space-help", "kp-arms-to-ru"}
