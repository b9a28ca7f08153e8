"""Who a draft is by and what it does, where wire copy leaves it to the reader: anaphors
to a body named before ("the agency"), hedges in reported words, "charges both
countries have denied", state media carrying a leader's call, reported pledges."""

from __future__ import annotations

from pathlib import Path

import pytest

from rnkclaims.authoring.extract import Extraction, analyse, extract, find_verbs
from rnkclaims.ledger import load
from tests.conftest import BASE, write_ledger

STATES = (
    "  - id: kcna\n    name: Korean Central News Agency\n    kind: state-media\n"
    "    country: KP\n    aliases: [KCNA]\n"
    "  - id: russia\n    name: Russia\n    kind: government\n    country: RU\n"
    "    aliases: [Moscow]\n"
    "outlets:\n"
)


def _extract(tmp_path: Path, body: str) -> Extraction:
    claims = BASE.replace("outlets:\n", STATES, 1).replace(
        "aliases: [DPRK, Pyongyang]", "country: KP\n    aliases: [DPRK, Pyongyang]", 1
    )
    front = "---\noutlet: yonhap\ntitle: T\npublished: 2023-12-08\nlanguage: en\n---\n"
    paths = write_ledger(tmp_path / "data", claims, {"src-a": front + body})
    ledger = load(paths)
    return extract(ledger, ledger.sources["src-a"])


def _by_line(result: Extraction) -> dict[int, list[tuple[str | None, str]]]:
    out: dict[int, list[tuple[str | None, str]]] = {}
    for d in result.drafts:
        out.setdefault(d.line, []).append((d.speaker, d.act))
    return out


def test_the_agency_is_the_last_named_intelligence_body_not_the_country(
    tmp_path: Path,
) -> None:
    body = (
        "SEOUL, Oct. 18 (Yonhap) -- North Korea sent troops to Russia, South Korea's spy "
        "agency said Friday.\n\n"
        "The National Intelligence Service (NIS) said 1,500 of them had been moved.\n\n"
        '"The soldiers were issued Russian uniforms and forged papers," the agency said.\n'
    )
    drafts = _extract(tmp_path, body).drafts
    quote = next(d for d in drafts if d.mode == "quote")
    assert quote.speaker == "national-intelligence-service"


def test_a_body_with_its_own_modifier_is_not_the_body_that_spoke_before(
    tmp_path: Path,
) -> None:
    body = (
        "The National Intelligence Service said 1,500 troops had been moved.\n\n"
        "The presidential office said in a statement that it would convene a meeting.\n"
    )
    speakers = [d.speaker for d in _extract(tmp_path, body).drafts]
    assert speakers == ["national-intelligence-service", "presidential-office"]


def test_the_accused_not_the_accuser_deny_a_charge_both_countries_have_denied(
    tmp_path: Path,
) -> None:
    body = (
        "The United States has accused North Korea of supplying Russia with shells, "
        "charges both countries have denied.\n"
    )
    got = {(d.speaker, d.act) for d in _extract(tmp_path, body).drafts}
    assert got == {
        ("united-states", "accuses"),
        ("north-korea", "denies"),
        ("russia", "denies"),
    }


@pytest.mark.parametrize(
    ("body", "act"),
    [
        ("John Hill said the visit could be aimed at securing weapons.", "suspects"),
        ('"It is possible that Russia will seek arms from the North," John Hill said.',
         "predicts"),
        ("John Hill said it is possible that the launch was linked to the summit.",
         "suspects"),
        ("John Hill said the visit was aimed at securing weapons.", "asserts"),  # no hedge
    ],
)  # fmt: skip
def test_a_hedge_in_the_speakers_words_makes_the_act_a_judgement(
    tmp_path: Path, body: str, act: str
) -> None:
    (draft,) = _extract(tmp_path, body + "\n").drafts
    assert draft.act == act


def test_a_panel_of_experts_states_what_it_found(tmp_path: Path) -> None:
    body = "A United Nations panel of experts said North Korea had shipped shells.\n"
    (draft,) = _extract(tmp_path, body).drafts
    assert draft.act == "asserts"
    analysts = "Military analysts said North Korea had shipped shells.\n"
    (judged,) = _extract(tmp_path / "b", analysts).drafts
    assert judged.act == "assesses"


def test_a_coordinated_call_in_a_state_media_report_is_the_leaders() -> None:
    text = (
        "KCNA said on Tuesday that Kim Jong Un had inspected a munitions factory and "
        "called for more production of shells."
    )
    a = analyse(text)
    verbs = find_verbs(a, 0, len(text))
    called = next(v for v in verbs if v.phrase == "called for")
    assert text[called.np_start : called.np_end] == "Kim Jong Un"
    # a speaker who is no news medium keeps the coordinated verb
    plain = "John Hill said the talks had ended and called for calm."
    b = analyse(plain)
    (_, urged) = find_verbs(b, 0, len(plain))
    assert plain[urged.np_start : urged.np_end] == "John Hill"


def test_state_media_keep_their_report_and_carry_the_leaders_call(tmp_path: Path) -> None:
    body = (
        "KCNA said on Tuesday that Kim Jong Un had inspected a munitions factory and "
        "called for more production of shells.\n"
    )
    drafts = _extract(tmp_path, body).drafts
    assert {(d.speaker, d.act) for d in drafts} == {
        ("kcna", "reports"),
        ("kim-jong-un", "calls-for"),
    }
    kim = next(d for d in drafts if d.speaker == "kim-jong-un")
    assert [h["via"] for h in kim.relay] == ["kcna"]


@pytest.mark.parametrize(
    ("body", "act"),
    [
        ("North Korea's foreign minister Choe Son Hui said Pyongyang would stand firmly "
         "by Russia.", "pledges"),
        ('North Korea\'s foreign minister Choe Son Hui said Pyongyang would "stand firmly '
         'by our Russian comrades until victory".', "pledges"),
        ("North Korea's foreign minister Choe Son Hui said Pyongyang would ask Moscow for "
         "food.", "asserts"),  # a plan, no commitment
        ("North Korea's foreign minister Choe Son Hui said Moscow would stand by "
         "Pyongyang.", "asserts"),  # not her country
    ],
)  # fmt: skip
def test_a_reported_commitment_of_the_speakers_own_country_pledges(
    tmp_path: Path, body: str, act: str
) -> None:
    drafts = _extract(tmp_path, body + "\n").drafts
    assert drafts and drafts[0].speaker == "choe-son-hui"
    assert drafts[0].act == act, [(d.mode, d.act) for d in drafts]


def test_a_new_body_speaks_for_the_country_of_the_dateline(tmp_path: Path) -> None:
    body = (
        "SEOUL, Jan. 25 (Yonhap) -- The presidential office said in a statement that "
        "Seoul would respond sternly to any provocation.\n"
    )
    (draft,) = _extract(tmp_path, body).drafts
    assert (draft.speaker, draft.act) == ("presidential-office", "pledges")
    # another country's response to any provocation is no pledge of Seoul's: a warning
    other = _extract(tmp_path / "b", body.replace("Seoul would", "Tokyo would"))
    assert list(_by_line(other).values()) == [[("presidential-office", "warns")]]
    plain = body.replace("Seoul would respond sternly to any", "Seoul would study the")
    third = _extract(tmp_path / "c", plain.replace("Seoul would", "Tokyo would"))
    assert list(_by_line(third).values()) == [[("presidential-office", "asserts")]]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("South Korea's spy agency said the troops had moved.", "national-intelligence-service"),
        ("The South Korean spy agency said the troops had moved.",
         "national-intelligence-service"),
        ("Ukraine's spy agency said the troops had moved.", "ukraine-s-spy-agency"),  # several
    ],
)  # fmt: skip
def test_a_countrys_spy_agency_is_its_one_service_where_it_has_one(
    tmp_path: Path, body: str, speaker: str
) -> None:
    (draft,) = _extract(tmp_path, body + "\n").drafts
    assert draft.speaker == speaker


# -- statements printed after a colon, offices, pronoun pledges, hedges, state media ---------
def test_the_text_after_issued_the_following_statement_is_the_issuers(tmp_path: Path) -> None:
    body = (
        "Pyongyang, August 31 (KCNA) -- A spokesman for the Ministry of National Defence of "
        "the DPRK released the following press statement on Thursday:\n\n"
        "The U.S. is again floating the fiction that the DPRK sells shells to Russia.\n\n"
        "The army of the DPRK will continue to strengthen its war deterrent.\n\n"
        '"The U.S. had better stop its provocative drills," the spokesman said.\n\n'
        "The ministry will watch every move of the hostile forces, the statement added.\n\n"
        "The weather in Pyongyang was fine on the day of the parade last week.\n"
    )
    drafts = _extract(tmp_path, body).drafts
    speakers = {d.speaker for d in drafts}
    assert len(speakers) == 1 and "ministry" in str(speakers.pop())
    by_text = {d.excerpt[:8]: d for d in drafts}
    assert by_text["The U.S."].act == "denies" and by_text["The U.S."].mode == "quote"
    assert by_text["The U.S."].said == {"date": "2023-12-07", "expression": "on Thursday"}
    assert by_text["The army"].act == "pledges"
    assert "The weat" not in by_text  # after the narration attributed a quotation to it


def test_an_office_of_a_named_person_speaks_for_the_person(tmp_path: Path) -> None:
    body = (
        "Prime Minister Fumio Kishida's office said a missile had landed near Hokkaido.\n\n"
        "Kishida's office said the prime minister had ordered ministries to gather "
        "information.\n\n"
        "The Prime Minister's Office said it would review the report.\n"
    )
    speakers = [d.speaker for d in _extract(tmp_path, body).drafts]
    assert speakers[:2] == ["fumio-kishida", "fumio-kishida"]
    assert speakers[2] != "fumio-kishida"  # no name: the office stays an office


def test_a_pronoun_for_the_speaker_makes_reported_words_a_pledge(tmp_path: Path) -> None:
    body = (
        "The ministry of unification said it would work closely with Washington.\n\n"
        "Russian minister Alexander Kozlov said he would help expand rail links.\n\n"
        "The Kremlin said it would not comment on the reports.\n\n"
        "The White House said it would be difficult to confirm the details.\n"
    )
    acts = [(d.speaker_text, d.act) for d in _extract(tmp_path, body).drafts]
    assert [a for _, a in acts] == ["pledges", "pledges", "asserts", "asserts"]


def test_the_country_before_a_full_name_is_the_surnames(tmp_path: Path) -> None:
    body = (
        "Russian minister Alexander Kozlov met his North Korean counterpart Yun Jong Ho.\n\n"
        "Yun said Pyongyang would always support Moscow's efforts.\n"
    )
    draft = next(d for d in _extract(tmp_path, body).drafts if d.excerpt.startswith("Yun"))
    assert (draft.speaker, draft.act) == ("yun-jong-ho", "pledges")


def test_hedges_of_an_unattributed_paragraph_of_a_quotation_are_the_speakers(
    tmp_path: Path,
) -> None:
    body = (
        '"The engine failure suggests a new design," lawmaker Lee Seong-kweun told '
        "reporters.\n\n"
        '"We judge that Russian engineers took part in the tests.\n\n'
        '"More launches could come before the end of the year," he said.\n'
    )
    acts = [d.act for d in _extract(tmp_path, body).drafts]
    # "suggests a new design": a plain statement or a judgement; the hedges are his
    assert acts[0] in ("asserts", "assesses")
    assert acts[1:] == ["assesses", "predicts"]


def test_state_media_carry_the_call_of_the_reported_clause(tmp_path: Path) -> None:
    body = (
        "North Korea showed off new drones as its ties with Russia deepen.\n\n"
        "State media said Saturday that Kim had urged engineers to mass-produce drones.\n\n"
        "KCNA said on Friday Kim Jong Un called for the navy to be armed.\n"
    )
    drafts = _extract(tmp_path, body).drafts
    calls = [(d.speaker, d.act, [h["via"] for h in d.relay]) for d in drafts]
    assert calls == [("kim-jong-un", "calls-for", ["kcna"])] * 2
    assert drafts[1].speaker_text == "Kim Jong Un"  # not "on Friday Kim Jong Un"


def test_a_charge_never_accepted_and_groundless_accusations_are_denials(
    tmp_path: Path,
) -> None:
    body = (
        "The US has accused North Korea of selling missiles, a charge Pyongyang has never "
        "acknowledged.\n\n"
        'Moscow said the allegations were "absurd" and designed to justify sanctions.\n\n'
        "Moscow said the reports were credible and that Seoul's claims were groundless.\n"
    )
    got = [(d.speaker, d.act) for d in _extract(tmp_path, body).drafts]
    assert ("north-korea", "denies") in got  # the accused, who never acknowledged it
    assert got[-2:] == [("russia", "denies"), ("russia", "asserts")]


def test_a_panel_finds_and_the_panel_is_the_panel_named_before(tmp_path: Path) -> None:
    body = (
        "A UN sanctions monitoring panel said a missile that hit Kharkiv was North Korean.\n\n"
        "The panel found that the debris matched a Hwasong-11 missile.\n\n"
        "On 29 November 2023, Russia's envoy Vassily Nebenzia said the report was biased.\n"
    )
    drafts = _extract(tmp_path, body).drafts
    assert drafts[1].speaker == drafts[0].speaker and "panel" in str(drafts[0].speaker)
    assert drafts[2].said == {"date": "2023-11-29", "expression": "on 29 November 2023"}


# -- with-absolutes, citing, beliefs, concern, threats, descriptions, carried words ----------
def test_a_with_absolute_names_who_speaks(tmp_path: Path) -> None:
    body = (
        "Putin and Kim signed a pact, with Putin saying the two would help each other.\n\n"
        "The State Department said on Tuesday it was concerned, with spokesman Matthew "
        "Miller telling reporters that no country should help Russia.\n"
    )
    got = [(d.speaker, d.act) for d in _extract(tmp_path, body).drafts]
    assert ("vladimir-putin", "asserts") in got
    assert ("matthew-miller", "calls-for") in got
    assert ("state-department", "expresses-concern") in got


def test_a_medium_citing_a_source_carries_the_sources_words(tmp_path: Path) -> None:
    body = "KCNA, citing a military source, said more troops would be sent.\n"
    draft = _extract(tmp_path, body).drafts[0]
    assert draft.speaker == "military-source"
    assert [h["via"] for h in draft.relay] == ["kcna"]


def test_a_belief_is_an_assessment_and_what_others_say_is_no_claim(tmp_path: Path) -> None:
    body = (
        "Japanese officials believe the rail link will move munitions.\n\n"
        "North Korea will keep its course, regardless of what Washington says, the "
        "ministry said.\n\n"
        "The United States believes Russia received missiles, a senior US official said.\n"
    )
    drafts = _extract(tmp_path, body).drafts
    assert [(d.speaker, d.act) for d in drafts[:1]] == [("japanese-officials", "assesses")]
    assert "us-government" not in {d.speaker for d in drafts}  # "What Washington says"
    # the body's belief the official gives is a judgement, as the speaker's own would be
    assert drafts[-1].speaker == "senior-us-official" and drafts[-1].act == "assesses"


def test_threats_of_a_price_warn_and_concern_in_quotations(tmp_path: Path) -> None:
    body = (
        '"They will pay dearly for any provocation," the spokesman Kim Song said.\n\n'
        '"We are seriously concerned about the drills," envoy Kim Song said.\n'
    )
    assert [d.act for d in _extract(tmp_path, body).drafts] == ["warns", "expresses-concern"]


