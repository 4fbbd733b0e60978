"""A saving ("shall not affect", "shall not prevent") against its verb said bare in French (issue 15, wide corpus).

A saving said by a negated verb needs no answer of its own, but the verb it negates, said bare on the other side, is
its contrary (see divergence._saving_problems).  French says that verb in forms the rule did not read: in the passive
(« les droits … sont affectés par le présent règlement », « ne devraient pas être affectés par la présente
directive »), as « porter préjudice à » (« ne porte pas préjudice à l'exercice des droits »), as « avoir une
incidence sur » (« ne devraient pas avoir d'incidence sur les approches »).  With the French « ne … pas » dropped,
nothing was left to show that the English saving had become its contrary (32009R0207 Article 164, 32007L0064
recital 31, 32014L0067 Article 1(2), 32014R0529 recital 5).  And a saving of the other side answers one saving: with
« Sans préjudice de l'article 12 » and "Without prejudice to Article 12" close before it, « la clôture … empêche »
was left unreported against "shall not prevent" (32015R0848 Article 48(1)).

Not the participle « affecté à » ("assigned to"), nor a French saving said with its negation, nor a bare verb
facing an English verb said bare too.

The other way round, a French saving (« n'empêchent pas », « ne porte pas atteinte par elle-même ») against the
English verb said bare: the rule did not read "impede", "hamper", "interfere with", nor a verb after "of itself",
", per se,".
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import negations

_PAIRS = [
    # the passive, with « par »
    (
        "This Regulation shall not affect the rights of holders of earlier trade marks.",
        "Les droits des titulaires de marques antérieures ne sont pas affectés par le présent règlement.",
        "ne sont pas affectés",
        "sont affectés",
    ),
    (
        "(12) This Directive should not affect national rules on limitation periods for claims between suppliers.",
        "(12) Les règles nationales relatives aux délais de prescription des actions entre fournisseurs ne devraient "
        "pas être affectées par la présente directive.",
        "ne devraient pas être affectées",
        "devraient être affectées",
    ),
    # « porter préjudice à »
    (
        "2.   This Directive shall not affect in any way the exercise of the right to take collective action.",
        "2.   La présente directive ne porte pas préjudice de quelque manière que ce soit à l'exercice du droit de "
        "mener des actions collectives.",
        "ne porte pas préjudice",
        "porte préjudice",
    ),
    # « avoir une incidence sur »
    (
        "(5) Such rules should not affect the review of internal models by the supervisory authorities.",
        "(5) De telles règles ne devraient pas avoir d'incidence sur l'examen des modèles internes par les autorités "
        "de surveillance.",
        "ne devraient pas avoir d'incidence",
        "devraient avoir une incidence",
    ),
    # a saving of the other side answers one saving, not two
    (
        "1.   Without prejudice to Article 12, the closure of proceedings shall not prevent the continuation of other "
        "insolvency proceedings concerning the same debtor which are still open at that time.",
        "1.   Sans préjudice de l'article 12, la clôture de la procédure n'empêche pas la poursuite des autres "
        "procédures d'insolvabilité concernant le même débiteur qui sont encore ouvertes à ce moment.",
        "n'empêche pas",
        "empêche",
    ),
]


@pytest.mark.parametrize(("en", "fr", "neg", "bare"), _PAIRS)
def test_saving_against_its_verb_negated_is_faithful(en: str, fr: str, neg: str, bare: str) -> None:
    assert negations(en, fr) == []


@pytest.mark.parametrize(("en", "fr", "neg", "bare"), _PAIRS)
def test_saving_against_its_verb_said_bare_is_reported(en: str, fr: str, neg: str, bare: str) -> None:
    assert negations(en, fr.replace(neg, bare, 1)) != []


def test_assigned_is_no_hindrance() -> None:
    en = "This Regulation shall not affect the rules on the sums that are assigned to the reserve."
    fr = "Le présent règlement n'affecte pas les règles relatives aux sommes qui sont affectées à la réserve."
    assert negations(en, fr) == []


def test_bare_verb_against_bare_verb() -> None:
    en = "Such changes may affect the review of internal models."
    fr = "De telles modifications peuvent avoir une incidence sur l'examen des modèles internes."
    assert negations(en, fr) == []
    en = "This Regulation affects the rights of holders of earlier trade marks."
    fr = "Les droits des titulaires de marques antérieures sont affectés par le présent règlement."
    assert negations(en, fr) == []


def test_saving_said_otherwise_in_french() -> None:
    en = "This Regulation shall not affect the rights of holders of earlier trade marks."
    fr = "Le présent règlement est sans incidence sur les droits des titulaires de marques antérieures."
    assert negations(en, fr) == []
    fr = "Le présent règlement n'a aucune incidence sur les droits des titulaires de marques antérieures."
    assert negations(en, fr) == []


# The French saving against the English verb said bare: "shall impede", "shall hamper", "shall interfere with", or a
# verb said after "of itself", "per se" (32009L0072 Article 3, 32009R0715 Article 21, 32014L0059 Articles 4 and 40,
# 32011L0035 Article 22, 32017L1132 Article 12 in the wide corpus, their English "not" dropped).
_PAIRS_EN = [
    (
        "4.   The measures referred to in the first subparagraph shall be implemented in a transparent way and shall not "
        "impede the opening of the market provided for in Article 33.",
        "4.   Les mesures visées au premier alinéa sont mises en œuvre d'une manière transparente et n'empêchent pas "
        "l'ouverture du marché prévue à l'article 33.",
        "shall not impede",
        "shall impede",
    ),
    (
        "They shall avoid cross-subsidies between network users and shall not hamper the entry of new operators.",
        "Elles évitent les subventions croisées entre utilisateurs du réseau et n'empêchent pas l'entrée de nouveaux "
        "opérateurs.",
        "shall not hamper",
        "shall hamper",
    ),
    (
        "8.   The use of the tool shall not interfere with the ability of the resolution authority to control the "
        "institution.",
        "8.   L'utilisation de l'instrument ne porte pas atteinte à la capacité de l'autorité de résolution de contrôler "
        "l'établissement.",
        "shall not interfere",
        "shall interfere",
    ),
    (
        "3.   Nullity shall not of itself affect the validity of any commitments entered into by the company.",
        "3.   La nullité ne porte pas atteinte par elle-même à la validité des engagements pris par la société.",
        "shall not of itself",
        "shall of itself",
    ),
    (
        "Member States shall ensure that the application of simplified obligations shall not, per se, affect the "
        "powers of the competent authority.",
        "Les États membres veillent à ce que l'application d'obligations simplifiées en elle-même ne porte pas "
        "atteinte aux pouvoirs de l'autorité compétente.",
        "shall not, per se,",
        "shall, per se,",
    ),
]


@pytest.mark.parametrize(("en", "fr", "neg", "bare"), _PAIRS_EN)
def test_french_saving_against_its_verb_negated_is_faithful(en: str, fr: str, neg: str, bare: str) -> None:
    assert negations(en, fr) == []


@pytest.mark.parametrize(("en", "fr", "neg", "bare"), _PAIRS_EN)
def test_french_saving_against_its_verb_said_bare_is_reported(en: str, fr: str, neg: str, bare: str) -> None:
    assert negations(en.replace(neg, bare, 1), fr) != []


def test_english_verb_said_bare_on_both_sides() -> None:
    en = "Such measures may hamper the entry of new operators."
    fr = "De telles mesures peuvent entraver l'entrée de nouveaux opérateurs."
    assert negations(en, fr) == []
