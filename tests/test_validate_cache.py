"""``validate`` with its cache gives the report a full validation gives, after any edit.

Every test edits a generated ledger split into files of claims/, validates with the cache
the previous validation left, then without it, and compares the two: the report (every
problem, counts, file count) and the command's output in each format. Where the edit is
one the cache can take in part, the test also checks that it did.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from rnkclaims.cli import app
from rnkclaims.ledger import LedgerPaths, locate
from rnkclaims.store import checkcache
from rnkclaims.store.place import builder_fingerprint, cache_path

REPO = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("make_ledger", REPO / "bench" / "make_ledger.py")
assert _spec is not None and _spec.loader is not None
make_ledger = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(make_ledger)

runner = CliRunner()


@pytest.fixture
def split(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> LedgerPaths:
    """120 generated claims in three files of claims/, six sources; validated once, so
    that the cache holds it."""
    monkeypatch.chdir(tmp_path)
    make_ledger.generate(tmp_path / "ledger", 120, 1, 40)
    paths = locate(tmp_path / "ledger")
    assert checkcache.validate(paths).mode == "full"
    return paths


def part(paths: LedgerPaths, i: int) -> Path:
    return paths.extra_dir / f"part-{i:04d}.yaml"


def source(paths: LedgerPaths, i: int) -> Path:
    return paths.sources_dir / f"source-{i}.txt"


def replace(path: Path, text: str) -> None:
    """Write ``text`` as git and most editors do: a new file renamed over the old one."""
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def edit(path: Path, old: str, new: str, count: int = 1) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) >= count, old
    replace(path, text.replace(old, new, count))


def role_from(paths: LedgerPaths, actor: str, year: str, was: str = "2000") -> None:
    """Move the start of ``actor``'s role from ``was`` to ``year``."""
    text = paths.main.read_text(encoding="utf-8")
    at = text.index(f"  - id: {actor}\n")
    date = text.index(f"from: {was}", at)
    assert date < text.index("  - id: actor-", at + 1)
    replace(paths.main, text[:date] + f"from: {year}" + text[date + len(f"from: {was}") :])


def cli(paths: LedgerPaths, *args: str) -> tuple[int, str]:
    result = runner.invoke(app, ["validate", "--ledger", str(paths.root), *args])
    return result.exit_code, result.output


def assert_same_as_full(paths: LedgerPaths, mode: str | None = None) -> dict[str, object]:
    """Validate with the cache, then without: the same report and the same output in
    every format; ``mode``: how the cached run must have been done."""
    cached = checkcache.validate(paths)
    full = checkcache.validate(paths, use_cache=False)
    assert full.mode == "full"
    if mode is not None:
        assert cached.mode == mode
    a, b = cached.report.as_dict(strict=True), full.report.as_dict(strict=True)
    assert a == b
    assert cached.report.sorted() == full.report.sorted()
    assert a["counts"] and a["files"]  # the comparison compared something
    for fmt in ("text", "json", "github"):
        checkcache.validate(paths, use_cache=False)  # the cache of the state before...
        with_cache = cli(paths, "-f", fmt, "--strict")
        without = cli(paths, "-f", fmt, "--strict", "--no-cache")
        assert with_cache == without, fmt
    return a


def test_nothing_changed_reads_no_file_and_reports_the_same(split: LedgerPaths) -> None:
    report = assert_same_as_full(split, "cached")
    assert report["valid"] is True
    assert report["counts"] == {
        "actors": report["counts"]["actors"],  # type: ignore[index]
        "outlets": report["counts"]["outlets"],  # type: ignore[index]
        "topics": report["counts"]["topics"],  # type: ignore[index]
        "propositions": report["counts"]["propositions"],  # type: ignore[index]
        "claims": 120,
        "sources": 6,
    }


