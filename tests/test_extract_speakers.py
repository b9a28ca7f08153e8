"""Speaker phrases as news copy writes them: the subject of a speech verb, and of the
verb that attributes a quotation, whatever stands between the name and the verb."""

from __future__ import annotations

from pathlib import Path

import pytest

from rnkclaims.authoring.extract import Extraction, analyse, extract, find_verbs
from rnkclaims.authoring.extract.attribution import attribution
from rnkclaims.authoring.extract.drafting import Draft, Drafter
from rnkclaims.ledger import load
from tests.conftest import BASE, write_ledger


def _extract(tmp_path: Path, body: str, claims: str = BASE) -> Extraction:
    front = "---\noutlet: yonhap\ntitle: T\npublished: 2025-01-25\nlanguage: en\n---\n"
    paths = write_ledger(tmp_path / "data", claims, {"src-a": front + body})
    ledger = load(paths)
    return extract(ledger, ledger.sources["src-a"])


STATES = BASE.replace(
    "  - id: north-korea\n    name: North Korea\n    kind: government\n",
    "  - id: russia\n    name: Russia\n    kind: government\n    country: RU\n"
    "  - id: north-korea\n    name: North Korea\n    kind: government\n    country: KP\n",
).replace(
    "    name: United States\n    kind: government\n",
    "    name: United States\n    kind: government\n    country: US\n",
)
"""The test ledger with its states' countries, and Russia."""


def _quoted_by(text: str) -> str:
    """The speaker span of the verb that attributes the text's first quotation."""
    a = analyse(text)
    verb = attribution(a, a.quotes[0])
    assert verb is not None
    return text[verb.np_start : verb.np_end]


def _subjects(text: str) -> list[tuple[str, str]]:
    a = analyse(text)
    return [(v.phrase, text[v.np_start : v.np_end]) for v in find_verbs(a, 0, len(text))]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a long title before the name, after the quotation: the listener is no speaker
        (
            '"Moscow has a free hand now," a leading researcher at the Center for Korean '
            "Studies of the Institute of China and Contemporary Asia of the Russian Academy "
            "of Sciences, Konstantin Asmolov, told Kommersant.",
            "Konstantin Asmolov",
        ),
        # a name in its own script between brackets
        (
            '"China does not want that," Lin Ying-yu (\u6797\u7a4e\u4f51), an assistant '
            "professor at Tamkang University's Graduate Institute of International Affairs, "
            "told CNA.",
            "Lin Ying-yu",
        ),
        # a reserve rank between the title and the name
        (
            '"It is an axis," said Brig. Gen. (res.) Yossi Kuperwasser, head of the '
            "Jerusalem Institute for Strategy and Security.",
            "Brig. Gen. (res.) Yossi Kuperwasser",
        ),
        # a participle after the head opens a clause about the speaker
        (
            '"They keep walking forward," says the commander of a Ukrainian drone unit '
            "fighting in the Kursk region.",
            "the commander of a Ukrainian drone unit",
        ),
    ],
)
def test_the_speaker_of_a_quotation(text: str, speaker: str) -> None:
    assert _quoted_by(text).rstrip(",.") == speaker


def test_a_role_of_a_named_body_with_a_clause_about_the_body() -> None:
    text = (
        "A representative of Vostok Intur, the company that organizes most tours to the "
        "DPRK, told Vedomosti that direct flights would cut the cost."
    )
    assert _subjects(text) == [("told", "A representative of Vostok Intur")]


def test_a_lawmakers_party_and_state_is_no_part_of_his_name() -> None:
    text = "The committee's chairman, Sen. Roger Wicker, R-Miss., said cooperation was dangerous."
    a = analyse(text)
    (verb,) = find_verbs(a, 0, len(text))
    assert verb.appositive is not None
    assert text[verb.appositive[0] : verb.appositive[1]].strip() == "Sen. Roger Wicker"


def test_what_a_speaker_cites_is_no_speaker_unless_it_is_a_source() -> None:
    text = (
        "Mr Zelenskiy, citing preliminary figures from his commanders, said on Monday that "
        "more troops could come."
    )
    assert _subjects(text) == [("said", "Mr Zelenskiy")]
    text = "Yonhap, citing a military source, said on Monday that more troops had arrived."
    assert _subjects(text) == [("said", "a military source")]


