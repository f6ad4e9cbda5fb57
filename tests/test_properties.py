"""Property tests (hypothesis) for every op: random shapes (empty ones included), dtypes, padding
patterns, dropout rates and seeds against the plain-TF references, forward and backward, and
malformed arguments raising InvalidArgument (never a crash).

Runs derandomized (the same cases every run) with LIGHTSEQ_PROPERTY_EXAMPLES examples per
property (default 400; about 3000 cases in all). On a machine with a GPU every case runs on a
device drawn from CPU and GPU.
"""

import os

import numpy as np
import tensorflow as tf
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lightseq_tf import ops
from tests import helpers as h
from tests.test_attention import merge_ref, softmax_ref, split_ref

EXAMPLES = int(os.environ.get("LIGHTSEQ_PROPERTY_EXAMPLES", "400"))
SETTINGS = settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
                    suppress_health_check=list(HealthCheck))

devices = st.sampled_from(h.DEVICES)
dtypes = st.sampled_from(h.DTYPES)
seeds = st.integers(0, 2**31 - 1)
rates = st.one_of(st.just(0.0), st.floats(0.05, 0.9))
philox_keys = st.tuples(st.integers(0, 2**40), st.integers(0, 2**40))


def values(shape, dtype, seed, scale=1.0):
    return h.random(shape, dtype, seed, scale)


def tolerance(dtype, factor=1.0):
    atol, rtol = h.TOLERANCE[dtype]
    return dict(atol=atol * factor, rtol=rtol * factor)


def assert_close(ours, ref, dtype, factor=1.0, msg=""):
    np.testing.assert_allclose(h.as_f32(ours).numpy(), h.as_f32(ref).numpy(), err_msg=str(msg),
                               **tolerance(dtype, factor))


def grads(fn, inputs, dy):
    """Gradients of sum(fn(*inputs) * dy) with respect to inputs (None -> zeros)."""
    with tf.GradientTape() as tape:
        tape.watch(inputs)
        y = fn(*inputs)
    g = tape.gradient(y, inputs, output_gradients=dy)
    return [tf.zeros_like(x) if d is None else tf.convert_to_tensor(d) for d, x in zip(g, inputs)]


def keep_mask(shape, rate, seed, offset):
    n = int(np.prod(shape))
    return tf.constant(h.expected_keep_mask(n, rate, seed, offset).reshape(shape).astype(np.float32))


def raises_invalid(fn, name):
    """fn() raises InvalidArgumentError (or the Python ValueError of a shape check) naming name."""
    try:
        fn()
    except (tf.errors.InvalidArgumentError, ValueError) as e:
        assert name in str(e), (name, str(e)[:400])
    else:
        raise AssertionError("no error naming %s" % name)


# ---- LayerNorm ----

@SETTINGS
@given(device=devices, dtype=dtypes, rows=st.integers(0, 5), d=st.integers(1, 300), seed=seeds,
       residual=st.booleans(), f32_params=st.booleans())
def test_layer_norm_matches_reference(device, dtype, rows, d, seed, residual, f32_params):
    x = values([rows, d], dtype, seed, scale=3.0)
    r = values([rows, d], dtype, seed + 1)
    pdtype = tf.float32 if f32_params else dtype
    gamma, beta = values([d], pdtype, seed + 2), values([d], pdtype, seed + 3)
    dy = values([rows, d], dtype, seed + 4)
    with h.device_scope(device):
        if residual:
            ours = grads(lambda x, r, g, b: ops.layer_norm_residual(x, r, g, b)[0], [x, r, gamma, beta], dy)
            y = ops.layer_norm_residual(x, r, gamma, beta)[0]
        else:
            ours = grads(ops.layer_norm, [x, gamma, beta], dy)
            y = ops.layer_norm(x, gamma, beta)
    f32 = [h.as_f32(t) for t in (x, r, gamma, beta)]
    if residual:
        ref_fn = lambda x, r, g, b: h.layer_norm_ref(x + r, g, b)  # noqa: E731
        ref_inputs = f32
    else:
        ref_fn, ref_inputs = h.layer_norm_ref, [f32[0], f32[2], f32[3]]
    assert y.dtype == dtype
    assert_close(y, ref_fn(*ref_inputs), dtype, 2, (rows, d))
    theirs = grads(ref_fn, ref_inputs, h.as_f32(dy))
    # dgamma/dbeta sum over rows; dx of a 16-bit input carries the rounding of rstd * gamma * dy.
    for a, b in zip(ours, theirs):
        assert_close(a, b, dtype, 8 * max(1, rows), (rows, d))


