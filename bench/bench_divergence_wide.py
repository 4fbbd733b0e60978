"""How often the divergence checks fire on a wide, unlabelled corpus of official EN/FR texts.

The labelled corpus (``tests/data/divergence/real/``) has 175 instruments; rules tuned on it have, session after
session, removed false alarms there and far fewer on the held-out half.  This bench measures the checker on
every other act of the EU law repository the labelled corpus draws its EU acts from
(SFHAJJI/lex-corpus-eu-eurlex, the earliest version of each act, both language versions authentic): about
1,000 acts and 130,000 clause pairs, none of them labelled.  Most pairs are faithful, so the share that raises
a warning or an error is an upper bound on the false-alarm rate (the Official Journal has real divergences
too; they are counted here as firings).

The acts are split in two by the parity of sha256(celex): the even half may be read to tune a rule, the odd
half is looked at only through these aggregates, to see whether a rule carries over to acts nobody read.
Left out: the acts of the labelled corpus, the held-out acts, every pair whose English or French is word for
word a held-out text, and every pair sharing half of its 8-word runs with a held-out text.

Run: ``.venv/bin/python bench/bench_divergence_wide.py --mirrors /work/.mirror [--out firings.jsonl]
[--pairs wide.jsonl]`` (``--pairs`` keeps the extracted pairs and reuses them on the next run).

``--inject N`` measures recall the same way: it makes each kind of divergence of
``bench/inject_real_corpus.py`` in up to N pairs of each half (in hash order, among the pairs the change fits
and that its check left silent before the change) and prints the share caught per kind and half;
``--missed FILE`` writes the even half's misses (the odd half's stay unread).  ``--extra`` (with ``--inject N``)
measures, in the same table, the kinds of ``EXTRA_KINDS`` of that module instead: the same divergences outside
the narrow preconditions of ``KINDS`` (an English negation of a plain verb dropped, "and" made "or" in a sentence
with more than two "and"/"or", a French negation added), which injected.txt leaves out.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import time
from collections import Counter
from dataclasses import replace
from multiprocessing import Pool
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
for path in (ROOT, ROOT / "bench"):
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))

import build_real_corpus as corpus  # noqa: E402
import inject_real_corpus as inject  # noqa: E402

from mou_review.domain.divergence import ClausePair, Severity, check_pair  # noqa: E402
from mou_review.domain.types import ClauseKind  # noqa: E402

REPO = "SFHAJJI/lex-corpus-eu-eurlex"
COMMIT = "ac1c73005c2e5b0cb929315eea186cf4401e192e"
_VERSION_FILE = re.compile(r"works/([\w-]+)/versions/([^/]+)/(en|fr)\.xml$")
_WORD = re.compile(r"[^\W_]+")
_source: corpus.Source | None = None


def half(celex: str) -> str:
    """ "even" or "odd": the half of the wide corpus an act falls in (fixed before anything was read)."""
    return "even" if int(hashlib.sha256(celex.encode()).hexdigest(), 16) % 2 == 0 else "odd"


def shingles(text: str, n: int = 8) -> set[int]:
    """Hashes of every run of ``n`` words (lower case) of a text."""
    words = _WORD.findall(text.lower())
    return {hash(" ".join(words[i : i + n])) for i in range(max(1, len(words) - n + 1))}


def _init(mirror: Path) -> None:
    global _source
    _source = corpus.Source(mirror, COMMIT)


def _act_pairs(job: tuple[str, str]) -> tuple[str, list[tuple[str, str, str, str]]]:
    celex, version = job
    assert _source is not None
    inst = {"id": celex, "path": f"works/{celex}/versions/{version}/{{lang}}.xml", "reader": "eli"}
    try:
        pairs, _ = corpus.eli_pairs(_source, inst)
        if len(pairs) < 5:  # an older act, laid out without ELI ids
            pairs, _ = corpus.eli_pairs(_source, {**inst, "layout": "flat"})
    except Exception:  # noqa: BLE001 — an act the readers cannot parse is left out, and counted
        return celex, []
    return celex, pairs


def build(mirror: Path) -> tuple[list[dict[str, str]], Counter[str]]:
    """Extract the wide corpus from a local copy of the repository."""
    instruments = json.loads((corpus.REAL / "instruments.json").read_text(encoding="utf-8"))
    held_celex = set(HELD_OUT_CELEX)
    used = {
        m.group(1)
        for i in instruments
        if i["repo"] == REPO and (m := re.search(r"works/([\w-]+)/", i["path"]))
    }
    versions: dict[str, dict[str, set[str]]] = {}
    for name in corpus.Source(mirror, COMMIT).files("works"):
        if m := _VERSION_FILE.match(name):
            versions.setdefault(m.group(1), {}).setdefault(m.group(2), set()).add(m.group(3))
    jobs = []
    for celex, by_version in sorted(versions.items()):
        both = sorted(v for v, langs in by_version.items() if langs == {"en", "fr"})
        if both and celex not in held_celex and celex not in used:
            jobs.append((celex, both[0]))
    held_texts = corpus._held_out_texts(instruments)
    held_en: set[int] = set()
    held_fr: set[int] = set()
    for inst in instruments:
        path = corpus.REAL / f"{inst['id']}.txt"
        if inst["split"] == "held-out" and path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.startswith("EN: "):
                    held_en |= shingles(line[4:])
                elif line.startswith("FR: "):
                    held_fr |= shingles(line[4:])
    counts: Counter[str] = Counter(acts=len(jobs))
    seen: set[tuple[str, str]] = set()
    rows: list[dict[str, str]] = []
    with Pool(2, initializer=_init, initargs=(mirror,)) as pool:
        # In celex order, so that a pair repeated in several acts is always kept in the same one (and so in the
        # same half): imap_unordered kept whichever act a worker finished first, which moved a few pairs a run.
        for celex, pairs in pool.imap(_act_pairs, jobs, chunksize=4):
            counts["acts_read" if pairs else "acts_unread"] += 1
            for ident, kind, en, fr in pairs:
                if (en, fr) in seen:
                    counts["repeated"] += 1
                    continue
                seen.add((en, fr))
                if en.strip() in held_texts or fr.strip() in held_texts:
                    counts["same_as_held_out"] += 1
                    continue
                a, b = shingles(en), shingles(fr)
                if len(a & held_en) >= len(a) / 2 or len(b & held_fr) >= len(b) / 2:
                    counts["near_held_out"] += 1
                    continue
                rows.append({"id": ident, "act": celex, "kind": kind, "en": en, "fr": fr})
    rows.sort(key=lambda r: r["id"])
    return rows, counts


#: The EU acts of the held-out half (tests/data/divergence/real/instruments.json), by CELEX number.
HELD_OUT_CELEX = (
    "32017r1129",  # prospectus
    "32015r2365",  # SFTR
    "32013r0149",  # EMIR RTS 149/2013
    "32017r0653",  # PRIIPs RTS 2017/653
    "32011l0061",  # AIFMD
    "32016r1011",  # benchmarks
    "32014r0600",  # MiFIR
    "32012r0236",  # short selling
    "32013r0231",  # AIFMD delegated regulation 231/2013
    "32017l0593",  # MiFID II delegated directive 2017/593
    "32015l0849",  # AMLD4
)


def _fire(row: dict[str, str]) -> dict[str, object] | None:
    kind = ClauseKind(row["kind"]) if row["kind"] else None
    findings = check_pair(ClausePair(row["en"], row["fr"], kind=kind))
    keys = [f.key for f in findings if f.severity in (Severity.ERROR, Severity.WARNING)]
    return {"id": row["id"], "act": row["act"], "half": half(row["act"]), "keys": keys} if keys else None


def _label(key: str) -> str:
    """The check of a finding key, with the component for obligation_mismatch ("obligation_mismatch/force")."""
    parts = key.split(":")
    return f"{parts[0]}/{parts[1]}" if parts[0] == "obligation_mismatch" and len(parts) > 1 else parts[0]


def _case(row: dict[str, str]) -> inject.Case:
    kind = ClauseKind(row["kind"]) if row["kind"] else None
    return inject.Case(row["id"], ClausePair(row["en"], row["fr"], kind=kind), None)


def _injected(row: dict[str, str], make, check: str) -> ClausePair | None:  # noqa: ANN001
    """The pair with the first change ``make`` finds applied, or None where it finds none."""
    case = _case(row)
    if check == "obligation_mismatch" and case.pair.kind is ClauseKind.HEADING:
        return None  # a heading obliges nothing; the check does not read headings
    for side, old, new in make(case):
        text = case.pair.en if side == "en" else case.pair.fr
        if new in ("=en", "=fr"):
            new = case.pair.en if new == "=en" else case.pair.fr
        if old == "*":
            text = new
        elif old in text and old != new:
            text = text.replace(old, new, 1)
        else:
            continue
        return replace(case.pair, **{side: text})
    return None


def _kinds(extra: bool) -> list[inject.Kind]:
    """The injected kinds measured: those of injected.txt, or with ``extra`` those outside their preconditions."""
    return inject.EXTRA_KINDS if extra else inject.KINDS


def _try(job: tuple[int, dict[str, str], bool]) -> tuple[int, str, bool, bool, list[str]]:
    """(kind index, pair id, fits: the change applies and its check was silent before, caught, keys after)."""
    index, row, extra = job
    label, check, make = _kinds(extra)[index]
    changed = _injected(row, make, check)
    if changed is None:
        return index, row["id"], False, False, []
    before = _case(row).pair
    if any(f.check == check and f.severity in (Severity.ERROR, Severity.WARNING) for f in check_pair(before)):
        return index, row["id"], False, False, []
    after = [f for f in check_pair(changed) if f.severity in (Severity.ERROR, Severity.WARNING)]
    return index, row["id"], True, any(f.check == check for f in after), [f.key for f in after]


def inject_report(
    rows: list[dict[str, str]], per_kind: int, missed_path: Path | None, extra: bool = False
) -> None:
    """Print the share of each kind of injected divergence caught, per half; write the even misses.  With
    ``extra``, the kinds of ``inject.EXTRA_KINDS`` instead of ``inject.KINDS``."""
    kinds = _kinds(extra)
    by_id = {r["id"]: r for r in rows}
    order = sorted(rows, key=lambda r: hashlib.sha256(r["id"].encode()).hexdigest())
    caught: dict[tuple[int, str], list[int]] = {}
    misses: list[dict[str, object]] = []
    with Pool(2) as pool:
        for index, (label, check, make) in enumerate(kinds):
            for side in ("even", "odd"):
                took = hit = 0
                pool_rows = (r for r in order if half(r["act"]) == side)
                while took < per_kind:
                    batch = [r for _, r in zip(range(per_kind * 2), pool_rows, strict=False)]
                    if not batch:
                        break
                    for _, key, fits, ok, keys in pool.imap(
                        _try, [(index, r, extra) for r in batch], chunksize=16
                    ):
                        if not fits or took >= per_kind:
                            continue
                        took += 1
                        hit += ok
                        if not ok and side == "even":
                            row = by_id[key]
                            changed = _injected(row, make, check)
                            misses.append(
                                {"kind": label, "id": key, "act": row["act"], "en": changed.en, "fr": changed.fr,
                                 "orig_en": row["en"], "orig_fr": row["fr"], "keys": keys}
                            )  # fmt: skip
                caught[index, side] = [hit, took]
    print(f"{'injected, caught at warning/error':34} {'even half':>18} {'odd half':>18}")
    totals = {s: [0, 0] for s in ("even", "odd")}
    deontic = {s: [0, 0] for s in ("even", "odd")}
    for index, (label, check, _make) in enumerate(kinds):
        cells = []
        for side in ("even", "odd"):
            hit, took = caught[index, side]
            totals[side][0] += hit
            totals[side][1] += took
            if check == "obligation_mismatch":
                deontic[side][0] += hit
                deontic[side][1] += took
            cells.append(f"{hit:>5}/{took:<5} {100 * hit / took if took else 0:>6.1f} %")
        print(f"  {label:32} {cells[0]:>18} {cells[1]:>18}")
    for name, tally in (("all kinds", totals), ("obligation/negation", deontic)):
        cells = [f"{h:>5}/{t:<5} {100 * h / t if t else 0:>6.1f} %" for h, t in (tally["even"], tally["odd"])]
        print(f"{name:34} {cells[0]:>18} {cells[1]:>18}")
    if missed_path:
        missed_path.write_text(
            "".join(json.dumps(m, ensure_ascii=False) + "\n" for m in misses), encoding="utf-8"
        )


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mirrors", type=Path, default=Path("/work/.mirror"))
    parser.add_argument(
        "--pairs", type=Path, help="read the extracted pairs from here (or write them if absent)"
    )
    parser.add_argument(
        "--out", type=Path, help="write every firing pair's id, act, half and finding keys here"
    )
    parser.add_argument(
        "--inject", type=int, metavar="N", help="measure recall on N injections per kind and half"
    )
    parser.add_argument("--missed", type=Path, help="with --inject: write the even half's misses here")
    parser.add_argument(
        "--extra",
        action="store_true",
        help="with --inject: measure the kinds outside the preconditions of injected.txt (EXTRA_KINDS)",
    )
    args = parser.parse_args(argv)
    if args.extra and not args.inject:
        parser.error("--extra needs --inject N")
    start = time.perf_counter()
    if args.pairs and args.pairs.exists():
        rows = [json.loads(line) for line in args.pairs.read_text(encoding="utf-8").splitlines()]
        counts: Counter[str] = Counter()
    else:
        mirror = args.mirrors / REPO.replace("/", "+")
        if not mirror.exists():
            print(f"no copy of {REPO} under {args.mirrors} (fetch it, or pass --mirrors)", file=sys.stderr)
            return 2
        rows, counts = build(mirror)
        if args.pairs:
            args.pairs.write_text(
                "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8"
            )
    built = time.perf_counter()
    if args.inject:
        inject_report(rows, args.inject, args.missed, args.extra)
        print(f"injected and checked in {time.perf_counter() - built:.0f} s")
        return 0
    total = Counter(half(r["act"]) for r in rows)
    acts = {h: len({r["act"] for r in rows if half(r["act"]) == h}) for h in ("even", "odd")}
    fired: dict[str, Counter[str]] = {"even": Counter(), "odd": Counter()}
    pairs_fired: Counter[str] = Counter()
    with Pool(2) as pool:
        results = [r for r in pool.imap(_fire, rows, chunksize=64) if r]
    for r in results:
        pairs_fired[r["half"]] += 1
        fired[r["half"]].update({_label(k) for k in r["keys"]})
    if args.out:
        args.out.write_text(
            "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in results), encoding="utf-8"
        )
    if counts:
        print("extracted:", ", ".join(f"{k} {v:,}" for k, v in sorted(counts.items())))
    print(
        f"{len(rows):,} pairs from {acts['even'] + acts['odd']} acts; built in {built - start:.0f} s, checked in "
        f"{time.perf_counter() - built:.0f} s"
    )
    labels = sorted(
        set(fired["even"]) | set(fired["odd"]), key=lambda k: -(fired["even"][k] + fired["odd"][k])
    )
    print(f"{'':34} {'even half':>18} {'odd half':>18}")
    print(
        f"{'acts / pairs':34} {acts['even']:>6} / {total['even']:>9,} {acts['odd']:>6} / {total['odd']:>9,}"
    )
    line = "{:34} {:>9,} {:>7.2f} % {:>9,} {:>7.2f} %"
    print(
        line.format(
            "pairs with a warning or error",
            pairs_fired["even"],
            100 * pairs_fired["even"] / total["even"],
            pairs_fired["odd"],
            100 * pairs_fired["odd"] / total["odd"],
        )
    )
    for label in labels:
        e, o = fired["even"][label], fired["odd"][label]
        print(line.format(f"  {label}", e, 100 * e / total["even"], o, 100 * o / total["odd"]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
