"""Words a speaker added ("..., adding that Seoul would work with partners ..."): a
second claim where they do something the first does not, and the quoted passages of a
headline, which are listed as skipped furniture rather than dropped."""

from __future__ import annotations

from pathlib import Path

from rnkclaims.authoring.extract import Extraction, extract
from rnkclaims.ledger import load
from tests.conftest import BASE, write_ledger


def _extract(tmp_path: Path, body: str) -> Extraction:
    front = "---\noutlet: yonhap\ntitle: T\npublished: 2024-03-29\nlanguage: en\n---\n"
    paths = write_ledger(tmp_path / "data", BASE, {"src-a": front + body})
    ledger = load(paths)
    return extract(ledger, ledger.sources["src-a"])


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
    front = (
        "---\noutlet: yonhap\ntitle: \"PH 'closely monitoring' reports of North Korean troops "
        'in Russia: DFA"\npublished: 2024-10-24\nlanguage: en\n---\n'
    )
    paths = write_ledger(tmp_path / "data", BASE, {"src-a": front + body})
    ledger = load(paths)
    source = ledger.sources["src-a"]
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
    front = (
        "---\noutlet: yonhap\ntitle: \"Russia's envoy and Pyongyang's minister meet in Moscow\"\n"
        "published: 2024-10-24\nlanguage: en\n---\n"
    )
    paths = write_ledger(tmp_path / "data", BASE, {"src-a": front + body})
    ledger = load(paths)
    result = extract(ledger, ledger.sources["src-a"])
    assert not [s for s in result.skipped if s.kind == "quote"], result.skipped
