"""Who speaks in an unnamed-source line, an official's place of work and a body the copy
names again: "A source in Jagang Province" is the source, not the province; "Governor of
Kursk Region Alexei Smirnov" is Smirnov; "An official at Roscosmos" speaks for Roscosmos;
"the panel" after an ambassador's quotation about the panel is the panel; "It also said"
in the next paragraph is still the panel, a body though its name ends in "experts"."""

from __future__ import annotations

from pathlib import Path

from rnkclaims.authoring.extract import Extraction, extract
from rnkclaims.ledger import load
from tests.conftest import BASE, write_ledger


def _extract(tmp_path: Path, body: str) -> Extraction:
    front = "---\noutlet: yonhap\ntitle: T\npublished: 2024-03-29\nlanguage: en\n---\n"
    ledger = load(write_ledger(tmp_path / "data", BASE, {"src-a": front + body}))
    return extract(ledger, ledger.sources["src-a"])


def _speaker_of(result: Extraction, words: str) -> str | None:
    return next((d.speaker for d in result.drafts if words in d.excerpt), None)


def test_a_source_in_a_province_is_the_source(tmp_path: Path) -> None:
    body = (
        "A source in Jagang Province told Daily NK on Thursday that workers at several arms "
        "plants have been split into three shifts.\n\n"
        "Another source in North Hamgyong Province said Russian ships had unloaded flour at "
        "Rajin.\n"
    )
    result = _extract(tmp_path, body)
    assert _speaker_of(result, "three shifts") == "source-in-jagang-province"
    assert _speaker_of(result, "unloaded flour") == "another-source-in-north-hamgyong-province"
    proposed = {a["id"]: a["kind"] for a in result.actors_for(result.drafts)}
    assert "jagang-province" not in proposed, proposed


def test_a_place_in_a_title_ends_before_the_name(tmp_path: Path) -> None:
    body = (
        "Governor of Kursk Region Alexei Smirnov said on Tuesday that the shelling of border "
        "villages had continued overnight.\n\n"
        "Governor of Primorsky Krai Oleg Kozhemyako said the port of Vostochny was working "
        "at full capacity.\n"
    )
    result = _extract(tmp_path, body)
    assert _speaker_of(result, "shelling of border") == "alexei-smirnov"
    assert _speaker_of(result, "full capacity") == "oleg-kozhemyako"


def test_an_official_at_a_body_no_actor_bears_yet(tmp_path: Path) -> None:
    body = (
        "An official at Roscosmos said the launch of the satellite would go ahead as "
        "planned.\n\n"
        "A spokesperson for Gazprom said gas supplies to the Far East were steady.\n"
    )
    result = _extract(tmp_path, body)
    assert not result.skipped, [s.reason for s in result.skipped]
    assert _speaker_of(result, "go ahead") == "roscosmos"
    assert _speaker_of(result, "supplies") == "gazprom"
    kinds = {a["id"]: a["kind"] for a in result.actors_for(result.drafts)}
    assert kinds["roscosmos"] == "organisation"


PANEL = (
    "Russia on Thursday vetoed the renewal of a UN panel of experts that monitors "
    "sanctions against North Korea.\n\n"
    "Kazuyuki Yamazaki, Japan's ambassador to the United Nations, told the council the "
    'veto would "only embolden" Pyongyang.\n\n'
    '"The panel has been the eyes and ears of this council," Yamazaki said.\n\n'
    "In its latest report, released earlier this month, the panel said it was investigating "
    "58 suspected North Korean cyberattacks, which it said had helped fund the weapons "
    "programmes.\n\n"
    "It also said it was looking into reports of arms transfers from Pyongyang to Moscow.\n"
)


def test_the_panel_after_a_quotation_about_it_is_the_panel(tmp_path: Path) -> None:
    result = _extract(tmp_path, PANEL)
    panel = _speaker_of(result, "58 suspected")
    assert panel is not None and "panel" in panel, [
        (d.speaker, d.excerpt[:40]) for d in result.drafts
    ]
    # "which it said": the panel again, so no second draft by another speaker
    assert {d.speaker for d in result.drafts if "58 suspected" in d.excerpt} == {panel}
    # "It also said" opening the next paragraph: the body that spoke last
    assert _speaker_of(result, "arms transfers") == panel


def test_a_panel_of_experts_is_a_body(tmp_path: Path) -> None:
    result = _extract(tmp_path, PANEL)
    kinds = {a["id"]: a["kind"] for a in result.actors_for(result.drafts)}
    panels = {k: v for k, v in kinds.items() if "panel" in k}
    assert panels and set(panels.values()) == {"organisation"}, kinds
