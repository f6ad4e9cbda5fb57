"""Transformer layers vs NeurST's: identical variables, matching outputs and gradients,
incremental decoding, padding isolation, mixed precision, bad inputs."""

import numpy as np
import pytest
import tensorflow as tf
from absl.testing import parameterized

from neurst_ext import compat

compat.apply()

from neurst.layers import layer_utils  # noqa: E402
from neurst.utils import compat as neurst_compat  # noqa: E402
from neurst.layers import transformer_layers as stock  # noqa: E402

import lightseq_tf  # noqa: E402
from tests import helpers as h  # noqa: E402

D, HEADS, FILTER = 32, 4, 64


def config(**overrides):
    c = dict(hidden_size=D, num_attention_heads=HEADS, filter_size=FILTER)
    c.update(overrides)
    return c


def names(layer):
    return {w.name: tuple(w.shape) for w in layer.weights}


def copy_weights(src, dst):
    by_name = {w.name: w for w in src.weights}
    for w in dst.weights:
        w.assign(by_name[w.name])


def inputs(batch=3, length=6, dtype=tf.float32, seed=0):
    x = h.random((batch, length, D), seed=seed)
    lengths = np.array([length, length - 2, 1][:batch])
    padding = tf.constant(np.arange(length)[None] >= lengths[:, None], tf.float32)
    return tf.cast(x, dtype), padding


def run_encoder(layer, x, padding, training=True):
    return layer(x, layer_utils.input_padding_to_bias(padding), is_training=training)


def run_decoder(layer, x, memory, memory_padding, training=True):
    bias = layer_utils.lower_triangle_attention_bias(tf.shape(x)[1])
    return layer(x, bias, None, memory=memory, memory_bias=layer_utils.input_padding_to_bias(memory_padding),
                 is_training=training)


def pair(kind, name, **overrides):
    ours_cls = lightseq_tf.layers.TransformerEncoderLayer if kind == "encoder" else lightseq_tf.layers.TransformerDecoderLayer
    stock_cls = stock.TransformerEncoderLayer if kind == "encoder" else stock.TransformerDecoderLayer
    return ours_cls(**config(**overrides), name=name), stock_cls(**config(**overrides), name=name)


