"""Who speaks in an unnamed-source line, an official's place of work and a body the copy
names again: "A source in Jagang Province" is the source, not the province; "Governor of
Kursk Region Alexei Smirnov" is Smirnov; "An official at Roscosmos" speaks for Roscosmos;
"the panel" after an ambassador's quotation about the panel is the panel; "It also said"
in the next paragraph is still the panel, a body though its name ends in "experts". Also
a capital opening the sentence ("In Tokyo, the defence ministry said"), a paper's own
state, a member of Parliament, "both governments", "the governor of Russia's Primorsky
region", "the expert" again, an outlet's own review, and a second participle after
"and"."""

from __future__ import annotations

from pathlib import Path

from rnkclaims.authoring.extract import Extraction
from tests.conftest import BASE, extract_article


def _extract(tmp_path: Path, body: str) -> Extraction:
    return extract_article(tmp_path, body, "2024-03-29")


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


def _extract_in(tmp_path: Path, outlet: str, body: str) -> Extraction:
    """Extract ``body`` as published by ``outlet``; the ledger knows a Seoul daily too."""
    daily = (
        "outlets:\n  - id: korea-herald\n    name: The Korea Herald\n    kind: newspaper\n"
        "    country: KR\n"
    )
    base = BASE.replace("outlets:\n", daily)
    assert daily in base
    return extract_article(tmp_path, body, "2024-06-20", outlet, base)


def test_a_capital_opening_the_sentence_gives_the_ministry_its_state(tmp_path: Path) -> None:
    body = (
        "Russia and North Korea held talks on Tuesday. Moscow said the talks went well.\n\n"
        "In Seoul, the foreign ministry said on Wednesday that Russia should abide by the "
        "resolutions.\n\n"
        "In Tokyo, the defence ministry said it was watching closely.\n"
    )
    result = _extract_in(tmp_path, "reuters", body)
    seoul = _speaker_of(result, "should abide")
    tokyo = _speaker_of(result, "watching closely")
    assert seoul not in (None, "russia-government"), seoul
    assert tokyo is not None and tokyo != seoul and tokyo != "russia-government", tokyo


def test_a_home_body_announcing_its_own_state_s_next_step(tmp_path: Path) -> None:
    body = (
        "South Korea will review whether to send weapons to Ukraine, the presidential "
        "office said Thursday.\n\n"
        "The talks in Moscow ended without a statement, a trade ministry official said.\n\n"
        "Seoul will impose new sanctions on Russian entities, the foreign ministry said.\n"
    )
    result = _extract_in(tmp_path, "korea-herald", body)
    acts = {d.excerpt[:20]: (d.speaker, d.act) for d in result.drafts}
    assert acts["South Korea will rev"][1] == "intends", acts
    # "the foreign ministry" is no person whose title holds "ministry"
    speaker, act = acts["Seoul will impose ne"]
    assert speaker != "trade-ministry-official" and act in ("announces", "pledges"), acts


def test_a_member_of_parliament_is_a_person(tmp_path: Path) -> None:
    body = (
        "At least 100 North Korean soldiers have been killed, South Korea's spy agency told "
        "lawmakers on Thursday, according to a member of Parliament who attended the "
        "briefing.\n\n"
        "A legislator from the ruling party said the briefing was grim.\n"
    )
    result = _extract(tmp_path, body)
    kinds = {a["id"]: a["kind"] for a in result.actors_for(result.drafts)}
    assert "of-parliament" not in kinds, kinds
    vias = {h["via"] for d in result.drafts if "100 North" in d.excerpt for h in d.relay}
    assert "member-of-parliament" in vias and kinds["member-of-parliament"] == "person", vias
    legislator = _speaker_of(result, "grim")
    assert legislator is not None and kinds[legislator] == "person", kinds


def test_both_governments_are_the_two_states_the_story_pairs(tmp_path: Path) -> None:
    body = (
        "Russian Foreign Minister Sergei Lavrov met North Korea's foreign minister in "
        "Pyongyang on Friday, as Russia seeks more shells for its war.\n\n"
        '"We are watching closely," State Department spokesman Matthew Miller told '
        "reporters in Washington.\n\n"
        "Both countries have rejected the U.S. claims as groundless.\n\n"
        "The leaders met at a cosmodrome last year. Both governments have denied that an "
        "arms deal is in the works.\n"
    )
    result = _extract(tmp_path, body)
    for words in ("U.S. claims", "arms deal"):
        denied = sorted(d.speaker or "" for d in result.drafts if words in d.excerpt)
        # North Korea's and Russia's governments (the test ledger gives North Korea no
        # country, so its government may be proposed anew), never the accuser
        assert len(denied) == 2, (words, denied)
        assert denied[0].startswith("north-korea") and denied[1].startswith("russia"), denied


