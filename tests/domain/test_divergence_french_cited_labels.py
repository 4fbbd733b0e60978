"""Points cited by their label alone in French running text (issue 15, wide corpus of EU acts).

French names a point by its bare label after a noun other than « point »: « le critère a) ou le critère b) » for
"the criterion in point (a) or (b)", « de l'option i) et de l'option ii) » for "the option referred to in point (i)
and the option referred to in point (ii)", « au présent point, sous i) » for "point (i) of this point", « à
l'article 3, points 6) a) i), ainsi que b) i) et iii) ».  Those labels cite the points the English cites: no
cross-reference differs, and they are no items of a list.  Another letter in the English is still a different point.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import blocking_keys

# « à l'article 3, points 6) a) i), ainsi que b) i) et iii) »: the run whose structure the other module checks.
from tests.domain.test_divergence_cited_label_runs import _NESTED

_CRITERION = (
    "(c) the information necessary to assess whether or not the criterion in point (a) or (b) is met is not made "
    "available to the host Member State's competent authority upon request and in a timely manner.",
    "c) les informations nécessaires pour déterminer si le critère a) ou le critère b) est rempli, ou non, n'ont pas "
    "été communiquées à l'autorité compétente de l'État membre d'accueil à sa demande et en temps voulu.",
)
_OPTION = (
    "(iii) references both the official currency of the home Member State and other currencies (a mix of the option "
    "referred to in point (i) and the option referred to in point (ii));",
    "iii) se réfère à la fois à la monnaie officielle de l’État membre d’origine et à d’autres monnaies [combinaison "
    "de l’option i) et de l’option ii)];",
)
_SOUS = (
    "(ii) legal advice given in preparation of any of the proceedings referred to in point (i) of this point, "
    "provided that the advice is given by a lawyer within the meaning of Article 1 of Directive 77/249/EEC;",
    "ii) du conseil juridique fourni en vue de la préparation de toute procédure visée au présent point, sous i), "
    "pour autant que le conseil émane d’un avocat au sens de l’article 1er de la directive 77/249/CEE;",
)
PAIRS = [_CRITERION, _OPTION, _SOUS, _NESTED]
IDS = ["criterion", "option", "sous", "nested"]


@pytest.mark.parametrize(("en", "fr"), PAIRS, ids=IDS)
def test_a_label_after_a_noun_cites_that_point(en: str, fr: str) -> None:
    assert blocking_keys(en, fr, "cross_reference_mismatch") == []


@pytest.mark.parametrize(("en", "fr"), [_CRITERION, _OPTION], ids=IDS[:2])
def test_cited_labels_are_no_items(en: str, fr: str) -> None:
    assert blocking_keys(en, fr, "structure_mismatch") == []


@pytest.mark.parametrize(
    ("en", "fr", "old", "new"),
    [
        (*_CRITERION, "point (a) or (b)", "point (a) or (e)"),
        (*_OPTION, "in point (ii)", "in point (iv)"),
        (*_SOUS, "in point (i) of", "in point (v) of"),
        (*_NESTED, "(b)(iii)", "(b)(iv)"),
    ],
    ids=IDS,
)
def test_another_label_is_still_caught(en: str, fr: str, old: str, new: str) -> None:
    assert blocking_keys(en.replace(old, new), fr, "cross_reference_mismatch")


def test_an_inline_list_after_a_colon_still_counts() -> None:
    en = (
        "The application shall contain: (a) the name of the applicant; (b) the address of its registered office; and "
        "(c) the list of its directors, as referred to in point (b)."
    )
    fr = (
        "La demande contient: a) le nom du demandeur; b) l’adresse de son siège statutaire; et c) la liste de ses "
        "administrateurs, visés au point b)."
    )
    assert blocking_keys(en, fr, "structure_mismatch") == []
    dropped = fr.replace(" b) l’adresse de son siège statutaire;", "")
    assert blocking_keys(en, dropped, "structure_mismatch") == ["structure_mismatch:items:3-2"]
