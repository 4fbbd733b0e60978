"""obligation_mismatch, negation: « peu » says a small degree (« peu de risque », « économiquement peu significatif »,
« seraient peu utilisées »), French's litotes, which English says by "little" or an "in-" adjective, and by a negation
only where it negates a word of degree, likelihood or significance ("create no significant distortions" / « faussent
peu », "not likely" / « peu probable »).  It answers no English "not" of another verb: with that verb's « ne … pas »
dropped, the French affirms."""

from __future__ import annotations

from tests.domain.divergence_keys import negations

EN_RISK = (
    "2.   Member States may decide that legal and natural persons who engage in a financial activity on an occasional "
    "or very limited basis and where there is little risk of money laundering or terrorist financing occurring do not "
    "fall within the scope of Article 3(1) or (2)."
)
FR_RISK = (
    "2.   Les États membres peuvent décider que les personnes morales et physiques qui exercent une activité financière "
    "à titre occasionnel ou à une échelle très limitée et où il y a peu de risque de blanchiment de capitaux ou de "
    "financement du terrorisme ne relèvent pas du champ d'application de l'article 3, paragraphes 1 ou 2."
)
EN_SIGNIFICANT = (
    "For MTFs and OTFs, it is appropriate that only MTFs and OTFs with a significant market share be considered as "
    "being of substantial importance, so that not any relocation or acquisition of an economically insignificant MTF "
    "or OTF automatically triggers the establishment of the cooperation arrangements set out in Article 79(2) of "
    "Directive 2014/65/EU."
)
FR_SIGNIFICANT = (
    "Il convient que seuls les MTF et OTF ayant une part de marché significative soient considérés comme revêtant une "
    "importance considérable, de sorte que le transfert ou l'achat d'un MTF ou OTF économiquement peu significatif ne "
    "déclenche pas la mise en place des dispositifs de coopération visés à l'article 79, paragraphe 2, de la directive "
    "2014/65/UE."
)
EN_USED = (
    "However, such a solution would not be cost-effective, as it would require the maintenance in each Member State of "
    "extensive parallel information technology capacities that would be little used."
)
FR_USED = (
    "Cette solution ne serait toutefois pas économique, car elle nécessiterait le maintien en parallèle, dans chaque "
    "État membre, d'importantes capacités informatiques qui seraient peu utilisées."
)


def test_little_risk_answers_no_dropped_not_of_a_verb() -> None:
    # 32005l0060-a2-37, « ne relèvent pas » made « relèvent »
    assert negations(EN_RISK, FR_RISK.replace("ne relèvent pas", "relèvent"))


def test_insignificant_answers_no_dropped_not_of_a_verb() -> None:
    # 32017r0565-r128, « ne déclenche pas » made « déclenche »
    assert negations(EN_SIGNIFICANT, FR_SIGNIFICANT.replace("ne déclenche pas", "déclenche"))


def test_little_used_after_a_copula_answers_no_dropped_not_of_a_verb() -> None:
    # 32010r0920-r016, « ne serait toutefois pas » made « serait toutefois »: « seraient peu utilisées » ("would be
    # little used") is no predicate that negates its clause
    assert negations(EN_USED, FR_USED.replace("ne serait toutefois pas", "serait toutefois"))


def test_the_faithful_pairs_are_silent() -> None:
    assert not negations(EN_RISK, FR_RISK)
    assert not negations(EN_USED, FR_USED)
    assert not negations(EN_SIGNIFICANT, FR_SIGNIFICANT)


def test_peu_still_answers_a_negated_degree() -> None:
    # 32015r1588-r008: « faussent peu » / "create no significant distortions"
    assert not negations(
        "Moreover, many aid measures for innovation are relatively small and create no significant distortions of "
        "competition.",
        "En outre, les aides en faveur de l'innovation sont souvent assez modestes et faussent peu la concurrence.",
    )
    # 32019r1122-a28-04: « raisonnablement peu probable » / "no reasonable prospect"
    assert not negations(
        "3.   The national administrator shall close an operator holding account or an aircraft operator holding "
        "account upon instruction from the competent authority on the basis that there is no reasonable prospect of "
        "further allowances being surrendered or excess allowances being returned.",
        "3.   L'administrateur national clôture le compte de dépôt d'exploitant ou le compte de dépôt d'exploitant "
        "d'aéronef sur instruction de l'autorité compétente lorsqu'il est raisonnablement peu probable que des quotas "
        "seront encore restitués ou que des quotas en excédent seront encore retournés.",
    )
