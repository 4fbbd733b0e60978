"""obligation_mismatch, force: "shall be eligible for", "shall be eligible to" grants a possibility, as "shall be entitled
to" does: the thing or person named may receive the aid, may take part, may apply, and nothing obliges it to.  French
says it with « peut bénéficier de », « peut » and the verb, or « est éligible », « est admissible ».  The "shall" there
is the rule's present, not a duty of its own: facing a French « doit » (« doivent bénéficier de »), which obliges, the
force differs, as it does for "may" or "is entitled to".  A French plain present (« sont éligibles ») or « peut » still
answers it, and a "shall" that governs another adjective ("shall be available") is still the duty's own predicate."""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import force

_ELIGIBLE = [
    (
        "Loans granted to small farmers before 1 March 2020 shall be eligible for the reduced rate laid down in "
        "paragraph 2.",
        "Les prêts accordés aux petits exploitants agricoles avant le 1er mars 2020 peuvent bénéficier du taux réduit "
        "prévu au paragraphe 2.",
        ("peuvent bénéficier", "doivent bénéficier"),
    ),
    (
        "Only vessels registered in a Member State shall be eligible to take part in the tender referred to in "
        "Article 4.",
        "Seuls les navires immatriculés dans un État membre peuvent participer à l'appel d'offres visé à l'article 4.",
        ("peuvent participer", "doivent participer"),
    ),
    (
        "3.   An undertaking which meets the conditions set out in paragraph 1 shall be eligible to apply for the "
        "quality label on a voluntary basis.",
        "3.   Une entreprise qui remplit les conditions énoncées au paragraphe 1 peut demander le label de qualité sur "
        "une base volontaire.",
        ("peut demander", "doit demander"),
    ),
]


@pytest.mark.parametrize(("en", "fr", "change"), _ELIGIBLE)
def test_shall_be_eligible_against_a_french_duty_fires(en: str, fr: str, change: tuple[str, str]) -> None:
    assert force(en, fr.replace(*change))


@pytest.mark.parametrize(("en", "fr", "change"), _ELIGIBLE)
def test_shall_be_eligible_against_peut_is_silent(en: str, fr: str, change: tuple[str, str]) -> None:
    assert force(en, fr) == []


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            "Projects started after 1 January 2021 shall be eligible provided that they comply with this Regulation.",
            "Les projets lancés après le 1er janvier 2021 sont éligibles pour autant qu'ils respectent le présent "
            "règlement.",
        ),
        (
            "The following categories of costs shall be eligible for support under this Article:",
            "Sont admissibles au soutien au titre du présent article les catégories de coûts suivantes:",
        ),
        (
            # (another adjective after "shall be" is the duty's own predicate: « doit être disponible » says it)
            "The report shall be available on the website of the authority.",
            "Le rapport doit être disponible sur le site internet de l'autorité.",
        ),
    ],
)
def test_shall_be_eligible_against_a_plain_present_is_silent(en: str, fr: str) -> None:
    assert force(en, fr) == []


def test_a_may_against_a_french_duty_still_fires() -> None:
    en = "Loans granted to small farmers may benefit from the reduced rate laid down in paragraph 2."
    fr = "Les prêts accordés aux petits exploitants agricoles doivent bénéficier du taux réduit prévu au paragraphe 2."
    assert force(en, fr)
