"""Stances under a neutral verb and subjects around relative clauses: a danger named (a
threat, an escalation) warns; a side's firm response to any step warns; a party told to
stop calls; the speaker's own belief judges; "neither ... nor" confirms and denies nothing;
a relative clause's verb is its antecedent's; a time opening the sentence is no speaker."""

from __future__ import annotations

from pathlib import Path

import pytest

from rnkclaims.authoring.extract import Extraction, extract
from rnkclaims.authoring.extract.attribution import speech_verb_at, subject_before
from rnkclaims.authoring.extract.drafting import _EXPERT, _fragment_act, _names_danger, _stance_act
from rnkclaims.ledger import load
from tests.conftest import BASE, write_ledger


@pytest.mark.parametrize(
    ("words", "danger"),
    [
        (' said the convoy was a "grave security threat" to the region.', True),
        (" said the arrival of the troops was a clear step towards escalation.", True),
        (" said the launch had turned the dispute into a threat to security in Asia.", True),
        ("That is the first step to a world war.", True),
        (" said the drills had made the crisis a global security issue.", True),
        # a threat denied, a call to de-escalate, a closing clause of the outlet's
        (' said the talks "pose no threat to any third country."', False),
        (" said it hoped all parties would work for de-escalation.", False),
        (" said the ships had sailed, marking a significant escalation.", False),
        (" said the ships had sailed, in what would mark an escalation.", False),
        (" said ships could sail, a step that would be a major escalation.", False),
    ],
)
def test_a_danger_named(words: str, danger: bool) -> None:
    assert _names_danger(words) is danger


@pytest.mark.parametrize(
    ("act", "words", "expected"),
    [
        ("asserts", ' said Lima would respond "sternly" to any step that breaks rules', "warns"),
        ("accuses", " said the deal broke rules, Lima would respond firmly to any step", "warns"),
        ("asserts", ' said any deal that broke the embargo "must stop immediately."', "calls-for"),
        ("asserts", "Quito, as a member, should be the first to respect the rules,", "calls-for"),
        ("asserts", " said the two sides had agreed to restore train service", "announces"),
        ("asserts", " said the leaders also agreed to set up a secretariat", "announces"),
        ("asserts", ' said the government "plans to reconsider" its refusal', "intends"),
        ("predicts", " said Lima and Quito plan to expand trade next year", "intends"),
        ("asserts", " said any transfer of drones would violate the resolutions", "warns"),
        ("accuses", ' said "any arms deal would directly violate the resolutions"', "warns"),
        ("asserts", " said Western claims were intended to divert attention", "accuses"),
        ("asserts", ' told a briefing that Lima, as a member of the council, "should act '
         'responsibly"', "calls-for"),
        ("asserts", " said sending arms to Quito would be a very big mistake", "warns"),
        ("asserts", " said falling debris poses danger to ships in the area", "warns"),
        ("asserts", " said there is a risk of Lima sending more soldiers", "warns"),
        ("asserts", "This affects our security, and we cannot overlook it,", "warns"),
        ("asserts", " said the experience would eventually make its forces more dangerous",
         "warns"),
        ("asserts", " said the pact does not pose a threat to anyone", "asserts"),
        ("asserts", " said it would make sure that Lima pays a price", "warns"),
        ("accuses", ' told reporters that Lima was watching the talks "with concern", including '
         "arms transfers in breach of the embargo", "expresses-concern"),
        # a plain statement, a pledge left as it is, a course the sides agreed to keep,
        # one person's plan that another reports, a plan named as a thing
        ("asserts", " said Kim plans to travel to Lima this month", "asserts"),
        ("asserts", " said the ministry had no plans to send troops", "asserts"),
        ("asserts", " said they had agreed to continue their work", "asserts"),
        ("asserts", " said Lima would respond to the letter next week", "asserts"),
        ("pledges", " said Lima would respond firmly to any step", "pledges"),
        ("asserts", " said the ship must have sailed at night", "asserts"),
        ("asserts", " said that it should be ready by May", "asserts"),
        ("asserts", " said that Lima should be proud", "asserts"),
        ("asserts", " said the decision was a big mistake", "asserts"),
    ],
)  # fmt: skip
def test_a_stance_gives_the_act(act: str, words: str, expected: str) -> None:
    assert _stance_act(act, words) == expected


@pytest.mark.parametrize(
    ("sentence", "verb", "subject"),
    [
        ("Peru, which voted for the resolution, has rejected accusations.", "rejected", "Peru"),
        ("Peru, which has denied selling arms, made no comment.", "denied", "Peru"),
        ("Ships sailed, according to the agency, which said more would.", "said", "the agency"),
        ("In May, the Open Source Centre, a group, said so.", "said", "the Open Source Centre"),
        ("On Tuesday, the ministry said ships sailed.", "said", "the ministry"),
    ],
)  # fmt: skip
def test_the_subject_around_a_relative_clause_or_a_time(
    sentence: str, verb: str, subject: str
) -> None:
    found = subject_before(sentence, 0, sentence.index(verb))
    assert found is not None
    assert sentence[found[0] : found[1]] == subject