def test_a_description_between_subject_and_verb_is_no_part_of_the_name(
    tmp_path: Path,
) -> None:
    body = (
        "Ukraine's defence intelligence agency, known as HUR, said losses were heavy.\n\n"
        "The Multilateral Sanctions Monitoring Team (MSMT), set up by countries including "
        "South Korea, Japan and the U.S., said in its first report that shells were sent.\n\n"
        "The report also said Russia had supplied fuel.\n"
    )
    speakers = [d.speaker for d in _extract(tmp_path, body).drafts]
    assert "defence-intelligence" in str(speakers[0])
    assert speakers[1] == speakers[2] == "multilateral-sanctions-monitoring-team"


def test_a_charge_called_baseless_in_a_relative_clause_is_a_denial(tmp_path: Path) -> None:
    body = (
        "Peskov said the visit had no connection with Western allegations of arms "
        "supplies, which Moscow has called baseless.\n"
    )
    got = [(d.speaker, d.act) for d in _extract(tmp_path, body).drafts]
    assert ("russia", "denies") in got


def test_a_medium_that_cited_him_after_the_words_carried_them(tmp_path: Path) -> None:
    body = (
        'Lavrov said the ties were "unbreakable", KCNA cited him as saying.\n\n'
        "Kim Jong Un stressed that Pyongyang would unconditionally support Moscow, the "
        "Kremlin said.\n"
    )
    drafts = _extract(tmp_path, body).drafts
    assert [h["via"] for h in drafts[0].relay] == ["kcna"]
    assert (drafts[1].speaker, drafts[1].act) == ("kim-jong-un", "pledges")


def test_the_words_deny_a_deed_of_the_speaker_or_charge_another_with_wrongdoing(
    tmp_path: Path,
) -> None:
    body = (
        '"We have never sold arms to any country," the spokesman Kim Song said.\n\n'
        '"The drills are a rehearsal for a war of aggression," Kim Song said.\n\n'
        '"We will not use the site for weapons tests," Kim Song said.\n\n'
        "Kim Song said the United States had not sent the shells.\n"
    )
    acts = [d.act for d in _extract(tmp_path, body).drafts]
    assert acts[:2] == ["denies", "accuses"]
    assert acts[2] != "denies"  # a negated future is no denial (codebook rule 6)
    assert acts[3] != "denies"  # another party's deed, not the speaker's


def test_words_that_discredit_a_report_or_call_the_charges_false_deny_them(
    tmp_path: Path,
) -> None:
    body = (
        'Vassily Nebenzia told reporters the panel had "lost its independence".\n\n'
        'Dmitry Polyanskiy said the team kept repeating "baseless" Western claims.\n\n'
        "Dmitry Polyanskiy said the team kept repeating Western claims.\n"
    )
    lines = sorted(_by_line(_extract(tmp_path, body)).items())
    assert [sorted({act for _, act in found}) for _, found in lines] == [
        ["denies"],
        ["denies"],
        ["asserts"],
    ]


def test_an_unnamed_quoting_party_is_the_one_that_carried_the_speaker_before(
    tmp_path: Path,
) -> None:
    body = (
        "KCNA, citing a military source, said more troops would be sent.\n\n"
        '"The trains have not stopped," the source was quoted as saying.\n'
    )
    drafts = _extract(tmp_path, body).drafts
    assert [d.speaker for d in drafts] == ["military-source", "military-source"]
    assert [[h["via"] for h in d.relay] for d in drafts] == [["kcna"], ["kcna"]]


def test_a_document_named_by_its_author_is_the_authors(tmp_path: Path) -> None:
    body = (
        "Kim arrived in Pyongyang on Friday, according to a KCNA report.\n\n"
        "Kim said the pact was historic, according to a Kremlin transcript of the talks.\n"
    )
    drafts = _extract(tmp_path, body).drafts
    assert (drafts[0].speaker, drafts[0].act) == ("kcna", "reports")
    assert drafts[1].speaker == "kim-jong-un"
    assert [h["via"] for h in drafts[1].relay] == ["russia"]  # the Kremlin: no new actor
    assert not any(a["id"].startswith(("kcna-", "russia-")) for a in _extract(
        tmp_path / "again", body).new_actors)  # fmt: skip


def test_a_lone_surname_is_a_title_holder_only_of_a_country_the_text_names(
    tmp_path: Path,
) -> None:
    named = "State media in Pyongyang said Kim had called for closer ties.\n"
    drafts = _extract(tmp_path / "a", named).drafts
    assert [(d.speaker, d.act) for d in drafts] == [("kim-jong-un", "calls-for")]
    unnamed = "Kim said the talks in Seoul had gone well.\n"
    assert "kim-jong-un" not in {d.speaker for d in _extract(tmp_path / "b", unnamed).drafts}


def test_a_quotation_paragraph_after_a_persons_reported_statement_is_theirs(
    tmp_path: Path,
) -> None:
    body = (
        "Analyst Lim Eul-chul said the visit showed Pyongyang's leverage.\n\n"
        '"Perhaps more soldiers will follow."\n'
    )
    drafts = _extract(tmp_path, body).drafts
    assert [(d.speaker, d.mode, d.act) for d in drafts] == [
        ("lim-eul-chul", "reported", "assesses"),  # an analyst judges (codebook rule 6)
        ("lim-eul-chul", "quote", "predicts"),
    ]


def test_more_verbs_of_accusing_denying_assuring_and_projecting(tmp_path: Path) -> None:
    body = (
        "Seoul's Joint Chiefs of Staff on Wednesday blasted the launch as a threat.\n\n"
        "Pyongyang brushed aside the criticism, alleging that the drills forced its hand.\n\n"
        "Japan's defense minister assured residents that the missile fell outside the zone.\n\n"
        "A South Korean military official projected that the North would test again.\n\n"
        "John Hill said the launch was a concern.\n"
    )
    got = [(d.speaker, d.act) for d in _extract(tmp_path, body).drafts]
    assert [act for _, act in got[:4]] == ["accuses", "denies", "pledges", "predicts"]
    assert got[1][0] == "north-korea"
    assert got[3][0] != "john-hill"  # a South Korean official is not the American named next


def test_reasons_to_believe_suspect_and_a_signaled_willingness_intends(tmp_path: Path) -> None:
    body = (
        '"We have good reason to believe that Russia is helping," Kim Song said.\n\n'
        '"We suspect the shipments resumed," Kim Song said.\n\n'
        "Washington on Friday signaled its willingness to hold talks.\n\n"
        '"It is likely that the shipments resumed," Kim Song said.\n'
    )
    acts = [d.act for d in _extract(tmp_path, body).drafts]
    assert acts == ["suspects", "suspects", "intends", "assesses"]


def test_a_reported_forecast_about_others_predicts_and_ones_own_country_does_not(
    tmp_path: Path,
) -> None:
    body = (
        "Officials in Seoul said more troops could follow by the end of the year.\n\n"
        "Kim Song said that Russia may send jets to the North.\n\n"
        "Kim Song said it could take countermeasures.\n\n"
        "Russian Foreign Minister Sergei Lavrov said Moscow could supply arms to Pyongyang.\n"
    )
    acts = [d.act for d in _extract(tmp_path, body).drafts]
    assert acts[:2] == ["predicts", "predicts"]
    assert "predicts" not in acts[2:]  # the speaker's own "it could", "Moscow could"


def test_the_occasion_between_verb_and_words_and_a_date_before_that(tmp_path: Path) -> None:
    body = (
        "The unification ministry said in a release Monday that it would expand support.\n\n"
        "A military official said the North appeared to be preparing another launch.\n\n"
        "Kim Song told reporters on the sidelines of a forum in Moscow on Tuesday that the "
        "talks went well.\n"
    )
    drafts = _extract(tmp_path, body).drafts
    assert [d.act for d in drafts[:2]] == ["pledges", "assesses"]
    assert drafts[2].said == {"expression": "on Tuesday"}


def test_a_speakers_own_country_not_doing_a_deed_is_a_denial_and_hope_intends(
    tmp_path: Path,
) -> None:
    body = (
        "North Korean Foreign Minister Choe Son Hui said Pyongyang had not sent any troops.\n\n"
        "Russian Foreign Minister Sergei Lavrov said Pyongyang had not sent any troops.\n\n"
        "Russian Foreign Minister Sergei Lavrov expressed hope that Seoul would reconsider.\n\n"
        'North Korea threatened to take "overwhelming" countermeasures.\n'
    )
    acts = [d.act for d in _extract(tmp_path, body).drafts]
    assert acts == ["denies", "asserts", "intends", "warns"]  # Lavrov speaks of another state


def test_a_body_in_a_capital_is_the_countrys_and_a_titled_appositive_names_the_speaker(
    tmp_path: Path,
) -> None:
    body = (
        "The defence ministry in Seoul said the North fired two missiles.\n\n"
        "Japan's top government spokesman, Chief Cabinet Secretary Yoshimasa Hayashi, said "
        "Tokyo had lodged a protest.\n"
    )
    speakers = [d.speaker for d in _extract(tmp_path, body).drafts]
    # "Tokyo had lodged a protest" is Tokyo's own protest, a claim of its own
    # the ministry's id as the copy writes it; its name gives the country
    assert speakers == ["defence-ministry-in-seoul", "yoshimasa-hayashi", "japan-government"]


def test_an_official_is_a_person_and_charges_in_what_a_thing_is_called_accuse(
    tmp_path: Path,
) -> None:
    body = (
        '"We expect more launches this year," a South Korean military official said.\n\n'
        'The North called the drills "a dangerous provocation".\n\n'
        '"We are ready to respond," the ministry said.\n'
    )
    result = _extract(tmp_path, body)
    assert [(d.speaker, d.act) for d in result.drafts[:2]] == [
        ("south-korean-military-official", "predicts"),
        ("north-korea", "accuses"),
    ]
    assert [a["kind"] for a in result.new_actors] == ["person"]
    assert "south-korean-military-official" not in {d.speaker for d in result.drafts[2:]}


def test_words_that_call_an_act_a_provocation_accuse_and_a_broadcaster_carries(
    tmp_path: Path,
) -> None:
    body = (
        "Kim Song said in a statement carried by KCNA on Friday that the drills were a "
        "provocation.\n\n"
        "Kim Song said in remarks broadcast by KCNA on Friday that the army was ready.\n"
    )
    drafts = _extract(tmp_path, body).drafts
    assert [d.act for d in drafts] == ["accuses", "asserts"]
    assert [[h["via"] for h in d.relay] for d in drafts] == [["kcna"], ["kcna"]]


def test_expected_shipments_forecast_a_post_on_telegram_denies_and_force_warns(
    tmp_path: Path,
) -> None:
    body = (
        "Two U.S. officials told Reuters that more shipments were expected before winter.\n\n"
        "The NIS said the troops had moved and that more deployments were expected.\n\n"
        "Moscow's embassy in Seoul said on Telegram that the reports were fake.\n\n"
        "Kim Song said the drills would be met with force.\n"
    )
    acts = [d.act for d in _extract(tmp_path, body).drafts]
    assert acts == ["predicts", "asserts", "denies", "warns"]  # the first clause counts


_HOME_OUTLETS = (
    "  - id: abc-au\n    name: ABC News (Australia)\n    kind: broadcaster\n    country: AU\n"
    "  - id: aap\n    name: Australian Associated Press\n    kind: wire-agency\n"
    "    country: AU\n"
)


@pytest.mark.parametrize(
    ("outlet", "body", "act"),
    [
        ("abc-au", "Defence Minister Richard Marles said Australia would work with Seoul to "
         "track the transfers.", "pledges"),
        ("abc-au", "Defence Minister Richard Marles said Canberra would closely monitor the "
         "cooperation.", "pledges"),
        ("abc-au", "Defence Minister Richard Marles said Russia would work with Pyongyang "
         "on satellites.", "asserts"),  # another country's deed: no commitment
        ("aap", "Defence Minister Richard Marles said Australia would work with Seoul to "
         "track the transfers.", "asserts"),  # a wire agency names ministers of anywhere
        ("abc-au", "Opposition leader Peter Dutton said Australia would work with Seoul to "
         "track the transfers.", "asserts"),  # no government office
    ],
)  # fmt: skip
def test_a_national_outlets_unmarked_minister_commits_its_country(
    tmp_path: Path, outlet: str, body: str, act: str
) -> None:
    claims = BASE.replace("outlets:\n", "outlets:\n" + _HOME_OUTLETS, 1)
    front = f"---\noutlet: {outlet}\ntitle: T\npublished: 2024-11-18\nlanguage: en\n---\n"
    paths = write_ledger(tmp_path / "data", claims, {"src-a": front + body + "\n"})
    ledger = load(paths)
    drafts = extract(ledger, ledger.sources["src-a"]).drafts
    assert [d.act for d in drafts] == [act], [(d.speaker, d.act) for d in drafts]


@pytest.mark.parametrize(
    ("body", "act"),
    [
        ("Opposition critic Michael Chong said the government had been too slow to act.",
         "accuses"),
        ("Opposition critic Michael Chong said the government has been far too timid.",
         "accuses"),
        ("Opposition critic Michael Chong said the government had acted quickly.", "asserts"),
        ("Opposition critic Michael Chong said Russia would keep buying shells from "
         "Pyongyang.", "predicts"),
    ],
)  # fmt: skip
def test_a_fault_of_conduct_accuses_and_a_kept_deed_forecasts(
    tmp_path: Path, body: str, act: str
) -> None:
    drafts = _extract(tmp_path, body + "\n").drafts
    assert [(d.speaker, d.act) for d in drafts] == [("michael-chong", act)]


@pytest.mark.parametrize(
    ("body", "act"),
    [
        ('"It is a major escalation," analyst Euan Graham said.', "warns"),
        ('Analyst Euan Graham said the deployment was "a serious escalation".', "warns"),
        ('Analyst Euan Graham said he believed the deployment was "a serious escalation".',
         "assesses"),  # a belief about it: a judgement, no warning
        ('"It is a significant escalation and a violation of Security Council resolutions," '
         "analyst Euan Graham said.", "accuses"),
        ('"It shows how desperate the Kremlin has become," analyst Euan Graham said.',
         "accuses"),
        ("Analyst Euan Graham said the troops were a sign of desperation in Moscow.",
         "accuses"),
        ('"It is a major step," analyst Euan Graham said.', "assesses"),  # a judgement
    ],
)  # fmt: skip
def test_an_escalation_warns_and_desperation_accuses(tmp_path: Path, body: str, act: str) -> None:
    drafts = _extract(tmp_path, body + "\n").drafts
    assert [(d.speaker, d.act) for d in drafts] == [("euan-graham", act)]


@pytest.mark.parametrize(
    ("body", "act"),
    [
        ('"I think the Seoul government should at least put that option on the table," '
         "Euan Graham said.", "calls-for"),
        ('"Tokyo needs to show Moscow that this has a cost," Euan Graham said.', "calls-for"),
        ('"If I may add: Russia must stop using them," Euan Graham said.', "calls-for"),
        ('"The region should expect more missile launches," Euan Graham said.', "predicts"),
        ("Euan Graham said the region should expect more missile launches.", "predicts"),
        ('"Beijing should expect consequences as well," Euan Graham said.', "warns"),
        ("Euan Graham said Seoul should expect Moscow to deny it.", "predicts"),
        ("Euan Graham said Seoul should ask Moscow to explain it.", "calls-for"),
    ],
)  # fmt: skip
def test_a_named_party_told_what_to_do_or_what_to_expect(
    tmp_path: Path, body: str, act: str
) -> None:
    drafts = _extract(tmp_path, body + "\n").drafts
    assert [(d.speaker, d.act) for d in drafts] == [("euan-graham", act)]


