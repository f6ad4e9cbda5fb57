"""SliceBiasAdd op: parity with slice + add, gradients, widths of any alignment, edge cases, errors."""

import numpy as np
import tensorflow as tf
from absl.testing import parameterized

from lightseq_tf import _loader, ops
from tests import helpers as h

# (x shape, bias width): odd and aligned widths, more columns than one GPU column tile (2048),
# more rows than one GPU column-reduction chunk, no padding at all.
CASES = [((4, 6, 24), 23), ((3, 7), 7), ((5, 3000), 2997), ((300, 40), 33), ((2, 1, 16), 9)]


def slice_bias_ref(x, bias):
    c = h.compute_dtype(x)
    return tf.cast(tf.cast(x[..., :bias.shape[0]], c) + tf.cast(bias, c), x.dtype)


class SliceBiasAddTest(tf.test.TestCase, parameterized.TestCase):
    @parameterized.named_parameters(h.DEVICE_DTYPE)
    def test_forward_and_gradients_match_reference(self, device, dtype):
        atol, rtol = h.TOLERANCE[dtype]
        for shape, cols in CASES:
            with h.device_scope(device):
                x, b = h.random(shape, dtype, seed=1), h.random([cols], dtype, seed=2)
                dy = h.random(shape[:-1] + (cols,), dtype, seed=3)
                with tf.GradientTape(persistent=True) as tape:
                    tape.watch([x, b])
                    y = ops.slice_bias_add(x, b)
                    ref = slice_bias_ref(h.as_f32(x), h.as_f32(b))
                ours = tape.gradient(y, [x, b], output_gradients=dy)
                theirs = tape.gradient(ref, [x, b], output_gradients=h.as_f32(dy))
            self.assertEqual(y.shape, shape[:-1] + (cols,))
            self.assertAllClose(h.as_f32(y), ref, atol=atol * 2, rtol=rtol, msg=str(shape))
            # dx is dy with zero padding columns: exact.
            self.assertAllEqual(h.as_f32(ours[0]), theirs[0], msg=str(shape))
            rows = int(np.prod(shape[:-1]))
            self.assertAllClose(h.as_f32(ours[1]), theirs[1], atol=atol * 4 * rows ** 0.5, rtol=rtol * 4,
                                msg=str(shape))

    @parameterized.named_parameters([(d, d) for d in h.DEVICES])
    def test_compute_gradient_against_float64_reference(self, device):
        with h.device_scope(device):
            x, b = h.random((3, 8), seed=1), h.random([5], seed=2)
            theoretical, _ = tf.test.compute_gradient(ops.slice_bias_add, [x, b])
            _, numerical = tf.test.compute_gradient(slice_bias_ref, [tf.cast(x, tf.float64), tf.cast(b, tf.float64)])
        for t, n in zip(theoretical, numerical):
            self.assertAllClose(t, n, atol=1e-4, rtol=1e-4)

    @parameterized.named_parameters([(d, d) for d in h.DEVICES])
    def test_in_tf_function_equals_eager(self, device):
        with h.device_scope(device):
            x, b = h.random((6, 16), tf.float16, seed=4), h.random([13], tf.float16, seed=5)
            self.assertAllEqual(tf.function(ops.slice_bias_add)(x, b), ops.slice_bias_add(x, b))

    @parameterized.named_parameters([(d, d) for d in h.DEVICES])
    def test_empty_inputs(self, device):
        with h.device_scope(device):
            for shape, cols in [((0, 16), 13), ((3, 0, 16), 16), ((2, 8), 0)]:
                x, b = tf.zeros(shape), tf.zeros([cols])
                with tf.GradientTape() as tape:
                    tape.watch([x, b])
                    y = ops.slice_bias_add(x, b)
                dx, db = tape.gradient(y, [x, b], output_gradients=tf.ones_like(y))
                self.assertEqual(y.shape, shape[:-1] + (cols,))
                self.assertAllEqual(dx, tf.zeros(shape))
                self.assertAllEqual(db, tf.fill([cols], float(np.prod(shape[:-1]))))

    @parameterized.named_parameters(h.DEVICE_DTYPE)
    def test_nan_propagates(self, device, dtype):
        with h.device_scope(device):
            x = tf.fill([4, 16], tf.constant(np.nan, dtype))
            y = ops.slice_bias_add(x, tf.zeros([11], dtype))
            dx, db = _loader.load().light_seq_slice_bias_add_grad(tf.fill([4, 11], tf.constant(np.nan, dtype)),
                                                                  x_cols=16)
        self.assertTrue(np.isnan(h.as_f32(y).numpy()).all())
        self.assertTrue(np.isnan(h.as_f32(dx).numpy()[:, :11]).all())
        self.assertAllEqual(h.as_f32(dx)[:, 11:], tf.zeros([4, 5]))
        self.assertTrue(np.isnan(h.as_f32(db).numpy()).all())

    def test_bad_arguments_name_the_argument(self):
        x = tf.zeros([2, 8])
        cases = [
            (lambda: ops.slice_bias_add(x, tf.zeros([9])), "bias"),
            (lambda: ops.slice_bias_add(x, tf.zeros([2, 4])), "bias"),
            (lambda: ops.slice_bias_add(x, tf.zeros([8], tf.float16)), "bias"),
            (lambda: ops.slice_bias_add(tf.zeros([]), tf.zeros([1])), "x"),
            (lambda: ops.slice_bias_add(tf.zeros([2, 8], tf.int32), tf.zeros([8], tf.int32)), "x"),
        ]
        for fn, name in cases:
            h.assert_raises_naming(self, fn, name)

    def test_raw_ops_validate_shapes_at_run_time(self):
        raw = _loader.load()
        # Unknown static shapes reach the kernels' own checks.
        fwd = tf.function(raw.light_seq_slice_bias_add, input_signature=[tf.TensorSpec(None), tf.TensorSpec(None)])
        with self.assertRaisesRegex(tf.errors.InvalidArgumentError, r"\bbias must"):
            fwd(tf.zeros([2, 8]), tf.zeros([9]))
        grad = tf.function(lambda dy: raw.light_seq_slice_bias_add_grad(dy, x_cols=4),
                           input_signature=[tf.TensorSpec(None)])
        with self.assertRaisesRegex(tf.errors.InvalidArgumentError, r"\bdy must"):
            grad(tf.zeros([2, 8]))
