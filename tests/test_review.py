"""The review loop and its scripted forms: the same decisions, the same files."""

from __future__ import annotations

import shutil
from pathlib import Path

from conftest import BASE, write_ledger
from test_suggest import DRAFTS
from typer.testing import CliRunner

from rnkclaims.authoring.coverage import coverage
from rnkclaims.check import check
from rnkclaims.cli import app
from rnkclaims.ledger import load, locate

runner = CliRunner()


def _root(tmp_path: Path, name: str = "data") -> Path:
    root = tmp_path / name
    write_ledger(root, BASE + DRAFTS)
    result = runner.invoke(app, ["suggest", "--write", "--ledger", str(root)])
    assert result.exit_code == 0, result.output
    return root


def _invoke(root: Path, *args: str, input: str | None = None) -> tuple[int, str]:
    result = runner.invoke(app, [*args, "--ledger", str(root)], input=input)
    return result.exit_code, result.output


def _files(root: Path) -> tuple[str, str]:
    return (root / "claims.yaml").read_text(), (root / "sources" / "src-a.txt").read_text()


def test_loop_accepts_marks_not_a_claim_and_reviews(tmp_path: Path) -> None:
    root = _root(tmp_path)
    code, out = _invoke(root, "review", "src-a", input="y\nn\ny\n")
    assert code == 0, out
    assert "[1/2] d-accuses" in out and ">>The US accuses" in out
    assert "1. [x] supports kp-arms-to-ru" in out
    assert "1 accepted; 0 rejected; 1 not a claim" in out
    led = load(locate(root))
    accepted = next(c for c in led.claims if c["id"] == "d-accuses")
    assert "draft" not in accepted and "suggested" not in accepted
    assert accepted["propositions"] == [{"proposition": "kp-arms-to-ru", "stance": "supports"}]
    ticked = "t1. [x] topic arms-transfers" in out.split("[2/2]")[0]
    assert accepted.get("topics") == (["arms-transfers"] if ticked else None)
    assert all(c["id"] != "d-denies" for c in led.claims)
    meta = led.sources["src-a"].meta
    assert "Pyongyang denied any arms deals with Moscow" in meta["not_claims"]
    assert isinstance(meta["reviewed"], str)
    assert coverage(led, ["src-a"]).percent == 100.0
    report = check(led).report
    assert report.valid(strict=True), [p.message for p in report.problems]
    # a reviewed source is not drafted again, unless forced
    code, out = _invoke(root, "extract", "src-a")
    assert code == 2 and "was reviewed" in out
    code, out = _invoke(root, "extract", "src-a", "--force")
    assert code == 0
    assert "excerpt: Pyongyang denied any arms deals with Moscow\n" not in out


def test_scripted_decisions_write_the_same_files_as_the_loop(tmp_path: Path) -> None:
    loop, script = _root(tmp_path, "loop"), _root(tmp_path, "script")
    # untick suggestion 1, add a proposition with a stance, edit the act; then reject
    keys = "1\np\nkp-arms-to-ru:opposes\ne\nact\nwarns\ny\nr\nn\n"
    code, out = _invoke(loop, "review", "src-a", input=keys)
    assert code == 0, out
    decisions = tmp_path / "decisions.yaml"
    decisions.write_text(
        "source: src-a\n"
        "decisions:\n"
        "  - claim: d-accuses\n"
        "    action: accept\n"
        "    set: {act: warns}\n"
        "    propositions: ['kp-arms-to-ru:opposes']\n"
        "  - {claim: d-denies, action: reject}\n"
    )
    code, out = _invoke(script, "review", "--apply", str(decisions))
    assert code == 0, out
    assert _files(loop) == _files(script)
    claim = next(c for c in load(locate(script)).claims if c["id"] == "d-accuses")
    assert claim["act"] == "warns"
    assert claim["propositions"] == [{"proposition": "kp-arms-to-ru", "stance": "opposes"}]


