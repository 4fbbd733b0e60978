"""ArgosTranslator end to end with a tiny copy model: install, list, translate, cache, remove, refuse.

The tiny model (``tests/tinymodel.py``) copies its input, so every difference between the input
and the output comes from our own pipeline around argostranslate.
"""

from __future__ import annotations

import importlib.util
import json
import os
import socket
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest

from mou_review.domain.errors import NotFound, TranslationUnavailable, ValidationError
from mou_review.domain.translation import (
    ArgosTranslator,
    MemoryCache,
    TranslationResult,
    cache_key,
    validate_model_file,
)
from mou_review.domain.types import Lang

_spec = importlib.util.spec_from_file_location("tinymodel", Path(__file__).parents[1] / "tinymodel.py")
tinymodel = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(tinymodel)

NBSP = "\u00a0"
GLOSSARY = [
    ("trafficking in persons", "traite des personnes"),
    ("competent authority", "autorité compétente"),
]


@pytest.fixture(scope="module")
def models(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("models")
    return {
        "en_fr": tinymodel.build_tiny_model(folder / "a", "en", "fr"),
        "fr_en": tinymodel.build_tiny_model(folder / "b", "fr", "en"),
        "en_fr_v2": tinymodel.build_tiny_model(folder / "c", "en", "fr", version="0.2"),
    }


@pytest.fixture(scope="module")
def translator(tmp_path_factory: pytest.TempPathFactory, models: dict[str, Path]) -> ArgosTranslator:
    t = ArgosTranslator(tmp_path_factory.mktemp("argos"), glossary=GLOSSARY)
    t.install(models["en_fr"])
    t.install(models["fr_en"])
    return t


def _rezip(src: Path, dest: Path, *, drop: str = "", replace: dict[str, bytes] | None = None) -> Path:
    """Copy a model archive, leaving out members ending in ``drop`` or replacing some."""
    replace = replace or {}
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dest, "w") as zout:
        for info in zin.infolist():
            if drop and info.filename.endswith(drop):
                continue
            tail = info.filename.split("/", 1)[1]
            zout.writestr(info.filename, replace.get(tail, zin.read(info)))
    return dest


def test_translator_installed_lists_both_directions(translator: ArgosTranslator) -> None:
    assert [(m.code, m.source, m.target, m.version) for m in translator.installed()] == [
        ("en_fr", Lang.EN, Lang.FR, "0.1"),
        ("fr_en", Lang.FR, Lang.EN, "0.1"),
    ]
    assert translator.directions() == [(Lang.EN, Lang.FR), (Lang.FR, Lang.EN)]
    assert all(Path(m.path, "model", "model.bin").is_file() for m in translator.installed())


@pytest.mark.parametrize(
    ("text", "source", "expected"),
    [
        (
            "The Parties shall cooperate under Article 12(3)(b) as follows: (a) prevention; (b) protection.",
            Lang.EN,
            "The Parties shall cooperate under article 12, paragraphe 3, alinéa b) as follows"
            f"{NBSP}: a) prevention{NBSP}; b) protection.",
        ),
        (
            "Each Party shall pay 1,000.50 naira by 14 June 2021. Article 1 applies.",
            Lang.EN,
            f"Each Party shall pay 1{NBSP}000,50 naira by 14 juin 2021. L'article premier applies.",
        ),
        (
            "Trafficking in persons is reported to the competent authority.",
            Lang.EN,
            "Traite des personnes is reported to the autorité compétente.",
        ),
        (
            "Conformément à l'article 12, paragraphe 3, alinéa b), les Parties versent 1 000,50 "
            "au plus tard le 1er juin 2021 : a) la prévention ; b) la traite des personnes.",
            Lang.FR,
            "Conformément à Article 12(3)(b), les Parties versent 1,000.50 au plus tard le "
            "1 June 2021: (a) la prévention; (b) la trafficking in persons.",
        ),
        ("First line 3.2.\n\nThird line (c).", Lang.EN, "First line 3.2.\n\nThird line c)."),
    ],
)
def test_translator_translate_preserves_structure(
    translator: ArgosTranslator, text: str, source: Lang, expected: str
) -> None:
    result = translator.translate(text, source, source.other)
    assert result == TranslationResult(expected, f"{source.value}_{source.other.value}@0.1")


