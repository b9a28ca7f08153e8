"""A hostile ledger is reported, never expanded, followed, crashed on or waited for."""

from __future__ import annotations

import importlib.util
import json
import shutil
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
from conftest import BASE, BUNDLED, REPO, SOURCE_A, write_ledger
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from rnkclaims.cli import app
from rnkclaims.ledger import LedgerPaths, load
from rnkclaims.ledger.yamlread import MAX_DEPTH, MAX_REPORTED, parse_yaml
from rnkclaims.model import LENGTH_LIMITS

runner = CliRunner()


def _fuzz() -> Any:
    spec = importlib.util.spec_from_file_location("fuzz_ledger", REPO / "tools" / "fuzz_ledger.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["fuzz_ledger"] = module
    spec.loader.exec_module(module)
    return module


fuzz = _fuzz()


def _bomb(levels: int) -> str:
    """The billion laughs: each level ten aliases of the one before."""
    lines = ["  a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for i in range(1, levels + 1):
        lines.append(f"  a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]")
    return "\n".join(lines)


def _validate(ledger: Path) -> tuple[int, dict[str, Any]]:
    result = runner.invoke(app, ["validate", "--ledger", str(ledger), "--format", "json"])
    assert result.exit_code in (0, 1), result.output
    return result.exit_code, json.loads(result.output)


def _codes(report: dict[str, Any]) -> list[tuple[str, int, int]]:
    return [(p["code"], p["line"], p["column"]) for p in report["problems"]]


# -- anchors, aliases, nesting, tags -------------------------------------------------------


def test_alias_bomb_is_refused_before_anything_is_built() -> None:
    text = "schema_version: 1\nbomb:\n" + _bomb(3) + "\n"
    doc = parse_yaml(text, "claims.yaml")
    assert doc.data is None  # refused, not expanded
    problems = [(p.code, p.line, p.column) for p in doc.problems]
    assert problems[:3] == [("yaml-anchor", 3, 7), ("yaml-anchor", 4, 7), ("yaml-anchor", 4, 12)]
    assert {code for code, _, _ in problems} == {"yaml-anchor"}


def test_many_anchors_are_counted_not_listed() -> None:
    doc = parse_yaml("schema_version: 1\nbomb:\n" + _bomb(4) + "\n", "claims.yaml")
    assert len(doc.problems) == MAX_REPORTED + 1
    assert doc.problems[-1].message.startswith(f"{5 + 40 - MAX_REPORTED} more like this")


@pytest.mark.parametrize(
    "command",
    [
        ["validate"],
        ["claims", "-f", "json"],
        ["stats"],
        ["add", "--speaker", "john-hill", "--source", "src-a", "--act", "asserts",
         "--mode", "reported", "--excerpt", "Officials met on Tuesday."],
    ],
    ids=["validate", "claims", "stats", "add"],
)  # fmt: skip
def test_alias_bomb_in_an_extra_file_stops_every_command(
    tmp_path: Path, command: list[str]
) -> None:
    paths = write_ledger(tmp_path / "ledger")
    paths.extra_dir.mkdir()
    (paths.extra_dir / "bomb.yaml").write_text(
        "topics:\n  - id: bomb\n    name: Bomb\n    note:\n" + textwrap.indent(_bomb(9), "    ")
    )
    result = runner.invoke(app, [*command, "--ledger", str(paths.root)])
    if command[0] == "add":  # add refuses only the problems it would bring in
        assert result.exit_code == 0, result.output
        assert "added claim" in result.output
    else:
        assert result.exit_code == 1, result.output
        assert "yaml-anchor" in result.output or "validate" in result.output


def test_add_to_a_file_with_an_anchor_names_the_anchor(tmp_path: Path) -> None:
    paths = write_ledger(
        tmp_path / "ledger", BASE.replace("  - id: tass\n", "  - &t\n    id: tass\n")
    )
    before = paths.main.read_bytes()
    result = runner.invoke(
        app,
        ["add", "--speaker", "john-hill", "--source", "src-a", "--act", "asserts",
         "--mode", "reported", "--excerpt", "Officials met on Tuesday.",
         "--ledger", str(paths.root)],
    )  # fmt: skip
    assert result.exit_code == 1
    assert "claims.yaml:24:5: anchor &t is not allowed [yaml-anchor]" in result.output
    assert "report it" not in result.output
    assert paths.main.read_bytes() == before


def test_extract_reads_a_ledger_holding_an_alias_bomb(tmp_path: Path) -> None:
    paths = write_ledger(tmp_path / "ledger")
    paths.extra_dir.mkdir()
    (paths.extra_dir / "bomb.yaml").write_text("topics: " + "\n" + _bomb(9).replace("  a", "  - a"))
    result = runner.invoke(app, ["extract", "src-a", "--ledger", str(paths.root)])
    assert result.exit_code in (0, 1), result.output


def test_deep_nesting_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    deep = "[" * 500 + "]" * 500
    paths = write_ledger(
        tmp_path / "ledger", BASE.replace("    aliases: [Hill]", f"    aliases: {deep}")
    )
    code, report = _validate(paths.root)
    assert code == 1
    assert ("yaml-too-deep", 7, 14 + MAX_DEPTH - 3) in _codes(report)


def test_nesting_beyond_the_parser_limit_is_a_syntax_error(tmp_path: Path) -> None:
    deep = "[" * 5000 + "]" * 5000
    paths = write_ledger(
        tmp_path / "ledger", BASE.replace("    aliases: [Hill]", f"    aliases: {deep}")
    )
    code, report = _validate(paths.root)
    assert code == 1 and report["problems"][0]["code"] == "yaml-syntax"
    assert "maximum nesting depth" in report["problems"][0]["message"]


def test_thousands_of_tags_are_counted_not_listed(tmp_path: Path) -> None:
    terms = ", ".join(["!!str arms"] * 5000)
    paths = write_ledger(
        tmp_path / "ledger",
        BASE.replace("terms: [arms deals, supplying military equipment]", f"terms: [{terms}]"),
    )
    code, report = _validate(paths.root)
    tags = [p for p in report["problems"] if p["code"] == "yaml-tag"]
    assert code == 1 and len(tags) == MAX_REPORTED + 1
    summary = [t for t in tags if t["message"].startswith(f"{5000 - MAX_REPORTED} more like")]
    assert len(summary) == 1


# -- wrong types ---------------------------------------------------------------------------


def _line(text: str, needle: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), 1) if needle in line)


