"""The initials of an act's number after the prefixes French writes: « règlements (UE) nos 1093/2010, 1094/2010 et
1095/2010 » (the plural of « no »), « règlement délégué (UE) no °1151/2014 » (a degree sign left in the Official
Journal).  The initials belong to the number, as in « (UE) no 1093/2010 »: they name no entity of their own."""

from __future__ import annotations

from mou_review.domain.divergence import ClausePair, Severity, check_pair


def entity_keys(en: str, fr: str) -> list[str]:
    """Return the keys of the entity findings at warning or error on a pair."""
    return [
        f.key
        for f in check_pair(ClausePair(en, fr))
        if f.check == "entity_mismatch" and f.severity is not Severity.INFO
    ]


def test_the_initials_before_nos_belong_to_the_numbers() -> None:
    en = "Under Regulations (EU) No 1093/2010 and (EU) No 1095/2010, the authorities shall consult."
    fr = "En vertu des règlements (UE) nos 1093/2010 et 1095/2010, les autorités consultent le public."
    assert entity_keys(en, fr) == []


def test_the_initials_before_a_stray_degree_sign_belong_to_the_number() -> None:
    en = "Delegated Regulation (EU) No 1151/2014 should therefore be amended."
    fr = "Il convient dès lors de modifier le règlement délégué (UE) no °1151/2014."
    assert entity_keys(en, fr) == []


def test_initials_of_their_own_still_fire() -> None:
    en = "Under Regulations (EU) No 1093/2010 and (EU) No 1095/2010, the authorities shall consult."
    fr = "En vertu des règlements (UE) nos 1093/2010 et 1095/2010, les autorités et l'ONU consultent le public."
    assert entity_keys(en, fr) == ["entity_mismatch:fr:onu"]
