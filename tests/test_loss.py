"""LabelSmoothedCrossEntropy op: parity with NeurST's criterion formula, gradients, padding
rows, edge cases and errors."""

import numpy as np
import tensorflow as tf
from absl.testing import parameterized

from lightseq_tf import _loader, ops
from tests import helpers as h

# (logits shape, smoothing): vocab not a multiple of 8, a 32k-wide row, rank 2.
CASES = [((3, 5, 37), 0.1), ((2, 4, 64), 0.0), ((2, 32000), 0.1), ((7, 1000), 0.3)]


def labels_for(shape, seed=0, dtype=tf.int64):
    return tf.constant(np.random.default_rng(seed).integers(0, shape[-1], size=shape[:-1]), dtype)


class LabelSmoothedCrossEntropyTest(tf.test.TestCase, parameterized.TestCase):
    @parameterized.named_parameters(h.DEVICE_DTYPE)
    def test_forward_matches_neurst_formula(self, device, dtype):
        for shape, smoothing in CASES:
            for label_dtype in (tf.int32, tf.int64):
                with h.device_scope(device):
                    logits = h.random(shape, dtype, seed=1, scale=3.0)
                    labels = labels_for(shape, seed=2, dtype=label_dtype)
                    loss = ops.label_smoothed_cross_entropy(logits, labels, smoothing)
                    ref = h.label_smoothed_xent_ref(h.as_f32(logits), labels, smoothing)
                self.assertEqual(loss.dtype, tf.float32)
                # float32 math on the given logits: only the summation order differs.
                self.assertAllClose(loss, ref, atol=1e-5 * np.log(shape[-1]) * 4, rtol=1e-5)

    @parameterized.named_parameters(h.DEVICE_DTYPE)
    def test_gradient_matches_reference(self, device, dtype):
        atol, rtol = h.TOLERANCE[dtype]
        for shape, smoothing in CASES:
            with h.device_scope(device):
                logits = h.random(shape, dtype, seed=3, scale=3.0)
                labels = labels_for(shape, seed=4)
                # Padding-like rows get a zero upstream gradient.
                dloss = h.random(shape[:-1], seed=5) * tf.cast(h.random(shape[:-1], seed=6) > 0, tf.float32)
                with tf.GradientTape(persistent=True) as tape:
                    tape.watch(logits)
                    loss = ops.label_smoothed_cross_entropy(logits, labels, smoothing)
                    logits32 = h.as_f32(logits)
                    ref = h.label_smoothed_xent_ref(logits32, labels, smoothing)
                ours = tape.gradient(loss, logits, output_gradients=dloss)
                theirs = tape.gradient(ref, logits, output_gradients=dloss)
            self.assertEqual(ours.dtype, dtype)
            self.assertAllClose(h.as_f32(ours), theirs, atol=atol / 10, rtol=rtol)
            self.assertAllEqual(tf.boolean_mask(ours, tf.equal(dloss, 0)), tf.zeros_like(tf.boolean_mask(ours, tf.equal(dloss, 0))))

    @parameterized.named_parameters([(d, d) for d in h.DEVICES])
    def test_compute_gradient_against_float64_reference(self, device):
        labels = tf.constant([[1, 0, 4], [2, 2, 3]])
        with h.device_scope(device):
            logits = h.random((2, 3, 5), seed=7)
            theoretical, _ = tf.test.compute_gradient(lambda x: ops.label_smoothed_cross_entropy(x, labels, 0.2), [logits])
            _, numerical = tf.test.compute_gradient(
                lambda x: h.label_smoothed_xent_ref(x, labels, 0.2), [tf.cast(logits, tf.float64)])
        self.assertAllClose(theoretical[0], numerical[0], atol=1e-4, rtol=1e-4)

    @parameterized.named_parameters([(d, d) for d in h.DEVICES])
    def test_empty_nan_and_extreme_logits(self, device):
        with h.device_scope(device):
            for shape in [(0, 5, 9), (4, 0, 9)]:
                logits = tf.zeros(shape)
                with tf.GradientTape() as tape:
                    tape.watch(logits)
                    loss = ops.label_smoothed_cross_entropy(logits, tf.zeros(shape[:-1], tf.int32), 0.1)
                self.assertEqual(loss.shape, shape[:-1])
                self.assertEqual(tape.gradient(loss, logits).shape, shape)
            logits = tf.constant([[0.0, np.nan, 1.0], [60000.0, -60000.0, 0.0]], tf.float16)
            loss = ops.label_smoothed_cross_entropy(logits, tf.constant([0, 1]), 0.1)
            ref = h.label_smoothed_xent_ref(h.as_f32(logits), tf.constant([0, 1]), 0.1)
        self.assertTrue(np.isnan(loss[0]))  # NaN propagates like the stock criterion
        self.assertAllClose(loss[1], ref[1], rtol=1e-5)  # large fp16 logits stay finite (float32 math)

    @parameterized.named_parameters([(d, d) for d in h.DEVICES])
    def test_out_of_range_labels_raise(self, device):
        logits = h.random((2, 6))
        with h.device_scope(device):
            for bad in ([0, 6], [-1, 0]):
                h.assert_raises_naming(self, lambda: ops.label_smoothed_cross_entropy(logits, tf.constant(bad), 0.1), "labels")

    def test_bad_arguments_raise(self):
        logits = h.random((2, 6))
        h.assert_raises_naming(self, lambda: ops.label_smoothed_cross_entropy(logits, tf.constant([0.0, 1.0])), "labels")
        h.assert_raises_naming(self, lambda: ops.label_smoothed_cross_entropy(tf.constant([[1, 2]]), tf.constant([0])), "logits")
        h.assert_raises_naming(self, lambda: ops.label_smoothed_cross_entropy(logits, tf.constant([0, 1, 2])), "labels")
        h.assert_raises_naming(self, lambda: ops.label_smoothed_cross_entropy(logits, tf.constant([0, 1]), 1.0), "smoothing")
        h.assert_raises_naming(
            self, lambda: _loader.load().light_seq_label_smoothed_cross_entropy_grad(
                tf.ones([3]), logits, tf.constant([0, 1]), tf.ones([2])), "dloss")
