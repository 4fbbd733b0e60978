"""A negation that one language says once and the other says twice, or says at the noun it qualifies: the English
"neither … nor" whose "neither" is the first negation, two auxiliaries joined by "or" before one negated verb, and a
French relative clause or participle negated where English says a "non-" or "not" attribute (wide corpus, odd-A)."""

from __future__ import annotations

from tests.domain.divergence_keys import negations

# 32024r1183, Article 1(14): "neither collect … nor combine" / « ne collecte pas …, et il ne combine pas non plus ».
NEITHER_EN = (
    "The provider of the European Digital Identity Wallet shall neither collect information about the use of the "
    "European Digital Identity Wallet which is not necessary for the provision of European Digital Identity Wallet "
    "services, nor combine person identification data or any other personal data stored or relating to the use of "
    "the European Digital Identity Wallet with personal data from any other services offered by that provider or "
    "from third-party services which are not necessary for the provision of European Digital Identity Wallet "
    "services, unless the user has expressly requested otherwise."
)
NEITHER_FR = (
    "Le fournisseur du portefeuille européen d’identité numérique ne collecte pas les informations sur "
    "l’utilisation du portefeuille européen d’identité numérique qui ne sont pas nécessaires à la fourniture des "
    "services liés au portefeuille européen d’identité numérique, et il ne combine pas non plus des données "
    "d’identification personnelle ou d’autres données à caractère personnel stockées ou relatives à l’utilisation du "
    "portefeuille européen d’identité numérique avec des données à caractère personnel provenant de tout autre "
    "service offert par ce fournisseur ou de services tiers qui ne sont pas nécessaires à la fourniture des services "
    "liés au portefeuille européen d’identité numérique, à moins que l’utilisateur n’ait fait expressément la demande "
    "contraire."
)

# 32024r1772, Article 1(1): "that are or were unable to make use" / « qui ne peuvent pas, ou n’ont pas pu, utiliser ».
AUX_EN = (
    "1.   The number of clients affected by the incident as referred to in Article 18(1), point (a), of Regulation "
    "(EU) 2022/2554, shall reflect the number of all affected clients, whether natural or legal persons, that are or "
    "were unable to make use of the service provided by the financial entity during the incident or that were "
    "adversely impacted by the incident. That number shall also include third parties explicitly covered by the "
    "contractual agreement between the financial entity and the client as beneficiaries of the affected service."
)
AUX_FR = (
    "1.   Le nombre des clients touchés par l’incident, visé à l’article 18, paragraphe 1, point a), du règlement "
    "(UE) 2022/2554, comprend tous les clients touchés, qu’il s’agisse de personnes physiques ou morales, qui ne "
    "peuvent pas, ou n’ont pas pu, utiliser le service fourni par l’entité financière pendant la durée de "
    "l’incident, ou sur lesquels l’incident a eu une incidence préjudiciable. Ce nombre comprend également, en tant "
    "que bénéficiaires du service touché, les tiers explicitement couverts par l’accord contractuel conclu entre "
    "l’entité financière et le client."
)

# 32024r2847, recital 13: "Matters not covered by this Regulation" / « les questions qui ne sont pas régies par le
# présent règlement », beside "non-technical factors" / « Les facteurs non techniques », which render each other.
ATTRIBUTE_EN = (
    "Matters not covered by this Regulation can include non-technical factors relating to products with digital "
    "elements and the manufacturers thereof."
)
ATTRIBUTE_FR = (
    "Les facteurs non techniques liés aux produits comportant des éléments numériques et aux fabricants de ces "
    "derniers peuvent compter parmi les questions qui ne sont pas régies par le présent règlement."
)


def test_neither_is_the_first_negation_of_its_series() -> None:
    assert negations(NEITHER_EN, NEITHER_FR) == []


def test_a_dropped_neither_still_leaves_the_french_negation_unanswered() -> None:
    dropped = NEITHER_EN.replace("shall neither collect", "shall collect").replace(
        ", nor combine", ", and combine"
    )
    assert negations(dropped, NEITHER_FR)


def test_neither_of_an_inverted_clause_still_says_not_either() -> None:
    en = "The Commission shall not publish the report. Neither shall it disclose the data to third parties."
    fr = "La Commission ne publie pas le rapport. Elle ne communique pas non plus les données à des tiers."
    assert negations(en, fr) == []


def test_two_auxiliaries_joined_by_or_share_one_negation() -> None:
    assert negations(AUX_EN, AUX_FR) == []


def test_two_auxiliaries_joined_by_or_without_the_negation_are_caught() -> None:
    assert negations(AUX_EN.replace("are or were unable to", "are or were able to"), AUX_FR)


def test_an_attribute_not_answers_the_negated_relative_beside_a_non_word_already_rendered() -> None:
    assert negations(ATTRIBUTE_EN, ATTRIBUTE_FR) == []


def test_the_attribute_without_its_not_is_caught() -> None:
    assert negations(ATTRIBUTE_EN.replace("Matters not covered", "Matters covered"), ATTRIBUTE_FR)


def test_a_non_word_answers_a_negated_relative_clause_of_any_verb_anywhere_in_the_sentence() -> None:
    en = (
        "The Commission shall consult the non-participating Member States on the draft measures in good time before "
        "their adoption."
    )
    fr = (
        "La Commission consulte en temps utile, avant leur adoption, sur les projets de mesures, les États membres qui "
        "ne participent pas."
    )
    assert negations(en, fr) == []
    assert negations(en.replace("non-participating", "participating"), fr)


def test_a_non_word_answers_a_negated_relative_clause_said_after_the_verb() -> None:
    en = "Non-voting shares shall be disregarded for the purposes of calculating the threshold laid down in paragraph 1."
    fr = (
        "Aux fins du calcul du seuil prévu au paragraphe 1, il n’est pas tenu compte des actions qui ne confèrent pas "
        "de droit de vote."
    )
    assert negations(en, fr) == []
