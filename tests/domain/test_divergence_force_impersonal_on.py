"""obligation_mismatch, force: French says with the impersonal « on » and an active verb what English says with a
passive ("such an effect may be presumed" / « l'on peut présumer cet effet », "uses which may reasonably be expected" /
« les utilisations dont on peut raisonnablement prévoir »).  The « on peut » is then the modal of the English passive's
clause, no possibility described in a clause of its own: against an English "shall" governing that passive ("shall be
presumed"), the force differs.  "It is to be expected" / « On peut s'attendre » says what is likely, no duty, and the
same passive with "may" is faithful."""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import force

PAIRS = [
    (
        "(b) the holder has declared, or it may otherwise be presumed from the records, that the vessel has been "
        "withdrawn from service;",
        "b) le titulaire a déclaré, ou l'on peut présumer au vu des registres, que le navire a été retiré du service;",
    ),
    (
        "(12) The operator should assess the risks of uses of the equipment which, although not foreseen in the user "
        "manual, may nevertheless be reasonably expected to arise from ordinary human error.",
        "(12) L'exploitant devrait évaluer les risques liés aux utilisations de l'équipement dont on peut "
        "raisonnablement prévoir, bien qu'elles ne soient pas envisagées dans le manuel d'utilisation, qu'elles "
        "résultent d'une erreur humaine ordinaire.",
    ),
    (
        "(30) A new award procedure should be launched where the scope of the concession is considerably extended, "
        "since in such a case an effect on the outcome of the initial procedure may be presumed.",
        "(30) Une nouvelle procédure d'attribution devrait être lancée lorsque le champ de la concession est "
        "considérablement étendu, puisque, dans un tel cas, l'on peut présumer une incidence sur l'issue de la "
        "procédure initiale.",
    ),
]


@pytest.mark.parametrize(("en", "fr"), PAIRS)
def test_shall_passive_against_impersonal_on_peut_fires(en: str, fr: str) -> None:
    changed = en.replace(" may ", " shall ", 1)
    assert changed != en
    keys = [f.key for f in force(changed, fr)]
    assert any(k.startswith("obligation_mismatch:force:") for k in keys), keys


@pytest.mark.parametrize(("en", "fr"), PAIRS)
def test_may_passive_against_impersonal_on_peut_stays_silent(en: str, fr: str) -> None:
    assert force(en, fr) == []


def test_is_to_be_expected_against_on_peut_s_attendre_stays_silent() -> None:
    en = (
        "(4) It is to be expected that the demand for the service will decrease once the temporary measures have "
        "been lifted."
    )
    fr = "(4) On peut s'attendre à ce que la demande de ce service diminue une fois les mesures temporaires levées."
    assert force(en, fr) == []
