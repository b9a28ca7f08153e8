"""Growing the ledger: source add, extract, coverage, add."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from rnkclaims.cli.app import (
    LedgerOpt,
    append_entry,
    append_file,
    handle_errors,
    load_ledger,
    need_value,
    source_app,
)
from rnkclaims.cli.app import command as app_command
from rnkclaims.errors import ExitStatus, NotFoundError, UsageError

if TYPE_CHECKING:
    from rnkclaims.ledger import Ledger, Source

AppendFileOpt = Annotated[
    Path | None,
    typer.Option("--file", help="Ledger YAML file to append to. Default: claims.yaml."),
]


class CoverageFormat(StrEnum):
    text = "text"
    json = "json"


def _source(led: Ledger, name: str) -> Source:
    """A source by id, or by the path of its file."""
    import difflib

    if name in led.sources:
        return led.sources[name]
    stem = Path(name).stem if name.endswith(".txt") else None
    if stem and stem in led.sources:
        return led.sources[stem]
    close = difflib.get_close_matches(name, list(led.sources), n=1)
    raise NotFoundError(
        f"no source '{name}'",
        (f"did you mean '{close[0]}'?" if close else "source ids are the file names in sources/"),
    )


# -- source add ---------------------------------------------------------------------------


@source_app.command(
    "add",
    epilog=(
        "Examples:\n\n"
        "  rnkclaims source add article.txt --outlet yonhap --published 2023-09-20 "
        "--title 'Allies discuss space cooperation' --url https://en.yna.co.kr/...\n\n"
        "  pbpaste | rnkclaims source add - --outlet tass --published 2015-04 "
        "--title '...' --language en --translated-from ru\n\n"
        "  rnkclaims source add article.txt --outlet 'Al Arabiya English' --new-outlet "
        "--outlet-kind online --outlet-country AE --published 2024-10-30 --title '...' "
        "--agency reuters\n\n"
        "Prints the new source's id. Exit status: 0 archived, 1 already archived (the "
        "message names its id) or the new outlet would not validate, 2 bad value (date, "
        "language, id, furniture not in the text), 3 unknown outlet."
    ),
)
@handle_errors
def source_add(
    file: Annotated[
        str, typer.Argument(help="The article as a UTF-8 text file, or - for standard input.")
    ],
    outlet: Annotated[str, typer.Option("--outlet", "-o", help="Outlet id, name or alias.")],
    title: Annotated[str, typer.Option("--title", "-t", help="Headline.")],
    published: Annotated[
        str,
        typer.Option("--published", "-p", help="Publication date: YYYY, YYYY-MM or YYYY-MM-DD."),
    ],
    url: Annotated[str | None, typer.Option("--url", help="Where it was published.")] = None,
    language: Annotated[
        str, typer.Option("--language", help="Language of the archived text (ISO 639-1).")
    ] = "en",
    translated_from: Annotated[
        str | None,
        typer.Option(
            "--translated-from", help="Original language, when the text is a translation."
        ),
    ] = None,
    agency: Annotated[
        list[str] | None,
        typer.Option("--agency", help="A wire agency the article relies on (repeatable)."),
    ] = None,
    byline: Annotated[str | None, typer.Option("--byline", help="Author as printed.")] = None,
    source_id: Annotated[
        str | None,
        typer.Option("--id", help="Id to use instead of <YYYY-MM>-<outlet>-<title words>."),
    ] = None,
    furniture: Annotated[
        list[str] | None,
        typer.Option(
            "--furniture",
            help="A passage of page furniture extract must skip, as printed (repeatable).",
        ),
    ] = None,
    detect: Annotated[
        bool,
        typer.Option(
            "--detect-furniture/--no-detect-furniture",
            help="Propose the headline, bylines, captions, credits and teasers as furniture.",
        ),
    ] = True,
    new_outlet: Annotated[
        bool,
        typer.Option("--new-outlet", help="Create the outlet --outlet names in the ledger first."),
    ] = False,
    outlet_kind: Annotated[
        str,
        typer.Option("--outlet-kind", help="With --new-outlet: newspaper, wire-agency, ..."),
    ] = "online",
    outlet_country: Annotated[
        str | None,
        typer.Option("--outlet-country", help="With --new-outlet: ISO country code."),
    ] = None,
    outlet_url: Annotated[
        str | None, typer.Option("--outlet-url", help="With --new-outlet: the outlet's site.")
    ] = None,
    ledger: LedgerOpt = None,
) -> None:
    """Archive an article under sources/ with its metadata as front matter.

    The id is made from the publication month (the year alone when that is all that is
    known), the outlet and the first words of the title, as in
    2023-09-yonhap-allies-discuss-space-cooperation; -2, -3... are added when the id is
    taken. An unknown outlet is refused with the closest known ones, unless
    --new-outlet creates it (appended to the ledger file, comments kept; refused if it
    would not validate). An article already archived (same text or same URL) is refused
    with the id it has. The headline, bylines, time stamps, "Read more" teasers,
    captions and credits are detected and listed as the source's furniture (with any
    --furniture given), so that extract skips them. Without --agency, the one wire agency
    the text credits for its copy ("By AFP", "WRITER: AFP", "— Reuters", "(With inputs
    from PTI)") is written as the source's agencies. The file is written atomically.
    """
    from rnkclaims.authoring.sources_add import NewOutlet, NewSource, add_source
    from rnkclaims.render import note

    if file == "-":
        text = sys.stdin.read()
    else:
        path = Path(file)
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise NotFoundError(
                f"no file {file}", "give the article's path, or - for stdin"
            ) from None
        except (OSError, UnicodeDecodeError) as exc:
            raise UsageError(
                f"cannot read {file}: {exc}", "save the article as UTF-8 text"
            ) from None
    led = load_ledger(ledger)
    archived = add_source(
        led,
        NewSource(
            text=text,
            outlet=outlet,
            title=title,
            published=published,
            language=language,
            url=url,
            translated_from=translated_from,
            byline=byline,
            agencies=tuple(agency or ()),
            source_id=source_id,
            furniture=tuple(furniture or ()),
            detect=detect,
        ),
        new_outlet=(NewOutlet(outlet_kind, outlet_country, outlet_url) if new_outlet else None),
    )
    if archived.outlet_created is not None:
        note(f"added outlet '{archived.outlet}' to {led.paths.display(archived.outlet_created)}")
    if archived.furniture:
        note(
            f"furniture ({len(archived.furniture)} passage(s), skipped by extract; edit the "
            "front matter to change): " + " | ".join(archived.furniture)
        )
    if archived.credited is not None:
        note(
            f"agencies: {archived.credited} (credited in the text; the carrier of every claim "
            "the text gives no other for; --agency to set, --no-detect-furniture to skip)"
        )
    if archived.credited_unknown is not None:
        note(
            f"the page credits {archived.credited_unknown}, which is no outlet of the ledger: "
            "add it to 'outlets:' and give --agency, so that extract names it as the relay"
        )
    note(f"archived {led.paths.display(archived.path)}; next: rnkclaims extract {archived.id}")
    typer.echo(archived.id)


# -- extract ------------------------------------------------------------------------------


@app_command(
    "extract",
    epilog=(
        "Examples:\n\n"
        "  rnkclaims extract 2023-09-yonhap-allies-discuss-space-cooperation\n\n"
        "  rnkclaims extract data/sources/SOURCE.txt --write   # append as drafts\n\n"
        "Exit status: 0 done (also when nothing was found), 1 the drafts would not "
        "validate (nothing written), 2 the source was reviewed (--force drafts it "
        "anyway), 3 no such source."
    ),
)
def extract_cmd(
    source: Annotated[str, typer.Argument(help="Source id (or the path of its file).")],
    write: Annotated[
        bool,
        typer.Option(
            "--write", "-w", help="Append the drafts (and proposed actors) to the ledger."
        ),
    ] = False,
    include_covered: Annotated[
        bool,
        typer.Option("--all", help="Also draft passages an existing claim already covers."),
    ] = False,
    force: Annotated[
        bool, typer.Option("--force", help="Draft a source even if it was reviewed.")
    ] = False,
    explain: Annotated[
        bool,
        typer.Option(
            "--explain",
            help="List each quotation or speech-verb sentence not drafted, with the reason.",
        ),
    ] = False,
    file: AppendFileOpt = None,
    ledger: LedgerOpt = None,
) -> None:
    """Draft candidate claims from an archived article.

    Finds quotations (also with mixed or missing quotation marks) and reported speech
    (said, told, denied, accused, confirmed, stated, according to, warned, pledged,
    vowed...), resolves each speaker through names, aliases, role titles and the
    nearest mention for pronouns, detects relays (told TASS, Yonhap reports) and
    resolves relative dates against the publication date. Excerpts are verbatim.

    Prints the drafts as YAML to review; with --write appends them with 'draft: true'
    (validate warns on drafts, --strict fails on them). Unknown speakers are proposed
    as new actors (title split from the name, with kind, country and role). Passages
    already covered by a claim are skipped unless --all; the source's furniture
    (headlines, captions, credits, footers) and its not_claims passages always are. A
    source marked reviewed is not drafted again unless --force. Nothing is dropped
    silently: every quotation and speech-verb sentence not drafted is counted in the
    summary and listed with its reason by --explain (on standard error).
    """
    from rnkclaims.authoring.extract import drafts_yaml, extract, skipped_lines, uncovered
    from rnkclaims.authoring.ledger_edit import plan_append
    from rnkclaims.render import note

    led = load_ledger(ledger, valid=True)
    src = _source(led, source)
    if src.meta.get("reviewed") is not None and not force:
        raise UsageError(
            f"{src.id} was reviewed on {src.meta['reviewed']}: its drafts were decided",
            "give --force to draft it again",
        )
    result = extract(led, src)
    drafts = result.drafts if include_covered else uncovered(led, src, result.drafts)
    actors = result.actors_for(drafts)
    covered = len(result.drafts) - len(drafts)
    summary = f"{len(drafts)} draft claim(s) from {src.id}, {len(actors)} proposed actor(s)" + (
        f"; {covered} already covered (--all to include)" if covered else ""
    )
    if result.skipped:
        summary += f"; {len(result.skipped)} passage(s) skipped" + (
            "" if explain else " (--explain to list them)"
        )
    if explain:
        for line in skipped_lines(result.skipped, led.paths.display(src.path)):
            note(line)
    if not write:
        sys.stdout.write(drafts_yaml(src, drafts, actors, led.paths.display(src.path)))
        note(summary)
        return
    if not drafts:
        note(summary + "; nothing to write")
        return
    edit = plan_append(
        led.paths,
        {"actors": actors, "claims": [d.claim(src.id) for d in drafts]},
        append_file(led, file),
    )
    edit.write()
    note(f"{summary}; appended to {led.paths.display(edit.path)}. Review, then drop 'draft: true'.")


# -- coverage -----------------------------------------------------------------------------


@app_command(
    "coverage",
    epilog=(
        "Examples:\n\n"
        "  rnkclaims coverage\n\n"
        "  rnkclaims coverage --format json --min 80   # in CI\n\n"
        "Exit status: 0 done, 1 coverage below --min, 3 no such source."
    ),
)
def coverage_cmd(
    source: Annotated[
        list[str] | None, typer.Argument(help="Source ids to check. Default: all.")
    ] = None,
    fmt: Annotated[
        CoverageFormat, typer.Option("--format", "-f", help="text or json.")
    ] = CoverageFormat.text,
    minimum: Annotated[
        float | None,
        typer.Option(
            "--min",
            min=0,
            max=100,
            help="Fail (exit 1) when the share of covered passages is below this percent.",
            show_default=False,
        ),
    ] = None,
    ledger: LedgerOpt = None,
) -> None:
    """List the quotations and reported-speech sentences no claim covers yet.

    For each source: every uncovered passage with its line in the source file. A
    passage is covered when a claim's excerpt or quote on that source overlaps half of
    it or more. Passages inside the source's furniture (the footers, credits and legal
    notices its front matter lists) or its not_claims (passages a reviewer marked as not
    a claim) are not counted, so a reviewed source stands at 100%.
    """
    from rnkclaims.authoring.coverage import coverage
    from rnkclaims.render import dumps, render_coverage

    led = load_ledger(ledger, valid=True)
    ids = [_source(led, s).id for s in source] if source else None
    result = coverage(led, ids)
    if fmt is CoverageFormat.json:
        doc: dict[str, Any] = result.as_dict()
        doc["min"] = minimum
        doc["ok"] = minimum is None or result.percent >= minimum
        sys.stdout.write(dumps(doc) + "\n")
    else:
        render_coverage(result, minimum)
    if minimum is not None and result.percent < minimum:
        raise typer.Exit(int(ExitStatus.INVALID))


# -- add ----------------------------------------------------------------------------------


@app_command(
    "add",
    epilog=(
        "Examples:\n\n"
        "  rnkclaims add --speaker john-hill --source SOURCE --mode quote --act asserts "
        "--excerpt '\"We are certainly watching what they are doing,\" he said.' "
        "--quote 'We are certainly watching what they are doing' --said 2023-09-19\n\n"
        "  rnkclaims add --speaker north-korea --source SOURCE --act denies "
        "--excerpt 'Pyongyang denied any arms deals' --relay yonhap:report "
        "--proposition kp-arms-to-ru:opposes\n\n"
        "Missing required values are asked for on a terminal. Nothing is written unless "
        "the ledger still validates. Exit status: 0 added, 1 refused (would not "
        "validate), 2 bad or missing value."
    ),
)
def add_cmd(
    speaker: Annotated[
        str | None, typer.Option("--speaker", "-s", help="Actor or outlet id.")
    ] = None,
    source: Annotated[str | None, typer.Option("--source", help="Source id.")] = None,
    excerpt: Annotated[
        str | None, typer.Option("--excerpt", "-e", help="Verbatim sentence of the source.")
    ] = None,
    act: Annotated[
        str | None, typer.Option("--act", "-a", help="Speech act (asserts, denies...).")
    ] = None,
    mode: Annotated[
        str | None,
        typer.Option("--mode", "-m", help="quote or reported. Default: quote if --quote given."),
    ] = None,
    quote: Annotated[
        str | None, typer.Option("--quote", "-q", help="The speaker's own words.")
    ] = None,
    said: Annotated[
        str | None,
        typer.Option(
            "--said",
            help="When: a date (YYYY[-MM[-DD]]), 'unknown', or the source's words ('on Friday').",
        ),
    ] = None,
    venue: Annotated[
        str | None, typer.Option("--venue", help="Venue kind (press-conference...).")
    ] = None,
    relay: Annotated[
        list[str] | None,
        typer.Option("--relay", "-r", help="A hop VIA[:HOW], from the speaker on (repeatable)."),
    ] = None,
    proposition: Annotated[
        list[str] | None,
        typer.Option("--proposition", "-P", help="ID:supports|opposes[:VALUE] (repeatable)."),
    ] = None,
    topic: Annotated[
        list[str] | None, typer.Option("--topic", help="Topic id (repeatable).")
    ] = None,
    role: Annotated[
        str | None, typer.Option("--role", help="The speaker's role id at the time.")
    ] = None,
    hedge: Annotated[str | None, typer.Option("--hedge", help="Hedging words as written.")] = None,
    certainty: Annotated[
        str | None, typer.Option("--certainty", help="certain, probable, possible or doubtful.")
    ] = None,
    claim_note: Annotated[str | None, typer.Option("--note", help="Free text.")] = None,
    claim_id: Annotated[
        str | None, typer.Option("--id", help="Claim id. Default: <speaker>-<first words>.")
    ] = None,
    draft: Annotated[bool, typer.Option("--draft", help="Mark the claim as a draft.")] = False,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", "-n", help="Check and print the entry; write nothing.")
    ] = False,
    file: AppendFileOpt = None,
    ledger: LedgerOpt = None,
) -> None:
    """Add one claim to the ledger, keeping the file's comments and layout.

    The entry is appended as text at the end of the 'claims:' list; the ledger is
    checked with it first, and nothing is written if it would bring a new error (an
    excerpt not in the source, an unknown speaker...). The write is atomic.
    """
    from rnkclaims.authoring.ledger_edit import build_claim

    led = load_ledger(ledger)
    speaker = need_value(speaker, "--speaker", "Speaker (actor or outlet id)")
    source = need_value(source, "--source", "Source id")
    _source(led, source)
    excerpt = need_value(excerpt, "--excerpt", "Excerpt (verbatim from the source)")
    act = need_value(act, "--act", "Speech act (asserts, denies, confirms...)")
    entry = build_claim(
        led,
        speaker=speaker,
        source=source,
        excerpt=excerpt,
        act=act,
        mode=mode,
        quote=quote,
        said=said,
        venue=venue,
        relay=relay or [],
        propositions=proposition or [],
        topics=topic or [],
        role=role,
        hedge=hedge,
        certainty=certainty,
        note=claim_note,
        claim_id=claim_id,
        draft=draft,
    )
    append_entry(led, "claims", entry, file, dry_run)
