"""``extract``: each rule on a short text written for it, then the command."""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest
from typer.testing import CliRunner

from rnkclaims.authoring.extract import Draft, Extraction, analyse, extract
from rnkclaims.check import check
from rnkclaims.cli import app
from rnkclaims.ledger import load
from rnkclaims.ledger.yamlread import parse_yaml
from tests.conftest import BASE, write_ledger

runner = CliRunner()

FRONT = """\
---
outlet: yonhap
title: Test article
published: {published}
language: en
---
"""


def run(tmp_path: Path, body: str, published: str = "2023-09-20") -> Extraction:
    paths = write_ledger(
        tmp_path / "data", BASE, {"src-a": FRONT.format(published=published) + body}
    )
    ledger = load(paths)
    result = extract(ledger, ledger.sources["src-a"])
    text = ledger.sources["src-a"].text
    for draft in result.drafts:  # never an invented excerpt
        assert draft.excerpt in text
        assert draft.excerpt == text[draft.start : draft.end]
        if draft.quote is not None:
            assert draft.quote in draft.excerpt
    return result


def only(result: Extraction) -> Draft:
    assert len(result.drafts) == 1, [(d.mode, d.excerpt) for d in result.drafts]
    return result.drafts[0]


# -- quotations ----------------------------------------------------------------------------


def test_straight_quote_with_attribution_after(tmp_path: Path) -> None:
    d = only(run(tmp_path, '"We are certainly watching what they are doing," Hill said.\n'))
    assert (d.mode, d.speaker, d.act, d.resolved_by) == ("quote", "john-hill", "asserts", "alias")
    assert d.quote == "We are certainly watching what they are doing,"
    assert d.excerpt == '"We are certainly watching what they are doing," Hill said.'


@pytest.mark.parametrize(
    "body",
    [
        '\u201cWe will keep watching their programme closely," Hill said.\n',
        '"We will keep watching their programme closely,\u201d Hill said.\n',
        "\u201cWe will keep watching their programme closely,\u201d Hill said.\n",
        "\u00abWe will keep watching their programme closely,\u00bb Hill said.\n",
    ],
)
def test_quote_opening_and_closing_with_different_marks(tmp_path: Path, body: str) -> None:
    d = only(run(tmp_path, body))
    assert d.quote == "We will keep watching their programme closely,"
    assert d.speaker == "john-hill"


def test_quote_without_opening_mark(tmp_path: Path) -> None:
    body = 'Officials met. The launch was a great success for the nation," Pyongyang said.\n'
    d = only(run(tmp_path, body))
    assert d.quote == "The launch was a great success for the nation,"
    assert d.speaker == "north-korea"
    assert d.excerpt.startswith("The launch was")


def test_quote_without_closing_mark_runs_to_the_paragraph_end(tmp_path: Path) -> None:
    body = 'Hill said: "The ability to continue cutting off Russia is at the crux of it\n'
    d = only(run(tmp_path, body))
    assert d.quote == "The ability to continue cutting off Russia is at the crux of it"
    assert d.speaker == "john-hill"


def test_attribution_before_the_quote(tmp_path: Path) -> None:
    d = only(run(tmp_path, 'Hill warned: "They are going to keep pressing on us."\n'))
    assert (d.speaker, d.act, d.verb) == ("john-hill", "warns", "warned")


def test_a_second_quote_continues_the_speaker(tmp_path: Path) -> None:
    body = (
        '"We are certainly watching what they are doing," Hill said. '
        '"They are going to keep pressing on us."\n'
        '"The DPRK continues to pursue its space programme."\n'
    )
    drafts = run(tmp_path, body).drafts
    assert [d.resolved_by for d in drafts] == ["alias", "continuation", "continuation"]
    assert {d.speaker for d in drafts} == {"john-hill"}
    assert drafts[1].quote == "They are going to keep pressing on us."