@pytest.mark.parametrize(
    ("body", "act"),
    [
        ('"We will discuss the response with our partners," Yoshimasa Hayashi said.', "intends"),
        ('"The government will carefully review its options," Yoshimasa Hayashi said.',
         "intends"),
        ('"Tokyo will review its options," Yoshimasa Hayashi said.', "intends"),  # Japanese
        ('Yoshimasa Hayashi said he would "strongly respond" to any transfer.', "pledges"),
    ],
)  # fmt: skip
def test_the_speakers_own_side_deliberating_intends_and_a_quoted_response_pledges(
    tmp_path: Path, body: str, act: str
) -> None:
    drafts = _extract(tmp_path, body + "\n").drafts
    assert [(d.speaker, d.act) for d in drafts] == [("yoshimasa-hayashi", act)]


def _extract_as(tmp_path: Path, body: str, outlet: str, published: str) -> Extraction:
    claims = BASE.replace(
        "outlets:\n",
        STATES
        + f"  - id: {outlet}\n    name: {outlet.replace('-', ' ').title()}\n"
        + "    kind: online\n",
        1,
    )
    front = f"---\noutlet: {outlet}\ntitle: T\npublished: {published}\nlanguage: en\n---\n"
    paths = write_ledger(tmp_path / "data", claims, {"src-a": front + body})
    ledger = load(paths)
    return extract(ledger, ledger.sources["src-a"])


def test_a_said_in_a_statement_line_gives_the_quoted_paragraph_after_it(
    tmp_path: Path,
) -> None:
    body = (
        "The South Korean embassy in London said in a statement:\n\n"
        '"Seoul will take every measure needed to protect its security."\n\n'
        "A Foreign Office spokeswoman said:\n\n"
        '"The deployment of North Korean troops is a reckless escalation by the Kremlin."\n'
    )
    result = _extract(tmp_path, body)
    assert [(d.speaker, d.act, d.mode) for d in result.drafts] == [
        ("south-korean-embassy-in-london", "pledges", "quote"),
        ("foreign-office-spokeswoman", "accuses", "quote"),
    ]  # the lines that only introduce them are no claims of their own
    assert [s.reason for s in result.skipped] == [
        "introduces the quotation printed after it",
        "introduces the quotation printed after it",
    ]


def test_a_following_statement_in_quoted_paragraphs_is_its_issuers(tmp_path: Path) -> None:
    body = (
        "Shaheen, Ricketts Statement\n\n"
        "WASHINGTON \u2013 U.S. Senate Foreign Relations Committee Chairman Jeanne Shaheen "
        "(D-N.H.) and Ranking Member Pete Ricketts (R-Neb.) today released the following "
        "statement after reports that North Korean missiles had struck Kyiv:\n\n"
        "\"Pyongyang's missiles are now killing Ukrainian civilians, and Moscow is paying for "
        "them with technology that makes North Korea more dangerous to our allies.\n\n"
        '"The administration must respond with secondary sanctions on the banks.\n\n'
        '"We will keep pressing until it acts."\n\n###\n'
    )
    drafts = _extract(tmp_path, body).drafts
    assert [(d.speaker, d.act) for d in drafts] == [
        ("jeanne-shaheen", "accuses"),
        ("jeanne-shaheen", "calls-for"),
        ("jeanne-shaheen", "pledges"),
    ]
    assert all(isinstance(d.said, dict) and d.said["expression"] == "today" for d in drafts)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Gulf states should raise it with the Kremlin, said Bader al-Saif, an assistant "
         "professor of history at Kuwait University.", "Bader al-Saif"),
        ("The transfers break UN resolutions, said Ahmed bin Saleh, a Gulf analyst.",
         "Ahmed bin Saleh"),
        ("Mohammed al-Sabah told reporters that Kuwait would not take sides.",
         "Mohammed al-Sabah"),
    ],
)  # fmt: skip
def test_a_name_with_an_arabic_particle_speaks_whole(text: str, speaker: str) -> None:
    """ "said Bader al-Saif", "Ahmed bin Saleh", "Mohammed al-Sabah told": the name runs
    through its particle, after the verb as before it, and is proposed whole."""
    a = analyse(text)
    (verb,) = [v for v in find_verbs(a, 0, len(text)) if v.phrase in ("said", "told")]
    assert text[verb.np_start : verb.np_end] == speaker


def test_names_with_particles_and_princely_titles_split_as_names() -> None:
    from rnkclaims.authoring.extract.resolution import capitalised, name_words, split_title

    assert capitalised("al-Saif") and capitalised("el-Sisi.") and not capitalised("al-qaeda")
    assert not capitalised("anti-American")
    assert name_words(["Mohammed", "al-Sabah"]) and name_words(["Ahmed", "bin", "Saleh"])
    title, name = split_title("Saudi Foreign Minister Prince Faisal bin Farhan".split())
    assert name == ["Faisal", "bin", "Farhan"] and title[-1] == "Prince"
    assert split_title("Crown Prince Mohammed bin Salman".split())[1] == [
        "Mohammed", "bin", "Salman"
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "verb", "subject"),
    [
        ("Vladislav Inozemtsev, an economist who left Russia in 2022, told Reuters that the "
         "crisis was deep.", "told", "Vladislav Inozemtsev"),
        ("Olga Vasilyeva, a sociologist whose research covers migrant labour, told the Korea "
         "Herald that employers preferred them.", "told", "Olga Vasilyeva"),
        ("Kim Sung, a researcher who studies North Korea at Seoul National University, said "
         "the workers would be paid in goods.", "said", "Kim Sung"),
        ("The official, who spoke on condition of anonymity, said the talks had stalled.",
         "said", "The official"),
    ],
)  # fmt: skip
def test_a_name_whose_appositive_holds_a_relative_clause_is_the_subject(
    text: str, verb: str, subject: str
) -> None:
    """ "Name, an economist who left Russia in 2022, told ...": the name speaks, not the
    head of the appositive, a word of its clause or the outlet told."""
    from rnkclaims.authoring.extract.attribution import subject_before

    a = analyse(text)
    found = subject_before(a.masked, 0, text.index(verb))
    assert found is not None and text[found[0] : found[1]] == subject


@pytest.mark.parametrize(
    ("text", "verb", "subject"),
    [
        ("VIENTIANE: Southeast Asian foreign ministers on Friday (Jul 26) expressed concern.",
         "expressed", "Southeast Asian foreign ministers"),
        ("Chairman Ben Cardin (D-Md.) and Ranking Member Jim Risch (R-Idaho) today released "
         "a statement.", "released",
         "Chairman Ben Cardin (D-Md.) and Ranking Member Jim Risch (R-Idaho)"),
    ],
)  # fmt: skip
def test_a_subject_past_a_bracketed_day_and_with_lawmakers_parties(
    text: str, verb: str, subject: str
) -> None:
    from rnkclaims.authoring.extract.attribution import main_subject, subject_before

    a = analyse(text)
    found = subject_before(a.masked, 0, text.index(verb))
    assert found is not None and text[found[0] : found[1]] == subject
    if text.startswith("VIENTIANE"):  # the capitals dateline is no part of the subject
        main = main_subject(a.masked, 0, text.index(verb))
        assert main is not None and text[main[0] : main[1]] == subject


COMMENTARY = (
    "Moscow's Korean Bargain\n\n"
    "{byline}\n\n"
    "Russia's reliance on North Korean shells is a lifeline for the Kremlin. It is also the "
    "strongest lever Pyongyang has held over Moscow.\n\n"
    "The partnership will probably deepen once the fighting stops. Sanctions alone may not "
    "reverse that.\n\n"
    "Tokyo and Seoul should pool their intelligence on the shipping routes.\n\n"
    "Comments are moderated and may take a day to appear here.\n\n"
    "{bio}"
)


def test_a_commentarys_unattributed_sentences_are_its_authors(tmp_path: Path) -> None:
    body = COMMENTARY.format(
        byline="Analysis by Hannah Whitfield",
        bio="Hannah Whitfield is a senior fellow at the Pacific Forum.\n",
    )
    drafts = _extract_as(tmp_path, body, "pacific-review", "2025-03-04").drafts
    assert [(d.speaker, d.act) for d in drafts] == [
        ("hannah-whitfield", "assesses"),  # a lifeline, run on over "It is also the ..."
        ("hannah-whitfield", "predicts"),  # will probably deepen
        ("hannah-whitfield", "predicts"),  # may not reverse that
        ("hannah-whitfield", "calls-for"),
    ]  # the comments notice and the author's note are not the author's claims
    assert drafts[0].excerpt.endswith("held over Moscow.")


def test_a_news_byline_without_an_authors_note_is_no_commentary(tmp_path: Path) -> None:
    body = COMMENTARY.format(byline="By Hannah Whitfield", bio="")
    assert _extract_as(tmp_path, body, "pacific-review", "2025-03-04").drafts == []
    signed = COMMENTARY.format(
        byline="By Hannah Whitfield",
        bio="Hannah Whitfield is a senior fellow at the Pacific Forum.\n",
    )
    drafts = _extract_as(tmp_path / "b", signed, "pacific-review", "2025-03-04").drafts
    assert {d.speaker for d in drafts} == {"hannah-whitfield"}


def test_an_unsigned_editorial_speaks_in_the_outlets_voice(tmp_path: Path) -> None:
    body = (
        "EDITORIAL: Pyongyang's mercenary turn\n\n"
        "Pyongyang is likely to be paid in technology that would sharpen its missiles.\n\n"
        "The government should set out what it will do if North Korean units keep fighting.\n"
    )
    drafts = _extract_as(tmp_path, body, "harbour-times", "2024-11-01").drafts
    assert [(d.speaker, d.act) for d in drafts] == [
        ("harbour-times", "predicts"),
        ("harbour-times", "calls-for"),
    ]


@pytest.mark.parametrize(
    ("body", "act"),
    [
        ("Euan Graham has argued that Russia will share only what it can spare.", "predicts"),
        ("Euan Graham suggested that the Kremlin could transfer submarine technology.",
         "predicts"),
        ("Euan Graham suggested that Seoul should send observers.", "calls-for"),
        ('"Next year we might see a satellite built with Russian parts," Euan Graham said.',
         "predicts"),
        ('"Russia will probably help refine the satellites," Euan Graham said.', "predicts"),
        ('"Moscow will hold talks with Pyongyang next week," Euan Graham said.', "asserts"),
        ('"The transfer of air defence systems is a gift to Kim," Euan Graham said.',
         "assesses"),
        ('"That is a very serious matter for Seoul," Euan Graham said.', "warns"),
        ('"Isolation has failed, and dialogue must continue," Euan Graham said.', "calls-for"),
        ('"The administration must respond with new sanctions," Euan Graham said.',
         "calls-for"),
        ('"Seoul must understand that this has a cost," Euan Graham said.', "warns"),
        ('"China cannot claim to be a neutral party," Euan Graham said.', "accuses"),
        ('"It is a reckless escalation by the Kremlin," Euan Graham said.', "accuses"),
        ("Euan Graham said there were signs that North Korea was preparing more troops.",
         "suspects"),
        ("Euan Graham said the alliance had confirmed that the troops were in Kursk.",
         "confirms"),
        ("Euan Graham said Washington was using the issue to justify its drills.", "accuses"),
        ('"Such a decision would mean the direct involvement of the US," Euan Graham said.',
         "warns"),
        ('"Kim sees this as a chance to give his army combat experience," Euan Graham said.',
         "assesses"),
        ('"The United States believes Pyongyang is supplying shells," Euan Graham said.',
         "asserts"),  # a side's belief is no reading of another's mind (no "assesses")
        ('"China cannot claim to be for peace while its banks pay," Euan Graham said.',
         "accuses"),
        ("Euan Graham said the launch was \"absolutely unacceptable\".", "accuses"),
        ('"Putin is essentially renting soldiers," Euan Graham said.', "assesses"),
        ('"This axis is getting stronger every month," Euan Graham said.', "assesses"),
        ('Euan Graham said ministers had been "slow to wake up" to the threat.', "accuses"),
        ('"There is no doubt Kim feels he has the upper hand," Euan Graham said.', "assesses"),
        ('"The deployment risks dragging the peninsula into a European war," Euan Graham said.',
         "warns"),
        ('"That is a violation of international law and an escalation," Euan Graham said.',
         "accuses"),
        ('"Putin is testing whether the world will react," Euan Graham said.', "assesses"),
        ("Euan Graham said the president would raise the issue with Xi Jinping.", "intends"),
    ],
)  # fmt: skip
def test_forecasts_calls_and_judgements_in_what_was_said_or_argued(
    tmp_path: Path, body: str, act: str
) -> None:
    drafts = _extract(tmp_path, body + "\n").drafts
    assert [(d.speaker, d.act) for d in drafts] == [("euan-graham", act)]


def test_a_denial_at_an_occasion_is_dated_by_the_occasions_day(tmp_path: Path) -> None:
    body = (
        "Russia's deputy ambassador Dmitry Polyanskiy rejected the accusations as "
        '"fantasies" at a Security Council meeting on Tuesday.\n'
    )
    (draft,) = _extract(tmp_path, body).drafts
    assert draft.act == "denies"
    assert isinstance(draft.said, dict) and draft.said["expression"] == "on Tuesday"


@pytest.mark.parametrize(
    ("body", "act"),
    [
        ("The Unification Ministry said it would consider sending a team.", "intends"),
        ("The Unification Ministry said it would send a team.", "pledges"),
        ('"We would seriously consider sending a team," the Unification Ministry said.',
         "intends"),
    ],
)  # fmt: skip
def test_a_speaker_weighing_a_step_intends_it_and_taking_it_pledges(
    tmp_path: Path, body: str, act: str
) -> None:
    drafts = _extract(tmp_path, body + "\n").drafts
    assert [d.act for d in drafts] == [act]


def test_a_minister_named_with_a_two_word_nationality_weighs_his_countrys_step(
    tmp_path: Path,
) -> None:
    body = (
        "Austin spoke alongside South Korean Defense Minister Kim Yong-hyun, who is "
        "visiting Washington.\n\n"
        "Kim said Seoul would consider supplying weapons directly to Ukraine.\n\n"
        "Kim said Seoul would respond step by step.\n"
    )
    drafts = _extract(tmp_path, body).drafts
    assert [(d.speaker, d.act) for d in drafts] == [
        ("kim-yong-hyun", "intends"),  # weighing a step of his own country's: a plan
        ("kim-yong-hyun", "pledges"),  # taking it: a commitment
    ]


def test_a_name_beyond_ascii_gives_a_transliterated_id(tmp_path: Path) -> None:
    body = (
        "Polish Foreign Minister Radosław Sikorski said on Wednesday that Moscow had run "
        "out of volunteers.\n\n"
        "Norwegian Prime Minister Jonas Gahr Støre said Norway would increase its support "
        "for Ukraine.\n"
    )
    drafts = _extract(tmp_path, body).drafts
    assert [(d.speaker, d.act) for d in drafts] == [
        ("radoslaw-sikorski", "accuses"),  # "ł" has no decomposition: a table gives "l"
        ("jonas-gahr-store", "pledges"),  # his own country's step
    ]


