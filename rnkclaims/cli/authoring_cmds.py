"""Maintaining the ledger: actor/outlet/topic/proposition add, rename, merge, drop-drafts."""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from rnkclaims.cli.app import (
    LedgerOpt,
    append_entry,
    handle_errors,
    load_ledger,
    need_value,
    registry,
)
from rnkclaims.cli.app import command as app_command
from rnkclaims.errors import UsageError

if TYPE_CHECKING:
    from rnkclaims.authoring.ledger_edit import Plan
    from rnkclaims.ledger import Ledger

FileOpt = Annotated[
    Path | None,
    typer.Option("--file", help="Ledger YAML file to append to. Default: claims.yaml."),
]
DryRunOpt = Annotated[
    bool, typer.Option("--dry-run", "-n", help="Check and print the change; write nothing.")
]
IdOpt = Annotated[str | None, typer.Option("--id", help="Id to use. Default: made from the name.")]
NoteOpt = Annotated[str | None, typer.Option("--note", help="Free text.")]
AliasOpt = Annotated[
    list[str] | None, typer.Option("--alias", "-a", help="Another name (repeatable).")
]
CountryOpt = Annotated[
    str | None, typer.Option("--country", help="ISO 3166 alpha-2 code (US, KR, KP, RU).")
]


def _group(name: str, what: str) -> typer.Typer:
    group = typer.Typer(
        name=name,
        help=f"Add {what} to the ledger.",
        no_args_is_help=True,
        context_settings={"help_option_names": ["-h", "--help"]},
    )
    registry.add_typer(group, name=name)
    return group


def _report(plan: Plan, what: str, dry_run: bool) -> None:
    from rnkclaims.render import note

    names = ", ".join(plan.paths.display(p) for p in plan.files) or "no file"
    if dry_run:
        note(f"would {what}: {names} (dry run)")
        return
    plan.write()
    note(f"{what}: wrote {names}")


actor_app = _group("actor", "actors (people, bodies, governments, state media, groups)")
outlet_app = _group("outlet", "outlets (newspapers, wire agencies, broadcasters)")
topic_app = _group("topic", "topics (subjects and their search terms)")
proposition_app = _group("proposition", "propositions (statements claims support or oppose)")


@actor_app.command(
    "add",
    epilog=(
        "Examples:\n\n"
        "  rnkclaims actor add --name 'Ned Price' --kind person --country US "
        "--role 'State Department spokesman' --role-organisation 'U.S. Department of State' "
        "--role-from 2021-01 --speaks-for us-government\n\n"
        "  rnkclaims actor add --name 'Russian Foreign Ministry' --kind organisation "
        "--alias MFA --speaks-for russia-government\n\n"
        "Missing --name or --kind are asked for on a terminal. Exit status: 0 added, "
        "1 refused (would not validate), 2 bad or missing value."
    ),
)
@handle_errors
def actor_add(
    name: Annotated[str | None, typer.Option("--name", help="Canonical name.")] = None,
    kind: Annotated[
        str | None,
        typer.Option("--kind", "-k", help="person, organisation, government, state-media..."),
    ] = None,
    country: CountryOpt = None,
    alias: AliasOpt = None,
    speaks_for: Annotated[
        str | None,
        typer.Option("--speaks-for", help="Actor id it always speaks for (state media)."),
    ] = None,
    role: Annotated[
        str | None, typer.Option("--role", help="Title of a role held (as sources write it).")
    ] = None,
    role_organisation: Annotated[
        str | None, typer.Option("--role-organisation", help="The body the role belongs to.")
    ] = None,
    role_from: Annotated[
        str | None, typer.Option("--role-from", help="First day the role was held.")
    ] = None,
    role_to: Annotated[
        str | None, typer.Option("--role-to", help="Last day the role was held.")
    ] = None,
    actor_id: IdOpt = None,
    actor_note: NoteOpt = None,
    dry_run: DryRunOpt = False,
    file: FileOpt = None,
    ledger: LedgerOpt = None,
) -> None:
    """Add an actor, keeping the file's comments and layout.

    With --role the actor gets one role (id made from the title) whose speaks_for is
    --speaks-for; without it --speaks-for is the actor's own. Nothing is written if
    the ledger would not validate.
    """
    from rnkclaims.authoring.maintain import build_actor

    led = load_ledger(ledger)
    name = need_value(name, "--name", "Name")
    kind = need_value(kind, "--kind", "Kind (person, organisation, government, state-media...)")
    entry = build_actor(
        led,
        name=name,
        kind=kind,
        actor_id=actor_id,
        country=country,
        aliases=alias or (),
        speaks_for=None if role else speaks_for,
        role_title=role,
        role_organisation=role_organisation,
        role_from=role_from,
        role_to=role_to,
        note=actor_note,
    )
    if role and speaks_for:
        entry["roles"][0]["speaks_for"] = speaks_for
    append_entry(led, "actors", entry, file, dry_run)


