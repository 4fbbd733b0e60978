"""Obligations and conditions that official French says another way, and the changes that must still show.

Each case is written for this test, after a class of language seen in official EU texts, never one act's wording.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import obligations as keys

# --- a condition whose parts French juxtaposes ------------------------------------------------------

_JUXTAPOSED = [
    (
        "The body may refuse the request only where duly justified in writing {} based on a full assessment of the "
        "risks.",
        "L'organisme ne peut rejeter la demande qu'en motivant sa décision par écrit, sur la base d'une évaluation "
        "complète des risques.",
    ),
    (
        "The aid shall be compatible only if the firm works with a university on the project {} the university "
        "bears at least 10 % of the costs.",
        "L'aide n'est compatible que si l'entreprise travaille avec une université sur le projet, l'université "
        "supportant au moins 10 % des coûts.",
    ),
]


@pytest.mark.parametrize(("en", "fr"), _JUXTAPOSED)
def test_a_condition_joined_by_or_against_french_parts_with_no_connective(en: str, fr: str) -> None:
    # French says "and" by a comma or a participle (« …, l'université supportant »), never "or".
    assert keys(en.format("and"), fr) == []
    assert [k for k in keys(en.format("or"), fr) if k.startswith("obligation_mismatch:connective:or")]


def test_two_nouns_of_one_determiner_joined_by_or_name_one_party() -> None:
    # "the seller or supplier" / « le professionnel »: one party, no condition joined
    en = "The consumer shall pay the price even where the seller or supplier does not deliver the goods."
    fr = "Le consommateur paie le prix même lorsque le professionnel ne livre pas les biens."
    assert keys(en, fr) == []


def test_a_quantity_joined_by_or_is_no_condition() -> None:
    en = "Where one or both of the conditions laid down in paragraph 1 are not met, the worker may refuse the task."
    fr = "Lorsque l'une des deux conditions fixées au paragraphe 1 n'est pas remplie, le travailleur peut refuser la tâche."
    assert keys(en, fr) == []


def test_an_or_that_french_says_by_ni_or_soit_is_answered() -> None:
    en = "The fee is due where the mark is renewed or the request is filed late."
    fr = "La taxe est due, soit lorsque la marque est renouvelée, soit lorsque la demande est présentée tardivement."
    assert keys(en, fr) == []


# --- « un seul », "the sole": an adjective of a thing, not a restriction of the predicate ----------------------

_ONE_THING = [
    (
        "The reduction of the number of members below two shall not lead to the winding-up of the company.",
        "La réunion de toutes les parts en une seule main {}entraîne {}la dissolution de plein droit de la société.",
    ),
    (
        "A taxable person who is not identified for VAT purposes may choose to be identified in one Member State only.",
        "L'assujetti qui {}est {}identifié à la TVA peut choisir d'être identifié dans un seul État membre.",
    ),
    (
        "The mere acquisition of the shares of a company shall not constitute an investment.",
        "La seule acquisition des actions d'une société {}est {}considérée comme un investissement.",
    ),
]


@pytest.mark.parametrize(("en", "fr"), _ONE_THING)
def test_a_single_thing_answers_no_negation(en: str, fr: str) -> None:
    # « un seul État membre », « la seule acquisition »: one thing, or the mere one; no "not" of the predicate
    assert keys(en, fr.format("n'", "pas ")) == []
    assert [k for k in keys(en, fr.format("", "")) if k.startswith("obligation_mismatch:negation")]


# --- a "nor" with no negation before it: the negation it carries on was dropped --------------------------------

_NOR_SERIES = [
    (
        "The advisory services shall {}form a permanent task nor concern the routine running costs of the body.",
        "Les services de conseil ne forment pas une mission permanente et sont étrangers aux frais de "
        "fonctionnement courants de l'organisme.",
    ),
    (
        "The operator shall {}hold shares in the supplier nor exercise any right over it.",
        "L'opérateur ne détient pas d'actions du fournisseur et n'exerce aucun droit sur celui-ci.",
    ),
]


@pytest.mark.parametrize(("en", "fr"), _NOR_SERIES)
def test_a_nor_with_no_negation_before_it_answers_no_french_negation(en: str, fr: str) -> None:
    # "shall not be X nor relate to Y" with its "not" lost: the "nor" carries on a negation the English no longer
    # says, so the French « ne constituent pas » is left unanswered
    assert keys(en.format("not "), fr) == []
    assert [k for k in keys(en.format(""), fr) if k.startswith("obligation_mismatch:negation")]


def test_nor_opening_its_own_clause_and_a_series_opened_by_ni_are_answered() -> None:
    # "Nor shall …": an inverted verb after it, the negation of its own clause
    en = "The rules shall not apply to banks. Nor shall they apply to insurers."
    fr = "Les règles ne s'appliquent pas aux banques. Elles ne s'appliquent pas non plus aux assureurs."
    assert keys(en, fr) == []
    # a « ni » opening the French series answers the "nor" that ends the English point
    en = "(i) directly or indirectly to exercise control over an undertaking performing generation; nor"
    fr = "i) ni à exercer de contrôle direct ou indirect sur une entreprise assurant la production;"
    assert keys(en, fr) == []


# --- a word of keeping a thing safe answers a negation only where it stands ------------------------------------

_KEEPING = [
    (
        "The assets held in custody should not be used for the own account of the depositary, in order to preserve "
        "the interests of investors and the integrity of the market.",
        "Les actifs conservés {}devraient {}être utilisés pour compte propre par le dépositaire, afin de préserver "
        "les intérêts des investisseurs et l'intégrité du marché.",
    ),
    (
        "The operator shall not disclose the data of its customers and shall take measures to protect the networks "
        "it runs against intrusion.",
        "L'opérateur {}divulgue {}les données de ses clients et prend des mesures pour protéger les réseaux qu'il "
        "exploite contre les intrusions.",
    ),
]


@pytest.mark.parametrize(("en", "fr"), _KEEPING)
def test_a_word_of_keeping_safe_answers_no_negation_of_another_verb(en: str, fr: str) -> None:
    # « préserver », « protéger »: "not harmed" said where the word stands; a French negation dropped from
    # another verb of the sentence is not answered by it
    assert keys(en, fr.format("ne ", "pas ")) == []
    assert [k for k in keys(en, fr.format("", "")) if k.startswith("obligation_mismatch:negation")]


def test_a_word_of_keeping_safe_still_answers_a_negation_at_its_place() -> None:
    en = "The depositary shall not let the assets of the fund be lost or damaged."
    fr = "Le dépositaire préserve les actifs du fonds de toute perte ou de tout dommage."
    assert keys(en, fr) == []


# --- the co-legislators named together: "and" is who acted -----------------------------------------------------

_LEGISLATORS = [
    (
        "Processing under this Regulation is without prejudice to Regulation (EU) 2030/12 of the European "
        "Parliament {} of the Council, where that Regulation applies.",
        "Le traitement au titre du présent règlement est sans préjudice du règlement (UE) 2030/12 du Parlement "
        "européen {} du Conseil, lorsque ce règlement s'applique.",
    ),
    (
        "Where the threshold is exceeded, Directive (EU) 2031/7 of the European Parliament {} of the Council shall "
        "apply.",
        "Lorsque le seuil est dépassé, la directive (UE) 2031/7 du Parlement européen {} du Conseil s'applique.",
    ),
]


@pytest.mark.parametrize(("en", "fr"), _LEGISLATORS)
def test_an_act_of_the_european_parliament_and_of_the_council_is_named_with_the_same_connective(
    en: str, fr: str
) -> None:
    # a condition's list rules leave binomials alone, but "and" between the co-legislators says who acted
    assert keys(en.format("and"), fr.format("et")) == []
    assert keys(en.format("or"), fr.format("ou")) == []
    assert [
        k for k in keys(en.format("or"), fr.format("et")) if k.startswith("obligation_mismatch:connective")
    ]
    assert [
        k for k in keys(en.format("and"), fr.format("ou")) if k.startswith("obligation_mismatch:connective")
    ]


def test_the_co_legislators_as_a_subject_or_named_unevenly_are_left_alone() -> None:
    # each of the two may object: "and" and « ou » say the same right
    en = "The period during which the European Parliament and the Council may object shall be one month."
    fr = "La période pendant laquelle le Parlement européen ou le Conseil peuvent formuler des objections est d'un mois."
    assert keys(en, fr) == []
    en = "Acts of the European Parliament or of the Council and of the Commission shall be published."
    fr = "Les actes adoptés par les institutions sont publiés."
    assert keys(en, fr) == []


# --- « ne sont pas » said again of another predicate: a negation of its own ----------------------------------

_AUXILIARY_AGAIN = [
    (
        "Links that are not listed in Annex I shall {}be subject to authorisation, but shall be notified to the "
        "competent authority.",
        "Les liens qui ne sont pas énumérés à l'annexe I ne sont pas soumis à autorisation, mais sont notifiés à "
        "l'autorité compétente.",
    ),
    (
        "The fines shall {}be applied where the accounts are not reachable because of planned maintenance during "
        "which periods of non-availability are short.",
        "Les amendes ne sont pas appliquées lorsque les comptes ne sont pas accessibles en raison d'une maintenance "
        "planifiée pendant laquelle les périodes d'indisponibilité sont courtes.",
    ),
]


@pytest.mark.parametrize(("en", "fr"), _AUXILIARY_AGAIN)
def test_a_negated_auxiliary_said_again_of_another_predicate_needs_its_own_answer(en: str, fr: str) -> None:
    # « ne sont pas énumérés … ne sont pas soumis »: the same « ne sont pas » of two predicates, two negations;
    # the second does not merely carry on the first, so an English "not" dropped from one of them shows
    assert keys(en.format("not "), fr) == []
    assert [k for k in keys(en.format(""), fr) if k.startswith("obligation_mismatch:negation")]


def test_a_negated_predicate_said_again_carries_on_the_first() -> None:
    # « … ne soient pas prioritaires, ou que … ne soient pas prioritaires »: one predicate said twice, which English
    # may say once
    en = "The Member State shall ensure that neither the claims of the fund nor those of the bank are preferred."
    fr = (
        "L'État membre veille à ce que les créances du fonds ne soient pas prioritaires, ou que celles de la banque "
        "ne soient pas prioritaires."
    )
    assert keys(en, fr) == []


# --- a negated verb of negative meaning against that verb said bare ------------------------------------------

_NEGATED_NEGATIVE_VERB = [
    (
        "In such a case, the national authorities shall {}prohibit the registration of vehicles that conform to the "
        "approved type, where their failure to comply is not established.",
        "Dans un tel cas, les autorités nationales n'interdisent pas l'immatriculation des véhicules conformes au type "
        "réceptionné, lorsque leur non-conformité n'est pas établie.",
    ),
    (
        "Member States shall {}exempt small undertakings from the reporting obligation set out in paragraph 1 where "
        "they fail to keep accounts.",
        "Les États membres n'exemptent pas les petites entreprises de l'obligation de déclaration prévue au "
        "paragraphe 1 lorsqu'elles omettent de tenir une comptabilité.",
    ),
]


@pytest.mark.parametrize(("en", "fr"), _NEGATED_NEGATIVE_VERB)
def test_a_negated_negative_verb_against_that_verb_said_bare_says_the_opposite(en: str, fr: str) -> None:
    # « n'interdisent pas » / "shall prohibit": the English word renders the French verb, not its negation; another
    # negative word of the sentence ("failure") does not answer the negation either
    assert keys(en.format("not "), fr) == []
    assert [k for k in keys(en.format(""), fr) if k.startswith("obligation_mismatch:negation")]
