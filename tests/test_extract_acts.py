"""The learned act of neutral-verb drafts: the bundled model, and extract's post-pass."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rnkclaims.authoring.extract import acts, extract
from rnkclaims.authoring.extract.attribution import VERB_ACTS
from rnkclaims.authoring.extract.drafting import Draft, Drafter
from rnkclaims.ledger import Ledger, load
from rnkclaims.vocab import SPEECH_ACTS
from tests.conftest import BASE, write_ledger

DENIAL = "the claims contained lies, fabrications and absurd nonsense"
FRONT = "---\noutlet: yonhap\ntitle: Test article\npublished: 2023-09-13\nlanguage: en\n---\n"


def _ledger(tmp_path: Path, body: str) -> Ledger:
    return load(write_ledger(tmp_path / "data", BASE, {"src-a": FRONT + body}))


def _draft(verb: str, act: str, excerpt: str) -> Draft:
    return Draft(
        start=0, end=len(excerpt), line=1, mode="reported", excerpt=excerpt, act=act,
        verb=verb, speaker=None, speaker_text="Kim Yo Jong", resolved_by="name",
    )  # fmt: skip


def test_the_bundled_model_loads_with_acts_of_the_vocabulary() -> None:
    data = json.loads(acts.MODEL_PATH.read_text(encoding="utf-8"))
    model = acts.model()
    assert model.acts == data["acts"]
    assert set(model.acts) <= set(SPEECH_ACTS) and "denies" in model.acts
    assert 0.0 < model.threshold <= 1.0
    assert model.weights and all(len(row) == len(model.acts) for row in model.weights.values())
    probs = model.probabilities(acts.features(DENIAL, None, "", "said", "reported"))
    assert abs(sum(probs) - 1.0) < 1e-9


def test_a_neutral_said_with_denial_words_becomes_a_denial(tmp_path: Path) -> None:
    ledger = _ledger(tmp_path, f"Kim Yo Jong said {DENIAL}.\n")
    source = ledger.sources["src-a"]
    rules = Drafter(ledger, source).run().drafts
    assert [(d.verb, d.act) for d in rules] == [("said", "asserts")]  # the rules find no cue
    drafted = extract(ledger, source).drafts
    assert [(d.verb, d.act) for d in drafted] == [("said", "denies")]


def test_a_plain_statement_under_said_stays_an_assertion(tmp_path: Path) -> None:
    body = "The defence ministry said the troops arrived in the region on Tuesday morning.\n"
    ledger = _ledger(tmp_path, body)
    assert [d.act for d in extract(ledger, ledger.sources["src-a"]).drafts] == ["asserts"]


def test_the_post_pass_never_changes_the_act_of_an_act_verb() -> None:
    verbs = {v: a for v, a in VERB_ACTS.items() if v not in acts.NEUTRAL_VERBS}
    assert {"denied", "accused", "warned", "pledged", "urged"} <= set(verbs)
    drafts = [_draft(v, a, f"Kim Yo Jong {v} that {DENIAL}") for v, a in verbs.items()]
    assert acts.revise(drafts, threshold=0.0) == 0
    assert [d.act for d in drafts] == list(verbs.values())


def test_the_post_pass_keeps_an_act_the_rules_chose_from_cues_unless_the_model_is_sure(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    kept = _draft("said", "calls-for", f"Kim Yo Jong said {DENIAL}")
    feats = acts.features(kept.excerpt, kept.quote, kept.speaker_text, kept.verb, kept.mode)
    sure = acts.model().predict(feats)[1]
    assert acts.model().threshold < sure
    monkeypatch.setattr(acts, "OVERRULE", min(1.0, sure + 0.005))  # not sure enough to overrule
    plain = _draft("said", "asserts", f"Kim Yo Jong said {DENIAL}")
    assert acts.revise([kept, plain]) == 1
    assert (kept.act, plain.act) == ("calls-for", "denies")
    monkeypatch.setattr(acts, "OVERRULE", sure - 0.005)  # sure enough: the model overrules
    overruled = _draft("said", "calls-for", f"Kim Yo Jong said {DENIAL}")
    assert acts.revise([overruled]) == 1
    assert overruled.act == "denies"


def test_another_partys_act_or_commitment_inside_what_was_said_is_left_to_the_rules() -> None:
    inner = _draft("said", "asserts", f"The US said Pyongyang denied that {DENIAL}")
    two = _draft("said", "asserts", f"Kim Yo Jong said talks went well and that {DENIAL}")
    assert acts.model().predict(acts.features(inner.excerpt, None, "", "said", "reported"))[0] == (
        "denies"
    )
    assert acts.revise([inner, two], threshold=0.0) == 0
    assert (inner.act, two.act) == ("asserts", "asserts")
    assert acts.left_to_rules(["we", "will", "help"], "pledges")


def test_a_denial_needs_a_word_of_denying_or_a_negation() -> None:
    focus = "the issue is the focus of not only the United States but also of Japan".split()
    assert acts.left_to_rules(focus, "denies")  # "not only" negates nothing
    assert not acts.left_to_rules("the reports are not true".split(), "denies")
    assert not acts.left_to_rules("the reports are pure speculation".split(), "denies")
    assert not acts.left_to_rules(focus, "asserts")


def test_where_the_speaker_stands_is_no_charge_without_a_word_of_wrongdoing() -> None:
    stands = "this country like russia is against militarization of space".split()
    assert acts.left_to_rules(stands, "accuses")  # opposition stated, not a charge
    assert acts.left_to_rules("we oppose any arms race in space".split(), "accuses")
    charge = "the country is against the illegal deployment".split()
    assert not acts.left_to_rules(charge, "accuses")  # "illegal" is a word of wrongdoing
    assert not acts.left_to_rules("they are arming the aggressor".split(), "accuses")


@pytest.mark.parametrize(
    ("attribution", "act"),
    [
        ("said Fyodor Tertitskiy, a historian of North Korea at Kookmin University", "assesses"),
        (
            "said Yossi Kuperwasser, head of the Jerusalem Institute for Strategy and Security",
            "assesses",
        ),
        (
            "says Sydney Seiler of the Center for Strategic and International Studies, a "
            "think-tank in Washington",
            "assesses",
        ),
        ("said Stephen Saideman, who holds the Paterson Chair at Carleton University", "assesses"),
        # an official heading a government centre states, as officials do
        ("said Andrii Kovalenko, head of the Centre for Countering Disinformation", "asserts"),
    ],
)
def test_an_analysts_plain_words_are_a_judgement(
    tmp_path: Path, attribution: str, act: str
) -> None:
    body = f'"The border is one of the most heavily mined places on earth," {attribution}.\n'
    ledger = _ledger(tmp_path, body)
    (draft,) = extract(ledger, ledger.sources["src-a"]).drafts
    assert draft.act == act


def test_a_third_partys_standing_word_on_arms_shipped_is_a_charge(tmp_path: Path) -> None:
    body = (
        "SEOUL -- The treaty took effect on Friday.\n\n"
        "The Biden administration says North Korea has shipped more than 16,500 containers of "
        "munitions to Russia.\n\n"
        "The Biden administration says North Korea has sent 11,000 troops to Russia.\n"
    )
    first, second = _acts_of(tmp_path, body)
    assert first == "accuses"
    # troops sent: 35 of 41 read codings accept "asserts", 28 "accuses"
    assert second in ("asserts", "accuses")


def _acts_of(tmp_path: Path, body: str) -> list[str]:
    ledger = _ledger(tmp_path, body)
    return [d.act for d in extract(ledger, ledger.sources["src-a"]).drafts]


def test_words_after_an_occasion_between_commas_are_read(tmp_path: Path) -> None:
    body = (
        "SEOUL -- Talks ended.\n\n"
        "South Korean Defence Minister Shin Won-sik had said on Sunday, in an interview with "
        "the broadcaster KBS, that Pyongyang was believed to be receiving Russian help.\n\n"
        "South Korean lawmakers said last week, citing the spy agency, that some officers "
        "were already at the front line and that more troops were likely to follow.\n"
    )
    assert _acts_of(tmp_path, body) == ["suspects", "predicts"]


def test_a_leaders_army_and_people_are_his_own_side(tmp_path: Path) -> None:
    body = (
        "SEOUL -- Talks ended.\n\n"
        "The agency quoted Kim Jong Un as saying that the North Korean army and people would "
        '"invariably support" the Russian army.\n\n'
        "Kim Jong Un said the Russian army would soon win.\n"
    )
    acts_found = _acts_of(tmp_path, body)
    assert acts_found[0] == "pledges"
    assert acts_found[1] != "pledges"  # another country's army


def test_what_called_judges_is_speech_without_quotation_marks(tmp_path: Path) -> None:
    body = (
        "SEOUL -- Talks ended.\n\n"
        "Moscow has previously called the monitoring team illegitimate.\n\n"
        "Japanese Chief Cabinet Secretary Hirokazu Matsuno called the launch a clear violation "
        "of UN Security Council resolutions.\n\n"
        "Kim Jong Un called a meeting of the politburo on Friday.\n"
    )
    assert _acts_of(tmp_path, body) == ["accuses", "accuses"]


def test_increasing_the_suffering_of_a_people_is_a_charge(tmp_path: Path) -> None:
    body = (
        "SEOUL -- Talks ended.\n\n"
        "The United States, South Korea and Japan said in a joint statement that the "
        'transfers "increase the suffering of the Ukrainian people."\n\n'
        'Russian officials said the sanctions "prolong the suffering of ordinary people."\n'
    )
    assert set(_acts_of(tmp_path, body)) == {"accuses"}


def test_harm_said_to_reach_the_speakers_side_is_a_warning(tmp_path: Path) -> None:
    body = (
        "SEOUL -- Talks ended.\n\n"
        '"The military cooperation between Russia and North Korea seriously affects the '
        'security of the region, including Japan," Yoshimasa Hayashi said.\n\n'
        '"What happens in Ukraine does not stay in Ukraine," Kaja Kallas said.\n\n'
        '"This opens a new page of instability in the world," Rustem Umerov said.\n\n'
        '"The talks went well," Rustem Umerov said.\n'
    )
    assert _acts_of(tmp_path, body) == ["warns", "warns", "warns", "asserts"]
