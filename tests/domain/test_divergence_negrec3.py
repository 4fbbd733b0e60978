"""Words of turning a thing away at the same place of the two sides render each other (issue 15).

"shall not automatically preclude a situation from being characterised" / « n'entraîne pas automatiquement
l'exclusion de la situation », "The exemptions listed in paragraphs 2 and 3 shall not apply" / « Les exclusions
énumérées … ne s'appliquent pas », "the right to opt out" / « le droit de refus », "with the intention of excluding it
from the scope" / « avec l'intention de le soustraire à l'application »: a word of excluding, exempting, refusing,
preventing or prohibiting and one of another of these meanings at its place on the other side render each other,
as a word and its like do; neither answers a negation of the other side.  Else, with the English "not" dropped, the
English word answered the French « ne … pas » close by, and the English, which then affirms, went unreported.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import negations

# (faithful English, French, English with its "not" dropped)
_TURNED = [
    (
        # 32014l0067-a4-16: "preclude" / « l'exclusion »
        "4.   The failure to satisfy one or more of the factual elements set out in paragraphs 2 and 3 shall "
        "not automatically preclude a situation from being characterised as one of posting. The assessment of "
        "those elements shall be adapted to each specific case and take account of the specificities of the "
        "situation.",
        "4.   Le non-respect d'un ou de plusieurs des éléments factuels établis aux paragraphes 2 et 3 "
        "n'entraîne pas automatiquement l'exclusion de la situation considérée de la qualification de "
        "détachement. L'appréciation de ces éléments est adaptée à chaque cas particulier et tient compte des "
        "particularités de la situation.",
        "4.   The failure to satisfy one or more of the factual elements set out in paragraphs 2 and 3 shall "
        "automatically preclude a situation from being characterised as one of posting. The assessment of "
        "those elements shall be adapted to each specific case and take account of the specificities of the "
        "situation.",
    ),
    (
        # 32023r1114-a4-21: "exemptions" / « exclusions »
        "4.   The exemptions listed in paragraphs 2 and 3 shall not apply where the offeror, or another "
        "person acting on the offeror’s behalf, makes known in any communication its intention to seek "
        "admission to trading of a crypto-asset other than an asset-referenced token or e-money token.",
        "4.   Les exclusions énumérées aux paragraphes 2 et 3 ne s’appliquent pas lorsque l’offreur, ou une "
        "autre personne agissant pour le compte de l’offreur, fait connaître dans toute communication son "
        "intention de demander l’admission à la négociation d’un crypto-actif autre qu’un jeton se référant à "
        "un ou des actifs ou un jeton de monnaie électronique.",
        "4.   The exemptions listed in paragraphs 2 and 3 shall apply where the offeror, or another person "
        "acting on the offeror’s behalf, makes known in any communication its intention to seek admission to "
        "trading of a crypto-asset other than an asset-referenced token or e-money token.",
    ),
    (
        # 32025r0327-a71-18: "opt out" / « refus »
        "8.   When the purposes of the processing of personal electronic health data by a health data holder "
        "do not or no longer require the identification of a data subject by the controller, that health data "
        "holder shall not be obliged to maintain, acquire or process additional information in order to "
        "identify the data subject for the sole purpose of complying with the right to opt out under this "
        "Article.",
        "8.   Lorsque les finalités du traitement des données de santé électroniques à caractère personnel "
        "par un détenteur de données de santé ne nécessitent pas ou ne nécessitent plus l’identification "
        "d’une personne concernée par le responsable du traitement, ce détenteur de données de santé n’est "
        "pas tenu de conserver, d’acquérir ou de traiter des informations supplémentaires pour identifier la "
        "personne concernée à la seule fin de respecter le droit de refus prévu par le présent article.",
        "8.   When the purposes of the processing of personal electronic health data by a health data holder "
        "do not or no longer require the identification of a data subject by the controller, that health data "
        "holder shall be obliged to maintain, acquire or process additional information in order to identify "
        "the data subject for the sole purpose of complying with the right to opt out under this Article.",
    ),
    (
        # 32014l0025-a16-05: "excluding" / « soustraire »
        "3.   The choice of the method used to calculate the estimated value of a procurement shall not be "
        "made with the intention of excluding it from the scope of this Directive. A procurement shall not be "
        "subdivided with the effect of preventing it from falling within the scope of this Directive, unless "
        "justified by objective reasons.",
        "3.   Le choix de la méthode pour le calcul de la valeur estimée d’un marché ne peut être effectué "
        "avec l’intention de le soustraire à l’application de la présente directive. Une passation de marché "
        "ne peut être subdivisée de manière à l’empêcher de relever du champ d’application de la présente "
        "directive, sauf si des raisons objectives le justifient.",
        "3.   The choice of the method used to calculate the estimated value of a procurement shall be made "
        "with the intention of excluding it from the scope of this Directive. A procurement shall not be "
        "subdivided with the effect of preventing it from falling within the scope of this Directive, unless "
        "justified by objective reasons.",
    ),
]
_IDS = ["preclude / exclusion", "exemptions / exclusions", "opt out / refus", "excluding / soustraire"]


@pytest.mark.parametrize(("en", "fr", "dropped"), _TURNED, ids=_IDS)
def test_a_faithful_pair_with_words_of_turning_away_is_silent(en: str, fr: str, dropped: str) -> None:
    assert negations(en, fr) == []


@pytest.mark.parametrize(("en", "fr", "dropped"), _TURNED, ids=_IDS)
def test_a_word_of_turning_away_rendered_at_its_place_answers_no_negation(
    en: str, fr: str, dropped: str
) -> None:
    assert negations(dropped, fr) != []


# A bare « ne » before a form of « pouvoir » (« ne puisse », « ne puissent », « ne pourrait », « ne pouvait ») is a
# negation of its own in written French, as « ne peut » is: « à la condition toutefois que de telles déclarations ne
# puissent être exigées » / "provided that such statements are not required", « les États membres font en sorte que
# le bénéficiaire ne puisse appliquer des frais » / "shall ensure that the payee shall not request charges".  Not
# after a word of fear or risk, nor in a comparison, where it is the expletive « ne » (« le risque que les personnes
# ne puissent exercer leurs droits » / "put at risk the ability of natural persons to exercise").
_BARE_CAN = [
    (
        # 32006l0112-a268-01
        "Member States may require that taxable persons who, in their territory, make intra-Community acquisitions of "
        "goods, or transactions treated as such, pursuant to Articles 21 or 22, submit statements giving details of "
        "such acquisitions, provided, however, that such statements are not required in respect of a period of less "
        "than one month.",
        "Les États membres peuvent demander aux assujettis qui effectuent sur leur territoire des acquisitions "
        "intracommunautaires de biens ainsi que des opérations assimilées visées aux articles 21 et 22 de déposer des "
        "déclarations fournissant le détail de ces acquisitions, à la condition toutefois que de telles déclarations "
        "ne puissent être exigées pour des périodes inférieures à un mois.",
        "are not required",
        "are required",
    ),
    (
        # p6-eu-psd2-a62-04 (practice)
        "4.   In any case, Member States shall ensure that the payee shall not request charges for the use of payment "
        "instruments for which interchange fees are regulated under Chapter II of Regulation (EU) 2015/751 and for "
        "those payment services to which Regulation (EU) No 260/2012 applies.",
        "4.   En tout état de cause, les États membres font en sorte que le bénéficiaire ne puisse appliquer des frais "
        "au titre de l’utilisation d’instruments de paiement pour lesquels les commissions d’interchange sont "
        "réglementées par le chapitre II du règlement (UE) 2015/751 et pour les services de paiement auxquels "
        "s’applique le règlement (UE) no 260/2012.",
        "shall not request",
        "shall request",
    ),
    (
        # 32015r1588-r014 (its first sentence)
        "(14) In the sports sector, in particular in the field of amateur sport, a number of measures taken by Member "
        "States might not constitute aid because they do not fulfil all the criteria of Article 107(1) TFEU, for "
        "example because the beneficiary does not carry out an economic activity, or because there is no effect on "
        "trade between Member States.",
        "(14) Dans le domaine du sport, en particulier du sport amateur, il convient qu'un certain nombre de mesures "
        "prises par les États membres ne puissent constituer une aide, étant donné qu'elles ne satisfont pas à tous "
        "les critères visés à l'article 107, paragraphe 1, du TFUE, du fait par exemple que le bénéficiaire n'exerce "
        "pas d'activité économique ou parce qu'elles n'ont pas d'effet sur les échanges entre les États membres.",
        "they do not fulfil",
        "they fulfil",
    ),
]
_BARE_IDS = ["a la condition que ne puissent", "font en sorte que ne puisse", "il convient que ne puissent"]


@pytest.mark.parametrize(("en", "fr", "old", "new"), _BARE_CAN, ids=_BARE_IDS)
def test_a_bare_ne_of_pouvoir_answered_is_silent(en: str, fr: str, old: str, new: str) -> None:
    assert negations(en, fr) == []


@pytest.mark.parametrize(("en", "fr", "old", "new"), _BARE_CAN, ids=_BARE_IDS)
def test_a_bare_ne_of_pouvoir_is_a_negation_that_needs_an_answer(
    en: str, fr: str, old: str, new: str
) -> None:
    assert old in en
    assert negations(en.replace(old, new, 1), fr) != []


def test_a_bare_ne_of_pouvoir_after_a_word_of_risk_is_expletive() -> None:
    # p5-eu-led-r074 (practice, its first sentence)
    en = (
        "(74) Where personal data move across borders it may put at increased risk the ability of natural persons "
        "to exercise data protection rights to protect themselves from the unlawful use or disclosure of those data."
    )
    fr = (
        "(74) Lorsque des données à caractère personnel franchissent les frontières, cela peut accroître le risque "
        "que les personnes physiques ne puissent exercer leur droit à la protection des données pour se protéger de "
        "l'utilisation ou la divulgation illicite de ces dernières."
    )
    assert negations(en, fr) == []


def test_quelque_personne_is_no_negation() -> None:
    # 32025r2088-a1-03: « à quelque personne … que ce soit » is "to any person whatsoever", no « ne … personne »
    en = (
        "3.   Without prejudice to Articles 15 and 16 and the application of criminal law, no confidential "
        "information received by the persons referred to in paragraph 1 of this Article whilst performing their "
        "duties shall be divulged to any person or authority whatsoever, except in summary or aggregate form, such "
        "that individual financial institutions cannot be identified."
    )
    fr = (
        "3.   Sans préjudice des articles 15 et 16 et de l’application du droit pénal, aucune information "
        "confidentielle reçue par les personnes visées au paragraphe 1 du présent article dans l’exercice de leurs "
        "fonctions n’est divulguée à quelque personne ou autorité que ce soit, excepté sous une forme résumée ou "
        "agrégée telle que les établissements financiers individuels ne puissent être identifiés."
    )
    assert negations(en, fr) == []