def test_press_statements_labelled_by_office_and_name_are_turns(tmp_path: Path) -> None:
    body = (
        "Statements for the press\n\n"
        "Following the talks, the two ministers made statements for the press.\n\n"
        "Minister of Foreign Affairs of the Russian Federation Sergei Lavrov: Madam "
        "Minister, colleagues,\n\n"
        "The West is stoking tension on the Korean Peninsula.\n\n"
        "Minister of Foreign Affairs of the Democratic People's Republic of Korea Choe Son "
        "Hui (retranslated): Esteemed Mr Minister,\n\n"
        "The DPRK will always stand by its Russian comrades.\n\n"
        "Publication date: December 8, 2023, 16:10\n"
    )
    result = _extract(tmp_path, body)
    assert [(d.speaker, d.act) for d in result.drafts] == [
        ("sergei-lavrov", "accuses"),
        ("choe-son-hui", "pledges"),  # the country in the label's office is hers
    ]
    assert {r.reason for r in result.skipped} == {"a line of address or of the page"}


def test_a_printed_interview_labels_the_outlet_and_the_surname(tmp_path: Path) -> None:
    body = (
        "The EU's foreign policy chief Kaja Kallas spoke to Yonhap about North Korean "
        "soldiers in Russia.\n\n"
        "Yonhap: What does North Korea get in return?\n\n"
        "Kallas: Money, oil and, we fear, military technology.\n\n"
        "Yonhap: Will the EU respond?\n\n"
        "Kallas: We will propose new listings of North Korean officials in the next package.\n"
    )
    result = _extract(tmp_path, body)
    assert [(d.speaker, d.act) for d in result.drafts] == [
        ("kaja-kallas", "expresses-concern"),
        ("kaja-kallas", "intends"),
    ]  # the outlet's questions are no claims


@pytest.mark.parametrize(
    ("body", "act"),
    [
        ('"We\'re also concerned that Russia may give Pyongyang satellite technology," '
         "Kirby said.", "expresses-concern"),
        ('"Putin has had to turn to North Korea for soldiers," Defence Secretary John Healey '
         "said.", "accuses"),
        ('"Russia is scraping the bottom of the barrel in Pyongyang," Defence Minister '
         "Guido Crosetto said.", "accuses"),
        ('"We will strictly abide by every clause of the treaty with Russia," Kim Jong Un '
         "said.", "pledges"),
        ('"The West is fuelling tensions in the region," Lavrov said.', "accuses"),
        ("Czech Foreign Minister Jan Lipavsky said Prague would push for more listings.",
         "pledges"),
    ],
)  # fmt: skip
def test_acts_of_reliance_concern_commitment_and_a_capitals_step(
    tmp_path: Path, body: str, act: str
) -> None:
    drafts = _extract(tmp_path, body + "\n").drafts
    assert [d.act for d in drafts] == [act]


def test_a_name_then_what_he_is_before_said_and_according_to_him(tmp_path: Path) -> None:
    body = (
        "North Korean shells now make up half of Russia's artillery fire, Vadym "
        "Skibitskyi, a deputy head of the Defence Intelligence of Ukraine, said on Monday.\n\n"
        "According to him, North Korea has also sent Russia some 50 self-propelled guns.\n\n"
        '"This is no longer speculation, it is a fact," Skibitskyi said.\n\n'
        "Dutch Foreign Minister Caspar Veldkamp said the transfers created a threat to "
        "Europe.\n\n"
        "The Christian Democrat politician called on the European Union to list the "
        "North Korean shipping firms.\n"
    )
    drafts = _extract(tmp_path, body).drafts
    assert drafts[0].speaker == "vadym-skibitskyi"
    assert drafts[0].act in ("asserts", "assesses")  # an intelligence chief's estimate
    assert [(d.speaker, d.act) for d in drafts[1:]] == [
        ("vadym-skibitskyi", "asserts"),  # "According to him": the speaker just named
        ("vadym-skibitskyi", "confirms"),  # no rumour but a fact: no denial
        ("caspar-veldkamp", "warns"),
        ("caspar-veldkamp", "calls-for"),  # described by party: the person who spoke last
    ]


def test_a_briefing_answers_would_urge_and_a_pledge_after_nothing_to_announce(
    tmp_path: Path,
) -> None:
    body = (
        "Department Press Briefing\n\nMatthew Miller, Spokesperson\n\n"
        "MR MILLER: Good afternoon. Happy to take your questions.\n\n"
        "QUESTION: What are you asking of Beijing on North Korea?\n\n"
        "MR MILLER: China has a responsibility here, and we would urge Beijing to press "
        "Pyongyang and Moscow to stop.\n\n"
        "QUESTION: Any new sanctions on Russia?\n\n"
        "MR MILLER: I have nothing to announce today, but we will not hesitate to hold "
        "accountable those who enable these transfers.\n"
    )
    drafts = _extract(tmp_path, body).drafts
    assert [d.act for d in drafts] == ["calls-for", "pledges"]


def test_a_counterparts_nationality_serves_the_minister_and_his_countrys_will(
    tmp_path: Path,
) -> None:
    body = (
        "Russian Defence Minister Andrei Belousov held talks with his North Korean "
        "counterpart No Kwang Chol.\n\n"
        'No, for his part, said North Korea would "always support the just struggle of the '
        'Russian army."\n\n'
        'The North Korean minister also accused Washington of "pushing the region to the '
        'brink of nuclear war."\n\n'
        'Belousov said only that sending more troops "cannot be excluded by anyone at all."\n'
    )
    drafts = _extract(tmp_path, body).drafts
    assert [(d.speaker, d.act) for d in drafts] == [
        ("no-kwang-chol", "pledges"),  # his country, as the text introduced him
        ("no-kwang-chol", "accuses"),  # "the North Korean minister": the one introduced so
        ("andrei-belousov", "predicts"),  # a possibility not excluded
    ]


@pytest.mark.parametrize(
    ("body", "act"),
    [
        ('Finnish Foreign Minister Elina Valtonen said the deployment was "a new escalation" '
         "of the war.", "accuses"),
        ('"It is a sign of weakness in Moscow, not of strength," Finnish Foreign Minister '
         "Elina Valtonen said.", "assesses"),
        ('"Russia is paying for these soldiers with missile technology," Finnish Foreign '
         "Minister Elina Valtonen said.", "accuses"),
        ('"Putin is bringing a nuclear power into a war in Europe," Finnish Foreign Minister '
         "Elina Valtonen said.", "accuses"),
        ('"He will want something back for it, most likely help with satellites," Kaupo '
         "Rosin said.", "predicts"),
        ("Kaupo Rosin said the service could not rule out a second deployment before the "
         "summer.", "predicts"),
        ('"Russia may well be supplying them with drone know-how already," Kaupo Rosin said.',
         "suspects"),
        ('Estonian President Alar Karis said he had "no doubt" that Pyongyang would send more '
         "soldiers.", "predicts"),
        ("South Korea's foreign ministry said it would \"resolutely respond\" to any further "
         "arms transfers.", "pledges"),
        ("Rep. Yoo Yong-won said he would push for a resolution condemning the deployment.",
         "intends"),
        ('"If Pyongyang can ship a million shells this year, it can ship two million next '
         'year," Rep. Yoo Yong-won said.', "warns"),
        ('Defence Minister Guido Crosetto said Europe had been "slow to understand" the '
         "threat.", "accuses"),
        ('"Kim is not lending his soldiers for nothing," Defence Minister Guido Crosetto said.',
         "assesses"),
        ('"They are being bloodied, but they will take those lessons back to Korea," retired '
         "Gen. Robert Abrams said.", "predicts"),
        ("Retired Gen. Robert Abrams said the troops would return home as the most "
         "experienced army in the region.", "predicts"),
    ],
)  # fmt: skip
def test_acts_the_words_carry_behind_a_neutral_verb(tmp_path: Path, body: str, act: str) -> None:
    drafts = _extract(tmp_path, body + "\n").drafts
    assert [d.act for d in drafts] == [act]


def test_a_step_that_would_be_an_escalation_or_is_believed_one_is_no_charge(
    tmp_path: Path,
) -> None:
    body = (
        "President Vladimir Putin said Russia could supply weapons to North Korea, a step "
        "that would be a major escalation in tensions with the West.\n\n"
        'A senior U.S. official said Washington believed the deployment was "a new '
        'escalation" of the war.\n'
    )
    drafts = _extract(tmp_path, body).drafts
    # the outlet's "a step that would be ..." is no word of Putin's, so no charge of his
    # ("Russia could supply weapons" may warn); a belief judges
    assert drafts[0].act in ("asserts", "warns")
    assert drafts[1].act == "assesses"


def test_an_agency_first_dateline_gives_the_ministers_country(tmp_path: Path) -> None:
    body = (
        '(ANSA) - ROME, NOV 12 - "Italy will stand with Kyiv and with our partners in Asia," '
        "Foreign Minister Antonio Tajani told reporters.\n\n"
        "Tajani said Italy and Japan would step up their exchange of intelligence.\n"
    )
    drafts = _extract_as(tmp_path, body, "ansa", "2024-11-12").drafts
    assert [(d.speaker, d.act) for d in drafts] == [
        ("antonio-tajani", "pledges"),  # Rome's minister commits Italy
        ("antonio-tajani", "pledges"),  # Italy and a partner: his country's step too
    ]


def test_a_briefings_opening_and_closing_lines_are_no_claims(tmp_path: Path) -> None:
    body = (
        "Regular Briefing by the Ministry of National Defense Spokesperson\n\n"
        "Spokesperson Jeon Ha-kyu: Good morning. I will begin today's regular briefing.\n\n"
        "We strongly urge North Korea to immediately withdraw its troops from Russia.\n\n"
        "That concludes my briefing. I will take your questions.\n\n"
        "Reporter (KBS): Is there any information on casualties?\n\n"
        "Spokesperson Jeon Ha-kyu: There is no confirmed information about casualties.\n"
    )
    drafts = _extract_as(tmp_path, body, "mnd-korea", "2024-10-22").drafts
    assert [d.act for d in drafts] == ["calls-for", "asserts"]


def test_that_said_then_the_speakers_country_will_is_a_pledge(tmp_path: Path) -> None:
    body = (
        '"That said, Japan will respond firmly, together with the G7, to any further arms '
        'transfers," Japanese Foreign Minister Takeshi Iwaya said.\n'
    )
    assert [d.act for d in _extract(tmp_path, body).drafts] == ["pledges"]


@pytest.mark.parametrize(
    ("body", "act"),
    [
        ("The deployment shows that Vladimir Putin is unable to win his war in Ukraine on his "
         "own, Latvian Foreign Minister Baiba Braze told Euronews on Monday.", "accuses"),
        ("Latvian Prime Minister Evika Silina said that Latvia was ready to train more "
         "Ukrainian crews.", "pledges"),
        ('Estonian Foreign Minister Margus Tsahkna wrote on X that the West had been "slow to '
         'understand what this means".', "accuses"),
        ("Chinese experts said Western politicians were using the troops in an attempt to drag "
         "Beijing into a bloc confrontation.", "accuses"),
    ],
)  # fmt: skip
def test_a_charge_after_told_an_outlet_a_countrys_readiness_and_experts_charge(
    tmp_path: Path, body: str, act: str
) -> None:
    drafts = _extract(tmp_path, body + "\n").drafts
    assert [d.act for d in drafts] == [act]


@pytest.mark.parametrize(
    ("body", "act"),
    [
        ("Japanese Defense Minister Gen Nakatani said Tokyo believes Moscow is increasingly "
         "willing to share submarine technology.", "suspects"),
        ('"Kim is getting battlefield data he could never collect at home," Japanese Defense '
         "Minister Gen Nakatani said.", "assesses"),
    ],
)  # fmt: skip
def test_a_belief_in_anothers_deed_suspects_and_what_a_party_gains_judges(
    tmp_path: Path, body: str, act: str
) -> None:
    drafts = _extract(tmp_path, body + "\n").drafts
    assert [d.act for d in drafts][:1] == [act]


def test_a_committees_question_numbers_ask_and_the_witnesses_answer(tmp_path: Path) -> None:
    body = (
        "Defence Committee\n\nOral evidence: Russia's partnerships, HC 455\n\n"
        "Q12 Chair: Minister, what does North Korea's involvement mean for the war?\n\n"
        "Luke Pollard: We judge that Russia is paying with oil, cash and military technology. "
        "We will keep exposing that trade.\n\n"
        "Q13 Mark Francois: Is the department planning for a longer partnership?\n\n"
        "Paul Lincoln: Our planning assumes the partnership will outlast the fighting.\n"
    )
    drafts = _extract_as(tmp_path, body, "uk-parliament", "2025-02-04").drafts
    assert [(d.speaker, d.act) for d in drafts] == [
        ("luke-pollard", "assesses"),
        ("luke-pollard", "pledges"),
        ("paul-lincoln", "predicts"),
    ]


def test_a_bare_title_label_is_the_holder_the_heading_names(tmp_path: Path) -> None:
    body = (
        "Press Conference by Defense Minister NAKATANI Gen\n\n"
        "Note: This is a provisional translation.\n\n"
        "Minister: I have no announcements to make today.\n\n"
        "Q: Russia is said to be giving North Korea air defence systems. What is your view?\n\n"
        "Minister: I would like to refrain from commenting on the details of intelligence. "
        "Russia's cooperation with North Korea is a serious concern for the security of Japan.\n\n"
        "Q: Will the Ministry raise this with its partners?\n\n"
        "Minister: We are sharing information with the United States every day.\n"
    )
    drafts = _extract_as(tmp_path, body, "mod-japan", "2025-02-07").drafts
    assert [(d.speaker, d.act, d.excerpt[:20]) for d in drafts] == [
        ("nakatani-gen", "expresses-concern", "Russia's cooperation"),
        ("nakatani-gen", "asserts", "We are sharing infor"),
    ]


def test_a_programmes_welcome_hand_offs_and_agreement_are_no_claims(tmp_path: Path) -> None:
    body = (
        "The Impossible State: Shells for Oil\n\nPodcast Episode \u2014 February 19, 2025\n\n"
        "Transcript\n\n"
        "Victor Cha: Welcome back to The Impossible State. I'm Victor Cha, and with me today "
        "is Andy Lim. Andy, let's start with the shells. How many are we talking about?\n\n"
        "Andy Lim: Thanks, Victor. We count more than 16,000 containers shipped by rail.\n\n"
        "Victor Cha: I agree. And the trains are still running.\n\n"
        "Andy Lim: North Korea's factories are now working around the clock for Moscow.\n\n"
        "Victor Cha: We'll leave it there. Thanks for listening.\n"
    )
    drafts = _extract_as(tmp_path, body, "impossible-state", "2025-02-19").drafts
    assert [d.excerpt for d in drafts] == [
        "We count more than 16,000 containers shipped by rail.",
        "And the trains are still running.",
        "North Korea's factories are now working around the clock for Moscow.",
    ]


