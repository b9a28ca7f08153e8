"""The tables and styled text of the query commands, for people at a terminal.

Imported only when a command draws a table: the machine formats (json, jsonl, csv, tsv,
excel, markdown) are written by ``rnkclaims.render`` without compiling or importing any of
this, or rich.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from rnkclaims.render import clean
from rnkclaims.render.compact import (
    COMPACT_BELOW,
    claim_parts,
    for_people,
    relay_text,
    said_label,
    said_text,
)
from rnkclaims.render.detail import _ACT_STYLES, HIGHLIGHT, _id_width
from rnkclaims.render.rows import cell_text


def records(
    rows: Sequence[dict[str, Any]], cols: Sequence[str], title: str | None, con: Console
) -> None:
    """Records in a table, a column for each of ``cols``."""
    table = Table(title=title, show_lines=True, expand=False)
    for c in cols:
        table.add_column(c.replace("_", " "), overflow="fold", **_id_width(c, rows))
    for r in rows:
        table.add_row(*(escape(for_people(cell_text(r.get(c)))) for c in cols))
    con.print(table)


def _marked(text: str, style: str = "bold reverse", plain: bool = False) -> Text:
    """``text`` with its ``**marked**`` words in ``style``; with ``plain`` (output without
    styles: piped, or a dumb terminal), the marks are kept so the words still stand out."""
    if plain:
        return Text(text)
    out = Text()
    for i, part in enumerate(text.split(HIGHLIGHT)):
        out.append(part, style=style if i % 2 else "")
    return out


def _who_cell(rec: dict[str, Any]) -> Text:
    cell = Text(rec.get("speaker") or rec.get("speaker_id") or "", style="bold")
    role = ", ".join(x for x in (rec.get("role"), rec.get("role_organisation")) if x)
    if role:
        cell.append("\n" + role, style="dim")
    if rec.get("voice_id") and rec.get("voice_id") != rec.get("speaker_id"):
        cell.append(f"\nfor {rec.get('voice') or rec['voice_id']}", style="dim")
    act = rec.get("act") or ""
    cell.append("\n" + act, style=f"italic {_ACT_STYLES.get(act, '')}".strip())
    hedge = ", ".join(x for x in (rec.get("hedge"), rec.get("certainty")) if x)
    if hedge:
        cell.append(f" ({hedge})", style="italic")
    if rec.get("draft"):
        cell.append("\ndraft", style="yellow")
    return cell


def _said_cell(rec: dict[str, Any], plain: bool = False) -> Text:
    text = rec.get("highlight") or rec.get("quote") or rec.get("excerpt") or ""
    marked = _marked(text, plain=plain)
    cell = Text("\u201c") + marked + Text("\u201d") if rec.get("quote") else marked
    for b in rec.get("propositions") or ():
        sign = "+" if b["stance"] == "supports" else "-"
        value = f" = {b['value']}" if b.get("value") else ""
        cell.append(f"\n{sign} {b['proposition_id']}{value}", style="dim")
    cell.append("\n" + str(rec.get("id")), style="bold dim")
    if "answers" in rec:
        cell.append("\n\nAnswers:", style="bold")
        cell.append_text(_answers_text(rec))
    if rec.get("later"):
        cell.append("\n\nContradicted later by:", style="bold")
        cell.append_text(_answers_text(rec, "later"))
    return cell


def _where_cell(rec: dict[str, Any]) -> Text:
    cell = Text(said_text(rec))
    venue = ", ".join(
        x for x in (rec.get("venue"), rec.get("venue_description"), rec.get("venue_place")) if x
    )
    if venue:
        cell.append("\n" + venue)
    relay = relay_text(rec)
    if relay:
        cell.append("\nvia " + relay)
    if rec.get("outlet") or rec.get("outlet_id"):
        cell.append(f"\nin {rec.get('outlet') or rec.get('outlet_id')}")
    return cell


def _claims_table(
    records: Sequence[dict[str, Any]], title: str | None = None, plain: bool = False
) -> Table:
    table = Table(title=title, show_lines=True, expand=True, title_justify="left")
    table.add_column("Who", ratio=2, min_width=12, overflow="fold")
    table.add_column("Said (+ supports, - opposes; id)", ratio=5, min_width=20, overflow="fold")
    table.add_column("When, where, via", ratio=2, min_width=14, overflow="fold")
    for rec in records:
        table.add_row(_who_cell(rec), _said_cell(rec, plain), _where_cell(rec))
    return table


def _answers_text(rec: dict[str, Any], key: str = "answers") -> Text:
    cell = Text()
    for a in rec.get(key) or ():
        cell.append("\n- ")
        cell.append(a.get("speaker") or a.get("speaker_id") or "", style="bold")
        cell.append(f" ({a.get('act')}, {said_label(a)}) ")
        cell.append(str(a.get("id")), style="dim")
    more = int(rec.get(f"{key}_total") or 0) - len(rec.get(key) or ())
    if more > 0:
        cell.append(f"\n... and {more} more", style="dim")
    if not rec.get(key):
        cell.append(" none in the ledger", style="dim")
    return cell


def _claim_lines(con: Console, rec: dict[str, Any], plain: bool = False) -> list[Text]:
    """One claim in the compact layout (``compact.claim_parts``): ``id  date  speaker
    act``, then its words and details indented; answers (denials) one a line, id
    first."""
    parts = claim_parts(rec, _ACT_STYLES)
    head = Text()
    for text, style in parts.head:
        head.append(text, style=style)
    said = _marked(parts.words, plain=plain)
    body = [Text("\u201c") + said + Text("\u201d") if parts.quoted else said]
    for pieces in parts.rest:
        line = Text()
        for text, style in pieces:
            line.append(text, style=style)
        body.append(line)
    width = max(20, con.width - 2)
    out = list(head.wrap(con, con.width))
    out += [Text("  ") + line for text in body for line in text.wrap(con, width)]
    for line in out:
        line.rstrip()
    return out


def print_claims(con: Console, records: Sequence[dict[str, Any]], title: str | None = None) -> None:
    """Claims as a table at 100 columns or more, else in the compact layout."""
    plain = con.color_system is None
    if con.width >= COMPACT_BELOW:
        con.print(_claims_table(records, title, plain=plain))
        return
    if title:
        con.print(Text(title, style="bold"))
    for rec in records:
        for line in _claim_lines(con, rec, plain=plain):
            con.print(line, soft_wrap=True)
        con.print()


def groups(con: Console, groups: Sequence[dict[str, Any]]) -> None:
    """Groups of claims (contradictions): each group's explanation, then its claims."""
    for i, g in enumerate(for_people(groups), 1):
        heading = Text(f"{i}. {g['kind']}: ", style="bold")
        heading.append(g["explanation"])
        con.print(heading)
        shown = len(g.get("claims") or ())
        print_claims(con, g.get("claims") or ())
        if g.get("claims_total", shown) > shown:
            con.print(Text(f"{shown} of {g['claims_total']} claims shown", style="dim"))
        con.print()