@pytest.mark.parametrize(
    ("old", "new", "column"),
    [
        ("    speaker: john-hill\n", "    speaker: [john-hill, tass]\n", 14),
        ("    speaker: john-hill\n", "    speaker: {id: john-hill}\n", 14),
        ("  - id: john-hill\n", "  - id: [john-hill]\n", 9),
        ("  - id: john-hill\n", "  - id: {a: b}\n", 9),
        ("  - id: hill-watching\n", "  - id: [hill-watching]\n", 9),
        ("  - id: kp-arms-to-ru\n", "  - id: {a: b}\n", 9),
        ("    source: src-a\n    mode: quote", "    source: [src-a]\n    mode: quote", 13),
        ("      - id: dasd-space\n", "      - id: [dasd-space]\n", 13),
        ("    role: dasd-space\n", "    role: {id: dasd-space}\n", 11),
    ],
)
def test_a_list_or_mapping_where_an_id_goes_is_wrong_type(
    tmp_path: Path, old: str, new: str, column: int
) -> None:
    assert BASE.count(old) == 1
    text = BASE.replace(old, new)
    paths = write_ledger(tmp_path / "ledger", text)
    code, report = _validate(paths.root)
    assert code == 1
    assert ("wrong-type", _line(text, new.split("\n")[0]), column) in _codes(report)
    query = runner.invoke(app, ["claims", "--ledger", str(paths.root), "-f", "json"])
    assert query.exit_code == 1 and "validate" in query.output


def test_schema_version_true_is_not_one(tmp_path: Path) -> None:
    paths = write_ledger(
        tmp_path / "ledger", BASE.replace("schema_version: 1", "schema_version: true")
    )
    code, report = _validate(paths.root)
    assert code == 1 and _codes(report) == [("schema-version", 1, 17)]


