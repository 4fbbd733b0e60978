"""A negative word that renders a negative word of the other side at its place answers no negation (issue 15).

"for non-execution or defective execution" / « de l'inexécution ou de la mauvaise exécution », "the impact of the
exclusion of those risk factors" / « l'incidence de l'omission de ces facteurs », "unmanned aircraft" / « aéronef
sans équipage », "the non-compliance … persists" / « la non-conformité … persiste », "declared invalid" / « déclarée
nulle »: a negative word of one side that names a term stands where the other side says a negative word of a term of
its own, which it renders; it says no negation of that other side (a negation close by, or from afar).  With the
negation of its own side dropped (« n'est pas responsable » made « est responsable »), the other side's negation
left unanswered must be reported.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import negations

# (English, French, the French negation and the French with it dropped)
_PAIRS = [
    (  # 32007l0064, art. 74(2)
        "If the unique identifier provided by the payment service user is incorrect, the payment service provider "
        "shall not be liable under Article 75 for non-execution or defective execution of the payment transaction.",
        "Si l'identifiant unique fourni par l'utilisateur de services de paiement est inexact, le prestataire de "
        "services de paiement n'est pas responsable au titre de l'article 75 de l'inexécution ou de la mauvaise "
        "exécution de l'opération de paiement.",
        ("n'est pas responsable", "est responsable"),
    ),
    (  # 32024r1085, art. 23
        "(c) where there are risk factors used in the alternative standardised approach that are not included in the "
        "internal risk-measurement model, the institution, in addition to providing information on the impact of the "
        "exclusion of those risk factors on the profit and loss attribution results:",
        "c) lorsqu'il existe des facteurs de risque utilisés dans l'approche standard alternative qui ne sont pas "
        "inclus dans le modèle interne de mesure des risques, l'établissement, en plus de fournir des informations "
        "sur l'incidence de l'omission de ces facteurs de risque sur les résultats de l'attribution des profits et "
        "pertes:",
        ("qui ne sont pas inclus", "qui sont inclus"),
    ),
    (  # 32018r1139, art. 3(32)
        "'equipment to control unmanned aircraft remotely' means any instrument, equipment, mechanism, apparatus, "
        "appurtenance, software or accessory that is necessary for the safe operation of an unmanned aircraft, which "
        "is not a part, and which is not carried on board of that unmanned aircraft;",
        "«équipement de contrôle à distance d'un aéronef sans équipage à bord»: les instruments, équipements, "
        "mécanismes, appareils, dispositifs auxiliaires, logiciels ou accessoires, qui sont nécessaires à "
        "l'exploitation en toute sécurité d'un aéronef sans équipage à bord, qui ne sont pas des pièces et ne sont "
        "pas transportés à bord de cet aéronef sans équipage à bord;",
        ("qui ne sont pas des pièces", "qui sont des pièces"),
    ),
    (  # 32019r1020, art. 16(5)
        "If the economic operator fails to take corrective action referred to in paragraph 3 or where the "
        "non-compliance or the risk referred to in paragraph 1 persists, market surveillance authorities shall ensure "
        "that the product is withdrawn or recalled, or that its being made available on the market is prohibited or "
        "restricted, and that the public, the Commission and the other Member States are informed accordingly.",
        "Si l'opérateur économique ne prend pas la mesure corrective visée au paragraphe 3 ou que la non-conformité "
        "ou le risque visé au paragraphe 1 persiste, les autorités de surveillance du marché veillent à ce que le "
        "produit soit retiré du marché ou rappelé, ou interdisent ou restreignent la mise à disposition de celui-ci "
        "sur le marché, et informent en conséquence le public, la Commission et les autres États membres.",
        ("ne prend pas", "prend"),
    ),
    (  # 32018r0626, art. 29(3)
        "(b) where the EU trade mark on which the international registration was based has ceased to have effect "
        "because it has been surrendered, has not been renewed, has been revoked, or has been declared invalid by the "
        "Office by a final decision or, on the basis of a counterclaim in infringement proceedings, by an EU trade mark "
        "court, in respect of all or some of the goods or services listed in the international registration;",
        "b) lorsque la marque de l'Union européenne sur laquelle était fondé l'enregistrement international a cessé de "
        "produire ses effets car elle a fait l'objet d'une renonciation, n'a pas été renouvelée, a été frappée de "
        "déchéance ou a été déclarée nulle par l'Office en vertu d'une décision définitive ou par un tribunal des "
        "marques de l'Union européenne sur demande reconventionnelle dans une action en contrefaçon, en ce qui concerne "
        "l'ensemble ou certains des produits ou services énumérés dans l'enregistrement international;",
        ("n'a pas été renouvelée", "a été renouvelée"),
    ),
]
_IDS = ["inexécution", "omission", "sans équipage", "non-conformité", "nulle"]


@pytest.mark.parametrize(("en", "fr", "_drop"), _PAIRS, ids=_IDS)
def test_the_official_pairs_are_faithful(en: str, fr: str, _drop: tuple[str, str]) -> None:
    assert negations(en, fr) == []


@pytest.mark.parametrize(("en", "fr", "drop"), _PAIRS, ids=_IDS)
def test_a_negation_dropped_beside_a_rendered_word_is_reported(
    en: str, fr: str, drop: tuple[str, str]
) -> None:
    assert drop[0] in fr
    assert negations(en, fr.replace(*drop, 1)) != []


def test_a_failure_close_by_still_says_the_negation() -> None:
    # 32009r0207, art. 47(2): "Failure to give such information" / « L'absence d'information n'engage pas »; and the
    # word of failure with no negative word beside it still answers the negation at its place
    en = "Failure to give such information shall not involve the responsibility of the Office."
    fr = "L'absence d'information n'engage pas la responsabilité de l'Office."
    assert negations(en, fr) == []
    assert negations(en, fr.replace("n'engage pas", "engage")) != []
    assert (
        negations(
            "If the certificate is not produced, the application shall be rejected.",
            "À défaut de production du certificat, la demande est rejetée.",
        )
        == []
    )


def test_deprived_of_access_says_the_negation() -> None:
    # Directive (EU) 2019/770, recital 70: "deprived of access" / « ne peut accéder »
    en = (
        "(70) The consumer could be discouraged from exercising remedies for a lack of conformity of digital content "
        "or a digital service if the consumer is deprived of access to content other than personal data, which the "
        "consumer provided or created through the use of the digital content or digital service."
    )
    fr = (
        "(70) Le consommateur pourrait être dissuadé d'exercer les recours prévus pour défaut de conformité d'un "
        "contenu numérique ou d'un service numérique s'il ne peut accéder au contenu autre que les données à "
        "caractère personnel, qu'il a fourni ou créé dans le cadre de l'utilisation de ce contenu ou service."
    )
    assert negations(en, fr) == []
