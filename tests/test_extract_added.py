"""Words a speaker added ("..., adding that Seoul would work with partners ..."): a
second claim where they do something the first does not; the quoted passages of a
headline, listed as skipped furniture rather than dropped; and acts read from the words: a
deed said to break the rules now, what a party is expected to do, a future that is no
forecast (a size, a deed counted out, a day set), a state's "government and people" as
the speaker's own side."""

from __future__ import annotations

from pathlib import Path

import pytest

from rnkclaims.authoring.extract import Extraction, extract
from rnkclaims.authoring.extract.drafting import _stance_act
from rnkclaims.ledger import Ledger, Source, load
from tests.conftest import BASE, write_ledger


def _source(
    tmp_path: Path, body: str, base: str = BASE, title: str = "T", published: str = "2024-03-29"
) -> tuple[Ledger, Source]:
    """A ledger of ``base`` and one archived source with ``body``."""
    front = f"---\noutlet: yonhap\ntitle: {title}\npublished: {published}\nlanguage: en\n---\n"
    ledger = load(write_ledger(tmp_path / "data", base, {"src-a": front + body}))
    return ledger, ledger.sources["src-a"]


def _extract(tmp_path: Path, body: str, base: str = BASE) -> Extraction:
    ledger, source = _source(tmp_path, body, base)
    return extract(ledger, source)


def test_an_added_pledge_is_a_claim_of_its_own(tmp_path: Path) -> None:
    result = _extract(
        tmp_path,
        'South Korea\'s foreign ministry said on Friday it "deeply regrets" the veto, adding '
        "that Seoul would work with like-minded partners to keep the sanctions enforced.\n",
    )
    acts = [(d.excerpt, d.act) for d in result.drafts]
    assert len(acts) == 2, acts
    first, second = result.drafts
    assert first.excerpt.endswith("the veto") and first.act == "expresses-concern"
    assert second.excerpt.startswith("adding that Seoul would work") and second.act == "pledges"
    # the second is the same speaker's, said on the same day
    assert second.speaker == first.speaker and second.said == first.said
    assert second.mode == "reported"


def test_an_added_pledge_after_a_trailing_attribution(tmp_path: Path) -> None:
    result = _extract(
        tmp_path,
        "The deployment is a grave escalation, South Korean Foreign Minister Cho Tae-yul said on "
        "Thursday, adding that Seoul would push for new UN sanctions.\n",
    )
    excerpts = [d.excerpt for d in result.drafts]
    assert excerpts[0].startswith("The deployment is a grave escalation"), excerpts
    assert excerpts[-1].startswith("adding that Seoul would push"), excerpts
    assert result.drafts[-1].act in ("pledges", "intends")


def test_added_words_that_only_go_on_stay_in_one_claim(tmp_path: Path) -> None:
    # the added clause states more of the same (asserts): one claim, as before
    result = _extract(
        tmp_path,
        "Defense Minister Shin Won-sik said North Korea had shipped 6,700 containers to Russia, "
        "adding that the containers held millions of shells.\n",
    )
    assert len(result.drafts) == 1
    assert result.drafts[0].excerpt.endswith("millions of shells.\n".strip())


def test_an_occasion_before_adding_is_no_first_claim(tmp_path: Path) -> None:
    # "told reporters on Monday, adding that ...": what he added is the one claim
    result = _extract(
        tmp_path,
        "Russian Foreign Minister Sergei Lavrov told reporters on Monday, adding that Moscow "
        "would never abandon its friends.\n",
    )
    assert len(result.drafts) == 1
    assert result.drafts[0].excerpt.startswith("Russian Foreign Minister Sergei Lavrov")


def test_a_headlines_quoted_term_is_listed_as_skipped(tmp_path: Path) -> None:
    body = (
        "PH 'closely monitoring' reports of North Korean troops in Russia: DFA\n\n"
        'MANILA - The Philippines is "closely monitoring" reports that North Korea has sent '
        "soldiers to Russia, the Department of Foreign Affairs said Thursday.\n"
    )
    title = "\"PH 'closely monitoring' reports of North Korean troops in Russia: DFA\""
    ledger, source = _source(tmp_path, body, title=title, published="2024-10-24")
    result = extract(ledger, source)
    headline_end = source.text.index("\n", source.text.index("PH 'closely"))
    listed = [s for s in result.skipped if s.start < headline_end]
    assert [source.text[s.start : s.end] for s in listed] == ["closely monitoring"], listed
    assert all("furniture" in s.reason for s in listed)
    # the body's sentence is still drafted
    assert any("The Philippines is" in d.excerpt for d in result.drafts)


