"""Fused token embedding: lookup x scale + sinusoid timing signal + dropout, with a
deterministic gradient for the table."""

import tensorflow as tf

from lightseq_tf import _loader
from lightseq_tf.ops import _checks


def embedding(ids, table, scale=1.0, sinusoids=False, rate=0.0, seed=0, offset=0, dtype=None, name=None):
    """dropout(table[ids] * scale + signal, rate): [..., D] for ids [...] and table [V, D].

    signal is NeurST's sinusoid timing signal of each id's position along the last axis of ids
    (sinusoids=True, D >= 4), else 0. dtype is the output dtype (default: the table's); table
    may be float32 for any dtype (mixed precision reads the float32 variable, no cast).
    ids outside [0, V) raise InvalidArgumentError. Keep-decisions as in `bias_act_dropout`.
    """
    ids = tf.convert_to_tensor(ids)
    table = tf.convert_to_tensor(table)
    _checks.check_integer(ids, "ids")
    _checks.check_float(table, "table")
    dtype = tf.as_dtype(dtype or table.dtype)
    if table.dtype not in (tf.float32, dtype):
        raise _checks.invalid("table must be float32 or %s (the output dtype), got %s" % (dtype.name, table.dtype.name))
    if table.shape.rank is not None and table.shape.rank != 2:
        raise _checks.invalid("table must have rank 2 [vocab, dim], got shape %s" % table.shape)
    check = _checks.in_range_check(ids, tf.shape(table, out_type=ids.dtype)[0], "ids", "the table's first dimension")
    with tf.control_dependencies([check]):
        y, _ = _loader.load().light_seq_embedding(
            ids,
            table,
            _checks.as_int64(seed, "seed"),
            _checks.as_int64(offset, "offset"),
            T=dtype,
            scale=float(scale),
            sinusoids=bool(sinusoids),
            rate=_checks.check_rate(rate),
            name=name,
        )
    return y


@tf.RegisterGradient("LightSeq>Embedding")
def _embedding_grad(op, dy, _dmask):
    ids, table = op.inputs[0], op.inputs[1]
    dtable = _loader.load().light_seq_embedding_grad(
        dy, ids, op.outputs[1], table, scale=op.get_attr("scale"), rate=op.get_attr("rate")
    )
    return None, dtable, None, None