def test_short_quoted_terms_are_not_quotations(tmp_path: Path) -> None:
    result = run(tmp_path, 'The allies improved their "unified understanding" of space.\n')
    assert result.drafts == []
    assert analyse('a "persistent threat" here').long_quotes() == []


# -- reported speech -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("verb", "act"),
    [
        ("said", "asserts"),
        ("stated", "asserts"),
        ("denied", "denies"),
        ("accused", "accuses"),
        ("confirmed", "confirms"),
        ("warned", "warns"),
        ("pledged", "pledges"),
        ("vowed", "pledges"),
    ],
)
def test_speech_verbs_map_to_speech_acts(tmp_path: Path, verb: str, act: str) -> None:
    d = only(run(tmp_path, f"Pyongyang {verb} that it sends no arms to Moscow.\n"))
    assert (d.mode, d.speaker, d.act, d.verb) == ("reported", "north-korea", act, verb)
    assert d.excerpt == f"Pyongyang {verb} that it sends no arms to Moscow."


def test_told_and_according_to(tmp_path: Path) -> None:
    body = (
        "Hill told reporters that the talks went well.\n"
        "According to Washington, the shipments began in August.\n"
    )
    drafts = run(tmp_path, body).drafts
    assert [(d.speaker, d.act, d.verb) for d in drafts] == [
        ("john-hill", "asserts", "told"),
        ("united-states", "asserts", "according to"),
    ]


def test_trailing_attribution_and_auxiliaries(tmp_path: Path) -> None:
    body = "Pyongyang denied any arms deals with Moscow, the US has repeatedly said.\n"
    drafts = run(tmp_path, body).drafts
    assert [(d.speaker, d.act) for d in drafts] == [
        ("north-korea", "denies"),
        ("united-states", "asserts"),
    ]


def test_a_verb_inside_what_was_said_is_not_another_claim(tmp_path: Path) -> None:
    body = "Hill said that Pyongyang denied the reports.\n"
    d = only(run(tmp_path, body))
    assert (d.speaker, d.verb) == ("john-hill", "said")


def test_coordinated_speakers_get_one_draft_each(tmp_path: Path) -> None:
    result = run(tmp_path, "Pyongyang and Washington have denied any talks.\n")
    assert [(d.speaker, d.act) for d in result.drafts] == [
        ("north-korea", "denies"),
        ("united-states", "denies"),
    ]


def test_adjective_uses_are_not_speech(tmp_path: Path) -> None:
    assert run(tmp_path, "The suspected arms deals were reported talks.\n").drafts == []


# -- speakers -------------------------------------------------------------------------------


def test_speaker_by_role_title(tmp_path: Path) -> None:
    body = (
        "The Deputy Assistant Secretary of Defense for Space and Missile Defense "
        "warned of new threats.\n"
    )
    d = only(run(tmp_path, body))
    assert (d.speaker, d.resolved_by, d.act) == ("john-hill", "title", "warns")


def test_title_in_an_appositive(tmp_path: Path) -> None:
    body = (
        "Mr. J. Hill, deputy assistant secretary of defense for space and missile "
        "defense, said the launches continue.\n"
    )
    d = only(run(tmp_path, body))
    assert d.speaker == "john-hill"


def test_pronoun_resolves_to_the_nearest_preceding_mention(tmp_path: Path) -> None:
    body = (
        "North Korea launched a satellite. Hill met reporters in Seoul.\n"
        '"We are certainly watching what they are doing," he said.\n'
    )
    d = only(run(tmp_path, body))
    assert (d.speaker, d.resolved_by, d.speaker_text) == ("john-hill", "pronoun", "he")


def test_it_resolves_to_the_body_that_spoke_before(tmp_path: Path) -> None:
    body = (
        "Pyongyang said on Tuesday that the launch succeeded.\nIt also said the tests continue.\n"
    )
    drafts = run(tmp_path, body).drafts
    assert [d.speaker for d in drafts] == ["north-korea", "north-korea"]
    assert drafts[1].resolved_by == "pronoun"


