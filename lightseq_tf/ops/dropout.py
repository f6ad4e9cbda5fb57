"""Fused bias + activation + dropout and bias + dropout + residual, with gradients.

Dropout keep-decisions come from TF's counter-based Philox keyed by (seed, offset): the same
seed and offset give the same mask on CPU and GPU and across runs. Use a distinct offset per
call site and step (e.g. a step counter) to draw independent masks. No mask is kept for the
backward pass: the gradients draw the same decisions again from the forward's seed and offset.
"""

import tensorflow as tf

from lightseq_tf import _loader
from lightseq_tf.ops import _checks

ACTIVATIONS = ("identity", "relu", "gelu", "gelu_tanh")


def _prepare(x, bias):
    x = tf.convert_to_tensor(x)
    bias = tf.convert_to_tensor(bias)
    _checks.check_float(x, "x")
    _checks.check_same_dtype(bias, x, "bias", "x")
    return x, bias


def bias_act_dropout(x, bias, rate=0.0, activation="identity", seed=0, offset=0, name=None):
    """dropout(activation(x + bias), rate); bias [d] broadcasts over x [..., d].

    activation: one of "identity", "relu", "gelu" (erf form, like tf.nn.gelu) or "gelu_tanh".
    Kept elements are scaled by 1 / (1 - rate).
    """
    x, bias = _prepare(x, bias)
    if activation not in ACTIVATIONS:
        raise _checks.invalid("activation must be one of %s, got %r" % (", ".join(ACTIVATIONS), activation))
    return _loader.load().light_seq_bias_act_dropout(
        x,
        bias,
        _checks.as_int64(seed, "seed"),
        _checks.as_int64(offset, "offset"),
        activation=activation,
        rate=_checks.check_rate(rate),
        name=name,
    )


def bias_dropout_residual(x, bias, residual, rate=0.0, seed=0, offset=0, name=None):
    """residual + dropout(x + bias, rate); bias [d] broadcasts over x [..., d]."""
    x, bias = _prepare(x, bias)
    residual = tf.convert_to_tensor(residual)
    _checks.check_same_dtype(residual, x, "residual", "x")
    return _loader.load().light_seq_bias_dropout_residual(
        x,
        bias,
        residual,
        _checks.as_int64(seed, "seed"),
        _checks.as_int64(offset, "offset"),
        rate=_checks.check_rate(rate),
        name=name,
    )


@tf.RegisterGradient("LightSeq>BiasActDropout")
def _bias_act_dropout_grad(op, dy):
    x, bias, seed, offset = op.inputs
    dx, dbias = _loader.load().light_seq_bias_act_dropout_grad(
        dy, x, bias, seed, offset, activation=op.get_attr("activation"), rate=op.get_attr("rate")
    )
    return dx, dbias, None, None


@tf.RegisterGradient("LightSeq>BiasDropoutResidual")
def _bias_dropout_residual_grad(op, dy):
    _, _, _, seed, offset = op.inputs
    dx, dbias = _loader.load().light_seq_bias_dropout_residual_grad(dy, seed, offset, rate=op.get_attr("rate"))
    return dx, dbias, dy, None, None
