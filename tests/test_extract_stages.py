"""Each stage of ``extract`` on short texts written for it, then whole articles in the
style of wire copy (datelines, relays, denials, dates, furniture)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from rnkclaims.authoring.extract import Extraction, analyse, detect_furniture, extract, find_verbs
from rnkclaims.authoring.extract.dating import said_value
from rnkclaims.authoring.extract.passages import find_dateline
from rnkclaims.authoring.extract.resolution import country_of, split_title
from rnkclaims.check import check
from rnkclaims.cli import app
from rnkclaims.dates import parse_date, resolve_expression
from rnkclaims.ledger import load
from rnkclaims.ledger.yamlread import parse_yaml
from tests.conftest import BASE, SOURCE_A, write_ledger

runner = CliRunner()

OUTLETS = """
  - id: reuters
    name: Reuters
    kind: wire-agency
  - id: afp
    name: Agence France-Presse
    kind: wire-agency
    aliases: [AFP]
"""


def _claims_yaml() -> str:
    assert "outlets:\n" in BASE
    return BASE.replace("outlets:\n", "outlets:\n" + OUTLETS.lstrip("\n"), 1)


def run(
    tmp_path: Path,
    body: str,
    published: str = "2023-09-13",
    outlet: str = "yonhap",
    extra: str = "",
) -> Extraction:
    front = (
        f"---\noutlet: {outlet}\ntitle: Test article\npublished: {published}\n"
        f"language: en\n{extra}---\n"
    )
    paths = write_ledger(tmp_path / "data", _claims_yaml(), {"src-a": front + body})
    ledger = load(paths)
    result = extract(ledger, ledger.sources["src-a"])
    text = ledger.sources["src-a"].text
    for draft in result.drafts:  # never an invented excerpt
        assert draft.excerpt == text[draft.start : draft.end]
        if draft.quote is not None:
            assert draft.quote in draft.excerpt
    return result


# -- passages: datelines and furniture -------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "dateline", "agency"),
    [
        ("VLADIVOSTOK, Russia, Sept 13 (Reuters) - Putin said",
         "VLADIVOSTOK, Russia, Sept 13 (Reuters) - ", "Reuters"),
        ("SEOUL, Nov. 23 (Yonhap) -- Shin said", "SEOUL, Nov. 23 (Yonhap) -- ", "Yonhap"),
        ("Seoul, Nov 23 (IANS) More than 10,000", "Seoul, Nov 23 (IANS) ", "IANS"),
        ("WASHINGTON (AP) \u2014 Russia has fired", "WASHINGTON (AP) \u2014 ", "AP"),
        ("Seoul, South Korea CNN \u2014 A large number", "Seoul, South Korea CNN \u2014 ", "CNN"),
        ("TAIPEI (Taiwan News) \u2014 North Korea has", "TAIPEI (Taiwan News) \u2014 ",
         "Taiwan News"),
        ("SEOUL, May 1 (AJP) - The bridge will", "SEOUL, May 1 (AJP) - ", "AJP"),
    ],
)  # fmt: skip
def test_datelines_are_found_with_their_agency(line: str, dateline: str, agency: str) -> None:
    found = find_dateline(line, 0, len(line))
    assert found is not None
    assert (line[found.start : found.end], found.agency) == (dateline, agency)


def test_a_news_agency_named_in_a_sentence_is_not_a_dateline() -> None:
    line = "Korean Central News Agency (KCNA) said on Wednesday that Kim had viewed photos."
    assert find_dateline(line, 0, len(line)) is None


def test_a_caption_with_a_name_in_brackets_is_not_a_dateline() -> None:
    line = "Kim Jong Un (Centre) - Russian President Vladimir Putin at the cosmodrome."
    assert find_dateline(line, 0, len(line)) is None


def test_the_dateline_is_cut_off_its_sentence() -> None:
    text = "MOSCOW, Sept 14 (Reuters) - Russian Foreign Minister Sergei Lavrov said on Thursday."
    (sentence,) = analyse(text).sentences
    assert text[sentence[0] : sentence[1]].startswith("Russian Foreign Minister")


def test_furniture_of_wire_copy_is_detected() -> None:
    text = (
        "Putin says Russia will help North Korea build satellites\n"
        "By Guy Faulconbridge\n"
        "Updated 9:14 AM EDT, Wed June 19, 2024\n\n"
        "MOSCOW, Sept 13 (Reuters) - Putin said on Wednesday that Russia would help.\n\n"
        "Read more:\nNorth Korea's Kim arrives in Russia by armoured train\n\n"
        "Kim later toured the launch site.\n\n"
        "Photo: Kim Jong Un attends a meeting in Pyongyang. (KCNA via Reuters)\n\n"
        "(Reporting by Guy Faulconbridge; Editing by Andrew Osborn)\n"
    )
    assert detect_furniture(text) == [
        "Putin says Russia will help North Korea build satellites",
        "By Guy Faulconbridge",
        "Updated 9:14 AM EDT, Wed June 19, 2024",
        "Read more:",
        "North Korea's Kim arrives in Russia by armoured train",
        "Photo: Kim Jong Un attends a meeting in Pyongyang. (KCNA via Reuters)",
        "(Reporting by Guy Faulconbridge; Editing by Andrew Osborn)",
    ]


def test_a_line_introducing_a_statement_is_no_headline() -> None:
    text = (
        "Cardin, Risch Statement on North Korean Troops\n\n"
        "WASHINGTON \u2013 Chairman Ben Cardin (D-Md.) and Ranking Member Jim Risch (R-Idaho) "
        "today released the following statement:\n\n"
        '"We will work with our partners in Seoul and Tokyo."\n'
    )
    assert detect_furniture(text) == ["Cardin, Risch Statement on North Korean Troops"]


def test_a_headline_ending_on_a_quoted_phrase_is_furniture() -> None:
    text = (
        'Minister says the pact is "purely defensive"\n\n'
        "Jan. 4, 2025 / By Ana Ruiz\n\n"
        "The minister said on Friday that the pact threatened nobody.\n"
    )
    assert detect_furniture(text) == [
        'Minister says the pact is "purely defensive"',
        "Jan. 4, 2025 / By Ana Ruiz",
    ]


def test_a_line_ending_on_a_quoted_sentence_with_its_stop_is_no_headline() -> None:
    text = '"We will not be intimidated."\n\nThe minister spoke in Vilnius on Friday.\n'
    assert detect_furniture(text) == []


@pytest.mark.parametrize(
    "stamp",
    ["By Lena Hartmann", "Published on 3 March 2025", "Agence Nord \u00b7 Posted: Mar 03, 2025"],
)
def test_a_sentence_between_the_headline_and_the_byline_is_the_deck(stamp: str) -> None:
    deck = "The envoy says the shipments will go on, officials in Tallinn said."
    text = (
        "Envoy warns on arms shipments\n\n"
        f"{deck}\n\n{stamp}\n\n"
        "The envoy told reporters on Monday that the shipments had doubled.\n"
    )
    assert detect_furniture(text)[:2] == ["Envoy warns on arms shipments", deck]


def test_the_lead_after_the_headline_is_no_deck() -> None:
    text = (
        "Envoy warns on arms shipments\n\n"
        "The envoy told reporters on Monday that the shipments had doubled.\n\n"
        "He said the trains ran every night.\n"
    )
    assert detect_furniture(text) == ["Envoy warns on arms shipments"]


def test_a_lone_line_is_not_taken_for_a_headline() -> None:
    assert detect_furniture('Hill said: "The ability to continue is at the crux of it\n') == []


def test_a_quotation_ending_in_a_credit_is_not_a_caption() -> None:
    text = 'Body starts here.\n"The DPRK maintains counterspace capabilities." (Yonhap)\n'
    assert detect_furniture(text) == []


# -- attribution -------------------------------------------------------------------------------


def _verbs(text: str) -> list[tuple[str, str, str]]:
    a = analyse(text)
    return [(v.phrase, text[v.np_start : v.np_end], v.form) for v in find_verbs(a, 0, len(text))]


def test_the_united_states_is_not_a_speaker_united_and_a_verb() -> None:
    text = "The United States has accused North Korea of supplying Russia with shells."
    assert _verbs(text) == [("accused", "The United States", "verb")]


def test_cited_as_saying_gives_the_speaker_and_the_carrier() -> None:
    text = "KCNA quoted the official as saying the launch was a success."
    a = analyse(text)
    (verb,) = find_verbs(a, 0, len(text))
    assert text[verb.np_start : verb.np_end] == "the official"
    assert verb.relay is not None and text[verb.relay[0] : verb.relay[1]] == "KCNA"


def test_participle_and_coordinated_verbs_take_the_clause_subject() -> None:
    text = "Chinese spokesman Lin Jian declined to comment, saying it was a bilateral matter."
    assert _verbs(text) == [("saying", "Chinese spokesman Lin Jian", "participle")]
    text = "Putin thanked Pyongyang for its support and pledged to strengthen cooperation."
    assert _verbs(text) == [("thanked", "Putin", "verb"), ("pledged", "Putin", "coordinate")]


def test_negated_speech_is_marked() -> None:
    a = analyse("The embassy did not respond. Russian state television said nothing about it.")
    assert all(v.negated for v in find_verbs(a, 0, len(a.text)))


def test_a_speaker_in_a_relative_clause() -> None:
    text = "The official, who spoke on condition of anonymity, said the leaders could meet."
    assert _verbs(text) == [("said", "The official", "verb")]


def test_nominal_claims() -> None:
    text = "Pyongyang rejected the US accusation that it was supplying arms."
    assert ("accusation", "US", "nominal") in _verbs(text)


# -- resolution --------------------------------------------------------------------------------


def test_title_and_name_are_split() -> None:
    words = "White House spokesman for the National Security Council John Kirby".split()
    title, name = split_title(words)
    assert name == ["John", "Kirby"]
    assert " ".join(title) == "White House spokesman for the National Security Council"
    assert split_title("Maj. Gen. Pat Ryder".split())[1] == ["Pat", "Ryder"]


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("NATO Secretary-General Mark Rutte", "Mark Rutte"),
        ("UN Under-Secretary-General Rosemary DiCarlo", "Rosemary DiCarlo"),
        ("Vice-President Kamala Harris", "Kamala Harris"),
        ("US Deputy Secretary of State Kurt Campbell", "Kurt Campbell"),
        ("press secretary Karine Jean-Pierre", "Karine Jean-Pierre"),  # a hyphen in a name
        # a portfolio's last word is no name
        ("Minister of External Economic Relations Yun Jong Ho", "Yun Jong Ho"),
        ("Minister of Natural Resources and Environment Alexander Kozlov", "Alexander Kozlov"),
        # a country of two words before the name is no part of it
        ("Russian Ambassador to South Korea Georgy Zinoviev", "Georgy Zinoviev"),
        # a place is no person, though a name opens it
        ("Kim Il Sung Square", ""),
        ("Rep. Park", "Park"),  # a family name, though parks are places
    ],
)
def test_a_title_with_hyphens_or_a_portfolio_is_no_part_of_the_name(phrase: str, name: str) -> None:
    assert " ".join(split_title(phrase.split())[1]) == name


def test_country_of_a_phrase() -> None:
    assert country_of("North Korea's defense ministry".split()) == "KP"
    assert country_of("Russian state television".split()) == "RU"
    assert country_of("The Pentagon".split()) == "US"
    assert country_of("the think tank".split()) is None
    assert country_of("Thai Foreign Minister".split()) == "TH"
    assert country_of("Bulgaria's government".split()) == "BG"
    assert country_of("the Vietnamese delegation".split()) == "VN"


def test_proposed_person_with_role_kind_and_country(tmp_path: Path) -> None:
    body = "US State Department spokesman Ned Price said on Tuesday that talks had stalled.\n"
    result = run(tmp_path, body)
    (actor,) = result.new_actors
    assert actor["id"] == "ned-price" and actor["name"] == "Ned Price"
    assert (actor["kind"], actor["country"]) == ("person", "US")
    (role,) = actor["roles"]
    assert (role["title"], role["organisation"], role["from"]) == (
        "spokesman",
        "US State Department",
        "2023-09-13",
    )


@pytest.mark.parametrize(
    ("subject", "kind", "country"),
    [
        ("Ukrainian intelligence services", "organisation", "UA"),
        ("South Korean lawmakers", "collective", "KR"),
        ("Russian state television", "state-media", "RU"),
        ("Japan", "government", "JP"),
    ],
)
def test_kinds_of_proposed_actors(tmp_path: Path, subject: str, kind: str, country: str) -> None:
    result = run(tmp_path, f"{subject} said the troops had arrived.\n")
    (actor,) = result.new_actors
    assert (actor["kind"], actor.get("country")) == (kind, country)


def test_one_actor_per_entity_and_no_fragments(tmp_path: Path) -> None:
    body = (
        "National security spokesman John Kirby said on Monday that shells were sent.\n"
        "Kirby said the shipments began in August.\n"
        '"We will respond," Kirby told reporters.\n'
    )
    result = run(tmp_path, body)
    assert [a["id"] for a in result.new_actors] == ["john-kirby"]
    assert {d.speaker for d in result.drafts} == {"john-kirby"}


def test_a_known_actor_is_matched_by_a_close_name(tmp_path: Path) -> None:
    result = run(tmp_path, "Deputy Assistant Secretary John Hil said the talks were useful.\n")
    assert [(d.speaker, d.resolved_by) for d in result.drafts] == [("john-hill", "fuzzy")]
    assert result.new_actors == []


def test_acronym_defined_in_the_text_is_an_alias(tmp_path: Path) -> None:
    body = (
        "The National Intelligence Service (NIS) told lawmakers the troops had arrived.\n"
        "Some units were seen in Kursk on Wednesday, the NIS said.\n"
    )
    result = run(tmp_path, body)
    assert [d.speaker for d in result.drafts] == ["national-intelligence-service"] * 2
    assert result.new_actors[0]["aliases"] == ["NIS"]


# -- dates -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("expression", "published", "first", "last"),
    [
        ("on Nov. 23", "2023-12-01", "2023-11-23", "2023-11-23"),
        ("on Dec. 30", "2024-01-02", "2023-12-30", "2023-12-30"),
        ("in September", "2023-11-23", "2023-09-01", "2023-09-30"),
        ("last week", "2023-09-13", "2023-09-04", "2023-09-10"),
        ("earlier this month", "2023-09-13", "2023-09-01", "2023-09-12"),
        ("this month", "2023-09-13", "2023-09-01", "2023-09-13"),
        ("earlier this week", "2024-11-22", "2024-11-18", "2024-11-21"),
        ("this week", "2024-11-22", "2024-11-18", "2024-11-22"),
        ("earlier this week", "2024-11-18", "2024-11-18", "2024-11-18"),  # nothing before
        ("earlier this year", "2024-03-05", "2024-01-01", "2024-03-04"),
    ],
)
def test_expressions_resolve_against_publication(
    expression: str, published: str, first: str, last: str
) -> None:
    resolved = resolve_expression(expression, parse_date(published))
    assert (str(resolved.earliest), str(resolved.latest)) == (first, last)


def test_said_keeps_the_words_rnkclaims_resolves_and_dates_the_others() -> None:
    published = parse_date("2023-09-13")
    assert said_value("last week", published) == {"expression": "last week"}
    assert said_value("On Wednesday", published) == {"expression": "on Wednesday"}
    assert said_value("This week", published) == {"expression": "this week"}
    assert said_value("in May", published) == {"date": "2023-05", "expression": "in May"}


def test_a_leading_work_made_public_on_a_date_dates_what_it_says(tmp_path: Path) -> None:
    given = (
        "In its latest report, made public earlier this month, the Panel of Experts said it "
        "was investigating reports of arms transfers.\n"
    )
    (draft,) = run(tmp_path / "given", given).drafts
    assert draft.said == {"expression": "earlier this month"}
    undated = (
        "In its latest report, which runs to 600 pages, the Panel of Experts said it was "
        "investigating reports of arms transfers.\n"
    )
    (draft,) = run(tmp_path / "undated", undated).drafts
    assert draft.said is None


@pytest.mark.parametrize(("verb", "said"), [("insists", "unknown"), ("said", "2023-09-12")])
def test_a_position_held_in_the_present_takes_no_date_from_the_speakers_last(
    tmp_path: Path, verb: str, said: str
) -> None:
    body = (
        "Pyongyang said on Tuesday the launch had succeeded.\n\n"
        f"Launches are barred under U.N. resolutions, but Pyongyang {verb} its space programme "
        "is a legitimate exercise of its sovereign rights.\n"
    )
    drafts = run(tmp_path, body).drafts
    last = drafts[-1].said
    assert (last if isinstance(last, str) else (last or {}).get("date")) == said


def test_a_day_of_the_month_with_no_month_is_of_the_latest_such_day() -> None:
    assert said_value("on the 11th", parse_date("2023-09-13")) == {
        "date": "2023-09-11",
        "expression": "on the 11th",
    }
    assert said_value("on the 30th", parse_date("2024-03-02")) is None  # no 30 February
    assert said_value("on the 31st", parse_date("2024-01-02")) == {
        "date": "2023-12-31",
        "expression": "on the 31st",
    }


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        ("On Wednesday, Hill said the talks went well.",
         {"expression": "on Wednesday"}),
        ("Hill told reporters in Tokyo on Tuesday that talks went well.",
         {"expression": "on Tuesday"}),
        ("Hill on Monday rejected the reports.",
         {"expression": "on Monday"}),
        ("Hill said earlier this month that talks went well.",
         {"expression": "earlier this month"}),
        ("Hill said on Sept. 5 that talks went well.",
         {"date": "2023-09-05", "expression": "on Sept. 5"}),
        ("Troops were seen in Kursk on Wednesday, Hill said.", None),
        ("Hill said early Thursday that talks went well.", {"expression": "Thursday"}),
        ("Hill told reporters late on Tuesday that talks went well.",
         {"expression": "Tuesday"}),
        ("Troops were seen in Kursk early Wednesday, Hill said.", None),
        ("Hill acknowledged for the first time, on Monday, that troops were there.",
         {"expression": "on Monday"}),
        ("On the 11th, Hill said the talks went well.",
         {"date": "2023-09-11", "expression": "on the 11th"}),
        ("Troops were there. This was stated by Pentagon spokesman Major General Pat "
         "Hill at a briefing on Sept. 5.",
         {"date": "2023-09-05", "expression": "on Sept. 5"}),
        ("Hill said troops arrived on the 11th of the month.", None),
    ],
)  # fmt: skip
def test_the_statement_date_not_the_event_date(
    tmp_path: Path, sentence: str, said: dict[str, str] | None
) -> None:
    (draft,) = run(tmp_path, sentence + "\n").drafts
    assert draft.said == said


def test_relay_date_when_the_speaker_has_none(tmp_path: Path) -> None:
    body = "Hill said the talks went well, TASS reported on Tuesday.\n"
    (draft,) = run(tmp_path, body).drafts
    assert draft.said == {"expression": "on Tuesday"}
    assert draft.relay == [{"via": "tass", "how": "report"}]


# -- drafting: acts, relays, hedges, skipped ---------------------------------------------------


@pytest.mark.parametrize(
    ("verb", "act"),
    [
        ("dismissed", "denies"), ("rejected", "denies"), ("refuted", "denies"),
        ("urged", "calls-for"), ("called for", "calls-for"), ("hailed", "asserts"),
        ("welcomed", "asserts"), ("promised", "pledges"), ("vowed", "pledges"),
        ("warned", "warns"), ("announced", "announces"), ("condemned", "accuses"),
    ],
)  # fmt: skip
def test_verb_families(tmp_path: Path, verb: str, act: str) -> None:
    (draft,) = run(tmp_path, f"Pyongyang {verb} the plan on Tuesday.\n").drafts
    assert (draft.speaker, draft.act) == ("north-korea", act)


def test_a_participle_denial_makes_a_denial(tmp_path: Path) -> None:
    body = "Pyongyang said on Tuesday it sent no arms, denying the US accusation that it did.\n"
    drafts = run(tmp_path, body).drafts
    # the denial, and the accusation it answers (a nominal claim of the US)
    assert [(d.speaker, d.act) for d in drafts] == [
        ("north-korea", "denies"),
        ("united-states", "accuses"),
    ]


def test_said_should_is_a_call(tmp_path: Path) -> None:
    (draft,) = run(tmp_path, "Hill said Pyongyang should stop its launches.\n").drafts
    assert draft.act == "calls-for"


def test_according_to_an_agency_is_a_relay_not_a_speaker(tmp_path: Path) -> None:
    body = '"We are not violating anything," Hill told reporters, according to TASS.\n'
    (draft,) = run(tmp_path, body).drafts
    assert (draft.speaker, draft.relay) == ("john-hill", [{"via": "tass", "how": "report"}])


def test_dateline_agency_and_source_agencies_are_default_relays(tmp_path: Path) -> None:
    body = "SEOUL, Sept 13 (Reuters) - Hill said the talks went well.\n"
    (draft,) = run(tmp_path, body).drafts
    assert draft.relay == [{"via": "reuters", "how": "wire report"}]
    (draft,) = run(tmp_path / "b", "Hill said it.\n", extra="agencies: [afp]\n").drafts
    assert draft.relay == [{"via": "afp", "how": "wire report"}]


def test_hedge_only_when_the_speaker_used_it(tmp_path: Path) -> None:
    drafts = run(tmp_path, "Russia could soon send jets to Pyongyang, Hill said.\n").drafts
    assert drafts[0].hedge == "could"
    narrated = "In a move that could worry Seoul, Hill said the jets were sent.\n"
    (draft,) = run(tmp_path / "b", narrated).drafts
    assert draft.hedge is None


def test_nothing_is_dropped_silently(tmp_path: Path) -> None:
    body = (
        "Allies seek answers\n\n"
        "The embassy did not say whether the ships had left.\n"
        '"This is a complete fabrication and nothing else."\n'
        "Hill said the talks went well.\n"
    )
    result = run(tmp_path, body)
    assert [d.speaker for d in result.drafts] == ["john-hill"]
    reasons = [(s.kind, s.reason.split(":")[0]) for s in result.skipped]
    assert ("reported", "negated") in reasons
    assert (
        "quote",
        "no speech verb attributes it and no quotation before it gives a speaker",
    ) in reasons


# -- the command: valid YAML, --explain, the summary -------------------------------------------


def test_a_speaker_across_a_line_break_keeps_the_yaml_valid(tmp_path: Path) -> None:
    front = "---\noutlet: yonhap\ntitle: T\npublished: 2023-09-13\nlanguage: en\n---\n"
    body = (
        "The deputy head of the newly formed Space Technology Development\n"
        "Committee Kim Pyong Chol said the satellite was ready for its launch soon.\n"
        "More text follows here so that the lines look wrapped at about sixty chars.\n"
    )
    write_ledger(tmp_path / "data", _claims_yaml(), {"src-a": SOURCE_A, "src-new": front + body})
    result = runner.invoke(app, ["extract", "src-new", "--ledger", str(tmp_path / "data")])
    assert result.exit_code == 0, result.output
    doc = parse_yaml(result.stdout, "<stdout>")
    assert doc.problems == []
    assert doc.data["claims"][0]["speaker"] == "kim-pyong-chol"


def test_explain_lists_the_skipped_passages(tmp_path: Path) -> None:
    front = "---\noutlet: yonhap\ntitle: T\npublished: 2023-09-13\nlanguage: en\n---\n"
    body = "Hill said the talks went well.\nThe embassy did not say whether ships left.\n"
    root = tmp_path / "data"
    write_ledger(root, _claims_yaml(), {"src-a": SOURCE_A, "src-new": front + body})
    plain = runner.invoke(app, ["extract", "src-new", "--ledger", str(root)])
    assert "1 passage(s) skipped (--explain to list them)" in plain.stderr
    explained = runner.invoke(app, ["extract", "src-new", "--explain", "--ledger", str(root)])
    assert explained.exit_code == 0
    assert "src-new.txt:8: skipped reported (negated: no claim is made ('say' is denied))" in (
        explained.stderr
    )


def test_a_scare_quoted_term_in_narration_is_listed_not_dropped(tmp_path: Path) -> None:
    front = "---\noutlet: yonhap\ntitle: T\npublished: 2023-09-13\nlanguage: en\n---\n"
    body = (
        'The tests are essential, given the "malicious" collusion of its enemies.\n'
        'Hill said the "historic" talks went well.\n'
    )
    root = tmp_path / "data"
    write_ledger(root, _claims_yaml(), {"src-a": SOURCE_A, "src-new": front + body})
    explained = runner.invoke(app, ["extract", "src-new", "--explain", "--ledger", str(root)])
    assert explained.exit_code == 0, explained.output
    assert "1 draft claim(s) from src-new" in explained.stderr
    assert "1 passage(s) skipped" in explained.stderr
    assert (
        "src-new.txt:7: skipped term (a short quoted term in a sentence no speech verb "
        "attributes)" in explained.stderr
    )
    # a quoted term inside a drafted claim's excerpt is covered, not listed
    assert "src-new.txt:8: skipped" not in explained.stderr


def test_the_month_may_is_no_hedge_and_the_modal_after_it_is(tmp_path: Path) -> None:
    front = "---\noutlet: yonhap\ntitle: T\npublished: 2023-09-13\nlanguage: en\n---\n"
    body = (
        "Hill said Kim would visit Moscow on May 9.\n"
        "Hill said on May 10 that Kim may visit Moscow again.\n"
    )
    root = tmp_path / "data"
    write_ledger(root, _claims_yaml(), {"src-a": SOURCE_A, "src-new": front + body})
    result = runner.invoke(app, ["extract", "src-new", "--ledger", str(root)])
    assert result.exit_code == 0, result.output
    claims = parse_yaml(result.stdout, "<stdout>").data["claims"]
    assert [c.get("hedge") for c in claims] == [None, "may"]


def test_written_drafts_and_proposed_actors_validate(tmp_path: Path) -> None:
    front = "---\noutlet: yonhap\ntitle: T\npublished: 2023-09-13\nlanguage: en\n---\n"
    body = (
        "SEOUL, Sept 13 (Reuters) - Russian President Vladimir Putin said on Wednesday that "
        "Russia would help North Korea build satellites.\n"
        '"That is why we came here," Putin told reporters.\n'
        "The Pentagon said last week that talks were advancing.\n"
        "Ukrainian intelligence services said earlier this month that 12,000 troops were ready.\n"
    )
    root = tmp_path / "data"
    write_ledger(root, _claims_yaml(), {"src-a": SOURCE_A, "src-new": front + body})
    assert check(load(write_ledger_paths(root))).report.errors == []
    result = runner.invoke(app, ["extract", "src-new", "--write", "--ledger", str(root)])
    assert result.exit_code == 0, result.output
    assert check(load(write_ledger_paths(root))).report.errors == []
    text = (root / "claims.yaml").read_text(encoding="utf-8")
    for expected in ("id: vladimir-putin", "id: pentagon", "id: ukrainian-intelligence-services"):
        assert expected in text


def write_ledger_paths(root: Path):  # type: ignore[no-untyped-def]
    from rnkclaims.ledger import locate

    return locate(root)


def test_furniture_of_hard_wrapped_text_keeps_the_first_paragraph() -> None:
    text = (
        "US says North Korea delivered containers of arms to Russia\n\n"
        "The United States said on Friday that North Korea had delivered more\n"
        "than 1,000 containers of military equipment and munitions to Russia for\n"
        "use in its war in Ukraine, and released images it said showed them.\n\n"
        "White House spokesman John Kirby told reporters the shipments were made\n"
        "between Sept. 7 and Oct. 1 by ship and then by rail to a depot in Russia.\n\n"
        "(Reporting by Steve Holland; Editing by Chizu Nomiyama)\n"
    )
    assert detect_furniture(text) == [
        "US says North Korea delivered containers of arms to Russia",
        "(Reporting by Steve Holland; Editing by Chizu Nomiyama)",
    ]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # a body's spokesperson speaks for the body
        ("A spokesperson for the Pentagon said the missiles were tested.", "pentagon"),
        # the title in the head, the name in the appositive
        ("Ukraine's ambassador to South Korea, Dmytro Ponomarenko, said Kyiv needs air defenses.",
         "dmytro-ponomarenko"),
        # "said" before an anonymous speaker
        ('"We will not stop," said a senior administration official, who asked not to be named.',
         "senior-administration-official"),
        # a title held by one person through these years
        ("The North Korean leader praised the Russian army in a letter.", "kim-jong-un"),
        # one coordinated subject, not "and about 50 other countries"
        ("The United States and about 50 other countries condemned the launch.", "united-states"),
    ],
)  # fmt: skip
def test_speaker_phrases(tmp_path: Path, body: str, speaker: str) -> None:
    drafts = run(tmp_path, body + "\n").drafts
    assert speaker in [d.speaker for d in drafts], [(d.speaker, d.speaker_text) for d in drafts]


def test_generic_state_media_is_the_state_medium_of_the_country(tmp_path: Path) -> None:
    claims = _claims_yaml().replace(
        "outlets:\n",
        "  - id: kcna\n    name: Korean Central News Agency\n    kind: state-media\n"
        "    country: KP\noutlets:\n",
        1,
    )
    front = "---\noutlet: yonhap\ntitle: T\npublished: 2023-09-13\nlanguage: en\n---\n"
    body = "North Korean leader Kim Jong Un hailed the treaty, state media reported on Thursday.\n"
    paths = write_ledger(tmp_path / "data", claims, {"src-a": front + body})
    ledger = load(paths)
    (draft,) = extract(ledger, ledger.sources["src-a"]).drafts
    assert draft.speaker == "kim-jong-un"
    assert draft.relay == [{"via": "kcna", "how": "report"}]


def test_proposed_actors_named_only_as_relays_are_written_too(tmp_path: Path) -> None:
    front = "---\noutlet: yonhap\ntitle: T\npublished: 2023-09-13\nlanguage: en\n---\n"
    body = (
        "Lavrov told Choe that Moscow valued the support, according to a readout released "
        "by the Russian foreign ministry.\n"
        "The NIS told lawmakers the troops had moved, according to Lee Seong-kweun, a member "
        "of the intelligence committee.\n"
    )
    root = tmp_path / "data"
    write_ledger(root, _claims_yaml(), {"src-a": SOURCE_A, "src-new": front + body})
    result = runner.invoke(app, ["extract", "src-new", "--write", "--ledger", str(root)])
    assert result.exit_code == 0, result.output
    ledger = load(write_ledger_paths(root))
    relays = {h["via"] for c in ledger.claims if c.get("draft") for h in c.get("relay") or []}
    assert relays == {"russian-foreign-ministry", "lee-seong-kweun"}
    assert relays <= {str(a["id"]) for a in ledger.actors}


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # a different person who shares a known actor's surname
        ("Washington's envoy for North Korea, Jung Pak, said the allies would keep up pressure.",
         "jung-pak"),
        # "the sister of" someone is not that someone
        ("The powerful sister of North Korean leader Kim Jong Un warned of a disaster.",
         "kim-yo-jong"),
        # the conjunction is not part of the subject
        ("Officials gave no evidence, and analysts said the warning was a pretext.", "analysts"),
        ("A British think tank said on Tuesday that ships had made several trips.",
         "british-think-tank"),
    ],
)  # fmt: skip
def test_more_speaker_phrases(tmp_path: Path, body: str, speaker: str) -> None:
    claims = _claims_yaml().replace(
        "outlets:\n",
        "  - id: pak-hyon-su\n    name: Pak Hyon Su\n    kind: person\n    aliases: [Pak]\n"
        "outlets:\n",
        1,
    )
    front = "---\noutlet: yonhap\ntitle: T\npublished: 2023-09-13\nlanguage: en\n---\n"
    paths = write_ledger(tmp_path / "data", claims, {"src-a": front + body + "\n"})
    ledger = load(paths)
    drafts = extract(ledger, ledger.sources["src-a"]).drafts
    assert [d.speaker for d in drafts] == [speaker], [(d.speaker, d.speaker_text) for d in drafts]


def test_a_national_anaphor_refers_only_to_that_nation(tmp_path: Path) -> None:
    body = (
        "Japanese Defence Minister Minoru Kihara said the missile fell inside the zone.\n"
        "The Chinese foreign ministry urged all sides to exercise restraint.\n"
    )
    drafts = run(tmp_path, body).drafts
    assert [d.speaker for d in drafts] == ["minoru-kihara", "chinese-foreign-ministry"]


def _with_kcna() -> str:
    return _claims_yaml().replace(
        "outlets:\n",
        "  - id: kcna\n    name: Korean Central News Agency\n    kind: state-media\n"
        "    country: KP\n    aliases: [KCNA]\noutlets:\n",
        1,
    )


def _extract(tmp_path: Path, body: str, claims: str | None = None) -> Extraction:
    front = "---\noutlet: yonhap\ntitle: T\npublished: 2023-12-08\nlanguage: en\n---\n"
    paths = write_ledger(tmp_path / "data", claims or _with_kcna(), {"src-a": front + body})
    ledger = load(paths)
    return extract(ledger, ledger.sources["src-a"])


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # a body's id is formed from the words the copy writes, not rewritten
        ("Japan's defence ministry said the flights were unusual.", "japan-s-defence-ministry"),
        ("The Japanese defence ministry said the flights were unusual.",
         "japanese-defence-ministry"),
        ("Tokyo's defence ministry said the flights were unusual.", "tokyo-s-defence-ministry"),
        ("The defence ministry in Tokyo said the flights were unusual.",
         "defence-ministry-in-tokyo"),
        ("The South's unification ministry said the talks were off.",
         "the-south-s-unification-ministry"),  # "the South" keeps its article
        # a body with a name of its own is named by it; its country is its owner
        ("Japan's Public Security Intelligence Agency said the workers had left.",
         "public-security-intelligence-agency"),
        # a name every state's body has keeps the country
        ("Japan's Defense Ministry said the flights were unusual.", "japan-s-defense-ministry"),
        ("Japan's Ministry of Foreign Affairs said the flights were unusual.",
         "japan-s-ministry-of-foreign-affairs"),
        # an embassy's city tells which embassy it is
        ("China's Embassy in Canberra said the report was false.",
         "china-s-embassy-in-canberra"),
        # a description before a name, or a count of members, is no part of it
        ("The ruling Baath Party's Central Command said the shipments were legal.",
         "baath-party-s-central-command"),
        ("A 14-nation maritime monitoring group said the tankers had switched off their "
         "transponders.", "maritime-monitoring-group"),
        # the words after a participle describe the body; "by" names who acted
        ("A foreign ministry report submitted to the assembly said the drills had grown.",
         "foreign-ministry"),
        ("Tankers have called at the port twelve times since May, according to shipping "
         "data compiled by the Royal United Services Institute.",
         "royal-united-services-institute"),
    ],
)  # fmt: skip
def test_a_proposed_body_s_id_is_formed_from_its_surface(
    tmp_path: Path, body: str, speaker: str
) -> None:
    (draft,) = _extract(tmp_path, body + "\n").drafts
    assert draft.speaker == speaker
    assert draft.new_actor is not None and draft.new_actor["kind"] == "organisation"


def test_an_owned_proper_name_is_the_body_s_and_the_country_its_owner(tmp_path: Path) -> None:
    body = "Japan's Public Security Intelligence Agency said the workers had left.\n"
    (draft,) = _extract(tmp_path, body).drafts
    actor = draft.new_actor
    assert actor is not None
    assert (actor["name"], actor["country"]) == ("Public Security Intelligence Agency", "JP")
    assert "Japan's Public Security Intelligence Agency" in actor["aliases"]


def test_long_names_are_not_cut_and_long_descriptions_are_cut_to_the_people(
    tmp_path: Path,
) -> None:
    body = (
        "The Ministry of Foreign Affairs of the Kingdom of the Netherlands said on Monday that "
        "the transfers broke the embargo.\n\n"
        "Defence ministers from the five Nordic countries of northern Europe condemned the "
        "transfers on Tuesday.\n"
    )
    first, second = _extract(tmp_path, body).drafts
    # a truncated id ("...-of-the-kingdom-of") names nobody
    assert first.speaker == "ministry-of-foreign-affairs-of-the-kingdom-of-the-netherlands"
    assert second.speaker == "defence-ministers"
    assert second.new_actor is not None and second.new_actor["kind"] == "collective"
    assert second.new_actor["name"].startswith("Defence ministers from the five Nordic")


def test_a_name_in_brackets_is_another_name_of_the_body(tmp_path: Path) -> None:
    body = (
        "Russia paid for the shells with fuel, the Norwegian Intelligence Service "
        "(Etterretningstjenesten) said in its annual report.\n"
    )
    (draft,) = _extract(tmp_path, body).drafts
    assert draft.speaker == "norwegian-intelligence-service"
    assert draft.new_actor is not None
    assert draft.new_actor["aliases"] == ["Etterretningstjenesten"]


def test_words_between_commas_that_say_where_are_no_speaker(tmp_path: Path) -> None:
    body = (
        "Ukraine captured two North Korean soldiers last month.\n\n"
        "One of the prisoners, in remarks broadcast by a Ukrainian channel on Monday, said "
        "he had been told he was going to a training camp.\n"
    )
    (draft,) = _extract(tmp_path, body).drafts
    # one person of a group that never spoke before, not the group, nor the broadcast
    assert draft.speaker == "one-of-the-prisoners"
    assert draft.new_actor is not None and draft.new_actor["kind"] == "person"


def test_he_after_a_named_subject_with_a_long_appositive(tmp_path: Path) -> None:
    body = (
        'Andrei Lankov, a historian at Kookmin University, said the deal was "a bargain."\n\n'
        "Rachel Minyoung Lee, a former open-source analyst of North Korean affairs for the "
        "U.S. government now at the Stimson Center, was less sure. She said the factories "
        "had not yet received any machine tools.\n"
    )
    speakers = [d.speaker for d in _extract(tmp_path, body).drafts]
    assert speakers[-1] == "rachel-minyoung-lee"


def test_it_opening_a_sentence_is_the_body_the_sentence_before_was_about(
    tmp_path: Path,
) -> None:
    body = (
        "Foreign Minister Cho Tae-yul told Yonhap the sanctions would stay.\n\n"
        "The Chinese Embassy in Seoul declined to comment by phone. Later on its website, it "
        'described the report as "groundless speculation."\n'
    )
    speakers = [d.speaker for d in _extract(tmp_path, body).drafts]
    assert speakers[-1] == "chinese-embassy-in-seoul"  # not the outlet named before


def test_the_government_in_a_lead_is_the_state_it_opens_with(tmp_path: Path) -> None:
    body = (
        "CANBERRA - Australia will ban the export of machine tools to Russia and North "
        "Korea, the government said on Monday.\n"
    )
    (draft,) = _extract(tmp_path, body).drafts
    assert draft.speaker == "australia-government"  # not the last state named


def test_one_of_them_who_never_spoke_is_one_person(tmp_path: Path) -> None:
    body = (
        "Kyiv has offered to exchange three captured North Korean sailors, after one of "
        "them told a television channel that he feared going home.\n"
    )
    drafts = _extract(tmp_path, body).drafts
    # Kyiv's offer is its own claim, a pledge; the sailor is one person
    assert [(d.speaker, d.act) for d in drafts] == [
        ("ukraine-government", "pledges"),
        ("one-of-them", "asserts"),
    ]


def test_one_of_a_group_that_spoke_is_the_group(tmp_path: Path) -> None:
    body = (
        "The shipments began in August, three sources familiar with the matter said.\n\n"
        "Two of the sources said the trains ran at night.\n\n"
        "One of the sources said the trains ran at night.\n"
    )
    speakers = [d.speaker for d in _extract(tmp_path, body).drafts]
    assert speakers == ["sources", "sources", "sources"]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # a state's formal name before a name is the title's, never the person's
        ("Foreign Minister of the Kingdom of Norway Espen Barth Eide said the deal was "
         "illegal.", "espen-barth-eide"),
        # a portfolio after "Institute for" is the institute's name, not a person's
        ("The shells were worth $5 billion, according to the Centre for Defence Studies.",
         "centre-for-defence-studies"),
        ("Professor Yang Moo-jin said the deal was illegal.", "yang-moo-jin"),
    ],
)  # fmt: skip
def test_titles_and_bodies_before_names(tmp_path: Path, body: str, speaker: str) -> None:
    (draft,) = _extract(tmp_path, body + "\n").drafts
    assert draft.speaker == speaker


def test_a_title_governing_an_organisation_leaves_the_name_to_the_appositive(
    tmp_path: Path,
) -> None:
    body = (
        "Russia's ambassador to the United Nations, Vassily Nebenzia, on Wednesday dismissed "
        'the claims as "lies".\n'
    )
    (draft,) = _extract(tmp_path, body).drafts
    assert (draft.speaker, draft.act) == ("vassily-nebenzia", "denies")


def test_possessive_bodies_meet_in_one_actor_named_by_the_country(tmp_path: Path) -> None:
    body = (
        "North Korea's foreign ministry said the drills were a provocation.\n\n"
        'The North\'s foreign ministry dismissed the claims as "a smear campaign" in a '
        "statement carried by KCNA on Thursday.\n"
    )
    first, second = _extract(tmp_path, body).drafts
    # the id as the copy first wrote the body; the name by the adjective, for either wording
    assert first.speaker == second.speaker == "north-korea-s-foreign-ministry"
    assert first.new_actor is not None and first.new_actor["country"] == "KP"
    assert first.new_actor["name"] == "North Korean foreign ministry"
    assert first.new_actor["aliases"] == ["North Korea's foreign ministry"]
    assert second.act == "denies"
    assert second.relay == [{"via": "kcna", "how": "report"}]
    assert second.said == {"expression": "on Thursday"}


def test_its_state_media_is_the_state_medium_of_the_country_before(tmp_path: Path) -> None:
    body = (
        'North Korea has called such reports "absurd." Its state media said last week that '
        "no weapons had been exported.\n"
    )
    drafts = _extract(tmp_path, body).drafts
    assert [d.speaker for d in drafts] == ["north-korea", "kcna"]


def test_a_report_seen_by_an_outlet_is_not_the_outlets_word(tmp_path: Path) -> None:
    body = (
        "A United Nations panel of experts is investigating 11 reported arms transfers, "
        "according to a confidential report seen by Reuters.\n"
    )
    claims = _claims_yaml()
    (draft,) = _extract(tmp_path, body, claims).drafts
    assert draft.speaker == "united-nations-panel-of-experts"


def test_a_person_passing_on_a_bodys_words_is_its_relay(tmp_path: Path) -> None:
    body = (
        "The spy agency said last week that North Korea had received Russian advice, "
        "Rep. Yoo Sang-bum of the ruling party told reporters after a closed-door briefing.\n"
    )
    (draft,) = _extract(tmp_path, body).drafts
    assert draft.speaker == "spy-agency"  # a new body, not the news agency Yonhap
    assert [h["via"] for h in draft.relay] == ["yoo-sang-bum"]
    assert draft.said == {"expression": "last week"}


@pytest.mark.parametrize(
    ("body", "act"),
    [
        ('"We urge the DPRK to stop," Kirby told reporters.', "calls-for"),
        ('"If they cross into Ukraine, they will return in body bags," Robert Wood said.',
         "warns"),
        ('"We will not hesitate to take further steps," Blinken said.', "pledges"),
        ('"The talks went well," Kirby said. "We urge Pyongyang to stop."', "calls-for"),
        ('"The talks went well," Kirby said.', "asserts"),
    ],
)  # fmt: skip
def test_a_neutral_verb_takes_its_act_from_the_words(tmp_path: Path, body: str, act: str) -> None:
    drafts = _extract(tmp_path, body + "\n").drafts
    assert drafts[-1].act == act, [(d.act, d.excerpt) for d in drafts]


def test_a_speakers_date_and_venue_carry_to_the_speakers_undated_statements(
    tmp_path: Path,
) -> None:
    body = (
        "John Hill said on Tuesday at a news conference that Russia was helping.\n\n"
        "Analysts said the aid was growing.\n\n"
        '"We are watching closely," Hill said.\n'
    )
    first, other, last = _extract(tmp_path, body).drafts
    assert last.speaker == "john-hill"
    assert first.said == {"expression": "on Tuesday"}  # the words of its own sentence
    assert last.said == {"date": "2023-12-05", "expression": "on Tuesday"}  # carried
    assert last.venue == first.venue == "press-conference"
    assert other.said is None and other.venue is None


def test_a_date_given_just_after_dates_the_same_speakers_statement_before(
    tmp_path: Path,
) -> None:
    claims = _with_kcna().replace(
        "outlets:\n",
        "  - id: pak-hyon-su\n    name: Pak Hyon Su\n    kind: person\n    aliases: [Pak]\n"
        "outlets:\n",
        1,
    )
    body = "Pak said the programme was peaceful.\n\nPak said on Friday it would grow.\n"
    first, second = _extract(tmp_path / "a", body, claims).drafts
    assert second.said == {"expression": "on Friday"}
    assert first.said == {"date": "2023-12-08", "expression": "on Friday"}  # carried back
    body = 'Pak said the programme was peaceful.\n\n"We will grow," Pak told TASS on Friday.\n'
    first, second = _extract(tmp_path / "b", body, claims).drafts
    assert second.said == {"expression": "on Friday"}
    assert first.said is None  # it came by no relay, the second by an interview with TASS
    assert second.venue == {"kind": "interview", "description": "interview with TASS"}


def test_state_media_speaking_is_a_state_media_report(tmp_path: Path) -> None:
    (draft,) = _extract(tmp_path, "KCNA said the launch had succeeded.\n").drafts
    assert (draft.speaker, draft.venue) == ("kcna", "state-media-report")


@pytest.mark.parametrize(
    ("body", "act"),
    [
        ('"It is reasonable to assume that most nations would agree," John Hill said.',
         "assesses"),
        ('"But they are going to keep pressing on us," John Hill said.', "predicts"),
        ("John Hill expressed confidence that Russia would not use space as a front.",
         "predicts"),
        ("John Hill said the two countries hoped to begin the programme this year.", "intends"),
        ('"The talks went well," KCNA said.', "reports"),
        ('"The United States will keep watching," John Hill said.', "pledges"),
        ('"Russia will keep pressing," John Hill said.', "predicts"),  # not his country: a forecast
    ],
)  # fmt: skip
def test_what_was_said_makes_a_plain_verb_precise(tmp_path: Path, body: str, act: str) -> None:
    draft = _extract(tmp_path, body + "\n").drafts[0]
    assert draft.act == act, (draft.act, draft.excerpt)


@pytest.mark.parametrize(
    ("body", "said"),
    [
        ("North Korea has denied supplying arms to Russia.", "unknown"),
        ("Analysts have said the North could supply shells.", "unknown"),
        ("North Korea denied the reports on Tuesday.", {"expression": "on Tuesday"}),
        ("North Korea denied the reports.", None),  # an occasion, not dated by the text
    ],
)
def test_a_standing_position_is_said_at_an_unknown_date(
    tmp_path: Path, body: str, said: object
) -> None:
    (draft,) = _extract(tmp_path, body + "\n").drafts
    assert draft.said == said
    assert draft.claim("src-a").get("said") == said


def test_a_trailing_attribution_may_close_on_a_participle(tmp_path: Path) -> None:
    body = (
        "Russia has likely given technology to North Korea, John Hill said on Tuesday, "
        "casting it as an apparent move to expand threats.\n"
    )
    (draft,) = _extract(tmp_path, body).drafts
    assert (draft.act, draft.hedge, draft.certainty) == ("assesses", "likely", "probable")


def test_a_sentence_that_only_attributes_the_one_before_takes_it_into_the_excerpt(
    tmp_path: Path,
) -> None:
    body = (
        "Russia intends to share its space technology with North Korea.\n\n"
        "This was stated by John Hill, TASS reports.\n"
    )
    (draft,) = _extract(tmp_path, body).drafts
    assert draft.speaker == "john-hill"
    assert draft.excerpt.startswith("Russia intends to share")
    assert draft.excerpt.endswith("TASS reports.")
    assert draft.relay == [{"via": "tass", "how": "report"}]


# -- look-ups that replaced walks over the whole text (speed) --------------------------------
def test_sentence_at_is_the_sentence_holding_the_position_else_the_one_before() -> None:
    text = "Kim said one thing.  Putin said another.\n\nThen Peskov spoke. End."
    a = analyse(text)
    for pos in range(len(text)):
        holding = [s for s in a.sentences if s[0] <= pos < s[1]]
        before = [s for s in a.sentences if s[0] <= pos]
        want = holding[0] if holding else (before[-1] if before else a.sentences[0])
        assert a.sentence_at(pos) == want, pos
    assert a.sentence_at(text.index("Putin"))[0] == text.index("Putin")
    assert a.sentence_at(text.index("  Putin") + 1)[0] == text.index("Kim")  # in the gap


def test_a_lone_surname_takes_the_longest_full_name_written_before_it(tmp_path: Path) -> None:
    body = (
        "North Korean Foreign Minister Choe Son Hui met officials in Moscow.\n\n"
        "Choe said Pyongyang would always stand with Russia.\n\n"
        "Later, Ri Il Hwan spoke. Hwan said the visit was a success.\n"
    )
    result = run(tmp_path, body)
    by_line = {d.excerpt.split()[0]: d.speaker for d in result.drafts}
    assert by_line["Choe"] == "choe-son-hui"
    names = {a["name"] for a in result.new_actors}
    assert "Choe Son Hui" in names and "Choe" not in names
    assert "Ri Il Hwan" in names and "Hwan" not in names  # the last word of the name too


def test_a_second_spelling_of_a_person_is_the_same_proposal(tmp_path: Path) -> None:
    body = (
        "Russian Security Council Secretary Sergei Shoigu said the talks went well.\n\n"
        "Russian Security Council Secretary Sergey Shoigu said more talks would follow.\n"
    )
    result = run(tmp_path, body)
    assert [d.speaker for d in result.drafts] == ["sergei-shoigu", "sergei-shoigu"]
    assert [a["name"] for a in result.new_actors] == ["Sergei Shoigu"]


def test_a_weekday_closing_the_attribution_dates_the_statement(tmp_path: Path) -> None:
    body = (
        '"The shipments go on," Linda Thomas-Greenfield told reporters at U.N. headquarters '
        "in New York, Thursday.\n\n"
        "Linda Thomas-Greenfield said the troops that arrived on Thursday were many.\n"
    )
    first, second = _extract(tmp_path, body).drafts
    assert first.said == {"expression": "Thursday"}
    # a weekday inside what was said is the event's; the run's date carries instead
    assert second.said == {"date": "2023-12-07", "expression": "Thursday"}


def test_a_run_of_a_speakers_statements_carries_the_date_past_the_first_window(
    tmp_path: Path,
) -> None:
    filler = "".join(f"The weather in the city was mild on day {i}.\n\n" for i in range(6))
    body = (
        "Pak Hyon Su said on Friday the programme was peaceful.\n\n"
        + filler
        + "Pak said the launch went well.\n\n"
        + filler
        + "According to Pak, the talks were held in Pyongyang on Wednesday.\n"
    )
    drafts = _extract(tmp_path, body).drafts
    assert [d.said for d in drafts] == [{"expression": "on Friday"}] + [
        {"date": "2023-12-08", "expression": "on Friday"}
    ] * 2


# -- interview framing, titles standing for names, transcripts ------------------------------


def test_an_opening_interview_frame_is_not_the_speaker(tmp_path: Path) -> None:
    body = (
        "Speaking to AFP from Seoul, Park Won-gon, a professor at Ewha Womans University, "
        'said the treaty "binds the two countries for decades".\n\n'
        '"Moscow is now obliged to help Pyongyang if it is attacked," he said.\n'
    )
    drafts = _extract(tmp_path, body).drafts
    assert [d.speaker for d in drafts] == ["park-won-gon", "park-won-gon"]


def test_a_with_absolute_and_a_closing_appositive_name_the_speaker(tmp_path: Path) -> None:
    body = (
        "The Kremlin said on Thursday that the talks went well, with the President's aide, "
        'Yuri Ushakov, telling reporters that "a great deal of work" had been done.\n\n'
        "Moscow will keep supplying the North with fuel, Russia's deputy energy minister, "
        "Pavel Sorokin, has told reporters.\n"
    )
    drafts = _extract(tmp_path, body).drafts
    assert "yuri-ushakov" in [d.speaker for d in drafts]
    sorokin = [d for d in drafts if d.speaker == "pavel-sorokin"]
    assert len(sorokin) == 1 and sorokin[0].act == "pledges"  # his own country will


def test_a_capitalised_title_stands_for_the_person_it_was_given_to(tmp_path: Path) -> None:
    body = (
        "Putin held talks with Chairman of the State Affairs Commission of the DPRK "
        "Kim Jong Un in Pyongyang.\n\n"
        '"Our two peoples will stand together against hegemonism," the Chairman of the '
        "State Affairs Commission said.\n\n"
        'Opening the talks, the President of Russia said that ties had reached "a new level".\n\n'
        "The parties also expressed concern over military drills near the peninsula.\n"
    )
    drafts = _extract(tmp_path, body).drafts
    by = [(d.speaker, d.act) for d in drafts]
    assert by[0] == ("kim-jong-un", "pledges")
    assert by[1] == ("vladimir-putin", "asserts")
    assert sorted(by[2:]) == [
        ("kim-jong-un", "expresses-concern"),
        ("vladimir-putin", "expresses-concern"),
    ]


def test_anonymous_sources_and_delegates(tmp_path: Path) -> None:
    body = (
        '"The trains are going to Russia at night," a resident of North Hamgyong province '
        "told RFA.\n\n"
        "A second source, a merchant in Hoeryong, said rail workers were paid in flour.\n\n"
        "A U.S. official familiar with the intelligence said the pipeline was still open.\n\n"
        "People familiar with the matter said the shells were of uneven quality.\n\n"
        "The Japanese delegate to the talks said the veto was regrettable.\n"
    )
    drafts = _extract(tmp_path, body).drafts
    assert [d.speaker for d in drafts] == [
        "resident-of-north-hamgyong-province",
        "second-source",
        "u-s-official",
        "people-familiar-with-the-matter",
        "japan-government",
    ]
    assert drafts[0].act == "asserts"  # "going to Russia" is a route, not a forecast


def test_acts_in_the_words_concern_dismissal_and_charges(tmp_path: Path) -> None:
    body = (
        'Maria Zakharova said on Monday that Moscow would not comment on "such '
        'fabrications".\n\n'
        'Matthew Miller told reporters that the cooperation "should be of great concern to '
        'anyone" in the region.\n\n'
        'Linda Thomas-Greenfield said the veto was "a cynical move" to bury the findings.\n\n'
        'Dmitry Peskov described the reports as "another canard".\n'
    )
    acts = [(d.speaker, d.act) for d in _extract(tmp_path, body).drafts]
    assert acts == [
        ("maria-zakharova", "denies"),
        ("matthew-miller", "expresses-concern"),
        ("linda-thomas-greenfield", "accuses"),
        ("dmitry-peskov", "denies"),
    ]


def test_a_bare_dateline_gives_the_speakers_country(tmp_path: Path) -> None:
    # "will consider": a plan of his own country (the dateline's), not a forecast
    body = (
        "TOKYO -- Japan will consider additional sanctions on North Korea, Chief Cabinet "
        "Secretary Yoshimasa Hayashi said on Friday.\n\n"
        'In a speech, Kim Jong Un said the North would "expand" its arsenal.\n'
    )
    acts = [(d.speaker, d.act) for d in _extract(tmp_path, body).drafts]
    assert acts == [("yoshimasa-hayashi", "intends"), ("kim-jong-un", "pledges")]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("On 28 April the Central Military Commission said in a statement that it was so.",
         "the Central Military Commission"),
        ("Recall that in January 2024 the White House said that Russia had fired them.",
         "the White House"),
    ],
)  # fmt: skip
def test_a_date_before_a_subject_with_no_comma_is_no_part_of_it(text: str, subject: str) -> None:
    found = [
        (v.phrase, text[v.np_start : v.np_end]) for v in find_verbs(analyse(text), 0, len(text))
    ]
    assert ("said", subject) in found


def test_a_date_right_before_the_subject_dates_the_statement(tmp_path: Path) -> None:
    body = (
        "Meanwhile, on Monday, Foreign Minister Yoko Kamikawa said the launch was a grave threat.\n"
    )
    (draft,) = run(tmp_path, body).drafts
    assert draft.said == {"expression": "on Monday"}


@pytest.mark.parametrize(
    ("opening", "said"),
    [
        ("Asked about the treaty at a briefing on Thursday, ", {"expression": "on Thursday"}),
        ("Asked about it in August, ", {"date": "2023-08", "expression": "in August"}),
        # the date of an event told before a trailing attribution is not the statement's
        ("Troops were seen in Kursk on Wednesday, and ", None),
    ],
)  # fmt: skip
def test_an_opening_clause_that_sets_the_occasion_dates_the_statement(
    tmp_path: Path, opening: str, said: dict[str, str] | None
) -> None:
    body = f"{opening}Kremlin spokesman Dmitry Peskov said cooperation was lawful.\n"
    drafts = [d for d in run(tmp_path, body).drafts if d.speaker == "dmitry-peskov"]
    assert drafts and drafts[0].said == said


def test_a_list_of_subjects_after_which_keeps_its_first_item() -> None:
    text = (
        "Pyongyang has not acknowledged the deployment, which Seoul, Kyiv and Washington say "
        "involves 10,000 troops."
    )
    found = [
        (v.phrase, text[v.np_start : v.np_end]) for v in find_verbs(analyse(text), 0, len(text))
    ]
    assert ("say", "Seoul, Kyiv and Washington") in found


@pytest.mark.parametrize(
    "dateline",
    ["BAKU, Azerbaijan, October 19. ", "Seoul: ", "Seoul, South Korea: ", "SEOUL -- "],
)
def test_a_dateline_without_an_agency_is_cut_off_the_lead(dateline: str) -> None:
    text = f"{dateline}Russian Foreign Minister Sergei Lavrov said on Thursday it was so.\n"
    (sentence,) = analyse(text).sentences
    assert text[sentence[0] : sentence[1]].startswith("Russian Foreign Minister")


@pytest.mark.parametrize("line", ["Kirby: We are watching it.", "NATO. The alliance met."])
def test_a_label_or_a_short_sentence_is_no_dateline(line: str) -> None:
    sentences = analyse(line + "\n").sentences
    assert line[sentences[0][0] : sentences[0][1]].startswith(line.split()[0])


def test_a_possessed_state_medium_is_the_countrys(tmp_path: Path) -> None:
    body = (
        'North Korean leader Kim Jong Un has called for an "exponential" increase in the '
        "arsenal, according to the regime's state media on Tuesday.\n"
    )
    (draft,) = _extract(tmp_path, body).drafts
    assert draft.speaker == "kim-jong-un" and [h["via"] for h in draft.relay] == ["kcna"]


TRANSCRIPT = """Department Press Briefing

