"""Regressions in the authoring commands: rename, review, suggest, dating, reading files."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import BASE, SOURCE_A, write_ledger
from typer.testing import CliRunner
from yaml.nodes import MappingNode

from rnkclaims.authoring.ledger_edit import Plan, compose, extend_list, plan_changes
from rnkclaims.authoring.maintain import plan_drop, plan_merge
from rnkclaims.authoring.review import Decision, plan_review
from rnkclaims.authoring.suggest import Suggestion, plan_suggestions
from rnkclaims.check import check
from rnkclaims.cli import app
from rnkclaims.errors import LedgerError
from rnkclaims.ledger import Ledger, load, locate
from rnkclaims.ledger.yamlread import parse_yaml as load_yaml

runner = CliRunner()
DATA = Path(__file__).resolve().parent.parent / "data"


def _copy_data(tmp_path: Path) -> Path:
    root = tmp_path / "data"
    shutil.copytree(DATA, root)
    return root


def _run(root: Path, *args: str) -> tuple[int, str]:
    result = runner.invoke(app, [*args, "--ledger", str(root)])
    return result.exit_code, result.output


def _valid(root: Path) -> bool:
    return check(load(locate(root))).report.valid(strict=False)


# -- 1. renaming a source in a ledger of several sources --------------------------------


def test_rename_source_with_other_sources_beside_it(tmp_path: Path) -> None:
    root = _copy_data(tmp_path)
    others = sorted(p.name for p in (root / "sources").glob("*.txt"))
    assert len(others) >= 2
    before = (root / "sources" / "2023-11-spiegel-rnk-protocol.txt").read_text()
    code, out = _run(root, "rename", "2023-11-spiegel-rnk-protocol", "spiegel-protocol")
    assert code == 0, out
    assert not (root / "sources" / "2023-11-spiegel-rnk-protocol.txt").exists()
    assert (root / "sources" / "spiegel-protocol.txt").read_text() == before
    assert "source: spiegel-protocol" in (root / "claims.yaml").read_text()
    assert "source: 2023-11-spiegel-rnk-protocol" not in (root / "claims.yaml").read_text()
    assert _valid(root)


# -- 2. a passage with a comma added to a flow-style not_claims list ---------------------

COMMA_DRAFTS = """\
  - id: d-ministry
    speaker: north-korea
    source: src-a
    mode: reported
    excerpt: Pyongyang denied any arms deals with Moscow, the ministry said Wednesday.
    act: denies
    draft: true
  - id: d-dateline
    speaker: united-states
    source: src-a
    mode: reported
    excerpt: SEOUL, Sept. 20 (Yonhap) -- Officials met on Tuesday.
    act: asserts
    draft: true
"""


def _decide(tmp_path: Path, root: Path, name: str, body: str) -> tuple[int, str]:
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    return _run(root, "review", "--apply", str(path))


def test_second_not_a_claim_with_a_comma_keeps_not_claims_intact(tmp_path: Path) -> None:
    root = tmp_path / "data"
    write_ledger(root, BASE + COMMA_DRAFTS)
    first = "decisions:\n  - {claim: d-ministry, action: not-claim}\n"
    code, out = _decide(tmp_path, root, "one.yaml", first)
    assert code == 0, out
    second = "decisions:\n  - {claim: d-dateline, action: not-claim}\n"
    code, out = _decide(tmp_path, root, "two.yaml", second)
    assert code == 0, out
    meta = load(locate(root)).sources["src-a"].meta
    assert meta["not_claims"] == [
        "Pyongyang denied any arms deals with Moscow, the ministry said Wednesday.",
        "SEOUL, Sept. 20 (Yonhap) -- Officials met on Tuesday.",
    ]
    assert _valid(root)


def test_extend_list_reads_back_what_it_wrote() -> None:
    text = "not_claims: [one, two]\n"
    root = compose(text)
    assert isinstance(root, MappingNode)
    new = extend_list(text, root, "not_claims", ["a, b", "c]d", "#e"])
    assert load_yaml(new, "x").data == {"not_claims": ["one", "two", "a, b", "c]d", "#e"]}


# -- 3. a ledger file that links to outside the ledger is never rewritten ----------------

OUTSIDE_CLAIMS = """\
claims:
  - id: hill-elsewhere
    speaker: john-hill
    source: src-a
    mode: reported
    excerpt: Officials met on Tuesday.
    act: asserts
"""


def test_rename_leaves_a_linked_file_outside_the_ledger_alone(tmp_path: Path) -> None:
    root = tmp_path / "data"
    write_ledger(root, BASE)
    elsewhere = tmp_path / "elsewhere.yaml"
    elsewhere.write_text(OUTSIDE_CLAIMS, encoding="utf-8")
    (root / "claims").mkdir()
    (root / "claims" / "linked.yaml").symlink_to(elsewhere)
    code, out = _run(root, "rename", "john-hill", "john-hill-2")
    assert code == 0, out
    assert elsewhere.read_text(encoding="utf-8") == OUTSIDE_CLAIMS
    assert (root / "claims" / "linked.yaml").is_symlink()
    assert "speaker: john-hill-2" in (root / "claims.yaml").read_text()
    assert "linked.yaml" not in out.split("wrote", 1)[-1]


# -- 4. an exported decisions file without drafts applies cleanly ------------------------


def test_export_without_drafts_can_be_applied(tmp_path: Path) -> None:
    root = tmp_path / "data"
    write_ledger(root, BASE)
    before = (root / "claims.yaml").read_text()
    result = runner.invoke(app, ["review", "--export", "--ledger", str(root)])
    assert result.exit_code == 0, result.output
    assert "decisions: []" in result.output
    exported = tmp_path / "decisions.yaml"
    exported.write_text(result.output, encoding="utf-8")
    code, out = _run(root, "review", "--apply", str(exported))
    assert code == 0, out
    code, out = _decide(tmp_path, root, "null.yaml", "reviewed: false\ndecisions:\n")
    assert code == 0, out
    assert (root / "claims.yaml").read_text() == before


# -- 5. --reviewed without a source is a usage error, not ignored ------------------------

DRAFT = """\
  - id: d-accuses
    speaker: united-states
    source: src-a
    mode: reported
    excerpt: The US accuses North Korea of supplying Russia with ammunition.
    act: accuses
    draft: true
