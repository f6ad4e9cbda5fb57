"""Bias add on the leading columns of a column-padded tensor (padding dropped), with gradient.

Matmuls whose output width is not a multiple of 8 (e.g. a 32003-word vocabulary) run on slow
unaligned GEMM kernels; padding the weight and slicing the output back costs two extra passes
over the output. `slice_bias_add` does the slice and the bias in one pass each way.
"""

import tensorflow as tf

from lightseq_tf import _loader
from lightseq_tf.ops import _checks


def slice_bias_add(x, bias, name=None):
    """x[..., :d] + bias for bias [d] and x [..., d_x] with d <= d_x (d_x static)."""
    x = tf.convert_to_tensor(x)
    bias = tf.convert_to_tensor(bias)
    _checks.check_float(x, "x")
    _checks.check_same_dtype(bias, x, "bias", "x")
    if x.shape.rank is None or x.shape.rank < 1 or x.shape[-1] is None:
        raise _checks.invalid("x must have a static last dimension, got shape %s" % x.shape)
    return _loader.load().light_seq_slice_bias_add(x, bias, name=name)


@tf.RegisterGradient("LightSeq>SliceBiasAdd")
def _slice_bias_add_grad(op, dy):
    x_cols = op.inputs[0].shape[-1]
    if x_cols is None:
        raise _checks.invalid("x must have a static last dimension for the gradient of SliceBiasAdd")
    return tuple(_loader.load().light_seq_slice_bias_add_grad(dy, x_cols=x_cols))