MR MILLER: Good afternoon. I have one thing at the top and then I'll take your questions.

The cooperation between Russia and the DPRK should be of great concern to anyone.

QUESTION: Russia says the visit is routine. What do you expect?

MR MILLER: We expect that Russia will seek more shells from the DPRK. We urge Russia to stop.
"""


def test_a_transcript_gives_each_answer_to_its_speaker_and_skips_questions(
    tmp_path: Path,
) -> None:
    body = "Matthew Miller, the spokesperson, took questions.\n\n" + TRANSCRIPT
    result = _extract(tmp_path, body)
    answers = [d for d in result.drafts if d.resolved_by == "transcript"]
    assert [(d.speaker, d.act) for d in answers] == [
        ("matthew-miller", "expresses-concern"),
        ("matthew-miller", "predicts"),
        ("matthew-miller", "calls-for"),
    ]
    assert all(d.said and d.said["date"] == "2023-12-08" and d.venue == "briefing" for d in answers)
    assert all(not d.excerpt.startswith("MR MILLER") for d in answers)
    assert not any("routine" in d.excerpt for d in result.drafts)
    assert any(s.reason == "a question put to the speaker" for s in result.skipped)


INTERVIEW = """The following is a transcript of an interview with Defense Secretary Lloyd Austin.

