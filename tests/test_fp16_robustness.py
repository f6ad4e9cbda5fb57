"""16-bit robustness: inputs near the float16 limits, all-padding rows, NaN/Inf propagating as in
the plain-TF formulation (forward and backward), and NeurST's dynamic loss scaling recovering
from overflow with the fused layers, loss and Adam as it does with stock NeurST."""

import numpy as np
import pytest
import tensorflow as tf

from lightseq_tf import ops
from lightseq_tf.optimizers import Adam
from neurst_ext import compat
from tests import helpers as h
from tests.test_attention import softmax_ref

compat.apply()

from neurst.utils import compat as neurst_compat  # noqa: E402

from tests import neurst_tiny  # noqa: E402
from tests.test_neurst_distribution import build_training_model, training_dataset  # noqa: E402

FP16_MAX = 65504.0
CASES = [(d, t) for d in h.DEVICES for t in (tf.float16, tf.bfloat16)]


def finite_pattern(t, dtype):
    """Which elements are finite once rounded to dtype."""
    return tf.math.is_finite(tf.cast(tf.cast(t, dtype), tf.float32)).numpy()


def nan_pattern(t):
    return tf.math.is_nan(tf.cast(t, tf.float32)).numpy()


def run_with_grad(fn, inputs, dy):
    with tf.GradientTape() as tape:
        tape.watch(inputs)
        y = fn(*inputs)
    return y, tape.gradient(y, inputs, output_gradients=dy)


# ---- near the float16 limits ----

@pytest.mark.parametrize("device,dtype", CASES)
def test_layer_norm_of_huge_and_constant_rows_is_finite_and_exact(device, dtype):
    x = np.float32([[FP16_MAX, -FP16_MAX, 3e4, -6e4], [6e4] * 4, [1e-7] * 4, [0, 1e4, -1e4, 5e4]])
    x = tf.constant(x, dtype)
    gamma, beta = tf.ones([4]), tf.zeros([4])
    with h.device_scope(device):
        y = ops.layer_norm(x, gamma, beta)
    ref = h.layer_norm_ref(h.as_f32(x), gamma, beta)
    assert np.all(np.isfinite(h.as_f32(y).numpy()))
    np.testing.assert_allclose(h.as_f32(y).numpy(), ref.numpy(), **dict(zip(("atol", "rtol"), h.TOLERANCE[dtype])))


@pytest.mark.parametrize("device,dtype", CASES)
def test_softmax_and_loss_of_extreme_logits_are_finite(device, dtype):
    big = min(FP16_MAX, dtype.max)
    logits = tf.constant([[[[big, -big, 0.0, big], [-big, -big, -big, -big]]]], dtype)
    with h.device_scope(device):
        probs = ops.attention_softmax(logits, tf.constant([[0.0, 0.0, 0.0, -1e9]]))
        loss = ops.label_smoothed_cross_entropy(logits[0], tf.constant([[1, 2]]), 0.1)
    np.testing.assert_allclose(h.as_f32(probs).numpy(),
                               softmax_ref(h.as_f32(logits), tf.constant([[0.0, 0.0, 0.0, -1e9]]), False).numpy(),
                               atol=1e-3)
    ref = h.label_smoothed_xent_ref(h.as_f32(logits[0]), tf.constant([[1, 2]]), 0.1)
    assert np.all(np.isfinite(loss.numpy()))
    np.testing.assert_allclose(loss.numpy(), ref.numpy(), rtol=1e-5)


