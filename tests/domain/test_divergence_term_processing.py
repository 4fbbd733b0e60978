"""The term "personal data" left implicit in « traitement », or in "processing" (issue 15, practice set).

The data protection acts define "processing" / « traitement » as an operation performed on personal data, so either
text may name the processing alone where the other says "of personal data" / « des données à caractère personnel »:
the GDPR's definition of the controller, "determines the purposes and means of the processing of personal data" /
« détermine les finalités et les moyens du traitement », and Directive 2016/680's prior consultation, "prior to
processing which will form part of a new filing system" / « préalablement au traitement des données à caractère
personnel qui fera partie d'un nouveau fichier ».  Like « les données » alone, the processing renders the term: a
note at most, not a warning.  "personal data" missing from a French that names no processing still warns.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import terms

PAIRS = [
    # Regulation (EU) 2016/679, Article 4(7)
    (
        "(7) ‘controller’ means the natural or legal person, public authority, agency or other body which, alone or "
        "jointly with others, determines the purposes and means of the processing of personal data; where the "
        "purposes and means of such processing are determined by Union or Member State law, the controller or the "
        "specific criteria for its nomination may be provided for by Union or Member State law;",
        "7) «responsable du traitement», la personne physique ou morale, l'autorité publique, le service ou un autre "
        "organisme qui, seul ou conjointement avec d'autres, détermine les finalités et les moyens du traitement; "
        "lorsque les finalités et les moyens de ce traitement sont déterminés par le droit de l'Union ou le droit d'un "
        "État membre, le responsable du traitement peut être désigné ou les critères spécifiques applicables à sa "
        "désignation peuvent être prévus par le droit de l'Union ou par le droit d'un État membre;",
    ),
    # Regulation (EU) 2016/679, Article 18(1)(b)
    (
        "(b) the processing is unlawful and the data subject opposes the erasure of the personal data and requests "
        "the restriction of their use instead;",
        "b) le traitement est illicite et la personne concernée s'oppose à leur effacement et exige à la place la "
        "limitation de leur utilisation;",
    ),
    # Directive (EU) 2016/680, Article 28(1)
    (
        "1.   Member States shall provide for the controller or processor to consult the supervisory authority prior "
        "to processing which will form part of a new filing system to be created, where:",
        "1.   Les États membres prévoient que le responsable du traitement ou le sous-traitant consulte l'autorité de "
        "contrôle préalablement au traitement des données à caractère personnel qui fera partie d'un nouveau fichier "
        "à créer:",
    ),
]


@pytest.mark.parametrize(("en", "fr"), PAIRS, ids=["gdpr-controller", "gdpr-restriction", "led-consultation"])
def test_the_processing_renders_personal_data(en: str, fr: str) -> None:
    assert terms(en, fr) == []


def test_personal_data_missing_from_a_french_without_processing_still_warns() -> None:
    en = "The controller shall inform the data subject of the categories of personal data concerned."
    fr = "Le responsable informe la personne concernée des catégories d'informations concernées."
    assert terms(en, fr) == ["term_mismatch:en:personal data"]


def test_personal_data_missing_from_an_english_without_processing_still_warns() -> None:
    en = "The controller shall inform the data subject of the categories of information concerned."
    fr = "Le responsable informe la personne concernée des catégories de données à caractère personnel concernées."
    assert terms(en, fr) == ["term_mismatch:fr:personal data"]


def test_a_verb_of_processing_does_not_render_personal_data() -> None:
    # « traitées » shares the stem of « traitement »: only the noun, as written, names the processing.
    en = (
        "Personal data exchanged under this Memorandum of Understanding shall be processed only for the purposes "
        "for which they were transmitted."
    )
    fr = (
        "Les renseignements échangés en vertu du présent mémorandum d'entente ne sont traités qu'aux fins pour "
        "lesquelles ils ont été transmis."
    )
    assert terms(en, fr) == ["term_mismatch:en:personal data"]
