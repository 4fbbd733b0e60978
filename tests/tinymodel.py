"""Build a tiny but valid ``.argosmodel`` for tests and benchmarks, offline, in well under a second.

The package has the layout argostranslate expects (``metadata.json``, a CTranslate2 ``model/``,
``sentencepiece.model``) so tests go through argostranslate's real loading (``Package``) and
translation (``apply_packaged_translation`` -> ``ctranslate2.Translator.translate_batch``) code.

The network is a handcrafted one-layer Transformer that *copies* its input: the decoder's
cross-attention at step ``t`` looks only at source position ``t`` and the output projection
reads back the token found there.  Its "translation" is therefore the input text itself, which
makes everything our pipeline adds around the model (placeholders, label and cross-reference
mapping, glossary terms) exactly predictable in tests.  How the weights achieve that:

- source embeddings are one-hot over a token block ``A`` of the hidden state, learned position
  encodings one-hot over a position block ``B``; the decoder embeddings are zero, so the decoder
  state at step ``t`` is the position one-hot alone;
- every self-attention and feed-forward sub-layer has zero weights, so it adds nothing to the
  residual stream; layer norms are plain (gamma 1, beta 0) and, since every vector has the same
  number of ones, act as the same affine map on all of them;
- cross-attention queries and keys read block ``B`` and score source position ``s`` at step
  ``t`` by ``-|t - s|`` (a sharp softmax picks ``s = t``), values read block ``A`` and write it
  back, and the output projection reads block ``A``;
- ``add_source_eos`` puts ``</s>`` at the end of the source; past the end the nearest position
  is that ``</s>``, so every beam of the beam search stops there instead of running on.

No sentence-boundary model is included (``with_minisbd=False``): ``domain.translation`` splits
sentences itself and never uses argostranslate's MiniSBD, which would otherwise download one.
"""

from __future__ import annotations

import io
import json
import shutil
import tempfile
import zipfile
from pathlib import Path

import numpy as np

#: Longest sentence (in SentencePiece tokens, ``</s>`` included) the copy model can copy.
MAX_POSITIONS = 256

_SPECIAL = ["<unk>", "<s>", "</s>"]

# Our own training text: legal words of both languages, digits, punctuation and the
# characters of French typography, so that SentencePiece covers every character we use.
_EN_WORDS = (
    "the Parties shall agree to cooperate in prevention protection prosecution of trafficking in "
    "persons under this Memorandum of Understanding Article paragraph item within thirty days "
    "each Party may request consultations joint committee meet once a year victims assistance "
    "information exchange border officials training national agency competent authority "
    "notify writing enter into force date signature amend terminate dispute settle amicably "
    "Federal Republic Nigeria Niger terms reference budget report annual review section "
    "whereas recalling considering have agreed as follows and or not with for by on at from"
)
_FR_WORDS = (
    "les Parties conviennent de coopérer en matière prévention protection poursuite la traite "
    "des personnes au titre du présent Mémorandum d'entente article paragraphe alinéa dans un "
    "délai trente jours chaque Partie peut demander consultations comité mixte se réunit une "
    "fois par an victimes assistance échange d'informations agents frontaliers formation "
    "agence nationale autorité compétente notifie par écrit entre en vigueur à la date "
    "signature modifier dénoncer différend règlent à l'amiable République fédérale Nigéria "
    "termes référence budget rapport annuel examen section considérant rappelant ce qui suit "
    "et ou ne pas avec pour sur à de premier où être été même çà là"
)
_EXTRA_CHARS = (
    "0 1 2 3 4 5 6 7 8 9 ( ) [ ] , . ; : ! ? « » \" ' ’ - – / % & @ é è ê ë à â ç î ï ô ù û ü ÿ "
    "É È À Ç Ô Œ œ æ A B C D E F G H I J K L M N O P Q R S T U V W X Y Z "
    "a b c d e f g h i j k l m n o p q r s t u v w x y z ⟦ ⟧ _ + = * # $ € £ § °"
)


def _training_lines() -> list[str]:
    """Return a few hundred lines of text covering both languages and every character we use."""
    rng = np.random.default_rng(7)
    lines = [_EXTRA_CHARS, _EXTRA_CHARS.replace(" ", "")]
    for words in (_EN_WORDS.split(), _FR_WORDS.split()):
        for _ in range(200):
            picked = rng.choice(words, size=int(rng.integers(6, 16)))
            number = int(rng.integers(1, 2000))
            lines.append(f"{' '.join(picked)} {number} ({chr(97 + number % 26)}) [{number % 50}].")
    return lines


def _train_sentencepiece(vocab_size: int = 300) -> bytes:
    """Train a small unigram SentencePiece model on our own lines and return its bytes."""
    import sentencepiece as spm

    out = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(_training_lines()),
        model_writer=out,
        vocab_size=vocab_size,
        model_type="unigram",
        character_coverage=1.0,
        minloglevel=2,
        # Keep digits apart so any number is spelt with known pieces.
        split_digits=True,
    )
    return out.getvalue()