@outlet_app.command(
    "add",
    epilog=(
        "Examples:\n\n"
        "  rnkclaims outlet add --name 'NK News' --kind online --country KR "
        "--url https://www.nknews.org --alias NKNews\n\n"
        "Exit status: 0 added, 1 refused (would not validate), 2 bad or missing value."
    ),
)
@handle_errors
def outlet_add(
    name: Annotated[str | None, typer.Option("--name", help="Canonical name.")] = None,
    kind: Annotated[
        str | None,
        typer.Option("--kind", "-k", help="newspaper, wire-agency, state-media, broadcaster..."),
    ] = None,
    country: CountryOpt = None,
    alias: AliasOpt = None,
    url: Annotated[str | None, typer.Option("--url", help="Home page.")] = None,
    outlet_id: IdOpt = None,
    outlet_note: NoteOpt = None,
    dry_run: DryRunOpt = False,
    file: FileOpt = None,
    ledger: LedgerOpt = None,
) -> None:
    """Add an outlet, keeping the file's comments and layout."""
    from rnkclaims.authoring.maintain import build_outlet

    led = load_ledger(ledger)
    name = need_value(name, "--name", "Name")
    kind = need_value(
        kind, "--kind", "Kind (newspaper, wire-agency, state-media, broadcaster, online)"
    )
    entry = build_outlet(
        led,
        name=name,
        kind=kind,
        outlet_id=outlet_id,
        country=country,
        aliases=alias or (),
        url=url,
        note=outlet_note,
    )
    append_entry(led, "outlets", entry, file, dry_run)


@topic_app.command(
    "add",
    epilog=(
        "Examples:\n\n"
        "  rnkclaims topic add --name 'Labour exports' --term 'North Korean workers' "
        "--term 'labourers'\n\n"
        "Exit status: 0 added, 1 refused (would not validate), 2 bad or missing value."
    ),
)
@handle_errors
def topic_add(
    name: Annotated[str | None, typer.Option("--name", help="Display name.")] = None,
    term: Annotated[
        list[str] | None, typer.Option("--term", help="A search word or phrase (repeatable).")
    ] = None,
    topic_id: IdOpt = None,
    topic_note: NoteOpt = None,
    dry_run: DryRunOpt = False,
    file: FileOpt = None,
    ledger: LedgerOpt = None,
) -> None:
    """Add a topic with its search terms, keeping the file's comments and layout."""
    from rnkclaims.authoring.maintain import build_topic

    led = load_ledger(ledger)
    name = need_value(name, "--name", "Name")
    entry = build_topic(led, name=name, topic_id=topic_id, terms=term or (), note=topic_note)
    append_entry(led, "topics", entry, file, dry_run)


@proposition_app.command(
    "add",
    epilog=(
        "Examples:\n\n"
        "  rnkclaims proposition add --text 'North Korea sends workers to Russia.' "
        "--id nk-workers-to-russia --topic economic-cooperation\n\n"
        "  rnkclaims proposition add --text 'When did the talks begin?' --kind value "
        "--value-type date --topic summits-and-visits\n\n"
        "Exit status: 0 added, 1 refused (would not validate), 2 bad or missing value."
    ),
)
@handle_errors
def proposition_add(
    text: Annotated[
        str | None, typer.Option("--text", help="The statement (or, for a value, the question).")
    ] = None,
    kind: Annotated[
        str | None, typer.Option("--kind", "-k", help="statement (default) or value.")
    ] = None,
    value_type: Annotated[
        str | None, typer.Option("--value-type", help="For a value: date, place, number, text.")
    ] = None,
    topic: Annotated[
        list[str] | None, typer.Option("--topic", help="Topic id (repeatable).")
    ] = None,
    incompatible_with: Annotated[
        list[str] | None,
        typer.Option("--incompatible-with", help="A proposition that cannot also be true."),
    ] = None,
    proposition_id: IdOpt = None,
    proposition_note: NoteOpt = None,
    dry_run: DryRunOpt = False,
    file: FileOpt = None,
    ledger: LedgerOpt = None,
) -> None:
    """Add a proposition, keeping the file's comments and layout."""
    from rnkclaims.authoring.maintain import build_proposition

    led = load_ledger(ledger)
    text = need_value(text, "--text", "Statement")
    entry = build_proposition(
        led,
        text=text,
        proposition_id=proposition_id,
        kind=kind,
        value_type=value_type,
        topics=topic or (),
        incompatible_with=incompatible_with or (),
        note=proposition_note,
    )
    append_entry(led, "propositions", entry, file, dry_run)


