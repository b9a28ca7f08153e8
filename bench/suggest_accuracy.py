"""How good are the suggestions? Leave-one-source-out on the bundled ledger.

For each bundled source: its claims lose their coding (propositions, topics, certainty,
role); suggestions are made from the other sources' coded claims only; they are compared
with the codebook's coding. A proposition link counts when the proposition and the
stance are both right.

- top-1 precision: of the claims given at least one suggestion, how often the first is
  right; top-3 recall: of all the coded links, how many are among the first three.
- topic accuracy: how often the first suggested topic is one of the claim's topics;
  topic recall@3 likewise for all its topics.

Baselines, in the same run: the links most often coded in the other sources (the same
three for every claim), and each half of the method alone (the nearest claims' votes;
the words of the propositions).

    python bench/suggest_accuracy.py            # table
    python bench/suggest_accuracy.py --markdown # the README's table
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from rnkclaims.authoring import suggest as sg
from rnkclaims.ledger import Ledger, load, locate

DATA = Path(__file__).resolve().parent.parent / "data"
CODING = ("propositions", "topics", "certainty", "role", "suggested")


def stripped(claim: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in claim.items() if k not in CODING}


def gold_links(claim: dict[str, Any]) -> set[tuple[str, str]]:
    return {(str(b["proposition"]), str(b["stance"])) for b in claim.get("propositions") or ()}


Predict = Callable[[sg.Suggester, dict[str, Any]], sg.Suggestion]


def method(sugg: sg.Suggester, claim: dict[str, Any]) -> sg.Suggestion:
    return sugg.suggest(claim)


def neighbours_only(sugg: sg.Suggester, claim: dict[str, Any]) -> sg.Suggestion:
    saved = sugg.matching_propositions
    sugg.matching_propositions = lambda text: []  # type: ignore[method-assign]
    try:
        return sugg.suggest(claim)
    finally:
        sugg.matching_propositions = saved  # type: ignore[method-assign]


def words_only(sugg: sg.Suggester, claim: dict[str, Any]) -> sg.Suggestion:
    saved = sugg.neighbours
    sugg.neighbours = lambda text: []  # type: ignore[method-assign]
    try:
        return sugg.suggest(claim)
    finally:
        sugg.neighbours = saved  # type: ignore[method-assign]


def most_common(sugg: sg.Suggester, claim: dict[str, Any]) -> sg.Suggestion:
    links: Counter[tuple[str, str]] = Counter()
    topics: Counter[str] = Counter()
    for c in sugg.coded:
        links.update(gold_links(c))
        topics.update(str(t) for t in c.get("topics") or ())
    return sg.Suggestion(
        propositions=[sg.Bearing(p, s, 50, "") for (p, s), _ in links.most_common(3)],
        topics=[sg.TopicHint(t, 50, "") for t, _ in topics.most_common(3)],
    )


def evaluate(ledger: Ledger, predict: Predict) -> dict[str, tuple[int, int]]:
    counts: Counter[str] = Counter()
    for source in sorted(ledger.sources):
        sugg = sg.Suggester(ledger, {source})
        for claim in ledger.claims:
            if claim.get("source") != source or claim.get("draft") is True:
                continue
            got = predict(sugg, stripped(claim))
            gold = gold_links(claim)
            ranked = [(b.proposition, b.stance) for b in got.propositions]
            if ranked:
                counts["top1_n"] += 1
                counts["top1_ok"] += ranked[0] in gold
            counts["links"] += len(gold)
            counts["top3_found"] += len(gold & set(ranked[:3]))
            counts["top1_found"] += len(gold & set(ranked[:1]))
            counts["top3_n"] += len(ranked[:3])
            counts["top3_ok"] += len(gold & set(ranked[:3]))
            gold_topics = {str(t) for t in claim.get("topics") or ()}
            topics = [t.topic for t in got.topics]
            if gold_topics:
                counts["topic_n"] += 1
                counts["topic_ok"] += bool(topics) and topics[0] in gold_topics
                counts["topic_links"] += len(gold_topics)
                counts["topic_found"] += len(gold_topics & set(topics[:3]))
            if claim.get("certainty") and got.certainty:
                counts["certainty_n"] += 1
                counts["certainty_ok"] += got.certainty == claim["certainty"]
            if claim.get("role"):
                counts["role_n"] += 1
                counts["role_ok"] += got.role == claim["role"]
        sugg.close()
    return {
        "top-1 precision": (counts["top1_ok"], counts["top1_n"]),
        "top-1 recall": (counts["top1_found"], counts["links"]),
        "top-3 precision": (counts["top3_ok"], counts["top3_n"]),
        "top-3 recall": (counts["top3_found"], counts["links"]),
        "topic accuracy": (counts["topic_ok"], counts["topic_n"]),
        "topic recall@3": (counts["topic_found"], counts["topic_links"]),
        "certainty": (counts["certainty_ok"], counts["certainty_n"]),
        "role": (counts["role_ok"], counts["role_n"]),
    }


def pct(pair: tuple[int, int]) -> str:
    ok, n = pair
    return f"{100 * ok / n:.1f}% ({ok}/{n})" if n else "-"


ROWS: list[tuple[str, Predict]] = [
    ("suggest (neighbours + proposition words)", method),
    ("baseline: nearest claims' votes only", neighbours_only),
    ("baseline: proposition words only", words_only),
    ("baseline: the 3 most common links", most_common),
]
COLUMNS = ["top-1 precision", "top-3 recall", "top-1 recall", "top-3 precision",
           "topic accuracy", "topic recall@3"]  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--markdown", action="store_true", help="print the README table")
    parser.add_argument("--ledger", default=str(DATA), help="ledger folder")
    args = parser.parse_args()
    ledger = load(locate(args.ledger))
    results = [(name, evaluate(ledger, fn)) for name, fn in ROWS]
    if args.markdown:
        print("| method | " + " | ".join(COLUMNS) + " |")
        print("|---|" + "---:|" * len(COLUMNS))
        for name, r in results:
            print(f"| {name} | " + " | ".join(pct(r[c]) for c in COLUMNS) + " |")
    else:
        for name, r in results:
            print(name)
            for key, pair in r.items():
                print(f"  {key:16} {pct(pair)}")


if __name__ == "__main__":
    main()
