"""Small core pieces on their own: dates, text normalisation, YAML reading, split ledgers."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from conftest import BASE, SOURCE_A, write_ledger

from rnkclaims.check import check
from rnkclaims.dates import DateError, PartialDate, parse_date, resolve_relative
from rnkclaims.ledger import load
from rnkclaims.ledger.yamlread import WITH_LIBYAML, parse_yaml
from rnkclaims.textnorm import fold, normalise

WED_2023_09_20 = PartialDate(2023, 9, 20)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("2023", "2023"), ("2023-09", "2023-09"), ("2023-09-20", "2023-09-20"), (2015, "2015")],
)
def test_parse_date(text: object, expected: str) -> None:
    assert str(parse_date(text)) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("2023-02-29", "February 2023 has 28 days"),
        ("2023-13", "there is no month 13"),
        ("20230920", "is not a date"),
        ("Sept. 20, 2023", "is not a date"),
        ("0999", "out of range"),
    ],
)
def test_bad_dates_say_why(text: str, message: str) -> None:
    with pytest.raises(DateError, match=message):
        parse_date(text)


def test_partial_date_bounds() -> None:
    feb = parse_date("2024-02")
    assert (feb.earliest, feb.latest, feb.precision) == (
        date(2024, 2, 1),
        date(2024, 2, 29),
        "month",
    )
    assert parse_date("2023").latest == date(2023, 12, 31)


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ("on Friday", "2023-09-15"),
        ("Wednesday", "2023-09-20"),  # the publication day itself
        ("last Wednesday", "2023-09-13"),  # "last" excludes the publication day
        ("on Tuesday", "2023-09-19"),
        ("yesterday", "2023-09-19"),
        ("earlier in the day", "2023-09-20"),  # the story's own day, as "today"
        ("later today", "2023-09-20"),
        ("this week", "2023-09"),
        ("last week", "2023-09"),
        ("this month", "2023-09"),
        ("last month", "2023-08"),
        ("this year", "2023"),
        ("last year", "2022"),
    ],
)
def test_relative_dates_resolve_against_publication(expression: str, expected: str) -> None:
    assert str(resolve_relative(expression, WED_2023_09_20).value) == expected


def test_week_bounds() -> None:
    resolved = resolve_relative("last week", WED_2023_09_20)
    assert (resolved.earliest, resolved.latest) == (date(2023, 9, 11), date(2023, 9, 17))


def test_relative_date_needs_a_precise_enough_publication_date() -> None:
    with pytest.raises(DateError, match="known to the day"):
        resolve_relative("on Friday", PartialDate(2015, 4))
    assert str(resolve_relative("this year", PartialDate(2015)).value) == "2015"
    with pytest.raises(DateError, match="cannot resolve"):
        resolve_relative("the other day", WED_2023_09_20)


def test_normalise_folds_quotes_dashes_and_whitespace() -> None:
    assert normalise("\u201cIt\u2019s\u201d \u2013 a\n\t test\u2026 ") == '"It\'s" - a test...'
    assert normalise("Case Stays") == "Case Stays"
    assert fold("  Kim  Jong-\u00dcn ") == "kim jong-un"


def test_yaml_scalars_stay_as_written() -> None:
    doc = parse_yaml("a: 2023-09\nb: 2015\nc: '007'\nd: no\ne: null\nf: 1.5\n", "t")
    assert doc.data == {"a": "2023-09", "b": 2015, "c": "007", "d": "no", "e": None, "f": 1.5}
    assert WITH_LIBYAML


def test_yaml_positions_are_one_based() -> None:
    doc = parse_yaml("top:\n  - id: a\n    name: x\n", "t")
    item = doc.data["top"][0]
    assert doc.where(item, "name") == (3, 5)
    assert doc.where_value(item, "name") == (3, 11)
    assert doc.where(doc.data["top"], 0) == (2, 5)


def test_split_ledger_files_are_merged_with_positions(tmp_path: Path) -> None:
    head, claims = BASE.split("claims:\n")
    paths = write_ledger(tmp_path / "data", head, {"src-a": SOURCE_A})
    extra = paths.extra_dir
    extra.mkdir()
    (extra / "2023.yaml").write_text("schema_version: 1\nclaims:\n" + claims)
    checked = check(load(paths))
    assert checked.report.problems == []
    assert checked.report.counts["claims"] == 3
    # a duplicate id across files is reported in the second file, naming the first
    (extra / "2024.yaml").write_text("claims:\n" + claims.split("  - id: kp-denies")[0])
    problems = check(load(paths)).report.problems
    assert [(p.code, Path(p.file).name, p.line) for p in problems] == [
        ("duplicate-id", "2024.yaml", 2)
    ]
    assert "2023.yaml:3" in problems[0].message


def test_a_rule_code_knows_its_severity_without_the_rules_imported_first() -> None:
    code = (
        "from rnkclaims.problems import CODES, Problem\n"
        "assert 'source-unused' not in CODES\n"
        "p = Problem('source-unused', 'claims.yaml', 1, 1, 'unused')\n"
        "print(p.severity, p.as_dict()['severity'])\n"
        "try:\n"
        "    Problem('no-such-code', 'f', 1, 1, 'm').severity\n"
        "except KeyError as exc:\n"
        "    print(exc)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.splitlines() == ["warning warning", "\"unknown problem code 'no-such-code'\""]
