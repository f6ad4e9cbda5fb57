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
