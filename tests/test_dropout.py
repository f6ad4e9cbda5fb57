"""BiasActDropout and BiasDropoutResidual ops: parity, keep-decisions, gradients, edge cases, errors."""

import numpy as np
import tensorflow as tf
from absl.testing import parameterized

from lightseq_tf import _loader, ops
from tests import helpers as h

SHAPES = [(4, 6, 64), (3, 7), (2, 3, 1000)]


def raw():
    return _loader.load()


def keep_mask(shape, rate, seed, offset):
    """The documented keep-decisions (NumPy Philox reference) for a tensor of `shape`."""
    return h.expected_keep_mask(int(np.prod(shape)), rate, seed, offset).reshape(shape)


def kept_by_forward_and_gradient(x, bias, rate, seed, offset, device):
    """(y != 0, dx != 0) of identity dropout with dy = 1: the forward's and the gradient's keep-decisions."""
    with h.device_scope(device):
        with tf.GradientTape() as tape:
            tape.watch(x)
            y = ops.bias_act_dropout(x, bias, rate, seed=seed, offset=offset)
        dx = tape.gradient(y, x)
    return y.numpy() != 0, dx.numpy() != 0


class BiasActDropoutTest(tf.test.TestCase, parameterized.TestCase):
    @parameterized.named_parameters(h.DEVICE_DTYPE)
    def test_forward_matches_reference(self, device, dtype):
        atol, rtol = h.TOLERANCE[dtype]
        for activation in ops.ACTIVATIONS:
            for rate in [0.0, 0.25]:
                for shape in SHAPES:
                    with h.device_scope(device):
                        x, b = h.random(shape, dtype, seed=1), h.random(shape[-1:], dtype, seed=2)
                        y = ops.bias_act_dropout(x, b, rate=rate, activation=activation, seed=3, offset=4)
                        mask = keep_mask(shape, rate, 3, 4)
                        ref = h.bias_act_dropout_ref(h.as_f32(x), h.as_f32(b), activation, mask, rate)
                    self.assertAllClose(h.as_f32(y), ref, atol=atol * 2, rtol=rtol, msg=activation)

    @parameterized.named_parameters(h.DEVICE_DTYPE)
    def test_gradients_match_reference(self, device, dtype):
        atol, rtol = h.TOLERANCE[dtype]
        shape = (5, 3, 48)
        for activation in ops.ACTIVATIONS:
            for rate in [0.0, 0.4]:
                with h.device_scope(device):
                    x = h.random(shape, dtype, seed=1, away_from_zero=0.05)
                    b = h.random(shape[-1:], dtype, seed=2, scale=0.01)
                    dy = h.random(shape, dtype, seed=5)
                    with tf.GradientTape(persistent=True) as tape:
                        tape.watch([x, b])
                        y = ops.bias_act_dropout(x, b, rate, activation, seed=7, offset=1)
                        ref = h.bias_act_dropout_ref(h.as_f32(x), h.as_f32(b), activation,
                                                     keep_mask(shape, rate, 7, 1), rate)
                    ours = tape.gradient(y, [x, b], output_gradients=dy)
                    theirs = tape.gradient(ref, [x, b], output_gradients=h.as_f32(dy))
                self.assertAllClose(h.as_f32(ours[0]), theirs[0], atol=atol * 4, rtol=rtol * 2, msg=activation)
                self.assertAllClose(h.as_f32(ours[1]), theirs[1], atol=atol * 16, rtol=rtol * 4, msg=activation)

    @parameterized.named_parameters([(d, d) for d in h.DEVICES])
    def test_compute_gradient_against_float64_reference(self, device):
        shape = (3, 8)
        for activation in ops.ACTIVATIONS:
            for rate in [0.0, 0.5]:
                with h.device_scope(device):
                    x = h.random(shape, seed=1, away_from_zero=0.1)
                    b = h.random(shape[-1:], seed=2, scale=0.01)
                    mask = keep_mask(shape, rate, 2, 9)
                    theoretical, _ = tf.test.compute_gradient(
                        lambda x, b: ops.bias_act_dropout(x, b, rate, activation, seed=2, offset=9), [x, b])
                    _, numerical = tf.test.compute_gradient(
                        lambda x, b: h.bias_act_dropout_ref(x, b, activation, mask, rate),
                        [tf.cast(x, tf.float64), tf.cast(b, tf.float64)])
                for t, n in zip(theoretical, numerical):
                    self.assertAllClose(t, n, atol=1e-4, rtol=1e-4, msg=activation)

    @parameterized.named_parameters([(d, d) for d in h.DEVICES])
    def test_forward_and_gradient_follow_documented_philox_rule(self, device):
        # 203 elements: a last draw of 3 elements; rows of 29 split draws (8 elements each) across rows.
        rate, seed, offset = 0.3, 0x1234_5678_9ABC, 77
        for shape in [(203,), (7, 29)]:
            x = tf.ones(shape)
            kept_y, kept_dx = kept_by_forward_and_gradient(x, tf.zeros(shape[-1:]), rate, seed, offset, device)
            expected = keep_mask(shape, rate, seed, offset)
            self.assertAllEqual(kept_y, expected)
            self.assertAllEqual(kept_dx, expected)

    @parameterized.named_parameters([(d, d) for d in h.DEVICES])
    def test_mask_statistics_and_determinism(self, device):
        shape = (64, 1024)
        with h.device_scope(device):
            x, b = tf.ones(shape), tf.zeros([shape[-1]])
            for rate in [0.1, 0.5, 0.9]:
                y = ops.bias_act_dropout(x, b, rate, seed=11, offset=0)
                n = y.shape.num_elements()
                kept = float(tf.reduce_sum(tf.cast(y > 0, tf.float32)))
                # Binomial: 6 standard deviations.
                self.assertLess(abs(kept / n - (1 - rate)), 6 * (rate * (1 - rate) / n) ** 0.5, rate)
                self.assertAllClose(tf.reduce_max(y), 1 / (1 - rate))
                self.assertAllEqual(y, ops.bias_act_dropout(x, b, rate, seed=11, offset=0))
            mask = ops.bias_act_dropout(x, b, 0.5, seed=11, offset=0) > 0
            m1 = ops.bias_act_dropout(x, b, 0.5, seed=11, offset=1) > 0
            m2 = ops.bias_act_dropout(x, b, 0.5, seed=12, offset=0) > 0
            # Other offset or seed: independent masks agree on about half the elements.
            for other in (m1, m2):
                agree = float(tf.reduce_mean(tf.cast(tf.equal(other, mask), tf.float32)))
                self.assertNear(agree, 0.5, 0.02)

    def test_same_mask_on_every_device_and_in_tf_function(self):
        x, b = h.random((8, 40), away_from_zero=0.1), tf.zeros([40])
        masks = []
        for device in h.DEVICES:
            masks.extend(kept_by_forward_and_gradient(x, b, 0.3, 5, 6, device))
            with h.device_scope(device):
                masks.append(tf.function(lambda: ops.bias_act_dropout(x, b, 0.3, seed=5, offset=6))().numpy() != 0)
        for m in masks[1:]:
            self.assertAllEqual(m, masks[0])

    def test_seed_and_offset_may_be_tensors(self):
        x, b = h.random((4, 8), away_from_zero=0.1), tf.zeros([8])

        @tf.function
        def f(s, o):
            with tf.GradientTape() as tape:
                tape.watch(x)
                y = ops.bias_act_dropout(x, b, 0.5, seed=s, offset=o)
            return y, tape.gradient(y, x)

        y, dx = f(tf.constant(1), tf.constant(2))
        self.assertAllEqual(y, ops.bias_act_dropout(x, b, 0.5, seed=1, offset=2))
        # The gradient drew the same decisions from the same tensors: dx = keep * 2.
        self.assertAllEqual(dx.numpy() != 0, keep_mask((4, 8), 0.5, 1, 2))
        self.assertNotAllEqual(f(tf.constant(1), tf.constant(3))[0], y)

    @parameterized.named_parameters([(d, d) for d in h.DEVICES])
    def test_empty_inputs(self, device):
        with h.device_scope(device):
            for shape in [(0, 16), (3, 0, 16)]:
                x, b = tf.zeros(shape), tf.zeros([16])
                with tf.GradientTape() as tape:
                    tape.watch([x, b])
                    y = ops.bias_act_dropout(x, b, 0.5, "relu", seed=1)
                dx, db = tape.gradient(y, [x, b])
                self.assertEqual(y.shape, shape)
                self.assertEqual(dx.shape, shape)
                self.assertAllEqual(db, tf.zeros([16]))

    @parameterized.named_parameters(h.DEVICE_DTYPE)
    def test_nan_propagates_where_kept(self, device, dtype):
        with h.device_scope(device):
            x = tf.fill([4, 16], tf.constant(np.nan, dtype))
            y = ops.bias_act_dropout(x, tf.zeros([16], dtype), 0.5, "gelu", seed=3)
            y0 = ops.bias_act_dropout(x, tf.zeros([16], dtype), 0.0, "identity")
        kept = keep_mask((4, 16), 0.5, 3, 0)
        y = h.as_f32(y).numpy()
        self.assertTrue(np.isnan(y[kept]).all())
        self.assertTrue((y[~kept] == 0).all())  # like tf.nn.dropout: dropped elements are 0
        self.assertTrue(np.isnan(h.as_f32(y0).numpy()).all())

    def test_bad_arguments_name_the_argument(self):
        x, b = tf.zeros([2, 8]), tf.zeros([8])
        cases = [
            (lambda: ops.bias_act_dropout(x, tf.zeros([7])), "bias"),
            (lambda: ops.bias_act_dropout(x, tf.zeros([8], tf.float16)), "bias"),
            (lambda: ops.bias_act_dropout(tf.zeros([]), tf.zeros([1])), "x"),
            (lambda: ops.bias_act_dropout(x, b, rate=1.0), "rate"),
            (lambda: ops.bias_act_dropout(x, b, rate=-0.1), "rate"),
            (lambda: ops.bias_act_dropout(x, b, activation="swish"), "activation"),
            (lambda: ops.bias_act_dropout(x, b, seed=tf.zeros([2], tf.int64)), "seed"),
            (lambda: ops.bias_act_dropout(x, b, offset=0.5), "offset"),
            (lambda: ops.bias_dropout_residual(x, b, tf.zeros([2, 4])), "residual"),
        ]
        for fn, name in cases:
            h.assert_raises_naming(self, fn, name)

    def test_raw_grad_ops_validate_seed_and_offset(self):
        dy, scalar, pair = tf.zeros([2, 8]), tf.constant(1, tf.int64), tf.constant([1, 2], tf.int64)
        cases = [
            (lambda: raw().light_seq_bias_act_dropout_grad(dy, dy, tf.zeros([8]), pair, scalar, rate=0.5), "seed"),
            (lambda: raw().light_seq_bias_act_dropout_grad(dy, dy, tf.zeros([8]), scalar, pair, rate=0.5), "offset"),
            (lambda: raw().light_seq_bias_dropout_residual_grad(dy, pair, scalar, rate=0.5), "seed"),
            (lambda: raw().light_seq_bias_dropout_residual_grad(dy, scalar, pair, rate=0.0), "offset"),
        ]
        for fn, name in cases:
            h.assert_raises_naming(self, fn, name)


