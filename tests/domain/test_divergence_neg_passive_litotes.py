"""A negated verb of hindering said in the passive is a litotes, as one said in the active (issue 15, wide corpus).

"would not prevent" was read as a litotes, which French may say positively (« permet »), and needs an answer only
where French has a word of hindering. The same verb in the passive, "should not be prevented from", "are not to be
hindered from", was read as a bare negation: a permission said by a litotes, which French says « devraient être en
mesure de », « doivent pouvoir », was flagged. A French negation dropped before « empêchés » is still caught.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import negations

_SAID_POSITIVELY = [
    # 32019L2161, recital 13 (its first sentence)
    (
        "(13) Member States should not be prevented from maintaining or introducing in their national law higher "
        "maximum turnover-based fines for widespread infringements and widespread infringements with a Union "
        "dimension.",
        "(13) Les États membres devraient être en mesure de maintenir ou d’introduire dans leur droit national des "
        "amendes maximales plus élevées qui soient fondées sur le chiffre d’affaires pour les infractions de grande "
        "ampleur et les infractions de grande ampleur à l’échelle de l’Union.",
    ),
    # 32019L2161, recital 16 (its fourth and fifth sentences: the second litotes is rendered by one)
    (
        "Member States should not be prevented from maintaining or introducing rights to other remedies such as "
        "repair or replacement for consumers harmed by unfair commercial practices in order to ensure full removal of "
        "the effects of such practices. Member States should not be prevented from determining conditions for the "
        "application and effects of remedies for consumers.",
        "Les États membres devraient être en mesure de maintenir ou d’introduire des droits à d’autres recours, tels "
        "que la réparation ou le remplacement, pour les consommateurs lésés par des pratiques commerciales déloyales "
        "afin d’assurer l’élimination complète des effets de telles pratiques. Les États membres ne devraient pas être "
        "empêchés de déterminer les conditions d’application et les effets des recours pour les consommateurs.",
    ),
    # 32024R2979, recital 14 (its second sentence)
    (
        "As set out in Regulation (EU) No 910/2014, wallet users are not to be hindered from accessing services under "
        "a pseudonym, where there is no legal requirement for legal identity for authentication.",
        "Comme le prévoit le règlement (UE) no 910/2014, les utilisateurs de portefeuille doivent pouvoir accéder aux "
        "services en utilisant un pseudonyme, sauf en cas d’obligation légale d’utiliser l’identité juridique pour "
        "s’authentifier.",
    ),
]


@pytest.mark.parametrize(
    ("en", "fr"), _SAID_POSITIVELY, ids=["should not be prevented", "twice", "not to be hindered"]
)
def test_passive_litotes_said_positively_needs_no_negation(en: str, fr: str) -> None:
    assert negations(en, fr) == []


def test_passive_litotes_against_the_bare_french_verb_is_caught() -> None:
    en = "Member States should not be prevented from determining conditions for the application of remedies."
    fr = "Les États membres ne devraient pas être empêchés de déterminer les conditions d’application des recours."
    assert negations(en, fr) == []
    assert negations(en, fr.replace("ne devraient pas être empêchés", "devraient être empêchés")) != []