def sections(
    con: Console,
    sections: Mapping[str, Sequence[dict[str, Any]]],
    columns: Mapping[str, Sequence[str]],
) -> None:
    """A titled table per section; an empty section says so."""
    for name, records in sections.items():
        if not records:
            con.print(Text(f"{name}: none", style="dim"))
            continue
        cols_here = list(columns.get(name) or records[0].keys())
        # a two-column list (name, count) reads best at its natural width
        table = Table(title=name.replace("_", " "), title_justify="left",
                      expand=len(cols_here) > 2, show_lines=False)  # fmt: skip
        for c in cols_here:
            table.add_column(c.replace("_", " "), overflow="fold", **_id_width(c, records))
        for r in records:
            table.add_row(*(escape(for_people(cell_text(r.get(c)))) for c in cols_here))
        con.print(table)


def claim_detail(con: Console, rec: dict[str, Any]) -> None:
    """One claim in full (``show``): the claim, its excerpt in context, related claims."""
    rec = for_people(rec)
    print_claims(con, [rec], title=f"Claim {rec['id']}")
    if rec.get("quote"):
        con.print(Text("Quote: ", style="bold") + Text(rec["quote"]))
    ctx = rec.get("context") or {}
    if ctx.get("found"):
        where = f"{ctx.get('file')}:{ctx.get('line')}" if ctx.get("file") else ""
        con.print(Text(f"In the source ({rec.get('source_title') or rec['source_id']}) {where}",
                       style="bold"))  # fmt: skip
        body = Text(ctx.get("before") or "", style="dim")
        body.append(ctx.get("match") or "", style="bold")
        body.append(ctx.get("after") or "", style="dim")
        con.print(body)
    else:
        con.print(Text("The excerpt was not found in the source text.", style="yellow"))
    props = rec.get("propositions") or ()
    if props:
        table = Table(title="Propositions", title_justify="left", expand=True)
        for c in ("proposition", "stance", "value"):
            table.add_column(c, overflow="fold")
        for b in props:
            table.add_row(
                escape(f"{b['proposition']} ({b['proposition_id']})"),
                b["stance"],
                escape(b.get("value") or ""),
            )
        con.print(table)
    related = rec.get("related") or ()
    longest = max((len(str(r["id"])) for r in related), default=0)
    if related and con.width < max(COMPACT_BELOW, 60 + 2 * longest):  # room for 4 columns
        con.print(Text("Related claims", style="bold"))
        for r in related:
            head = Text(f"{r['relation']}  ")
            head.append(str(r["id"]), style="bold")
            head.append(f"  {r['speaker']} ({r['act']}, {said_label(r)})")
            lines = list(head.wrap(con, con.width))
            for body in (Text(r.get("reason") or "", style="dim"), Text(r.get("excerpt") or "")):
                lines += [Text("  ") + line for line in body.wrap(con, max(20, con.width - 2))]
            for line in lines:
                line.rstrip()
                con.print(line, soft_wrap=True)
        return
    if related:
        table = Table(title="Related claims", title_justify="left", expand=True)
        for c in ("relation", "who, when", "said", "id"):
            table.add_column(c, overflow="fold", **_id_width(c, related))
        for r in related:
            table.add_row(
                r["relation"],
                escape(f"{r['speaker']} ({r['act']}, {said_label(r)})"),
                escape(r.get("excerpt") or ""),
                escape(f"{r['id']}\n{r['reason']}"),
            )
        con.print(table)
    else:
        con.print(Text("No related claims.", style="dim"))


