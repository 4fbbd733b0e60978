"""« ne … que » of the wide corpus of EU acts (issue 15) whose « que » opens a clause of its own: a subject and a
finite verb that agrees with it (« les règles … que les États membres doivent notifier », « au seul motif que le
contrat n'est pas valable »). That « que » is a relative or a conjunction, not the restriction, and the « ne » before it
is a negation the English "not" answers; a dropped negation there must be caught. A verb that does not agree with the
noun after « que » is not its verb: the restriction stands (« qui n'ont qu'un seul fournisseur … peuvent déroger »).
"""

from __future__ import annotations

from tests.domain.divergence_keys import negations, obligations

# 32012r1215-a5-02
_RULES_TO_NOTIFY = (
    "2.   In particular, the rules of national jurisdiction of which the Member States are to notify the Commission "
    "pursuant to point (a) of Article 76(1) shall not be applicable as against the persons referred to in paragraph 1.",
    "2.   Ne peuvent être invoquées contre les personnes visées au paragraphe 1 notamment les règles de compétence "
    "nationales que les États membres doivent notifier à la Commission en vertu de l’article 76, paragraphe 1, "
    "point a).",
)

# 32012r1215-a25-09
_SOLE_GROUND = (
    "The validity of the agreement conferring jurisdiction cannot be contested solely on the ground that the contract "
    "is not valid.",
    "La validité de la convention attributive de juridiction ne peut être contestée au seul motif que le contrat "
    "n’est pas valable.",
)

# 32024r1728-a2-07
_CANNOT_BE_REPLACED = (
    "(f) where the expected source of funds to repay the loans of two or more natural or legal persons is the same and "
    "none of these persons has another independent source of income from which the loan may be serviced and fully "
    "repaid, and the expected source of funds cannot be replaced in a timely manner without incurring excessive "
    "additional costs;",
    "f) lorsque la source de financement prévue pour le remboursement des emprunts de deux personnes physiques ou "
    "morales, ou plus, est la même et qu’aucune desdites personnes ne dispose d’une autre source de revenus "
    "indépendante avec laquelle le service de son emprunt peut être assuré et l’emprunt entièrement remboursé, et que "
    "la source de financement prévue ne peut pas être remplacée rapidement sans entraîner des coûts supplémentaires "
    "excessifs;",
)

# 32025r1192-a1-426
_VERIFIER_CHECKS = (
    "Where the alternative aviation fuel cannot be physically attributed at an aerodrome to a specific flight, the "
    "verifier shall check whether the alternative aviation fuel is attributed to flights for which allowances have to "
    "be surrendered in accordance with Article 12(3) of Directive 2003/87/EC, proportionally to the emissions from "
    "those flights departing from that aerodrome calculated using the preliminary emission factor.",
    "Lorsque le carburant d’aviation de substitution ne peut être physiquement attribué dans un aérodrome à un vol "
    "spécifique, le vérificateur s’assure que ce carburant est attribué aux vols pour lesquels des quotas doivent être "
    "restitués conformément à l’article 12, paragraphe 3, de la directive 2003/87/CE, proportionnellement aux émissions "
    "de ces vols au départ de cet aérodrome calculées à l’aide du facteur d’émission préliminaire.",
)

# 32009l0073-a49-01
_ONLY_ONE_SUPPLIER = (
    "1.   Member States not directly connected to the interconnected system of any other Member State and having only "
    "one main external supplier may derogate from Articles 4, 9, 37 and/or 38.",
    "1.   Les États membres qui ne sont pas directement reliés au réseau interconnecté d’un autre État membre et qui "
    "n’ont qu’un seul fournisseur extérieur principal peuvent déroger aux articles 4, 9, 37 et/ou 38.",
)


def test_que_of_a_relative_is_no_restriction() -> None:
    assert negations(*_RULES_TO_NOTIFY) == []


def test_negation_before_a_completive_que_answers_not() -> None:
    en, fr = _SOLE_GROUND
    assert negations(en, fr) == []
    # the "not" of the clause dropped: two French negations against one English
    assert negations(en.replace("is not valid", "is valid"), fr) != []


def test_dropped_french_negation_before_a_completive_que_is_caught() -> None:
    en, fr = _CANNOT_BE_REPLACED
    assert negations(en, fr) == []
    assert negations(en, fr.replace("ne peut pas être remplacée", "peut être remplacée")) != []


def test_shall_made_may_after_a_negated_condition_is_caught() -> None:
    en, fr = _VERIFIER_CHECKS
    assert obligations(en, fr) == []
    assert obligations(en.replace("verifier shall check", "verifier may check"), fr) != []


def test_restriction_in_a_relative_before_the_main_verb_stands() -> None:
    en, fr = _ONLY_ONE_SUPPLIER
    assert negations(en, fr) == []
    assert negations(en, fr.replace("qui ne sont pas directement", "qui sont directement")) != []