# Edits the cache takes in part: only claims files and sources changed.
PARTIAL: dict[str, Callable[[LedgerPaths], None]] = {
    "an act changed": lambda p: edit(part(p, 1), "act: denies", "act: warns"),
    "a claim's id changed": lambda p: edit(part(p, 1), "id: claim-41\n", "id: claim-41b\n"),
    "an unknown act": lambda p: edit(part(p, 2), "act: denies", "act: shouts"),
    "a claim's id made an actor's": lambda p: edit(part(p, 2), "id: claim-81\n", "id: actor-1\n"),
    "an id twice in one file": lambda p: edit(part(p, 0), "id: claim-1\n", "id: claim-0\n"),
    "an excerpt not in its source": lambda p: edit(
        part(p, 0), "Actor Number 0 said.", "Actor Number 0 wrote."
    ),
    "a draft claim": lambda p: edit(
        part(p, 2), "  - id: claim-81\n", "  - id: claim-81\n    draft: true\n"
    ),
    "a file of claims removed": lambda p: part(p, 1).unlink(),
    "a file of claims added": lambda p: replace(
        p.extra_dir / "part-0000a.yaml",
        part(p, 0)
        .read_text(encoding="utf-8")
        .replace("id: claim-", "id: copy-")
        .replace("act: denies", "act: warns"),
    ),
    "a source's text changed": lambda p: edit(source(p, 3), "Actor Number 3 said", "He said"),
    "a source added, cited by nobody": lambda p: replace(
        p.sources_dir / "source-new.txt",
        source(p, 0).read_text(encoding="utf-8").replace("Synthetic article 0", "New"),
    ),
    "a source's front matter broken": lambda p: edit(source(p, 5), "---\n", "--\n"),
    "YAML that does not parse": lambda p: edit(part(p, 0), "  - id: claim-3\n", "  - id: [\n"),
    "an empty claims file (no mapping)": lambda p: replace(part(p, 2), ""),
    "a hundred and twenty problems of one code in a file": lambda p: replace(
        part(p, 1),
        part(p, 1)
        .read_text(encoding="utf-8")
        .replace("    act: ", "    bogus: 1\n    other: 2\n    third: 3\n    act: "),
    ),
}


@pytest.mark.parametrize("name", list(PARTIAL))
def test_an_edit_of_claims_or_sources_reads_only_what_it_touches(
    split: LedgerPaths, name: str
) -> None:
    PARTIAL[name](split)
    expected = "full" if name == "a source's front matter broken" else "partial"
    assert_same_as_full(split, expected)


# Edits of what claims refer to: the claims naming what changed are read again.
VOCABULARY: dict[str, Callable[[LedgerPaths], None]] = {
    "a comment line added above the actors (every line moves)": lambda p: edit(
        p.main, "actors:\n", "# the people\nactors:\n"
    ),
    "an actor's name changed": lambda p: edit(p.main, "Actor Number 3\n", "Actor Three\n"),
    "an actor's role starting after its claims": lambda p: role_from(p, "actor-5", "2030"),
    "a proposition made a value one": lambda p: edit(
        p.main, "  - id: prop-2\n", "  - id: prop-2\n    kind: value\n"
    ),
    "a topic added": lambda p: edit(
        p.main, "topics:\n", "topics:\n  - id: topic-new\n    name: New topic\n"
    ),
    "a file of actors added": lambda p: replace(
        p.extra_dir / "people.yaml",
        "actors:\n  - id: extra\n    name: Extra Person\n    kind: person\n",
    ),
    "a claims file that now holds an actor too": lambda p: replace(
        part(p, 1),
        "actors:\n  - id: extra\n    name: Extra Person\n    kind: person\n"
        + part(p, 1).read_text(encoding="utf-8"),
    ),
}


def test_a_role_moved_is_checked_again_in_the_unchanged_files_of_its_claims(
    split: LedgerPaths,
) -> None:
    role_from(split, "actor-5", "2030")
    report = assert_same_as_full(split, "partial")
    files = {p["file"] for p in report["problems"]}  # type: ignore[attr-defined]
    claims_files = {str(part(split, i).relative_to(split.root.parent)) for i in range(3)}
    assert files and files <= claims_files  # the claims, in files that did not change
    role_from(split, "actor-5", "2000", was="2030")  # and back
    assert assert_same_as_full(split, "partial")["valid"] is True


def test_a_name_no_claim_rule_reads_rereads_no_claims_file(split: LedgerPaths) -> None:
    edit(split.main, "Actor Number 3\n", "Actor Three\n")
    edit(split.main, "[Speaker 4, A4]", "[Speaker 4, A4, Fourth]")
    cached = checkcache.validate(split)
    assert (cached.mode, cached.read) == ("partial", 1)  # the main file alone
    assert checkcache.validate(split, use_cache=False).read == 1 + 3 + 6
    edit(split.main, "Actor Three\n", "Actor 3\n")
    assert_same_as_full(split, "partial")


def test_a_role_edit_rereads_the_claims_files_of_its_actor(split: LedgerPaths) -> None:
    role_from(split, "actor-5", "1999")  # still before its claims: nothing else changes
    done = checkcache.validate(split)
    # the main file, the claims files where actor-5 speaks (all three), the sources
    # their claims cite
    assert (done.mode, done.read) == ("partial", 1 + 3 + 6)
    assert done.report.as_dict() == checkcache.validate(split, use_cache=False).report.as_dict()


