"""A full ``validate`` reads the files of nothing but claims one at a time and lets each
go, and reports what a check of the whole ledger in memory reports.

Each test writes a generated ledger split into files of claims/, makes it wrong in one
way, and compares the streamed validation (``checkcache._streamed``) with ``check`` of
the ledger loaded whole: every problem with its place and message, the counts, the
file count, and what the cache records of each file.
"""

from __future__ import annotations

import importlib.util
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from rnkclaims.check import check
from rnkclaims.check.context import LetGo
from rnkclaims.check.run import check_streamed
from rnkclaims.ledger import LedgerPaths, claims_only, load, load_leaving_claims, locate
from rnkclaims.ledger.loading import read_claims_file
from rnkclaims.store import checkcache

REPO = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("make_ledger", REPO / "bench" / "make_ledger.py")
assert _spec is not None and _spec.loader is not None
make_ledger = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(make_ledger)


@pytest.fixture
def ledger(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> LedgerPaths:
    """240 generated claims in two files of claims/ (120 each), twelve sources."""
    monkeypatch.chdir(tmp_path)
    make_ledger.generate(tmp_path / "ledger", 240, 1, 120)
    return locate(tmp_path / "ledger")


def part(paths: LedgerPaths, i: int) -> Path:
    return paths.extra_dir / f"part-{i:04d}.yaml"


def edit(path: Path, old: str, new: str, count: int = 1) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) >= count, old
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def streamed(paths: LedgerPaths, jobs: int = 1) -> tuple[dict[str, Any], Any, int, Any]:
    texts = checkcache._TextsToKeep(set())
    report, files, read = checkcache._streamed(paths, [], texts, jobs=jobs)
    return report.as_dict(strict=True), files, read, dict(texts)


def whole(paths: LedgerPaths) -> tuple[dict[str, Any], Any, int, Any]:
    texts = checkcache._TextsToKeep(set())
    ledger = load(paths)
    report, files = checkcache._full(ledger, [], texts)
    assert report.as_dict(strict=True) == check(load(paths)).report.as_dict(strict=True)
    return report.as_dict(strict=True), files, len(ledger.files), dict(texts)


def assert_same(paths: LedgerPaths, left: int = 2) -> dict[str, Any]:
    """The streamed validation, in this process and in two forked ones, is the whole
    one; ``left``: files read one at a time."""
    _, order = load_leaving_claims(paths)
    assert sum(isinstance(item, Path) for item in order) == left
    expected = whole(paths)
    for jobs in (1, 2):
        got = streamed(paths, jobs)
        assert got[0] == expected[0], jobs
        assert got[1:] == expected[1:], jobs
        assert got[0]["counts"]["claims"] >= 120 and got[0]["files"] > 2
    return got[0]


def messages(report: dict[str, Any], code: str) -> list[str]:
    return [p["message"] for p in report["problems"] if p["code"] == code]


def test_a_valid_ledger(ledger: LedgerPaths) -> None:
    report = assert_same(ledger)
    assert report["problems"] == []


def test_a_reference_to_a_claim_of_a_later_file_names_it_a_claim(ledger: LedgerPaths) -> None:
    edit(part(ledger, 0), "speaker: actor-0\n", "speaker: claim-200\n")
    report = assert_same(ledger)
    assert "'claim-200' is a claim, not a actor or outlet" in messages(report, "unknown-reference")


def test_a_reference_naming_nothing_gets_the_nearest_id(ledger: LedgerPaths) -> None:
    edit(part(ledger, 1), "speaker: actor-1\n", "speaker: actor-1x\n")
    report = assert_same(ledger)
    assert any("actor-1x" in m for m in messages(report, "unknown-reference"))


def test_an_id_used_twice_in_one_file(ledger: LedgerPaths) -> None:
    edit(part(ledger, 1), "- id: claim-131\n", "- id: claim-130\n")
    report = assert_same(ledger)
    (message,) = messages(report, "duplicate-id")
    assert message.startswith(
        "id 'claim-130' is already used by the claim at ledger/claims/part-0001"
    )


def test_a_claim_id_of_a_record_is_reported_at_the_claim(ledger: LedgerPaths) -> None:
    edit(part(ledger, 1), "- id: claim-131\n", "- id: actor-3\n")
    report = assert_same(ledger)
    (message,) = messages(report, "duplicate-id")
    assert "the actor at ledger/claims.yaml:" in message


