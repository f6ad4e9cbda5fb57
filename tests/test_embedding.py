"""Embedding op: parity with gather x scale + NeurST's timing signal + dropout, the table
gradient (deterministic), edge cases and errors."""

import numpy as np
import tensorflow as tf
from absl.testing import parameterized

from lightseq_tf import _loader, ops
from tests import helpers as h

# (ids shape, vocab, dim): odd dims, a width past one 128-column pass, many repeated ids.
CASES = [((2, 7), 11, 8), ((3, 5), 50, 33), ((1, 40), 3, 260)]


def ids_for(shape, vocab, seed=0, dtype=tf.int32):
    return tf.constant(np.random.default_rng(seed).integers(0, vocab, size=shape), dtype)


def embedding_with_mask(ids, table, dtype, scale=1.0, sinusoids=False, rate=0.0, seed=0, offset=0):
    return _loader.load().light_seq_embedding(ids, table, tf.constant(seed, tf.int64), tf.constant(offset, tf.int64),
                                              T=dtype, scale=scale, sinusoids=sinusoids, rate=rate)


# (name, device, output dtype, table dtype)
DEVICE_DTYPES = [("%s_%s_table_%s" % (d, t.name, tt.name), d, t, tt)
                 for d in h.DEVICES for t in h.DTYPES for tt in sorted({tf.float32, t}, key=str)]