def test_translator_translate_uses_cache_on_second_call(translator: ArgosTranslator) -> None:
    text = "Each Party shall designate a focal point within 30 days."
    calls = translator.model_calls
    first = translator.translate(text, Lang.EN, Lang.FR)
    assert translator.model_calls == calls + 1
    second = translator.translate(text, Lang.EN, Lang.FR)
    assert second == first
    assert translator.model_calls == calls + 1


def test_translator_cache_shared_between_instances(tmp_path: Path, models: dict[str, Path]) -> None:
    cache = MemoryCache()
    a = ArgosTranslator(tmp_path, cache=cache)
    a.install(models["en_fr"])
    a.translate("The committee meets once a year.", Lang.EN, Lang.FR)
    b = ArgosTranslator(tmp_path, cache=cache)
    b.translate("The committee meets once a year.", Lang.EN, Lang.FR)
    assert (a.model_calls, b.model_calls, len(cache)) == (1, 0, 1)


@pytest.mark.parametrize(
    ("other", "same"),
    [
        ({"text": "Article 5."}, False),
        ({"source": Lang.FR}, False),
        ({"model": "en_fr@0.2"}, False),
        ({"glossary": GLOSSARY}, False),
        ({}, True),
    ],
)
def test_cache_key_depends_on_every_input(other: dict, same: bool) -> None:
    base = {"text": "Article 4.", "source": Lang.EN, "target": Lang.FR, "model": "en_fr@0.1"}
    changed = base | other
    glossary = changed.pop("glossary", ())
    assert (cache_key(**base) == cache_key(**changed, glossary=glossary)) is same


def test_translator_reinstall_replaces_model_and_misses_cache(
    tmp_path: Path, models: dict[str, Path]
) -> None:
    t = ArgosTranslator(tmp_path)
    t.install(models["en_fr"])
    assert t.translate("Annual report.", Lang.EN, Lang.FR).model == "en_fr@0.1"
    t.install(models["en_fr_v2"])
    assert [m.version for m in t.installed()] == ["0.2"]
    assert t.translate("Annual report.", Lang.EN, Lang.FR).model == "en_fr@0.2"
    assert t.model_calls == 2


def test_translator_remove_makes_direction_unavailable(tmp_path: Path, models: dict[str, Path]) -> None:
    t = ArgosTranslator(tmp_path)
    t.install(models["en_fr"])
    t.translate("Annual report.", Lang.EN, Lang.FR)
    t.remove("en_fr")
    assert t.installed() == []
    with pytest.raises(TranslationUnavailable) as info:
        t.translate("Annual report.", Lang.EN, Lang.FR)
    assert info.value.details["reason"] == "no_model"
    assert "mou-review translate install" in str(info.value)
    with pytest.raises(NotFound):
        t.remove("en_fr")


def test_translator_without_models_is_unavailable(tmp_path: Path) -> None:
    t = ArgosTranslator(tmp_path / "empty")
    assert t.directions() == []
    with pytest.raises(TranslationUnavailable, match="administration page"):
        t.translate("Text.", Lang.FR, Lang.EN)