def test_an_apostrophe_in_a_headline_is_no_quotation(tmp_path: Path) -> None:
    body = (
        "Russia's envoy and Pyongyang's minister meet in Moscow\n\n"
        "Russian Foreign Minister Sergei Lavrov said on Friday that talks went well.\n"
    )
    title = "\"Russia's envoy and Pyongyang's minister meet in Moscow\""
    ledger, source = _source(tmp_path, body, title=title, published="2024-10-24")
    result = extract(ledger, source)
    assert not [s for s in result.skipped if s.kind == "quote"], result.skipped


@pytest.mark.parametrize(
    ("words", "act"),
    [
        # a deed said to break the rules now: a charge
        ("Any cooperation that helps North Korea is a violation of UN resolutions.", "accuses"),
        ("Arms transfers to Russia are in direct violation of multiple resolutions.", "accuses"),
        ("The shipments flagrantly violate the resolutions Russia voted for.", "accuses"),
        # a step that would break them if taken, or one cleared of it: no charge
        ("Any arms deal would be a violation of the resolutions.", "asserts"),
        ("The treaty is not a violation of any international obligation.", "asserts"),
    ],
)
def test_a_deed_said_to_break_the_rules_now_is_a_charge(words: str, act: str) -> None:
    assert _stance_act("asserts", words) == act


@pytest.mark.parametrize(
    ("act", "words", "expected"),
    [
        # a size, a deed counted out, a step set for a day: no forecast
        ("predicts", "The containers could hold more than 3 million rounds of shells", "asserts"),
        ("predicts", "North Korea will send 6,000 military builders to Kursk", "announces"),
        ("predicts", "Nordwind will launch regular flights to Pyongyang on July 27", "asserts"),
        ("predicts", "The panel's mandate will expire on April 30", "asserts"),
        # a side's steps its target will not like: a veiled threat
        (
            "predicts",
            "we will make decisions that are unlikely to please the leadership of South Korea",
            "warns",
        ),
        # what may come stays a forecast
        ("predicts", "North Korea will send more troops in the coming months", "predicts"),
        ("predicts", "The shells could reach the front within weeks", "predicts"),
    ],
)
def test_a_future_that_is_no_forecast(act: str, words: str, expected: str) -> None:
    assert _stance_act(act, words) == expected


@pytest.mark.parametrize(
    ("quote", "act"),
    [
        # what a party is expected to do: a call where it is to stop, comply or help
        ("We expect Russia to end its military cooperation with the DPRK immediately", "calls-for"),
        ("We also expect China to use its influence on Pyongyang", "calls-for"),
        ("We expect that Seoul will show common sense", "calls-for"),
        # and a forecast where it is what the party will go on doing
        ("We expect Russia to use more of these missiles against Ukraine's cities", "predicts"),
        ("We expect that Russia and North Korea will learn from these launches", "predicts"),
    ],
)
def test_what_a_party_is_expected_to_do(tmp_path: Path, quote: str, act: str) -> None:
    result = _extract(
        tmp_path, f'"{quote}," South Korean Foreign Minister Cho Tae-yul told reporters.\n'
    )
    assert [d.act for d in result.drafts] == [act]


@pytest.mark.parametrize(
    "body",
    [
        '"The DPRK government, army and people will invariably support the policy of the '
        'Russian Federation," KCNA quoted North Korean leader Kim Jong Un as saying.\n',
        "North Korean leader Kim Jong Un said the DPRK government and people would always "
        "stand with the Russian army.\n",
    ],
)
def test_a_states_government_and_people_are_the_speakers_own_side(
    tmp_path: Path, body: str
) -> None:
    assert [d.act for d in _extract(tmp_path, body).drafts] == ["pledges"]


def test_a_second_verb_set_against_the_first_is_a_claim_of_its_own(tmp_path: Path) -> None:
    result = _extract(
        tmp_path,
        "Russia and North Korea have denied accusations of arms transfers, but vowed last "
        "year to deepen military relations.\n",
    )
    by_act: dict[str, list[str]] = {}
    for d in result.drafts:
        by_act.setdefault(d.act, []).append(d.excerpt)
    assert sorted(by_act) == ["denies", "pledges"], by_act
    assert all(e.startswith("vowed last year") for e in by_act["pledges"])
    assert all(e.endswith("arms transfers") for e in by_act["denies"])
    # the denial is a standing one; "last year" dates the vow
    assert {str(d.said) for d in result.drafts if d.act == "denies"} == {"unknown"}
    assert all(
        isinstance(d.said, dict) and d.said.get("expression") == "last year"
        for d in result.drafts
        if d.act == "pledges"
    )


def test_a_second_verb_joined_by_and_goes_on_with_the_claim(tmp_path: Path) -> None:
    result = _extract(
        tmp_path,
        "China's foreign ministry said the treaty was a matter between two sovereign states "
        "and urged all parties to play a constructive role.\n",
    )
    assert len(result.drafts) == 1


