"""A negative adjective names a term, which the other language renders at its place (issue 15).

"non-Union jurisdictions" / « juridictions hors Union », "non-execution" / « inexécution », "infringing goods" /
« biens non conformes », "non-blocking forms" / « formes … sans capacité de blocage »: the negative word of the other
side that stands where the adjective stands renders it, whatever its meaning.  It answers no negation said at
another place of the sentence, so that a « ne … pas » dropped there is seen.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import negations

# (English, French, the negation of one side that is dropped, its side)
_TERMS = [
    (
        "(25) The exemption from the reporting obligations provided for in this Directive, which is dependent upon "
        "the determination of corresponding reporting and exchange mechanisms in relation to non-Union jurisdictions "
        "and Member States, should apply only in the area of taxation, and in particular for the purposes of this "
        "Directive, and should not be considered as a basis for recognising correspondence in other areas of Union "
        "law.",
        "(25) L'exemption des obligations de déclaration prévue par la présente directive, qui dépend de la "
        "détermination des mécanismes correspondants de déclaration et d'échange applicables aux juridictions hors "
        "Union et aux États membres, devrait s'appliquer uniquement dans le domaine fiscal, en particulier aux fins "
        "de la présente directive, et ne devrait pas être considérée comme une base pour la reconnaissance de la "
        "correspondance dans d'autres domaines du droit de l'Union.",
        ("ne devrait pas être", "devrait être"),
        "fr",
    ),
    (
        "2.   If the unique identifier provided by the payment service user is incorrect, the payment service "
        "provider shall not be liable under Article 75 for non-execution or defective execution of the payment "
        "transaction.",
        "2.   Si l'identifiant unique fourni par l'utilisateur de services de paiement est inexact, le prestataire de "
        "services de paiement n'est pas responsable au titre de l'article 75 de l'inexécution ou de la mauvaise "
        "exécution de l'opération de paiement.",
        ("shall not be liable", "shall be liable"),
        "en",
    ),
    (
        "(c) there is no direct private capital participation in the controlled legal person with the exception of "
        "non-controlling and non-blocking forms of private capital participation required by national legislative "
        "provisions, in conformity with the Treaties, which do not exert a decisive influence on the controlled "
        "legal person.",
        "c) la personne morale contrôlée ne comporte pas de participation directe de capitaux privés, à l'exception "
        "des formes de participation de capitaux privés sans capacité de contrôle ou de blocage requises par les "
        "dispositions législatives nationales, conformément aux traités, qui ne permettent pas d'exercer une "
        "influence décisive sur la personne morale contrôlée.",
        ("ne comporte pas de", "comporte de"),
        "fr",
    ),
]


@pytest.mark.parametrize(
    ("en", "fr", "drop", "side"), _TERMS, ids=["hors Union", "non-execution", "sans capacité"]
)
def test_negative_term_answers_no_negation_of_another_place(
    en: str, fr: str, drop: tuple[str, str], side: str
) -> None:
    assert negations(en, fr) == []
    if side == "en":
        en = en.replace(*drop)
    else:
        fr = fr.replace(*drop)
    assert negations(en, fr) != []


def test_negative_term_leaves_a_negation_of_its_place_to_the_word() -> None:
    # "avoid creating an excessive burden" / « afin de ne pas créer de charge excessive »: the negation stands where
    # the words stand, and « excessive » is left to answer it with "avoid"
    en = (
        "In order to avoid creating an excessive burden on service providers competent authorities should verify, "
        "whether the objectives of equivalent access and choice can be achieved without such measures."
    )
    fr = (
        "Afin de ne pas créer de charge excessive pour les fournisseurs de services, les autorités compétentes "
        "devraient vérifier si les objectifs en matière d'équivalence d'accès et de choix peuvent être réalisés en "
        "l'absence de telles mesures."
    )
    assert negations(en, fr) == []


def test_negative_term_is_not_rendered_by_a_verb_of_preventing() -> None:
    # « empêcher tout accès non autorisé »: the verb says the "does not occur" of the English, not "unauthorised"
    en = (
        "4.   The central administrator shall take all necessary steps to ensure that unauthorised access to the "
        "secure area of the Union Registry website does not occur."
    )
    fr = (
        "4.   L'administrateur central prend toutes les mesures nécessaires pour empêcher tout accès non autorisé à la "
        "zone sécurisée du site web du registre de l'Union."
    )
    assert negations(en, fr) == []


_CLAUSE_WORDS = [
    (
        # a predicate after a copula negates its clause: "is manifestly irrelevant" / « sont manifestement dénuées de
        # pertinence »
        "1.   Where, until the expiry of the period referred to in Article 7(1), the opposing party has not provided "
        "any evidence, or where the evidence provided is manifestly irrelevant or manifestly insufficient to meet "
        "the requirements laid down in Article 7(2) for any of the earlier rights, the opposition shall be rejected "
        "as unfounded.",
        "1.   Lorsque, à l'expiration du délai visé à l'article 7, paragraphe 1, l'opposant n'a fourni aucune preuve, "
        "ou lorsque les preuves produites sont manifestement dénuées de pertinence ou manifestement insuffisantes "
        "pour satisfaire aux dispositions de l'article 7, paragraphe 2, pour aucun des droits antérieurs, "
        "l'opposition est rejetée comme non fondée.",
    ),
    (
        # "without" before a verb negates that verb: "Without transitioning" / « si l'on ne bascule pas » (the French
        # lacks its full stop, as in the Official Journal)
        "(12) Without transitioning contracts referencing CHF LIBOR to a designated replacement for that "
        "benchmark, there is a serious risk of contract frustration in several Member States. The designation of "
        "that replacement should therefore ensure the mitigation of such risk, the materialisation of which might "
        "significantly disrupt the functioning of financial markets in the Union.",
        "(12) Il existe un risque grave d'impossibilité d'exécution des contrats se référant au LIBOR CHF dans "
        "plusieurs États membres si l'on ne bascule pas les contrats en question sur un taux de remplacement "
        "désigné pour cet indice de référence La désignation de ce taux de remplacement devrait permettre "
        "d'atténuer ce risque, dont la matérialisation pourrait perturber fortement les marchés financiers de "
        "l'Union.",
    ),
]


@pytest.mark.parametrize(("en", "fr"), _CLAUSE_WORDS, ids=["predicate", "without a verb"])
def test_negative_word_of_a_clause_names_no_term(en: str, fr: str) -> None:
    assert negations(en, fr) == []


def test_negative_term_leaves_a_repeated_negation_its_answer() -> None:
    # « ne réduit, ne limite, ni ne restreint » repeats at each verb the one "Nothing" of the English; « non couvertes
    # par » renders "free from", yet the repeated negation close by keeps the word as its answer
    # (and _not_rendering leaves it so: the negation carries on a series of verbs)
    en = (
        "2. Scope of this License. Nothing in this License is intended to reduce, limit, or restrict any uses free "
        "from copyright protection."
    )
    fr = (
        "2. Portée de la présente Licence. Aucune disposition de la présente Licence ne réduit, ne limite, ni ne "
        "restreint les utilisations non couvertes par le droit d'auteur."
    )
    assert negations(en, fr) == []
