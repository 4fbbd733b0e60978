"""The counts in a finding's message agree with their noun in both languages (« 1 phrase », "2 sentences")."""

from __future__ import annotations

from mou_review.domain.divergence import ClausePair, check_pair

_EN = (
    "The Parties shall exchange information on the routes used by traffickers. The Joint Technical Working Group "
    "shall review that information at each meeting."
)
_FR = (
    "Les Parties échangent des informations sur les itinéraires empruntés par les trafiquants. Le Groupe de travail "
    "technique conjoint examine ces informations à chacune de ses réunions."
)


def _messages(en: str, fr: str, check: str) -> list[tuple[str, str]]:
    return [(f.message_en, f.message_fr) for f in check_pair(ClausePair(en, fr)) if f.check == check]


def test_a_dropped_sentence_is_counted_in_the_singular_and_the_plural() -> None:
    fr_one = _FR.split(". ")[0] + "."
    assert _messages(_EN, _FR, "structure_mismatch") == []
    assert _messages(_EN, fr_one, "structure_mismatch") == [
        (
            "The English has 2 sentences, the French 1 sentence.",
            "La version anglaise comporte 2 phrases, la version française 1 phrase.",
        )
    ]


def test_an_item_dropped_from_a_list_is_counted_in_both_numbers() -> None:
    en = "The report shall set out: (a) the cases detected; and (b) the assistance given to the victims."
    fr = "Le rapport expose: a) les cas détectés."
    assert _messages(en, fr, "structure_mismatch") == [
        (
            "The English has 2 enumerated items, the French 1 enumerated item.",
            "La version anglaise comporte 2 éléments énumérés, la version française 1 élément énuméré.",
        )
    ]


def test_a_number_found_once_on_the_other_side_says_once() -> None:
    en = "Each Party shall designate 3 focal points, and the 3 focal points shall meet every quarter."
    fr = "Chaque Partie désigne 3 points focaux, et les points focaux se réunissent chaque trimestre."
    messages = [m for m in _messages(en, fr, "number_mismatch") if "3" in m[0]]
    assert messages and messages[0][0].endswith("appears 2 times in the English but once in the French.")
    assert messages[0][1].endswith(
        "figure 2 fois dans la version anglaise, mais 1 fois dans la version française."
    )