def test_the_bureau_is_the_body_named_in_an_officials_title(tmp_path: Path) -> None:
    body = (
        "TAIPEI -- Authoritarian states are coordinating, National Security Bureau (NSB) "
        "Director-General Tsai Ming-yen said on Monday.\n\n"
        "About 10,000 North Korean soldiers have been sent to Russia, the bureau said in "
        "the report.\n"
    )
    found = _extract(tmp_path, body).drafts
    assert [d.speaker for d in found if d.excerpt.startswith("About")] == [
        "national-security-bureau"
    ]


def test_added_to_a_list_is_a_deed_and_judged_that_is_speech() -> None:
    text = "The EU added the defence minister, Kang Sun Nam, to its sanctions list in February."
    assert _subjects(text) == []
    assert _subjects("He added the two sides would add more flights to the schedule.") == [
        ("added", "He")
    ]
    a = analyse("The JCS also judged that the North was likely to supply more rocket launchers.")
    (verb,) = find_verbs(a, 0, len(a.text))
    assert (verb.phrase, verb.act) == ("judged that", "assesses")


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # a closing title with no article after the name
        (
            "North Korean soldiers have begun taking part in combat, Col. Ants Kiviselg, "
            "commander of the Estonian Defense Forces (EDF) Intelligence Center, said on Friday.",
            "Col. Ants Kiviselg",
        ),
        # a party with a number in brackets
        (
            "Foreign Minister Margus Tsahkna (Eesti 200) said on Thursday that Estonia would "
            "propose new sanctions.",
            "Foreign Minister Margus Tsahkna",
        ),
        # "reported" with the time after it
        (
            "The agency granted the carrier a permit, the agency reported at the time.",
            "the agency",
        ),
        (
            "The Korean Central News Agency reported later in the day that Kim had overseen "
            "the test.",
            "The Korean Central News Agency",
        ),
        # a time between the auxiliary and the verb
        ('The Kremlin had at first dismissed the reports as "fake news."', "The Kremlin"),
        ("The ministry has for years denied any role in the trade.", "The ministry"),
        # the antecedent of a relative clause: the object of the clause before it, a
        # document cited with no comma before "which"
        (
            "The pact has alarmed Western governments, which accuse North Korea of supplying "
            "Russia with shells.",
            "Western governments",
        ),
        (
            "The Times first reported the purchases on Monday, citing a declassified "
            "intelligence assessment which also said Russia could seek more equipment.",
            "a declassified intelligence assessment",
        ),
        # a long description of one of a group
        (
            "One of the two North Korean soldiers captured by Ukrainian forces in Russia's "
            "Kursk region has said he wants to go to South Korea.",
            "One of the two North Korean soldiers captured by Ukrainian forces in Russia's "
            "Kursk region",
        ),
        # a forecast and an offer of a third party
        ("Russian officials expect the bridge to be completed next year.", "Russian officials"),
        ("Zelensky offered to hand the soldiers over to Kim.", "Zelensky"),
    ],
)
def test_the_subject_of_a_speech_verb(text: str, subject: str) -> None:
    assert _subjects(text)[0][1] == subject


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        ("SEOUL--North Korea has never exported weapons.", "SEOUL--"),
        ("WASHINGTON -- The United States said so.", "WASHINGTON -- "),
        ("KYIV, Ukraine \u2014 North Korea said so.", "KYIV, Ukraine \u2014 "),
        ("SEOUL: North Korea said so.", "SEOUL: "),
        # a transcript's label, an acronym, a host's label: no place
        ("KIRBY: We said so.", None),
        ("NATO \u2014 the alliance said so.", None),
        ("MARCUS BELL, HOST: Thousands of laborers have arrived.", None),
    ],
)
def test_a_dateline_with_no_agency_is_cut_off_its_sentence(text: str, dateline: str | None) -> None:
    found = analyse(text).datelines
    assert [text[d.start : d.end] for d in found] == ([dateline] if dateline else [])


def test_an_officials_denial_of_his_own_countrys_deed(tmp_path: Path) -> None:
    body = (
        "SEOUL--North Korea has never exported weapons or ammunition to Russia, a senior "
        "official of its defense ministry said in a statement carried by the state-run "
        "Korean Central News Agency on Sept. 22.\n"
    )
    (draft,) = _extract(tmp_path, body).drafts
    assert draft.excerpt.startswith("North Korea has never")  # the dateline cut off
    assert (draft.act, draft.said) == (
        "denies",
        {"date": "2024-09-22", "expression": "on Sept. 22"},
    )