WOLF BLITZER: Mr. Secretary, are the troops in combat?

SECRETARY LLOYD AUSTIN: We have not seen them in combat yet. Moscow is running short of men.

WOLF BLITZER: Russia says these are exercises. Is that credible?

SECRETARY LLOYD AUSTIN: That is simply not true.
"""


def test_an_interviews_host_asks_and_the_guest_the_lead_names_answers(tmp_path: Path) -> None:
    result = _extract(tmp_path, INTERVIEW)
    answers = [(d.speaker, d.resolved_by) for d in result.drafts]
    assert answers == [("lloyd-austin", "transcript")] * 3
    assert not any("exercises" in d.excerpt for d in result.drafts)  # the host's question
    # without the lead, the name whose every turn asks is the host
    no_lead = INTERVIEW.split("\n\n", 1)[1]
    assert [d.speaker for d in _extract(tmp_path / "b", no_lead).drafts] == ["lloyd-austin"] * 3


def test_a_parliamentary_records_labels_give_office_holders_and_members(tmp_path: Path) -> None:
    body = (
        "Urgent Question: To ask the Secretary of State for Defence if he will make a "
        "statement.\n\n"
        "The Minister for the Armed Forces (James Cartlidge): North Korea has supplied Russia "
        "with shells. We will continue to expose these transfers.\n\n"
        "Emily Thornberry (Islington South and Finsbury) (Lab): This pact is a threat to "
        "Europe. Will the Minister tell the House what more is being done?\n\n"
        "James Cartlidge: I cannot comment on intelligence matters. We are working with "
        "Seoul every day.\n"
    )
    result = _extract(tmp_path, body)
    assert [(d.speaker, d.act) for d in result.drafts] == [
        ("james-cartlidge", "asserts"),
        ("james-cartlidge", "pledges"),
        ("emily-thornberry", "warns"),
        ("james-cartlidge", "asserts"),
    ]
    assert any(s.reason == "a question the speaker puts" for s in result.skipped)


def test_a_whose_clause_leaves_the_subjects_head(tmp_path: Path) -> None:
    body = (
        "A Ukrainian officer whose unit has fought the North Koreans near Sudzha said they "
        "attacked in large groups.\n"
    )
    (draft,) = _extract(tmp_path, body).drafts
    assert draft.speaker == "ukrainian-officer"


def test_the_intelligence_chief_is_the_chief_last_named(tmp_path: Path) -> None:
    body = (
        "The head of the Main Intelligence Directorate, Kyrylo Budanov, said that more "
        "troops could come.\n\n"
        '"The losses are very high," the intelligence chief said.\n'
    )
    assert [d.speaker for d in _extract(tmp_path, body).drafts] == ["kyrylo-budanov"] * 2


def test_a_directorate_of_a_countrys_ministry_is_the_directorate(tmp_path: Path) -> None:
    body = (
        "The Main Intelligence Directorate of Ukraine's Ministry of Defence said at least 30 "
        "soldiers had been killed.\n"
    )
    (draft,) = _extract(tmp_path, body).drafts
    assert draft.speaker == "main-intelligence-directorate"


def test_earlier_before_a_long_titled_subject_with_a_name(tmp_path: Path) -> None:
    body = (
        "Earlier, the deputy head of the Russian Foreign Ministry's department of information "
        'and press, Artyom Bulatov, said that the reports were "another Western fake."\n'
    )
    (draft,) = _extract(tmp_path, body).drafts
    assert draft.speaker == "artyom-bulatov"


def test_an_answer_urging_a_judgement_of_the_past_and_no_decisions(tmp_path: Path) -> None:
    body = INTERVIEW.replace(
        "We have not seen them in combat yet. Moscow is running short of men.",
        "I have no decisions to speak to today. China has influence, and we are urging it "
        "to use it.",
    ).replace("That is simply not true.", "The missile may have been built in North Korea.")
    acts = [(d.act, d.excerpt[:5]) for d in _extract(tmp_path, body).drafts]
    assert acts == [("calls-for", "China"), ("assesses", "The m")]


def test_labels_without_questions_are_no_transcript(tmp_path: Path) -> None:
    body = "Photo: Reuters\n\nNote: the figures are estimates from the ministry.\n"
    assert _extract(tmp_path, body).drafts == []


def test_a_seat_of_government_stands_for_the_state(tmp_path: Path) -> None:
    body = (
        "Downing Street said on Thursday that the pact was dangerous.\n\n"
        "The Elysee said the agreement was a threat to Europe.\n\n"
        "The Blue House said it was watching closely.\n"
    )
    drafts = _extract(tmp_path, body).drafts
    assert [d.speaker for d in drafts] == [
        "united-kingdom-government",
        "france-government",
        "south-korea-government",
    ]


def test_condemning_words_accuse_and_playing_down_denies(tmp_path: Path) -> None:
    body = (
        "Hayashi Yoshimasa told a news conference on Tuesday that Japan firmly condemns the "
        "launch.\n\n"
        "Dmitry Peskov played down reports that Russian engineers had helped.\n"
    )
    drafts = _extract(tmp_path, body).drafts
    assert [(d.speaker, d.act) for d in drafts] == [
        ("hayashi-yoshimasa", "accuses"),
        ("dmitry-peskov", "denies"),  # one draft: "reports" here is a noun
    ]


def test_the_source_needs_a_source_before_it(tmp_path: Path) -> None:
    body = (
        "Pak Hyon Su said the launch went well.\n\n"
        "The source added that the rations had not arrived.\n"
    )
    result = _extract(tmp_path, body)
    assert [d.speaker for d in result.drafts] == ["pak-hyon-su"]
    assert any("The source added" in s.text for s in result.skipped)  # listed, not dropped


def test_a_turn_does_not_run_on_past_its_reach(tmp_path: Path) -> None:
    narration = "".join(f"The weather in the city was mild on day {i}.\n\n" for i in range(7))
    body = "Matthew Miller took questions.\n\n" + TRANSCRIPT + "\n" + narration
    body += "Kim Jong Un's rule of the country went on as before.\n"
    drafts = _extract(tmp_path, body).drafts
    assert not any("went on as before" in d.excerpt for d in drafts)
    assert any(d.resolved_by == "transcript" for d in drafts)


TITLED_TRANSCRIPT = """Press Briefing

