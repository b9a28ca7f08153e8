"""The wire agency a page credits for its copy: found in the page's own lines, proposed
by ``source add`` as the source's agencies, and the default relay of extract's drafts."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from rnkclaims.authoring.extract import Extraction, analyse, extract
from rnkclaims.authoring.extract.credits import wire_credit
from rnkclaims.cli import app
from rnkclaims.ledger import load, locate
from tests.conftest import BASE, write_ledger

runner = CliRunner()


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        ("Headline\n\nWRITER: AFP\n\nSEOUL: The agency said so.\n", "AFP"),
        ("Headline\n\nBy Reuters staff\n\nThe ministry said so.\n", "Reuters"),
        ("Headline\n\nAFP, Seoul\n\nThe ministry said so.\n", "AFP"),
        ("The ministry said so. \u2014 Reuters\n", "Reuters"),
        ("The ministry said so.\n\n(With inputs from PTI)\n", "PTI"),
        ("The ministry said so. -- IANS\n", "IANS"),
        (
            "The ministry said so.\n\nCopyright 2024 The Associated Press. All rights reserved.\n",
            "AP",
        ),
        ("The ministry said so.\n\nReporting by Hyonhee Shin; Editing by Ed Davies\n", "Reuters"),
        ("Headline\n\nBy Agence France-Presse\n\nIt said so. \u2014 AFP\n", "AFP"),
        ("Headline\n\nBy AFP 5 January 2024, 3:12 pm\n\nIt said so.\n", "AFP"),
        ("Headline\n\nBy AFP | January 5, 2024\n\nIt said so.\n", "AFP"),
        ("The ministry said so. [Reuters]\n", "Reuters"),
        ("The ministry said so.\n\n[AP]\n", "AP"),
        ("Headline\n\nREUTERS\n\nIt said so. \u2014 Reuters\n", "Reuters"),
        ("Headline\n\nDAILY SABAH WITH AFP\n\nIt said so.\n", "AFP"),
        ("Headline\n\nAssociated Press|Published: 09.14.23, 10:41\n\nIt said so.\n", "AP"),
        ("Headline\n\nAgence France-Presse / 05:12 PM March 29, 2024\n\nIt said.\n", "AFP"),
        (
            "Headline\n\nPress Trust of India | World News | Updated: April 28, 2025\n\nIt said.\n",
            "PTI",
        ),
        (
            "Headline\n\nWorld News | Press Trust of India | Updated: April 28, 2025\n\nIt said.\n",
            "PTI",
        ),
        ("It said so.\n\nPutin arrived in Hanoi on June 20. \u2014 VNA/VNS\n", "VNA"),
        ("Headline\n\nby AFP\n\n27-07-2023 08:46\n\nIt said so.\n", "AFP"),
        ("Headline\n\nBy EDITH M. LEDERER | The Associated Press\n\nIt said so.\n", "AP"),
        # a share bar, a picture's credit with the agency and the outlet: no credit
        ("Headline\n\nShare | AA | Follow us\n\nIt said so.\n", None),
        ("It said so.\n\nKim and Putin in Pyongyang. \u2014 AFP/VNA Photo\n", None),
        # agencies unnamed, two people: no credit
        ("Headline\n\nTRT World and Agencies\n\nIt said so.\n", None),
        ("Headline\n\nKim and Putin\n\nIt said so.\n", None),
        # a picture's credit, two agencies, an agency named in a sentence: no credit
        ("Kim at the launch.\n\nPhoto: AFP\n\nThe ministry said so.\n", None),
        ("Headline\n\nBy AFP\n\nThe ministry said so. \u2014 Reuters\n", None),
        ("The ministry said the Reuters report was wrong.\n", None),
    ],
)
def test_the_agency_a_page_credits(text: str, agency: str | None) -> None:
    assert wire_credit(text) == agency


def _extract(tmp_path: Path, body: str) -> Extraction:
    front = "---\noutlet: yonhap\ntitle: T\npublished: 2025-01-25\nlanguage: en\n---\n"
    ledger = load(write_ledger(tmp_path / "data", BASE, {"src-a": front + body}))
    return extract(ledger, ledger.sources["src-a"])


def test_extract_takes_the_credited_agency_as_the_relay(tmp_path: Path) -> None:
    body = (
        "Troops moved\n\nBy TASS\n\nSEOUL - North Korea has sent more troops to "
        "Russia, South Korea's military said on Friday.\n"
    )
    (draft,) = _extract(tmp_path, body).drafts
    assert [hop["via"] for hop in draft.relay] == ["tass"]


def _add(root: Path, stdin: str, *args: str) -> object:
    return runner.invoke(
        app,
        ["source", "add", "-", "--outlet", "yonhap", "--title", "T", "--published",
         "2024-10-30", *args, "--ledger", str(root)],
        input=stdin,
    )  # fmt: skip


def test_source_add_writes_the_credited_agency(ledger_dir: Path) -> None:
    article = "Troops moved\n\nThe ministry said so on Friday. \u2014 TASS\n"
    result = _add(ledger_dir, article)
    assert result.exit_code == 0, result.output
    assert "agencies: tass (credited in the text" in result.stderr
    sid = result.stdout.strip()
    assert load(locate(ledger_dir)).sources[sid].meta["agencies"] == ["tass"]


@pytest.mark.parametrize(
    ("article", "args", "agencies"),
    [
        # given by hand, not detected, the outlet's own credit, an agency the ledger lacks
        ("T\n\nBy Yonhap\n\nIt said so.\n", ("--agency", "tass"), ["tass"]),
        ("T\n\nBy TASS\n\nIt said so.\n", ("--no-detect-furniture",), None),
        ("T\n\nBy Yonhap\n\nIt said so.\n", (), None),
        ("T\n\nBy Reuters staff\n\nIt said so.\n", (), None),
    ],
)
def test_source_add_proposes_no_credit_over_the_users_word(
    ledger_dir: Path, article: str, args: tuple[str, ...], agencies: list[str] | None
) -> None:
    result = _add(ledger_dir, article, *args)
    assert result.exit_code == 0, result.output
    assert "credited in the text" not in result.stderr
    sid = result.stdout.strip()
    assert load(locate(ledger_dir)).sources[sid].meta.get("agencies") == agencies


def test_unnamed_media_of_a_country_carry_what_they_report(tmp_path: Path) -> None:
    body = (
        "SEOUL -- Kremlin spokesman Dmitry Peskov described the report on Friday as "
        '"another fake", Russian news agencies reported.\n'
    )
    result = _extract(tmp_path, body)
    (draft,) = result.drafts
    assert [hop["via"] for hop in draft.relay] == ["russian-news-agencies"]
    assert "russian-news-agencies" in {a["id"] for a in result.new_actors}


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        ("H\u00e0 N\u1ed9i (VNA) - Vi\u1ec7t Nam said so.", "VNA"),
        ("Jakarta (ANTARA) - Indonesia said so.", "ANTARA"),
        ("Ulaanbaatar, June 20 (MONTSAME). Mongolia said so.", "MONTSAME"),
    ],
)
def test_a_dateline_of_more_agencies_and_places_in_any_script(text: str, agency: str) -> None:
    (line,) = analyse(text).datelines
    assert line.agency == agency
    rest = text[line.end :]
    assert rest[:1].isupper() and rest.endswith(" said so.")  # the sentence after it


def test_source_add_names_a_credited_agency_the_ledger_lacks(ledger_dir: Path) -> None:
    result = _add(ledger_dir, "T\n\nWRITER: AFP\n\nIt said so on Friday.\n")
    assert result.exit_code == 0, result.output
    assert "the page credits AFP, which is no outlet of the ledger" in result.stderr
    sid = result.stdout.strip()
    assert "agencies" not in load(locate(ledger_dir)).sources[sid].meta
