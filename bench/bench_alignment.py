"""Print EN/FR alignment accuracy per instrument of the test set, and the time per clause.

Run from the repository root: ``.venv/bin/python bench/bench_alignment.py``.
Timing covers reading both DOCX files and aligning them (the import path);
building the DOCX is excluded.  "expected" counts the pairs a perfect aligner
finds plus the paragraphs it must leave unpaired; "correct" how many of those
this aligner got; "min conf" is the lowest confidence it gave a pair.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from mou_review.domain.docx_align import align  # noqa: E402
from mou_review.domain.docx_read import read_bilingual_table, read_paragraphs  # noqa: E402
from tests.data.alignment import corpus  # noqa: E402

REPEAT = 5


def main() -> None:
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


if __name__ == "__main__":
    main()
