"""Multi-tensor optimizer steps: ResourceApplyAdam over many variables in one op, and the
gradient unscale + finiteness check of dynamic loss scaling in one op."""

import tensorflow as tf

from lightseq_tf import _loader
from lightseq_tf.ops import _checks


def multi_tensor_adam(variables, ms, vs, grads, lr, beta1_power, beta2_power, beta1, beta2, epsilon, name=None):
    """Applies Adam to resource variables in place (one op; the returned op runs the update).

    variables, ms, vs: equally long lists of resource variables of one float dtype; grads:
    dense gradients of that dtype shaped like the variables. The scalars are float32 (cast if
    not). Same math as tf.raw_ops.ResourceApplyAdam, in float32.
    """
    n = len(variables)
    if not n or len(ms) != n or len(vs) != n or len(grads) != n:
        raise _checks.invalid("variables, ms, vs and grads must be equally long, non-empty lists, got "
                              "%d, %d, %d and %d" % (n, len(ms), len(vs), len(grads)))
    grads = [tf.convert_to_tensor(g) for g in grads]
    for i, g in enumerate(grads):
        _checks.check_float(g, "grads[%d]" % i)
        _checks.check_same_dtype(g, grads[0], "grads[%d]" % i, "grads[0]")
    scalars = [tf.cast(s, tf.float32) for s in (lr, beta1_power, beta2_power, beta1, beta2, epsilon)]
    return _loader.load().light_seq_multi_tensor_adam(
        [v.handle for v in variables], [m.handle for m in ms], [v.handle for v in vs], grads, *scalars, name=name
    )


def multi_tensor_unscale(grads, scale, name=None):
    """Returns ([g * scale for g in grads], all_finite) from one op.

    grads: a list of float tensors of one dtype (any shapes); scale: a float32 scalar (cast if
    not), rounded to the grads' dtype before multiplying, as `g * tf.cast(scale, g.dtype)` does.
    all_finite: a bool scalar, whether every element of every result is finite (True for an
    empty list).
    """
    grads = [tf.convert_to_tensor(g) for g in grads]
    if not grads:
        return [], tf.constant(True)
    for i, g in enumerate(grads):
        _checks.check_float(g, "grads[%d]" % i)
        _checks.check_same_dtype(g, grads[0], "grads[%d]" % i, "grads[0]")
    scale = tf.cast(scale, tf.float32)
    if scale.shape.rank not in (None, 0):
        raise _checks.invalid("scale must be a scalar, got shape %s" % scale.shape)
    outputs = _loader.load().light_seq_multi_tensor_unscale(grads, scale, name=name)
    return list(outputs[0]), outputs[1]


@tf.RegisterGradient("LightSeq>MultiTensorUnscale")
def _multi_tensor_unscale_grad(op, *douts):
    """d grads[i] = d unscaled[i] * scale; d scale = sum_i <d unscaled[i], grads[i]>."""
    n = len(op.inputs) - 1
    grads, scale = op.inputs[:n], op.inputs[n]
    dys = [tf.zeros_like(g) if d is None else d for g, d in zip(grads, douts[:n])]
    dgrads = multi_tensor_unscale(dys, scale)[0]
    dscale = tf.add_n([tf.reduce_sum(tf.cast(d, tf.float32) * tf.cast(g, tf.float32)) for d, g in zip(dys, grads)])
    return dgrads + [dscale]