def _extract(tmp_path: Path, body: str) -> Extraction:
    front = "---\noutlet: kyodo\ntitle: T\npublished: 2025-03-14\nlanguage: en\n---\n"
    paths = write_ledger(tmp_path / "data", BASE, {"src-a": front + body})
    ledger = load(paths)
    return extract(ledger, ledger.sources["src-a"])


def test_stances_in_an_article(tmp_path: Path) -> None:
    body = (
        "TOKYO -- Japanese Foreign Minister Takeshi Iwaya said the convoy was a grave threat "
        "to the region.\n\n"
        "Iwaya told lawmakers on Friday that he believed the cargo had come from Rajin.\n\n"
        "Neither Moscow nor Pyongyang has officially acknowledged the shipments.\n\n"
        "The Kremlin and the North Korean government reject the claims.\n\n"
        "Iwaya said the ship sailed at night.\n"
    )
    drafts = _extract(tmp_path, body).drafts
    acts = ["warns", "assesses", "asserts", "denies", "denies", "asserts"]
    assert [d.act for d in drafts] == acts
    assert [d.speaker_text for d in drafts][3:5] == ["The Kremlin", "the North Korean government"]


@pytest.mark.parametrize(
    ("title", "analyst"),
    [
        ("director of the Center for North Korean Studies at the Sejong Institute", True),
        ("president of the University of North Korean Studies", True),
        ("a missile expert at the Korea Research Institute for National Strategy", True),
        # an official's post, a body of government
        ("head of the Centre for Countering Disinformation", False),
        ("director of the National Intelligence Service", False),
    ],
)
def test_an_analysts_title(title: str, analyst: bool) -> None:
    assert bool(_EXPERT.search(title)) is analyst


def test_an_analysts_plain_quotation_is_a_judgement_the_model_leaves(tmp_path: Path) -> None:
    body = (
        '"Fixing an engine problem in two or three months is not something North Korea has '
        'managed on its own before," said Chang Young-keun, a missile expert at a research '
        "institute.\n\n"
        '"The partnership is no marriage of convenience," said Ana Ruiz, director of the '
        "Center for Andean Studies.\n"
    )
    drafts = _extract(tmp_path, body).drafts
    assert [d.act for d in drafts] == ["assesses", "assesses"]


def test_a_body_described_before_its_noun_and_a_group_doing_something_speak(
    tmp_path: Path,
) -> None:
    body = (
        "TOKYO -- Russia vetoed the renewal of a panel of experts monitoring the sanctions "
        "on Thursday.\n\n"
        "In its last report, the panel said shells had been shipped from Rajin.\n\n"
        "Shells from Rajin have become a mainstay of the offensive, Ukrainian commanders "
        "fighting there said.\n\n"
        "The law took effect on Monday, according to the official legal information portal.\n"
    )
    speakers = [d.speaker for d in _extract(tmp_path, body).drafts]
    assert speakers == [
        "panel-of-experts",
        "ukrainian-commanders",
        "official-legal-information-portal",
    ]


def test_as_reported_opens_the_outlets_own_report(tmp_path: Path) -> None:
    body = (
        "TOKYO -- Japan froze the assets of two banks on Friday, the ministry said.\n\n"
        "As reported, Putin submitted the treaty to the State Duma for ratification on "
        "October 14.\n"
    )
    drafts = _extract(tmp_path, body).drafts
    own = [(d.speaker, d.act, d.mode) for d in drafts if d.excerpt.startswith("As reported")]
    assert own == [("kyodo", "asserts", "reported")]


@pytest.mark.parametrize(
    ("body", "act"),
    [
        ('"If there is anything more we can do for our friends, we will regard it as our '
         'duty," Choe Son Hui said.', "pledges"),
        ("Choe Son Hui said that if such a deployment existed, it would conform to "
         "international law.", "asserts"),
        # a condition on another's step that says what follows still warns
        ('"If they do, they will be legitimate military targets," Choe Son Hui said.', "warns"),
        ("Choe Son Hui said that if the troops entered Ukraine, they would be destroyed.",
         "warns"),
    ],
)  # fmt: skip
def test_a_condition_that_offers_help_or_claims_the_law_is_no_warning(
    tmp_path: Path, body: str, act: str
) -> None:
    assert [d.act for d in _extract(tmp_path, body + "\n").drafts] == [act]