@SETTINGS
@given(case=st.sampled_from(["x_dtype", "gamma_shape", "beta_dtype", "residual_shape", "x_scalar"]),
       rows=st.integers(0, 4), d=st.integers(1, 20), wrong=st.integers(0, 20))
def test_layer_norm_rejects_malformed_arguments(case, rows, d, wrong):
    x, g, b = tf.ones([rows, d]), tf.ones([d]), tf.zeros([d])
    wrong += wrong >= d  # any size but d
    calls = {
        "x_dtype": (lambda: ops.layer_norm(tf.ones([rows, d], tf.int32), g, b), "x"),
        "gamma_shape": (lambda: ops.layer_norm(x, tf.ones([wrong]), b), "gamma"),
        "beta_dtype": (lambda: ops.layer_norm(x, g, tf.zeros([d], tf.float16)), "beta"),
        "residual_shape": (lambda: ops.layer_norm_residual(x, tf.ones([rows, wrong]), g, b), "residual"),
        "x_scalar": (lambda: ops.layer_norm(tf.ones([]), tf.ones([1]), tf.zeros([1])), "x"),
    }
    fn, name = calls[case]
    raises_invalid(fn, name)
    raises_invalid(tf.function(fn), name)


# ---- dropout family ----

@SETTINGS
@given(device=devices, dtype=dtypes, shape=st.lists(st.integers(0, 40), min_size=1, max_size=3), d=st.integers(1, 130),
       rate=rates, key=philox_keys, activation=st.sampled_from(ops.ACTIVATIONS), residual=st.booleans(),
       seed=seeds)
def test_dropout_family_matches_reference(device, dtype, shape, d, rate, key, activation, residual, seed):
    shape = shape + [d]
    x = values(shape, dtype, seed, scale=2.0)
    b = values([d], dtype, seed + 1)
    r = values(shape, dtype, seed + 2)
    dy = values(shape, dtype, seed + 3)
    mask = keep_mask(shape, rate, *key) if rate else None
    with h.device_scope(device):
        if residual:
            fn = lambda x, b, r: ops.bias_dropout_residual(x, b, r, rate, *key)  # noqa: E731
            ref_fn = lambda x, b, r: h.bias_dropout_residual_ref(x, b, r, mask, rate)  # noqa: E731
            inputs = [x, b, r]
        else:
            fn = lambda x, b: ops.bias_act_dropout(x, b, rate, activation, *key)  # noqa: E731
            ref_fn = lambda x, b: h.bias_act_dropout_ref(x, b, activation, mask, rate)  # noqa: E731
            inputs = [x, b]
        y = fn(*inputs)
        ours = grads(fn, inputs, dy)
    f32 = [h.as_f32(t) for t in inputs]
    scale = 1.0 / (1.0 - rate)
    assert y.dtype == dtype
    assert_close(y, ref_fn(*f32), dtype, 2 * scale, (shape, rate, activation))
    rows = int(np.prod(shape[:-1]))
    for a, t in zip(ours, grads(ref_fn, f32, h.as_f32(dy))):
        assert_close(a, t, dtype, 4 * scale * max(1, rows) ** 0.5, (shape, rate, activation))


