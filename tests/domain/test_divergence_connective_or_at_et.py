"""The "or" of a condition that answers a French « et » though the two join alike words on one side only (issue 15).

French words a condition in other words than English ("the same subject matter or cause of action" / « le même objet
et la même cause »): the words after the connective, or before it, differ, and the "or" joins the very words of the
« et » on one side only.  Where each is the nearest connective of its side to the other, at the same place in the
sentence, both in a condition, the two answer each other, whatever else the sentence counts.  The sentences are those
of the wide corpus (Regulation (EC) No 207/2009, Regulation (EU) No 1095/2010, Regulation (EU) 2025/723, Directive
2014/59/EU), with "and" made "or" where a test says so; the silent ones are official pairs as they stand (Directive
2005/60/EC, Directive 2014/59/EU, Directive (EU) 2019/878 of the practice set, Directive 2009/73/EC).
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import blocking_keys

# (English with {conn} where the official text says "and", the official French)
_CONDITIONS = [
    (
        # Regulation (EC) No 207/2009, Article 56(3)
        "3.   An application for revocation or for a declaration of invalidity shall be inadmissible if an application "
        "relating to the same subject matter {conn} cause of action, and involving the same parties, has been "
        "adjudicated on by a court in a Member State and has acquired the authority of a final decision.",
        "3.   La demande en déchéance ou en nullité est irrecevable si une demande ayant le même objet et la même "
        "cause a été tranchée entre les mêmes parties par une juridiction d'un État membre et que cette décision a "
        "acquis l'autorité de la chose jugée.",
    ),
    (
        # Regulation (EU) No 1095/2010, recital 12 (its last sentence)
        "In cases where a temporary prohibition or restriction of certain financial activities has a cross-sectoral "
        "impact, sectoral legislation should provide that the Authority should consult and coordinate its action "
        "with, where relevant, the European Supervisory Authority (European Banking Authority) {conn} the European "
        "Supervisory Authority (European Insurance and Occupational Pensions Authority), through the Joint "
        "Committee.",
        "Dans les cas où une interdiction ou une restriction temporaire de certaines activités financières a des "
        "effets transsectoriels, la législation sectorielle devrait prévoir que, le cas échéant, l’Autorité consulte "
        "et coordonne son action avec l’Autorité européenne de surveillance (Autorité bancaire européenne) et "
        "l’Autorité européenne de surveillance (Autorité européenne des assurances et des pensions "
        "professionnelles), par l’intermédiaire du comité mixte.",
    ),
    (
        # Regulation (EU) 2025/723, Article 8(2)(a)
        "(a) shall acknowledge the origin of the support and ensure the visibility of the Union support, in "
        "particular when promoting the use of alternative fuels {conn} the results from this use, by providing "
        "coherent, effective and targeted information to various audiences, including to passengers, the media and "
        "the public, and in the commercial aircraft operator’s sustainability statements and annual reports;",
        "a) ils font état de l’origine du soutien et assurent la visibilité du financement de l’Union, en "
        "particulier lorsqu’il s’agit de promouvoir l’utilisation de carburants de substitution et les résultats de "
        "cette utilisation, en fournissant des informations cohérentes, efficaces et ciblées aussi bien à divers "
        "publics, notamment aux passagers, aux médias et au grand public, que dans leurs états de durabilité et "
        "leurs rapports annuels;",
    ),
    (
        # Directive 2014/59/EU, Article 32(4), point (d)
        "(d) extraordinary public financial support is required except when, in order to remedy a serious "
        "disturbance in the economy of a Member State {conn} preserve financial stability, the extraordinary public "
        "financial support takes any of the following forms:",
        "d) un soutien financier public exceptionnel est requis, excepté les cas dans lesquels, afin d’empêcher ou "
        "de remédier à une perturbation grave de l’économie d’un État membre et de préserver la stabilité "
        "financière, ce soutien prend l’une des formes suivantes:",
    ),
]

# Official pairs whose English "or" stands where the French says « et », and which say the same.
_FAITHFUL = [
    (
        # Directive 2005/60/EC, Article 15(1): two nouns under one determiner, listed either way.
        "1.   Where a Member State permits credit and financial institutions referred to in Article 2(1)(1) "
        "or (2) situated in its territory to be relied on as a third party domestically, that Member State "
        "shall in any case permit institutions and persons referred to in Article 2(1) situated in its "
        "territory to recognise and accept, in accordance with the provisions laid down in Article 14, the "
        "outcome of the customer due diligence requirements laid down in Article 8(1)(a) to (c), carried out "
        "in accordance with this Directive by an institution referred to in Article 2(1)(1) or (2) in another "
        "Member State, with the exception of currency exchange offices and money transmission or remittance "
        "offices, and meeting the requirements laid down in Articles 16 and 18, even if the documents or data "
        "on which these requirements have been based are different to those required in the Member State to "
        "which the customer is being referred.",
        "1.   Lorsqu'un État membre permet de recourir aux établissements de crédit ou financiers visés à "
        "l'article 2, paragraphe 1, point 1) ou 2), situés sur son territoire en tant que tiers au niveau "
        "national, cet État membre permet en toutes circonstances aux établissements et personnes visés à "
        "l'article 2, paragraphe 1, situés sur son territoire de reconnaître et d'accepter, conformément à "
        "l'article 14, les résultats des mesures de vigilance à l'égard de la clientèle prévues à l'article "
        "8, paragraphe 1, points a) à c), appliquées conformément à la présente directive par des "
        "établissements visés à l'article 2, paragraphe 1, point 1) ou 2), situés sur le territoire d'un "
        "autre État membre (à l'exception des bureaux de change et des sociétés de transfert de fonds) qui "
        "satisfont aux obligations prévues aux articles 16 et 18, même si les documents et les données sur "
        "lesquels portent ces obligations sont différents de ceux requis dans l'État membre auquel le client "
        "s'adresse.",
    ),
    (
        # Directive 2014/59/EU, recital 114 (its first sentence): a relative "when" after a noun of time.
        "(114) The power to adopt acts in accordance with Article 290 TFEU should be delegated to the "
        "Commission in order to specify the criteria for defining ‘critical functions’ and ‘core business "
        "lines’ for the purposes of this Directive; the circumstances when exclusion of liabilities from the "
        "write down or conversion requirements under this Directive is necessary; the classes of arrangement "
        "for which Member States should ensure appropriate protection in partial transfers; the manner in "
        "which institutions’ contributions to resolution financing arrangements should be adjusted in "
        "proportion to their risk profile; the registration, accounting, reporting obligations and other "
        "obligations intended to ensure that the ex-ante contributions are effectively paid; and the "
        "circumstances in which and conditions subject to which an institution may be temporarily exempted "
        "from paying ex-post contributions.",
        "(114) Il convient de déléguer à la Commission le pouvoir d’adopter des actes conformément à "
        "l’article 290 du traité sur le fonctionnement de l’Union européenne afin de préciser les critères "
        "définissant des «fonctions critiques» et des «activités fondamentales» aux fins de la présente "
        "directive; les circonstances dans lesquelles l’exclusion d’éléments de passif des exigences de "
        "dépréciation et de conversion est nécessaire en vertu de la présente directive; les types de "
        "dispositifs pour lesquels les États membres devraient assurer une protection adéquate lors de "
        "transferts partiels; la façon d’ajuster les contributions des établissements aux dispositifs de "
        "financement pour la résolution en proportion de leur profil de risque; les obligations en matière "
        "d’enregistrement, de comptabilité, de fourniture d’informations et toute autre obligation destinée à "
        "assurer que les contributions ex ante sont effectivement payées, et les circonstances et les "
        "conditions dans lesquelles un établissement peut être temporairement exempté du paiement des "
        "contributions ex post.",
    ),
    (
        # Directive (EU) 2019/878 (CRD V), Article 1, point (5) (the first sentence of the paragraph it inserts):
        # examples ("in particular") listed either way.
        "‘6.   Where a review, in particular the evaluation of the governance arrangements, the business model, or the "
        "activities of an institution, gives competent authorities reasonable grounds to suspect that, in connection "
        "with that institution, money laundering or terrorist financing is being or has been committed or attempted, "
        "or there is increased risk thereof, the competent authority shall immediately notify EBA and the authority "
        "or body that supervises the institution in accordance with Directive (EU) 2015/849 and is competent for "
        "ensuring compliance with that Directive.",
        "«6.   Lorsqu'un contrôle, en particulier l'évaluation des dispositifs de gouvernance, du modèle d'entreprise et "
        "des activités d'un établissement, donne aux autorités compétentes des motifs raisonnables de soupçonner que, "
        "en lien avec cet établissement, une opération ou une tentative de blanchiment de capitaux ou de financement "
        "du terrorisme est en cours ou a eu lieu ou que le risque d'une telle opération ou tentative est renforcé, "
        "l'autorité compétente informe immédiatement l'ABE et l'autorité ou l'organisme chargé d'assurer la "
        "surveillance de l'établissement conformément à la directive (UE) 2015/849 et de veiller au respect de ladite "
        "directive.",
    ),
    (
        # Directive 2009/73/EC, Article 46(1): French lists the events that open the case after « en cas de ».
        "1.   In the event of a sudden crisis in the energy market or where the physical safety or security of "
        "persons, apparatus or installations or system integrity is threatened, a Member State may temporarily take "
        "the necessary safeguard measures.",
        "1.   En cas de crise soudaine sur le marché de l’énergie et de menace pour la sécurité physique ou la sûreté "
        "des personnes, des appareils ou installations, ou encore l’intégrité du réseau, un État membre peut prendre "
        "temporairement les mesures de sauvegarde nécessaires.",
    ),
]


def connectives(en: str, fr: str) -> list[str]:
    """Return the keys of the connective findings at warning or error on a pair."""
    return blocking_keys(en, fr, "obligation_mismatch:connective")


@pytest.mark.parametrize(("en", "fr"), _CONDITIONS)
def test_or_of_a_condition_at_the_place_of_an_et_alike_on_one_side_is_reported(en: str, fr: str) -> None:
    assert connectives(en.format(conn="or"), fr) == ["obligation_mismatch:connective:or|et"]


@pytest.mark.parametrize(("en", "fr"), _CONDITIONS)
def test_the_official_and_is_silent(en: str, fr: str) -> None:
    assert connectives(en.format(conn="and"), fr) == []


@pytest.mark.parametrize(("en", "fr"), _FAITHFUL)
def test_official_pairs_that_say_the_same_are_silent(en: str, fr: str) -> None:
    assert connectives(en, fr) == []


def test_an_et_outside_any_french_condition_is_silent() -> None:
    en, fr = _CONDITIONS[2]
    fr = fr.replace("en particulier lorsqu’il s’agit de promouvoir", "en particulier pour promouvoir")
    assert connectives(en.format(conn="or"), fr) == []


def test_an_et_nearer_another_english_connective_is_silent() -> None:
    en, fr = _CONDITIONS[3]
    # the « et » moved to the end of the sentence, where no English connective stands
    fr = fr.replace("État membre et de préserver", "État membre, de préserver").replace(
        "formes suivantes:", "formes suivantes et les autres:"
    )
    assert connectives(en.format(conn="or"), fr) == []