def test_a_partys_deed_hedged_in_the_past_is_a_suspicion(tmp_path: Path) -> None:
    body = (
        "Russia may have used a North Korean ballistic missile in the attack on Kyiv, "
        "President Volodymyr Zelensky said on Thursday.\n\n"
        "The missile may have been a new type, an analyst said.\n"
    )
    acts = [d.act for d in _extract(tmp_path, body).drafts]
    assert acts == ["suspects", "assesses"]


def test_the_two_governments_an_accuser_names(tmp_path: Path) -> None:
    body = (
        "SEOUL -- The treaty took effect on Friday.\n\n"
        "The United States accuses North Korea of supplying Russia with artillery shells for "
        "use in Ukraine. The two governments say no such transfers have taken place.\n"
    )
    found = _extract(tmp_path, body, STATES).drafts
    denials = [(d.speaker, d.act) for d in found if d.excerpt.startswith("The two")]
    assert denials == [("north-korea", "denies"), ("russia", "denies")]


def test_a_document_with_no_issuer_named_speaks_by_its_title(tmp_path: Path) -> None:
    body = (
        "TOKYO -- Military cooperation between Russia and North Korea could speed up "
        "Pyongyang's missile development, according to the Defense of Japan 2025 white "
        "paper, which the Cabinet approved on Tuesday.\n\n"
        "In return, the paper says, the possibility that Russia will transfer technology "
        'to North Korea "cannot be ruled out."\n'
    )
    result = _extract(tmp_path, body)
    assert {d.speaker for d in result.drafts} == {"defense-of-japan-2025-white-paper"}
    (actor,) = result.new_actors
    assert (actor["name"], actor["kind"]) == ("Defense of Japan 2025 white paper", "organisation")


def test_the_head_of_state_and_a_leader_who_went_further(tmp_path: Path) -> None:
    body = (
        "MOSCOW -- Russian President Vladimir Putin said on Friday that ties were strong.\n\n"
        '"We will always honour the Korean heroes," the head of state said.\n\n'
        "The Russian leader went further and said that the two countries resisted "
        '"imperialist policy" together.\n'
    )
    found = _extract(tmp_path, body).drafts
    assert [d.speaker for d in found] == ["vladimir-putin"] * 3


def test_a_side_is_its_state_and_no_carrier_of_its_own_minister(tmp_path: Path) -> None:
    body = (
        "UNITED NATIONS -- The U.S. side claimed that Moscow had acted to shield its dealings.\n\n"
        "North Korean Foreign Minister Choe Son Hui said Pyongyang would always stand with "
        "Russia, according to a readout from the DPRK side.\n"
    )
    found = _extract(tmp_path, body, STATES).drafts
    assert found[0].speaker == "united-states"
    assert found[1].speaker == "choe-son-hui" and found[1].relay == []


def test_state_media_report_the_deed_a_leader_spoke_at(tmp_path: Path) -> None:
    body = (
        "SEOUL -- Kim Jong Un watched a test of new suicide drones last month, telling "
        'officials that unmanned weapons had become "a core element" of modern warfare, '
        "the state KCNA news agency reported.\n"
    )
    found = sorted(_extract(tmp_path, body).drafts, key=lambda d: d.speaker or "")
    assert [(d.speaker or "") for d in found] == [
        "kim-jong-un",
        "state-kcna-news-agency",  # proposed: the test ledger has no KCNA
    ]
    # what he told officials asserts or judges ("had become 'a core element' of warfare")
    assert found[0].act in ("asserts", "assesses")
    assert found[1].act == "reports"


@pytest.mark.parametrize(
    ("sentence", "act"),
    [
        (
            "An analyst said he would not be surprised if Shoigu had come to Pyongyang in "
            "search of weapons.",
            "suspects",
        ),
    ],
)
def test_a_partys_deed_seen_from_outside_is_a_suspicion(
    tmp_path: Path, sentence: str, act: str
) -> None:
    (draft,) = _extract(tmp_path, f"SEOUL -- {sentence}\n").drafts
    assert (draft.verb, draft.act) == ("said", act)