def test_export_then_apply_accepts_what_is_ticked(tmp_path: Path) -> None:
    exported, accepted = _root(tmp_path, "a"), _root(tmp_path, "b")
    code, out = _invoke(exported, "review", "src-a", "--export")
    assert code == 0
    assert "- {claim: d-accuses, action: accept, propositions: [1]" in out
    (tmp_path / "d.yaml").write_text(out)
    assert _invoke(exported, "review", "--apply", str(tmp_path / "d.yaml"))[0] == 0
    assert _invoke(accepted, "review", "src-a", "--accept-all")[0] == 0
    assert _files(exported) == _files(accepted)
    assert check(load(locate(accepted))).report.valid(strict=True)


def test_quit_writes_only_what_was_decided(tmp_path: Path) -> None:
    root = _root(tmp_path)
    before = _files(root)
    code, out = _invoke(root, "review", "src-a", input="q\n")
    assert code == 0 and "nothing to do" in out
    assert _files(root) == before
    code, out = _invoke(root, "review", "src-a", input="s\nr\n")
    assert code == 0, out
    text = (root / "claims.yaml").read_text()
    assert "d-accuses" in text and "d-denies" not in text
    assert "reviewed" not in (root / "sources" / "src-a.txt").read_text()


def test_bad_decisions_are_refused_with_their_line(tmp_path: Path) -> None:
    root = _root(tmp_path)
    before = _files(root)
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "decisions:\n  - {claim: d-accuses, action: accept}\n"
        "  - {claim: d-denies, action: delete}\n"
    )
    code, out = _invoke(root, "review", "--apply", str(bad))
    assert code == 2 and f"{bad}:3: action 'delete'" in out
    bad.write_text("decisions:\n  - {claim: hill-watching, action: reject}\n")
    code, out = _invoke(root, "review", "--apply", str(bad))
    assert code == 2 and "not a draft" in out
    bad.write_text("decisions:\n  - {claim: d-accuses, propositions: [7]}\n")
    code, out = _invoke(root, "review", "--apply", str(bad))
    assert code == 2 and "no suggested proposition 7" in out
    bad.write_text("decisions:\n  - {claim: d-accuses, propositions: ['nope:supports']}\n")
    code, out = _invoke(root, "review", "--apply", str(bad))
    assert code == 1 and "no proposition with id 'nope'" in out
    assert _files(root) == before


def test_copy_of_bundled_source_reaches_full_coverage_when_reviewed(tmp_path: Path) -> None:
    from conftest import BUNDLED

    root = tmp_path / "data"
    shutil.copytree(BUNDLED, root)
    code, out = _invoke(root, "review", "2023-09-yonhap-space-tabletop", "--reviewed")
    assert code == 0, out
    led = load(locate(root))
    assert coverage(led, ["2023-09-yonhap-space-tabletop"]).percent == 100.0
    assert check(led).report.valid(strict=True)


def test_loop_toggles_a_topic_and_completes_an_id(tmp_path: Path) -> None:
    root = _root(tmp_path)
    code, out = _invoke(root, "review", "src-a", input="t\n1\ne\nspeaker\nnorth\ny\ny\nr\nn\n")
    assert code == 0, out
    assert "speaker 'north-korea'?" in out and "edit speaker: north-korea" in out
    first = out.split("[2/2]")[0]
    was_ticked = first.index("t1. [x]") < first.index("t1. [ ]")
    claim = next(c for c in load(locate(root)).claims if c["id"] == "d-accuses")
    assert claim["speaker"] == "north-korea"
    assert claim.get("topics") == (None if was_ticked else ["arms-transfers"])


def test_loop_edits_lists_and_terms_with_completion(tmp_path: Path) -> None:
    root = _root(tmp_path)
    keys = "e\npropositions\nkp-arms:opp\ny\ny\ne\nact\nwarn\ny\ne\nrelay\nyon:report\ny\ny\nr\nn\n"
    code, out = _invoke(root, "review", "src-a", input=keys)
    assert code == 0, out
    claim = next(c for c in load(locate(root)).claims if c["id"] == "d-accuses")
    assert claim["act"] == "warns"
    assert claim["propositions"] == [{"proposition": "kp-arms-to-ru", "stance": "opposes"}]
    assert claim["relay"] == [{"via": "yonhap", "how": "report"}]
