"""An English negative word of lacking against its French base said bare (issue 15).

"where insufficient records exist" / « lorsqu'il n'existe pas suffisamment de relevés », "have been insufficiently
enforced" / « n'ont pas été suffisamment appliquées », "are unavailable" / « ne sont pas disponibles »: French says an
English word that denies that a thing is enough, possible, at hand or clear by a negation of that word's base at least
as often as by a prefix, and in any position of the English word, not only after a copula.  Where the French « ne …
pas » is dropped (« lorsqu'il existe suffisamment de relevés »), the French base at the English word's place says the
opposite of the English word; nothing else shows the drop, since an English negative word needs no French negation of
its own.  Not where the French says the negative word too (« insuffisantes »), nor where a negation stands before the
base in its clause (« n'ont pas, jusqu'à présent, été suffisamment »), nor against an English litotes ("not
insufficient").
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import negations

# (English, French, the French negation that is dropped)
_DROPS = [
    (
        "Where insufficient records exist to estimate the exposure, the institution shall apply the standard method.",
        "Lorsqu'il n'existe pas suffisamment de relevés pour estimer l'exposition, l'établissement applique la méthode "
        "standard.",
        ("n'existe pas suffisamment", "existe suffisamment"),
    ),
    (
        "These safeguards have been insufficiently enforced by the operators concerned.",
        "Ces garanties n'ont pas été suffisamment appliquées par les opérateurs concernés.",
        ("n'ont pas été suffisamment", "ont été suffisamment"),
    ),
    (
        "If the authority has insufficient evidence to open an inquiry, it shall close the file.",
        "Si l'autorité ne dispose pas de suffisamment de preuves pour ouvrir une enquête, elle classe le dossier.",
        ("ne dispose pas de suffisamment", "dispose de suffisamment"),
    ),
    # a negation of another clause in the sentence leaves the predicate's French negation to show it
    (
        "Where the registers are unavailable, the operator shall not charge any fee.",
        "Lorsque les registres ne sont pas disponibles, l'exploitant ne perçoit aucune redevance.",
        ("ne sont pas disponibles", "sont disponibles"),
    ),
    (
        "Where it is otherwise unclear which tariff applies, the customs office shall ask the importer.",
        "Lorsqu'il n'apparaît pas clairement quel tarif s'applique, le bureau de douane interroge l'importateur.",
        ("n'apparaît pas clairement", "apparaît clairement"),
    ),
]


@pytest.mark.parametrize(
    ("en", "fr", "drop"), _DROPS, ids=["records", "enforced", "evidence", "registers", "tariff"]
)
def test_french_base_said_bare_against_english_word_of_lacking(
    en: str, fr: str, drop: tuple[str, str]
) -> None:
    assert negations(en, fr) == []
    assert negations(en, fr.replace(*drop)) != []


_FAITHFUL = [
    # the French says the negative word too
    (
        "Where the evidence is insufficient, the authority shall close the file.",
        "Lorsque les preuves sont insuffisantes, l'autorité classe le dossier.",
    ),
    (
        "Sufficient staff shall be assigned where the existing staff is insufficient.",
        "Un personnel suffisant est affecté lorsque le personnel existant est insuffisant.",
    ),
    # an English litotes: the French says the base itself
    (
        "The resources allocated are not insufficient for that purpose.",
        "Les ressources allouées sont suffisantes à cette fin.",
    ),
    # the French negation stands before the base, an insertion between them
    (
        "The measures have so far been insufficiently coordinated.",
        "Les mesures n'ont pas, jusqu'à présent, été suffisamment coordonnées.",
    ),
    # « peu » says the lack
    (
        "The scope of the exemption is unclear in that case.",
        "La portée de l'exemption est peu claire dans ce cas.",
    ),
]


@pytest.mark.parametrize(("en", "fr"), _FAITHFUL, ids=["insuffisantes", "both", "litotes", "inserted", "peu"])
def test_english_word_of_lacking_answered(en: str, fr: str) -> None:
    assert negations(en, fr) == []


def test_a_predicate_of_lacking_is_one_negation_however_many_readings_find_it() -> None:
    # "are insufficient" after a copula is both a negative predicate and a word of lacking: one word, quoted once
    en = (
        "Where the fees paid are insufficient to cover the costs, the Office shall request a further payment."
    )
    fr = "Si les taxes acquittées ne suffisent pas à couvrir les coûts, l'Office demande un paiement complémentaire."
    dropped = fr.replace("ne suffisent pas", "suffisent")
    assert negations(en, fr) == []
    assert negations(en, dropped) == ["obligation_mismatch:negation:insufficient"]
