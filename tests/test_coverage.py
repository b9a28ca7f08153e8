"""``coverage``: passages no claim covers, with line numbers in the source file."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from rnkclaims.authoring.coverage import coverage
from rnkclaims.check import check
from rnkclaims.cli import app
from rnkclaims.ledger import load
from rnkclaims.spans import locate
from tests.conftest import BASE, SOURCE_A, write_ledger

runner = CliRunner()

EXTRA = (
    "Analysts said the engines were new.\n"
    "\u201cThe tests will continue next year as planned,\u201d the ministry said.\n"
    'The regime called it a "hostile act" again.\n'
)


def _root(tmp_path: Path) -> Path:
    write_ledger(tmp_path / "data", BASE, {"src-a": SOURCE_A + EXTRA})
    return tmp_path / "data"


def test_uncovered_passages_with_file_line_numbers(tmp_path: Path) -> None:
    root = _root(tmp_path)
    result = coverage(load(write_ledger_paths(root)))
    (src,) = result.sources
    # front matter is 7 lines; the text's first line is line 8
    assert [(p.line, p.kind, p.text) for p in src.uncovered] == [
        (12, "reported", "Analysts said the engines were new."),
        (13, "quote", "The tests will continue next year as planned"),
        # calling something a "hostile act" is speech; the two quoted words are not a
        # quotation of their own
        (14, "reported", 'The regime called it a "hostile act" again.'),
    ]
    assert (src.covered, len(src.passages)) == (3, 6)
    assert result.percent == 50.0


def write_ledger_paths(root: Path):  # type: ignore[no-untyped-def]
    from rnkclaims.ledger import locate as find

    return find(root)


def test_locate_ignores_quote_styles_and_whitespace() -> None:
    text = "He said \u201cyes,\u201d  then\nleft."
    assert locate(text, '"yes," then left.') == [(8, len(text))]


def test_json_and_min_threshold(tmp_path: Path) -> None:
    root = _root(tmp_path)
    result = runner.invoke(app, ["coverage", "--format", "json", "--ledger", str(root)])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert (doc["passages"], doc["covered"], doc["percent"], doc["ok"]) == (6, 3, 50.0, True)
    assert doc["sources"][0]["uncovered"][0] == {
        "line": 12,
        "kind": "reported",
        "text": "Analysts said the engines were new.",
    }
    low = runner.invoke(app, ["coverage", "--min", "50", "--ledger", str(root)])
    assert low.exit_code == 0
    high = runner.invoke(app, ["coverage", "--min", "80", "--ledger", str(root)])
    assert high.exit_code == 1
    assert "sources/src-a.txt:12: reported: Analysts said the engines were new." in high.stdout
    assert "total: 3/6 passages covered (50.0%), minimum 80%: below" in high.stdout


def test_unknown_source_and_help(tmp_path: Path) -> None:
    root = _root(tmp_path)
    result = runner.invoke(app, ["coverage", "nope", "--ledger", str(root)])
    assert result.exit_code == 3
    assert "Error: no source 'nope'" in result.stderr
    help_text = runner.invoke(app, ["coverage", "--help"]).stdout
    assert "rnkclaims coverage --format json --min 80" in help_text


FURNITURE_SOURCE = """\
---
outlet: yonhap
title: Officials discuss space cooperation
published: 2023-09-20
language: en
furniture:
  - "Citing is allowed only with a link, the agency said. \u201cAll materials remain our
    property unless marked,\u201d it added."
  - "(c) Yonhap. All rights reserved."
---
SEOUL, Sept. 20 (Yonhap) -- Officials met on Tuesday.
Analysts said the engines were new.

Citing is allowed only with a link, the agency said.
"All materials remain our property unless marked,"  it added.
(c) Yonhap. All rights reserved.
"""


def test_passages_inside_furniture_are_skipped(tmp_path: Path) -> None:
    write_ledger(tmp_path / "data", BASE, {"src-a": FURNITURE_SOURCE})
    led = load(write_ledger_paths(tmp_path / "data"))
    (src,) = coverage(led).sources
    # the footer's reported sentence and quotation are matched across quote styles and
    # line breaks; the analysts' sentence outside it is still counted
    assert [(p.line, p.kind, p.text) for p in src.passages] == [
        (12, "reported", "Analysts said the engines were new."),
    ]
    assert "furniture-not-in-source" not in {p.code for p in check(led).report.problems}


def test_a_passage_only_partly_in_furniture_is_counted(tmp_path: Path) -> None:
    source = FURNITURE_SOURCE.replace(
        "Citing is allowed only with a link, the agency said. \u201cAll materials remain our\n"
        "    property unless marked,\u201d it added.",
        "only with a link, the agency said.",
    )
    write_ledger(tmp_path / "data", BASE, {"src-a": source})
    (src,) = coverage(load(write_ledger_paths(tmp_path / "data"))).sources
    assert [(p.kind, p.text) for p in src.passages] == [
        ("reported", "Analysts said the engines were new."),
        ("reported", "Citing is allowed only with a link, the agency said."),
        ("quote", "All materials remain our property unless marked"),
    ]


def test_a_source_without_furniture_skips_what_source_add_would_propose(tmp_path: Path) -> None:
    front = "---\noutlet: yonhap\ntitle: T\npublished: 2023-09-20\nlanguage: en\n---\n"
    body = (
        "Hill says talks with Seoul went well\n\n"
        "SEOUL, Sept. 20 (Yonhap) -- Hill said on Wednesday the talks went well.\n\n"
        "(END)\n"
    )
    write_ledger(tmp_path / "data", BASE, {"src-a": front + body})
    (src,) = coverage(load(write_ledger_paths(tmp_path / "data"))).sources
    # the headline says "says" too, but only the story's sentence is a passage
    assert [p.text for p in src.passages] == ["Hill said on Wednesday the talks went well."]