def test_a_second_verb_of_saying_is_a_claim_of_its_own(tmp_path: Path) -> None:
    result = _extract(
        tmp_path,
        "North Korean leader Kim Jong Un said the treaty had raised relations to the level of "
        'an "alliance" and told Putin that North Korea would give its full support to '
        "Russia's military campaign.\n",
    )
    excerpts = [d.excerpt for d in result.drafts]
    assert len(excerpts) == 2, excerpts
    assert excerpts[0].endswith('"alliance"')
    assert excerpts[1].startswith("told Putin that North Korea would give")
    assert result.drafts[1].act == "pledges"


def test_the_accuser_of_a_passive_charge_before_a_denial(tmp_path: Path) -> None:
    result = _extract(
        tmp_path,
        "North Korea has been accused by the United States of supplying Russia with artillery "
        "shells and ballistic missiles for its war in Ukraine, which both Moscow and Pyongyang "
        "deny.\n",
    )
    acts = sorted((str(d.speaker), d.act) for d in result.drafts)
    assert [a for _, a in acts].count("accuses") == 1, acts
    assert [s for s, a in acts if a == "accuses"] == ["united-states"], acts
    assert [a for _, a in acts].count("denies") == 2, acts


@pytest.mark.parametrize(
    ("quote", "act"),
    [
        ("We will talk about all the topics. There is no hurry.", "intends"),
        ("We will reconsider the issue of arms support to Ukraine.", "intends"),
        ("We will strengthen our cooperation with Pyongyang.", "pledges"),
    ],
)
def test_a_step_the_speaker_will_weigh_is_a_plan(tmp_path: Path, quote: str, act: str) -> None:
    result = _extract(tmp_path, f'Russian President Vladimir Putin said: "{quote}"\n')
    assert [d.act for d in result.drafts] == [act]


_KCNA = "  - id: kcna\n    name: Korean Central News Agency\n    kind: state-media\n"


def _with_kcna(tmp_path: Path, body: str) -> Extraction:
    return _extract(tmp_path, body, BASE.replace("outlets:\n", "outlets:\n" + _KCNA, 1))


def test_a_joint_pledge_a_medium_reports_is_the_mediums_report(tmp_path: Path) -> None:
    result = _with_kcna(
        tmp_path,
        "Russia and North Korea have pledged to come to each other's aid immediately if either "
        "is attacked, under a treaty signed by their leaders in Pyongyang, the Korean Central "
        "News Agency said on Thursday.\n",
    )
    assert [(d.speaker, d.act, d.relay) for d in result.drafts] == [("kcna", "reports", [])]


def test_one_partys_pledge_a_medium_carries_stays_the_partys(tmp_path: Path) -> None:
    result = _with_kcna(
        tmp_path,
        "North Korean leader Kim Jong Un pledged full support for Russia, the Korean Central "
        "News Agency said on Thursday.\n",
    )
    assert [(d.speaker, d.act) for d in result.drafts] == [("kim-jong-un", "pledges")]
    assert [h["via"] for h in result.drafts[0].relay] == ["kcna"]


@pytest.mark.parametrize(
    ("body", "speaker", "act"),
    [
        # another party's claim of an arms supply, named as a claim: a charge
        (
            "Both countries have denied U.S. claims that North Korea is supplying Russia with "
            "artillery shells.\n",
            "united-states",
            "accuses",
        ),
        (
            "The United States has claimed that the DPRK could supply Russia with artillery "
            "shells and other munitions.\n",
            "united-states",
            "accuses",
        ),
        # the speaker's own word of condemnation quoted inside reported words
        (
            'South Korea\'s foreign ministry said on Friday that it "strongly condemns" the arms '
            "dealings between Moscow and Pyongyang.\n",
            "south-korea-s-foreign-ministry",
            "accuses",
        ),
        # a step said to weaken what others rely on
        (
            "Canada's foreign minister said the veto would weaken international efforts to hold "
            "Pyongyang to account.\n",
            "canada-s-foreign-minister",
            "warns",
        ),
    ],
)
def test_charges_and_warnings_in_reported_words(
    tmp_path: Path, body: str, speaker: str, act: str
) -> None:
    drafts = [d for d in _extract(tmp_path, body).drafts if d.speaker == speaker]
    assert [d.act for d in drafts] == [act], [
        (d.speaker, d.act) for d in _extract(tmp_path, body).drafts
    ]


