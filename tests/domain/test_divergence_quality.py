"""The divergence checker meets its targets on the labelled set in tests/data/divergence/."""

from __future__ import annotations

import pytest

from bench.bench_divergence_quality import Report, evaluate, load_faithful, load_injected


@pytest.fixture(scope="module")
def report() -> Report:
    faithful = load_faithful()
    return evaluate(faithful, load_injected(faithful))


def test_divergence_quality_set_is_large_enough(report: Report) -> None:
    assert report.faithful_total >= 150
    assert report.injected_total >= 150


def test_divergence_quality_faithful_pairs_rarely_warn(report: Report) -> None:
    flagged = [case.id for case, _ in report.faithful_flagged]
    # The project's target is 2 %; issue 15 asks the figures on our own sets to stay where they are (0 of 160).
    assert report.false_alarm_rate <= 0.02, flagged
    assert not flagged


def test_divergence_quality_injected_divergences_are_caught(report: Report) -> None:
    missed = [case.note for case, _ in report.injected_missed]
    # The project's target is 95 %; issue 15 asks for >= 99 % to hold (202 of 203 measured). A rule that let
    # a French sentence pasted in the English box pass as "a French phrase" took it to 200 and passed at 95 %.
    assert report.recall >= 0.99, missed


def test_divergence_quality_info_stays_rare_on_faithful_pairs(report: Report) -> None:
    assert report.info_on_faithful <= 0.05 * report.faithful_total


@pytest.mark.parametrize(
    "check",
    [
        "missing_translation",
        "untranslated",
        "stale_translation",
        "number_mismatch",
        "date_mismatch",
        "cross_reference_mismatch",
        "term_mismatch",
        "entity_mismatch",
        "structure_mismatch",
        "length_ratio",
    ],
)
def test_divergence_quality_every_check_has_about_twenty_cases(report: Report, check: str) -> None:
    tp, _, fn = report.per_check[check]
    assert tp + fn >= 18
    assert tp / (tp + fn) >= 0.9


@pytest.mark.parametrize("argv", [["--help"], ["-h"], ["--part=practice"], ["--verbose", "--show-held-outs"]])
def test_the_bench_measures_nothing_on_help_or_an_unknown_argument(
    argv: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # "--help" or a mistyped "--parts" once ran the whole bench, held-out figures included, for whoever was tuning.
    import bench.bench_divergence_quality as bench

    def measured() -> None:
        raise AssertionError("the bench measured something")

    monkeypatch.setattr(bench, "load_faithful", measured)
    status = bench.main(argv)
    out, err = capsys.readouterr()
    assert "HELD-OUT" not in out + err
    if argv[0] in ("--help", "-h"):
        assert status == 0 and "Run:" in out
    else:
        assert status == 2 and "unknown argument" in err


def test_verbose_lists_no_held_out_pair_unless_asked(capsys: pytest.CaptureFixture[str]) -> None:
    # "--verbose" listed our own held-out set's false alarms and misses to whoever tuned; only --show-held-out does.
    import bench.bench_divergence_quality as bench

    bench.main(["--parts=", "--verbose"])
    out = capsys.readouterr().out
    assert "false alarms on faithful pairs (calibration):" in out
    assert "(held-out):" not in out
    bench.main(["--parts=", "--verbose", "--show-held-out"])
    assert "false alarms on faithful pairs (held-out):" in capsys.readouterr().out