@SETTINGS
@given(case=st.sampled_from(["bias_shape", "bias_dtype", "rate", "activation", "seed", "residual_shape"]),
       rows=st.integers(0, 4), d=st.integers(1, 20), wrong=st.integers(0, 20),
       rate=st.one_of(st.floats(max_value=-1e-6), st.floats(min_value=1.0)))
def test_dropout_family_rejects_malformed_arguments(case, rows, d, wrong, rate):
    x, b = tf.ones([rows, d]), tf.zeros([d])
    wrong += wrong >= d  # any size but d
    calls = {
        "bias_shape": (lambda: ops.bias_act_dropout(x, tf.zeros([wrong])), "bias"),
        "bias_dtype": (lambda: ops.bias_act_dropout(x, tf.zeros([d], tf.float16)), "bias"),
        "rate": (lambda: ops.bias_act_dropout(x, b, rate=rate), "rate"),
        "activation": (lambda: ops.bias_act_dropout(x, b, activation="swish"), "activation"),
        "seed": (lambda: ops.bias_act_dropout(x, b, 0.1, seed=tf.constant(1.0)), "seed"),
        "residual_shape": (lambda: ops.bias_dropout_residual(x, b, tf.ones([rows + 1, d])), "residual"),
    }
    fn, name = calls[case]
    raises_invalid(fn, name)
    raises_invalid(tf.function(fn), name)


# ---- attention ----

@SETTINGS
@given(device=devices, dtype=dtypes, batch=st.integers(0, 3), t=st.integers(0, 9), heads=st.integers(1, 4),
       head_dim=st.integers(1, 17), q_scale=st.floats(0.1, 2.0), seed=seeds)
def test_qkv_split_and_head_merge_match_reference(device, dtype, batch, t, heads, head_dim, q_scale, seed):
    w = 3 * heads * head_dim
    qkv, bias = values([batch, t, w], dtype, seed), values([w], dtype, seed + 1)
    dq, dk, dv = (values([batch, heads, t, head_dim], dtype, seed + i) for i in (2, 3, 4))
    with h.device_scope(device):
        split = ops.qkv_split(qkv, bias, heads, q_scale)
        with tf.GradientTape() as tape:
            tape.watch([qkv, bias])
            q, k, v = ops.qkv_split(qkv, bias, heads, q_scale)
            merged = ops.head_merge(q)
        ours = tape.gradient([q, k, v, merged], [qkv, bias],
                             output_gradients=[dq, dk, dv, tf.zeros([batch, t, heads * head_dim], dtype)])
    with tf.GradientTape() as tape:
        f32 = [h.as_f32(qkv), h.as_f32(bias)]
        tape.watch(f32)
        ref = split_ref(*f32, heads, q_scale)
    theirs = tape.gradient(ref, f32, output_gradients=[h.as_f32(g) for g in (dq, dk, dv)])
    for a, b in zip(split, ref):
        assert_close(a, b, dtype, 2)
    assert_close(merged, merge_ref(h.as_f32(split[0])), dtype)
    assert_close(ours[0], theirs[0], dtype, 2)
    assert_close(ours[1], theirs[1], dtype, 4 * max(1, batch * t))


@SETTINGS
@given(device=devices, dtype=dtypes, batch=st.integers(0, 3), heads=st.integers(1, 3), tq=st.integers(1, 9),
       tk=st.integers(1, 300), causal=st.booleans(), rate=rates, key=philox_keys, seed=seeds,
       padding=st.sampled_from(["none", "tail", "random", "all"]))
