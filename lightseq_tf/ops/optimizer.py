"""Multi-tensor Adam update: ResourceApplyAdam over many variables in one op."""

import tensorflow as tf

from lightseq_tf import _loader
from lightseq_tf.ops import _checks


def multi_tensor_adam(variables, ms, vs, grads, lr, beta1_power, beta2_power, beta1, beta2, epsilon,
                      apply_update=True, name=None):
    """Applies Adam to resource variables in place (one op; the returned op runs the update).

    variables, ms, vs: equally long lists of resource variables of one float dtype; grads:
    dense gradients of that dtype shaped like the variables. The scalars are float32 (cast if
    not). Same math as tf.raw_ops.ResourceApplyAdam, in float32. apply_update: a boolean
    scalar; where it is false nothing changes. Computed on the GPU (e.g. "all gradients are
    finite"), it skips the update there without the host waiting for it, as tf.cond would.
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
    apply_update = tf.convert_to_tensor(apply_update)
    if apply_update.dtype != tf.bool:
        raise _checks.invalid("apply_update must be a bool scalar, got %s" % apply_update.dtype.name)
    return _loader.load().light_seq_multi_tensor_adam(
        [v.handle for v in variables], [m.handle for m in ms], [v.handle for v in vs], grads, *scalars, apply_update,
        name=name
    )
