"""How well ``rnkclaims extract`` drafts the bundled ledger's claims.

For every source of the ledger, the drafts of ``extract`` are matched to the ledger's
claims on that source by the overlap of their text spans (excerpt and quote, located
in the source after normalising whitespace and quote marks). A draft and a claim match
when they share at least half of the shorter of the two spans.

- recall: the share of the ledger's claims that some draft matches;
- precision: the share of the drafts that match some claim;
- speaker accuracy: among matched claims, the share whose best-overlapping draft(s)
  name the claim's speaker.

The figures are given for all claims, and for the claims of speech only: without the
claims in the publishing outlet's own voice (its speaker is the source's outlet), which
carry no quotation mark or speech verb for ``extract`` to find.

Run: ``python bench/extract_accuracy.py [--ledger data] [--json] [--verbose]``
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from rnkclaims.extract import extract
from rnkclaims.ledger import load, locate
from rnkclaims.spans import claim_spans, overlaps

MATCH_SHARE = 0.5


def _matches(a: tuple[int, int], b: tuple[int, int]) -> int:
    shared = overlaps(a, b)
    shortest = max(1, min(a[1] - a[0], b[1] - b[0]))
    return shared if shared >= shortest * MATCH_SHARE else 0


def measure(
    ledger_path: Path | None, verbose: bool = False, speech_only: bool = False
) -> dict[str, Any]:
    ledger = load(locate(ledger_path))
    per_source: list[dict[str, Any]] = []
    totals = {"claims": 0, "recalled": 0, "drafts": 0, "precise": 0, "speaker_ok": 0}
    for sid in sorted(ledger.sources):
        source = ledger.sources[sid]
        claims = [
            c
            for c in ledger.claims
            if c.get("source") == sid and c.get("mode") in ("quote", "reported")
        ]
        if speech_only:
            claims = [c for c in claims if c.get("speaker") != source.meta.get("outlet")]
        spans: dict[str, list[tuple[int, int]]] = {}
        for cid, a, b in claim_spans(source, claims):
            spans.setdefault(cid, []).append((a, b))
        drafts = extract(ledger, source).drafts
        row = {"source": sid, "claims": len(claims), "drafts": len(drafts)}
        recalled = speaker_ok = 0
        for claim in claims:
            cid = str(claim.get("id"))
            scored = [
                (max((_matches((d.start, d.end), s) for s in spans.get(cid, [])), default=0), d)
                for d in drafts
            ]
            best = max((score for score, _ in scored), default=0)
            if best == 0:
                if verbose:
                    print(f"  missed {sid} {cid}: {claim.get('excerpt')!r:.90}", file=sys.stderr)
                continue
            recalled += 1
            top = [d for score, d in scored if score == best]
            if any(d.speaker == claim.get("speaker") for d in top):
                speaker_ok += 1
            elif verbose:
                print(
                    f"  speaker {sid} {cid}: ledger {claim.get('speaker')}, "
                    f"drafted {[d.speaker for d in top]}",
                    file=sys.stderr,
                )
        all_spans = [s for ss in spans.values() for s in ss]
        precise = 0
        for d in drafts:
            if any(_matches((d.start, d.end), s) for s in all_spans):
                precise += 1
            elif verbose:
                print(f"  extra {sid} L{d.line} {d.speaker}: {d.excerpt!r:.90}", file=sys.stderr)
        row.update(recalled=recalled, precise=precise, speaker_ok=speaker_ok)
        per_source.append(row)
        totals["claims"] += len(claims)
        totals["drafts"] += len(drafts)
        totals["recalled"] += recalled
        totals["precise"] += precise
        totals["speaker_ok"] += speaker_ok

    def share(n: int, d: int) -> float:
        return round(100.0 * n / d, 1) if d else 0.0

    return {
        "sources": per_source,
        **totals,
        "recall": share(totals["recalled"], totals["claims"]),
        "precision": share(totals["precise"], totals["drafts"]),
        "speaker_accuracy": share(totals["speaker_ok"], totals["recalled"]),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ledger", type=Path, default=None, help="ledger folder (default: data)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--verbose", "-v", action="store_true", help="list misses on stderr")
    args = parser.parse_args(argv)
    result = measure(args.ledger, args.verbose)
    speech = measure(args.ledger, speech_only=True)
    if args.json:
        print(json.dumps({"all_claims": result, "speech_claims": speech}, indent=2))
        return 0
    for row in result["sources"]:
        print(
            f"{row['source']}: {row['recalled']}/{row['claims']} claims drafted, "
            f"{row['precise']}/{row['drafts']} drafts real, "
            f"{row['speaker_ok']}/{row['recalled']} speakers right"
        )
    print(
        f"recall {result['recall']}% ({result['recalled']}/{result['claims']}), "
        f"precision {result['precision']}% ({result['precise']}/{result['drafts']}), "
        f"speaker accuracy {result['speaker_accuracy']}% "
        f"({result['speaker_ok']}/{result['recalled']})"
    )
    print(
        f"speech claims only (not in the outlet's own voice): recall {speech['recall']}% "
        f"({speech['recalled']}/{speech['claims']}), precision {speech['precision']}% "
        f"({speech['precise']}/{speech['drafts']}), speaker accuracy "
        f"{speech['speaker_accuracy']}% ({speech['speaker_ok']}/{speech['recalled']})"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
