"""The claim filters shared by the questions that select claims (``claims``,
``timeline``, ``denials``, ``who-said``, ``confirmations``, ``contradictions``,
``propositions``): their options, the filters they make, and the claims they show. A
listing (``stats``, ``actors``...) neither compiles nor imports them."""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from typer._click.types import StringParamType

from rnkclaims.cli.query_cmds import Format, cut, no_results, output_format, probe_limit, valid_text

if TYPE_CHECKING:
    from rnkclaims.store.queries import ClaimFilters


class _ValidText(StringParamType):
    """Text as typed, refused as ``valid_text`` refuses it, with the same message: a type,
    not a callback, since typer reads a callback's signature for every option that has
    one each time a command is built (16 times for who-said)."""

    def convert(self, value: Any, param: Any, ctx: Any) -> Any:
        text = super().convert(value, param, ctx)
        try:
            valid_text(text)
        except typer.BadParameter as exc:
            self.fail(exc.message, param, ctx)
        return text


_VALID_TEXT = _ValidText()


def _text_option(*names: str, help: str) -> Any:
    return typer.Option(*names, help=help, show_default=False, click_type=_VALID_TEXT)


SpeakerOpt = Annotated[
    str | None, _text_option("--speaker", "-s", help="Speaker: id, name or any alias.")
]
VoiceOpt = Annotated[
    str | None,
    _text_option(
        "--voice",
        help="Claims made for this body: its own, and its officials' in roles that speak for "
        "it (id, name or alias).",
    ),
]
SinceOpt = Annotated[
    str | None,
    _text_option(
        "--since",
        help="Said on or after: YYYY, YYYY-MM or YYYY-MM-DD (an undated claim counts as said "
        "when its source was published).",
    ),
]
UntilOpt = Annotated[
    str | None,
    _text_option("--until", help="Said on or before: YYYY, YYYY-MM or YYYY-MM-DD."),
]
OutletOpt = Annotated[
    str | None, _text_option("--outlet", help="Publishing outlet: id, name or alias.")
]
ViaOpt = Annotated[
    str | None,
    _text_option(
        "--via",
        help="Claims relayed through this agency or intermediary (a hop of the claim's relay "
        "chain): id, name or alias.",
    ),
]
ActOpt = Annotated[
    str | None,
    _text_option(
        "--act",
        help="Speech act: asserts, denies, confirms, accuses, suspects, assesses, predicts, "
        "pledges, intends, warns, expresses-concern, reports, announces, calls-for.",
    ),
]
TopicOpt = Annotated[
    str | None, _text_option("--topic", "-t", help="Topic: id, name or one of its terms.")
]
PropositionOpt = Annotated[str | None, _text_option("--proposition", "-p", help="Proposition id.")]


class Sort(StrEnum):
    said = "said"
    published = "published"
    speaker = "speaker"
    relevance = "relevance"


SortOpt = Annotated[
    Sort | None,
    typer.Option(
        "--sort",
        help="said (oldest first), published (oldest first), speaker (A-Z) or relevance "
        "(who-said only). Default: the command's own order.",
        case_sensitive=False,
        show_default=False,
    ),
]
ReverseOpt = Annotated[bool, typer.Option("--reverse", "-r", help="Reverse the order.")]


def show_claims(
    records: Sequence[dict[str, Any]],
    fmt: Format,
    limit: int | None,
    fail_empty: bool,
    no_headers: bool,
    empty: str = "No claims match the filters.",
    extra: Sequence[str] = (),
    where: tuple[Path | None, Path | None] = (None, None),
) -> None:
    from rnkclaims.render import render_claims

    records = cut(records, limit, "claims")
    if fmt is Format.claimreview:
        from rnkclaims.cli.occasional import print_claimreview

        print_claimreview(*where, records, groups=False)
    elif records or fmt is not Format.table:
        render_claims(records, output_format(fmt), extra=extra, headers=not no_headers)
    if not records:
        no_results(empty, fail_empty)


def claim_filters(**kwargs: Any) -> ClaimFilters:
    from rnkclaims.store.queries import ClaimFilters

    if isinstance(kwargs.get("sort"), Sort):
        kwargs["sort"] = kwargs["sort"].value
    return ClaimFilters(**kwargs)


def probed(f: ClaimFilters) -> ClaimFilters:
    """``f`` reading one row more than its limit, to tell whether the limit cut."""
    return f._replace(limit=probe_limit(f.limit))