@pytest.mark.parametrize(
    ("venue", "problem"),
    [("12", ("wrong-type", 52, 12)), ("podium", ("bad-vocabulary", 52, 12)),
     ("press-conference", None)],
)  # fmt: skip
def test_a_venue_written_as_one_word_is_a_venue_kind(
    tmp_path: Path, venue: str, problem: tuple[str, int, int] | None
) -> None:
    paths = write_ledger(
        tmp_path / "ledger",
        BASE.replace("    said: 2023-09\n", f"    said: 2023-09\n    venue: {venue}\n"),
    )
    code, report = _validate(paths.root)
    assert _codes(report) == ([problem] if problem else [])
    assert code == (1 if problem else 0)


def test_ten_thousand_wrong_values_make_a_short_report(tmp_path: Path) -> None:
    from rnkclaims.check.context import MAX_PER_CODE

    items = ", ".join(["7"] * 10_000)
    paths = write_ledger(
        tmp_path / "ledger", BASE.replace("    aliases: [Hill]", f"    aliases: [{items}]")
    )
    code, report = _validate(paths.root)
    assert code == 1
    wrong = [p for p in report["problems"] if p["code"] == "wrong-type"]
    assert len(wrong) == MAX_PER_CODE + 1
    assert f"{10_000 - MAX_PER_CODE:,} more like this" in wrong[1]["message"]


def test_problems_in_a_mapping_of_many_keys_are_placed(tmp_path: Path) -> None:
    keys = "".join(f"    extra{i}: 1\n" for i in range(2_000)) + "    [a, b]: 1\n    quote: [x]\n"
    text = BASE.replace("    act: accuses\n", "    act: accuses\n" + keys + "    speeker: x\n")
    paths = write_ledger(tmp_path / "ledger", text)
    code, report = _validate(paths.root)
    assert code == 1
    unknown = [(p["line"], p["column"]) for p in report["problems"] if p["code"] == "unknown-field"]
    first = _line(text, "extra0: 1")
    assert unknown[:3] == [(first, 5), (first, 5), (first + 1, 5)]  # then the count
    assert ("wrong-type", first + 2_000, 5) in _codes(report)  # the key that is a list
    assert ("wrong-type", first + 2_001, 12) in _codes(report)  # found in the index
    speeker = [p for p in report["problems"] if "speeker" in p["message"]]
    assert speeker == []  # beyond the first 100 unknown fields: counted, not listed


def test_many_unknown_references_are_counted_past_the_first_hundred(tmp_path: Path) -> None:
    from rnkclaims.check.context import MAX_PER_CODE

    claims = "".join(
        f"  - id: c{i}\n    speaker: nobody-{i}\n    source: src-a\n    mode: reported\n"
        f"    excerpt: Officials met on Tuesday.\n    act: asserts\n"
        for i in range(300)
    )
    paths = write_ledger(tmp_path / "ledger", BASE + claims)
    code, report = _validate(paths.root)
    unknown = [p for p in report["problems"] if p["code"] == "unknown-reference"]
    assert code == 1 and len(unknown) == MAX_PER_CODE + 1
    assert any(p["message"].startswith(f"{300 - MAX_PER_CODE} more like this") for p in unknown)


# -- length limits -------------------------------------------------------------------------


def test_a_ten_megabyte_name_is_too_long_and_not_repeated(tmp_path: Path) -> None:
    huge = "A" * 10_000_000
    paths = write_ledger(
        tmp_path / "ledger", BASE.replace("    name: TASS\n", f"    name: {huge}\n")
    )
    result = runner.invoke(app, ["validate", "--ledger", str(paths.root), "--format", "json"])
    assert result.exit_code == 1
    assert len(result.output) < 5_000  # the value is measured, never printed
    report = json.loads(result.output)
    assert _codes(report) == [("too-long", 25, 11)]
    assert report["problems"][0]["message"] == (
        f"'name' is 10,000,000 characters long; the limit is {LENGTH_LIMITS['name']:,}"
    )


