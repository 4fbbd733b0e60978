"""A sentence that opens with a quotation mark.  EU English quotes the term a sentence defines or uses between single
curly quotes ("‘Essential executory contracts’ shall be understood to mean …", "‘Programme’ shall have the same meaning
…"), where French opens the sentence with a word (« Les contrats à exécuter essentiels sont entendus … », « Le terme
«programme» a le même sens … »).  Such a sentence is a sentence of its own: read as the tail of the one before, the
English counts a sentence fewer, and a French text that lost its last sentence counts as many as the English."""

from __future__ import annotations

import pytest

from mou_review.domain.divergence import ClausePair, Severity, check_pair

# p5-eu-restructuring-a7-04 (Directive (EU) 2019/1023, Art. 7(4)), 32014l0025 Art. 21 point (i), 32014r0602 Art. 2.
_PAIRS = [
    (
        "4.   Member States shall provide for rules preventing creditors to which the stay applies from withholding "
        "performance or terminating, accelerating or, in any other way, modifying essential executory contracts to the "
        "detriment of the debtor, for debts that came into existence prior to the stay, solely by virtue of the fact "
        "that they were not paid by the debtor. ‘Essential executory contracts’ shall be understood to mean executory "
        "contracts which are necessary for the continuation of the day-to-day operations of the business, including "
        "contracts concerning supplies, the suspension of which would lead to the debtor's activities coming to a "
        "standstill.",
        [
            "4.   Les États membres prévoient des règles qui empêchent les créanciers auxquels la suspension s'applique "
            "de suspendre l'exécution de contrats à exécuter essentiels ou de le résilier, d'exécuter de manière "
            "anticipée ou, d'une quelconque autre façon, de modifier de tels contrats au détriment du débiteur, pour "
            "des dettes nées avant la suspension des poursuites individuelles, uniquement en raison du fait qu'elles "
            "n'ont pas été payées par le débiteur.",
            "Les contrats à exécuter essentiels sont entendus comme des contrats à exécuter nécessaires à la poursuite "
            "de la gestion courante de l'entreprise, y compris les livraisons dont la suspension conduirait à une "
            "paralysie des activités du débiteur.",
        ],
    ),
    (
        "(i) contracts for broadcasting time or programme provision that are awarded to audiovisual or radio media "
        "service providers. For the purposes of this point, ‘media service providers’ shall have the same meaning as "
        "pursuant to point (d) of Article 1(1) of Directive 2010/13/EU of the European Parliament and of the Council. "
        "‘Programme’ shall have the same meaning as pursuant to point (b) of Article 1(1) of that Directive, but shall "
        "also include radio programmes and radio programme materials. Furthermore, for the purposes of this "
        "provision, ‘programme material’ shall have the same meaning as ‘programme’.",
        [
            "i) concernant les temps de diffusion ou la fourniture de programmes qui sont attribués à des prestataires "
            "de services de médias audiovisuels ou à des organismes de radiodiffusion.",
            "Aux fins du présent point, les termes «fournisseurs de services de médias» revêtent le même sens qu’à "
            "l’article 1er, paragraphe 1, point d), de la directive 2010/13/UE du Parlement européen et du Conseil.",
            "Le terme «programme» a le même sens qu’à l’article 1er, paragraphe 1, point b), de ladite directive, mais "
            "il englobe également les programmes radiophoniques et le matériel pour programmes radiophoniques.",
            "En outre, aux fins de la présente disposition, l’expression «matériel de programmes» a le même sens que le "
            "terme «programme».",
        ],
    ),
    (
        "‘InfringementDurationyears ’ is the duration of the infringement, expressed in years, rounded down to the "
        "nearest 12-month period. This variable is equal to ‘0’ for an infringement of less than 12 months, equal to "
        "‘1’ for an infringement of more than 12 months but less than 24 months, equal to ‘2’ for an infringement of "
        "more than 24 months but less than 36 months, etc. The duration shall generally be measured from the start of "
        "the infringement for the securitisation, although competent authorities, taking account of the specificities "
        "of the securitisation, may impose other starting points. ‘Infringement’ shall mean the breach of one or more "
        "of the requirements set out in Article 405, 406 or 409 capable of triggering an additional risk weight. The "
        "infringement shall turn into a ‘subsequent infringement’ when time passes without rectifying the "
        "infringement, leading to a progressive increase of the additional risk weight.",
        [
            "«InfringementDurationyears » est la durée du manquement, exprimée en années, arrondie au nombre entier "
            "inférieur de périodes de 12 mois le plus proche.",
            "Cette variable est égale à «0» pour un manquement de moins de 12 mois, égale à «1» pour un manquement de "
            "plus de 12 mois, mais inférieur à 24 mois, égale à «2» pour un manquement de plus de 24 mois mais "
            "inférieur à 36 mois, etc.",
            "La durée est généralement mesurée à partir du début du manquement pour la titrisation, les autorités "
            "compétentes pouvant néanmoins, en tenant compte des spécificités de la titrisation, imposer d'autres "
            "points de départ.",
            "On entend par «manquement» le non-respect d'une ou de plusieurs des exigences énoncées aux articles 405, "
            "406 ou 409 susceptible d'entraîner une pondération de risque supplémentaire.",
            "Le manquement devient un «manquement suivant» lorsque le temps passe sans que le manquement ne soit "
            "rectifié, ce qui conduit à une augmentation progressive de la pondération de risque supplémentaire.",
        ],
    ),
]


def sentence_findings(en: str, fr: str) -> list[str]:
    """Return the keys of the sentence findings at warning or error on a pair."""
    return [
        f.key
        for f in check_pair(ClausePair(en, fr))
        if f.key.startswith("structure_mismatch:sentences") and f.severity is not Severity.INFO
    ]


@pytest.mark.parametrize(("en", "fr"), _PAIRS)
def test_the_last_french_sentence_lost_is_found(en: str, fr: list[str]) -> None:
    assert sentence_findings(en, " ".join(fr[:-1]))


@pytest.mark.parametrize(("en", "fr"), _PAIRS)
def test_the_official_pair_is_silent(en: str, fr: list[str]) -> None:
    assert sentence_findings(en, " ".join(fr)) == []


def test_a_sentence_opened_by_a_quotation_mark_that_french_joins_is_not_reported() -> None:
    """Two English sentences that French writes as one, as long as usual: joined, not lost."""
    en = (
        "The competent authority shall publish the list of approved schemes on its website. ‘Approved scheme’ means a "
        "scheme that the competent authority has found to meet the requirements of this Article."
    )
    fr = (
        "L’autorité compétente publie sur son site internet la liste des régimes approuvés, un «régime approuvé» "
        "s’entendant d’un régime dont l’autorité compétente a constaté qu’il satisfait aux exigences du présent article."
    )
    assert sentence_findings(en, fr) == []
