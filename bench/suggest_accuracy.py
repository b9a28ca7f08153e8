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
three for every claim); the method with each of its parts left out; and the method it
replaced (bm25 rank of the propositions' words and their topics' terms, a negation
within four words, no settling of incompatible propositions, no links coded together);
also the words of the claim before in the article, tried and left off by default.
``--grid`` shows how the figures move with the two thresholds chosen on this ledger.

    python bench/suggest_accuracy.py            # table
    python bench/suggest_accuracy.py --markdown # the README's table
    python bench/suggest_accuracy.py --grid     # the thresholds' sensitivity
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


Predict = Callable[[sg.Suggester, list[dict[str, Any]]], list[sg.Suggestion]]


def method(sugg: sg.Suggester, claims: list[dict[str, Any]]) -> list[sg.Suggestion]:
    return sugg.suggest_many(claims)


def most_common(sugg: sg.Suggester, claims: list[dict[str, Any]]) -> list[sg.Suggestion]:
    links: Counter[tuple[str, str]] = Counter()
    topics: Counter[str] = Counter()
    for c in sugg.coded:
        links.update(gold_links(c))
        topics.update(str(t) for t in c.get("topics") or ())
    return [
        sg.Suggestion(
            propositions=[sg.Bearing(p, s, 50, "") for (p, s), _ in links.most_common(3)],
            topics=[sg.TopicHint(t, 50, "") for t, _ in topics.most_common(3)],
        )
        for _ in claims
    ]


def evaluate(
    ledger: Ledger, predict: Predict, parts: sg.Method | None = None
) -> dict[str, tuple[int, int]]:
    counts: Counter[str] = Counter()
    for source in sorted(ledger.sources):
        sugg = sg.Suggester(ledger, {source}, parts)
        claims = [c for c in ledger.claims if c.get("source") == source and not c.get("draft")]
        # the propositions some other source's claims code: a link to any other one
        # needs the proposition created first, and no suggester learnt here can know it
        known = {p for c in sugg.coded for p, _ in gold_links(c)}
        found = predict(sugg, [stripped(c) for c in claims])
        for claim, got in zip(claims, found, strict=True):
            gold = gold_links(claim)
            ranked = [(b.proposition, b.stance) for b in got.propositions]
            if ranked:
                counts["top1_n"] += 1
                counts["top1_ok"] += ranked[0] in gold
            counts["links"] += len(gold)
            counts["top3_found"] += len(gold & set(ranked[:3]))
            counts["top1_found"] += len(gold & set(ranked[:1]))
            reachable = {link for link in gold if link[0] in known}
            counts["reachable"] += len(reachable)
            counts["reachable_found"] += len(reachable & set(ranked[:3]))
            counts["top3_n"] += len(ranked[:3])
            counts["top3_ok"] += len(gold & set(ranked[:3]))
            gold_topics = {str(t) for t in claim.get("topics") or ()}
            topics = [t.topic for t in got.topics]
            if gold_topics:
                counts["topic_n"] += 1
                counts["topic_ok"] += bool(topics) and topics[0] in gold_topics
                counts["topic_links"] += len(gold_topics)
                counts["topic_found"] += len(gold_topics & set(topics[:3]))
            if claim.get("certainty"):  # none suggested counts as a miss
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
        "top-3 recall, reachable": (counts["reachable_found"], counts["reachable"]),
        "topic accuracy": (counts["topic_ok"], counts["topic_n"]),
        "topic recall@3": (counts["topic_found"], counts["topic_links"]),
        "certainty": (counts["certainty_ok"], counts["certainty_n"]),
        "role": (counts["role_ok"], counts["role_n"]),
    }


def pct(pair: tuple[int, int]) -> str:
    ok, n = pair
    return f"{100 * ok / n:.1f}% ({ok}/{n})" if n else "-"


