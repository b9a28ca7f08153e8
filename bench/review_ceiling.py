"""How many of the link and topic edits left could any suggester learnt from the others make?

``bench/review_edits.py`` codes each bundled source again by the commands, with the
suggestions learnt from the other sources' coded claims only. A link to a proposition
that no other source's claims code (or a topic no other source's claims code) is out of
reach of any such suggester: on a new article the analyst must first create it
(``rnkclaims proposition add`` or ``topic add``), then link it. This script runs the same
end-to-end count and splits the link and topic edits left:

- unreachable: a link to add to a proposition (or a topic to add) that no other
  source's claims code; listed with the ``proposition add`` / ``topic add`` commands
  they need (one per proposition or topic, however many claims link it);
- reachable: every other link or topic edit (a link to add to a proposition other
  sources code, any link or topic to remove, a wrong stance), which a better suggester
  could spare;
- the other fields (speaker, act, said, ...), which are not the suggester's.

The claims no draft matches are drafted from a passage review offers (or, when none
is offered, typed in full); their links and topics are split the same way. The counts
are exact: a run repeats them.

    python bench/review_ceiling.py             # the table
    python bench/review_ceiling.py --list      # every unreachable link and topic
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import review_edits

from rnkclaims.ledger import Ledger, load, locate


def coded_elsewhere(ledger: Ledger) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """For each proposition and topic, the sources whose coded claims use it."""
    props: dict[str, set[str]] = defaultdict(set)
    topics: dict[str, set[str]] = defaultdict(set)
    for c in ledger.claims:
        if c.get("draft") is True:
            continue
        for b in c.get("propositions") or ():
            if isinstance(b, dict):
                props[str(b.get("proposition"))].add(str(c.get("source")))
        for t in c.get("topics") or ():
            topics[str(t)].add(str(c.get("source")))
    return props, topics


def split(source: str, row: dict[str, Any], ledger: Ledger) -> dict[str, Any]:
    """The source's remaining edits, split into reachable and unreachable ones."""
    props, topics = coded_elsewhere(ledger)

    def unseen_prop(pid: str) -> bool:
        return not (props.get(pid, set()) - {source})

    def unseen_topic(tid: str) -> bool:
        return not (topics.get(tid, set()) - {source})

    after = row["after"]
    counts: Counter[str] = Counter()
    listed: list[str] = []
    new_props: set[str] = set()
    new_topics: set[str] = set()
    typed_claims = {cid for cid in (str(c) for c in _unmatched(after))}
    for cid, add, remove, t_add, t_remove in after["details"]:
        part = "typed" if cid in typed_claims else "matched"
        for pid, stance, _ in add:
            if unseen_prop(pid):
                counts[f"{part} unreachable links"] += 1
                new_props.add(pid)
                listed.append(f"{cid}: link {pid} ({stance}): no other source codes it")
            else:
                counts[f"{part} reachable links"] += 1
        counts[f"{part} reachable links"] += len(remove)
        for tid in t_add:
            if unseen_topic(tid):
                counts[f"{part} unreachable topics"] += 1
                new_topics.add(tid)
                listed.append(f"{cid}: topic {tid}: no other source codes it")
            else:
                counts[f"{part} reachable topics"] += 1
        counts[f"{part} reachable topics"] += len(t_remove)
    links_topics = sum(counts.values())
    total = after["field_edits"] + after["typed_fields"]
    return {
        "source": source,
        "claims": row["claims"],
        "total": total,
        "other": total - links_topics,
        "counts": counts,
        "new_props": new_props,
        "new_topics": new_topics,
        "listed": listed,
    }


def _unmatched(after: dict[str, Any]) -> list[str]:
    matched = set(after["pairs"])
    return [cid for cid, *_ in after["details"] if cid not in matched]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--list", action="store_true", help="list every unreachable edit")
    args = parser.parse_args()
    ledger = load(locate(review_edits.DATA))
    rows = [split(s, review_edits.measure(s), ledger) for s in sorted(ledger.sources)]
    print("| source | claims | edits per claim | other fields | links and topics: reachable "
          "| unreachable | `proposition add` needed | `topic add` needed |")  # fmt: skip
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    tot: Counter[str] = Counter()
    for r in rows:
        c = r["counts"]
        reach = sum(v for k, v in c.items() if "unreachable" not in k)
        unreach = sum(v for k, v in c.items() if "unreachable" in k)
        n = r["claims"]
        print(f"| {r['source']} | {n} | {r['total'] / n:.2f} | {r['other'] / n:.2f} "
              f"| {reach / n:.2f} | {unreach / n:.2f} | {len(r['new_props'])} "
              f"| {len(r['new_topics'])} |")  # fmt: skip
        tot.update(c)
        tot["claims"] += n
        tot["total"] += r["total"]
        tot["other"] += r["other"]
        tot["new_props"] += len(r["new_props"])
        tot["new_topics"] += len(r["new_topics"])
    n = tot["claims"]
    reach = sum(v for k, v in tot.items() if k.endswith(("reachable links", "reachable topics"))
                and "unreachable" not in k)  # fmt: skip
    unreach = sum(v for k, v in tot.items() if "unreachable" in k)
    print(f"| all | {n} | {tot['total'] / n:.2f} | {tot['other'] / n:.2f} | {reach / n:.2f} "
          f"| {unreach / n:.2f} | {tot['new_props']} | {tot['new_topics']} |")  # fmt: skip
    print()
    for part in ("matched", "typed"):
        name = "matched" if part == "matched" else "unmatched (passage drafted or typed)"
        print(f"{name} claims: links reachable {tot[f'{part} reachable links']}, "
              f"unreachable {tot[f'{part} unreachable links']}; topics reachable "
              f"{tot[f'{part} reachable topics']}, unreachable "
              f"{tot[f'{part} unreachable topics']}")  # fmt: skip
    adds = tot["new_props"] + tot["new_topics"]
    best = (tot["total"] - reach) / n
    print(f"\nEdits: {tot['total']} on {n} claims ({tot['total'] / n:.2f} per claim). "
          f"A suggester that made every reachable link and topic edit needless would leave "
          f"{best:.2f} per claim ({tot['total'] - reach} edits, of which {unreach} link or "
          f"topic edits out of reach, needing {adds} `proposition add` or `topic add`; "
          f"counted as those commands instead: "
          f"{(tot['total'] - reach - unreach + adds) / n:.2f} per claim).")  # fmt: skip
    if args.list:
        print()
        for r in rows:
            print("\n".join(r["listed"]))


if __name__ == "__main__":
    main()