DEPUTY PRESS SECRETARY NAVY REAR ADM. JOHN KIRKWOOD: Good afternoon. A few items at the top.

We now assess that North Korean units have begun combat operations in Kursk.

Q: Does the Secretary plan to call his counterpart?

ADM. KIRKWOOD: I don't have anything to provide on the Secretary's calls today.

Q: Moscow says the reports are inventions. Your response?

ADM. KIRKWOOD: We have repeatedly warned Moscow that these troops would widen the war.

Q: And on China?

ADM. KIRKWOOD: I've already spoken about this. Beijing's propaganda is once again trying \
to distract from its support for the war.
"""


def test_a_label_in_capitals_names_the_speaker_after_its_titles(tmp_path: Path) -> None:
    answers = [
        d for d in _extract(tmp_path, TITLED_TRANSCRIPT).drafts if d.resolved_by == "transcript"
    ]
    assert [(d.speaker, d.act) for d in answers] == [
        ("john-kirkwood", "assesses"),  # "We now assess"
        ("john-kirkwood", "warns"),  # "We have repeatedly warned"
        ("john-kirkwood", "accuses"),  # "propaganda ... trying to distract"
    ]  # "I don't have anything to provide", "I've already spoken about this": procedural


ANSWER_RUNS_ON = """Press Briefing

DEPUTY PRESS SECRETARY NAVY REAR ADM. JOHN KIRKWOOD: Good afternoon.

Q: What does Pyongyang get in return?

