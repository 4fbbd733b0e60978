"""The "or" of a condition between provisions cited in brackets, said « et » in French (issue 15).

"Where the undertaking referred to in points (a), (b) or (c)" names each provision the condition may rest on; French
spells the citation out (« points a), b) ou c) ») and keeps its connective.  The numbers or letters on each side of
the connective anchor it where the words :func:`connectives._joins` reads are cut off by the brackets.  The sentences
are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import connectives

# (English with {conn}, French with « et »)
_CONDITIONS = [
    (
        "Where the undertaking referred to in points (b), (c) {conn} (d) of paragraph 1 is controlled by a regional or "
        "local authority, the supervisory and audit bodies of that authority and the network operator shall not be "
        "regarded as one and the same person.",
        "Lorsque l'entreprise visée au paragraphe 1, points b), c) et d), est contrôlée par une autorité régionale ou "
        "locale, les organes de surveillance et d'audit de cette autorité et le gestionnaire de réseau ne sont pas "
        "considérés comme une seule et même personne.",
    ),
    (
        "The application shall include an analysis of the group and of its exposures and funding where, pursuant to "
        "Article 14(2) {conn} (3) and Article 20(1) of this Regulation, the applicant and its subsidiaries are to "
        "comply with Parts Two and Three.",
        "Si, conformément à l'article 14, paragraphes 2 et 3, et à l'article 20, paragraphe 1, du présent règlement, "
        "le demandeur et ses filiales doivent se conformer aux parties deux et trois, la demande comporte une analyse "
        "du groupe, de ses expositions et de son financement.",
    ),
    (
        "The competent authority may accept the reports and accounts drawn up by the parent undertaking and its "
        "subsidiaries, and the notes to them, where the method of valuation laid down in Article 31(4) {conn} (5) of "
        "Directive 2020/11/EU is applied.",
        "Lorsque la méthode d'évaluation prévue à l'article 31, paragraphes 4 et 5, de la directive 2020/11/UE est "
        "appliquée, l'autorité compétente peut accepter les rapports et les comptes établis par l'entreprise mère et "
        "ses filiales, ainsi que leurs annexes.",
    ),
]


@pytest.mark.parametrize(("en", "fr"), _CONDITIONS)
def test_cited_or_against_et_is_reported(en: str, fr: str) -> None:
    assert connectives(en.format(conn="or"), fr) != []


@pytest.mark.parametrize(("en", "fr"), _CONDITIONS)
def test_cited_and_against_et_is_silent(en: str, fr: str) -> None:
    assert connectives(en.format(conn="and"), fr) == []


@pytest.mark.parametrize(("en", "fr"), _CONDITIONS)
def test_cited_or_against_ou_is_silent(en: str, fr: str) -> None:
    fr_ou = fr.replace("c) et d)", "c) ou d)").replace("2 et 3,", "2 ou 3,").replace("4 et 5", "4 ou 5")
    assert connectives(en.format(conn="or"), fr_ou) == []


def test_cited_or_outside_a_condition_is_silent() -> None:
    en = "The operator shall keep the records referred to in Article 12(3) or (4) for five years."
    fr = "L'exploitant conserve pendant cinq ans les registres visés à l'article 12, paragraphes 3 et 4."
    assert connectives(en, fr) == []