@pytest.mark.parametrize("jobs", [1, 2])
def test_an_id_of_a_file_let_go_checks_the_whole_ledger(ledger: LedgerPaths, jobs: int) -> None:
    edit(part(ledger, 1), "- id: claim-131\n", "- id: claim-5\n")
    with pytest.raises(LetGo):
        checkcache._streamed(ledger, [], checkcache._TextsToKeep(set()), jobs=jobs)
    done = checkcache.validate(ledger, use_cache=False, jobs=jobs)
    assert done.mode == "full" and done.read == len(load(ledger).files)
    expected = check(load(ledger)).report
    assert done.report.as_dict(strict=True) == expected.as_dict(strict=True)
    (message,) = messages(done.report.as_dict(strict=True), "duplicate-id")
    assert "ledger/claims/part-0000.yaml:" in message


def test_more_problems_of_one_kind_than_are_listed(ledger: LedgerPaths) -> None:
    text = part(ledger, 0).read_text(encoding="utf-8")
    part(ledger, 0).write_text(text.replace("    act: ", "    act: x"), encoding="utf-8")
    report = assert_same(ledger)
    assert any("more like this in the file" in m for m in messages(report, "bad-vocabulary"))


def test_records_in_a_file_after_the_claims_are_loaded_first(ledger: LedgerPaths) -> None:
    (ledger.extra_dir / "zz-actors.yaml").write_text(
        "actors:\n  - id: late-actor\n    name: Late Actor\n    kind: person\n",
        encoding="utf-8",
    )
    edit(part(ledger, 0), "speaker: actor-0\n", "speaker: late-actor\n")
    report = assert_same(ledger)
    found = messages(report, "unknown-reference")
    assert "actor 'late-actor' has no role 'official'" in found  # known, and its roles read
    assert not any("with id 'late-actor'" in m for m in found)


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda p: p.write_text("claims:\n  - id: [\n", encoding="utf-8"), id="syntax"),
        pytest.param(lambda p: p.write_bytes(b"claims:\n  - id: \xff\n"), id="not-utf8"),
        pytest.param(lambda p: p.write_text("claims:\n", encoding="utf-8"), id="empty-list"),
        pytest.param(
            lambda p: p.write_text("claims:\n  - just a text\n  - 3\n", encoding="utf-8"),
            id="not-mappings",
        ),
        pytest.param(
            lambda p: p.write_text("claims:\nclaims:\n  - id: x\n", encoding="utf-8"),
            id="key-twice",
        ),
    ],
)
def test_a_claims_file_that_is_wrong_as_a_whole(
    ledger: LedgerPaths, damage: Callable[[Path], object]
) -> None:
    damage(part(ledger, 1))
    left = 1 + claims_only(part(ledger, 1).read_bytes())
    report = assert_same(ledger, left=left)
    assert report["counts"]["claims"] >= 120


def test_a_claims_file_in_another_style_is_loaded_whole(ledger: LedgerPaths) -> None:
    text = part(ledger, 1).read_text(encoding="utf-8")
    part(ledger, 1).write_text("---\n" + text, encoding="utf-8")
    assert_same(ledger, left=1)


def test_claims_let_go_leave_nothing_behind(ledger: LedgerPaths) -> None:
    loaded, order = load_leaving_claims(ledger)
    before = len(loaded.origin)
    seen: list[int] = []

    def let_go(doc: Any, claims: list[dict[str, Any]]) -> None:
        seen.append(len(claims))
        assert all(loaded.origin[id(c)] is doc for c in claims)

    report = check_streamed(loaded, order, lambda p: read_claims_file(loaded, p), let_go)
    assert seen == [120, 120]
    assert len(loaded.origin) == before and loaded.claims == []
    assert report.counts["claims"] == 240 and report.problems == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (b"claims:\n  - id: a\n    speaker: b\n", True),
        (b"# a comment\nclaims:   # the claims\n- id: a\n  speaker: b\n", True),
        (b"claims:\r\n  - id: a\r\n", True),
        (b"claims:\n  - id: a\nactors:\n  - id: b\n", False),
        (b"actors: []\nclaims:\n  - id: a\n", False),
        (b"---\nclaims:\n  - id: a\n", False),
        (b"{claims: [{id: a}], actors: [{id: b}]}\n", False),
        (b"claims: [{id: a}]\n", False),
        (b"\xef\xbb\xbfclaims:\n  - id: a\n", False),
        (b'"claims":\n  - id: a\n', False),
        (b"claims:\n  - id: a\n    excerpt: 'two\nlines'\n", False),
        (b"claims:\n\t- id: a\n", False),
        (b"", False),
    ],
)
def test_claims_only_is_told_from_the_bytes(text: bytes, expected: bool) -> None:
    assert claims_only(text) is expected