def _bad_files(models: dict[str, Path], tmp: Path) -> dict[str, tuple[Path, int]]:
    good = models["en_fr"]
    meta = json.loads(zipfile.ZipFile(good).read("translate-en_fr-tiny/metadata.json"))
    (tmp / "notzip.argosmodel").write_text("not a zip")
    with zipfile.ZipFile(tmp / "escape.argosmodel", "w") as zf:
        zf.writestr("../metadata.json", "{}")
    with zipfile.ZipFile(tmp / "nometa.argosmodel", "w") as zf:
        zf.writestr("pkg/model/model.bin", b"x")
    limit = 500 * 1024 * 1024
    return {
        "not_zip": (tmp / "notzip.argosmodel", limit),
        "missing_file": (tmp / "absent.argosmodel", limit),
        "too_big": (good, 1000),
        "unsafe_archive": (tmp / "escape.argosmodel", limit),
        "no_metadata": (tmp / "nometa.argosmodel", limit),
        "missing_files": (_rezip(good, tmp / "nosp.argosmodel", drop="sentencepiece.model"), limit),
        "wrong_languages": (
            _rezip(
                good,
                tmp / "de.argosmodel",
                replace={"metadata.json": json.dumps(meta | {"to_code": "de"}).encode()},
            ),
            limit,
        ),
        "bad_metadata": (_rezip(good, tmp / "badjson.argosmodel", replace={"metadata.json": b"{"}), limit),
    }


@pytest.mark.parametrize(
    "reason",
    [
        "not_zip",
        "missing_file",
        "too_big",
        "unsafe_archive",
        "no_metadata",
        "missing_files",
        "wrong_languages",
        "bad_metadata",
    ],
)
def test_validate_model_file_refuses(reason: str, models: dict[str, Path], tmp_path: Path) -> None:
    path, limit = _bad_files(models, tmp_path)[reason]
    with pytest.raises(ValidationError) as info:
        validate_model_file(path, max_bytes=limit)
    assert info.value.details["reason"] == reason


def test_validate_model_file_accepts_tiny_model(models: dict[str, Path]) -> None:
    meta = validate_model_file(models["fr_en"], max_bytes=10 * 1024 * 1024)
    assert (meta["from_code"], meta["to_code"]) == ("fr", "en")


@pytest.mark.parametrize("reason", ["missing_files", "wrong_languages", "bad_model"])
def test_translator_install_refusal_leaves_models_untouched(
    reason: str, models: dict[str, Path], tmp_path: Path
) -> None:
    t = ArgosTranslator(tmp_path / "argos")
    t.install(models["en_fr"])
    before = t.installed()
    if reason == "bad_model":
        bad = _rezip(models["en_fr_v2"], tmp_path / "bad.argosmodel", replace={"model/model.bin": b"garbage"})
    else:
        bad = _bad_files(models, tmp_path)[reason][0]
    with pytest.raises(ValidationError) as info:
        t.install(bad)
    assert info.value.details["reason"] == reason
    assert t.installed() == before
    assert t.translate("Annual report.", Lang.EN, Lang.FR).text == "Annual report."
    assert list((tmp_path / "argos" / "staging").iterdir()) == []


def test_translator_opens_no_socket(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, models: dict[str, Path]
) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    t = ArgosTranslator(tmp_path)
    t.install(models["fr_en"])
    text = "Les Parties se consultent. Le comité mixte se réunit une fois par an."
    assert t.translate(text, Lang.FR, Lang.EN).text == text.replace(" ;", ";")


def test_translator_first_import_stays_in_data_dir(tmp_path: Path, models: dict[str, Path]) -> None:
    # A fresh interpreter, so argostranslate's import-time folder creation is what is tested.
    home = tmp_path / "home"
    home.mkdir()
    script = textwrap.dedent(
        f"""
        import os, socket, sys
        def refuse(*a, **k):
            raise SystemExit("network access attempted")
        socket.socket.connect = refuse
        socket.create_connection = refuse
        from mou_review.domain.translation import ArgosTranslator
        from mou_review.domain.types import Lang
        t = ArgosTranslator({str(tmp_path / "argos")!r})
        t.install({str(models["en_fr"])!r})
        print(t.translate("Item (a).", Lang.EN, Lang.FR).text)
        print(os.environ.get("XDG_DATA_HOME"), os.environ.get("ARGOS_PACKAGES_DIR"))
        """
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "ARGOS_"))}
    env |= {"HOME": str(home), "PYTHONPATH": str(Path(__file__).parents[2])}
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["Item a).", "None None"]
    assert list(home.iterdir()) == []
    assert (tmp_path / "argos" / "xdg-data" / "argos-translate").is_dir()
