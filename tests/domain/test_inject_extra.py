"""The injectors outside the narrow preconditions of injected.txt (bench/inject_real_corpus.py EXTRA_KINDS).

The wide-corpus recall bench (``bench/bench_divergence_wide.py --inject N --extra``) measures them: an English
negation of a plain verb dropped (no modal beside it), "and" made "or" in a condition of a sentence with more than
two "and"/"or", a French negation added.  Each injector makes its change where its precondition holds, in the
words a drafter would write, and no change outside it.
"""

from __future__ import annotations

import pytest

from bench.bench_divergence_wide import _try, main
from bench.inject_real_corpus import (
    EXTRA_KINDS,
    KINDS,
    Case,
    connective,
    connective_many,
    negation_added_fr,
    negation_dropped_en_verb,
)
from mou_review.domain.divergence import ClausePair


def injected(make, en: str, fr: str) -> tuple[str, str] | None:  # noqa: ANN001
    """The pair after the first change of ``make``, applied where its old string first occurs (as the benches
    apply it), or None where it makes none."""
    for side, old, new in make(Case("x-01", ClausePair(en, fr), None)):
        text = en if side == "en" else fr
        assert old in text and old != new
        text = text.replace(old, new, 1)
        return (text, fr) if side == "en" else (en, text)
    return None


_FR = "Le présent article ne s’applique pas aux succursales."


@pytest.mark.parametrize(
    ("en", "after"),
    [
        ("This Article does not apply to branches.", "This Article applies to branches."),
        (
            "The fee is not payable where the request is withdrawn.",
            "The fee is payable where the request is withdrawn.",
        ),
        (
            "Where the authority has not yet adopted its decision, the applicant may appeal.",
            "Where the authority has adopted its decision, the applicant may appeal.",
        ),
        (
            "Where the providers do not fully comply with paragraph 2, the authority shall act.",
            "Where the providers fully comply with paragraph 2, the authority shall act.",
        ),
        (
            "Where the operator does not comply with Article 5, the authority shall act.",
            "Where the operator complies with Article 5, the authority shall act.",
        ),
        ("The institution did not meet the threshold in 2023.", "The institution met the threshold in 2023."),
        ("The declarant did not submit the form.", "The declarant submitted the form."),
        (
            "This Regulation does not affect the rights of third parties.",
            "This Regulation affects the rights of third parties.",
        ),
        (
            "The entity is not only a bank but also an insurer; its licence is not required.",
            "The entity is not only a bank but also an insurer; its licence is required.",
        ),
        (
            "The duty is not required. The agent is not required to pay it.",
            "The duty is required. The agent is not required to pay it.",
        ),
    ],
)
def test_an_english_negation_of_a_plain_verb_is_dropped_as_a_drafter_would_write_it(
    en: str, after: str
) -> None:
    assert injected(negation_dropped_en_verb, en, _FR) == (after, _FR)


@pytest.mark.parametrize(
    "en",
    [
        "The operator shall not transfer the allowances.",  # a modal: negation_dropped_en takes "shall not"
        "The operator may not transfer the allowances.",
        "The operator cannot transfer the allowances.",
        "The agent need not notify the authority.",
        "It is not only a bank but also an insurer.",
        "The report states whether the vessel is or is not registered.",
        "The exemption does not in itself entitle the holder to a refund.",
        "The authority shall decide whether or not to publish the notice.",
    ],
)
def test_no_english_negation_is_dropped_outside_a_plain_verb(en: str) -> None:
    assert injected(negation_dropped_en_verb, en, _FR) is None


_EN_MANY = (
    "The price and the delivery date shall be recorded where the supplier and the customer have agreed in writing, "
    "or notified to the authority."
)


def test_and_is_made_or_in_a_condition_of_a_sentence_with_more_than_two_and_or() -> None:
    fr = (
        "Lorsque le fournisseur et le client en sont convenus par écrit, le prix et la date sont enregistrés."
    )
    assert injected(connective_many, _EN_MANY, fr) == (_EN_MANY.replace("supplier and", "supplier or"), fr)
    assert injected(connective, _EN_MANY, fr) is None  # the narrow kind leaves it out


