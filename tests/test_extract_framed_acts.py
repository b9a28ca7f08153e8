"""Acts carried by a clause's frame under a neutral verb: the speaker's own side said to be
concerned, a monitoring body's findings denied their standing, another party paid for arms
or helping a third to evade rules, a body's step scheduled in reported words."""

from __future__ import annotations

from pathlib import Path

import pytest

from rnkclaims.authoring.extract import Extraction, extract
from rnkclaims.authoring.extract.clauses import clause_act
from rnkclaims.ledger import load
from tests.conftest import BASE, write_ledger


def _chile(subject: str) -> bool:
    return subject.removeprefix("the ").strip() in ("Chile", "Santiago")


@pytest.mark.parametrize(
    ("words", "quoted", "act"),
    [
        # the own side's concern
        (" said Santiago was particularly alarmed by the convoy.", False, "expresses-concern"),
        (' said Santiago had "grave concerns" about the cargo.', False, "expresses-concern"),
        (' said she "deeply regrets" the decision.', False, "expresses-concern"),
        ("We have serious concerns about these flights.", True, "expresses-concern"),
        # another party's concern is not the speaker's
        (" said Peru had grave concerns about the cargo.", False, None),
        # findings denied their standing
        (" said the panel had become biased.", False, "denies"),
        (" said the team had no mandate and its findings were fabrications.", False, "denies"),
        # another party paid for arms, helping a third to evade rules, ready to break them
        ("Caracas is being paid for the weapons it ships east.", True, "accuses"),
        ("Havana is paying for this friendship with fuel.", True, "accuses"),
        ("Caracas is helping Havana to circumvent the embargo.", True, "accuses"),
        ("Caracas is willing to trade away the arms embargo.", True, "accuses"),
        # the own side is paid, or helps: no charge
        ("Chile is being paid for the weapons it ships east.", True, None),
        # a body's step scheduled in reported words
        (" said the team would publish its first report next year.", False, "announces"),
        (" said member states would release further reports in May.", False, "announces"),
        (" said a memorial would be built in the capital.", False, "announces"),
        # another party's scheduled step, a negated one, or a later clause: no announcement
        (" said Peru would publish its report next year.", False, None),
        (" said the team would not publish its report.", False, None),
        (" said the talks stalled, adding that the team would publish a report.", False, None),
    ],
)
def test_a_frame_gives_the_act(words: str, quoted: bool, act: str | None) -> None:
    assert clause_act(words, "person", quoted, _chile, _chile) == act


def _extract(tmp_path: Path, body: str) -> Extraction:
    front = "---\noutlet: kyodo\ntitle: T\npublished: 2025-03-14\nlanguage: en\n---\n"
    paths = write_ledger(tmp_path / "data", BASE, {"src-a": front + body})
    ledger = load(paths)
    return extract(ledger, ledger.sources["src-a"])


def test_framed_acts_in_an_article(tmp_path: Path) -> None:
    body = (
        "TOKYO -- Japanese Foreign Minister Takeshi Iwaya said Tokyo had grave concerns over "
        "the cargo.\n\n"
        "Iwaya said the monitoring team would publish its next report in June.\n\n"
        '"Moscow is helping Pyongyang to evade the sanctions," Iwaya said.\n\n'
        "Iwaya said the ship sailed at night.\n"
    )
    acts = [d.act for d in _extract(tmp_path, body).drafts]
    assert acts == ["expresses-concern", "announces", "accuses", "asserts"]
