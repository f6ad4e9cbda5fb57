"""Argument checks that raise InvalidArgumentError naming the offending argument."""

import tensorflow as tf

FLOAT_DTYPES = (tf.float32, tf.float16, tf.bfloat16)


def invalid(message):
    return tf.errors.InvalidArgumentError(None, None, message)


def check_float(tensor, name):
    if tensor.dtype not in FLOAT_DTYPES:
        raise invalid("%s must be float32, float16 or bfloat16, got %s" % (name, tensor.dtype.name))


def check_same_dtype(tensor, ref, name, ref_name):
    if tensor.dtype != ref.dtype:
        raise invalid(
            "%s must have the dtype of %s (%s), got %s" % (name, ref_name, ref.dtype.name, tensor.dtype.name)
        )


def check_param_dtype(tensor, x, name):
    """gamma/beta: float32 or the dtype of x."""
    if tensor.dtype not in (tf.float32, x.dtype):
        raise invalid(
            "%s must be float32 or the dtype of x (%s), got %s" % (name, x.dtype.name, tensor.dtype.name)
        )


def check_rate(rate):
    if not 0.0 <= float(rate) < 1.0:
        raise invalid("rate must be in [0, 1), got %r" % (rate,))
    return float(rate)


def as_int64(value, name):
    if isinstance(value, int):
        return tf.constant(value, tf.int64)
    tensor = tf.convert_to_tensor(value)
    if not tensor.dtype.is_integer:
        raise invalid("%s must be an integer, got %s" % (name, tensor.dtype.name))
    return tf.cast(tensor, tf.int64)


def check_integer(tensor, name):
    if tensor.dtype not in (tf.int32, tf.int64):
        raise invalid("%s must be int32 or int64, got %s" % (name, tensor.dtype.name))


def in_range_check(values, limit, name, limit_desc):
    """An op (run on the host) failing with InvalidArgument unless 0 <= values < limit.

    The CPU kernels check this themselves; GPU kernels cannot report it (they never read out of
    bounds and give NaN instead), so the wrappers add this check in front of them.
    """
    with tf.device("/cpu:0"):
        limit = tf.cast(limit, values.dtype)
        ok = tf.reduce_all(tf.logical_and(values >= 0, values < limit))
        return tf.debugging.Assert(
            ok, ["%s must lie in [0, %s), got values in" % (name, limit_desc), tf.reduce_min(values),
                 tf.reduce_max(values), "with the limit", limit], summarize=3)