# -- rename, merge, drop-drafts ---------------------------------------------------------------


def _run_plan(build: Callable[[Ledger], Plan], what: str, ledger: Path | None, dry: bool) -> None:
    led = load_ledger(ledger)
    _report(build(led), what, dry)


@app_command(
    "rename",
    epilog=(
        "Examples:\n\n"
        "  rnkclaims rename john-hill john-d-hill\n\n"
        "  rnkclaims rename 2015-04-ibtimes-rnk-space 2015-04-ibtimes-space --dry-run\n\n"
        "Exit status: 0 renamed, 1 refused (would not validate), 2 bad new id or taken, "
        "3 no such id."
    ),
)
def rename_cmd(
    old: Annotated[str, typer.Argument(help="The id to rename.")],
    new: Annotated[str, typer.Argument(help="The new id.")],
    dry_run: DryRunOpt = False,
    ledger: LedgerOpt = None,
) -> None:
    """Rename an id (actor, outlet, topic, proposition, claim or source) everywhere.

    The entry and every reference to it change in every ledger file and in the
    sources' front matter; a source's file is renamed too. Only the ids change:
    comments and formatting stay. The result is checked first and all files are
    written atomically, all or nothing.
    """
    from rnkclaims.authoring.maintain import plan_rename

    _run_plan(lambda led: plan_rename(led, old, new), f"renamed {old} to {new}", ledger, dry_run)


@app_command(
    "merge",
    epilog=(
        "Examples:\n\n"
        "  rnkclaims merge us-state-department-spokesman-ned-price ned-price\n\n"
        "Exit status: 0 merged, 1 refused (would not validate, or conflicting roles), "
        "2 not two actors, 3 no such id."
    ),
)
def merge_cmd(
    actor: Annotated[str, typer.Argument(help="The duplicate actor, which goes away.")],
    into: Annotated[str, typer.Argument(help="The actor that stays.")],
    dry_run: DryRunOpt = False,
    ledger: LedgerOpt = None,
) -> None:
    """Fold a duplicate actor into another.

    Its name and aliases join the other's aliases, its roles join the other's roles,
    every reference (speaker, relay, speaks_for) moves, and its entry is removed.
    Checked first; all files are written atomically, all or nothing.
    """
    from rnkclaims.authoring.maintain import plan_merge

    _run_plan(
        lambda led: plan_merge(led, actor, into), f"merged {actor} into {into}", ledger, dry_run
    )


@app_command(
    "drop-drafts",
    epilog=(
        "Examples:\n\n"
        "  rnkclaims drop-drafts 2023-09-yonhap-space-tabletop\n\n"
        "  rnkclaims drop-drafts 2023-09-yonhap-space-tabletop --id d.hill-watching\n\n"
        "Exit status: 0 done (also when there was no draft), 1 refused, 3 no such source "
        "or draft."
    ),
)
def drop_drafts_cmd(
    source: Annotated[str, typer.Argument(help="Source id (or the path of its file).")],
    claim_id: Annotated[
        list[str] | None,
        typer.Option("--id", help="Drop only this draft (repeatable). Default: all drafts."),
    ] = None,
    dry_run: DryRunOpt = False,
    ledger: LedgerOpt = None,
) -> None:
    """Remove the claims of a source still marked 'draft: true'.

    Reviewed claims (without 'draft: true') are never removed.
    """
    from rnkclaims.authoring.maintain import drafts_of, plan_drop
    from rnkclaims.cli.edit_cmds import _source
    from rnkclaims.errors import NotFoundError
    from rnkclaims.render import note

    led = load_ledger(ledger)
    src = _source(led, source)
    drafts = drafts_of(led, src.id)
    if claim_id:
        unknown = [c for c in claim_id if c not in drafts]
        if unknown:
            raise NotFoundError(
                f"no draft '{unknown[0]}' on {src.id}",
                "only claims still marked 'draft: true' can be dropped",
            )
        drafts = list(claim_id)
    if not drafts:
        note(f"no draft on {src.id}")
        return
    _report(plan_drop(led, drafts), f"dropped {len(drafts)} draft(s) of {src.id}", dry_run)


# -- suggest --------------------------------------------------------------------------------


def suggestion_lines(cid: str, suggestion: Any) -> list[str]:
    """A draft's suggestions as plain lines."""
    lines = [cid]
    for b in suggestion.propositions:
        value = f" = {b.value}" if b.value is not None else ""
        lines.append(f"  {b.score:3d}  {b.stance} {b.proposition}{value}  ({b.reason})")
    for t in suggestion.topics:
        lines.append(f"  {t.score:3d}  topic {t.topic}  ({t.reason})")
    if suggestion.certainty:
        lines.append(f"       certainty {suggestion.certainty}")
    if suggestion.role:
        lines.append(f"       role {suggestion.role}")
    for key, value in suggestion.fields.items():
        lines.append(f"       {key} {value}" if value is not None else f"       no {key}")
    if len(lines) == 1:
        lines.append("       (nothing to suggest)")
    return lines


