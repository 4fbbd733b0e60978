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


# An inability said by a word of ability or possibility, not by a modal ("is unable to", « n'est pas en mesure de »,
# « il est impossible de »), is no counterpart of an English "may": a "may" made of "shall" in the main clause faces
# the French prescriptive present (« elle en informe », « l'exploitant calcule »), a change of force.
UNABLE = [
    (  # 32021r1722, art. 7(2)
        "2.   Where, on the basis of the complexity of the request, the competent authority of the host Member State is "
        "unable to fulfil the request, it shall immediately inform the competent authority of the home Member State, "
        "stating the justifiable reasons that prevent it from fulfilling the request.",
        "2.   Lorsque, en raison de la complexité de la demande, l’autorité compétente de l’État membre d’accueil n’est "
        "pas en mesure d’y répondre favorablement, elle en informe immédiatement l’autorité compétente de l’État membre "
        "d’origine, en précisant les motifs légitimes qui l’en empêchent.",
    ),
    (  # 32019r0411, art. 7(5)
        "5.   Where competent authorities amend the content of their national public registers in relation to the "
        "granting or withdrawal of authorisation or registration and they are unable to transmit those changes "
        "automatically, they shall insert them manually on the same day.",
        "5.   Lorsque des autorités compétentes modifient le contenu de leur registre public national en ce qui concerne "
        "l'octroi ou la révocation d'un agrément ou d'un enregistrement et qu'elles ne sont pas en mesure de transmettre "
        "ces modifications automatiquement, elles les insèrent manuellement le jour même.",
    ),
    (  # 32022r2065, art. 37(5)
        "5.   Where the organisation performing the audit was unable to audit certain specific elements or to express an "
        "audit opinion based on its investigations, the audit report shall include an explanation of the circumstances "
        "and the reasons why those elements could not be audited.",
        "5.   Lorsque l’organisation qui réalise l’audit n’a pas été en mesure de réaliser un audit à l’égard de certains "
        "éléments spécifiques ou d’émettre un avis d’audit sur la base de ses investigations, le rapport d’audit inclut "
        "une explication sur les circonstances et les raisons pour lesquelles ces éléments n’ont pas pu faire l’objet "
        "d’un audit.",
    ),
    (  # 32018r2066, art. 45(3)
        "3.   Where a valid hour or shorter reference period of data cannot be provided for a parameter directly measured "
        "as concentration, the operator shall calculate a substitution value as the sum of an average concentration and "
        "twice the standard deviation associated with that average, using equation 4 in Annex VIII.",
        "3.   Lorsqu'il est impossible d'obtenir une heure de données valides ou des données valides sur une période de "
        "référence plus courte pour un paramètre mesuré directement en tant que concentration, l'exploitant calcule une "
        "valeur de substitution en additionnant la concentration moyenne et deux fois l'écart-type associé à cette "
        "moyenne, à l'aide de l'équation 4 de l'annexe VIII.",
    ),
]


@pytest.mark.parametrize(("en", "fr"), UNABLE)
def test_may_against_a_french_inability_fires(en: str, fr: str) -> None:
    changed = en.replace("shall", "may", 1)
    assert changed != en
    keys = [f.key for f in force(changed, fr)]
    assert "obligation_mismatch:force:may" in keys, keys


@pytest.mark.parametrize(("en", "fr"), UNABLE)
def test_shall_against_a_french_inability_stays_silent(en: str, fr: str) -> None:
    assert force(en, fr) == []


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (  # 32011l0016, art. 17(3)
            "3.   The competent authority of a requested Member State may decline to provide information where the "
            "requesting Member State is unable, for legal reasons, to provide similar information.",
            "3.   L’autorité compétente d’un État membre requis peut refuser de transmettre des informations lorsque "
            "l’État membre requérant n’est pas en mesure, pour des raisons juridiques, de fournir des informations "
            "similaires.",
        ),
        (  # 32014l0059, art. 36(2)
            "2.   Where an independent valuation according to paragraph 1 is not possible, resolution authorities may "
            "carry out a provisional valuation of the assets and liabilities of the institution or entity referred to in "
            "point (b), (c) or (d) of Article 1(1), in accordance with paragraph 9 of this Article.",
            "2.   Dans le cas où une valorisation indépendante conformément au paragraphe 1 n’est pas possible, les "
            "autorités de résolution peuvent procéder à une valorisation provisoire de l’actif et du passif de "
            "l’établissement ou de l’entité visé à l’article 1er, paragraphe 1, point b), c) ou d), conformément au "
            "paragraphe 9 du présent article.",
        ),
    ],
)
def test_may_against_peut_beside_an_inability_stays_silent(en: str, fr: str) -> None:
    assert force(en, fr) == []


def test_may_against_a_possibility_not_excluded_stays_silent() -> None:
    # CCP recovery regulation, art. 3(4): « n'excluent pas la possibilité que » affirms the possibility that "may" says
    en = (
        "4.   The requirements expressed in paragraph 3 shall not preclude that reporting lines converge at the highest "
        "level of an organisation that subsumes different functions or authorities, or that, staff may, under "
        "predefined conditions, be shared between the other functions entrusted to the resolution authority to meet "
        "temporarily high workloads, or for the resolution authority to be able to avail itself of the expertise of "
        "shared staff."
    )
    fr = (
        "4.   Les exigences énoncées au paragraphe 3 n’excluent pas la possibilité que les lignes hiérarchiques "
        "convergent au plus haut niveau d’une organisation englobant différentes fonctions ou autorités ou que du "
        "personnel soit, dans des conditions prédéfinies, partagé pour exercer les autres fonctions dont l’autorité de "
        "résolution est investie afin de faire face à des charges de travail temporairement élevées, ou que l’autorité "
        "de résolution puisse bénéficier elle-même de l’expertise du personnel partagé."
    )
    assert force(en, fr) == []
