"""An English "non-" word of a participle needs a French negative word (issue 15).

"one representative of the ESRB, who shall be non-voting" / « d'un représentant du CERS, qui ne prend pas part au vote »,
"shall be non-binding" / « ne sont pas contraignantes »: French has no adjective for "non-voting" or "non-binding" and says
it by a negated verb (or « sans », « non »).  Where the French « ne … pas » is dropped, only the English word is left to
show it.  Not a "non-" word that names a term ("non-trading book", "non-consolidated basis"), which French says by a
word of its own.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import negations

# (English, French, the French negation that is dropped)
_DROPS = [
    (
        "(d) one representative of the ESRB, who shall be non-voting;",
        "d) d’un représentant du CERS, qui ne prend pas part au vote;",
        ("ne prend pas", "prend"),
    ),
    (
        "(f) one representative of each of the other two European Supervisory Authorities, who shall be non-voting.",
        "f) d’un représentant de chacune des deux autres autorités européennes de surveillance, qui ne prend pas part "
        "au vote.",
        ("ne prend pas", "prend"),
    ),
    (
        "3.   Members of the Board of Supervisors, the Chairperson as well as non-voting representatives and observers "
        "participating in the meetings of the Board of Supervisors shall, before such meetings, accurately and "
        "completely declare the absence or existence of any interest which might be considered prejudicial to their "
        "independence in relation to any items on the agenda, and shall abstain from participating in the discussion "
        "of, and voting upon, such points.",
        "3.   Les membres du conseil des autorités de surveillance, le président ainsi que les représentants ne prenant "
        "pas part au vote et les observateurs participant aux réunions du conseil des autorités de surveillance "
        "déclarent de façon exacte et exhaustive, préalablement à ces réunions, l’absence ou l’existence de tout "
        "intérêt qui pourrait être considéré comme préjudiciable à leur indépendance eu égard à des points de l’ordre "
        "du jour, et s’abstiennent de prendre part aux discussions et au vote sur ces points.",
        ("ne prenant pas", "prenant"),
    ),
    (
        "2.   Answers by the Authority to questions as referred to in paragraph 1 shall be non-binding. Answers shall "
        "be made available at least in the language in which the question was submitted.",
        "2.   Les réponses de l’Autorité aux questions visées au paragraphe 1 ne sont pas contraignantes. Les réponses "
        "sont formulées au moins dans la langue dans laquelle la question a été soumise.",
        ("ne sont pas contraignantes", "sont contraignantes"),
    ),
    (
        "4.   The opinions of the Advisory Board shall be delivered in a panel of three members and shall be "
        "non-binding.",
        "4.   Les avis du conseil consultatif sont rendus par un comité de trois membres et ne sont pas contraignants.",
        ("ne sont pas", "sont"),
    ),
]


@pytest.mark.parametrize(
    ("en", "fr", "drop"), _DROPS, ids=["ESRB", "other ESAs", "representatives", "answers", "opinions"]
)
def test_non_participle_needs_a_french_negative(en: str, fr: str, drop: tuple[str, str]) -> None:
    assert negations(en, fr) == []
    assert negations(en, fr.replace(*drop)) != []


_RENDERED = [
    (
        # « sans droit de vote » renders "non-voting"
        "The General Board should also be able to admit other non-voting observers.",
        "Le conseil général devrait également pouvoir admettre d’autres observateurs sans droit de vote.",
    ),
    (
        # « non contraignantes » renders "non-binding"
        "The guidelines shall be non-binding.",
        "Les orientations sont non contraignantes.",
    ),
    (
        # a "non-" word that names a term, said by a word of its own
        "(a) to facilitate monitoring, on a non-consolidated or consolidated basis, of the conduct of such business;",
        "a) pour faciliter le contrôle, sur une base individuelle et sur une base consolidée, de l'exercice de cette "
        "activité;",
    ),
]


@pytest.mark.parametrize(("en", "fr"), _RENDERED, ids=["sans", "non", "term"])
def test_rendered_non_word_is_no_divergence(en: str, fr: str) -> None:
    assert negations(en, fr) == []


def test_dropped_negation_still_found_beside_a_non_word() -> None:
    # the French negation of another verb, dropped, is still reported
    en = "The Commission shall be a non-voting member of the Board and shall not take part in the election of the Chair."
    fr = "La Commission est membre sans droit de vote du conseil et ne participe pas à l’élection du président."
    assert negations(en, fr) == []
    assert negations(en, fr.replace("ne participe pas", "participe")) != []
