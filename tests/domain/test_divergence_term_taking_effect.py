"""« entrée en vigueur » where the English says a text takes effect with another phrase (issue 15, wide corpus).

EU acts write "after this Directive has been brought into force" (2009/72), "before they are put into effect"
(2010/78), "Decision 10/CP.17 …, effective from 9 January 2013" (2013/525) where French says « après l'entrée en
vigueur », « avant leur entrée en vigueur », « qui est entrée en vigueur le 9 janvier 2013 ».  Like "take effect"
and "become effective", those phrases render the French term: a note at most, not a warning.  The English term
missing from the French still warns.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import terms

PAIRS = [
    (
        "Member States which can demonstrate, after this Directive has been brought into force, that there are "
        "substantial problems may apply for derogations.",
        "Les États membres qui, après l'entrée en vigueur de la présente directive, peuvent prouver que des problèmes "
        "importants se posent peuvent demander à bénéficier de dérogations.",
    ),
    (
        "Such delegation agreements shall be notified to the Authority at least 1 month before they are put into "
        "effect.",
        "Ces accords de délégation sont notifiés à l'Autorité au moins un mois avant leur entrée en vigueur.",
    ),
    (
        "Cyprus is included in Annex I pursuant to Decision 10/CP.17 of the Conference of the Parties, effective "
        "from 9 January 2013.",
        "Chypre est ajoutée à l'annexe I en vertu de la décision 10/CP.17 de la conférence des parties, qui est "
        "entrée en vigueur le 9 janvier 2013.",
    ),
]


@pytest.mark.parametrize(("en", "fr"), PAIRS, ids=["brought-into-force", "put-into-effect", "effective-from"])
def test_an_english_phrase_of_taking_effect_renders_entree_en_vigueur(en: str, fr: str) -> None:
    assert terms(en, fr) == []


def test_entry_into_force_missing_from_the_french_still_warns() -> None:
    en = "The Parties shall exchange the list within ninety days of the entry into force of this Memorandum."
    fr = "Les Parties échangent la liste dans un délai de quatre-vingt-dix jours à compter de la signature du présent Mémorandum."
    assert terms(en, fr) == ["term_mismatch:en:entry into force"]
