"""The outlet's own background: a past, dated deed between Russia and North Korea, below
the lead and with no one reported saying it, is drafted as the outlet's assertion."""

from __future__ import annotations

from pathlib import Path

import pytest

from rnkclaims.authoring.assertions import (
    dated_deed,
    dated_fact,
    sanctions_ban,
    standing_term,
    undated_dealing,
)
from rnkclaims.authoring.extract import Extraction, extract
from rnkclaims.ledger import load
from tests.conftest import BASE, write_ledger


@pytest.mark.parametrize(
    ("sentence", "deed"),
    [
        ("Russia and North Korea signed a mutual defence pact in June 2024.", True),
        ("The two countries signed a defence treaty in June during the summit.", True),
        ("Some 9,000 North Korean soldiers were sent to Russia last autumn.", True),
        ("North Korea is thought to have shipped shells to Russia since March.", True),
        # one state's deed, no time, a present perfect, another subject, a statement
        ("Russia vetoed the renewal of the UN monitoring panel in March.", False),
        ("Russia and North Korea signed a mutual defence pact.", False),
        ("North Korea has supplied Russia with shells since March 2024.", False),
        ("Relations between Moscow and Pyongyang deepened in 2023.", False),
        ("In June, Russia and North Korea signed a pact.", False),
    ],
)
def test_a_dated_deed_is_read_from_the_sentence_structure(sentence: str, deed: bool) -> None:
    assert (dated_deed(sentence) is not None) is deed


def _extract(tmp_path: Path, body: str) -> Extraction:
    front = "---\noutlet: yonhap\ntitle: T\npublished: 2025-01-25\nlanguage: en\n---\n"
    paths = write_ledger(tmp_path / "data", BASE, {"src-a": front + body})
    ledger = load(paths)
    return extract(ledger, ledger.sources["src-a"])


def test_the_outlets_dated_background_is_drafted_below_the_lead(tmp_path: Path) -> None:
    body = (
        "SEOUL, Jan. 25 (Yonhap) -- Moscow and Pyongyang signed a logistics accord in "
        "January 2025, officials said.\n\n"
        "Moscow and Pyongyang concluded a partnership treaty in June 2024 during a summit.\n\n"
        "Pyongyang first acknowledged sending troops to Russia in April.\n\n"
        "North Korea launched a reconnaissance satellite in November 2023.\n"
    )
    found = _extract(tmp_path, body).drafts
    own = [d for d in found if d.speaker == "yonhap"]
    assert [d.excerpt[:40] for d in own] == ["Moscow and Pyongyang concluded a partner"]
    assert own[0].act == "asserts" and own[0].mode == "reported" and own[0].relay == []


def test_the_lead_paragraph_is_not_drafted_as_background(tmp_path: Path) -> None:
    body = "Russia and North Korea signed a mutual defence pact in June 2024 in Pyongyang.\n"
    assert not [d for d in _extract(tmp_path, body).drafts if d.speaker == "yonhap"]


@pytest.mark.parametrize(
    ("sentence", "fact"),
    [
        ("The summit was Kim's first trip to Russia in four years.", False),  # no Russia mark
        ("The summit was the North Korean leader's first trip to Russia in four years.", True),
        ("A 2016 Security Council resolution bans North Korea's coal exports.", True),
        ("The accord, signed in Vladivostok in April, lets Russian ships call at Rajin.", False),
        ("The accord, signed in Vladivostok in April, lets North Korean ships call at "
         "Russian ports.", True),
        # the day's travel, a dependent opening, a pronoun subject, no time, one state
        ("Shoigu, who left the ministry in May, flew to Pyongyang from Moscow.", False),
        ("When North Korean troops reached Russia in October, Seoul protested.", False),
        ("They were North Korea's first launches toward Russia in 2023.", False),
        ("The treaty obliges Russia and North Korea to help each other.", False),
        ("The UN banned North Korean workers abroad in 2017.", True),
        ("Japan froze the assets of eleven banks in March.", False),
        # a day of a month is an explicit past time; a weekday is the day's news
        ("The accord between Russia and North Korea was signed in Rason on Oct. 24.", True),
        ("The accord between Russia and North Korea was signed in Rason on Friday.", False),
        # Russia beside the UN by name: the panel that watched North Korea
        ("Russia vetoed the renewal of the UN panel of experts in March 2024.", True),
        ("Russia's Security Council met in Moscow in May 2024.", False),
        # the day's event placed after an earlier one of the two states; travel there is
        # that event's, not the day's
        ("The trip comes a month after the North Korean leader travelled to Russia.", True),
        ("The launch came two months after Russia and North Korea signed a pact.", True),
        ("The launch came just after 10:40pm local time in North Korea.", False),
        ("The talks came after Japan and South Korea met in Tokyo.", False),
        # travel after "after", or dated in its own clause, is an earlier trip; the
        # Soviet Union is Russia's predecessor
        ("The visit is the latest to North Korea this year, after Russia's envoy travelled "
         "there twice in June.", True),
        ("The first North Korean soldiers arrived in Russia's Far East in October, weeks "
         "after the pact.", True),
        ("A 1961 treaty between Pyongyang and the Soviet Union had a defence clause.", True),
    ],
)  # fmt: skip
def test_a_dated_fact_of_the_two_states_is_read_whatever_its_subject(
    sentence: str, fact: bool
) -> None:
    assert dated_fact(sentence) is fact


