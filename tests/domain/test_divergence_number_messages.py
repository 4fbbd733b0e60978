"""number_mismatch quotes the numbers that differ, and only them."""

from mou_review.domain.divergence import ClausePair, check_pair


def _numbers(en: str, fr: str):  # noqa: ANN202
    return [f for f in check_pair(ClausePair(en, fr)) if f.check == "number_mismatch"]


def test_one_number_put_for_another_is_quoted_on_both_sides() -> None:
    (f,) = _numbers("within thirty (30) days", "dans un délai de soixante (60) jours")
    assert "“thirty (30)”" in f.message_en and "“soixante (60)”" in f.message_en
    assert "«\u00a0thirty (30)\u00a0»" in f.message_fr and "«\u00a0soixante (60)\u00a0»" in f.message_fr


def test_a_mere_article_with_the_same_value_is_neither_quoted_nor_shown() -> None:
    # « dans un délai d'un (1) mois »: the « un » of « un délai » is an article, not the number that differs.
    (f,) = _numbers(
        "The Secretariat shall circulate the minutes within thirty (30) days.",
        "Le Secrétariat diffuse le procès-verbal dans un délai d'un (1) mois.",
    )
    assert [s.text for s in f.fr] == ["un (1)"]
    assert "“un (1)”" in f.message_en and "un un" not in f.message_en
    assert "«\u00a0un (1)\u00a0»" in f.message_fr


def test_a_value_said_twice_is_quoted_with_a_comma() -> None:
    (f,) = _numbers("Send 5 copies and 5 originals.", "Envoyer 6 copies et 6 originaux.")
    assert "“5, 5”" in f.message_en and "“6, 6”" in f.message_en