ADM. KIRKWOOD: Fuel, mostly, and some hard currency. But the real payoff is know-how. \
Russian engineers are already at the launch site.

Q: Will the flights continue?

ADM. KIRKWOOD: Probably not this month. But we expect them to resume in the spring.

Q: And the sanctions?

ADM. KIRKWOOD: Those are in place. And Moscow said the shipments were lawful.
"""


def test_an_answer_s_but_sentence_with_no_point_of_its_own_carries_on(tmp_path: Path) -> None:
    answers = [
        d for d in _extract(tmp_path, ANSWER_RUNS_ON).drafts if d.resolved_by == "transcript"
    ]
    excerpts = [" ".join(d.excerpt.split()) for d in answers]
    # "But the real payoff is know-how" only carries on the answer's first sentence
    assert "Fuel, mostly, and some hard currency. But the real payoff is know-how." in excerpts
    assert not any(e.startswith("But the real payoff") for e in excerpts)
    # a forecast of its own after "But" is a claim of its own
    assert any(e.startswith("But we expect them to resume") for e in excerpts)
    # a sentence reporting another's words after "And" is drafted for them
    drafts = _extract(tmp_path, ANSWER_RUNS_ON).drafts
    assert any(d.excerpt.startswith("And Moscow said") for d in drafts)


@pytest.mark.parametrize(
    ("words", "act"),
    [
        ("Seoul must understand that any involvement will create threats to its security",
         "warns"),
        ("Such a step would destroy the relations between the two countries", "warns"),
        ("A supply deal would be a serious mistake for Seoul", "asserts"),  # no "such"/"this"
        ("This arms deal would undermine every sanctions resolution", "warns"),
        ("We strongly condemn the launch of the missiles", "accuses"),
        ("Western propaganda is once again trying to distract attention from the war",
         "accuses"),
        ("Troops moved, and we are increasingly concerned that they will fight",
         "expresses-concern"),
        ("the alliance expected Russia to seek more shells this year", "predicts"),
        ("they warned nobody about the launch", "asserts"),  # not the speaker's own "we"
    ],
)  # fmt: skip
def test_acts_in_the_words_of_an_answer(words: str, act: str) -> None:
    from rnkclaims.authoring.extract.drafting import _refine

    quoted = not words.startswith("the alliance")  # reported words: "said the alliance ..."
    assert _refine("asserts", words, "pat-ryder", "person", quoted) == act


def test_ranks_are_no_part_of_a_name_and_insists_is_a_speech_verb(tmp_path: Path) -> None:
    body = (
        '"The supply of shells has changed the front," Colonel Ants Kiviselg told reporters.\n\n'
        "The Kremlin insists that its cooperation with North Korea breaks no rules.\n"
    )
    drafts = _extract(tmp_path, body).drafts
    assert [d.speaker for d in drafts] == ["ants-kiviselg", "russia-government"]
    assert split_title("Lieutenant General Kyrylo Budanov".split()) == (
        ["Lieutenant", "General"],
        ["Kyrylo", "Budanov"],
    )


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Russia shipped oil, according to an analysis of satellite imagery by the Open "
         "Source Centre, a research group.", "the Open Source Centre"),
        ("Shells moved by rail, according to a new study by RUSI.", "RUSI"),
        ("The panel is investigating, according to a confidential report seen by Reuters.",
         "a confidential report seen by Reuters"),  # seen by: who read it, not its author
    ],
)  # fmt: skip
def test_according_to_a_work_by_an_author_gives_the_author(text: str, speaker: str) -> None:
    a = analyse(text)
    (verb,) = find_verbs(a, 0, len(text))
    assert (verb.form, text[verb.np_start : verb.np_end]) == ("according", speaker)


def test_a_title_short_form_ending_a_phrase_is_a_given_name() -> None:
    assert split_title("Defense Minister Nakatani Gen".split()) == (
        ["Defense", "Minister"],
        ["Nakatani", "Gen"],
    )
    assert split_title("Maj. Gen. Pat Ryder".split()) == (["Maj.", "Gen."], ["Pat", "Ryder"])


def test_another_unnamed_source_is_a_speaker_of_its_own(tmp_path: Path) -> None:
    body = (
        "A resident of Sinuiju told the outlet that trucks had crossed the bridge at night.\n\n"
        "Another resident in North Pyongan province said soldiers were told not to write.\n"
    )
    result = _extract(tmp_path, body)
    assert [d.speaker for d in result.drafts] == [
        "resident-of-sinuiju",
        "another-resident-in-north-pyongan-province",  # not the resident of Sinuiju
    ]


def test_a_country_s_government_is_the_government_the_country_names(tmp_path: Path) -> None:
    body = (
        "Japan's government said it would review its sanctions on Russian shipping.\n\n"
        "Japan said the launch was a threat to the region.\n"
    )
    drafts = _extract(tmp_path, body).drafts
    assert [d.speaker for d in drafts] == ["japan-government", "japan-government"]


@pytest.mark.parametrize(
    ("words", "act"),
    [
        ("Pyongyang is using the war as a testing ground for its missiles", "accuses"),
        ("North Korea has become a co-belligerent in this war", "accuses"),
        ("Beijing is the main enabler of Moscow's war", "accuses"),
        ("North Korea is no longer a spectator", "accuses"),
        ("If they are co-belligerents, they will be treated as such", "warns"),  # a condition
        ("It is a fundamental threat to the security of the region", "warns"),
        ("the reports were a crude fabrication", "denies"),
        ("We have made clear we will continue to use every tool", "pledges"),
        ("We have made clear our concerns", "asserts"),  # no pledge without "we will"
    ],
)  # fmt: skip
def test_acts_carried_by_what_the_words_call_a_party(words: str, act: str) -> None:
    from rnkclaims.authoring.extract.drafting import _refine

    assert _refine("asserts", words, "margus-tsahkna", "person", True) == act


def test_will_and_would_of_others_forecast_but_of_the_speakers_side_commit(
    tmp_path: Path,
) -> None:
    body = (
        "Ukraine's foreign minister Andrii Sybiha said North Korean units would enter the "
        "fighting within weeks.\n\n"
        '"The number of North Korean soldiers on our border will only increase," Sybiha said.\n\n'
        "Russian envoy Alexander Matsegora said the two countries would deepen their contacts.\n\n"
        "South Korea's defence minister Kim Yong-hyun said Seoul would reconsider its ban.\n"
    )
    drafts = _extract(tmp_path, body).drafts
    assert [(d.speaker, d.act) for d in drafts] == [
        ("andrii-sybiha", "predicts"),
        ("andrii-sybiha", "predicts"),
        ("alexander-matsegora", "asserts"),  # "the two countries": the speaker's side
        ("kim-yong-hyun", "intends"),  # its own country would reconsider: weighs a step
    ]


def test_an_analyst_judges_and_keeps_judging_in_the_next_quotation(tmp_path: Path) -> None:
    body = (
        '"Beijing has no wish to join a bloc," said Li Mingjiang, an associate professor at '
        "Nanyang Technological University.\n\n"
        '"The pact narrows its room for manoeuvre."\n\n'
        "Chinese foreign ministry spokesman Lin Jian said China had no comment on the pact.\n\n"
        "Ukrainian intelligence chief Kyrylo Budanov said North Korean troops would begin "
        'fighting "in the coming days".\n'
    )
    drafts = _extract(tmp_path, body).drafts
    assert [(d.speaker, d.act) for d in drafts] == [
        ("li-mingjiang", "assesses"),
        ("li-mingjiang", "assesses"),  # the analyst's next quotation
        ("lin-jian", "asserts"),  # a spokesman states
        ("kyrylo-budanov", "predicts"),  # the forecast is in the words the quotation ends
    ]


def test_a_share_of_a_group_a_country_s_mission_and_an_affairs_committee(
    tmp_path: Path,
) -> None:
    body = (
        "Three sources familiar with the matter said the troops had moved by train.\n\n"
        "The soldiers were issued Russian papers, two of the sources said.\n\n"
        "Iran's mission to the United Nations said it had no role in any arms transfers.\n\n"
        "Chairman of the State Duma Committee on International Affairs Leonid Slutsky said "
        "the treaty was historic.\n"
    )
    drafts = _extract(tmp_path, body).drafts
    assert [(d.speaker, d.act) for d in drafts] == [
        ("sources", "asserts"),
        ("sources", "asserts"),  # not "of-the-sources": the sources named before
        ("iran-s-mission-to-the-united-nations", "denies"),  # not the United Nations
        ("leonid-slutsky", "asserts"),  # "International Affairs" is the committee's
    ]


def test_a_carried_commentary_speaks_for_the_paper_that_carries_it(tmp_path: Path) -> None:
    body = (
        'Minju Joson Wednesday carries an article under the title "Sanctions Can Never '
        'Work".\n\n'
        "The article says that the U.S. is clinging to sanctions in a vain attempt to isolate "
        "the two countries.\n\n"
        "It notes that the relations between the DPRK and Russia are developing.\n\n"
        '"The U.S. must stop its hostile policy toward sovereign states," the article says.\n\n'
        "It goes on:\n\n"
        "The U.S. is the arch-criminal who has wrecked peace in the region.\n"
    )
    drafts = _extract(tmp_path, body).drafts
    assert [(d.speaker, d.act) for d in drafts] == [
        ("minju-joson", "accuses"),
        ("minju-joson", "asserts"),  # "It": the paper, not the DPRK the sentence names
        ("minju-joson", "calls-for"),
        ("minju-joson", "accuses"),  # after "It goes on:", the article's own words
    ]
    assert drafts[0].new_actor is not None and drafts[0].new_actor["kind"] == "organisation"


def test_unnamed_persons_and_the_ministers_named_a_paragraph_before(tmp_path: Path) -> None:
    body = (
        "Foreign ministers of the Quad group warned North Korea and Russia on Monday against "
        "deepening their military cooperation.\n\n"
        '"We express our grave concern over the growing cooperation," the ministers said in '
        "a joint statement.\n\n"
        "A diplomat involved in the negotiations told reporters that India had resisted.\n"
    )
    drafts = _extract(tmp_path, body).drafts
    assert [(d.speaker, d.act) for d in drafts] == [
        ("foreign-ministers-of-the-quad-group", "warns"),
        ("foreign-ministers-of-the-quad-group", "expresses-concern"),  # not new "ministers"
        ("diplomat", "asserts"),  # one unnamed person, not "no actor found"
    ]
    assert drafts[0].said == {"expression": "on Monday"}  # after "North Korea and Russia"


def test_a_quote_label_and_a_background_label(tmp_path: Path) -> None:
    body = (
        "Kyrylo Budanov, Chief of Defence Intelligence of Ukraine, has stated that North Korea "
        "has sent Russia new guns.\n\n"
        "Source: Budanov in an interview with The War Zone\n\n"
        'Quote: "We are seeing 170-millimetre guns arriving at the front in numbers."\n\n'
        "Background: On 27 November, Ukraine's Defence Intelligence said that Russia was "
        "hiding North Korean losses.\n"
    )
    drafts = _extract(tmp_path, body).drafts
    assert [(d.speaker, d.mode, d.act) for d in drafts] == [
        ("kyrylo-budanov", "reported", "asserts"),
        ("kyrylo-budanov", "quote", "asserts"),  # the quotation under "Quote:" is his
        ("ukraine-s-defence-intelligence", "reported", "accuses"),  # "was hiding"
    ]
    assert drafts[2].said == {"date": "2023-11-27", "expression": "on 27 November"}


def test_a_paper_carrying_a_commentary_denouncing_speaks_and_sources_carry_nothing(
    tmp_path: Path,
) -> None:
    body = (
        "Rodong Sinmun Tuesday carries a signed commentary denouncing the U.S. for its smear "
        "campaign.\n\n"
        'Minju Joson Wednesday carries an article under the title "Sanctions Will Fail".\n\n'
        "The Japanese government suspects that Russia has provided satellite technology, "
        "according to several government sources.\n"
    )
    drafts = _extract(tmp_path, body).drafts
    assert [(d.speaker, d.act) for d in drafts] == [
        ("rodong-sinmun", "accuses"),  # the paper the participle's document speaks for
        ("japanese-government", "suspects"),  # a title alone is no claim (Minju Joson)
    ]
    assert drafts[1].relay == []  # "according to several government sources": no carrier


def test_a_reporter_labelled_transcript_and_a_family_name_in_capitals(tmp_path: Path) -> None:
    body = (
        "Chief Cabinet Secretary MATSUNO Hirokazu\n\n"
        "REPORTER: President Putin and Chairman Kim met today. What is the view?\n\n"
        "CHIEF CABINET SECRETARY MATSUNO: We are closely following the meeting with concern. "
        "Any arms trade with North Korea would directly violate Security Council resolutions.\n\n"
        "REPORTER (Kyodo): Will Japan coordinate with the United States?\n\n"
        "CHIEF CABINET SECRETARY MATSUNO: Japan will continue to work closely with the "
        "United States.\n"
    )
    claims = _with_kcna().replace(
        "outlets:\n",
        "outlets:\n  - id: kantei\n    name: Prime Minister's Office of Japan\n"
        "    kind: online\n    country: JP\n",
        1,
    )
    front = "---\noutlet: kantei\ntitle: T\npublished: 2023-09-13\nlanguage: en\n---\n"
    ledger = load(write_ledger(tmp_path / "data", claims, {"src-a": front + body}))
    drafts = extract(ledger, ledger.sources["src-a"]).drafts
    assert [(d.speaker, d.act, d.relay) for d in drafts] == [
        ("matsuno-hirokazu", "expresses-concern", []),
        ("matsuno-hirokazu", "accuses", []),
        ("matsuno-hirokazu", "pledges", []),  # Japan hosts the briefing; "(Kyodo)" asked
    ]
    assert split_title("Chief Cabinet Secretary HAYASHI Yoshimasa".split()) == (
        ["Chief", "Cabinet", "Secretary"],
        ["Hayashi", "Yoshimasa"],
    )
    assert split_title("NATO Secretary General Mark Rutte".split())[1] == ["Mark", "Rutte"]


def test_a_remarks_page_gives_its_text_to_the_person_its_title_names(tmp_path: Path) -> None:
    title = "Press statement by NATO Secretary General Mark Rutte following the briefing"
    body = (
        f"{title}\n\n"
        "Good afternoon.\n\n"
        "I can confirm that North Korean troops have been sent to Russia.\n\n"
        "NATO will continue to stand with Ukraine.\n"
    )
    front = f'---\noutlet: yonhap\ntitle: "{title}"\npublished: 2024-10-28\nlanguage: en\n---\n'
    ledger = load(write_ledger(tmp_path / "data", _with_kcna(), {"src-a": front + body}))
    drafts = extract(ledger, ledger.sources["src-a"]).drafts
    assert [(d.speaker, d.act) for d in drafts] == [
        ("mark-rutte", "confirms"),  # "I can confirm"
        ("mark-rutte", "pledges"),  # "NATO will continue": the body his title names
    ]  # "Good afternoon." is no statement
    assert drafts[0].said is not None and drafts[0].said["date"] == "2024-10-28"
    plain = front.replace(title, "NATO chief says troops were sent")
    ledger = load(write_ledger(tmp_path / "other", _with_kcna(), {"src-a": plain + body}))
    assert extract(ledger, ledger.sources["src-a"]).drafts == []  # no one named: no claims


def test_calling_the_deed_a_breach_accuses_and_her_country_would_commits(
    tmp_path: Path,
) -> None:
    body = (
        'The oil is "a reward" for the shells, minister Stephen Doughty said on Thursday, '
        "calling the deliveries a flagrant breach of UN sanctions.\n\n"
        'Foreign minister Margus Tsahkna said he was "deeply concerned" by the shipments, '
        "calling them a violation of council resolutions.\n\n"
        'Foreign minister Choe Son Hui said in Moscow that her country would "always stand '
        'by" Russia.\n'
    )
    drafts = _extract(tmp_path, body).drafts
    assert [(d.speaker, d.act) for d in drafts] == [
        ("stephen-doughty", "accuses"),
        ("margus-tsahkna", "expresses-concern"),  # concern is what the sentence voices
        ("choe-son-hui", "pledges"),  # "her country": the speaker's own
    ]


def test_names_with_of_and_and_ordinal_sources_and_said_no(tmp_path: Path) -> None:
    body = (
        "A plant was expanded, according to a report by the Center for Strategic and "
        "International Studies.\n\n"
        "Bruce Bennett of the RAND Corporation said the expansion would let Pyongyang supply "
        "Russia for years.\n\n"
        "A third source in Chagang province said workers had been told to double shifts.\n\n"
        "Diplomats said no new sanctions were expected.\n\n"
        "Peskov said nothing about the talks.\n"
    )
    result = _extract(tmp_path, body)
    assert [(d.speaker, d.act) for d in result.drafts] == [
        ("center-for-strategic-and-international-studies", "asserts"),  # not split at "and"
        ("bruce-bennett", "predicts"),  # not the RAND Corporation
        ("third-source-in-chagang-province", "asserts"),
        ("diplomats", "predicts"),  # "said no new sanctions": a claim, not a refusal
    ]
    assert [s.text for s in result.skipped] == ["Peskov said nothing about the talks."]


@pytest.mark.parametrize(
    ("words", "quoted", "act"),
    [
        ("If the shipments continue, we should expect Russia to outgun Ukraine", True,
         "predicts"),
        ("Should Pyongyang receive submarine technology, it could change the balance", True,
         "warns"),
        ("Beijing firmly opposes Washington smearing Chinese firms", False, "accuses"),
        ("China hopes all parties will exercise restraint", False, "calls-for"),
        ("China hopes to hold talks soon", False, "asserts"),  # its own plan, no call
        ("the Western media were spreading lies about the troops", False, "accuses"),
        ("The transfer threatens the security of the whole of Europe", True, "accuses"),
        ("It is a dangerous escalation", True, "warns"),
        ("The most worrying possibility is a transfer of know-how", False,
         "expresses-concern"),
        ("the Government is gravely concerned about the cooperation", True,
         "expresses-concern"),
        ("NATO officials expect the shipments to grow next year", False, "predicts"),
        ('the reports were "another provocation" by Kyiv', False, "accuses"),
        ("Moscow did not rule out military-technical cooperation", False, "asserts"),
    ],
)  # fmt: skip
def test_acts_in_plain_words_of_charges_forecasts_and_concern(
    words: str, quoted: bool, act: str
) -> None:
    from rnkclaims.authoring.extract.drafting import _refine

    assert _refine("asserts", words, "mao-ning", "person", quoted) == act


def test_a_question_heading_states_nothing(tmp_path: Path) -> None:
    body = (
        "Thousands of containers have crossed the border by rail since last year.\n\n"
        "What has South Korea said?\n\n"
        "South Korea's defence minister Shin Won-sik said the North had shipped shells.\n"
    )
    result = _extract(tmp_path, body)
    assert [d.speaker for d in result.drafts] == ["shin-won-sik"]
    assert [(s.text, s.reason) for s in result.skipped] == [
        ("What has South Korea said?", "a question, which states nothing")
    ]


def test_the_speakers_own_body_and_a_state_medium_s_country_commit(tmp_path: Path) -> None:
    title = "Remarks by IAEA Director General Rafael Mariano Grossi to the Board of Governors"
    body = (
        f"{title}\n\n"
        "The IAEA will continue to monitor the Yongbyon site through satellite imagery.\n\n"
        'North Korea\'s state media said on Sunday that the country would "never" give up '
        "its nuclear deterrent.\n"
    )
    front = f'---\noutlet: yonhap\ntitle: "{title}"\npublished: 2024-09-09\nlanguage: en\n---\n'
    ledger = load(write_ledger(tmp_path / "data", _with_kcna(), {"src-a": front + body}))
    drafts = extract(ledger, ledger.sources["src-a"]).drafts
    assert [(d.speaker, d.act) for d in drafts] == [
        ("rafael-mariano-grossi", "pledges"),  # "The IAEA": the body his title names
        ("kcna", "pledges"),  # "the country" of a state medium is its own
    ]


def test_the_authors_are_the_body_whose_report_was_just_cited(tmp_path: Path) -> None:
    body = (
        "The plant doubled in size, according to a report by the Institute for Science and "
        "International Security.\n\n"
        "The researchers, who compared images from 2022 and 2024, wrote that a new hall "
        "had been built.\n\n"
        "The authors said the work went on at night.\n"
    )
    drafts = _extract(tmp_path, body).drafts
    assert {d.speaker for d in drafts} == {"institute-for-science-and-international-security"}
    assert len(drafts) == 3


def test_an_outlet_named_by_a_common_noun_is_found_only_capitalised(tmp_path: Path) -> None:
    outlet = (
        "  - id: the-diplomat\n    name: The Diplomat\n    kind: online\n    aliases: [Diplomat]\n"
    )
    claims = _with_kcna().replace("outlets:\n", "outlets:\n" + outlet, 1)
    body = (
        "A diplomat who attended the briefing said the council had not discussed the request.\n\n"
        "The Russian diplomat stressed that the talks would go on.\n\n"
        "The Diplomat reported last month that the North had asked Moscow for fighter jets.\n"
    )
    drafts = _extract(tmp_path, body, claims).drafts
    assert [d.speaker for d in drafts] == ["diplomat", "russian-diplomat", "the-diplomat"]


@pytest.mark.parametrize(
    ("words", "quoted", "act"),
    [
        ('the transfers were "a blatant violation" of resolutions', False, "accuses"),
        ("China firmly opposes the U.S. abusing unilateral sanctions", False, "accuses"),
        ('Pyongyang was "trading the lives of its own people" for fuel', False, "accuses"),
        ("the workers were being quietly sold to Russian firms", False, "accuses"),
        ('the delegation was "misleading" the council', False, "accuses"),
        ("the officers warned that anyone spreading lies would be shot", True, "asserts"),
        ("Seoul would not rule out sending shells if the troops joined combat", False,
         "warns"),
        ("Moscow did not rule out joint exercises", False, "asserts"),  # no condition
        ("the drills were a clear warning to Moscow's neighbours that", False, "warns"),
        (" journalists that the bloc was drawing up new measures", False, "intends"),
        (" journalists that North Korea was preparing more troops", False, "asserts"),
        (" it was considering supplying defensive weapons to Kyiv", False, "intends"),
        (" its call for Western countries to stop arming Kyiv", False, "calls-for"),
    ],
)  # fmt: skip
def test_charges_in_quoted_words_warnings_and_own_plans(words: str, quoted: bool, act: str) -> None:
    from rnkclaims.authoring.extract.drafting import _refine

    assert _refine("asserts", words, "an-envoy", "person", quoted) == act


def test_a_participle_aside_and_a_restrictive_clause_leave_the_subject(tmp_path: Path) -> None:
    body = (
        "Ambassador Hwang Joon-kook, echoing that view, said the Russian Federation "
        'was "blindfolding" the Council.\n\n'
        '"The officers warned us that anyone spreading lies would be shot," a defector who served '
        "in a border unit said.\n"
    )
    drafts = _extract(tmp_path, body).drafts
    assert [(d.speaker, d.act) for d in drafts] == [
        ("hwang-joon-kook", "accuses"),  # not "the Russian Federation" after "said"
        ("defector", "asserts"),  # a rule for anyone, no charge against a party
    ]


def test_names_with_particles_bodies_and_a_place_of_speaking(tmp_path: Path) -> None:
    assert split_title(["Nicolas", "de", "Riviere"]) == ([], ["Nicolas", "de", "Riviere"])
    assert split_title("the envoy of France".split())[1] == []
    body = (
        "France's envoy, Nicolas de Riviere, said the findings were alarming.\n\n"
        "Ukraine's air force said on Tuesday that Russia had fired 20 drones.\n\n"
        "Food prices have risen, sources inside the province told Yonhap.\n\n"
        "A separate study by the Middlebury Institute in Monterey found that radar parts "
        "had reached Pyongyang.\n\n"
        "Foreign Minister Takeshi Iwaya told reporters in Tokyo that Japan would strengthen "
        "its monitoring.\n"
    )
    drafts = _extract(tmp_path, body).drafts
    assert [(d.speaker, d.act) for d in drafts] == [
        ("nicolas-de-riviere", "asserts"),
        ("ukraine-s-air-force", "asserts"),
        ("sources-inside-the-province", "asserts"),
        ("middlebury-institute", "asserts"),
        ("takeshi-iwaya", "pledges"),  # Tokyo, where he spoke, makes Japan his own
    ]


def test_fear_concern_confidence_and_a_long_consequence(tmp_path: Path) -> None:
    body = (
        'One official called the deal "a marriage of convenience."\n\n'
        "U.S. officials believe Pyongyang is seeking help with its submarines.\n\n"
        "South Korean officials privately fear that Moscow could hand over the technology.\n\n"
        'A spokesman declined to comment but said Washington was "deeply troubled" by the '
        "ties.\n\n"
        '"I am convinced that our cooperation will only grow stronger," Sergey Lavrov said.\n\n'
        '"Should Pyongyang send more troops, the consequences for it will be severe," Yoon '
        "Suk Yeol said.\n"
    )
    drafts = _extract(tmp_path, body).drafts
    assert [d.act for d in drafts] == [
        "asserts",
        "assesses",  # a belief is a judgement (as in the reference tests)
        "expresses-concern",
        "expresses-concern",
        "predicts",
        "warns",
    ]
    assert drafts[0].speaker == "official"  # "One official" is one unnamed person


def test_a_quotation_in_a_sentence_with_its_own_speaker_is_no_continuation(
    tmp_path: Path,
) -> None:
    body = (
        '"The consequences will be severe," Yoon Suk Yeol said.\n\n'
        'One official called the deal "a marriage of convenience."\n\n'
        '"We are watching closely."\n'
    )
    drafts = _extract(tmp_path, body).drafts
    assert [d.speaker for d in drafts] == ["yoon-suk-yeol", "official", "official"]
    assert [d.resolved_by == "continuation" for d in drafts] == [False, False, True]


def test_threatened_is_speech_only_with_what_is_threatened() -> None:
    assert _verbs('Kim Jong Gyu threatened "decisive countermeasures" if Seoul acted.') == [
        ("threatened", "Kim Jong Gyu", "verb")
    ]
    assert _verbs("The launches threatened the peace of the region.") == []
    from rnkclaims.authoring.extract.attribution import VERB_ACTS

    assert VERB_ACTS["threatened"] == "warns"


def test_estimate_is_speech_after_a_subject_not_a_noun() -> None:
    assert _verbs("Officials in Seoul estimate that 100 soldiers have been killed.") == [
        ("estimate", "Officials in Seoul", "verb")
    ]
    assert _verbs("The estimates of the losses vary widely.") == []


def test_posted_on_a_platform_and_an_assessment_that(tmp_path: Path) -> None:
    assert _verbs("Yoko Kamikawa posted on X that Tokyo protests the launches.") == [
        ("posted", "Yoko Kamikawa", "verb")
    ]
    assert _verbs("Troops were posted to the border last year.") == []
    body = "Seoul's assessment that the North had sent 10,000 containers was shared.\n"
    (draft,) = _extract(tmp_path, body).drafts
    assert (draft.speaker, draft.act) == ("south-korea-government", "assesses")


def test_has_long_maintained_keeps_its_subject() -> None:
    assert _verbs("Moscow has long maintained that the ties break no rules.") == [
        ("maintained", "Moscow", "verb")
    ]


def test_an_answer_joined_by_while_takes_the_main_clause_s_day(tmp_path: Path) -> None:
    body = (
        "South Korea condemned the launch at a Security Council meeting on Wednesday, while "
        "China's envoy said all sides should show restraint.\n"
    )
    drafts = _extract(tmp_path, body).drafts
    assert [(d.speaker, d.said) for d in drafts] == [
        ("south-korea-government", {"expression": "on Wednesday"}),
        ("china-s-envoy", {"expression": "on Wednesday"}),
    ]


def _own_site(outlet_id: str, name: str, host: str, kind: str = "online", country: str = "") -> str:
    outlet = f"  - id: {outlet_id}\n    name: {name}\n    kind: {kind}\n    aliases: [{host}]\n"
    if country:
        outlet += f"    country: {country}\n"
    return _with_kcna().replace("outlets:\n", "outlets:\n" + outlet, 1)


def test_a_release_on_its_issuers_own_site_is_the_issuers_word(tmp_path: Path) -> None:
    title = "Defense Department Announces Sanctions Support Package"
    body = (
        f"{title}\n\n"
        "Press release\n\n"
        "March 3, 2025\n\n"
        "WASHINGTON - Today, the Department of Defense is announcing new measures to track "
        "arms shipments from North Korea to Russia.\n\n"
        "North Korea has shipped millions of artillery rounds to Russia since 2023.\n\n"
        "In return, Moscow is believed to be providing Pyongyang with air defense systems.\n\n"
        "The Secretary met with the South Korean defense minister in Seoul on Friday.\n\n"
        '"We will not hesitate to take further steps," said Assistant Secretary Ely Ratner.\n'
    )
    front = f'---\noutlet: us-dod\ntitle: "{title}"\npublished: 2025-03-03\nlanguage: en\n---\n'
    claims = _own_site("us-dod", "U.S. Department of Defense (defense.gov)", "defense.gov")
    ledger = load(write_ledger(tmp_path / "data", claims, {"src-a": front + body}))
    drafts = extract(ledger, ledger.sources["src-a"]).drafts
    assert [(d.speaker, d.act) for d in drafts] == [
        ("us-dod", "announces"),  # "Today, ... is announcing"
        ("us-dod", "asserts"),
        ("us-dod", "suspects"),  # "is believed to be providing"
        ("ely-ratner", "pledges"),
    ]  # "Press release", the date line and the meeting's scene are no statements
    assert drafts[0].said is not None and drafts[0].said["date"] == "2025-03-03"
    # the same page on a news site: the department's announcement and the suspicion are
    # no one's; only the site's dated background on the two states is its own (rule 1)
    news = _own_site("us-dod", "Defense Weekly", "defenseweekly.com", "newspaper")
    ledger = load(write_ledger(tmp_path / "news", news, {"src-a": front + body}))
    assert [
        (d.speaker, d.excerpt[:24]) for d in extract(ledger, ledger.sources["src-a"]).drafts
    ] == [
        ("us-dod", "North Korea has shipped "),
        ("ely-ratner", '"We will not hesitate to'),
    ]


def test_an_address_titled_after_the_headline_is_the_title_holders(tmp_path: Path) -> None:
    title = "We will not let this war spread - address by the President of Ukraine"
    body = (
        f"{title}\n\n"
        "3 November 2024 - 20:40\n\n"
        "I wish you health, fellow Ukrainians!\n\n"
        "Russian commanders are trying to conceal how many North Koreans they have lost.\n\n"
        "Pyongyang has crossed a red line by sending its soldiers to kill Ukrainians.\n\n"
        "Glory to Ukraine!\n"
    )
    front = f'---\noutlet: yonhap\ntitle: "{title}"\npublished: 2024-11-03\nlanguage: en\n---\n'
    ledger = load(write_ledger(tmp_path / "data", _with_kcna(), {"src-a": front + body}))
    drafts = extract(ledger, ledger.sources["src-a"]).drafts
    assert [(d.speaker, d.act) for d in drafts] == [
        ("volodymyr-zelensky", "accuses"),  # "are trying to conceal"
        ("volodymyr-zelensky", "accuses"),  # "has crossed a red line"
    ]  # the date line and the greetings are no statements


def test_a_document_speaks_for_its_issuer_and_again_as_the_document(tmp_path: Path) -> None:
    body = (
        "South Korea's new defense white paper, released on Tuesday, warned that Moscow "
        "could hand Pyongyang submarine technology.\n\n"
        '"The North will be held fully accountable for any provocation," the document said.\n\n'
        'The paper described the troop deployment as "a grave threat."\n'
    )
    drafts = _extract(tmp_path, body).drafts
    assert [(d.speaker, d.act) for d in drafts] == [
        ("south-korea-government", "warns"),  # the white paper is Seoul's word
        ("south-korea-government", "warns"),  # "will be held fully accountable"
        ("south-korea-government", "accuses"),  # "the document", "The paper": the same
    ]


def test_called_reports_of_initials_and_one_of_them(tmp_path: Path) -> None:
    body = (
        "The Kremlin has previously called reports of military cooperation with Pyongyang "
        '"speculation."\n\n'
        "Ukraine's military intelligence agency, known by its Ukrainian initials as G.U.R., "
        "said on Sunday that 30 soldiers had been killed.\n\n"
        "The units appear poorly prepared, according to two American officials. One of them "
        'described the troops as "cannon fodder."\n\n'
        "The U.S. Treasury Department on Monday sanctioned three entities it said had "
        "helped ship the missiles.\n"
    )
    drafts = _extract(tmp_path, body).drafts
    assert [(d.speaker, d.act) for d in drafts[:4]] == [
        ("russia-government", "denies"),  # "called reports of ... 'speculation'"
        ("ukraine-s-military-intelligence-agency", "asserts"),  # not "G.U.R." the speaker
        ("american-officials", "asserts"),
        ("american-officials", "accuses"),  # "One of them": one of the group just named
    ]
    # "it said" in its relative clause: the department's, asserted or announced with the
    # sanctions the sentence reports, or a charge against the entities it names
    assert (drafts[4].speaker, drafts[4].act in ("asserts", "announces", "accuses")) == (
        "u-s-treasury-department",
        True,
    )
    assert len(drafts) == 5


@pytest.mark.parametrize(
    ("words", "quoted", "act"),
    [
        ("That is the part that keeps us up at night", True, "expresses-concern"),
        ('that any supply of weapons to Kyiv "would destroy" relations', False, "warns"),
        ("The U.S. will be held fully accountable for the consequences", True, "warns"),
        ("The world must not stay silent about this", True, "calls-for"),
        ("Pyongyang has crossed a red line", True, "accuses"),
        ("Moscow is believed to be providing the North with oil", True, "suspects"),
        ("WASHINGTON - Today, the Department is sanctioning three entities", True, "announces"),
        ("The department sanctioned three entities last year", True, "asserts"),
    ],
)  # fmt: skip
def test_acts_carried_by_the_words_of_a_statement(words: str, quoted: bool, act: str) -> None:
    from rnkclaims.authoring.extract.drafting import _refine

    assert _refine("asserts", words, "an-envoy", "person", quoted) == act


def test_a_caveat_a_former_official_at_a_think_tank_and_another_analyst(
    tmp_path: Path,
) -> None:
    body = (
        "U.S. officials cautioned that they had not yet seen Russia hand over weapons "
        "designs.\n\n"
        "Victor Cha, a former White House official now at the Center for Strategic and "
        "International Studies, said Moscow's help was only the beginning.\n\n"
        'Another analyst said the Kremlin had "crossed a line" by sharing guidance '
        "technology.\n\n"
        "U.S. officials cautioned that more troops could follow.\n"
    )
    drafts = _extract(tmp_path, body).drafts
    assert [(d.speaker, d.act) for d in drafts] == [
        ("u-s-officials", "assesses"),  # a caution about what they know is no warning
        ("victor-cha", "assesses"),  # "now at the Center for ...": an analyst's judgement
        ("another-analyst", "accuses"),  # "had \"crossed a line\""
        ("u-s-officials", "warns"),
    ]


def test_data_from_a_body_and_a_named_intelligence_agency(tmp_path: Path) -> None:
    body = (
        "Nearly 8,000 North Koreans entered Russia, according to data from the border "
        "service of Russia's Federal Security Service.\n\n"
        "South Korea's Defense Intelligence Agency told lawmakers that many were workers.\n\n"
        "South Korea's spy agency said the workers earned foreign currency.\n"
    )
    drafts = _extract(tmp_path, body).drafts
    assert [d.speaker for d in drafts] == [
        "border-service-of-russia-s-federal-security-service",  # not "data from ..."
        "defense-intelligence-agency",  # a named agency, not the NIS
        "national-intelligence-service",  # "the spy agency" of South Korea is the NIS
    ]


def test_commitments_in_a_partial_quotation_and_a_second_one(tmp_path: Path) -> None:
    body = (
        "The State Department declined to discuss the intelligence but said it would keep "
        'working with partners "to expose every shipment" between the two countries.\n\n'
        '"The flow of arms is growing," said Under Secretary of Commerce Alan Estevez. '
        '"Commerce will continue to use its export controls against every supplier."\n\n'
        '"There is a risk that Pyongyang will send more missiles," an official told CNN.\n'
    )
    drafts = _extract(tmp_path, body).drafts
    assert [(d.speaker, d.act) for d in drafts] == [
        ("state-department", "pledges"),  # "said it would keep working ... \"to expose"
        ("alan-estevez", "asserts"),  # "of Commerce" is his title's, not his name's
        ("alan-estevez", "pledges"),  # the body his title names, in the next quotation
        ("official", "warns"),  # "There is a risk that"
    ]


def test_a_release_prints_a_named_officials_statement_after_said_colon(
    tmp_path: Path,
) -> None:
    title = "UK exposes North Korean supply lines"
    body = (
        f"News story\n\n{title}\n\n"
        "The UK has today published new intelligence on North Korean shells sent to Russia.\n\n"
        "From: Ministry of Defence and The Rt Hon John Healey MP\n"
        "Published 11 February 2025\n\n"
        "Today's release also names four vessels that carried the shipments.\n\n"
        "Defence Secretary John Healey said:\n\n"
        "Kim Jong Un is feeding Putin's war machine with shells that kill Ukrainians.\n\n"
        "The UK will keep exposing these supply lines until Russia ends its illegal invasion.\n\n"
        "Notes to editors\n\n"
        "The figures are drawn from published assessments of the shipments.\n\n"
        "Media enquiries\n"
    )
    front = f'---\noutlet: gov-uk\ntitle: "{title}"\npublished: 2025-02-11\nlanguage: en\n---\n'
    claims = _own_site("gov-uk", "GOV.UK", "gov.uk", country="GB")
    ledger = load(write_ledger(tmp_path / "data", claims, {"src-a": front + body}))
    result = extract(ledger, ledger.sources["src-a"])
    assert [(d.speaker, d.act) for d in result.drafts] == [
        ("ministry-of-defence", "announces"),  # the "From:" line's body, "has today published"
        ("ministry-of-defence", "announces"),  # "Today's release also names"
        ("john-healey", "accuses"),  # after "John Healey said:", his; "feeding ... war machine"
        ("john-healey", "pledges"),  # the charge is in the "until" clause
    ]  # the "From:" and "Published" lines and the notes to editors are no statements
    assert all(d.said == {"date": "2025-02-11", "note": "the day of the release"}
               for d in result.drafts)  # fmt: skip
    assert [s.reason for s in result.skipped] == ["introduces the statement printed after it"]


def test_a_council_summary_keeps_each_delegate_as_he_or_she(tmp_path: Path) -> None:
    body = (
        "Opening the meeting this morning, Rosemary DiCarlo, Under-Secretary-General for "
        "Political Affairs, said the transfers breached Council resolutions. She urged both "
        "countries to comply.\n\n"
        "The representative of France said the debris was North Korean. He accused the "
        "Russian Federation of violating the resolutions.\n\n"
        "The representative of North Korea said the matter was "
        'sovereign. "My country will never accept sanctions imposed by hostile forces," he '
        "declared.\n"
    )
    drafts = _extract(tmp_path, body).drafts
    assert [(d.speaker, d.act) for d in drafts] == [
        ("rosemary-dicarlo", "accuses"),  # no participle speaks; "breached Council resolutions"
        ("rosemary-dicarlo", "calls-for"),
        ("france-government", "asserts"),
        ("france-government", "accuses"),  # "He": the representative who spoke before
        ("north-korea", "asserts"),
        ("north-korea", "pledges"),  # "My country will never accept"
    ]
    assert drafts[0].said == {"expression": "this morning"}


def test_hearing_and_protest_forms(tmp_path: Path) -> None:
    body = (
        "North Korea's soldiers are gaining experience that could make them more dangerous, "
        "the top U.S. commanders in the region told lawmakers Thursday.\n\n"
        "Gen. Paul LaCamera, commander of U.S. Forces Korea, testified that Pyongyang had "
        "rotated fresh troops into Kursk.\n\n"
        "The Institute for the Study of War continues to assess that Russia uses the units as "
        "assault infantry.\n\n"
        "A Russian milblogger claimed that the crews had become more accurate.\n\n"
        "Japan on Wednesday lodged a protest with North Korea after another launch.\n\n"
        "Defense Minister Gen Nakatani told reporters that the missile flew for 86 minutes.\n\n"
        "Andrii Kovalenko, head of Ukraine's Center for Countering Disinformation (CCD), said "
        "that Russia was hiding its use of the troops.\n"
    )
    drafts = _extract(tmp_path, body).drafts
    assert [(d.speaker, d.act) for d in drafts] == [
        ("top-u-s-commanders-in-the-region", "warns"),  # "could make them more dangerous"
        ("paul-lacamera", "asserts"),  # "testified"
        ("institute-for-the-study-of-war", "assesses"),  # "continues to assess"
        ("russian-milblogger", "asserts"),
        ("japan-government", "accuses"),  # "lodged a protest"
        ("gen-nakatani", "asserts"),  # "Gen" after a title is his given name
        ("andrii-kovalenko", "accuses"),  # the body's initials do not end the subject
    ]


def test_a_statement_page_speaks_its_own_i_and_a_provocation_that_threatens(
    tmp_path: Path,
) -> None:
    title = "Statement by Prime Minister Shigeru Ishiba on the Missile Launch"
    body = (
        f"{title}\n\n"
        "November 5, 2024\n\n"
        "This is an act of provocation that threatens the peace and security of the region.\n\n"
        "I urge North Korea to stop these launches at once.\n\n"
        "The Government of Japan will not sit idly by while this cooperation deepens.\n\n"
        "We will respond according to the development of the situation with our allies.\n"
    )
    front = f'---\noutlet: yonhap\ntitle: "{title}"\npublished: 2024-11-05\nlanguage: en\n---\n'
    ledger = load(write_ledger(tmp_path / "data", _with_kcna(), {"src-a": front + body}))
    drafts = extract(ledger, ledger.sources["src-a"]).drafts
    assert [(d.speaker, d.act) for d in drafts] == [
        ("shigeru-ishiba", "accuses"),  # no speaker for "threatens": the page's speaker
        ("shigeru-ishiba", "calls-for"),  # "I urge": the page's speaker
        ("shigeru-ishiba", "warns"),  # "will not sit idly by"
        ("shigeru-ishiba", "pledges"),  # "according to the development of": no source
    ]


def test_what_cannot_be_ruled_out_done_or_to_come(tmp_path: Path) -> None:
    body = (
        "Defense Minister Minoru Kihara said the government could not rule out that Russia "
        "had helped North Korea prepare the launch.\n\n"
        "A senior official said Japan cannot rule out the possibility that Moscow will "
        "supply Pyongyang with engines.\n"
    )
    drafts = _extract(tmp_path, body).drafts
    assert [d.act for d in drafts] == ["suspects", "predicts"]


def test_a_signal_to_others_and_a_bodys_next_step(tmp_path: Path) -> None:
    body = (
        'Leonid Slutsky wrote on Telegram that the treaty "sends a clear signal to those who '
        'would like to test our resolve."\n\n'
        "Kaja Kallas said the bloc would adopt its 16th package of sanctions later on Monday.\n"
    )
    drafts = _extract(tmp_path, body).drafts
    assert [(d.speaker, d.act) for d in drafts] == [
        ("leonid-slutsky", "warns"),  # "sends a clear signal to"
        ("kaja-kallas", "intends"),  # "the bloc would adopt"
    ]


def test_a_figure_given_on_a_day_dates_the_estimate(tmp_path: Path) -> None:
    body = (
        "South Korea's spy agency said on Sunday that the troops had begun using drones.\n\n"
        "The spy agency estimated that more than 3,000 soldiers had been killed or wounded, a "
        "figure it gave to lawmakers at a closed-door session on Monday.\n"
    )
    drafts = _extract(tmp_path, body).drafts
    assert [d.said for d in drafts] == [{"expression": "on Sunday"}, {"expression": "on Monday"}]


def _own_site_claims(outlet_id: str, name: str, alias: str) -> str:
    entry = (
        f"  - id: {outlet_id}\n    name: {name}\n    kind: online\n    country: JP\n"
        f"    aliases: [{alias}]\n"
    )
    return _with_kcna().replace("outlets:\n", "outlets:\n" + entry, 1)


def test_a_ministry_press_conference_answers_are_the_ministers(tmp_path: Path) -> None:
    title = "Press Conference by Foreign Minister SATO Kenji"
    body = (
        f"{title}\n\n"
        "Tuesday, March 4, 2025, 10:30 a.m. Ministry of Foreign Affairs\n\n"
        "Minister Sato: I have nothing to report at the outset today.\n\n"
        "Reporter from Kyodo: Seoul says more North Korean troops have gone to Russia. "
        "What is your view?\n\n"
        "Minister Sato: Japan is seriously concerned about the deployment. There is a "
        "possibility that Russia will give North Korea missile technology. We will keep "
        "working closely with the United States.\n"
    )
    front = f'---\noutlet: mofa-jp\ntitle: "{title}"\npublished: 2025-03-04\nlanguage: en\n---\n'
    claims = _own_site_claims("mofa-jp", "Ministry of Foreign Affairs of Japan", "mofa.go.jp")
    ledger = load(write_ledger(tmp_path / "data", claims, {"src-a": front + body}))
    result = extract(ledger, ledger.sources["src-a"])
    assert [(d.speaker, d.act) for d in result.drafts] == [
        ("sato-kenji", "expresses-concern"),  # the labelled minister, named in the title
        ("sato-kenji", "predicts"),  # "There is a possibility that ... will"
        ("sato-kenji", "pledges"),  # "We will keep working"
    ]
    assert [(d.said or {}).get("date") for d in result.drafts] == ["2025-03-04"] * 3
    text = ledger.sources["src-a"].text
    asked = [s for s in result.skipped if text[s.start : s.end].startswith("Reporter from")]
    assert [s.reason for s in asked] == ["a question put to the speaker"]


def test_an_institutions_statement_page_speaks_its_unattributed_paragraphs(
    tmp_path: Path,
) -> None:
    title = "Statement by the High Representative on behalf of the EU on the missile launches"
    body = (
        "Council of the EU\nPress release\n14 January 2025 17:30\n\n"
        f"{title}\n\n"
        "The European Union strongly condemns the launch of ballistic missiles by North "
        "Korea.\n\n"
        "These launches are a serious threat to regional and international security.\n\n"
        "The EU stands ready to take further restrictive measures against those "
        "responsible.\n\n"
        "The European Union will continue to support the people of Ukraine.\n"
    )
    front = f'---\noutlet: council-eu\ntitle: "{title}"\npublished: 2025-01-14\nlanguage: en\n---\n'
    claims = _own_site_claims("council-eu", "Council of the European Union", "consilium.europa.eu")
    ledger = load(write_ledger(tmp_path / "data", claims, {"src-a": front + body}))
    drafts = extract(ledger, ledger.sources["src-a"]).drafts
    assert [(d.speaker, d.act) for d in drafts] == [
        ("european-union", "accuses"),
        ("eu", "warns"),  # no subject of its own: the body the title says it speaks for
        ("eu", "pledges"),  # "stands ready to"
        ("european-union", "pledges"),  # the body that spoke above, of itself
    ]
    assert [(d.said or {}).get("date") for d in drafts] == ["2025-01-14"] * 4
    # on a news site the same paragraphs are nobody's statements
    news = _own_site_claims("council-eu", "Brussels Weekly", "brusselsweekly.com")
    ledger = load(write_ledger(tmp_path / "news", news, {"src-a": front + body}))
    assert [d.speaker for d in extract(ledger, ledger.sources["src-a"]).drafts] == [
        "european-union"
    ]


def test_long_titled_subjects_and_lawmakers_party_labels(tmp_path: Path) -> None:
    body = (
        "The deputy head of the Russian presidential administration's foreign policy "
        "department, Igor Nesterov, said the cooperation broke no international rules.\n\n"
        "Sen. Roger Wicker (R-Miss.), the ranking member of the committee, accused the Biden "
        "administration of ignoring the warning signs.\n\n"
        "Sen. Jack Reed (D-R.I.), the committee's chairman, pushed back, saying allies had "
        "moved faster than expected.\n"
    )
    drafts = _extract(tmp_path, body).drafts
    assert [(d.speaker, d.act) for d in drafts] == [
        ("igor-nesterov", "asserts"),  # the name after a title of nine words
        ("roger-wicker", "accuses"),  # not "Biden", the object
        ("jack-reed", "asserts"),
    ]


def test_an_indefinite_alias_names_the_person_only_where_the_text_names_them(
    tmp_path: Path,
) -> None:
    people = _with_kcna().replace(
        "outlets:\n",
        "  - id: john-hill\n    name: John Hill\n    kind: person\n    country: US\n"
        "    aliases: [a senior Pentagon official]\noutlets:\n",
        1,
    )
    unnamed = "A senior Pentagon official told lawmakers that Russia could help Pyongyang.\n"
    assert [d.speaker for d in _extract(tmp_path / "a", unnamed, people).drafts] == [
        "senior-pentagon-official"
    ]
    named = unnamed + "\nJohn Hill said the aid had grown since last year.\n"
    assert [d.speaker for d in _extract(tmp_path / "b", named, people).drafts] == [
        "john-hill",
        "john-hill",
    ]


def test_the_head_noun_names_the_speaker_before_and_called_reports_deny(
    tmp_path: Path,
) -> None:
    body = (
        "A Russian battalion commander told state television that North Korean gunners had "
        "joined his unit.\n\n"
        '"They learn quickly and they do not complain," said the commander, who goes by the '
        'call sign "Grom".\n\n'
        "The Kremlin has repeatedly called reports of North Korean infantry fighting inside "
        'Russia\'s Kursk region "a provocation".\n'
    )
    drafts = _extract(tmp_path, body).drafts
    assert [(d.speaker, d.act) for d in drafts] == [
        ("russian-battalion-commander", "asserts"),
        ("russian-battalion-commander", "asserts"),  # "the commander": the one just named
        ("russia-government", "denies"),  # reports of a deed called "a provocation"
    ]


def test_a_body_reporting_to_a_committee_speaks_not_the_lawmaker_who_told(
    tmp_path: Path,
) -> None:
    body = (
        "The Defense Intelligence Agency reported to the National Assembly's Defense "
        "Committee that North Korean troops had begun operating attack drones, according to "
        "Rep. Yu Yong-weon of the ruling party.\n"
    )
    drafts = _extract(tmp_path, body).drafts
    assert [d.speaker for d in drafts] == ["defense-intelligence-agency"]


def test_a_body_that_continues_to_assess_judges(tmp_path: Path) -> None:
    body = (
        "Ely Ratner said the Defense Department continues to assess that Russia intends to "
        "support North Korea's space programme.\n"
    )
    drafts = _extract(tmp_path, body).drafts
    assert [(d.speaker, d.act) for d in drafts] == [
        ("ely-ratner", "assesses"),
        ("defense-department", "assesses"),  # the body whose judgement he gives
    ]


def test_the_embassy_named_again_is_the_embassy_that_spoke(tmp_path: Path) -> None:
    body = (
        "Russia's embassy in Ottawa said the measures were illegitimate.\n\n"
        '"These restrictions have no legal force," the embassy said in a post on Telegram.\n'
    )
    first, second = run(tmp_path, body).drafts
    assert first.speaker == second.speaker == "russia-s-embassy-in-ottawa"
    assert second.resolved_by == "anaphor"


@pytest.mark.parametrize(
    "who", ["a senior officer at the Joint Chiefs", "one retired official in the ministry"]
)
def test_a_described_person_with_a_place_is_one_unnamed_person(tmp_path: Path, who: str) -> None:
    body = f'"The engine problems were solved with Russian help," {who} told reporters.\n'
    (draft,) = run(tmp_path, body).drafts
    assert draft.new_actor is not None and draft.new_actor["kind"] == "person"
    assert draft.speaker == who.split(" ", 1)[1].lower().replace(" ", "-")


def test_a_body_described_by_who_set_it_up_and_when_is_the_subject(tmp_path: Path) -> None:
    body = (
        "The monitoring group, set up last year by Japan, South Korea and nine other "
        "countries after Russia blocked the UN panel, said in its report that the shells "
        "had been moved by rail.\n"
    )
    (draft,) = run(tmp_path, body).drafts
    assert draft.speaker == "monitoring-group"


def test_an_outlets_id_at_the_end_of_a_persons_name_is_no_mention_of_it(tmp_path: Path) -> None:
    outlet = "  - id: barrons\n    name: Barron's\n    kind: newspaper\n"
    claims = _claims_yaml().replace("outlets:\n", "outlets:\n" + outlet, 1)
    front = "---\noutlet: yonhap\ntitle: T\npublished: 2025-02-01\nlanguage: en\n---\n"
    body = (
        "General Sir Richard Barrons said Europe could not afford to ignore the pact.\n\n"
        "The deal was first reported by Barrons.\n"
    )
    ledger = load(write_ledger(tmp_path / "data", claims, {"src-a": front + body}))
    (draft,) = extract(ledger, ledger.sources["src-a"]).drafts
    assert draft.speaker == "sir-richard-barrons" and draft.resolved_by == "new"


def test_a_short_outlet_name_at_the_start_of_a_longer_name_is_no_mention_of_it(
    tmp_path: Path,
) -> None:
    outlet = "  - id: the-national\n    name: The National\n    kind: newspaper\n"
    claims = _claims_yaml().replace("outlets:\n", "outlets:\n" + outlet, 1)
    front = "---\noutlet: yonhap\ntitle: T\npublished: 2025-02-01\nlanguage: en\n---\n"
    body = (
        "The shells had left Rajin, a lawmaker told reporters after a briefing by the "
        "National Intelligence Service.\n\n"
        "The shells left Rajin on Friday, The National reported Monday.\n"
    )
    ledger = load(write_ledger(tmp_path / "data", claims, {"src-a": front + body}))
    drafts = extract(ledger, ledger.sources["src-a"]).drafts
    assert [d.speaker for d in drafts] == ["lawmaker", "the-national"]
    assert "the-national" not in [h["via"] for h in drafts[0].relay]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Sejong Institute first reported in September that the shells had left Rajin.",
        "The Sejong Institute also said in September that the shells had left Rajin.",
    ],
)
def test_an_adverb_between_subject_and_verb_is_no_part_of_the_subject(
    tmp_path: Path, sentence: str
) -> None:
    (draft,) = run(tmp_path, sentence + "\n").drafts
    assert draft.speaker == "sejong-institute"


def test_a_name_whose_who_clause_holds_commas_is_the_subject(tmp_path: Path) -> None:
    body = (
        "Deputy Minister Oleg Petrov, who co-chairs the commission on trade, economic, "
        "scientific and technical cooperation, told reporters the protocol was signed.\n"
    )
    (draft,) = run(tmp_path, body).drafts
    assert draft.speaker == "oleg-petrov"


def test_a_date_before_the_subject_is_no_part_of_its_id(tmp_path: Path) -> None:
    body = (
        "As reported, on January 4 the Defence Intelligence Agency said the shells had arrived.\n"
    )
    (draft,) = run(tmp_path, body).drafts
    assert draft.speaker == "defence-intelligence-agency"
    assert isinstance(draft.said, dict) and draft.said.get("date") == "2023-01-04"


def test_the_panel_is_not_the_speaker_whose_lead_named_a_panel(tmp_path: Path) -> None:
    body = (
        "Russia's veto of a UN panel that monitors sanctions will leave the council blind, "
        "Malta's ambassador to the UN, Vanessa Frazier, said on Thursday.\n\n"
        "In its latest report, made public earlier this month, the panel said it was "
        "investigating reports of arms transfers from North Korea to Russia.\n"
    )
    first, second = run(tmp_path, body).drafts
    assert first.speaker == "vanessa-frazier"
    assert second.speaker not in (None, "vanessa-frazier")
    assert "panel" in second.speaker


@pytest.mark.parametrize("opener", ["But", "When"])
def test_the_word_opening_a_sentence_is_no_part_of_a_pronouns_antecedent(
    tmp_path: Path, opener: str
) -> None:
    body = (
        f"{opener} Sergei Lavrov stepped off his plane in Pyongyang, a band was waiting.\n\n"
        'He said the visit was "historic".\n'
    )
    (draft,) = run(tmp_path, body).drafts
    assert draft.speaker == "sergei-lavrov"


@pytest.mark.parametrize("verb", ["likened", "compared"])
def test_a_likening_to_a_quotation_is_speech(tmp_path: Path, verb: str) -> None:
    body = (
        f"South Korea's ambassador, Hwang Joon-kook, {verb} the veto to "
        '"destroying a CCTV to avoid being caught red-handed".\n'
    )
    (draft,) = run(tmp_path, body).drafts
    assert draft.speaker == "hwang-joon-kook"
    assert draft.mode == "reported"


def test_a_comparison_without_a_quotation_is_no_speech(tmp_path: Path) -> None:
    body = "Exports compared the shipments to last year's figures and found them lower.\n"
    assert run(tmp_path, body).drafts == []


@pytest.mark.parametrize(
    ("tail", "party"),
    [
        ("a programme that Seoul says has been receiving technical help from Russia", "Seoul"),
        ("a launch that Tokyo condemned as a breach of UN resolutions", "Tokyo"),
    ],
)
def test_a_relative_clause_attributed_to_a_party_is_its_claim(
    tmp_path: Path, tail: str, party: str
) -> None:
    body = f"North Korea said a rocket carrying its spy satellite exploded on Monday, {tail}.\n"
    drafts = run(tmp_path, body).drafts
    assert [d.speaker_text for d in drafts] == ["North Korea", party]


def test_a_that_clause_after_an_object_is_no_relative_clause(tmp_path: Path) -> None:
    body = "Foreign Minister Cho Tae-yul told the council that Seoul says the shells left.\n"
    drafts = run(tmp_path, body).drafts
    assert [d.speaker for d in drafts] == ["cho-tae-yul"]


def test_the_one_holder_of_a_title_keeps_its_country_in_a_sentence_naming_another(
    tmp_path: Path,
) -> None:
    body = (
        "The Russian foreign minister met Kim Jong Un on Thursday.\n\n"
        'Kim told him that Pyongyang would "invariably support" the Russian government.\n'
    )
    result = run(tmp_path, body)
    (draft,) = result.drafts
    assert draft.speaker == "kim-jong-un"
    assert draft.act == "pledges"  # his own country's deed to come
    (kim,) = [a for a in result.actors_for(result.drafts) if a["id"] == "kim-jong-un"]
    assert kim["country"] == "KP"


def test_a_clause_on_the_own_country_still_leaves_its_deed_pledged(tmp_path: Path) -> None:
    body = (
        "Italian Foreign Minister Antonio Tajani said on Thursday that Italy, which holds the "
        "rotating G7 presidency this year, would work with its partners to keep monitoring "
        "the sanctions.\n"
    )
    (draft,) = run(tmp_path, body).drafts
    assert draft.act == "pledges"


@pytest.mark.parametrize(
    "sentence",
    [
        "North Korea has never exported weapons to Russia, a senior official of the "
        "country\u2019s defence ministry said on Friday.",
        "North Korea has no intention of exporting its military technology to any country, "
        "Kim Yo Jong, the sister of leader Kim Jong Un, said on Friday.",
    ],
)
def test_the_own_country_not_doing_a_deed_is_denied(tmp_path: Path, sentence: str) -> None:
    (draft,) = run(tmp_path, sentence + "\n").drafts
    assert draft.act == "denies"


def test_a_figure_of_these_years_is_of_his_own_country(tmp_path: Path) -> None:
    body = (
        "Russian state media said Sergei Shoigu arrived in Pyongyang on Friday.\n\n"
        "Kim Yo Jong said on Saturday that the United States was spreading lies.\n"
    )
    result = run(tmp_path, body)
    countries = {a["id"]: a.get("country") for a in result.actors_for(result.drafts)}
    assert countries.get("kim-yo-jong") == "KP"


@pytest.mark.parametrize(
    ("sentence", "act"),
    [
        ("John Kirby said on Monday that the troops were in Kursk and that Washington expected "
         "them to enter combat soon.", "predicts"),
        ("Andrei Rudenko told the Interfax news agency on Tuesday that Moscow expected Seoul to "
         'show "restraint".', "asserts"),
        ('"There is a high possibility that North Korea will send regular troops," Kim Yong-hyun '
         "told lawmakers.", "predicts"),
        ('"The number of North Korean servicemen in Russia may grow to 15,000 by the end of the '
         'year," Kyrylo Budanov said.', "predicts"),
    ],
)  # fmt: skip
def test_what_a_party_expects_or_holds_possible_to_come_is_forecast(
    tmp_path: Path, sentence: str, act: str
) -> None:
    (draft,) = run(tmp_path, sentence + "\n").drafts
    assert draft.act == act


@pytest.mark.parametrize(
    "quote",
    [
        "Russia is so desperate for munitions that it is turning to a regime cut off from the "
        "world.",
        "Moscow is looking for support wherever it can find it.",
        "Russia is seeking support and weapons wherever it can find them.",
        "This shows how much Moscow now needs Kim's shells.",
        "The Kremlin is running short of men it is willing to send to die.",
        "Moscow is trying, in desperation, to strengthen relations with Pyongyang.",
    ],
)
def test_words_calling_a_party_desperate_charge_it(tmp_path: Path, quote: str) -> None:
    (draft,) = run(tmp_path, f'"{quote.rstrip(".")}," Lindsey Ford said.\n').drafts
    assert draft.act == "accuses"


@pytest.mark.parametrize(
    ("quote", "act"),
    [
        ("They have been accusing everyone of everything for a long time", "denies"),
        ("Washington never provides any evidence for what it says", "denies"),
        ("Russia's actions have cynically undermined international peace and security",
         "accuses"),
        ("The launch would undermine regional and global peace and stability", "accuses"),
        ("Moscow acted in total disregard of its responsibilities", "accuses"),
        ("The panel was an instrument of political pressure", "accuses"),
    ],
)  # fmt: skip
def test_charges_without_proof_are_denied_and_undermining_the_peace_is_charged(
    tmp_path: Path, quote: str, act: str
) -> None:
    (draft,) = run(tmp_path, f'"{quote}," Lindsey Ford said.\n').drafts
    assert draft.act == act


@pytest.mark.parametrize(
    "first",
    [
        "Foreign Minister Tobias Billstrom (M) said on Thursday that the ties were a concern.",
        "Tobias Billstrom said on Thursday that the ties were a concern, Foreign Minister "
        "Tobias Billstrom's office said.",
    ],
)
def test_a_minister_of_no_country_named_speaks_for_the_papers_country(
    tmp_path: Path, first: str
) -> None:
    body = first + "\n\nHe said Sweden would push for the EU to be ready with new sanctions.\n"
    outlet = "  - id: local-se\n    name: The Local Sweden\n    kind: online\n    country: SE\n"
    claims = _claims_yaml().replace("outlets:\n", "outlets:\n" + outlet, 1)
    front = "---\noutlet: local-se\ntitle: T\npublished: 2023-09-14\nlanguage: en\n---\n"
    paths = write_ledger(tmp_path / "data", claims, {"src-a": front + body})
    ledger = load(paths)
    drafts = extract(ledger, ledger.sources["src-a"]).drafts
    assert [(d.speaker, d.act) for d in drafts][-1] == ("tobias-billstrom", "pledges")


@pytest.mark.parametrize(
    "sentence",
    [
        'The Korean Central News Agency quoted Mr Kim as saying North Korea would "invariably '
        "support\" Russia's policy.",
        'North Korean leader Kim Jong Un told Putin that his country would give "full and '
        'unconditional support" to Moscow.',
    ],
)
def test_the_own_countrys_support_to_come_is_pledged_when_quoted_as_saying_or_given(
    tmp_path: Path, sentence: str
) -> None:
    (draft,) = run(tmp_path, sentence + "\n").drafts
    assert (draft.speaker, draft.act) == ("kim-jong-un", "pledges")


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Russia vetoed the renewal, a move the Biden administration says is designed to bury "
         "evidence.", "biden-administration"),
        ("Shoigu toured an arms exhibition in July, on a trip U.S. officials said was aimed at "
         "securing munitions.", "u-s-officials"),
    ],
)  # fmt: skip
def test_the_party_of_a_relative_clause_without_that_is_no_part_of_its_noun(
    tmp_path: Path, sentence: str, speaker: str
) -> None:
    drafts = run(tmp_path, sentence + "\n").drafts
    assert speaker in [d.speaker for d in drafts]


def test_an_opening_conjunction_is_no_part_of_the_full_name_a_surname_takes(
    tmp_path: Path,
) -> None:
    body = (
        "When Sergei Lavrov stepped off his plane in Pyongyang, a band was waiting.\n\n"
        "The next day Lavrov said the visit was historic.\n"
    )
    (draft,) = run(tmp_path, body).drafts
    assert draft.speaker == "sergei-lavrov"


def test_a_spokesperson_of_a_ministry_whose_name_holds_and_is_one_speaker(
    tmp_path: Path,
) -> None:
    body = (
        '"North Korea clearly violates the resolutions," a Ministry of Foreign Affairs and '
        "Trade spokesperson said.\n"
    )
    (draft,) = run(tmp_path, body).drafts
    assert draft.speaker_text == "a Ministry of Foreign Affairs and Trade spokesperson"


@pytest.mark.parametrize(
    "body",
    [
        "Asked by Russian state television whether Moscow would help Kim build satellites, "
        'Vladimir Putin said: "That is why we came here."',
        '"That is why we have come here," Vladimir Putin told Russian state television when '
        "asked whether Russia would help the North build satellites.",
    ],
)
def test_the_unnamed_media_that_asked_or_were_told_carry_the_answer(
    tmp_path: Path, body: str
) -> None:
    (draft,) = run(tmp_path, body + "\n").drafts
    assert [h["via"] for h in draft.relay] == ["russian-state-television"]


def test_a_significant_and_concerning_escalation_is_a_charge(tmp_path: Path) -> None:
    body = (
        '"This is a significant and concerning escalation in the DPRK\'s support for Russia," '
        "John Kirby said.\n"
    )
    (draft,) = run(tmp_path, body).drafts
    assert draft.act == "accuses"


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("Vladimir Putin said during Kim's visit to the Vostochny Cosmodrome last September that "
         "Moscow would help North Korea build satellites.", "2023-09"),
        ("At a summit with Kim Jong Un at the Vostochny Cosmodrome in September, Vladimir Putin "
         "said that Moscow would help Pyongyang build satellites.", "2023-09"),
        ("Kim met Vladimir Putin at the Vostochny Cosmodrome in September, when Putin said "
         "Moscow would help Pyongyang build satellites.", "2023-09"),
    ],
)  # fmt: skip
def test_the_occasion_of_words_dates_them(tmp_path: Path, sentence: str, date: str) -> None:
    (draft,) = run(tmp_path, sentence + "\n", published="2023-11-20").drafts
    assert isinstance(draft.said, dict) and draft.said.get("date") == date


def test_last_and_a_month_is_the_latest_such_month_before_publication() -> None:
    assert said_value("last September", parse_date("2024-05-20")) == {
        "date": "2023-09",
        "expression": "last September",
    }
    later = said_value("last September", parse_date("2024-11-02"))
    assert later is not None and later["date"] == "2024-09"


def test_every_one_holder_of_a_title_is_a_figure_of_its_country() -> None:
    from rnkclaims.authoring.extract.resolution import FIGURE_COUNTRIES, TITLE_HOLDERS

    for (code, _), name in TITLE_HOLDERS.items():
        assert FIGURE_COUNTRIES[name.lower()] == code