def test_an_unnamed_official_travelling_with_a_minister_is_the_speaker(tmp_path: Path) -> None:
    body = (
        "A senior U.S. official travelling with Secretary of State Marco Rubio told reporters "
        "on Wednesday that Russia had begun sharing air defence know-how with North Korea.\n\n"
        '"The first deliveries arrived in Pyongyang in November," the official said.\n'
    )
    drafts = _extract(tmp_path, body).drafts
    assert [d.speaker for d in drafts] == ["senior-u-s-official", "senior-u-s-official"]


def test_the_foreign_ministry_after_a_state_named_in_a_quotation_is_the_outlets(
    tmp_path: Path,
) -> None:
    claims = BASE.replace(
        "outlets:\n",
        "  - id: rok-government\n    name: South Korea\n    kind: government\n"
        "    country: KR\n    aliases: [Seoul]\n"
        "  - id: russia\n    name: Russia\n    kind: government\n    country: RU\n"
        "    aliases: [Moscow]\n"
        "outlets:\n  - id: hankook-ilbo\n    name: The Hankook Ilbo\n    kind: newspaper\n"
        "    country: KR\n",
        1,
    )
    body = (
        '"Moscow has sent oil to the North every month since the summer," said Kim Tae-woo, '
        "a former head of the Korea Institute for National Unification.\n\n"
        'The foreign ministry said it would "closely coordinate" with Washington on a response.\n'
    )
    front = "---\noutlet: hankook-ilbo\ntitle: T\npublished: 2025-01-09\nlanguage: en\n---\n"
    ledger = load(write_ledger(tmp_path / "data", claims, {"src-a": front + body}))
    drafts = extract(ledger, ledger.sources["src-a"]).drafts
    assert [d.speaker for d in drafts] == ["kim-tae-woo", "rok-government"]


@pytest.mark.parametrize(
    "body",
    [
        "German Defence Minister Boris Pistorius said on Tuesday that Germany would deliver four "
        "more Gepard anti-aircraft tanks to Ukraine.",
        "Ukrainian Defence Minister Rustem Umerov said Ukraine would hand over footage of North "
        "Korean units to its partners in Seoul.",
    ],
)
def test_the_speakers_country_would_deliver_or_hand_over_is_a_pledge(
    tmp_path: Path, body: str
) -> None:
    assert [d.act for d in _extract(tmp_path, body + "\n").drafts] == ["pledges"]


def test_a_parliaments_dash_labels_are_turns_and_the_chair_asks(tmp_path: Path) -> None:
    body = (
        "Urgent debate: North Korean troops in Russia's war\n\n"
        "The President. - The next item of business is the urgent debate.\n\n"
        "Ms Petra Lindqvist, rapporteur. - Thank you, Mr President. This Assembly should call "
        "on member states to close every channel that pays Pyongyang.\n\n"
        "Mr Tomas Varga, on behalf of the Group of the European People's Party. - Mr President, "
        "Russia is paying for these soldiers with oil.\n\n"
        "Mr Arvid Holm (Norway, EC/DA) - Mr President, what Pyongyang learns in Kursk will be "
        "used against Seoul.\n"
    )
    drafts = _extract_as(tmp_path, body, "pace-coe", "2025-01-29").drafts
    assert [(d.speaker, d.act) for d in drafts] == [
        ("petra-lindqvist", "calls-for"),
        ("tomas-varga", "accuses"),
        ("arvid-holm", "warns"),
    ]


def test_an_anchors_label_asks_and_does_not_run_over_the_line_before(tmp_path: Path) -> None:
    body = (
        "Asia Tonight: what North Korea gains\n\n"
        "Transcript\n\n"
        "Presenter Lin Mei: Good evening. South Korea's spy agency says North Korean units have "
        "been pulled back. Joining me from Seoul is Choi Eun-ji.\n\n"
        "Choi Eun-ji: Thank you, Mei.\n\n"
        "Presenter Lin Mei: Why pull them back now?\n\n"
        "Choi Eun-ji: But I expect Pyongyang to send them back once they have been retrained.\n\n"
        "Presenter Lin Mei: And what does Kim get in return?\n\n"
        "Choi Eun-ji: Moscow pays in oil, in violation of the Security Council's sanctions.\n"
    )
    drafts = _extract_as(tmp_path, body, "cna-tv", "2025-02-10").drafts
    assert [(d.speaker, d.act) for d in drafts] == [
        ("choi-eun-ji", "predicts"),
        ("choi-eun-ji", "accuses"),
    ]


def test_a_records_title_and_surname_labels_name_the_members(tmp_path: Path) -> None:
    body = (
        "Joint Committee on Foreign Affairs and Defence\n\n"
        "Chairman: I welcome Mr. Keane from the Department of Foreign Affairs.\n\n"
        "Mr. Keane: Thank you, Chairman. North Korea has sent some 11,000 soldiers to Russia.\n\n"
        "Deputy Dolan: Will Ireland support new EU sanctions?\n\n"
        "Mr. Keane: I am not going to pre-empt the decisions of the Government. Ireland has "
        "supported every package of sanctions so far.\n\n"
        "Senator BIRMINGHAM: And the ambassador?\n\n"
        "Senator Wong: Senator, I won't pre-empt decisions of government. The department "
        "conveyed our concerns directly to the Russian ambassador.\n"
    )
    drafts = _extract_as(tmp_path, body, "oireachtas", "2025-03-05").drafts
    assert [(d.speaker, d.excerpt[:24]) for d in drafts] == [
        ("keane", "North Korea has sent som"),
        ("keane", "Ireland has supported ev"),
        ("wong", "The department conveyed "),
    ]


@pytest.mark.parametrize(
    "head",
    [
        "[Editorial] A bargain paid in blood",
        "The Guardian view on North Korea's soldiers: Europe cannot look away",
        "(Editorial) A bargain paid in blood",
    ],
)
def test_an_editorials_marker_makes_its_sentences_the_outlets(tmp_path: Path, head: str) -> None:
    body = (
        f"{head}\n\n"
        "By sending its conscripts to Kursk, Pyongyang has made itself complicit in Russia's "
        "war of aggression.\n\nEurope must stop treating Pyongyang as a faraway problem.\n"
    )
    drafts = _extract_as(tmp_path, body, "the-paper", "2024-11-08").drafts
    assert [(d.speaker, d.act) for d in drafts] == [
        ("the-paper", "accuses"),
        ("the-paper", "calls-for"),
    ]


def test_a_statement_pages_title_names_the_body_that_issues_it(tmp_path: Path) -> None:
    claims = BASE.replace(
        "outlets:\n",
        STATES + "  - id: ukraine-un-mission-x\n    name: Permanent Mission of Ukraine to "
        "the UN (X account)\n    kind: online\n    country: UA\n",
        1,
    )
    body = (
        "Statement of the Permanent Mission of Ukraine to the United Nations on the transfer of "
        "North Korean missiles to Russia\n\n18 December 2024\n\n"
        "Every such missile fired at Kyiv is a crime shared by Moscow and Pyongyang.\n"
    )
    front = (
        "---\noutlet: ukraine-un-mission-x\ntitle: Statement of the Permanent Mission of "
        "Ukraine to the United Nations on the transfer of North Korean missiles to Russia\n"
        "published: 2024-12-18\nlanguage: en\n---\n"
    )
    ledger = load(write_ledger(tmp_path / "data", claims, {"src-a": front + body}))
    drafts = extract(ledger, ledger.sources["src-a"]).drafts
    assert [d.speaker for d in drafts] == ["permanent-mission-of-ukraine-to-the-united-nations"]


def test_not_confirmed_by_any_source_names_no_speaker_and_members_relay_nothing(
    tmp_path: Path,
) -> None:
    body = (
        "Japan's Defense Ministry has told lawmakers that North Korea is likely to have rotated "
        "fresh units into Russia, according to members of the Lower House security committee.\n\n"
        "An opposition lawmaker said that the report had not been confirmed by any allied "
        "government.\n"
    )
    drafts = _extract(tmp_path, body).drafts
    assert [(d.speaker, [h["via"] for h in d.relay]) for d in drafts] == [
        ("japan-s-defense-ministry", []),
        ("opposition-lawmaker", []),
    ]


@pytest.mark.parametrize(
    ("body", "act"),
    [
        ('"Any transfer of missile know-how would constitute a flagrant violation of UN '
         'sanctions," an EU diplomat said.', "warns"),
        ('"But I don\'t think Beijing is going to do anything about it," an EU diplomat said.',
         "predicts"),
        ("Hungary's foreign minister, Peter Szijjarto, said new sanctions only serve to prolong "
         "the war.", "accuses"),
        ('"We must send more air defence to Kyiv before the winter," Estonian Foreign Minister '
         "Margus Tsahkna said.", "calls-for"),
    ],
)  # fmt: skip
def test_a_breach_if_done_a_doubted_will_only_serves_and_we_must(
    tmp_path: Path, body: str, act: str
) -> None:
    assert [d.act for d in _extract(tmp_path, body + "\n").drafts] == [act]


def test_for_a_named_expert_with_an_appositive_gives_the_experts_view(tmp_path: Path) -> None:
    body = (
        "For Antoine Morel, a researcher at the French Institute of International Relations, "
        'the deployment is "the clearest sign yet that the war has gone global".\n\n'
        'For North Korea, the war is "a source of hard currency", sanctions experts say.\n'
    )
    drafts = _extract(tmp_path, body).drafts
    assert [d.speaker for d in drafts][:1] == ["antoine-morel"]
    assert all(d.speaker != "north-korea" for d in drafts)


@pytest.mark.parametrize(
    "body",
    [
        '"We should not underestimate how much Pyongyang is learning in Kursk," John Healey '
        "told Sky News.",
        "A former NATO commander, General Sir Richard Barrons, said Europe could not afford to "
        "ignore what the partnership meant for the Indo-Pacific.",
    ],
)
def test_not_to_underestimate_or_ignore_a_danger_warns(tmp_path: Path, body: str) -> None:
    assert [d.act for d in _extract(tmp_path, body + "\n").drafts] == ["warns"]


LORDS = (
    "Russia and North Korea: Military Cooperation\n\n"
    "The Lord Speaker: Lord Ashdown-Price.\n\n"
    "Lord Ashdown-Price: My Lords, thousands of North Korean soldiers are fighting in the "
    "Kursk region. The Government must also make sure that British components are not "
    "ending up in Pyongyang's missiles.\n\n"
    "Baroness Chapman: My Lords, we will announce new designations in the coming weeks "
    "together with our G7 partners. The Government will continue to work with Seoul and "
    "Tokyo on the shipments.\n\n"
    "Lord Ashdown-Price: My Lords, Ministers have been slow to say anything about the "
    "shipments, and the Government has not designated a single North Korean general.\n"
)


def test_a_peers_label_is_a_turn_and_the_turns_clauses_give_their_acts(tmp_path: Path) -> None:
    drafts = _extract(tmp_path, LORDS).drafts
    assert [(d.speaker, d.act) for d in drafts] == [
        ("lord-ashdown-price", "asserts"),
        ("lord-ashdown-price", "calls-for"),  # after "My Lords," the government must
        ("baroness-chapman", "pledges"),  # "we will announce"
        ("baroness-chapman", "pledges"),  # a minister's "The Government will continue to"
        ("lord-ashdown-price", "accuses"),  # "have been slow to say anything"
    ]


@pytest.mark.parametrize(
    ("body", "act"),
    [
        # the speaker's first person with "will" and a verb of doing: a pledge
        ('"Frankly, we will announce new measures next week," Foreign Minister Kim Tae-ho '
         "told reporters.", "pledges"),
        ('"We will see what they do," Foreign Minister Kim Tae-ho told reporters.', "asserts"),
        # must / should / need to with a subject other than the speaker's first person: a call
        ("Opposition lawmaker Park Ji-won said Beijing should use its influence over "
         "Pyongyang.", "calls-for"),
        ('"And the incoming administration should not assume it can peel Kim away," Victor '
         "Cha said.", "calls-for"),
        ('"The question should be addressed to the Defence Ministry," Dmitry Peskov said.',
         "asserts"),
        # a third party with "will" or "is bound to": a forecast
        ('"The arrangement will not end with the fighting," said Lithuanian Foreign Minister '
         "Kestutis Budrys.", "predicts"),
        ("South Korean Defense Minister Kim Sun-ho said Pyongyang was bound to receive satellite "
         "technology from Moscow.", "predicts"),
        ('"The contacts were useful, and they will continue," Dmitry Peskov said.', "asserts"),
        # the speaker's own country "would look at": a plan
        ("Australian Foreign Minister Penny Wong said Australia would look at adding more "
         "North Korean individuals to its sanctions list.", "intends"),
        # an evaluative predicate about another party: a charge; a judgement; a warning
        ("Russia's envoy, Dmitry Polyansky, said that Western delegations were "
         '"hypocritical".', "accuses"),
        ('"They are learning. Every month at the front makes them more capable, and this '
         'makes them more dangerous," Estonian ambassador Kristi Karelsoo said.', "warns"),
        ("Estonian ambassador Kristi Karelsoo said this was no longer only a European war.",
         "warns"),
        ('"The North Korean units are learning fast," Defense Minister Kim Sun-ho said.',
         "assesses"),
        ('"This is the most serious escalation since February 2022," Finnish President '
         "Alexander Stubb said.", "assesses"),
    ],
)  # fmt: skip
def test_the_grammar_of_a_neutral_verbs_clauses_gives_the_act(
    tmp_path: Path, body: str, act: str
) -> None:
    assert [d.act for d in _extract(tmp_path, body + "\n").drafts] == [act]


@pytest.mark.parametrize(
    ("body", "act"),
    [
        ("French Foreign Minister Jean-Noel Barrot said the deployment marked "
         '"a turning point" in the war.', "assesses"),
        ('"The involvement of North Korean soldiers is a clear sign that Russia is running '
         'short of personnel," German Defence Minister Boris Pistorius said.', "assesses"),
        ("Lecturer Van Jackson said the troops were also a test of how far China would let "
         "the partnership go.", "assesses"),
        ('"That says everything about the state of his army," Jean-Noel Barrot said.',
         "assesses"),
        ('"There is a possibility that Russia will transfer technology related to ballistic '
         'missiles," Defense Minister Kim Sun-ho said.', "predicts"),
        ('"Kim Jong Un is trading the lives of his young soldiers for Russian cash," Defense '
         "Minister Kim Sun-ho said.", "accuses"),
        ('The deployment was "a further escalation by Putin", German Foreign Minister '
         "Annalena Baerbock said.", "accuses"),
    ],
)  # fmt: skip
def test_judgements_in_a_marked_turning_point_a_clear_sign_and_a_test_of(
    tmp_path: Path, body: str, act: str
) -> None:
    assert [d.act for d in _extract(tmp_path, body + "\n").drafts] == [act]


def test_an_editorials_it_should_calls_and_its_third_party_will_forecasts(
    tmp_path: Path,
) -> None:
    body = (
        "[Editorial] Asia cannot look away from the Kursk front\n\n"
        "North Korea's soldiers in Russia have become a problem for Asia as much as for "
        "Europe.\n\n"
        "The bargain between Moscow and Pyongyang will outlast the fighting in Kursk.\n\n"
        "It should press Beijing to use what influence it still has on Pyongyang.\n"
    )
    drafts = _extract_as(tmp_path, body, "straits-times", "2025-01-27").drafts
    assert [d.act for d in drafts] == ["assesses", "predicts", "calls-for"]