def test_a_dated_fact_is_drafted_but_not_a_sentence_with_a_speech_verb(tmp_path: Path) -> None:
    body = (
        "SEOUL, Jan. 25 (Yonhap) -- Moscow and Pyongyang opened a new rail link on Friday, "
        "officials said.\n\n"
        "The link is the first new crossing between Russia and North Korea since 1959.\n\n"
        "The monitoring team, set up in October, said in its report that North Korea had "
        "sent shells to Russia since March.\n"
    )
    found = _extract(tmp_path, body).drafts
    own = [d for d in found if d.speaker == "yonhap"]
    assert [d.excerpt[:30] for d in own] == ["The link is the first new cros"]
    assert own[0].act == "asserts" and own[0].venue == "news-report"


def test_a_leader_named_by_surname_marks_his_country(tmp_path: Path) -> None:
    body = (
        "SEOUL, Jan. 25 (Yonhap) -- Russian President Vladimir Putin arrived in Pyongyang on "
        "Friday, officials said.\n\n"
        "He was met at the airport by Kim Jong Un and a guard of honour.\n\n"
        "The trip is Putin's first to North Korea in 24 years.\n"
    )
    own = [d for d in _extract(tmp_path, body).drafts if d.speaker == "yonhap"]
    assert [d.excerpt for d in own] == ["The trip is Putin's first to North Korea in 24 years."]
    assert dated_fact(own[0].excerpt) is False  # the sentence alone marks no Russia


def test_the_outlets_background_asserts_whatever_its_words(tmp_path: Path) -> None:
    body = (
        "SEOUL, Jan. 25 (Yonhap) -- A monitoring team said on Friday that North Korea had "
        "sent more shells to Russia, officials said.\n\n"
        "The team spoke at a briefing in Seoul.\n\n"
        "The team, which has its secretariat in Seoul, was set up in October by the US, South "
        "Korea, Japan and eight other nations after Russia vetoed the renewal of the UN panel "
        "of experts that had tracked violations by North Korea.\n"
    )
    own = [d for d in _extract(tmp_path, body).drafts if d.speaker == "yonhap"]
    assert [(d.excerpt[:20], d.act) for d in own] == [("The team, which has ", "asserts")]


@pytest.mark.parametrize(
    ("sentence", "dealing"),
    [
        ("Pyongyang's munitions have become an important source of firepower for Moscow.", True),
        ("Putin showed Kim his own limousine, the car he uses in Moscow, at the cosmodrome.",
         False),  # the leaders by surname alone mark no country here
        ("Russia has burned through its shells, and North Korea is believed to hold millions.",
         True),
        # the day's visit, a weekday, the outlet's own reporting, what no one has confirmed,
        # one state alone
        ("Putin arrived in Pyongyang before dawn and was greeted by North Korean officials.",
         False),
        ("Russia and North Korea held talks on Wednesday in the North Korean capital.", False),
        ("The paper contacted the Russian and North Korean foreign ministries for comment.",
         False),
        ("North Korea has yet to officially acknowledge sending troops to Russia at all.", False),
        ("North Korea's air force relies on jets that are more than forty years old.", False),
    ],
)  # fmt: skip
def test_an_undated_fact_of_the_two_states_dealings(sentence: str, dealing: bool) -> None:
    assert undated_dealing(sentence) is dealing


def test_an_undated_fact_of_the_two_states_is_drafted_below_the_lead(
    tmp_path: Path,
) -> None:
    body = (
        "SEOUL, Jan. 25 (Yonhap) -- Moscow and Pyongyang opened a new rail link on Friday, "
        "officials said.\n\n"
        "Pyongyang's munitions have become an important source of firepower for Moscow.\n"
    )
    own = [d for d in _extract(tmp_path, body).drafts if d.speaker == "yonhap"]
    assert [d.excerpt[:30] for d in own] == ["Pyongyang's munitions have bec"]
    assert own[0].act == "asserts" and own[0].background


@pytest.mark.parametrize(
    "sentence",
    [
        "Neither Moscow nor Pyongyang has officially confirmed the deployment.",
        "The Kremlin has neither confirmed nor denied the presence of the soldiers.",
        "Moscow has still not officially acknowledged that the troops are in Kursk.",
        "Russia and North Korea have never acknowledged the arms transfers.",
    ],
)
def test_a_side_that_has_kept_silent_is_the_outlets_account(tmp_path: Path, sentence: str) -> None:
    body = (
        "SEOUL, Jan. 25 (Yonhap) -- South Korea's spy agency said on Friday that more "
        "North Korean troops had arrived in Russia.\n\n" + sentence + "\n"
    )
    found = [d for d in _extract(tmp_path, body).drafts if d.excerpt.startswith(sentence[:20])]
    assert [(d.speaker, d.act, d.said) for d in found] == [("yonhap", "asserts", None)]


