"""``source add``: archiving an article with its front matter."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from rnkclaims.authoring.sources_add import NewSource, prepare, resolve_outlet, source_id_for
from rnkclaims.check import check
from rnkclaims.cli import app
from rnkclaims.dates import parse_date
from rnkclaims.errors import NotFoundError
from rnkclaims.ledger import load, locate
from rnkclaims.ledger.yamlread import parse_yaml

runner = CliRunner()

ARTICLE = "SEOUL, Sept. 20 (Yonhap) -- Hill said the allies discussed space.\n"


def add(root: Path, *args: str, stdin: str | None = None) -> object:
    return runner.invoke(app, ["source", "add", *args, "--ledger", str(root)], input=stdin)


def test_add_from_a_file(ledger_dir: Path, tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    result = runner.invoke(
        app,
        [
            "source", "add", str(article), "--outlet", "Yonhap News Agency",
            "--title", "Allies discuss space: a first", "--published", "2023-09-20",
            "--url", "https://en.yna.co.kr/view/AEN2023", "--ledger", str(ledger_dir),
        ],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    sid = "2023-09-yonhap-allies-discuss-space-a-first"
    assert result.stdout == sid + "\n"
    text = (ledger_dir / "sources" / f"{sid}.txt").read_text(encoding="utf-8")
    head, body = text.split("---\n", 2)[1:]
    assert body == ARTICLE
    assert head.startswith(
        'outlet: yonhap\ntitle: "Allies discuss space: a first"\n'
        "url: https://en.yna.co.kr/view/AEN2023\npublished: 2023-09-20\nlanguage: en\n"
    )
    ledger = load(locate(ledger_dir))
    assert ledger.sources[sid].meta["title"] == "Allies discuss space: a first"
    report = check(ledger).report
    assert report.errors == []
    assert [p.code for p in report.warnings] == ["source-unused"]


def test_add_from_stdin_with_translation_and_id(ledger_dir: Path) -> None:
    result = add(
        ledger_dir, "-", "--outlet", "tass", "--title", "T", "--published", "2015-04",
        "--language", "en", "--translated-from", "ru", "--id", "tass-2015-space",
        stdin="Pak told TASS the programme is peaceful.\n",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    meta = load(locate(ledger_dir)).sources["tass-2015-space"].meta
    assert (meta["outlet"], meta["published"], meta["translated_from"]) == ("tass", "2015-04", "ru")


def test_same_text_or_url_is_refused_with_its_id(ledger_dir: Path) -> None:
    same_text = add(
        ledger_dir, "-", "--outlet", "tass", "--title", "Copy", "--published", "2023-09-20",
        stdin=(ledger_dir / "sources" / "src-a.txt").read_text().split("---\n", 2)[2]
        .replace("\n", "\r\n") + "\n\n",
    )  # fmt: skip
    assert same_text.exit_code == 1
    assert "Error: already archived as 'src-a' (same text)" in same_text.stderr
    first = add(
        ledger_dir, "-", "--outlet", "tass", "--title", "One", "--published", "2023",
        "--url", "https://tass.com/world/1", stdin="First text.\n",
    )  # fmt: skip
    assert first.exit_code == 0
    second = add(
        ledger_dir, "-", "--outlet", "tass", "--title", "Two", "--published", "2023",
        "--url", "http://www.tass.com/world/1/", stdin="Other text.\n",
    )  # fmt: skip
    assert second.exit_code == 1
    assert f"already archived as '{first.stdout.strip()}' (same URL)" in second.stderr


def test_unknown_outlet_is_offered_the_closest(ledger_dir: Path) -> None:
    result = add(
        ledger_dir, "-", "--outlet", "yonhapp", "--title", "T", "--published", "2023",
        stdin="Text.\n",
    )  # fmt: skip
    assert result.exit_code == 3
    assert "Error: unknown outlet 'yonhapp'" in result.stderr
    assert "did you mean 'yonhap'?" in result.stderr
    assert not any(p.name != "src-a.txt" for p in (ledger_dir / "sources").iterdir())


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--published", "2023-02-30"], "February 2023 has 28 days"),
        (["--published", "20 Sept"], "is not a date"),
        (["--published", "2023", "--language", "English"], "not an ISO 639-1 code"),
        (["--published", "2023", "--id", "Bad Id"], "is not a valid id"),
        (["--published", "2023", "--id", "src-a"], "already exists"),
    ],
)
def test_bad_values_are_usage_errors(ledger_dir: Path, args: list[str], message: str) -> None:
    result = add(ledger_dir, "-", "--outlet", "tass", "--title", "T", *args, stdin="New.\n")
    assert result.exit_code == 2, result.output
    assert message in result.stderr


def test_missing_file_is_not_found(ledger_dir: Path, tmp_path: Path) -> None:
    result = add(ledger_dir, str(tmp_path / "nope.txt"), "--outlet", "tass", "--title", "T",
                 "--published", "2023")  # fmt: skip
    assert result.exit_code == 3


def test_generated_ids_do_not_collide(ledger_dir: Path) -> None:
    ledger = load(locate(ledger_dir))
    new = NewSource(text="A.\n", outlet="tass", title="Same title", published="2023-01-02")
    sid, _, _ = prepare(ledger, new, date(2024, 1, 1))
    (ledger_dir / "sources" / f"{sid}.txt").write_text("taken", encoding="utf-8")
    again, _, text = prepare(load(locate(ledger_dir)), new, date(2024, 1, 1))
    assert again == sid + "-2"
    assert "retrieved: 2024-01-01\n" in text


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        ("2023-09-20", "2023-09-tass-kim-s-visit-to-moscow-what"),
        ("2023-09", "2023-09-tass-kim-s-visit-to-moscow-what"),
        ("2023", "2023-tass-kim-s-visit-to-moscow-what"),
    ],
)
def test_ids_have_the_month_whatever_the_precision(published: str, expected: str) -> None:
    title = "Kim's visit to Moscow: what next?"
    assert source_id_for(parse_date(published), "tass", title) == expected


def test_same_month_and_title_get_a_suffix(ledger_dir: Path) -> None:
    ids = [
        add(
            ledger_dir, "-", "--outlet", "TASS", "--title", "Kim in Moscow", "--published", day,
            stdin=f"Text published on {day}.\n",
        ).stdout.strip()
        for day in ("2023-09-12", "2023-09-13", "2023-09")
    ]  # fmt: skip
    assert ids == ["2023-09-tass-kim-in-moscow", "2023-09-tass-kim-in-moscow-2",
                   "2023-09-tass-kim-in-moscow-3"]  # fmt: skip
    year_only = add(ledger_dir, "-", "--outlet", "tass", "--title", "Kim in Moscow",
                    "--published", "2023", stdin="Another text.\n")  # fmt: skip
    assert year_only.stdout == "2023-tass-kim-in-moscow\n"


def test_id_and_outlet_helpers(ledger_dir: Path) -> None:
    ledger = load(locate(ledger_dir))
    assert resolve_outlet(ledger, "TASS") == "tass"
    with pytest.raises(NotFoundError, match="unknown outlet"):
        resolve_outlet(ledger, "Reuters")


def test_help_has_examples() -> None:
    result = runner.invoke(app, ["source", "add", "--help"])
    assert result.exit_code == 0
    assert "rnkclaims source add article.txt" in result.stdout
    assert "2023-09-yonhap-allies-discuss-space-cooperation" in " ".join(result.stdout.split())


# -- furniture and new outlets ---------------------------------------------------------------

WIRE = (
    "Putin says Russia will help North Korea build satellites\n"
    "By Guy Faulconbridge\n\n"
    "MOSCOW, Sept 13 (Reuters) - Russian President Vladimir Putin said on Wednesday that "
    "Russia would help North Korea build satellites.\n\n"
    "Read more:\nNorth Korea's Kim arrives in Russia by armoured train\n\n"
    "Kim later toured the launch site.\n\n"
    "(Reporting by Guy Faulconbridge; Editing by Andrew Osborn)\n"
)


def test_furniture_is_proposed_and_written_so_extract_skips_it(ledger_dir: Path) -> None:
    result = add(
        ledger_dir, "-", "--outlet", "tass", "--title", "Putin and satellites",
        "--published", "2023-09-13", "--furniture", "Kim later toured the launch site.",
        stdin=WIRE,
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    sid = result.stdout.strip()
    meta = load(locate(ledger_dir)).sources[sid].meta
    assert meta["furniture"] == [
        "Kim later toured the launch site.",
        "Putin says Russia will help North Korea build satellites",
        "By Guy Faulconbridge",
        "Read more:",
        "North Korea's Kim arrives in Russia by armoured train",
        "(Reporting by Guy Faulconbridge; Editing by Andrew Osborn)",
    ]
    assert "furniture (6 passage(s)" in result.stderr
    extracted = runner.invoke(app, ["extract", sid, "--explain", "--ledger", str(ledger_dir)])
    assert extracted.exit_code == 0, extracted.output
    claims = parse_yaml(extracted.stdout, "<stdout>").data["claims"]
    # the headline says "says" too, but only the story's sentence is drafted
    assert [c["excerpt"][:30] for c in claims] == ["Russian President Vladimir Put"]
    assert "skipped reported (in the source's furniture): Putin says Russia" in extracted.stderr


def test_no_detect_furniture_and_furniture_not_in_the_text(ledger_dir: Path) -> None:
    plain = add(
        ledger_dir, "-", "--outlet", "tass", "--title", "T", "--published", "2023-09-13",
        "--no-detect-furniture", stdin=WIRE,
    )  # fmt: skip
    assert plain.exit_code == 0, plain.output
    assert "furniture" not in load(locate(ledger_dir)).sources[plain.stdout.strip()].meta
    wrong = add(
        ledger_dir, "-", "--outlet", "tass", "--title", "T2", "--published", "2023-09-13",
        "--furniture", "Not printed anywhere", stdin="Another text.\n",
    )  # fmt: skip
    assert wrong.exit_code == 2
    assert "Error: --furniture 'Not printed anywhere' is not in the article" in wrong.stderr


def test_new_outlet_is_created_in_the_same_step(ledger_dir: Path) -> None:
    main = ledger_dir / "claims.yaml"
    before = main.read_text(encoding="utf-8")
    result = add(
        ledger_dir, "-", "--outlet", "Al Arabiya English", "--new-outlet",
        "--outlet-kind", "online", "--outlet-country", "ae",
        "--outlet-url", "https://english.alarabiya.net", "--title", "Troops in Kursk",
        "--published", "2024-10-30", "--agency", "tass", stdin="Kirby said so.\n",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert result.stdout == "2024-10-al-arabiya-english-troops-in-kursk\n"
    after = main.read_text(encoding="utf-8")
    assert after.startswith(before.split("topics:")[0].rstrip("\n"))  # text-level append
    ledger = load(locate(ledger_dir))
    outlet = next(o for o in ledger.outlets if o["id"] == "al-arabiya-english")
    assert outlet == {
        "id": "al-arabiya-english",
        "name": "Al Arabiya English",
        "kind": "online",
        "country": "AE",
        "url": "https://english.alarabiya.net",
    }
    assert ledger.sources[result.stdout.strip()].meta["outlet"] == "al-arabiya-english"
    assert check(ledger).report.errors == []


@pytest.mark.parametrize(
    ("args", "message", "code"),
    [
        (["--outlet", "TASS", "--new-outlet"], "the ledger already has the outlet 'tass'", 2),
        (["--outlet", "New Wire", "--new-outlet", "--outlet-kind", "blog"],
         "--outlet-kind 'blog' is not one of", 2),
    ],
)  # fmt: skip
def test_new_outlet_refusals_write_nothing(
    ledger_dir: Path, args: list[str], message: str, code: int
) -> None:
    main = ledger_dir / "claims.yaml"
    before = main.read_text(encoding="utf-8")
    result = add(ledger_dir, "-", *args, "--title", "T", "--published", "2023", stdin="X.\n")
    assert result.exit_code == code
    assert message in result.stderr
    assert main.read_text(encoding="utf-8") == before
    assert [p.name for p in (ledger_dir / "sources").iterdir()] == ["src-a.txt"]