@pytest.mark.parametrize(
    ("body", "act"),
    [
        # a side's own feat, and its own plan, as its medium gives them
        (
            "North Korea said on Wednesday that it had successfully put a military spy "
            "satellite into orbit.\n",
            "announces",
        ),
        (
            "The Korean Central News Agency said on Wednesday that North Korea plans to launch "
            "several more spy satellites.\n",
            "intends",
        ),
        # a leader's pledge to a guest, as the medium reports what he told him
        (
            "The Korean Central News Agency reported on Wednesday that Kim told Shoigu Pyongyang "
            'would "invariably support" Moscow\'s position on all issues.\n',
            "pledges",
        ),
    ],
)
def test_a_sides_own_medium_gives_its_feats_plans_and_pledges(
    tmp_path: Path, body: str, act: str
) -> None:
    base = BASE.replace("outlets:\n", "outlets:\n" + _KCNA, 1)
    base = base.replace("    name: North Korea\n", "    name: North Korea\n    country: KP\n", 1)
    base = base.replace("kind: state-media\n", "kind: state-media\n    country: KP\n", 1)
    drafts = _extract(tmp_path, body, base).drafts
    assert [d.act for d in drafts] == [act], [(d.speaker, d.act) for d in drafts]


@pytest.mark.parametrize(
    ("body", "act"),
    [
        # a size in reported words is no forecast, in figures or in words
        (
            "Defense Minister Shin Won-sik told reporters in Seoul on Monday that the "
            "containers could hold more than three million rounds of artillery shells.\n",
            "asserts",
        ),
        # a side bound to another for good
        (
            'North Korean leader Kim Jong Un said: "We will always be together in the fight '
            'against imperialism."\n',
            "pledges",
        ),
    ],
)
def test_a_size_and_a_bond_for_good(tmp_path: Path, body: str, act: str) -> None:
    assert [d.act for d in _extract(tmp_path, body).drafts] == [act]


def test_reports_looked_into_are_no_speech_verb(tmp_path: Path) -> None:
    result = _extract(
        tmp_path,
        "The panel had also been looking into reports that North Korea was supplying Russia "
        "with ballistic missiles, which both countries deny.\n",
    )
    assert not any(d.act == "reports" for d in result.drafts), result.drafts
    assert not any(str(d.speaker).startswith("panel") for d in result.drafts), result.drafts


def test_one_person_with_two_offices_is_one_speaker(tmp_path: Path) -> None:
    result = _extract(
        tmp_path,
        "Australia will work with its partners to respond to the treaty, Foreign Minister and "
        "South Australian senator Penny Wong said on Thursday.\n",
    )
    assert [d.speaker for d in result.drafts] == ["penny-wong"]


def test_two_people_with_their_offices_are_two_speakers(tmp_path: Path) -> None:
    result = _extract(
        tmp_path,
        "Foreign Minister Penny Wong and Defence Minister Richard Marles said on Thursday that "
        "the treaty was a grave concern.\n",
    )
    assert sorted(str(d.speaker) for d in result.drafts) == ["penny-wong", "richard-marles"]


_RUSSIA = "  - id: russia\n    name: Russia\n    kind: government\n    country: RU\n"


def test_both_governments_are_the_two_a_charge_accuses(tmp_path: Path) -> None:
    base = BASE.replace("  - id: united-states\n", _RUSSIA + "  - id: united-states\n", 1)
    base = base.replace("    name: North Korea\n", "    name: North Korea\n    country: KP\n", 1)
    base = base.replace(
        "    name: United States\n", "    name: United States\n    country: US\n", 1
    )
    result = _extract(
        tmp_path,
        "The treaty is the strongest link between Moscow and Pyongyang since the Cold War, and "
        "it comes as the U.S. and its allies accuse North Korea of supplying Russia with "
        "artillery shells.\n\nBoth governments deny any arms transfers.\n",
        base,
    )
    deniers = sorted(str(d.speaker) for d in result.drafts if d.act == "denies")
    assert deniers == ["north-korea", "russia"], [(d.speaker, d.act) for d in result.drafts]


@pytest.mark.parametrize(
    ("act", "words", "expected"),
    [
        # a charge's sources discredited
        (
            "asserts",
            "the panel's work was reduced to reprinting biased information and analysing "
            "newspaper headlines and poor-quality photographs",
            "denies",
        ),
        # a step set for a day in reported words
        ("predicts", "the satellite would begin its reconnaissance mission on Dec. 1", "asserts"),
    ],
)
def test_sources_discredited_and_a_day_set(act: str, words: str, expected: str) -> None:
    assert _stance_act(act, words) == expected


def test_disappointment_is_concern(tmp_path: Path) -> None:
    result = _extract(
        tmp_path,
        'Foreign Minister Penny Wong said Australia was "deeply disappointed" by the veto.\n',
    )
    assert [d.act for d in result.drafts] == ["expresses-concern"]
