"""MultiTensorScale op: multi_tensor_unscale against `g * tf.cast(scale, g.dtype)` and TF's
finiteness check (Inf/NaN anywhere in many tensors), multi_tensor_cast against tf.cast, buffer
reuse, gradients, errors."""

import numpy as np
import tensorflow as tf
from absl.testing import parameterized

from lightseq_tf import ops
from tests import helpers as h

SHAPES = [(5, 3), (7,), (), (0, 4), (300, 129), (3000,)]


def reference(grads, scale):
    unscaled = [g * tf.cast(scale, g.dtype) for g in grads]
    return unscaled, tf.reduce_all([tf.reduce_all(tf.math.is_finite(u)) for u in unscaled])


class MultiTensorScaleTest(tf.test.TestCase, parameterized.TestCase):
    @parameterized.named_parameters(h.DEVICE_DTYPE)
    def test_matches_multiply_and_is_finite(self, device, dtype):
        grads = [h.random(s, dtype, seed=i, scale=100.0) for i, s in enumerate(SHAPES)]
        scale = tf.constant(1.0 / 3.0)  # not representable: rounded to dtype first, as TF does
        with h.device_scope(device):
            for run in (ops.multi_tensor_unscale, tf.function(ops.multi_tensor_unscale)):
                unscaled, finite = run(grads, scale)
                expected, expected_finite = reference(grads, scale)
                self.assertEqual(bool(finite), bool(expected_finite))
                self.assertTrue(bool(finite))
                for u, e in zip(unscaled, expected):
                    self.assertEqual(u.dtype, dtype)
                    self.assertAllEqual(h.as_f32(u), h.as_f32(e))

    @parameterized.named_parameters(h.DEVICE_DTYPE)
    def test_inf_or_nan_in_any_tensor_is_reported(self, device, dtype):
        # 100 tensors: more than one launch's worth on the GPU; the bad value sits in a late block.
        shapes = [(3000,)] * 100
        with h.device_scope(device):
            for tensor, value in ((0, np.nan), (57, np.inf), (99, -np.inf)):
                values = [np.ones(s, np.float32) for s in shapes]
                values[tensor][2999] = value
                _, finite = ops.multi_tensor_unscale([tf.constant(v, dtype) for v in values], 0.5)
                self.assertFalse(bool(finite), (tensor, value))
            _, finite = ops.multi_tensor_unscale([tf.ones(s, dtype) for s in shapes], 0.5)
            self.assertTrue(bool(finite))

    @parameterized.named_parameters([(d, d) for d in h.DEVICES])
    def test_overflow_of_the_result_is_not_finite(self, device):
        with h.device_scope(device):
            unscaled, finite = ops.multi_tensor_unscale([tf.constant([60000.0, 1.0], tf.float16)], 2.0)
        self.assertFalse(bool(finite))
        self.assertAllEqual(unscaled[0], [np.inf, 2.0])

    @parameterized.named_parameters([(d, d) for d in h.DEVICES])
    def test_inputs_read_elsewhere_keep_their_values(self, device):
        with h.device_scope(device):
            @tf.function
            def both(g):
                doubled = g * 1.0
                unscaled, _ = ops.multi_tensor_unscale([doubled], 0.5)
                return unscaled[0], doubled + 0.0
            unscaled, original = both(tf.constant([2.0, 4.0]))
        self.assertAllEqual(unscaled, [1.0, 2.0])
        self.assertAllEqual(original, [2.0, 4.0])

    def test_empty_list(self):
        unscaled, finite = ops.multi_tensor_unscale([], 2.0)
        self.assertEqual(unscaled, [])
        self.assertTrue(bool(finite))

    @parameterized.named_parameters([(d, d) for d in h.DEVICES])
    def test_gradient(self, device):
        a, b = h.random((3, 4), seed=1), h.random((5,), seed=2)
        with h.device_scope(device):
            def f(x, y, s):
                unscaled, _ = ops.multi_tensor_unscale([x, y], s)
                return tf.concat([tf.reshape(unscaled[0], [-1]) * 1.5, unscaled[1] * -0.5], 0)
            theoretical, numerical = tf.test.compute_gradient(f, [a, b, tf.constant(0.75)])
        for t, n in zip(theoretical, numerical):
            self.assertAllClose(t, n, atol=1e-3, rtol=1e-3)

    def test_bad_arguments_raise(self):
        def unscale(grads, scale=0.5):
            ops.multi_tensor_unscale(grads, scale)

        h.assert_raises_naming(self, lambda: unscale([tf.ones([2]), tf.ones([2], tf.float16)]), r"tensors\[1\]")
        h.assert_raises_naming(self, lambda: unscale([tf.ones([2], tf.int32)]), r"tensors\[0\]")
        h.assert_raises_naming(self, lambda: unscale([tf.ones([2])], tf.ones([2])), "scale")
        h.assert_raises_naming(self, lambda: ops.multi_tensor_cast([tf.ones([2])], tf.int32), "dtype")

    @parameterized.named_parameters(
        ("%s_%s_to_%s" % (d, a.name, b.name), d, a, b) for d in h.DEVICES for a in h.DTYPES for b in h.DTYPES)
    def test_cast_matches_tf_cast(self, device, src, dst):
        tensors = [h.random(s, src, seed=i, scale=100.0) for i, s in enumerate(SHAPES)]
        tensors.append(tf.constant([np.inf, -np.inf, np.nan, 65504.0, 1e-8], src))
        with h.device_scope(device):
            for run in (ops.multi_tensor_cast, tf.function(ops.multi_tensor_cast)):
                for y, t in zip(run(tensors, dst), tensors):
                    self.assertEqual(y.dtype, dst)
                    self.assertAllEqual(h.as_f32(y), h.as_f32(tf.cast(t, dst)))
        self.assertEqual(ops.multi_tensor_cast([], dst), [])

    @parameterized.named_parameters([(d, d) for d in h.DEVICES])
    def test_cast_gradient_is_cast_back(self, device):
        x = [h.random((3, 4), seed=1), h.random((5,), seed=2)]
        dy = [h.random((3, 4), tf.float16, seed=3), h.random((5,), tf.float16, seed=4)]
        with h.device_scope(device):
            with tf.GradientTape() as tape:
                tape.watch(x)
                y = ops.multi_tensor_cast(x, tf.float16)
            dx = tape.gradient(y, x, output_gradients=dy)
        for g, d in zip(dx, dy):
            self.assertEqual(g.dtype, tf.float32)
            self.assertAllEqual(g, tf.cast(d, tf.float32))
        with h.device_scope(device):
            theoretical, numerical = tf.test.compute_gradient(
                lambda a, b: tf.concat([tf.reshape(t, [-1]) for t in ops.multi_tensor_cast([a, b], tf.float32)], 0), x)
        for t, n in zip(theoretical, numerical):
            self.assertAllClose(t, n, atol=1e-3, rtol=1e-3)


if __name__ == "__main__":
    tf.test.main()
