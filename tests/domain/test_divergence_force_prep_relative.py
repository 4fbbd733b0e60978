"""obligation_mismatch, force: a relative clause opened by a preposition describes the thing it follows, where or when
something will be done to it ("another account to which such allowances shall then be transferred"); English says it
with "shall", French with the future of « pouvoir » and its passive (« un autre compte vers lequel ces quotas pourront
être transférés »): no change of force. The present (« peuvent être modifiés ») is no such convention and still fires
against "shall"."""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import force


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            # 32019r1122, Article 85(2)
            "2.   After the date referred to in paragraph 1, the central administrator shall provide national "
            "administrators with a list of the ETS accounts holding Kyoto units. On the basis of this list, the "
            "national administrator shall request the account holder to specify a KP account to which such "
            "international credits shall be transferred.",
            "2.   Après la date visée au paragraphe 1, l'administrateur central communique aux administrateurs "
            "nationaux une liste des comptes SEQE détenant des unités de Kyoto. En se fondant sur cette liste, "
            "l'administrateur national demande au titulaire du compte d'indiquer un compte PK sur lequel ces crédits "
            "internationaux pourront être transférés.",
        ),
        (
            # 32010r0920, Article 26(1), first sentence
            "1.   If there is a positive balance of allowances or Kyoto units on an account which an administrator is "
            "to close in accordance with Articles 22 to 25 and 28, the administrator shall first request the account "
            "holder to specify another account administered by the same administrator to which such allowances or "
            "Kyoto units shall then be transferred.",
            "1.   Si un compte que l'administrateur doit clôturer conformément aux articles 22 à 25 ou à l'article 28 "
            "présente un solde positif de quotas ou d'unités de Kyoto, l'administrateur demande d'abord au titulaire "
            "de ce compte de spécifier un autre compte, géré par le même administrateur, vers lequel ces quotas ou "
            "unités de Kyoto pourront être transférés.",
        ),
    ],
)
def test_a_future_modal_of_a_prepositional_relative_clause_faces_no_duty(en: str, fr: str) -> None:
    assert force(en, fr) == []


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            # the main clause's modal against its duty
            "The Commission shall specify a reasonable timeframe within which such comments are to be provided.",
            "La Commission peut fixer un délai raisonnable dans lequel ces observations doivent être formulées.",
        ),
        (
            # "may -> shall" injected: the French present « peuvent » is no future convention
            "The Council shall lay down the conditions under which those charges shall be changed.",
            "Le Conseil fixe les conditions dans lesquelles ces redevances peuvent être modifiées.",
        ),
    ],
)
def test_a_present_modal_or_a_main_clause_modal_against_its_duty_still_fires(en: str, fr: str) -> None:
    assert force(en, fr)