def test_unknown_speaker_is_proposed_as_a_new_actor(tmp_path: Path) -> None:
    body = (
        "Pak Hyon Su, deputy head of the space committee, said the programme is peaceful.\n"
        '"The DPRK will develop cooperation with foreign countries," Pak told TASS.\n'
    )
    result = run(tmp_path, body)
    assert [d.speaker for d in result.drafts] == ["pak-hyon-su", "pak-hyon-su"]
    assert result.new_actors == [
        {
            "id": "pak-hyon-su",
            "name": "Pak Hyon Su",
            "kind": "person",
            "roles": [
                {
                    "id": "deputy-head-space-committee",
                    "title": "deputy head of the space committee",
                    "from": "2023-09-20",
                    "note": "Held on the article's date; start and end not known.",
                }
            ],
            "note": "Proposed from source src-a; review before use.",
        }
    ]


def test_unnamed_collective_is_proposed(tmp_path: Path) -> None:
    d = only(run(tmp_path, "Military analysts said the engines are new.\n"))
    assert d.new_actor is not None
    assert (d.new_actor["name"], d.new_actor["kind"]) == ("Military analysts", "collective")


# -- relays and dates -------------------------------------------------------------------------


def test_told_an_outlet_is_a_relay(tmp_path: Path) -> None:
    body = '"The DPRK space programme has peaceful purposes," Hill told TASS on Friday.\n'
    d = only(run(tmp_path, body))
    assert d.relay == [{"via": "tass", "how": "interview"}]
    assert d.venue == {"kind": "interview", "description": "interview with TASS"}


def test_an_outlet_reporting_is_a_relay(tmp_path: Path) -> None:
    body = "Washington accused Pyongyang of supplying arms, TASS reports.\n"
    d = only(run(tmp_path, body))
    assert (d.speaker, d.act) == ("united-states", "accuses")
    assert d.relay == [{"via": "tass", "how": "report"}]


def test_relative_dates_resolve_against_publication(tmp_path: Path) -> None:
    # 2023-09-20 is a Wednesday
    body = "Pyongyang denied the reports on Tuesday.\nHill said last Wednesday it was over.\n"
    drafts = run(tmp_path, body).drafts
    assert [d.said for d in drafts] == [
        {"expression": "on Tuesday"},
        {"expression": "last Wednesday"},
    ]


def test_relative_date_left_out_when_publication_is_imprecise(tmp_path: Path) -> None:
    d = only(run(tmp_path, "Pyongyang denied the reports on Tuesday.\n", published="2023-09"))
    assert d.said is None


def test_hedges(tmp_path: Path) -> None:
    d = only(run(tmp_path, "Hill said Russia has likely given technology to Pyongyang in May.\n"))
    assert (d.hedge, d.certainty) == ("likely", "probable")


# -- the command -------------------------------------------------------------------------------


def _ledger(tmp_path: Path, body: str) -> Path:
    write_ledger(tmp_path / "data", BASE, {"src-a": FRONT.format(published="2023-09-20") + body})
    return tmp_path / "data"


BODY = (
    "Officials met on Tuesday.\n"
    '"We are certainly watching what they are doing," Hill said.\n'
    "Pyongyang denied any arms deals with Moscow, the ministry said Wednesday.\n"
    "The US accuses North Korea of supplying Russia with ammunition.\n"
    "Analysts said the tests continue.\n"
)


def test_extract_prints_reviewable_yaml_without_covered_passages(tmp_path: Path) -> None:
    root = _ledger(tmp_path, BODY)
    result = runner.invoke(app, ["extract", "src-a", "--ledger", str(root)])
    assert result.exit_code == 0, result.output
    doc = parse_yaml(result.stdout, "<stdout>")
    assert doc.problems == []
    claims = doc.data["claims"]
    # the claims the ledger already has are skipped; "the ministry" with no earlier
    # ministry to refer to is not proposed as an actor called "ministry"
    assert [(c["speaker"], c["excerpt"]) for c in claims] == [
        ("analysts", "Analysts said the tests continue."),
    ]
    assert all(c["draft"] is True for c in claims)
    assert [a["name"] for a in doc.data["actors"]] == ["Analysts"]
    every = runner.invoke(app, ["extract", "src-a", "--all", "--ledger", str(root)])
    assert len(parse_yaml(every.stdout, "<stdout>").data["claims"]) > len(claims)