"""


def test_accept_all_reviewed_without_a_source_is_refused(tmp_path: Path) -> None:
    root = tmp_path / "data"
    write_ledger(root, BASE + DRAFT)
    before = (root / "claims.yaml").read_text(), (root / "sources" / "src-a.txt").read_text()
    code, out = _run(root, "review", "--accept-all", "--reviewed")
    assert code == 2, out
    assert "Error: --reviewed needs the source" in out
    assert "Traceback" not in out
    after = (root / "claims.yaml").read_text(), (root / "sources" / "src-a.txt").read_text()
    assert after == before


# -- 6. an empty suggestion removes the one an earlier run stored ------------------------

STALE = """\
  - id: d-met
    speaker: north-korea
    source: src-a
    mode: reported
    excerpt: Officials met on Tuesday.
    act: asserts
    hedge: reportedly
    said: 2023-09
    draft: true
    suggested:
      topics:
        - {topic: arms-transfers, score: 60, reason: an older run}
"""


def test_suggest_write_removes_a_stale_suggestion(tmp_path: Path) -> None:
    root = tmp_path / "data"
    write_ledger(root, BASE + STALE)
    code, out = _run(root, "suggest")
    assert code == 0 and "nothing to suggest" in out, out
    code, out = _run(root, "suggest", "--write")
    assert code == 0, out
    draft = next(c for c in load(locate(root)).claims if c["id"] == "d-met")
    assert "suggested" not in draft
    assert draft["draft"] is True and draft["hedge"] == "reportedly"
    assert _valid(root)


# -- 7. a sentence-initial date keeps its year -------------------------------------------

PUTIN = """\
---
outlet: yonhap
title: Putin on the talks
published: 2023-12-01
language: en
---
On Nov. 23, 2022 Russian President Vladimir Putin said the talks with Pyongyang were over.
"""


def test_leading_date_with_a_year_after_the_day(tmp_path: Path) -> None:
    root = tmp_path / "data"
    write_ledger(root, BASE, {"src-a": SOURCE_A, "src-p": PUTIN})
    code, out = _run(root, "extract", "src-p")
    assert code == 0, out
    assert "date: 2022-11-23" in out
    assert "2023-11-23" not in out


# -- 8. "on Feb. 29" resolves to the last year that has the day --------------------------

LEAP = """\
---
outlet: yonhap
title: A statement recalled
published: 2024-02-10
language: en
---
North Korea said on Feb. 29 that the sanctions had failed.
"""


def test_feb_29_without_a_year_steps_back_to_a_leap_year(tmp_path: Path) -> None:
    root = tmp_path / "data"
    write_ledger(root, BASE, {"src-a": SOURCE_A, "src-l": LEAP})
    code, out = _run(root, "extract", "src-l")
    assert code == 0, out
    assert "date: 2020-02-29" in out, out


# -- 9. a file that changed since the ledger was loaded: an error naming it --------------


def _loaded_then_broken(tmp_path: Path, how: str) -> tuple[Ledger, Path]:
    root = tmp_path / "data"
    write_ledger(root, BASE + DRAFT)
    led = load(locate(root))
    main = root / "claims.yaml"
    if how == "gone":
        main.unlink()
    else:
        main.write_bytes(b"claims:\n  - id: caf\xe9\n")
    return led, main


def _refused(call: Callable[[], object], name: str) -> str:
    with pytest.raises(LedgerError) as info:
        call()
    assert name in info.value.message
    return str(info.value.message)


@pytest.mark.parametrize("how", ["gone", "latin-1"])
def test_plans_name_a_file_that_changed_since_loading(tmp_path: Path, how: str) -> None:
    led, main = _loaded_then_broken(tmp_path, how)
    message = _refused(lambda: plan_drop(led, ["d-accuses"]), "claims.yaml")
    assert ("not UTF-8" in message) == (how == "latin-1")
    _refused(lambda: plan_merge(led, "north-korea", "united-states"), "claims.yaml")
    _refused(lambda: plan_review(led, [Decision("d-accuses", "reject")]), "claims.yaml")
    suggestion = Suggestion(certainty="certain")
    _refused(lambda: plan_suggestions(led, {"d-accuses": suggestion}), "claims.yaml")
    _refused(lambda: plan_changes(led.paths, {main: "claims: []\n"}), "claims.yaml")


def test_plan_write_names_a_file_that_is_not_utf8(tmp_path: Path) -> None:
    root = tmp_path / "data"
    paths = write_ledger(root, BASE)
    source = root / "sources" / "src-a.txt"
    plan = Plan(paths, {source: SOURCE_A}, {}, ())
    source.write_bytes(b"\xff\xfe not text")
    _refused(plan.write, "src-a.txt")
    assert source.read_bytes() == b"\xff\xfe not text"
