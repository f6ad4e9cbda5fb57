"""Many tensors scaled or cast by one op: the gradient unscale + Inf/NaN check of dynamic loss
scaling, and the float32 -> float16 casts of a layer's weights under mixed precision."""

import tensorflow as tf

from lightseq_tf import _loader
from lightseq_tf.ops import _checks


def _scale(tensors, scale, dtype, name):
    tensors = [tf.convert_to_tensor(t) for t in tensors]
    for i, t in enumerate(tensors):
        _checks.check_float(t, "tensors[%d]" % i)
        _checks.check_same_dtype(t, tensors[0], "tensors[%d]" % i, "tensors[0]")
    scale = tf.cast(scale, tf.float32)
    if scale.shape.rank not in (None, 0):
        raise _checks.invalid("scale must be a scalar, got shape %s" % scale.shape)
    y, all_finite = _loader.load().light_seq_multi_tensor_scale(tensors, scale, DstT=dtype or tensors[0].dtype,
                                                                name=name)
    return list(y), all_finite


def multi_tensor_unscale(tensors, scale, name=None):
    """Returns ([t * scale for t in tensors], all_finite) from one op.

    tensors: float tensors of one dtype (any shapes); scale: a float32 scalar (cast if not),
    rounded to the tensors' dtype before multiplying, as `t * tf.cast(scale, t.dtype)` does.
    all_finite: a bool scalar, whether every element of every result is finite (True for an
    empty list).
    """
    if not tensors:
        return [], tf.constant(True)
    return _scale(tensors, scale, None, name)


def multi_tensor_cast(tensors, dtype, name=None):
    """[tf.cast(t, dtype) for t in tensors] from one op (float tensors of one dtype; float32,
    float16 or bfloat16 results)."""
    dtype = tf.as_dtype(dtype)
    if dtype not in _checks.FLOAT_DTYPES:
        raise _checks.invalid("dtype must be float32, float16 or bfloat16, got %s" % dtype.name)
    if not tensors:
        return []
    return _scale(tensors, 1.0, dtype, name)[0]


@tf.RegisterGradient("LightSeq>MultiTensorScale")
def _multi_tensor_scale_grad(op, *douts):
    """d x[i] = SrcT(d y[i]) * scale; d scale = sum_i <d y[i], x[i]>."""
    n = len(op.inputs) - 1
    xs, scale = op.inputs[:n], op.inputs[n]
    dys = [tf.zeros_like(y) if d is None else d for y, d in zip(op.outputs[:n], douts[:n])]
    dxs = _scale(dys, scale, op.get_attr("SrcT"), None)[0]
    dscale = tf.add_n([tf.reduce_sum(tf.cast(d, tf.float32) * tf.cast(x, tf.float32)) for d, x in zip(dys, xs)])
    return dxs + [dscale]