def test_the_texts_written_as_each_file_is_let_go_are_the_whole_ledgers(
    ledger: LedgerPaths,
) -> None:
    from rnkclaims.store.place import builder_fingerprint, cache_path

    assert checkcache.validate(ledger, use_cache=False).mode == "full"
    folder = checkcache._texts_folder(cache_path(ledger.main, ".validate.cache"))
    end = f"-{builder_fingerprint()}.json"
    written = {
        p.name.removesuffix(end): json.loads(p.read_text(encoding="utf-8"))
        for p in folder.iterdir()
    }
    expected = whole(ledger)[3]
    assert len(written) == 2 and written == expected
    assert checkcache.validate(ledger).mode == "cached"


@pytest.mark.parametrize(
    ("name", "forked_after"), [("aa-first.yaml", True), ("part-0000a.yaml", False)]
)
def test_a_claim_id_of_a_file_loaded_whole_is_reported_whatever_the_processes(
    ledger: LedgerPaths, name: str, forked_after: bool
) -> None:
    """A claim in a file loaded whole (it holds records too) shares its id with a claim of
    a later file read one at a time. In one process the duplicate is reported as the
    whole check reports it. Processes forked after the file loaded whole was checked
    report it too; processes forked before (the file comes after another read one at a
    time) cannot see it, so the run falls back to the whole ledger, with the same
    report."""
    text = part(ledger, 0).read_text(encoding="utf-8")
    first = text[: text.index("  - id: claim-1\n")].replace("claim-0", "claim-131")
    (ledger.extra_dir / name).write_text("topics: []\n" + first, encoding="utf-8")
    expected = check(load(ledger)).report.as_dict(strict=True)
    (message,) = messages(expected, "duplicate-id")
    assert f"ledger/claims/{name}:" in message
    assert streamed(ledger, 1)[0] == expected
    if forked_after:
        assert streamed(ledger, 2)[0] == expected
    else:
        with pytest.raises(LetGo):
            streamed(ledger, 2)
    for jobs in (1, 2):
        done = checkcache.validate(ledger, use_cache=False, jobs=jobs)
        assert done.report.as_dict(strict=True) == expected


def test_the_processes_are_chosen_by_the_size_of_the_claims_files(
    ledger: LedgerPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, order = load_leaving_claims(ledger)
    left = [item for item in order if isinstance(item, Path)]
    assert checkcache._jobs(left) == 1  # 240 claims: not worth a fork
    monkeypatch.setattr(checkcache, "PARALLEL_FROM", 1)
    assert checkcache._jobs(left) == min(checkcache.MAX_JOBS, checkcache.usable_cpus())
    assert checkcache._jobs(left[:1]) == 1


def test_validate_jobs_on_the_command_line(ledger: LedgerPaths) -> None:
    from typer.testing import CliRunner

    from rnkclaims.cli import app

    edit(part(ledger, 1), "speaker: actor-1\n", "speaker: actor-1x\n")
    runner = CliRunner()
    args = ["validate", "--ledger", str(ledger.main), "--no-cache", "--format", "json"]
    one = runner.invoke(app, [*args, "--jobs", "1"])
    two = runner.invoke(app, [*args, "-j", "2"])
    assert one.exit_code == two.exit_code == 1
    assert json.loads(one.stdout) == json.loads(two.stdout)
    assert any("actor-1x" in p["message"] for p in json.loads(two.stdout)["problems"])
    bad = runner.invoke(app, [*args, "--jobs", "0"])
    assert bad.exit_code == 2 and "--jobs" in bad.output


def test_a_worker_that_dies_leaves_its_files_to_this_process(ledger: LedgerPaths) -> None:
    """A worker killed while checking a file (here it exits at once, as the system's
    out-of-memory killer would end it) breaks the pool; the files from that one on are
    checked in this process, and the report is the whole check's."""
    import os

    expected = check(load(ledger)).report.as_dict(strict=True)
    loaded, order = load_leaving_claims(ledger)
    parent = os.getpid()

    def read(path: Path) -> Any:
        if os.getpid() != parent and path.name == "part-0001.yaml":
            os._exit(9)
        return read_claims_file(loaded, path)

    def let_go(doc: Any, claims: list[dict[str, Any]]) -> int:
        return os.getpid()

    checked_in: list[int] = []
    report = check_streamed(
        loaded, order, read, let_go, lambda path, pid: checked_in.append(pid), jobs=2
    )
    assert report.as_dict(strict=True) == expected
    assert len(checked_in) == 2 and checked_in[1] == parent  # the first, here or not
