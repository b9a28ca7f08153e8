"""A speaker first described and named only later ("..., says a University of Guelph
political scientist who studies the Korean Peninsula." then "..., said Hyejin Seo, an
associate professor of political science at the university"): the lead's claim is the
named person's, where a later line about them repeats a proper word of the description
or its trade; a role the story has named, or a stranger never named, stays as it was."""

from __future__ import annotations

from pathlib import Path

from rnkclaims.authoring.extract import Extraction
from tests.conftest import extract_article


def _extract(tmp_path: Path, body: str) -> Extraction:
    return extract_article(tmp_path, body, "2024-10-24")


def _speaker_of(result: Extraction, words: str) -> str | None:
    return next((d.speaker for d in result.drafts if words in d.excerpt), None)


GUELPH = (
    "Artillery shells from North Korea have become too important to Russia's war for Moscow "
    "to keep treating Pyongyang as a junior partner, says a University of Guelph political "
    "scientist who studies the Korean Peninsula.\n\n"
    "Russia's foreign minister arrived in Pyongyang on Wednesday for two days of talks.\n\n"
    '"A year ago Russia needed North Korea\'s votes. Now it needs its factories," said Hyejin '
    "Seo, an associate professor in the department of political science.\n\n"
    "Seo, who has taught at the University of Guelph since 2016, said the visits would go on.\n"
)


def test_a_described_speaker_is_the_person_named_later(tmp_path: Path) -> None:
    result = _extract(tmp_path, GUELPH)
    assert _speaker_of(result, "junior partner") == "hyejin-seo", [
        (d.speaker, d.excerpt[:40]) for d in result.drafts
    ]
    # the quotation is hers too, and she is proposed once, with no other actor for the
    # description
    assert _speaker_of(result, "votes") == "hyejin-seo"
    proposed = [a["id"] for a in result.actors_for(result.drafts)]
    assert proposed.count("hyejin-seo") == 1, proposed
    assert not [p for p in proposed if "scientist" in p], proposed


def test_the_head_of_a_body_named_later_by_its_words(tmp_path: Path) -> None:
    body = (
        "The arrival of North Korean soldiers means Ukraine is now fighting two armies at "
        "once, according to the head of the Ukrainian Canadian Congress in Saskatchewan.\n\n"
        '"Ukraine is now fighting two armies," said Olena Dzhus, president of the Ukrainian '
        "Canadian Congress Saskatchewan Provincial Council.\n"
    )
    result = _extract(tmp_path, body)
    assert _speaker_of(result, "two armies at once") == "olena-dzhus"


def test_a_stranger_never_named_is_not_someone_else(tmp_path: Path) -> None:
    body = (
        "Russia now needs North Korea's arms factories to keep its war going, says a Brandon "
        "University political scientist.\n\n"
        '"We will raise this with our allies," Foreign Minister Mark Hollis said on Thursday.\n'
    )
    result = _extract(tmp_path, body)
    assert _speaker_of(result, "arms factories") != "mark-hollis"
    assert _speaker_of(result, "raise this") == "mark-hollis"


def test_a_named_role_is_no_description(tmp_path: Path) -> None:
    body = (
        "Russian President Vladimir Putin met Kim Jong Un in Pyongyang on Wednesday.\n\n"
        "After the talks, the Kremlin leader accused the West of breaking its own rules.\n\n"
        "Kremlin aide Yuri Ushakov said the clause was purely defensive.\n"
    )
    result = _extract(tmp_path, body)
    assert _speaker_of(result, "breaking its own rules") != "yuri-ushakov"


def test_an_engineer_named_later_and_no_initials_that_name_much_else(tmp_path: Path) -> None:
    body = (
        "Russia almost certainly helped North Korea put its first spy satellite into orbit "
        "this week, a University of Southampton space engineer has said.\n\n"
        "The US and South Korea condemned the launch on Wednesday.\n\n"
        '"A fix this quick usually means somebody has looked at your data," said Tom '
        "Kerridge, who lectures in astronautics at the university.\n"
    )
    result = _extract(tmp_path, body)
    assert _speaker_of(result, "almost certainly") == "tom-kerridge"
