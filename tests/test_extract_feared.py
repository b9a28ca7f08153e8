"""A fear in a relative clause, the way wire leads write it: "... for talks that Washington
fears could seal an arms deal" is Washington's concern, drafted with its own speaker; a
fear with no outcome after it ("amid fears of a wider war") is a noun, neither drafted nor
listed as undrafted speech. A hint ("Putin hinted that Moscow could help ...", "indicated
that") is the speaker's claim too."""

from __future__ import annotations

from pathlib import Path

from rnkclaims.authoring.extract import Extraction
from rnkclaims.authoring.extract.acts import left_to_rules
from tests.conftest import extract_article


def _extract(tmp_path: Path, body: str) -> Extraction:
    return extract_article(tmp_path, body, "2023-09-13")


def test_talks_that_washington_fears_could_seal_an_arms_deal(tmp_path: Path) -> None:
    body = (
        "Russian President Vladimir Putin said on Wednesday that Moscow would help North "
        "Korea build satellites, after hosting Kim Jong Un at a remote spaceport for talks "
        "that Washington fears could seal an arms deal for the war in Ukraine.\n\n"
        "Putin showed Kim the launch pads, at a summit that Western governments fear will "
        "end in an arms deal.\n"
    )
    result = _extract(tmp_path, body)
    feared = [(d.speaker, d.act) for d in result.drafts if "arms deal" in d.excerpt]
    assert ("united-states", "expresses-concern") in feared, feared
    assert ("western-governments", "expresses-concern") in feared, feared
    # Putin's own claim is still his
    assert any(d.speaker == "vladimir-putin" for d in result.drafts), feared


def test_a_fear_with_no_outcome_is_a_noun(tmp_path: Path) -> None:
    body = (
        "Markets fell amid fears of a wider war on the Korean Peninsula.\n\n"
        "Those fears could grow, analysts said.\n\n"
        "Ukrainian refugees in Britain say they fear for relatives on the front line.\n"
    )
    result = _extract(tmp_path, body)
    assert not [d for d in result.drafts if "Markets fell" in d.excerpt]
    assert not [s for s in result.skipped if "Markets fell" in s.text], result.skipped
    assert [d.speaker for d in result.drafts if "could grow" in d.excerpt] == ["analysts"]
    # refugees are a group that speaks; the fear in their words is their own concern,
    # which the learned act may give ("fear" is no other party's act reported)
    families = [d.speaker for d in result.drafts if "relatives" in d.excerpt]
    assert families == ["ukrainian-refugees-in-britain"], families
    assert not left_to_rules(["they", "fear", "for", "relatives"], "expresses-concern")


def test_a_hint_is_the_speaker_s(tmp_path: Path) -> None:
    body = (
        "Russian President Vladimir Putin hinted that Moscow could help North Korea build "
        "satellites, after hosting Kim Jong Un at a remote spaceport.\n\n"
        "At the summit in September, Putin indicated that Russia would help Pyongyang with "
        "its space programme.\n"
    )
    result = _extract(tmp_path, body)
    speakers = [d.speaker for d in result.drafts]
    assert speakers == ["vladimir-putin", "vladimir-putin"], [
        (d.speaker, d.excerpt[:30]) for d in result.drafts
    ]
