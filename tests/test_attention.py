"""Attention ops: QKV split, head merge, attention softmax (+ bias, causal, dropout)."""

import numpy as np
import tensorflow as tf
from absl.testing import parameterized

from lightseq_tf import _loader, ops
from tests import helpers as h

# (batch, seq, heads, head_dim): vectorized and scalar paths.
HEAD_SHAPES = [(2, 5, 2, 8), (3, 4, 3, 4), (1, 7, 2, 3)]
# (batch, heads, Tq, Tk): scalar rows, 2-wide, vectorized + register cache, streaming (long) rows.
SOFTMAX_SHAPES = [(2, 3, 5, 7), (2, 2, 4, 64), (1, 2, 3, 256), (1, 1, 2, 2048)]


def split_ref(qkv, bias, heads, q_scale):
    b, t, w = qkv.shape
    x = tf.reshape(h.as_f32(qkv) + h.as_f32(bias), [b, t, 3, heads, w // 3 // heads])
    q, k, v = (tf.transpose(x[:, :, i], [0, 2, 1, 3]) for i in range(3))
    return q * q_scale, k, v


def pad_keys_ref(x, pad_keys_to):
    """x [B, N, T, H] with zero rows up to a multiple of pad_keys_to."""
    t = x.shape[2]
    return tf.pad(x, [[0, 0], [0, 0], [0, -t % pad_keys_to], [0, 0]])


def merge_ref(x):
    b, n, t, d = x.shape
    return tf.reshape(tf.transpose(x, [0, 2, 1, 3]), [b, t, n * d])


def softmax_ref(logits, key_bias, causal, mask=None, rate=0.0):
    """NeurST's formulation: logits + bias (padding and end-aligned causal, -1e9), softmax."""
    c = h.compute_dtype(logits)
    x = tf.cast(logits, c) + tf.cast(key_bias, c)[:, None, None, :]
    if causal:
        tq, tk = logits.shape[2], logits.shape[3]
        visible = np.arange(tk)[None, :] <= np.arange(tq)[:, None] + tk - tq
        x += tf.constant(np.where(visible, 0.0, -1e9), c)
    y = tf.nn.softmax(x)
    if mask is not None and rate > 0:
        y = y * tf.cast(mask, c) / (1 - rate)
    return y


def keep_mask(shape, rate, seed, offset):
    """The documented keep-decisions (NumPy Philox reference) on the element index."""
    return h.expected_keep_mask(int(np.prod(shape)), rate, seed, offset).reshape(shape)


def padding_bias(batch, k_len, seed=0):
    """-1e9 on a random tail of each row's keys (at least one key stays visible)."""
    lengths = np.random.default_rng(seed).integers(1, k_len + 1, size=batch)
    return tf.constant(np.where(np.arange(k_len)[None] >= lengths[:, None], -1e9, 0.0), tf.float32)


class HeadsTest(tf.test.TestCase, parameterized.TestCase):
    @parameterized.named_parameters(h.DEVICE_DTYPE)
    def test_qkv_split_and_gradients(self, device, dtype):
        """Also with k and v padded to a multiple of 4 or 8 rows (zeros; their gradient rows unread)."""
        atol, rtol = h.TOLERANCE[dtype]
        for (b, t, n, d), pad in [(s, 1) for s in HEAD_SHAPES] + [(s, p) for s in HEAD_SHAPES for p in (4, 8)]:
            scale = d ** -0.5
            tp = -(-t // pad) * pad
            with h.device_scope(device):
                qkv, bias = h.random((b, t, 3 * n * d), dtype, 1), h.random([3 * n * d], dtype, 2)
                grads = [h.random((b, n, t if i == 0 else tp, d), dtype, 3 + i) for i in range(3)]
                with tf.GradientTape(persistent=True) as tape:
                    tape.watch([qkv, bias])
                    ours = ops.qkv_split(qkv, bias, n, scale, pad_keys_to=pad)
                    q, k, v = split_ref(qkv, bias, n, scale)
                    ref = [q, pad_keys_ref(k, pad), pad_keys_ref(v, pad)]
                for a, r, rows in zip(ours, ref, (t, tp, tp)):
                    self.assertEqual(a.shape, (b, n, rows, d))
                    self.assertAllClose(h.as_f32(a), r, atol=atol * 2, rtol=rtol)
                d_ours = tape.gradient(ours, [qkv, bias], output_gradients=grads)
                d_ref = tape.gradient(ref, [qkv, bias], output_gradients=[h.as_f32(g) for g in grads])
            self.assertAllClose(h.as_f32(d_ours[0]), d_ref[0], atol=atol * 2, rtol=rtol)
            self.assertAllClose(h.as_f32(d_ours[1]), d_ref[1], atol=atol * 4 * (b * t) ** 0.5, rtol=rtol)

    @parameterized.named_parameters(h.DEVICE_DTYPE)
    def test_split_heads_of_one_and_two_parts(self, device, dtype):
        """q alone (scaled) and k, v (unscaled), as the encoder-decoder attention uses them."""
        atol, rtol = h.TOLERANCE[dtype]
        for b, t, n, d in HEAD_SHAPES:
            for parts, scale, pad in [(1, d ** -0.5, 1), (1, d ** -0.5, 8), (2, 1.0, 1), (2, 1.0, 8)]:
                tp = -(-t // pad) * pad if parts == 2 else t  # a lone q is never padded
                with h.device_scope(device):
                    x, bias = h.random((b, t, parts * n * d), dtype, 1), h.random([parts * n * d], dtype, 2)
                    grads = [h.random((b, n, tp, d), dtype, 3 + i) for i in range(parts)]
                    with tf.GradientTape(persistent=True) as tape:
                        tape.watch([x, bias])
                        ours = ops.split_heads(x, bias, n, parts, scale, pad_keys_to=pad)
                        y = (h.as_f32(x) + h.as_f32(bias)) * tf.constant([scale] * (n * d) + [1.0] * ((parts - 1) * n * d))
                        ref = [pad_keys_ref(tf.transpose(tf.reshape(part, [b, t, n, d]), [0, 2, 1, 3]),
                                            pad if parts == 2 else 1) for part in tf.split(y, parts, -1)]
                    d_ours = tape.gradient(ours, [x, bias], output_gradients=grads)
                    d_ref = tape.gradient(ref, [x, bias], output_gradients=[h.as_f32(g) for g in grads])
                self.assertLen(ours, parts)
                for a, r in zip(ours, ref):
                    self.assertAllClose(h.as_f32(a), r, atol=atol * 2, rtol=rtol)
                self.assertAllClose(h.as_f32(d_ours[0]), d_ref[0], atol=atol * 2, rtol=rtol)
                self.assertAllClose(h.as_f32(d_ours[1]), d_ref[1], atol=atol * 4 * (b * t) ** 0.5, rtol=rtol)

    @parameterized.named_parameters(h.DEVICE_DTYPE)
    def test_head_merge_and_gradient(self, device, dtype):
        for b, t, n, d in HEAD_SHAPES:
            with h.device_scope(device):
                x, dy = h.random((b, n, t, d), dtype, 1), h.random((b, t, n * d), dtype, 2)
                with tf.GradientTape() as tape:
                    tape.watch(x)
                    y = ops.head_merge(x)
                dx = tape.gradient(y, x, output_gradients=dy)
            self.assertAllEqual(y, merge_ref(x))
            self.assertAllEqual(dx, tf.transpose(tf.reshape(dy, [b, t, n, d]), [0, 2, 1, 3]))

    @parameterized.named_parameters([(d, d) for d in h.DEVICES])
    def test_compute_gradient_against_float64_reference(self, device):
        def ours(a, b):
            q, _, v = ops.qkv_split(a, b, 2, 0.5, pad_keys_to=4)
            return tf.reduce_sum(q * 2.0) + tf.reduce_sum(v * v)

        def ref(a, b):
            q, _, v = split_ref(a, b, 2, 0.5)
            return tf.reduce_sum(q * 2.0) + tf.reduce_sum(v * v)

        with h.device_scope(device):
            qkv, bias = h.random((2, 3, 12), seed=1), h.random([12], seed=2)
            theoretical, _ = tf.test.compute_gradient(ours, [qkv, bias])
            _, numerical = tf.test.compute_gradient(ref, [tf.cast(qkv, tf.float64), tf.cast(bias, tf.float64)])
        for t, n in zip(theoretical, numerical):
            self.assertAllClose(t, n, atol=1e-3, rtol=1e-3)

    def test_empty_and_bad_arguments(self):
        q, k, v = ops.qkv_split(tf.zeros([0, 3, 12]), tf.zeros([12]), 2)
        self.assertEqual(q.shape, (0, 2, 3, 2))
        self.assertEqual(ops.head_merge(tf.zeros([2, 2, 0, 3])).shape, (2, 0, 6))
        cases = [
            (lambda: ops.qkv_split(tf.zeros([2, 12]), tf.zeros([12]), 2), "qkv"),
            (lambda: ops.qkv_split(tf.zeros([2, 3, 12]), tf.zeros([12]), 5), "qkv"),
            (lambda: ops.qkv_split(tf.zeros([2, 3, 12]), tf.zeros([6]), 2), "bias"),
            (lambda: ops.head_merge(tf.zeros([2, 3, 4])), "x"),
        ]
        for fn, name in cases:
            h.assert_raises_naming(self, fn, name)
        for fn, name in [(lambda: ops.split_heads(tf.zeros([2, 3, 12]), tf.zeros([12]), 2, parts=4), "parts"),
                         (lambda: ops.split_heads(tf.zeros([2, 3, 12]), tf.zeros([12]), 4, parts=2), "x")]:
            h.assert_raises_naming(self, fn, name)
        lib = _loader.load()
        for douts, seq in [([[1, 2, 3, 4], [1, 2, 3, 5], [1, 2, 3, 4]], 3),  # head dims differ
                           ([[1, 2, 3, 4], [1, 2, 8, 4], [1, 2, 7, 4]], 3),  # keys and values differ
                           ([[1, 2, 3, 4], [1, 2, 8, 4], [1, 2, 8, 4]], 4),  # queries' rows are not seq
                           ([[1, 2, 8, 4], [1, 2, 8, 4]], 9)]:  # fewer key rows than seq
            with self.assertRaisesRegex(tf.errors.InvalidArgumentError, r"\bdouts must"):
                lib.light_seq_split_heads_grad([tf.zeros(s) for s in douts], seq, heads=2)
        h.assert_raises_naming(self, lambda: ops.split_heads(tf.zeros([2, 3, 12]), tf.zeros([12]), 2, parts=2,
                                                             pad_keys_to=0), "pad_keys_to")
        k, v = ops.split_heads(tf.zeros([0, 3, 12]), tf.zeros([12]), 2, parts=2, pad_keys_to=8)
        self.assertEqual(k.shape, (0, 2, 8, 3))
        with self.assertRaisesRegex(tf.errors.InvalidArgumentError, r"\bparts must"):
            lib.light_seq_split_heads(tf.zeros([1, 2, 8]), tf.zeros([8]), parts=4, heads=1)


class AttentionSoftmaxTest(tf.test.TestCase, parameterized.TestCase):
    @parameterized.named_parameters(h.DEVICE_DTYPE)
    def test_forward_matches_reference(self, device, dtype):
        atol, rtol = h.TOLERANCE[dtype]
        for shape in SOFTMAX_SHAPES:
            for causal in (False, True):
                with h.device_scope(device):
                    logits = h.random(shape, dtype, 1, scale=3.0)
                    bias = padding_bias(shape[0], shape[3])
                    probs = ops.attention_softmax(logits, bias, causal)
                ref = softmax_ref(h.as_f32(logits), bias, causal)
                self.assertAllClose(h.as_f32(probs), ref, atol=atol, rtol=rtol * 2, msg=str((shape, causal)))

    @parameterized.named_parameters(h.DEVICE_DTYPE)
    def test_dropout_and_gradients_match_reference(self, device, dtype):
        atol, rtol = h.TOLERANCE[dtype]
        for shape in SOFTMAX_SHAPES:
            for causal, rate in ((False, 0.0), (True, 0.0), (False, 0.3), (True, 0.3)):
                with h.device_scope(device):
                    logits = h.random(shape, dtype, 1, scale=3.0)
                    bias = padding_bias(shape[0], shape[3], seed=3)
                    dprobs = h.random(shape, dtype, 2)
                    with tf.GradientTape(persistent=True) as tape:
                        tape.watch(logits)
                        # The forward and the gradient (which draws them again) follow the documented rule.
                        probs = ops.attention_softmax(logits, bias, causal, rate, seed=1, offset=2)
                        ref = softmax_ref(h.as_f32(logits), bias, causal, keep_mask(shape, rate, 1, 2), rate)
                    ours = tape.gradient(probs, logits, output_gradients=dprobs)
                    theirs = tape.gradient(ref, logits, output_gradients=h.as_f32(dprobs))
                msg = str((shape, causal, rate))
                self.assertAllClose(h.as_f32(probs), ref, atol=atol * 2, rtol=rtol * 2, msg=msg)
                self.assertAllClose(h.as_f32(ours), theirs, atol=atol * 4, rtol=rtol * 4, msg=msg)

    @parameterized.named_parameters([(d, d) for d in h.DEVICES])
    def test_compute_gradient_against_float64_reference(self, device):
        shape = (1, 2, 3, 5)
        with h.device_scope(device):
            logits = h.random(shape, seed=1)
            bias = padding_bias(1, 5)
            for causal, rate in ((False, 0.0), (True, 0.5)):
                mask = keep_mask(shape, rate, 4, 4)
                theoretical, _ = tf.test.compute_gradient(
                    lambda x: ops.attention_softmax(x, bias, causal, rate, seed=4, offset=4), [logits])
                _, numerical = tf.test.compute_gradient(
                    lambda x: softmax_ref(x, bias, causal, mask, rate), [tf.cast(logits, tf.float64)])
                self.assertAllClose(theoretical[0], numerical[0], atol=1e-4, rtol=1e-4)

    @parameterized.named_parameters(h.DEVICE_DTYPE)
    def test_keys_past_the_key_bias_are_padding(self, device, dtype):
        """key_bias [B, Tb] with Tb < Tk (keys padded by split_heads): the keys past Tb get probability
        0 and the causal mask aligns to Tb; over every kernel shape (short aligned rows, tiles, one
        warp a row with and without a register cache, no visible key)."""
        atol, rtol = h.TOLERANCE[dtype]
        cases = [((2, 3, 5, 8), 5), ((2, 2, 4, 64), 61), ((2, 2, 3, 40), 33), ((1, 2, 3, 7), 4),
                 ((1, 2, 3, 256), 250), ((1, 1, 2, 2048), 2041), ((2, 2, 3, 16), 0)]
        for (b, n, tq, tk), tb in cases:
            for causal, rate in ((False, 0.0), (True, 0.0), (True, 0.3)):
                shape = (b, n, tq, tk)
                with h.device_scope(device):
                    logits = h.random(shape, dtype, 1, scale=3.0)
                    bias = padding_bias(b, tb, seed=3) if tb else tf.zeros([b, 0])
                    dprobs = h.random(shape, dtype, 2)
                    with tf.GradientTape(persistent=True) as tape:
                        tape.watch(logits)
                        probs = ops.attention_softmax(logits, bias, causal, rate, seed=1, offset=2)
                        mask = keep_mask(shape, rate, 1, 2)[..., :tb]
                        ref = softmax_ref(h.as_f32(logits)[..., :tb], bias, causal, mask, rate)
                        ref = tf.pad(ref, [[0, 0]] * 3 + [[0, tk - tb]])
                    ours = tape.gradient(probs, logits, output_gradients=dprobs)
                    theirs = tape.gradient(ref, logits, output_gradients=h.as_f32(dprobs))
                msg = str((shape, tb, causal, rate))
                self.assertAllClose(h.as_f32(probs), ref, atol=atol * 2, rtol=rtol * 2, msg=msg)
                self.assertAllClose(h.as_f32(ours), theirs, atol=atol * 4, rtol=rtol * 4, msg=msg)

    @parameterized.named_parameters([(d, d) for d in h.DEVICES])
    def test_attention_matches_reference_forward_and_backward(self, device):
        b, n, tq, tk, d = 2, 4, 5, 6, 8
        with h.device_scope(device):
            q, k, v = (h.random((b, n, t, d), seed=i) for i, t in enumerate((tq, tk, tk)))
            bias = padding_bias(b, tk)
            with tf.GradientTape(persistent=True) as tape:
                tape.watch([q, k, v])
                ours = ops.attention(q, k, v, bias, causal=True)
                probs = softmax_ref(tf.matmul(q, k, transpose_b=True), bias, True)
                ref = merge_ref(tf.matmul(probs, v))
            self.assertAllClose(ours, ref, atol=1e-5, rtol=1e-5)
            for a, r in zip(tape.gradient(ours, [q, k, v]), tape.gradient(ref, [q, k, v])):
                self.assertAllClose(a, r, atol=1e-5, rtol=1e-5)

    @parameterized.named_parameters([(d, d) for d in h.DEVICES])
    def test_long_rows_nan_and_empty(self, device):
        with h.device_scope(device):
            logits = h.random((1, 1, 2, 5000), seed=1)
            self.assertAllClose(ops.attention_softmax(logits), tf.nn.softmax(logits), atol=1e-6, rtol=1e-5)
            x = tf.tensor_scatter_nd_update(h.random((1, 1, 3, 40)), [[0, 0, 1, 7]], [np.nan])
            y = ops.attention_softmax(x).numpy()
            self.assertTrue(np.isnan(y[0, 0, 1]).all())
            self.assertTrue(np.isfinite(y[0, 0, [0, 2]]).all())
            # Causal with fewer keys than queries: the first queries see nothing and get zeros.
            y = ops.attention_softmax(h.random((1, 1, 4, 2)), causal=True).numpy()
            self.assertAllEqual(y[0, 0, :2], np.zeros([2, 2]))
            self.assertAllClose(y[0, 0, 2:].sum(-1), [1, 1])
            for shape in [(0, 2, 3, 4), (2, 2, 0, 4), (2, 2, 3, 0)]:
                x = tf.zeros(shape)
                with tf.GradientTape() as tape:
                    tape.watch(x)
                    y = ops.attention_softmax(x, rate=0.5, seed=1)
                self.assertEqual(y.shape, shape)
                self.assertEqual(tape.gradient(y, x).shape, shape)

    def test_bad_arguments_name_the_argument(self):
        logits = tf.zeros([2, 3, 4, 5])
        cases = [
            (lambda: ops.attention_softmax(tf.zeros([2, 4, 5])), "logits"),
            (lambda: ops.attention_softmax(logits, tf.zeros([2, 6])), "key_bias"),  # more keys than logits
            (lambda: ops.attention_softmax(logits, tf.zeros([2, 4]), key_len=3), "key_bias"),
            (lambda: ops.attention_softmax(logits, tf.zeros([2, 4]), key_len=[3, 4]), "key_len"),
            (lambda: ops.attention_softmax(logits, tf.zeros([3, 5])), "key_bias"),
            (lambda: ops.attention_softmax(logits, rate=1.5), "rate"),
            (lambda: ops.attention_softmax(logits, seed=tf.zeros([2], tf.int64), rate=0.1), "seed"),
        ]
        # The raw gradient op takes the forward's seed and offset as scalars.
        grad = _loader.load().light_seq_attention_softmax_grad
        scalar, pair = tf.constant(1, tf.int64), tf.constant([1, 2], tf.int64)
        cases += [
            (lambda: grad(logits, logits, pair, scalar, rate=0.1), "seed"),
            (lambda: grad(logits, logits, scalar, pair, rate=0.1), "offset"),
        ]
        for fn, name in cases:
            h.assert_raises_naming(self, fn, name)