@pytest.mark.parametrize("name", list(VOCABULARY))
def test_an_edit_of_what_claims_refer_to_rereads_the_claims_naming_it(
    split: LedgerPaths, name: str
) -> None:
    VOCABULARY[name](split)
    assert_same_as_full(split, "partial")


def recorded(paths: LedgerPaths) -> dict[str, dict[str, object]]:
    """What the cache holds of each file, but its stat (a full run may take one that
    an incremental run, reading fewer files, did not)."""
    found = checkcache._read(
        cache_path(paths.main, ".validate.cache"), paths, builder_fingerprint()
    )
    assert found is not None
    files, ids = found
    return {
        key: {
            **entry,
            "stat": None,
            "refs": sorted(i for n, i in enumerate(ids) if entry["refs"] >> n & 1),
        }
        for key, entry in files.items()
    }


EDITS: dict[str, Callable[[LedgerPaths], None]] = {
    "a claim's act": lambda p: edit(part(p, 1), "act: denies", "act: warns"),
    **VOCABULARY,
    "an actor's name and a claim": lambda p: (
        edit(p.main, "Actor Number 3\n", "Actor Three\n"),
        edit(part(p, 2), "act: denies", "act: warns"),
    ),
}


@pytest.mark.parametrize("name", list(EDITS))
def test_the_cache_after_an_edit_is_what_a_full_run_records(split: LedgerPaths, name: str) -> None:
    """The digests of the records of files that did not change are taken from the cache,
    those of the files read are computed: either way, what a full run would record."""
    extra = split.extra_dir / "people.yaml"
    replace(extra, "actors:\n  - id: kept\n    name: Kept Person\n    kind: person\n")
    assert checkcache.validate(split).mode == "partial"
    EDITS[name](split)
    assert checkcache.validate(split).mode == "partial"
    after_edit = recorded(split)
    assert any(e["vocab"] for e in after_edit.values())
    checkcache.validate(split, use_cache=False)
    assert after_edit == recorded(split)


# Edits only a full validation can vouch for: the report is still the same.
FULL: dict[str, Callable[[LedgerPaths], None]] = {
    "an id taken from a claim of another file": lambda p: edit(
        part(p, 2), "id: claim-81\n", "id: claim-1\n"
    ),
    "an unknown speaker": lambda p: edit(part(p, 1), "speaker: actor-1\n", "speaker: nobody\n"),
    "a source removed": lambda p: source(p, 4).unlink(),
    "an actor renamed (its claims now name nothing)": lambda p: edit(
        p.main, "id: actor-3\n", "id: actor-3x\n"
    ),
}


@pytest.mark.parametrize("name", list(FULL))
def test_an_edit_the_cache_cannot_vouch_for_gives_the_full_report(
    split: LedgerPaths, name: str
) -> None:
    FULL[name](split)
    assert_same_as_full(split, "full")


def test_errors_introduced_and_fixed_in_turn(split: LedgerPaths) -> None:
    """One edit after another, each validated with the cache the last one left."""
    steps: list[tuple[Callable[[], None], bool]] = [
        (lambda: edit(part(split, 0), "act: denies", "act: shouts"), False),
        (lambda: edit(part(split, 1), "act: denies", "act: shouts"), False),
        (lambda: edit(part(split, 0), "act: shouts", "act: denies"), False),
        (lambda: edit(source(split, 2), "Actor Number 2 said", "He said"), False),
        (lambda: edit(source(split, 2), "He said", "Actor Number 2 said"), False),
        (lambda: edit(part(split, 1), "act: shouts", "act: denies"), True),
        (lambda: edit(part(split, 2), "id: claim-81\n", "id: claim-1\n"), False),
        (lambda: edit(part(split, 2), "id: claim-1\n", "id: claim-81\n"), True),
    ]
    for change, valid in steps:
        change()
        report = assert_same_as_full(split)
        assert report["valid"] is valid