def test_attention_softmax_matches_reference(device, dtype, batch, heads, tq, tk, causal, rate, key, seed, padding):
    shape = [batch, heads, tq, tk]
    logits = values(shape, dtype, seed, scale=4.0)
    rng = np.random.default_rng(seed)
    pad = {"none": np.zeros([batch, tk]),
           "tail": np.arange(tk)[None, :] >= rng.integers(1, tk + 1, size=[batch, 1]),
           "random": rng.random([batch, tk]) < 0.5,
           "all": np.ones([batch, tk])}[padding]
    key_bias = tf.constant(pad * -1e9, tf.float32)
    dprobs = values(shape, dtype, seed + 1)
    mask = keep_mask(shape, rate, *key) if rate else None
    with h.device_scope(device):
        fn = lambda x: ops.attention_softmax(x, key_bias, causal, rate, *key)  # noqa: E731
        probs = fn(logits)
        (ours,) = grads(fn, [logits], dprobs)
    # Documented: a query that sees no key at all (causal with Tq > Tk) gets a row of zeros.
    seen = tf.constant((np.arange(tq) + tk - tq >= 0) | (not causal), tf.float32)[:, None]
    ref_fn = lambda x: softmax_ref(x, key_bias, causal, mask, rate) * seen  # noqa: E731
    (theirs,) = grads(ref_fn, [h.as_f32(logits)], h.as_f32(dprobs))
    scale = 1.0 / (1.0 - rate)
    msg = (shape, causal, rate, padding)
    assert probs.dtype == dtype
    assert_close(probs, ref_fn(h.as_f32(logits)), dtype, 2 * scale, msg)
    assert_close(ours, theirs, dtype, 8 * scale * scale, msg)


@SETTINGS
@given(case=st.sampled_from(["logits_rank", "logits_dtype", "key_bias_shape", "head_merge_rank", "qkv_width"]))
def test_attention_rejects_malformed_arguments(case):
    calls = {
        "logits_rank": (lambda: ops.attention_softmax(tf.ones([2, 3, 4])), "logits"),
        "logits_dtype": (lambda: ops.attention_softmax(tf.ones([1, 1, 2, 2], tf.float64)), "logits"),
        "key_bias_shape": (lambda: ops.attention_softmax(tf.ones([2, 1, 3, 4]), tf.zeros([2, 5])), "key_bias"),
        "head_merge_rank": (lambda: ops.head_merge(tf.ones([2, 3, 4])), "x"),
        "qkv_width": (lambda: ops.qkv_split(tf.ones([1, 2, 10]), tf.zeros([10]), 2), "qkv"),
    }
    fn, name = calls[case]
    raises_invalid(fn, name)
    raises_invalid(tf.function(fn), name)


# ---- embedding ----

@SETTINGS
@given(device=devices, dtype=dtypes, f32_table=st.booleans(), batch=st.integers(0, 4), length=st.integers(0, 12),
       vocab=st.integers(1, 50), d=st.integers(4, 70), scale=st.floats(0.5, 3.0), sinusoids=st.booleans(),
       rate=rates, key=philox_keys, seed=seeds, pad_fraction=st.floats(0.0, 1.0), ids_dtype=st.sampled_from([tf.int32, tf.int64]))
def test_embedding_matches_reference(device, dtype, f32_table, batch, length, vocab, d, scale, sinusoids, rate, key, seed,
                                     pad_fraction, ids_dtype):
    rng = np.random.default_rng(seed)
    ids = rng.integers(0, vocab, size=[batch, length])
    ids[rng.random([batch, length]) < pad_fraction] = 0  # padding id, repeated
    ids = tf.constant(ids, ids_dtype)
    table = values([vocab, d], tf.float32 if f32_table else dtype, seed + 1)
    dy = values([batch, length, d], dtype, seed + 2)
    mask = keep_mask([batch, length, d], rate, *key) if rate else None
    with h.device_scope(device):
        fn = lambda t: ops.embedding(ids, t, scale, sinusoids, rate, *key, dtype=dtype)  # noqa: E731
        y = fn(table)
        (ours,) = grads(fn, [table], dy)
    ref_fn = lambda t: h.embedding_ref(ids, t, scale, sinusoids, mask, rate)  # noqa: E731
    (theirs,) = grads(ref_fn, [h.as_f32(table)], h.as_f32(dy))
    factor = (1.0 / (1.0 - rate)) * scale
    msg = (batch, length, vocab, d, sinusoids, rate)
    assert y.dtype == dtype and ours.dtype == table.dtype
    assert_close(y, ref_fn(h.as_f32(table)), dtype, 4 * factor, msg)
    # Rows hit by many tokens (the padding id) sum many rounded products.
    assert_close(ours, theirs, dtype, 4 * factor * max(1, batch * length), msg)