def _copy_model_spec(vocab: list[str]):
    """Return a CTranslate2 TransformerSpec whose weights copy the source tokens."""
    import ctranslate2

    v, p = len(vocab), MAX_POSITIONS
    d = v + p  # block A: tokens [0, v); block B: positions [v, v + p)
    f32 = np.float32
    spec = ctranslate2.specs.TransformerSpec.from_config(1, 1, pre_norm=True)
    spec.config.add_source_eos = True
    enc, dec = spec.encoder, spec.decoder
    enc.scale_embeddings = False
    dec.scale_embeddings = False

    def layer_norm(ln) -> None:
        ln.gamma = np.ones(d, f32)
        ln.beta = np.zeros(d, f32)

    def linear(lin, rows: int, weight: np.ndarray | None = None) -> None:
        lin.weight = weight if weight is not None else np.zeros((rows, d), f32)
        lin.bias = np.zeros(rows, f32)

    def silent_ffn(ffn) -> None:
        layer_norm(ffn.layer_norm)
        ffn.linear_0.weight = np.zeros((4, d), f32)
        ffn.linear_0.bias = np.zeros(4, f32)
        ffn.linear_1.weight = np.zeros((d, 4), f32)
        ffn.linear_1.bias = np.zeros(d, f32)

    positions = np.zeros((p, d), f32)
    positions[:, v:] = np.eye(p, dtype=f32)

    enc.embeddings[0].weight = np.eye(v, d, dtype=f32)
    enc.position_encodings.encodings = positions
    layer_norm(enc.layer_norm)
    (enc_layer,) = enc.layer
    layer_norm(enc_layer.self_attention.layer_norm)
    linear(enc_layer.self_attention.linear[0], 3 * d)
    linear(enc_layer.self_attention.linear[1], d)
    silent_ffn(enc_layer.ffn)

    dec.embeddings.weight = np.zeros((v, d), f32)
    dec.position_encodings.encodings = positions.copy()
    layer_norm(dec.layer_norm)
    (dec_layer,) = dec.layer
    layer_norm(dec_layer.self_attention.layer_norm)
    linear(dec_layer.self_attention.linear[0], 3 * d)
    linear(dec_layer.self_attention.linear[1], d)
    layer_norm(dec_layer.attention.layer_norm)
    pick_positions = np.zeros((d, d), f32)
    pick_positions[v:, v:] = np.eye(p, dtype=f32)
    pick_tokens = np.zeros((d, d), f32)
    pick_tokens[:v, :v] = np.eye(v, dtype=f32)
    # Query for step t scores source position s by -|t - s|: a sharp softmax picks s = t, and
    # past the end of the source it picks the last position, "</s>", so every beam stops.
    # The bias cancels the constant that layer norm adds to the one-hot position.
    t_idx = np.arange(p)
    distance = -np.abs(t_idx[:, None] - t_idx[None, :]).astype(f32)
    sigma = np.sqrt(1.0 / d - 1.0 / d**2)
    query = np.zeros((d, d), f32)
    query[v:, v:] = distance
    linear(dec_layer.attention.linear[0], d, query)
    dec_layer.attention.linear[0].bias[v:] = (distance.sum(axis=1) / (d * sigma)).astype(f32)
    linear(dec_layer.attention.linear[1], 2 * d, np.concatenate([pick_positions, pick_tokens]))
    linear(dec_layer.attention.linear[2], d, 4.0 * pick_tokens)
    silent_ffn(dec_layer.ffn)
    dec.projection.weight = 8.0 * np.eye(v, d, dtype=f32)
    dec.projection.bias = np.zeros(v, f32)
    # Never start or repeat the start token.
    dec.projection.bias[vocab.index("<s>")] = -1e4

    spec.register_source_vocabulary(vocab)
    spec.register_target_vocabulary(vocab)
    spec.validate()
    return spec


def build_tiny_model(
    dest_dir: Path,
    source: str = "en",
    target: str = "fr",
    *,
    version: str = "0.1",
    with_minisbd: bool = False,
) -> Path:
    """Build ``translate-<source>_<target>-tiny.argosmodel`` in ``dest_dir`` and return its path."""
    import sentencepiece as spm

    dest_dir = Path(dest_dir)
    dest_dir.mkdir(parents=True, exist_ok=True)
    sp_bytes = _train_sentencepiece()
    processor = spm.SentencePieceProcessor(model_proto=sp_bytes)
    vocab = [processor.id_to_piece(i) for i in range(processor.get_piece_size())]
    assert vocab[:3] == _SPECIAL, vocab[:3]

    top = f"translate-{source}_{target}-tiny"
    names = {"en": "English", "fr": "French"}
    metadata = {
        "package_version": version,
        "argos_version": "1.12",
        "from_code": source,
        "from_name": names.get(source, source),
        "to_code": target,
        "to_name": names.get(target, target),
        "type": "translate",
        "links": [],
    }
    with tempfile.TemporaryDirectory() as tmp:
        model_dir = Path(tmp) / "model"
        model_dir.mkdir()
        _copy_model_spec(vocab).save(str(model_dir))
        archive = dest_dir / f"{top}.argosmodel"
        with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
            zf.writestr(f"{top}/metadata.json", json.dumps(metadata, indent=2))
            zf.writestr(f"{top}/sentencepiece.model", sp_bytes)
            zf.writestr(f"{top}/README.md", "Tiny copy model for mou-review tests.\n")
            for path in sorted(model_dir.iterdir()):
                zf.write(path, f"{top}/model/{path.name}")
            if with_minisbd:
                # A placeholder file: enough for layout checks, never loaded by our pipeline.
                zf.writestr(f"{top}/minisbd/{source}.onnx", b"")
        shutil.rmtree(model_dir)
    return archive