@pytest.mark.parametrize(
    "sentence",
    [
        # an occasion, a person, a silence under another's words: the side's or no one's
        "Putin last month neither confirmed nor denied the reports.",
        "The ministry said it had not confirmed any transfer of technology.",
        "Russia did not confirm the deployment on Friday.",
    ],
)
def test_a_silence_on_an_occasion_or_in_others_words_is_not_the_outlets(
    tmp_path: Path, sentence: str
) -> None:
    body = (
        "SEOUL, Jan. 25 (Yonhap) -- South Korea's spy agency said on Friday that more "
        "North Korean troops had arrived in Russia.\n\n" + sentence + "\n"
    )
    found = [d for d in _extract(tmp_path, body).drafts if d.excerpt.startswith(sentence[:20])]
    assert all(d.speaker != "yonhap" for d in found)


@pytest.mark.parametrize(
    ("sentence", "fact"),
    [
        ("North Korea failed twice this year, in May and in August, to put a military "
         "reconnaissance satellite into orbit.", True),
        ("The Malligyong-1 reached orbit in November 2023 after two failed attempts by North "
         "Korea.", True),
        ("The panel, set up in 2009 after North Korea's second nuclear test, will stop work at "
         "the end of April.", True),
        ("The summit was the first between the two leaders since April 2019.", True),
        ("It was the first meeting between the two leaders since April 2019.", True),
        ("It was North Korea's third attempt this year to put a spy satellite into orbit.",
         True),
        ("It was signed in Moscow by North Korea and Russia in 2000.", False),
        ("The State Duma ratified the treaty with the DPRK on October 24.", True),
        ("North Korea held a military parade in Pyongyang in February.", False),
        ("A panel of judges in Seoul ruled in 2019 on a case brought by a defector.", False),
    ],
)  # fmt: skip
def test_dated_facts_of_the_satellites_the_panel_the_summits_and_the_duma(
    sentence: str, fact: bool
) -> None:
    assert dated_fact(sentence) is fact


@pytest.mark.parametrize(
    ("sentence", "ban"),
    [
        (
            "North Korea is banned by U.N. Security Council resolutions from exporting or "
            "importing any weapons.",
            True,
        ),
        (
            "Any weapons trade with North Korea is banned under UN Security Council resolutions.",
            True,
        ),
        ("North Korea has been barred from exporting weapons under UN sanctions since 2006.", True),
        ("U.N. Security Council resolutions ban North Korea from exporting any weapons.", True),
        # a relative clause, another country, no ban, no full sentence
        (
            "Satellite launches use the same technology as missiles, which North Korea is "
            "banned from testing under UN resolutions.",
            False,
        ),
        ("Iran is banned from exporting drones under UN Security Council resolutions.", False),
        ("North Korea is under UN Security Council sanctions over its weapons.", False),
        ("North Korea is banned from exporting weapons under UN sanctions", False),
    ],
)
def test_a_ban_the_sanctions_lay_down_is_background(sentence: str, ban: bool) -> None:
    assert sanctions_ban(sentence) is ban


def test_the_sanctions_ban_below_the_lead_is_the_outlets(tmp_path: Path) -> None:
    body = (
        "SEOUL (Yonhap) -- Kim Jong Un told Sergei Shoigu on Friday that Pyongyang would "
        "support Moscow, KCNA said.\n\n"
        "North Korea is banned by U.N. Security Council resolutions from exporting or "
        "importing any weapons.\n"
    )
    found = [(d.speaker, d.act) for d in _extract(tmp_path, body).drafts]
    assert found[-1] == ("yonhap", "asserts")


@pytest.mark.parametrize(
    ("sentence", "fact"),
    [
        ("The panel's mandate expired on Tuesday after Russia vetoed its renewal in March.", True),
        ("Russia vetoed the panel's renewal in March, with China abstaining.", True),
        # no past time; another body's mandate
        ("Russia vetoed the panel's renewal, with China abstaining.", False),
        ("Russia vetoed the mission's renewal in March.", False),
    ],
)
def test_the_veto_of_the_panels_renewal_is_a_dated_fact(sentence: str, fact: bool) -> None:
    assert dated_fact(sentence) is fact


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        (
            "The treaty, signed in Pyongyang in June, obliges each side to provide military "
            "assistance without delay if the other comes under armed attack.",
            True,
        ),
        (
            "Under the treaty, each side is bound to provide immediate military assistance if "
            "the other comes under armed attack.",
            True,
        ),
        ("Its Article 4 obliges each party to provide immediate military assistance.", True),
        (
            "The KN-23, which North Korea calls the Hwasong-11, is a solid-fuel short-range "
            "ballistic missile.",
            True,
        ),
        # no obligation to help; no missile described; a speaker's own view
        ("The treaty was signed in June during Putin's visit.", False),
        ("The KN-23 hit a residential building in Kharkiv.", False),
        ("We think the treaty obliges each side to provide military assistance.", False),
    ],
)
def test_treaty_terms_and_missiles_described_are_background(sentence: str, term: bool) -> None:
    assert standing_term(sentence) is term