def test_a_huge_reference_is_one_problem(tmp_path: Path) -> None:
    huge = "x" * 1_000_000
    paths = write_ledger(
        tmp_path / "ledger", BASE.replace("    speaker: north-korea\n", f"    speaker: {huge}\n")
    )
    result = runner.invoke(app, ["validate", "--ledger", str(paths.root), "--format", "json"])
    assert result.exit_code == 1 and len(result.output) < 5_000
    assert [p["code"] for p in json.loads(result.output)["problems"]] == ["too-long"]


@pytest.mark.parametrize(
    ("old", "limit"),
    [("    excerpt: Pyongyang denied any arms deals with Moscow", "excerpt"),
     ("    text: North Korea supplies arms to Russia.", "excerpt"),
     ("    aliases: [Hill]", "name"), ("    country: US", "name"),
     ("    topics: [arms-transfers]\nclaims:", "id")],
)  # fmt: skip
def test_each_kind_of_field_has_its_limit(tmp_path: Path, old: str, limit: str) -> None:
    key, value = old.split(": ", 1)
    bracket = value.startswith("[")
    allowed = LENGTH_LIMITS[limit]
    for length, problems in ((allowed, 0), (allowed + 1, 1)):
        text = "a" * length
        new = f"{key}: [{text}]" if bracket else f"{key}: {text}"
        new += value.split("]", 1)[1] if bracket else ""
        assert BASE.count(old) == 1
        paths = write_ledger(tmp_path / f"l{length}", BASE.replace(old, new))
        report = load(paths)
        from rnkclaims.check import check

        found = [p for p in check(report).report.problems if p.code == "too-long"]
        assert len(found) == problems, (old, length)


# -- symbolic links ------------------------------------------------------------------------


def _secret(tmp_path: Path) -> Path:
    secret = tmp_path / "secret.yaml"
    secret.write_text("password: hunter2 [\n", encoding="utf-8")
    return secret


def test_a_linked_main_file_outside_the_ledger_is_not_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "repo" / "data"
    write_ledger(root)
    (root / "claims.yaml").unlink()
    (root / "claims.yaml").symlink_to(_secret(tmp_path))
    for args in (["--ledger", str(root)], ["--ledger", str(root / "claims.yaml")], []):
        monkeypatch.chdir(tmp_path / "repo")
        code, report = _validate(root) if args else _validate_here()
        assert code == 1
        assert [p["code"] for p in report["problems"]][:1] == ["symlink-outside"]
        assert "hunter2" not in json.dumps(report)


def _validate_here() -> tuple[int, dict[str, Any]]:
    result = runner.invoke(app, ["validate", "--format", "json"])
    assert result.exit_code in (0, 1), result.output
    return result.exit_code, json.loads(result.output)


def test_linked_extra_and_source_files_outside_the_ledger_are_not_read(tmp_path: Path) -> None:
    paths = write_ledger(tmp_path / "ledger")
    paths.extra_dir.mkdir()
    (paths.extra_dir / "more.yaml").symlink_to(_secret(tmp_path))
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (outside / "src-b.txt").write_text(SOURCE_A.replace("Officials", "Secret"), encoding="utf-8")
    (paths.sources_dir / "src-b.txt").symlink_to(outside / "src-b.txt")
    code, report = _validate(paths.root)
    assert code == 1
    linked = sorted(
        Path(p["file"]).name for p in report["problems"] if p["code"] == "symlink-outside"
    )
    assert linked == ["more.yaml", "src-b.txt"]
    assert "hunter2" not in json.dumps(report) and "Secret" not in json.dumps(report)


def test_a_linked_sources_folder_outside_the_ledger_is_not_read(tmp_path: Path) -> None:
    paths = write_ledger(tmp_path / "ledger")
    shutil.move(paths.sources_dir, tmp_path / "sources-elsewhere")
    paths.sources_dir.symlink_to(tmp_path / "sources-elsewhere")
    ledger = load(paths)
    assert [p.code for p in ledger.problems] == ["symlink-outside"]
    assert ledger.sources == {}


