"""The day of a statement written past the occasion's words: "told her Russian
counterpart Sergei Lavrov at talks in Moscow on Friday", "said in an interview with South
Korean public broadcaster KBS on Monday", 'expressed "grave concern" on Thursday', "After
talks with Choe earlier Tuesday, Lavrov said", "In a phone call ... earlier in the day".
A day in what was said stays the event's."""

from __future__ import annotations

from pathlib import Path

from rnkclaims.authoring.extract import Extraction
from tests.conftest import extract_article


def _extract(tmp_path: Path, body: str) -> Extraction:
    return extract_article(tmp_path, body, "2024-11-01")


def _said(result: Extraction, words: str) -> object:
    found = [d.said for d in result.drafts if words in d.excerpt]
    assert found, [d.excerpt[:40] for d in result.drafts]
    said = found[0]
    return said.get("expression") if isinstance(said, dict) else said


def test_the_day_past_an_occasion_s_words(tmp_path: Path) -> None:
    body = (
        "North Korea will stand by Russia until it wins the war, North Korean Foreign "
        "Minister Choe Son Hui told her Russian counterpart Sergei Lavrov at talks in "
        "Moscow on Friday.\n\n"
        "The first engagements have already taken place in Kursk, Defense Minister Rustem "
        "Umerov said in an interview with South Korean public broadcaster KBS on Monday.\n\n"
        'Japan\'s Chief Cabinet Secretary Yoshimasa Hayashi expressed "grave concern" on '
        "Thursday over the remark.\n\n"
        "After talks with Choe earlier Tuesday, Russian Foreign Minister Sergey Lavrov said "
        "the ties were not aimed at any other country.\n\n"
        "In a phone call with NATO's secretary general earlier in the day, President Yoon "
        "Suk Yeol said the deployment was a provocation.\n\n"
        "Troops were seen in Kursk on Wednesday, a Ukrainian commander said.\n"
    )
    result = _extract(tmp_path, body)
    assert _said(result, "stand by Russia") in ("on Friday", "Friday")
    assert _said(result, "engagements") in ("on Monday", "Monday")
    assert _said(result, "grave concern") == "on Thursday"
    assert _said(result, "not aimed") == "Tuesday"
    assert _said(result, "provocation") == "earlier in the day"
    assert _said(result, "seen in Kursk") is None  # the event's day, not the statement's