@pytest.mark.parametrize(
    ("words", "quoted", "act"),
    [
        (" said there were reports that Tokyo should join the talks.", False, None),
        ("The possibility that Russia could transfer technology worries us.", True, None),
        (" said that Tokyo should join the talks.", False, "calls-for"),
        (" said he would look at the proposal.", False, "intends"),
        (" said he must leave early.", False, None),
        ("We are not going to report to anyone about our cooperation.", True, None),
        ("Any attempt to violate U.N. sanctions will come at a price.", True, None),
        ("Pressure alone could not solve the issue.", True, None),
    ],
)
def test_clause_act_reads_subject_and_verb_group(words: str, quoted: bool, act: str | None) -> None:
    from rnkclaims.authoring.extract.clauses import clause_act

    assert clause_act(words, "person", quoted, lambda subject: False) == act


def test_a_title_naming_its_issuers_in_the_possessive_makes_the_page_theirs(
    tmp_path: Path,
) -> None:
    body = (
        "Nordic-Baltic Eight Foreign Ministers' Joint Statement on North Korean troops in "
        "Russia\n\nWe condemn the deployment of North Korean troops to Russia in the strongest "
        "terms.\n\nWe will continue to support Ukraine for as long as it takes.\n"
    )
    claims = BASE.replace(
        "outlets:\n",
        STATES + "  - id: lrt\n    name: LRT English\n    kind: online\n",
        1,
    )
    title = (
        "Nordic-Baltic Eight Foreign Ministers' Joint Statement on North Korean troops in Russia"
    )
    front = f'---\noutlet: lrt\ntitle: "{title}"\npublished: 2024-11-08\nlanguage: en\n---\n'
    paths = write_ledger(tmp_path / "data", claims, {"src-a": front + body})
    ledger = load(paths)
    result = extract(ledger, ledger.sources["src-a"])
    assert [(d.speaker, d.act) for d in result.drafts] == [
        ("nordic-baltic-eight-foreign-ministers", "accuses"),
        ("nordic-baltic-eight-foreign-ministers", "pledges"),
    ]
    assert [a["kind"] for a in result.new_actors] == ["collective"]


def test_reports_after_to_and_a_verb_is_a_noun(tmp_path: Path) -> None:
    body = (
        "EU foreign ministers met in Brussels on Monday to discuss reports that North Korean "
        "soldiers had joined the fighting in Russia's Kursk region.\n"
    )
    assert _extract(tmp_path, body).drafts == []


def test_a_members_aside_about_their_own_doings_is_no_claim(tmp_path: Path) -> None:
    body = (
        "The Lord Speaker: Lord Campbell-Hart.\n\n"
        "Lord Campbell-Hart: My Lords, what assessment have the Government made?\n\n"
        "Baroness Chapman: My Lords, I met my South Korean counterpart in London last week. "
        "Around 11,000 North Korean soldiers are now in the Kursk region.\n\n"
        "Lord Campbell-Hart: My Lords, I visited Seoul in September. Pyongyang will expect "
        "missile technology in return.\n"
    )
    result = _extract(tmp_path, body)
    assert [(d.speaker, d.excerpt[:20]) for d in result.drafts] == [
        ("baroness-chapman", "Around 11,000 North "),
        ("lord-campbell-hart", "Pyongyang will expec"),
    ]
    assert any("own doings" in s.reason for s in result.skipped)


def test_the_speaker_for_a_state_is_that_state_and_an_if_then_warns(tmp_path: Path) -> None:
    body = (
        "The Standing Committee met this morning to examine reports that North Korean units "
        "had been moved to the Zaporizhzhia front.\n\n"
        "The speaker for Poland said that if more North Korean soldiers arrived, European "
        "governments would close every remaining channel for the regime's workers.\n"
    )
    drafts = _extract(tmp_path, body).drafts
    assert [(d.speaker, d.act) for d in drafts] == [("poland-government", "warns")]


def test_a_closing_office_and_name_speak_and_the_office_named_again_is_the_holder(
    tmp_path: Path,
) -> None:
    body = (
        "North Korean artillery crews in the Kursk region have become markedly more accurate "
        "since December, the spokesman of the Defence Intelligence of Ukraine (HUR) at the "
        "Ministry of Defence, Andrii Yusov, said on the national television marathon on "
        "Thursday.\n\n"
        "The head of the HUR also noted that about 1,000 more North Korean soldiers had "
        "arrived in the region in January.\n"
    )
    body = body.replace("the spokesman of", "the head of", 1)
    drafts = _extract(tmp_path, body).drafts
    assert [d.speaker for d in drafts] == ["andrii-yusov", "andrii-yusov"]
    assert drafts[0].said == {"expression": "on Thursday"}


def test_he_brought_an_announcement_after_a_when_clause_naming_him(tmp_path: Path) -> None:
    body = (
        "When Russian Foreign Minister Sergei Lavrov arrived in Pyongyang on Friday for talks "
        "with Choe Son Hui, he brought an announcement: Moscow would reopen the Tumen River "
        "rail link to passenger traffic next spring.\n"
    )
    drafts = _extract(tmp_path, body).drafts
    assert [(d.speaker, d.act) for d in drafts] == [("sergei-lavrov", "announces")]


def test_verbs_of_opinion_report_and_a_quotation_after_them_is_the_same_persons(
    tmp_path: Path,
) -> None:
    body = (
        "Western intelligence agencies reckon that Pyongyang has received at least a million "
        "barrels of oil from Russia.\n\n"
        'The oil is only the down payment, Ankit Panda thinks. "The real prize for Kim is '
        'what his engineers learn from the Russians."\n\n'
        "Jenny Town judges that the exchanges will continue after any ceasefire.\n"
    )
    drafts = _extract(tmp_path, body).drafts
    assert [(d.speaker, d.mode, d.act) for d in drafts] == [
        ("western-intelligence-agencies", "reported", "assesses"),
        ("ankit-panda", "reported", "assesses"),
        ("ankit-panda", "quote", "assesses"),  # an analyst's judgement in his own words
        ("jenny-town", "reported", "assesses"),
    ]


def test_a_readouts_own_sentences_are_its_principals_or_the_person_they_name(
    tmp_path: Path,
) -> None:
    claims = BASE.replace(
        "outlets:\n",
        "outlets:\n  - id: gov-uk\n    name: GOV.UK\n    kind: online\n    country: GB\n"
        "    aliases: [gov.uk]\n",
        1,
    )
    front = "---\noutlet: gov-uk\ntitle: Call\npublished: 2025-03-12\nlanguage: en\n---\n"
    body = (
        "Call\n\n"
        "Foreign Secretary David Lammy spoke today with Republic of Korea Foreign Minister "
        "Cho Tae-yul.\n\n"
        "The Foreign Secretary underlined that North Korea's troops prolong the war.\n\n"
        "Foreign Minister Cho reaffirmed the Republic of Korea's support for Ukraine.\n\n"
        "The two ministers agreed to step up cooperation against sanctions evasion.\n"
    )
    paths = write_ledger(tmp_path / "data", claims, {"src-a": front + body})
    ledger = load(paths)
    drafts = extract(ledger, ledger.sources["src-a"]).drafts
    assert [(d.speaker, d.act) for d in drafts] == [
        ("david-lammy", "asserts"),  # the opening sets the scene: no claim
        ("cho-tae-yul", "pledges"),
        ("david-lammy", "pledges"),
    ]
    assert all(d.said == {"date": "2025-03-12", "note": "the day of the release"} for d in drafts)


def test_a_role_before_the_name_is_the_person_the_next_paragraph_names(
    tmp_path: Path,
) -> None:
    body = (
        "TOKYO - Japan will freeze the assets of 11 organizations, the government's top "
        "spokesman said Friday.\n\n"
        "Chief Cabinet Secretary Yoshimasa Hayashi told a press conference that the "
        "transfers could harm Japan's security.\n\n"
        "Russia has probably given Pyongyang satellite help, the top U.S. commander in South "
        "Korea said Thursday.\n\n"
        "A South Korean military official said the launches had become more reliable.\n"
    )
    drafts = _extract(tmp_path, body).drafts
    assert [d.speaker for d in drafts][:2] == ["yoshimasa-hayashi", "yoshimasa-hayashi"]
    # "A South Korean military official" is another role, no name: the commander's lead
    # is not theirs, but the commander's own (unnamed)
    assert [d.speaker for d in drafts if d.excerpt.startswith("Russia has")] == [
        "top-u-s-commander-in-south-korea"
    ]


def test_he_and_she_are_the_last_person_of_that_sex_named_or_given_words(
    tmp_path: Path,
) -> None:
    body = (
        "Maria Petrova, a Berlin-based specialist, has followed the shipments since 2023.\n\n"
        '"The shells are worse than Russia\'s own, but there are millions of them," she says.\n\n'
        "Oleg Ignatov of the Crisis Group is doubtful that the arrangement will survive. It "
        'will end, he says, "the day Moscow no longer needs the shells."\n\n'
        "A former Russian diplomat in Pyongyang, Viktor Sokolov, spent a decade there. "
        '"Pyongyang always collects," he said.\n\n'
        "Sergei Shoigu flew to Pyongyang in June with a treaty he had signed the year before.\n\n"
        '"Nobody in Seoul believes that treaty will hold," she says.\n'
    )
    drafts = _extract(tmp_path, body).drafts
    assert [d.speaker for d in drafts] == [
        "maria-petrova",
        "oleg-ignatov",  # the subject of the sentence before, though he spoke of nothing
        "viktor-sokolov",  # the name in the appositive of the subject before
        "maria-petrova",  # Shoigu is "he", Sokolov was "he": the last woman given words
    ]


def test_a_column_signed_by_an_opinion_writer_and_a_bare_editorial_label_speak(
    tmp_path: Path,
) -> None:
    column = (
        "[Column] The soldiers will come home\n\n"
        "By Lee Ji-hoon, columnist\n\n"
        "The returning troops will make the North Korean army more dangerous.\n\n"
        'A retired general, Kim Byung-joo, told me over lunch that the front had been "a '
        'school."\n\n'
        "The government should send its own officers to Ukraine.\n\n"
        "The writer is a columnist for The Korea Times.\n"
    )
    drafts = _extract(tmp_path / "a", column).drafts
    assert [(d.speaker, d.act) for d in drafts] == [
        ("lee-ji-hoon", "predicts"),  # a forecast of another party's deed, as anyone's is
        ("kim-byung-joo", "asserts"),  # the person the column introduces, not the writer
        ("lee-ji-hoon", "calls-for"),
    ]
    editorial = "EDITORIAL\n\nTitle\n\nTokyo must press Moscow through every channel it has.\n"
    drafts = _extract(tmp_path / "b", editorial).drafts
    assert [(d.speaker, d.act) for d in drafts] == [("yonhap", "calls-for")]


def test_a_hostile_step_accuses_never_violated_denies_we_expect_a_party_to_calls(
    tmp_path: Path,
) -> None:
    body = (
        'The Russian Embassy in Canberra said the new sanctions were "a hostile step".\n\n'
        'Ambassador Alexey Pavlovsky told reporters that Moscow "has never violated" '
        "Security Council resolutions.\n\n"
        'Penny Wong said: "We expect Russia to end its military cooperation with the DPRK."\n\n'
        'Penny Wong said: "We expect the total to reach 10,000 by December."\n\n'
        "Igor Morgulov said Moscow would respond decisively to any hostile steps by Seoul.\n"
    )
    drafts = _extract(tmp_path, body).drafts
    # "any hostile steps" charges no one yet: a response to them is a warning
    assert [d.act for d in drafts] == ["accuses", "denies", "calls-for", "predicts", "warns"]


def test_a_dateline_with_a_plain_hyphen_after_the_agency_line_gives_the_country(
    tmp_path: Path,
) -> None:
    body = (
        "KYODO NEWS - Jan 10, 2025 - 13:12 | World\n\n"
        "TOKYO - Japan will freeze the assets of 11 organizations, Chief Cabinet Secretary "
        "Yoshimasa Hayashi said Friday.\n"
    )
    drafts = _extract(tmp_path, body).drafts
    # his own country's measure (the dateline's country): announced, not a forecast
    assert [(d.speaker, d.act) for d in drafts] == [("yoshimasa-hayashi", "announces")]


def test_cause_for_worry_harm_to_security_warn_and_a_present_shows_that_judges(
    tmp_path: Path,
) -> None:
    body = (
        "SINGAPORE: The ties could have a serious impact on the security of the region, "
        "Foreign Minister Vivian Balakrishnan said on Tuesday.\n\n"
        '"Pyongyang is learning from a real war, and that is the part that should worry all '
        'of us," he told reporters.\n\n'
        "Foreign Minister Mohamad Hasan said the arrangement shows that Moscow values "
        "Pyongyang as a partner.\n\n"
        "Lee Seong-kweun told reporters that memos found on the bodies showed that officers "
        "had ordered troops to kill themselves.\n"
    )
    drafts = _extract(tmp_path, body).drafts
    assert [d.act for d in drafts][:3] == ["warns", "warns", "assesses"]
    assert drafts[3].act != "assesses"  # evidence reported in the past


def test_a_call_on_others_after_and_and_an_editorial_label_after_initials(
    tmp_path: Path,
) -> None:
    body = (
        "ST Editorial: Asean cannot look away\n\n"
        "The arms trade between Russia and North Korea breaks resolutions. And the region's "
        "governments should raise it at the next Asean Regional Forum.\n"
    )
    drafts = _extract(tmp_path, body).drafts
    assert [(d.speaker, d.act) for d in drafts][-1] == ("yonhap", "calls-for")


def test_a_verb_of_opinion_in_a_comparison_gives_no_speaker(tmp_path: Path) -> None:
    body = (
        "North Korea will ask for far more in return than the Kremlin thinks, said Harsh "
        "Pant, a professor at King's College London.\n"
    )
    drafts = _extract(tmp_path, body).drafts
    assert [d.speaker for d in drafts] == ["harsh-pant"]


def test_an_authors_and_an_analysts_calls_and_forecasts_are_not_left_at_the_judgement(
    tmp_path: Path,
) -> None:
    column = (
        "Title\n\nBy Thomas Avery\n\n"
        "North Korea's soldiers have given Kim Jong Un a standing in Moscow.\n\n"
        "Pacific governments ought to treat Russian technology reaching Pyongyang as their "
        "problem. They should also ask Jakarta to raise it with the Kremlin.\n\n"
        "Kim will not hand back the leverage he has won in Kursk.\n\n"
        "Thomas Avery is a research fellow at the Lowy Institute.\n"
    )
    drafts = _extract(tmp_path / "a", column).drafts
    assert [(d.speaker, d.act) for d in drafts] == [
        ("thomas-avery", "assesses"),
        ("thomas-avery", "calls-for"),
        ("thomas-avery", "calls-for"),
        ("thomas-avery", "predicts"),
    ]
    news = (
        "SEOUL, Sept. 2 (Yonhap) -- Russia is likely to keep North Korean labourers, experts "
        "said Tuesday.\n\n"
        '"The Kremlin needs hands it cannot find at home," said Kim Tae-woo, a research '
        "fellow at the Korea Institute for National Unification.\n\n"
        '"Moscow will not send them home while the construction boom lasts."\n'
    )
    drafts = _extract(tmp_path / "b", news).drafts
    assert [d.act for d in drafts][-2:] == ["assesses", "predicts"]