def source(con: Console, rec: dict[str, Any]) -> None:
    """An archived article (``source show``) with each claim's excerpt marked."""
    plain = con.color_system is None
    text = rec["text"]  # raw: the excerpts' offsets are into it; pieces are cleaned below
    rec = for_people(rec, limit=10**9)
    head = Text(str(rec["id"]), style="bold")
    head.append(f"  {rec.get('published') or 'undated'}  {rec.get('outlet') or ''}")
    con.print(head)
    con.print(Text(str(rec.get("title") or ""), style="bold"))
    con.print(Text(f"{rec.get('file')}:{rec.get('first_line')}", style="dim"))
    con.print()
    spans: dict[tuple[int, int], list[str]] = {}
    for e in rec["excerpts"]:
        if e["found"]:
            spans.setdefault((e["start"], e["end"]), []).append(e["claim_id"])
    body = Text()
    at = 0
    for (start, end), ids in sorted(spans.items()):
        start = max(start, at)
        if start >= end:
            body.append(" [" + ", ".join(ids) + "]", style="dim")
            continue
        body.append(clean(text[at:start]))
        marked = clean(text[start:end])
        if plain:
            body.append(HIGHLIGHT + marked + HIGHLIGHT)
        else:
            body.append(marked, style="bold reverse")
        body.append(" [" + ", ".join(ids) + "]", style="dim")
        at = end
    body.append(clean(text[at:].rstrip("\n")))
    con.print(body)
    missing = [e["claim_id"] for e in rec["excerpts"] if not e["found"]]
    if missing:
        con.print(Text("excerpts not found in the text: " + ", ".join(missing), style="yellow"))
