"""The speaker's own side with "will" or reported "would" and a verb of doing: a pledge, a
step weighed a plan, read from the clause's structure whatever the verb."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from rnkclaims.authoring.extract import Extraction, extract
from rnkclaims.authoring.extract.clauses import clause_act
from rnkclaims.ledger import load
from tests.conftest import BASE, write_ledger


def _own(country: str) -> Callable[[str], bool]:
    names = {"CL": ("Chile", "Santiago"), "KR": ("South Korea", "Seoul")}[country]
    return lambda subject: subject.removeprefix("the ").strip() in names


@pytest.mark.parametrize(
    ("words", "quoted", "act"),
    [
        (" said Chile would dispatch two medical teams to Kyiv.", False, "pledges"),
        (" told reporters that Santiago would earmark $5 million for demining.", False, "pledges"),
        ("Chile will fund the clearance of two minefields near Kharkiv.", True, "pledges"),
        (" said Chile would weigh joining the sanctions.", False, "intends"),
        (" said Santiago would revisit its policy on arms exports.", False, "intends"),
        # another party's future deed: no pledge
        (" said Argentina would dispatch two medical teams to Kyiv.", False, None),
        # a second clause joined after the claim, or the content of a noun: not the claim
        (" said the talks went well, adding that Chile would fund a new cell.", False, None),
        (" said the mines were a warning that Chile would pay a price.", False, None),
        # a subject that is more than the name
        (" said Chile and Peru would send observers.", False, None),
        # verbs of knowing or of an event scheduled, and a stance
        (" said Chile would host the next round of talks.", False, None),
        (" said Chile would not rule out sanctions if the transfers went on.", False, None),
        ("Chile will see what the inspectors find.", True, None),
    ],
)
def test_the_own_sides_future_deed_is_pledged_whatever_the_verb(
    words: str, quoted: bool, act: str | None
) -> None:
    own = _own("CL")
    assert clause_act(words, "person", quoted, own, own) == act


def test_without_a_known_own_country_no_pledge_is_read() -> None:
    # the speaker's country unknown: "Chile" may be another's, so no pledge
    assert (
        clause_act(" said Chile would dispatch two teams.", "person", False, lambda s: True) is None
    )


def _extract(tmp_path: Path, body: str) -> Extraction:
    front = "---\noutlet: yonhap\ntitle: T\npublished: 2024-01-25\nlanguage: en\n---\n"
    paths = write_ledger(tmp_path / "data", BASE, {"src-a": front + body})
    ledger = load(paths)
    return extract(ledger, ledger.sources["src-a"])


def test_a_south_korean_minister_pledges_seouls_deeds(tmp_path: Path) -> None:
    body = (
        "SEOUL, Jan. 25 (Yonhap) -- South Korean Defense Minister Shin Won-sik said Seoul "
        "would dispatch a team of observers to Poland next month.\n\n"
        "South Korean Foreign Minister Cho Tae-yul told reporters that South Korea would "
        "earmark $20 million for demining in Ukraine.\n\n"
        "South Korean Unification Minister Kim Yung-ho said Seoul would study the North's arms "
        "trade.\n\n"
        "Defense Minister Shin Won-sik said North Korea would ship more shells to Russia.\n"
    )
    acts = [d.act for d in _extract(tmp_path, body).drafts]
    assert acts == ["pledges", "pledges", "intends", "asserts"]


def test_a_foreign_envoy_under_the_dateline_pledges_nothing_for_it(tmp_path: Path) -> None:
    body = (
        "SEOUL, Jan. 25 (Yonhap) -- Russian Ambassador Georgy Zinoviev said Seoul would "
        "lose its place in the Russian market.\n"
    )
    assert [d.act for d in _extract(tmp_path, body).drafts] != ["pledges"]


def test_the_own_side_after_a_date_with_a_stop_and_its_step_raised(tmp_path: Path) -> None:
    body = (
        "SEOUL, Jan. 25 (Yonhap) -- South Korean Defense Minister Shin Won-sik suggested "
        "Sept. 13 that Seoul would help Poland build a plant.\n\n"
        "South Korean Foreign Minister Cho Tae-yul said Seoul would raise the transfers at "
        "the UN Security Council.\n"
    )
    assert [d.act for d in _extract(tmp_path, body).drafts] == ["pledges", "pledges"]


def test_the_government_a_minister_speaks_of_is_his_own(tmp_path: Path) -> None:
    body = (
        "SEOUL, Jan. 25 (Yonhap) -- South Korean Defense Minister Shin Won-sik said the "
        "government would continue to work closely with Washington on the matter.\n\n"
        'South Korean Foreign Minister Cho Tae-yul said the government would "reconsider" '
        "its policy on arms exports.\n\n"
        "South Korean Foreign Minister Cho Tae-yul said Seoul would discuss new sanctions "
        "with its partners.\n"
    )
    assert [d.act for d in _extract(tmp_path, body).drafts] == [
        "pledges",
        "intends",
        "intends",
    ]


def test_what_the_own_side_is_not_going_to_do_is_a_pledge(tmp_path: Path) -> None:
    body = (
        'SEOUL, Jan. 25 (Yonhap) -- "We are not going to allow the end of the panel to mean '
        'the end of scrutiny," South Korean Foreign Minister Cho Tae-yul said.\n\n'
        "Cho Tae-yul said South Korea is not going to look away from the transfers.\n\n"
        "Cho Tae-yul said North Korea is not going to stop its launches.\n"
    )  # another state's future: a forecast
    assert [d.act for d in _extract(tmp_path, body).drafts] == ["pledges", "pledges", "predicts"]


def test_what_we_will_not_let_happen_is_a_pledge(tmp_path: Path) -> None:
    body = (
        "SEOUL -- Talks ended.\n\n"
        '"We will not let these transfers go unanswered," Jake Sullivan said.\n\n'
        '"We\'re going to keep calling this out," Matthew Miller said.\n\n'
        '"We will not know the answer for weeks," Matthew Miller said.\n'
    )
    assert [d.act for d in _extract(tmp_path, body).drafts] == ["pledges", "pledges", "asserts"]