@app_command(
    "suggest",
    epilog=(
        "Examples:\n\n"
        "  rnkclaims suggest 2023-09-yonhap-space-tabletop\n\n"
        "  rnkclaims suggest 2023-09-yonhap-space-tabletop --write\n\n"
        "  rnkclaims suggest 2023-09-yonhap-space-tabletop --assertions --write\n\n"
        "Exit status: 0 done (also when there is no draft), 1 refused (would not "
        "validate), 3 no such source."
    ),
)
def suggest_cmd(
    source: Annotated[
        str | None, typer.Argument(help="Source id (or its file). Default: every draft.")
    ] = None,
    write: Annotated[
        bool, typer.Option("--write", "-w", help="Store them under each draft's 'suggested'.")
    ] = False,
    assertions: Annotated[
        bool,
        typer.Option(
            "--assertions",
            help="Also draft the outlet's own assertions (sentences no speaker is given for "
            "that bear on a coded proposition). Needs SOURCE.",
        ),
    ] = False,
    ledger: LedgerOpt = None,
) -> None:
    """Suggest propositions (with a stance), topics, certainty, role and venue for drafts.

    Learnt from the ledger's coded claims: the nearest ones by full-text rank vote for
    the propositions they bear on (a denial turns the stance), and the draft's words
    are matched against the propositions and their topics' terms. Each suggestion has
    a score (0-100) and a reason. The draft's own text proposes values for its fields
    (the venue it names, "unknown" for no date, a quoted phrase as the quote, no hedge
    for the month May, the date a date question asks). With --write all of them are
    stored under 'suggested' on each draft, never in its own fields: 'rnkclaims review'
    accepts or rejects them.

    With --assertions the sentences of SOURCE that no claim covers and no speaker is
    given for, but that bear on a proposition the ledger codes, are drafted as the
    outlet's own assertions (codebook rule 1), before the suggestions are made.
    """
    from rnkclaims.authoring.maintain import drafts
    from rnkclaims.authoring.suggest import Suggester, plan_suggestions, suggest_all
    from rnkclaims.cli.edit_cmds import _source
    from rnkclaims.render import note

    led = load_ledger(ledger, valid=True)
    source_id = _source(led, source).id if source else None
    if assertions:
        from rnkclaims.authoring.assertions import assertion_drafts, plan_assertions
        from rnkclaims.authoring.ledger_edit import taken_ids

        if source_id is None:
            raise UsageError("--assertions needs the SOURCE", "give the source id")
        suggester = Suggester(led)
        try:
            if write:
                edit = plan_assertions(led, led.sources[source_id], suggester)
                if edit is not None:
                    edit.write()
                    led = load_ledger(ledger, valid=True)
            else:
                for claim in assertion_drafts(
                    led, led.sources[source_id], suggester, taken_ids(led)
                ):
                    typer.echo(f"would draft {claim['id']}: {claim['excerpt']}")
        finally:
            suggester.close()
    todo = drafts(led, source_id)
    if not todo:
        note(f"no draft on {source_id}" if source_id else "no draft in the ledger")
        return
    suggestions = suggest_all(led, todo)
    if not write:
        for cid, suggestion in suggestions.items():
            typer.echo("\n".join(suggestion_lines(cid, suggestion)))
        note(f"{len(todo)} draft(s); --write stores the suggestions on them")
        return
    plan = plan_suggestions(led, suggestions)
    _report(
        plan, f"stored suggestions on {sum(1 for s in suggestions.values() if s)} draft(s)", False
    )


# -- review ---------------------------------------------------------------------------------

REVIEW_KEYS = (
    "y accept  1-9 tick/untick a proposition  t topic  p add a proposition  e edit a field  "
    "a another claim on this sentence  r reject  n not a claim  s skip  q quit"
)
PASSAGE_KEYS = "d draft a passage (then its number)  q done"


def _context(text: str, excerpt: str, width: int = 240) -> str:
    """The excerpt in its paragraph, marked with >> <<."""
    from rnkclaims.spans import excerpt_parts, locate

    spans = locate(text, excerpt_parts(excerpt)[0])
    if not spans:
        return excerpt
    start, end = spans[0]
    before = text[max(0, start - width) : start].split("\n\n")[-1].lstrip()
    after = text[end : end + width].split("\n\n")[0].rstrip()
    return " ".join(f"{before}>>{text[start:end]}<<{after}".split())


