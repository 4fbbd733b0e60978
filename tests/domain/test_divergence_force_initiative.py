"""obligation_mismatch, force: a time limit extended "at the initiative of" an institution ("That period shall be
extended by three months at the initiative of the European Parliament or of the Council" / « Ce délai peut être
prolongé de trois mois à l'initiative du Parlement européen ou du Conseil »).  The passive extension happens when, and
only when, the named institution takes the initiative: the choice is that institution's, said by the phrase, and the
modal adds nothing to it; EU acts write "shall be extended" and "may be extended", « est prolongé » and « peut être
prolongé », for the one rule.  An active verb whose subject is another body keeps its modal ("The Commission may, at
the initiative of a Member State, adopt" is the Commission's discretion, against « adopte »), and so does a passive
with an agent of its own ("by the Council")."""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import blocking_keys

# Real pairs of the practice part: PSD2 (Directive (EU) 2015/2366), Article 105(5), and PRIIPs (Regulation (EU)
# No 1286/2014), Article 31.
_PSD2_EN = (
    "5.   A delegated act adopted pursuant to Article 104 shall enter into force only if no objection has been "
    "expressed either by the European Parliament or the Council within a period of 3 months of notification of that "
    "act to the European Parliament and the Council or if, before the expiry of that period, the European Parliament "
    "and the Council have both informed the Commission that they will not object. That period shall be extended by 3 "
    "months at the initiative of the European Parliament or of the Council."
)
_PSD2_FR = (
    "5.   Un acte délégué adopté en vertu de l’article 104 n’entre en vigueur que si le Parlement européen ou le "
    "Conseil n’a pas exprimé d’objections dans un délai de trois mois à compter de la notification de cet acte au "
    "Parlement européen et au Conseil ou si, avant l’expiration de ce délai, le Parlement européen et le Conseil ont "
    "tous deux informé la Commission de leur intention de ne pas exprimer d’objections. Ce délai peut être prolongé de "
    "trois mois à l’initiative du Parlement européen ou du Conseil."
)
_PRIIPS_EN = (
    "Where the Commission adopts regulatory technical standards pursuant to Article 8(5), Article 10(2) or Article "
    "13(5) which are the same as the draft regulatory technical standards submitted by the ESAs, the period during "
    "which the European Parliament and the Council may object to those regulatory technical standards shall, by way "
    "of derogation from the second subparagraph of Article 13(1) of Regulation (EU) No 1093/2010, of Regulation (EU) "
    "No 1094/2010 and of Regulation (EU) No 1095/2010, and in order to take into account the complexity and volume of "
    "the issues covered therein, be two months from the date of notification. At the initiative of the European "
    "Parliament or the Council that period may be extended by one month."
)
_PRIIPS_FR = (
    "Lorsque la Commission adopte des normes techniques de réglementation en vertu de l’article 8, paragraphe 5, de "
    "l’article 10, paragraphe 2, ou de l’article 13, paragraphe 5, qui sont identiques aux projets de normes "
    "techniques de réglementation soumis par les autorités européennes de surveillance, la période pendant laquelle le "
    "Parlement européen et le Conseil peuvent exprimer des objections à l’égard de ces normes techniques de "
    "réglementation est, par dérogation à l’article 13, paragraphe 1, deuxième alinéa, du règlement (UE) no 1093/2010, "
    "du règlement (UE) no 1094/2010 et du règlement (UE) no 1095/2010 et afin de tenir compte de la complexité et du "
    "nombre de questions traitées dans ces dernières, de deux mois à compter de la date de notification. Ce délai est "
    "prolongé d’un mois à l’initiative du Parlement européen ou du Conseil."
)


@pytest.mark.parametrize(
    ("en", "fr"), [(_PSD2_EN, _PSD2_FR), (_PRIIPS_EN, _PRIIPS_FR)], ids=["psd2", "priips"]
)
def test_extension_at_an_initiative_is_one_rule_whatever_the_modal(en: str, fr: str) -> None:
    assert blocking_keys(en, fr, "obligation_mismatch:force") == []


def test_extension_at_an_initiative_fronted_in_french() -> None:
    en = "That period may be extended by two months at the initiative of the European Parliament or of the Council."
    fr = "À l'initiative du Parlement européen ou du Conseil, ce délai est prolongé de deux mois."
    assert blocking_keys(en, fr, "obligation_mismatch:force") == []


def test_active_verb_at_an_initiative_keeps_its_modal() -> None:
    en = "The Commission may, at the initiative of a Member State, adopt measures to protect the market."
    fr = "La Commission adopte, à l'initiative d'un État membre, des mesures visant à protéger le marché."
    assert blocking_keys(en, fr, "obligation_mismatch:force") != []


def test_passive_with_its_own_agent_keeps_its_modal() -> None:
    en = "The period may be extended by the Council at the initiative of the Commission."
    fr = "Le délai est prolongé par le Conseil à l'initiative de la Commission."
    assert blocking_keys(en, fr, "obligation_mismatch:force") != []


def test_extension_without_initiative_keeps_its_modal() -> None:
    en = "That period may be extended by three months."
    fr = "Ce délai est prolongé de trois mois."
    assert blocking_keys(en, fr, "obligation_mismatch:force") != []
