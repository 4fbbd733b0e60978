"""obligation_mismatch, force: French states who or what qualifies by an inverted modal that opens the sentence, its
subject after the infinitive (« Peuvent constituer des marques collectives les marques … ainsi désignées », « Pourront
participer à ces groupes des membres du personnel »): the rule says which things are of a kind, or to whom a thing is
open, and grants no one a choice.  English says the same by a definition or a state, "shall be a/an/the …", "shall be
open to" ("A collective mark shall be an EU trade mark which is described as such", "Those groups shall be open for
participation to staff").  Only that inverted opening, and only against that "shall be" of a state: a French modal
after its subject (« Les groupes peuvent être ouverts »), or a duty to act ("shall submit", "shall be submitted"),
still faces the French permission."""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import obligations

_COLLECTIVE_2017 = (
    # Regulation (EU) 2017/1001, Article 74(1)
    "1.   A European Union collective mark (‘EU collective mark’) shall be an EU trade mark which is described as "
    "such when the mark is applied for and is capable of distinguishing the goods or services of the members of the "
    "association which is the proprietor of the mark from those of other undertakings.",
    "1.   Peuvent constituer des marques collectives de l'Union européenne les marques de l'Union européenne ainsi "
    "désignées lors du dépôt et propres à distinguer les produits ou les services des membres de l'association qui en "
    "est le titulaire de ceux d'autres entreprises.",
)
_COLLECTIVE_2009 = (
    # Regulation (EC) No 207/2009, Article 66(1)
    "1.   A Community collective mark shall be a Community trade mark which is described as such when the mark is "
    "applied for and is capable of distinguishing the goods or services of the members of the association which is "
    "the proprietor of the mark from those of other undertakings.",
    "1.   Peuvent constituer des marques communautaires collectives les marques communautaires ainsi désignées lors "
    "du dépôt et propres à distinguer les produits ou les services des membres de l'association qui en est le "
    "titulaire de ceux d'autres entreprises.",
)
_GROUPS = (
    # Regulation (EU) 2019/2175, Article 1 (Regulation (EU) No 1093/2010, Article 9a(7))
    "That committee may establish internal working groups on specific aspects of its work with a view to preparing "
    "draft decisions of that committee. Those groups shall be open for participation to staff from all competent "
    "authorities represented in that committee and from the Authority.",
    "Ce comité peut, pour des aspects spécifiques de ses travaux, créer des groupes de travail internes en vue de "
    "préparer les projets de décisions de ce comité. Pourront participer à ces groupes des membres du personnel de "
    "toutes les autorités compétentes représentées au sein de ce comité, ainsi que de l’Autorité.",
)


@pytest.mark.parametrize(
    ("en", "fr"), [_COLLECTIVE_2017, _COLLECTIVE_2009, _GROUPS], ids=["2017/1001", "207/2009", "2019/2175"]
)
def test_an_inverted_french_modal_of_eligibility_answers_shall_be(en: str, fr: str) -> None:
    assert obligations(en, fr) == []


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            # a duty to act, against the inverted modal
            "1.   The associations shall submit the regulations governing use of the mark within two months.",
            "1.   Peuvent présenter le règlement d'usage de la marque dans un délai de deux mois les associations.",
        ),
        (
            # a passive duty, against the inverted modal
            "2.   The regulations governing use of the mark shall be submitted within two months.",
            "2.   Peut être présenté dans un délai de deux mois le règlement d'usage de la marque.",
        ),
        (
            # the French modal after its subject: a permission, not the inverted statement of who qualifies
            _GROUPS[0],
            _GROUPS[1].replace(
                "Pourront participer à ces groupes des membres du personnel",
                "Les membres du personnel pourront participer à ces groupes",
            ),
        ),
        (
            # a French list item that opens with its modal, its subject in the lead-in
            "The Office shall be an EU body.",
            "b) peut être un organe de l'Union.",
        ),
    ],
    ids=["shall-submit", "shall-be-submitted", "subject-first", "list-item"],
)
def test_a_french_permission_still_faces_an_english_duty(en: str, fr: str) -> None:
    assert any(k.startswith("obligation_mismatch:force") for k in obligations(en, fr))