def _complete(value: str, choices: list[str], what: str) -> str:
    """``value`` completed against ``choices``: exact, the one choice it starts, or
    the closest; asks to confirm a guess."""
    import difflib

    if value in choices or not value:
        return value
    starting = [c for c in choices if c.startswith(value)]
    guess = starting[0] if len(starting) == 1 else None
    if guess is None:
        close = difflib.get_close_matches(value, choices, n=1, cutoff=0.5)
        guess = close[0] if close else None
    if guess is None:
        if starting:
            typer.echo(f"  {what} starting with '{value}': {', '.join(starting[:8])}")
        else:
            typer.echo(f"  no {what} '{value}'")
        return value
    return guess if _confirm(f"  {what} '{guess}'?", default=True) else value


def _show(
    led: Ledger,
    claim: dict[str, Any],
    n: int,
    total: int,
    picks: Any,
    carried: dict[str, Any] | None = None,
) -> None:
    src = led.sources.get(str(claim.get("source")))
    file, line, _ = led.where(claim)
    where = f"{file}:{line}" if file else "a new claim from the passage"
    typer.echo(
        f"\n[{n}/{total}] {claim.get('id')}  ({where})" if n else f"\n{claim.get('id')}  ({where})"
    )
    if src is not None:
        typer.echo("  " + _context(src.text, str(claim.get("excerpt", ""))))
    relay = " > ".join(
        str(h.get("via") if isinstance(h, dict) else h) for h in claim.get("relay") or ()
    )
    said = claim.get("said")
    said_text = said.get("date") or said.get("expression") if isinstance(said, dict) else said
    typer.echo(
        f"  speaker {claim.get('speaker')}   act {claim.get('act')}   said {said_text or '-'}"
        f"   relay {relay or '-'}   mode {claim.get('mode')}"
    )
    suggested = claim.get("suggested") or {}
    for i, b in enumerate(suggested.get("propositions") or (), 1):
        tick = "x" if i in picks.props else " "
        value = f" = {b['value']}" if b.get("value") is not None else ""
        typer.echo(
            f"  {i}. [{tick}] {b.get('stance')} {b.get('proposition')}{value} ({b.get('score')})"
            f"  {b.get('reason', '')}"
        )
    for extra in picks.extra:
        typer.echo(f"     [x] {extra}")
    for i, t in enumerate(suggested.get("topics") or (), 1):
        tick = "x" if i in picks.topics else " "
        typer.echo(f"  t{i}. [{tick}] topic {t.get('topic')} ({t.get('score')})")
    rest = [f"{k} {suggested[k]}" for k in ("certainty", "role") if suggested.get(k)]
    if rest:
        typer.echo("  suggested " + ", ".join(rest))
    from rnkclaims.authoring.review import proposals

    proposed = [
        f"{k} {v}" if v is not None else f"no {k}" for k, v in proposals(led, claim).items()
    ]
    if proposed:
        typer.echo("  proposed " + ", ".join(proposed))
    for key, value in (carried or {}).items():
        if key not in picks.edits:
            typer.echo(f"  carried {key}: {value}")
    for key, value in picks.edits.items():
        typer.echo(f"  edit {key}: {value}")


def _field_value(
    led: Ledger, name: str, text: str, ids: list[str], prop_ids: list[str], topic_ids: list[str]
) -> Any:
    """A field's new value from what was typed, ids and terms completed against the
    ledger: lists are comma-separated, a proposition is ID[:STANCE], a hop VIA[:HOW]."""
    from rnkclaims.model import ENTITIES

    if not text.strip():
        return None
    spec = ENTITIES["claim"].by_name[name]
    items = [t.strip() for t in text.split(",") if t.strip()]
    if name in ("speaker", "source"):
        return _complete(text.strip(), ids if name == "speaker" else list(led.sources), name)
    if name == "topics":
        return [_complete(t, topic_ids, "topic") for t in items]
    if name == "propositions":
        out = []
        for item in items:
            pid, _, stance = item.partition(":")
            out.append({"proposition": _complete(pid, prop_ids, "proposition"),
                        "stance": _complete(stance or "supports", ["supports", "opposes"],
                                            "stance")})  # fmt: skip
        return out
    if name == "relay":
        hops = []
        for item in items:
            via, _, how = item.partition(":")
            hop = {"via": _complete(via, ids, "actor or outlet")}
            hops.append({**hop, "how": how} if how else hop)
        return hops
    if spec.vocab is not None or name == "venue":
        terms = list(spec.vocab or ENTITIES["venue"].by_name["kind"].vocab or ())
        return _complete(text.strip(), terms, name)
    return text


def _key() -> str:
    """One key: a keypress on a terminal; otherwise the first character of the next
    line of standard input (keys scripted one per line), '' at its end."""
    if sys.stdin.isatty():
        return str(typer.getchar())
    line = sys.stdin.readline()
    return line.strip()[:1] if line else ""