def test_a_deed_to_come_one_would_not_be_surprised_by_is_no_suspicion(tmp_path: Path) -> None:
    body = (
        "SEOUL -- Defence Minister Kim Yong-hyun said he would not be surprised if we see "
        "Russian help with submarines.\n"
    )
    (draft,) = _extract(tmp_path, body).drafts
    assert draft.act != "suspects"


def test_a_sentence_with_a_speech_verb_no_rule_drafted_is_listed(tmp_path: Path) -> None:
    body = (
        "SEOUL -- The document calls the military cooperation between the two countries "
        '"a matter of grave concern for Japan\'s security," and says Tokyo must follow it '
        "with the utmost vigilance.\n"
    )
    result = _extract(tmp_path, body)
    assert result.drafts == []
    reasons = [s.reason for s in result.skipped]
    assert "a speech verb no rule drafted" in reasons  # "says Tokyo must ...": not dropped


def test_the_rest_of_a_sentence_with_speech_no_draft_covers_is_listed(tmp_path: Path) -> None:
    body = (
        'SEOUL -- Hill said the South Korean "puppet military" and Japanese '
        '"reactionaries" were "fabricating" stories about the dispatch of troops to '
        "Russia to divert attention from their own crises.\n"
    )
    front = "---\noutlet: yonhap\ntitle: T\npublished: 2025-01-25\nlanguage: en\n---\n"
    paths = write_ledger(tmp_path / "data", BASE, {"src-a": front + body})
    ledger = load(paths)
    drafter = Drafter(ledger, ledger.sources["src-a"])
    text = drafter.text
    cut = text.index(' "puppet military"')  # a draft that stops at a quotation mark
    start = text.index("Hill")
    part = Draft(
        start, cut, 1, "reported", text[start:cut], "asserts", "said", "hill", "Hill", "name"
    )
    drafter._list_undrafted_speech([part])
    rest = [
        s for s in drafter.skipped if s.reason == "part of a sentence with speech no draft covers"
    ]
    assert len(rest) == 1 and "stories about the dispatch of troops" in rest[0].text
    # the whole sentence drafted: nothing is listed
    drafter.skipped.clear()
    end = text.index("crises.") + len("crises.")
    whole = Draft(
        start, end, 1, "reported", text[start:end], "asserts", "said", "hill", "Hill", "name"
    )
    drafter._list_undrafted_speech([whole])
    assert drafter.skipped == []


@pytest.mark.parametrize(
    "text",
    [
        "We expect that Russia will seek more shells.",
        "Pyongyang will expect missile technology in return.",
        "Don't expect Moscow to hand over its technology.",
        "The site carries only a portion of the stories offered to subscribers.",
    ],
)
def test_no_forecast_or_offer_of_a_third_party(text: str) -> None:
    assert [phrase for phrase, _ in _subjects(text)] == []


def test_an_honorific_and_a_surname_and_the_countrys_own_body(tmp_path: Path) -> None:
    body = (
        "North Korean troops are in Russia, US Defense Secretary Lloyd Austin said on "
        "Wednesday.\n\n"
        'Speaking in Rome, Mr Austin said: "There is evidence that there are troops there."\n\n'
        '"The launch is a legitimate right," KCNA quoted the country\'s National Aerospace '
        "Technology Administration as saying.\n"
    )
    drafts = _extract(tmp_path, body).drafts
    assert [d.speaker for d in drafts] == [
        "lloyd-austin",
        "lloyd-austin",
        "national-aerospace-technology-administration",
    ]


def test_speakers_named_by_a_role_a_lone_body_or_an_acronym(tmp_path: Path) -> None:
    body = (
        "In its final report, released in March, the panel said it was investigating "
        "reports of arms transfers.\n\n"
        "PhilSA urged the public to report any suspected debris to local authorities.\n\n"
        '"I have decided to go to South Korea," the 26-year-old rifleman told the Chosun '
        "Ilbo.\n\n"
        "North Korea has shipped 6,700 containers of munitions to Russia, South Korea's "
        "defense chief has said.\n\n"
        "North Korea has not commented on the troops, and has long denied supplying Russia "
        "with weapons.\n"
    )
    drafts = _extract(tmp_path, body).drafts
    assert [(d.speaker, d.act) for d in drafts] == [
        ("panel", "asserts"),
        ("philsa", "calls-for"),
        ("26-year-old-rifleman", "asserts"),
        ("south-korea-s-defense-chief", "asserts"),
        ("north-korea", "denies"),
    ]


