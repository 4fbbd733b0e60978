"""Time the divergence rule checks on a 60-clause document and on 5,000 pairs.

Prints the time per clause for each size and the ratio between them (a ratio
near 1 means the checks stay linear in the number of clauses).  Target: the
60-clause document in under 50 ms.  Timings are printed, never asserted.

Run: ``.venv/bin/python bench/bench_divergence.py``
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.bench_divergence_quality import load_faithful, load_injected  # noqa: E402
from mou_review.domain.divergence import ClausePair, check_document  # noqa: E402
from mou_review.domain.glossary import default_glossary  # noqa: E402


def _pairs(n: int) -> list[ClausePair]:
    """Return n clause pairs spread evenly over the labelled set (faithful and injected)."""
    faithful = load_faithful()
    pool = [c.pair for c in faithful.values()] + [c.pair for c in load_injected(faithful)]
    # A stride coprime with the pool size visits every pair before repeating, in mixed order.
    stride = next(s for s in range(97, 1000) if len(pool) % s)
    return [pool[(i * stride) % len(pool)] for i in range(n)]


def _best_of(pairs: list[ClausePair], repeat: int) -> float:
    """Return the best wall time (seconds) of ``repeat`` runs of check_document."""
    glossary = default_glossary()
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        check_document(pairs, glossary)
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    """Print timings for both sizes and their per-clause ratio."""
    default_glossary()  # built once per process; not part of a check
    small, large = _pairs(60), _pairs(5000)
    t_small = _best_of(small, 20)
    t_large = _best_of(large, 3)
    per_small = t_small / len(small) * 1e3
    per_large = t_large / len(large) * 1e3
    print(f"60-clause document : {t_small * 1e3:8.1f} ms total, {per_small:.3f} ms/clause (target < 50 ms)")
    print(f"5,000 pairs        : {t_large * 1e3:8.1f} ms total, {per_large:.3f} ms/clause")
    print(
        f"size ratio {len(large) / len(small):.0f}x, time ratio {t_large / t_small:.1f}x, "
        f"per-clause ratio {per_large / per_small:.2f} (1.00 = linear)"
    )


if __name__ == "__main__":
    main()
