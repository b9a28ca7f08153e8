"""Denials that say the other side has no proof ("the US statements were 'not backed by any
evidence'", "the allegations were 'unsubstantiated'", "Washington had offered no evidence
for its claims"); an outlet's name that two outlets of the ledger go by: the source's own
outlet is the one meant; a middle initial in a new person's name ("Brian E. Nelson"); "the
centre" and "the centre's report" for the centre named before; no call where nobody is
obliged ("he doesn't have to explain"); no outlet found in a common noun ("The monitors")."""

from __future__ import annotations

from pathlib import Path

import pytest

from rnkclaims.authoring.extract import Extraction, extract
from rnkclaims.authoring.extract.clauses import clause_act
from rnkclaims.authoring.extract.resolution import split_title
from rnkclaims.ledger import load
from tests.conftest import BASE, write_ledger

PESKOV = """\
  - id: dmitry-peskov
    name: Dmitry Peskov
    kind: person
    country: RU
    aliases: [Peskov]
"""


def _extract(tmp_path: Path, body: str, base: str = BASE, outlet: str = "yonhap") -> Extraction:
    front = f"---\noutlet: {outlet}\ntitle: T\npublished: 2024-03-29\nlanguage: en\n---\n"
    ledger = load(write_ledger(tmp_path / "data", base, {"src-a": front + body}))
    return extract(ledger, ledger.sources["src-a"])


def _with_peskov(base: str = BASE) -> str:
    return base.replace("actors:\n", "actors:\n" + PESKOV, 1)


@pytest.mark.parametrize(
    "body",
    [
        'Peskov said at the time that the US statements were "not backed by any evidence."\n',
        'Peskov replied that the allegations were "unsubstantiated."\n',
        "Peskov said on Monday that the allegations were unsubstantiated.\n",
        "Asked about the containers on Monday, Peskov said Washington had offered no evidence "
        "for its claims.\n",
        'Peskov said Friday that the United States made such statements regularly "without any '
        'evidence," Russian news agencies reported.\n',
    ],
)
def test_no_proof_of_the_charge_denies_it(tmp_path: Path, body: str) -> None:
    result = _extract(tmp_path, body, _with_peskov())
    acts = [(d.speaker, d.act) for d in result.drafts]
    assert ("dmitry-peskov", "denies") in acts, acts


@pytest.mark.parametrize(
    "body",
    [
        # the speaker's own lack of evidence is no denial of another's charge
        "Peskov said on Monday that Russia had seen no evidence that the troops had moved.\n",
        "Peskov said the findings were not backed by the ministry's own count.\n",
    ],
)
def test_own_lack_of_evidence_is_no_denial(tmp_path: Path, body: str) -> None:
    result = _extract(tmp_path, body, _with_peskov())
    assert result.drafts, body
    assert all(d.act != "denies" for d in result.drafts), [d.act for d in result.drafts]


TWO_JOURNALS = BASE.replace(
    "outlets:\n",
    "outlets:\n"
    "  - id: desert-journal\n    name: Desert Journal\n    kind: newspaper\n"
    "    aliases: [The Journal]\n"
    "  - id: island-journal\n    name: Island Journal\n    kind: newspaper\n"
    "    aliases: [The Journal]\n",
    1,
)


@pytest.mark.parametrize("outlet", ["desert-journal", "island-journal"])
def test_a_name_two_outlets_share_is_the_sources_own(tmp_path: Path, outlet: str) -> None:
    body = (
        "A spokesperson for the Department of Foreign Affairs told The Journal that Ireland "
        'was "deeply concerned" by the reports.\n'
    )
    result = _extract(tmp_path, body, TWO_JOURNALS, outlet)
    assert result.drafts
    other = {"desert-journal", "island-journal"} - {outlet}
    for draft in result.drafts:
        hops = {str(h.get("via")) for h in draft.relay}
        assert not hops & other, draft.relay
        assert draft.speaker not in other


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            '"Russia is isolated," Brian E. Nelson, the Treasury\'s under secretary, said.\n',
            "brian-e-nelson",
        ),
        ("Rep. Michael T. McCaul said on Monday that Russia was desperate.\n", "michael-t-mccaul"),
    ],
)
def test_a_middle_initial_is_part_of_the_name(tmp_path: Path, body: str, speaker: str) -> None:
    result = _extract(tmp_path, body)
    assert [d.speaker for d in result.drafts] == [speaker], result.skipped


def test_an_initial_before_korea_is_no_middle_initial() -> None:
    assert split_title("Putin N. Korea".split())[1] == ["Korea"]
    assert split_title("Secretary Antony J. Blinken".split()) == (
        ["Secretary"],
        ["Antony", "J.", "Blinken"],
    )


def test_the_centre_and_its_report_are_the_centre_named_before(tmp_path: Path) -> None:
    body = (
        "Russia has shipped North Korea more than a million barrels of oil since March, "
        "according to the Open Source Centre, a London-based research group.\n\n"
        "The centre said the real total was likely higher.\n\n"
        '"This oil is a lifeline for Pyongyang," the centre\'s report said.\n'
    )
    result = _extract(tmp_path, body)
    assert [d.speaker for d in result.drafts] == ["open-source-centre"] * 3, result.skipped


@pytest.mark.parametrize(
    "words",
    [
        "Kim gets hard currency, and Putin gets soldiers he doesn't have to explain to Russian "
        "mothers,",
        "Pyongyang gets cash, and all it has to give up is soldiers it has plenty of,",
    ],
)
def test_no_obligation_is_no_call(words: str) -> None:
    assert clause_act(words, "person", True, lambda s: False) != "calls-for"
    assert clause_act("Russia has to stop this war now.", "person", True, lambda s: False) == (
        "calls-for"
    )


def test_a_common_noun_is_no_variant_of_an_outlets_name(tmp_path: Path) -> None:
    base = BASE.replace(
        "outlets:\n",
        "outlets:\n  - id: the-monitor\n    name: Concord Monitor\n    kind: newspaper\n"
        "    aliases: [the Monitor]\n",
        1,
    )
    body = "The monitors said they were investigating reports of arms shipments to Russia.\n"
    result = _extract(tmp_path, body, base)
    assert [d.speaker for d in result.drafts] != ["the-monitor"]
    assert result.drafts, result.skipped
