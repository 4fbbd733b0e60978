"""An English "or" that closes a list of three or more members where French closes the same list by « et », anchored by
the list's members (issue 15).

A list is said in the same order in both texts, each member apart by its comma: "payment, clearing or settlement
systems" / « systèmes de paiement, de compensation et de règlement ».  The comma cuts the connective off from all
members but the one right before it, so the words it joins may look alike on neither side; the members before them,
alike at the same place counted back from the connective, anchor it in a sentence of many connectives as those words
would.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import connectives

# (English with {conn} where the French closes the list by « et », the French), as the official texts say them
_LISTS = [
    (
        "6.   Member States shall ensure that a purchaser or bridge undertaking as referred to in paragraph 1 may continue "
        "to exercise the rights of membership and access to, where relevant, payment, clearing {conn} settlement systems, "
        "stock exchanges and insurance guarantee schemes of the undertaking under resolution, provided that that "
        "purchaser or bridge undertaking meets the membership and participation criteria for participation in such "
        "systems.",
        "6.   Les États membres veillent à ce que l’acquéreur ou l’entreprise-relais visés au paragraphe 1 puissent, le "
        "cas échéant, continuer d’exercer les droits d’affiliation et d’accès aux systèmes de paiement, de compensation "
        "et de règlement, aux bourses et aux régimes de garantie des assurances, de l’entreprise soumise à la procédure "
        "de résolution, à condition qu’ils remplissent les critères d’affiliation et de participation à de tels "
        "systèmes.",
    ),
    (
        "(f) provide targeted and proportionate support to an SME which is a business partner of the company, where "
        "necessary in light of the resources, knowledge {conn} constraints of the SME, including by providing or "
        "enabling access to capacity-building, training or upgrading management systems, and, where compliance with the "
        "code of conduct or the corrective action plan would jeopardise the viability of the SME, by providing targeted "
        "and proportionate financial support, such as direct financing, low-interest loans, guarantees of continued "
        "sourcing, or assistance in securing financing;",
        "f) fournir un soutien ciblé et proportionné à une PME qui est un partenaire commercial de l’entreprise, si cela "
        "est nécessaire à la lumière des ressources, des connaissances et des contraintes de la PME, y compris en lui "
        "donnant accès à des possibilités de renforcement des capacités, de formation ou de mise à niveau des systèmes "
        "de gestion ou en facilitant un tel accès et, lorsque le respect du code de conduite ou du plan de mesures "
        "correctives compromettrait la viabilité de la PME, en lui fournissant un soutien financier ciblé et "
        "proportionné, par exemple un financement direct, des prêts à taux d’intérêt réduit, des garanties quant au "
        "maintien de l’approvisionnement ou une aide à l’obtention d’un financement;",
    ),
    (
        "(40) Since cooperation between the Agency and the national competent authorities is essential in order to "
        "ensure a high and uniform level of safety in the Union, where certification, oversight, {conn} enforcement tasks "
        "are reallocated from national competent authorities to the Agency in respect of organisations that have a "
        "substantial proportion of facilities and personnel in more than one Member State, such reallocation should not "
        "endanger the sustainability of national competent authorities in terms of their knowledge, skills, resources "
        "and economic viability, should not generate forms of competition between the Agency and national competent "
        "authorities and should not affect the independence of the Agency when conducting standardisation inspections "
        "for the purpose of verifying the uniform implementation of this Regulation.",
        "(40) Étant donné que la coopération entre l'Agence et les autorités nationales compétentes est essentielle afin "
        "de garantir un niveau élevé et uniforme de sécurité dans l'Union, lorsque des tâches de certification, de "
        "supervision et de contrôle de l'application sont réattribuées à l'Agence par des autorités nationales "
        "compétentes à l'égard d'organismes dont une part importante des installations et du personnel se situe dans "
        "plus d'un État membre, cette réattribution ne devrait pas porter atteinte à la viabilité des autorités "
        "nationales compétentes sur le plan de leurs connaissances, compétences et ressources, ainsi qu'en termes "
        "économiques, ne devrait pas générer des formes de concurrence entre l'Agence et les autorités nationales "
        "compétentes, et ne devrait pas nuire à l'indépendance de l'Agence lorsqu'elle mène des inspections de "
        "normalisation aux fins de vérifier la mise en œuvre uniforme du présent règlement.",
    ),
]
_IDS = ["payment-systems", "sme-resources", "agency-tasks"]


@pytest.mark.parametrize(("en", "fr"), _LISTS, ids=_IDS)
def test_an_or_closing_a_list_whose_members_are_alike_against_et_is_reported(en: str, fr: str) -> None:
    assert connectives(en.format(conn="or"), fr) == ["obligation_mismatch:connective:or|et"]


@pytest.mark.parametrize(("en", "fr"), _LISTS, ids=_IDS)
def test_the_official_and_is_silent(en: str, fr: str) -> None:
    assert connectives(en.format(conn="and"), fr) == []


def test_a_list_whose_members_differ_before_the_connective_is_not_anchored_by_them() -> None:
    # The same sentence with the French list's first member another word: nothing but the place anchors the « et ».
    en, fr = _LISTS[0]
    fr = fr.replace("systèmes de paiement,", "systèmes de virement,")
    assert connectives(en.format(conn="or"), fr) == []
