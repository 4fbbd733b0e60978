"""Print EN/FR alignment accuracy per instrument of the test set, the time per clause, and a size series.

Run from the repository root: ``.venv/bin/python bench/bench_alignment.py`` (``--sizes-only`` skips the
instruments, ``--sizes 1000,2000`` picks the sizes).
Timing covers reading both DOCX files and aligning them (the import path);
building the DOCX is excluded.  "expected" counts the pairs a perfect aligner
finds plus the paragraphs it must leave unpaired; "correct" how many of those
this aligner got; "min conf" is the lowest confidence it gave a pair.

The size series aligns documents of 1,000 to 10,000 paragraphs per language
recombined from the set's real clauses (``corpus.recombined``): ``structured``
keeps articles and numbered paragraphs, ``flat`` is one long unnumbered
preamble (nothing to anchor on but content).  Each size runs in a fresh
process: the CPU time to read and align (the better of two runs), and the peak memory of the alignment
(``tracemalloc``, in a separate run: tracing slows Python down) and of the
whole process (``ru_maxrss``).  Per-paragraph ratios between sizes show
whether the cost is linear (1.0) or not (the former full table: ×10 from 1k
to 10k).
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
import tracemalloc
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from mou_review.domain import docx_align  # noqa: E402
from mou_review.domain.docx_align import align  # noqa: E402
from mou_review.domain.docx_read import read_bilingual_table, read_paragraphs  # noqa: E402
from tests.data.alignment import corpus  # noqa: E402

REPEAT = 5
SIZES = (1000, 2000, 5000, 10000)
SHAPES = ("structured", "flat")


def instruments() -> None:
    """Align every instrument REPEAT times and print a table."""
    print(f"{'instrument':24} {'layout':14} {'expected':>8} {'correct':>7} {'accuracy':>8} "
          f"{'unpaired':>8} {'min conf':>8} {'ms/clause':>9}  features")  # fmt: skip
    total_correct = total_expected = 0
    total_time = 0.0
    total_clauses = 0
    worst = 1.0
    for instrument in corpus.load_all():
        built = corpus.build(instrument)
        start = time.perf_counter()
        for _ in range(REPEAT):
            if "table" in built:
                rows = read_bilingual_table(built["table"])
                alignment = align([e for e, _ in rows], [f for _, f in rows])
            else:
                alignment = align(read_paragraphs(built["en"]), read_paragraphs(built["fr"]))
        elapsed = (time.perf_counter() - start) / REPEAT
        correct, expected = corpus.score(instrument, alignment)
        clauses = len(instrument.clauses)
        worst = min(worst, correct / expected)
        total_correct, total_expected = total_correct + correct, total_expected + expected
        total_time, total_clauses = total_time + elapsed, total_clauses + clauses
        unpaired = len(alignment.unpaired_en) + len(alignment.unpaired_fr)
        low = min(p.confidence for p in alignment.pairs)
        features = instrument.options.get("features", "")
        print(f"{instrument.name:24} {instrument.layout:14} {expected:8d} {correct:7d} "
              f"{correct / expected:8.1%} {unpaired:8d} {low:8.2f} {1000 * elapsed / clauses:9.2f}  {features}")  # fmt: skip
    print(f"{'all':24} {'':14} {total_expected:8d} {total_correct:7d} {total_correct / total_expected:8.1%} "
          f"{'':8} {'':8} {1000 * total_time / total_clauses:9.2f}")  # fmt: skip
    print(f"worst instrument: {worst:.1%} (the test asks >= 98% overall and >= 95% per instrument)")


def measure_one(size: int, shape: str) -> dict[str, float]:
    """Read and align one recombined document (in this process) and return its figures."""
    instrument = corpus.recombined(size, shape=shape)
    built = corpus.build(instrument)
    seconds = float("inf")
    for _ in range(2):  # the better of two runs, in CPU time: the machine is shared
        start = time.process_time()
        en, fr = read_paragraphs(built["en"]), read_paragraphs(built["fr"])
        alignment = align(en, fr)
        seconds = min(seconds, time.process_time() - start)
    correct, expected = corpus.score(instrument, alignment)
    tracemalloc.start()
    align(en, fr)
    traced = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    return {"paragraphs": len(en), "seconds": seconds, "traced": traced, "rss": rss,
            "accuracy": correct / expected}  # fmt: skip


def sizes(series: tuple[int, ...]) -> None:
    """Print the size series: time and memory per paragraph, and their ratios to the smallest size."""
    print()
    print(f"{'shape':10} {'paragraphs':>10} {'seconds':>8} {'ms/para':>8} {'ratio':>6} "
          f"{'align MB':>8} {'KB/para':>8} {'ratio':>6} {'process MB':>10} {'accuracy':>8}")  # fmt: skip
    for shape in SHAPES:
        first: dict[str, float] | None = None
        for size in series:
            out = subprocess.run(
                [sys.executable, __file__, "--one", f"{size}:{shape}"],
                check=True, capture_output=True, text=True, cwd=ROOT,
            )  # fmt: skip
            row = json.loads(out.stdout)
            per_time = row["seconds"] / row["paragraphs"]
            per_mem = row["traced"] / row["paragraphs"]
            first = first or {"time": per_time, "mem": per_mem}
            print(f"{shape:10} {row['paragraphs']:10d} {row['seconds']:8.2f} {1000 * per_time:8.3f} "
                  f"{per_time / first['time']:6.2f} {row['traced'] / 1e6:8.1f} {per_mem / 1024:8.2f} "
                  f"{per_mem / first['mem']:6.2f} {row['rss'] / 1e6:10.0f} {row['accuracy']:8.1%}")  # fmt: skip
    print(
        "ratio: per-paragraph cost against the smallest size (linear = 1.0; target <= 1.5 at 10k);"
        " the 5k case should take < 10 s and < 300 MB"
    )


def _planted(seeds: tuple[int, ...], sizes: tuple[int, ...]) -> list[corpus.Instrument]:
    """Return instruments with wrong partners planted: the official-layout ones and recombined ones."""
    official = [i for i in corpus.load_all() if i.layout == "official"]
    out = [corpus.perturbed(i, rate=0.06, seed=seed) for seed in seeds for i in official]
    for seed in seeds:
        for size in sizes:
            for shape in SHAPES:
                out.append(
                    corpus.perturbed(corpus.recombined(size, shape=shape, seed=seed), rate=0.04, seed=seed)
                )
    return out


def _judged(instrument: corpus.Instrument) -> list[tuple[float, bool, tuple]]:
    """Align one instrument and return (confidence, correct?, the confidence's inputs) per pair."""
    recorded: list[tuple] = []
    original = docx_align._confidence

    def record(*args):  # type: ignore[no-untyped-def]
        recorded.append(args)
        return original(*args)

    docx_align._confidence = record
    try:
        built = corpus.build(instrument)
        alignment = align(read_paragraphs(built["en"]), read_paragraphs(built["fr"]))
    finally:
        docx_align._confidence = original
    expected = Counter(instrument.expected())
    expected[(instrument.title_en, instrument.title_fr)] += 1  # the title heading pairs too
    out = []
    for pair, args in zip(alignment.pairs, recorded, strict=True):
        correct = expected[(pair.en, pair.fr)] > 0
        expected[(pair.en, pair.fr)] -= correct
        out.append((pair.confidence, correct, args))
    return out


def calibration() -> None:
    """Print how well confidence ranks wrong pairs first, on planted errors the fit never saw."""
    print()
    print("confidence on documents with wrong partners planted (held-out seeds 3 and 4):")
    print(f"{'set':26} {'pairs':>6} {'wrong':>6} {'wrong in lowest 5%':>19} {'wrong caught':>13} "
          f"{'correct < 0.5':>14} {'max conf of a wrong pair':>25}")  # fmt: skip
    groups = {"alignment set (official)": [], "recombined 2,000": []}
    for instrument in _planted((3, 4), (2000,)):
        key = "recombined 2,000" if instrument.name.startswith("recombined") else "alignment set (official)"
        groups[key] += _judged(instrument)
    clean = [(p.confidence, True, ()) for i in corpus.load_all() for p in corpus.align_instrument(i).pairs]
    groups["alignment set (clean)"] = clean
    for name, judged in groups.items():
        judged.sort(key=lambda item: item[0])
        lowest = judged[: max(1, round(0.05 * len(judged)))]
        wrong = sum(not ok for _, ok, _ in judged)
        wrong_low = sum(not ok for _, ok, _ in lowest)
        correct = [conf for conf, ok, _ in judged if ok]
        below = sum(conf < 0.5 for conf in correct)
        worst = max((conf for conf, ok, _ in judged if not ok), default=0.0)
        print(f"{name:26} {len(judged):6d} {wrong:6d} {wrong_low:>8d} of {len(lowest):<4d} {wrong_low / len(lowest):4.0%} "
              f"{wrong_low:>6d} of {wrong:<4d} {below:>5d} ({below / len(correct):5.1%}) {worst:>25.2f}")  # fmt: skip
    print(
        "wrong in lowest 5%: share of the 5% least confident pairs that are wrong (at most wrong / 5% when"
        " errors are rarer); correct < 0.5: share of right pairs flagged as doubtful"
    )


def fit() -> None:
    """Choose the confidence's weights on planted errors (seeds 1 and 2, never the reported ones)."""
    judged = [item for instrument in _planted((1, 2), (1000,)) for item in _judged(instrument)]
    original = docx_align._WEIGHTS
    best: tuple = ()
    try:
        for intercept in (1.0, 1.5, 2.0, 2.5):
            for shared in (0.0, 1.0, 2.0, 3.0, 4.0, 5.0):
                docx_align._WEIGHTS = (intercept, -1.0, shared)
                scored = sorted((docx_align._confidence(*args), ok) for _, ok, args in judged)
                caught = sum(not ok for _, ok in scored[: round(0.05 * len(scored))])
                correct = [conf for conf, ok in scored if ok]
                doubtful = sum(conf < 0.5 for conf in correct) / len(correct)
                # Rank the wrong pairs first; among equals, flag the fewest right pairs.
                best = max(best, (caught, -doubtful, intercept, shared))
    finally:
        docx_align._WEIGHTS = original
    caught, doubtful, intercept, shared = best
    wrong = sum(not ok for _, ok, _ in judged)
    print(
        f"{len(judged)} pairs, {wrong} wrong: {caught} of them in the lowest 5%, {-doubtful:.1%} of right pairs"
        f" < 0.5 with _WEIGHTS = ({intercept}, -1.0, {shared})"
    )


def main() -> None:
    """Run the instruments table and the size series."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes-only", action="store_true")
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)))
    parser.add_argument("--one", help=argparse.SUPPRESS)
    parser.add_argument("--fit", action="store_true", help="fit the confidence weights and stop")
    args = parser.parse_args()
    if args.fit:
        fit()
        return
    if args.one:
        size, shape = args.one.split(":")
        print(json.dumps(measure_one(int(size), shape)))
        return
    if not args.sizes_only:
        instruments()
        calibration()
    sizes(tuple(int(s) for s in args.sizes.split(",")))


if __name__ == "__main__":
    main()