class EmbeddingTest(tf.test.TestCase, parameterized.TestCase):
    @parameterized.named_parameters(DEVICE_DTYPES)
    def test_forward_matches_reference(self, device, dtype, table_dtype):
        atol, rtol = h.TOLERANCE[dtype]
        for shape, vocab, dim in CASES:
            for sinusoids in (False, True):
                for rate in (0.0, 0.3):
                    with h.device_scope(device):
                        ids = ids_for(shape, vocab, seed=dim)
                        table = h.random((vocab, dim), table_dtype, seed=1)
                        y, mask = embedding_with_mask(ids, table, dtype, dim ** 0.5, sinusoids, rate, seed=4, offset=5)
                        self.assertEqual(y.dtype, dtype)
                        self.assertEqual(mask.shape, shape + (dim,) if rate else (0,))
                        ref = h.embedding_ref(ids, h.as_f32(table), dim ** 0.5, sinusoids, mask, rate)
                        y2 = ops.embedding(ids, table, dim ** 0.5, sinusoids, rate, seed=4, offset=5, dtype=dtype)
                    # Positions up to 40: angles up to 40 rad, float32 sin/cos differ by ~1e-6.
                    self.assertAllClose(h.as_f32(y), ref, atol=atol * 8, rtol=rtol)
                    self.assertAllEqual(y, y2)

    @parameterized.named_parameters(DEVICE_DTYPES)
    def test_table_gradient_matches_reference(self, device, dtype, table_dtype):
        atol, rtol = h.TOLERANCE[dtype]
        for shape, vocab, dim in CASES:
            for rate in (0.0, 0.4):
                with h.device_scope(device):
                    ids = ids_for(shape, vocab, seed=dim, dtype=tf.int64)
                    table = h.random((vocab, dim), table_dtype, seed=1)
                    dy = h.random(shape + (dim,), dtype, seed=2)
                    with tf.GradientTape(persistent=True) as tape:
                        tape.watch(table)
                        y, mask = embedding_with_mask(ids, table, dtype, 3.0, True, rate, seed=1, offset=2)
                        ref = h.embedding_ref(ids, h.as_f32(table), 3.0, True, mask, rate)
                    ours = tape.gradient(y, table, output_gradients=dy)
                    theirs = tf.convert_to_tensor(tape.gradient(ref, table, output_gradients=h.as_f32(dy)))
                self.assertEqual(ours.dtype, table_dtype)
                # Sums of up to 40 rows of dy: tolerance scales with the count.
                self.assertAllClose(h.as_f32(ours), h.as_f32(theirs), atol=atol * 40, rtol=rtol * 4)

    @parameterized.named_parameters([(d, d) for d in h.DEVICES])
    def test_compute_gradient_against_float64_reference(self, device):
        ids = tf.constant([[0, 2, 2], [1, 2, 0]])
        with h.device_scope(device):
            table = h.random((4, 6), seed=3)
            _, mask = embedding_with_mask(ids, table, tf.float32, 2.0, True, 0.5, seed=8, offset=1)
            theoretical, _ = tf.test.compute_gradient(
                lambda t: ops.embedding(ids, t, 2.0, True, 0.5, seed=8, offset=1), [table])
            _, numerical = tf.test.compute_gradient(
                lambda t: h.embedding_ref(ids, t, 2.0, True, mask, 0.5), [tf.cast(table, tf.float64)])
        self.assertAllClose(theoretical[0], numerical[0], atol=1e-4, rtol=1e-4)

    @parameterized.named_parameters([(d, d) for d in h.DEVICES])
    def test_gradient_is_deterministic_with_skewed_ids(self, device):
        # One id fills most rows (like padding), so its sum spans many GPU pieces.
        rng = np.random.default_rng(0)
        ids = tf.constant(np.where(rng.random((16, 300)) < 0.7, 0, rng.integers(0, 500, (16, 300))), tf.int32)
        with h.device_scope(device):
            table = h.random((500, 96), seed=1)
            dy = h.random((16, 300, 96), seed=2)
            grads = []
            for _ in range(3):
                with tf.GradientTape() as tape:
                    tape.watch(table)
                    y = ops.embedding(ids, table, 1.5)
                grads.append(tape.gradient(y, table, output_gradients=dy))
            ref = tf.math.unsorted_segment_sum(tf.reshape(dy, [-1, 96]) * 1.5, tf.reshape(ids, [-1]), 500)
        for g in grads[1:]:
            self.assertAllEqual(g, grads[0])
        self.assertAllClose(grads[0], ref, atol=1e-3, rtol=1e-5)

    @parameterized.named_parameters([("%s_d%d" % (d, dim), d, dim) for d in h.DEVICES for dim in (64, 36)])
    def test_gradient_with_zipf_ids(self, device, dim):
        # Word-frequency-like ids: ids of one row, of a few (the GPU lists up to 16 per id), of
        # 17-32 (one piece scanning every row), and of thousands of rows (many pieces, merged).
        # dim 64 takes the GPU's vector path, 36 the scalar one; with dropout.
        rng = np.random.default_rng(5)
        vocab = 3000
        weights = 1.0 / np.arange(1, vocab + 1) ** 1.1
        ids = tf.constant(rng.choice(vocab, size=(8, 2000), p=weights / weights.sum()), tf.int64)
        with h.device_scope(device):
            table = h.random((vocab, dim), seed=1)
            dy = h.random((8, 2000, dim), seed=2)
            grads = []
            for _ in range(2):
                with tf.GradientTape() as tape:
                    tape.watch(table)
                    y, mask = embedding_with_mask(ids, table, tf.float32, 2.0, False, 0.2, seed=3, offset=4)
                grads.append(tape.gradient(y, table, output_gradients=dy))
        kept = np.reshape(dy.numpy().astype(np.float64) * mask.numpy() * 2.0 / 0.8, [-1, dim])
        ref, magnitude = np.zeros([vocab, dim]), np.zeros([vocab, dim])
        np.add.at(ref, np.reshape(ids.numpy(), [-1]), kept)
        np.add.at(magnitude, np.reshape(ids.numpy(), [-1]), np.abs(kept))
        self.assertAllEqual(grads[1], grads[0])
        # float32 sums of up to ~2600 terms: the error scales with the sum of their magnitudes.
        self.assertAllLessEqual(np.abs(grads[0].numpy() - ref) - 1e-6 * magnitude, 1e-6)

    def test_dropout_mask_follows_documented_philox_rule_on_every_device(self):
        # dim 67: the GPU's element-wise kernel; dim 64 over several sequences: its per-position one.
        for ids, dim in ((tf.constant([[1, 0, 1]]), 67), (tf.constant(np.arange(15).reshape(3, 5) % 2), 64)):
            table = tf.ones([2, dim])
            for device in h.DEVICES:
                with h.device_scope(device):
                    _, mask = embedding_with_mask(ids, table, tf.float32, rate=0.3, seed=99, offset=7)
                    _, traced = tf.function(
                        lambda: embedding_with_mask(ids, table, tf.float32, rate=0.3, seed=99, offset=7))()
                expected = h.expected_keep_mask(int(np.prod(ids.shape)) * dim, 0.3, 99, 7)
                self.assertAllEqual(mask.numpy().reshape(-1).astype(bool), expected)
                self.assertAllEqual(mask, traced)

    @parameterized.named_parameters([(d, d) for d in h.DEVICES])
    def test_empty_batch_and_nan(self, device):
        with h.device_scope(device):
            table = h.random((5, 8))
            for shape in [(0, 4), (3, 0)]:
                ids = tf.zeros(shape, tf.int32)
                with tf.GradientTape() as tape:
                    tape.watch(table)
                    y = ops.embedding(ids, table, 2.0, sinusoids=True, rate=0.1)
                self.assertEqual(y.shape, shape + (8,))
                self.assertAllEqual(tape.gradient(y, table, output_gradients=tf.ones_like(y)), tf.zeros_like(table))
            nan_table = tf.tensor_scatter_nd_update(table, [[2, 3]], [np.nan])
            y = ops.embedding(tf.constant([[2, 1]]), nan_table)
        self.assertTrue(np.isnan(y[0, 0, 3]))
        self.assertEqual(int(np.isnan(y.numpy()).sum()), 1)

    @parameterized.named_parameters([(d, d) for d in h.DEVICES])
    def test_out_of_range_ids_raise(self, device):
        table = h.random((5, 8))
        with h.device_scope(device):
            for bad in ([[0, 5]], [[-1, 2]]):
                h.assert_raises_naming(self, lambda: ops.embedding(tf.constant(bad), table), "ids")

    def test_bad_arguments_raise(self):
        ids, table = tf.constant([[0, 1]]), h.random((5, 8))
        h.assert_raises_naming(self, lambda: ops.embedding(tf.constant([[0.0]]), table), "ids")
        h.assert_raises_naming(self, lambda: ops.embedding(ids, tf.constant([[1, 2]])), "table")
        h.assert_raises_naming(self, lambda: ops.embedding(ids, h.random((5, 8, 1))), "table")
        h.assert_raises_naming(self, lambda: ops.embedding(ids, h.random((5, 8), tf.float16), dtype=tf.bfloat16), "table")
        h.assert_raises_naming(self, lambda: ops.embedding(ids, h.random((5, 3)), sinusoids=True), "table")
        h.assert_raises_naming(self, lambda: ops.embedding(ids, table, rate=1.0), "rate")
        h.assert_raises_naming(self, lambda: ops.embedding(tf.constant(0), table), "ids")
        # The raw gradient op checks dy against ids and the table.
        h.assert_raises_naming(
            self, lambda: _loader.load().light_seq_embedding_grad(tf.ones([1, 2, 7]), ids, tf.zeros([0], tf.uint8), table), "dy")