BEFORE = sg.Method(
    words="bm25", negation="window", rivals=False, together=False, terms=False,
    min_first=55, min_first_fresh=55, neighbour_weight=0.5, certainty_by_act=True,
    hedge_words=False, values=False, rivals_opposed=False, own_clause=False,
)  # fmt: skip
ROWS: list[tuple[str, Predict, sg.Method | None]] = [
    ("suggest", method, None),
    ("without the nearest claims' votes", method, sg.Method(neighbours=False)),
    ("without the proposition words (nearest claims only)", method, sg.Method(words="none")),
    ("without links coded together", method, sg.Method(together=False)),
    ("without settling incompatible propositions", method, sg.Method(rivals=False)),
    ("without the topics' terms", method, sg.Method(terms=False)),
    (
        "without settling incompatible propositions both opposed",
        method,
        sg.Method(rivals_opposed=False),
    ),
    ("negation within 4 words, not to the clause's end", method, sg.Method(negation="window")),
    ("proposition words by bm25, not coverage", method, sg.Method(words="bm25")),
    ("with the words of the draft before (rejected)", method, sg.Method(context=True)),
    (
        "certainty of an unhedged claim by its act (before)",
        method,
        sg.Method(certainty_by_act=True),
    ),
    ("without the hedge words' own grades (before)", method, sg.Method(hedge_words=False)),
    ("value questions matched by any date words (before)", method, sg.Method(values=False)),
    ("with the topics of the article's other drafts (rejected)", method, sg.Method(article=True)),
    (
        "topics as the propositions' coded claims use them (rejected)",
        method,
        sg.Method(topic_use=True),
    ),
    (
        "a denial without what the accusations before it support (before)",
        method,
        sg.Method(answers=False),
    ),
    (
        "an unhedged suspicion certain, as any unhedged claim (before)",
        method,
        sg.Method(suspicion_probable=False),
    ),
    (
        "an unhedged paraphrase of a hedged draft not given its certainty (before)",
        method,
        sg.Method(paraphrase=False),
    ),
    (
        "a coded hedge's grade learnt by all its words (before)",
        method,
        sg.Method(hedge_credit=False),
    ),
    (
        "denying what a proposition's claims support denies it (rejected)",
        method,
        sg.Method(contrapositive=True),
    ),
    (
        "a proposition whose words a supported one's contain, supported (rejected)",
        method,
        sg.Method(entailed=True),
    ),
    (
        "a proposition sharing only the parties' names with the draft, dropped (rejected)",
        method,
        sg.Method(content_words=True),
    ),
    (
        "a proposition no claim links yet first from 55, as any (before)",
        method,
        sg.Method(min_first_fresh=55),
    ),
    (
        "the whole sentence for a reported clause's speaker and the outlet (before)",
        method,
        sg.Method(own_clause=False),
    ),
    ("the method before (rejected)", method, BEFORE),
    ("baseline: the 3 most common links", most_common, None),
]
COLUMNS = ["top-1 precision", "top-3 recall", "top-3 recall, reachable", "top-1 recall",
           "top-3 precision", "topic accuracy", "topic recall@3", "certainty"]  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--markdown", action="store_true", help="print the README table")
    parser.add_argument("--grid", action="store_true", help="vary the two thresholds")
    parser.add_argument("--ledger", default=str(DATA), help="ledger folder")
    args = parser.parse_args()
    ledger = load(locate(args.ledger))
    if args.grid:
        print("min_first neighbour_weight  top-1 precision  top-3 recall  topic accuracy")
        for first in (45, 50, 55, 60, 65):
            for weight in (0.1, 0.15, 0.25, 0.5):
                parts = sg.Method(min_first=first, neighbour_weight=weight)
                r = evaluate(ledger, method, parts)
                print(f"{first:9} {weight:16}  {pct(r['top-1 precision']):15}  "
                      f"{pct(r['top-3 recall']):12}  {pct(r['topic accuracy'])}")  # fmt: skip
        print("min_first_fresh  top-1 precision  top-3 recall  top-3 recall, reachable")
        for fresh in (35, 40, 45, 50, 55):
            r = evaluate(ledger, method, sg.Method(min_first_fresh=fresh))
            print(f"{fresh:15}  {pct(r['top-1 precision']):15}  {pct(r['top-3 recall']):12}  "
                  f"{pct(r['top-3 recall, reachable'])}")  # fmt: skip
        return
    results = [(name, evaluate(ledger, fn, parts)) for name, fn, parts in ROWS]
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
