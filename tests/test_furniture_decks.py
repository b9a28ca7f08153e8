"""Page heads that ``source add`` proposes as furniture: a deck over a byline that is a
name alone ("Nora Whitfield", then the date), and a headline written as sentences with
its deck under it; a page whose first line after the headline is its news is untouched."""

from __future__ import annotations

from rnkclaims.authoring.extract.passages import detect_furniture

BARE_NAME = """\
Nation & World

Russia firing North Korean missiles at Ukraine, White House says

A Washington University expert says Pyongyang is using the war as a test range.

Nora Whitfield

Jan 5, 2024

WASHINGTON — Russia has begun firing ballistic missiles supplied by North Korea at Ukraine, \
the White House said Thursday.
"""

SENTENCE_HEADLINE = """\
WORLD

Russia has sent North Korea over a million barrels of oil, researchers say. It's part of the \
price of Kim's help.

Satellite images show tankers shuttling between a Russian port and North Korea. A Penn \
scholar says the payments are only beginning.

by Leah Marchetti

Updated Nov. 25, 2024, 5:00 a.m. ET

Russia has shipped North Korea more than a million barrels of oil since March, researchers \
said on Monday.
"""

NEWS_FIRST = """\
UK to expose North Korean munitions supply chains feeding Russia's war

The UK has today published new intelligence on the shipment of North Korean shells to Russia.

From: Ministry of Defence
Published 11 February 2025

Defence intelligence assesses that North Korea has sent more than 20,000 containers.
"""


def test_a_deck_over_a_bare_name_byline_is_furniture() -> None:
    found = detect_furniture(BARE_NAME)
    assert "A Washington University expert says Pyongyang is using the war as a test range." in (
        found
    )
    assert "Nora Whitfield" in found
    assert not any(f.startswith("WASHINGTON") for f in found)


def test_a_headline_in_sentences_and_its_deck_are_furniture() -> None:
    found = detect_furniture(SENTENCE_HEADLINE)
    assert any(f.startswith("Russia has sent North Korea over a million") for f in found), found
    assert any(f.startswith("Satellite images show tankers") for f in found), found
    assert not any(f.startswith("Russia has shipped") for f in found), found


def test_a_summary_over_a_from_line_is_not_a_deck() -> None:
    found = detect_furniture(NEWS_FIRST)
    assert not any(f.startswith("The UK has today published") for f in found), found


def test_a_syndication_line_is_furniture() -> None:
    text = (
        "SEOUL — North Korea has sent Russia millions of shells, officials said.\n\n"
        '"This cannot go on," the senator said.\n\n'
        "This article originally appeared on Corpus Christi Caller-Times: North Korea has "
        "sent Russia millions of shells, senator says\n\n"
        "Originally published as Putin says Russia will help North Korea build satellites\n"
    )
    found = detect_furniture(text)
    assert any(f.startswith("This article originally appeared on") for f in found), found
    assert any(f.startswith("Originally published as") for f in found), found
    assert not any("This cannot go on" in f for f in found), found


def test_a_deck_s_bullet_points_under_the_headline_are_furniture() -> None:
    text = (
        "Beijing keeps its distance as Putin and Kim sign defence pact\n\n"
        "\u2022 Chinese foreign ministry says the trip is a matter for two sovereign states\n"
        "\u2022 Analysts say Beijing is uneasy about an axis it cannot fully control\n\n"
        "Mia Tsang in Beijing\n\n"
        "Published: 9:30pm, 19 Jun 2024\n\n"
        "Putin's state visit is a bilateral exchange, China's foreign ministry said on "
        "Wednesday.\n\n"
        "\u2022 This point is in the body, after the lead.\n"
    )
    found = detect_furniture(text)
    assert any(f.startswith("\u2022 Chinese foreign ministry") for f in found), found
    assert any(f.startswith("\u2022 Analysts say") for f in found), found
    assert not any("in the body" in f or "bilateral" in f for f in found), found


def test_another_story_s_headline_inside_the_story_is_furniture() -> None:
    text = (
        "MOSCOW (AP) — North Korea's foreign minister met Putin on Tuesday, the Kremlin "
        "said.\n\n"
        "U.S. says North Korea supplied Russia with ballistic missiles used in Ukraine\n\n"
        "Putin pledges to build trade ties with North Korea "
        "\u2018not controlled by the West\u2019\n\n"
        "The minister said:\n\n"
        '"Our ties are growing," she said.\n\n'
        "Kim Jong Un says little in public\n"
    )
    found = detect_furniture(text)
    assert "U.S. says North Korea supplied Russia with ballistic missiles used in Ukraine" in found
    assert any(f.startswith("Putin pledges") for f in found), found
    assert not any(f.startswith(("The minister said", '"Our ties', "MOSCOW")) for f in found)


def test_a_question_or_a_turn_is_no_teaser() -> None:
    text = (
        "The minister took questions on Tuesday.\n\n"
        "Reporter from Kyodo: Seoul says more troops have gone to Russia\n\n"
        "Does the minister say more troops have gone to Russia?\n"
    )
    assert detect_furniture(text) == []
