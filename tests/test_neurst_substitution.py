"""NeurST's Transformer stacks with the fused layers substituted: same variables, same outputs
(training and incremental decoding), fallbacks with a logged reason."""

import pytest
import tensorflow as tf

from neurst_ext import compat, substitute

compat.apply()

from neurst.layers.decoders.transformer_decoder import TransformerDecoder  # noqa: E402
from neurst.layers.encoders.transformer_encoder import TransformerEncoder  # noqa: E402

import lightseq_tf  # noqa: E402
from tests import helpers as h  # noqa: E402

STACK = dict(num_layers=2, hidden_size=32, num_attention_heads=4, filter_size=64)


@pytest.fixture(autouse=True)
def stock_afterwards():
    yield
    substitute.revert()


def build(cls, substituted, name, run, args, **overrides):
    """Constructs a stack and calls it once (NeurST creates the layers in build())."""
    if substituted:
        assert substitute.apply()
    else:
        substitute.revert()  # the start-up hook may have substituted when NeurST was imported
    try:
        stack = cls(**dict(STACK, **overrides), name=name)
        run(stack, *args)
    finally:
        substitute.revert()
    return stack


def run_encoder(encoder, x, padding, training=True):
    return encoder(x, padding, is_training=training)


def run_decoder(decoder, y, memory, padding, training=True):
    cache = decoder.create_decoding_internal_cache(memory, padding, is_inference=False)
    return decoder(y, cache, is_training=training)


def copy_by_name(src, dst):
    by_name = {w.name: w for w in src.weights}
    assert sorted(by_name) == sorted(w.name for w in dst.weights)
    for w in dst.weights:
        assert tuple(w.shape) == tuple(by_name[w.name].shape), w.name
        w.assign(by_name[w.name])


def inputs():
    x = h.random((3, 7, 32), seed=1)
    padding = tf.constant([[0.0] * 7, [0.0] * 5 + [1.0] * 2, [0.0] + [1.0] * 6])
    return x, padding


def test_encoder_and_decoder_stacks_match_stock():
    x, padding = inputs()
    y = h.random((3, 5, 32), seed=2)
    for cls, run, args in ((TransformerEncoder, run_encoder, (x, padding)),
                           (TransformerDecoder, run_decoder, (y, x, padding))):
        ours, stock = build(cls, True, "stack", run, args), build(cls, False, "stack", run, args)
        layer_types = {type(layer) for layer in ours._stacking_layers}  # pylint: disable=protected-access
        assert layer_types <= {lightseq_tf.layers.TransformerEncoderLayer, lightseq_tf.layers.TransformerDecoderLayer}
        # pylint: disable=protected-access,unidiomatic-typecheck
        assert type(ours._output_norm_layer) is lightseq_tf.layers.LayerNorm
        assert type(stock._output_norm_layer) is tf.keras.layers.LayerNormalization
        assert ours._output_norm_layer.dtype == stock._output_norm_layer.dtype == "float32"
        copy_by_name(stock, ours)
        tf.debugging.assert_near(run(ours, *args), run(stock, *args), atol=1e-5, rtol=1e-5)


def test_incremental_decoding_through_neurst_decoder_matches_stock():
    memory, padding = inputs()
    y = h.random((3, 4, 32), seed=3)
    args = (y, memory, padding)
    ours, stock = build(TransformerDecoder, True, "dec", run_decoder, args), build(TransformerDecoder, False, "dec",
                                                                                    run_decoder, args)
    copy_by_name(stock, ours)
    outputs = {}
    for name, decoder in (("ours", ours), ("stock", stock)):
        cache = decoder.create_decoding_internal_cache(memory, padding, is_inference=True)
        steps = []
        for t in range(4):
            steps.append(decoder(y[:, t], cache, is_training=False))
        outputs[name] = tf.stack(steps, axis=1)
    tf.debugging.assert_near(outputs["ours"], outputs["stock"], atol=1e-5, rtol=1e-5)
    tf.debugging.assert_near(outputs["ours"], run_decoder(ours, y, memory, padding, training=False), atol=1e-5,
                             rtol=1e-5)


def test_unsupported_setting_falls_back_with_a_reason(caplog):
    substitute._logged.clear()  # pylint: disable=protected-access
    with caplog.at_level("INFO"):
        encoder = build(TransformerEncoder, True, "tanh_enc", run_encoder, inputs(), ffn_activation="tanh")
    assert not any(isinstance(layer, lightseq_tf.layers.TransformerEncoderLayer)
                   for layer in encoder._stacking_layers)  # pylint: disable=protected-access
    assert "ffn_activation='tanh' has no fused kernel" in caplog.text


def test_opt_out_and_missing_library_keep_stock(monkeypatch, caplog):
    substitute._logged.clear()  # pylint: disable=protected-access
    monkeypatch.setenv("LIGHTSEQ_TF_DISABLE", "1")
    with caplog.at_level("INFO"):
        assert not substitute.apply()
    assert "LIGHTSEQ_TF_DISABLE is set" in caplog.text
    monkeypatch.delenv("LIGHTSEQ_TF_DISABLE")
    monkeypatch.setattr(lightseq_tf._loader, "_module", None)  # pylint: disable=protected-access
    monkeypatch.setattr(lightseq_tf._loader, "candidate_paths", lambda: ["/nonexistent/_lightseq_ops.so"])
    with caplog.at_level("INFO"):
        assert not substitute.apply()
    assert "op library not found" in caplog.text