def test_the_fingerprint_does_not_read_a_linked_file_outside(tmp_path: Path) -> None:
    from rnkclaims.ledger import fingerprint

    paths = write_ledger(tmp_path / "ledger")
    outside = tmp_path / "big.txt"
    outside.write_text("one\n", encoding="utf-8")
    (paths.sources_dir / "src-b.txt").symlink_to(outside)
    before = fingerprint(paths)
    outside.write_text("two\n", encoding="utf-8")  # a file never read cannot change it
    assert fingerprint(paths) == before


def test_links_inside_the_ledger_are_followed(tmp_path: Path) -> None:
    paths = write_ledger(tmp_path / "ledger")
    (paths.root / "archive").mkdir()
    shutil.move(paths.sources_dir / "src-a.txt", paths.root / "archive" / "src-a.txt")
    (paths.sources_dir / "src-a.txt").symlink_to(Path("..") / "archive" / "src-a.txt")
    code, report = _validate(paths.root)
    assert (code, report["problems"]) == (0, [])


def test_the_ledger_given_through_a_linked_folder_is_read(tmp_path: Path) -> None:
    paths = write_ledger(tmp_path / "ledger")
    (tmp_path / "alias").symlink_to(paths.root)
    code, report = _validate(tmp_path / "alias")
    assert (code, report["problems"]) == (0, [])
    assert LedgerPaths(paths.main).root == paths.root


# -- the property: whatever the mutation, an answer ----------------------------------------

mutation = st.builds(
    fuzz.Mutation,
    kind=st.sampled_from(fuzz.KINDS),
    where=st.floats(0, 1),
    size=st.integers(0, 20_000),
    source=st.booleans(),
)


@settings(
    max_examples=40,
    deadline=None,  # time is checked per run, against the same bound as the script's
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(mutations=st.lists(mutation, min_size=1, max_size=3))
def test_any_mutation_of_the_bundled_ledger_gets_an_answer(
    tmp_path_factory: pytest.TempPathFactory, mutations: list[Any]
) -> None:
    root = tmp_path_factory.mktemp("mutant")
    shutil.copytree(BUNDLED, root / "ledger")
    outcome = fuzz.run_case(root / "ledger", root / "q.db", mutations, timeout=10)
    assert outcome.failures == [], mutations


_TOKENS = ["&a", "*a", "!t", "&", "*", "[", "]", "{", "}", ",", ":", ": ", "- ", "? ",
           "\n", " ", "\t", "x", "\ufeff", "'x'", "#c", "|\n  x\n", "--- ", "[x,", "{x:",
           '{"x":', "x: ", "- x\n", "\u2028", "\x85", "é"]  # fmt: skip


def test_the_quick_look_never_misses_an_anchor_alias_or_tag() -> None:
    """Every text of up to three tokens in which PyYAML's parser sees a node property."""
    import itertools

    import yaml

    from rnkclaims.ledger.yamlread import _may_hold_properties

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    checked = 0
    for n in range(1, 4):
        for tokens in itertools.product(_TOKENS, repeat=n):
            text = "".join(tokens)
            if "&a" not in text and "*a" not in text and "!t" not in text:
                continue
            try:
                events = list(yaml.parse(text, Loader=loader))
            except yaml.YAMLError:
                continue
            if any(getattr(e, "anchor", None) or getattr(e, "tag", None) for e in events):
                checked += 1
                assert _may_hold_properties(text), repr(text)
                assert _may_hold_properties(text.encode()), repr(text)  # as UTF-8 bytes
    assert checked > 500


def test_the_quick_look_lets_prose_through() -> None:
    from rnkclaims.ledger.yamlread import _may_hold_properties

    for prose in ("excerpt: AT&T and Q & A met; prices fell 5*3\n", "a: Q & A\n"):
        assert not _may_hold_properties(prose)
        assert not _may_hold_properties(prose.encode())
    assert _may_hold_properties("excerpt: &x AT&T\n")
    assert _may_hold_properties(b"excerpt: &x AT&T\n")