@SETTINGS
@given(case=st.sampled_from(["ids_dtype", "ids_range", "ids_negative", "table_rank", "table_dtype"]),
       vocab=st.integers(1, 50), beyond=st.integers(0, 2**31 - 51))
def test_embedding_rejects_malformed_arguments(case, vocab, beyond):
    table = tf.ones([vocab, 8])
    calls = {
        "ids_dtype": (lambda: ops.embedding(tf.ones([2, 3]), table), "ids"),
        "ids_range": (lambda: ops.embedding(tf.constant([[0, vocab + beyond]]), table), "ids"),
        "ids_negative": (lambda: ops.embedding(tf.constant([[-1 - beyond, 0]]), table), "ids"),
        "table_rank": (lambda: ops.embedding(tf.constant([[0]]), tf.ones([5, 8, 1])), "table"),
        "table_dtype": (lambda: ops.embedding(tf.constant([[0]]), tf.ones([5, 8], tf.float16), dtype=tf.bfloat16), "table"),
    }
    fn, name = calls[case]
    raises_invalid(fn, name)
    raises_invalid(tf.function(fn), name)


# ---- label-smoothed cross-entropy ----

@SETTINGS
@given(device=devices, dtype=dtypes, batch=st.integers(0, 4), length=st.integers(0, 9), vocab=st.integers(2, 700),
       smoothing=st.one_of(st.just(0.0), st.floats(0.01, 0.5)), seed=seeds, scale=st.floats(0.1, 8.0),
       pad_fraction=st.floats(0.0, 1.0))
def test_label_smoothed_cross_entropy_matches_reference(device, dtype, batch, length, vocab, smoothing, seed, scale,
                                                        pad_fraction):
    rng = np.random.default_rng(seed)
    labels = tf.constant(rng.integers(0, vocab, size=[batch, length]), tf.int32)
    logits = values([batch, length, vocab], dtype, seed, scale)
    weights = tf.constant((rng.random([batch, length]) >= pad_fraction).astype(np.float32))  # padding: dloss 0
    with h.device_scope(device):
        fn = lambda x: ops.label_smoothed_cross_entropy(x, labels, smoothing) * weights  # noqa: E731
        loss = fn(logits)
        (ours,) = grads(fn, [logits], tf.ones([batch, length]))
    ref_fn = lambda x: h.label_smoothed_xent_ref(x, labels, smoothing) * weights  # noqa: E731
    (theirs,) = grads(ref_fn, [h.as_f32(logits)], tf.ones([batch, length]))
    msg = (batch, length, vocab, smoothing, scale)
    assert loss.dtype == tf.float32
    # The loss is float32 from the (rounded) logits: float32 accuracy for every input dtype.
    assert_close(loss, ref_fn(h.as_f32(logits)), tf.float32, 10 * scale, msg)
    assert_close(ours, theirs, dtype, 2 + vocab / 4000, msg)  # float32 sums over the vocabulary


@SETTINGS
@given(case=st.sampled_from(["logits_dtype", "labels_dtype", "labels_range", "labels_shape", "smoothing"]),
       vocab=st.integers(2, 50), beyond=st.integers(0, 2**31 - 51))
