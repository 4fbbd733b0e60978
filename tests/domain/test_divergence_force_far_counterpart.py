"""A "may" is answered far across the sentence only by the predicate of the French main clause (issue 15: wide corpus
of EU acts, "shall" made "may" in 32009r0246, 32008l0001, 32009l0031, 32022l0542, 32009r0207, 32017r0980, 32006l0112,
32014r0909, 32024r2861, 32006l0048, 32015r2424).

Word order may move the French rendering of a "may" far from it ("Actions may be brought before the Court against
decisions …" / « Les décisions … sont susceptibles de recours devant la Cour »), so the check paired a "may" left
over with any French possibility of the sentence.  A word that describes a thing says no force at all, wherever it
stands: the adjectives « les services éligibles », « l'autorité compétente pour », the verb of a relative clause « qui
ont droit », « pour lesquels ces données sont disponibles ».  With « peut » dropped from the main clause, such a
word more than half a sentence away took the "may" and the change passed silent.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import obligations


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            "The Commission may present to the Council, on the basis of the information provided by the Member "
            "States, a report listing the services that qualify for the reduced rate.",
            "La Commission présente au Conseil, sur la base des informations fournies par les États membres, un "
            "rapport énumérant les services éligibles au taux réduit.",
        ),
        (
            "The Commission may present to the Council, on the basis of the information provided by the Member "
            "States, a report listing the services that qualify for the reduced rate.",
            "La Commission présente au Conseil, sur la base des informations fournies par les États membres, un "
            "rapport énumérant les services qui ont droit au taux réduit.",
        ),
        (
            "The operator may send the annual report, together with the supporting documents listed in Annex II, to "
            "the authority responsible for keeping the register.",
            "L'exploitant transmet le rapport annuel, accompagné des pièces justificatives énumérées à l'annexe II, à "
            "l'autorité compétente pour la tenue du registre.",
        ),
        (
            "The Agency may publish, for each category of product, the average prices recorded during the previous "
            "year in the Member States where such data exist.",
            "L'Agence publie, pour chaque catégorie de produits, les prix moyens relevés au cours de l'année "
            "précédente dans les États membres pour lesquels ces données sont disponibles.",
        ),
    ],
)
def test_may_against_a_far_word_that_describes_warns(en: str, fr: str) -> None:
    assert any(k.startswith("obligation_mismatch:force") for k in obligations(en, fr))


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            "Actions may be brought before the Court of Justice against decisions of the Board taken under Articles "
            "12 to 15 of this Regulation.",
            "Les décisions du conseil prises en application des articles 12 à 15 du présent règlement sont "
            "susceptibles de recours devant la Cour de justice.",
        ),
        (
            "The operator may send the annual report, together with the supporting documents listed in Annex II, to "
            "the authority responsible for keeping the register.",
            "L'exploitant peut transmettre le rapport annuel, accompagné des pièces justificatives énumérées à "
            "l'annexe II, à l'autorité compétente pour la tenue du registre.",
        ),
        (
            "The Commission may present to the Council, on the basis of the information provided by the Member "
            "States, a report listing the services that qualify for the reduced rate.",
            "La Commission peut présenter au Conseil, sur la base des informations fournies par les États membres, "
            "un rapport énumérant les services éligibles au taux réduit.",
        ),
    ],
)
def test_may_answered_is_silent(en: str, fr: str) -> None:
    assert not any(k.startswith("obligation_mismatch:force") for k in obligations(en, fr))