class TransformerLayerParityTest(tf.test.TestCase, parameterized.TestCase):
    def tearDown(self):
        tf.keras.mixed_precision.set_global_policy("float32")
        neurst_compat.register_computation_dtype("float32", -1e9)
        super().tearDown()

    def _build_pair(self, kind, name, x, padding, memory, **overrides):
        ours, ref = pair(kind, name, **overrides)
        if kind == "encoder":
            run = lambda layer, x: run_encoder(layer, x, padding)  # noqa: E731
        else:
            run = lambda layer, x: run_decoder(layer, x, memory, padding)  # noqa: E731
        run(ours, x)
        run(ref, x)
        self.assertEqual(names(ours), names(ref))
        for w in ours.weights:
            self.assertEqual(w.dtype, tf.float32, w.name)
        copy_weights(ref, ours)
        return ours, ref, run

    @parameterized.named_parameters(
        ("encoder_prenorm_relu", "encoder", {}),
        ("encoder_postnorm_gelu", "encoder", {"post_normalize": True, "ffn_activation": "gelu"}),
        ("decoder_prenorm_relu", "decoder", {}),
        ("decoder_prenorm_gelu_nonapprox", "decoder", {"ffn_activation": "gelu_nonapprox"}),
        ("decoder_postnorm", "decoder", {"post_normalize": True}),
    )
    def test_forward_and_gradients_match_neurst(self, kind, overrides):
        for device in h.DEVICES:
            with h.device_scope(device):
                x, padding = inputs()
                memory = h.random((3, 6, D), seed=5)
                ours, ref, run = self._build_pair(kind, "%s_%s" % (kind, device), x, padding, memory, **overrides)
                with tf.GradientTape(persistent=True) as tape:
                    tape.watch(x)
                    y_ours, y_ref = run(ours, x), run(ref, x)
                self.assertAllClose(y_ours, y_ref, atol=1e-5, rtol=1e-5)
                dy = h.random(y_ref.shape, seed=7)
                g_ours = tape.gradient(y_ours, [x] + ours.trainable_weights, output_gradients=dy)
                ref_by_name = {w.name: w for w in ref.trainable_weights}
                g_ref = tape.gradient(y_ref, [x] + [ref_by_name[w.name] for w in ours.trainable_weights],
                                      output_gradients=dy)
                for w, a, b in zip(["x"] + [w.name for w in ours.trainable_weights], g_ours, g_ref):
                    self.assertAllClose(a, b, atol=1e-5, rtol=1e-4, msg=w)

    def _float32_reference(self, ref, kind, activation, x, padding, memory):
        """Stock NeurST's layer in float32 with ref's weights, on x: its output as float32."""
        policy = tf.keras.mixed_precision.global_policy()
        tf.keras.mixed_precision.set_global_policy("float32")
        neurst_compat.register_computation_dtype("float32", -1e9)
        try:
            layer = pair(kind, ref.name + "_float32", ffn_activation=activation)[1]
            padding = tf.cast(padding, tf.float32)
            run = (lambda x: run_encoder(layer, x, padding)) if kind == "encoder" else (  # noqa: E731
                lambda x: run_decoder(layer, x, memory, padding))
            x = tf.cast(x, tf.float32)
            run(x)
            for w, v in zip(layer.weights, ref.weights):
                w.assign(v)
            return run(x)
        finally:
            tf.keras.mixed_precision.set_global_policy(policy)
            neurst_compat.register_computation_dtype(policy.compute_dtype, -6e4)

    @parameterized.parameters("mixed_float16", "mixed_bfloat16")
    def test_mixed_precision_matches_neurst(self, policy):
        tf.keras.mixed_precision.set_global_policy(policy)
        # As NeurST's trainer does: biases in the compute dtype, FLOAT_MIN representable in it.
        neurst_compat.register_computation_dtype(policy[6:], -6e4)
        for device in h.DEVICES:
            with h.device_scope(device):
                x, padding = inputs(dtype=policy[6:])
                padding = tf.cast(padding, policy[6:])
                memory = h.random((3, 6, D), seed=5)  # float32, as NeurST's encoder output (float32 output_ln)
                # bfloat16 keeps 8 bits: a ReLU pre-activation within rounding of 0 goes either way
                # when the two GEMMs round differently (cuBLAS on the H100: 1 of 64 hidden units),
                # which moves one token's whole contribution in the gradients of that unit and of
                # everything upstream. GELU is smooth; ReLU stays under float16 (NeurST's default).
                activation = {"mixed_float16": "relu", "mixed_bfloat16": "gelu"}[policy]
                for kind in ("encoder", "decoder"):
                    ours, ref, run = self._build_pair(kind, "%s_%s_%s" % (policy, kind, device), x, padding, memory,
                                                      ffn_activation=activation)
                    with tf.GradientTape(persistent=True) as tape:
                        y_ours, y_ref = run(ours, x), run(ref, x)
                    self.assertEqual(y_ours.dtype, y_ref.dtype)
                    # Relative to the output scale: about one ulp of the 16-bit type (measured:
                    # 1.05e-3 for float16, 4.5e-3 for bfloat16).
                    scale = float(tf.reduce_max(tf.abs(h.as_f32(y_ref))))
                    if policy == "mixed_float16":
                        self.assertAllClose(h.as_f32(y_ours), h.as_f32(y_ref), atol=2e-3 * scale, rtol=0)
                    else:
                        # bfloat16's 8 bits: ours and stock each land about an ulp from the float32 result
                        # (AMD EPYC CPU: 1.36 / 1.02 ulps), so they can differ by two; each is held to the
                        # float32 computation of the same weights instead of to the other.
                        y32 = self._float32_reference(ref, kind, activation, x, padding, memory)
                        for y in (y_ours, y_ref):
                            self.assertAllClose(h.as_f32(y), y32, atol=1e-2 * scale, rtol=0)
                    # float32 weight gradients (ours: through the one multi-tensor cast per layer),
                    # each relative to its own scale.
                    dy = tf.cast(h.random(y_ref.shape, seed=7), y_ref.dtype)
                    ref_by_name = {w.name: w for w in ref.trainable_weights}
                    g_ours = tape.gradient(y_ours, ours.trainable_weights, output_gradients=dy)
                    g_ref = tape.gradient(y_ref, [ref_by_name[w.name] for w in ours.trainable_weights],
                                          output_gradients=dy)
                    for w, a, b in zip(ours.trainable_weights, g_ours, g_ref):
                        self.assertEqual(a.dtype, tf.float32, w.name)
                        tol = (1e-2 if policy == "mixed_float16" else 5e-2) * float(tf.reduce_max(tf.abs(b)))
                        self.assertAllClose(a, b, atol=tol, rtol=0, msg=w.name)

    def test_mixed_precision_casts_all_projection_weights_in_one_op(self):
        tf.keras.mixed_precision.set_global_policy("mixed_float16")
        neurst_compat.register_computation_dtype("float16", -6e4)
        x, padding = inputs(dtype=tf.float16)
        memory = h.random((3, 6, D), seed=5)
        for kind, projections in (("encoder", 4), ("decoder", 7)):
            layer = pair(kind, "cast_" + kind)[0]
            run = (lambda l, x: run_encoder(l, x, padding)) if kind == "encoder" else (  # noqa: E731
                lambda l, x: run_decoder(l, x, memory, padding))
            run(layer, x)  # builds

            @tf.function
            def step(x):
                with tf.GradientTape() as tape:
                    y = run(layer, x)  # pylint: disable=cell-var-from-loop
                return tape.gradient(y, layer.trainable_weights)

            graph = step.get_concrete_function(x).graph
            scale_ops = [op for op in graph.get_operations() if op.type == "LightSeq>MultiTensorScale"]
            self.assertLen(scale_ops, 2)  # the forward cast and its gradient's cast back
            self.assertEqual(sorted(len(op.inputs) - 1 for op in scale_ops), [2 * projections] * 2)
            reads_cast = [op for op in graph.get_operations()
                          if op.type == "Cast" and op.inputs[0].op.type == "ReadVariableOp"]
            self.assertEqual(reads_cast, [])

    def test_incremental_decoding_matches_full_sequence_and_neurst(self):
        x, padding = inputs(length=5)
        memory = h.random((3, 5, D), seed=5)  # padded like x
        ours, ref, _ = self._build_pair("decoder", "incremental", x, padding, memory)
        full = run_decoder(ours, x, memory, padding, training=False)
        bias = layer_utils.input_padding_to_bias(padding)
        for use_static in (False, True):
            outputs = {}
            for name, layer in (("ours", ours), ("ref", ref)):
                cache = layer.memorize_memory(memory)
                length = 5 if use_static else 0
                cache["self_attention"] = {k: tf.zeros([3, length, HEADS, D // HEADS]) for k in ("keys", "values")}
                steps = []
                for t in range(5):
                    step_bias = layer_utils.lower_triangle_attention_bias(t + 1)[:, :, -1:]
                    steps.append(layer(x[:, t:t + 1], step_bias, cache, memory_bias=bias, is_training=False,
                                       decode_loop_step=t if use_static else None))
                outputs[name] = tf.concat(steps, axis=1)
            self.assertAllClose(outputs["ours"], full, atol=1e-5, rtol=1e-5)
            self.assertAllClose(outputs["ours"], outputs["ref"], atol=1e-5, rtol=1e-5)

    def test_caches_have_neurst_layout(self):
        def layout(cache):
            return tf.nest.map_structure(lambda t: (t.shape.as_list(), t.dtype.name), cache)

        for kind, method, args in (("encoder", "create_internal_cache", ()),
                                   ("decoder", "create_decoding_internal_cache", ()),
                                   ("decoder", "create_decoding_internal_cache", (7,))):
            ours, ref = pair(kind, "cache")
            self.assertEqual(layout(getattr(ours, method)(*args)), layout(getattr(ref, method)(*args)))

    def test_padding_does_not_leak(self):
        x, padding = inputs()
        layer = lightseq_tf.layers.TransformerEncoderLayer(**config(), name="leak")
        y = run_encoder(layer, x, padding, training=False)
        noise = h.random(x.shape, seed=9) * padding[:, :, None] * 100.0
        y2 = run_encoder(layer, x + noise, padding, training=False)
        keep = (1 - padding).numpy().astype(bool)
        self.assertAllClose(y.numpy()[keep], y2.numpy()[keep], atol=1e-5, rtol=1e-5)

    def test_attention_keys_padded_to_a_multiple_of_8(self):
        """Full-sequence calls give the attention GEMMs and softmax keys padded to a multiple of 8 (a
        [B, T] key bias masks the padding); incremental decoding and 4-d biases keep T keys."""
        x, padding = inputs(length=6)
        memory, memory_padding = h.random((3, 5, D), seed=5), padding[:, 1:]
        expected = {"encoder": ([8], [6]), "decoder": ([8, 8], [6, 5])}
        for kind, (key_rows, bias_rows) in expected.items():
            layer = pair(kind, "pad_" + kind)[0]
            run = (lambda l, x: run_encoder(l, x, padding)) if kind == "encoder" else (  # noqa: E731
                lambda l, x: run_decoder(l, x, memory, memory_padding))
            fn = tf.function(lambda x: run(layer, x))  # pylint: disable=cell-var-from-loop
            graph = fn.get_concrete_function(x).graph
            softmax = [op for op in graph.get_operations() if op.type == "LightSeq>AttentionSoftmax"]
            self.assertEqual([op.inputs[0].shape[3] for op in softmax], key_rows)
            self.assertEqual([op.inputs[1].shape[1] for op in softmax], bias_rows)
        layer = pair("encoder", "pad_4d")[0]
        bias = layer_utils.input_padding_to_bias(padding)[:, None, None, :]
        graph = tf.function(lambda x: layer(x, bias, is_training=False)).get_concrete_function(x).graph
        softmax = [op for op in graph.get_operations() if op.type == "LightSeq>AttentionSoftmax"]
        self.assertEqual([op.inputs[0].shape[3] for op in softmax], [6])
        # A memory bias of another length than the memory (both padded to 8 keys) is an error.
        layer = pair("decoder", "pad_mismatch")[0]
        h.assert_raises_naming(self, lambda: run_decoder(layer, x, memory, padding), "key_bias")

    def test_dropout_is_reproducible_and_changes_per_step(self):
        def make():
            return lightseq_tf.layers.TransformerEncoderLayer(**config(attention_dropout_rate=0.1, ffn_dropout_rate=0.1,
                                                                       layer_postprocess_dropout_rate=0.1), name="drop")
        x, padding = inputs()
        a, b = make(), make()
        run_encoder(a, x, padding, training=False)
        run_encoder(b, x, padding, training=False)
        copy_weights(a, b)
        first_a, first_b = run_encoder(a, x, padding), run_encoder(b, x, padding)
        self.assertAllEqual(first_a, first_b)  # same name -> same seed, same step -> same masks
        self.assertNotAllClose(run_encoder(a, x, padding), first_a)  # next step: new masks

    def test_config_and_bad_inputs(self):
        layer = lightseq_tf.layers.TransformerDecoderLayer(**config(ffn_activation="gelu", post_normalize=True), name="c")
        clone = lightseq_tf.layers.TransformerDecoderLayer.from_config(layer.get_config())
        self.assertEqual(clone.get_config(), layer.get_config())
        x, padding = inputs()
        enc = lightseq_tf.layers.TransformerEncoderLayer(**config(), name="bad")
        with self.assertRaisesRegex(ValueError, r"x must have shape \[batch, length, 32\]"):
            run_encoder(enc, tf.zeros([3, 6, 16]), padding)
        with self.assertRaisesRegex(ValueError, "x must have shape"):
            enc(tf.zeros([3, D]), None, is_training=False)
        with self.assertRaisesRegex(ValueError, "divisible"):
            lightseq_tf.layers.TransformerEncoderLayer(hidden_size=30, num_attention_heads=4, filter_size=8)
        with self.assertRaisesRegex(ValueError, "ffn_activation"):
            lightseq_tf.layers.TransformerEncoderLayer(**config(ffn_activation="tanh"))

    def test_trains_inside_a_keras_model(self):
        class Classifier(tf.keras.Model):
            def __init__(self):
                super().__init__()
                self.encoder = lightseq_tf.layers.TransformerEncoderLayer(**config(ffn_dropout_rate=0.1), name="enc")
                self.head = tf.keras.layers.Dense(2)

            def call(self, inputs, training=False):
                x, padding = inputs
                y = self.encoder(x, padding * -1e9, is_training=bool(training))
                return self.head(tf.reduce_mean(y, axis=1))

        x, padding = inputs(batch=3)
        labels = tf.constant([0, 1, 1])
        model = Classifier()
        model.compile(optimizer=tf.keras.optimizers.Adam(1e-2),
                      loss=tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True))
        before = model.evaluate((x, padding), labels, verbose=0)
        model.fit((x, padding), labels, epochs=10, verbose=0)
        self.assertLess(model.evaluate((x, padding), labels, verbose=0), before)

    def test_long_sequence(self):
        x = h.random((1, 2048, D), seed=1)
        padding = tf.zeros([1, 2048])
        ours, ref, run = self._build_pair("encoder", "long", x, padding, None)
        self.assertAllClose(run(ours, x), run(ref, x), atol=1e-4, rtol=1e-4)


if __name__ == "__main__":
    pytest.main([__file__])