def test_extract_write_appends_drafts_that_validate_with_warnings(tmp_path: Path) -> None:
    root = _ledger(tmp_path, BODY)
    before = (root / "claims.yaml").read_text(encoding="utf-8")
    result = runner.invoke(app, ["extract", "src-a", "--write", "--ledger", str(root)])
    assert result.exit_code == 0, result.output
    after = (root / "claims.yaml").read_text(encoding="utf-8")
    ops = {op for op, *_ in difflib.SequenceMatcher(None, before, after).get_opcodes()}
    assert ops == {"equal", "insert"}  # the old text is all kept
    report = check(load(write_ledger_paths(root))).report
    assert report.errors == []
    assert {p.code for p in report.warnings} == {"draft-claim"}
    strict = runner.invoke(app, ["validate", "--strict", "--ledger", str(root)])
    assert strict.exit_code == 1
    again = runner.invoke(app, ["extract", "src-a", "--write", "--ledger", str(root)])
    assert again.exit_code == 0
    assert (root / "claims.yaml").read_text(encoding="utf-8") == after


def write_ledger_paths(root: Path):  # type: ignore[no-untyped-def]
    from rnkclaims.ledger import locate

    return locate(root)


def test_extract_unknown_source(tmp_path: Path) -> None:
    root = _ledger(tmp_path, BODY)
    result = runner.invoke(app, ["extract", "src-b", "--ledger", str(root)])
    assert result.exit_code == 3
    assert "Error: no source 'src-b'" in result.stderr
    assert "did you mean 'src-a'?" in result.stderr


def test_extract_help_has_an_example() -> None:
    result = runner.invoke(app, ["extract", "--help"])
    assert result.exit_code == 0
    assert "rnkclaims extract" in result.stdout


def test_trailing_attribution_after_a_that_clause_is_a_relay(tmp_path: Path) -> None:
    d = only(run(tmp_path, "Pyongyang denied on Monday that it ships shells, TASS reported.\n"))
    assert (d.speaker, d.act, d.relay) == (
        "north-korea",
        "denies",
        [{"via": "tass", "how": "report"}],
    )
    assert d.said == {"expression": "on Monday"}


# -- furniture ----------------------------------------------------------------------------


def test_nothing_is_drafted_from_furniture(tmp_path: Path) -> None:
    body = (
        '"We are certainly watching what they are doing," Hill said.\n\n'
        '"All materials remain our property unless marked," the agency said.\n'
        "Reuse is allowed only with a link, the agency said.\n"
    )
    furniture = (
        'furniture:\n  - "\\u201cAll materials remain our property unless marked,\\u201d the'
        ' agency said. Reuse is allowed only with a link, the agency said."\n'
    )
    front = FRONT.format(published="2023-09-20")
    front = front.replace("language: en\n", "language: en\n" + furniture)
    ledger = load(write_ledger(tmp_path / "data", BASE, {"src-a": front + body}))
    assert "furniture-not-in-source" not in {p.code for p in check(ledger).report.problems}
    d = only(extract(ledger, ledger.sources["src-a"]))
    assert (d.speaker, d.quote) == ("john-hill", "We are certainly watching what they are doing,")
    # without the furniture, the footer's quotation and sentence are drafted too
    bare = load(
        write_ledger(tmp_path / "bare", BASE, {"src-a": FRONT.format(published="2023") + body})
    )
    assert [d.verb for d in extract(bare, bare.sources["src-a"]).drafts] == ["said"] * 3
