"""obligation_mismatch, force: "may include" against a French verb with no modal (« comprend », « couvre ») is excused
when French says the list is open by a word of illustration (« notamment », « y compris ») that renders the "may"
("Such measures may include fines" / « Ces mesures comprennent notamment des amendes »).  A French word of illustration
that answers an English one of its own ("including in particular" / « y compris, en particulier », "among other
things" / « notamment », "but shall not be limited to" / « notamment ») says nothing of "may": « comprend » then faces
"may include", a change of force.  An English word of illustration said with the verb ("may, in particular,
include") is of that phrase, which one « notamment » renders whole; a choice among the things included ("some or all
of") says the possibility itself."""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import force

# Official pairs (EUR-Lex) whose English says "shall include" / "shall cover"; the English words of illustration each
# have their French counterpart.
OFFICIAL = [
    (  # 32019l2121, art. 4(3)
        "3.   The report shall include an assessment of the feasibility of providing rules for types of cross-border "
        "divisions which are not covered by this Directive, including in particular cross-border divisions by "
        "acquisition.",
        "3.   Ce rapport comprend une évaluation de la faisabilité de la définition de règles pour les types de "
        "scissions transfrontalières qui ne sont pas couverts par la présente directive, y compris, en particulier, "
        "les scissions transfrontalières par acquisition.",
    ),
    (  # 32018r1639, art. 4(1)
        "1.   The code of conduct shall include provisions ensuring that the systems and controls referred to in "
        "Article 15(2)(d) of Regulation (EU) 2016/1011 include, among other things, the following elements:",
        "1.   Le code de conduite contient des dispositions garantissant que les systèmes et contrôles visés à "
        "l'article 15, paragraphe 2, point d), du règlement (UE) 2016/1011 incluent notamment les éléments suivants:",
    ),
    (  # 32024r1620, art. 48(3)
        "3.   The peer review of the activities of an FIU shall include an assessment of, but shall not be limited to, "
        "the following:",
        "3.   L’examen par les pairs des activités d’une CRF comporte une évaluation portant notamment, sans que cette "
        "liste soit exhaustive, sur les éléments suivants:",
    ),
]


@pytest.mark.parametrize(("en", "fr"), OFFICIAL)
def test_may_include_against_a_french_present_with_its_illustration_answered_fires(en: str, fr: str) -> None:
    changed = en.replace("shall include", "may include", 1)
    assert changed != en
    keys = [f.key for f in force(changed, fr)]
    assert "obligation_mismatch:force:may" in keys, keys


@pytest.mark.parametrize(("en", "fr"), OFFICIAL)
def test_shall_include_against_the_french_present_stays_silent(en: str, fr: str) -> None:
    assert force(en, fr) == []


def test_may_include_against_a_french_illustration_of_its_own_stays_silent() -> None:
    # 32012r0648, art. 30(4): « y compris » renders "which may include"
    en = (
        "4.   Where the persons referred to in paragraph 1 exercise an influence which is likely to be prejudicial to "
        "the sound and prudent management of the CCP, the competent authority shall take appropriate measures to "
        "terminate that situation, which may include the withdrawal of the authorisation of the CCP."
    )
    fr = (
        "4.   Si les personnes visées au paragraphe 1 exercent une influence susceptible de nuire à la gestion saine et "
        "prudente de la contrepartie centrale, l'autorité compétente prend les mesures qui s'imposent pour mettre fin à "
        "cette situation, y compris au besoin le retrait de l'agrément de la contrepartie centrale."
    )
    assert force(en, fr) == []


def test_may_include_some_or_all_stays_silent() -> None:
    # 32014l0059, art. 29(2): « une partie ou la totalité » says the choice that "may" leaves open; « y compris »
    # renders "including"
    en = (
        "2.   The competent authority shall specify the powers of the temporary administrator at the time of the "
        "appointment of the temporary administrator based on what is proportionate in the circumstances. Such powers "
        "may include some or all of the powers of the management body of the institution under the statutes of the "
        "institution and under national law, including the power to exercise some or all of the administrative "
        "functions of the management body of the institution. The powers of the temporary administrator in relation "
        "to the institution shall comply with the applicable company law."
    )
    fr = (
        "2.   L’autorité compétente précise les compétences de l’administrateur temporaire, au moment de la nomination "
        "de celui-ci, en fonction des circonstances. Ces compétences comprennent une partie ou la totalité des "
        "pouvoirs que les statuts de l’établissement et le droit national confèrent à l’organe de direction de "
        "l’établissement, y compris celui d’exercer une partie ou la totalité des fonctions administratives de ce "
        "dernier. Les pouvoirs de l’administrateur temporaire afférents à l’établissement sont conformes au droit des "
        "sociétés applicable."
    )
    assert force(en, fr) == []


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (  # Brussels IIb, art. 1(2)
            "2.   The matters referred to in point (b) of paragraph 1 may, in particular, include:",
            "2.   Les matières visées au paragraphe 1, point b), concernent, notamment:",
        ),
        (  # 32013r1042, art. 1, with "may"
            "2.   Paragraph 1 may cover, in particular, the following:",
            "2.   Le paragraphe 1 couvre notamment:",
        ),
    ],
)
def test_may_include_with_its_own_illustration_stays_silent(en: str, fr: str) -> None:
    assert force(en, fr) == []