def _confirm(text: str, default: bool) -> bool:
    """Yes or no: asked on a terminal; otherwise the next line of standard input (an
    empty line takes the default, the end of input is no)."""
    if sys.stdin.isatty():
        return bool(typer.confirm(text, default=default))
    typer.echo(f"{text} [{'Y/n' if default else 'y/N'}]: ", nl=False)
    line = sys.stdin.readline()
    typer.echo(line.rstrip("\n"))
    if not line:
        return False
    answer = line.strip().casefold()
    return default if not answer else answer.startswith("y")


class _Picks:
    def __init__(self, props: list[int], topics: list[int]) -> None:
        self.props = set(props)
        self.topics = set(topics)
        self.extra: list[str] = []
        self.edits: dict[str, Any] = {}


def _valued(led: Ledger, suggested: Mapping[str, Any], pick: int) -> Any:
    """A ticked suggestion, or for a value question suggested without its value the
    value asked for (``ID:STANCE:VALUE``; None when none is given: it is unticked)."""
    bearing = (suggested.get("propositions") or [])[pick - 1]
    prop = next((p for p in led.propositions if p.get("id") == bearing.get("proposition")), None)
    if prop is None or prop.get("kind") != "value" or bearing.get("value") is not None:
        return pick
    given = str(
        typer.prompt(
            f"  {bearing['proposition']} asks a {prop.get('value_type', 'value')}: value "
            "(empty unticks it)",
            default="",
        )
    ).strip()
    return f"{bearing['proposition']}:{bearing['stance']}:{given}" if given else None


def _ask(
    led: Ledger,
    claim: dict[str, Any],
    n: int,
    total: int,
    carry: Callable[[dict[str, Any]], dict[str, Any]],
    also: list[str] | None = None,
    taken: Any = None,
) -> Any:
    """One draft on the terminal: keys until a decision (or None to quit); ``a`` adds the
    draft's id to ``also`` (its sentence drafted again for another voice after it)."""
    from rnkclaims.authoring.review import EDITABLE, Decision, preselected

    ids = sorted(str(r.get("id")) for rs in led.sections.values() for r in rs)
    prop_ids = sorted(str(p.get("id")) for p in led.propositions)
    topic_ids = sorted(str(t.get("id")) for t in led.topics)
    picks = _Picks(*preselected(claim, led, taken))
    suggested = claim.get("suggested") or {}
    _show(led, claim, n, total, picks, carry(picks.edits))
    while True:
        typer.echo(REVIEW_KEYS)
        key = _key()
        if key in ("q", "\x03", "\x04", ""):
            return None
        if key == "y":
            props: list[Any] = [_valued(led, suggested, i) for i in sorted(picks.props)]
            props = [p for p in props if p is not None] + list(picks.extra)
            topics = [str(suggested["topics"][i - 1]["topic"]) for i in sorted(picks.topics)]
            return Decision(str(claim["id"]), "accept", picks.edits, props, topics)
        if key == "r":
            return Decision(str(claim["id"]), "reject")
        if key == "n":
            return Decision(str(claim["id"]), "not-claim")
        if key == "s":
            return Decision(str(claim["id"]), "skip")
        if key == "a" and also is not None:
            also.append(str(claim["id"]))
            typer.echo("  another claim on this sentence follows this draft")
            continue
        if key.isdigit() and 1 <= int(key) <= len(suggested.get("propositions") or ()):
            picks.props ^= {int(key)}
        elif key == "t":
            which = _key()
            if which.isdigit() and 1 <= int(which) <= len(suggested.get("topics") or ()):
                picks.topics ^= {int(which)}
        elif key == "p":
            given = str(typer.prompt("  proposition id[:supports|opposes]"))
            pid, _, stance = given.partition(":")
            pid = _complete(pid, prop_ids, "proposition")
            picks.extra.append(f"{pid}:{stance}" if stance else pid)
        elif key == "e":
            name = _complete(str(typer.prompt("  field")), list(EDITABLE), "field")
            if name not in EDITABLE:
                continue
            value = str(typer.prompt(f"  {name} (empty removes it)", default=""))
            picks.edits[name] = _field_value(led, name, value, ids, prop_ids, topic_ids)
        else:
            continue
        _show(led, claim, n, total, picks, carry(picks.edits))