class BiasDropoutResidualTest(tf.test.TestCase, parameterized.TestCase):
    @parameterized.named_parameters(h.DEVICE_DTYPE)
    def test_forward_and_gradients_match_reference(self, device, dtype):
        atol, rtol = h.TOLERANCE[dtype]
        for rate in [0.0, 0.3]:
            for shape in SHAPES:
                with h.device_scope(device):
                    x, b, r = h.random(shape, dtype, 1), h.random(shape[-1:], dtype, 2), h.random(shape, dtype, 3)
                    dy = h.random(shape, dtype, 4)
                    with tf.GradientTape(persistent=True) as tape:
                        tape.watch([x, b, r])
                        y = ops.bias_dropout_residual(x, b, r, rate, seed=1, offset=2)
                        ref = h.bias_dropout_residual_ref(h.as_f32(x), h.as_f32(b), h.as_f32(r),
                                                          keep_mask(shape, rate, 1, 2), rate)
                    ours = tape.gradient(y, [x, b, r], output_gradients=dy)
                    theirs = tape.gradient(ref, [x, b, r], output_gradients=h.as_f32(dy))
                self.assertAllClose(h.as_f32(y), ref, atol=atol * 2, rtol=rtol)
                rows = int(np.prod(shape[:-1]))
                for a, c, scale in zip(ours, theirs, [1, rows**0.5, 1]):
                    self.assertAllClose(h.as_f32(a), c, atol=atol * 4 * scale, rtol=rtol * 2)

    def test_same_mask_as_bias_act_dropout(self):
        x, b, r = h.random((6, 24), away_from_zero=0.1), tf.zeros([24]), h.random((6, 24))
        # Dropped elements leave y equal to the residual.
        kept_residual = ops.bias_dropout_residual(x, b, r, 0.4, seed=9, offset=3).numpy() != r.numpy()
        kept_act = ops.bias_act_dropout(x, b, 0.4, seed=9, offset=3).numpy() != 0
        self.assertAllEqual(kept_residual, kept_act)
        self.assertAllEqual(kept_act, keep_mask((6, 24), 0.4, 9, 3))

    @parameterized.named_parameters([(d, d) for d in h.DEVICES])
    def test_compute_gradient_against_float64_reference(self, device):
        with h.device_scope(device):
            x, b, r = h.random((3, 8), seed=1), h.random([8], seed=2), h.random((3, 8), seed=3)
            mask = keep_mask((3, 8), 0.5, 4, 5)
            theoretical, _ = tf.test.compute_gradient(
                lambda x, b, r: ops.bias_dropout_residual(x, b, r, 0.5, seed=4, offset=5), [x, b, r])
            _, numerical = tf.test.compute_gradient(
                lambda x, b, r: h.bias_dropout_residual_ref(x, b, r, mask, 0.5),
                [tf.cast(v, tf.float64) for v in (x, b, r)])
        for t, n in zip(theoretical, numerical):
            self.assertAllClose(t, n, atol=1e-4, rtol=1e-4)