def test_a_lone_noun_with_no_article_or_of_a_person_is_no_speaker(tmp_path: Path) -> None:
    body = "Analysts said the talks went well.\n\nA panel said it would meet.\n"
    assert [d.speaker for d in _extract(tmp_path, body).drafts] == ["analysts"]


@pytest.mark.parametrize(
    "gloss",
    [
        "a charge both countries deny",
        "a charge both governments have rejected",
        "an accusation the two governments have denied",
    ],
)
def test_a_pair_after_a_charge_denies_it_and_the_charge_accuses(tmp_path: Path, gloss: str) -> None:
    body = (
        "SEOUL -- The treaty took effect on Friday.\n\n"
        "The United States says North Korea has supplied artillery shells to Russia for use "
        f"in Ukraine, {gloss}.\n"
    )
    found = [(d.speaker, d.act) for d in _extract(tmp_path, body, STATES).drafts]
    assert found == [
        ("united-states", "accuses"),
        ("north-korea", "denies"),
        ("russia", "denies"),
    ]


def test_a_headlines_capitals_are_no_part_of_a_name(tmp_path: Path) -> None:
    body = (
        "Talks in Moscow\n\n"
        "Read: Kremlin Hosts Vostochny Summit With Ivan Sokolov\n\n"
        "MOSCOW -- The summit ended on Friday with new drones.\n\n"
        "Sokolov said new drones would follow.\n\n"
        "Read: Pavel Orlov Arrives in Pyongyang by Plane for Talks with Kim\n\n"
        "Orlov said the talks went well.\n"
    )
    found = [d.speaker for d in _extract(tmp_path, body).drafts]
    assert found == ["ivan-sokolov", "pavel-orlov"]


def test_quoted_as_telling_someone_gives_the_speaker_and_the_relay(tmp_path: Path) -> None:
    body = (
        "SEOUL -- Kim Jong Un met Sergei Shoigu on Friday.\n\n"
        'KCNA quoted Kim as telling Shoigu that North Korea would "firmly support" the '
        "Russian army.\n"
    )
    found = [
        (d.speaker, d.act, [r["via"] for r in d.relay]) for d in _extract(tmp_path, body).drafts
    ]
    assert found[-1] == ("kim-jong-un", "pledges", ["kcna"])


def test_answered_gives_words_but_answering_questions_gives_none(tmp_path: Path) -> None:
    body = (
        "MOSCOW -- Vladimir Putin answered questions from reporters for two hours on Friday.\n\n"
        "Tsai made the remarks in Taipei, where he answered lawmakers' questions.\n\n"
        'Asked whether Russia would send troops, Putin answered: "We have no such plans."\n'
    )
    found = [(d.speaker, d.mode) for d in _extract(tmp_path, body).drafts]
    assert found == [("vladimir-putin", "quote")]


def test_the_panel_is_not_the_subject_of_the_sentence_that_named_it(tmp_path: Path) -> None:
    body = (
        "UNITED NATIONS -- Russia on Thursday vetoed the renewal of a UN panel of experts that "
        "monitors sanctions, as the United States accuses Moscow of buying North Korean "
        "weapons.\n\n"
        "China abstained.\n\n"
        "In its latest report, the panel said it was investigating reports of arms transfers "
        "from North Korea to Russia.\n"
    )
    found = [d.speaker for d in _extract(tmp_path, body, STATES).drafts]
    assert found[-1] == "un-panel-of-experts"


def test_states_counted_but_unnamed_are_no_speaker_and_share_the_act(tmp_path: Path) -> None:
    body = (
        "SEOUL -- The talks ended.\n\n"
        "The United States, South Korea, Japan and more than 40 other countries said in a "
        "joint statement that the transfer of North Korean missiles to Russia "
        '"increases the suffering of the Ukrainian people."\n'
    )
    found = _extract(tmp_path, body, STATES).drafts
    assert [d.speaker for d in found] == [
        "united-states",
        "south-korea-government",
        "japan-government",
    ]
    assert len({d.act for d in found}) == 1


