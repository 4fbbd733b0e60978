"""The connective right after the negation of a verb: "not A or B" is neither, « ne … pas A et B » not both (issue 15).

Under a negation the checker compares no connective: "without delay and cost" / « sans délai ni coût », a list that a
negated verb governs from afar ("does not remedy the deficiencies or potential impediments" / « ne permet pas de
remédier aux lacunes et obstacles »).  Yet the two words that follow the negated verb right away keep their connective in
both languages: in the wide corpus "not A or B" is said « ne … pas A ou B » some 190 times and « ne … pas A et B » about
once, "not A and B" « ne … pas A et B » some 70 times and « ne … pas A ou B » about once.  "If that registry is not
operated or maintained in accordance with this Regulation" (neither) against « si ledit registre n'est pas géré et tenu
conformément » (not both) suspends the registry in different cases.  The official texts below say "and"; each "or" is
what "and" made "or" looks like, caught nowhere else.
"""

from __future__ import annotations

from tests.domain.divergence_keys import connectives

# 32019r1122-a68-01 (Union Registry), 32004r2216-a6-05 (registries), 32025r1190-a11-10 (TLPT), official texts.
_REGISTRY_EN = (
    "1.   The Commission may instruct the central administrator to temporarily suspend the acceptance by the EUTL of "
    "some or all processes originating from the Union Registry if it is not operated {conn} maintained in accordance "
    "with the provisions of this Regulation. It shall immediately notify national administrators concerned."
)
_REGISTRY_FR = (
    "1.   La Commission peut donner instruction à l'administrateur central de suspendre temporairement l'acceptation "
    "par l'EUTL de certains ou de la totalité des processus ayant pour origine le registre de l'Union, si celui-ci "
    "n'est pas géré {conn} tenu conformément aux dispositions du présent règlement. Elle en informe immédiatement les "
    "administrateurs nationaux concernés."
)
_LINK_EN = (
    "The Commission may instruct the Central Administrator to temporarily suspend the communication link between a "
    "registry and the Community independent transaction log or to suspend all or some of the processes referred to in "
    "Annexes VIII and IX, if that registry is not operated {conn} maintained in accordance with the provisions of this "
    "Regulation."
)
_LINK_FR = (
    "La Commission peut donner à l'administrateur central instruction de suspendre temporairement le lien de "
    "communication entre un registre et le journal des transactions communautaire indépendant, ou de suspendre en "
    "totalité ou partiellement les processus visés aux annexes VIII et IX, si ledit registre n'est pas géré {conn} "
    "tenu conformément aux dispositions du présent règlement."
)
_TLPT_EN = (
    "10.   Under exceptional circumstances triggering risks of impact on data, damage to assets, and disruption to "
    "critical or important functions, services or operations of the financial entity itself, of its ICT third-party "
    "service providers or ICT intragroup services providers, or disruptions to its counterparts or to the financial "
    "sector, the control team lead may suspend the TLPT, or, as a last resort, where the continuation of the TLPT is "
    "not otherwise possible {conn} subject to prior validation by the TLPT authority, continue the TLPT using a limited "
    "purple teaming exercise."
)
_TLPT_FR = (
    "10.   Dans des circonstances exceptionnelles entraînant des risques d’incidence sur les données, de dommages aux "
    "actifs et de perturbation des fonctions, services ou opérations critiques ou importants de l’entité financière "
    "elle-même, de ses prestataires tiers de services TIC ou de ses prestataires de services TIC intra-groupe, ou de "
    "perturbations pour ses contreparties ou le secteur financier, le chef de l’équipe chargée du contrôle peut "
    "suspendre le TIFM ou, en dernier recours, si la poursuite du TIFM n’est pas possible autrement {conn} sous réserve "
    "de validation préalable par l’autorité TIFM, poursuivre le TIFM dans le cadre d’un exercice restreint de "
    "collaboration violette."
)
_PAIRS = ((_REGISTRY_EN, _REGISTRY_FR), (_LINK_EN, _LINK_FR), (_TLPT_EN, _TLPT_FR))


def test_or_right_after_a_negated_verb_against_et_is_reported() -> None:
    for en, fr in _PAIRS:
        assert connectives(en.format(conn="or"), fr.format(conn="et")) == [
            "obligation_mismatch:connective:or|et"
        ]


def test_the_official_texts_and_the_same_connective_are_silent() -> None:
    for en, fr in _PAIRS:
        assert connectives(en.format(conn="and"), fr.format(conn="et")) == []
        assert connectives(en.format(conn="or"), fr.format(conn="ou")) == []


def test_and_right_after_a_negated_verb_against_ou_stays_silent() -> None:
    # Only "or" against « et », the change of "and" made "or": "and" against « ou » under a negation stays uncompared.
    for en, fr in _PAIRS:
        assert connectives(en.format(conn="and"), fr.format(conn="ou")) == []


def test_a_list_the_negated_verb_governs_from_afar_stays_silent() -> None:
    # 32014l0059-a6-10: "does not adequately remedy the deficiencies or potential impediments" / « ne permet pas de
    # remédier efficacement aux lacunes et obstacles »: the list is the object of the negated verb, four words on; it
    # names one set of faults, whichever connective.
    en = (
        "6.   If the institution fails to submit a revised recovery plan, or if the competent authority determines "
        "that the revised recovery plan does not adequately remedy the deficiencies or potential impediments "
        "identified in its original assessment, and it is not possible to adequately remedy the deficiencies or "
        "impediments through a direction to make specific changes to the plan, the competent authority shall require "
        "the institution to identify within a reasonable timeframe changes it can make to its business in order to "
        "address the deficiencies in or impediments to the implementation of the recovery plan."
    )
    fr = (
        "6.   Si l’établissement ne soumet pas de plan de redressement révisé, ou si l’autorité compétente constate que "
        "son plan de redressement révisé ne permet pas de remédier efficacement aux lacunes et obstacles relevés lors "
        "de son évaluation initiale, et s’il n’est pas possible d’éliminer efficacement les lacunes ou obstacles par "
        "une injonction d’apporter des modifications spécifiques au plan, l’autorité compétente exige de "
        "l’établissement qu’il détermine, dans un délai raisonnable, les changements qu’il peut apporter à ses "
        "activités afin de remédier aux obstacles ou lacunes à la mise en œuvre du plan de redressement."
    )
    assert connectives(en, fr) == []
