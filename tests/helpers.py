"""Shared test utilities: devices, tolerances, plain-TF references, a NumPy Philox."""

import numpy as np
import tensorflow as tf

DEVICES = ["cpu"] + (["gpu"] if tf.config.list_physical_devices("GPU") else [])
DTYPES = [tf.float32, tf.float16, tf.bfloat16]

# (atol, rtol) for outputs of the given dtype against a float32 reference.
TOLERANCE = {tf.float32: (1e-5, 1e-5), tf.float16: (2e-3, 2e-3), tf.bfloat16: (2e-2, 2e-2)}

# Parameter combinations: (name, device, dtype).
DEVICE_DTYPE = [
    ("%s_%s" % (d, t.name), d, t) for d in DEVICES for t in DTYPES
]


def assert_raises_naming(test, fn, name):
    """fn() raises InvalidArgumentError or ValueError saying "<name> must ...", eagerly and traced."""
    pattern = r"\b%s must" % name
    for f in (fn, tf.function(fn)):
        with test.assertRaisesRegex((tf.errors.InvalidArgumentError, ValueError), pattern):
            f()


def device_scope(device):
    return tf.device("/%s:0" % device)


def random(shape, dtype=tf.float32, seed=0, scale=1.0, away_from_zero=0.0):
    """Normal values cast to dtype; |v| >= away_from_zero when it is given."""
    v = np.random.default_rng(seed).standard_normal(shape).astype(np.float32) * scale
    if away_from_zero:
        v = np.sign(v) * (np.abs(v) + away_from_zero)
    return tf.constant(v, dtype=dtype)


def as_f32(t):
    return tf.cast(t, tf.float32)


def compute_dtype(t):
    return tf.float64 if t.dtype == tf.float64 else tf.float32


# ---- references (plain TF, float32 or float64 arithmetic) ----

def layer_norm_ref(x, gamma, beta, epsilon=1e-6):
    c = compute_dtype(x)
    xf = tf.cast(x, c)
    mean, var = tf.nn.moments(xf, [-1], keepdims=True)
    y = (xf - mean) * tf.math.rsqrt(var + epsilon) * tf.cast(gamma, c) + tf.cast(beta, c)
    return tf.cast(y, x.dtype)


ACTIVATION_REF = {
    "identity": lambda v: v,
    "relu": tf.nn.relu,
    "gelu": lambda v: tf.nn.gelu(v, approximate=False),
    "gelu_tanh": lambda v: tf.nn.gelu(v, approximate=True),
}


def bias_act_dropout_ref(x, bias, activation, mask=None, rate=0.0):
    c = compute_dtype(x)
    y = ACTIVATION_REF[activation](tf.cast(x, c) + tf.cast(bias, c))
    if mask is not None and rate > 0:
        y = y * tf.cast(mask, c) / (1.0 - rate)
    return tf.cast(y, x.dtype)


def bias_dropout_residual_ref(x, bias, residual, mask=None, rate=0.0):
    c = compute_dtype(x)
    y = bias_act_dropout_ref(tf.cast(x, c), tf.cast(bias, c), "identity", mask, rate)
    return tf.cast(y + tf.cast(residual, c), x.dtype)


from tests.philox_reference import expected_keep_mask  # noqa: E402,F401  (re-exported)


def timing_signal_ref(length, dim, dtype=tf.float32):
    """NeurST's sinusoid timing signal [length, dim] (PositionEmbeddingWrapper's formula)."""
    position = tf.cast(tf.range(length), dtype)
    num_timescales = dim // 2
    increment = np.log(1.0e4) / (tf.cast(num_timescales, dtype) - 1)
    inv_timescales = tf.exp(tf.cast(tf.range(num_timescales), dtype) * -increment)
    scaled_time = tf.expand_dims(position, 1) * tf.expand_dims(inv_timescales, 0)
    signal = tf.concat([tf.sin(scaled_time), tf.cos(scaled_time)], axis=1)
    return tf.pad(signal, [[0, 0], [0, dim % 2]])


def embedding_ref(ids, table, scale, sinusoids, mask=None, rate=0.0):
    """dropout(table[ids] * scale + signal) in the table's float precision (>= float32)."""
    c = compute_dtype(table)
    y = tf.gather(tf.cast(table, c), ids) * scale
    if sinusoids:
        y = y + timing_signal_ref(ids.shape[-1], table.shape[-1], c)
    if mask is not None and rate > 0:
        y = y * tf.cast(mask, c) / (1.0 - rate)
    return y


def label_smoothed_xent_ref(logits, labels, smoothing):
    """NeurST's label_smoothed_cross_entropy per token (before padding weights)."""
    c = compute_dtype(logits)
    logits = tf.cast(logits, c)
    vocab = logits.shape[-1]
    confidence = 1.0 - smoothing
    low = smoothing / tf.cast(vocab - 1, c)
    target = tf.one_hot(tf.cast(labels, tf.int32), depth=vocab, on_value=tf.cast(confidence, c), off_value=low)
    xent = tf.nn.softmax_cross_entropy_with_logits(logits=logits, labels=target)
    if smoothing:
        xent -= -(confidence * tf.math.log(tf.cast(confidence, c)) + tf.cast(vocab - 1, c) * low * tf.math.log(low + 1e-20))
    return xent
