"""obligation_mismatch, force: the permission of a main clause answers the other side's main clause first.  A modal of
a relative clause ("in accordance with conditions which they may lay down", « que les autorités compétentes peuvent
n'infliger aucune sanction ») describes what the clause grants; standing nearer to the other side's main modal than the
main modal of its own side, it must not take that counterpart away and leave the grant unanswered."""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import force


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            # 32006l0112, Article 238(1)
            "1.   After consulting the VAT Committee, Member States may, in accordance with conditions which they may "
            "lay down, provide that in the following cases some of the information required under Article 226 and "
            "230, subject to options taken up by Member States under Articles 227, 228 and 231, need not be entered "
            "on invoices in respect of supplies of goods or services in their territory:",
            "1.   Après consultation du comité de la TVA et dans les conditions qu'ils fixent, les États membres "
            "peuvent prévoir que, sur les factures relatives à des livraisons de biens ou des prestations de services "
            "effectuées sur leur territoire, ne doivent pas figurer certains des éléments prévus aux articles 226 et "
            "230, sous réserve des dispositions que les États membres ont la faculté d'adopter en vertu des articles "
            "227, 228 et 231, dans les cas suivants:",
        ),
        (
            # 32019l0001, Article 23(3)
            "3.   In order to ensure conformity with the existing basic principles of their legal system, by way of "
            "derogation from paragraph 2, Member States may provide that the competent authorities are able not to "
            "impose a sanction or only to mitigate the sanction to be imposed in criminal proceedings to the extent "
            "that the contribution of the individuals, referred to in paragraph 2, to the detection and investigation "
            "of the secret cartel outweighs the interest in prosecuting and/or sanctioning those individuals.",
            "3.   Afin d'assurer le respect des principes de base existant dans leur système juridique, les États "
            "membres peuvent prévoir, par dérogation au paragraphe 2, que les autorités compétentes peuvent n'infliger "
            "aucune sanction ou peuvent seulement atténuer la sanction à infliger dans le cadre de procédures pénales, "
            "dans la mesure où l'intérêt que présente la contribution des personnes, visées au paragraphe 2, à la "
            "détection et à l'enquête concernant l'entente secrète l'emporte sur l'intérêt qu'il y à poursuivre et/ou "
            "à sanctionner ces personnes.",
        ),
    ],
)
def test_a_main_permission_answers_the_main_permission_first(en: str, fr: str) -> None:
    assert force(en, fr) == []


def test_a_main_permission_turned_into_a_duty_still_fires() -> None:
    # the relative clause's modal says nothing of the main clause's force
    assert force(
        "1.   After consulting the VAT Committee, Member States may, in accordance with conditions which they may "
        "lay down, provide that some of the information need not be entered on invoices:",
        "1.   Après consultation du comité de la TVA et dans les conditions qu'ils fixent, les États membres doivent "
        "prévoir que certains des éléments ne doivent pas figurer sur les factures:",
    )


def test_a_duty_against_a_main_permission_far_from_the_english_modal_still_fires() -> None:
    # 32014r0596, Article 19(10), its "may provide" turned into "shall provide": the English modal of the that-clause
    # answers the French modal of its own clause (« qu'une autorité compétente peut publier »), not the « peut
    # prévoir » of the main clause, which faces the "shall"
    assert force(
        "Alternatively, national law shall provide that a competent authority may itself make public the information.",
        "À titre de solution de substitution, le droit national peut prévoir qu'une autorité compétente peut publier "
        "elle-même les informations.",
    )
