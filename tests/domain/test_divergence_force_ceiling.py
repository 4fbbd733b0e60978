"""obligation_mismatch, force: a duty whose object is a ceiling ("The vouchers shall cover up to 50 % of the eligible
costs" / « Les bons peuvent couvrir jusqu'à 50 % des coûts admissibles »).  A verb of extent (« aller », « atteindre »,
« couvrir », « s'élever », « représenter ») whose object is "up to X" grants at most X: nothing is required beyond the
ceiling, and French drafting says that range of values as a possibility of the quantity (« peut aller jusqu'à 180 »,
« peut couvrir jusqu'à 50 % »), as it does with the participle (« amendes pouvant s'élever jusqu'à »).  The bound is
compared; the modal neither grants anything nor needs an answer.  The same modal keeps its force without the ceiling
("shall cover 50 %" / « peut couvrir 50 % »), before a verb of change ("shall be increased up to 60 %" / « peut être
majorée jusqu'à 60 % »: the increase itself is granted) and before an act of an agent ("shall hold up to 15 %" /
« peut placer jusqu'à 15 % »)."""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import blocking_keys

# Real pairs: Commission Regulation (EU) 2023/1315, Article 1 (point 4 of an amended Article on broadband vouchers),
# and Directive 2006/48/EC, Article 154(7).
_VOUCHERS_EN = (
    "4.   The vouchers shall cover up to 50 % of the eligible costs. Eligible costs are the monthly fee, the standard "
    "set-up costs and the necessary terminal equipment for the end users to use the broadband services with the "
    "speeds specified in paragraph 3."
)
_VOUCHERS_FR = (
    "4.   Les bons peuvent couvrir jusqu’à 50 % des coûts admissibles. Les coûts admissibles sont la redevance "
    "mensuelle, les coûts d’installation standard et l’équipement terminal nécessaire pour permettre aux utilisateurs "
    "finaux d’utiliser les services à haut débit aux vitesses spécifiées au paragraphe 3."
)
_DAYS_EN = (
    "7.   Until 31 December 2011, for corporate exposures, the competent authorities of each Member State may set the "
    "number of days past due that all credit institutions in its jurisdiction shall abide by under the definition of "
    "‘default’ set out in Annex VII, Part 4, point 44 for exposures to such counterparts situated within this Member "
    "State. The specific number shall fall within 90‐ up to a figure of 180 days if local conditions make it "
    "appropriate. For exposures to such counterparts situated in the territories of other Member States, the "
    "competent authorities shall set a number of days past due which is not higher than the number set by the "
    "competent authority of the respective Member State."
)
_DAYS_FR = (
    "7.   Jusqu'au 31 décembre 2011, pour les expositions sur des entreprises, les autorités compétentes de chaque État "
    "membre peuvent fixer le nombre de jours d'arriéré que tous les établissements de crédit établis dans cet État "
    "membre doivent respecter au titre de la définition du défaut énoncée à l'annexe VII, partie 4, point 44, "
    "lorsque les contreparties sont également établies dans cet État membre. Ce nombre de jours est de 90 au minimum "
    "et peut aller jusqu'à 180 si les conditions locales le justifient. Pour les expositions sur de telles "
    "contreparties établies sur le territoire d'autres États membres, les autorités compétentes fixent un nombre de "
    "jours d'arriéré qui ne peut être supérieur à celui fixé par les autorités compétentes de l'autre État membre "
    "considéré."
)


@pytest.mark.parametrize(
    ("en", "fr"), [(_VOUCHERS_EN, _VOUCHERS_FR), (_DAYS_EN, _DAYS_FR)], ids=["vouchers", "days-past-due"]
)
def test_a_duty_up_to_a_ceiling_is_the_french_possibility_of_reaching_it(en: str, fr: str) -> None:
    assert blocking_keys(en, fr, "obligation_mismatch:force") == []


def test_the_union_contribution_said_with_atteindre() -> None:
    en = "The Union's financial contribution shall cover up to 50 % of the costs of the action."
    fr = "La contribution financière de l'Union peut atteindre jusqu'à 50 % des coûts de l'action."
    assert blocking_keys(en, fr, "obligation_mismatch:force") == []


def test_a_duty_without_a_ceiling_still_faces_the_french_possibility() -> None:
    en = "The vouchers shall cover 50 % of the eligible costs."
    fr = "Les bons peuvent couvrir 50 % des coûts admissibles."
    assert blocking_keys(en, fr, "obligation_mismatch:force") != []


def test_a_verb_of_change_up_to_a_ceiling_keeps_its_modal() -> None:
    en = "The aid intensity shall be increased up to 60 % where two Member States provide the funding."
    fr = "L'intensité de l'aide peut être majorée jusqu'à 60 % lorsque deux États membres fournissent le financement."
    assert blocking_keys(en, fr, "obligation_mismatch:force") != []


def test_an_act_of_an_agent_up_to_a_ceiling_keeps_its_modal() -> None:
    en = "A feeder UCITS shall hold up to 15 % of its assets in ancillary liquid assets."
    fr = "Un OPCVM nourricier peut placer jusqu'à 15 % de ses actifs dans des liquidités à titre accessoire."
    assert blocking_keys(en, fr, "obligation_mismatch:force") != []


def test_a_french_duty_up_to_a_ceiling_against_a_possibility_is_still_caught() -> None:
    en = "The vouchers may cover up to 50 % of the eligible costs, and the Member State shall pay them."
    fr = "Les bons peuvent couvrir jusqu'à 50 % des coûts admissibles, et l'État membre peut les verser."
    assert blocking_keys(en, fr, "obligation_mismatch:force") != []
