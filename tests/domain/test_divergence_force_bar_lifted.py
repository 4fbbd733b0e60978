"""obligation_mismatch, force: a permission said as the lifting of a bar or of a condition. Legal drafting in both
languages grants a power either by the modal ("may", « peut ») or by saying that nothing stands in the way: "the transfer
may take place without obtaining the consent of the shareholders" is « le transfert n'est pas subordonné à l'approbation
des actionnaires » (the condition lifted), and "that failure shall not prevent the resolution authority from exercising
the powers" is « l'autorité de résolution peut exercer les pouvoirs » (the bar lifted). Neither is a change of force;
the lifting must be said (a condition kept, a bar raised, still fires)."""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import blocking_keys, changed

_BRRD_TRANSFER = (
    "Subject to Article 85, the transfer referred to in the first subparagraph may take place without obtaining the "
    "consent of the shareholders of the institutions under resolution or any third party other than the bridge "
    "institution, and without complying with any procedural requirements under company or securities law.",
    "Sous réserve de l’article 85, le transfert visé au premier alinéa n’est pas subordonné à l’approbation des "
    "actionnaires des établissements soumis à une procédure de résolution ou d’une quelconque tierce partie autre que "
    "l’établissement-relais, ni au respect de quelconques exigences de procédure en vertu du droit sur les sociétés ou "
    "sur les valeurs mobilières.",
)
_CCP_TRANSFER = (
    "The transfer referred to in the first subparagraph may take place without obtaining the consent of the "
    "shareholders of the CCP under resolution or any third party other than the bridge CCP and without complying with "
    "any procedural requirements under company or securities law other than those provided for in Article 43.",
    "Le transfert visé au premier alinéa n’est pas subordonné à l’approbation des actionnaires de la CCP soumise à une "
    "procédure de résolution ou d’un tiers autre que la CCP-relais, ni au respect d’exigences de procédure en vertu du "
    "droit sur les sociétés ou sur les valeurs mobilières autres que celles prévues à l’article 43.",
)
_BRRD_FAILURE = (
    "2.   If an institution or entity referred to in point (b), (c) or (d) of Article 1(1) fails to include in the "
    "contractual provisions governing a relevant liability a term required in accordance paragraph 1, that failure "
    "shall not prevent the resolution authority from exercising the write down and conversion powers in relation to "
    "that liability.",
    "2.   Si un établissement ou une entité visé à l’article 1er, paragraphe 1, point b), c) ou d), omet d’inclure dans "
    "les dispositions contractuelles applicables à un engagement pertinent une clause requise conformément au "
    "paragraphe 1, l’autorité de résolution peut exercer les pouvoirs de dépréciation et de conversion à l’égard de "
    "l’engagement concerné.",
)


def _force(en: str, fr: str) -> list[str]:
    return blocking_keys(en, fr, "obligation_mismatch:force")


@pytest.mark.parametrize(("en", "fr"), [_BRRD_TRANSFER, _CCP_TRANSFER, _BRRD_FAILURE])
def test_a_permission_said_by_lifting_a_bar_or_a_condition_is_no_change_of_force(en: str, fr: str) -> None:
    assert _force(en, fr) == []


@pytest.mark.parametrize("pair", [_BRRD_TRANSFER, _CCP_TRANSFER])
def test_the_condition_kept_in_french_still_fires(pair: tuple[str, str]) -> None:
    # « est subordonné à l'approbation »: the transfer needs the consent, the English "may … without" does not
    en, fr = changed(*pair, ("fr", "n’est pas subordonné", "est subordonné"))
    assert _force(en, fr)


def test_a_may_without_a_lifted_condition_in_french_still_fires() -> None:
    en, fr = changed(
        *_CCP_TRANSFER, ("fr", "n’est pas subordonné à l’approbation", "a lieu après l’approbation")
    )
    assert _force(en, fr)


def test_a_peut_facing_a_bar_that_is_raised_still_fires() -> None:
    # "shall prevent … from exercising" (the bar raised) against « peut exercer »
    en, fr = changed(*_BRRD_FAILURE, ("en", "that failure shall not prevent", "that failure shall prevent"))
    assert _force(en, fr) or blocking_keys(en, fr, "obligation_mismatch")


def test_a_peut_facing_a_saving_that_is_no_bar_still_fires() -> None:
    # "shall not affect" saves a thing and lifts no bar: it grants no power to exercise
    en, fr = changed(
        *_BRRD_FAILURE,
        (
            "en",
            "shall not prevent the resolution authority from exercising",
            "shall not affect the exercise of",
        ),
    )
    assert _force(en, fr)