def test_a_call_whose_that_clause_holds_a_price_stays_a_call(tmp_path: Path) -> None:
    body = (
        "EDITORIAL\n\nTitle\n\nThe government must make clear to Moscow that any transfer "
        "of military technology to the North will carry a price in its relations with "
        "Seoul.\n"
    )
    drafts = _extract(tmp_path, body).drafts
    assert [(d.speaker, d.act) for d in drafts] == [("yonhap", "calls-for")]


@pytest.mark.parametrize(
    ("words", "call"),
    [
        ("The government must make clear to Moscow that it will pay a price.", True),
        ("They should also ask Jakarta to raise it.", True),
        ("Russia must understand that this has a cost.", False),
        ("It must be said that the talks failed.", False),
        ("We must ask ourselves what comes next.", False),
    ],
)
def test_opens_with_call_reads_a_modal_call_on_a_party(words: str, call: bool) -> None:
    from rnkclaims.authoring.extract.clauses import opens_with_call

    assert opens_with_call(words) is call


def test_a_spokespersons_page_dates_its_present_condemns_and_calls_on(tmp_path: Path) -> None:
    claims = BASE.replace(
        "outlets:\n",
        STATES + "  - id: eeas\n    name: European External Action Service\n    kind: online\n",
        1,
    )
    title = "DPRK: Statement by the Spokesperson on the transfer of munitions to Russia"
    front = f'---\noutlet: eeas\ntitle: "{title}"\npublished: 2025-09-10\nlanguage: en\n---\n'
    body = (
        f"{title}\n\n10.09.2025\n\n"
        "The European Union condemns the continued transfer of munitions from the DPRK to "
        "Russia.\n\n"
        "The EU calls on Russia and the DPRK to stop this unlawful cooperation.\n"
    )
    ledger = load(write_ledger(tmp_path / "data", claims, {"src-a": front + body}))
    drafts = extract(ledger, ledger.sources["src-a"]).drafts
    assert [(d.act, d.said) for d in drafts] == [
        ("accuses", {"date": "2025-09-10", "note": "the day of the remarks page"}),
        ("calls-for", {"date": "2025-09-10", "note": "the day of the remarks page"}),
    ]


def _paper(tmp_path: Path, title: str, body: str) -> Extraction:
    """An article of a newspaper whose name is ``The Daily Record``."""
    claims = BASE.replace(
        "outlets:\n",
        STATES + "  - id: daily-record\n    name: The Daily Record\n    kind: newspaper\n",
        1,
    )
    meta = f'outlet: daily-record\ntitle: "{title}"\npublished: 2025-06-24\nlanguage: en\n'
    front = "---\n" + meta + "---\n"
    ledger = load(write_ledger(tmp_path / "data", claims, {"src-a": front + title + body}))
    return extract(ledger, ledger.sources["src-a"])


def test_a_piece_signed_by_its_outlet_under_a_call_or_with_its_credit_is_an_editorial(
    tmp_path: Path,
) -> None:
    body = (
        "\n\nThe Daily Record\n\n"
        "Russia's help with North Korea's satellites now reaches Japan's security directly.\n\n"
        "It is also essential for Japan to urge China to restrain Pyongyang.\n\n"
        "The government must tighten the inspection of ships bound for Russia.\n"
    )
    day = {"date": "2025-06-24", "note": "the day of the editorial"}
    drafts = _paper(tmp_path / "a", "Arms Pipeline / Japan Must Not Look Away", body).drafts
    assert [(d.speaker, d.said) for d in drafts] == [("daily-record", day)] * 3
    assert [d.act for d in drafts][1:] == ["calls-for", "calls-for"]
    credit = body + "\n(From The Daily Record, June 24, 2025)\n"
    drafts = _paper(tmp_path / "b", "Arms Pipeline and Japan", credit).drafts
    assert len(drafts) == 3  # the closing credit is no sentence of the piece
    assert {d.speaker for d in drafts} == {"daily-record"}
    # a news report its outlet signs, under a headline that gives the call to someone
    drafts = _paper(tmp_path / "c", "Japan must act, minister says", body).drafts
    assert drafts == [] or {d.speaker for d in drafts} != {"daily-record"}


def test_reported_had_to_is_a_call_and_the_speakers_own_we_had_to_is_not(
    tmp_path: Path,
) -> None:
    body = (
        "SEOUL, April 9 (Yonhap) -- Seoul and its partners had to prepare for an alliance "
        "between Russia and North Korea that would outlast the war, Foreign Minister Cho "
        "Tae-yul said Tuesday.\n\n"
        '"We had to move quickly when the first troops were spotted," Cho told reporters.\n'
    )
    drafts = _extract(tmp_path, body).drafts
    assert [d.act for d in drafts] == ["calls-for", "asserts"]


def test_a_person_given_by_a_first_name_alone_speaks_under_it(tmp_path: Path) -> None:
    body = (
        '"They live in the school building," says Tatyana, a resident of the Sudzha '
        "district.\n\n"
        '"The barrels wear out faster," said Mykola, a gunner who gave only his first name.\n\n'
        '"The fire rate fell by half," said a battery commander of the 47th Mechanized '
        "Brigade who asked to be identified by his first name, Andrii.\n\n"
        "Foreign Minister Andrii Sybiha said the shells were getting better.\n\n"
        '"They will come back," said Sybiha, a diplomat since 1994.\n'
    )
    drafts = _extract(tmp_path, body).drafts
    # the last: a surname after its full name is that person, not a given name
    speakers = ["tatyana", "mykola", "andrii", "andrii-sybiha", "andrii-sybiha"]
    assert [d.speaker for d in drafts] == speakers
    assert all(d.new_actor and d.new_actor["kind"] == "person" for d in drafts[:3])


def test_a_quotations_next_sentence_that_carries_it_on_is_one_excerpt(tmp_path: Path) -> None:
    body = (
        '"The Russians are not handing over a finished reactor," said Yang Uk, a fellow at '
        'the Asan Institute. "But they are handing over the know-how."\n\n'
        '"Kim has waited a long time for this," Yang said. "That should worry Tokyo."\n'
    )
    drafts = _extract(tmp_path, body).drafts
    assert len(drafts) == 3
    assert drafts[0].excerpt.endswith('"But they are handing over the know-how."')
    assert drafts[2].excerpt == '"That should worry Tokyo."'


def test_raised_suspicions_suspect_and_a_deed_called_a_threat_charges(tmp_path: Path) -> None:
    body = (
        "SEOUL, May 14 (Yonhap) -- South Korea's foreign ministry said Wednesday that the "
        "visit raised fresh suspicions that Moscow was helping Pyongyang.\n\n"
        "Japan's top government spokesman Yoshimasa Hayashi said the launch was "
        '"a grave threat to the peace of the region."\n\n'
        'Hayashi said: "It is a grave threat to the peace of the region."\n'
    )
    drafts = _extract(tmp_path, body).drafts
    assert [d.act for d in drafts] == ["suspects", "accuses", "warns"]


@pytest.mark.parametrize(
    ("words", "act"),
    [
        ("Expect the flows to continue after any ceasefire in Ukraine.", "predicts"),
        ("Don't expect Moscow to hand over its submarine technology.", "predicts"),
        ("It is also essential for Japan to urge China to act responsibly.", "calls-for"),
        ("It is important to remember what happened.", None),
    ],
)
def test_clause_act_reads_an_expectation_put_to_the_reader_and_an_impersonal_call(
    words: str, act: str | None
) -> None:
    from rnkclaims.authoring.extract.clauses import clause_act

    assert clause_act(words, "person", True, lambda subject: False) == act


def test_called_without_quotation_marks_names_what_the_speaker_called_it(
    tmp_path: Path,
) -> None:
    body = (
        "Vladimir Putin has called the treaty he signed with Kim Jong Un last June a purely "
        "defensive pact.\n\n"
        "Seoul has called the arms trade a clear violation of U.N. resolutions.\n\n"
        "The minister called an emergency meeting of senior officials.\n\n"
        "The minister called them an hour later.\n"
    )
    result = _extract(tmp_path, body)
    assert [d.line for d in result.drafts] == [7, 9]
    assert result.drafts[0].speaker == "vladimir-putin"


def test_the_outlet_that_understands_or_has_learned_reports_on_its_own_page(
    tmp_path: Path,
) -> None:
    body = (
        "Ships to be sanctioned\n\n"
        "Yonhap understands that two of the ships are registered in Sierra Leone.\n\n"
        "Moscow understands the risks of dealing with Pyongyang.\n\n"
        "Yonhap News Agency has learned that the vessels made 30 trips to Vostochny.\n"
    )
    drafts = _extract(tmp_path, body).drafts
    day = {"date": "2023-12-08", "note": "the day of the report"}
    reports = [(d.speaker, d.act, d.said) for d in drafts if not d.background]
    assert reports == [("yonhap", "reports", day)] * 2
    # "Moscow understands" is no report of the outlet's: at most its own background
    assert [d.excerpt[:6] for d in drafts if d.background] in ([], ["Moscow"])


def test_a_readouts_reaffirmed_commits_though_a_verb_of_saying_follows(tmp_path: Path) -> None:
    claims = BASE.replace(
        "outlets:\n",
        STATES + "  - id: mil-ru\n    name: Ministry of Defence of the Russian Federation "
        "(mil.ru)\n    kind: online\n    country: RU\n    aliases: [mil.ru]\n",
        1,
    )
    title = "Andrei Belousov holds talks with DPRK Minister of National Defence No Kwang Chol"
    front = f'---\noutlet: mil-ru\ntitle: "{title}"\npublished: 2024-11-30\nlanguage: en\n---\n'
    body = (
        f"{title}\n\n30.11.2024 (12:40)\n\n"
        "Minister of Defence of the Russian Federation Andrei Belousov held talks with "
        "Minister of National Defence of the DPRK No Kwang Chol.\n\n"
        "Andrei Belousov said that the treaty had raised cooperation to a new level.\n\n"
        "No Kwang Chol noted that the DPRK would consistently support Russia.\n\n"
        "The ministers reaffirmed their readiness to develop contacts and expressed "
        "confidence that cooperation would continue to grow.\n"
    )
    ledger = load(write_ledger(tmp_path / "data", claims, {"src-a": front + body}))
    drafts = extract(ledger, ledger.sources["src-a"]).drafts
    assert [d.act for d in drafts if d.line == drafts[-1].line] == ["pledges", "pledges"]


@pytest.mark.parametrize(
    ("words", "act"),
    [
        ("Sooner or later the bill will arrive in Seoul and Tokyo.", "predicts"),
        ("The soldiers who come home will bring with them the experience of war.", "predicts"),
        ("What goes to Pyongyang today can be in Tehran tomorrow.", "warns"),
        ("Moscow needs shells today, and Pyongyang will want help tomorrow.", "predicts"),
        ("There is a real risk that those lessons will be applied.", None),
    ],
)
def test_clause_act_reads_past_a_time_adverbial_and_a_relative_clause(
    words: str, act: str | None
) -> None:
    from rnkclaims.authoring.extract.clauses import clause_act

    assert clause_act(words, "person", True, lambda subject: False) == act


def test_the_lead_of_a_factbox_or_an_explainer_is_the_outlets_own(tmp_path: Path) -> None:
    lead = "North Korea has sent troops and shells to Russia since the treaty was signed.\n\n"
    told = "Seoul's spy agency said on Monday that 2,000 soldiers had been killed.\n"
    factbox = _extract(tmp_path / "a", "FACTBOX-What the two have exchanged\n\n" + lead + told)
    assert [(d.speaker, d.mode) for d in factbox.drafts[:1]] == [("yonhap", "reported")]
    assert len(factbox.drafts) == 2
    news = _extract(tmp_path / "b", "What the two have exchanged\n\n" + lead + told)
    assert len(news.drafts) == 1  # a news report's lead is no claim of its own


@pytest.mark.parametrize("kind", ["Editorial", "editorial", "OUR VIEW", "Opinion", "Commentary"])
def test_a_kind_on_a_line_of_its_own_makes_an_unsigned_piece_the_outlets(
    tmp_path: Path, kind: str
) -> None:
    body = (
        f"Seoul cannot wait for others to act\n\n{kind}\n\n"
        "A deck that sums up the piece says Seoul must act at once.\n\n"
        "Published on Dec. 8, 2023, at 9:00 am\n\n"
        "North Korean shells have been fired at Ukrainian towns for more than a year.\n\n"
        "The government in Seoul should coordinate its sanctions with Tokyo.\n"
    )
    drafts = _extract(tmp_path, body).drafts
    assert [(d.speaker, d.excerpt[:14]) for d in drafts] == [
        ("yonhap", "North Korean s"),
        ("yonhap", "The government"),
    ]  # the deck above the page's own line of publication is furniture
    assert drafts[-1].act == "calls-for"


def test_a_kind_below_a_paragraph_of_the_body_is_a_sections_heading(tmp_path: Path) -> None:
    body = (
        "KCNA denounces Seoul\n\nSummary\n\n"
        "North Korea's official news agency has carried a commentary on the troops.\n\n"
        "Commentary\n\n"
        "North Korean shells have been fired at Ukrainian towns for more than a year.\n"
    )
    drafts = _extract(tmp_path, body).drafts
    assert all(d.speaker != "yonhap" or d.resolved_by != "statement" for d in drafts)


@pytest.mark.parametrize(
    ("words", "drafted"),
    [
        ("For Europeans, the lesson is plain.", False),
        ("For Seoul, the answer is simple and it is clear.", True),
        ("There is a second dividend, which we have barely begun to discuss.", False),
        ("But there is a further catch, one that few in Seoul have noticed.", False),
        ("The logic behind the trade is not hard to see.", False),
        ("The price of this help will be paid in Seoul and Tokyo.", True),
    ],
)
def test_an_editorials_sentence_that_announces_its_point_is_no_claim(
    tmp_path: Path, words: str, drafted: bool
) -> None:
    body = (
        "Seoul cannot wait\n\nEDITORIAL\n\n"
        f"North Korea has sent shells to Russia. {words} "
        "Pyongyang will ask Moscow for missile technology in return.\n"
    )
    result = _extract(tmp_path, body)
    excerpts = [d.excerpt for d in result.drafts]
    assert (words in excerpts) is drafted
    if not drafted:
        assert any(s.text == words for s in result.skipped)


def test_no_one_believing_and_each_side_promising_are_the_editorials_own(
    tmp_path: Path,
) -> None:
    body = (
        "Seoul cannot wait\n\nEDITORIAL\n\n"
        "Moscow maintains that it respects the sanctions on Pyongyang. "
        "No one believes it any longer.\n\n"
        "Under the treaty each country promises to come to the aid of the other, and "
        "Pyongyang and Moscow have both shown they mean it.\n"
    )
    drafts = _extract(tmp_path, body).drafts
    own = [(d.act, d.excerpt[:14]) for d in drafts if d.speaker == "yonhap"]
    assert own == [("assesses", "No one believes"[:14]), ("asserts", "Under the trea")]


def test_related_headlines_in_a_list_and_document_links_are_furniture() -> None:
    from rnkclaims.authoring.extract import detect_furniture

    text = (
        "Seoul weighs arms for Kyiv\n\nSeoul said on Monday it would weigh the request.\n\n"
        "Related articles\n- N. Korean troops in Kursk: what comes next\n"
        "\u2022 Lawmakers push for revision of arms export rules\n\n"
        "(Reference) Trajectory image of the ballistic missile (PDF)\n"
        "Annual report on the North's weapons programs [PDF, 2.4 MB]\n"
    )
    found = detect_furniture(text)
    assert "- N. Korean troops in Kursk: what comes next" in found
    assert "\u2022 Lawmakers push for revision of arms export rules" in found
    assert "(Reference) Trajectory image of the ballistic missile (PDF)" in found
    assert "Annual report on the North's weapons programs [PDF, 2.4 MB]" in found
    assert "Seoul said on Monday it would weigh the request." not in found


