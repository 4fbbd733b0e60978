"""obligation_mismatch, force: an English relative clause opened by a preposition and "which" ("the tools by which",
"the channels through which", "Documents of which") says its modal at its end, while French describes the same thing by
what it allows, right where English opens the clause (« les outils permettant de », « les canaux pouvant servir à »,
« Documents susceptibles de »).  The English "may" there is that possibility; an English "shall" says what must be done
with the thing, a change of force, which word order puts far from the French possibility.  Not where the French says a
duty nearer to its possibility, nor where an English possibility stands at the French one's place."""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import force

_MEANS = (
    "2. 'screening' means the use of tools by which the entry of forbidden goods into the storage area {} be detected;",
    "2) «filtrage», l'utilisation d'outils permettant de détecter l'entrée de marchandises interdites dans la zone "
    "d'entreposage;",
    "permettant",
)
_CHANNELS = (
    "(7) The annex lists several channels through which the reporting of suspicious orders by the operators {} be "
    "carried out.",
    "(7) L'annexe énumère plusieurs canaux pouvant servir à la déclaration des ordres suspects par les opérateurs.",
    "pouvant",
)
_TITLE = (
    "Documents of which the file of the applicant {} be composed",
    "Documents susceptibles de composer le dossier du demandeur",
    "susceptibles",
)


@pytest.mark.parametrize(("en", "fr", "_word"), [_MEANS, _CHANNELS, _TITLE])
def test_possibility_described_answers_may(en: str, fr: str, _word: str) -> None:
    assert force(en.format("may"), fr) == []


@pytest.mark.parametrize(("en", "fr", "word"), [_MEANS, _CHANNELS, _TITLE])
def test_possibility_described_faces_shall(en: str, fr: str, word: str) -> None:
    assert [f.key for f in force(en.format("shall"), fr)] == [f"obligation_mismatch:force:shall|{word}"]


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        # a French duty said at the place of the possibility: that is what the "shall" faces
        (
            "The operator shall keep a register by which the origin of each consignment shall be recorded.",
            "L'exploitant tient un registre, qui doit permettre d'enregistrer l'origine de chaque envoi.",
        ),
        # an English possibility at the French one's place answers it
        (
            "The authority shall publish the means, allowing operators to comply, by which the data shall be sent.",
            "L'autorité publie les moyens permettant aux opérateurs de se conformer et d'envoyer les données.",
        ),
    ],
)
def test_answered_elsewhere_stays_silent(en: str, fr: str) -> None:
    assert force(en, fr) == []


def test_main_clause_may_against_doit_still_fires() -> None:
    """The nearby real divergence: a "may" of the main clause against « doit » is still a change of force."""
    en = "The operator may use tools by which the entry of forbidden goods can be detected."
    fr = "L'exploitant doit utiliser des outils permettant de détecter l'entrée de marchandises interdites."
    assert [f.key for f in force(en, fr)] == ["obligation_mismatch:force:may|doit"]
