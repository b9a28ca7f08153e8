"""Suggestions from the ledger's coded claims, stored on drafts as suggestions."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from conftest import BASE, BUNDLED, write_ledger
from typer.testing import CliRunner

from rnkclaims.authoring.suggest import (
    Method,
    Suggester,
    _negated_stems,
    _stem,
    contexts,
    reported_clause,
    suggest_all,
    value_said,
    words,
)
from rnkclaims.check import check
from rnkclaims.cli import app
from rnkclaims.ledger import Ledger, load, locate

runner = CliRunner()

DRAFTS = """\
  - id: d-accuses
    speaker: united-states
    source: src-a
    mode: reported
    excerpt: The US accuses North Korea of supplying Russia with ammunition.
    act: accuses
    draft: true
  - id: d-denies
    speaker: north-korea
    source: src-a
    mode: reported
    excerpt: Pyongyang denied any arms deals with Moscow
    act: denies
    draft: true
"""


def _root(tmp_path: Path) -> Path:
    write_ledger(tmp_path / "data", BASE + DRAFTS)
    return tmp_path / "data"


def test_a_denial_opposes_what_the_accusation_supports(tmp_path: Path) -> None:
    led = load(locate(_root(tmp_path)))
    drafts = [c for c in led.claims if c.get("draft")]
    got = suggest_all(led, drafts)
    accuse, deny = got["d-accuses"], got["d-denies"]
    assert (accuse.propositions[0].proposition, accuse.propositions[0].stance) == (
        "kp-arms-to-ru",
        "supports",
    )
    assert (deny.propositions[0].proposition, deny.propositions[0].stance) == (
        "kp-arms-to-ru",
        "opposes",
    )
    assert all(0 <= b.score <= 100 and b.reason for b in accuse.propositions)
    assert accuse.topics[0].topic == "arms-transfers"
    assert deny.certainty == "certain"


def test_reasons_name_the_claim_they_follow(tmp_path: Path) -> None:
    led = load(locate(_root(tmp_path)))
    deny = next(c for c in led.claims if c["id"] == "d-denies")
    suggester = Suggester(led)
    reasons = [b.reason for b in suggester.suggest(deny).propositions]
    suggester.close()
    assert any(r.startswith("like kp-denies, which opposes kp-arms-to-ru") for r in reasons)


def test_leaving_a_source_out_forgets_its_claims() -> None:
    led = load(locate(BUNDLED))
    claim = next(c for c in led.claims if c["id"] == "ukr25.blinken-reasons-to-believe")
    source = str(claim["source"])
    inside, outside = Suggester(led), Suggester(led, {source})
    try:
        assert any(c["source"] == source for c, _ in inside.neighbours(claim["excerpt"]))
        assert all(c["source"] != source for c, _ in outside.neighbours(claim["excerpt"]))
    finally:
        inside.close()
        outside.close()


def test_role_on_the_date(tmp_path: Path) -> None:
    led = load(locate(BUNDLED))
    suggester = Suggester(led)
    try:
        assert suggester.role({"speaker": "antony-blinken", "said": "2024-05-01"}) == (
            "secretary-of-state"
        )
        assert suggester.role({"speaker": "antony-blinken", "said": "2019"}) is None
    finally:
        suggester.close()


def test_cli_write_stores_suggestions_never_coding(tmp_path: Path) -> None:
    root = _root(tmp_path)
    result = runner.invoke(app, ["suggest", "src-a", "--ledger", str(root)])
    assert result.exit_code == 0, result.output
    assert "d-denies\n" in result.output and "opposes kp-arms-to-ru" in result.output
    before = (root / "claims.yaml").read_text()
    result = runner.invoke(app, ["suggest", "src-a", "--write", "--ledger", str(root)])
    assert result.exit_code == 0, result.output
    after = (root / "claims.yaml").read_text()
    assert after.startswith(before.split("  - id: d-accuses")[0])
    led = load(locate(root))
    deny = next(c for c in led.claims if c["id"] == "d-denies")
    assert "propositions" not in deny and "topics" not in deny
    assert deny["suggested"]["propositions"][0]["proposition"] == "kp-arms-to-ru"
    assert deny["suggested"]["propositions"][0]["stance"] == "opposes"
    # a second run replaces the suggestions instead of adding more
    assert runner.invoke(app, ["suggest", "--write", "--ledger", str(root)]).exit_code == 0
    assert (root / "claims.yaml").read_text().count("suggested:") == 2
    codes = [p.code for p in check(load(locate(root))).report.problems]
    assert codes.count("draft-claim") == 2 and "suggestion-pending" not in codes


def test_cli_without_drafts(tmp_path: Path) -> None:
    write_ledger(tmp_path / "data")
    result = runner.invoke(app, ["suggest", "--ledger", str(tmp_path / "data")])
    assert result.exit_code == 0 and "no draft" in result.output


def _coded(claim_id: str) -> tuple[Ledger, dict[str, Any], dict[str, Any]]:
    """A bundled claim, and the same claim stripped of its coding."""
    led = load(locate(BUNDLED))
    claim = next(c for c in led.claims if c["id"] == claim_id)
    coding = ("propositions", "topics", "certainty", "role")
    return led, claim, {k: v for k, v in claim.items() if k not in coding}


def test_a_negation_reaches_the_end_of_its_clause() -> None:
    text = "Russia and North Korea would not use space exploration as a front for weapons testing."
    assert {_stem(w) for w in ("weapons", "testing", "exploration")} <= _negated_stems(text)
    assert _stem("russia") not in _negated_stems(text)
    # a word also said outside the negation is not negated
    said = (
        "The DPRK space program has peaceful purposes, and it is against militarization of space."
    )
    assert _negated_stems(said) == {_stem("militarization")}


def test_of_two_incompatible_propositions_the_words_pick_one_and_oppose_the_other() -> None:
    led, claim, stripped = _coded("ibt15.pak-programme-peaceful")
    settled = Suggester(led, {claim["source"]})
    plain = Suggester(led, {claim["source"]}, Method(rivals=False))
    try:
        got = {b.proposition: b.stance for b in settled.suggest(stripped).propositions}
        before = {b.proposition: b.stance for b in plain.suggest(stripped).propositions}
    finally:
        settled.close()
        plain.close()
    assert got["dprk-space-programme-peaceful"] == "supports"
    assert got["dprk-space-programme-military"] == "opposes"
    assert before["dprk-space-programme-military"] == "supports"


def test_links_coded_together_are_learnt_per_stance() -> None:
    led = load(locate(BUNDLED))
    suggester = Suggester(led)
    try:
        supports = dict(suggester.together[("nk-arms-to-russia", "supports")])
        opposes = dict(suggester.together[("rnk-arms-deals", "opposes")])
    finally:
        suggester.close()
    coded = [c for c in led.claims if not c.get("draft")]
    with_arms = [c for c in coded if ("nk-arms-to-russia", "supports") in _links(c)]
    both = [c for c in with_arms if ("rnk-arms-deals", "supports") in _links(c)]
    assert supports[("rnk-arms-deals", "supports")] == len(both) / len(with_arms)
    # a denial's links imply other denials, never the accusations' support
    assert ("nk-arms-to-russia", "opposes") in opposes
    assert all(stance == "opposes" for _, stance in opposes)


def test_rare_words_of_a_proposition_weigh_more_than_common_ones() -> None:
    led, claim, stripped = _coded("ibt15.upi-tumen-road-bridge")
    suggester = Suggester(led, {claim["source"]})
    try:
        own = {_stem(w) for w in words(stripped["excerpt"])}
        evidence = {pid: s for pid, s, _ in suggester._word_evidence(stripped["excerpt"], own)}
        first = suggester.suggest(stripped).propositions[0]
    finally:
        suggester.close()
    assert max(evidence, key=evidence.__getitem__) == "rnk-tumen-road-bridge"
    assert (first.proposition, first.stance) == ("rnk-tumen-road-bridge", "supports")
    assert first.reason.startswith("shares words with rnk-tumen-road-bridge: ")


def test_weak_evidence_suggests_no_proposition_but_still_topics() -> None:
    led, claim, stripped = _coded("kh24.hill-watching")
    suggester = Suggester(led, {claim["source"]})
    try:
        got = suggester.suggest(stripped)
    finally:
        suggester.close()
    assert got.propositions == []
    assert [t.topic for t in got.topics][:1] == ["alliance-response"]


def _links(claim: dict[str, Any]) -> set[tuple[str, str]]:
    return {(b["proposition"], b["stance"]) for b in claim.get("propositions") or ()}


def test_the_text_before_a_draft_is_the_previous_other_excerpt_of_its_source() -> None:
    claims = [
        {"source": "a", "excerpt": "One."},
        {"source": "b", "excerpt": "Elsewhere."},
        {"source": "a", "excerpt": "Two."},
        {"source": "a", "excerpt": "Two."},  # the same sentence, another speaker
        {"source": "a", "excerpt": "Three."},
    ]
    assert contexts(claims) == ["", "", "One.", "One.", "Two."]


def test_word_families_share_a_stem() -> None:
    assert _stem("missile") == _stem("missiles")
    assert _stem("military") == _stem("militarization")
    assert _stem("cooperate") == _stem("cooperation") == _stem("cooperating")
    assert _stem("tumen") != _stem("technology")


def test_certainty_an_unhedged_claim_is_certain_and_a_new_hedge_graded_by_its_words(
    tmp_path: Path,
) -> None:
    # without Spiegel's, the bundled ledger's one unhedged accusation is "probable" (a
    # lead that drops the speaker's hedge): it no longer grades every unhedged accusation
    led = load(locate(BUNDLED))
    spiegel = {"2023-11-spiegel-rnk-protocol"}
    suggester = Suggester(led, spiegel)
    by_act = Suggester(led, spiegel, Method(certainty_by_act=True))
    try:
        accusation = {"act": "accuses", "excerpt": "The US accuses Russia of helping."}
        assert by_act.certainty(accusation) == "probable"
        assert suggester.certainty(accusation) == "certain"
        # hedges no coded claim uses are graded by the usual meaning of their words
        graded = {
            "probably": "probable",
            "it seems": "probable",
            "might": "possible",
            "perhaps": "possible",
            "was doubtful that": "doubtful",
            "is confident that ... will not": "doubtful",
        }
        for hedge, grade in graded.items():
            assert suggester.certainty({"act": "asserts", "hedge": hedge}) == grade, hedge
        # a word the ledger grades keeps the ledger's grade, and no hedging word gives none
        assert suggester.certainty({"act": "asserts", "hedge": "likely"}) == "probable"
        assert suggester.certainty({"act": "asserts", "hedge": "in a sense"}) is None
        no_words = Suggester(led, method=Method(hedge_words=False))
        assert no_words.certainty({"act": "asserts", "hedge": "perhaps"}) is None
        no_words.close()
    finally:
        suggester.close()
        by_act.close()


def test_an_unhedged_suspicion_is_probable() -> None:
    # "suspects": the speaker believes it without asserting it as fact (the vocabulary)
    led = load(locate(BUNDLED))
    suggester = Suggester(led)
    before = Suggester(led, method=Method(suspicion_probable=False))
    try:
        suspicion = {"act": "suspects", "excerpt": "Washington has suspected that ..."}
        assert suggester.certainty(suspicion) == "probable"
        assert before.certainty(suspicion) == "certain"
        assert suggester.certainty({**suspicion, "act": "accuses"}) == "certain"
        # a hedge keeps its own grade
        assert suggester.certainty({**suspicion, "hedge": "might"}) == "possible"
    finally:
        suggester.close()
        before.close()


def test_a_value_question_matches_where_the_text_gives_its_kind_of_value() -> None:
    day = "On what date did the delegations hold their talks?"
    year = "In what year did North Korea first test a solid-fuel missile?"
    when = "When was the next launch to take place?"
    assert value_said("date", day, "the talks were held in Pyongyang on Wednesday")
    assert value_said("date", day, "the summit on Sept. 14, 2023")
    assert not value_said("date", day, "officials discussed it this week")
    assert value_said("date", year, "This year, North Korea tested its first ICBM")
    assert not value_said("date", year, "state media reported on Wednesday that it tested")
    assert value_said("date", when, "it vowed to launch a satellite next month")
    assert not value_said("date", when, "it vowed to launch a satellite")
    assert value_said("place", "Where were the talks held?", "held talks in Pyongyang")
    assert not value_said("place", "Where were the talks held?", "In return, Russia helps")
    # in the ranking: a year question is not the first match of a text without a year
    led = load(locate(BUNDLED))
    suggester = Suggester(led, {"2023-11-spiegel-rnk-protocol"})
    plain = Suggester(led, {"2023-11-spiegel-rnk-protocol"}, Method(values=False))
    engines = {
        "act": "reports",
        "excerpt": "North Korean state media also reported on Wednesday that the country "
        'had successfully conducted tests of "new high-thrust solid-propellant engines" '
        "for intermediate-range ballistic missiles (IRBMs).",
    }
    try:
        by_kind = {b.proposition: b.score for b in suggester.suggest(engines).propositions}
        by_words = {b.proposition: b.score for b in plain.suggest(engines).propositions}
        year_q = "dprk-first-solid-icbm-test-year"
        assert by_kind.get(year_q, 0) < by_words[year_q]
    finally:
        suggester.close()
        plain.close()


def test_the_topics_of_an_articles_other_drafts_count_only_when_asked() -> None:
    led = load(locate(BUNDLED))
    source = "2023-09-yonhap-space-tabletop"
    claims = [
        {k: v for k, v in c.items() if k not in ("propositions", "topics", "suggested")}
        for c in led.claims
        if c.get("source") == source
    ]
    alone = Suggester(led, {source})
    pooled = Suggester(led, {source}, Method(article=True))
    try:
        plain = alone.suggest_many(claims)
        pairs = zip(claims, contexts(claims), strict=True)
        one_by_one = [alone.suggest(c, before) for c, before in pairs]
        assert [s.as_dict() for s in plain] == [s.as_dict() for s in one_by_one]
        with_article = pooled.suggest_many(claims)
        raised = 0
        # a topic the other drafts suggest raises a draft's own score for it, never lowers
        for mine, more in zip(plain, with_article, strict=True):
            theirs = {t.topic: t.score for t in more.topics}
            for t in mine.topics[:2]:
                assert theirs[t.topic] >= t.score
                raised += theirs[t.topic] > t.score
        assert raised >= len(claims) // 2
    finally:
        alone.close()
        pooled.close()


def test_of_two_incompatible_propositions_both_opposed_the_text_denies_the_one_it_names() -> None:
    led = load(locate(BUNDLED))
    leave_out = {"2015-04-ibtimes-rnk-space"}
    settled = Suggester(led, leave_out)
    both = Suggester(led, leave_out, Method(rivals_opposed=False))
    rose = {
        "act": "predicts",
        "excerpt": "Frank A. Rose, the U.S. assistant secretary for arms control, "
        "verification and compliance, expressed confidence that Russia and North Korea "
        "would not use space exploration as a front for weapons testing.",
    }
    try:
        before = {(b.proposition, b.stance) for b in both.suggest(rose).propositions}
        assert ("rnk-space-cooperation-peaceful", "opposes") in before
        assert ("rnk-space-cooperation-military", "opposes") in before
        after = settled.suggest(rose).propositions
        assert (after[0].proposition, after[0].stance) == (
            "rnk-space-cooperation-military",
            "opposes",
        )
        assert all(b.proposition != "rnk-space-cooperation-peaceful" for b in after)
    finally:
        settled.close()
        both.close()


def test_a_propositions_usual_topics_are_learnt_from_its_coded_claims_when_asked() -> None:
    led = load(locate(BUNDLED))
    declared = Suggester(led)
    learnt = Suggester(led, method=Method(topic_use=True))
    try:
        own = dict(declared.usual_topics("rnk-space-cooperation"))
        used = dict(learnt.usual_topics("rnk-space-cooperation"))
        assert own == {"space-cooperation": 1.0}
        # the yonhap claims on the allies' exercise link it with the allies' response
        assert used["space-cooperation"] == 1.0
        assert 0 < used["alliance-response"] < 1.0
    finally:
        declared.close()
        learnt.close()


PROPOSED = """\
  - id: d-proposed
    speaker: north-korea
    source: src-a
    mode: reported
    excerpt: Pyongyang denied any arms deals with Moscow
    act: denies
    hedge: May
    DRAFT
    suggested:
      said: SAID
      venue: VENUE
      remove: [REMOVE]
