"""obligation_mismatch, force: « pouvant » as the predicate of an absolute participle clause (« Ces procédures pouvant
retarder …, il convient », « …, la surveillance du régime pouvant rester … ») says what may be or happen, in a clause of
its own whose subject is a noun phrase opened by a determiner; English says that clause with "may" ("Those procedures
may delay …", "while the supervision … may remain …").  An English "shall" at its place says what must or will be, a
change of force.  Not « pouvant » that qualifies a noun inside another clause (« une convention pouvant être reconnue »),
whose clause's "shall" French says by its own present, nor « pouvant » of a maximum (« des amendes pouvant atteindre »)."""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import force

_OPENING = (
    "(12) Those procedures {} delay the adoption of urgent measures, and it is therefore appropriate to lay down "
    "shorter time limits for them.",
    "(12) Ces procédures pouvant retarder l'adoption de mesures urgentes, il convient de prévoir à leur égard des "
    "délais plus courts.",
)
_AFTER_COMMA = (
    "Each Member State should designate a single contact point, while the supervision of the scheme {} remain shared "
    "between several national authorities.",
    "Chaque État membre devrait désigner un point de contact unique, la surveillance du régime pouvant rester "
    "partagée entre plusieurs autorités nationales.",
)


@pytest.mark.parametrize(("en", "fr"), [_OPENING, _AFTER_COMMA])
def test_absolute_participle_answers_may(en: str, fr: str) -> None:
    assert force(en.format("may"), fr) == []


@pytest.mark.parametrize(("en", "fr"), [_OPENING, _AFTER_COMMA])
def test_absolute_participle_faces_shall(en: str, fr: str) -> None:
    assert [f.key for f in force(en.format("shall"), fr)] == ["obligation_mismatch:force:shall|pouvant"]


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            "Loans covered by a netting agreement recognised under Article 12 shall be treated as deposits.",
            "Les prêts couverts par une convention de compensation pouvant être reconnue en vertu de l'article 12 "
            "sont traités comme des dépôts.",
        ),
        (
            "The infringements listed in paragraph 2 shall be subject to administrative fines of up to EUR 5 000 000.",
            "Les infractions énumérées au paragraphe 2 font l'objet d'amendes administratives pouvant atteindre "
            "5 000 000 EUR.",
        ),
        (
            "Member States shall lay down the penalties applicable, and the amount of a fine shall not exceed "
            "EUR 10 000.",
            "Les États membres déterminent les sanctions applicables, le montant d'une amende ne pouvant excéder "
            "10 000 EUR.",
        ),
    ],
)
def test_participle_of_another_clause_stays_silent(en: str, fr: str) -> None:
    assert force(en, fr) == []