def test_a_governor_an_expert_again_and_the_outlet_s_own_review(tmp_path: Path) -> None:
    body = (
        "Kim Jong Un was handed five kamikaze drones as gifts on Sunday, the governor of "
        "Russia's Primorsky region said.\n\n"
        "Ivan Petrov, a political analyst, said the vote was a formality. According to the "
        "expert, the Federation Council is likely to approve the law within two weeks.\n\n"
        "North Korean tankers have made at least 14 trips to Vostochny since early March, "
        "according to a Yonhap review of satellite imagery.\n"
    )
    result = _extract(tmp_path, body)
    assert not result.skipped, [(s.reason, s.text[:40]) for s in result.skipped]
    governor = _speaker_of(result, "kamikaze")
    assert governor is not None and governor.startswith("governor"), governor
    assert _speaker_of(result, "Federation Council") == "ivan-petrov"
    assert _speaker_of(result, "14 trips") == "yonhap"  # the outlet's own findings


def test_a_second_participle_after_and_has_the_first_one_s_doer(tmp_path: Path) -> None:
    body = (
        "South Korea summoned the Russian ambassador on Monday to protest the dispatch of "
        "troops, demanding their immediate withdrawal and warning that Seoul will respond "
        '"with all available means."\n'
    )
    result = _extract(tmp_path, body)
    assert not result.skipped, [(s.reason, s.text[:40]) for s in result.skipped]
    acts = sorted(d.act for d in result.drafts)
    assert acts == ["calls-for", "warns"], [(d.speaker, d.act) for d in result.drafts]
    assert {d.speaker for d in result.drafts} == {result.drafts[0].speaker}


def test_a_bullet_is_no_part_of_a_speaker_s_name(tmp_path: Path) -> None:
    body = (
        "\u2022 Analysts say Beijing is uneasy about an axis it cannot fully control\n\n"
        "The leaders signed a pact on Wednesday that analysts say will test Beijing's "
        "influence.\n"
    )
    result = _extract(tmp_path, body)
    assert {d.speaker for d in result.drafts} == {"analysts"}, [
        (d.speaker, d.excerpt[:30]) for d in result.drafts
    ]


def test_a_bank_a_full_text_and_the_accused_pair_named_in_the_denial(tmp_path: Path) -> None:
    body = (
        "North Korea's economy expanded last year at the fastest pace in seven years, the "
        "Bank of Korea said on Friday.\n\n"
        "Gross domestic product grew 3.1% in 2023, according to the central bank in Seoul.\n\n"
        "The treaty obliges each side to provide assistance, according to the full text "
        "released by the North's official Korean Central News Agency.\n\n"
        "Kim Jong Un met Vladimir Putin in Russia's Far East, and North Korea and Russia "
        "signed no agreement. Both governments have denied that North Korea is selling arms "
        "to Russia.\n"
    )
    result = _extract(tmp_path, body)
    assert not result.skipped, [(s.reason, s.text[:40]) for s in result.skipped]
    assert _speaker_of(result, "fastest pace") == "bank-of-korea"
    assert _speaker_of(result, "3.1%") is not None
    issuer = _speaker_of(result, "obliges") or ""
    assert issuer == "kcna" or issuer.endswith("korean-central-news-agency"), issuer
    denied = sorted(d.speaker or "" for d in result.drafts if "selling arms" in d.excerpt)
    assert len(denied) == 2 and denied[0].startswith("north-korea"), denied
    assert denied[1].startswith("russia"), denied


def test_a_deputy_director_general_of_a_body_is_a_person(tmp_path: Path) -> None:
    body = (
        "A deputy director-general of the National Aerospace Technology Administration said "
        'the rocket "exploded in the air during the first-stage flight".\n\n'
        "An initial review found the explosion was likely caused by a problem with the "
        "engine, he said.\n"
    )
    result = _extract(tmp_path, body)
    assert not result.skipped, [(s.reason, s.text[:40]) for s in result.skipped]
    kinds = {a["id"]: a["kind"] for a in result.actors_for(result.drafts)}
    official = _speaker_of(result, "exploded")
    assert official is not None and kinds[official] == "person", kinds
    assert _speaker_of(result, "initial review") == official  # "he": the official
