"""One small invalid ledger per validation rule: the exact code, file and line."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import BASE, SOURCE_A, SOURCE_B

from rnkclaims.check import CODES, Checked


@dataclass(frozen=True)
class Case:
    code: str
    old: str  # replaced once in the file named by ``target``
    new: str
    needle: str  # the expected line is the first line holding this text
    target: str = "claims"  # or "source"
    column: int | None = None
    offset: int = 0  # lines after (or before) the needle's line


def _once(text: str, old: str, new: str) -> str:
    assert text.count(old) == 1, f"{old!r} occurs {text.count(old)} times"
    return text.replace(old, new)


CASES = [
    Case("yaml-syntax", "    terms: [arms deals, supplying military equipment]",
         "    terms: [arms deals, supplying military equipment", "terms: [arms deals",
         offset=1),
    Case("yaml-duplicate-key", "    name: TASS\n", "    name: TASS\n    name: ITAR-TASS\n",
         "name: ITAR-TASS", column=5),
    Case("yaml-anchor", "  - id: tass\n", "  - &t\n    id: tass\n", "&t"),
    Case("yaml-tag", "    name: TASS\n", "    name: !!str TASS\n", "!!str TASS"),
    Case("yaml-too-deep", "    aliases: [Hill]", "    aliases: " + "[" * 40 + "]" * 40,
         "aliases: [[["),
    Case("too-long", "    name: TASS\n", "    name: " + "T" * 501 + "\n", "name: TTT",
         column=11),
    Case("schema-version", "schema_version: 1", "schema_version: 7", "schema_version"),
    Case("unknown-field", "    speaker: john-hill", "    speeker: john-hill", "speeker",
         column=5),
    Case("missing-field", "    act: accuses\n", "", "  - id: us-accuses"),
    Case("wrong-type", "    aliases: [Hill]", "    aliases: Hill", "aliases: Hill"),
    Case("bad-id", "  - id: tass\n", "  - id: Tass Agency\n", "id: Tass Agency"),
    Case("duplicate-id", "  - id: tass\n", "  - id: yonhap\n", "name: TASS", offset=-1),
    Case("unknown-reference", "    speaker: united-states", "    speaker: united-state",
         "speaker: united-state"),
    Case("source-file-missing", "    source: src-a\n    mode: reported\n    excerpt: The US",
         "    source: src-z\n    mode: reported\n    excerpt: The US", "source: src-z"),
    Case("bad-vocabulary", "    act: accuses", "    act: accused", "act: accused"),
    Case("bad-date", "    said: 2023-09\n", "    said: 2023-02-30\n", "said: 2023-02-30"),
    Case("said-after-published", "    said: 2023-09\n", "    said: 2023-10\n", "said: 2023-10"),
    Case("relative-date-unresolved", "said: {expression: on Tuesday}",
         "said: {expression: the other day}", "the other day"),
    Case("date-mismatch", "said: {expression: on Tuesday}",
         "said: {expression: on Tuesday, date: 2023-09-12}", "on Tuesday"),
    Case("role-not-held", "        from: 2021-01", "        from: 2024-01",
         "    role: dasd-space"),
    Case("role-dates", "        from: 2021-01", "        from: 2021-01\n        to: 2020-05",
         "to: 2020-05"),
    Case("excerpt-not-in-source", "    excerpt: Pyongyang denied any arms deals with Moscow",
         "    excerpt: Pyongyang denied all arms deals with Moscow", "denied all arms"),
    Case("quote-not-in-source", "    quote: We are certainly watching what they are doing",
         "    quote: We are watching what they are doing", "quote: We are watching"),
    Case("quote-not-in-excerpt",
         "    excerpt: '\"We are certainly watching what they are doing,\" Hill said.'",
         "    excerpt: Officials met on Tuesday.", "quote: We are certainly"),
    Case("quote-missing", "    quote: We are certainly watching what they are doing\n", "",
         "    mode: quote"),
    Case("relay-loop", "    relay: [{via: yonhap, how: report}]",
         "    relay: [{via: yonhap, how: report}, north-korea]", "relay:"),
    Case("relay-repeated-hop", "    relay: [{via: yonhap, how: report}]",
         "    relay: [{via: yonhap, how: report}, yonhap]", "relay:"),
    Case("value-missing", "    text: North Korea supplies arms to Russia.\n",
         "    text: North Korea supplies arms to Russia.\n    kind: value\n",
         "      - {proposition: kp-arms-to-ru, stance: opposes}"),
    Case("value-unexpected", "stance: opposes}", "stance: opposes, value: '2023'}",
         "stance: opposes, value"),
    Case("incompatible-self", "    topics: [arms-transfers]\nclaims:",
         "    topics: [arms-transfers]\n    incompatible_with: [kp-arms-to-ru]\nclaims:",
         "incompatible_with"),
    Case("empty-text", "    excerpt: Pyongyang denied any arms deals with Moscow",
         "    excerpt: '  '", "excerpt: '  '"),
    Case("draft-claim", "    act: accuses\n", "    act: accuses\n    draft: true\n",
         "draft: true"),
    Case("furniture-not-in-source", "agencies: [yonhap]\n",
         "agencies: [yonhap]\nfurniture: [Copyright Yonhap]\n", "furniture:", target="source"),
    Case("source-front-matter", "---\noutlet: yonhap\n", "outlet: yonhap\n", "outlet: yonhap",
         target="source"),
    Case("not-claim-not-in-source", "agencies: [yonhap]\n",
         "agencies: [yonhap]\nnot_claims: [Officials met today.]\n", "not_claims:",
         target="source"),
    Case("suggestion-pending", "    act: accuses\n",
         "    act: accuses\n    suggested: {certainty: certain}\n", "suggested:"),
]  # fmt: skip


def _files(case: Case) -> tuple[str, dict[str, str], str]:
    if case.target == "claims":
        return _once(BASE, case.old, case.new), {"src-a": SOURCE_A}, "claims.yaml"
    return BASE, {"src-a": _once(SOURCE_A, case.old, case.new)}, "src-a.txt"


@pytest.mark.parametrize("case", CASES, ids=[c.code for c in CASES])
def test_rule(case: Case, checked_of: Callable[..., Checked]) -> None:
    claims, sources, filename = _files(case)
    text = claims if case.target == "claims" else sources["src-a"]
    line = next(i for i, t in enumerate(text.splitlines(), 1) if case.needle in t) + case.offset
    checked = checked_of(claims, sources)
    found = [p for p in checked.report.problems if p.code == case.code]
    assert found, f"no {case.code}; got {[(p.code, p.line) for p in checked.report.problems]}"
    problem = found[0]
    assert Path(problem.file).name == filename
    assert problem.line == line, problem
    if case.column is not None:
        assert problem.column == case.column
    assert problem.message and problem.severity == CODES[case.code][0]


def test_every_code_has_a_rule_test() -> None:
    tested = {c.code for c in CASES} | {"file-missing", "source-unused", "symlink-outside"}
    assert tested == set(CODES)


def test_base_ledger_is_valid(checked_of: Callable[..., Checked]) -> None:
    report = checked_of().report
    assert report.problems == []
    assert report.counts["claims"] == 3


def test_unused_source_is_a_warning(checked_of: Callable[..., Checked]) -> None:
    report = checked_of(BASE, {"src-a": SOURCE_A, "src-b": SOURCE_B}).report
    assert [(p.code, Path(p.file).name, p.line) for p in report.problems] == [
        ("source-unused", "src-b.txt", 1)
    ]
    assert report.valid() and not report.valid(strict=True)


@pytest.mark.parametrize("value", ["2023.5", "[2023, 9]", "{year: 2023}", "{date: [2023]}"])
def test_a_published_date_of_the_wrong_type_is_one_problem(
    value: str, checked_of: Callable[..., Checked]
) -> None:
    source = _once(SOURCE_A, "published: 2023-09-20", f"published: {value}")
    codes = [p.code for p in checked_of(BASE, {"src-a": source}).report.problems]
    assert "bad-date" not in codes
    assert codes.count("wrong-type") + codes.count("unknown-field") == 1, codes


def test_unreadable_ledger_file(tmp_path: Path) -> None:
    from rnkclaims.ledger import LedgerPaths, load

    main = tmp_path / "claims.yaml"
    main.write_bytes(b"schema_version: 1\nactors: [\xff]\n")
    report_codes = [p.code for p in load(LedgerPaths(main)).problems]
    assert report_codes == ["file-missing"]


def test_an_unreadable_claims_file_and_source_are_one_problem_with_one_hint(
    tmp_path: Path,
) -> None:
    from conftest import write_ledger

    from rnkclaims.ledger import load

    paths = write_ledger(tmp_path / "ledger")
    claims_dir = paths.root / "claims"
    claims_dir.mkdir(exist_ok=True)
    (claims_dir / "bad.yaml").write_bytes(b"claims: [\xff]\n")
    (paths.sources_dir / "src-bad.txt").write_bytes(b"---\noutlet: \xff\n---\ntext\n")
    found = {
        Path(p.file).name: (p.code, p.hint, p.message.startswith("cannot read: "))
        for p in load(paths).problems
        if p.code == "file-missing"
    }
    same = ("file-missing", "save the file as UTF-8 text", True)
    assert found == {"bad.yaml": same, "src-bad.txt": same}


def test_symlink_outside_the_ledger_is_not_read(tmp_path: Path) -> None:
    from conftest import write_ledger

    from rnkclaims.ledger import load

    secret = tmp_path / "secret.txt"
    secret.write_text("---\noutlet: yonhap\n---\nprivate key\n", encoding="utf-8")
    paths = write_ledger(tmp_path / "ledger")
    (paths.sources_dir / "src-x.txt").symlink_to(secret)
    ledger = load(paths)
    problems = [(p.code, Path(p.file).name) for p in ledger.problems]
    assert problems == [("symlink-outside", "src-x.txt")]
    assert "src-x" not in ledger.sources


def test_all_problems_are_collected(checked_of: Callable[..., Checked]) -> None:
    broken = _once(BASE, "    act: accuses", "    act: accused")
    broken = _once(broken, "    speaker: john-hill", "    speeker: john-hill")
    broken = _once(broken, "    said: 2023-09\n", "    said: 2023-13\n")
    codes = sorted(p.code for p in checked_of(broken).report.problems)
    assert codes == ["bad-date", "bad-vocabulary", "missing-field", "unknown-field"]


def test_said_expression_resolves_against_publication(
    checked_of: Callable[..., Checked],
) -> None:
    checked = checked_of()
    said = checked.derived.said["hill-watching"]
    assert (said.date, said.precision, said.expression) == ("2023-09-19", "day", "on Tuesday")
    assert checked.derived.role["hill-watching"] == "dasd-space"