@pytest.mark.parametrize(
    "en",
    [
        "The price shall be recorded where the supplier and the customer have agreed.",  # two "and"/"or" at most
        "The fee and the charge shall be reduced or waived where the ratio is between 5 and 10 %.",
        "The fee and the charge shall be reduced or waived where both the supplier and the customer agree.",
        "The fee and the charge shall be reduced or waived where the supplier and/or the customer agree.",
        "The fee and the charge and the levy shall be reduced or waived.",  # no condition
    ],
)
def test_and_is_not_made_or_outside_its_precondition(en: str) -> None:
    assert injected(connective_many, en, "Les frais sont réduits.") is None


_EN = "This Article applies to branches."


@pytest.mark.parametrize(
    ("fr", "after"),
    [
        (
            "Le présent article s’applique aux succursales.",
            "Le présent article ne s’applique pas aux succursales.",
        ),
        ("L'autorité est tenue de statuer.", "L'autorité n'est pas tenue de statuer."),
        (
            "Les États membres peuvent prévoir des dérogations.",
            "Les États membres ne peuvent pas prévoir des dérogations.",
        ),
        ("L’autorité a adopté sa décision.", "L’autorité n’a pas adopté sa décision."),
        ("Il y a lieu de modifier le règlement.", "Il n'y a pas lieu de modifier le règlement."),
        ("C’est l’autorité qui statue.", "Ce n’est pas l’autorité qui statue."),
        ("Les tâches qui lui sont confiées restent.", "Les tâches qui ne lui sont pas confiées restent."),
        ("La règle qui lui est applicable change.", "La règle qui ne lui est pas applicable change."),
        ("Le fournisseur s’en est tenu au contrat.", "Le fournisseur ne s’en est pas tenu au contrat."),
        # « est » first occurs in « estimée »; « a » after « point » is a letter; « pour ce qui est de » an idiom
        ("La valeur estimée du marché est publiée.", "La valeur estimée du marché n'est pas publiée."),
        (
            "Le montant du point a du paragraphe 2 est réduit.",
            "Le montant du point a du paragraphe 2 n'est pas réduit.",
        ),
        (
            "Pour ce qui est des frais, ils sont remboursés.",
            "Pour ce qui est des frais, ils ne sont pas remboursés.",
        ),
        ("Les régions à l’est du fleuve sont exclues.", "Les régions à l’est du fleuve ne sont pas exclues."),
    ],
)
def test_a_french_negation_is_added_in_correct_french(fr: str, after: str) -> None:
    assert injected(negation_added_fr, _EN, fr) == (_EN, after)


@pytest.mark.parametrize(
    "fr",
    [
        "Le présent article ne s’applique pas aux succursales.",  # a negation already
        "L’autorité n’est tenue de statuer que sur demande.",
        "Le présent règlement est sans préjudice des droits des tiers.",
        "Le rapport indique si le navire est immatriculé ou non.",
        "a) le registre des opérations;",  # no finite verb: « a) » is a letter
        "Les règles sont-elles applicables?",  # « sont » not followed by a word
    ],
)
def test_no_french_negation_is_added_outside_its_precondition(fr: str) -> None:
    assert injected(negation_added_fr, _EN, fr) is None


def test_the_extra_kinds_stay_out_of_injected_txt() -> None:
    assert [label for label, _, _ in KINDS] == [
        "number", "date", "reference", "dropped sentence", "truncation", "untranslated", "missing",
        "shall -> may", "may -> shall", "peut -> doit", "negation dropped (en)", "negation dropped (fr)",
        "negation added (en)", "and -> or in a condition",
    ]  # fmt: skip
    assert not {make for _, _, make in EXTRA_KINDS} & {make for _, _, make in KINDS}
    assert [make for _, _, make in EXTRA_KINDS] == [
        negation_dropped_en_verb,
        connective_many,
        negation_added_fr,
    ]
    assert {check for _, check, _ in EXTRA_KINDS} == {"obligation_mismatch"}


def test_the_wide_bench_measures_an_extra_kind() -> None:
    row = {
        "id": "x-01",
        "act": "x",
        "kind": "",
        "en": "The Member States may provide for derogations.",
        "fr": "Les États membres peuvent prévoir des dérogations.",
    }
    index = [make for _, _, make in EXTRA_KINDS].index(negation_added_fr)
    _, key, fits, caught, keys = _try((index, row, True))
    assert (key, fits, caught) == ("x-01", True, True)
    assert any(k.startswith("obligation_mismatch") for k in keys)
    heading = {**row, "kind": "heading"}
    assert _try((index, heading, True))[2] is False  # a heading obliges nothing


def test_the_wide_bench_extra_option_needs_inject(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--extra"])
    assert "--extra needs --inject" in capsys.readouterr().err