def test_a_source_unused_then_cited_then_unused_again(split: LedgerPaths) -> None:
    new = split.sources_dir / "source-new.txt"
    replace(new, source(split, 0).read_text(encoding="utf-8"))
    report = assert_same_as_full(split, "partial")
    codes = [p["code"] for p in report["problems"]]  # type: ignore[attr-defined]
    assert codes == ["source-unused"]
    edit(part(split, 1), "source: source-1\n", "source: source-new\n")
    report = assert_same_as_full(split, "partial")
    assert "source-unused" not in [p["code"] for p in report["problems"]]  # type: ignore[attr-defined]
    part(split, 1).unlink()
    report = assert_same_as_full(split, "partial")
    assert "source-unused" in [p["code"] for p in report["problems"]]  # type: ignore[attr-defined]


def test_the_cache_lives_in_the_cache_folder_never_in_the_ledger(split: LedgerPaths) -> None:
    where = cache_path(split.main, ".validate.cache")
    assert where.is_file()
    assert not where.resolve().is_relative_to(split.root.resolve())
    assert where.parent == Path(os.environ["XDG_CACHE_HOME"]) / "rnkclaims"  # conftest's
    listed = {p.relative_to(split.root) for p in split.root.rglob("*")}
    assert not [p for p in listed if "cache" in p.name or p.suffix == ".json"]


def sealed_with(where: Path, **changes: object) -> bytes:
    """The cache at ``where`` with ``changes`` made to its top level, sealed again."""
    data = checkcache._unsealed(where.read_bytes())
    data.update(changes)
    return checkcache._sealed(data)


def corruptions(where: Path) -> list[bytes]:
    good = where.read_bytes()
    head, _, payload = good.partition(b"\n")
    fields = head.split(b" ")
    other_format = b" ".join([*fields[:-3], b"%d" % (checkcache.FORMAT - 1), *fields[-2:]])
    other_marshal = b" ".join([*fields[:-2], b"99", fields[-1]])
    flipped = bytearray(payload)
    flipped[len(flipped) // 2] ^= 0x01
    return [
        b"",
        b"\x00\xff not a cache",
        b"[1, 2, 3]",
        b'{"format": 6, "code": "other", "files": {}}',  # the JSON cache of 0.2
        good[: len(good) // 2],  # cut short
        head + b"\n",  # the header alone
        head + b"\n" + bytes(flipped),  # a bit flipped: the CRC-32 differs
        other_format + b"\n" + payload,
        other_marshal + b"\n" + payload,
        checkcache._sealed([1, 2, 3]),  # type: ignore[arg-type]
        checkcache._sealed({"files": 3}),
        sealed_with(where, files={"a": 1}),
        sealed_with(where, ids=["a", "a"]),
        sealed_with(where, ids=[1]),
    ]


@pytest.mark.parametrize("which", range(14))
def test_a_corrupt_cache_is_ignored_and_rebuilt(split: LedgerPaths, which: int) -> None:
    where = cache_path(split.main, ".validate.cache")
    garbage = corruptions(where)
    assert len(garbage) == 14
    where.write_bytes(garbage[which])
    assert checkcache._read(where, split, builder_fingerprint()) is None
    edit(part(split, 1), "act: denies", "act: warns")
    code, output = cli(split)
    assert code == 0, output
    assert "Error" not in output and "Traceback" not in output
    assert checkcache._read(where, split, builder_fingerprint()) is not None
    assert checkcache.validate(split).mode == "cached"


def test_the_cache_as_written_is_read_back(split: LedgerPaths) -> None:
    where = cache_path(split.main, ".validate.cache")
    found = checkcache._read(where, split, builder_fingerprint())
    assert found is not None
    files, ids = found
    assert ids and all(files[str(p)]["refs"] for p in split.yaml_files()[1:])
    assert set(files) == {str(p) for p in (*split.yaml_files(), *split.source_files())}
    assert where.read_bytes().startswith(b"rnkclaims validate cache %d " % checkcache.FORMAT)


def test_the_json_cache_of_an_older_version_is_removed(split: LedgerPaths) -> None:
    old = cache_path(split.main, ".validate.json")
    old.write_text('{"format": 6}', encoding="utf-8")
    assert checkcache.validate(split, use_cache=False).mode == "full"
    assert not old.exists()
    assert cache_path(split.main, ".validate.cache").is_file()


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("problems", [("too", "few")]),
        ("problems", [("unknown-field", "f.yaml", "3", 1, "message", "hint")]),
        ("problems", [["unknown-field", "f.yaml", 3, 1, "message", "hint"]]),
        ("stat", (1, 2, 3)),
        ("stat", [1, 2, 3, 4]),
        ("claims", [1, 2]),
        ("counts", {"claims": "many"}),
        ("counts", {"other": 1}),
        ("kind", "folder"),
        ("unused", ("source-unused",)),
        ("refs", "ff"),
        ("refs", -1),
        ("refs", 1 << 4000),
    ],
)
def test_a_cache_of_the_right_shape_with_wrong_entries_is_ignored(
    split: LedgerPaths, field: str, value: object
) -> None:
    where = cache_path(split.main, ".validate.cache")
    data = checkcache._unsealed(where.read_bytes())
    first = next(iter(data["files"]))
    data["files"][first][field] = value
    where.write_bytes(checkcache._sealed(data))
    assert checkcache._read(where, split, builder_fingerprint()) is None
    code, output = cli(split, "-f", "json")
    assert code == 0, output
    assert json.loads(output)["valid"] is True
    assert checkcache.validate(split).mode == "cached"  # rewritten by the run above