class _Passages:
    """Passages no draft covers, drafted on the reviewer's word (``passage_drafts``):
    each is shown as a draft; accepting it adds a ``draft`` decision to ``decisions``."""

    def __init__(self, led: Ledger, source_id: str | None, decisions: list[Any]) -> None:
        self.led = led
        self.source_id = source_id
        self.decisions = decisions
        self.taken: set[str] | None = None
        self.offered: list[Any] | None = None

    def decided(self) -> dict[str, dict[str, Any]]:
        from rnkclaims.authoring.review import accepted_fields

        claims = {str(c.get("id")): c for c in self.led.claims}
        out: dict[str, dict[str, Any]] = {}
        for d in self.decisions:
            if d.action == "accept" and d.claim in claims:
                out[d.claim] = {**claims[d.claim], **accepted_fields(self.led, claims[d.claim], d)}
        return out

    def ask(self, passage: Any, source_id: str | None = None) -> bool:
        """Draft ``passage`` and ask about it; False when the reviewer quits."""
        from rnkclaims.authoring.ledger_edit import taken_ids
        from rnkclaims.authoring.passage_drafts import offers, passage_claim, resolve
        from rnkclaims.authoring.review import Decision, taken_before
        from rnkclaims.authoring.suggest import Suggester

        sid = source_id or self.source_id
        if sid is None:
            named = next((c for c in self.led.claims if c.get("id") == passage), None)
            sid = str(named.get("source")) if named is not None else None
        if sid is None or sid not in self.led.sources:
            return True
        source = self.led.sources[sid]
        if self.offered is None:
            self.offered = offers(self.led, source)
        if self.taken is None:
            self.taken = taken_ids(self.led)
        suggester = Suggester(self.led)
        try:
            offer = resolve(self.led, source, passage, self.offered)
            claim = passage_claim(
                self.led, source, offer, suggester, self.taken, None, self.decided()
            )
        finally:
            suggester.close()
        self.taken.add(str(claim["id"]))
        typer.echo(f"\n  drafted from the passage ({offer.reason})")
        taken = taken_before(self.led, claim, self.decided().values())
        decision = _ask(self.led, claim, 0, 0, lambda _edits: {}, None, taken)
        if decision is None:
            return False
        if decision.action == "accept":
            self.decisions.append(
                Decision(
                    str(claim["id"]),
                    "draft",
                    decision.set,
                    decision.propositions,
                    decision.topics,
                    passage,
                    sid,
                )
            )
        return True

    def offered_loop(self) -> None:
        """The passages of the source no draft covers: ``d`` and a number drafts one."""
        from rnkclaims.authoring.passage_drafts import offers

        assert self.source_id is not None
        if self.offered is None:
            self.offered = offers(self.led, self.led.sources[self.source_id])
        drafted: set[int] = set()
        while True:
            left = [(i, o) for i, o in enumerate(self.offered, 1) if i not in drafted]
            if not left:
                return
            typer.echo(f"\nPassages of {self.source_id} no draft covers:")
            for i, offer in left:
                typer.echo(f"  {i}. ({offer.reason}) {offer.text[:160]}")
            typer.echo(PASSAGE_KEYS)
            if _key() != "d":
                return
            given = str(typer.prompt("  passage number", default="")).strip()
            if not given.isdigit() or not 1 <= int(given) <= len(self.offered):
                typer.echo(f"  no passage '{given}'")
                continue
            drafted.add(int(given))
            if not self.ask(int(given)):
                return