@pytest.mark.parametrize(
    ("words", "act"),
    [
        (' said American claims that Lima was buying arms were "baseless."', "denies"),
        (" said the information was \u201ccontradictory\u201d and declined to comment.", "denies"),
        (' said the sanctions were "illegitimate".', "denies"),
        (' said unilateral sanctions were "counterproductive".', "accuses"),
        (' said Lima was "begging" Quito for help.', "accuses"),
        (' said Lima had turned to Quito "in desperation" to keep its war going.', "accuses"),
        (' said any such cooperation would be a "direct provocation".', "warns"),
        (' said Western countries were trying to "strangle" Lima.', "accuses"),
        (' said the trip was "only the beginning" of the tours.', "predicts"),
        # an epithet, a long quotation, a fragment with no word of blame
        (' said the drones were meant to deter "the hostile forces".', None),
        (' said "this is a breach of every rule we have ever agreed on".', None),
        (' said ties had reached "a very high level".', None),
    ],
)
def test_the_speakers_own_word_quoted_inside_reported_words(words: str, act: str | None) -> None:
    assert _fragment_act(words) == act


def test_a_state_that_cites_a_rule_speaks(tmp_path: Path) -> None:
    body = (
        "TOKYO -- Troops returned on Friday.\n\n"
        "Pyongyang and Moscow have both cited Article 4 of the partnership treaty, which "
        "obliges each side to help the other.\n\n"
        "The agency cited state media reports.\n"
    )
    drafts = _extract(tmp_path, body).drafts
    assert [(d.speaker, d.verb) for d in drafts] == [
        ("north-korea", "cited"),
        ("russia-government", "cited"),
    ]


@pytest.mark.parametrize(
    ("sentence", "verb"),
    [
        ("Resolution 2397 required all member states to send the workers home.", None),
        ("Every sale must be reported to the council.", None),
        ("Seoul could not verify the reports.", None),
        ("Earlier reports put the figure at 3,000.", None),
        ("The ministry states that the ships sailed.", "states"),
        ("The sale was reported to the council by the ministry.", "reported"),
    ],
)
def test_a_speech_verbs_word_that_is_a_noun_or_a_duty_is_no_speech(
    sentence: str, verb: str | None
) -> None:
    assert speech_verb_at(sentence, 0, len(sentence)) == verb


def test_a_document_speaks_for_whoever_released_it_after_its_date(tmp_path: Path) -> None:
    body = (
        "TOKYO -- Ships sailed on Friday.\n\n"
        "Russia has supplied North Korea with more than one million barrels of oil since "
        "March, according to an analysis of satellite imagery released on Friday by the "
        "London-based Open Source Centre.\n"
    )
    drafts = _extract(tmp_path, body).drafts
    assert [d.speaker for d in drafts] == ["london-based-open-source-centre"]


def test_pointed_out_is_a_speech_verb(tmp_path: Path) -> None:
    body = (
        "TOKYO -- Foreign Minister Takeshi Iwaya said on Friday that the talks had ended.\n\n"
        "He also pointed out that Moscow would help Pyongyang train engineers.\n\n"
        "Some analysts are less sure that the deal will last, pointing out that Pyongyang "
        "has built such ships before.\n"
    )
    drafts = _extract(tmp_path, body).drafts
    assert [(d.speaker, d.verb) for d in drafts][1:] == [
        ("takeshi-iwaya", "pointed out"),
        ("analysts", "pointing out"),
    ]


@pytest.mark.parametrize(
    ("words", "act"),
    [
        ('the veto was "extremely regrettable."', "expresses-concern"),
        ('the deployment was "a wake-up call" for Europe', "warns"),
        ('supplying weapons would be "a very big mistake"', "warns"),
        ('the panel had become "increasingly biased"', "denies"),
        ('dismissed the reports as "insinuations"', "denies"),
        # a threat described is no warning: "portraying the regime as a 'persistent threat'"
        ('the regime was a "persistent threat."', None),
    ],
)
def test_a_quoted_word_of_regret_danger_or_falsehood(words: str, act: str | None) -> None:
    assert _fragment_act(words) == act


@pytest.mark.parametrize(
    ("act", "words", "expected"),
    [
        (
            "accuses",
            "we are closely watching whether the items constitute a breach",
            "expresses-concern",
        ),
        ("accuses", "any arms dealing in breach of resolutions will come at a price", "warns"),
        ("accuses", "its cooperation with Pyongyang does not violate international law", "denies"),
        ("pledges", "his government would reconsider the question of supplying arms", "intends"),
        ("pledges", "Seoul would not exclude the possibility of supplying weapons", "intends"),
        # a breach forecast, a plain watch: left as the rules chose
        ("accuses", "the shipments would violate the resolutions", "accuses"),
        ("asserts", "the ministry was following the situation closely", "asserts"),
    ],
)
def test_stances_of_watching_price_compliance_and_weighing(
    act: str, words: str, expected: str
) -> None:
    assert _stance_act(act, words) == expected
