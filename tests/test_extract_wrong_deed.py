"""Another party's deed framed as a wrong, read from the clause: a party as the subject of
a verb that names a wrong done to rules, to the war or to others, not negated, not the
speaker's own side."""

from __future__ import annotations

import pytest

from rnkclaims.authoring.extract.clauses import clause_act, wrongdoing_act


def _chile(subject: str) -> bool:
    return subject in ("Chile", "Santiago")


@pytest.mark.parametrize(
    ("words", "act"),
    [
        ("Caracas is smuggling drones to the front in crates of fruit.", "accuses"),
        ("Havana was using the exercises to justify its own deployments.", "accuses"),
        ("Western navies are trying to intimidate the coastal states.", "accuses"),
        ("Every rifle that Minsk ships east is prolonging this war.", "accuses"),
        ("the West was openly provoking Tehran.", "accuses"),
        ("Belarus is helping the aggressor with its railways.", "accuses"),
        ("Caracas's veto today cynically undermines the peace of the region.", "accuses"),
        ("Havana had acted to shield its own dealings from scrutiny.", "accuses"),
        # a denial of the deed
        ("Belarus breaks no international rules.", None),
        ("Minsk has never violated the embargo.", None),
        ("Caracas's decision violates no rule.", None),
        # the speaker's own side, and subjects whose party the words do not tell
        ("Chile is breaching the embargo; Santiago undermines the talks.", None),
        ("Santiago is evading the controls.", None),
        ("The shipments undermine the embargo.", None),
        ("It is prolonging the talks.", None),
    ],
)
def test_a_wrong_deed_of_another_party_accuses(words: str, act: str | None) -> None:
    assert wrongdoing_act(words, _chile) == act


def test_the_own_sides_deeds_are_charges_once_the_side_is_another() -> None:
    # the own-side cases above fall to the own side alone: seen as another's, they accuse
    for words in ("Chile is breaching the embargo.", "Santiago is evading the controls."):
        assert wrongdoing_act(words, lambda subject: False) == "accuses"


def test_a_charge_in_a_later_clause_of_reported_words_still_accuses() -> None:
    words = " said the talks had stalled, and that Caracas was provoking its neighbours."
    assert clause_act(words, "person", False, lambda s: False, _chile) == "accuses"


def test_the_own_country_is_no_other_party() -> None:
    assert clause_act(" said Chile was smuggling drones.", "person", False, _chile, _chile) is None
    assert (
        clause_act(" said Santiago was exploiting the rules.", "person", False, _chile, _chile)
        is None
    )
