"""The bare « ne » of a modal after a conjunction that takes the expletive « ne » (issue 15, wide corpus).

After « à moins que », « avant que », « sans que », « de peur que », « éviter que », French puts a « ne » before the
verb that negates nothing: « à moins que les actes ne doivent être signifiés » is "unless the documents are to be
served". With « pouvoir » the same « ne » may also be the literary negation without « pas »: « à moins qu'il ne puisse
démontrer » is "unless he can prove", « à moins qu'un tel exposé ne puisse être fourni » is "unless such a statement
cannot be provided". Either way such a « ne » answers a negation of the other side but needs no answer. A « ne » of a
modal in the main clause after the subordinate one (« …, les États membres ne peuvent ») is still a negation.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import negations

_EXPLETIVE = [
    # 32020R1784, Article 17(2)
    (
        "2.   A Member State may communicate to the Commission that it is opposed to service of judicial documents, as "
        "referred to in paragraph 1, within its territory, unless the documents are to be served on nationals of the "
        "Member State in which the documents originate.",
        "2.   Tout État membre peut indiquer à la Commission qu’il est opposé à la signification ou notification d’actes "
        "judiciaires visée au paragraphe 1 sur son territoire, à moins que les actes ne doivent être signifiés ou "
        "notifiés à des ressortissants de l’État membre dont les actes proviennent.",
    ),
    # 32017L2455, recital 5: « éviter que … ne doivent », the subject of the clause a long one
    (
        "(5) To avoid that taxable persons supplying services other than telecommunications, broadcasting or "
        "electronically supplied services to non-taxable persons have to be identified for VAT purposes in each and "
        "every Member State where those services are subject to VAT, Member States should permit taxable persons "
        "supplying such services to make use of the IT system for registration and for declaration and payment of the "
        "VAT allowing them to declare and pay VAT on those services in a single Member State.",
        "(5) Afin d'éviter que les assujettis qui fournissent des services autres que des services de télécommunication, "
        "de radiodiffusion et de télévision ou des services fournis par voie électronique à des personnes non "
        "assujetties ne doivent être identifiés aux fins de la TVA dans chacun des États membres où ces services sont "
        "soumis à la TVA, les États membres devraient autoriser les assujettis qui fournissent ce type de services à "
        "utiliser le système informatique pour l'enregistrement ainsi que pour la déclaration et le paiement de la TVA "
        "en leur permettant de déclarer et de payer la TVA sur ces services dans un seul État membre.",
    ),
    # 32022R2065, Article 10(2)(a)(iv): « ne puisse » answers "cannot"
    (
        "(iv) a statement of reasons explaining the objective for which the information is required and why the "
        "requirement to provide the information is necessary and proportionate to determine compliance by the "
        "recipients of the intermediary services with applicable Union law or national law in compliance with Union "
        "law, unless such a statement cannot be provided for reasons related to the prevention, investigation, "
        "detection and prosecution of criminal offences;",
        "iv) un exposé des motifs expliquant dans quel but les informations sont requises et pourquoi la demande de "
        "fourniture d’informations est nécessaire et proportionnée pour déterminer si les destinataires des services "
        "intermédiaires respectent le droit de l’Union ou le droit national conforme au droit de l’Union applicable, à "
        "moins qu’un tel exposé ne puisse être fourni pour des raisons liées à la prévention et à la détection des "
        "infractions pénales et aux enquêtes et poursuites en la matière;",
    ),
    # 32007L0064, Article 75(1) (its first half): « ne puisse » for "can"
    (
        "1.   Where a payment order is initiated by the payer, his payment service provider shall be liable to the "
        "payer for correct execution of the payment transaction, unless he can prove to the payer that the payee's "
        "payment service provider received the amount of the payment transaction.",
        "1.   Lorsqu'un ordre de paiement est initié par le payeur, son prestataire de services de paiement est "
        "responsable de la bonne exécution de l'opération de paiement à l'égard du payeur, à moins qu'il ne puisse "
        "démontrer au payeur que le prestataire de services de paiement du bénéficiaire a reçu le montant de "
        "l'opération de paiement.",
    ),
]


@pytest.mark.parametrize(
    ("en", "fr"), _EXPLETIVE, ids=["doivent", "eviter que", "puisse-cannot", "puisse-can"]
)
def test_expletive_ne_of_a_modal_needs_no_answer(en: str, fr: str) -> None:
    assert negations(en, fr) == []


def test_modal_of_the_main_clause_after_the_conjunction_is_a_negation() -> None:
    # the « ne » of the main clause, after the comma that closes « à moins que »: a negation, which English dropped
    en = "Unless the contract provides otherwise, the member may withdraw from the association."
    fr = "À moins que le contrat n'en dispose autrement, le membre ne peut se retirer de l'association."
    assert negations(en, fr) != []
