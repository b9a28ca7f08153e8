"""The outlet's glosses around what was said, and words that look like an act and are
none: a gloss after a trailing attribution ("..., the clearest sign yet that ...") and a
note that another party answered ("..., a claim Pyongyang rejected as 'groundless'") are
no words of the speaker, and the party that answered speaks; a call to comply is no
denial of a breach, a threat denied is no warning, no report received denies no deed, a
thing named by its look is no judgement, and "propaganda" as a modifier dismisses
nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from rnkclaims.authoring.extract import Extraction, extract
from rnkclaims.authoring.extract.attribution import find_verbs
from rnkclaims.authoring.extract.drafting import (
    _CAPTION,
    _EXPERT,
    _dismissal,
    _refine,
    _stance_act,
)
from rnkclaims.authoring.extract.passages import analyse, detect_furniture
from rnkclaims.ledger import load
from tests.conftest import BASE, write_ledger


def _extract(tmp_path: Path, body: str, outlet: str = "kyodo") -> Extraction:
    front = f"---\noutlet: {outlet}\ntitle: T\npublished: 2025-03-14\nlanguage: en\n---\n"
    paths = write_ledger(tmp_path / "data", BASE, {"src-a": front + body})
    ledger = load(paths)
    return extract(ledger, ledger.sources["src-a"])


def test_a_gloss_after_a_trailing_attribution_is_no_word_of_the_speaker(tmp_path: Path) -> None:
    body = (
        "The United States has evidence that North Korean troops are in Russia, US Defense "
        "Secretary Lloyd Austin said on Wednesday, the clearest acknowledgement yet that "
        "Pyongyang may be preparing to join the war.\n"
    )
    drafts = _extract(tmp_path, body).drafts
    assert [(d.speaker_text, d.act) for d in drafts] == [
        ("US Defense Secretary Lloyd Austin", "asserts")
    ]


@pytest.mark.parametrize(
    ("gloss", "verb"),
    [(', a claim Pyongyang rejected as "groundless"', "rejected"),
     (" \u2014 a claim Pyongyang disputes", "disputes")],
)  # fmt: skip
def test_the_party_that_answered_a_claim_speaks_and_its_answer_is_not_the_claims(
    tmp_path: Path, gloss: str, verb: str
) -> None:
    body = (
        "The United States said in December that North Korea had delivered rockets to "
        f"Russia{gloss}.\n"
    )
    assert verb in body
    drafts = _extract(tmp_path, body).drafts
    assert [(d.speaker_text, d.act) for d in drafts] == [
        ("United States", "asserts"),
        ("Pyongyang", "denies"),
    ]


def test_the_verb_of_a_party_that_answered_is_no_part_of_what_was_said() -> None:
    text = (
        "The ministry said that North Korea had delivered rockets, a claim Pyongyang "
        'rejected as "groundless".'
    )
    found = [
        (v.phrase, text[v.np_start : v.np_end]) for v in find_verbs(analyse(text), 0, len(text))
    ]
    assert found == [("said", "The ministry"), ("rejected", "Pyongyang")]
    # a verb inside what was said stays inside it
    text = "The ministry said that Pyongyang had rejected the claim."
    assert [v.phrase for v in find_verbs(analyse(text), 0, len(text))] == ["said"]


@pytest.mark.parametrize(
    ("act", "words", "expected"),
    [
        ("asserts", " said any cooperation with Quito must comply with UN resolutions",
         "calls-for"),
        ("asserts", " said the deal complied with UN resolutions", "denies"),
        ("accuses", " insisted that its dealings are normal and breach none of the sanctions",
         "denies"),
        ("asserts", " said the weapons had nothing to do with exports", "denies"),
        ("warns", ' said the treaty "does not pose a threat to any third country"', "denies"),
        ("warns", " said the pact is not directed against third countries", "denies"),
        # a threat named stays a warning
        ("warns", " said the pact poses a threat to the region", "warns"),
    ],
)  # fmt: skip
def test_compliance_called_for_and_threats_and_breaches_denied(
    act: str, words: str, expected: str
) -> None:
    assert _stance_act(act, words) == expected


@pytest.mark.parametrize(
    ("words", "act"),
    [
        ("As of this morning, we have not received any report of debris,", "asserts"),
        ("We did not provide any details to the press.", "asserts"),
        ("North Korea fired what appeared to be a ballistic missile on Sunday, ", "asserts"),
        # a deed denied, a judgement hedged
        ("We have never received weapons from anyone.", "denies"),
        ("The missile appeared to be a new type.", "assesses"),
    ],
)
def test_no_word_received_and_a_thing_named_by_its_look(words: str, act: str) -> None:
    assert _refine("asserts", words, "x", "person", quoted=True) == act


@pytest.mark.parametrize(
    ("words", "dismissal"),
    [
        ("These two men are a propaganda nightmare for Pyongyang,", False),
        ("The parade was a propaganda victory.", False),
        ("This is Western propaganda.", True),
        ("It is propaganda, nothing more.", True),
    ],
)
def test_propaganda_as_a_modifier_dismisses_nothing(words: str, dismissal: bool) -> None:
    assert _dismissal(words) is dismissal


@pytest.mark.parametrize(
    ("title", "analyst"),
    [
        ("Korea chair at the Center for Strategic and International Studies", True),
        ("a researcher with the Center for a New American Security", True),
        ("a fellow at the Asan Institute", True),
        ("director of program planning at the Secure World Foundation", True),
        # a government centre, an official's post
        ("head of the Centre for Countering Disinformation", False),
        ("a spokesman at the National Security Council", False),
    ],
)
def test_an_analyst_at_a_centre_for_studies(title: str, analyst: bool) -> None:
    assert bool(_EXPERT.search(title)) is analyst


def test_the_own_country_urging_in_reported_words_calls_for(tmp_path: Path) -> None:
    body = (
        "SEOUL, March 14 (Yonhap) -- The Ministry of Foreign Affairs said in a statement on "
        'Friday that Seoul "strongly urges" Russia and North Korea to stop their military '
        "cooperation.\n\n"
        "The Ministry of Foreign Affairs said that Moscow urges Pyongyang to send more "
        "shells.\n"
    )
    drafts = _extract(tmp_path, body, outlet="yonhap").drafts
    assert [d.act for d in drafts] == ["calls-for", "asserts"]


def test_british_copy_quotes_in_single_marks() -> None:
    text = (
        "'They are being used as cannon fodder in assaults,' Lee said, 'and they have no "
        "idea how to deal with the drones.'\n\n"
        "Zelensky said Moscow was 'shielding its own soldiers' by putting Kim's men and the "
        "soldiers' families at risk.\n"
    )
    quoted = [text[q.start : q.end] for q in analyse(text).quotes]
    assert quoted == [
        "They are being used as cannon fodder in assaults",
        "and they have no idea how to deal with the drones.",
        "shielding its own soldiers",
    ]
    # copy that quotes in double marks keeps its apostrophes and single marks as words
    text = "\"It's done,\" Lee said of the soldiers' 'assaults'.\n"
    assert [text[q.start : q.end] for q in analyse(text).quotes] == ["It's done"]


def test_a_quotation_in_single_marks_is_drafted(tmp_path: Path) -> None:
    body = (
        "'The Russians used to lecture Pyongyang about non-proliferation. Now they need its "
        "shells,' a former British diplomat told me this week.\n"
    )
    drafts = _extract(tmp_path, body).drafts
    assert [(d.mode, d.speaker_text) for d in drafts] == [("quote", "a former British diplomat")]


def test_what_would_have_happened_is_no_forecast(tmp_path: Path) -> None:
    body = (
        '"Admitting it while the battle was going badly would have meant admitting the '
        'losses," Edward Howell, a lecturer at the University of Oxford, said.\n\n'
        '"The troops would begin fighting soon," Edward Howell said.\n'
    )
    assert [d.act for d in _extract(tmp_path, body).drafts] == ["assesses", "predicts"]


def test_a_willingness_expressed_pledges() -> None:
    text = 'Kim expressed willingness to "support and encourage" all measures taken by Moscow.'
    assert [(v.phrase, v.act) for v in find_verbs(analyse(text), 0, len(text))] == [
        ("expressed willingness", "pledges")
    ]


def test_the_title_of_a_work_is_no_quotation_of_the_verb_after_it(tmp_path: Path) -> None:
    body = (
        "Yonhap, in a commentary titled \"Puppet clique's smear campaign is doomed to "
        'failure", said the South Korean "puppet military" was "fabricating" stories.\n'
    )
    (draft,) = _extract(tmp_path, body).drafts
    assert draft.excerpt.endswith('"fabricating" stories.')


def test_narration_with_a_quoted_name_is_listed_whole(tmp_path: Path) -> None:
    body = (
        "Hill said the bridge would open in May.\n\n"
        'The two countries are linked only by a railway crossing, the "Friendship Bridge", '
        "which opened in 1959.\n"
    )
    listed = [s.text for s in _extract(tmp_path, body).skipped if s.kind == "term"]
    assert listed == [
        'The two countries are linked only by a railway crossing, the "Friendship Bridge", '
        "which opened in 1959."
    ]


def test_a_cited_source_speaks_by_its_words_and_a_first_admission_confirms(
    tmp_path: Path,
) -> None:
    body = (
        "Yonhap, citing the country's National Intelligence Service, reported that "
        "Pyongyang could send more troops to Russia as early as July.\n\n"
        "On Monday, North Korea's state media said for the first time that it had sent "
        "troops to Russia's Kursk region.\n\n"
        "One of the captured men told investigators that he had been sent to a training "
        "exercise.\n"
    )
    drafts = _extract(tmp_path, body, outlet="kyodo").drafts
    assert [d.act for d in drafts] == ["predicts", "confirms", "asserts"]
    assert drafts[2].speaker == "one-of-the-captured-men"


def test_a_split_quotations_closing_sentence_of_the_same_act_carries_on(tmp_path: Path) -> None:
    body = (
        '"These two men are a problem for Pyongyang," said Victor Cha, a professor at '
        'Georgetown University. "If they end up in Seoul, they confirm everything."\n\n'
        '"The talks went well," Hill said. "If they cross the line, they will be destroyed."\n'
    )
    drafts = _extract(tmp_path, body).drafts
    assert [(d.speaker_text, d.act) for d in drafts] == [
        ("Victor Cha", "assesses"),
        ("Hill", "asserts"),
        ("Hill", "warns"),
    ]
    assert drafts[0].excerpt.endswith('confirm everything."')


def test_teasers_a_share_line_and_captions_are_furniture() -> None:
    text = (
        "Headline here\n\n"
        "SEOUL (Reuters) - The ministry said on Monday the talks went well.\n\n"
        "READ: North Korea says it tested solid-fuel engine for new missile\n\n"
        "The ministry said the talks would go on.\n\n"
        "Share or comment on this article: Kim's soldiers 'used as cannon fodder'\n\n"
        "Jeff Foust writes about space policy for SpaceNews. He earned a Ph.D. in "
        "planetary sciences.\n"
    )
    found = detect_furniture(text)
    assert "READ: North Korea says it tested solid-fuel engine for new missile" in found
    assert "Share or comment on this article: Kim's soldiers 'used as cannon fodder'" in found
    assert "The ministry said the talks would go on." not in found
    assert any(line.startswith("Jeff Foust writes about space policy") for line in found)


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("Russia's Ambassador Vassily Nebenzia votes against a draft resolution.", True),
        ("North Korean leader Kim Jong-un and Russian President Vladimir Putin sign the "
         "treaty in Pyongyang.", True),
        # background in the past, a visit named as a noun
        ("The two countries signed a mutual defence treaty in June.", False),
        ("The visit is Putin's first to North Korea in 24 years.", False),
    ],
)  # fmt: skip
def test_a_caption_is_a_scene_in_the_present(line: str, caption: bool) -> None:
    assert bool(_CAPTION.match(line)) is caption


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("Kim and Putin sign the treaty in Pyongyang, June 19, 2024. Photo by Reuters", True),
        ("Putin and Kim met at the Vostochny Cosmodrome in September (Image: Getty)", True),
        ("Shoigu and Kim visit an exhibition of weapons in Pyongyang in July. KCNA via Reuters",
         True),
        ("Putin and Kim shake hands in Russia, Sept. 13, 2023. Vladimir Smirnov/Sputnik/"
         "Kremlin Pool Photo/AP", True),
        ("Kim and Shoigu at an arms exhibition. | Photo: KCNA VIA KNS / AFP", True),
        ("Kim and Shoigu inspect a bomber, 16 September 2023. \u00a9 Vladimir Smirnov / "
         "Sputnik / AFP", True),
        # a body sentence that names a medium or a slash is no caption
        ("He told the BBC/World Service that the talks had gone well.", False),
        # a caption of two sentences tells the story: it stays text
        ("Delegates meet in Moscow, Nov. 20, 2014. This week, officials from both countries "
         "confirmed plans to cooperate in space. Reuters/Maxim Shemetov", False),
        ("The deal was signed on Tuesday, Reuters reported.", False),
    ],
)  # fmt: skip
def test_a_paragraph_closed_by_a_pictures_credit_is_a_caption(line: str, caption: bool) -> None:
    text = f"Headline here\n\nSEOUL (Reuters) - The ministry said on Monday it was so.\n\n{line}\n"
    assert (line in detect_furniture(text)) is caption


def test_teaser_labels_the_teasers_under_them_an_affiliate_note_and_a_deck_are_furniture() -> None:
    text = (
        "Blinken: 8,000 North Korean troops in Kursk\n\n"
        "US and South Korea warn of Russian technology flowing to Pyongyang in return\n\n"
        "Israel Hayom Staff and News Agencies\n\n"
        "When you purchase through links on our site, we may earn an affiliate commission.\n\n"
        "The ministry said on Monday the talks went well.\n\n"
        "Read Next\n\n"
        "Zelensky says Russia is massing troops near Sumy\n\n"
        "The ministry said the talks would go on.\n\n"
        "More in this section\n\n"
        "Kremlin says Putin will visit Vietnam after North Korea\n"
    )
    found = detect_furniture(text)
    for line in (
        "US and South Korea warn of Russian technology flowing to Pyongyang in return",
        "When you purchase through links on our site, we may earn an affiliate commission.",
        "Read Next",
        "Zelensky says Russia is massing troops near Sumy",
        "Kremlin says Putin will visit Vietnam after North Korea",
    ):
        assert line in found
    assert "The ministry said the talks would go on." not in found