"""


def _validate(tmp_path: Path, **fill: str) -> tuple[int, list[dict[str, Any]]]:
    import json

    text = PROPOSED
    for key, value in {"DRAFT": "draft: true", "SAID": "unknown", "VENUE": "briefing",
                       "REMOVE": "hedge", **fill}.items():  # fmt: skip
        text = text.replace(key, value)
    root = tmp_path / "data"
    write_ledger(root, BASE + text)
    result = runner.invoke(app, ["validate", "-f", "json", "--no-cache", "--ledger", str(root)])
    return result.exit_code, json.loads(result.output)["problems"]


def test_validate_tells_a_proposed_field_from_a_reviewed_one(tmp_path: Path) -> None:
    # on a draft, proposed values are suggestions: only the draft itself is flagged
    code, problems = _validate(tmp_path / "a")
    assert code == 0 and [p["code"] for p in problems] == ["draft-claim"], problems
    led = load(locate(tmp_path / "a" / "data"))
    claim = next(c for c in led.claims if c["id"] == "d-proposed")
    assert "said" not in claim and "venue" not in claim and claim["hedge"] == "May"
    # on a reviewed claim, a proposal nobody took or refused is pending, at its line
    code, problems = _validate(tmp_path / "b", DRAFT="note: reviewed")
    assert [p["code"] for p in problems] == ["suggestion-pending"], problems
    assert "still has suggestions nobody reviewed" in problems[0]["message"]
    strict = runner.invoke(
        app, ["validate", "--strict", "--no-cache", "--ledger", str(tmp_path / "b" / "data")]
    )
    assert strict.exit_code == 1


def test_validate_checks_proposed_values_as_the_fields_they_would_fill(tmp_path: Path) -> None:
    cases = {
        "venue": ({"VENUE": "{kind: tent}"}, "bad-vocabulary"),
        "said": ({"SAID": "2031-01-01"}, "said-after-published"),
        "date": ({"SAID": "2023-13-40"}, "bad-date"),
        "remove": ({"REMOVE": "speaker"}, "bad-vocabulary"),
    }
    for name, (fill, expected) in cases.items():
        code, problems = _validate(tmp_path / name, **fill)
        errors = [p for p in problems if p["severity"] == "error"]
        assert code == 1 and [p["code"] for p in errors] == [expected], (name, problems)
        lines = (tmp_path / name / "data" / "claims.yaml").read_text().splitlines()
        assert next(iter(fill.values())) in lines[errors[0]["line"] - 1], errors[0]  # its line


def test_a_denial_opposes_what_the_accusations_before_it_support() -> None:
    led = load(locate(BUNDLED))
    spiegel = "2023-11-spiegel-rnk-protocol"
    ids = ("spg23.us-accuses-arms-supply", "spg23.us-russia-helps-military",
           "spg23.dprk-denies-arms-deals", "spg23.kcna-engine-tests")  # fmt: skip
    coding = ("propositions", "topics", "certainty", "role")
    claims = [
        {k: v for k, v in c.items() if k not in coding} for i in ids for c in led.claims
        if c["id"] == i
    ]  # fmt: skip
    answering, plain = Suggester(led, {spiegel}), Suggester(led, {spiegel}, Method(answers=False))
    try:
        deny = answering.suggest_many(claims)[2]
        before = plain.suggest_many(claims)[2]
    finally:
        answering.close()
        plain.close()
    got = {b.proposition: b for b in deny.propositions}
    was = {b.proposition: b for b in before.propositions}
    # "In return, Russia is helping ..." comes before "... have denied any form of arms deals"
    helps = got["russia-helps-nk-military"]
    assert helps.stance == "opposes" and helps.reason.startswith(
        "answers spg23.us-russia-helps-military"
    )
    assert helps.score > was["russia-helps-nk-military"].score
    assert got["nk-arms-to-russia"].score > was["nk-arms-to-russia"].score
    # the engine tests come after the denial: it answers nothing of them
    assert "dprk-solid-fuel-irbm" not in got
    assert all(b.stance == "opposes" for b in deny.propositions)


def test_a_hedges_grade_is_learnt_by_the_words_that_explain_it() -> None:
    # without Ukrinform's, the ledger's "they believe could" (possible) is the only hedge
    # with "believe": "could" explains its grade, so "believe" keeps its usual one
    led = load(locate(BUNDLED))
    ukrinform = {"2025-01-ukrinform-blinken-space-tech"}
    credited = Suggester(led, ukrinform)
    every_word = Suggester(led, ukrinform, Method(hedge_credit=False))
    try:
        hedge = {"act": "suspects", "hedge": "We have reasons to believe"}
        assert credited.certainty(hedge) == "probable"
        assert every_word.certainty(hedge) == "possible"
        assert credited.certainty({"act": "asserts", "hedge": "could"}) == "possible"
    finally:
        credited.close()
        every_word.close()


def test_an_unhedged_paraphrase_keeps_the_speakers_hedge() -> None:
    led = load(locate(BUNDLED))
    source = "2025-01-ukrinform-blinken-space-tech"
    coding = ("propositions", "topics", "certainty", "role")
    claims = [
        {k: v for k, v in c.items() if k not in coding}
        for c in led.claims
        if c.get("source") == source
    ]
    paraphrased, plain = (
        Suggester(led, {source}),
        Suggester(led, {source}, Method(paraphrase=False)),
    )
    try:
        found = paraphrased.suggest_many(claims), plain.suggest_many(claims)
        got = {c["id"]: s.certainty for c, s in zip(claims, found[0], strict=True)}
        was = {c["id"]: s.certainty for c, s in zip(claims, found[1], strict=True)}
    finally:
        paraphrased.close()
        plain.close()
    # the lead's "Russia intends to share ..." says what "We have reasons to believe that
    # Moscow intends to share ..." says: probable, as the speaker's own words (rule 7)
    lead = "ukr25.blinken-space-tech-for-weapons"
    assert (was[lead], got[lead]) == ("certain", "probable")
    # the same speaker's unhedged remark on something else stays certain
    assert got["ukr25.blinken-focus-of-allies"] == "certain"


def test_the_hedge_is_proposed_as_its_whole_phrase() -> None:
    from rnkclaims.authoring.hedges import hedge_phrase

    def phrase(excerpt: str, hedge: str | None = None) -> str | None:
        return hedge_phrase({"excerpt": excerpt, "hedge": hedge})

    assert phrase("We have reasons to believe Moscow will share it.", "reasons to believe") == (
        "We have reasons to believe"
    )
    assert phrase("a crisis which they believe could spread", "could") == "they believe could"
    assert phrase("noted the recently identified possibility of talks", "possibility") == (
        "the recently identified possibility of"
    )
    assert phrase("Washington has suspected that the North sought arms.") == "has suspected"
    assert phrase("He said the country hoped to begin launches this year.") == "hoped to"
    assert phrase('"It is reasonable to assume that most nations would," he said.') == (
        "It is reasonable to assume"
    )
    # nothing to grow, negated, a question, a modal with no belief before it
    assert phrase("Talks could resume.", "could") is None
    assert phrase("Officials did not expect to meet again.") is None
    assert phrase("Do they hope to meet again?") is None
    assert phrase("The minister said the talks went well.") is None


def test_words_dated_from_a_neighbouring_sentence_get_their_date(tmp_path: Path) -> None:
    from rnkclaims.authoring.hedges import dated_words

    led = load(locate(write_ledger(tmp_path / "data", BASE).root))
    claim = {"source": "src-a", "excerpt": "Pyongyang denied any arms deals with Moscow"}
    # published Wednesday 2023-09-20: "on Tuesday" is the 19th, words not in the excerpt
    got = dated_words(led, {**claim, "said": {"expression": "on Tuesday"}})
    assert got == {"date": "2023-09-19", "expression": "on Tuesday"}
    # words in the excerpt, a date already, words that give no one day: nothing
    inside = {**claim, "excerpt": "Pyongyang on Tuesday denied any arms deals"}
    assert dated_words(led, {**inside, "said": {"expression": "on Tuesday"}}) is None
    assert dated_words(led, {**claim, "said": {"date": "2023-09-19", "expression": "x"}}) is None
    assert dated_words(led, {**claim, "said": {"expression": "this week"}}) is None


def test_a_reported_clause_is_its_speakers_and_the_rest_the_outlets() -> None:
    sentence = (
        "The exercise came after Kim met Putin at Vostochny last Wednesday, raising concerns"
        " as Pyongyang has vowed to put a military spy satellite in orbit this year."
    )
    assert reported_clause(sentence) == (
        "Pyongyang has vowed to put a military spy satellite in orbit this year.",
        "The exercise came after Kim met Putin at Vostochny last Wednesday, raising concerns",
    )
    assert reported_clause("Pyongyang has vowed to launch a satellite.") is None
    assert reported_clause("Seoul said the allies would respond, as they did before.") is None
    led, claim, stripped = _coded("yna23.dprk-vow-satellite-this-year")
    got = {}
    for method in (Method(), Method(own_clause=False)):
        suggester = Suggester(led, {claim["source"]}, method)
        try:
            for speaker in ("dprk-government", "yonhap"):
                found = suggester.suggest({**stripped, "speaker": speaker})
                got[method.own_clause, speaker] = (
                    [b.proposition for b in found.propositions],
                    [t.topic for t in found.topics],
                )
        finally:
            suggester.close()
    # the vow is the DPRK's: not the summit that the outlet's own words report
    assert "vostochny-summit-date" not in got[True, "dprk-government"][0]
    assert got[True, "dprk-government"][1][:1] == ["dprk-space-programme"]
    assert got[True, "yonhap"][0][:1] == ["vostochny-summit-date"]
    # the whole sentence gives both voices the summit
    assert got[False, "dprk-government"][0][:1] == ["vostochny-summit-date"]