@app_command(
    "review",
    epilog=(
        "Examples:\n\n"
        "  rnkclaims review 2023-09-yonhap-space-tabletop        # on a terminal\n\n"
        "  rnkclaims review 2023-09-yonhap-space-tabletop --export > decisions.yaml\n\n"
        "  rnkclaims review --apply decisions.yaml\n\n"
        "  rnkclaims review 2023-09-yonhap-space-tabletop --accept-all --reviewed\n\n"
        "Without a terminal the keys are read one per line from standard input. "
        "Exit status: 0 applied, 1 refused (would not validate), 2 bad decision, "
        "3 no such source or claim."
    ),
)
def review_cmd(
    source: Annotated[
        str | None, typer.Argument(help="Source id (or its file). Default: every draft.")
    ] = None,
    apply: Annotated[
        Path | None,
        typer.Option("--apply", help="Apply a decisions file (YAML) instead of asking."),
    ] = None,
    export: Annotated[
        bool, typer.Option("--export", help="Print a decisions file to edit and --apply.")
    ] = False,
    accept_all: Annotated[
        bool,
        typer.Option("--accept-all", help="Accept every draft with its ticked suggestions."),
    ] = False,
    reviewed: Annotated[
        bool,
        typer.Option(
            "--reviewed",
            help="Mark the source reviewed: uncovered passages become not_claims.",
        ),
    ] = False,
    dry_run: DryRunOpt = False,
    ledger: LedgerOpt = None,
) -> None:
    """Review drafts one at a time: accept, edit, pick suggestions, reject.

    On a terminal each draft is shown with its passage in context, its speaker, act,
    date and relay, and the suggested propositions and topics (ticked ones are taken on
    accept). Ticked by default: the first suggested proposition and the first topic, and
    any other proposition scoring 65 or more or topic scoring 70 or more, or within 5
    (3) of the first's score; a value question without its value is not ticked. A suggested
    certainty and role, and what is proposed from the draft's own text (the venue it
    names, "unknown" for no date, no hedge for the month May, a quoted phrase as the
    quote, the date a date question asks) are taken unless edited. An edit of venue,
    said or relay carries to the later drafts of the same speaker (or sentence) that
    proposed the same value, and a relay hop to every later draft of the source with
    that hop ("carried" on screen). Single keys: y accept, 1-9 tick a proposition, t
    then 1-9 tick a topic, p add a proposition, e edit a field (ids complete against the
    ledger), a draft the same sentence again as another claim, r reject the draft, n
    mark the passage "not a claim" (stored in the source's not_claims), s skip, q quit
    and write what was decided. After the drafts, the passages no draft covers (a
    sentence extract skipped, the outlet's own sentences, photo captions) are listed:
    d and a number drafts one, every field proposed. At the end of a
    source you are asked whether to mark it reviewed (reviewed: DATE in its front
    matter; extract will not draft it again, and the passages no claim covers become
    not_claims).

    Every action has a scripted form: --export prints a decisions file (with the
    passages to draft), --apply applies one ({action: draft, passage: N});
    --accept-all accepts every draft as ticked. All changes are checked and written
    together, atomically.
    """
    from rnkclaims.authoring.maintain import drafts
    from rnkclaims.authoring.review import (
        Decision,
        carry_forward,
        decisions_yaml,
        plan_review,
        read_decisions,
        taken_before,
    )
    from rnkclaims.cli.edit_cmds import _source
    from rnkclaims.render import note

    led = load_ledger(ledger, valid=True)
    source_id = _source(led, source).id if source else None
    todo = drafts(led, source_id)
    mark: list[str] = []
    if apply is not None:
        try:
            text = apply.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise UsageError(f"cannot read {apply}: {exc}") from None
        parsed = read_decisions(text, str(apply))
        source_id = source_id or parsed.source
        if parsed.source and source_id != parsed.source:
            raise UsageError(f"{apply} is for {parsed.source}, not {source_id}")
        decisions = parsed.decisions
        if parsed.reviewed or reviewed:
            if source_id is None:
                raise UsageError("'reviewed' needs the source", f"add 'source:' to {apply}")
            mark = [source_id]
    elif export:
        sys.stdout.write(decisions_yaml(led, todo, source_id))
        return
    elif reviewed and source_id is None:
        raise UsageError("--reviewed needs the source", "give the SOURCE to mark reviewed")
    elif accept_all:
        decisions = [Decision(str(c["id"]), "accept") for c in todo]
        mark = [source_id] if reviewed and source_id else []
    else:
        decisions = []
        by_id = {str(c["id"]): c for c in todo}
        passages = _Passages(led, source_id, decisions)
        stopped = False
        for n, claim in enumerate(todo, 1):
            cid = str(claim["id"])

            def carry(edits: dict[str, Any], cid: str = cid) -> dict[str, Any]:
                accept = Decision(cid, "accept", dict(edits))
                return carry_forward(led, by_id, [*decisions, accept]).get(cid, {})

            also: list[str] = []
            taken = taken_before(led, claim, passages.decided().values())
            decision = _ask(led, claim, n, len(todo), carry, also, taken)
            if decision is None:
                stopped = True
                break
            decisions.append(decision)
            if also and not passages.ask(also[0]):
                stopped = True
                break
        finished = (
            not stopped
            and len([d for d in decisions if d.action != "draft"]) == len(todo)
            and all(d.action != "skip" for d in decisions)
        )
        if not stopped and source_id:
            passages.offered_loop()
        if source_id and (reviewed or (finished and _confirm(
            f"Mark {source_id} reviewed?", default=True
        ))):  # fmt: skip
            mark = [source_id]
    if reviewed and not mark and source_id:
        mark = [source_id]
    if not decisions and not mark:
        note("nothing to do" if todo else "no draft to review")
        return
    plan, outcome = plan_review(led, decisions, mark_reviewed=mark)
    parts = [
        *([f"{len(outcome.drafted)} passage(s) drafted"] if outcome.drafted else []),
        f"{len(outcome.accepted)} accepted",
        f"{len(outcome.rejected)} rejected",
        f"{len(outcome.not_claims)} not a claim",
        f"{len(outcome.skipped)} skipped",
    ]
    if mark:
        parts.append(
            f"{', '.join(mark)} marked reviewed ({outcome.passages_marked} uncovered "
            "passage(s) recorded as not_claims)"
        )
    _report(plan, "; ".join(parts), dry_run)
