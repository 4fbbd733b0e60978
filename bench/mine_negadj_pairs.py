"""Mine the pairs of negative adjectives that render each other but begin differently (divergence._NEGADJ_PAIRS).

Reads the wide corpus of EU acts (bench/bench_divergence_wide.py), its readable parts only: the even half and odd-A
(an odd act whose sha256("odd-a:" + celex) is even); odd-B stays unread.  For every clause pair with exactly one
negative adjective on each side (deontic's "negadj" words) whose stems (first six letters, folded, spaces and hyphens
dropped) differ, it counts the pair of stems, and prints those that came together in 5 pairs or more, from 2 acts or
more, with a Dice coefficient of 0.25 or more (against the pairs in which each stem occurs at all), as the tuple the
engine holds.

Run: ``.venv/bin/python bench/mine_negadj_pairs.py --pairs wide.jsonl`` (the file bench_divergence_wide.py
``--pairs`` writes; without it, ``--mirrors`` as there).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from multiprocessing import Pool
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
for path in (str(ROOT), str(ROOT / "bench")):
    if path not in sys.path:
        sys.path.insert(0, path)

import bench_divergence_wide as wide  # noqa: E402

from mou_review.domain import deontic  # noqa: E402
from mou_review.domain.divergence import negadj_stem  # noqa: E402
from mou_review.domain.textnorm import fold  # noqa: E402
from mou_review.domain.types import Lang  # noqa: E402

MIN_PAIRS, MIN_ACTS, MIN_DICE = 5, 2, 0.25


def readable(celex: str) -> bool:
    """The even half and odd-A: the parts of the wide corpus that may be read."""
    return (
        wide.half(celex) == "even"
        or int(hashlib.sha256(("odd-a:" + celex).encode()).hexdigest(), 16) % 2 == 0
    )


def _stems(row: dict[str, str]) -> tuple[list[str], list[str], str]:
    out = []
    for text, lang in ((row["en"], Lang.EN), (row["fr"], Lang.FR)):
        folded = fold(text)
        weak = deontic.profile(folded, lang, text).weak
        out.append([negadj_stem(folded, a, b) for a, b, group in weak if group == "negadj"])
    return out[0], out[1], row["act"]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mirrors", type=Path, default=Path("/work/.mirror"))
    parser.add_argument("--pairs", type=Path, help="the pairs bench_divergence_wide.py --pairs wrote")
    args = parser.parse_args(argv)
    if args.pairs and args.pairs.exists():
        rows = [json.loads(line) for line in args.pairs.read_text(encoding="utf-8").splitlines()]
    else:
        mirror = args.mirrors / wide.REPO.replace("/", "+")
        if not mirror.exists():
            print(
                f"no copy of {wide.REPO} under {args.mirrors} (fetch it, or pass --mirrors)", file=sys.stderr
            )
            return 2
        rows, _counts = wide.build(mirror)
    rows = [r for r in rows if readable(r["act"])]
    together: Counter[tuple[str, str]] = Counter()
    acts: dict[tuple[str, str], set[str]] = {}
    seen_en: Counter[str] = Counter()
    seen_fr: Counter[str] = Counter()
    with Pool(2) as pool:
        for en, fr, act in pool.imap(_stems, rows, chunksize=256):
            seen_en.update(set(en))
            seen_fr.update(set(fr))
            if len(en) == 1 and len(fr) == 1 and en[0] != fr[0]:
                together[en[0], fr[0]] += 1
                acts.setdefault((en[0], fr[0]), set()).add(act)
    kept = [
        (e, f, n)
        for (e, f), n in together.most_common()
        if n >= MIN_PAIRS and len(acts[e, f]) >= MIN_ACTS and 2 * n / (seen_en[e] + seen_fr[f]) >= MIN_DICE
    ]
    print(f"{len(rows):,} readable pairs; {len(together):,} pairs of stems; {len(kept)} kept")
    for e, f, n in kept:
        dice = 2 * n / (seen_en[e] + seen_fr[f])
        print(f'    ("{e}", "{f}"),  # {n} pairs, {len(acts[e, f])} acts, Dice {dice:.2f}')
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
