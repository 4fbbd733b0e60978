"""obligation_mismatch, force: English drafting may leave out the comma after a fronted condition ("Where the contracting
authority provides for prizes or payments to candidates or tenderers it shall take them into account"), where French
always puts one (« Si le pouvoir adjudicateur prévoit des primes …, il en tient compte »).  The condition has said its
own subject and verb; the subject pronoun right before the modal opens the main clause, and the modal is its verb, the
force the provision lays down.  Read as the verb of the condition, a "may" there described a case and granted nothing,
so "it may take them into account" against « il en tient compte » passed silent.  A pronoun that is the condition's own
subject ("Where it may be necessary") or that a word of its own clause governs ("considers that it may") stays in the
condition."""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import force, obligations

# Official pairs of the wide corpus of EU acts (EUR-Lex), each a fronted condition with no comma before "it shall" or
# "they shall", against the French prescriptive present.
OFFICIAL = [
    (  # 32014l0024, art. 5(2)
        "Where the contracting authority provides for prizes or payments to candidates or tenderers it shall take them "
        "into account when calculating the estimated value of the procurement.",
        "Si le pouvoir adjudicateur prévoit des primes ou des paiements au profit des candidats ou soumissionnaires, il "
        "en tient compte pour calculer la valeur estimée du marché.",
    ),
    (  # 32007l0064, art. 17(1)
        "1.   When a payment institution intends to provide payment services through an agent it shall communicate the "
        "following information to the competent authorities in its home Member State:",
        "1.   Tout établissement de paiement qui entend fournir des services de paiement par l'intermédiaire d'un agent "
        "communique les informations suivantes aux autorités compétentes de son État membre d'origine:",
    ),
    (  # 32023r1542, art. 75(6)
        "6.   Where waste holders other than those referred to in paragraph 5 export batteries for treatment they shall "
        "report the data on the amount of separately collected waste batteries exported for treatment and the data "
        "referred to in paragraph 5, points (b) and (c) to the competent authorities of the Member States where they "
        "are located.",
        "6.   Lorsque des détenteurs de déchets autres que ceux visés au paragraphe 5 exportent des batteries à des fins "
        "de traitement, ils communiquent les données relatives à la quantité de déchets de batteries collectés "
        "séparément exportés en vue de leur traitement, ainsi que les données visées au paragraphe 5, points b) et c), "
        "aux autorités compétentes des États membres dans lesquels ils sont établis.",
    ),
    (  # 32025r0884, art. 1(14)
        "Where a DRSP applies for authorisation to provide data reporting services it shall pay:",
        "Lorsqu’un DRSP introduit une demande d’agrément pour fournir des services de communication de données, il "
        "paye:",
    ),
    (  # 32008r0994, art. 74(1)
        "1.   Where the registry administrator of a Chapter VI registry receives a request from an account holder to "
        "convert Chapter VI allowances into standard allowances it shall verify whether the amount requested to be "
        "converted is lower than or equal to the sum of:",
        "1.   Lorsqu’il reçoit, de la part d’un titulaire de compte, une demande concernant la conversion de quotas du "
        "chapitre VI en quotas standard, l’administrateur d’un registre relevant du chapitre VI vérifie que la quantité "
        "à convertir est inférieure ou égale à la somme des quantités suivantes:",
    ),
]


@pytest.mark.parametrize(("en", "fr"), OFFICIAL)
def test_may_after_a_condition_with_no_comma_faces_the_french_present(en: str, fr: str) -> None:
    changed = en.replace(" it shall ", " it may ", 1).replace(" they shall ", " they may ", 1)
    assert changed != en
    keys = [f.key for f in force(changed, fr)]
    assert "obligation_mismatch:force:may" in keys, keys


@pytest.mark.parametrize(("en", "fr"), OFFICIAL)
def test_the_official_pairs_stay_silent(en: str, fr: str) -> None:
    assert obligations(en, fr) == []


def test_may_after_a_condition_with_no_comma_against_peut_stays_silent() -> None:
    en, fr = OFFICIAL[0]
    assert (
        obligations(
            en.replace("it shall take", "it may take"),
            fr.replace("il en tient compte", "il peut en tenir compte"),
        )
        == []
    )


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        # the pronoun is the condition's own subject: its "may" describes the case
        (
            "Where it may be necessary to protect the interests of investors the competent authority shall suspend "
            "trading in the financial instrument.",
            "Lorsque cela est nécessaire pour protéger les intérêts des investisseurs, l'autorité compétente suspend "
            "la négociation de l'instrument financier.",
        ),
        # the pronoun opens a completive clause of the condition's own verb
        (
            "Where the operator considers that it may be exposed to a serious risk the authority shall grant the "
            "derogation.",
            "Lorsque l'exploitant estime qu'il est exposé à un risque grave, l'autorité accorde la dérogation.",
        ),
    ],
)
def test_a_modal_of_the_condition_itself_stays_described(en: str, fr: str) -> None:
    assert obligations(en, fr) == []


# Conditions reduced to a gerund and its object, with no comma before the main clause's subject (wide corpus of EU
# acts): the condition has no subject of its own, and the modal after the new noun phrase is the main clause's.
REDUCED = [
    (  # 32004r2216, art. 43(3)
        "3.   When issuing force majeure allowances the registry administrator shall assign a unique unit "
        "identification code to each such force majeure allowance comprising the elements set out in Annex VI.",
        "3.   Lors de la délivrance de quotas de force majeure, l'administrateur du registre assigne à chaque quota de "
        "force majeure un code d'identification d'unité unique constitué des éléments indiqués à l'annexe VI.",
    ),
    (  # 32014l0065, art. 25(2), first words
        "2.   When providing investment advice or portfolio management the investment firm shall obtain the necessary "
        "information regarding the client’s or potential client’s knowledge and experience in the investment field.",
        "2.   Lorsqu’elle fournit des conseils en investissement ou des services de gestion de portefeuille, "
        "l’entreprise d’investissement se procure les informations nécessaires concernant les connaissances et "
        "l’expérience du client ou du client potentiel en matière d’investissement.",
    ),
    (  # 32020r2084, art. 1, second sentence of the replaced text
        "When contracting individuals for carrying out verification activities the verifier shall require these "
        "individuals to sign a written agreement that they comply with the procedures of the verifier.",
        "Lorsqu’il confie des contrats à des personnes pour mener à bien des activités de vérification, le "
        "vérificateur exige de ces personnes qu’elles signent un accord écrit attestant qu’elles suivent les "
        "procédures du vérificateur.",
    ),
]


@pytest.mark.parametrize(("en", "fr"), REDUCED)
def test_may_after_a_reduced_condition_faces_the_french_present(en: str, fr: str) -> None:
    assert obligations(en, fr) == []
    keys = [f.key for f in force(en.replace(" shall ", " may ", 1), fr)]
    assert "obligation_mismatch:force:may" in keys, keys


def test_a_gerund_subject_keeps_its_modal_in_the_condition() -> None:
    # "where trading in the instrument may": the gerund is the condition's subject, the modal its verb
    assert (
        obligations(
            "Where trading in the financial instrument may be disrupted the competent authority shall inform ESMA.",
            "Lorsque la négociation de l'instrument financier est susceptible d'être perturbée, l'autorité compétente "
            "en informe l'AEMF.",
        )
        == []
    )
