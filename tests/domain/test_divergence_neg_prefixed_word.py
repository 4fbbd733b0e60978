"""A negative word made by a prefix against its base said bare: "is complete" / « incomplète » (issue 15: wide corpus
of EU acts, 32014r0909, 32012r0648, 32023r1114, 32023r1115, 32024l1500, 32024r0791).

French says "is not complete", "is not possible" with a negative adjective (« est incomplète », « est impossible »),
and English may say « n'est pas complète » with one ("is incomplete"): the negative word answers the other side's
negation.  Where that negation is dropped ("If the application is complete" / « Si la demande est incomplète »), the
negative word is left with nothing to answer it, and the other side says its base, bare, as the predicate at its
place: the one says the opposite of the other.  Only predicates (after a copula): "non-material", "non-conformities",
"uncertainty" name terms, which the other language names by other words of the same stem ("material", « conformité »).
Not where the other side says the negative word too ("which are liquid, which are illiquid").
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import negations

COMPLETE_EN = (
    "3.   Within 30 working days from the receipt of the application, the competent authority shall assess whether "
    "the application is complete. If the application is not complete, the competent authority shall set a time limit "
    "by which the applicant CSD has to provide additional information. The competent authority shall inform the "
    "applicant CSD when the application is considered to be complete."
)
COMPLETE_FR = (
    "3.   Dans un délai de trente jours ouvrés suivant la réception de la demande, l’autorité compétente vérifie si "
    "celle-ci est complète. Si la demande est incomplète, l’autorité compétente fixe une date limite avant laquelle le "
    "DCT demandeur doit lui communiquer des informations complémentaires. Lorsque la demande est jugée complète, "
    "l’autorité compétente en informe le DCT demandeur."
)
POSSIBLE_EN = (
    "(a) forests for which it is not possible to distinguish whether planted or naturally regenerated;"
)
POSSIBLE_FR = (
    "a) les forêts où il est impossible de faire la distinction entre la forêt plantée et la forêt naturellement "
    "régénérée;"
)
ANONYMISED_EN = "Personal data collected by the equality body should be anonymised or, where this is not possible, pseudonymised."
ANONYMISED_FR = (
    "Les données à caractère personnel collectées par les organismes pour l’égalité de traitement devraient être "
    "anonymisées ou, lorsque cela est impossible, être pseudonymisées."
)
LIQUID_EN = (
    "ESMA should determine which instruments or classes are liquid, which are illiquid, and above which size of "
    "transaction it is possible to defer the publication of the details of the transaction."
)
LIQUID_FR = (
    "l’AEMF devrait déterminer les instruments ou catégories qui sont liquides, ceux qui sont non liquides, et "
    "au-delà de quelle taille de transaction il est possible de différer la publication des détails de la transaction."
)


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (COMPLETE_EN, COMPLETE_FR),
        (POSSIBLE_EN, POSSIBLE_FR),
        (ANONYMISED_EN, ANONYMISED_FR),
        (LIQUID_EN, LIQUID_FR),
    ],
)
def test_a_prefixed_negative_word_answers_a_negation(en: str, fr: str) -> None:
    assert negations(en, fr) == []


@pytest.mark.parametrize(
    ("en", "fr", "word"),
    [
        (COMPLETE_EN.replace("is not complete", "is complete"), COMPLETE_FR, "incomplete"),
        (POSSIBLE_EN.replace("is not possible", "is possible"), POSSIBLE_FR, "impossible"),
        (ANONYMISED_EN.replace("is not possible", "is possible"), ANONYMISED_FR, "impossible"),
    ],
)
def test_a_prefixed_negative_word_against_its_bare_base_is_caught(en: str, fr: str, word: str) -> None:
    assert any(word in key for key in negations(en, fr))


# A negative word of the other side at the place of the negative predicate renders its prefix only while it renders
# nothing else: not a word answered by its like on the predicate's side ("prevent … eliminate" / « prévenir …
# supprimer », "only" / « ne … que », the "not" of "not warranted" / « non justifié »), nor a word that answers only by
# meaning ("the disruption of the … system" / « une perturbation du système »), nor one that names a rare case
# ("exceptional circumstances").  (Wide corpus of EU acts, 32009l0031, 32009l0029, 32023r1542, 32020r1784, 32021r1833:
# with the "not" of "is not possible" dropped, the French « impossible » was left unreported.)
PREVENT_EN = (
    "2.   The purpose of environmentally safe geological storage of CO2 is permanent containment of CO2 in such a way "
    "as to prevent and, where this is not possible, eliminate as far as possible negative effects and any risk to the "
    "environment and human health."
)
PREVENT_FR = (
    "2.   L’objectif du stockage géologique du CO2, en toute sécurité pour l’environnement, est le confinement "
    "permanent du CO2 de façon à prévenir et, lorsque cela est impossible, à supprimer le plus possible les effets "
    "néfastes et tout risque pour l’environnement et la santé humaine."
)
ONLY_EN = (
    "Measures shall only be adopted where inclusion is not possible in accordance with Article 24, and the next "
    "review of the Community scheme shall consider harmonising the coverage of those emissions across the Community."
)
ONLY_FR = (
    "Les mesures ne sont adoptées que lorsque l’inclusion est impossible conformément à l’article 24, et, lors du "
    "prochain réexamen du système communautaire, une harmonisation de la couverture de ces émissions dans la "
    "Communauté sera envisagée."
)
WARRANTED_EN = (
    "7.   The labels and the QR code referred to in paragraphs 1 to 6 shall be printed or engraved visibly, legibly "
    "and indelibly on the battery. Where this is not possible or not warranted on account of the nature and size of "
    "the battery, the labels and the QR code shall be affixed to the packaging and to the documents accompanying the "
    "battery."
)
WARRANTED_FR = (
    "7.   Les étiquettes et le code QR visés aux paragraphes 1 à 6 sont imprimés ou gravés de manière visible, lisible "
    "et indélébile sur la batterie. Si cela se révèle impossible ou non justifié en raison de la nature et des "
    "dimensions de la batterie, les étiquettes et le code QR sont apposés sur l’emballage et sur les documents qui "
    "accompagnent la batterie."
)
DISRUPTION_EN = (
    "4.   Where transmission in accordance with paragraph 1 is not possible due to the disruption of the "
    "decentralised IT system or due to exceptional circumstances, the transmission shall be carried out by the "
    "swiftest, most appropriate alternative means, taking into account the need to ensure reliability and security."
)
DISRUPTION_FR = (
    "4.   Lorsque la transmission conformément au paragraphe 1 s’avère impossible en raison d’une perturbation du "
    "système informatique décentralisé ou en raison de circonstances exceptionnelles, elle est effectuée par les "
    "moyens alternatifs les plus rapides et les plus appropriés, en tenant compte de la nécessité d’assurer la "
    "fiabilité et la sécurité de la transmission."
)
_RENDERING_ELSEWHERE = [
    (PREVENT_EN, PREVENT_FR),
    (ONLY_EN, ONLY_FR),
    (WARRANTED_EN, WARRANTED_FR),
    (DISRUPTION_EN, DISRUPTION_FR),
]
_RENDERING_IDS = ["prevent eliminate", "only", "not warranted", "disruption exceptional"]


@pytest.mark.parametrize(("en", "fr"), _RENDERING_ELSEWHERE, ids=_RENDERING_IDS)
def test_a_prefixed_predicate_beside_other_negative_words_answers_the_negation(en: str, fr: str) -> None:
    assert negations(en, fr) == []


@pytest.mark.parametrize(("en", "fr"), _RENDERING_ELSEWHERE, ids=_RENDERING_IDS)
def test_beside_other_negative_words_the_bare_base_is_caught(en: str, fr: str) -> None:
    assert any("impossible" in key for key in negations(en.replace("is not possible", "is possible"), fr))


def test_a_negative_word_of_the_other_side_left_free_still_renders_the_prefix() -> None:
    # "only" with no « ne … que » to answer it stays a word that may render the prefix ("possible only")
    fr = ONLY_FR.replace("ne sont adoptées que lorsque", "sont adoptées lorsque")
    assert negations(ONLY_EN.replace("is not possible", "is possible"), fr) == []


# The copula of the predicate in any tense: « s'avérait », « s'est révélée », « se sont cependant révélés » as
# « s'avère », "have proven" as "proved".  (Wide corpus of EU acts, 32009r0663, 32012l0017, 32024r0886: with the "not"
# of "is not possible", "has not proved to be sufficient", "have not proven sufficient" dropped, nothing was reported.)
COMMIT_EN = (
    "(7) In the event that it is not possible to commit all funds by the end of 2010, the Commission has declared its "
    "intention, if appropriate, to propose, when reporting in 2010 on the implementation of this Regulation, measures "
    "allowing for the financing of projects consistent with the Recovery Plan, such as projects in the areas of energy "
    "efficiency and energy from renewable sources."
)
COMMIT_FR = (
    "(7) S’il s’avérait impossible d’engager tous les fonds avant la fin 2010, la Commission a fait part de son "
    "intention de proposer, le cas échéant, lorsqu’elle présentera en 2010 un rapport sur la mise en œuvre du présent "
    "règlement, des mesures permettant de financer des projets compatibles avec le plan de relance, tels que des "
    "projets dans les domaines de l’efficacité énergétique et de l’énergie produite à partir de sources renouvelables."
)
REGISTERS_EN = (
    "However, citizens and companies still need to search the register on a country-by-country basis, in particular "
    "because the current voluntary cooperation between registers has not proved to be sufficient."
)
REGISTERS_FR = (
    "Toutefois, les particuliers et les sociétés doivent toujours effectuer leurs recherches pays par pays dans le "
    "registre, notamment parce que l'actuelle coopération volontaire entre les registres s'est révélée insuffisante."
)
PAYMENTS_EN = (
    "The efforts of the European payments industry have not proven sufficient to ensure a high uptake of instant "
    "credit transfers in euro at Union level."
)
PAYMENTS_FR = (
    "Les efforts du secteur européen des paiements se sont cependant révélés insuffisants pour promouvoir une large "
    "utilisation des virements instantanés en euros au niveau de l’Union."
)
_TENSES = [
    (COMMIT_EN, COMMIT_FR, "is not possible", "impossible"),
    (REGISTERS_EN, REGISTERS_FR, "has not proved", "insuffisante"),
    (PAYMENTS_EN, PAYMENTS_FR, "have not proven", "insuffisants"),
]
_TENSE_IDS = ["s'avérait", "s'est révélée", "se sont révélés"]


@pytest.mark.parametrize(("en", "fr", "negated", "word"), _TENSES, ids=_TENSE_IDS)
def test_a_predicate_after_a_copula_in_another_tense_answers_the_negation(
    en: str, fr: str, negated: str, word: str
) -> None:
    assert negations(en, fr) == []


@pytest.mark.parametrize(("en", "fr", "negated", "word"), _TENSES, ids=_TENSE_IDS)
def test_a_predicate_after_a_copula_in_another_tense_against_its_bare_base_is_caught(
    en: str, fr: str, negated: str, word: str
) -> None:
    en = en.replace(negated, negated.replace(" not", ""))
    assert any(word in key for key in negations(en, fr))


def test_a_negation_of_the_base_itself_renders_the_prefix_whatever_else_it_answers() -> None:
    # (wide corpus, 32025l0001: the French says once the negation of "unconverted … or not written down")
    en = (
        "When deciding on whether liabilities are to be written down or converted into equity, resolution authorities "
        "shall not convert one class of liabilities, while a class of liabilities that is subordinated to the class "
        "remains unconverted into equity or not written down."
    )
    fr = (
        "Lorsqu’elles décident si des engagements doivent être dépréciés ou convertis en fonds propres, les autorités "
        "de résolution ne peuvent pas convertir une catégorie d’engagements tant qu’une catégorie d’engagements "
        "subordonnée à celle-ci n’a pas été convertie en fonds propres ou dépréciée."
    )
    assert negations(en, fr) == []