def test_label_smoothed_cross_entropy_rejects_malformed_arguments(case, vocab, beyond):
    logits = tf.ones([2, 3, vocab])
    calls = {
        "logits_dtype": (lambda: ops.label_smoothed_cross_entropy(tf.ones([2, 3, 5], tf.float64), tf.zeros([2, 3], tf.int32)),
                         "logits"),
        "labels_dtype": (lambda: ops.label_smoothed_cross_entropy(logits, tf.zeros([2, 3])), "labels"),
        "labels_range": (lambda: ops.label_smoothed_cross_entropy(logits, tf.fill([2, 3], vocab + beyond)), "labels"),
        "labels_shape": (lambda: ops.label_smoothed_cross_entropy(logits, tf.zeros([2, 4], tf.int32)), "labels"),
        "smoothing": (lambda: ops.label_smoothed_cross_entropy(logits, tf.zeros([2, 3], tf.int32), 1.0), "smoothing"),
    }
    fn, name = calls[case]
    raises_invalid(fn, name)
    raises_invalid(tf.function(fn), name)


# ---- multi-tensor Adam ----

@SETTINGS
@given(device=devices, dtype=dtypes, shapes=st.lists(st.lists(st.integers(0, 40), max_size=2), min_size=1, max_size=60),
       seed=seeds, step=st.integers(1, 1000), lr=st.floats(1e-5, 1e-1))
def test_multi_tensor_adam_matches_resource_apply_adam(device, dtype, shapes, seed, step, lr):
    beta1, beta2, epsilon = 0.9, 0.98, 1e-9
    scalars = [lr, beta1 ** step, beta2 ** step, beta1, beta2, epsilon]
    init = [[values(s, dtype, seed + 3 * i + j) for j in range(3)] for i, s in enumerate(shapes)]
    grads_ = [values(s, dtype, seed + 1000 + i) for i, s in enumerate(shapes)]
    results = []
    for fused in (True, False):
        # The reference runs on the CPU: TF has no bfloat16 ResourceApplyAdam for GPUs.
        with h.device_scope(device if fused else "cpu"):
            var, m, v = ([tf.Variable(t[j]) for t in init] for j in range(3))
            for mv in v:
                mv.assign(tf.abs(mv))
            if fused:
                ops.multi_tensor_adam(var, m, v, grads_, *scalars)
            else:
                for a, b, c, g in zip(var, m, v, grads_):
                    tf.raw_ops.ResourceApplyAdam(var=a.handle, m=b.handle, v=c.handle, grad=g,
                                                 lr=tf.cast(lr, dtype), **{k: tf.cast(x, dtype) for k, x in zip(
                                                     ("beta1_power", "beta2_power", "beta1", "beta2", "epsilon"),
                                                     scalars[1:])})
            results.append([t.numpy() for t in var + m + v])
    for a, b in zip(*results):
        # Ours computes in float32; ResourceApplyAdam in the variable's dtype.
        np.testing.assert_allclose(np.float32(a), np.float32(b), **tolerance(dtype, 4))


@SETTINGS
@given(case=st.sampled_from(["lengths", "grad_dtype", "grad_shape", "empty"]))
def test_multi_tensor_adam_rejects_malformed_arguments(case):
    var = [tf.Variable(tf.ones([3])), tf.Variable(tf.ones([2]))]
    m = [tf.Variable(tf.zeros([3])), tf.Variable(tf.zeros([2]))]
    v = [tf.Variable(tf.zeros([3])), tf.Variable(tf.zeros([2]))]
    scalars = [0.1, 0.9, 0.99, 0.9, 0.99, 1e-8]
    calls = {
        "lengths": (lambda: ops.multi_tensor_adam(var, m[:1], v, [tf.ones([3]), tf.ones([2])], *scalars), "ms"),
        "grad_dtype": (lambda: ops.multi_tensor_adam(var, m, v, [tf.ones([3]), tf.ones([2], tf.float16)], *scalars),
                       "grads[1]"),
        "grad_shape": (lambda: ops.multi_tensor_adam(var, m, v, [tf.ones([3]), tf.ones([3])], *scalars), "grads[1]"),
        "empty": (lambda: ops.multi_tensor_adam([], [], [], [], *scalars), "variables"),
    }
    fn, name = calls[case]
    raises_invalid(fn, name)