def test_a_cache_of_other_code_or_another_ledger_or_folder_is_ignored(
    split: LedgerPaths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    where = cache_path(split.main, ".validate.cache")
    for key, value in (("code", "7-0000"), ("ledger", "/elsewhere/claims.yaml")):
        where.write_bytes(sealed_with(where, **{key: value}))
        assert checkcache.validate(split).mode == "full", key
    # problems name files relative to the working directory: another one, another cache
    (tmp_path / "sub").mkdir()
    monkeypatch.chdir(tmp_path / "sub")
    assert checkcache.validate(split).mode == "full"
    assert_same_as_full(split, "cached")


def test_no_cache_forces_a_full_run(split: LedgerPaths) -> None:
    assert checkcache.validate(split).mode == "cached"
    assert checkcache.validate(split, use_cache=False).mode == "full"


def test_an_unwritable_cache_folder_is_not_an_error(
    split: LedgerPaths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the cache folder would be", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    code, output = cli(split)
    assert code == 0 and output.startswith("valid"), output
    assert checkcache.validate(split).mode == "full"


# The bundled ledger, its claims moved to two files of claims/: real roles over time,
# voices, value propositions and relays.


@pytest.fixture
def bundled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> LedgerPaths:
    monkeypatch.chdir(tmp_path)
    root = tmp_path / "ledger"
    shutil.copytree(REPO / "data", root)
    text = (root / "claims.yaml").read_text(encoding="utf-8")
    head, claims = text.split("\nclaims:\n", 1)
    middle = claims.index("\n  - id: ", len(claims) // 2) + 1
    (root / "claims.yaml").write_text(head + "\n", encoding="utf-8")
    (root / "claims").mkdir(exist_ok=True)
    (root / "claims" / "a.yaml").write_text("claims:\n" + claims[:middle], encoding="utf-8")
    (root / "claims" / "b.yaml").write_text("claims:\n" + claims[middle:], encoding="utf-8")
    paths = locate(root)
    first = checkcache.validate(paths)
    assert first.mode == "full" and first.report.valid(strict=True)
    assert first.report.counts["claims"] == 57
    return paths


BUNDLED: dict[str, Callable[[LedgerPaths], None]] = {
    "a role's start moved after its claims": lambda p: edit(
        p.main, "        from: 2014-12\n", "        from: 2016-01\n"
    ),
    "a value proposition made a statement": lambda p: edit(
        p.main, "    kind: value\n    value_type: date\n", "    value_type: date\n"
    ),
    "an actor speaks for another body": lambda p: edit(
        p.main, "speaks_for: us-government", "speaks_for: dprk-government"
    ),
    "an alias added": lambda p: edit(p.main, "[Frank Rose, Rose,", "[Frank Rose, F. Rose, Rose,"),
    "a claim's act changed": lambda p: edit(p.extra_dir / "a.yaml", "act: denies", "act: warns"),
}


@pytest.mark.parametrize("name", list(BUNDLED))
def test_the_bundled_ledger_split_gives_the_full_report_after_each_edit(
    bundled: LedgerPaths, name: str
) -> None:
    BUNDLED[name](bundled)
    assert_same_as_full(bundled, "partial")


def test_a_home_folder_that_cannot_hold_a_cache_is_not_an_error(
    split: LedgerPaths, tmp_path: Path
) -> None:
    """$HOME a file and no $XDG_CACHE_HOME, in a fresh process: a full run, no error."""
    home = tmp_path / "home-is-a-file"
    home.write_text("", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "XDG_CACHE_HOME"}
    done = subprocess.run(
        [sys.executable, "-m", "rnkclaims", "validate", "--ledger", str(split.root)],
        capture_output=True,
        text=True,
        env={**env, "HOME": str(home)},
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("valid") and "Error" not in done.stderr
    assert home.read_text(encoding="utf-8") == ""


# A source's text edited: the claims citing it are checked again against the new text
# from the excerpts and quotes kept beside the cache, without reading their files.


def grow(path: Path) -> None:
    """A paragraph added at the end of a source: every excerpt in it is still there."""
    replace(path, path.read_text(encoding="utf-8") + "\nA paragraph added at the end.\n")


def texts_folder(paths: LedgerPaths) -> Path:
    return checkcache._texts_folder(cache_path(paths.main, ".validate.cache"))


def same_as_full(done: checkcache.Validated, paths: LedgerPaths) -> None:
    full = checkcache.validate(paths, use_cache=False)
    assert done.report.as_dict(strict=True) == full.report.as_dict(strict=True)
    assert done.report.sorted() == full.report.sorted()


def test_a_source_text_edit_keeping_every_excerpt_reads_no_claims_file(
    split: LedgerPaths,
) -> None:
    grow(source(split, 3))
    done = checkcache.validate(split)
    assert done.mode == "partial"
    assert done.read == 2  # the main file (what claims name) and the edited source
    same_as_full(done, split)
    grow(source(split, 3))  # and again, from the cache that run left, in every format
    assert assert_same_as_full(split, "partial")["valid"] is True


def test_a_source_text_edit_losing_an_excerpt_reads_the_files_citing_it(
    split: LedgerPaths,
) -> None:
    edit(source(split, 3), "Actor Number 3 said", "He said")
    done = checkcache.validate(split)
    assert done.mode == "partial" and done.read > 2
    same_as_full(done, split)
    assert "excerpt-not-in-source" in {p.code for p in done.report.problems}


def test_a_file_with_an_excerpt_problem_is_read_again_when_its_source_changes(
    split: LedgerPaths,
) -> None:
    edit(part(split, 0), "Actor Number 0 said.", "Actor Number 0 wrote.")
    assert not checkcache.validate(split).report.valid()
    grow(source(split, 0))
    done = checkcache.validate(split)
    assert done.mode == "partial" and done.read > 2
    same_as_full(done, split)
    edit(part(split, 0), "Actor Number 0 wrote.", "Actor Number 0 said.")
    grow(source(split, 0))
    assert assert_same_as_full(split, "partial")["valid"] is True


def test_a_source_publication_date_changed_rechecks_its_claims_dates(
    split: LedgerPaths,
) -> None:
    edit(source(split, 3), "published: 20", "published: 19")  # before the roles began
    done = checkcache.validate(split)
    assert done.mode == "partial" and done.read > 2
    same_as_full(done, split)
    assert not done.report.valid()  # the claims' relative dates moved with it


@pytest.mark.parametrize(
    "damage", ["removed", b"", b"[1, 2]", b'{"source-3": [[1, 2]]}', b'{"source-3": 7}']
)
def test_missing_or_damaged_texts_mean_reading_the_claims_files(
    split: LedgerPaths, damage: str | bytes
) -> None:
    folder = texts_folder(split)
    kept = sorted(folder.glob("*.json"))
    assert kept
    if damage == "removed":
        shutil.rmtree(folder)
    else:
        for path in kept:
            path.write_bytes(damage)  # type: ignore[arg-type]
    edit(source(split, 3), "Actor Number 3 said", "He said")
    done = checkcache.validate(split)
    assert done.mode == "partial" and done.read > 2
    # the texts of the files read were written anew (before a full run would write them)

    citing = [
        p for p in split.extra_dir.glob("part-*.yaml") if "source: source-3\n" in p.read_text()
    ]
    assert citing
    for path in citing:
        name = f"{hashlib.sha256(path.read_bytes()).hexdigest()}-{builder_fingerprint()}.json"
        assert checkcache._read_texts(folder / name) is not None
    same_as_full(done, split)


def test_a_write_of_texts_cut_short_leaves_nothing_after_the_next_run(
    split: LedgerPaths,
) -> None:
    """The texts are written without flushing each to the disk; the temporary file of a
    write whose process died is removed by the next run that writes texts."""
    from rnkclaims.edit_io import HOST_TAG, TMP_SUFFIX

    folder = texts_folder(split)
    gone = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    stale = folder / f".x.json.{gone.stdout.strip()}@{HOST_TAG}-00000000{TMP_SUFFIX}"
    stale.write_text('{"source-1": [["cut', encoding="utf-8")
    assert checkcache.validate(split, use_cache=False).mode == "full"
    assert not stale.exists()
    assert all(checkcache._read_texts(p) is not None for p in folder.glob("*.json"))


def test_the_texts_kept_are_those_of_the_claims_files_as_they_are(split: LedgerPaths) -> None:

    def expected() -> set[str]:
        code = builder_fingerprint()
        return {
            f"{hashlib.sha256(p.read_bytes()).hexdigest()}-{code}.json"
            for p in split.extra_dir.glob("part-*.yaml")
        }

    assert {p.name for p in texts_folder(split).iterdir()} == expected()
    edit(part(split, 1), "act: denies", "act: warns")
    checkcache.validate(split)
    assert {p.name for p in texts_folder(split).iterdir()} == expected()
    texts = json.loads(next(texts_folder(split).iterdir()).read_text(encoding="utf-8"))
    assert all(isinstance(e, str) for pairs in texts.values() for e, _ in pairs)


def test_the_texts_are_written_in_pieces_as_one_json_document(
    split: LedgerPaths,
) -> None:
    """``_dump_texts`` writes what ``json.dumps`` would, text outside ASCII included, and
    what it writes is read back as written."""
    edit(part(split, 1), "excerpt: ", "excerpt: Ünïcödé — ")
    assert checkcache.validate(split, use_cache=False).mode == "full"
    kept = sorted(texts_folder(split).iterdir())
    assert len(kept) == len(list(split.extra_dir.glob("part-*.yaml"))) > 1
    for path in kept:
        text = path.read_text(encoding="utf-8")
        data = json.loads(text)
        assert data and text == json.dumps(data, ensure_ascii=False, separators=(",", ":"))
        assert checkcache._read_texts(path) == data
    assert any("Ünïcödé" in p.read_text(encoding="utf-8") for p in kept)


@pytest.mark.parametrize("sources", [0, 1, 3, 7])
def test_the_texts_written_in_pieces_are_the_json_of_the_whole(
    sources: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Pieces end after about ``_TEXTS_PER_PIECE`` claims, within a source's list or at
    its end; the document is the same whichever the boundaries."""
    import io

    monkeypatch.setattr(checkcache, "_TEXTS_PER_PIECE", 4)
    by_source: dict[str, list[list[str | None]]] = {
        f"s-{i}": [[f'excerpt {i}.{j} \u00fc"', None if j % 2 else "q"] for j in range(i % 5)]
        for i in range(sources)
    }
    out = io.StringIO()
    checkcache._dump_texts(by_source, out)
    assert out.getvalue() == json.dumps(by_source, ensure_ascii=False, separators=(",", ":"))
    assert json.loads(out.getvalue()) == by_source


@pytest.mark.parametrize(
    ("texts", "joined"),
    [
        ([], False),
        ([""], False),
        (["a", ""], False),
        (["a b", "c"], False),
        (["a"], True),
        (["claim-1", "claim-2"], True),
    ],
)
def test_the_ids_a_cache_keeps_are_packed_and_read_back_as_they_were(
    texts: list[str], joined: bool
) -> None:
    """Claim ids and cited sources are kept joined by spaces, unless that could not be
    read back as the same list."""
    packed = checkcache._packed(texts)
    assert isinstance(packed, str) is joined
    entry = {"claims": packed}
    if isinstance(packed, str):  # as ``_read`` unpacks it
        entry["claims"] = packed.split(" ") if packed else []
    assert entry["claims"] == texts


# The files of records kept parsed (``store.sealed.ParsedRecords``).


def parsed_folder(paths: LedgerPaths) -> Path:
    return checkcache._parsed_folder(cache_path(paths.main, ".validate.cache"))


def kept_document(paths: LedgerPaths) -> Path:
    """The main file's document as kept: one file, named by its content."""
    sha = hashlib.sha256(paths.main.read_bytes()).hexdigest()
    kept = sorted(parsed_folder(paths).glob("*.doc"))
    assert [p.name for p in kept] == [f"{sha}-{builder_fingerprint()}.doc"]
    return kept[0]


def test_a_full_run_keeps_the_main_file_parsed_and_an_edit_reads_it_back(
    split: LedgerPaths,
) -> None:
    """Proved with a kept document that says something else, sealed as a real one: an
    edit's validation takes it, and a run that must be full (``--no-cache``) does not
    read it (and keeps the true one again)."""
    from rnkclaims.store import sealed

    kept = kept_document(split)
    layout = (sealed._DOCUMENT, sealed._DOCUMENT_LAYOUT)
    data, marks = sealed.unseal(kept.read_bytes(), *layout)
    assert data["actors"][1]["id"] == "actor-1" and marks[0] == (1 << 32 | 1)
    for actor in data["actors"]:  # every role starts long after every claim
        for role in actor["roles"]:
            role["from"] = "2100"
    kept.write_bytes(sealed.seal([data, marks], *layout))
    edit(part(split, 1), "act: denies", "act: warns")
    told = checkcache.validate(split)
    assert told.mode == "partial"
    shown = split.display(part(split, 1))
    assert {p.file for p in told.report.problems} == {shown}  # the edited file's claims
    full = checkcache.validate(split, use_cache=False)
    assert full.report.valid()
    assert (
        sealed.unseal(kept_document(split).read_bytes(), *layout)[0]["actors"][1]["roles"]
        != data["actors"][1]["roles"]
    )
    edit(part(split, 1), "act: warns", "act: denies")
    assert_same_as_full(split, "partial")


@pytest.mark.parametrize("damage", ["cut", "flipped", "empty", "other layout"])
def test_a_damaged_kept_document_is_parsed_again(split: LedgerPaths, damage: str) -> None:
    kept = kept_document(split)
    good = kept.read_bytes()
    broken = {
        "cut": good[: len(good) // 2],
        "flipped": good[:-10] + bytes([good[-10] ^ 1]) + good[-9:],
        "empty": b"",
        "other layout": good.replace(b"document 1 ", b"document 9 ", 1),
    }[damage]
    assert broken != good
    kept.write_bytes(broken)
    edit(part(split, 1), "act: denies", "act: warns")
    assert_same_as_full(split, "partial")
    assert kept_document(split).read_bytes() == good  # written again, as it was


def test_the_documents_of_contents_gone_are_removed(split: LedgerPaths) -> None:
    first = kept_document(split)
    edit(split.main, "Actor Number 3\n", "Actor Three\n")
    assert checkcache.validate(split).mode == "partial"
    assert not first.exists()
    assert kept_document(split) != first
    stray = parsed_folder(split) / f"{'0' * 64}-other-code.doc"
    stray.write_bytes(b"from other code")
    edit(split.main, "Actor Three\n", "Actor 3\n")
    assert checkcache.validate(split).mode == "partial"
    assert not stray.exists()
    assert kept_document(split).name.startswith(hashlib.sha256(split.main.read_bytes()).hexdigest())


def test_a_document_with_a_problem_is_not_kept(split: LedgerPaths) -> None:
    edit(split.main, "actors:\n", "actors:\n  - id: dup\n    id: dup\n    name: Twice\n")
    done = checkcache.validate(split)
    assert any(p.code == "yaml-duplicate-key" for p in done.report.problems)
    assert not list(parsed_folder(split).glob("*.doc"))
    assert_same_as_full(split, "cached")


@pytest.mark.parametrize(
    "record",
    [
        ("kind: person\n", "kind: robot\n"),  # an error in a record
        ("name: Actor Number 2\n", "name: Actor Number 2\n    url: not a link\n"),
    ],
)
def test_a_record_with_a_problem_is_checked_again_after_an_edit_of_claims(
    split: LedgerPaths, record: tuple[str, str]
) -> None:
    """The records' own rules are skipped after an edit only when no file of them
    changed and none had a problem: a record's problem is reported after each edit."""
    edit(split.main, *record)
    first = checkcache.validate(split)
    assert any(p.file.endswith("claims.yaml") for p in first.report.problems)
    edit(part(split, 1), "act: denies", "act: warns")
    report = assert_same_as_full(split, "partial")
    assert any(p["file"].endswith("claims.yaml") for p in report["problems"])  # type: ignore[attr-defined]


def test_a_main_file_holding_claims_is_not_kept_parsed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A one-file ledger: keeping its main file would write every claim out again."""
    monkeypatch.chdir(tmp_path)
    make_ledger.generate(tmp_path / "ledger", 60, 1)
    paths = locate(tmp_path / "ledger")
    assert "claims:" in paths.main.read_text(encoding="utf-8")
    assert checkcache.validate(paths).mode == "full"
    assert checkcache.validate(paths).mode == "cached"
    folder = parsed_folder(paths)
    assert not (folder.exists() and list(folder.glob("*.doc")))
    edit(paths.main, "act: denies", "act: warns")
    assert_same_as_full(paths, "partial")
    assert not (folder.exists() and list(folder.glob("*.doc")))
