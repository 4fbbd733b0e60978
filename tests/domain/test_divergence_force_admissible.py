"""obligation_mismatch, force: a remedy or a thing that "may be brought", "may be accepted", that a party "may only do so
within six months", French says by the adjective of its admission, with no modal: « le recours est ouvert pour »,
« la référence est acceptable », « n'est plus recevable après ». The adjective says the possibility the English modal
grants; a passive or "do so" after the modal, no duty."""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import force


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            "2.   The action may be brought on grounds of lack of competence, infringement of an essential procedural "
            "requirement or misuse of power.",
            "2.   Le recours est ouvert pour incompétence, violation des formes substantielles ou détournement de "
            "pouvoir.",
        ),
        (
            "(f) where national law permits a third party to challenge the decision, that party may only do so within "
            "three months of its publication;",
            "f) la tierce opposition, lorsque le droit national la prévoit, n'est plus recevable après l'expiration "
            "d'un délai de trois mois à compter de la publication de la décision;",
        ),
        (
            "In such a case, the earlier audit may be accepted for measures taken not more than five years before, as "
            "long as sufficient evidence is available.",
            "Dans ce cas, l'audit antérieur est acceptable pour les mesures prises moins de cinq ans plus tôt, pour "
            "autant que des preuves suffisantes soient disponibles.",
        ),
    ],
)
def test_a_may_answered_by_an_adjective_of_admission(en: str, fr: str) -> None:
    assert force(en, fr) == []


def test_may_be_open_is_no_participle_and_still_fires() -> None:
    # "open" is the adjective itself: "may be open" against « est ouvert » is the modal added or dropped
    assert force(
        "4.   The action may be open to any party to the proceedings adversely affected by the decision.",
        "4.   Le recours est ouvert à toute partie à la procédure qui n'a pas été suivie dans ses prétentions.",
    )


def test_a_may_with_no_adjective_of_admission_still_fires() -> None:
    assert force(
        "2.   The action may be brought before the General Court within two months.",
        "2.   Le recours est formé devant le Tribunal dans un délai de deux mois.",
    )


def test_may_be_opened_against_the_participle_ouvert_still_fires() -> None:
    # « est ouverte » is also the passive of « ouvrir »: "may be opened" against it has lost its modal
    assert force(
        "3.   Secondary insolvency proceedings may be opened in the Member State where the debtor has an "
        "establishment.",
        "3.   La procédure d'insolvabilité secondaire est ouverte dans l'État membre où le débiteur possède un "
        "établissement.",
    )
