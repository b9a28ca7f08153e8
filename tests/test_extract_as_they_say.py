"""A present "say" in a clause opened by "as" holds a position, whatever day the main
clause gives its deed: "Putin on Saturday signed ..., as the United States and South Korea
say thousands of troops have massed in Russia" is dated "unknown", not Saturday. And a
sentence that only introduces the quotation after it, its occasion included ("said in a
statement to The Star:"), is no claim of its own."""

from __future__ import annotations

from pathlib import Path

from rnkclaims.authoring.extract import Extraction
from tests.conftest import extract_article


def _extract(tmp_path: Path, body: str) -> Extraction:
    return extract_article(tmp_path, body, "2024-11-09")


def test_as_officials_say_is_no_statement_of_the_day(tmp_path: Path) -> None:
    body = (
        "Russian President Vladimir Putin on Saturday signed into law a defense treaty with "
        "North Korea, as Western officials say thousands of North Korean troops have massed "
        "in Russia.\n\n"
        "Kim Jong Un on Friday inspected a drone factory, as analysts say Pyongyang is "
        "selling its weapons abroad.\n\n"
        "The ministry said on Friday that the factory had opened.\n"
    )
    result = _extract(tmp_path, body)
    dated = {d.excerpt[:12]: (d.speaker, d.said) for d in result.drafts}
    assert dated["Russian Pres"] == ("western-officials", "unknown"), dated
    assert dated["Kim Jong Un "] == ("analysts", "unknown"), dated
    # a statement of its own day keeps it
    said = dated["The ministry"][1]
    assert isinstance(said, dict) and "Friday" in said["expression"], dated


def test_a_verb_and_its_occasion_before_a_colon_introduce_the_quotation(
    tmp_path: Path,
) -> None:
    body = (
        "Sen. Jerry Moran, a Kansas Republican, said in a statement to The Star:\n\n"
        '"North Korean troops in Ukraine should alarm every American."\n\n'
        "Senate Minority Whip John Thune, R-S.D., said in a statement late Wednesday:\n\n"
        '"A meeting between two dictators should remind every American what is at stake."\n'
    )
    result = _extract(tmp_path, body)
    assert [(d.speaker, d.mode) for d in result.drafts] == [
        ("jerry-moran", "quote"),
        ("john-thune", "quote"),  # "Minority Whip" is his title, not his name
    ], [(d.speaker, d.excerpt[:30]) for d in result.drafts]
    assert [s.reason for s in result.skipped] == ["introduces the quotation printed after it"] * 2