@pytest.mark.parametrize("device", h.DEVICES)
def test_overflow_rounds_to_inf_like_the_plain_formulation(device, dtype=tf.float16):
    """Sums past the 16-bit range become inf in the output (as the plain ops in that dtype give),
    in the forward and in the gradients, so loss scaling sees them."""
    x = tf.constant([[FP16_MAX, -FP16_MAX, 1.0, FP16_MAX / 2]], dtype)
    b = tf.constant([FP16_MAX, -FP16_MAX, 1.0, FP16_MAX / 2], dtype)
    dy = tf.constant([[FP16_MAX, FP16_MAX, 1.0, 4.0]], dtype)
    gamma, beta = tf.ones([4], dtype), tf.zeros([4], dtype)
    with h.device_scope(device):
        y, (dx, _) = run_with_grad(lambda x, b: ops.bias_act_dropout(x, b, 0.0, "relu"), [x, b], dy)
        ln, (dln, _, _) = run_with_grad(ops.layer_norm, [x, gamma, beta], dy * 64)
    plain_y = tf.nn.relu(x + b)
    assert (finite_pattern(y, dtype) == finite_pattern(plain_y, dtype)).all()
    assert not np.isfinite(h.as_f32(y).numpy()[0, 0])
    # dx = dy * relu'(x + b): relu' is 1 at +inf, 0 where x + b is -inf.
    np.testing.assert_array_equal(h.as_f32(dx).numpy(), h.as_f32(dy * tf.cast(plain_y > 0, dtype)).numpy())
    assert np.all(np.isfinite(h.as_f32(ln).numpy()))
    ref = run_with_grad(h.layer_norm_ref, [h.as_f32(x), tf.ones([4]), tf.zeros([4])], h.as_f32(dy * 64))[1][0]
    assert not finite_pattern(ref, dtype).all()
    np.testing.assert_array_equal(finite_pattern(dln, dtype), finite_pattern(ref, dtype))


# ---- NaN and Inf inputs ----

def _nan_at(shape, dtype, index, value=np.nan, seed=0):
    v = h.random(shape, tf.float32, seed).numpy()
    v[index] = value
    return tf.constant(v, dtype)


@pytest.mark.parametrize("device,dtype", CASES)
@pytest.mark.parametrize("value", [np.nan, np.inf, -np.inf])
def test_nan_and_inf_propagate_like_the_plain_formulation(device, dtype, value):
    """A non-finite input is never hidden and never spreads: each op's output and gradient are NaN
    wherever the plain-TF formulation (float32 arithmetic on the same inputs) is NaN, and NaN only
    in the row (the op's reduction unit) that holds the bad input. (TF's own CPU softmax leaves
    the rest of such a row finite, its GPU softmax does not; ours makes the row NaN on both.)"""
    cases = {
        "layer_norm": (lambda x: ops.layer_norm(x, tf.ones([8]), tf.zeros([8])),
                       lambda x: h.layer_norm_ref(x, tf.ones([8]), tf.zeros([8])), [3, 8]),
        "bias_act_dropout": (lambda x: ops.bias_act_dropout(x, tf.zeros([8], x.dtype), 0.0, "gelu"),
                             lambda x: h.bias_act_dropout_ref(x, tf.zeros([8]), "gelu"), [3, 8]),
        "softmax": (lambda x: ops.attention_softmax(x, tf.zeros([1, 8])),
                    lambda x: softmax_ref(x, tf.zeros([1, 8]), False), [1, 1, 3, 8]),
        "loss": (lambda x: ops.label_smoothed_cross_entropy(x, tf.constant([1, 2, 3]), 0.1),
                 lambda x: h.label_smoothed_xent_ref(x, tf.constant([1, 2, 3]), 0.1), [3, 8]),
    }
    for name, (fn, ref_fn, shape) in cases.items():
        index = (0,) * (len(shape) - 2) + (1, 5)
        x = _nan_at(shape, dtype, index, value)
        dy_shape = shape[:-1] if name == "loss" else shape
        dy = tf.ones(dy_shape, tf.float32 if name == "loss" else dtype)
        with h.device_scope(device):
            y, (dx,) = run_with_grad(fn, [x], dy)
        ref_y, (ref_dx,) = run_with_grad(ref_fn, [h.as_f32(x)], tf.cast(dy, tf.float32))
        for ours, ref in ((y, ref_y), (dx, ref_dx)):
            ours, ref = nan_pattern(ours), nan_pattern(ref)
            assert np.all(ours[ref]), name  # wherever the reference is NaN
            bad_row = np.zeros(shape[:-1], bool)
            bad_row[index[:-1]] = True
            if ours.ndim == len(shape):
                bad_row = bad_row[..., None]
            assert not np.any(ours & ~bad_row), name  # and in the bad row only


