"""Benchmark clause translation with the tiny copy model on an MoU-sized input.

Prints clauses per second for a first pass (every clause goes through argostranslate and
CTranslate2), the same for a second pass (served by the cache), their ratio, the time spent
in our own pipeline (placeholders, splitting, typography) versus the model, and the sizes of
the tiny model and of argostranslate and its dependencies as installed.

Run: ``.venv/bin/python bench/bench_translation.py [--clauses 120]``
The tiny model copies its input, so the model share here is a floor: a real EN<->FR model
(6 layers, 512 wide) is much slower per token; our pipeline's own cost is what this isolates.
"""

from __future__ import annotations

import argparse
import importlib.util
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from mou_review.domain.translation import (  # noqa: E402
    ArgosTranslator,
    MemoryCache,
    protect,
    restore,
    split_sentences,
    typography,
)
from mou_review.domain.types import Lang  # noqa: E402

_SUBJECTS = ["The Parties", "Each Party", "The Joint Committee", "The competent authority", "NAPTIP"]
_VERBS = [
    "shall cooperate in",
    "shall exchange information on",
    "may request consultations on",
    "shall report on",
]
_OBJECTS = [
    "the prevention of trafficking in persons",
    "the protection of victims",
    "the training of border officials",
    "the return of victims to their country of origin",
]
_TAILS = [
    "within thirty (30) days of a request under Article {a}({p})",
    "in accordance with Article {a}",
    "as follows: (a) prevention; (b) protection; (c) prosecution",
    "with a budget of USD {n},000.00 for the year {y}",
    "before {d} June {y}",
]


def make_clauses(count: int, seed: int = 4) -> list[str]:
    """Return ``count`` English clauses of one or two sentences, MoU style."""
    rng = random.Random(seed)
    clauses = []
    for i in range(count):
        parts = []
        for _ in range(rng.choice((1, 1, 2))):
            tail = rng.choice(_TAILS).format(
                a=rng.randint(1, 15),
                p=rng.randint(1, 4),
                n=rng.randint(1, 99),
                y=rng.randint(2024, 2030),
                d=rng.randint(1, 28),
            )
            parts.append(f"{rng.choice(_SUBJECTS)} {rng.choice(_VERBS)} {rng.choice(_OBJECTS)} {tail}.")
        clauses.append(" ".join(parts) if i % 10 else "Definitions")
    return clauses


def _du(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def main() -> None:
    """Run the benchmark and print its figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clauses", type=int, default=120)
    args = parser.parse_args()

    spec = importlib.util.spec_from_file_location("tinymodel", ROOT / "tests" / "tinymodel.py")
    tinymodel = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tinymodel)

    clauses = make_clauses(args.clauses)
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        archive = tinymodel.build_tiny_model(Path(tmp) / "models")
        build_s = time.perf_counter() - t0
        archive_kb = archive.stat().st_size / 1e3
        translator = ArgosTranslator(Path(tmp) / "argos", cache=MemoryCache())
        t0 = time.perf_counter()
        info = translator.install(archive)
        install_s = time.perf_counter() - t0
        translator.translate("Warm up.", Lang.EN, Lang.FR)  # first use imports argostranslate

        t0 = time.perf_counter()
        for clause in clauses:
            translator.translate(clause, Lang.EN, Lang.FR)
        first = time.perf_counter() - t0
        calls_first = translator.model_calls

        t0 = time.perf_counter()
        for clause in clauses:
            translator.translate(clause, Lang.EN, Lang.FR)
        second = time.perf_counter() - t0

        t0 = time.perf_counter()
        for clause in clauses:
            protected, renderings, _ = protect(clause, Lang.EN, Lang.FR)
            split_sentences(protected)
            typography(restore(protected, renderings, Lang.FR) or "", Lang.FR)
        ours = time.perf_counter() - t0
        model_dir_bytes = _du(Path(info.path))

    n = len(clauses)
    print(f"clauses                         {n} ({sum(len(c) for c in clauses)} characters)")
    print(f"tiny model: build               {build_s:.2f} s, archive {archive_kb:.0f} kB")
    print(f"tiny model: installed size      {model_dir_bytes / 1e6:.2f} MB; install {install_s:.2f} s")
    print(
        f"first pass (model)              {n / first:8.1f} clauses/s  ({first:.3f} s, {calls_first - 1} model calls)"
    )
    print(f"second pass (cache)             {n / second:8.1f} clauses/s  ({second:.4f} s, 0 model calls)")
    print(f"cache speed-up (first/second)   {first / second:8.1f}x")
    print(f"our pipeline share of pass 1    {ours / first:8.1%}  (placeholders, splitting, typography)")
    site = Path(sys.modules["argostranslate"].__file__).parents[1]
    sizes = {
        name: _du(site / name) + _du(site / f"{name}.libs")
        for name in (
            "argostranslate",
            "ctranslate2",
            "sentencepiece",
            "onnxruntime",
            "minisbd",
            "sacremoses",
            "numpy",
        )
    }
    for name, size in sizes.items():
        print(f"installed {name:22s}{size / 1e6:8.1f} MB")
    print(f"installed total                 {sum(sizes.values()) / 1e6:8.1f} MB")


if __name__ == "__main__":
    main()
