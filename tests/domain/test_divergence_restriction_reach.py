"""A French restriction « ne … que » read as a negation (issue 15).

« ne … que » restricts ("only"), it negates nothing; three shapes of it were left unread, and their « ne » taken for a
"not" that the English lacks:
- the « que » far from its « ne » (a long object between: « ne peuvent calculer sur une base nette la valeur … que
  si »), past the 260 characters the reach had;
- a second verb joined by « ou ne » that shares the restriction (« ne devrait être limitée, transférée ou révoquée ou
  ne devrait s'éteindre qu'à l'égard de tous »), unless it is a pro-form of the first (« ou ne devrait l'être que »),
  which leaves the first a negation of its own;
- a purpose after the « que » (« ne devraient être vendus qu'afin de »), as « que pour ».
"""

from __future__ import annotations

from tests.domain.divergence_keys import negations


def test_que_far_from_its_ne_is_a_restriction() -> None:
    en = (
        "5.   By way of derogation from point (c) of paragraph 3, investment firms may calculate the exposure value of "
        "cash receivables and cash payables of securities lending transactions, repurchase agreements, margin lending "
        "transactions and long settlement transactions with a single counterparty on a net basis only if all of the "
        "following conditions are fulfilled:"
    )
    fr = (
        "5.   Par dérogation au paragraphe 3, point c), les entreprises d'investissement ne peuvent calculer sur une "
        "base nette la valeur exposée au risque des sommes en espèces à recevoir ou à verser dans les opérations de "
        "prêt de titres, les accords de mise en pension, les opérations de prêt avec appel de marge et les opérations "
        "à règlement différé conclues avec une seule et même contrepartie que si toutes les conditions suivantes sont "
        "remplies:"
    )
    assert negations(en, fr) == []


def test_a_real_negation_as_far_is_still_caught() -> None:
    en = (
        "5.   By way of derogation from point (c) of paragraph 3, investment firms may calculate the exposure value of "
        "cash receivables and cash payables of securities lending transactions, repurchase agreements, margin lending "
        "transactions and long settlement transactions with a single counterparty on a net basis where all of the "
        "following conditions are fulfilled:"
    )
    fr = (
        "5.   Par dérogation au paragraphe 3, point c), les entreprises d'investissement ne peuvent pas calculer sur "
        "une base nette la valeur exposée au risque des sommes en espèces à recevoir ou à verser dans les opérations "
        "de prêt de titres, les accords de mise en pension, les opérations de prêt avec appel de marge et les "
        "opérations à règlement différé conclues avec une seule et même contrepartie lorsque toutes les conditions "
        "suivantes sont remplies:"
    )
    assert negations(en, fr) == ["obligation_mismatch:negation:ne peuvent pas"]


def test_second_verb_after_ou_ne_shares_the_restriction() -> None:
    en = (
        "Consequently, a European trade mark with unitary effect should only be limited, transferred or revoked, or "
        "lapse, in respect of all the participating Member States."
    )
    fr = (
        "En conséquence, une marque européenne à effet unitaire ne devrait être limitée, transférée ou révoquée ou ne "
        "devrait s'éteindre qu'à l'égard de tous les États membres participants."
    )
    assert negations(en, fr) == []


def test_a_pro_form_after_ou_ne_leaves_the_first_verb_negated() -> None:
    # « ne devrait être limitée … ou ne devrait l'être qu'à l'égard de tous »: "should not be limited …, or should be
    # so only in respect of all", whose first verb the English "should only be limited" does not negate.
    en = (
        "Consequently, a European trade mark with unitary effect should only be limited, transferred or revoked, or "
        "lapse, in respect of all the participating Member States."
    )
    fr = (
        "En conséquence, une marque européenne à effet unitaire ne devrait être limitée, transférée ou révoquée ou ne "
        "devrait l'être qu'à l'égard de tous les États membres participants."
    )
    assert negations(en, fr) == ["obligation_mismatch:negation:ne devrait"]


def test_que_afin_de_is_a_restriction_of_purpose() -> None:
    en = (
        "In particular, the reserves should be adjusted and the assets should be sold for the purpose of restoring "
        "the balance only where the expected returns have changed materially."
    )
    fr = (
        "En particulier, les réserves devraient être ajustées, et les actifs ne devraient être vendus qu'afin de "
        "rétablir l'équilibre uniquement si les rendements attendus ont changé de façon significative."
    )
    assert negations(en, fr) == []


def test_a_negated_purpose_is_still_caught() -> None:
    en = (
        "In particular, the reserves should be adjusted and the assets should be sold for the purpose of restoring "
        "the balance where the expected returns have changed materially."
    )
    fr = (
        "En particulier, les réserves devraient être ajustées, et les actifs ne devraient pas être vendus afin de "
        "rétablir l'équilibre si les rendements attendus ont changé de façon significative."
    )
    assert negations(en, fr) == ["obligation_mismatch:negation:ne devraient pas"]
