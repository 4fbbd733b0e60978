"""A French participle negated by « non » needs an English negative word (issue 15).

"which was not rejected under Article 9(3)" / « notifié à la Commission et non rejeté en vertu de l'article 9 »: the
French attribute says the "not" of a relative clause, which English says with a negation, a "non-" or an "un-" word.
Where the English "not" is dropped, only the French attribute is left to show it (the mirror of
test_divergence_neg_participle.py).
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import negations

# (English, French, the English negation that is dropped)
_DROPS = [
    (
        "If the correction to the national allocation plan table is based upon the national allocation plan notified "
        "to the Commission which was not rejected under Article 9(3) of Directive 2003/87/EC or on which the "
        "Commission has accepted amendments and that correction results from improvements in data, the Commission "
        "shall instruct the Central Administrator to enter the corresponding correction into the national allocation "
        "plan table held in the CITL.",
        "Si la correction du tableau «plan national d'allocation de quotas» est fondée sur le plan national "
        "d'allocation de quotas notifié à la Commission et non rejeté en vertu de l'article 9, paragraphe 3, de la "
        "directive 2003/87/CE, ou dont la Commission a accepté les modifications proposées, et que cette correction "
        "résulte d'un affinement des données, la Commission charge l'administrateur central d'introduire la "
        "correction correspondante dans le tableau «plan national d'allocation de quotas» enregistré dans le CITL.",
        ("was not rejected", "was rejected"),
    ),
    (
        "1.   The laws of the Member States must provide for an adequate system of protection of the interests of "
        "creditors of the merging companies whose claims antedate the publication of the draft terms of merger and "
        "have not fallen due at the time of such publication.",
        "1.   Les législations des États membres doivent prévoir un système de protection adéquat des intérêts des "
        "créanciers des sociétés qui fusionnent pour les créances nées antérieurement à la publication du projet de "
        "fusion et non encore échues au moment de cette publication.",
        ("have not fallen", "have fallen"),
    ),
    (
        "The attribution of shipping companies that are not registered in a Member State should be based on port "
        "calls data stored in the Union maritime information and exchange system established by Directive "
        "2002/59/EC of the European Parliament and of the Council (SafeSeaNet).",
        "L’attribution des compagnies maritimes non immatriculées dans un État membre devrait être régie par les "
        "données relatives aux escales enregistrées dans le système d’échange d’informations maritimes de l’Union "
        "mis en place par la directive 2002/59/CE du Parlement européen et du Conseil (SafeSeaNet).",
        ("are not registered", "are registered"),
    ),
]


@pytest.mark.parametrize(("en", "fr", "drop"), _DROPS, ids=["rejected", "fallen due", "registered"])
def test_non_participle_needs_an_english_negative(en: str, fr: str, drop: tuple[str, str]) -> None:
    assert negations(en, fr) == []
    assert negations(en.replace(*drop), fr) != []


_RENDERED = [
    (
        # an "un-" word at its place renders « non versés »
        "(d) the documents governing the issue of the securities shall provide for debt and unpaid interest to be such "
        "as to absorb losses, whilst leaving the credit institution in a position to continue trading; and",
        "d) les documents régissant l'émission des titres prévoient la capacité de la dette et des intérêts non versés "
        "à absorber les pertes, tout en permettant à l'établissement de crédit de poursuivre ses activités; et",
    ),
    (
        # a participle without a complement of its own is a term, which English says by a word of its own
        "2.   A CCP’s capital, including retained earnings and reserves, shall be proportionate to the risk stemming "
        "from the activities of the CCP.",
        "2.   Le capital, y compris les bénéfices non distribués et les réserves d'une contrepartie centrale, est "
        "proportionnel au risque découlant des activités de la contrepartie centrale.",
    ),
]


@pytest.mark.parametrize(("en", "fr"), _RENDERED, ids=["unpaid", "term"])
def test_non_participle_rendered(en: str, fr: str) -> None:
    assert negations(en, fr) == []
