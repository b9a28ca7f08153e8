"""The line ``rnkclaims --help`` and shell completion show for each command, read only
to list the commands (``app.COMMAND_MODULES`` names the modules that define them), and
the listing itself: a command that runs compiles none of it."""

from __future__ import annotations

import sys
from typing import Any

import typer

HELP_LINES: dict[str, str] = {
    "validate": "Check the ledger and report every problem with file:line:column.",
    "build": "Load the ledger into SQLite (tables, link tables, full-text index, views).",
    "schema": "Print the JSON Schema of the ledger, for editors' YAML language server.",
    "who-said": "Who said what about QUERY: matching claims, best first.",
    "claims": (
        "List claims matching the filters, newest first (an undated claim where its source "
        "was published; with neither, last)."
    ),
    "show": (
        "Everything about one claim: quote, speaker and role, the excerpt in its source, "
        "relay chain, propositions, and the claims it contradicts, confirms or repeats."
    ),
    "contradictions": "Claims that cannot all be true, in groups, each with why.",
    "denials": (
        "Denials, newest first, each with the claims it answers and the later claims that "
        "contradict it."
    ),
    "confirmations": "Confirmations, and propositions corroborated by independent voices.",
    "timeline": (
        "Claims in the order they were made, for an actor, a proposition or a topic (an "
        "undated claim where its source was published)."
    ),
    "propositions": "Propositions with their supporting and opposing voices, most debated first.",
    "actors": "Actors with their aliases and how many claims each made, most quoted first.",
    "outlets": (
        "Outlets and agencies with their aliases, how many articles and claims each published "
        "and how many claims were relayed through each."
    ),
    "sources": "Archived articles, newest first, with how many claims cite each.",
    "stats": (
        "Counts: claims, actors, sources...; claims by speech act and by year; the most "
        "quoted speakers and outlets."
    ),
    "db-path": "Print where the ledger's database is (it need not exist yet: any query builds it).",
    "report": (
        "Write the ledger as a static website: a page per claim, actor, outlet, proposition, "
        "source and contradiction, timelines and a matrix of stances, and an offline search."
    ),
    "datasette-metadata": (
        "Print datasette metadata for the database: what every table and column means, label "
        "columns, full-text search on claims, facets, and canned queries (who said it, "
        "contradictions, denials, a speaker's timeline)."
    ),
    "serve": (
        "Browse the database in datasette on http://127.0.0.1, with the metadata of "
        "'rnkclaims datasette-metadata': descriptions, search, facets and canned queries."
    ),
    "export-xlsx": (
        "Write every claim and proposition to an Excel workbook: sheets Claims, Propositions "
        "and Stances (one row per claim and proposition, for pivot tables)."
    ),
    "source": "Archive articles in the ledger's sources/ folder.",
    "extract": "Draft candidate claims from an archived article.",
    "suggest": (
        "Suggest propositions (with a stance), topics, certainty, role and venue for drafts."
    ),
    "review": "Review drafts one at a time: accept, edit, pick suggestions, reject.",
    "coverage": "List the quotations and reported-speech sentences no claim covers yet.",
    "add": "Add one claim to the ledger, keeping the file's comments and layout.",
    "actor": "Add actors (people, bodies, governments, state media, groups) to the ledger.",
    "outlet": "Add outlets (newspapers, wire agencies, broadcasters) to the ledger.",
    "topic": "Add topics (subjects and their search terms) to the ledger.",
    "proposition": "Add propositions (statements claims support or oppose) to the ledger.",
    "rename": "Rename an id (actor, outlet, topic, proposition, claim or source) everywhere.",
    "merge": "Fold a duplicate actor into another.",
    "drop-drafts": "Remove the claims of a source still marked 'draft: true'.",
}


def short_help(help_text: str | None, limit: int) -> str:
    """The first sentence of ``help_text`` on one line, cut to ``limit`` characters."""
    first = (help_text or "").strip().split("\n\n")[0]
    first = " ".join(first.split())
    end = first.find(". ")
    if end >= 0:
        first = first[: end + 1]
    return first if len(first) <= limit else first[: limit - 3].rstrip() + "..."


def help_line(info: Any) -> str:
    """The first sentence of a registered command's or group's help, unshortened."""
    text = info.help
    if isinstance(info, typer.models.TyperInfo) and info.typer_instance:
        text = text or info.typer_instance.info.help
    text = text or (info.callback.__doc__ if info.callback else "")
    return short_help(text, sys.maxsize)


def _line(group: Any, name: str) -> str:
    """The one line listing ``name`` (from ``HELP_LINES``: no command module imported)."""
    if name in HELP_LINES:
        return HELP_LINES[name]
    return help_line(group._infos()[name])


def format_commands(group: Any, ctx: Any, formatter: Any) -> None:
    """The root group's "Commands" section of --help, in the table's order."""
    names = group.list_commands(ctx)
    limit = formatter.width - 6 - max(len(n) for n in names)
    rows = [(name, short_help(_line(group, name), limit)) for name in names]
    with formatter.section("Commands"):
        formatter.write_dl(rows)


def complete_commands(group: Any, ctx: Any, incomplete: str) -> list[Any]:
    """Shell completion's command names starting with ``incomplete``, with their lines."""
    from typer._click.shell_completion import CompletionItem
    from typer._click.utils import make_default_short_help

    names = [name for name in group.list_commands(ctx) if name.startswith(incomplete)]
    return [
        CompletionItem(name, help=make_default_short_help(_line(group, name))) for name in names
    ]