def test_a_lone_surname_is_the_figure_not_a_longer_name_in_the_byline(tmp_path: Path) -> None:
    body = (
        "By Hyung-Jin Kim and Kim Tong-Hyung\n\n"
        "SEOUL -- Kim Jong Un and Vladimir Putin signed a treaty on Wednesday.\n\n"
        'KCNA quoted Kim as saying the treaty was "peaceful and defensive in nature."\n'
    )
    found = [d.speaker for d in _extract(tmp_path, body).drafts]
    assert found[-1] == "kim-jong-un"


def test_a_side_silent_before_another_speaks_is_the_outlets_account(tmp_path: Path) -> None:
    body = (
        "SEOUL -- The talks ended on Friday.\n\n"
        "North Korea has not confirmed that its troops are in Russia, and the United States "
        'has dismissed its denials as "lies."\n'
    )
    found = [(d.speaker, d.act) for d in _extract(tmp_path, body).drafts]
    assert found == [("yonhap", "asserts"), ("united-states", "denies")]


def test_a_participle_after_a_trailing_attribution_is_the_speakers(tmp_path: Path) -> None:
    body = (
        "KYIV -- About 11,000 North Korean troops are now in the Kursk region, Ukrainian "
        "President Volodymyr Zelenskiy said on Monday, accusing Ukraine's allies of doing "
        "nothing.\n\n"
        "South Korea's Joint Chiefs of Staff gave a lower estimate on Monday, saying about "
        "1,100 North Korean troops had been killed or wounded.\n"
    )
    found = [(d.speaker, d.act) for d in _extract(tmp_path, body).drafts]
    assert found == [
        ("volodymyr-zelenskiy", "accuses"),
        ("joint-chiefs-of-staff", "asserts"),
    ]


def test_long_office_titles_and_quotations_after_likenings(tmp_path: Path) -> None:
    body = (
        "SEOUL -- Talks ended.\n\n"
        '"We have never exported weapons to Russia," KCNA quoted the vice director of the '
        "General Bureau of Equipment of the North's Ministry of National Defence as saying.\n\n"
        "North Korea's foreign ministry went further on Friday, calling a Japanese "
        'newspaper\'s report of arms sales "the most absurd red herring."\n\n'
        "The ambassador, Joonkook Hwang, compared the veto to a criminal smashing a camera: "
        '"It is like destroying a CCTV to avoid being caught red-handed."\n'
    )
    found = [d.speaker for d in _extract(tmp_path, body).drafts]
    assert found == [
        "vice-director-of-the-general-bureau-of-equipment",
        "north-korea-s-foreign-ministry",
        "joonkook-hwang",
    ]


def test_analysts_after_a_noun_without_that_speak(tmp_path: Path) -> None:
    body = (
        "MOSCOW -- Russian officials have raised the prospect of bringing North Korean "
        "workers to the Donbas, a step analysts say would breach UN sanctions.\n"
    )
    found = [d.speaker for d in _extract(tmp_path, body).drafts]
    assert found == ["analysts"]


def test_prosecutors_and_a_commander_under_initials_are_proposed(tmp_path: Path) -> None:
    body = (
        "SEOUL -- Talks ended.\n\n"
        "North Korean soldiers are gaining battlefield experience, the top U.S. commander in "
        "South Korea said on Tuesday.\n\n"
        "Kharkiv regional prosecutors said the debris was likely of North Korean origin.\n\n"
        "Ukraine's top prosecutor said the missiles were inaccurate.\n\n"
        "Russian Minister of Natural Resources and Environment Alexander Kozlov said trade "
        "would grow.\n"
    )
    found = [d.speaker for d in _extract(tmp_path, body).drafts]
    assert found == [
        "top-u-s-commander-in-south-korea",
        "kharkiv-regional-prosecutors",
        "ukraine-s-top-prosecutor",
        "alexander-kozlov",
    ]


def test_a_term_the_quotes_draft_leaves_out_is_listed(tmp_path: Path) -> None:
    body = (
        "SEOUL -- Talks ended.\n\n"
        "\u201cNothing is off the table,\u201d State Department spokesman Matthew Miller said "
        "Wednesday when reporters asked about new sanctions, adding that Washington would "
        "\u201cnot hesitate\u201d to act against anyone who helps arm Russia.\n"
    )
    result = _extract(tmp_path, body)
    assert [d.speaker for d in result.drafts] == ["matthew-miller"]
    assert [(s.text, s.reason) for s in result.skipped] == [
        ("not hesitate", "a short quoted term the draft of its sentence leaves out")
    ]