@pytest.mark.parametrize(
    ("words", "act"),
    [
        ("We once again urge Russia to stop its military cooperation with the North.", "calls-for"),
        ("We once more call upon Moscow to end the purchases.", "calls-for"),
        ("We would like to ask Beijing to use its influence on Pyongyang.", "calls-for"),
        ("We yet again protest in the strongest terms the use of these missiles.", "accuses"),
        ("We vehemently reject the attempts to link the two questions.", "denies"),
        ("We expect that Seoul will show common sense.", "calls-for"),
        ("We trust that Tokyo will refrain from such steps.", "calls-for"),
        ("We expect that trade will grow next year.", "not calls-for"),
        ("Any supply of weapons to Kyiv would lead to the destruction of relations.", "warns"),
        ("Any assistance that advances the North's programs would be a grave threat.", "warns"),
        ("The reports of Western capitals are pure speculation.", "denies"),
        ("Such claims are nothing but a fabrication.", "denies"),
        ("Moscow will take into account any decisions taken by Seoul.", "warns"),
        ("Russia will draw the appropriate conclusions.", "warns"),
        ("Pyongyang and Moscow had openly admitted to violating the resolutions.", "accuses"),
        ("We will take into account the views of our partners in the region.", "not warns"),
    ],
)
def test_acts_carried_by_the_speakers_own_words(words: str, act: str) -> None:
    from rnkclaims.authoring.extract.drafting import _refine

    got = _refine("asserts", words, "russia", "government", quoted=True)
    assert got != act[4:] if act.startswith("not ") else got == act


def test_words_after_a_short_quoted_phrase_finish_its_act(tmp_path: Path) -> None:
    body = (
        'Moscow said on Monday it "will take into account" any decision Seoul takes.\n\n'
        'Moscow said the reports were "pure speculation" meant to distract.\n\n'
        "According to Moscow, the statements of Western capitals are pure speculation.\n\n"
        "Moscow said on Monday that it would reconsider its refusal to host the talks.\n"
    )
    drafts = _extract(tmp_path, body).drafts
    assert [d.act for d in drafts] == ["warns", "denies", "denies", "intends"]


@pytest.mark.parametrize(
    ("answer", "drafted"),
    [
        ("There is nothing scheduled at this point.", False),
        ("There is no meeting planned at the moment.", False),
        ("I cannot go into the details of intelligence matters.", False),
        ("I am not in a position to get into specifics of the case.", False),
        ("Now I will brief you on the government's position on the summit.", False),
        ("Let me first walk you through the Minister's schedule for next week.", False),
        ("Yes, the trade minister will attend, along with the heads of the agencies.", False),
        ("No decision has been made on the supply of weapons to Ukraine.", True),
        ("The minister will attend talks in Moscow on the North Korean troops.", True),
    ],
)
def test_a_briefings_own_business_is_no_claim(tmp_path: Path, answer: str, drafted: bool) -> None:
    body = (
        "Briefing by the spokesperson\n\n"
        "Spokesperson Kang Yu-jung: The government views the summit with concern.\n\n"
        "Q: Will the President raise the matter with Moscow?\n\n"
        f"Spokesperson Kang Yu-jung: {answer}\n"
    )
    result = _extract(tmp_path, body)
    assert any(answer in d.excerpt for d in result.drafts) is drafted
    if not drafted:
        assert any(s.reason == "the briefing's own business, no claim" for s in result.skipped)


def test_a_report_citing_a_state_medium_is_a_chain_the_next_paragraphs_carry(
    tmp_path: Path,
) -> None:
    body = (
        "North Korea said it had deployed troops to Kursk, TASS reports, citing the "
        "state-run KCNA news agency.\n\n"
        "Kim Jong Un was quoted as saying that the soldiers were heroes.\n\n"
        "Seoul said on Monday it was studying the report.\n"
    )
    drafts = _extract(tmp_path, body).drafts
    chain = [{"via": "kcna", "how": "report"}, {"via": "tass", "how": "report"}]
    assert [d.relay for d in drafts[:2]] == [chain, chain]
    assert all(d.relay != chain for d in drafts[2:])


def test_a_broadcast_transcripts_host_reporter_and_voices(tmp_path: Path) -> None:
    body = (
        "Transcript\n\nDANA OKAFOR, HOST:\n\n"
        "Thousands of North Korean troops have fought for Russia against Ukraine this year.\n\n"
        "JAMES HAN, BYLINE: Earlier this week, state television showed the two leaders "
        "together at the airport in Pyongyang.\n\n"
        "(SOUNDBITE OF ARCHIVED RECORDING)\n\n"
        "SERGEI SHOIGU: (Through interpreter) This is fraternal help from the Korean people, "
        "and we are grateful for it.\n\n"
        "HAN: In Seoul, the question is what Pyongyang gets back from Moscow.\n\n"
        "CHOI EUN-JUNG: The North Korean army is getting something no money can buy.\n"
    )
    drafts = _extract(tmp_path, body).drafts
    assert [(d.speaker, d.excerpt[:12]) for d in drafts] == [
        ("yonhap", "Thousands of"),
        ("sergei-shoigu", "This is frat"),
        ("choi-eun-jung", "The North Ko"),
    ]  # the reporter's narration is no claim; "HAN:" is the reporter, not a guest


@pytest.mark.parametrize(
    ("words", "act"),
    [
        ("The arrivals break U.N. Security Council resolutions.", "accuses"),
        ("Moscow is flouting the arms embargo on Pyongyang.", "accuses"),
        ("Our cooperation does not breach any resolutions.", "not accuses"),
    ],
)
def test_words_that_say_a_party_breaks_the_rules_charge_it(words: str, act: str) -> None:
    from rnkclaims.authoring.extract.drafting import _refine

    got = _refine("asserts", words, "rok", "government")
    assert got != act[4:] if act.startswith("not ") else got == act


def test_a_columns_told_me_is_the_sources_and_a_thing_promised_is_no_speech(
    tmp_path: Path,
) -> None:
    body = (
        "[Column] What Moscow owes Pyongyang\n\nBy Lee Ji-won\n\n"
        "Moscow now owes Pyongyang more than it can easily repay.\n\n"
        "A senior official at Seoul's Defense Ministry told me in January that Russia "
        '"has every incentive to pay in kind" for the soldiers.\n\n'
        "Consider the list: fighter jets, air defense radars and the satellite help that "
        "Kim Jong Un has pledged his scientists.\n\n"
        "Lee Ji-won is a professor of international relations at Korea University.\n"
    )
    drafts = _extract(tmp_path, body).drafts
    assert [d.speaker for d in drafts] == [
        "lee-ji-won",
        "senior-official-at-seoul-s-defense-ministry",
        "lee-ji-won",
    ]


def test_a_governments_step_in_its_own_release_is_dated_to_the_release() -> None:
    from rnkclaims.authoring.extract.drafting import _OWN_STEP_TAKEN

    assert _OWN_STEP_TAKEN.match("5. Japan has lodged a strong protest against North Korea")
    assert _OWN_STEP_TAKEN.match("The Republic of Korea has immediately conveyed its concern")
    assert not _OWN_STEP_TAKEN.match("Japan has long opposed the transfer of such technology")


def test_a_trailing_subject_described_after_it_speaks(tmp_path: Path) -> None:
    body = (
        "At least 30 North Korean soldiers were killed, Ukraine's military intelligence "
        "agency said on Monday.\n\n"
        "The soldiers attacked in dense columns across open ground, the agency, known by "
        "its Ukrainian initials as HUR, said in a statement on Tuesday.\n\n"
        "The shipments continued all winter, the monitoring team, set up by 11 countries "
        "after the panel was disbanded, said.\n"
    )
    drafts = _extract(tmp_path, body).drafts
    assert [d.speaker_text for d in drafts[1:]] == ["the agency", "the monitoring team"]
    assert drafts[1].speaker == drafts[0].speaker


@pytest.mark.parametrize(
    ("words", "act"),
    [
        ("The veto was an egregious violation of the council's resolutions.", "accuses"),
        ("This vote is about burying the evidence.", "accuses"),
        ("They smashed the cameras so as not to be caught red-handed.", "accuses"),
        ("The step gravely undermines the sanctions regime.", "accuses"),
        ("the veto was designed to cover up the arms trade", "accuses"),
        ("It shows the desperate lengths the Kremlin will go to.", "accuses"),
        ("Moscow had not seen any proof of the claims about the engineers", "denies"),
        ("the panel had been reduced to peddling rumours", "denies"),
        ("Our people will forever stand shoulder to shoulder with Russia.", "pledges"),
        ("The launch was probably achieved with technical assistance from Moscow", "suspects"),
        ("This is an alarming development for the region.", "expresses-concern"),
        ("We will respond resolutely, with our allies, to any act that threatens us.", "pledges"),
        ("The evidence was presented to the council.", "asserts"),
    ],
)
def test_what_the_words_do_under_a_neutral_verb(words: str, act: str) -> None:
    from rnkclaims.authoring.extract.drafting import _refine

    assert _refine("asserts", words, "x", "government") == act


def test_a_title_before_the_name_and_a_time_clause_after_the_verb(tmp_path: Path) -> None:
    body = (
        "The missile was probably developed with engineering assistance from Russia, "
        "South Korea's Joint Chiefs of Staff said Thursday, a week after Kim Jong-un "
        "toured a Russian drone factory.\n\n"
        "Federation Council Speaker Valentina Matviyenko said the partnership served "
        "both peoples.\n"
    )
    drafts = _extract(tmp_path, body).drafts
    assert drafts[0].act == "suspects"
    assert drafts[1].speaker == "valentina-matviyenko"


def test_a_deed_named_before_the_clause_whose_subject_speaks_of_it(tmp_path: Path) -> None:
    body = (
        "Russia issued thousands of student visas to North Koreans, a step South Korean "
        "officials said was meant to hide a flow of labourers.\n"
    )
    drafts = _extract(tmp_path, body).drafts
    assert [d.speaker_text for d in drafts] == ["South Korean officials"]
    assert drafts[0].act == "accuses"


def test_a_state_medium_alone_carries_on_to_the_speaker_it_carried(tmp_path: Path) -> None:
    body = (
        "North Korea confirmed for the first time that it sent troops to Kursk, the Central "
        "Military Commission said in a statement carried by KCNA on Monday.\n\n"
        '"Our units carried out their combat missions," the commission said.\n\n'
        "The deployment was decided under the treaty, according to the statement.\n\n"
        "Moscow and Pyongyang have long denied any arms deals.\n"
    )
    drafts = _extract(tmp_path, body).drafts
    carried = [{"via": "kcna", "how": "report"}]
    by_words = {d.excerpt[:20]: d.relay for d in drafts}
    assert by_words['"Our units carried o'] == carried
    assert by_words["The deployment was d"] == carried
    assert all(r != carried for w, r in by_words.items() if w.startswith("Moscow and"))


@pytest.mark.parametrize(
    ("home", "act"),
    [("KR", "intends"), ("JP", "predicts")],
)
def test_an_unnamed_official_of_an_office_speaks_for_the_papers_country(
    tmp_path: Path, home: str, act: str
) -> None:
    claims = BASE.replace(
        "outlets:\n",
        "outlets:\n  - id: the-daily\n    name: The Daily\n    kind: newspaper\n"
        f"    country: {home}\n",
        1,
    )
    body = (
        "South Korea will reconsider its policy of not supplying weapons to Ukraine, a senior "
        "presidential official said on Thursday.\n"
    )
    front = "---\noutlet: the-daily\ntitle: T\npublished: 2024-06-21\nlanguage: en\n---\n"
    ledger = load(write_ledger(tmp_path / "data", claims, {"src-a": front + body}))
    (draft,) = extract(ledger, ledger.sources["src-a"]).drafts
    assert draft.act == act


@pytest.mark.parametrize(
    ("body", "act"),
    [
        ('Putin said arming Ukraine would be "a very big mistake" on Seoul\'s part.\n', "warns"),
        (
            "South Korea's Foreign Ministry said on Tuesday that the gift violated U.N. Security "
            "Council resolutions.\n",
            "accuses",
        ),
        (
            "Russia had blocked the resolution to cover up its purchase of North Korean weapons, "
            "U.S. Ambassador Linda Thomas-Greenfield said.\n",
            "accuses",
        ),
        ('"The United States strongly condemns the DPRK\'s launch," NSC spokesperson Adrienne '
         "Watson said.\n", "accuses"),
        (
            '"Any cooperation that violates U.N. Security Council resolutions must stop '
            'immediately," NSC spokesperson Adrienne Watson said.\n',
            "calls-for",
        ),
        ("Foreign Ministry spokeswoman Maria Zakharova said Russia had never violated U.N. "
         "Security Council resolutions.\n", "denies"),
        ('Nebenzia said the panel had been reduced to "playing into the hands of Western '
         'approaches."\n', "accuses"),
        ("Ambassador Linda Thomas-Greenfield said Russia had acted to silence the panel.\n",
         "accuses"),
        ("Ukrainian intelligence chief Kyrylo Budanov said Russian troops executed their own "
         "wounded.\n", "accuses"),
        ("Senator Roger Wicker said Putin was going hat in hand to a pariah state.\n",
         "accuses"),
        ("North Korean leader Kim Jong Un said a monument to the soldiers would soon be built "
         "in Pyongyang.\n", "announces"),
        ("Japanese Chief Cabinet Secretary Yoshimasa Hayashi said Japan will freeze the "
         "assets of 11 organizations.\n", "announces"),
        ("Japanese Chief Cabinet Secretary Yoshimasa Hayashi said Japan would coordinate "
         "closely with Seoul.\n", "pledges"),
    ],
)  # fmt: skip
def test_what_the_words_charge_or_warn_gives_a_neutral_verb_its_act(
    tmp_path: Path, body: str, act: str
) -> None:
    drafts = _extract(tmp_path, body).drafts
    assert drafts and drafts[0].act == act


def test_a_note_of_where_the_statements_were_made_carries_them_and_is_no_claim(
    tmp_path: Path,
) -> None:
    body = (
        "Russian Foreign Minister Sergei Lavrov has said that the talks went well.\n\n"
        "He said this in an interview with TASS, which aired on 4 December.\n\n"
        "According to Lavrov, the two sides agreed on more flights.\n\n"
        "North Korean leader Kim Jong Un said on Friday the talks had gone well.\n"
    )
    result = _extract(tmp_path, body)
    lavrov = [d for d in result.drafts if d.speaker == "sergei-lavrov"]
    assert len(lavrov) == 2
    assert all([h["via"] for h in d.relay] == ["tass"] for d in lavrov)
    assert all(isinstance(d.said, dict) and d.said.get("date") == "2023-12-04" for d in lavrov)
    assert not any("He said this" in d.excerpt for d in result.drafts)
    assert any(s.reason == "says where the statements around it were made" for s in result.skipped)
    (kim,) = [d for d in result.drafts if d.speaker == "kim-jong-un"]
    assert kim.relay == []