@pytest.mark.parametrize("device,dtype", CASES)
def test_all_padding_rows(device, dtype):
    """Fully padded key rows give stock's uniform attention; fully padded target rows give zero
    loss and zero logits gradient; an all-padding id batch sends its gradient to the padding row."""
    logits = h.random([2, 1, 3, 5], dtype, 1)
    key_bias = tf.constant([[0.0] * 5, [-1e9] * 5])
    with h.device_scope(device):
        probs = ops.attention_softmax(logits, key_bias)
        xent_logits = h.random([2, 4, 7], dtype, 2)
        weights = tf.constant([[1.0] * 4, [0.0] * 4])
        loss, (dlogits,) = run_with_grad(
            lambda x: ops.label_smoothed_cross_entropy(x, tf.zeros([2, 4], tf.int32), 0.1) * weights,
            [xent_logits], tf.ones([2, 4]))
        table = h.random([6, 8], tf.float32, 3)
        _, (dtable,) = run_with_grad(lambda t: ops.embedding(tf.zeros([3, 4], tf.int32), t, 2.0, dtype=dtype),
                                     [table], tf.ones([3, 4, 8], dtype))
    np.testing.assert_allclose(h.as_f32(probs).numpy()[1], np.full([1, 3, 5], 0.2), atol=1e-3)
    assert np.all(loss.numpy()[1] == 0) and np.all(h.as_f32(dlogits).numpy()[1] == 0)
    assert np.all(loss.numpy()[0] > 0)
    np.testing.assert_allclose(dtable.numpy()[0], np.full([8], 24.0))
    assert np.all(dtable.numpy()[1:] == 0)


# ---- NeurST's dynamic loss scaling ----

@pytest.fixture
def mixed_float16():
    tf.keras.mixed_precision.set_global_policy("mixed_float16")
    neurst_compat.register_computation_dtype("float16", -6.e4)
    yield
    tf.keras.mixed_precision.set_global_policy("float32")
    neurst_compat.register_computation_dtype("float32", -1.e9)


def train_with_loss_scaling(fused, initial, steps=16, initial_scale=2.0 ** 24):
    """NeurST's model (mixed_float16) trained with keras fit under the loss-scale optimizer NeurST
    builds for --dtype float16, started at an overflowing scale; returns per-step (loss, scale)
    and the initial weights."""
    optimizers = {}

    def optimizer():
        inner = Adam(1e-3) if fused else tf.keras.optimizers.legacy.Adam(1e-3)
        optimizers["scaled"] = tf.keras.mixed_precision.LossScaleOptimizer(inner, initial_scale=initial_scale)
        return optimizers["scaled"]

    task, _, keras_model, weights = build_training_model(neurst_tiny.configs(0.0), fused, optimizer, initial)
    trace = []
    keras_model.fit(training_dataset(task).repeat().take(steps), epochs=1, verbose=0, callbacks=[
        tf.keras.callbacks.LambdaCallback(on_train_batch_end=lambda _, logs: trace.append(
            (float(logs["loss"]), float(optimizers["scaled"].loss_scale))))])
    return trace, weights


def skipped_steps(trace, initial_scale=2.0 ** 24):
    """Steps whose gradients overflowed: the dynamic loss scale halves on each (and grows only
    after 2000 good steps)."""
    return int(round(np.log2(initial_scale / trace[-1][1])))


def test_dynamic_loss_scaling_recovers_with_fused_pieces(mixed_float16):  # pylint: disable=redefined-outer-name,unused-argument
    stock, initial = train_with_loss_scaling(fused=False, initial=None)
    fused, _ = train_with_loss_scaling(fused=True, initial=initial)
    skipped = skipped_steps(fused)
    assert 1 <= skipped <= 10  # overflowing steps were skipped, the scale halved, then it trains
    assert abs(skipped - skipped_steps(stock)) <= 1  # as with stock NeurST
    means = [loss for loss, _ in fused]  # keras fit logs the running mean over the epoch
    losses = [(i + 1) * m - i * (means[i - 1] if i else 0.0) for i, m in enumerate(means)]
    assert np.all(np.isfinite(losses))
    # The three batches repeat: the last step's batch, first seen after the skipped steps.
    first = next(i for i in range(skipped, len(losses)) if i % 3 == (len(losses) - 1) % 3)
    assert first < len(losses) - 1 and losses[-1] < losses[first] - 1e-3
    # Skipped steps leave the weights alone: the same batch gives the same loss again.
    np.testing.assert_allclose(losses[3:skipped], losses[:skipped - 3], rtol=1e-4)
